"""SHACL validation of a dataset with pyshacl against ``shapes/``.

The data graph is validated as asserted (``inference="none"``): the mapping asserts every
type the shapes target, so no reasoning is needed, and validation stays linear in the
size of the data. The ontology and the rank scheme are part of the data graph, so
"is this concept in that scheme" checks see them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import SH

from .resources import resource_path


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


def validate_graph(data: Graph, *, article_of: dict[str, str] | None = None) -> ValidationResult:
    """Validate ``data`` (ontology included) and return a readable result."""
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

    def article_for(focus_s: str) -> str | None:
        if not article_of:
            return None
        return article_of.get(focus_s) or article_of.get(focus_s.split("#", 1)[0])

    violations: list[Violation] = []
    for result in sorted(report.subjects(SH.resultSeverity, None), key=str):
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
    violations.sort(key=lambda v: (v.article or "", v.focus, v.path or "", v.message))
    blocking = [v for v in violations if v.severity == "Violation"]
    return ValidationResult(conforms=bool(conforms) and not blocking, violations=violations, report_graph=report)


def article_index(ds: Dataset) -> dict[str, str]:
    """Subject IRI -> source file of the article graph that states it."""
    from .terms import KG

    index: dict[str, str] = {}
    for g in ds.graphs():
        if not isinstance(g.identifier, URIRef) or "/graph/" not in str(g.identifier):
            continue
        files = [str(o) for o in g.objects(None, KG.sourceFile)]
        if len(files) != 1:
            continue
        for s in set(g.subjects()):
            index.setdefault(str(s), files[0])
    return index


def validate_dataset(ds: Dataset) -> ValidationResult:
    """Validate the union of every graph of ``ds``."""
    union = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return validate_graph(union, article_of=article_index(ds))


def validate_path(path: Path) -> ValidationResult:
    """Validate a built dataset folder (its ``dataset.trig``) or a TriG/Turtle/N-Quads file."""
    from .errors import InputError

    target = path / "dataset.trig" if path.is_dir() else path
    if not target.exists():
        raise InputError(path, "no dataset.trig here; build one with 'kgbuild build' first")
    fmt = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt"}.get(target.suffix)
    if fmt is None:
        raise InputError(target, "unknown RDF format (use .trig, .nq, .ttl or .nt)")
    ds = Dataset()
    try:
        if fmt in ("trig", "nquads"):
            ds.parse(target, format=fmt)
        else:
            ds.graph(URIRef("urn:kgbuild:input")).parse(target, format=fmt)
    except Exception as exc:  # rdflib raises many parser exception types
        raise InputError(target, f"cannot parse: {exc}") from None
    return validate_dataset(ds)
