"""Reconciling the claims about one casualty group into low, best and high (kgbuild.mapping.reconcile),
and the two marks on a figure that the rule reads: a count of members singled out of the group
(``part``) and a figure its claimant has since revised (``superseded``).

The extraction tests use invented sentences, none taken from the example corpus, each with a
near-miss that must not be marked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import URIRef

from kgbuild import iris
from kgbuild.ingest import Article
from kgbuild.mapping import ClaimRecord, joint_parts, reconcile
from kgbuild.terms import KG

EVENT = iris.event("2021-03-04", "Testland", "shelling")
GROUP = iris.casualty_group(EVENT, "RU", "armed-forces")


def claim(
    n: int,
    value: int,
    qualifier: str = "exactly",
    *,
    low: int | None = None,
    high: int | None = -1,
    official: bool = False,
    voice: bool = False,
    part: bool = False,
    superseded: bool = False,
    joint: int | None = None,
    by: str | None = None,
) -> ClaimRecord:
    return ClaimRecord(
        URIRef(f"{iris.ID_BASE}claim/test/{n}"),
        EVENT,
        GROUP,
        "deaths",
        value,
        value if low is None else low,
        value if high == -1 else high,
        qualifier,
        official,
        voice,
        "RU",
        ("armed-forces",),
        "servicemen",
        None,
        superseded,
        part,
        None if joint is None else URIRef(f"{iris.ID_BASE}claim/test/{joint}"),
        None if by is None else iris.agent(by),
    )


def estimates(*claims: ClaimRecord) -> tuple[int, int, int]:
    g = reconcile(claims, None)  # type: ignore[arg-type]
    value = {p: int(o) for s, p, o in g if s == GROUP and p in (KG.killedLow, KG.killedBest, KG.killedHigh)}
    return value[KG.killedLow], value[KG.killedBest], value[KG.killedHigh]


def test_a_named_member_among_the_dead_is_no_claim_of_the_total():
    # "89 servicemen died ... Among the dead was the regiment's deputy commander"
    assert estimates(claim(1, 89, official=True), claim(2, 1, "at-least", high=None, official=True, part=True)) == (
        89,
        89,
        89,
    )


def test_a_group_told_of_only_by_named_members_keeps_their_count():
    assert estimates(claim(1, 1, "at-least", high=None, part=True)) == (1, 1, 1)


def test_a_plain_lower_bound_of_the_total_still_sets_low():
    # "at least 52 were killed" (early) and "70 were killed" (later), both the article's own voice
    assert estimates(claim(1, 52, "at-least", high=None, voice=True), claim(2, 70, voice=True)) == (52, 52, 70)


def test_a_revised_figure_yields_to_its_revision_but_stays_the_low():
    # "the ministry said 89 had died, raising its earlier toll of 63"
    assert estimates(claim(1, 89, official=True), claim(2, 63, official=True, superseded=True)) == (63, 89, 89)
    # without the mark the tie goes to the lower value
    assert estimates(claim(1, 89, official=True), claim(2, 63, official=True)) == (63, 63, 89)


def test_several_yields_to_any_number():
    # "several dozen soldiers" (the article) against a ministry's 71
    assert estimates(claim(1, 24, "several", low=24, high=99, voice=True), claim(2, 71, official=True)) == (24, 71, 99)
    # alone, it is the best there is
    assert estimates(claim(1, 24, "several", low=24, high=99, voice=True)) == (24, 24, 99)


def _figures(extractor, text: str):  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2021, 3, 5), "option"))
    return [(f.value, f.part, f.superseded) for e in ex.events for f in e.figures if f.kind == "deaths"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV - The general staff said on Thursday that 41 of its soldiers had been killed when a missile hit "
            "a barracks in Testograd, raising its earlier toll of 26.",
            [(41, False, False), (26, False, True)],
        ),
        (
            "LAGOS - Officials said on Thursday that 23 soldiers were killed in the attack on an army post near "
            "Testburg, up from 17.",
            [(23, False, False), (17, False, True)],
        ),
        (
            "MOGADISHU - Police said 31 people died in the hotel siege in Testville on Thursday, raising a "
            "previous toll of 25.",
            [(31, False, False), (25, False, True)],
        ),
        (
            "MOGADISHU - Police had first said 25 people died in the hotel siege in Testville on Thursday. On "
            "Friday they said 31 people were killed.",
            [(31, False, False), (25, False, True)],
        ),
        (
            "KYIV - The general staff initially put the toll at 26 soldiers killed when a missile hit a barracks "
            "in Testograd on Thursday; it now says 41 were killed.",
            [(41, False, False), (26, False, True)],
        ),
        # near-miss: the claimant first reported the attack, not a figure
        (
            "LAGOS - The army, which first reported the attack, said 17 soldiers were killed at a post near "
            "Testburg on Thursday.",
            [(17, False, False)],
        ),
        # near-miss: a figure "from" a place, not a revision
        (
            "LAGOS - Gunmen killed 17 soldiers at an army post near Testburg on Thursday, the army said.",
            [(17, False, False)],
        ),
    ],
)
def test_superseded_figures_are_marked(extractor, text, expected):
    found = _figures(extractor, text)
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "KABUL - Twelve soldiers were killed when a roadside bomb struck their convoy near Testabad on Thursday. "
        "Among the dead was the battalion's commander, the army said.",
        "KABUL - A car bomb killed 12 people in Testabad on Thursday, including the Czech ambassador, police said.",
        "KABUL - Twelve people died in the attack on a hotel in Testabad on Thursday. Also among the victims, "
        "police said, was the Czech ambassador.",
        "KABUL - Twelve soldiers were killed when a roadside bomb struck their convoy near Testabad on Thursday. "
        "The army said a lieutenant colonel was among the dead.",
    ],
)
def test_a_member_singled_out_is_a_part(extractor, text):
    found = _figures(extractor, text)
    assert any(value == 12 and not part for value, part, _sup in found)
    assert all(part for value, part, _sup in found if value == 1)
    assert any(value == 1 for value, _part, _sup in found)


def test_a_lone_named_victim_is_no_part(extractor):
    found = _figures(
        extractor, "KABUL - The convoy's commander was killed when a roadside bomb struck near Testabad on Thursday."
    )
    assert found == [(1, False, False)]


def test_parts_told_together_are_read_as_their_sum():
    # "killing six crew members and three servicemen escorting them", the ministry's only figures
    assert estimates(claim(1, 6, official=True, joint=1), claim(2, 3, official=True, joint=1)) == (9, 9, 9)
    # an open-ended part leaves the sum open-ended: "at least four soldiers and two officers"
    assert estimates(claim(1, 4, "at-least", high=None, joint=1), claim(2, 2, joint=1)) == (6, 6, 6)
    # the same figures, not told together, stay two claims of the total
    assert estimates(claim(1, 6, official=True), claim(2, 3, official=True)) == (3, 3, 6)
    # a lone remnant of a set (its other part went to another group) is a plain claim
    assert estimates(claim(1, 6, official=True, joint=1)) == (6, 6, 6)


def test_one_claimant_counts_once_with_the_largest_of_its_figures():
    # the ministry: "all 39 people on board", "33 passengers", "six crew", none revised
    ministry = [claim(n, v, official=True, by="Testland Defence Ministry") for n, v in ((1, 39), (2, 33), (3, 6))]
    assert estimates(*ministry) == (39, 39, 39)
    # its revised first figure stays a lower bound: "had first said 32 people died"
    assert estimates(*ministry, claim(4, 32, official=True, superseded=True, by="Testland Defence Ministry")) == (
        32,
        39,
        39,
    )
    # two claimants with one figure each: the tie still goes to the lower value
    assert estimates(claim(1, 39, official=True, by="ministry"), claim(2, 33, official=True, by="army")) == (33, 33, 39)
    # the most claimants win over one claimant's larger figure
    assert estimates(
        claim(1, 12, voice=True, by="article A"),
        claim(2, 12, voice=True, by="article B"),
        claim(3, 15, voice=True, by="article C"),
    ) == (12, 12, 15)


def _joints(extractor, text: str) -> list[list[tuple[int, str]]]:  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2021, 3, 5), "option"))
    out = []
    for e in ex.events:
        figs = list(e.figures)
        out += [[(figs[i].value, figs[i].kind) for i in chain] for chain in joint_parts(ex.article.text, figs)]
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ANKARA - A military transport plane crashed near Testkoy on Thursday, killing seven Turkish soldiers "
            "and four Turkish airmen, the defence ministry said.",
            [[(7, "deaths"), (4, "deaths")]],
        ),
        (
            "LIMA - Rebels ambushed an army patrol near Testpampa on Thursday. The dead were five Peruvian "
            "soldiers, two Peruvian officers and a Peruvian army doctor, the army said.",
            [[(5, "deaths"), (2, "deaths"), (1, "deaths")]],
        ),
        # near-misses: another kind, a share of the figure before, a total told with its parts,
        # another group, parts adding up to a stated figure
        (
            "ANKARA - Rebels attacked a border post near Testkoy on Thursday, killing seven Turkish soldiers "
            "and wounding four, the defence ministry said.",
            [],
        ),
        (
            "ANKARA - Rebels attacked a border post near Testkoy on Thursday, killing twelve Turkish soldiers, "
            "three of them officers, the defence ministry said.",
            [],
        ),
        (
            "ANKARA - A military transport plane crashed near Testkoy on Thursday. The ministry said 11 Turkish "
            "servicemen died, seven soldiers and four airmen.",
            [],
        ),
        (
            "ANKARA - Rebels attacked a border post near Testkoy on Thursday, killing seven Turkish soldiers "
            "and four villagers, the defence ministry said.",
            [],
        ),
        (
            "ANKARA - A military transport plane crashed near Testkoy on Thursday, the defence ministry said. "
            "All 11 Turkish servicemen on board were killed. Earlier it had said seven Turkish soldiers and "
            "four Turkish airmen died.",
            [],
        ),
    ],
)
def test_parts_told_together_are_found(extractor, text, expected):
    assert _joints(extractor, text) == expected
