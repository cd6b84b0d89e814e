"""The extractor never fails on an article, however the text is cut, reordered or reformatted.

Article text is untrusted input: a rule that raises on a sentence nobody foresaw would stop a
whole build. The variants below are made from every example article with a fixed seed, so a
failure names the article and the variant and can be replayed.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor
from kgbuild.ingest import Article, read_article

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "articles").iterdir())


def _variants(text: str, seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    cut = rng.randrange(1, max(2, len(text)))
    shuffled = sentences[:]
    rng.shuffle(shuffled)
    return {
        "reversed sentences": " ".join(reversed(sentences)),
        "shuffled sentences": " ".join(shuffled),
        "cut mid-text": text[:cut],
        "cut from the start": text[cut:],
        "upper case": text.upper(),
        "lower case": text.lower(),
        "no line breaks": text.replace("\n", " "),
        "no punctuation": re.sub(r"[.,;:!?()\"']", " ", text),
        "doubled": text + "\n\n" + text,
        "digits as words and words as digits": re.sub(r"\b\d+\b", "several", text).replace(" two ", " 2 "),
    }


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_no_variant_of_an_article_breaks_the_extractor(extractor: Extractor, path: Path) -> None:
    article = read_article(path)
    failures = []
    for name, text in _variants(article.text, seed=len(path.name)).items():
        ex = extractor.extract(replace(article, text=text))
        failures += [f"{name}: {w}" for w in ex.warnings if w.startswith("the extractor failed")]
    assert not failures, failures


def test_a_failing_rule_costs_one_article_its_facts_not_the_build(extractor: Extractor) -> None:
    """Should a rule raise all the same, the article keeps its place with a warning naming the
    error, so `kgbuild build` reports it (with the file name) and publishes the rest."""

    class Broken(Extractor):
        def _extract(self, article):  # type: ignore[no-untyped-def]
            raise ValueError("substring not found")

    article = read_article(ARTICLES[0])
    ex = Broken().extract(article)
    assert ex.article is article and ex.events == [] and ex.tolls == []
    assert ex.warnings == [
        "the extractor failed on this article (ValueError: substring not found); no facts were "
        "extracted from it: a curation file beside it can add them; please report the failure"
    ]


def test_no_fact_of_one_article_leaks_into_the_next():
    """One extractor reads many articles (a build worker): what it learnt of one article's groups
    ("The peacekeepers at the base are from Tanzania") must not reach the next one, even when the
    next text happens to sit where the last one was freed (a cache once keyed by ``id(text)``)."""
    ex = Extractor()
    told = (
        "Gunmen attacked a UN base near Beni on Thursday, killing 14 peacekeepers. "
        "The peacekeepers at the base are from Tanzania, the mission said."
    )
    plain = (
        "Gunmen attacked an army base near Beni on Thursday, killing 14 soldiers. "
        "The soldiers at the base were ambushed at dawn, the army said."
    )
    def article(name: str, text: str) -> Article:
        # a fresh string object each time, so that its memory (and id) may be the freed last one's
        return Article(Path(name), name, "".join(list(text)), "", date(2017, 12, 8), "option")

    for i in range(30):
        a = article(f"a{i}", told)
        assert {f.nationality for e in ex.extract(a).events for f in e.figures} == {"TZ"}
        del a
        b = article(f"b{i}", plain)
        # (the army of the incident's country, Congo's, may be theirs; Tanzania's never)
        assert "TZ" not in {f.nationality for e in ex.extract(b).events for f in e.figures}
