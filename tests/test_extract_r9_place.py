"""Event places and dates (round 9): invented sentences, none from the example corpus. Each
mechanism has several wordings and near misses that must not fire. Publication date: Wednesday
2019-06-12."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pycountry
import pytest
import yaml

from kgbuild.dates import find_dates
from kgbuild.extract import Extractor
from kgbuild.ingest import Article
from kgbuild.reference import DATA, load

PUB = date(2019, 6, 12)


@pytest.fixture(scope="module")
def ref():  # type: ignore[no-untyped-def]
    return load()


@pytest.fixture(scope="module")
def extractor(ref):  # type: ignore[no-untyped-def]
    return Extractor(ref)


def _event(extractor: Extractor, text: str):  # type: ignore[no-untyped-def]
    events = extractor.extract(Article(Path("test.txt"), "test", text, "test", PUB, "option")).events
    assert events, text
    return events[0]


# --- a month's abbreviation is a whole word: "14 Marines", "5 Mayors" are counts


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 14 Marines were killed on Monday.",
        "The blast wounded 3 Marchers at the rally.",
        "5 Mayors of the region met the governor.",
        "The last 12 Junes were the hottest on record.",
        "Medics treated 4 Augustinian monks.",
        "The 2 Decembrists were freed.",
    ],
)
def test_a_word_that_starts_like_a_month_is_no_date(text) -> None:  # type: ignore[no-untyped-def]
    assert [d for d in find_dates(text, PUB) if d.earliest.month != PUB.month or "on Monday" not in d.text] == []


@pytest.mark.parametrize(
    "text, day",
    [
        ("The attack on 14 Mar. killed two.", date(2019, 3, 14)),
        ("The attack on 14 Mar killed two.", date(2019, 3, 14)),
        ("Fighting began on Sept 5 near the town.", date(2018, 9, 5)),
        ("the 3 March ambush", date(2019, 3, 3)),
        ("since March 3, 2019", date(2019, 3, 3)),
    ],
)
def test_month_abbreviations_still_make_dates(text, day) -> None:  # type: ignore[no-untyped-def]
    assert day in [d.earliest for d in find_dates(text, PUB)]


# --- subdivisions named bare are provinces of their country, not unknown towns


def _regions():  # type: ignore[no-untyped-def]
    return yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))["regions"]


def test_region_rows_are_iso_3166_2_subdivisions_of_their_country() -> None:
    for row in _regions():
        sub = pycountry.subdivisions.get(code=row["iso"])
        assert sub is not None and sub.country_code == row["country"], row["iso"]


def test_bare_region_names_are_no_known_town(ref) -> None:  # type: ignore[no-untyped-def]
    for row in _regions():
        for alias in row.get("aliases", []):
            kinds = {p.kind for h in ref.place_matcher.finditer(alias) if h.text == alias for p in h.payloads}
            assert kinds == {"province"}, (alias, kinds)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("fighting in Chechnya", "RU-CE"),
        ("a helicopter downed over Jalisco", "MX-JAL"),
        ("gunmen in Jalisco state", "MX-JAL"),
        ("in Takhar province", "AF-TAK"),
        ("an ambush in Soum", "BF-SOM"),
        ("in the Ménaka region of Mali", "ML-9"),
        ("clashes in Manipur", "IN-MN"),
        ("in Iraq's Anbar province", "IQ-AN"),
        ("across Balochistan", "PK-BA"),
    ],
)
def test_bare_and_suffixed_region_names(ref, text, iso) -> None:  # type: ignore[no-untyped-def]
    found = [(p.kind, p.key) for h in ref.place_matcher.finditer(text) for p in h.payloads]
    assert ("province", iso) in found


@pytest.mark.parametrize("text", ["the town of Ménaka", "a Kaduna market", "in Kandahar city", "Delta Force"])
def test_towns_and_words_are_no_regions(ref, text) -> None:  # type: ignore[no-untyped-def]
    assert "province" not in {p.kind for h in ref.place_matcher.finditer(text) for p in h.payloads}


@pytest.mark.parametrize(
    "text, country",
    [
        ("Militants attacked an army post in the village of Toeni in Soum on Monday, killing 12 soldiers.", "BF"),
        ("A roadside bomb killed four soldiers near the village of Gumsa in Borno on Monday.", "NG"),
        ("Gunmen ambushed a police patrol near the village of Aguililla in Michoacan on Monday, killing "
         "five officers.", "MX"),
    ],
)
def test_a_village_in_a_bare_region_takes_its_country(extractor, text, country) -> None:  # type: ignore[no-untyped-def]
    ev = _event(extractor, text)
    assert ev.place.kind != "province" and ev.place.country == country


# --- a place the gazetteer does not know takes the country of the nearest known place in its
# sentence, or the one it is said to be "in"


@pytest.mark.parametrize(
    "text, country",
    [
        ("A roadside bomb struck a convoy near Zarghun Shahr, in Afghanistan's Paktika province, on Monday, "
         "killing three soldiers, the U.S. military said.", "AF"),
        ("Mortar rounds hit the market near Baraawe, in Somalia's Lower Shabelle region, on Monday, killing "
         "six people, Kenyan officials said.", "SO"),
        ("The bomber was born in 1994 in the town of Kafr Nabudah in northern Syria, Turkish officials said "
         "after the blast in Ankara on Monday that killed 11.", "SY"),
    ],
)
def _adhoc_countries(extractor: Extractor, text: str, name: str) -> set[str | None]:
    """The countries given to the unknown place ``name`` (the extractor memoises its ad hoc places)."""
    extractor.extract(Article(Path("test.txt"), "test", text, "test", PUB, "option"))
    return {country for (n, _kind, country) in extractor._adhoc if n == name}


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("A roadside bomb struck a convoy near Zarghun Shahr, in Afghanistan's Paktika province, on Monday, "
         "killing three soldiers, the U.S. military said.", "Zarghun Shahr", "AF"),
        ("Mortar rounds hit the market near Baraawe, in Somalia's Lower Shabelle region, on Monday, killing "
         "six people, Kenyan officials said.", "Baraawe", "SO"),
        ("The bomber was born in 1994 in the town of Kafr Nabudah in northern Syria, Turkish officials said "
         "after the blast in Ankara on Monday that killed 11.", "Kafr Nabudah", "SY"),
        ("Shells hit a shelter at Yaroun on Monday, killing 40 people in the worst episode of Israel's "
         "offensive in southern Lebanon.", "Yaroun", "LB"),
    ],
)
def test_an_unknown_place_takes_the_country_next_to_it(extractor, text, name, country) -> None:  # type: ignore[no-untyped-def]
    assert _adhoc_countries(extractor, text, name) == {country}


# --- where a government spoke is not where it happened: a capital fronted as "In X," before its
# government's voice, or named as the seat of a ministry that speaks


@pytest.mark.parametrize(
    "text, place",
    [
        ("Four Turkish soldiers were killed when their vehicle struck a mine in Badghis province on Monday. In "
         "Ankara, the Defence Ministry named the dead as two sergeants and two privates.", "Badghis"),
        ("Seven aid workers were killed when gunmen stormed their compound in Kunar province on Monday. In "
         "Oslo, Foreign Minister Ine Eriksen said the attack that killed them was a crime.", "Kunar"),
        ("Two American soldiers died in a roadside bombing in Diyala province on Monday. In Washington, "
         "Pentagon officials said the attack was under investigation.", "Diyala"),
        ("Three Australian soldiers were killed in an insider attack in Uruzgan province on Monday. The "
         "Department of Defence in Canberra named the dead on Tuesday.", "Uruzgan"),
        ("A French legionnaire was killed by a mine in northern Mali on Monday. The Ministry of the Armed "
         "Forces in Paris named the dead soldier on Tuesday.", "Mali"),
        ("Two Japanese engineers were killed when gunmen attacked their camp in eastern Afghanistan on Monday. "
         "The Ministry of Foreign Affairs in Tokyo has identified the dead as two civil engineers.", "Afghanistan"),
    ],
)
def test_a_government_speaking_from_its_capital_places_nothing(extractor, text, place) -> None:  # type: ignore[no-untyped-def]
    ev = _event(extractor, text)
    assert place in ev.place.name, ev.place


@pytest.mark.parametrize(
    "text, place",
    [
        # a fronted capital without a government's voice after it is the incident's
        ("In Kabul, a suicide bomber killed 12 people at a police checkpoint on Monday, officials said.",
         "Kabul"),
        ("In Baghdad, police said a car bomb had killed three people at a market on Monday.", "Baghdad"),
        # a town that is no capital: its officials speak where it happened
        ("In Kandahar, provincial officials said a car bomb had killed three people at a market in Afghanistan "
         "on Monday.", "Kandahar"),
        ("A car bomb killed three people at a market on Monday in Afghanistan. In Lashkar Gah, a provincial "
         "spokesman said two more died later.", "Lashkar Gah"),
        # a ministry's building is the target, no statement follows
        ("A car bomb exploded outside the Ministry of Justice in Kabul on Monday, killing 12 people.", "Kabul"),
    ],
)
def test_a_fronted_town_or_a_ministry_building_stays_the_place(extractor, text, place) -> None:  # type: ignore[no-untyped-def]
    ev = _event(extractor, text)
    assert ev.place.key == place.lower().replace(" ", "-"), ev.place


# --- the hospital the wounded were taken to, told after its town


@pytest.mark.parametrize(
    "text",
    [
        "A helicopter was shot down in Anbar province on Monday, killing 12 soldiers. The dead were counted at "
        "the crash site and at the military hospital in Kirkuk to which the wounded were flown.",
        "A helicopter was shot down in Anbar province on Monday, killing 12 soldiers. Officers gave the toll of "
        "the dead at a hospital in Kirkuk, where the survivors were being treated.",
        "A helicopter was shot down in Anbar province on Monday, killing 12 soldiers. Two more were found "
        "dead later in a clinic at Kirkuk to where the injured had been airlifted.",
    ],
)
def test_the_hospital_of_the_wounded_is_no_incident_place(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _event(extractor, text).place.key == "IQ-AN"


@pytest.mark.parametrize(
    "text",
    [
        "An air strike hit a hospital in Kirkuk on Monday, killing 12 people. Rescuers said the wounded were "
        "taken to clinics nearby.",
        # the hospital was attacked, whoever was treated there
        "A suicide bomber rammed a truck into the gates of the military hospital in Kirkuk, where wounded "
        "soldiers were treated, killing 50 people on Monday. Most of the dead had been brought from the "
        "fighting in Anbar province.",
    ],
)
def test_a_strike_on_a_hospital_stays_at_the_hospital(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _event(extractor, text).place.name == "Kirkuk"


# --- a small town abroad that the dateline names is a place wherever the text names it


@pytest.mark.parametrize(
    "text, town",
    [
        ("NEWRY - Eleven people were killed when a bomb exploded beside the war memorial as crowds gathered "
         "for a parade through Newry on Sunday, police in Belfast said.", "Newry"),
        ("COLERAINE -- Six people were killed on Saturday when a bomb left in a van "
         "tore through a shopping street that runs down to Coleraine harbour, police said.", "Coleraine"),
        ("LLEIDA, Spain, June 10 -- A car bomb killed two police officers on Monday at a checkpoint on the ring road that "
         "circles Lleida, officials in Madrid said.", "Lleida"),
    ],
)
def test_a_small_town_the_dateline_names_is_a_place(extractor, text, town) -> None:  # type: ignore[no-untyped-def]
    assert _event(extractor, text).place.name == town


@pytest.mark.parametrize(
    "text, surname",
    [
        # the dateline is elsewhere: the small town's name is a surname here
        ("ARMAGH -- A roadside bomb killed four soldiers near Crossmaglen on Monday, said Captain John Newry "
         "of the regiment, speaking from Belfast.", "Newry"),
        ("KABUL -- A roadside bomb killed four soldiers near Ghazni on Monday, Captain Maria Lleida of the "
         "coalition said.", "Lleida"),
    ],
)
def test_a_small_town_the_dateline_does_not_name_stays_no_place(extractor, text, surname) -> None:  # type: ignore[no-untyped-def]
    assert _event(extractor, text).place.name != surname


# --- the day of a briefing is the statement's, not the incident's: "speaking at his weekly briefing
# on Tuesday", "speaking to a news conference on Monday"


@pytest.mark.parametrize(
    "text, day",
    [
        ("Eight soldiers were killed in an ambush in Kunar province earlier this month. Speaking at his weekly "
         "briefing on Tuesday, the ministry's spokesman said the dead were all conscripts.", date(2019, 6, 1)),
        ("Three aid workers died in an air strike on a convoy in Idlib province earlier this month. "
         "Speaking to a news conference on Monday, the agency's director said the convoy had been marked.",
         date(2019, 6, 1)),
        ("Five policemen were killed by a car bomb in Diyala province earlier this month. At a press briefing "
         "on Tuesday, the governor said the bomber had been identified.", date(2019, 6, 1)),
    ],
)
def test_a_briefing_day_is_no_incident_date(extractor, text, day) -> None:  # type: ignore[no-untyped-def]
    ev = _event(extractor, text)
    assert (ev.date, ev.date_precision) == (day, "month"), ev.date


@pytest.mark.parametrize(
    "text, day",
    [
        # a post, a checkpoint or a rally attacked on a day: the incident's day
        ("Gunmen attacked soldiers at a border post on Monday, killing eight, officials said earlier this "
         "month.", date(2019, 6, 10)),
        ("Eight soldiers were killed in Kunar province earlier this month. Gunmen struck again at an army post "
         "on Tuesday, killing three more.", date(2019, 6, 11)),
    ],
)
def test_a_post_attacked_on_a_day_keeps_its_day(extractor, text, day) -> None:  # type: ignore[no-untyped-def]
    assert _event(extractor, text).date == day
