"""Building and writing the dataset: articles in, validated dump files out.

:func:`build` reads every article, extracts, maps, reconciles and validates, then writes
``dataset.trig`` (named graphs), ``dataset.ttl`` (their union), ``dataset.nt.gz``,
``void.ttl`` (VoID + DCAT) and ``SHA256SUMS`` into a temporary folder beside the output
and swaps it in only when everything succeeded: a failed build leaves the previous
dataset untouched. Output is deterministic: the same articles give byte-identical files.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from . import iris
from .curation import apply_curation
from .errors import OutputError, ValidationFailed
from .extract import Extraction, Extractor
from .identity import group_reports
from .ingest import Article, read_articles
from .mapping import Mapper, reconcile
from .reference import load
from .terms import SPDX, VOID, bind_prefixes
from .validate import ValidationResult, load_ontology, validate_dataset

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


@dataclass
class BuildResult:
    dataset: Dataset
    articles: list[Article]
    extractions: list[Extraction]
    validation: ValidationResult | None
    files: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))


def assemble(
    articles: Sequence[Article], *, progress: Callable[[Article], None] | None = None
) -> tuple[Dataset, list[Extraction], list[str]]:
    """Extract and map ``articles`` into one dataset of named graphs."""
    ref = load()
    extractor = Extractor(ref)
    mapper = Mapper(ref)
    ds = Dataset()
    bind_prefixes(ds)
    reference = ds.graph(iris.REFERENCE_GRAPH)
    ontology = ds.graph(iris.ONTOLOGY_GRAPH)
    for t in load_ontology():
        if ref.rank_graph is not None and t in ref.rank_graph:
            reference.add(t)
        else:
            ontology.add(t)
    mapper.campaigns(reference)
    extractions = []
    warnings: list[str] = []
    for article in articles:
        ex = apply_curation(extractor.extract(article), extractor)
        extractions.append(ex)
        warnings.extend(f"{article.path.name}: {w}" for w in ex.warnings)
        if progress:
            progress(article)
    incidents = group_reports(extractions)
    event_iris = {id(r.event): inc.iri for inc in incidents for r in inc.reports}
    claims = []
    for ex in extractions:
        mapped = mapper.map(ex, event_iris)
        graph = ds.graph(iris.article_graph(ex.article.slug))
        for t in mapped.graph:
            graph.add(t)
        for t in mapped.reference:
            reference.add(t)
        claims.extend(mapped.claims)
    reconciled = ds.graph(RECONCILED_GRAPH)
    for t in reconcile(claims, ref):
        reconciled.add(t)
    for inc in incidents:
        reports = [(r.event, extractions[r.article_index].article.iri) for r in inc.reports]
        mapper.event_core(reconciled, reference, inc.iri, inc.best.event, reports)
    return ds, extractions, warnings


def _sorted_quads(ds: Dataset) -> list:  # type: ignore[type-arg]
    """The dataset's quads as pyoxigraph terms, in a fixed order (graph, subject, predicate,
    object), so every serialisation of the same data is byte-identical."""
    import pyoxigraph as ox

    quads = ox.parse(ds.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _union(ds: Dataset) -> Graph:
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _void(
    quads: list,
    triples: list,
    articles: Sequence[Article],  # type: ignore[type-arg]
    sizes: dict[str, tuple[int, str]],
    download_base: str,
) -> Graph:
    """VoID + DCAT description; counts from the (pyoxigraph) quads and merged triples."""
    from collections import Counter

    g = Graph()
    bind_prefixes(g)
    g.bind("spdx", SPDX)
    d = iris.dataset()
    downloads = Namespace(download_base)
    rdf_type = str(RDF.type)
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
    issued = max((a.published for a in articles), default=date(1970, 1, 1))
    g.add((d, DCTERMS.modified, Literal(issued, datatype=XSD.date)))
    g.add((d, VOID.triples, Literal(len(triples), datatype=XSD.integer)))
    g.add((d, VOID.distinctSubjects, Literal(len({t.subject for t in triples}), datatype=XSD.integer)))
    g.add((d, VOID.properties, Literal(len({t.predicate for t in triples}), datatype=XSD.integer)))
    g.add(
        (
            d,
            VOID.classes,
            Literal(len({t.object for t in triples if t.predicate.value == rdf_type}), datatype=XSD.integer),
        )
    )
    g.add((d, VOID.uriSpace, Literal(iris.ID_BASE)))
    g.add((d, VOID.vocabulary, URIRef("https://w3id.org/kgbuild/ontology#")))
    g.add((d, FOAF.homepage, URIRef("https://w3id.org/kgbuild/")))
    g.add((d, DCTERMS.source, Literal(f"{len(articles)} articles")))
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
    per_graph = Counter(q.graph_name.value for q in quads if hasattr(q.graph_name, "value"))
    for name, count in sorted(per_graph.items()):
        if not name.startswith(iris.ID_BASE):
            continue
        sub = iris.subset(name.rsplit("/", 1)[-1])
        g.add((d, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, SD.name, URIRef(name)))
        g.add((sub, VOID.triples, Literal(count, datatype=XSD.integer)))
    return g


def write_dataset(
    ds: Dataset, articles: Sequence[Article], out: Path, *, download_base: str = DEFAULT_DOWNLOAD_BASE
) -> dict[str, int]:
    """Write the dump files into a fresh folder and swap it in for ``out``."""
    out = Path(out)
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=parent))
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder: {exc.strerror}") from None
    try:
        import pyoxigraph as ox

        from .terms import PREFIXES

        # no kgid: prefix: IRIs like kgid:event/x would need escaped slashes
        prefixes = {k: v for k, v in PREFIXES.items() if k != "kgid"}
        quads = _sorted_quads(ds)
        triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        files: dict[str, bytes] = {}
        files["dataset.trig"] = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
        files["dataset.ttl"] = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
            gz.write(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        files["dataset.nt.gz"] = buf.getvalue()
        sizes = {name: (len(data), hashlib.sha256(data).hexdigest()) for name, data in files.items()}
        files["void.ttl"] = _void(quads, triples, articles, sizes, download_base).serialize(
            format="turtle", encoding="utf-8"
        )
        sums = "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items()))
        files["SHA256SUMS"] = sums.encode()
        for name, data in files.items():
            with open(tmp / name, "wb") as fh:
                fh.write(data)
                fh.flush()
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
    return {name: len(data) for name, data in files.items()}


def _swap(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp``; at every instant one complete dataset exists."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
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


def build(
    sources: Iterable[Path | str],
    out: Path,
    *,
    published: date | None = None,
    show_progress: bool | None = None,
    validate: bool = True,
    download_base: str = DEFAULT_DOWNLOAD_BASE,
) -> BuildResult:
    """Build the dataset from ``sources`` into ``out``.

    Raises :class:`~kgbuild.errors.InputError` on a bad article (nothing is written),
    :class:`~kgbuild.errors.ValidationFailed` if the graph fails the shapes (the previous
    dataset is left in place) and :class:`~kgbuild.errors.OutputError` if writing fails.
    """
    import click

    articles = list(read_articles(sources, published=published))
    if not articles:
        from .errors import InputError

        raise InputError(", ".join(str(s) for s in sources), "no article files (.md, .markdown, .txt) found")
    if show_progress is None:
        show_progress = sys.stderr.isatty() and len(articles) >= 20
    if show_progress:
        with click.progressbar(length=len(articles), label="Extracting", file=sys.stderr) as bar:
            ds, extractions, warnings = assemble(articles, progress=lambda _a: bar.update(1))
    else:
        ds, extractions, warnings = assemble(articles)
    result = BuildResult(ds, articles, extractions, None, warnings=warnings)
    if validate:
        result.validation = validate_dataset(ds)
        if not result.validation.conforms:
            raise ValidationFailed(f"the dataset fails validation; {out} was not changed", result.validation.text)
    result.files = write_dataset(ds, articles, out, download_base=download_base)
    return result
