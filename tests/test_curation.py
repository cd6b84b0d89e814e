"""Curation files: corrections that win over extraction and survive rebuilds."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from conftest import SEED
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kgbuild import iris
from kgbuild.cli import cli
from kgbuild.errors import InputError
from kgbuild.publish import build
from kgbuild.terms import KG

EVENT = iris.event("2020-08-18", "at-taim-oilfield", "roadside-bomb")
RECONCILED = URIRef(iris.ID_BASE + "graph/reconciled")


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    shutil.copy(SEED, d / SEED.name)
    return d


def killed_best(out, nationality):
    ds = Dataset()
    ds.parse(out / "dataset.trig", format="trig")
    group = iris.casualty_group(EVENT, nationality, "armed-forces")
    return ds.graph(RECONCILED).value(group, KG.killedBest)


def write(folder, text):
    (folder / (SEED.stem + ".curation.yaml")).write_text(text, encoding="utf-8")


def test_fix_survives_rebuild(folder, tmp_path):
    out = tmp_path / "dist"
    build([folder], out, show_progress=False)
    assert killed_best(out, "SY") == Literal(6, datatype=XSD.nonNegativeInteger)
    # the caption's six is judged wrong: the curated figure is eight, by the article
    write(folder, "figures:\n  fix:\n    - match: {kind: killed, nationality: SY, value: 6}\n      set: {value: 8}\n")
    build([folder], out, show_progress=False)
    assert killed_best(out, "SY") == Literal(8, datatype=XSD.nonNegativeInteger)
    build([folder], out, show_progress=False)  # rebuilt: the fix is still applied
    assert killed_best(out, "SY") == Literal(8, datatype=XSD.nonNegativeInteger)


def test_add_and_remove(folder, tmp_path):
    write(folder, (
        "figures:\n"
        "  remove:\n    - {kind: injured, nationality: RU, value: 2}\n"
        "  add:\n    - {kind: killed, nationality: RU, affiliation: armed-forces, value: 1, qualifier: exactly,\n"
        "       claimant: Kremlin, text: \"Kremlin has acknowledged\"}\n"
        "persons:\n  fix:\n    - match: {name: Vyacheslav Gladkikh}\n      set: {fate: killed}\n"))
    out = tmp_path / "dist"
    build([folder], out, show_progress=False)
    ds = Dataset()
    ds.parse(out / "dataset.trig", format="trig")
    group = iris.casualty_group(EVENT, "RU", "armed-forces")
    assert ds.graph(RECONCILED).value(group, KG.injuredLow) == Literal(3, datatype=XSD.nonNegativeInteger)


@pytest.mark.parametrize(
    "text,message,line",
    [
        ("figures:\n  remove:\n    - {kind: injured, nationality: RU, value: 99}\n", "curation is stale", 3),
        ("event:\n  typo: 1\n", "unknown key 'typo'", 2),
        (
            "figures:\n  add:\n    - {kind: killed, value: 1, text: \"not in the article\"}\n",
            "is not in the article",
            3,
        ),
        ("event:\n  place: Atlantis\n", "not in the gazetteer", 2),
        ("event:\n  type: meteor\n", "not one of", 2),
        ("figures: [\n", "broken YAML", None),
    ],
)
def test_bad_curation_is_refused_with_file_and_line(folder, tmp_path, text, message, line):
    write(folder, text)
    with pytest.raises(InputError) as err:
        build([folder], tmp_path / "dist", show_progress=False)
    assert message in str(err.value) and ".curation.yaml" in str(err.value)
    if line:
        assert f".curation.yaml:{line}:" in str(err.value)
    assert not (tmp_path / "dist").exists()


def test_extract_writes_a_starter_and_applies_it(folder):
    r = CliRunner().invoke(cli, ["extract", str(folder / SEED.name), "--write-curation"])
    assert r.exit_code == 0, r.output
    starter = (folder / (SEED.stem + ".curation.yaml")).read_text()
    assert "# found: {kind: killed, nationality: SY" in starter
    r = CliRunner().invoke(cli, ["extract", str(folder / SEED.name), "--write-curation"])
    assert r.exit_code == 2 and "not overwritten" in r.output
