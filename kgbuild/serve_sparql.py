"""What the server needs to know about a SPARQL request before running it, and how to answer.

:func:`inspect_query` reads a query with a small SPARQL lexer (strings, IRIs, comments,
prefixed names and variables are whole tokens, so a ``SERVICE`` inside a literal, an IRI or
a comment is not a keyword) and reports the ``SERVICE`` endpoints and whether the query names
its own dataset with ``FROM``. The query is scanned as written and again after SPARQL's
``\\uXXXX`` code-point escapes are expanded, so an escaped keyword is found too. A
``SERVICE`` whose endpoint is a variable, or a prefixed name that cannot be resolved, is
reported with ``None``: it can never be allow-listed.

>>> info = inspect_query('SELECT * { ?s ?p "SERVICE <http://x/>" # SERVICE <http://y/>\\n }')
>>> info.services, info.has_from
((), False)
>>> inspect_query("PREFIX e: <http://ex.org/> SELECT * FROM <g> { service e:sparql { ?s ?p ?o } }")
QueryInfo(services=('http://ex.org/sparql',), has_from=True)

:func:`negotiate` picks a media type from an ``Accept`` header.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
'application/sparql-results+xml'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w:%\\.\-]|\\.)*|_:[\w.\-]*)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class QueryInfo:
    """``services``: the endpoint of each SERVICE clause (``None`` when it cannot be known);
    ``has_from``: the query has a FROM or FROM NAMED clause."""

    services: tuple[str | None, ...]
    has_from: bool


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(text) if m.lastgroup not in ("ws", "comment")]


def _unescape(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)

    return _ESCAPE.sub(repl, text)


def _scan(text: str) -> QueryInfo:
    tokens = _tokens(text)
    prefixes: dict[str, str] = {}
    base = ""
    services: list[str | None] = []
    has_from = False
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        word = value.upper() if kind == "word" else ""
        if word == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = urljoin(base, tokens[i + 1][1][1:-1])
        elif word == "PREFIX" and i + 2 < len(tokens) and tokens[i + 1][0] == "pname" and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1].rstrip(":").split(":")[0]] = urljoin(base, tokens[i + 2][1][1:-1])
        elif word == "FROM":
            has_from = True
        elif word == "SERVICE":
            j = i + 1
            if j < len(tokens) and tokens[j][0] == "word" and tokens[j][1].upper() == "SILENT":
                j += 1
            endpoint: str | None = None
            if j < len(tokens):
                ekind, evalue = tokens[j]
                if ekind == "iri":
                    endpoint = urljoin(base, evalue[1:-1]) if base else evalue[1:-1]
                elif ekind == "pname" and not evalue.startswith("_:"):
                    prefix, _, local = evalue.partition(":")
                    if prefix in prefixes and "\\" not in local:
                        endpoint = prefixes[prefix] + local
            services.append(endpoint)
        i += 1
    return QueryInfo(tuple(services), has_from)


def inspect_query(text: str) -> QueryInfo:
    """The SERVICE endpoints and FROM use of ``text``, read as written and unescaped."""
    first = _scan(text)
    unescaped = _unescape(text)
    if unescaped == text:
        return first
    second = _scan(unescaped)
    services = tuple(dict.fromkeys(first.services + second.services))
    return QueryInfo(services, first.has_from or second.has_from)


def refused_services(info: QueryInfo, allowed: tuple[str, ...] | list[str]) -> list[str]:
    """The SERVICE endpoints of ``info`` not on the allow-list (``"?"`` for unknown ones).

    >>> refused_services(inspect_query("SELECT * { SERVICE ?x {} }"), ["http://ok/"])
    ['?']
    """
    allow = set(allowed)
    return [s if s is not None else "?" for s in info.services if s is None or s not in allow]


# ---------------------------------------------------------------------------------------
# Content negotiation
# ---------------------------------------------------------------------------------------

#: Media types offered for SELECT and ASK results, the first one the default.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Media types offered for CONSTRUCT and DESCRIBE results and entity descriptions.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "text/rdf+n3": "turtle",
    "text/n3": "turtle",
}
#: The media type sent for each format name.
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
#: Short names accepted in a ``format`` (or ``output``) parameter, as SPARQLWrapper sends them.
FORMAT_NAMES = {
    "json": "json",
    "xml": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "n3": "turtle",
    "nt": "ntriples",
    "ntriples": "ntriples",
    "json-ld": "jsonld",
    "jsonld": "jsonld",
    "rdf+xml": "rdfxml",
    "rdfxml": "rdfxml",
    "rdf": "rdfxml",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``(media range, q)`` pairs, most preferred first (stable for equal q)."""
    if not header:
        return [("*/*", 1.0)]
    out: list[tuple[str, float, int, int]] = []
    for n, part in enumerate(header.split(",")[:50]):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        q = 1.0
        for f in fields[1:]:
            key, _, val = f.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(val)))
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        out.append((media, q, specificity, n))
    out.sort(key=lambda t: (-t[1], -t[2], t[3]))
    return [(m, q) for m, q, _s, _n in out]


def negotiate(header: str | None, offers: dict[str, str] | list[str]) -> str | None:
    """The offered media type the ``Accept`` header prefers, or ``None`` (send 406).

    Wildcards pick the first offer of their range; ``q=0`` excludes.

    >>> negotiate("text/*", GRAPH_TYPES)
    'text/turtle'
    >>> negotiate("image/png", GRAPH_TYPES) is None
    True
    """
    offered = list(offers)
    excluded = {m for m, q in parse_accept(header) if q == 0.0}
    for media, q in parse_accept(header):
        if q == 0.0:
            continue
        for offer in offered:
            if offer in excluded:
                continue
            if media == "*/*" or media == offer or (media.endswith("/*") and offer.startswith(media[:-1])):
                return offer
    return None


def prefers_html(header: str | None) -> bool:
    """Whether a client asking with ``header`` should get HTML (browsers do)."""
    for media, q in parse_accept(header):
        if q == 0.0:
            continue
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media != "*/*":
            return False
    return False
