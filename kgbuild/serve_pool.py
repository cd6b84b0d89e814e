"""Worker processes that run queries and can be killed when their time is up.

pyoxigraph has no query timeout or cancellation (``../shared/NOTES.md``), so a query that
runs too long can only be stopped by ending the process that runs it. :class:`WorkerPool`
keeps a few :mod:`kgbuild.serve_worker` processes, each with the store opened read-only,
hands one job at a time to an idle worker and waits at most ``timeout`` seconds for the
answer. A worker that overruns is killed and replaced in the background while the other
workers go on answering.
"""

from __future__ import annotations

import os
import queue
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


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen[bytes]
    requests: Connection
    answers: Connection
    jobs: int = 0
    started: float = field(default_factory=time.monotonic)

    def close(self) -> None:
        for conn in (self.requests, self.answers):
            try:
                conn.close()
            except OSError:
                pass
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            pass


class WorkerPool:
    """``size`` worker processes over the store at ``store_path``.

    ``run(job, timeout=...)`` returns the worker's answer dict or raises :class:`PoolError`
    (503 when the time limit was reached or every worker stayed busy, 500 when a worker died).
    """

    def __init__(self, store_path: Path, size: int = 2, *, memory_mb: int = 0,
                 start_timeout: float = 120.0) -> None:
        self.store_path = Path(store_path)
        self.size = max(1, size)
        self.memory_mb = memory_mb
        self.start_timeout = start_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._closed = False
        self.killed = 0
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
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        cmd = [sys.executable, "-m", "kgbuild.serve_worker", str(self.store_path), str(self.memory_mb)]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                close_fds=True)
        assert proc.stdin is not None and proc.stdout is not None
        worker = _Worker(proc, Connection(os.dup(proc.stdin.fileno()), readable=False),
                         Connection(os.dup(proc.stdout.fileno()), writable=False))
        proc.stdin.close()
        proc.stdout.close()
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
                raise PoolError(503, f"all {self.size} query workers stayed busy for {timeout:g} s; "
                                     "try again later") from None
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
                raise PoolError(503, f"the query ran longer than the time limit of {timeout:g} s "
                                     "and was stopped")
            try:
                answer = worker.answers.recv()
            except (EOFError, OSError):
                self._retire(worker)
                raise PoolError(500, "the query worker died while running the query (it may have "
                                     "needed more memory than allowed); it has been restarted") from None
            worker.jobs += 1
            self._idle.put(worker)
            return answer
        raise PoolError(500, "no query worker could take the job")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.close()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all]
