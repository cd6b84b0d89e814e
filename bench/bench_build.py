"""Benchmark: time each build stage on synthetic corpora of N articles, with peak memory.

    python bench/bench_build.py                     # N = 1000
    python bench/bench_build.py --sizes 1000 10000 50000
    python bench/bench_build.py --sizes 10000 --corpus-root /tmp/kgbuild-corpora --skip-validate

For each N it generates (once, cached under ``--corpus-root``) N articles with
``bench/generate_corpus.py``, then runs the build in a fresh Python process, so peak memory
is that of one build, and times the stages as the real build runs them:

=========  =================================================================================
ingest     ``kgbuild.ingest.read_articles``
extract    ``kgbuild.extract.Extractor.extract`` (all calls made by ``publish.assemble``)
map        ``kgbuild.mapping.Mapper.map`` calls and ``reconcile``; ``assemble`` also groups
           reports into incidents and loads the ontology (shown as "assemble, other")
validate   ``kgbuild.validate.validate_dataset`` (pySHACL)
write      ``kgbuild.publish.write_dataset`` (TriG, Turtle, N-Triples.gz, VoID, SHA256SUMS)
=========  =================================================================================

Stage times are wall-clock seconds; memory is the process's peak resident set size
(``resource.getrusage(...).ru_maxrss``) after each stage. It prints a Markdown table for
``docs/benchmarks.md``. It is a command, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAGES = ["ingest", "extract", "map", "assemble, other", "validate", "write"]


def _rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_one(corpus: Path, out: Path, *, validate: bool) -> dict:
    """One build of ``corpus`` into ``out`` with per-stage times; runs in this process."""
    sys.path.insert(0, str(ROOT))
    import kgbuild.publish as publish
    from kgbuild.extract import Extractor
    from kgbuild.ingest import read_articles
    from kgbuild.mapping import Mapper
    from kgbuild.reference import load
    from kgbuild.validate import validate_dataset

    spent = {"extract": 0.0, "map": 0.0}

    def timed(kind, fn):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[kind] += time.perf_counter() - t

        return wrapper

    Extractor.extract = timed("extract", Extractor.extract)  # type: ignore[method-assign]
    Mapper.map = timed("map", Mapper.map)  # type: ignore[method-assign]
    publish.reconcile = timed("map", publish.reconcile)  # type: ignore[attr-defined]

    load()  # reference data: loaded once per process, not part of any stage
    result: dict = {"rss_start": _rss_mib()}
    t = time.perf_counter()
    articles = list(read_articles([corpus]))
    result["ingest"] = time.perf_counter() - t
    result["rss_ingest"] = _rss_mib()

    t = time.perf_counter()
    ds, _extractions, warnings = publish.assemble(articles)
    assemble = time.perf_counter() - t
    result["extract"], result["map"] = spent["extract"], spent["map"]
    result["assemble, other"] = assemble - spent["extract"] - spent["map"]
    result["rss_assemble"] = _rss_mib()
    result["quads"] = sum(len(g) for g in ds.graphs())
    result["articles"] = len(articles)
    result["warnings"] = len(warnings)

    if validate:
        t = time.perf_counter()
        report = validate_dataset(ds)
        result["validate"] = time.perf_counter() - t
        result["conforms"] = bool(report.conforms)
        result["violations"] = report.text.count("- Violation") if not report.conforms else 0
        kinds: dict[str, int] = {}
        for line in report.text.splitlines():
            if line.startswith("- Violation"):
                kinds[line] = kinds.get(line, 0) + 1
        result["violation_kinds"] = kinds
        result["rss_validate"] = _rss_mib()
    else:
        result["validate"] = None

    t = time.perf_counter()
    files = publish.write_dataset(ds, articles, out)
    result["write"] = time.perf_counter() - t
    result["rss_write"] = _rss_mib()
    result["bytes"] = sum(files.values())
    result["total"] = sum(result[s] or 0 for s in STAGES)
    return result


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        mem_text = f"{mem / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        mem_text = "unknown RAM"
    return (
        f"{os.cpu_count()} cores (nproc), {cpu}, {mem_text}; Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; {date.today().isoformat()}"
    )


def table(rows: list[dict]) -> str:
    head = (
        "| articles | quads | ingest | extract | map | assemble, other | validate | write | total "
        "| peak RSS | RSS after extract+map |"
    )
    out = [head, "|" + "---:|" * (head.count("|") - 1)]
    for r in rows:

        def s(key: str, r: dict = r) -> str:
            v = r.get(key)
            return "skipped" if v is None else f"{v:.1f} s"

        out.append(
            f"| {r['articles']:,} | {r['quads']:,} | {s('ingest')} | {s('extract')} | {s('map')} | "
            f"{s('assemble, other')} | {s('validate')} | {s('write')} | **{r['total']:.1f} s** | "
            f"{max(v for k, v in r.items() if k.startswith('rss_')):,.0f} MiB | {r['rss_assemble']:,.0f} MiB |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sizes", type=int, nargs="+", default=[1000], help="corpus sizes (default: 1000)"
    )
    ap.add_argument(
        "--corpus-root",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kgbuild-bench-corpora",
        help="where generated corpora are kept between runs",
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip-validate", action="store_true", help="leave SHACL validation out")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # child mode: build this corpus
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.one:
        print(json.dumps(run_one(args.one, args.out, validate=not args.skip_validate)))
        return

    sys.path.insert(0, str(HERE))
    from generate_corpus import generate

    rows = []
    print(f"Machine: {machine()}", file=sys.stderr)
    for n in args.sizes:
        corpus = args.corpus_root / f"n{n}-seed{args.seed}"
        if not corpus.is_dir() or len(list(corpus.iterdir())) != n:
            t = time.perf_counter()
            generate(n, corpus, seed=args.seed)
            print(
                f"generated {n:,} articles in {time.perf_counter() - t:.1f} s: {corpus}",
                file=sys.stderr,
            )
        with tempfile.TemporaryDirectory(prefix="kgbuild-bench-") as tmp:
            cmd = [
                sys.executable,
                str(Path(__file__).resolve()),
                "--one",
                str(corpus),
                "--out",
                str(Path(tmp) / "dist"),
            ]
            if args.skip_validate:
                cmd.append("--skip-validate")
            t = time.perf_counter()
            proc = subprocess.run(
                cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}
            )
            if proc.returncode != 0:
                sys.exit(f"build of {n} articles failed:\n{proc.stderr[-3000:]}")
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            row["wall"] = time.perf_counter() - t
        rows.append(row)
        stages = ", ".join(f"{k} {row[k]:.1f}s" for k in STAGES if row.get(k) is not None)
        extra = (
            ""
            if args.skip_validate
            else (
                f"; conforms: {row['conforms']}"
                + (f" ({row['violations']} violations)" if not row["conforms"] else "")
            )
        )
        print(
            f"N={n:,}: {stages}; total {row['total']:.1f}s (process {row['wall']:.1f}s){extra}",
            file=sys.stderr,
        )
        for kind, count in sorted(row.get("violation_kinds", {}).items(), key=lambda kv: -kv[1]):
            print(f"  {count:>5} x {kind}", file=sys.stderr)
    print(f"Machine: {machine()}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
