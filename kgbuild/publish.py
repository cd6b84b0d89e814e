"""Building and writing the dataset: articles in, validated dump files out.

:func:`build` runs the pipeline; each stage's time lands in ``BuildResult.timings``:

1. **extract** (worker processes, one per core): read, extract and curate each article, and
   map it to its named graph as if its reports stood alone;
2. **identity**: group every article's reports into incidents (:mod:`kgbuild.identity`);
   **map**: map again the few articles whose incident took another report's IRI;
3. **reconcile**: each incident's casualty groups and core facts, the reference graph;
4. **load** and **validate** the dataset in pyoxigraph (:mod:`kgbuild.validate`) in a thread,
   while **write** puts ``dataset.trig`` (named graphs), ``dataset.ttl`` (their union),
   ``dataset.nt.gz``, ``void.ttl`` (VoID + DCAT) and ``SHA256SUMS`` into a hidden folder
   beside the output, swapped in (atomically where Linux allows) only once validation passed.

A failed build (bad input, validation, a full disk, a kill) leaves the previous dataset
untouched. Per-article results and per-incident triples are kept in the build cache
(:mod:`kgbuild.cache`), so a rebuild redoes only what changed and writes the same bytes a full
build would. Output is deterministic: the same articles give byte-identical files.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import multiprocessing
import os
import pickle
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from . import iris, rdfio
from .cache import BuildCache, code_fingerprint
from .cache import key as cache_key
from .curation import apply_curation, curation_path
from .errors import InputError, OutputError, ValidationFailed
from .extract import Extraction, Extractor
from .identity import Report, group_reports, own_iri
from .ingest import Article, iter_article_paths, read_article
from .mapping import Mapper, reconcile
from .reference import load
from .resources import resource_path
from .terms import SPDX, VOID
from .validate import ValidationResult, validate_store

T = TypeVar("T")
R = TypeVar("R")
# below this many articles, per-article work runs in the build's own process
PARALLEL_THRESHOLD = 200

DUMPS = {
    "dataset.trig": "application/trig",
    "dataset.ttl": "text/turtle",
    "dataset.nt.gz": "application/n-triples",
}
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
IANA = Namespace("https://www.iana.org/assignments/media-types/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
RECONCILED_GRAPH = iris.RECONCILED_GRAPH
DEFAULT_DOWNLOAD_BASE = "https://w3id.org/kgbuild/downloads/"


_MERGE_LOCK = threading.Lock()


@dataclass
class Assembly:
    """A built dataset before writing: each named graph as a canonical block (:mod:`kgbuild.rdfio`)."""

    graphs: dict[str, rdfio.GraphBlock]
    articles: list[Article]
    extractions: list[Extraction]
    warnings: list[str]
    timings: dict[str, float]
    reused: int = 0  # articles whose extraction came from the cache
    _merged: tuple[tuple[int, ...], bytes] | None = field(default=None, repr=False)

    @property
    def quads(self) -> int:
        return sum(g.size for g in self.graphs.values())

    def merged(self) -> bytes:
        """Every distinct triple of every graph, as one block (made once; validation and
        writing both need it, from two threads)."""
        version = tuple(map(id, self.graphs.values()))  # a graph replaced: merge again
        with _MERGE_LOCK:
            if self._merged is None or self._merged[0] != version:
                self._merged = (version, rdfio.merge(g.triples for g in self.graphs.values()))
            return self._merged[1]

    def nquads(self) -> bytes:
        """Every quad, graph by graph in IRI order."""
        return b"".join(g.quads for g in self.graphs.values())

    def store(self) -> ox.Store:
        """An in-memory pyoxigraph store holding every graph."""
        store = ox.Store()
        store.load(self.nquads(), format=ox.RdfFormat.N_QUADS)
        return store


@dataclass
class BuildResult:
    assembly: Assembly
    validation: ValidationResult | None
    files: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> list[Article]:
        return self.assembly.articles

    @property
    def extractions(self) -> list[Extraction]:
        return self.assembly.extractions

    @property
    def warnings(self) -> list[str]:
        return self.assembly.warnings

    @property
    def triples(self) -> int:
        return self.assembly.quads

    @property
    def timings(self) -> dict[str, float]:
        return self.assembly.timings


# ------------------------------------------------------------------ per-article work (in workers)

_WORKER: dict[str, object] = {}


def _tools() -> tuple[Extractor, Mapper]:
    if "extractor" not in _WORKER:
        ref = load()
        _WORKER["extractor"], _WORKER["mapper"] = Extractor(ref), Mapper(ref)
    return _WORKER["extractor"], _WORKER["mapper"]  # type: ignore[return-value]


def _pack(value: object) -> bytes:
    """A per-article result as it travels from a worker and lies in the cache: pickled and
    compressed (N-Triples shrink about eightfold, so pipes and the cache carry far less)."""
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(data: bytes):  # type: ignore[no-untyped-def]
    return pickle.loads(zlib.decompress(data))


def _extract_task(task: tuple[Path, date | None]) -> tuple[bytes, list[URIRef], bytes]:
    """Read, extract and curate one article, and map it as if its reports stood alone (most
    do; the others are mapped again once their incidents are known): the packed
    :class:`Extraction`, the incident IRIs assumed, and the packed mapping (:func:`_map`)."""
    path, published = task
    extractor, _mapper = _tools()
    ex = apply_curation(extractor.extract(read_article(path, published=published)), extractor)
    data = _pack(ex)
    assumed = [own_iri(ev) for ev in ex.events]
    return data, assumed, _map(ex, assumed)


def _map_task(task: tuple[bytes, list[URIRef]]) -> bytes:
    data, event_iris = task
    return _map(_unpack(data), event_iris)


def _map(ex: Extraction, event_iris: list[URIRef]) -> bytes:
    """Map one extraction, its reports given their incidents' IRIs: the packed
    (article graph, reference block, claims)."""
    _extractor, mapper = _tools()
    mapped = mapper.map(ex, {id(ev): iri for ev, iri in zip(ex.events, event_iris, strict=True)})
    graph = rdfio.GraphBlock.of(rdfio.block(mapped.graph), str(iris.article_graph(ex.article.slug)))
    return _pack((graph, rdfio.block(mapped.reference), mapped.claims))


def _run(fn: Callable[[T], R], tasks: list[T], *, jobs: int, label: str, show_progress: bool) -> list[R]:
    """``fn`` over ``tasks`` in order, in ``jobs`` worker processes when there is enough work."""
    import click

    if not tasks:
        return []
    bar = (
        click.progressbar(length=len(tasks), label=f"{label} {len(tasks)} articles", file=sys.stderr)
        if show_progress
        else contextlib.nullcontext()
    )
    with contextlib.ExitStack() as stack:
        stack.enter_context(bar)
        if jobs <= 1 or len(tasks) < PARALLEL_THRESHOLD:
            results: Iterable[R] = map(fn, tasks)
        else:
            load()  # loaded once here, inherited by the forked workers
            context = multiprocessing.get_context("fork")
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs, mp_context=context))
            results = pool.map(fn, tasks, chunksize=max(1, min(64, len(tasks) // (jobs * 8))))
        out = []
        for result in results:
            out.append(result)
            if show_progress:
                bar.update(1)  # type: ignore[union-attr]
        return out


# ------------------------------------------------------------------ assembling the dataset


@lru_cache(maxsize=1)
def _ontology_blocks() -> tuple[bytes, bytes]:
    """(ontology graph, rank scheme) blocks; a triple in both files belongs to the rank scheme."""
    folder = resource_path("ontology")
    ranks = set(ox.parse(path=folder / "ranks.ttl", format=ox.RdfFormat.TURTLE))
    ontology = {t for path in sorted(folder.glob("*.ttl")) for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE)}
    return rdfio.from_ox(ontology - ranks), rdfio.from_ox(ranks)  # type: ignore[arg-type]


def _file_key(path: Path, published: date | None) -> bytes:
    """The extraction cache key of an article file (and its curation file)."""
    try:
        data = path.read_bytes()
        cur = curation_path(path)
        curation = cur.read_bytes() if cur.exists() else None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    return cache_key(
        code_fingerprint(),
        str(path),
        hashlib.sha256(data).digest(),
        curation,
        published.isoformat() if published else None,
    )


def assemble(
    sources: Iterable[Path | str],
    *,
    published: date | None = None,
    cache: BuildCache | None = None,
    jobs: int | None = None,
    show_progress: bool = False,
) -> Assembly:
    """Read, extract, map and reconcile every article under ``sources`` into named graphs.

    Per-article work runs in ``jobs`` processes (default: one per core) and is taken from
    ``cache`` where the article, its curation file and kgbuild are unchanged.
    """
    jobs = jobs or os.cpu_count() or 1
    cache = BuildCache(":memory:") if cache is None else cache
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock
        clock = now

    paths = iter_article_paths(sources)
    if not paths:
        raise InputError(", ".join(str(s) for s in sources), "no article files (.md, .markdown, .txt) found")
    ex_keys = [_file_key(p, published) for p in paths]
    found = cache.get_many("extraction", ex_keys)
    todo = [i for i, k in enumerate(ex_keys) if k not in found]
    reused = len(ex_keys) - len(todo)
    lap("cache")
    done = _run(
        _extract_task, [(paths[i], published) for i in todo], jobs=jobs, label="Extracting", show_progress=show_progress
    )
    lap("extract")
    mapped_found = {
        cache_key(ex_keys[i], *map(str, assumed)): m for i, (_d, assumed, m) in zip(todo, done, strict=True)
    }
    cache.put_many("extraction", [(ex_keys[i], data) for i, (data, _a, _m) in zip(todo, done, strict=True)])
    cache.put_many("mapped", mapped_found.items())
    found.update((ex_keys[i], data) for i, (data, _a, _m) in zip(todo, done, strict=True))
    ex_data = [found[k] for k in ex_keys]
    extractions: list[Extraction] = [_unpack(d) for d in ex_data]
    lap("cache")

    seen: dict[str, Path] = {}
    warnings: list[str] = []
    for ex in extractions:
        art = ex.article
        if art.slug in seen:
            raise InputError(art.path, f"same article key {art.slug!r} as {seen[art.slug]}; rename one")
        seen[art.slug] = art.path
        warnings.extend(f"{art.path.name}: {w}" for w in ex.warnings)
    incidents = group_reports(extractions)
    event_iri = {id(r.event): inc.iri for inc in incidents for r in inc.reports}
    article_events = [[event_iri[id(ev)] for ev in ex.events] for ex in extractions]
    lap("identity")

    map_keys = [cache_key(k, *map(str, evs)) for k, evs in zip(ex_keys, article_events, strict=True)]
    wanted = [k for k in map_keys if k not in mapped_found]
    mapped_found.update(cache.get_many("mapped", wanted))
    todo = [i for i, k in enumerate(map_keys) if k not in mapped_found]
    lap("cache")
    done_maps = _run(
        _map_task,
        [(ex_data[i], article_events[i]) for i in todo],
        jobs=jobs,
        label="Mapping again",
        show_progress=show_progress,
    )
    lap("map")
    cache.put_many("mapped", [(map_keys[i], m) for i, m in zip(todo, done_maps, strict=True)])
    mapped_found.update(zip((map_keys[i] for i in todo), done_maps, strict=True))
    mapped = [_unpack(mapped_found[k]) for k in map_keys]
    lap("cache")

    # each incident's casualty groups and core facts, cached under what they are made of: the
    # incident's IRI and its reports (each named by its article's mapping key and position)
    claims: dict[URIRef, list] = defaultdict(list)
    for _g, _r, cs in mapped:
        for c in cs:
            claims[c.event].append(c)

    def report_id(r: Report) -> bytes:
        position = next(i for i, ev in enumerate(extractions[r.article_index].events) if ev is r.event)
        return map_keys[r.article_index] + position.to_bytes(4, "big")

    inc_keys = [cache_key(str(inc.iri), report_id(inc.best), *(report_id(r) for r in inc.reports)) for inc in incidents]
    found_incidents = cache.get_many("incident", inc_keys)
    lap("cache")
    ref = load()
    mapper = Mapper(ref)
    new_incidents = []
    for inc, k in zip(incidents, inc_keys, strict=True):
        if k in found_incidents:
            continue
        reconciled = reconcile(claims[inc.iri], ref)
        reference: set = set()
        reports = [(r.event, extractions[r.article_index].article.iri) for r in inc.reports]
        mapper.event_core(reconciled, reference, inc.iri, inc.best.event, reports)
        new_incidents.append((k, _pack((rdfio.block(reconciled), rdfio.block(reference)))))
    lap("reconcile")
    cache.put_many("incident", new_incidents)
    found_incidents.update(new_incidents)
    per_incident = [_unpack(found_incidents[k]) for k in inc_keys]
    lap("cache")

    campaigns: set = set()
    mapper.campaigns(campaigns)
    ontology, ranks = _ontology_blocks()
    reference_block = rdfio.merge(
        [ranks, rdfio.block(campaigns), *(r for _g, r, _c in mapped), *(r for _c, r in per_incident)]
    )
    graphs = {
        str(iris.ONTOLOGY_GRAPH): rdfio.GraphBlock.of(ontology, str(iris.ONTOLOGY_GRAPH)),
        str(iris.REFERENCE_GRAPH): rdfio.GraphBlock.of(reference_block, str(iris.REFERENCE_GRAPH)),
        str(RECONCILED_GRAPH): rdfio.GraphBlock.of(rdfio.merge(c for c, _r in per_incident), str(RECONCILED_GRAPH)),
    }
    for ex, (graph, _r, _c) in zip(extractions, mapped, strict=True):
        graphs[str(iris.article_graph(ex.article.slug))] = graph
    lap("reconcile")
    return Assembly(
        dict(sorted(graphs.items())), [ex.article for ex in extractions], extractions, warnings, timings, reused=reused
    )


def _void(
    assembly: Assembly, store: ox.Store, triples: int, sizes: dict[str, tuple[int, str]], download_base: str
) -> set:
    """VoID + DCAT description of the dataset and its dumps."""
    g: set = set()
    d = iris.dataset()
    downloads = Namespace(download_base)
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, RDF.type, DCAT.Dataset))
    g.add((d, DCTERMS.title, Literal("kgbuild conflict-news knowledge graph", lang="en")))
    g.add(
        (
            d,
            DCTERMS.description,
            Literal(
                "Incidents, casualties, persons and aggregate tolls extracted from news articles, each "
                "figure a sourced claim with the text span it was read from.",
                lang="en",
            ),
        )
    )
    g.add((d, DCTERMS.license, LICENSE))
    issued = max((a.published for a in assembly.articles), default=date(1970, 1, 1))
    g.add((d, DCTERMS.modified, Literal(issued, datatype=XSD.date)))
    g.add((d, VOID.triples, Literal(triples, datatype=XSD.integer)))
    (counts,) = store.query(VOID_COUNTS, use_default_graph_as_union=True)  # type: ignore[misc]
    for name in ("distinctSubjects", "properties", "classes"):
        g.add((d, VOID[name], Literal(int(counts[name].value), datatype=XSD.integer)))
    g.add((d, VOID.uriSpace, Literal(iris.ID_BASE)))
    g.add((d, VOID.vocabulary, URIRef("https://w3id.org/kgbuild/ontology#")))
    g.add((d, FOAF.homepage, URIRef("https://w3id.org/kgbuild/")))
    g.add((d, DCTERMS.source, Literal(f"{len(assembly.articles)} articles")))
    for name, (size, digest) in sorted(sizes.items()):
        url = downloads[name]
        dist = iris.distribution(name)
        g.add((d, VOID.dataDump, url))
        g.add((d, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, IANA[DUMPS[name]]))
        g.add((dist, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)))
        if name.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, IANA["application/gzip"]))
        checksum = iris.checksum(name)
        g.add((dist, SPDX.checksum, checksum))
        g.add((checksum, RDF.type, SPDX.Checksum))
        g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        g.add((checksum, SPDX.checksumValue, Literal(digest, datatype=XSD.hexBinary)))
        g.add((dist, RDFS.label, Literal(name)))
    for name, graph in assembly.graphs.items():
        if not name.startswith(iris.ID_BASE) or not graph.size:
            continue
        sub = iris.subset(name.rsplit("/", 1)[-1])
        g.add((d, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, SD.name, URIRef(name)))
        g.add((sub, VOID.triples, Literal(graph.size, datatype=XSD.integer)))
    return g


VOID_COUNTS = """
SELECT (COUNT(DISTINCT ?s) AS ?distinctSubjects) (COUNT(DISTINCT ?p) AS ?properties)
       (COUNT(DISTINCT ?class) AS ?classes)
WHERE { ?s ?p ?o . OPTIONAL { FILTER(?p = <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) BIND(?o AS ?class) } }
"""


def _sha256_and_size(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return path.stat().st_size, h.hexdigest()


def write_dataset(
    assembly: Assembly,
    out: Path,
    *,
    validated: Callable[[], ox.Store] | None = None,
    download_base: str = DEFAULT_DOWNLOAD_BASE,
) -> dict[str, int]:
    """Write the dump files into a fresh folder beside ``out`` and swap it in for ``out``.

    ``validated()`` is called once the dumps are written and before anything is published:
    it returns the dataset's store (for the VoID counts) or raises to stop the build.

    Output is canonical: graphs in IRI order, each graph's triples in block order, so the same
    data always give the same bytes. Until the swap, ``out`` is untouched; a failure (a full
    disk, a kill) leaves it as it was and the next build removes the half-written folder.
    """
    out = Path(out)
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(parent, out.name)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=parent))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the dataset is for publishing
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder: {exc.strerror}") from None
    try:
        from .terms import PREFIXES

        # no kgid: prefix: IRIs like kgid:event/x would need escaped slashes
        prefixes = {k: v for k, v in PREFIXES.items() if k != "kgid"}
        merged = assembly.merged()
        # zlib releases the GIL: compress the N-Triples while pyoxigraph writes TriG and Turtle
        with ThreadPoolExecutor(max_workers=1) as thread:
            gzipped = thread.submit(_write_gzip, tmp / "dataset.nt.gz", merged)
            ox.serialize(
                ox.parse(assembly.nquads(), format=ox.RdfFormat.N_QUADS),
                tmp / "dataset.trig",
                format=ox.RdfFormat.TRIG,
                prefixes=prefixes,
            )
            ox.serialize(rdfio.triples(merged), tmp / "dataset.ttl", format=ox.RdfFormat.TURTLE, prefixes=prefixes)
            gzipped.result()
        sizes = {name: _sha256_and_size(tmp / name) for name in DUMPS}
        store = validated() if validated else assembly.store()
        void = _void(assembly, store, merged.count(b"\n"), sizes, download_base)
        ox.serialize(
            rdfio.triples(rdfio.block(void)),
            tmp / "void.ttl",
            format=ox.RdfFormat.TURTLE,
            prefixes={**prefixes, "spdx": str(SPDX)},
        )
        names = sorted([*DUMPS, "void.ttl"])
        sums = "".join(f"{_sha256_and_size(tmp / name)[1]}  {name}\n" for name in names)
        (tmp / "SHA256SUMS").write_text(sums, encoding="utf-8")
        for name in [*names, "SHA256SUMS"]:
            with open(tmp / name, "rb") as fh:
                os.fsync(fh.fileno())
        _swap(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputError(
            f"{out}: writing the dataset failed ({exc.strerror or exc}); the previous dataset is unchanged"
        ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return {p.name: p.stat().st_size for p in sorted(out.iterdir())}


def _write_gzip(path: Path, data: bytes) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)


def _remove_stale(parent: Path, name: str) -> None:
    """Remove what a killed build left beside ``name``: half-written folders of dead processes,
    and restore the previous dataset if a build died in the middle of the swap."""
    for p in parent.glob(f".{name}.tmp-*"):
        pid = p.name.removeprefix(f".{name}.tmp-").split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(p, ignore_errors=True)
    out = parent / name
    for p in sorted(parent.glob(f".{name}.old-*")):
        pid = p.name.removeprefix(f".{name}.old-")
        if pid.isdigit() and _alive(int(pid)):
            continue
        if not out.exists():
            os.rename(p, out)
        else:
            shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with Linux ``renameat2(RENAME_EXCHANGE)``; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
        return False
    raise OSError(errno, os.strerror(errno), str(b))


def _swap(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp``: one atomic exchange where the file system offers it, so a
    reader always finds a complete dataset; else two renames, undone by the next build if a
    kill falls between them (:func:`_remove_stale`)."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    if out.exists() and _exchange(tmp, out):
        shutil.rmtree(tmp, ignore_errors=True)  # now holds the previous dataset
    else:
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.rename(out, old)
        try:
            os.rename(tmp, out)
        except OSError:
            if old is not None:
                os.rename(old, out)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    fd = os.open(out.resolve().parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def default_cache_path(out: Path) -> Path:
    """Where a build into ``out`` keeps its cache: ``.kgbuild-cache/OUT.sqlite`` beside it."""
    out = Path(out).resolve()
    return out.parent / ".kgbuild-cache" / f"{out.name}.sqlite"


def build(
    sources: Iterable[Path | str],
    out: Path,
    *,
    published: date | None = None,
    show_progress: bool | None = None,
    validate: bool = True,
    download_base: str = DEFAULT_DOWNLOAD_BASE,
    cache: Path | str | None | bool = True,
    jobs: int | None = None,
) -> BuildResult:
    """Build the dataset from ``sources`` into ``out``.

    ``cache``: True for :func:`default_cache_path`, a path, or False/None for none.
    Raises :class:`~kgbuild.errors.InputError` on a bad article (nothing is written),
    :class:`~kgbuild.errors.ValidationFailed` if the graph fails the shapes (the previous
    dataset is left in place) and :class:`~kgbuild.errors.OutputError` if writing fails.
    """
    import click

    sources = list(sources)
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    cache_path = default_cache_path(out) if cache is True else cache
    try:
        store_cache = BuildCache(cache_path) if cache_path else BuildCache(":memory:")
    except sqlite3.Error as exc:
        raise OutputError(f"{cache_path}: cannot open the build cache: {exc}") from None
    try:
        assembly = assemble(sources, published=published, cache=store_cache, jobs=jobs, show_progress=show_progress)

        def say(text: str) -> None:
            if show_progress:
                click.echo(text, err=True)

        result = BuildResult(assembly, None)

        def load_and_validate() -> ox.Store:
            t = time.perf_counter()
            store = assembly.store()
            assembly.timings["load"] = time.perf_counter() - t
            if validate:
                t = time.perf_counter()
                result.validation = validate_store(store, exact=assembly.merged)
                assembly.timings["validate"] = time.perf_counter() - t
            return store

        # pyoxigraph loads and queries without the GIL: validate while the dumps are written
        # into the hidden folder, which is swapped in only once validation has passed
        say(f"Validating {assembly.quads:,} quads and writing {out}")
        t = time.perf_counter()
        with ThreadPoolExecutor(max_workers=1) as thread:
            checking = thread.submit(load_and_validate)

            def validated() -> ox.Store:
                store = checking.result()
                if result.validation is not None and not result.validation.conforms:
                    raise ValidationFailed(
                        f"the dataset fails validation; {out} was not changed", result.validation.text
                    )
                return store

            result.files = write_dataset(assembly, out, validated=validated, download_base=download_base)
        assembly.timings["write"] = time.perf_counter() - t
        store_cache.prune()
    except sqlite3.Error as exc:
        raise OutputError(f"{cache_path}: the build cache failed: {exc}; {out} was not changed") from None
    finally:
        store_cache.close()
    return result
