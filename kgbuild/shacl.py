"""SHACL Core validation compiled to SPARQL and run in pyoxigraph.

pyshacl walks the data graph node by node in Python; on our data that is superlinear and
the slowest stage of a build. This module compiles a shapes graph, once, into SPARQL SELECT
queries and lets pyoxigraph evaluate them over the whole store: one query per constraint of
each targeted shape, each returning every (focus node, value node) that violates it.

Compilation scheme
------------------
* **Focus nodes.** The targets of a shape become one sub-select binding ``?this``:
  ``sh:targetClass C`` is ``?this rdf:type/rdfs:subClassOf* C`` (SHACL instances, so no
  inference is needed for subclasses), ``sh:targetNode n`` is ``VALUES ?this { n }``,
  ``sh:targetSubjectsOf p`` is ``?this p []`` and ``sh:targetObjectsOf p`` is ``[] p ?this``;
  a shape that is also an ``rdfs:Class`` targets its own instances.
* **Violation patterns.** Each constraint compiles to a group graph pattern that, for a
  bound focus variable, has a solution exactly when the constraint is violated, binding the
  value node when there is one. Value-based components (``sh:class``, ``sh:datatype``,
  ``sh:in``, ``sh:pattern`` ...) are a FILTER over each value node, true when the value
  fails; comparisons are wrapped in ``COALESCE(..., false)`` so that an error (incomparable
  values, an ill-formed literal) counts as a failure, as SHACL requires.
* **Nested shapes.** ``sh:node``, ``sh:or``, ``sh:and``, ``sh:not`` and ``sh:xone`` need
  "does this node conform to shape S": S conforms at ``?v`` when none of its violation
  patterns has a solution, that is ``!(EXISTS {p1} || EXISTS {p2} || ...)`` with ``?v``
  correlated into the patterns. Every nested pattern gets fresh variable names.
* **Counts.** At the top level ``sh:minCount``/``sh:maxCount`` are a GROUP BY over all
  focus nodes (one result per focus node, as pyshacl reports); inside a nested shape, where
  a sub-select cannot see the outer focus node, they are "n pairwise distinct values exist"
  patterns, so only small counts are supported there.
* **Shaped for pyoxigraph's evaluator.** Inside EXISTS, pyoxigraph 0.5 does not push the
  outer bindings into property paths or into joins of two triple patterns, and over a union
  default graph a property path costs time in proportion to the number of named graphs.
  So nested patterns keep one triple pattern per group (further ones in FILTER EXISTS),
  ``sh:class`` of the query's own ``?this``/``?value`` is a left join evaluated once
  (``OPTIONAL { ?value rdf:type/rdfs:subClassOf* C }`` and ``!BOUND``), and a nested
  ``sh:class`` tries the direct type before ``rdfs:subClassOf+``.
* **SHACL-SPARQL.** An ``sh:sparql`` SELECT constraint keeps its own text: the prefixes of
  ``sh:prefixes``/``sh:declare`` are put in front, ``$PATH`` is replaced by the shape's path,
  and the focus-node pattern is inserted at the start of the outer WHERE group, so ``$this``
  is bound by the join instead of once per focus node (valid because the query must not use
  ``$this`` in a sub-select; such queries are refused). ``{?var}``/``{$var}`` in messages are
  filled from the solution, as pyshacl does.

Only IRIs and literals of the shapes graph are written into query text, always in their
N-Triples form; data values never are, so data cannot change a query.

Supported subset
----------------
Node and property shapes with the four target kinds above; paths that are an IRI or
``sh:inversePath`` of an IRI; ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:nodeKind``, ``sh:node``, ``sh:hasValue``, ``sh:in``, ``sh:pattern``
with ``sh:flags``, ``sh:minInclusive``/``maxInclusive``/``minExclusive``/``maxExclusive``,
``sh:minLength``/``maxLength``, ``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:equals``,
``sh:disjoint``, ``sh:or``, ``sh:and``, ``sh:not``, ``sh:xone``, ``sh:property``,
``sh:sparql`` (SELECT, top-level shapes only), ``sh:deactivated``, ``sh:severity`` and
``sh:message``. Anything else in the SHACL namespace on a shape (``sh:qualifiedValueShape``,
``sh:closed``, ``sh:languageIn``, ``sh:uniqueLang``, other paths, SHACL-AF rules, targets
and functions, custom constraint components, recursive shapes) raises
:class:`UnsupportedShapes`, so the caller can fall back to pyshacl.

Where the store differs from rdflib
-----------------------------------
pyoxigraph stores literals in canonical form: ``"05"^^xsd:integer`` is kept as
``"5"^^xsd:integer`` and, losing information, every derived integer type
(``xsd:nonNegativeInteger``, ``xsd:int`` ...) as ``xsd:integer``, ``xsd:dateTimeStamp`` as
``xsd:dateTime`` (oxigraph issue #526). An ``sh:datatype`` of such a type cannot be checked
faithfully in the store, so by default it is refused. With
``Validator(shapes, folded_datatypes="range")`` it is checked as "an xsd:integer within the
type's range" (``xsd:dateTime`` with a time zone): negative counts are still caught, a plain
``xsd:integer`` where ``xsd:nonNegativeInteger`` is required is not. Literals of the shapes
graph are canonicalised the same way, so ``sh:in``/``sh:hasValue`` compare like with like.
Well-formedness of ``xsd:integer``, ``decimal``, ``boolean``, ``date``, ``dateTime``,
``time``, ``float`` and ``double`` literals follows XML Schema (oxigraph), which is stricter
than rdflib in a few corners (``" 1"^^xsd:integer``, ``"1e3"^^xsd:decimal``) and treats
integers beyond 64 bits as ill-formed.

Other known differences from pyshacl, all corner cases: ``sh:lessThan``/``sh:lessThanOrEquals``
between two IRIs, or with an ill-typed literal, are violations here (SHACL: values that
cannot be compared), while pyshacl compares IRIs as strings and orders ill-typed literals;
``{?var}`` in SPARQL messages is filled with the store's canonical lexical form; sh:pattern
uses the XPath regular expressions of SPARQL's REGEX, not Python's (patterns pyoxigraph
cannot compile, such as look-aheads, are refused); default messages (for shapes without
sh:message) are worded like, not identical to, pyshacl's.

>>> from rdflib import Graph
>>> import pyoxigraph as ox
>>> shapes = Graph().parse(data='''
...     @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
...     ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message "needs ex:p" ] .
... ''', format="turtle")
>>> store = ox.Store()
>>> store.load(b"<http://example.org/a> a <http://example.org/C> .", format=ox.RdfFormat.TURTLE)
>>> [(r.focus, r.path, r.message) for r in Validator(shapes).validate(store)]
[('http://example.org/a', 'http://example.org/p', 'needs ex:p')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH
from rdflib.term import Node

__all__ = ["Result", "UnsupportedShapes", "Validator"]


class UnsupportedShapes(Exception):
    """The shapes graph uses a feature this compiler does not implement; use pyshacl."""

    def __init__(self, shape: object, feature: str) -> None:
        self.shape = _label(shape) if isinstance(shape, Node) else str(shape)
        self.feature = feature
        super().__init__(f"shape {self.shape}: {feature} is not supported by kgbuild.shacl")


@dataclass(frozen=True)
class Result:
    """One validation result, as pyshacl would report it.

    ``focus`` is an IRI, ``_:label`` or (for an ``sh:targetNode`` literal) an N-Triples
    literal; ``path`` the IRI of ``sh:resultPath``, ``^<iri>`` for an ``sh:inversePath``,
    None for node shapes; ``value`` the value node in N-Triples, None for count and
    ``sh:hasValue`` results. A shape with several ``sh:message`` values gives one result
    per message.
    """

    focus: str
    path: str | None
    message: str
    severity: str
    shape: str
    value: str | None = None


_PREFIXES = (
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)

# Predicates of a shape that do not validate anything (or are read with another one).
_DESCRIPTIVE = {
    SH.name, SH.description, SH.order, SH.group, SH.defaultValue, SH.message, SH.severity,
    SH.deactivated, SH.path, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
    SH.targetObjectsOf, SH.declare, SH.prefixes, SH.flags,
}
_VALUE_COMPONENTS = {
    SH["class"], SH.datatype, SH.nodeKind, SH.node, SH.hasValue, SH["in"], SH.pattern,
    SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength,
    SH.maxLength, SH["or"], SH["and"], SH["not"], SH.xone,
}
_PROPERTY_ONLY = {SH.minCount, SH.maxCount, SH.lessThan, SH.lessThanOrEquals}
_BOTH = {SH.equals, SH.disjoint, SH.property, SH.sparql}
_KNOWN = _DESCRIPTIVE | _VALUE_COMPONENTS | _PROPERTY_ONLY | _BOTH
# Things that, anywhere in a shapes graph, make pyshacl (advanced=True) do more than Core.
_ADVANCED_TYPES = {
    SH.ConstraintComponent, SH.SPARQLFunction, SH.SPARQLRule, SH.TripleRule, SH.SPARQLTarget,
    SH.SPARQLTargetType, SH.JSConstraint, SH.JSFunction,
}
_ADVANCED_PREDICATES = {SH.rule, SH.target, SH.parameter, SH.entailment}

_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isIRI({v}) || isBlank({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
# Datatypes whose lexical form is checked, with the XPath cast that rejects ill-formed ones.
_CASTS = {
    XSD.integer: "xsd:integer", XSD.decimal: "xsd:decimal", XSD.boolean: "xsd:boolean",
    XSD.date: "xsd:date", XSD.dateTime: "xsd:dateTime", XSD.time: "xsd:time",
    XSD.float: "xsd:float", XSD.double: "xsd:double",
}
_UNCHECKED = {XSD.string, XSD.anyURI}  # every lexical form is valid (or rdflib does not check)
# Derived types the store folds into xsd:integer, with their value ranges.
_INTEGER_RANGES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None), XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0), XSD.negativeInteger: (None, -1),
    XSD.long: (-(2**63), 2**63 - 1), XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-(2**15), 2**15 - 1), XSD.byte: (-128, 127),
    XSD.unsignedLong: (0, 2**64 - 1), XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1), XSD.unsignedByte: (0, 255),
}
_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_NESTED_COUNT_LIMIT = 4
# Written out in full in focus patterns, which also go into SHACL-SPARQL queries with their own prefixes.
_INSTANCE_OF = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"


def _label(node: object) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _name(term: Node) -> str:
    """``sh:x`` for SHACL terms, N-Triples otherwise: how error messages name terms."""
    if isinstance(term, URIRef) and str(term).startswith(str(SH)):
        return "sh:" + str(term)[len(str(SH)):]
    return term.n3()


def _order(node: Node) -> tuple[str, str]:
    """A total order on terms of any kind, so compiled queries come out the same every time."""
    return type(node).__name__, str(node)


def _local(iri: Node) -> str:
    return re.split(r"[#/]", str(iri))[-1]


@dataclass(frozen=True)
class _Pattern:
    """A group graph pattern with a solution when a constraint is violated at the focus."""

    component: str  # local name of the constraint parameter, for default messages
    text: str
    has_value: bool  # binds the value variable
    includes_focus: bool = False  # already binds the focus variable itself (aggregates)


@dataclass(frozen=True)
class _Check:
    """One compiled constraint of a targeted shape: a query and how to report its rows."""

    query: str
    shape: str
    path: str | None
    severity: str
    messages: tuple[str, ...]
    sparql: bool  # SHACL-SPARQL: fill {?var} in messages, ?path may give the path
    value_is_focus: bool  # node shape: the value node is the focus node


class _Compiler:
    def __init__(self, shapes: Graph, folded_datatypes: str) -> None:
        if folded_datatypes not in ("refuse", "range"):
            raise ValueError("folded_datatypes must be 'refuse' or 'range'")
        self.g = shapes
        self.folded = folded_datatypes
        self.counter = 0
        self.scratch = ox.Store()
        self.stack: list[Node] = []
        # OPTIONAL groups the current top-level query needs (see value_conditions, sh:class).
        self.hoisted: list[str] | None = None

    # -- shapes graph access -------------------------------------------------------------

    def objects(self, s: Node, p: URIRef) -> list[Node]:
        return sorted(self.g.objects(s, p), key=_order)

    def one(self, s: Node, p: URIRef) -> Node | None:
        values = self.objects(s, p)
        if len(values) > 1:
            raise UnsupportedShapes(s, f"several values of {_name(p)}")
        return values[0] if values else None

    def integer(self, s: Node, p: URIRef) -> int | None:
        value = self.one(s, p)
        if value is None:
            return None
        if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
            raise UnsupportedShapes(s, f"{_name(p)} {value.n3()} (not an integer)")
        return int(value.toPython())

    def deactivated(self, s: Node) -> bool:
        return any(isinstance(o, Literal) and o.toPython() is True for o in self.g.objects(s, SH.deactivated))

    def severity(self, s: Node) -> str:
        value = self.one(s, SH.severity)
        return _local(value) if value is not None else "Violation"

    def messages(self, s: Node) -> tuple[str, ...]:
        return tuple(sorted(str(m) for m in self.g.objects(s, SH.message)))

    def members(self, s: Node, p: URIRef, head: Node) -> list[Node]:
        if head != RDF.nil and self.g.value(head, RDF.first) is None:
            raise UnsupportedShapes(s, f"{_name(p)} whose value is not an RDF list")
        return list(Collection(self.g, head))

    def term(self, s: Node, node: Node) -> str:
        """The N-Triples form of a shapes-graph term, canonical as the store holds it."""
        try:
            if isinstance(node, URIRef):
                return str(ox.NamedNode(str(node)))
            if isinstance(node, Literal):
                if node.language:
                    lit = ox.Literal(str(node), language=node.language)
                else:
                    lit = ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype or XSD.string)))
                self.scratch.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), lit))
                stored = next(iter(self.scratch)).object
                self.scratch.clear()
                return str(stored)
        except ValueError as exc:
            raise UnsupportedShapes(s, f"the term {node.n3()} ({exc})") from None
        raise UnsupportedShapes(s, f"the blank node {node.n3()} as a constant")

    def path(self, s: Node) -> tuple[str, str] | None:
        """(SPARQL path, result path string) of a property shape, None for a node shape."""
        path = self.one(s, SH.path)
        if path is None:
            return None
        if isinstance(path, URIRef):
            return self.term(s, path), str(path)
        if isinstance(path, BNode):
            preds = set(self.g.predicates(path, None))
            inverse = self.one(path, SH.inversePath)
            if preds == {SH.inversePath} and isinstance(inverse, URIRef):
                return "^" + self.term(s, inverse), "^" + self.term(s, inverse)
        raise UnsupportedShapes(s, "an sh:path other than an IRI or sh:inversePath of an IRI")

    def runs(self, query: str) -> bool:
        """Whether ``query``'s one solution binds its one variable (its expression raises no error)."""
        solutions = self.scratch.query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        solution = next(iter(solutions))
        return solution[0] is not None

    def fresh(self) -> str:
        self.counter += 1
        return f"?v{self.counter}"

    # -- shapes and their targets --------------------------------------------------------

    def check_graph(self) -> None:
        for p in _ADVANCED_PREDICATES:
            for s in self.g.subjects(p, None):
                raise UnsupportedShapes(s, f"{_name(p)} (SHACL Advanced Features)")
        for s in self.g.subjects(SH.qualifiedValueShape, None):
            raise UnsupportedShapes(s, "sh:qualifiedValueShape")
        for t in _ADVANCED_TYPES:
            for s in self.g.subjects(RDF.type, t):
                raise UnsupportedShapes(s, f"a {_name(t)} (SHACL Advanced Features)")

    def targeted_shapes(self) -> list[Node]:
        target_preds = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
        shapes = {s for p in target_preds for s in self.g.subjects(p, None)}
        class_types = {RDFS.Class, *self.g.subjects(RDFS.subClassOf, RDFS.Class)}
        for kind in (SH.NodeShape, SH.PropertyShape):
            for s in self.g.subjects(RDF.type, kind):
                if any(t in class_types for t in self.g.objects(s, RDF.type)):
                    shapes.add(s)
        return sorted(shapes, key=_order)

    def focus_pattern(self, s: Node) -> str:
        branches = []
        for c in self.objects(s, SH.targetClass):
            branches.append(f"?this {_INSTANCE_OF} {self.term(s, c)} .")
        class_types = {RDFS.Class, *self.g.subjects(RDFS.subClassOf, RDFS.Class)}
        if isinstance(s, URIRef) and any(t in class_types for t in self.g.objects(s, RDF.type)):
            branches.append(f"?this {_INSTANCE_OF} {self.term(s, s)} .")
        nodes = [self.term(s, n) for n in self.objects(s, SH.targetNode)]
        if nodes:
            branches.append("VALUES ?this { " + " ".join(nodes) + " }")
        for p in self.objects(s, SH.targetSubjectsOf):
            branches.append(f"?this {self.term(s, p)} [] .")
        for p in self.objects(s, SH.targetObjectsOf):
            branches.append(f"[] {self.term(s, p)} ?this .")
        union = " UNION ".join("{ " + b + " }" for b in branches)
        return "{ SELECT DISTINCT ?this WHERE { " + union + " } }"

    # -- constraints ---------------------------------------------------------------------

    def known_predicates(self, s: Node, is_property: bool) -> None:
        for p in set(self.g.predicates(s, None)):
            if not str(p).startswith(str(SH)):
                continue
            if p not in _KNOWN:
                raise UnsupportedShapes(s, _name(p))
            if p in _PROPERTY_ONLY and not is_property:
                raise UnsupportedShapes(s, f"{_name(p)} on a node shape")

    def patterns(self, s: Node, f: str, v: str, focus: str | None = None) -> Iterator[_Pattern]:
        """Violation patterns of the constraints of shape ``s`` itself (not its sh:property).

        ``f`` is the focus variable (bound outside), ``v`` the value variable to bind;
        ``focus`` is the focus-node pattern at the top level (None when nested).
        """
        path = self.path(s)
        self.known_predicates(s, is_property=path is not None)
        if path is None:
            for component, cond in self.value_conditions(s, f):
                yield _Pattern(component, f"FILTER({cond}) BIND({f} AS {v})", True)
            yield from self.node_pair_patterns(s, f, v)
            return
        p = path[0]
        for component, cond in self.value_conditions(s, v):
            yield _Pattern(component, f"{f} {p} {v} . FILTER({cond})", True)
        yield from self.count_patterns(s, p, f, focus)
        for value in self.objects(s, SH.hasValue):
            yield _Pattern("hasValue", f"FILTER NOT EXISTS {{ {f} {p} {self.term(s, value)} }}", False)
        for other in self.objects(s, SH.equals):
            q = self.term(s, other)
            yield _Pattern(
                "equals",
                f"{{ {f} {p} {v} FILTER NOT EXISTS {{ {f} {q} {v} }} }} UNION "
                f"{{ {f} {q} {v} FILTER NOT EXISTS {{ {f} {p} {v} }} }}",
                True,
            )
        # One triple pattern per group, the others in FILTER EXISTS: inside EXISTS pyoxigraph
        # may hash-join two triple patterns without the outer bindings (a full scan per node).
        for other in self.objects(s, SH.disjoint):
            yield _Pattern("disjoint", f"{f} {p} {v} . FILTER EXISTS {{ {f} {self.term(s, other)} {v} }}", True)
        for pred, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for other in self.objects(s, pred):
                w = self.fresh()
                yield _Pattern(
                    _local(pred),
                    f"{f} {p} {v} . FILTER EXISTS {{ {f} {self.term(s, other)} {w} "
                    f"FILTER(!COALESCE({v} {op} {w}, false)) }}",
                    True,
                )

    def node_pair_patterns(self, s: Node, f: str, v: str) -> Iterator[_Pattern]:
        for other in self.objects(s, SH.equals):
            q = self.term(s, other)
            yield _Pattern(
                "equals",
                f"{{ {f} {q} {v} FILTER(!sameTerm({v}, {f})) }} UNION "
                f"{{ FILTER NOT EXISTS {{ {f} {q} {f} }} BIND({f} AS {v}) }}",
                True,
            )
        for other in self.objects(s, SH.disjoint):
            yield _Pattern("disjoint", f"{f} {self.term(s, other)} {f} . BIND({f} AS {v})", True)

    def count_patterns(self, s: Node, p: str, f: str, focus: str | None) -> Iterator[_Pattern]:
        low = self.integer(s, SH.minCount)
        if low is not None and low > 0:
            if low == 1:
                yield _Pattern("minCount", f"FILTER NOT EXISTS {{ {f} {p} [] }}", False)
            elif focus is not None:
                x = self.fresh()
                yield _Pattern(
                    "minCount",
                    f"{{ SELECT {f} (COUNT(DISTINCT {x}) AS {x}n) WHERE {{ {focus} OPTIONAL {{ {f} {p} {x} }} }}"
                    f" GROUP BY {f} }} FILTER({x}n < {low})",
                    False,
                    includes_focus=True,
                )
            else:
                yield _Pattern("minCount", f"FILTER NOT EXISTS {{ {self.distinct_values(s, f, p, low)} }}", False)
        high = self.integer(s, SH.maxCount)
        if high is not None:
            if high == 0:
                yield _Pattern("maxCount", f"{f} {p} [] .", False)
            elif focus is not None:
                x = self.fresh()
                yield _Pattern(
                    "maxCount",
                    f"{{ SELECT {f} WHERE {{ {focus} {f} {p} {x} }} GROUP BY {f}"
                    f" HAVING (COUNT(DISTINCT {x}) > {high}) }}",
                    False,
                    includes_focus=True,
                )
            else:
                yield _Pattern("maxCount", self.distinct_values(s, f, p, high + 1), False)

    def distinct_values(self, s: Node, f: str, p: str, n: int) -> str:
        """A pattern matching when ``f`` has at least ``n`` distinct values of ``p``."""
        if n > _NESTED_COUNT_LIMIT:
            raise UnsupportedShapes(s, f"a count above {_NESTED_COUNT_LIMIT - 1} in a nested shape")
        xs = [self.fresh() for _ in range(n)]
        text = ""
        for i in reversed(range(n)):  # x_i differs from every earlier value, innermost last
            distinct = " && ".join(f"!sameTerm({xs[i]}, {earlier})" for earlier in xs[:i])
            inner = f"{f} {p} {xs[i]} ." + (f" FILTER({distinct})" if distinct else "")
            text = inner + (f" FILTER EXISTS {{ {text} }}" if text else "")
        return text

    def value_conditions(self, s: Node, v: str) -> Iterator[tuple[str, str]]:
        """(component, SPARQL expression true when the value node ``v`` violates it)."""
        for c in self.objects(s, SH["class"]):
            cls = self.term(s, c)
            if self.hoisted is not None and v in ("?this", "?value"):
                # A property path evaluated once per row is slow over a union default graph
                # in pyoxigraph 0.5 (its cost grows with the number of named graphs); for the
                # variables of the top-level query it is a left join, evaluated once.
                flag = self.fresh()
                self.hoisted.append(f"OPTIONAL {{ {v} {_INSTANCE_OF} {cls} . BIND(true AS {flag}) }}")
                yield "class", f"!BOUND({flag})"
                continue
            # Not "v rdf:type/rdfs:subClassOf* C" in EXISTS either: the path would not see v bound.
            t = self.fresh()
            subclass = f"sameTerm({t}, {cls}) || EXISTS {{ {t} rdfs:subClassOf+ {cls} }}"
            yield "class", f"NOT EXISTS {{ {v} rdf:type {t} FILTER({subclass}) }}"
        datatype = self.one(s, SH.datatype)
        if datatype is not None:
            yield "datatype", f"!COALESCE({self.datatype_test(s, datatype, v)}, false)"
        kind = self.one(s, SH.nodeKind)
        if kind is not None:
            if not isinstance(kind, URIRef) or kind not in _NODE_KINDS:
                raise UnsupportedShapes(s, f"sh:nodeKind {_name(kind)}")
            yield "nodeKind", "!" + _NODE_KINDS[kind].format(v=v)
        if self.path(s) is None:
            for value in self.objects(s, SH.hasValue):
                yield "hasValue", f"!sameTerm({v}, {self.term(s, value)})"
        head = self.one(s, SH["in"])
        if head is not None:
            terms = [f"sameTerm({v}, {self.term(s, t)})" for t in self.members(s, SH["in"], head)]
            yield "in", "!(" + (" || ".join(terms) or "false") + ")"
        pattern = self.one(s, SH.pattern)
        if pattern is not None:
            flags = self.one(s, SH.flags)
            args = self.term(s, Literal(str(pattern))) + (f", {self.term(s, Literal(str(flags)))}" if flags else "")
            if not self.runs(f'SELECT (REGEX("", {args}) AS ?ok) WHERE {{}}'):
                raise UnsupportedShapes(s, f"sh:pattern {pattern.n3()} (not a regular expression pyoxigraph accepts)")
            yield "pattern", f"!COALESCE(!isBlank({v}) && REGEX(STR({v}), {args}), false)"
        for pred, op in _COMPARISONS.items():
            bound = self.one(s, pred)
            if bound is not None:
                yield _local(pred), f"!COALESCE({v} {op} {self.term(s, bound)}, false)"
        for pred, op in ((SH.minLength, ">="), (SH.maxLength, "<=")):
            n = self.integer(s, pred)
            if n is not None:
                yield _local(pred), f"!COALESCE(!isBlank({v}) && STRLEN(STR({v})) {op} {n}, false)"
        for shape in self.objects(s, SH.node):
            yield "node", self.violated(shape, v)
        for shape in self.objects(s, SH["not"]):
            yield "not", f"!{self.violated(shape, v)}"
        for pred, name in ((SH["or"], "or"), (SH["and"], "and"), (SH.xone, "xone")):
            for head in self.objects(s, pred):
                members = [self.violated(m, v) for m in self.members(s, pred, head)]
                if name == "or":
                    yield name, "(" + (" && ".join(members) or "true") + ")"
                elif name == "and":
                    yield name, "(" + (" || ".join(members) or "false") + ")"
                else:
                    yield name, "(" + (" + ".join(f"IF({m}, 0, 1)" for m in members) or "0") + ") != 1"

    def datatype_test(self, s: Node, datatype: Node, v: str) -> str:
        """An expression true when ``v`` is a well-formed literal of ``datatype``."""
        if datatype == RDFS.Literal:
            return f"isLiteral({v})"
        if datatype == RDF.langString:
            return f"(isLiteral({v}) && LANG({v}) != \"\")"
        if not isinstance(datatype, URIRef):
            raise UnsupportedShapes(s, f"sh:datatype {datatype.n3()}")
        same = f"isLiteral({v}) && sameTerm(DATATYPE({v}), {self.term(s, datatype)})"
        if datatype in _CASTS:
            return f"({same} && isLiteral({_CASTS[datatype]}(STR({v}))))"
        folded = datatype in _INTEGER_RANGES or datatype == XSD.dateTimeStamp
        if folded and self.folded == "refuse":
            raise UnsupportedShapes(
                s,
                f"sh:datatype {datatype.n3()}: the pyoxigraph store folds it into another datatype "
                "(use folded_datatypes='range' to check its value range instead)",
            )
        if datatype == XSD.dateTimeStamp:
            return f"(isLiteral({v}) && sameTerm(DATATYPE({v}), xsd:dateTime) && TZ({v}) != \"\")"
        if datatype in _INTEGER_RANGES:
            low, high = _INTEGER_RANGES[datatype]
            test = f"isLiteral({v}) && sameTerm(DATATYPE({v}), xsd:integer)"
            test += f" && {v} >= {low}" if low is not None else ""
            test += f" && {v} <= {high}" if high is not None else ""
            return f"({test})"
        if str(datatype).startswith(str(XSD)) and datatype not in _UNCHECKED:
            raise UnsupportedShapes(s, f"sh:datatype {datatype.n3()} (its lexical form is not checked)")
        return f"({same})"

    def violated(self, shape: Node, v: str) -> str:
        """An expression true when ``v`` does not conform to the (nested) ``shape``."""
        if shape in self.stack:
            raise UnsupportedShapes(shape, "a recursive shape reference")
        if self.deactivated(shape):
            return "false"
        self.stack.append(shape)
        try:
            exists = [f"EXISTS {{ {p.text} }}" for p in self.nested_patterns(shape, v)]
        finally:
            self.stack.pop()
        return "(" + (" || ".join(exists) or "false") + ")"

    def nested_patterns(self, shape: Node, f: str) -> Iterator[_Pattern]:
        if self.objects(shape, SH.sparql):
            raise UnsupportedShapes(shape, "sh:sparql in a shape used through sh:node/sh:or/sh:and/sh:not/sh:xone")
        yield from self.patterns(shape, f, self.fresh())
        for prop in self.objects(shape, SH.property):
            if self.path(prop) is None:
                raise UnsupportedShapes(prop, "an sh:property without sh:path")
            if self.objects(prop, SH.property):
                raise UnsupportedShapes(prop, "sh:property on a property shape")
            if not self.deactivated(prop):
                yield from self.nested_patterns(prop, f)

    # -- top-level checks ----------------------------------------------------------------

    def describe(self, node: Node, seen: frozenset[Node] = frozenset()) -> str:
        """A blank node named by the shape that holds it (and its path), for errors."""
        if not isinstance(node, BNode) or node in seen:
            return _label(node)
        path = self.g.value(node, SH.path)
        at = f" with sh:path {_name(path)}" if isinstance(path, URIRef) else ""
        for parent, pred in sorted(self.g.subject_predicates(node)):
            if pred in (RDF.first, RDF.rest):  # a list member: find the list's head and holder
                cell = parent
                while (previous := self.g.value(None, RDF.rest, cell)) is not None:
                    cell = previous
                holder = next(iter(sorted(self.g.subject_predicates(cell))), None)
                if holder is None:
                    break
                parent, pred = holder
            return f"{self.describe(parent, seen | {node})} -> {_name(pred)} [{_label(node)}{at}]"
        return _label(node)

    def checks(self) -> list[_Check]:
        try:
            return self.compile_all()
        except UnsupportedShapes as exc:
            node = next((n for n in self.g.all_nodes() if _label(n) == exc.shape), None)
            if isinstance(node, BNode):
                raise UnsupportedShapes(self.describe(node), exc.feature) from None
            raise

    def compile_all(self) -> list[_Check]:
        self.check_graph()
        out: list[_Check] = []
        for shape in self.targeted_shapes():
            if self.deactivated(shape):
                continue
            focus = self.focus_pattern(shape)
            out.extend(self.shape_checks(shape, focus))
        return out

    def shape_checks(self, shape: Node, focus: str) -> Iterator[_Check]:
        path = self.path(shape)
        if path is not None and self.objects(shape, SH.property):
            raise UnsupportedShapes(shape, "sh:property on a property shape")
        result_path = path[1] if path else None
        severity = self.severity(shape)
        self.stack.append(shape)
        try:
            self.hoisted = []
            for p in self.patterns(shape, "?this", "?value", focus):
                # The generator compiles each pattern completely before yielding it, so what
                # was hoisted since the last pattern belongs to this one.
                hoisted, self.hoisted = self.hoisted, []
                text = p.text if p.includes_focus else f"{focus}\n  {p.text}"
                text += "".join(f"\n  {h}" for h in hoisted)
                query = f"{_PREFIXES}SELECT DISTINCT ?this ?value WHERE {{\n  {text}\n}}"
                messages = self.messages(shape) or (self.default_message(shape, p.component),)
                yield _Check(query, _label(shape), result_path, severity, messages, False, path is None)
            for constraint in self.objects(shape, SH.sparql):
                yield from self.sparql_check(shape, constraint, focus, path, severity)
        finally:
            self.stack.pop()
            self.hoisted = None
        for prop in self.objects(shape, SH.property):
            if self.path(prop) is None:
                raise UnsupportedShapes(prop, "an sh:property without sh:path")
            if not self.deactivated(prop):
                yield from self.shape_checks(prop, focus)

    def default_message(self, shape: Node, component: str) -> str:
        path = self.path(shape)
        where = f" on {path[1]}" if path else ""
        return f"{component} constraint not met{where}"

    def sparql_check(
        self, shape: Node, constraint: Node, focus: str, path: tuple[str, str] | None, severity: str
    ) -> Iterator[_Check]:
        if self.deactivated(constraint):
            return
        select = self.one(constraint, SH.select)
        if select is None:
            raise UnsupportedShapes(shape, "an sh:sparql constraint without sh:select (e.g. sh:ask)")
        text = str(select)
        for name in ("shapesGraph", "currentShape"):
            if re.search(r"[?$]" + name + r"\b", text):
                raise UnsupportedShapes(shape, f"${name} in an sh:sparql query")
        if len(re.findall(r"(?<![?$:\w])SELECT\b", text, flags=re.IGNORECASE)) != 1:
            raise UnsupportedShapes(shape, "a sub-select in an sh:sparql query")
        # Pre-binding $this once per focus node and joining all focus nodes at once differ here.
        for keyword in ("MINUS", "VALUES", "SERVICE", "LIMIT", "OFFSET"):
            if re.search(rf"(?<![?$:\w]){keyword}\b", text, flags=re.IGNORECASE):
                raise UnsupportedShapes(shape, f"{keyword} in an sh:sparql query")
        aggregate = r"(?<![?$:\w])(COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(|\bGROUP\s+BY\b"
        if re.search(aggregate, text, flags=re.IGNORECASE) and not re.search(
            r"\bGROUP\s+BY\b[^}]*[?$]this\b", text, flags=re.IGNORECASE
        ):
            raise UnsupportedShapes(shape, "an aggregate not grouped by $this in an sh:sparql query")
        if re.search(r"[?$]PATH\b", text):
            if path is None:
                raise UnsupportedShapes(shape, "$PATH in an sh:sparql query of a node shape")
            text = re.sub(r"[?$]PATH\b", lambda _m: path[0], text)
        where = re.search(r"\bWHERE\s*\{", text, flags=re.IGNORECASE) or re.search(r"\{", text)
        if where is None:
            raise UnsupportedShapes(shape, "an sh:sparql query without a WHERE group")
        query = self.prefix_header(constraint) + text[: where.end()] + f"\n  {focus}\n" + text[where.end():]
        try:
            solutions = ox.Store().query(query)
        except (SyntaxError, ValueError, OSError) as exc:
            raise UnsupportedShapes(shape, f"an sh:sparql query pyoxigraph cannot run ({exc})") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise UnsupportedShapes(shape, "an sh:sparql query that is not a SELECT")
        if "this" not in {var.value for var in solutions.variables}:
            raise UnsupportedShapes(shape, "an sh:sparql query that does not select $this")
        messages = tuple(dict.fromkeys(self.messages(constraint) + self.messages(shape)))
        yield _Check(
            query, _label(shape), path[1] if path else None, severity,
            messages or ("SPARQL constraint not met",), True, path is None,
        )

    def prefix_header(self, constraint: Node) -> str:
        """PREFIX lines from sh:prefixes, resolved as pyshacl does (ontologies' sh:declare)."""
        ontologies = set(self.g.subjects(RDF.type, OWL.Ontology))
        every = {d for o in ontologies for d in self.g.objects(o, SH.declare)}
        declared: dict[str, str] = {}
        for holder in self.objects(constraint, SH.prefixes):
            own = set(self.g.objects(holder, SH.declare))
            for decl in sorted(own if own and holder in ontologies else own | every, key=_order):
                prefix, namespace = self.one(decl, SH.prefix), self.one(decl, SH.namespace)
                if prefix is None or namespace is None:
                    raise UnsupportedShapes(constraint, "an sh:declare without sh:prefix and sh:namespace")
                if not re.fullmatch(r"[A-Za-z][\w.-]*|", str(prefix)):
                    raise UnsupportedShapes(constraint, f"the prefix name {str(prefix)!r}")
                declared[str(prefix)] = self.term(constraint, URIRef(str(namespace)))
        return "".join(f"PREFIX {p}: {ns}\n" for p, ns in sorted(declared.items()))


def _text(term: object) -> str:
    """A solution term as Result strings use it: IRI, ``_:label`` or N-Triples literal."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _fill(message: str, solution: ox.QuerySolution, names: Iterable[str]) -> str:
    """Replace ``{?var}``/``{$var}`` by the lexical form or IRI of the solution's value.

    One pass, so a value that itself contains ``{?x}`` is left as it is.
    """
    bound = {name: solution[name] for name in names}

    def replace(match: re.Match[str]) -> str:
        term = bound.get(match.group(1))
        return term.value if term is not None else match.group(0)

    return re.sub(r"\{[?$](\w+)\}", replace, message)


class Validator:
    """A shapes graph compiled to SPARQL; validate any number of pyoxigraph stores with it.

    Raises :class:`UnsupportedShapes` at construction for shapes outside the supported
    subset (see the module docstring). ``folded_datatypes="range"`` accepts ``sh:datatype``
    of types the store folds into xsd:integer, checked by value range.
    """

    def __init__(self, shapes: Graph, *, folded_datatypes: str = "refuse") -> None:
        self._checks = _Compiler(shapes, folded_datatypes).checks()

    @property
    def queries(self) -> list[str]:
        """The compiled SPARQL, one query per constraint of each targeted shape."""
        return [c.query for c in self._checks]

    def validate(self, store: ox.Store, *, union: bool = True, threads: int = 1) -> list[Result]:
        """Every result over ``store`` (its union graph unless ``union=False``), sorted.

        ``threads`` > 1 runs that many queries at a time: pyoxigraph evaluates without the GIL.
        """
        results: set[Result] = set()
        if threads > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=threads) as pool:
                for found in pool.map(lambda check: self._run(store, check, union), self._checks):
                    results.update(found)
        else:
            for check in self._checks:
                results.update(self._run(store, check, union))
        return sorted(results, key=lambda r: (r.focus, r.path or "", r.message, r.shape, r.value or ""))

    @staticmethod
    def _run(store: ox.Store, check: _Check, union: bool) -> list[Result]:
        results = []
        solutions = store.query(check.query, use_default_graph_as_union=union)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [var.value for var in solutions.variables]
        for solution in solutions:
            this = solution["this"]
            if this is None:
                continue
            value = solution["value"] if "value" in names else None
            if value is None and check.value_is_focus:
                value = this
            path = check.path
            if check.sparql and "path" in names and isinstance(solution["path"], ox.NamedNode):
                path = solution["path"].value
            for message in check.messages:
                if check.sparql:
                    message = _fill(message, solution, names)
                results.append(
                    Result(
                        focus=_text(this),
                        path=path,
                        message=message,
                        severity=check.severity,
                        shape=check.shape,
                        value=str(value) if value is not None else None,
                    )
                )
        return results
