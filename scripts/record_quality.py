"""Record the extraction scores (tests/data/quality/*.json), the dev known-miss list and the tables in
docs/extraction-quality.md. Run from the repository root after improving the extractor:

    python scripts/record_quality.py              # all splits: what a release records
    python scripts/record_quality.py --dev-only   # while developing: never computes the others
    python scripts/record_quality.py --validation # dev and validation: choosing between versions

The extractor's author uses --dev-only. The validation split is scored in aggregate (with
``kgbuild evaluate --split validation --breakdown``, never ``--errors``) to decide whether a
change holds on unseen text; held-out scores are looked at only when a round of work is
finished, so that they stay a measure of unseen text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from kgbuild.evaluate import Scorer, article_misses, evaluate, load_gold
from kgbuild.extract import Extractor
from kgbuild.ingest import read_article

ARTICLES, GOLD, QUALITY, DOC = (Path(p) for p in ("examples/articles", "examples/gold", "tests/data/quality",
                                                  "docs/extraction-quality.md"))


HEADINGS = {"heldout": "Held-out", "validation": "Validation", "dev": "Dev"}


def table(split: str) -> str:
    data = json.loads((QUALITY / f"{split}.json").read_text())
    return "\n".join(
        f"| {k} | {s['tp']} | {s['fp']} | {s['fn']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"
        for k, s in data["scores"].items()
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--dev-only", action="store_true", help="record the dev split only")
    which.add_argument("--validation", action="store_true", help="record the dev and validation splits")
    args = ap.parse_args()
    golds = load_gold(GOLD)
    present = {g.get("split") for g in golds.values()}
    splits = ["dev"] if args.dev_only else ["dev", "validation"] if args.validation else list(HEADINGS)
    splits = [s for s in splits if s in present]
    counts = {}
    for split in splits:
        ev = evaluate(ARTICLES, GOLD, split=split)
        counts[split] = ev.articles
        (QUALITY / f"{split}.json").write_text(ev.as_json() + "\n")

    extractor = Extractor()
    scorer = Scorer(extractor.ref)
    misses = {}
    for name, gold in sorted(golds.items()):
        if gold.get("split") != "dev":
            continue
        missed = article_misses(scorer, gold, extractor.extract(read_article(ARTICLES / name)))
        if missed:
            misses[name] = ", ".join(missed)
    (QUALITY / "known-misses.json").write_text(json.dumps(misses, indent=1, sort_keys=True) + "\n")

    doc = DOC.read_text()
    for split in splits:
        doc = replace_table(doc, split, counts[split])
    DOC.write_text(doc)
    print(len(misses), "dev articles with misses")


def replace_table(doc: str, split: str, articles: int) -> str:
    """Put ``split``'s scores under its heading ("## Dev split (93 articles), 2026-12-02"), adding the
    heading and table before the dev split's if the document has none yet."""
    heading = f"## {HEADINGS[split]} split ({articles} articles), {dt.date.today().isoformat()}"
    rule = "|---|---|---|---|---|---|---|"
    block = f"{heading}\n\n| kind | tp | fp | fn | precision | recall | F1 |\n{rule}\n{table(split)}\n"
    head = rf"^## {re.escape(HEADINGS[split])} split \([^\n]*\n\n"
    pattern = re.compile(head + rf"\|[^\n]*\n{re.escape(rule)}\n(?:\|[^\n]*\n)*", re.M)
    if pattern.search(doc):
        return pattern.sub(lambda _: block, doc, count=1)
    dev = doc.index(f"## {HEADINGS['dev']} split (")
    return doc[:dev] + block + "\n" + doc[dev:]


if __name__ == "__main__":
    main()
