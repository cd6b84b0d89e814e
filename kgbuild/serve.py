"""``kgbuild serve``: a built dataset as a SPARQL endpoint and linked-data site.

One process, standard library HTTP (:class:`http.server.ThreadingHTTPServer`), pyoxigraph
underneath. At start the dataset's ``dataset.trig`` is bulk-loaded once into an on-disk
pyoxigraph store (in a cache folder, keyed by the dump's SHA-256, reused on the next start);
a few worker processes (:mod:`kgbuild.serve_pool`) open it read-only and run every
query, so a query that overruns its time limit is stopped by killing its worker while the
others go on answering.

Routes:

=============================  ===========================================================
``/``                          query page: SPARQL editor, canned queries, deaths chart
``/sparql``                    SPARQL 1.1 Protocol (query only); service description on a
                               bare GET
``/queries``, ``/queries/N``   canned queries (``queries/*.rq``), listed and run
``/id/...``                    linked-data pages for every IRI under the base IRI
``/describe?iri=``             the same page for any other IRI in the data (ontology terms)
``/downloads``, ``/downloads/F``  the dump files with sizes and SHA-256
``/void``, ``/.well-known/void``  VoID and DCAT description
=============================  ===========================================================

Safety: read-only (updates and Graph Store writes get 403/405); ``SERVICE`` only to
allow-listed endpoints; a time limit per query, a row limit per result, a size limit per
request, a cap on requests in progress; only the known dump files are ever read from disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox

from . import __version__
from .errors import KgbuildError
from .serve_html import (
    EntityData,
    Linker,
    chart_series,
    chart_svg,
    downloads_page,
    entity_page,
    error_page,
    queries_page,
    query_page,
    results_page,
    template,
)
from .serve_pool import PoolError, WorkerPool
from .serve_sparql import (
    CONTENT_TYPES,
    FORMAT_NAMES,
    GRAPH_TYPES,
    RESULT_TYPES,
    inspect_query,
    negotiate,
    prefers_html,
    refused_services,
)
from .serve_worker import execute, fill_store, to_plain

ID_BASE = "https://w3id.org/kgbuild/id/"
#: The dump files that may be served, with their media types. Nothing else is read from disk.
DOWNLOADS = {
    "dataset.trig": "application/trig",
    "dataset.ttl": "text/turtle",
    "dataset.nt.gz": "application/n-triples",
    "void.ttl": "text/turtle",
    "SHA256SUMS": "text/plain",
}
STATIC = {"query.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
STORE_PREFIX = ".kgbuild-store-"


class ServeError(KgbuildError):
    """The server cannot start: no dataset, a store that cannot be built, a busy port."""


@dataclass
class ServeConfig:
    """Options of :func:`serve`; the defaults are those of ``kgbuild serve``."""

    data: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_service: tuple[str, ...] = ()
    workers: int = 2
    base_iri: str = ID_BASE
    max_request_bytes: int = 1_048_576
    max_active_requests: int = 64
    worker_memory_mb: int = 2048
    store: str = "memory"
    store_dir: Path | None = None
    access_log: bool = True


# ----------------------------------------------------------------------------- the store


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_checksums(data: Path) -> dict[str, str]:
    """``SHA256SUMS`` as ``{file name: hex digest}`` (empty when absent)."""
    sums: dict[str, str] = {}
    path = data / "SHA256SUMS"
    if path.is_file():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            digest, _, name = line.partition("  ")
            if len(digest) == 64 and name:
                sums[name.strip()] = digest.lower()
    return sums


def default_store_dir() -> Path:
    """Where query stores are kept: ``$KGBUILD_CACHE``, else ``$XDG_CACHE_HOME/kgbuild``, else
    ``~/.cache/kgbuild``."""
    if os.environ.get("KGBUILD_CACHE"):
        return Path(os.environ["KGBUILD_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kgbuild"


def _prune(parent: Path, keep: Path, *, max_age_days: float = 7.0) -> None:
    """Remove our query stores (found by name) unused for ``max_age_days``, and abandoned
    half-loaded ones older than a day."""
    now = time.time()
    for old in parent.glob(f"{STORE_PREFIX}*"):
        if old == keep:
            continue
        marker = old / "kgbuild-complete"
        try:
            if marker.exists():
                stale = marker.stat().st_mtime < now - max_age_days * 86400
            else:
                stale = old.stat().st_mtime < now - 86400
        except OSError:
            continue
        if stale:
            shutil.rmtree(old, ignore_errors=True)


def prepare_store(data: Path, store_dir: Path | None = None) -> Path:
    """An on-disk pyoxigraph store holding ``data/dataset.trig``, built once.

    The store lives in ``<store_dir>/.kgbuild-store-<sha256 prefix of the dump>`` (see
    :func:`default_store_dir`), outside the dataset folder, so a rebuild of the dataset never
    pulls it from under a running server. It is reused while the dump is unchanged and loaded
    into a temporary folder that is renamed when complete, so a half-built store is never
    used. Stores unused for a week are removed when a new one is made.
    """
    data = Path(data)
    trig = data / "dataset.trig"
    if not trig.is_file():
        raise ServeError(
            f"{data}: no built dataset here (dataset.trig missing)",
            hint="run 'kgbuild build ARTICLES --out DIR' first, or 'kgbuild serve ARTICLES'",
        )
    sums = read_checksums(data)
    ttl = data / "dataset.ttl"
    digest = hashlib.sha256(
        (
            (sums.get("dataset.trig") or _sha256_of(trig))
            + (sums.get("dataset.ttl") or (_sha256_of(ttl) if ttl.is_file() else ""))
        ).encode()
    ).hexdigest()
    parents = [Path(store_dir)] if store_dir else [default_store_dir(), Path(tempfile.gettempdir()) / "kgbuild"]
    last_error: OSError | None = None
    for parent in parents:
        target = parent / f"{STORE_PREFIX}{digest[:16]}"
        marker = target / "kgbuild-complete"
        if marker.is_file():
            try:
                os.utime(marker)
            except OSError:
                pass
            return target / "db"
        try:
            parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f"{STORE_PREFIX}tmp-", dir=parent))
        except OSError as exc:
            last_error = exc
            continue
        try:
            store = ox.Store(str(tmp / "db"))
            try:
                fill_store(store, str(data))
            except (SyntaxError, ValueError) as exc:
                raise ServeError(f"{trig}: cannot load the dataset: {exc}") from None
            store.flush()
            store.optimize()
            del store
            (tmp / "kgbuild-complete").write_text(f"{digest}  {trig.resolve()}\n")
            try:
                os.rename(tmp, target)
            except OSError:
                if not (target / "kgbuild-complete").is_file():  # not a concurrent twin: fail
                    raise
                shutil.rmtree(tmp, ignore_errors=True)
            _prune(parent, target)
            return target / "db"
        except OSError as exc:
            last_error = exc
            shutil.rmtree(tmp, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    raise ServeError(
        f"{data}: cannot write the query store: {last_error}",
        hint="set KGBUILD_CACHE to a writable folder",
    )


def ensure_built(sources: Sequence[Path], data: Path, *, echo: Callable[[str], None] = print) -> bool:
    """Build ``data`` from the article ``sources`` unless its ``dataset.trig`` is newer than
    every file under them (articles and curation files alike). Returns whether a build ran.
    """
    from .publish import build

    trig = Path(data) / "dataset.trig"
    files: list[Path] = []
    for source in map(Path, sources):
        if source.is_dir():
            files += [f for f in source.rglob("*") if f.is_file() and not f.name.startswith(".")]
        elif source.exists():
            files.append(source)
    if trig.is_file() and files:
        built_at = trig.stat().st_mtime
        if all(f.stat().st_mtime <= built_at for f in files):
            echo(f"{data} is newer than the {len(files)} files in {', '.join(map(str, sources))}; not rebuilding.")
            return False
    echo(f"Building {data} from {', '.join(map(str, sources))}…")
    result = build(sources, Path(data), show_progress=None)
    echo(f"Built {data}: {len(result.articles)} articles, {result.triples} quads; validation passed.")
    return True


# ----------------------------------------------------------------------------- requests


@dataclass
class Request:
    method: str
    path: str
    query: str
    headers: Message
    body: bytes = b""
    host_url: str = "http://127.0.0.1"

    @property
    def params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True, max_num_fields=200)

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    file: Path | None = None  # streamed instead of body

    @classmethod
    def text(cls, status: int, message: str, **headers: str) -> Response:
        return cls(status, (message.rstrip("\n") + "\n").encode("utf-8"), headers=dict(headers))


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise HTTPError(400, f"parameter {name!r} given {len(values)} times; give it once")
    return values[0]


def _media(header: str | None) -> tuple[str, dict[str, str]]:
    if not header:
        return "", {}
    msg = Message()
    msg["content-type"] = header
    pairs = msg.get_params() or []
    params = {str(k).lower(): str(v) for k, v in pairs[1:]}
    return msg.get_content_type().lower(), params


def _iri(value: str, what: str) -> str:
    try:
        ox.NamedNode(value)
    except ValueError:
        raise HTTPError(400, f"{what} {value!r} is not an absolute IRI") from None
    if ":" not in value:
        raise HTTPError(400, f"{what} {value!r} is not an absolute IRI")
    return value


# ----------------------------------------------------------------------------- the app


class App:
    """Everything the server answers, independent of the HTTP plumbing (see :class:`Handler`)."""

    def __init__(self, config: ServeConfig, pool: WorkerPool | None = None, *, store_path: Path | None = None) -> None:
        """Start the workers (``config.store``: ``memory`` loads the dump into a zygote that
        forks them, ``disk`` builds or reuses an on-disk store) and read the page templates."""
        from .query import load_queries
        from .terms import PREFIXES

        self.config = config
        self.data = Path(config.data)
        self.base_iri = config.base_iri
        self.linker = Linker(self.base_iri)
        self.prefixes = {
            **PREFIXES,
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        }
        if self.base_iri != ID_BASE:
            self.prefixes["kgid"] = self.base_iri
        self.canned = load_queries()
        self.sparql_templates = {
            p.stem: p.read_text(encoding="utf-8") for p in (Path(__file__).parent / "templates").glob("*.rq")
        }
        self.examples = self._load_examples()
        self.static = {name: template(name).encode("utf-8") for name in STATIC}
        self.checksums = read_checksums(self.data)
        self.void_store = ox.Store()
        void = self.data / "void.ttl"
        if void.is_file():
            try:
                self.void_store.load(path=str(void), format=ox.RdfFormat.TURTLE)
            except (SyntaxError, OSError, ValueError):
                pass
        if pool is None:
            mode = config.store if hasattr(os, "fork") and hasattr(socket, "send_fds") else "disk"
            if mode == "disk":
                source = store_path or prepare_store(self.data, config.store_dir)
            else:
                source = self.data
                if not (source / "dataset.trig").is_file():
                    raise ServeError(
                        f"{self.data}: no built dataset here (dataset.trig missing)",
                        hint="run 'kgbuild build ARTICLES --out DIR' first, or 'kgbuild serve ARTICLES'",
                    )
            try:
                pool = WorkerPool(source, config.workers, mode=mode, memory_mb=config.worker_memory_mb)
            except PoolError as exc:
                raise ServeError(f"{self.data}: {exc.message}") from None
        self.pool = pool
        self._stats = self._store_stats()
        self._chart: str | None = None
        self._chart_lock = threading.Lock()

    def close(self) -> None:
        self.pool.close()

    # -- helpers ---------------------------------------------------------------------------
    def _load_examples(self) -> list[tuple[str, str]]:
        out = []
        for p in sorted((Path(__file__).parent / "templates" / "examples").glob("*.rq")):
            text = p.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            title = first.split(":", 1)[1].strip() if first.startswith("# title:") else p.stem
            body = "\n".join(line for line in text.splitlines() if not line.startswith("# title:"))
            out.append((title, body.strip() + "\n"))
        return out

    def _store_stats(self) -> dict[str, Any]:
        try:
            answer = self.pool.run({"op": "stats"}, timeout=max(60.0, self.config.timeout))
        except PoolError as exc:
            self.pool.close()
            raise ServeError(f"{self.data}: {exc.message}") from None
        return {
            "quads": answer["quads"],
            "graphs": set(answer["graphs"]),
            "default_triples": answer["default_triples"],
        }

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        try:
            answer = self.pool.run(job, timeout=self.config.timeout)
        except PoolError as exc:
            headers = {"Retry-After": "2"} if "busy" in exc.message else {}
            raise HTTPError(exc.status, exc.message, headers) from None
        if answer.get("status", 500) >= 400:
            raise HTTPError(answer["status"], answer.get("error", "query failed"))
        return answer

    def select(self, name: str, iri: str | None = None, *, local: ox.Store | None = None) -> list[dict[str, Any]]:
        job: dict[str, Any] = {
            "op": "select",
            "query": self.sparql_templates[name],
            "max_rows": self.config.max_rows,
        }
        if iri is not None:
            job["bind"] = {"iri": ("uri", iri)}
        if local is not None:
            answer = execute(local, job)
            if answer["status"] >= 400:
                raise HTTPError(answer["status"], answer.get("error", "query failed"))
            return answer["rows"]
        return self.run(job)["rows"]

    def _answer(self, answer: dict[str, Any], *, vary: bool = True) -> Response:
        headers = {"Vary": "Accept"} if vary else {}
        if answer.get("truncated"):
            headers["X-SPARQL-MaxRows"] = str(self.config.max_rows)
        return Response(200, answer["body"], CONTENT_TYPES[answer["content_type"]], headers)

    def _error(self, req: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Error"
        if prefers_html(req.header("Accept")) and not req.path.startswith("/sparql"):
            body = error_page(status, reason, message, base_iri=self.base_iri).encode("utf-8")
            return Response(status, body, "text/html; charset=utf-8", dict(headers or {}))
        return Response.text(status, message, **(headers or {}))

    def handle(self, req: Request) -> Response:
        """Route one request; never raises."""
        try:
            return self._route(req)
        except HTTPError as exc:
            return self._error(req, exc.status, exc.message, exc.headers)
        except Exception as exc:  # noqa: BLE001 - a bug must not take the server down
            print(
                f"kgbuild serve: internal error on {req.method} {req.path[:200]!r}: {type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
            return self._error(req, 500, "internal server error")

    def _route(self, req: Request) -> Response:
        path = req.path
        if req.method == "OPTIONS":
            allow = "GET, HEAD, POST, OPTIONS" if path.rstrip("/") == "/sparql" else "GET, HEAD, OPTIONS"
            return Response(
                204,
                b"",
                "text/plain",
                {
                    "Allow": allow,
                    "Access-Control-Allow-Methods": allow,
                    "Access-Control-Allow-Headers": "Accept, Content-Type",
                    "Access-Control-Max-Age": "86400",
                },
            )
        if path in ("/sparql", "/sparql/"):
            return self.sparql(req)
        if req.method not in ("GET", "HEAD"):
            raise HTTPError(
                405,
                f"{req.method} is not allowed here: this server is read-only",
                {"Allow": "GET, HEAD, OPTIONS"},
            )
        if path == "/":
            return self.home(req)
        if path == "/queries" or path == "/queries/":
            return self.queries(req)
        if path.startswith("/queries/"):
            return self.run_canned(req, path[len("/queries/") :])
        if path.startswith("/id/"):
            return self.entity(req, path[len("/id/") :])
        if path == "/id":
            return Response(303, b"", headers={"Location": "/"})
        if path == "/describe":
            iri = _single(req.params, "iri")
            if not iri:
                raise HTTPError(400, "give the IRI to describe as ?iri=")
            return self.describe(req, _iri(iri, "iri"))
        if path in ("/downloads", "/downloads/"):
            return self.downloads(req)
        if path.startswith("/downloads/"):
            return self.download(req, path[len("/downloads/") :])
        if path in ("/void", "/.well-known/void"):
            return self.void(req)
        if path.startswith("/static/") and path[len("/static/") :] in STATIC:
            name = path[len("/static/") :]
            return Response(200, self.static[name], STATIC[name], {"Cache-Control": "max-age=300"})
        if path == "/chart.svg":
            return Response(200, self.chart().encode("utf-8"), "image/svg+xml")
        raise HTTPError(404, f"nothing at {path[:200]}")

    # -- pages -----------------------------------------------------------------------------
    def chart(self) -> str:
        with self._chart_lock:
            if self._chart is None:
                self._chart = chart_svg(chart_series(self.select("chart")))
            return self._chart

    def home(self, req: Request) -> Response:
        text = _single(req.params, "query") or (
            self.examples[0][1] if self.examples else "SELECT * { ?s ?p ?o } LIMIT 10"
        )
        try:
            chart = self.chart()
        except HTTPError as exc:
            chart = f'<p class="error">The chart could not be computed: {exc.message}</p>'
        html = query_page(
            base_iri=self.base_iri,
            canned=list(self.canned.values()),
            examples=self.examples,
            query_text=text,
            chart=chart,
        )
        return Response(200, html.encode("utf-8"), "text/html; charset=utf-8")

    def queries(self, req: Request) -> Response:
        fmt = _single(req.params, "_format")
        if fmt == "html" or (fmt is None and prefers_html(req.header("Accept"))):
            html = queries_page(base_iri=self.base_iri, canned=list(self.canned.values()))
            return Response(200, html.encode("utf-8"), "text/html; charset=utf-8", {"Vary": "Accept"})
        listing = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "url": f"/queries/{q.name}",
                "params": [
                    {
                        "name": p.name,
                        "type": p.type,
                        "required": p.required,
                        "default": p.default,
                        "doc": p.doc,
                    }
                    for p in q.params
                ],
            }
            for q in self.canned.values()
        ]
        return Response(
            200,
            json.dumps({"queries": listing}, indent=2).encode("utf-8"),
            "application/json",
            {"Vary": "Accept"},
        )

    def run_canned(self, req: Request, name: str) -> Response:
        from .errors import QueryError

        q = self.canned.get(name)
        if q is None:
            raise HTTPError(404, f"no canned query {name!r}; known: {', '.join(self.canned)}")
        params = req.params
        fmt = _single(params, "_format")
        params.pop("_format", None)
        values = {k: _single(params, k) or "" for k in params}
        try:
            functions = q.functions(values)
        except QueryError as exc:
            raise HTTPError(400, str(exc)) from None
        terms = {
            fn.value[len("urn:kgbuild:param:") :]: to_plain(cast(Callable[[], Any], f)()) for fn, f in functions.items()
        }  # type: ignore[operator]
        html = fmt == "html" or (fmt is None and prefers_html(req.header("Accept")))
        if html:
            result_format: str | None = "json"
        elif fmt is not None:
            result_format = FORMAT_NAMES.get(fmt)
            if result_format not in ("json", "xml", "csv", "tsv"):
                raise HTTPError(400, f"_format {fmt!r} is not one of html, json, xml, csv, tsv")
        else:
            media = negotiate(req.header("Accept"), RESULT_TYPES)
            if media is None:
                raise HTTPError(406, "canned query results come as JSON, XML, CSV, TSV or HTML")
            result_format = RESULT_TYPES[media]
        answer = self.run(
            {
                "op": "canned",
                "query": q.sparql,
                "params": terms,
                "result_format": result_format,
                "max_rows": self.config.max_rows,
            }
        )
        if not html:
            return self._answer(answer)
        data = json.loads(answer["body"])
        shown = ", ".join(f"{k}={v}" for k, v in values.items() if v)
        page = results_page(
            title=q.title,
            variables=data["head"]["vars"],
            bindings=data["results"]["bindings"],
            linker=self.linker,
            note=f"{q.name}({shown})  {q.description}",
        )
        return Response(200, page.encode("utf-8"), "text/html; charset=utf-8", {"Vary": "Accept"})

    # -- linked data -----------------------------------------------------------------------
    def entity(self, req: Request, rest: str) -> Response:
        if not rest:
            return Response(303, b"", headers={"Location": "/"})
        candidates = [self.base_iri + rest]
        decoded = unquote(rest)
        if decoded != rest:
            candidates.append(self.base_iri + decoded)
        last: HTTPError | None = None
        for iri in candidates:
            try:
                ox.NamedNode(iri)
            except ValueError:
                continue
            try:
                return self.describe(req, iri)
            except HTTPError as exc:
                if exc.status != 404:
                    raise
                last = exc
        raise last or HTTPError(404, f"no such resource: {rest[:200]}")

    def _graph_format(self, req: Request) -> str | None:
        """``None`` for HTML, else the RDF format the client asked for (406 if none)."""
        fmt = _single(req.params, "format")
        if fmt is not None:
            if fmt == "html":
                return None
            name = FORMAT_NAMES.get(fmt)
            if name not in ("turtle", "ntriples", "jsonld", "rdfxml"):
                raise HTTPError(400, f"format {fmt!r} is not one of html, turtle, ntriples, jsonld, rdfxml")
            return name
        accept = req.header("Accept")
        if prefers_html(accept):
            return None
        media = negotiate(accept, GRAPH_TYPES)
        if media is None:
            raise HTTPError(406, "descriptions come as HTML, Turtle, N-Triples, JSON-LD or RDF/XML")
        return GRAPH_TYPES[media]

    def describe(self, req: Request, iri: str) -> Response:
        fmt = self._graph_format(req)
        local = self.void_store if self._in_void(iri) else None
        if fmt is not None:
            job = {
                "op": "construct",
                "query": self.sparql_templates["describe"],
                "bind": {"iri": ("uri", iri)},
                "graph_format": fmt,
                "max_rows": self.config.max_rows,
                "prefixes": self.prefixes,
            }
            answer = execute(local, job) if local is not None else self.run(job)
            if answer["status"] >= 400:
                raise HTTPError(answer["status"], answer.get("error", "query failed"))
            if answer.get("count", 1) == 0 and not self.select("incoming", iri, local=local):
                raise HTTPError(404, f"nothing is known about {iri}")
            return self._answer(answer)
        data = EntityData(iri)
        data.statements = self.select("entity", iri, local=local)
        data.incoming = self.select("incoming", iri, local=local)
        if iri in self._stats["graphs"]:
            rows = self.select("graph-size", iri)
            data.graph_triples = int(rows[0]["triples"][1]) if rows else 0
        if not data.exists:
            raise HTTPError(404, f"nothing is known about {iri}")
        types = {r["o"][1] for r in data.statements if r["p"] and r["p"][1].endswith("#type") and r.get("o")}
        props = {r["p"][1] for r in data.statements if r.get("p")}
        if "https://w3id.org/kgbuild/ontology#Event" in types:
            data.groups = self.select("event-groups", iri, local=local)
            data.claims = self.select("event-claims", iri, local=local)
        if "https://w3id.org/kgbuild/ontology#evidence" in props:
            data.evidence = self.select("evidence", iri, local=local)
        if "https://w3id.org/kgbuild/ontology#Article" in types:
            data.mentions = self.select("mentions", iri, local=local)
        html = entity_page(data, self.linker)
        return Response(200, html.encode("utf-8"), "text/html; charset=utf-8", {"Vary": "Accept"})

    def _in_void(self, iri: str) -> bool:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return False
        return next(iter(self.void_store.quads_for_pattern(node, None, None)), None) is not None

    # -- downloads -------------------------------------------------------------------------
    def _files(self) -> list[dict[str, Any]]:
        files = []
        for name, media in DOWNLOADS.items():
            path = self.data / name
            if not path.is_file():
                continue
            digest = self.checksums.get(name) or (_sha256_of(path) if name == "SHA256SUMS" else None)
            files.append(
                {
                    "name": name,
                    "size": path.stat().st_size,
                    "sha256": digest,
                    "media_type": media + (" (gzip)" if name.endswith(".gz") else ""),
                    "url": f"/downloads/{name}",
                }
            )
        return files

    def downloads(self, req: Request) -> Response:
        files = self._files()
        fmt = _single(req.params, "_format")
        if fmt == "json" or (
            fmt is None
            and not prefers_html(req.header("Accept"))
            and negotiate(req.header("Accept"), ["application/json"])
        ):
            return Response(
                200,
                json.dumps({"files": files}, indent=2).encode("utf-8"),
                "application/json",
                {"Vary": "Accept"},
            )
        html = downloads_page(base_iri=self.base_iri, files=files)
        return Response(200, html.encode("utf-8"), "text/html; charset=utf-8", {"Vary": "Accept"})

    def download(self, req: Request, name: str) -> Response:
        if name not in DOWNLOADS:  # only the known names: no path is ever built from a request
            raise HTTPError(404, f"no download {name[:100]!r}; see /downloads")
        path = self.data / name
        if not path.is_file():
            raise HTTPError(404, f"{name} is not part of this dataset")
        media = DOWNLOADS[name]
        headers = {"Content-Disposition": f'attachment; filename="{name}"'} if name.startswith("dataset.") else {}
        digest = self.checksums.get(name)
        if digest:
            headers["ETag"] = f'"{digest}"'
            if req.header("If-None-Match") in (f'"{digest}"', "*"):
                return Response(304, b"", headers=headers)
        if name.endswith(".gz"):
            headers["Content-Encoding"] = "gzip"
        ctype = (
            media if media == "application/n-triples" or not media.startswith("text/") else media + "; charset=utf-8"
        )
        return Response(200, b"", ctype, headers, file=path)

    def void(self, req: Request) -> Response:
        accept = req.header("Accept")
        if prefers_html(accept):
            local = self.linker.local_path(self.base_iri + "dataset")
            if local and self._in_void(self.base_iri + "dataset"):
                return Response(303, b"", headers={"Location": local, "Vary": "Accept"})
        path = self.data / "void.ttl"
        if not path.is_file():
            raise HTTPError(404, "this dataset has no void.ttl")
        media = negotiate(accept, GRAPH_TYPES)
        if media is None:
            raise HTTPError(406, "the VoID description comes as Turtle, N-Triples, JSON-LD or RDF/XML")
        fmt = GRAPH_TYPES[media]
        if fmt == "turtle":
            return Response(200, b"", "text/turtle; charset=utf-8", {"Vary": "Accept"}, file=path)
        triples = [q.triple for q in self.void_store]
        body = (
            ox.serialize(
                triples,
                format={
                    "ntriples": ox.RdfFormat.N_TRIPLES,
                    "jsonld": ox.RdfFormat.JSON_LD,
                    "rdfxml": ox.RdfFormat.RDF_XML,
                }[fmt],
            )
            or b""
        )
        return Response(200, body, CONTENT_TYPES[fmt], {"Vary": "Accept"})

    # -- SPARQL protocol -------------------------------------------------------------------
    def sparql(self, req: Request) -> Response:
        if req.method not in ("GET", "HEAD", "POST"):
            status = 405
            raise HTTPError(
                status,
                f"{req.method} is not allowed: this is a read-only SPARQL query endpoint (use GET or POST)",
                {"Allow": "GET, HEAD, POST, OPTIONS"},
            )
        url_params = req.params
        form: dict[str, list[str]] = {}
        direct: str | None = None
        if req.method == "POST":
            media, mparams = _media(req.header("Content-Type"))
            charset = mparams.get("charset", "utf-8").lower()
            if media == "application/sparql-update":
                raise HTTPError(403, "this endpoint is read-only: SPARQL Update is refused")
            if charset not in ("utf-8", "utf8"):
                raise HTTPError(415, f"charset {charset!r} is not accepted; send UTF-8")
            try:
                text = req.body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPError(400, "the request body is not valid UTF-8") from None
            if media == "application/x-www-form-urlencoded":
                form = parse_qs(text, keep_blank_values=True, max_num_fields=200)
            elif media == "application/sparql-query":
                direct = text
            elif not media:
                raise HTTPError(
                    400,
                    "a POST needs a Content-Type: application/x-www-form-urlencoded or application/sparql-query",
                )
            else:
                raise HTTPError(
                    415,
                    f"Content-Type {media!r} is not accepted; use "
                    "application/x-www-form-urlencoded or application/sparql-query",
                )
        params = {k: url_params.get(k, []) + form.get(k, []) for k in set(url_params) | set(form)}
        if any(k in params for k in ("update", "using-graph-uri", "using-named-graph-uri")):
            raise HTTPError(403, "this endpoint is read-only: SPARQL Update is refused")
        queries = params.get("query", [])
        if direct is not None:
            if queries:
                raise HTTPError(400, "a direct POST must not also carry a query parameter")
            queries = [direct]
        if not queries:
            if req.method == "POST":
                raise HTTPError(400, "no query: send query=... or a application/sparql-query body")
            return self.service_description(req)
        if len(queries) > 1:
            raise HTTPError(400, f"{len(queries)} queries given; send exactly one")
        query = queries[0]
        if not query.strip():
            raise HTTPError(400, "the query is empty")
        default_graphs = [_iri(g, "default-graph-uri") for g in params.get("default-graph-uri", [])]
        named_graphs = [_iri(g, "named-graph-uri") for g in params.get("named-graph-uri", [])]
        info = inspect_query(query)
        refused = refused_services(info, self.config.allow_service)
        if refused:
            allowed = ", ".join(self.config.allow_service) or "none"
            raise HTTPError(
                403,
                f"SERVICE {refused[0]} is refused: this endpoint federates only with "
                f"allow-listed endpoints (allowed: {allowed})",
            )
        # With no protocol dataset the query's FROM clauses apply, else the store's default
        # graph: the merge of all graphs, each statement once (serve_worker.fill_store).
        dataset: dict[str, Any] = (
            {"default": default_graphs, "named": named_graphs} if default_graphs or named_graphs else {}
        )
        result_format, graph_format = self._sparql_formats(req, params)
        answer = self.run(
            {
                "op": "sparql",
                "query": query,
                "dataset": dataset,
                "base_iri": req.host_url + "/sparql",
                "result_format": result_format,
                "graph_format": graph_format,
                "max_rows": self.config.max_rows,
                "prefixes": self.prefixes,
            }
        )
        return self._answer(answer)

    def _sparql_formats(self, req: Request, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
        accept = req.header("Accept")
        wanted = [
            FORMAT_NAMES[v.strip().lower()]
            for k in ("format", "output", "results")
            for v in params.get(k, [])
            if v.strip().lower() in FORMAT_NAMES
        ]
        if wanted and (not accept or accept.strip() in ("*/*", "*")):
            results = next((w for w in wanted if w in ("json", "xml", "csv", "tsv")), "json")
            graphs = next((w for w in wanted if w in ("turtle", "ntriples", "jsonld", "rdfxml")), "turtle")
            return results, graphs
        rmedia = negotiate(accept, RESULT_TYPES)
        gmedia = negotiate(accept, GRAPH_TYPES)
        return (RESULT_TYPES[rmedia] if rmedia else None, GRAPH_TYPES[gmedia] if gmedia else None)

    def service_description(self, req: Request) -> Response:
        accept = req.header("Accept")
        if prefers_html(accept):
            return Response(303, b"", headers={"Location": "/", "Vary": "Accept"})
        media = negotiate(accept, GRAPH_TYPES)
        if media is None:
            raise HTTPError(406, "the service description comes as Turtle, N-Triples, JSON-LD or RDF/XML")
        fmt = GRAPH_TYPES[media]
        nn = ox.NamedNode
        rdf_type = nn("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        endpoint = req.host_url + "/sparql"
        try:
            service = nn(endpoint)
        except ValueError:
            service = nn(f"http://{self.config.host}:{self.config.port}/sparql")
        triples = [
            ox.Triple(service, rdf_type, nn(SD + "Service")),
            ox.Triple(service, nn(SD + "endpoint"), service),
            ox.Triple(service, nn(SD + "supportedLanguage"), nn(SD + "SPARQL11Query")),
            ox.Triple(service, nn(SD + "feature"), nn(SD + "UnionDefaultGraph")),
            ox.Triple(
                service,
                nn("http://purl.org/dc/terms/title"),
                ox.Literal("kgbuild conflict-news knowledge graph (read-only)", language="en"),
            ),
        ]
        if self.config.allow_service:
            triples.append(ox.Triple(service, nn(SD + "feature"), nn(SD + "BasicFederatedQuery")))
        for f in (
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "JSON-LD",
            "RDF_XML",
        ):
            triples.append(ox.Triple(service, nn(SD + "resultFormat"), nn(FORMATS_NS + f)))
        dataset = ox.BlankNode("dataset")
        default = ox.BlankNode("default")
        triples += [
            ox.Triple(service, nn(SD + "defaultDataset"), dataset),
            ox.Triple(dataset, rdf_type, nn(SD + "Dataset")),
            ox.Triple(dataset, nn(SD + "defaultGraph"), default),
            ox.Triple(default, rdf_type, nn(SD + "Graph")),
            ox.Triple(
                default,
                nn("http://rdfs.org/ns/void#triples"),
                ox.Literal(
                    str(self._stats["default_triples"]),
                    datatype=nn("http://www.w3.org/2001/XMLSchema#integer"),
                ),
            ),
        ]
        for n, g in enumerate(sorted(self._stats["graphs"])):
            named = ox.BlankNode(f"g{n}")
            triples += [
                ox.Triple(dataset, nn(SD + "namedGraph"), named),
                ox.Triple(named, rdf_type, nn(SD + "NamedGraph")),
                ox.Triple(named, nn(SD + "name"), nn(g)),
            ]
        if (self.data / "void.ttl").is_file():
            triples.append(ox.Triple(service, nn("http://rdfs.org/ns/void#dataset"), nn(self.base_iri + "dataset")))
        prefixes = {
            "sd": SD,
            "formats": FORMATS_NS,
            "void": "http://rdfs.org/ns/void#",
            "dcterms": "http://purl.org/dc/terms/",
        }
        body = (
            ox.serialize(
                triples,
                format={
                    "turtle": ox.RdfFormat.TURTLE,
                    "ntriples": ox.RdfFormat.N_TRIPLES,
                    "jsonld": ox.RdfFormat.JSON_LD,
                    "rdfxml": ox.RdfFormat.RDF_XML,
                }[fmt],
                prefixes=prefixes if fmt != "ntriples" else None,
            )
            or b""
        )
        return Response(200, body, CONTENT_TYPES[fmt], {"Vary": "Accept"})


# ----------------------------------------------------------------------------- HTTP


class Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 plumbing around :meth:`App.handle`: reads bounded requests, writes responses
    with CORS and security headers, logs one line per request."""

    protocol_version = "HTTP/1.1"
    server_version = f"kgbuild/{__version__}"
    timeout = 60  # seconds a client may take to send a request (slow clients are dropped)
    wbufsize = 1 << 16  # headers and a small body leave in one segment (flushed per request)
    app: App
    active: threading.BoundedSemaphore

    def setup(self) -> None:
        super().setup()
        try:  # no Nagle delay between the last segment of one answer and the next request
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._handle()

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._handle()

    def do_PUT(self) -> None:  # noqa: N802
        self._handle()

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle()

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle()

    def _handle(self) -> None:
        started = time.monotonic()
        app = self.app
        if not self.active.acquire(blocking=False):
            if self._read_body(app.config.max_request_bytes) is not None:
                self._send(
                    Response.text(
                        503,
                        "too many requests in progress; try again shortly",
                        **{"Retry-After": "1"},
                    )
                )
            self._log(503, started)
            return
        try:
            body = self._read_body(app.config.max_request_bytes)
            if body is None:
                return
            split = urlsplit(self.path)
            req = Request(
                self.command,
                split.path or "/",
                split.query,
                self.headers,
                body,
                host_url=self._host_url(),
            )
            response = app.handle(req)
            self._send(response)
            self._log(response.status, started)
        finally:
            self.active.release()

    def _host_url(self) -> str:
        """``http://HOST`` from the Host header when it makes a valid IRI, else our address."""
        host = self.headers.get("Host") or ""
        if host and len(host) < 256:
            try:
                ox.NamedNode(f"http://{host}/sparql")
                return f"http://{host}"
            except ValueError:
                pass
        address: Any = self.server.server_address
        return f"http://{address[0]}:{address[1]}"

    def _read_body(self, limit: int) -> bytes | None:
        if self.command not in ("POST", "PUT", "PATCH"):
            return b""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            self._send(Response.text(411, "send a Content-Length; chunked request bodies are not accepted"))
            return None
        length_header = self.headers.get("Content-Length")
        try:
            length = int(length_header) if length_header is not None else 0
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._send(Response.text(400, "bad Content-Length"))
            return None
        if length > limit:
            self.close_connection = True
            self._send(Response.text(413, f"request body of {length} bytes is over the limit of {limit} bytes"))
            self._linger(min(length, 64 * limit))
            return None
        return self.rfile.read(length) if length else b""

    def _linger(self, most: int, seconds: float = 2.0) -> None:
        """After refusing a body unread: stop sending, then read and drop what the client is
        still sending for a short while, so that it gets to read the refusal instead of a
        connection reset (Apache's "lingering close")."""
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(0.5)
            deadline = time.monotonic() + seconds
            while most > 0 and time.monotonic() < deadline:
                chunk = (
                    self.rfile.read1(min(most, 1 << 16))
                    if hasattr(self.rfile, "read1")
                    else self.rfile.read(min(most, 1 << 16))
                )
                if not chunk:
                    break
                most -= len(chunk)
        except OSError:
            pass

    def _send(self, r: Response) -> None:
        try:
            self.send_response(r.status)
            headers = {
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Expose-Headers": "X-SPARQL-MaxRows, Content-Type, Content-Length",
                "X-Content-Type-Options": "nosniff",
            }
            if r.content_type.startswith("text/html") or r.content_type.startswith("image/svg"):
                headers["Content-Security-Policy"] = CSP
                headers["Referrer-Policy"] = "same-origin"
            headers.update(r.headers)
            size = r.file.stat().st_size if r.file is not None else len(r.body)
            if r.status not in (204, 304):
                headers["Content-Type"] = r.content_type
                headers["Content-Length"] = str(size)
            for k, v in headers.items():
                self.send_header(k, v)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command == "HEAD" or r.status in (204, 304):
                return
            if r.file is not None:
                with open(r.file, "rb") as fh:
                    shutil.copyfileobj(fh, self.wfile, 1 << 16)
            else:
                self.wfile.write(r.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _log(self, status: int, started: float) -> None:
        if not self.app.config.access_log:
            return
        line = self.requestline if len(self.requestline) <= 300 else self.requestline[:300] + "…"
        line = line.encode("ascii", "backslashreplace").decode("ascii")
        sys.stderr.write(f"{self.address_string()} {status} {time.monotonic() - started:.3f}s {line}\n")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server API
        if self.app.config.access_log and args and str(args[0]).startswith(("code", "4", "5")):
            msg = (format % args).encode("ascii", "backslashreplace").decode("ascii")
            sys.stderr.write(f"{self.address_string()} {msg}\n")

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # one line per request is written by _log


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


@dataclass
class RunningServer:
    """A server started by :func:`start` (tests and benchmarks use it in-process)."""

    app: App
    httpd: Server
    thread: threading.Thread

    @property
    def url(self) -> str:
        host, port = (str(x) for x in tuple(self.httpd.server_address)[:2])
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.app.close()


def make_server(config: ServeConfig, app: App | None = None) -> tuple[App, Server]:
    app = app or App(config)
    handler = type(
        "KgbuildHandler",
        (Handler,),
        {"app": app, "active": threading.BoundedSemaphore(max(1, config.max_active_requests))},
    )
    try:
        httpd = Server((config.host, config.port), handler)
    except OSError as exc:
        app.close()
        raise ServeError(
            f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}",
            hint="choose another --port (0 picks a free one)",
        ) from None
    return app, httpd


def start(config: ServeConfig) -> RunningServer:
    """Start serving in a background thread and return at once."""
    app, httpd = make_server(config)
    thread = threading.Thread(target=httpd.serve_forever, name="kgbuild-serve", daemon=True)
    thread.start()
    return RunningServer(app, httpd, thread)


class ServerProcess:
    """``kgbuild serve ARGS --port 0`` in a child process, for tests and benchmarks.

    Waits until the server prints its address (building the dataset first if ``args`` name
    articles), exposes it as :attr:`url`, and stops the server (and its workers) on
    :meth:`stop` or when used as a context manager.
    """

    def __init__(
        self,
        args: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        start_timeout: float = 180.0,
        log: Path | None = None,
    ) -> None:
        import subprocess

        self.log_path = log
        self._log: Any = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
        cmd = [sys.executable, "-m", "kgbuild", "serve", *map(str, args), "--port", "0"]
        full_env = dict(os.environ if env is None else env)
        package_root = str(Path(__file__).resolve().parent.parent)
        full_env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, full_env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self._log, env=full_env)
        self.url = ""
        lines: list[str] = []
        found = threading.Event()

        def read() -> None:
            assert self.process.stdout is not None
            for raw in self.process.stdout:
                line = raw.decode("utf-8", "replace")
                lines.append(line)
                if line.startswith("Serving ") and not found.is_set():
                    self.url = line.split(" at ", 1)[1].split()[0].rstrip("/")
                    found.set()
            found.set()

        threading.Thread(target=read, daemon=True).start()
        if not found.wait(start_timeout) or not self.url:
            self.stop()
            detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else "".join(lines)
            raise ServeError(f"kgbuild serve did not start: {detail}")

    def stop(self) -> None:
        import subprocess

        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not subprocess.DEVNULL:
            self._log.close()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(config: ServeConfig, *, echo: Callable[[str], None] | None = None) -> None:
    """Serve ``config.data`` until interrupted (Ctrl-C or SIGTERM)."""
    echo = echo or (lambda s: print(s, flush=True))
    started = time.monotonic()
    app, httpd = make_server(config)
    host, port = (str(x) for x in httpd.server_address[:2])
    url = f"http://{host}:{port}"
    echo(
        f"Serving {config.data} ({app._stats['default_triples']:,} triples in {len(app._stats['graphs'])} graphs) "
        f"at {url}/ ; SPARQL endpoint {url}/sparql"
    )
    echo(
        f"  {app.pool.size} query workers, time limit {config.timeout:g} s, row limit {config.max_rows:,}, "
        f"SERVICE allowed to: {', '.join(config.allow_service) or 'none'}; "
        f"ready in {time.monotonic() - started:.1f} s. Press Ctrl-C to stop."
    )

    def stop(_signum: int, _frame: object) -> None:
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    previous = signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        app.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
