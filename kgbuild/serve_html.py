"""HTML for ``kgbuild serve``: entity pages, the query page, lists and the deaths chart.

Everything that comes from the data (labels, literals, IRIs, article titles and text spans)
is untrusted: it passes through :func:`h` (``html.escape`` with quotes) before it reaches a
page, and only ``http``/``https`` IRIs ever become links, so a ``javascript:`` IRI stays text.
Pages carry no inline script (the server sends a Content-Security-Policy that forbids it);
the only script is ``/static/query.js``.

>>> h('<script>alert("x")</script>')
'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
>>> Linker("https://w3id.org/kgbuild/id/").href("https://w3id.org/kgbuild/id/event/e1")
'/id/event/e1'
>>> Linker("https://w3id.org/kgbuild/id/").href("javascript:alert(1)") is None
True
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import quote, urlencode

from . import __version__

TEMPLATES = Path(__file__).resolve().parent / "templates"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ONTOLOGY_NS = "https://w3id.org/kgbuild/ontology#"
DISPLAY_PREFIXES = {
    "kg": ONTOLOGY_NS,
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": "http://rdfs.org/ns/void#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "spdx": "http://spdx.org/rdf/terms#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
_NUMERIC = {
    "integer",
    "nonNegativeInteger",
    "decimal",
    "double",
    "float",
    "int",
    "long",
    "positiveInteger",
}
_PALETTE = ["#0b5cad", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b8860b"]
Plain = Any  # a term as made by serve_worker.to_plain: ("uri", iri), ("literal", ...) or None


def h(value: object) -> str:
    """``value`` as HTML text, quotes included."""
    return html.escape("" if value is None else str(value), quote=True)


def template(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


@dataclass
class Linker:
    """Where a link to an IRI goes: dataset IRIs to local ``/id/`` pages, ontology terms to
    ``/describe``, other http(s) IRIs to themselves, anything else nowhere."""

    base_iri: str
    id_path: str = "/id/"

    def local_path(self, iri: str) -> str | None:
        if iri.startswith(self.base_iri) and len(iri) > len(self.base_iri):
            rest = iri[len(self.base_iri) :]
            return self.id_path + quote(rest, safe="/:@!$&'()*+,;=-._~%#")
        return None

    def href(self, iri: str) -> str | None:
        local = self.local_path(iri)
        if local is not None:
            return local  # a hash IRI links to its document's page, as the web resolves it
        if iri.startswith(ONTOLOGY_NS):
            return "/describe?" + urlencode({"iri": iri})
        if iri.lower().startswith(("http://", "https://")):
            return iri
        return None

    def curie(self, iri: str) -> str:
        if iri.startswith(self.base_iri):
            return "kgid:" + iri[len(self.base_iri) :]
        for prefix, ns in DISPLAY_PREFIXES.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def link(self, iri: str, label: object | None = None, *, title: bool = True) -> str:
        text = h(label if label not in (None, "") else self.curie(iri))
        target = self.href(iri)
        if target is None:
            return f'<span class="iri">{text}</span>'
        attr = f' title="{h(iri)}"' if title else ""
        external = "" if target.startswith("/") else ' rel="nofollow noopener"'
        return f'<a href="{h(target)}"{attr}{external}>{text}</a>'

    def term(self, plain: Plain, label: object | None = None) -> str:
        """A term as HTML: a link for IRIs, the escaped value (with datatype or language)
        for literals."""
        if plain is None:
            return ""
        kind = plain[0]
        if kind == "uri":
            return self.link(plain[1], label)
        if kind == "bnode":
            return f"_:{h(plain[1])}"
        if kind == "literal":
            _k, value, datatype, lang = plain
            if lang:
                return f'{h(value)} <span class="lang">@{h(lang)}</span>'
            short = datatype.rsplit("#", 1)[-1]
            if datatype.endswith("#string") or short in _NUMERIC:
                return h(value)
            return f'{h(value)} <span class="dt">{h(self.curie(datatype))}</span>'
        return h(plain[1] if len(plain) > 1 else "")


def value(row: Mapping[str, Plain], key: str) -> str | None:
    term = row.get(key)
    return None if term is None else term[1]


def page(title: str, body: str, *, base_iri: str, scripts: Iterable[str] = (), head: str = "") -> str:
    """A whole page; ``title`` is escaped here, ``body`` must already be safe HTML."""
    tags = "\n".join(f'<script src="{h(s)}" defer></script>' for s in scripts)
    return Template(template("page.html")).substitute(
        title=h(title),
        body=body,
        head=head,
        scripts=tags,
        base_iri=h(base_iri),
        version=h(__version__),
    )


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    cls: str = "",
    numeric: Iterable[int] = (),
) -> str:
    """An HTML table; ``headers`` are escaped, cells must already be safe HTML."""
    nums = set(numeric)
    out = [f"<table{f' class={chr(34)}{h(cls)}{chr(34)}' if cls else ''}><thead><tr>"]
    out += [f"<th>{h(x)}</th>" for x in headers]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(
            "<tr>"
            + "".join(f'<td class="num">{c}</td>' if i in nums else f"<td>{c}</td>" for i, c in enumerate(row))
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


# ----------------------------------------------------------------------------- entity pages


@dataclass
class EntityData:
    """What the server found about one IRI (rows from the ``templates/*.rq`` queries)."""

    iri: str
    statements: list[dict[str, Plain]] = field(default_factory=list)
    incoming: list[dict[str, Plain]] = field(default_factory=list)
    groups: list[dict[str, Plain]] = field(default_factory=list)
    claims: list[dict[str, Plain]] = field(default_factory=list)
    evidence: list[dict[str, Plain]] = field(default_factory=list)
    mentions: list[dict[str, Plain]] = field(default_factory=list)
    graph_triples: int = 0

    @property
    def exists(self) -> bool:
        return bool(self.statements or self.incoming or self.graph_triples)


_LABEL_PROPS = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/name",
    "http://purl.org/dc/terms/title",
)


def entity_label(data: EntityData, linker: Linker) -> str:
    for prop in _LABEL_PROPS:
        for row in data.statements:
            if value(row, "p") == prop and row.get("o") and row["o"][0] == "literal":
                return row["o"][1]
    return linker.curie(data.iri)


def _num(row: Mapping[str, Plain], key: str) -> str:
    v = value(row, key)
    return h(v) if v is not None else "–"


def entity_page(data: EntityData, linker: Linker, *, max_values: int = 500) -> str:
    """The HTML page for one IRI: label, types, statements, figures, claims with the text
    they were read from, evidence spans, mentions and incoming links."""
    label = entity_label(data, linker)
    types = [r for r in data.statements if value(r, "p") == RDF_TYPE]
    parts = [f"<h1>{h(label)}</h1>", f'<p class="iri">{h(data.iri)}</p>']
    if types:
        parts.append('<p class="types">' + " ".join(linker.term(r["o"], value(r, "olabel")) for r in types) + "</p>")
    local = linker.local_path(data.iri) or ""
    if local:
        parts.append(
            '<p class="note">This description as '
            f'<a href="{h(local)}?format=turtle">Turtle</a>, '
            f'<a href="{h(local)}?format=jsonld">JSON-LD</a>, '
            f'<a href="{h(local)}?format=ntriples">N-Triples</a>.</p>'
        )

    if data.groups:
        rows = []
        for g in data.groups:
            rows.append(
                [
                    linker.term(g.get("group"), value(g, "label")),
                    linker.term(g.get("nationality"), value(g, "nationalityLabel")),
                    h(value(g, "affiliations") or ""),
                    _num(g, "killedLow"),
                    _num(g, "killedBest"),
                    _num(g, "killedHigh"),
                    _num(g, "injuredLow"),
                    _num(g, "injuredBest"),
                    _num(g, "injuredHigh"),
                ]
            )
        parts.append("<h2>Casualties (reconciled from all claims)</h2>")
        parts.append(
            table(
                [
                    "group",
                    "nationality",
                    "affiliation",
                    "killed low",
                    "killed best",
                    "killed high",
                    "injured low",
                    "injured best",
                    "injured high",
                ],
                rows,
                cls="groups",
                numeric=range(3, 9),
            )
        )

    if data.claims:
        rows = []
        for c in data.claims:
            low, high = value(c, "low"), value(c, "high")
            interval = ""
            if (low, high) != (value(c, "value"), value(c, "value")):
                interval = f"{h(low or '?')}–{h(high or '…')}"
            rows.append(
                [
                    linker.term(c.get("claim"), value(c, "kind")),
                    h(value(c, "qualifier") or ""),
                    _num(c, "value") + (f' <span class="dt">({interval})</span>' if interval else ""),
                    h(value(c, "group") or ""),
                    linker.term(c.get("claimant"), value(c, "claimantLabel")),
                    f"<mark>{h(value(c, 'text'))}</mark>" if value(c, "text") else "",
                    linker.term(c.get("article"), value(c, "title")),
                ]
            )
        parts.append("<h2>Claims: who said what</h2>")
        parts.append(
            table(
                [
                    "figure",
                    "qualifier",
                    "value",
                    "about",
                    "claimant",
                    "in the words of the article",
                    "article",
                ],
                rows,
                cls="claims",
                numeric=[2],
            )
        )

    if data.evidence:
        rows = [
            [
                f"<mark>{h(value(e, 'text') or '')}</mark>",
                f"{_num(e, 'begin')}–{_num(e, 'end')}",
                linker.term(e.get("article"), value(e, "title")),
            ]
            for e in data.evidence
        ]
        parts.append("<h2>Evidence: the text spans this was read from</h2>")
        parts.append(table(["text", "characters", "article"], rows, cls="evidence"))

    statements = [r for r in data.statements if value(r, "p") != RDF_TYPE]
    if statements:
        parts.append("<h2>Statements</h2>")
        rows = [
            [
                linker.term(r.get("p"), value(r, "plabel")),
                linker.term(r.get("o"), value(r, "olabel")),
            ]
            for r in statements[:max_values]
        ]
        parts.append(table(["property", "value"], rows, cls="statements"))
        if len(statements) > max_values:
            parts.append(
                f'<p class="note">{len(statements) - max_values} more values not shown; see the Turtle description.</p>'
            )

    if data.mentions:
        rows = [
            [f"<mark>{h(value(m, 'text') or '')}</mark>", f"{_num(m, 'begin')}–{_num(m, 'end')}"] for m in data.mentions
        ]
        parts.append("<h2>Text spans of this article</h2>")
        parts.append(table(["text", "characters"], rows, cls="mentions"))

    if data.graph_triples:
        parts.append(
            f"<h2>Named graph</h2><p>This IRI names a graph of {data.graph_triples:,} "
            f"statements. Query it with <code>GRAPH &lt;{h(data.iri)}&gt; {{ … }}</code>.</p>"
        )

    if data.incoming:
        parts.append("<h2>Referenced by</h2>")
        rows = [
            [
                linker.term(r.get("s"), value(r, "slabel")),
                linker.term(r.get("p"), value(r, "plabel")),
            ]
            for r in data.incoming
        ]
        parts.append(table(["subject", "property"], rows, cls="incoming"))
    return page(label, "\n".join(parts), base_iri=linker.base_iri)


# ----------------------------------------------------------------------------- chart


@dataclass
class Series:
    key: str
    label: str
    points: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.points.values())


def chart_series(rows: Iterable[Mapping[str, Plain]], *, top: int = 6) -> list[Series]:
    """Rows of ``templates/chart.rq`` as one series per nationality, largest first; the
    rest summed as "other"."""
    by: dict[str, Series] = {}
    for r in rows:
        key, year, deaths = value(r, "nationality"), value(r, "year"), value(r, "deaths")
        if key is None or year is None or deaths is None:
            continue
        try:
            y, d = int(year), int(float(deaths))
        except ValueError:
            continue
        s = by.setdefault(key, Series(key, value(r, "label") or key.rsplit("/", 1)[-1], {}))
        s.points[y] = s.points.get(y, 0) + d
    ordered = sorted(by.values(), key=lambda s: (-s.total, s.label))
    if len(ordered) <= top:
        return ordered
    other = Series("other", "other nationalities", {})
    for s in ordered[top:]:
        for y, d in s.points.items():
            other.points[y] = other.points.get(y, 0) + d
    return ordered[:top] + [other]


def _nice_step(raw: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... not below ``raw``.

    >>> [_nice_step(x) for x in (0.3, 1.5, 4, 7, 120)]
    [1, 2, 5, 10, 200]
    """
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            if m * magnitude >= raw:
                return m * magnitude
        magnitude *= 10


def chart_svg(series: Sequence[Series], *, width: int = 640, height: int = 300) -> str:
    """An inline SVG line chart of deaths per year, one line per nationality. Labels are
    escaped text; colours and coordinates are computed here."""
    if not series:
        return '<p class="note">No deaths with a known nationality in the data.</p>'
    years = sorted({y for s in series for y in s.points})
    if len(years) == 1:
        years = [years[0] - 1, years[0], years[0] + 1]
    top = max(max(s.points.values(), default=0) for s in series) or 1
    tick = _nice_step(top / 4)
    ymax = tick * math.ceil(top / tick)
    left, right, up, down = 48, 150, 14, 30
    pw, ph = width - left - right, height - up - down

    def x(year: int) -> float:
        return left + pw * (year - years[0]) / (years[-1] - years[0])

    def y(v: float) -> float:
        return up + ph * (1 - v / ymax)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-labelledby="chart-title" id="deaths-chart">',
        '<title id="chart-title">Deaths per year by nationality (reconciled best figures)</title>',
        f'<rect x="{left}" y="{up}" width="{pw}" height="{ph}" fill="#fafbfc" stroke="#d9dee3"/>',
    ]
    for i in range(int(round(ymax / tick)) + 1):
        v = tick * i
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e6e9ec"/>')
        out.append(
            f'<text x="{left - 6}" y="{y(v) + 4:.1f}" font-size="11" text-anchor="end" fill="#5b6570">{int(v):,}</text>'
        )
    stride = max(1, math.ceil(len(years) / 10))
    for i, yr in enumerate(range(years[0], years[-1] + 1)):
        if i % stride == 0:
            out.append(
                f'<text x="{x(yr):.1f}" y="{height - 10}" font-size="11" text-anchor="middle" '
                f'fill="#5b6570">{yr}</text>'
            )
    for n, s in enumerate(series):
        colour = _PALETTE[n % len(_PALETTE)]
        pts = [(yr, s.points.get(yr, 0)) for yr in range(years[0], years[-1] + 1)]
        path = " ".join(f"{x(a):.1f},{y(b):.1f}" for a, b in pts)
        out.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2">'
            f"<title>{h(s.label)}</title></polyline>"
        )
        for a, b in pts:
            if b:
                out.append(
                    f'<circle cx="{x(a):.1f}" cy="{y(b):.1f}" r="3" fill="{colour}">'
                    f"<title>{h(s.label)} {a}: {b:,}</title></circle>"
                )
        ly = up + 14 + n * 18
        out.append(f'<rect x="{width - right + 12}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>')
        out.append(
            f'<text x="{width - right + 28}" y="{ly}" font-size="12" fill="#1d232a">'
            f"{h(s.label[:20])} ({s.total:,})</text>"
        )
    out.append("</svg>")
    return "".join(out)


# ----------------------------------------------------------------------------- other pages


def canned_form(q: Any, *, action_prefix: str = "/queries/") -> str:
    """A form running one canned query (``kgbuild.query.CannedQuery``) by GET."""
    inputs = []
    for p in q.params:
        req = " required" if p.required else ""
        placeholder = p.default or ("YYYY-MM-DD" if p.type == "date" else "RU" if p.type == "country" else "")
        inputs.append(
            f'<label>{h(p.name)} <input name="{h(p.name)}" placeholder="{h(placeholder)}"'
            f' title="{h(p.doc)}"{req}></label>'
        )
    return (
        f'<form class="canned" id="canned-{h(q.name)}" method="get" action="{h(action_prefix + q.name)}">'
        f"<strong>{h(q.title)}</strong> <code>{h(q.name)}</code><br>"
        + " ".join(inputs)
        + ' <button type="submit">Run</button>'
        f'<div class="note">{h(q.description)}</div></form>'
    )


def query_page(
    *,
    base_iri: str,
    canned: Sequence[Any],
    examples: Sequence[tuple[str, str]],
    query_text: str,
    chart: str,
) -> str:
    """The page at ``/``: a SPARQL editor, canned queries as examples, the deaths chart."""
    options = "".join(
        f'<option value="{i}" data-query="{h(text)}">{h(title)}</option>' for i, (title, text) in enumerate(examples)
    )
    body = f"""
<div class="columns">
<section>
<h1>Query the dataset</h1>
<form id="sparql-form" method="get" action="/sparql">
<div class="controls"><label for="examples">Examples</label>
<select id="examples"><option value="">Choose an example…</option>{options}</select></div>
<textarea id="query" name="query" spellcheck="false" aria-label="SPARQL query">{h(query_text)}</textarea>
<div class="controls"><button id="run" type="submit">Run query</button> <span id="status"></span></div>
</form>
<p class="note">SPARQL 1.1 endpoint: <code>/sparql</code> (GET or POST; results in JSON, XML, CSV or TSV;
graphs in Turtle, N-Triples, JSON-LD or RDF/XML). The default graph is the merge of all graphs
(each statement once).</p>
<pre id="error" role="alert"></pre>
<div id="results"></div>
</section>
<section>
<h2>Deaths per year by nationality</h2>
<div class="chart">{chart}</div>
<p class="note">Sum of the reconciled best figure of every casualty group, by the year of the event.</p>
<h2>Canned queries</h2>
{"".join(canned_form(q) for q in canned)}
</section>
</div>"""
    return page("kgbuild: query the dataset", body, base_iri=base_iri, scripts=["/static/query.js"])


def queries_page(*, base_iri: str, canned: Sequence[Any]) -> str:
    rows = []
    for q in canned:
        params = (
            "<br>".join(
                f"<code>{h(p.name)}</code> ({h(p.type)}, {'required' if p.required else 'optional'}"
                f"{', default ' + h(p.default) if p.default else ''}): {h(p.doc)}"
                for p in q.params
            )
            or "none"
        )
        rows.append(
            [
                f'<a href="/queries/{h(q.name)}">{h(q.name)}</a>',
                h(q.title),
                h(q.description),
                params,
            ]
        )
    body = (
        "<h1>Canned queries</h1><p>The queries of <code>kgbuild query</code>. Run one with "
        "<code>/queries/NAME?param=value</code>; results by content negotiation (JSON, XML, CSV, "
        'TSV, or this HTML). As JSON: <a href="/queries?_format=json">/queries?_format=json</a>.</p>'
        + table(["name", "title", "description", "parameters"], rows)
        + "".join(canned_form(q) for q in canned)
        + '<pre id="error" role="alert"></pre><span id="status"></span><div id="results"></div>'
    )
    return page("Canned queries", body, base_iri=base_iri, scripts=["/static/query.js"])


def results_page(
    *,
    title: str,
    variables: Sequence[str],
    bindings: Sequence[Mapping[str, Any]],
    linker: Linker,
    note: str = "",
) -> str:
    """SPARQL JSON results as an HTML table."""

    def cell(b: Mapping[str, Any] | None) -> str:
        if not b:
            return ""
        if b["type"] == "uri":
            return linker.link(b["value"], b["value"])
        if b["type"] == "bnode":
            return "_:" + h(b["value"])
        if "xml:lang" in b:
            return linker.term(("literal", b["value"], "", b["xml:lang"]))
        return linker.term(
            (
                "literal",
                b["value"],
                b.get("datatype", "http://www.w3.org/2001/XMLSchema#string"),
                "",
            )
        )

    rows = [[cell(b.get(v)) for v in variables] for b in bindings]
    body = (
        f"<h1>{h(title)}</h1>"
        + (f'<p class="note">{h(note)}</p>' if note else "")
        + table(list(variables), rows, cls="results")
        + f'<p class="note">{len(rows)} row{"s" if len(rows) != 1 else ""}</p>'
    )
    return page(title, body, base_iri=linker.base_iri)


def downloads_page(*, base_iri: str, files: Sequence[Mapping[str, Any]]) -> str:
    rows = [
        [
            f'<a href="/downloads/{h(f["name"])}">{h(f["name"])}</a>',
            f"{f['size']:,}",
            f"<code>{h(f['sha256'] or '')}</code>",
            h(f["media_type"]),
        ]
        for f in files
    ]
    body = (
        "<h1>Downloads</h1><p>The dump files of this dataset with their SHA-256 checksums "
        '(also in <a href="/downloads/SHA256SUMS">SHA256SUMS</a>). The VoID and DCAT description '
        'is at <a href="/.well-known/void">/.well-known/void</a>.</p>'
        + table(["file", "bytes", "SHA-256", "media type"], rows, numeric=[1])
    )
    return page("Downloads", body, base_iri=base_iri)


def error_page(status: int, reason: str, message: str, *, base_iri: str) -> str:
    body = f'<h1>{status} {h(reason)}</h1><p class="error">{h(message)}</p><p><a href="/">Query page</a></p>'
    return page(f"{status} {reason}", body, base_iri=base_iri)
