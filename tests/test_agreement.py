"""scripts/agreement.py: two sets of gold files scored against each other with the extractor's scorer."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(agreement)
SEED = "2020-08-19-gladkikh-deir-ez-zor"


def test_a_gold_file_agrees_with_itself_and_a_changed_copy_does_not(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    shutil.copy(ROOT / "examples" / "gold" / f"{SEED}.yaml", a)
    gold = yaml.safe_load((a / f"{SEED}.yaml").read_text(encoding="utf-8"))
    same = agreement.agreement(a, a)
    for kind in ("events", "dates", "places", "persons", "figures", "attributions", "tolls"):
        assert same.scores[kind].fp == same.scores[kind].fn == 0, kind
    assert same.scores["figures"].tp == len(gold["figures"]) > 0
    # the second annotator read one figure as another value, gave the general no rank, and typed the event otherwise
    gold["figures"][0]["value"] = int(gold["figures"][0]["value"]) + 7
    gold["persons"][0].pop("rank")
    gold["events"][0]["type"] = "shelling"
    (b / f"{SEED}.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    ev = agreement.agreement(a, b)
    assert ev.scores["figures"].fn == 1 and ev.reasons["figures", "another value"] == 1
    assert ev.scores["persons"].fn == 1 and ev.reasons["persons", "rank missing"] == 1
    assert ev.reasons["events", "roadside-bomb found as shelling"] == 1


def test_the_agreement_recorded_in_the_docs_is_what_the_second_annotations_give():
    import re

    doc = (ROOT / "docs" / "extraction-quality.md").read_text(encoding="utf-8")
    section = doc[doc.index("### How far two careful readers agree") :]
    ev = agreement.agreement(ROOT / "examples" / "gold", ROOT / "examples" / "agreement")
    for kind in ("events", "persons", "figures", "attributions"):
        m = re.search(rf"^\| {kind} \| (\d+) \| (\d+) \| (\d+) \| [\d.]+ \| [\d.]+ \| ([\d.]+) \|$", section, re.M)
        s = ev.scores[kind]
        assert m and (int(m[1]), int(m[2]), int(m[3])) == (s.tp, s.fp, s.fn), kind
        assert float(m[4]) == round(s.f1, 3), kind
