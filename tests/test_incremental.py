"""Incremental builds give exactly the dataset a full build gives, and use the cache.

Each case edits a copy of some example articles, rebuilds on the warm cache, and compares
every output file byte for byte with a full build (no cache) of the same articles. The
parallel case runs the per-article work in two worker processes.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kgbuild import publish
from kgbuild.cache import BuildCache

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
FILES = ("dataset.trig", "dataset.ttl", "dataset.nt.gz", "void.ttl", "SHA256SUMS")
SOME = [
    "2015-09-30-russian-airstrikes-homs.md",
    "2016-03-24-prokhorenko-palmyra.md",
    "2018-02-08-khasham-coalition-strikes.txt",
    "2018-02-15-khasham-russian-citizens.md",
    "2019-10-13-hevrin-khalaf.md",
    "2020-08-19-gladkikh-deir-ez-zor.txt",
]


# a second, less precise report of the seed's incident: added, it joins the seed's event (and
# is mapped again with the seed's event IRI); with the seed removed, it names the event itself
SECOND_REPORT = """---
title: Russian general dies after bomb hits convoy in eastern Syria
published: 2020-08-20
publisher: Desert Dispatch
---
A Russian major general died after a roadside bomb struck a military convoy near Deir ez-Zor
on Tuesday, Moscow said. Major General Vyacheslav Gladkikh was badly wounded in the blast and
died on the way to hospital, the Russian Defence Ministry said in a statement.
"""


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in SOME:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def same_as_full_build(articles: Path, incremental: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    publish.build([articles], full, show_progress=False, cache=False)
    for name in FILES:
        assert (incremental / name).read_bytes() == (full / name).read_bytes(), name
    shutil.rmtree(full)


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "two-workers"])
def test_change_add_remove_equal_full_build(corpus, tmp_path, monkeypatch, parallel):
    if parallel:
        monkeypatch.setattr(publish, "PARALLEL_THRESHOLD", 1)
    out = tmp_path / "dist"
    first = publish.build([corpus], out, show_progress=False, jobs=2)
    assert first.assembly.reused == 0

    again = publish.build([corpus], out, show_progress=False, jobs=2)
    assert again.assembly.reused == len(SOME)
    same_as_full_build(corpus, out, tmp_path)

    seed = corpus / "2020-08-19-gladkikh-deir-ez-zor.txt"
    seed.write_text(seed.read_text().replace("six pro-Assad", "eight pro-Assad"))
    changed = publish.build([corpus], out, show_progress=False, jobs=2)
    assert changed.assembly.reused == len(SOME) - 1
    same_as_full_build(corpus, out, tmp_path)

    (corpus / "2020-08-20-general-dies-convoy.md").write_text(SECOND_REPORT, encoding="utf-8")
    added = publish.build([corpus], out, show_progress=False, jobs=2)
    assert added.assembly.reused == len(SOME)
    trig = (out / "dataset.trig").read_bytes()
    assert trig.count(b"at-taim-oilfield-roadside-bomb") > 0 and b"deir-ez-zor-roadside-bomb" not in trig
    same_as_full_build(corpus, out, tmp_path)

    seed.unlink()
    removed = publish.build([corpus], out, show_progress=False, jobs=2)
    assert removed.assembly.reused == len(SOME)
    same_as_full_build(corpus, out, tmp_path)


def test_curation_change_is_not_served_from_cache(corpus, tmp_path):
    out = tmp_path / "dist"
    publish.build([corpus], out, show_progress=False)
    (corpus / "2020-08-19-gladkikh-deir-ez-zor.curation.yaml").write_text(
        "event:\n  type: shelling\n", encoding="utf-8"
    )
    rebuilt = publish.build([corpus], out, show_progress=False)
    assert rebuilt.assembly.reused == len(SOME) - 1
    assert b"sem:eventType kg:Shelling" in (out / "dataset.trig").read_bytes()
    same_as_full_build(corpus, out, tmp_path)


def test_cache_is_pruned_to_the_corpus(corpus, tmp_path):
    out = tmp_path / "dist"
    publish.build([corpus], out, show_progress=False)
    cache_file = publish.default_cache_path(out)
    entries = len(BuildCache(cache_file))
    for i in range(3):  # three versions of one article: only the last stays cached
        seed = corpus / "2020-08-19-gladkikh-deir-ez-zor.txt"
        seed.write_text(seed.read_text() + f"\nUpdate {i}.\n")
        publish.build([corpus], out, show_progress=False)
    assert len(BuildCache(cache_file)) == entries
    assert sqlite3.connect(cache_file).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_unreadable_cache_is_a_clear_error(corpus, tmp_path):
    bad = tmp_path / "cache.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(publish.OutputError) as err:
        publish.build([corpus], tmp_path / "dist", show_progress=False, cache=bad)
    assert str(bad) in str(err.value)
    assert not (tmp_path / "dist").exists()
