"""A query worker: a process of its own that opens the store read-only and answers jobs.

pyoxigraph cannot stop a running query, so ``kgbuild serve`` runs every query in one of a
few worker processes (:mod:`kgbuild.serve_pool`) and kills the worker when its time is up.
Workers are forked from a *zygote* that holds the dataset in memory (:func:`zygote`), or, for
datasets larger than memory, are processes of their own over an on-disk store opened
read-only. Jobs and answers are pickled dicts framed by
:class:`multiprocessing.connection.Connection`. The module imports only pyoxigraph and the
standard library.

Jobs (``op``):

``sparql``
    a client's query with its protocol dataset; answers with the serialised results.
``canned``
    a canned query's text with the parameter terms already validated by
    :meth:`kgbuild.query.CannedQuery.functions`.
``select``
    one of the server's own SELECT queries with IRIs bound by substitution; answers with
    rows of plain tuples for the HTML pages.
``construct``
    one of the server's own CONSTRUCT queries (an entity's description) serialised.

Every answer is a dict with ``status`` (an HTTP status), and either ``body`` and
``content_type`` or ``error`` (one line).

>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("1"),
...                   ox.NamedNode("http://e/g")))
>>> answer = execute(store, {"op": "sparql", "query": "SELECT ?s { ?s ?p ?o }",
...                          "dataset": {"union": True}, "result_format": "csv"})
>>> answer["status"], answer["body"]
(200, b's\\r\\nhttp://e/s\\r\\n')
>>> execute(store, {"op": "sparql", "query": "SELECT ?s {", "dataset": {}})["status"]
400
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
PARAM_NS = "urn:kgbuild:param:"
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


# ----------------------------------------------------------------------------- terms


def to_plain(term: Any) -> tuple[str, ...] | None:
    """A picklable tuple for an RDF term: ``("uri", iri)``, ``("bnode", id)``,
    ``("literal", value, datatype, language)``."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language or "")
    return ("triple", str(term))


def from_plain(plain: tuple[str, ...] | list[str] | None) -> Any:
    """The pyoxigraph term for a tuple made by :func:`to_plain` (no ``triple``)."""
    if plain is None:
        return None
    kind = plain[0]
    if kind == "uri":
        return ox.NamedNode(plain[1])
    if kind == "bnode":
        return ox.BlankNode(plain[1])
    if kind == "literal":
        _k, value, datatype, language = plain
        if language:
            return ox.Literal(value, language=language)
        return ox.Literal(value, datatype=ox.NamedNode(datatype))
    raise ValueError(f"cannot rebuild a term of kind {kind!r}")


def _json_term(t: Any) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(t.subject),
            "predicate": _json_term(t.predicate),
            "object": _json_term(t.object),
        },
    }


def _xml_term(t: Any) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}"
        f"</predicate><object>{_xml_term(t.object)}</object></triple>"
    )


def _csv_value(t: Any) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


# ----------------------------------------------------------------------------- results


def encode_solutions(variables: list[str], rows: Iterable[list[Any]], fmt: str) -> bytes:
    """SELECT results (``rows`` of terms in ``variables`` order) in ``fmt``."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=False) if t is not None} for row in rows]
        return json.dumps(
            {"head": {"vars": variables}, "results": {"bindings": bindings}},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
    if fmt == "xml":
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>',
        ]
        parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            parts += [
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=False)
                if t is not None
            ]
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow([_csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown results format {fmt!r}")


def encode_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/'
            f'sparql-results#"><head/><boolean>{"true" if value else "false"}</boolean></sparql>\n'
        ).encode()
    return b"true" if value else b"false"


def encode_triples(triples: Iterable[Any], fmt: str, prefixes: dict[str, str] | None) -> bytes:
    """Triples in an RDF format; Turtle and JSON-LD get ``prefixes``."""
    rdf_format = _GRAPH_FORMATS[fmt]
    use = prefixes if fmt in ("turtle", "jsonld", "rdfxml") else None
    return ox.serialize(triples, format=rdf_format, prefixes=use) or b""


def _limited(items: Iterator[Any], limit: int) -> tuple[list[Any], bool]:
    out: list[Any] = []
    for item in items:
        if len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


def _answer(result: Any, job: dict[str, Any]) -> dict[str, Any]:
    """Serialise any query result as the job asks."""
    limit = int(job.get("max_rows") or 10_000)
    if isinstance(result, ox.QueryBoolean):
        fmt = job.get("result_format")
        if fmt is None:
            return _not_acceptable("ASK results")
        return {
            "status": 200,
            "content_type": fmt,
            "body": encode_boolean(bool(result), fmt),
            "truncated": False,
        }
    if isinstance(result, ox.QuerySolutions):
        fmt = job.get("result_format")
        if fmt is None:
            return _not_acceptable("SELECT results")
        variables = [v.value for v in result.variables]
        rows, truncated = _limited(([sol[v] for v in variables] for sol in result), limit)
        return {
            "status": 200,
            "content_type": fmt,
            "truncated": truncated,
            "body": encode_solutions(variables, rows, fmt),
        }
    fmt = job.get("graph_format")
    if fmt is None:
        return _not_acceptable("CONSTRUCT and DESCRIBE results")
    triples, truncated = _limited(iter(result), limit)
    return {
        "status": 200,
        "content_type": fmt,
        "truncated": truncated,
        "count": len(triples),
        "body": encode_triples(triples, fmt, job.get("prefixes")),
    }


def _constant(term: Any) -> Any:
    """A custom function of no argument returning ``term`` (``None``: leaves the BIND unbound)."""
    return lambda: term


def _not_acceptable(what: str) -> dict[str, Any]:
    return {
        "status": 406,
        "error": f"none of the media types in the Accept header can carry {what}",
    }


def _dataset_options(spec: dict[str, Any]) -> dict[str, Any]:
    """pyoxigraph options for a protocol dataset; none given: the query's own FROM clauses,
    else the store's default graph (the merge of all graphs, see :func:`fill_store`)."""
    default = spec.get("default")
    named = spec.get("named")
    if default is None and named is None:
        return {"use_default_graph_as_union": bool(spec.get("union"))}
    opts: dict[str, Any] = {"default_graph": [ox.NamedNode(g) for g in default or []]}
    if named is not None:
        opts["named_graphs"] = [ox.NamedNode(g) for g in named]
    else:
        opts["named_graphs"] = []
    return opts


def execute(store: ox.Store, job: dict[str, Any]) -> dict[str, Any]:
    """Run one job on ``store``; never raises for anything a client can send."""
    op = job.get("op")
    try:
        if op == "ping":
            return {"status": 200, "pid": os.getpid()}
        if op == "stats":
            graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
            counted: Any = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
            default = next(iter(counted))["n"]
            return {
                "status": 200,
                "quads": len(store),
                "graphs": graphs,
                "default_triples": int(default.value),
            }
        if op == "sparql":
            result: Any = store.query(
                job["query"],
                base_iri=job.get("base_iri"),
                **_dataset_options(job.get("dataset") or {}),
            )
            return _answer(result, job)
        if op == "canned":
            functions = {
                ox.NamedNode(PARAM_NS + name): _constant(from_plain(plain)) for name, plain in job["params"].items()
            }
            # the default graph is the merge of all graphs (fill_store): the same answers as
            # kgbuild query's union default graph, and many times faster than a union over a
            # store that also holds the merge
            result = store.query(job["query"], custom_functions=functions)
            return _answer(result, job)
        if op in ("select", "construct"):
            subs = {ox.Variable(k): from_plain(v) for k, v in (job.get("bind") or {}).items()}
            result = store.query(job["query"], use_default_graph_as_union=bool(job.get("union")), substitutions=subs)
            if op == "construct":
                return _answer(result, job)
            variables = [v.value for v in result.variables]
            rows, truncated = _limited(
                ({v: to_plain(sol[v]) for v in variables} for sol in result),
                int(job.get("max_rows") or 10_000),
            )
            return {"status": 200, "rows": rows, "variables": variables, "truncated": truncated}
        return {"status": 500, "error": f"unknown job {op!r}"}
    except SyntaxError as exc:
        return {"status": 400, "error": f"malformed query: {exc}"}
    except (RuntimeError, ValueError, TypeError) as exc:
        return {"status": 400, "error": f"query failed: {exc}"}
    except OSError as exc:
        return {
            "status": 502 if "http" in str(exc).lower() else 500,
            "error": f"query failed: {exc}",
        }
    except MemoryError:
        return {"status": 503, "error": "query needed more memory than a worker may use"}


def _limit_memory(extra_megabytes: int) -> None:
    """Cap this process's address space at its current size plus ``extra_megabytes``, so a
    query that tries to hold too much fails in its worker instead of exhausting the machine."""
    if extra_megabytes <= 0:
        return
    try:
        import resource

        current = 0
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    current = int(line.split()[1]) * 1024
        limit = current + extra_megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # pragma: no cover - platform without rlimits
        pass


def _die_with_parent() -> None:
    """Exit when the parent process is gone, even in the middle of a query (when the worker
    would not notice its closed channel). pyoxigraph releases the GIL while it queries, so
    this watchdog thread keeps running."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="kgbuild-worker-watchdog").start()


def serve_jobs(store: ox.Store, requests: Any, answers: Any) -> int:
    """Answer jobs from ``requests`` on ``answers`` (``Connection`` objects) until EOF."""
    answers.send({"status": 200, "ready": True, "pid": os.getpid()})
    while True:
        try:
            job = requests.recv()
        except (EOFError, OSError):
            return 0
        try:
            answer = execute(store, job)
        except Exception as exc:  # noqa: BLE001 - the worker must answer, whatever happened
            answer = {"status": 500, "error": f"internal error: {type(exc).__name__}: {exc}"}
        try:
            answers.send(answer)
        except (BrokenPipeError, OSError):
            return 0


def fill_store(store: ox.Store, data: str) -> None:
    """Load a built dataset folder: ``dataset.trig`` as its named graphs and ``dataset.ttl``
    (their union, deduplicated) as the store's default graph.

    pyoxigraph's ``use_default_graph_as_union`` concatenates the graphs, so a statement that
    two graphs hold would come back twice; a real merged default graph answers each statement
    once, as SPARQL's RDF merge does. Without ``dataset.ttl`` the merge is computed here.
    """
    trig = os.path.join(data, "dataset.trig")
    ttl = os.path.join(data, "dataset.ttl")
    store.bulk_load(path=trig, format=ox.RdfFormat.TRIG)
    if os.path.isfile(ttl):
        store.bulk_load(path=ttl, format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    else:
        merged = [
            ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            for q in store.quads_for_pattern(None, None, None, None)
            if not isinstance(q.graph_name, ox.DefaultGraph)
        ]
        store.bulk_extend(merged)


def zygote(data: str, control_fd: int, memory_mb: int) -> int:
    """Load the dataset folder ``data`` into memory once (:func:`fill_store`), then fork a
    worker for every request on the control socket.

    The zygote stays single-threaded, so forking it is safe; each worker shares the loaded
    store with it copy-on-write, so a worker killed at its time limit is replaced in
    milliseconds instead of reloading the data. The control socket carries ``fork`` messages
    with one socket (the new worker's job channel) passed as ancillary data; the zygote
    answers each with the worker's pid on a line. It exits when the control socket closes.
    """
    import json
    import signal
    import socket
    from multiprocessing.connection import Connection

    ctrl = socket.socket(fileno=control_fd)
    store = ox.Store()
    try:
        fill_store(store, data)
    except (SyntaxError, OSError, ValueError) as exc:
        ctrl.sendall(json.dumps({"ready": False, "error": f"cannot load the dataset: {exc}"}).encode() + b"\n")
        return 1
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps finished workers
    ctrl.sendall(json.dumps({"ready": True, "pid": os.getpid()}).encode() + b"\n")
    while True:
        try:
            msg, fds, _flags, _addr = socket.recv_fds(ctrl, 64, 4)
        except OSError:
            return 0
        if not msg:
            for fd in fds:
                os.close(fd)
            return 0
        if not (msg.startswith(b"fork") and len(fds) == 1):
            for fd in fds:
                os.close(fd)
            ctrl.sendall(b"-1\n")
            continue
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                ctrl.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _die_with_parent()
                _limit_memory(memory_mb)
                channel = Connection(fds[0])
                code = serve_jobs(store, channel, channel)
            finally:
                os._exit(code)
        os.close(fds[0])
        ctrl.sendall(f"{pid}\n".encode())


def main(argv: list[str] | None = None) -> int:
    """Worker processes for :mod:`kgbuild.serve_pool`.

    ``python -m kgbuild.serve_worker disk STORE MEMORY_MB``: open the on-disk store read-only
    and answer jobs on stdin/stdout until stdin closes.

    ``python -m kgbuild.serve_worker zygote DATA_DIR MEMORY_MB CONTROL_FD``: see :func:`zygote`.
    """
    from multiprocessing.connection import Connection

    args = sys.argv[1:] if argv is None else argv
    mode, path, memory_mb = args[0], args[1], int(args[2])
    if mode == "zygote":
        return zygote(path, int(args[3]), memory_mb)
    _die_with_parent()
    out_fd = os.dup(1)
    os.dup2(2, 1)  # anything printed by accident goes to stderr, not into the protocol
    sys.stdout = sys.stderr
    requests = Connection(0, writable=False)
    answers = Connection(out_fd, readable=False)
    try:
        store = ox.Store.read_only(path)
    except OSError as exc:
        answers.send({"status": 500, "error": f"cannot open the store {path}: {exc}"})
        return 1
    _limit_memory(memory_mb)
    return serve_jobs(store, requests, answers)


if __name__ == "__main__":
    sys.exit(main())
