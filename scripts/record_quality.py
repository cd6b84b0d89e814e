"""Record the extraction scores (tests/data/quality/*.json), the dev known-miss list and the tables in
docs/extraction-quality.md. Run from the repository root after improving the extractor:

    python scripts/record_quality.py
"""
import json, re, subprocess, sys
from pathlib import Path
from kgbuild.evaluate import Evaluation, Scorer, load_gold, evaluate
from kgbuild.extract import Extractor
from kgbuild.ingest import read_article
for split in ("dev", "heldout"):
    Path(f"tests/data/quality/{split}.json").write_text(evaluate(Path("examples/articles"), Path("examples/gold"), split=split).as_json() + "\n")
gold = load_gold(Path("examples/gold"))
ex = Extractor(); sc = Scorer(ex.ref)
out = {}
for n, g in sorted(gold.items()):
    if g.get("split") != "dev": continue
    ev = Evaluation(); sc.score(g, ex.extract(read_article(Path("examples/articles")/n)), ev)
    m = sorted({k for k in ("events","dates","places","persons","figures") if ev.scores[k].fn or ev.scores[k].fp})
    if m: out[n] = ", ".join(m)
Path("tests/data/quality/known-misses.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
doc = Path("docs/extraction-quality.md").read_text()
def table(split):
    d = json.load(open(f"tests/data/quality/{split}.json"))
    return "\n".join(f"| {k} | {s['tp']} | {s['fp']} | {s['fn']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |" for k, s in d["scores"].items())
parts = re.split(r"(\|---\|---\|---\|---\|---\|---\|---\|\n)", doc)
held_rest = parts[2].split("\n\n", 1)
parts[2] = table("heldout") + "\n\n" + held_rest[1]
parts[4] = table("dev") + "\n"
Path("docs/extraction-quality.md").write_text("".join(parts))
print(len(out), "dev articles with misses")
