"""SHACL validation of a dataset with pyshacl against ``shapes/``.

The data graph is validated as asserted (``inference="none"``): the mapping asserts every
type the shapes target, so no reasoning is needed, and validation stays linear in the
size of the data. The ontology and the rank scheme are part of the data graph, so
"is this concept in that scheme" checks see them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from .resources import resource_path
from .terms import KG


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str
    article: str | None


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    report_graph: Graph | None = None

    @property
    def text(self) -> str:
        if self.conforms:
            return "The dataset conforms to the shapes."
        lines = [f"{len(self.violations)} violation(s):"]
        for v in self.violations:
            lines.append(
                f"- {v.severity}: {v.message}\n    focus: {v.focus}\n    path: {v.path or '-'}"
                f"\n    article: {v.article or '-'}"
            )
        return "\n".join(lines)


def load_shapes() -> Graph:
    shapes = Graph()
    for path in sorted(resource_path("shapes").glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def load_ontology() -> Graph:
    ont = Graph()
    for path in sorted(resource_path("ontology").glob("*.ttl")):
        ont.parse(path, format="turtle")
    return ont


def _short(node: object) -> str:
    return str(node)


@dataclass(frozen=True)
class SparqlConstraint:
    """A SHACL-SPARQL constraint of ``shapes/``, evaluated once over all focus nodes."""

    shape: object
    targets: tuple[URIRef, ...]
    query: str
    message: str
    severity: str


def split_sparql_constraints(shapes: Graph) -> list[SparqlConstraint]:
    """Take the sh:sparql constraints out of ``shapes`` (in place) and return them.

    pyshacl parses a SPARQL constraint's query again for every focus node, which made it
    90% of validation time (659 parses for 45 articles). The same semantics are obtained
    by running each query once with ``$this`` free and keeping the solutions whose
    ``$this`` is a focus node of the shape (an instance of a target class): valid for
    queries that use ``$this`` only in basic graph patterns, as ours do
    (``tests/test_validate.py`` checks the results agree with pyshacl's on the fixtures).
    """
    out = []
    for shape, _p, constraint in sorted(shapes.triples((None, SH.sparql, None))):
        select = shapes.value(constraint, SH.select)
        if select is None:
            continue
        prefixes = []
        for decl_holder in shapes.objects(constraint, SH.prefixes):
            for decl in shapes.objects(decl_holder, SH.declare):
                prefixes.append((str(shapes.value(decl, SH.prefix)), str(shapes.value(decl, SH.namespace))))
        header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes))
        severity = shapes.value(shape, SH.severity) or SH.Violation
        out.append(
            SparqlConstraint(
                shape=shape,
                targets=tuple(sorted(shapes.objects(shape, SH.targetClass))),
                query=header + str(select).replace("$this", "?this"),
                message=str(shapes.value(constraint, SH.message) or "SPARQL constraint not met"),
                severity=str(severity).rsplit("#", 1)[-1],
            )
        )
        shapes.remove((shape, SH.sparql, constraint))
    return out


def _run_sparql_constraints(data: Graph, constraints: list[SparqlConstraint]) -> list[tuple[str, str, str]]:
    """(focus, message, severity) for every solution of every constraint, via pyoxigraph."""
    import pyoxigraph as ox

    if not constraints:
        return []
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    rdf_type = ox.NamedNode(str(RDF.type))
    found = []
    for c in constraints:
        focus = {q.subject for t in c.targets for q in store.quads_for_pattern(None, rdf_type, ox.NamedNode(str(t)))}
        solutions = store.query(c.query)
        names = {v.value for v in solutions.variables}
        for sol in solutions:
            this = sol["this"]
            if this not in focus:
                continue
            message = c.message
            for var in re.findall(r"\{\?(\w+)\}", message):
                value = sol[var] if var in names else None
                message = message.replace("{?" + var + "}", value.value if value is not None else "")
            found.append((this.value, message, c.severity))
    return found


def validate_graph(
    data: Graph, *, article_of: Callable[[str], str | None] | dict[str, str] | None = None
) -> ValidationResult:
    """Validate the rdflib graph ``data`` (ontology included) with pyshacl."""
    import pyshacl

    shapes = load_shapes()
    sparql_constraints = split_sparql_constraints(shapes)
    extra = _run_sparql_constraints(data, sparql_constraints)
    conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        js=False,
        allow_warnings=True,
        inplace=True,
    )
    article_for = _article_lookup(article_of)
    violations: list[Violation] = []
    # the report's own results; nested ones (sh:detail of an sh:node failure) are not reported
    top = {r for v in report.subjects(RDF.type, SH.ValidationReport) for r in report.objects(v, SH.result)}
    for result in sorted(top, key=str):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        focus_s = _short(focus)
        violations.append(
            Violation(
                focus_s,
                _short(path) if path is not None else None,
                str(message) if message else "constraint not met",
                severity,
                article_for(focus_s),
            )
        )
    for focus_s, message, severity in extra:
        violations.append(Violation(focus_s, None, message, severity, article_for(focus_s)))
    return _result(violations, report_graph=report, engine_conforms=bool(conforms))


def _result(violations: list[Violation], *, report_graph: Graph | None = None, engine_conforms: bool = True):  # type: ignore[no-untyped-def]
    violations = sorted(set(violations), key=lambda v: (v.article or "", v.focus, v.path or "", v.message))
    blocking = [v for v in violations if v.severity == "Violation"]
    return ValidationResult(conforms=engine_conforms and not blocking, violations=violations, report_graph=report_graph)


def _article_lookup(article_of: Callable[[str], str | None] | dict[str, str] | None) -> Callable[[str], str | None]:
    if article_of is None:
        return lambda _focus: None
    lookup = article_of.get if isinstance(article_of, dict) else article_of
    return lambda focus: lookup(focus) or lookup(focus.split("#", 1)[0])


@lru_cache(maxsize=1)
def _validator():  # type: ignore[no-untyped-def]
    """The compiled validator (:mod:`kgbuild.shacl`) for ``shapes/``, or None where the shapes
    use a feature it does not compile: then pyshacl validates.

    Integer subtypes are checked by range (``folded_datatypes="range"``): pyoxigraph stores an
    xsd:nonNegativeInteger as an xsd:integer, so a negative count is caught but not a count
    written as a plain xsd:integer; the mapper writes every count through ``mapping.nn_int``.
    """
    from .shacl import UnsupportedShapes, Validator

    try:
        return Validator(load_shapes(), folded_datatypes="range")
    except UnsupportedShapes as exc:
        import warnings

        warnings.warn(f"shapes need pyshacl (slower): {exc}", stacklevel=2)
        return None


def store_article_of(store: ox.Store) -> Callable[[str], str | None]:
    """focus IRI -> source file of the article graph that states something about it."""
    source_file = ox.NamedNode(str(KG.sourceFile))

    def article_of(focus: str) -> str | None:
        if focus.startswith("_:"):
            return None
        try:
            node = ox.NamedNode(focus)
        except ValueError:
            return None
        for q in store.quads_for_pattern(node, None, None, None):
            if isinstance(q.graph_name, ox.NamedNode):
                for fq in store.quads_for_pattern(None, source_file, None, q.graph_name):
                    return str(fq.object.value)
        return None

    return article_of


def validate_store(
    store: ox.Store, *, exact: Callable[[], bytes] | None = None, engine: str = "auto"
) -> ValidationResult:
    """Validate the union of every graph of ``store``.

    ``engine``: ``auto`` (the compiled validator when it supports the shapes, else pyshacl),
    ``sparql`` or ``pyshacl``. pyoxigraph stores integer subtypes such as
    xsd:nonNegativeInteger as xsd:integer; ``exact()`` returns the data as written (N-Triples),
    from which pyshacl validates and the compiled validator checks those datatypes exactly
    (:func:`audit_folded_datatypes`). Without it, they are checked by value range only.
    """
    validator = _validator() if engine in ("auto", "sparql") else None
    article_of = store_article_of(store)
    if validator is None:
        data = exact() if exact else ox.serialize((q.triple for q in store), format=ox.RdfFormat.N_TRIPLES)
        union = Graph()
        union.parse(data=data, format="nt")
        return validate_graph(union, article_of=article_of)
    found = [
        (r.focus, r.path, r.message, r.severity)
        for r in validator.validate(store, union=True, threads=os.cpu_count() or 1)
    ]
    if exact is not None:
        found += audit_folded_datatypes(exact(), store, _folded_checks())
    lookup = _article_lookup(article_of)
    return _result([Violation(f, path, message, severity, lookup(f)) for f, path, message, severity in found])


# XML Schema's built-in subtypes of xsd:integer: pyoxigraph stores all of them as xsd:integer
_XSD = "http://www.w3.org/2001/XMLSchema#"
FOLDED_DATATYPES = {
    _XSD + name
    for name in (
        "nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger long int short byte "
        "unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}


@dataclass(frozen=True)
class FoldedCheck:
    """An sh:datatype constraint of a folded type, on a property shape of a targeted shape."""

    target_class: str
    path: str
    datatype: str
    message: str
    severity: str


@lru_cache(maxsize=1)
def _folded_checks() -> tuple[FoldedCheck, ...]:
    shapes = load_shapes()
    checks = []
    for shape, cls in shapes.subject_objects(SH.targetClass):
        for prop in shapes.objects(shape, SH.property):
            path, datatype = shapes.value(prop, SH.path), shapes.value(prop, SH.datatype)
            if isinstance(path, URIRef) and datatype is not None and str(datatype) in FOLDED_DATATYPES:
                severity = str(shapes.value(prop, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
                message = str(shapes.value(prop, SH.message) or f"Value is not of datatype {datatype}")
                checks.append(FoldedCheck(str(cls), str(path), str(datatype), message, severity))
    return tuple(sorted(checks, key=lambda c: (c.path, c.target_class)))


_IS_INSTANCE = "ASK { ?s a ?t . ?t <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?class }"


def audit_folded_datatypes(
    data: bytes, store: ox.Store, checks: Iterable[FoldedCheck]
) -> list[tuple[str, str, str, str]]:
    """(focus, path, message, severity) for every value of a folded-datatype constraint that the
    N-Triples ``data`` do not write with that datatype (as pyshacl reports them).

    Only the lines naming a checked predicate are looked at, and only those not ending in a
    literal of the required datatype are parsed; their subjects are focus nodes when the store
    says they are instances of the shape's target class.
    """
    found = []
    for check in checks:
        needle = f" <{check.path}> ".encode()
        good = f'"^^<{check.datatype}> .'.encode()
        predicate = ox.NamedNode(check.path)
        pos = data.find(needle)
        while pos != -1:
            start = data.rfind(b"\n", 0, pos) + 1
            end = data.find(b"\n", pos)
            end = len(data) if end == -1 else end
            line = data[start:end]
            if not line.endswith(good):
                for t in ox.parse(line + b"\n", format=ox.RdfFormat.N_TRIPLES):
                    ok = isinstance(t.object, ox.Literal) and t.object.datatype.value == check.datatype
                    if t.predicate != predicate or ok:
                        continue
                    subs = {ox.Variable("s"): t.subject, ox.Variable("class"): ox.NamedNode(check.target_class)}
                    if store.query(_IS_INSTANCE, use_default_graph_as_union=True, substitutions=subs):
                        focus = t.subject.value if isinstance(t.subject, ox.NamedNode) else str(t.subject)
                        found.append((focus, check.path, check.message, check.severity))
            pos = data.find(needle, end)
    return found


def validate_path(path: Path) -> ValidationResult:
    """Validate a built dataset folder (its ``dataset.trig``) or a TriG/Turtle/N-Quads file."""
    from .errors import InputError

    target = path / "dataset.trig" if path.is_dir() else path
    if not target.exists():
        raise InputError(path, "no dataset.trig here; build one with 'kgbuild build' first")
    fmt = {
        ".trig": ox.RdfFormat.TRIG,
        ".nq": ox.RdfFormat.N_QUADS,
        ".ttl": ox.RdfFormat.TURTLE,
        ".nt": ox.RdfFormat.N_TRIPLES,
    }.get(target.suffix)
    if fmt is None:
        raise InputError(target, "unknown RDF format (use .trig, .nq, .ttl or .nt)")
    store = ox.Store()
    try:
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            store.load(path=target, format=fmt)
        else:
            store.load(path=target, format=fmt, to_graph=ox.NamedNode("urn:kgbuild:input"))
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(target, f"cannot parse: {exc}") from None

    def exact() -> bytes:
        return ox.serialize(
            (q.triple for q in ox.parse(path=target, format=fmt)), format=ox.RdfFormat.N_TRIPLES
        )

    return validate_store(store, exact=exact)
