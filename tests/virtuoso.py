"""Test helpers: a private Virtuoso server, and an HTTP proxy that drops one upload.

:class:`Virtuoso` runs Debian's ``virtuoso-t`` unprivileged from a copy of the packaged
``virtuoso.ini`` with its database, log and lock files in a folder of its own and both
ports (SQL and HTTP) chosen free on 127.0.0.1, so tests never touch a system instance.
Default login ``dba``/``dba``; ``/sparql`` is read-only, ``/sparql-auth`` and
``/sparql-graph-crud-auth`` take writes with digest authentication.

:class:`DroppingProxy` forwards HTTP requests to a server and, once, reads the first bytes
of the N-th authenticated PUT, passes them on and hangs up on both sides: a connection
dropped in the middle of an upload.
"""

from __future__ import annotations

import http.client
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def available() -> str | None:
    """Why Virtuoso cannot run here, or None when it can."""
    if not shutil.which("virtuoso-t"):
        return "virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource; .ci/run installs it)"
    if not PACKAGED_INI.is_file():
        return f"{PACKAGED_INI} is missing (the virtuoso-opensource package installs it)"
    return None


def write_ini(folder: Path, *, sql_port: int, http_port: int, source: Path = PACKAGED_INI) -> Path:
    """A copy of the packaged ini with every file in ``folder`` and the given ports."""
    files = {
        ("Database", "DatabaseFile"): "virtuoso.db",
        ("Database", "ErrorLogFile"): "virtuoso.log",
        ("Database", "LockFile"): "virtuoso.lck",
        ("Database", "TransactionFile"): "virtuoso.trx",
        ("Database", "xa_persistent_file"): "virtuoso.pxa",
        ("TempDatabase", "DatabaseFile"): "virtuoso-temp.db",
        ("TempDatabase", "TransactionFile"): "virtuoso-temp.trx",
    }
    values = {key: str(folder / name) for key, name in files.items()}
    values[("Parameters", "ServerPort")] = f"127.0.0.1:{sql_port}"
    values[("Parameters", "DirsAllowed")] = f"., {folder}, /usr/share/virtuoso-opensource-7/vad"
    values[("HTTPServer", "ServerPort")] = f"127.0.0.1:{http_port}"
    values[("HTTPServer", "ServerRoot")] = "/var/lib/virtuoso-opensource-7/vsp"
    section, out, seen = "", [], set()
    for line in source.read_text().splitlines():
        m = re.match(r"^\s*\[(.+?)\]", line)
        if m:
            section = m.group(1)
        m = re.match(r"^(\s*)([A-Za-z_]+)(\s*=\s*)", line)
        if m and (section, m.group(2)) in values:
            line = m.group(1) + m.group(2) + m.group(3) + values[(section, m.group(2))]
            seen.add((section, m.group(2)))
        out.append(line)
    missing = sorted(set(values) - seen)
    if missing:
        raise RuntimeError(f"{source}: no setting for {missing}")
    ini = folder / "virtuoso.ini"
    ini.write_text("\n".join(out) + "\n")
    return ini


class Virtuoso:
    """A Virtuoso server of its own in ``folder``; ``start()`` waits until HTTP answers."""

    user = "dba"
    password = "dba"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sql_port = free_port()
        self.http_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"

    def log_tail(self, lines: int = 30) -> str:
        text = ""
        for name in ("stdout.log", "virtuoso.log"):
            path = self.folder / name
            if path.exists():
                text += (
                    f"--- {name}\n"
                    + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
                    + "\n"
                )
        return text

    def start(self, timeout: float = 180.0) -> Virtuoso:
        ini = write_ini(self.folder, sql_port=self.sql_port, http_port=self.http_port)
        log = open(self.folder / "stdout.log", "wb")
        self.process = subprocess.Popen(
            ["virtuoso-t", "+configfile", str(ini), "+foreground"],
            cwd=self.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        deadline = time.monotonic() + timeout
        probe = self.sparql + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"virtuoso-t exited with {self.process.returncode}\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(probe, timeout=5) as resp:
                    if resp.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(
            f"Virtuoso did not answer on {self.url} within {timeout:.0f} s\n{self.log_tail()}"
        )

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # Virtuoso checkpoints and exits on SIGTERM
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)

    def select(self, query: str) -> list[dict[str, str]]:
        """Run a read-only query at /sparql; rows of plain string values."""
        import json

        data = urllib.parse.urlencode({"query": query}).encode()
        req = urllib.request.Request(
            self.sparql, data=data, headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            result = json.load(resp)
        return [{k: v["value"] for k, v in row.items()} for row in result["results"]["bindings"]]

    def graph_counts(self, prefix: str) -> dict[str, int]:
        """Triples per named graph whose IRI starts with ``prefix`` (a trusted test constant)."""
        rows = self.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }} GROUP BY ?g'
        )
        return {r["g"]: int(r["n"]) for r in rows}


class DroppingProxy:
    """Forward HTTP to ``upstream_port``; drop the ``fail_on``-th authenticated PUT after
    ``after_bytes`` bytes of its body, once. ``dropped`` holds that request's path.

    With ``answer=(status, body)`` that PUT is instead answered with an error of its own
    (a full disk: ``(507, b"...")``) and never reaches the server.
    """

    def __init__(
        self,
        upstream_port: int,
        *,
        fail_on: int = 3,
        after_bytes: int = 2048,
        answer: tuple[int, bytes] | None = None,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.fail_on = fail_on
        self.after_bytes = after_bytes
        self.answer = answer
        self.puts = 0
        self.dropped: str | None = None
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if (
                    self.command == "PUT"
                    and "Authorization" in self.headers
                    and proxy._should_drop()
                ):
                    if proxy.answer is not None:
                        self.rfile.read(length)
                        proxy.dropped = self.path
                        status, text = proxy.answer
                        self.send_response_only(status)
                        self.send_header("Content-Type", "text/plain")
                        self.send_header("Content-Length", str(len(text)))
                        self.end_headers()
                        self.wfile.write(text)
                        return
                    part = self.rfile.read(min(length, proxy.after_bytes))
                    head = f"{self.requestline}\r\n{self.headers}".encode("latin-1")
                    with socket.create_connection(proxy.upstream, timeout=10) as up:
                        up.sendall(head + part)  # a truncated upload reaches the server ...
                    proxy.dropped = self.path
                    self.close_connection = True  # ... and the client loses its connection
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                body = self.rfile.read(length) if length else None
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "connection", "keep-alive", "content-length")
                }
                conn = http.client.HTTPConnection(*proxy.upstream, timeout=120)
                try:
                    conn.request(self.command, self.path, body=body, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                finally:
                    conn.close()
                self.send_response_only(resp.status, resp.reason)
                for k, v in resp.getheaders():
                    if k.lower() not in (
                        "connection",
                        "keep-alive",
                        "transfer-encoding",
                        "content-length",
                    ):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward  # noqa: N815 - http.server names

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _should_drop(self) -> bool:
        with self._lock:
            self.puts += 1
            return self.puts == self.fail_on and self.dropped is None

    def __enter__(self) -> DroppingProxy:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
