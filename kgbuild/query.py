"""Canned SPARQL queries (``queries/*.rq``) and the store they run on.

Each query file starts with a header of ``#`` comments::

    # title: Deaths by nationality
    # description: ...
    # param nationality: country, required -- ISO 3166-1 alpha-2 code, e.g. RU
    # param since: date, optional -- ISO date; events on or after it

Parameter values never enter the query text. A query reads a parameter through a
function call in the ``urn:kgbuild:param:`` namespace, evaluated once at the top of
the query (``BIND(kgq:since() AS ?since)``); kgbuild registers one pyoxigraph custom
function per parameter returning the typed, validated RDF term (or nothing when an
optional parameter is absent, leaving the variable unbound).

>>> q = load_queries()["deaths"]
>>> [p.name for p in q.params]
['nationality', 'since', 'until', 'affiliation']
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from . import iris
from .errors import InputError, QueryError
from .resources import resource_path
from .terms import KG

PARAM_NS = "urn:kgbuild:param:"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_HEADER = re.compile(r"^#\s*(?P<key>title|description|param)\s*(?P<name>[\w-]+)?\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<type>country|date|affiliation|string)\s*,\s*(?P<req>required|optional)"
    r"(?:\s*,\s*default\s+(?P<default>\S+))?\s*(?:--\s*(?P<doc>.*))?$"
)
AFFILIATION_VALUES = {
    "armed-forces": KG.ArmedForces,
    "militia": KG.Militia,
    "pmc": KG.PrivateMilitaryContractor,
    "civilian": KG.Civilian,
    "unknown": KG.UnknownAffiliation,
    "any": None,
}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: str | None
    doc: str

    def convert(self, raw: str) -> ox.NamedNode | ox.Literal | None:
        """The RDF term for a raw value, or ``QueryError`` naming the parameter."""
        value = raw.strip()
        if self.type == "country":
            if not re.fullmatch(r"[A-Za-z]{2}", value):
                raise QueryError(f"parameter {self.name}: {raw!r} is not an ISO 3166-1 alpha-2 code")
            return ox.NamedNode(str(iris.country(value.upper())))
        if self.type == "date":
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                raise QueryError(f"parameter {self.name}: {raw!r} is not an ISO date (YYYY-MM-DD)") from None
            return ox.Literal(parsed.isoformat(), datatype=XSD_DATE)
        if self.type == "affiliation":
            if value not in AFFILIATION_VALUES:
                raise QueryError(f"parameter {self.name}: {raw!r} is not one of {', '.join(AFFILIATION_VALUES)}")
            term = AFFILIATION_VALUES[value]
            return ox.NamedNode(str(term)) if term is not None else None
        if len(value) > 500:
            raise QueryError(f"parameter {self.name}: longer than 500 characters")
        return ox.Literal(value)


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    path: Path

    def functions(self, values: Mapping[str, str]) -> dict[ox.NamedNode, object]:
        """Custom functions binding ``values``; raises ``QueryError`` on a bad value."""
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise QueryError(
                f"query {self.name}: unknown parameter {unknown[0]!r} "
                f"(parameters: {', '.join(sorted(known)) or 'none'})"
            )
        funcs: dict[ox.NamedNode, object] = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is None or raw == "":
                if p.required:
                    raise QueryError(f"query {self.name}: parameter {p.name!r} is required ({p.doc})")
                term = None
            else:
                term = p.convert(raw)
            funcs[ox.NamedNode(PARAM_NS + p.name)] = lambda t=term: t
        return funcs


def parse_query_file(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    title, description, params = path.stem, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        if m.group("key") == "title":
            title = m.group("value").strip()
        elif m.group("key") == "description":
            description = (description + " " + m.group("value").strip()).strip()
        else:
            pm = _PARAM.match(m.group("value").strip())
            if not pm or not m.group("name"):
                raise InputError(path, f"bad parameter header: {line}")
            params.append(
                Param(
                    m.group("name"),
                    pm.group("type"),
                    pm.group("req") == "required",
                    pm.group("default"),
                    (pm.group("doc") or "").strip(),
                )
            )
    return CannedQuery(path.stem, title, description, tuple(params), text, path)


def load_queries(folder: Path | None = None) -> dict[str, CannedQuery]:
    folder = folder or resource_path("queries")
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


def open_store(data: Path) -> ox.Store:
    """An in-memory pyoxigraph store holding a built dataset (``DIR/dataset.trig``)."""
    target = data / "dataset.trig" if data.is_dir() else data
    if not target.exists():
        raise InputError(data, "no built dataset here (dataset.trig missing); run 'kgbuild build' first")
    store = ox.Store()
    fmt = ox.RdfFormat.N_QUADS if target.suffix == ".nq" else ox.RdfFormat.TRIG
    try:
        store.bulk_load(path=str(target), format=fmt)
    except (SyntaxError, OSError, ValueError) as exc:
        raise InputError(target, f"cannot load dataset: {exc}") from None
    return store


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""

        def term(t):  # type: ignore[no-untyped-def]
            if isinstance(t, ox.NamedNode):
                return {"type": "uri", "value": t.value}
            if isinstance(t, ox.BlankNode):
                return {"type": "bnode", "value": t.value}
            out = {"type": "literal", "value": t.value}
            if t.language:
                out["xml:lang"] = t.language
            elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                out["datatype"] = t.datatype.value
            return out

        bindings = [{k: term(v) for k, v in row.items() if v is not None} for row in self.rows]
        return json.dumps(
            {"head": {"vars": self.variables}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False
        )

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(self.variables)
        for row in self.rows:
            w.writerow([row[v].value if row.get(v) is not None else "" for v in self.variables])
        return buf.getvalue()

    def to_table(self) -> str:
        """A plain-text table; control characters in values are shown escaped."""

        def show(t):  # type: ignore[no-untyped-def]
            if t is None:
                return ""
            return re.sub(
                r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]",
                lambda m: f"\\x{ord(m.group(0)):02x}",
                t.value,
            )

        cells = [[show(r.get(v)) for v in self.variables] for r in self.rows]
        widths = [max([len(v), *(len(c[i]) for c in cells)]) for i, v in enumerate(self.variables)]
        lines = [
            "  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=False)).rstrip(),
            "  ".join("-" * w for w in widths),
        ]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines)

    def render(self, fmt: str) -> str:
        return {"json": self.to_json, "csv": self.to_csv, "table": self.to_table}[fmt]()


def run_canned(store: ox.Store, query: CannedQuery, values: Mapping[str, str]) -> QueryResult:
    """Run a canned query with parameter ``values`` (strings, validated here)."""
    solutions = store.query(
        query.sparql,
        use_default_graph_as_union=True,
        custom_functions=query.functions(values),
    )
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"query {query.name}: canned queries must be SELECT queries")
    variables = [v.value for v in solutions.variables]
    rows = [{v: sol[v] for v in variables} for sol in solutions]
    return QueryResult(variables, rows)
