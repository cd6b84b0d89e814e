"""From the mapper's rdflib terms to pyoxigraph, and the canonical form of a graph.

A graph travels between build stages, worker processes and the build cache as a **block**:
its distinct triples in pyoxigraph's N-Triples serialisation, one per line, lines sorted
bytewise. A block is a canonical form (the same triples always give the same bytes), loads
into a :class:`pyoxigraph.Store` at Rust speed, and merges with other blocks by sorting lines.
Sorted lines keep each subject's triples together (a line starts with its subject), so the
Turtle and TriG written from blocks abbreviate as well as from any other order.

A named graph is a :class:`GraphBlock`: the block, and the same triples as N-Quads in that
graph, in the same order, which pyoxigraph loads and rewrites as TriG without a Python object
per quad (made once, in the worker process that mapped the article).

>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import XSD
>>> a, p = URIRef("https://example.org/a"), URIRef("https://example.org/p")
>>> print(block({(a, p, Literal(2, datatype=XSD.integer)), (a, p, Literal("x", lang="en"))}).decode(), end="")
<https://example.org/a> <https://example.org/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://example.org/a> <https://example.org/p> "x"@en .
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

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
    return merge([ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""])


def merge(blocks: Iterable[bytes]) -> bytes:
    """One block holding every distinct line (triple) of ``blocks``, sorted."""
    distinct = set(b"".join(blocks).split(b"\n"))
    distinct.discard(b"")
    out = b"\n".join(sorted(distinct))
    return out + b"\n" if out else b""


class GraphBlock(NamedTuple):
    """A named graph: its triples as a block and as N-Quads in the graph, in block order."""

    triples: bytes
    quads: bytes

    @classmethod
    def of(cls, block: bytes, graph: str) -> GraphBlock:
        name = ox.NamedNode(graph)
        return cls(block, ox.serialize(quads(block, name), format=ox.RdfFormat.N_QUADS) or b"")

    @property
    def size(self) -> int:
        """How many triples the graph holds."""
        return self.triples.count(b"\n")


def triples(data: bytes) -> Iterator[ox.Triple]:
    return ox.parse(data, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[return-value]


def quads(data: bytes, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The triples of a block as quads in ``graph``, in block order."""
    for t in triples(data):
        yield ox.Quad(t.subject, t.predicate, t.object, graph)
