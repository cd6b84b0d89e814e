"""The SHACL shapes accept the valid example data and reject each broken copy of it.

Every file in ``tests/data/shapes/valid/`` must conform. Every file in
``tests/data/shapes/invalid/`` is the valid example broken in one way; its first line
``# expect: <text>`` gives a substring of the sh:message that must be reported, and it
must be the only message reported (so each file tests one rule). Validation runs as the
pipeline must run it: no inference, with the ontology and the rank scheme parsed into the
data graph (pyshacl's ont_graph would copy only their RDFS/OWL axioms, not the SKOS
concepts that the concept-scheme checks need).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SH

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "shapes"
SHAPES = ROOT / "shapes" / "kgbuild-shapes.ttl"
ONTOLOGY = [ROOT / "ontology" / "kgbuild.ttl", ROOT / "ontology" / "ranks.ttl"]

VALID = sorted((DATA / "valid").glob("*.ttl"))
INVALID = sorted((DATA / "invalid").glob("*.ttl"))


@cache
def _shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@cache
def _ontology() -> Graph:
    g = Graph()
    for path in ONTOLOGY:
        g.parse(path, format="turtle")
    return g


def _validate(path: Path) -> tuple[bool, Graph, str]:
    """Validate one data file with the ontology and rank scheme mixed into it."""
    data = Graph()
    for triple in _ontology():
        data.add(triple)
    data.parse(path, format="turtle")
    conforms, report, text = pyshacl.validate(
        data,
        shacl_graph=_shapes(),
        inference="none",
        advanced=True,
        allow_warnings=False,
        js=False,
    )
    return bool(conforms), report, text


def _expected(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name}: first line must be '# expect: <message>'"
    return first[len("# expect: "):].strip()


def test_there_is_data() -> None:
    assert VALID, "no valid example data"
    assert INVALID, "no invalid example data"


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_data_conforms(path: Path) -> None:
    conforms, _, text = _validate(path)
    assert conforms, text


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_data_is_rejected(path: Path) -> None:
    expected = _expected(path)
    conforms, report, text = _validate(path)
    assert not conforms, f"{path.name} conforms but should not"
    assert expected in text, f"{path.name}: expected {expected!r} in report:\n{text}"
    results = [r for v in report.subjects(RDF.type, SH.ValidationReport) for r in report.objects(v, SH.result)]
    messages = {str(m) for r in results for m in report.objects(r, SH.resultMessage)}
    assert messages and all(expected in m for m in messages), (
        f"{path.name} should break exactly one rule, but reports: {sorted(messages)}"
    )


def test_every_shape_message_is_tested() -> None:
    """Each sh:message of a targeted shape is expected by at least one invalid file."""
    expected = [_expected(p) for p in INVALID]
    shapes = _shapes()
    untested = []
    for message in set(shapes.objects(None, SH.message)):
        text = str(message)
        if text.startswith("Not a concept of"):  # helper shapes, reported via their users
            continue
        if not any(e in text for e in expected):
            untested.append(text)
    assert not untested, f"messages no invalid file checks: {sorted(untested)}"
