"""The scorer (kgbuild/evaluate.py) on small inline articles with their own gold files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuild.evaluate import evaluate
from kgbuild.extract import Extractor
from kgbuild.ingest import read_article

BODY = (
    "A missile struck the centre of Sumy on Sunday, killing 34 people. "
    "Ten soldiers were killed when a shell hit their truck outside Sumy on Sunday."
)


SUMY_34 = (
    "  - {kind: killed, value: 34, qualifier: exactly, nationality: UA, claimant: article,"
    ' text: "killing 34 people"}\n'
)


def corpus(tmp_path: Path, figures: str, body: str = BODY) -> tuple[Path, Path]:
    arts, gold = tmp_path / "articles", tmp_path / "gold"
    arts.mkdir(), gold.mkdir()
    (arts / "a.md").write_text(f"---\npublished: 2025-04-14\n---\n{body}\n", encoding="utf-8")
    (gold / "a.yaml").write_text(
        "article: a.md\nsplit: dev\npublished: 2025-04-14\n"
        "events:\n  - {type: airstrike, date: 2025-04-13, date_precision: day, place: Sumy, country: UA}\n"
        f"persons: []\nfigures:\n{figures}",
        encoding="utf-8",
    )
    return arts, gold


@pytest.mark.parametrize("strict, expected", [(False, 1), (True, 0)])
def test_local_victims_of_no_stated_nationality_agree_with_the_incidents_country(tmp_path, strict, expected):
    # the extractor gives the 34 no nationality (a story naming another nation: whose they were is not clear to
    # it); the gold writer gave them Ukraine's
    body = BODY.replace("A missile", "A Russian missile")
    arts, gold = corpus(tmp_path, SUMY_34, body)
    events = Extractor().extract(read_article(arts / "a.md")).events
    found = [(f.value, f.nationality) for e in events for f in e.figures]
    assert (34, None) in found
    s = evaluate(arts, gold, strict_nationality=strict).scores["figures"]
    assert s.tp == expected


def test_soldiers_nationality_is_never_assumed_from_the_place(tmp_path):
    figs = (
        "  - {kind: killed, value: 10, qualifier: exactly, nationality: UA, affiliation: armed-forces,"
        ' claimant: article, text: "Ten soldiers were killed"}\n'
    )
    assert evaluate(*corpus(tmp_path, figs)).scores["figures"].tp == 0


def test_a_nationality_the_quote_states_must_be_found(tmp_path):
    # "Ukrainian" stated in the quote: an extracted ?? is a miss, tolerance or not
    body = "A missile struck the centre of Sumy on Sunday. Officials said 34 people, Ukrainian civilians, were killed."
    figs = SUMY_34.replace('text: "killing 34 people"', 'text: "34 people, Ukrainian civilians"')
    arts, gold = corpus(tmp_path, figs, body)
    s = evaluate(arts, gold).scores["figures"]
    found = [f.nationality for e in Extractor().extract(read_article(arts / "a.md")).events for f in e.figures]
    assert s.tp == (1 if "UA" in found else 0)


def test_breakdown_says_why_a_figure_was_missed_without_quoting_the_text(tmp_path):
    # the soldiers' nationality is the only difference: the breakdown names that field, and
    # a wrong gold event type shows up as a confusion, not as two unrelated misses
    figs = (
        "  - {kind: killed, value: 10, qualifier: exactly, nationality: UA, affiliation: armed-forces,"
        ' claimant: article, text: "Ten soldiers were killed"}\n'
        '  - {kind: killed, value: 77, qualifier: exactly, claimant: article, text: "killing 34 people"}\n'
    )
    arts, gold = corpus(tmp_path, figs)
    ev = evaluate(arts, gold)
    assert ev.reasons["figures", "nationality: gold has one, found none"] == 1
    assert ev.reasons["figures", "another value"] == 1
    table = ev.breakdown()
    assert "Ten soldiers" not in table and "Sumy" not in table
    found_type = Extractor().extract(read_article(arts / "a.md")).events[0].type
    gold.joinpath("a.yaml").write_text(
        gold.joinpath("a.yaml").read_text().replace("type: airstrike", "type: accident"), encoding="utf-8")
    ev = evaluate(arts, gold)
    assert ev.reasons["events", f"accident found as {found_type}"] == 1


def test_breakdown_on_the_command_line(tmp_path):
    from click.testing import CliRunner

    from kgbuild.cli import cli

    arts, gold = corpus(tmp_path, SUMY_34)
    out = CliRunner().invoke(cli, ["evaluate", str(arts), "--gold", str(gold), "--breakdown"])
    assert out.exit_code == 0, out.output
    assert "reason" in out.output.splitlines()[11]


@pytest.mark.parametrize(
    "gold, found, agree",
    [
        ("MENA", "the state news agency MENA", True),
        ("Egyptian Public Prosecutor", "prosecutor", True),
        ("a security source", "a security source in Niamey", True),
        ("a security official", "a hospital official in Gao", False),
        ("officials", "military officials in Kabul", False),  # what they share says only what kind of source
        ("a hospital doctor", "a military spokesman", False),
    ],
)
def test_unnamed_claimants_agree_when_one_names_the_others_source_with_more_words(gold, found, agree):
    from kgbuild.evaluate import Scorer
    from kgbuild.iris import slug

    assert Scorer._claimants_agree("unnamed:" + slug(gold), "unnamed:" + slug(found)) is agree
