"""Publishing a built dataset into a triple store, and querying one.

:func:`publish` pushes ``DIR/dataset.trig`` (each named graph to its own IRI) or, with
``graph=``, the merged ``DIR/dataset.ttl`` into one graph, through the SPARQL 1.1 Graph
Store HTTP Protocol (GSP), falling back to SPARQL 1.1 Update ``INSERT DATA`` when the store
offers no GSP endpoint. The switch is atomic for readers that name their graphs:

1. every graph is uploaded into a *staging* graph ``urn:kgbuild:staging:<hash of the IRI>``
   (a retry overwrites the staging graphs of a failed run, so nothing accumulates);
2. the staged triple counts are checked against the local ones (``COUNT`` queries);
3. one SPARQL Update request of ``MOVE GRAPH <staging> TO GRAPH <target>`` operations (plus
   ``DROP SILENT GRAPH`` for pruned graphs) switches them in: SPARQL 1.1 Update says a
   request SHOULD be applied atomically, and Virtuoso does (tested). A store takes only so
   many operations per request (:attr:`GraphStore.max_operations`, 200 for Virtuoso); a
   dataset with more graphs switches in several requests, each atomic;
4. the target counts are checked again.

A push that fails before step 3 leaves every previous graph as it was, drops its staging
graphs and raises :class:`StoreError` naming the graph, the HTTP status and the first lines
of what the server said; running it again completes it.

Stores differ in where their endpoints live and how they authenticate; each flavour is a
small :class:`GraphStore` subclass registered by name (:func:`register`, :func:`store_class`),
imported lazily as rdflib does with its plugins.

No SPARQL text is built from untrusted strings: graph IRIs are validated as
``pyoxigraph.NamedNode`` and written in their N-Triples form, data travel as N-Triples
written by pyoxigraph, and canned-query parameters become typed RDF terms
(:func:`remote_sparql`).

>>> sorted(store_names())
['fuseki', 'generic', 'graphdb', 'oxigraph', 'virtuoso']
>>> str(staging_graph(graph_iri("https://w3id.org/kgbuild/id/graph/reference")))[:30]
'<urn:kgbuild:staging:8c39e4ac3'
"""

from __future__ import annotations

import hashlib
import http.client
import importlib
import itertools
import json
import os
import re
import select
import ssl
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from .errors import InputError, KgbuildError, OutputError, QueryError
from .query import PARAM_NS, CannedQuery, QueryResult

STAGING_PREFIX = "urn:kgbuild:staging:"
KGBUILD_GRAPHS = "https://w3id.org/kgbuild/id/graph/"
NTRIPLES = "application/n-triples"
RESULTS_JSON = "application/sparql-results+json"


class StoreError(OutputError):
    """The store could not be written (exit code 3); says which graph and what the server said."""

    def __init__(
        self,
        message: str,
        *,
        graph: str | None = None,
        status: int | None = None,
        body: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.graph = graph
        self.status = status
        self.body = body


class StoreOptionError(KgbuildError):
    """A bad ``publish`` option: unknown store flavour, malformed URL or graph IRI (exit 2)."""


# --------------------------------------------------------------------------- terms


def graph_iri(value: str) -> ox.NamedNode:
    """``value`` as a validated absolute IRI, or :class:`StoreOptionError`.

    >>> str(graph_iri("https://example.org/g"))
    '<https://example.org/g>'
    >>> graph_iri("not an iri")
    Traceback (most recent call last):
    kgbuild.remote.StoreOptionError: graph 'not an iri': not an absolute IRI (Invalid IRI code point ' ')
    """
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise StoreOptionError(f"graph {value!r}: not an absolute IRI ({exc})") from None


def staging_graph(target: ox.NamedNode) -> ox.NamedNode:
    """The staging graph of ``target``: the same for every push, so a retry replaces it."""
    digest = hashlib.sha256(target.value.encode("utf-8")).hexdigest()[:32]
    return ox.NamedNode(STAGING_PREFIX + digest)


def _sparql_term(term: ox.NamedNode | ox.Literal) -> str:
    """The SPARQL form of a term: its N-Triples form, refused if SPARQL could misread it.

    SPARQL processes ``\\u`` escapes before parsing; an escaped backslash followed by ``u``
    could then end a string early, so such values are refused rather than risked.
    """
    text = str(term)
    if re.search(r"\\\\[uU]", text):
        raise QueryError(
            f"value {term.value!r} contains a backslash-u sequence that SPARQL text cannot carry safely"
        )
    return text


# --------------------------------------------------------------------------- HTTP


@dataclass
class HttpResponse:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes

    def excerpt(self, lines: int = 4) -> str:
        """The first non-empty lines of the body, for error messages."""
        text = self.body.decode("utf-8", "replace")
        text = re.sub(r"<[^>]+>", " ", text) if "<html" in text[:500].lower() else text
        kept = [line.strip() for line in text.splitlines() if line.strip()][:lines]
        return " | ".join(kept)[:600]


class TransportError(StoreError):
    """The connection failed or was dropped before a full response arrived."""


def _digest_params(header: str) -> dict[str, str] | None:
    """The parameters of the ``Digest`` challenge in a ``WWW-Authenticate`` header."""
    m = re.search(r"\bDigest\s+(.*)", header, re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    params = {}
    for key, quoted, token in re.findall(
        r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))', m.group(1)
    ):
        params[key.lower()] = quoted if quoted or not token else token
    return params


def digest_authorization(
    challenge: Mapping[str, str],
    *,
    user: str,
    password: str,
    method: str,
    uri: str,
    nc: int,
    cnonce: str,
) -> str:
    """The ``Authorization`` header answering an RFC 7616 digest ``challenge``.

    The RFC 2617 example (section 3.5):

    >>> h = digest_authorization({"realm": "testrealm@host.com", "qop": "auth,auth-int",
    ...     "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093", "opaque": "5ccc069c403ebaf9f0171e9517f40e41"},
    ...     user="Mufasa", password="Circle Of Life", method="GET", uri="/dir/index.html",
    ...     nc=1, cnonce="0a4f113b")
    >>> 'response="6629fae49393a05397450978507c4ef1"' in h
    True
    """
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    hashes = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}
    if base not in hashes:
        raise StoreError(
            f"the store asks for digest algorithm {algorithm}, which kgbuild does not support"
        )

    def h(text: str) -> str:
        return hashes[base](text.encode("utf-8")).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge.get("nonce", "")
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    fields = {"username": user, "realm": realm, "nonce": nonce, "uri": uri}
    if "auth" in qops:
        ncs = f"{nc:08x}"
        fields["response"] = h(f"{ha1}:{nonce}:{ncs}:{cnonce}:auth:{ha2}")
        extra = f', qop=auth, nc={ncs}, cnonce="{cnonce}"'
    else:
        fields["response"] = h(f"{ha1}:{nonce}:{ha2}")
        extra = ""
    if "opaque" in challenge:
        fields["opaque"] = challenge["opaque"]
    quoted = ", ".join(f'{k}="{v}"' for k, v in fields.items())
    return f"Digest {quoted}, algorithm={algorithm}{extra}"


class HttpClient:
    """A small HTTP/1.1 client: kept-alive connections, basic or pre-emptive digest auth.

    The standard library's digest handler sends every body twice (once to get the challenge);
    this one answers the challenge once and reuses the nonce, so a large upload goes once.
    A request is never retried after its body was sent: a dropped connection is an error.
    """

    def __init__(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        auth: str = "basic",
        timeout: float = 600.0,
    ) -> None:
        if auth not in ("basic", "digest"):
            raise StoreOptionError(f"--auth {auth!r}: use basic or digest")
        self.user, self.password, self.auth, self.timeout = user, password, auth, timeout
        self._conns: dict[tuple[str, str, int], http.client.HTTPConnection] = {}
        self._challenges: dict[str, dict[str, str]] = {}
        self._nc: dict[str, int] = {}

    def close(self) -> None:
        for conn in self._conns.values():
            conn.close()
        self._conns.clear()

    def _connection(self, scheme: str, host: str, port: int) -> http.client.HTTPConnection:
        key = (scheme, host, port)
        conn = self._conns.get(key)
        if conn is not None and conn.sock is not None:
            # a kept-alive connection the server closed meanwhile reads as EOF: start afresh
            readable, _, _ = select.select([conn.sock], [], [], 0)
            if readable:
                conn.close()
        if conn is None:
            if scheme == "https":
                conn = http.client.HTTPSConnection(
                    host, port, timeout=self.timeout, context=ssl.create_default_context()
                )
            else:
                conn = http.client.HTTPConnection(host, port, timeout=self.timeout)
            self._conns[key] = conn
        return conn

    def _auth_header(self, method: str, path: str, space: str) -> str | None:
        if self.user is None:
            return None
        if self.auth == "basic":
            import base64

            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode("ascii")
            return f"Basic {token}"
        challenge = self._challenges.get(space)
        if challenge is None:
            return None
        self._nc[space] = self._nc.get(space, 0) + 1
        return digest_authorization(
            challenge,
            user=self.user,
            password=self.password or "",
            method=method,
            uri=path,
            nc=self._nc[space],
            cnonce=os.urandom(8).hex(),
        )

    def prime(self, method: str, url: str) -> None:
        """Fetch the digest challenge for ``url`` with a bodiless request, so the next
        (large) request goes once; a no-op for basic auth or once a challenge is known."""
        if self.user is None or self.auth != "digest" or self._space(url) in self._challenges:
            return
        self.request(method, url)

    @staticmethod
    def _space(url: str) -> str:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return f"{parts.scheme}://{parts.hostname}:{port}{parts.path}"

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreOptionError(f"{url}: not an http(s) URL")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        space = self._space(url)
        for attempt in range(2):
            hdrs = dict(headers or {})
            auth = self._auth_header(method, path, space)
            if auth:
                hdrs["Authorization"] = auth
            resp = self._send(parts.scheme, parts.hostname, port, method, path, body, hdrs, url)
            if resp.status != 401 or self.user is None or self.auth != "digest" or attempt:
                return resp
            challenge = _digest_params(resp.headers.get("www-authenticate", ""))
            if challenge is None:
                return resp
            stale = challenge.get("stale", "false").lower() == "true"
            if auth and not stale:
                return resp  # our answer to a fresh challenge was refused: wrong credentials
            self._challenges[space] = challenge
            self._nc[space] = 0
        return resp

    def _send(
        self,
        scheme: str,
        host: str,
        port: int,
        method: str,
        path: str,
        body: bytes | None,
        headers: dict[str, str],
        url: str,
    ) -> HttpResponse:
        conn = self._connection(scheme, host, port)
        try:
            conn.request(method, path, body=body, headers=headers)
            raw = conn.getresponse()
            data = raw.read()
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            self._conns.pop((scheme, host, port), None)
            what = type(exc).__name__ + (f": {exc}" if str(exc) else "")
            raise TransportError(f"{method} {url}: the connection failed ({what})") from None
        resp = HttpResponse(
            raw.status, raw.reason, {k.lower(): v for k, v in raw.getheaders()}, data
        )
        if raw.will_close:
            conn.close()
            self._conns.pop((scheme, host, port), None)
        return resp


# --------------------------------------------------------------------------- stores


class GraphStore:
    """A SPARQL 1.1 store: query, update and (optionally) Graph Store endpoints.

    ``generic``: ``url`` is a SPARQL endpoint taking both queries and updates (as the
    Protocol allows); ``gsp_url`` its Graph Store endpoint, if it has one.
    """

    name = "generic"
    default_auth = "basic"
    gsp_graph_param = "graph"
    #: most operations sent in one SPARQL Update request (one atomic switch)
    max_operations = 1000
    #: operations (SPARQL Update, one request) that make ``target`` hold what ``staging`` holds
    switch_template = "MOVE GRAPH {staging} TO GRAPH {target}"

    def __init__(
        self,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        auth: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 600.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreOptionError(f"--to {url!r}: not an http(s) URL")
        try:
            parts.port  # noqa: B018 - raises on a malformed port
        except ValueError:
            raise StoreOptionError(f"--to {url!r}: bad port") from None
        self.url = url.rstrip("/")
        self.query_url, self.update_url, gsp = self.endpoints(self.url)
        self.gsp_url = gsp_url or gsp
        self.gsp_confirmed = False  # a Graph Store request has succeeded (no fallback after that)
        self.client = HttpClient(
            user=user, password=password, auth=auth or self.default_auth, timeout=timeout
        )

    def endpoints(self, url: str) -> tuple[str, str, str | None]:
        """(query, update, graph store) endpoint URLs for the ``--to`` URL."""
        return url, url, None

    def close(self) -> None:
        self.client.close()

    # -- protocol operations; each raises StoreError with the server's answer
    def check(self, resp: HttpResponse, what: str, graph: str | None = None) -> HttpResponse:
        if 200 <= resp.status < 300:
            return resp
        if resp.status in (401, 403):
            who = f"user {self.client.user!r}" if self.client.user else "anonymous access"
            raise StoreError(
                f"{self.url}: the store refused {who} (HTTP {resp.status} {resp.reason}) while {what}; "
                "nothing was changed",
                graph=graph,
                status=resp.status,
                body=resp.excerpt(),
                hint="check --user and --password (or KGBUILD_STORE_PASSWORD) and --auth",
            )
        raise StoreError(
            f"{what}: HTTP {resp.status} {resp.reason}: {resp.excerpt() or '(empty body)'}",
            graph=graph,
            status=resp.status,
            body=resp.excerpt(),
        )

    def gsp_target(self, graph: ox.NamedNode) -> str:
        """The Graph Store URL of ``graph`` (indirect identification: ``?graph=IRI``)."""
        assert self.gsp_url
        sep = "&" if "?" in self.gsp_url else "?"
        return self.gsp_url + sep + urlencode({self.gsp_graph_param: graph.value}, quote_via=quote)

    def gsp_request(self, method: str, graph: ox.NamedNode, body: bytes) -> HttpResponse:
        """PUT (replace) or POST (add) N-Triples into ``graph``; returns the raw response."""
        return self.client.request(
            method,
            self.gsp_target(graph),
            body=body,
            headers={"Content-Type": NTRIPLES + "; charset=utf-8"},
        )

    def update(self, text: str, *, what: str, graph: str | None = None) -> None:
        resp = self.client.request(
            "POST",
            self.update_url,
            body=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8", "Accept": "*/*"},
        )
        self.check(resp, what, graph)

    def select(self, text: str, *, what: str) -> list[dict[str, dict[str, str]]]:
        body = urlencode({"query": text}).encode("ascii")
        resp = self.client.request(
            "POST",
            self.query_url,
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_JSON},
        )
        self.check(resp, what)
        try:
            return json.loads(resp.body)["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise StoreError(
                f"{what}: the store did not answer with SPARQL JSON results: {resp.excerpt()}"
            ) from None

    def counts(self, graphs: Sequence[ox.NamedNode], *, what: str) -> dict[str, int]:
        """Triples in each of ``graphs`` (absent graphs count 0), a few hundred per query."""
        out = {g.value: 0 for g in graphs}
        for batch in _batches(graphs, 200):
            values = " ".join(str(g) for g in batch)
            rows = self.select(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { "
                + values
                + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                what=what,
            )
            for row in rows:
                out[row["g"]["value"]] = int(row["n"]["value"])
        return out

    def graphs_with_prefix(self, prefix: str, *, what: str) -> list[str]:
        """Named graphs whose IRI starts with ``prefix`` (paged: stores cap result sizes)."""
        found: list[str] = []
        page = 5000
        literal = _sparql_term(ox.Literal(prefix))
        for offset in itertools.count(0, page):
            rows = self.select(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                + literal
                + ")) } ORDER BY ?g LIMIT "
                + str(page)
                + " OFFSET "
                + str(offset),
                what=what,
            )
            found += [r["g"]["value"] for r in rows]
            if len(rows) < page:
                return found
        return found  # pragma: no cover

    def switch_operations(self, staging: ox.NamedNode, target: ox.NamedNode) -> str:
        return self.switch_template.format(staging=str(staging), target=str(target))


class VirtuosoStore(GraphStore):
    """OpenLink Virtuoso: ``--to http://host:8890`` (or its ``/sparql`` URL).

    Writes go to ``/sparql-graph-crud-auth`` (GSP) and ``/sparql-auth`` (query and update),
    both behind HTTP digest authentication; ``/sparql`` is read-only for anonymous users.
    Virtuoso runs each SPARQL Update request in one transaction (``MOVE`` included).
    """

    name = "virtuoso"
    default_auth = "digest"
    gsp_graph_param = "graph-uri"
    # Virtuoso 7.2 compiles an update request to one SQL procedure: 500 DROPs pass, 1,000
    # fail (SQ156/SQ200, "query too large"); 200 MOVEs take about 2 s.
    max_operations = 200

    def endpoints(self, url: str) -> tuple[str, str, str | None]:
        base = re.sub(r"/(sparql(-auth)?|sparql-graph-crud(-auth)?)$", "", url)
        return base + "/sparql-auth", base + "/sparql-auth", base + "/sparql-graph-crud-auth"


class FusekiStore(GraphStore):
    """Apache Jena Fuseki: ``--to http://host:3030/DATASET``; GSP at ``/DATASET/data``."""

    name = "fuseki"

    def endpoints(self, url: str) -> tuple[str, str, str | None]:
        base = re.sub(r"/(sparql|query|update|data|get)$", "", url)
        if urlsplit(base).path in ("", "/"):
            raise StoreOptionError(
                f"--to {url!r}: a Fuseki URL names its dataset, e.g. http://host:3030/kgbuild"
            )
        return base + "/query", base + "/update", base + "/data"


class OxigraphStore(GraphStore):
    """Oxigraph server: ``--to http://host:7878``; ``/query``, ``/update``, GSP at ``/store``."""

    name = "oxigraph"

    def endpoints(self, url: str) -> tuple[str, str, str | None]:
        base = re.sub(r"/(query|update|store)$", "", url)
        return base + "/query", base + "/update", base + "/store"


class GraphDBStore(GraphStore):
    """Ontotext GraphDB: ``--to http://host:7200/repositories/REPO``.

    Queries at the repository URL, updates at ``/statements``, GSP at ``/rdf-graphs/service``.
    """

    name = "graphdb"

    def endpoints(self, url: str) -> tuple[str, str, str | None]:
        m = re.match(r"^(.*/repositories/[^/]+)", url)
        if not m:
            raise StoreOptionError(
                f"--to {url!r}: a GraphDB URL names its repository, e.g. http://host:7200/repositories/kgbuild"
            )
        base = m.group(1)
        return base, base + "/statements", base + "/rdf-graphs/service"


# The registry: name -> "module:Class", imported on first use (as rdflib.plugin does).
_REGISTRY: dict[str, str] = {
    "generic": "kgbuild.remote:GraphStore",
    "virtuoso": "kgbuild.remote:VirtuosoStore",
    "fuseki": "kgbuild.remote:FusekiStore",
    "oxigraph": "kgbuild.remote:OxigraphStore",
    "graphdb": "kgbuild.remote:GraphDBStore",
}


def register(name: str, target: str) -> None:
    """Register a store flavour ``name`` as ``"package.module:Class"`` (a GraphStore subclass)."""
    if ":" not in target:
        raise ValueError(f"{target!r}: expected 'module:Class'")
    _REGISTRY[name] = target


def store_names() -> list[str]:
    return sorted(_REGISTRY)


def store_class(name: str) -> type[GraphStore]:
    """The class registered as ``name``; :class:`StoreOptionError` for an unknown name.

    >>> store_class("virtuoso").__name__
    'VirtuosoStore'
    >>> store_class("blazegraph")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kgbuild.remote.StoreOptionError: --store 'blazegraph': unknown store; known: fuseki, generic, ..., virtuoso
    """
    target = _REGISTRY.get(name)
    if target is None:
        raise StoreOptionError(
            f"--store {name!r}: unknown store; known: {', '.join(store_names())}"
        )
    module, _, attr = target.partition(":")
    try:
        cls = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise StoreOptionError(f"--store {name!r}: cannot load {target} ({exc})") from None
    if not (isinstance(cls, type) and issubclass(cls, GraphStore)):
        raise StoreOptionError(f"--store {name!r}: {target} is not a GraphStore")
    return cls


def open_store(url: str, *, store: str = "generic", **options: object) -> GraphStore:
    """An instance of the flavour ``store`` for ``url`` (options as for :class:`GraphStore`)."""
    return store_class(store)(url, **options)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- publishing


@dataclass
class PublishResult:
    url: str
    graphs: int
    triples: int
    seconds: float
    method: str  # "graph store protocol" or "sparql update"
    pruned: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    phases: dict[str, float] = field(
        default_factory=dict
    )  # seconds: check, stage, verify, switch, final


def _batches(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _chunks(triples: Iterable[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    it = iter(triples)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def load_source(
    data: Path, graph: ox.NamedNode | None
) -> tuple[ox.Store, list[ox.NamedNode], dict[str, ox.NamedNode | ox.DefaultGraph]]:
    """The dataset to push: a store, the target graphs, and where each one's triples are.

    Without ``graph``: the named graphs of ``dataset.trig``. With ``graph``: the merged
    ``dataset.ttl``, all into ``graph``.
    """
    data = Path(data)
    name = "dataset.ttl" if graph is not None else "dataset.trig"
    path = data / name if data.is_dir() else data
    if not path.is_file():
        raise InputError(data, f"no built dataset here ({name} missing); run 'kgbuild build' first")
    store = ox.Store()
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TRIG
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, OSError, ValueError) as exc:
        raise InputError(path, f"cannot load the dataset: {exc}") from None
    if graph is not None:
        return store, [graph], {graph.value: ox.DefaultGraph()}
    if any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        raise InputError(path, "has triples outside named graphs; publish it with --graph IRI")
    named = sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value
    )
    return store, named, {g.value: g for g in named}


def publish(
    data: Path,
    url: str,
    *,
    store: str = "generic",
    graph: str | None = None,
    user: str | None = None,
    password: str | None = None,
    auth: str | None = None,
    gsp_url: str | None = None,
    use_gsp: bool = True,
    prune: bool = False,
    chunk_triples: int | None = None,
    switch_batch: int | None = None,
    timeout: float = 600.0,
    progress: Callable[[str], None] | None = None,
) -> PublishResult:
    """Push the dataset built in ``data`` into the store at ``url``; see the module docstring.

    ``prune`` also drops the store's graphs under ``https://w3id.org/kgbuild/id/graph/`` that
    the dataset no longer has (an article removed). Raises :class:`StoreError` (exit 3) when
    the store cannot be written, after dropping its staging graphs, and
    :class:`StoreOptionError` / :class:`~kgbuild.errors.InputError` (exit 2) for bad options.
    Up to ``switch_batch`` graphs (default: what the store takes in one request, e.g. 200 for
    Virtuoso) switch in one atomic request; more go in several, one after the other.
    """
    started = time.monotonic()
    say = progress or (lambda _line: None)
    if user is not None and password is None:
        raise StoreOptionError(
            "--user given without a password: pass --password or set KGBUILD_STORE_PASSWORD"
        )
    if user is None and password is not None:
        raise StoreOptionError("a password was given without --user")
    target_graph = graph_iri(graph) if graph is not None else None
    if prune and target_graph is not None:
        raise StoreOptionError(
            "--prune applies to the named graphs of dataset.trig, not to --graph"
        )
    options = {
        "user": user,
        "password": password,
        "auth": auth,
        "gsp_url": gsp_url,
        "timeout": timeout,
    }
    remote = open_store(url, store=store, **options)
    if not use_gsp:
        remote.gsp_url = None
    switch_batch = switch_batch or remote.max_operations
    source, targets, sources = load_source(data, target_graph)
    if not targets:
        raise InputError(data, "the dataset has no graphs to publish")
    expected = {
        g.value: sum(1 for _ in source.quads_for_pattern(None, None, None, sources[g.value]))
        for g in targets
    }
    staging = {g.value: staging_graph(g) for g in targets}
    total = sum(expected.values())
    say(
        f"Publishing {len(targets)} graph{_s(targets)}, {total:,} triples to {remote.url} ({remote.name})"
    )
    staged: list[ox.NamedNode] = []
    switching = False
    stale: list[str] = []
    phases: dict[str, float] = {}
    mark = time.monotonic()

    def phase(name: str) -> float:
        nonlocal mark
        now = time.monotonic()
        phases[name] = now - mark
        mark = now
        return phases[name]

    try:
        # 0. credentials, update rights and the leftovers of a failed run, in harmless requests
        try:
            for batch in _batches(list(staging.values()), switch_batch):
                remote.update(
                    " ;\n".join("DROP SILENT GRAPH " + str(s) for s in batch),
                    what="clearing the staging graphs",
                )
        except StoreError as err:
            if "nothing was changed" not in err.message:
                _reword(err, f"{remote.url}: {err.message}; nothing was changed")
            raise
        phase("check")
        # 1. upload into the staging graphs
        for i, target in enumerate(targets, 1):
            tmp = staging[target.value]
            staged.append(tmp)
            triples = (
                q.triple for q in source.quads_for_pattern(None, None, None, sources[target.value])
            )
            try:
                _upload(remote, tmp, target, triples, chunk=chunk_triples, say=say)
            except StoreError as err:
                err.graph = target.value
                _reword(err, f"graph <{target.value}> ({i}/{len(targets)}): {err.message}")
                raise
            say(
                f"  [{i}/{len(targets)}] staged <{target.value}>  {expected[target.value]:,} triples"
            )
        say(f"  staged {len(targets):,} graph{_s(targets)} in {phase('stage'):.1f} s")
        # 2. what the store holds against what was sent
        have = remote.counts(
            [staging[g.value] for g in targets], what="counting the staged triples"
        )
        for target in targets:
            got = have[staging[target.value].value]
            if got != expected[target.value]:
                raise StoreError(
                    f"graph <{target.value}>: {expected[target.value]:,} triples were sent but the store "
                    f"holds {got:,} in its staging graph {staging[target.value].value}",
                    graph=target.value,
                )
        phase("verify")
        # 3. the switch: one SPARQL Update request, applied atomically; pruning in the same one
        if prune:
            wanted = {g.value for g in targets}
            stale = [
                g
                for g in remote.graphs_with_prefix(
                    KGBUILD_GRAPHS, what="listing the published graphs"
                )
                if g not in wanted
            ]
        ops = [remote.switch_operations(staging[g.value], g) for g in targets]
        ops += ["DROP SILENT GRAPH " + str(graph_iri(g)) for g in stale]
        switching = True
        for n, batch in enumerate(_batches(ops, switch_batch)):
            try:
                remote.update(" ;\n".join(batch), what="switching the staged graphs in")
            except StoreError as err:
                if isinstance(err, TransportError):
                    done = "the store may or may not have applied the switch; run the same command again"
                elif n == 0:
                    done = "no graph was switched: the store holds the previous data; run the same command again"
                else:
                    done = (
                        f"the first {n * switch_batch} graphs were switched, the rest hold the previous "
                        "data; run the same command again"
                    )
                _reword(err, f"{err.message}; {done}")
                raise
            if len(ops) > switch_batch:
                say(f"  switched {min((n + 1) * switch_batch, len(ops)):,}/{len(ops):,}")
        staged = []
        say(
            f"  switched {len(targets):,} graph{_s(targets)} in"
            + (f", dropped {len(stale)} stale" if stale else "")
            + f" ({phase('switch'):.1f} s)"
        )
    except StoreError as err:
        if staged:
            dropped = _drop_staging(remote, staged, switch_batch)
            if not switching:
                _reword(
                    err,
                    f"{err.message}; nothing was switched: the store holds the previous data"
                    + (
                        ""
                        if dropped
                        else "; some staging graphs (urn:kgbuild:staging:...) remain "
                        "and are replaced by the next push"
                    )
                    + "; run the same command again to complete it",
                )
        raise
    finally:
        remote.close()
    # 4. the result as readers see it
    check = open_store(url, store=store, **options)
    try:
        final = check.counts(targets, what="counting the published triples")
    finally:
        check.close()
    for target in targets:
        if final[target.value] != expected[target.value]:
            raise StoreError(
                f"graph <{target.value}>: {expected[target.value]:,} triples were published but "
                f"the store now holds {final[target.value]:,}",
                graph=target.value,
            )
    phase("final")
    return PublishResult(
        remote.url,
        len(targets),
        total,
        time.monotonic() - started,
        "graph store protocol" if remote.gsp_url else "sparql update",
        stale,
        final,
        phases,
    )


def _s(items: Sequence) -> str:
    return "" if len(items) == 1 else "s"


def _reword(err: StoreError, message: str) -> None:
    err.message = message
    err.args = (message,)


def _upload(
    remote: GraphStore,
    tmp: ox.NamedNode,
    target: ox.NamedNode,
    triples: Iterable[ox.Triple],
    *,
    chunk: int | None,
    say: Callable[[str], None],
) -> None:
    """Upload ``triples`` into the staging graph ``tmp``: GSP PUT then POSTs, or INSERT DATA."""
    gsp = remote.gsp_url is not None
    all_triples = list(triples)
    if not all_triples:
        raise StoreError("the graph is empty")
    # Virtuoso compiles INSERT DATA into SQL and refuses about 3,000 triples in one request
    size = chunk or (50_000 if gsp else 1_000)
    if any(
        isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
        for t in all_triples
    ):
        size = len(all_triples)  # blank nodes are scoped to one request: keep the graph whole
    for n in range(0, len(all_triples), size):
        body = ox.serialize(all_triples[n : n + size], format=ox.RdfFormat.N_TRIPLES) or b""
        if remote.gsp_url is not None:
            if not remote.gsp_confirmed:
                remote.client.prime("GET", remote.gsp_target(tmp))
            resp = remote.gsp_request("PUT" if n == 0 else "POST", tmp, body)
            if resp.status in (404, 405, 501) and not remote.gsp_confirmed:
                say(
                    f"  the Graph Store endpoint answered HTTP {resp.status} {resp.reason};"
                    " using SPARQL Update"
                )
                remote.gsp_url = None
                return _upload(remote, tmp, target, all_triples, chunk=chunk, say=say)
            remote.check(resp, "uploading (Graph Store PUT/POST)")
            remote.gsp_confirmed = True
        else:
            text = body.decode("utf-8")
            if re.search(r"\\\\[uU]", text):
                raise StoreError(
                    "a literal holds a backslash-u sequence that SPARQL Update text cannot "
                    "carry safely; use a store with the Graph Store Protocol"
                )
            ops = ("DROP SILENT GRAPH " + str(tmp) + " ;\n") if n == 0 else ""
            remote.update(
                ops + "INSERT DATA { GRAPH " + str(tmp) + " {\n" + text + "} }",
                what="uploading (SPARQL Update INSERT DATA)",
            )


def _drop_staging(remote: GraphStore, staged: Sequence[ox.NamedNode], batch_size: int) -> bool:
    """Drop the staging graphs of a failed push (best effort, on a fresh connection)."""
    remote.client.close()
    try:
        for batch in _batches(list(staged), batch_size):
            remote.update(
                " ;\n".join("DROP SILENT GRAPH " + str(s) for s in batch),
                what="dropping the staging graphs",
            )
    except StoreError:
        return False
    return True


# --------------------------------------------------------------------------- remote queries

_TOKEN = re.compile(
    r"""(?P<ws>\s+|\#[^\n]*)
      |(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                  |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      |(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
      |(?P<pname>(?:[A-Za-z][\w.-]*)?:(?:[\w\-.:%\\]*[\w\-:%])?)
      |(?P<word>[A-Za-z_][\w]*)
      |(?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


@dataclass
class _Tok:
    kind: str
    text: str


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.lastgroup or "other", m.group(0)) for m in _TOKEN.finditer(text)]


def remote_sparql(query: CannedQuery, values: Mapping[str, str]) -> str:
    """The text of canned ``query`` for a remote endpoint, with ``values`` bound.

    Canned queries read parameters through ``kgq:NAME()`` calls that only kgbuild's embedded
    store understands. Here each call is replaced by the typed RDF term that
    :meth:`~kgbuild.query.CannedQuery.functions` returns (validated by the same code) in the
    N-Triples form pyoxigraph writes; ``BIND(kgq:NAME() AS ?v)`` of an absent optional
    parameter is removed, so ``?v`` stays unbound, as it does embedded (where the function
    returns nothing). Removing it, rather than ``VALUES ?v { UNDEF }``, is what Virtuoso 7.2
    evaluates correctly: it treats an UNDEF row as a binding an OPTIONAL cannot extend.
    The query is tokenised so strings, IRIs and comments are never touched, and the result
    is checked to parse with no parameter call left.

    >>> from kgbuild.query import load_queries
    >>> text = remote_sparql(load_queries()["deaths"], {"nationality": "ru", "since": "2015-09-01"})
    >>> "BIND(<https://w3id.org/kgbuild/id/country/RU> AS ?nationality)" in text
    True
    >>> '"2015-09-01"^^<http://www.w3.org/2001/XMLSchema#date>' in text, "kgq:until()" in text
    (True, False)
    """
    funcs = query.functions(values)  # validates every value; raises QueryError
    terms = {name.value[len(PARAM_NS) :]: fn() for name, fn in funcs.items()}  # type: ignore[operator]
    toks = _tokens(query.sparql)
    sig = [i for i, t in enumerate(toks) if t.kind != "ws"]
    calls = _param_calls(toks, sig)
    replace: dict[int, str] = {}
    drop: set[int] = set()
    for k, name in calls:
        if name not in terms:
            raise QueryError(
                f"query {query.name}: calls a parameter function for {name!r}, which it does not declare"
            )
        term = terms[name]
        if term is not None:
            replace[sig[k]] = _sparql_term(term)
            drop.update(range(sig[k] + 1, sig[k + 2] + 1))  # the "(" ")" after the call
            continue
        # BIND ( call ( ) AS ?v ) with nothing to bind: removed, leaving ?v unbound
        texts = [toks[sig[j]].text.upper() for j in range(k - 2, min(k + 6, len(sig)))]
        if (
            texts[:2] != ["BIND", "("]
            or texts[5:6] != ["AS"]
            or len(texts) < 8
            or texts[7] != ")"
            or toks[sig[k + 4]].kind != "var"
        ):
            raise QueryError(
                f"query {query.name}: parameter {name!r} is absent and used outside BIND(... AS ?v)"
            )
        replace[sig[k - 2]] = "# (" + toks[sig[k + 4]].text + " unbound)\n"
        drop.update(range(sig[k - 2] + 1, sig[k + 5] + 1))
    text = "".join(replace.get(i, t.text) for i, t in enumerate(toks) if i not in drop)
    after = _tokens(text)
    if _param_calls(after, [i for i, t in enumerate(after) if t.kind != "ws"]):
        raise QueryError(f"query {query.name}: a parameter call was left untranslated")
    try:
        ox.Store().query(text)
    except SyntaxError as exc:
        raise QueryError(
            f"query {query.name}: the translated query does not parse ({exc})"
        ) from None
    return text


def _param_calls(toks: Sequence[_Tok], sig: Sequence[int]) -> list[tuple[int, str]]:
    """(position in ``sig``, parameter name) of every ``kgq:NAME ( )`` call."""
    prefixes: dict[str, str] = {}
    for a, b, c in zip(sig, sig[1:], sig[2:]):  # noqa: B905 - shorter by design
        if toks[a].text.upper() == "PREFIX" and toks[b].kind == "pname" and toks[c].kind == "iri":
            prefixes[toks[b].text[:-1]] = toks[c].text[1:-1]
    calls = []
    for k, i in enumerate(sig):
        tok = toks[i]
        if tok.kind == "iri":
            iri = tok.text[1:-1]
        elif tok.kind == "pname":
            prefix, _, local = tok.text.partition(":")
            iri = prefixes.get(prefix, "") + local if prefix in prefixes else ""
        else:
            continue
        declared = any(k >= d and toks[sig[k - d]].text.upper() == "PREFIX" for d in (1, 2))
        if not iri.startswith(PARAM_NS) or declared:
            continue
        if k + 2 < len(sig) and toks[sig[k + 1]].text == "(" and toks[sig[k + 2]].text == ")":
            calls.append((k, iri[len(PARAM_NS) :]))
        else:
            raise QueryError(f"parameter function {tok.text} must be called with no arguments")
    return calls


def _term_from_json(value: Mapping[str, str]) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    kind = value.get("type")
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def run_remote(
    endpoint: str,
    query: CannedQuery,
    values: Mapping[str, str],
    *,
    user: str | None = None,
    password: str | None = None,
    auth: str = "basic",
    default_graphs: Sequence[str] = (),
    timeout: float = 120.0,
) -> QueryResult:
    """Run canned ``query`` with ``values`` at a SPARQL ``endpoint``; a :class:`~kgbuild.query.QueryResult`.

    The canned queries expect the default graph to be the union of the dataset's graphs:
    Virtuoso and GraphDB do so by default; elsewhere pass the graphs as ``default_graphs``
    (sent as ``default-graph-uri``) or configure the store's union default graph.
    """
    text = remote_sparql(query, values)
    form = [("query", text)] + [("default-graph-uri", graph_iri(g).value) for g in default_graphs]
    client = HttpClient(user=user, password=password, auth=auth, timeout=timeout)
    try:
        resp = client.request(
            "POST",
            endpoint,
            body=urlencode(form).encode("ascii"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_JSON},
        )
    except TransportError as err:
        raise QueryError(err.message) from None
    finally:
        client.close()
    if resp.status != 200:
        raise QueryError(f"{endpoint}: HTTP {resp.status} {resp.reason}: {resp.excerpt()}")
    data = json.loads(resp.body)
    variables = list(data["head"]["vars"])
    rows = [
        {v: (_term_from_json(b[v]) if v in b else None) for v in variables}
        for b in data["results"]["bindings"]
    ]
    return QueryResult(variables, rows)
