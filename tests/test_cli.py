from __future__ import annotations

import json

from click.testing import CliRunner

from kgbuild.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_build_then_query_json(seed_only, tmp_path):
    out = tmp_path / "dist"
    r = run("build", seed_only, "--out", out, "--no-progress")
    assert r.exit_code == 0, r.output
    assert "validation passed" in r.output
    r = run("query", "deaths", "--data", out, "-p", "nationality=RU", "-p", "since=2015-09-01", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    b = data["results"]["bindings"][0]
    assert b["deaths_best"]["value"] == "1" and b["events"]["value"] == "1"
    r = run("query", "persons-killed", "--data", out, "--format", "csv")
    assert "Vyacheslav Gladkikh,Major General,RU,2020-08-18" in r.output
    r = run("query", "tolls", "--data", out)
    assert "Kremlin" in r.output and "more-than" in r.output and "120" in r.output


def test_query_errors(seed_only, tmp_path):
    out = tmp_path / "dist"
    run("build", seed_only, "--out", out)
    r = run("query", "deaths", "--data", out)
    assert r.exit_code == 2 and "nationality" in r.output and "required" in r.output
    r = run("query", "deaths", "--data", out, "-p", "nationality=Russia")
    assert r.exit_code == 2 and "ISO 3166-1" in r.output
    r = run("query", "deaths", "--data", out, "-p", "nationality=RU", "-p", "since=2015-13-01")
    assert r.exit_code == 2 and "since" in r.output
    r = run("query", "deaths", "--data", out, "-p", "nationality=RU", "-p", "colour=red")
    assert r.exit_code == 2 and "unknown parameter 'colour'" in r.output
    r = run("query", "nosuch", "--data", out)
    assert r.exit_code == 2 and "no canned query" in r.output
    r = run("query", "deaths", "--data", tmp_path / "missing", "-p", "nationality=RU")
    assert r.exit_code == 2 and "missing" in r.output


def test_query_list_documents_parameters():
    r = run("query")
    assert r.exit_code == 0
    for name in ("deaths", "persons-killed", "events", "tolls"):
        assert name in r.output
    assert "-p nationality=" in r.output


def test_bad_article_exit_2_and_nothing_written(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.md").write_text("---\npublished: 2020-02-30\n---\nText\n")
    r = run("build", src, "--out", tmp_path / "dist")
    assert r.exit_code == 2
    assert "bad.md:2:" in r.output and "not a possible date" in r.output
    assert not (tmp_path / "dist").exists()


def test_validate_good_and_broken(seed_only, tmp_path):
    out = tmp_path / "dist"
    run("build", seed_only, "--out", out)
    r = run("validate", out)
    assert r.exit_code == 0 and "conforms" in r.output
    # break it: the seed event loses its place
    from rdflib import Dataset

    from kgbuild import iris
    from kgbuild.terms import SEM

    ds = Dataset()
    ds.parse(out / "dataset.trig", format="trig")
    event = iris.event("2020-08-18", "at-taim-oilfield", "roadside-bomb")
    for g in list(ds.graphs()):
        g.remove((event, SEM.hasPlace, None))
    ds.serialize(tmp_path / "broken.trig", format="trig")
    r = run("validate", tmp_path / "broken.trig")
    assert r.exit_code == 1, r.output
    assert f"focus: {event}" in r.output
    assert "2020-08-19-gladkikh-deir-ez-zor.txt" in r.output


def test_validate_articles_folder(seed_only):
    r = run("validate", seed_only)
    assert r.exit_code == 0, r.output


def test_extract_shows_spans_and_escapes_control_chars(tmp_path):
    p = tmp_path / "2020-08-19-x.md"
    p.write_text("---\npublished: 2020-08-19\ntitle: \"Evil \\e[31m title\"\n---\n"
                 "A roadside bomb killed three Russian soldiers near Palmyra on Tuesday.\n")
    r = run("extract", p)
    assert r.exit_code == 0, r.output
    assert "\x1b" not in r.output and "\\x1b" in r.output
    assert '"three Russian soldiers' in r.output
    assert "2020-08-18" in r.output
