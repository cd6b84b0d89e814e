"""Benchmark: full and incremental builds of synthetic corpora of N articles, per stage, with peak memory.

    python bench/bench_build.py                         # N = 1000
    python bench/bench_build.py --sizes 1000 10000 50000
    python bench/bench_build.py --sizes 10000 --no-incremental

For each N it generates (once, kept under ``--corpus-root``) N articles with
``bench/generate_corpus.py``, then, each in a fresh Python process so peak memory is that
of one build:

1. a **full build** (empty cache) with the stage times ``kgbuild.publish.build`` records:

   ============  ==============================================================================
   cache         hashing the article files, reading and writing the build cache, unpickling
   extract       reading, extracting, curating and mapping each article (worker processes)
   identity      clustering reports into incidents
   map           mapping again the articles whose incident IRIs differ from their own
   reconcile     low/best/high per casualty group, incident cores, reference graph
   load          loading the quads into pyoxigraph
   validate      SHACL validation (``kgbuild.shacl``, compiled to SPARQL)
   write         TriG, Turtle, N-Triples.gz, VoID, SHA256SUMS, and the swap
   ============  ==============================================================================

2. unless ``--no-incremental``, three **incremental rebuilds** on the warm cache: after one
   article is changed, one added, one removed; their total time is compared with the full
   build's in the same run (the ratio is what to read: the machine is shared and noisy);
3. at N <= ``--baseline-max`` (default 1000), **pySHACL** validating the same data, the
   baseline the compiled validator is measured against in the same run.

It prints a Markdown table for ``docs/benchmarks.md``. It is a command, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAGES = ["cache", "extract", "identity", "map", "reconcile", "load", "validate", "write"]


def _rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_one(corpus: Path, out: Path, *, mode: str) -> dict:
    """One build of ``corpus`` into ``out`` in this process: ``full``, ``incremental`` (change,
    add and remove one article, rebuilding after each; ``corpus`` is restored) or ``pyshacl``."""
    sys.path.insert(0, str(ROOT))
    from kgbuild import publish
    from kgbuild.reference import load

    load()  # reference data: loaded once per process, not part of any stage
    if mode == "pyshacl":
        from kgbuild.validate import validate_store

        assembly = publish.assemble([corpus], cache=None)
        store = assembly.store()
        t = time.perf_counter()
        report = validate_store(store, exact=assembly.merged, engine="pyshacl")
        return {"pyshacl": time.perf_counter() - t, "conforms": report.conforms, "rss": _rss_mib()}
    if mode == "full":
        t = time.perf_counter()
        result = publish.build([corpus], out, show_progress=False)
        row = {k: result.timings.get(k) for k in STAGES}
        row.update(total=time.perf_counter() - t, quads=result.triples, articles=len(result.articles),
                   bytes=sum(result.files.values()), rss=_rss_mib())
        return row
    victim = sorted(corpus.iterdir())[len(list(corpus.iterdir())) // 2]
    original = victim.read_bytes()
    added = corpus / "2020-12-31-bench-added.md"
    row: dict = {}
    try:
        victim.write_bytes(original.replace(b" on ", b" on  ", 1) + b"\nThe report was updated.\n")
        for step in ("changed", "added", "removed"):
            if step == "added":
                added.write_bytes(original)
            if step == "removed":
                added.unlink()
                victim.write_bytes(original)
            t = time.perf_counter()
            result = publish.build([corpus], out, show_progress=False)
            row[step] = time.perf_counter() - t
            row[f"{step}_reused"] = result.assembly.reused
    finally:
        victim.write_bytes(original)
        added.unlink(missing_ok=True)
    row["rss"] = _rss_mib()
    return row


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
        "| articles | quads | " + " | ".join(STAGES) + " | **full build** | peak RSS, full "
        "| rebuild: 1 changed / 1 added / 1 removed | peak RSS, 3 rebuilds | full / rebuild "
        "| pySHACL (same data) | pySHACL / validate |"
    )
    out = [head, "|" + "---:|" * (head.count("|") - 1)]
    for r in rows:

        def s(v: float | None) -> str:
            return "-" if v is None else f"{v:.1f} s"

        inc = r.get("incremental")
        rebuild = f"{s(inc['changed'])} / {s(inc['added'])} / {s(inc['removed'])}" if inc else "-"
        ratio = f"{r['total'] / max(inc[k] for k in ('changed', 'added', 'removed')):.0f}x" if inc else "-"
        base = r.get("pyshacl")
        base_ratio = f"{base['pyshacl'] / r['validate']:.0f}x" if base and r.get("validate") else "-"
        inc_rss = f"{inc['rss']:,.0f} MiB" if inc else "-"
        out.append(
            f"| {r['articles']:,} | {r['quads']:,} | " + " | ".join(s(r.get(k)) for k in STAGES)
            + f" | **{r['total']:.1f} s** | {r['rss']:,.0f} MiB | {rebuild} | {inc_rss} | {ratio} | "
            f"{s(base['pyshacl']) if base else '-'} | {base_ratio} |"
        )
    return "\n".join(out)


def _child(corpus: Path, out: Path, mode: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(corpus), "--out", str(out), "--mode", mode]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode != 0:
        sys.exit(f"{mode} build of {corpus} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000], help="corpus sizes (default: 1000)")
    ap.add_argument(
        "--corpus-root",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kgbuild-bench-corpora",
        help="where generated corpora are kept between runs",
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-incremental", action="store_true", help="leave out the incremental rebuilds")
    ap.add_argument("--baseline-max", type=int, default=1000, help="largest N to validate with pySHACL too")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # child mode: build this corpus
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--mode", default="full", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.one:
        print(json.dumps(run_one(args.one, args.out, mode=args.mode)))
        return

    sys.path.insert(0, str(HERE))
    from generate_corpus import generate

    rows = []
    print(f"Machine: {machine()}", file=sys.stderr)
    for n in args.sizes:
        corpus = args.corpus_root / f"n{n}-seed{args.seed}"
        if not corpus.is_dir() or len(list(corpus.iterdir())) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            t = time.perf_counter()
            generate(n, corpus, seed=args.seed)
            print(f"generated {n:,} articles in {time.perf_counter() - t:.1f} s: {corpus}", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="kgbuild-bench-") as tmp:
            out = Path(tmp) / "dist"
            row = _child(corpus, out, "full")
            print(f"N={n:,} full: " + ", ".join(f"{k} {row[k]:.1f}s" for k in STAGES if row.get(k) is not None)
                  + f"; total {row['total']:.1f}s, peak {row['rss']:,.0f} MiB", file=sys.stderr)
            if not args.no_incremental:
                row["incremental"] = _child(corpus, out, "incremental")
                print(f"N={n:,} rebuilds: {row['incremental']}", file=sys.stderr)
            if n <= args.baseline_max:
                row["pyshacl"] = _child(corpus, out, "pyshacl")
                print(f"N={n:,} pySHACL: {row['pyshacl']}", file=sys.stderr)
        rows.append(row)
    print(f"Machine: {machine()}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
