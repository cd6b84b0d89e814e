"""A killed build and a full disk lose nothing: the previous dataset stays whole and queryable.

The killed build is a real ``kgbuild build`` process sent SIGKILL while it writes; the full
disk is a real tmpfs of a few hundred kilobytes (mounting one needs root, as CI runs;
elsewhere the test is skipped and says why). Dropped connections during a push are in
``tests/test_publish_store.py``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgbuild import publish
from kgbuild.errors import OutputError
from kgbuild.query import load_queries, open_store, run_canned

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "articles" / "2020-08-19-gladkikh-deir-ez-zor.txt"


def assert_whole_and_queryable(out: Path) -> None:
    """Every file matches SHA256SUMS, and the canned queries answer from it."""
    for line in (out / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    rows = run_canned(open_store(out), load_queries()["persons-killed"], {}).rows
    assert any("Gladkikh" in str(row["name"]) for row in rows)


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """400 synthetic articles (bench/generate_corpus.py): a build long enough to be killed."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate_corpus import generate

    folder = tmp_path_factory.mktemp("synthetic") / "articles"
    generate(400, folder, seed=11)
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture()
def previous(tmp_path) -> Path:
    """A published dataset of the seed article, the one that must survive."""
    articles = tmp_path / "seed"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    out = tmp_path / "dist"
    publish.build([articles], out, show_progress=False)
    assert_whole_and_queryable(out)
    return out


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name or ".old-" in p.name)


@pytest.mark.parametrize("stage", ["extracting", "writing"])
def test_killed_build_leaves_previous_dataset(big_corpus, previous, stage):
    before = {p.name: p.read_bytes() for p in previous.iterdir()}
    parent = previous.parent
    proc = subprocess.Popen(
        [sys.executable, "-m", "kgbuild", "build", str(big_corpus), "--out", str(previous), "--no-progress"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    try:
        if stage == "extracting":
            time.sleep(1.5)
        else:  # kill as soon as the new dump folder appears beside the old one
            while not any(".tmp-" in p.name for p in parent.iterdir()):
                assert proc.poll() is None, "the build ended before it was killed"
                assert time.monotonic() < deadline
                time.sleep(0.005)
        assert proc.poll() is None, "the build ended before it was killed"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its worker processes
        proc.wait()
    assert {p.name: p.read_bytes() for p in previous.iterdir()} == before
    assert_whole_and_queryable(previous)
    cache = publish.default_cache_path(previous)
    assert sqlite3.connect(cache).execute("PRAGMA integrity_check").fetchone() == ("ok",)

    # the next build cleans up after the killed one and publishes
    result = publish.build([big_corpus], previous, show_progress=False)
    assert len(result.articles) == 401
    assert _leftovers(parent) == []
    assert_whole_and_queryable(previous)


@pytest.fixture()
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_leaves_previous_dataset(big_corpus, small_disk, tmp_path):
    articles = tmp_path / "seed"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    out = small_disk / "dist"
    cache = tmp_path / "cache.sqlite"  # the disk that fills is the output's
    publish.build([articles], out, show_progress=False, cache=cache)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    with pytest.raises(OutputError) as err:
        publish.build([big_corpus], out, show_progress=False, cache=cache)
    assert "No space left on device" in str(err.value) and "previous dataset is unchanged" in str(err.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert _leftovers(small_disk) == []
    assert_whole_and_queryable(out)


def test_full_disk_under_the_cache_is_a_clear_error(big_corpus, small_disk, tmp_path):
    out = tmp_path / "dist"
    articles = tmp_path / "seed"
    articles.mkdir()
    shutil.copy(SEED, articles / SEED.name)
    publish.build([articles], out, show_progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(OutputError) as err:
        publish.build([big_corpus], out, show_progress=False, cache=small_disk / "cache.sqlite")
    assert "build cache" in str(err.value) and "full" in str(err.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_cli_exit_code_3_on_full_disk(big_corpus, small_disk, tmp_path):
    from click.testing import CliRunner

    from kgbuild.cli import cli

    result = CliRunner().invoke(
        cli, ["build", str(big_corpus), "--out", str(small_disk / "dist"), "--cache", str(tmp_path / "c.sqlite")]
    )
    assert result.exit_code == 3, result.output
    assert "No space left on device" in result.output
    assert not (small_disk / "dist").exists()
