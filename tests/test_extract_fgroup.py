"""The group of a casualty figure (its nationality), resolved by one order of evidence (see
``Extractor._resolve_groups``): the group's own words; a breakdown right after it; for a nation's
security forces, the claimant, the one nation whose forces the article names, the incident's country
when a force is named as the country's own; never the attackers' nor the other side's nationality.
Every sentence is invented for the test, in several outlets' styles and about several wars; none is
taken from the example corpus. Near-misses must keep no nationality or their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor
from kgbuild.ingest import Article


def _groups(extractor: Extractor, text: str) -> list[tuple[str, int, str | None, str]]:
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [(f.kind, f.value, f.nationality, f.affiliation) for e in ex.events for f in e.figures]


def _nat_of(extractor: Extractor, text: str, kind: str, value: int) -> set[str | None]:
    return {n for k, v, n, _a in _groups(extractor, text) if (k, v) == (kind, value)}


# ----------------------------------------------------------------------------- a mixed group
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a colon, a dash or "among them" opens a breakdown of several nations: the total is of none
        # (the total would otherwise take the nation of the group told before it)
        ("The Pentagon named the four American soldiers who died in the crash near Mosul. Seven were killed: "
         "the four Americans, two Canadians and a Czech officer.", 7),
        ("The Bundeswehr said three German soldiers were wounded near Kunduz. Nine were killed in all, among "
         "them three Germans, four Belgians and two Dutch marines.", 9),
        ("Eleven soldiers were killed on Tuesday, among them four Americans and seven Afghans, when rockets "
         "struck the base near Kandahar.", 11),
        ("Six soldiers died -- three Britons, two Danes and an Estonian -- when a roadside bomb hit their "
         "patrol near Lashkar Gah on Monday.", 6),
    ],
)
def test_a_breakdown_of_several_nations_makes_the_group_mixed(extractor, text, value):  # type: ignore[no-untyped-def]
    assert _nat_of(extractor, text, "deaths", value) == {None}, _groups(extractor, text)


def test_a_group_that_names_its_own_nation_keeps_it_before_a_breakdown(extractor):  # type: ignore[no-untyped-def]
    # near-miss: the group's own words come first
    text = ("Eight Turkish soldiers were killed near al-Bab on Thursday, including two officers and a "
            "Syrian interpreter, the Turkish General Staff said.")
    assert "TR" in _nat_of(extractor, text, "deaths", 8), _groups(extractor, text)


# ----------------------------------------------------------------------------- a nation's forces
@pytest.mark.parametrize(
    ("text", "value", "nat"),
    [
        # the one nation whose forces the article names, in an earlier sentence
        ("The Nigerian army said insurgents attacked its base at Monguno overnight. Seven soldiers were killed "
         "and 12 were wounded in the fighting.", 7, "NG"),
        ("Colombian troops were patrolling a road outside Tumaco on Sunday when dissidents opened fire. Four "
         "soldiers died at the scene.", 4, "CO"),
        ("Gunmen on motorbikes attacked a post of the Burkinabe gendarmerie near Djibo at dawn. Eleven gendarmes "
         "were killed, a security source said.", 11, "BF"),
        # a nationality told only of the other side's people is not the forces'
        ("Police said the two militants killed in the gunfight near Srinagar included a Pakistani national. "
         "The Indian Army said three soldiers also died.", 3, "IN"),
    ],
)
def test_the_forces_named_give_their_soldiers_nation(extractor, text, value, nat):  # type: ignore[no-untyped-def]
    assert _nat_of(extractor, text, "deaths", value) == {nat}, _groups(extractor, text)


@pytest.mark.parametrize(
    ("text", "value", "nat"),
    [
        # a force named as the country's own ("the army said", "police said", "the air force base"), with
        # no nation's force named: the incident's country (the militants' nationality aside)
        ("Police said the two militants killed near Srinagar included a Pakistani national. Three soldiers were "
         "also killed in the gunfight, the army said.", 3, "IN"),
        ("Militants stormed a police post outside Quetta on Monday night. Police said four policemen were "
         "killed.", 4, "PK"),
        ("Al-Shabaab fighters overran a base near Mogadishu. Security forces said 15 soldiers were killed.", 15, "SO"),
        # a country named only as where something lies is no foreign force
        ("Insurgents ambushed an Assam Rifles convoy near Imphal, a few kilometres from the border with Myanmar. "
         "Five soldiers were killed, the army said.", 5, "IN"),
    ],
)
def test_an_own_force_is_the_incident_countrys(extractor, text, value, nat):  # type: ignore[no-untyped-def]
    assert _nat_of(extractor, text, "deaths", value) == {nat}, _groups(extractor, text)


@pytest.mark.parametrize(
    ("text", "value", "not_nat"),
    [
        # near-misses: two nations' forces named together, a multinational speaker, the killer's own nation
        ("Somali troops and the Kenyan army fought al-Shabaab near Kismayo. Eleven soldiers were killed.", 11, "KE"),
        ("Turkish troops shelled positions near Tal Rifaat, killing five soldiers, a monitor said.", 5, "TR"),
        ("The Russian defence ministry said its forces killed 300 soldiers near Avdiivka.", 300, "RU"),
    ],
)
def test_no_force_nation_is_guessed_against_the_evidence(extractor, text, value, not_nat):  # type: ignore[no-untyped-def]
    assert not_nat not in _nat_of(extractor, text, "deaths", value), _groups(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no force is named at all: soldiers of no stated nation stay so
        "A bomb near Kabul killed five soldiers on Monday.",
        # a coalition's or an alliance's "its": of several nations
        "The coalition said two of its soldiers were killed near Mosul on Monday.",
    ],
)
def test_soldiers_of_no_named_force_keep_no_nation(extractor, text):  # type: ignore[no-untyped-def]
    assert {n for _k, _v, n, _a in _groups(extractor, text)} == {None}, _groups(extractor, text)


# ----------------------------------------------------------------------------- those aboard an airliner
@pytest.mark.parametrize(
    "text",
    [
        "An Aeroflot Il-62 airliner crashed on take-off near Irkutsk on Tuesday, killing all 120 people on board.",
        "The Siberia Airlines Tu-154, flying from Tel Aviv, exploded over the sea, killing all 78 people on board.",
        # a model named as a civil kind
        "An Ilyushin Il-76 cargo aircraft was shot down after take-off from Mogadishu, killing all 11 people on board.",
    ],
)
def test_an_airlines_model_does_not_make_its_people_soldiers(extractor, text):  # type: ignore[no-untyped-def]
    affs = {a for _k, _v, _n, a in _groups(extractor, text)}
    assert "armed-forces" not in affs and affs, _groups(extractor, text)


def test_an_air_force_transport_still_carries_service_people(extractor):  # type: ignore[no-untyped-def]
    # near-miss: the same model flown by an air force
    text = "A Russian air force Il-76 transport crashed near Irkutsk on Tuesday, killing all ten people on board."
    assert "armed-forces" in {a for _k, _v, _n, a in _groups(extractor, text)}, _groups(extractor, text)


# ----------------------------------------------------------------------------- what the group is said to be
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("A UN spokesman said two Irish peacekeepers were hurt. Hospital staff put the number of wounded at more "
         "than 60, most of them women and children.", "injuries", 60),
        ("The Ukrainian military said three soldiers died in the strike on Kramatorsk. Medics counted 40 more dead "
         "by evening, many of them children.", "deaths", 40),
    ],
)
def test_a_count_said_to_be_mostly_civilians_is_not_the_soldiers_before(extractor, text, kind, value):  # type: ignore[no-untyped-def]
    got = [(n, a) for k, v, n, a in _groups(extractor, text) if (k, v) == (kind, value)]
    assert got and all(a == "civilian" and n not in ("IE",) for n, a in got), _groups(extractor, text)


def test_soldiers_said_to_be_mostly_conscripts_stay_soldiers(extractor):  # type: ignore[no-untyped-def]
    # near-miss: the group's own noun is a force's
    text = "Twelve Russian soldiers were killed near Kherson on Monday, most of them conscripts, the ministry said."
    assert ("deaths", 12, "RU", "armed-forces") in _groups(extractor, text), _groups(extractor, text)


# ----------------------------------------------------------------------------- the other side's people
@pytest.mark.parametrize(
    ("text", "value", "nat"),
    [
        # the one nationality the article gives the same noun
        ("Palestinian gunmen crossed the border fence near Kerem Shalom at dawn. Troops killed three of the gunmen "
         "in the exchange of fire.", 3, "PS"),
        ("Somali militants stormed the hotel in Kismayo overnight. Security forces said 12 militants were killed "
         "in the siege.", 12, "SO"),
    ],
)
def test_the_other_sides_people_keep_the_one_nation_told_of_them(extractor, text, value, nat):  # type: ignore[no-untyped-def]
    assert _nat_of(extractor, text, "deaths", value) == {nat}, _groups(extractor, text)


def test_militants_named_with_two_nations_keep_none(extractor):  # type: ignore[no-untyped-def]
    # near-miss: two nationalities given to the same noun
    text = ("Afghan militants and Pakistani militants attacked the post near Chaman. Soldiers killed nine militants, "
            "a military spokesman said.")
    assert _nat_of(extractor, text, "deaths", 9) <= {None}, _groups(extractor, text)


def test_one_said_to_be_of_the_militants_is_a_militant(extractor):  # type: ignore[no-untyped-def]
    text = ("Police said the two militants killed near Srinagar included a Pakistani national. Three soldiers were "
            "also killed in the gunfight, the army said.")
    assert ("deaths", 1, "PK", "militia") in _groups(extractor, text), _groups(extractor, text)


def test_the_dead_of_an_insurgents_ambush_are_not_insurgents(extractor):  # type: ignore[no-untyped-def]
    # near-miss: the militants are the subject of another verb
    text = "Insurgents ambushed an army convoy near Kandahar and the dead included a colonel, the ministry said."
    assert all(a != "militia" for _k, v, _n, a in _groups(extractor, text) if v == 1), _groups(extractor, text)
