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
