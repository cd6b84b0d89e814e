"""Worker processes that run queries and can be killed when their time is up.

pyoxigraph has no query timeout or cancellation (``../shared/NOTES.md``), so a query that
runs too long can only be stopped by ending the process that runs it. :class:`WorkerPool`
keeps a few worker processes (:mod:`kgbuild.serve_worker`), hands one job at a time to an
idle worker and waits at most ``timeout`` seconds for the answer. A worker that overruns is
killed and replaced in the background while the other workers go on answering.

Two ways to get workers:

``memory`` (default)
    a zygote process loads the dataset into an in-memory store once and forks the workers,
    which share it copy-on-write: in-memory query speed, one copy of the data, and a killed
    worker is replaced in milliseconds.
``disk``
    the dump is bulk-loaded once into an on-disk store and each worker is a process of its
    own that opens it read-only: for datasets larger than memory; several times slower.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


class PoolError(Exception):
    """A job could not be answered; ``status`` is the HTTP status to send."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


@dataclass(eq=False)
class _Worker:
    pid: int
    requests: Connection
    answers: Connection
    process: subprocess.Popen[bytes] | None = None  # disk mode: our own child
    jobs: int = 0
    started: float = field(default_factory=time.monotonic)

    def close(self) -> None:
        for conn in {id(self.requests): self.requests, id(self.answers): self.answers}.values():
            try:
                conn.close()
            except OSError:
                pass
        if self.process is not None:
            if self.process.poll() is None:
                self.process.kill()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:  # pragma: no cover
                pass
        else:
            try:
                os.kill(self.pid, signal.SIGKILL)  # the zygote reaps it
            except ProcessLookupError:
                pass


class _DiskSpawner:
    """One ``python -m kgbuild.serve_worker disk STORE`` process per worker."""

    def __init__(self, store_path: Path, memory_mb: int) -> None:
        self.store_path = store_path
        self.memory_mb = memory_mb

    def spawn(self) -> _Worker:
        cmd = [
            sys.executable,
            "-m",
            "kgbuild.serve_worker",
            "disk",
            str(self.store_path),
            str(self.memory_mb),
        ]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_worker_env(), close_fds=True)
        assert proc.stdin is not None and proc.stdout is not None
        worker = _Worker(
            proc.pid,
            Connection(os.dup(proc.stdin.fileno()), readable=False),
            Connection(os.dup(proc.stdout.fileno()), writable=False),
            proc,
        )
        proc.stdin.close()
        proc.stdout.close()
        return worker

    def close(self) -> None:
        pass


class _ForkSpawner:
    """A zygote holding the dataset in memory forks the workers (see ``serve_worker.zygote``)."""

    def __init__(self, data: Path, memory_mb: int, start_timeout: float) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        cmd = [
            sys.executable,
            "-m",
            "kgbuild.serve_worker",
            "zygote",
            str(data),
            str(memory_mb),
            str(theirs.fileno()),
        ]
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, env=_worker_env(), pass_fds=[theirs.fileno()])
        theirs.close()
        self.ctrl = ours
        self.lock = threading.Lock()
        self.reader = ours.makefile("rb")
        ours.settimeout(start_timeout)
        try:
            hello = json.loads(self.reader.readline() or b"{}")
        except (OSError, ValueError) as exc:
            self.close()
            raise PoolError(500, f"the query store did not load: {exc}") from None
        if not hello.get("ready"):
            self.close()
            raise PoolError(500, hello.get("error", "the query store did not load"))
        ours.settimeout(30)

    def spawn(self) -> _Worker:
        a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with self.lock:
                socket.send_fds(self.ctrl, [b"fork"], [b.fileno()])
                line = self.reader.readline()
        except OSError as exc:
            a.close()
            raise PoolError(500, f"the zygote cannot fork a worker: {exc}") from None
        finally:
            b.close()
        try:
            pid = int(line)
        except ValueError:
            pid = -1
        if pid <= 0:
            a.close()
            raise PoolError(500, "the zygote cannot fork a worker (it may have died)")
        channel = Connection(a.detach())
        return _Worker(pid, channel, channel)

    def close(self) -> None:
        try:
            self.reader.close()
            self.ctrl.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class WorkerPool:
    """``size`` worker processes over a built dataset folder (``mode="memory"``) or an on-disk
    store (``mode="disk"``).

    ``run(job, timeout=...)`` returns the worker's answer dict or raises :class:`PoolError`
    (503 when the time limit was reached or every worker stayed busy, 500 when a worker died).
    """

    def __init__(
        self,
        source: Path,
        size: int = 2,
        *,
        mode: str = "memory",
        memory_mb: int = 0,
        start_timeout: float = 600.0,
    ) -> None:
        self.source = Path(source)
        self.size = max(1, size)
        self.mode = mode
        self.start_timeout = start_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._closed = False
        self.killed = 0
        if mode == "memory":
            self._spawner: _ForkSpawner | _DiskSpawner = _ForkSpawner(self.source, memory_mb, start_timeout)
        elif mode == "disk":
            self._spawner = _DiskSpawner(self.source, memory_mb)
        else:
            raise ValueError(f"unknown worker mode {mode!r}")
        errors: list[BaseException] = []

        def start_one() -> None:
            try:
                self._idle.put(self._spawn())
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=start_one) for _ in range(self.size)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            self.close()
            raise PoolError(500, f"cannot start the query workers: {errors[0]}")

    # -- processes ---------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        worker = self._spawner.spawn()
        try:
            if not worker.answers.poll(self.start_timeout):
                raise PoolError(500, "a query worker did not start in time")
            hello = worker.answers.recv()
        except (EOFError, OSError) as exc:
            worker.close()
            raise PoolError(500, f"a query worker failed to start: {exc}") from None
        except PoolError:
            worker.close()
            raise
        if not hello.get("ready"):
            worker.close()
            raise PoolError(500, hello.get("error", "a query worker failed to start"))
        with self._lock:
            if self._closed:
                worker.close()
                raise PoolError(503, "the server is shutting down")
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        """Kill ``worker`` and start its replacement in the background."""
        with self._lock:
            self._all.discard(worker)
        worker.close()

        def replace() -> None:
            delay = 0.1
            while not self._closed:
                try:
                    self._idle.put(self._spawn())
                    return
                except PoolError:
                    time.sleep(delay)
                    delay = min(delay * 2, 5.0)

        threading.Thread(target=replace, daemon=True, name="kgbuild-respawn").start()

    # -- jobs ----------------------------------------------------------------------------
    def run(self, job: dict[str, Any], *, timeout: float) -> dict[str, Any]:
        """Run ``job`` on an idle worker; wait at most ``timeout`` s for a worker and again
        at most ``timeout`` s for the answer."""
        if self._closed:
            raise PoolError(503, "the server is shutting down")
        for _attempt in range(3):
            try:
                worker = self._idle.get(timeout=timeout)
            except queue.Empty:
                raise PoolError(
                    503,
                    f"all {self.size} query workers stayed busy for {timeout:g} s; try again later",
                ) from None
            try:
                worker.requests.send(job)
            except (OSError, ValueError):
                self._retire(worker)  # died while idle: try another one
                continue
            try:
                ready = worker.answers.poll(timeout)
            except (OSError, EOFError):
                ready = True
            if not ready:
                self.killed += 1
                self._retire(worker)
                raise PoolError(
                    503,
                    f"the query ran longer than the time limit of {timeout:g} s and was stopped",
                )
            try:
                answer = worker.answers.recv()
            except (EOFError, OSError):
                self._retire(worker)
                raise PoolError(
                    500,
                    "the query worker died while running the query (it may have "
                    "needed more memory than allowed); it has been restarted",
                ) from None
            worker.jobs += 1
            self._idle.put(worker)
            return answer
        raise PoolError(500, "no query worker could take the job")

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.close()
        self._spawner.close()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._all]
