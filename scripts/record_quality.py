"""Record the extraction scores (tests/data/quality/*.json), the dev known-miss list and the tables in
docs/extraction-quality.md. Run from the repository root after improving the extractor:

    python scripts/record_quality.py            # both splits: what a release records
    python scripts/record_quality.py --dev-only # while developing: never computes held-out scores

The extractor's author uses --dev-only: held-out scores are looked at only when a round of work
is finished, by someone else, so that they stay a measure of unseen text.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from kgbuild.evaluate import Scorer, article_misses, evaluate, load_gold
from kgbuild.extract import Extractor
from kgbuild.ingest import read_article

ARTICLES, GOLD, QUALITY, DOC = (Path(p) for p in ("examples/articles", "examples/gold", "tests/data/quality",
                                                  "docs/extraction-quality.md"))


def table(split: str) -> str:
    data = json.loads((QUALITY / f"{split}.json").read_text())
    return "\n".join(
        f"| {k} | {s['tp']} | {s['fp']} | {s['fn']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"
        for k, s in data["scores"].items()
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-only", action="store_true", help="record the dev split only")
    args = ap.parse_args()
    splits = ("dev",) if args.dev_only else ("dev", "heldout")
    for split in splits:
        (QUALITY / f"{split}.json").write_text(evaluate(ARTICLES, GOLD, split=split).as_json() + "\n")

    extractor = Extractor()
    scorer = Scorer(extractor.ref)
    misses = {}
    for name, gold in sorted(load_gold(GOLD).items()):
        if gold.get("split") != "dev":
            continue
        missed = article_misses(scorer, gold, extractor.extract(read_article(ARTICLES / name)))
        if missed:
            misses[name] = ", ".join(missed)
    (QUALITY / "known-misses.json").write_text(json.dumps(misses, indent=1, sort_keys=True) + "\n")

    # the tables follow the "## Held-out split" and "## Dev split" headings, in that order
    doc = DOC.read_text()
    parts = re.split(r"(\|---\|---\|---\|---\|---\|---\|---\|\n)", doc)
    if not args.dev_only:
        held_rest = parts[2].split("\n\n", 1)
        parts[2] = table("heldout") + "\n\n" + held_rest[1]
    dev_rest = parts[4].split("\n\n", 1)
    parts[4] = table("dev") + "\n" + ("\n" + dev_rest[1] if len(dev_rest) > 1 else "")
    DOC.write_text("".join(parts))
    print(len(misses), "dev articles with misses")


if __name__ == "__main__":
    main()
