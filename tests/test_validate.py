"""kgbuild's validation (pyshacl + SPARQL constraints run once in pyoxigraph) gives the same
verdicts as plain pyshacl on every shape fixture in tests/data/shapes/."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kgbuild.validate import load_ontology, validate_graph

FIXTURES = Path(__file__).parent / "data" / "shapes"


def load(path: Path) -> Graph:
    g = load_ontology()
    g.parse(path, format="turtle")
    return g


@pytest.mark.parametrize("path", sorted((FIXTURES / "valid").glob("*.ttl")), ids=lambda p: p.name)
def test_valid_fixtures_conform(path):
    result = validate_graph(load(path))
    assert result.conforms, result.text


@pytest.mark.parametrize("path", sorted((FIXTURES / "invalid").glob("*.ttl")), ids=lambda p: p.name)
def test_invalid_fixtures_report_their_message(path):
    expected = path.read_text().splitlines()[0].removeprefix("# expect:").strip()
    result = validate_graph(load(path))
    assert not result.conforms
    assert any(expected in v.message for v in result.violations), result.text


def _broken_examples():
    """The example corpus assembled, then broken in five ways at once (in its graphs as
    written, since the store folds xsd:nonNegativeInteger into xsd:integer)."""
    import pyoxigraph as ox

    from kgbuild import rdfio
    from kgbuild.publish import assemble

    assembly = assemble([Path(__file__).resolve().parent.parent / "examples" / "articles"])
    kg = "https://w3id.org/kgbuild/ontology#"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    nif_end = ox.NamedNode("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex")
    done: set[str] = set()

    def breaks(t: ox.Triple) -> list[ox.Triple]:
        """What replaces ``t`` (at most one triple of each kind is broken)."""
        p = t.predicate.value
        if p == "http://semanticweb.cs.vu.nl/2009/11/sem/eventType" and "type" not in done:
            done.add("type")
            return []  # an event without a type
        if p == kg + "fate" and "fate" not in done:
            done.add("fate")
            return [t, ox.Triple(t.subject, t.predicate, ox.NamedNode(kg + "Injured"))]  # two fates
        if t.predicate == nif_end and "end" not in done:
            done.add("end")
            return [ox.Triple(t.subject, t.predicate, ox.Literal("-3", datatype=ox.NamedNode(xsd + "integer")))]
        if p == kg + "rank" and "rank" not in done:
            done.add("rank")
            return [t, ox.Triple(t.subject, t.predicate, ox.NamedNode(kg + "Killed"))]  # not a rank
        if p == kg + "killedBest" and "order" not in done:
            done.add("order")  # best above high
            nn = ox.NamedNode(xsd + "nonNegativeInteger")
            return [ox.Triple(t.subject, t.predicate, ox.Literal("999", datatype=nn))]
        return [t]

    for name, graph in assembly.graphs.items():
        broken = rdfio.from_ox([b for t in rdfio.triples(graph.triples) for b in breaks(t)])
        assembly.graphs[name] = rdfio.GraphBlock.of(broken, name)
    assert len(done) == 5
    return assembly


def test_compiled_validator_agrees_with_pyshacl_on_the_examples():
    """The build's validator (kgbuild.shacl over pyoxigraph) and pyshacl report the same
    violations on the whole example corpus, broken in five ways."""
    from kgbuild.validate import validate_store

    assembly = _broken_examples()
    store = assembly.store()
    fast = validate_store(store, engine="sparql")
    slow = validate_store(store, exact=assembly.merged, engine="pyshacl")
    assert not fast.conforms
    key = {(v.focus, v.path, v.message, v.article) for v in fast.violations}
    assert key == {(v.focus, v.path, v.message, v.article) for v in slow.violations}
    assert len(key) >= 5


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*/*.ttl")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_build_validator_agrees_with_pyshacl_on_every_fixture(path):
    """What a build runs (compiled SPARQL over pyoxigraph, plus the exact audit of integer
    subtypes the store folds) reports what pyshacl reports, fixture by fixture."""
    import pyoxigraph as ox

    from kgbuild.validate import validate_store

    data = load(path).serialize(format="nt", encoding="utf-8")
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("urn:kgbuild:test"))
    fast = validate_store(store, exact=lambda: data, engine="sparql")
    slow = validate_graph(load(path))
    assert {(v.focus, v.path, v.message) for v in fast.violations} == {
        (v.focus, v.path, v.message) for v in slow.violations
    }
    assert fast.conforms == slow.conforms
