"""Extraction speed: reference load and warm per-article extraction over the example corpus,
against a baseline checkout of kgbuild in the same run (the machines are noisy: read the ratio).

    python bench/bench_extract.py [--baseline DIR] [--rounds 3]

``DIR`` is another checkout's root (e.g. ``git worktree add /tmp/base <commit>``); each side runs
in its own subprocess with its own ``kgbuild`` on ``sys.path``, alternately, ``--rounds`` times,
and the best time of each is printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "articles"

CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
t0 = time.perf_counter()
from kgbuild.extract import Extractor
from kgbuild.ingest import read_article
ex = Extractor()
load = time.perf_counter() - t0
arts = [read_article(p) for p in sorted(Path(sys.argv[2]).iterdir()) if p.suffix in (".md", ".txt")]
for a in arts[:20]:
    ex.extract(a)  # warm caches
t1 = time.perf_counter()
for a in arts:
    ex.extract(a)
per = (time.perf_counter() - t1) / len(arts)
print(json.dumps({"load_s": load, "ms_per_article": per * 1000, "articles": len(arts)}))
"""


def run(root: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), str(ARTICLES)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", type=Path, help="root of another kgbuild checkout to compare with")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    sides = {"this checkout": ROOT} | ({"baseline": args.baseline} if args.baseline else {})
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for name, root in sides.items():
            r = run(root)
            b = best.setdefault(name, r)
            b["load_s"] = min(b["load_s"], r["load_s"])
            b["ms_per_article"] = min(b["ms_per_article"], r["ms_per_article"])
    print(f"{'side':15} {'articles':>8} {'reference load s':>17} {'ms per article':>15}")
    for name, r in best.items():
        print(f"{name:15} {r['articles']:>8} {r['load_s']:>17.2f} {r['ms_per_article']:>15.1f}")
    if "baseline" in best:
        t, b = best["this checkout"], best["baseline"]
        load, per = t["load_s"] / b["load_s"], t["ms_per_article"] / b["ms_per_article"]
        print(f"{'ratio':15} {'':>8} {load:>17.2f} {per:>15.2f}")


if __name__ == "__main__":
    main()
