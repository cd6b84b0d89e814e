"""Event types (round 10), tried on sentences invented for the test in several outlets' styles (none taken
from the example corpus), each family with near-misses that must not fire.

Families: a sniper who shot a soldier ("a soldier was shot dead by a sniper", "an enemy sniper killed a
serviceman") fired from the front, a clash, not a gunman's killing; a blast told as the subject that hit a
vehicle on the move ("an explosive device struck a patrol vehicle", "a blast ripped through an army truck") is
a roadside bomb, as the same told in the passive ("the vehicle was hit by a device") already was; a blast in a
market, a bomb dropped from the air or one aimed at a named person's car keeps its kind; a vehicle bomb
someone drove ("a car bomb driven by a militant") is a suicide bombing, a truck driven by soldiers that hit a
mine is not."""

from __future__ import annotations

import pytest

# the same probe as round 9's type tests: the types of the events found in a text published 2019-06-12
from test_extract_r9_types import types


# ---------------------------------------------------------------- a blast that hit a vehicle
@pytest.mark.parametrize(
    "text",
    [
        "An explosive device struck a patrol vehicle on the highway on Monday, killing two soldiers.",
        "A blast ripped through a military vehicle on the outskirts of the city on Monday, killing three "
        "soldiers; no group claimed the attack.",
        "An explosion hit a police vehicle on Monday, killing two officers, the interior ministry said.",
        "A powerful explosion tore through an army truck carrying troops on Sunday, killing nine soldiers.",
        "A bomb targeted a convoy of fuel tankers on Thursday, wounding four drivers, officials said.",
    ],
)
def test_a_blast_that_hit_a_vehicle_is_a_roadside_bomb(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text) == ["roadside-bomb"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A blast ripped through a crowded market on Monday, killing 12 people.", ["other"]),
        ("A bomb dropped from a drone hit a military truck on Monday, killing two soldiers.", ["airstrike"]),
        ("A bomb targeted the minister's car on Monday, killing him and his driver.", ["assassination"]),
        ("A suicide bomber blew himself up and the explosion hit a police bus on Monday, killing four officers.",
         ["suicide-bombing"]),
    ],
)
def test_a_blast_near_misses(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert types(extractor, text) == expected


# ---------------------------------------------------------------- a sniper who shot a soldier
@pytest.mark.parametrize(
    "text",
    [
        "A soldier was shot dead by a sniper near the front line on Monday, the army said.",
        "An enemy sniper killed a soldier in the trenches near the village on Tuesday, the brigade said.",
        "A sniper shot dead a soldier on the front line on Monday, the defence ministry said.",
        "A Marine was shot and killed by a sniper while on patrol in the city on Sunday, the military said.",
    ],
)
def test_a_sniper_who_shot_a_soldier_is_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text) == ["armed-clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister was assassinated by a sniper at his home on Friday night.", ["assassination"]),
        ("A soldier was shot dead by a gunman at a base on Monday, officials said.", ["assassination"]),
        ("Navy snipers shot dead three pirates holding the captain on Sunday.", ["other"]),
    ],
)
def test_a_sniper_near_misses(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert types(extractor, text) == expected


# ---------------------------------------------------------------- a vehicle bomb someone drove
@pytest.mark.parametrize(
    "text",
    [
        "A car bomb driven by a militant exploded at the entrance of the base on Monday, killing eight soldiers.",
        "An explosives-laden truck driven by an attacker slammed into the gate of a police compound on Tuesday, "
        "killing six officers.",
        "A truck packed with explosives, driven by a fighter, blew up beside the barracks on Sunday, killing 12 troops.",
    ],
)
def test_a_vehicle_bomb_someone_drove_is_a_suicide_bombing(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text) == ["suicide-bombing"]


@pytest.mark.parametrize(
    "text",
    [
        "A truck driven by soldiers hit a mine on the road on Monday, killing three of them.",
        "A car bomb exploded near a bus driven by a civilian on Monday, killing five passengers.",
        "A car bomb parked outside the ministry exploded on Monday, killing four people; police said it was driven "
        "by a man who fled.",
    ],
)
def test_a_vehicle_bomb_near_misses(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text) == ["roadside-bomb"]
