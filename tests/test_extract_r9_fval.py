"""Casualty figures' values (round 9): the number, kind, bounds and qualifier of each figure stated about an
event, tried on sentences invented for the test in several outlets' styles (none taken from the example
corpus), each family with near-misses that must not fire.

Families: a range of two numbers ("between 10 and 15 militants", "two or three soldiers") is one figure
of at least the low end, bounded by the high end, not a figure of the high end alone; the increase of a
revision ("raised the toll by 4 to 31") is no figure; the one who tells a figure ("a civil defence official
said", "one official said") is no casualty; a comparison told as an aside ("The attack, the deadliest since a
2016 bombing that killed 80 people, left six dead") ends where the sentence's own predicate goes on, and its
dates are the other incident's, not a sign that the sentence is background; a count followed by a casualty
verb in the active voice and its object ("About 200 gunmen killed 11 villagers") is of those who killed, no
casualty."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.ingest import Article


def figures(extractor, text: str) -> list[tuple[str, int, int, int | None, str]]:  # type: ignore[no-untyped-def]
    """(kind, value, low, high, qualifier) of every figure found in an invented text published 2019-06-12."""
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [(f.kind, f.value, f.low, f.high, f.qualifier) for e in ex.events for f in e.figures]


# ---------------------------------------------------------------- a range of two numbers
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 10 and 15 militants were killed in the clash, the army said.", ("deaths", 10, 10, 15, "at-least")),
        ("Hospital officials said between 20 and 30 people had died after the blast.",
         ("deaths", 20, 20, 30, "at-least")),
        ("The air strike killed 10 to 15 people in the market, residents said.", ("deaths", 10, 10, 15, "at-least")),
        ("Twelve to fifteen soldiers were wounded when the mortar rounds landed.",
         ("injuries", 12, 12, 15, "at-least")),
        ("The attack on the convoy killed between eight and 12 people, police said.",
         ("deaths", 8, 8, 12, "at-least")),
        ("Two or three soldiers were wounded by shrapnel, a military source said.",
         ("injuries", 2, 2, 3, "at-least")),
        ("The raid killed 40\u201350 insurgents, the governor said.", ("deaths", 40, 40, 50, "at-least")),
    ],
)
def test_a_range_is_at_least_its_low_end(extractor, text, expected):  # type: ignore[no-untyped-def]
    found = figures(extractor, text)
    assert found == [expected], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a revision, not a range
        ("The death toll rose from 27 to 31 on Wednesday, the ministry said.", ("deaths", 31, 31, 31, "exactly")),
        ("The ministry raised the toll by 4 to 31 after two of the wounded died.", ("deaths", 31, 31, 31, "exactly")),
        # two coordinated figures, not a range
        ("The bomb killed 5 and wounded 12, police said.", ("deaths", 5, 5, 5, "exactly")),
        # years, not a range
        ("Between 2015 and 2017 the group killed 300 people in the province, the report said.",
         ("deaths", 300, 300, 300, "exactly")),
    ],
)
def test_range_near_misses(extractor, text, expected):  # type: ignore[no-untyped-def]
    found = figures(extractor, text)
    assert found[0] == expected, found
    assert all(f[4] != "at-least" for f in found), found


# ---------------------------------------------------------------- an increase told before the new toll
@pytest.mark.parametrize(
    "text",
    [
        "The ministry raised the toll by 4 to 31 after more bodies were found.",
        "The toll from the car bomb rose by 4 to 31 after two of the wounded died, the ministry said.",
    ],
)
def test_an_increase_is_no_figure(extractor, text):  # type: ignore[no-untyped-def]
    found = figures(extractor, text)
    assert ("deaths", 31, 31, 31, "exactly") in found, found
    assert not any(f[1] == 4 for f in found), found


def test_a_number_after_by_without_a_new_toll_stays(extractor):  # type: ignore[no-untyped-def]
    found = figures(extractor, "Four soldiers were killed by 12 gunmen, the army said.")
    assert ("deaths", 4, 4, 4, "exactly") in found, found


# ---------------------------------------------------------------- the one who tells a figure is no casualty
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers pulled 17 bodies from the rubble, a civil defence official said.", [("deaths", 17)]),
        ("Rescuers recovered 12 bodies from the river, a police officer at the scene said.", [("deaths", 12)]),
        ("Six people were wounded in the blast, one official said.", [("injuries", 6)]),
        ("Nine people were killed and 20 hurt, a senior police officer in the province told Reuters.",
         [("deaths", 9), ("injuries", 20)]),
    ],
)
def test_the_teller_is_no_casualty(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert [(k, v) for k, v, *_ in figures(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the single victim before the speaker stays a figure
        ("Gunmen shot dead a policeman at the checkpoint, officials said.", ("deaths", 1)),
        ("Gunmen killed a policeman, said the governor.", ("deaths", 1)),
        ("The blast killed one official, the ministry said.", ("deaths", 1)),
    ],
)
def test_the_teller_near_misses(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [(k, v) for k, v, *_ in figures(extractor, text)]


# ---------------------------------------------------------------- a comparison told as an aside
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack, the deadliest since a 2016 bombing that killed 80 people, left at least six dead, police said.",
         [("deaths", 6)]),
        ("The bombing, the worst since the 2016 market attack, which killed 80, killed 11 people and wounded 30.",
         [("deaths", 11), ("injuries", 30)]),
        ("The attack, the deadliest since 2016, killed six soldiers, the army said.", [("deaths", 6)]),
        ("Six people were killed in the attack, the deadliest since a bombing in 2016 that killed 80 people.",
         [("deaths", 6)]),
        ("The ambush \u2014 the deadliest since an attack that killed 14 troops in March \u2014 killed nine soldiers.",
         [("deaths", 9)]),
    ],
)
def test_the_sentence_goes_on_after_a_comparison(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert [(k, v) for k, v, *_ in figures(extractor, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the comparison runs to the end of the sentence: its numbers are the other incident's
        "It was the deadliest attack since the 2008 siege, which killed 166 people.",
        "The blast was the worst since a bombing that killed 80 people, 40 of them children, in 2016.",
    ],
)
def test_a_comparison_to_the_end_gives_no_figure(extractor, text):  # type: ignore[no-untyped-def]
    assert figures(extractor, text) == []


# ---------------------------------------------------------------- a count that does the killing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 200 gunmen killed 11 villagers before fleeing, residents said.", [("deaths", 11, "exactly")]),
        ("The militants, who numbered about 200, killed 11 villagers, residents said.", [("deaths", 11, "exactly")]),
        ("The attackers, some 50 men on motorbikes, killed nine soldiers.", [("deaths", 9, "exactly")]),
        ("A force of 400 troops killed 30 militants in the operation, the army said.", [("deaths", 30, "exactly")]),
        ("Two gunmen killed a policeman at the checkpoint, police said.", [("deaths", 1, "exactly")]),
    ],
)
def test_the_killers_count_is_no_casualty(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert [(k, v, q) for k, v, _lo, _hi, q in figures(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduced passive followed by a time, or by another count's casualty
        ("Five people killed the day before the ceasefire were buried on Friday.", [("deaths", 5)]),
        ("Twelve killed, 30 wounded in market blast", [("deaths", 12), ("injuries", 30)]),
        ("Three soldiers have been killed and two wounded in the ambush.", [("deaths", 3), ("injuries", 2)]),
    ],
)
def test_the_killers_count_near_misses(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert [(k, v) for k, v, *_ in figures(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb killed a soldier and wounded two others near Menaka on Tuesday.",
         {("deaths", 1), ("injuries", 2)}),
        ("Gunmen shot dead a policeman and wounded three people in Sibi on Monday.", {("deaths", 1), ("injuries", 3)}),
        ("A suicide bomber killed a soldier and injured four civilians at the gate in Baidoa on Saturday.",
         {("deaths", 1), ("injuries", 4)}),
    ],
)
def test_a_second_verb_with_its_own_count_is_another_figure(extractor, text, expected):  # type: ignore[no-untyped-def]
    """'killed a soldier and wounded two others' is two figures, not one group 'a soldier and ... others'."""
    found = {(f[0], f[1]) for f in figures(extractor, text)}
    assert expected <= found, found


def test_coordinated_groups_of_one_verb_stay_one_coordination(extractor):  # type: ignore[no-untyped-def]
    """Near-miss: 'a soldier and two civilians were killed' is one verb over both groups."""
    found = {(f[0], f[1]) for f in figures(extractor, "A soldier and two civilians were killed in the blast in Gao on Monday.")}
    assert ("deaths", 1) in found and ("deaths", 2) in found, found
