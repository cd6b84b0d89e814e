"""Command-line interface: parses options, calls one library function, prints the result.

Exit codes: 0 success; 1 the dataset fails validation; 2 bad input or usage
(the message names the file, line or parameter); 3 the output could not be written
(the previous dataset is intact).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import KgbuildError, ValidationFailed


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _fail(err: KgbuildError) -> None:
    click.echo(f"Error: {err}", err=True)
    if err.hint:
        click.echo(f"Hint: {err.hint}", err=True)
    if isinstance(err, ValidationFailed):
        click.echo(err.report_text, err=True)
    sys.exit(err.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
def cli() -> None:
    """Publish armed-conflict news articles as a validated, queryable linked dataset."""


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              help="Output folder; replaced only when the build succeeds.")
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date for articles whose front matter has none.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
@click.option("--download-base", default=None, metavar="URL",
              help="Public URL prefix of the dump files, written into void.ttl.")
@click.option("--cache", "cache", type=click.Path(path_type=Path), default=None,
              help="Build cache file (default: .kgbuild-cache/OUT.sqlite beside --out).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write a build cache: a full build.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for per-article work (default: one per core).")
def build(sources: tuple[Path, ...], out: Path, published: date | None, progress: bool | None,
          download_base: str | None, cache: Path | None, no_cache: bool, jobs: int | None) -> None:
    """Build the dataset from article files or folders SOURCES into --out.

    Articles unchanged since the last build (same file, same curation file, same kgbuild)
    are taken from the build cache; the result is the same as a full build's.
    """
    from .publish import DEFAULT_DOWNLOAD_BASE
    from .publish import build as run_build

    try:
        result = run_build(sources, out, published=published, show_progress=progress,
                           download_base=download_base or DEFAULT_DOWNLOAD_BASE,
                           cache=False if no_cache else (cache or True), jobs=jobs)
    except KgbuildError as err:
        _fail(err)
        return
    for warning in result.warnings:
        click.echo(f"Warning: {click.unstyle(warning)}", err=True)
    events = sum(len(e.events) for e in result.extractions)
    tolls = sum(len(e.tolls) for e in result.extractions)
    reused = f" ({result.assembly.reused} unchanged, from the cache)" if result.assembly.reused else ""
    click.echo(f"Built {out}: {len(result.articles)} articles{reused}, {events} event reports, "
               f"{tolls} tolls, {result.triples} quads; validation passed.")
    for name, size in sorted(result.files.items()):
        click.echo(f"  {name:16} {size:>10,} bytes")


@cli.command()
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date for articles without one (when TARGET holds articles).")
def validate(target: Path, published: date | None) -> None:
    """Validate a built dataset folder (or TriG/Turtle file, or a folder of articles).

    Prints every violation with its focus node, path, message and article; exits 1 on
    violations.
    """
    from .validate import validate_path, validate_store

    try:
        if target.is_dir() and not (target / "dataset.trig").exists():
            from .publish import assemble

            assembly = assemble([target], published=published)
            result = validate_store(assembly.store(), exact=assembly.merged)
        else:
            result = validate_path(target)
    except KgbuildError as err:
        _fail(err)
        return
    click.echo(click.unstyle(result.text))
    sys.exit(0 if result.conforms else 1)


@cli.command()
@click.argument("name", required=False)
@click.option("--data", "-d", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              help="A built dataset folder.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="json = SPARQL 1.1 Query Results JSON.")
def query(name: str | None, data: Path, params: tuple[str, ...], fmt: str) -> None:
    """Run the canned query NAME on a built dataset (without NAME: list the queries)."""
    from .query import load_queries, open_store, run_canned

    queries = load_queries()
    if name is None:
        for q in queries.values():
            click.echo(f"{q.name}: {q.title}")
            for p in q.params:
                req = "required" if p.required else "optional"
                click.echo(f"    -p {p.name}=...  ({p.type}, {req}) {p.doc}")
        return
    if name not in queries:
        click.echo(f"Error: no canned query {name!r}; known: {', '.join(queries)}", err=True)
        sys.exit(2)
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            click.echo(f"Error: parameter {item!r} is not KEY=VALUE", err=True)
            sys.exit(2)
        values[key.strip()] = value
    try:
        store = open_store(data)
        result = run_canned(store, queries[name], values)
    except KgbuildError as err:
        _fail(err)
        return
    click.echo(result.render(fmt))


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--data", "-d", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              help="A built dataset folder (with SOURCES: built there first when missing or stale).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Most result rows (or triples) returned for one query.")
@click.option("--allow-service", multiple=True, metavar="URL",
              help="A SPARQL endpoint that SERVICE may call (repeatable; default: none).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes.")
@click.option("--base-iri", default="https://w3id.org/kgbuild/id/", show_default=True,
              help="IRI prefix served as local /id/ pages.")
@click.option("--store", type=click.Choice(["memory", "disk"]), default="memory", show_default=True,
              help="Hold the data in memory (fast) or in an on-disk store (datasets larger than memory).")
def serve(sources: tuple[Path, ...], data: Path, host: str, port: int, timeout: float, max_rows: int,
          allow_service: tuple[str, ...], workers: int, base_iri: str, store: str) -> None:
    """Serve a built dataset: SPARQL endpoint, canned queries, linked-data pages, downloads.

    With article SOURCES, build --data from them first unless it is up to date.
    """
    from .serve import ServeConfig, ensure_built
    from .serve import serve as run_serve

    try:
        if sources:
            ensure_built(sources, data, echo=lambda s: click.echo(s, err=True))
        run_serve(ServeConfig(data, host=host, port=port, timeout=timeout, max_rows=max_rows,
                              allow_service=allow_service, workers=workers, base_iri=base_iri,
                              store=store))
    except KgbuildError as err:
        _fail(err)


@cli.command()
@click.option("--data", "-d", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              help="A built dataset folder.")
@click.option("--to", "url", required=True, metavar="URL", help="The store (see --store for what URL names).")
@click.option("--graph", metavar="IRI", help="Push the merged dataset.ttl into this one graph "
              "(default: each named graph of dataset.trig to its own IRI).")
@click.option("--user", help="User name for the store.")
@click.option("--password", envvar="KGBUILD_STORE_PASSWORD", show_envvar=True,
              help="Password (prefer the environment variable: options show in process lists).")
@click.option("--store", "flavour", default="generic", show_default=True, metavar="NAME",
              help="generic, virtuoso, fuseki, graphdb or oxigraph: where the endpoints are.")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default=None,
              help="HTTP authentication (default: digest for virtuoso, basic otherwise).")
@click.option("--gsp", "gsp_url", metavar="URL", help="generic: the Graph Store endpoint, if any.")
@click.option("--prune", is_flag=True, help="Also drop kgbuild graphs in the store the dataset no longer has.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines, only the summary.")
def publish(data: Path, url: str, graph: str | None, user: str | None, password: str | None, flavour: str,
            auth: str | None, gsp_url: str | None, prune: bool, quiet: bool) -> None:
    """Push a built dataset into a triple store (Graph Store Protocol, or SPARQL Update).

    Graphs are uploaded into staging graphs, checked, then switched in with one atomic
    SPARQL Update; a failed push leaves the store's previous data in place.
    """
    from .remote import publish as run_publish

    def progress(line: str) -> None:
        if not quiet:
            click.echo(line, err=True)

    try:
        result = run_publish(data, url, store=flavour, graph=graph, user=user, password=password,
                             auth=auth, gsp_url=gsp_url, prune=prune, progress=progress)
    except KgbuildError as err:
        _fail(err)
        return
    pruned = f", dropped {len(result.pruned)} stale graphs" if result.pruned else ""
    click.echo(f"Published {result.graphs} graph{'s' if result.graphs != 1 else ''}, {result.triples:,} triples "
               f"to {result.url} in {result.seconds:.1f} s ({result.method}){pruned}.")


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--published", callback=_published, metavar="YYYY-MM-DD",
              help="Publication date if the article has none.")
@click.option("--raw", is_flag=True, help="Ignore the article's curation file.")
@click.option("--write-curation", is_flag=True,
              help="Write ARTICLE's curation file (STEM.curation.yaml) to start from; never overwrites.")
def extract(article: Path, published: date | None, raw: bool, write_curation: bool) -> None:
    """Show what the extractor finds in ARTICLE, with the text spans it used.

    A curation file beside the article (STEM.curation.yaml) is applied unless --raw.
    """
    from .curation import apply_curation, curation_path, starter
    from .extract import Extractor
    from .ingest import read_article
    from .show import describe

    try:
        extractor = Extractor()
        ex = extractor.extract(read_article(article, published=published))
        if write_curation:
            target = curation_path(article)
            if target.exists():
                click.echo(f"Error: {target} exists; not overwritten", err=True)
                sys.exit(2)
            target.write_text(starter(ex), encoding="utf-8")
            click.echo(f"Wrote {target}")
        if not raw:
            ex = apply_curation(ex, extractor)
    except KgbuildError as err:
        _fail(err)
        return
    click.echo(describe(ex, color=sys.stdout.isatty()))


@cli.command()
@click.argument("articles", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold-fact YAML files (see examples/gold/README.md).")
@click.option("--split", type=click.Choice(["all", "dev", "validation", "heldout"]), default="all", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", is_flag=True, help="Also list every missed and extra fact per article.")
@click.option("--breakdown", is_flag=True,
              help="Also count why facts were missed (no article text): safe on splits nobody may read.")
@click.option("--strict-nationality", is_flag=True,
              help="Civilians of no stated nationality: the incident's country and none do not agree.")
def evaluate(articles: Path, gold: Path, split: str, fmt: str, errors: bool, breakdown: bool,
             strict_nationality: bool) -> None:
    """Score the extractor on ARTICLES against gold facts: precision, recall, F1 per fact kind."""
    from .evaluate import evaluate as run_evaluate
    from .show import safe

    try:
        result = run_evaluate(articles, gold, split=split, strict_nationality=strict_nationality)
    except KgbuildError as err:
        _fail(err)
        return
    click.echo(result.table() if fmt == "table" else result.as_json())
    if breakdown:
        click.echo("\n" + result.breakdown())
    if errors:
        for name, errs in sorted(result.errors.items()):
            click.echo(f"\n{safe(name)}")
            for e in errs:
                click.echo(f"  {safe(e)}")


def main() -> None:
    cli(prog_name="kgbuild")


if __name__ == "__main__":
    main()
