"""From the mapper's rdflib terms to pyoxigraph, and the canonical form of a graph.

A graph travels between build stages, worker processes and the build cache as a **block**:
its distinct triples in pyoxigraph's N-Triples serialisation, one per line, lines sorted
bytewise. A block is a canonical form (the same triples always give the same bytes), loads
into a :class:`pyoxigraph.Store` at Rust speed, and merges with other blocks by sorting lines.
Sorted lines keep each subject's triples together (a line starts with its subject), so the
Turtle and TriG written from blocks abbreviate as well as from any other order.

>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import XSD
>>> a, p = URIRef("https://example.org/a"), URIRef("https://example.org/p")
>>> print(block({(a, p, Literal(2, datatype=XSD.integer)), (a, p, Literal("x", lang="en"))}).decode(), end="")
<https://example.org/a> <https://example.org/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://example.org/a> <https://example.org/p> "x"@en .
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_NAMED: dict[str, ox.NamedNode] = {}


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term (IRIs are interned: the mapper repeats them)."""
    if isinstance(term, URIRef):
        node = _NAMED.get(term)
        if node is None:
            node = _NAMED[term] = ox.NamedNode(term)
        return node
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=to_ox(term.datatype))  # type: ignore[arg-type]
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def block(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """The canonical block (sorted, distinct N-Triples lines) of rdflib ``triples``."""
    return from_ox(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples)  # type: ignore[arg-type]


def from_ox(triples: Iterable[ox.Triple]) -> bytes:
    """The canonical block of pyoxigraph ``triples``."""
    return join_lines(sorted(set(lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""))))


def lines(data: bytes) -> list[bytes]:
    """The lines of a block, without their line ends (``b""`` gives none)."""
    return data.split(b"\n")[:-1] if data else []


def join_lines(sorted_lines: Iterable[bytes]) -> bytes:
    out = b"\n".join(sorted_lines)
    return out + b"\n" if out else b""


def merge(blocks: Iterable[bytes]) -> bytes:
    """One block holding every distinct triple of ``blocks``."""
    return join_lines(sorted({line for b in blocks for line in lines(b)}))


def triples(data: bytes) -> Iterator[ox.Triple]:
    return ox.parse(data, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[return-value]


def quads(data: bytes, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The triples of a block as quads in ``graph``, in block order."""
    for t in triples(data):
        yield ox.Quad(t.subject, t.predicate, t.object, graph)
