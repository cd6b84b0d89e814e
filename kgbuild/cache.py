"""The build cache: per-article results kept between builds, so a rebuild redoes only what changed.

Three kinds of entries, all keyed by content, never by time:

``extraction``
    the curated :class:`~kgbuild.extract.Extraction` of one article file; the key hashes the
    code fingerprint, the file's path and bytes, its curation file's bytes and the
    ``--published`` option.
``mapped``
    the article's named graph (sorted N-Triples), its reference triples and its claims; the
    key hashes the extraction key and the incident IRIs the article's reports were given, which
    change when another article joins or leaves the same incident.
``incident``
    an incident's reconciled casualty groups and core facts; the key hashes its IRI and the
    mapping keys of its reports.

The **code fingerprint** hashes every module and data file of the package and the ontology,
so a new kgbuild version never reuses results of an older one. A key that hits is therefore
exactly what a fresh computation would give, and an incremental build writes the same bytes as
a full one (``tests/test_incremental.py``).

The cache is one SQLite file: a build killed midway leaves it consistent (each batch is a
transaction) and at worst without that build's new entries. Entries no build has used since
the last successful one are deleted at its end, so the file stays the size of the corpus.

>>> c = BuildCache(":memory:")
>>> c.put_many("extraction", [(b"k1", b"v1")])
>>> c.get_many("extraction", [b"k1", b"k2"])
{b'k1': b'v1'}
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .resources import resource_path

_PACKAGE = Path(__file__).resolve().parent
SCHEMA = 2


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the package's modules, its curated data and the ontology."""
    h = hashlib.sha256(f"kgbuild-cache-{SCHEMA}".encode())
    files = sorted(_PACKAGE.glob("*.py")) + sorted((_PACKAGE / "data").glob("*"))
    files += sorted(resource_path("ontology").glob("*.ttl"))
    for path in files:
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def key(*parts: str | bytes | None) -> bytes:
    """A cache key: SHA-256 of ``parts``, each length-prefixed so no two sequences collide."""
    h = hashlib.sha256()
    for part in parts:
        data = b"\xff" if part is None else part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big") + data)
    return h.digest()


class BuildCache:
    """Per-article build results in one SQLite file (``":memory:"`` for none on disk)."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS entries (kind TEXT, key BLOB, value BLOB, PRIMARY KEY (kind, key))"
        )
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS touched (kind TEXT, key BLOB, PRIMARY KEY (kind, key))")

    def get_many(self, kind: str, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The entries of ``kind`` among ``keys`` (missing ones are left out); marks them used."""
        found: dict[bytes, bytes] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, value FROM entries WHERE kind = ? AND key IN ({marks})", [kind, *chunk]
            )
            found.update(rows)
        self._touch(kind, found)
        return found

    def put_many(self, kind: str, items: Iterable[tuple[bytes, bytes]]) -> None:
        items = list(items)
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO entries (kind, key, value) VALUES (?, ?, ?)",
                                 [(kind, k, v) for k, v in items])
        self._touch(kind, [k for k, _ in items])

    def _touch(self, kind: str, keys: Iterable[bytes]) -> None:
        self._db.executemany("INSERT OR IGNORE INTO touched VALUES (?, ?)", [(kind, k) for k in keys])

    def prune(self) -> int:
        """Delete every entry this connection has neither read nor written; returns how many."""
        with self._transaction():
            cur = self._db.execute(
                "DELETE FROM entries WHERE NOT EXISTS"
                " (SELECT 1 FROM touched t WHERE t.kind = entries.kind AND t.key = entries.key)"
            )
        return cur.rowcount

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
