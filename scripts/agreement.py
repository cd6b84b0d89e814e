"""Inter-annotator agreement: score one set of gold files against another with kgbuild's scorer.

    python scripts/agreement.py GOLD_A GOLD_B [--breakdown]

For every article that both folders annotate, GOLD_B's facts are read as if an extractor had
found them and scored against GOLD_A's with the matching rules of ``kgbuild evaluate``
(kgbuild/evaluate.py): the same F1 per fact kind, so that the agreement of two careful humans
is the ceiling to read the extractor's scores against. The measure is symmetric in F1 (swapping
A and B swaps precision and recall). Identity is not scored (it needs whole extractions).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from kgbuild.evaluate import Evaluation, Scorer, load_gold
from kgbuild.iris import slug

KIND = {"killed": "deaths", "injured": "injuries"}


class GoldScorer(Scorer):
    """A scorer whose "found" claimants are already the other gold file's claimant keys."""

    def _extracted_claimant(self, att) -> str:  # type: ignore[no-untyped-def]
        return att.key


def _place(e: dict) -> tuple[SimpleNamespace, SimpleNamespace | None]:
    name = e.get("place") or e.get("settlement") or e.get("province") or e.get("country") or ""
    only_province = not (e.get("place") or e.get("settlement")) and e.get("province")
    place = SimpleNamespace(name=str(name), key=str(e.get("province")) if only_province else slug(str(name)),
                            kind="province" if only_province else "settlement")
    span = SimpleNamespace(text=str(e["settlement"])) if e.get("settlement") else None
    return place, span


def as_extraction(gold: dict, scorer: Scorer) -> SimpleNamespace:
    """``gold``'s facts in the shape of :class:`kgbuild.extract.Extraction` that the scorer reads."""
    events = []
    for e in gold.get("events") or []:
        place, span = _place(e)
        events.append(SimpleNamespace(type=e["type"], date=dt.date.fromisoformat(str(e["date"])), place=place,
                                      place_span=span, persons=[], figures=[]))
    holder = events[0] if events else SimpleNamespace(persons=[], figures=[])
    for p in gold.get("persons") or []:
        rank = SimpleNamespace(label=str(p["rank"]), labels=[str(p["rank"])]) if p.get("rank") else None
        holder.persons.append(SimpleNamespace(name=str(p["name"]), rank=rank, fate=p.get("fate")))
    for f in gold.get("figures") or []:
        affs = f.get("affiliation") or "unknown"
        holder.figures.append(SimpleNamespace(
            kind=KIND[f["kind"]], value=int(f.get("value", -1)), qualifier=f.get("qualifier"),
            nationality=f.get("nationality") or None, affiliation=affs[0] if isinstance(affs, list) else affs,
            span=SimpleNamespace(text=str(f.get("text") or "")),
            attribution=SimpleNamespace(key=scorer._claimant_key(str(f.get("claimant", ""))),
                                      label=str(f.get("claimant", "")))))
    tolls = [SimpleNamespace(nationality=t.get("nationality") or None, qualifier=t.get("qualifier"),
                             value=int(t.get("value", -1))) for t in gold.get("tolls") or []]
    return SimpleNamespace(events=events if events else ([holder] if holder.persons or holder.figures else []),
                           tolls=tolls, article=SimpleNamespace(path=Path(gold["article"])))


def agreement(a_dir: Path, b_dir: Path) -> Evaluation:
    a, b = load_gold(a_dir), load_gold(b_dir)
    scorer = GoldScorer()
    ev = Evaluation()
    for name in sorted(set(a) & set(b)):
        scorer.score(a[name], as_extraction(b[name], scorer), ev)  # type: ignore[arg-type]
        ev.articles += 1
    return ev


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_a", type=Path)
    ap.add_argument("gold_b", type=Path)
    ap.add_argument("--breakdown", action="store_true", help="also count why facts disagree (no text)")
    args = ap.parse_args()
    ev = agreement(args.gold_a, args.gold_b)
    lines = ev.table().splitlines()
    print("\n".join(line for line in lines if not line.startswith("identity")))
    if args.breakdown:
        print("\n" + ev.breakdown())


if __name__ == "__main__":
    main()
