from __future__ import annotations

import gzip
import hashlib
import json

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kgbuild import iris
from kgbuild.errors import ValidationFailed
from kgbuild.publish import build
from kgbuild.query import load_queries, run_canned
from kgbuild.terms import KG

SEED_EVENT = iris.event("2020-08-18", "at-taim-oilfield", "roadside-bomb")


def test_outputs_and_checksums(built):
    names = {p.name for p in built.iterdir()}
    assert names == {"dataset.trig", "dataset.ttl", "dataset.nt.gz", "void.ttl", "SHA256SUMS"}
    for line in (built / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((built / name).read_bytes()).hexdigest() == digest
    nt = gzip.decompress((built / "dataset.nt.gz").read_bytes()).decode()
    merged = Graph().parse(built / "dataset.ttl")
    assert len(merged) == len(Graph().parse(data=nt, format="nt"))


def test_void_describes_the_dumps(built):
    void = Graph().parse(built / "void.ttl")
    d = iris.dataset()
    dumps = set(void.objects(d, URIRef("http://rdfs.org/ns/void#dataDump")))
    assert {str(u).rsplit("/", 1)[-1] for u in dumps} == {"dataset.trig", "dataset.ttl", "dataset.nt.gz"}
    assert (d, URIRef("http://purl.org/dc/terms/license"), None) in void


def test_named_graph_per_article(built):
    ds = Dataset()
    ds.parse(built / "dataset.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    assert str(iris.article_graph("2020-08-19-gladkikh-deir-ez-zor")) in names
    seed_graph = ds.graph(iris.article_graph("2020-08-19-gladkikh-deir-ez-zor"))
    assert (SEED_EVENT, KG.reportedIn, iris.article("2020-08-19-gladkikh-deir-ez-zor")) in seed_graph


def test_same_input_same_bytes(seed_only, tmp_path):
    build([seed_only], tmp_path / "a", show_progress=False)
    build([seed_only], tmp_path / "b", show_progress=False)
    for name in ("dataset.trig", "dataset.ttl", "dataset.nt.gz", "void.ttl", "SHA256SUMS"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_failed_validation_keeps_previous_dataset(seed_only, tmp_path, monkeypatch):
    out = tmp_path / "dist"
    build([seed_only], out, show_progress=False)
    before = (out / "dataset.trig").read_bytes()
    # an article dated before its event: the shapes refuse it
    (seed_only / "bad.md").write_text(
        "---\npublished: 2020-08-10\n---\n"
        "A roadside bomb killed three Russian soldiers near Palmyra on August 18, 2020.\n"
    )
    import kgbuild.extract as ex

    real = ex.Extractor._event

    def future_event(self, article, sents, figures, persons):
        event = real(self, article, sents, figures, persons)
        if event is not None and article.slug == "bad":
            from datetime import date
            event.date = date(2020, 8, 18)
        return event

    monkeypatch.setattr(ex.Extractor, "_event", future_event)
    with pytest.raises(ValidationFailed) as err:
        build([seed_only], out, show_progress=False)
    assert "dated after" in err.value.report_text or "after" in err.value.report_text
    assert (out / "dataset.trig").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dist")]


def q(store, name, **params):
    return run_canned(store, load_queries()[name], params)


def test_deaths_russian_since_2015(store):
    res = q(store, "deaths", nationality="RU", since="2015-09-01")
    (row,) = res.rows
    low, best, high, events = (int(row[v].value) for v in ("deaths_low", "deaths_best", "deaths_high", "events"))
    assert 0 < low <= best <= high and events >= 5
    seed_only = q(store, "deaths", nationality="RU", since="2020-08-18", until="2020-08-18")
    assert int(seed_only.rows[0]["deaths_best"].value) == 1
    assert json.loads(res.to_json())["head"]["vars"] == ["deaths_low", "deaths_best", "deaths_high", "events"]


def test_persons_killed_lists_gladkikh(store):
    rows = q(store, "persons-killed", nationality="RU").rows
    gl = [r for r in rows if r["name"].value == "Vyacheslav Gladkikh"]
    assert gl and gl[0]["rank"].value == "Major General"
    assert gl[0]["date"].value == "2020-08-18" and gl[0]["province"].value == "Deir ez-Zor Governorate"


def test_tolls_show_the_kremlin(store):
    rows = q(store, "tolls", nationality="RU").rows
    kremlin = [r for r in rows if r["claimant"].value == "Kremlin" and r["value"].value == "120"]
    assert kremlin and kremlin[0]["qualifier"].value == "more-than"
    assert kremlin[0]["since"].value == "2015-09-01" and kremlin[0]["as_of"].value == "2020-08-19"
    assert kremlin[0]["excludes"].value == "pmc"


def test_events_row_for_the_seed(store):
    rows = [r for r in q(store, "events", country="SY").rows if r["event"].value == str(SEED_EVENT)]
    (row,) = rows
    assert row["type"].value == "Roadside bomb" and row["province"].value == "Deir ez-Zor Governorate"
    assert (row["killed_best"].value, row["injured_best"].value, row["sources"].value) == ("7", "3", "1")


def test_seed_claims_have_claimant_and_span(built):
    ds = Dataset()
    ds.parse(built / "dataset.trig", format="trig")
    g = ds.graph(iris.article_graph("2020-08-19-gladkikh-deir-ez-zor"))
    claims = list(g.subjects(KG.aboutEvent, SEED_EVENT))
    assert len(claims) >= 7
    for c in claims:
        assert g.value(c, KG.claimant) is not None
        m = g.value(c, KG.evidence)
        begin = int(g.value(m, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")))
        end = int(g.value(m, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex")))
        assert 0 <= begin < end
    group = iris.casualty_group(SEED_EVENT, "RU", "armed-forces")
    rec = ds.graph(URIRef(iris.ID_BASE + "graph/reconciled"))
    assert rec.value(group, KG.injuredLow) == Literal(2, datatype=XSD.nonNegativeInteger)
    assert rec.value(group, KG.injuredBest) == Literal(3, datatype=XSD.nonNegativeInteger)
    assert rec.value(group, KG.injuredHigh) == Literal(3, datatype=XSD.nonNegativeInteger)


SU24 = iris.event("2015-11-24", "Syria", "shoot-down")


def test_two_reports_of_one_incident_are_one_event(store):
    """The Su-24 shoot-down, reported by two articles, is one event with two sources (the
    rescue fight that day may be an incident of its own: the dev gold counts it apart)."""
    rows = q(store, "events", since="2015-11-24", until="2015-11-24").rows
    downed = [r for r in rows if "shoot" in r["type"].value.lower()]
    assert len(downed) == 1
    assert downed[0]["sources"].value == "2"


def test_one_incident_counted_once_in_deaths(store, built):
    ds = Dataset()
    ds.parse(built / "dataset.trig", format="trig")
    rows_event = q(store, "events", since="2019-01-16", until="2019-01-16").rows
    assert len(rows_event) == 1 and rows_event[0]["sources"].value == "2"
    event = URIRef(rows_event[0]["event"].value)
    reported = {o for _s, _p, o, _g in ds.quads((event, KG.reportedIn, None, None))}
    assert len(reported) == 2
    us = q(store, "deaths", nationality="US", since="2019-01-16", until="2019-01-16").rows[0]
    assert us["events"].value == "1"


def test_same_bytes_across_processes(seed_only, tmp_path):
    """Serialisers must not depend on per-process hash seeds."""
    import subprocess
    import sys

    digests = []
    for name in ("p1", "p2"):
        subprocess.run([sys.executable, "-m", "kgbuild", "build", str(seed_only), "--out", str(tmp_path / name)],
                       check=True, capture_output=True)
        digests.append((tmp_path / name / "SHA256SUMS").read_bytes())
    assert digests[0] == digests[1]
