"""General casualty-phrase grammar: a number phrase, a victim noun phrase and a casualty predicate in
its active, passive and nominal forms, tried on sentences invented for the test in several outlets'
styles (none is taken from the example corpus), with near-misses that must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import invented_figures

from kgbuild.extract import Extractor
from kgbuild.ingest import Article

_figs = invented_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second coordinated verb in the present or with "more"
        ("Kabul blast kills 12, wounds 30", [("deaths", 12), ("injuries", 30)]),
        ("Car bomb kills at least 15, injures 40 in Mogadishu", [("deaths", 15), ("injuries", 40)]),
        ("The explosion killed 12 and wounded 30 more, officials said.", [("deaths", 12), ("injuries", 30)]),
        ("The blast killed 12 people and injured 40 more near the market in Quetta.", [("deaths", 12), ("injuries", 40)]),
        # nominal forms
        ("The shelling of Donetsk caused 12 deaths and 30 injuries, the mayor said.", [("deaths", 12), ("injuries", 30)]),
        ("There were eight fatalities and 19 injuries after the rocket hit Sderot, police said.",
         [("deaths", 8), ("injuries", 19)]),
        # lives
        ("The explosion in Beirut claimed at least 19 lives, the interior ministry said.", [("deaths", 19)]),
        ("The crash of the army helicopter near Herat has claimed 12 lives.", [("deaths", 12)]),
        ("Twelve lives were lost when the mortar struck the school in Aleppo.", [("deaths", 12)]),
        # bodies
        ("Rescue workers pulled 17 bodies from the rubble in Idlib after the airstrike on Sunday.", [("deaths", 17)]),
        ("The bodies of 17 people were recovered from the rubble after the strike on Mosul.", [("deaths", 17)]),
        ("Doctors said 17 bodies had been brought to the hospital after the bombing in Baghdad.", [("deaths", 17)]),
        # those hurt who died
        ("Two of the wounded died in hospital after the suicide bombing in Kabul, officials said.", [("deaths", 2)]),
    ],
)
def test_casualty_phrase_forms(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs


@pytest.mark.parametrize(
    "text",
    [
        "Medics in Gaza saved 12 lives during the night, the hospital said after the airstrike.",
        "The new shelters in Kharkiv could save 300 lives, the mayor said after the shelling.",
        "The airstrike on Raqqa destroyed 17 bodies of armour, the coalition said.",
    ],
)
def test_casualty_phrase_near_misses(extractor, text):  # type: ignore[no-untyped-def]
    assert _figs(extractor, text) == []


def test_bodies_recovered_after_a_larger_toll_is_search_progress(extractor):  # type: ignore[no-untyped-def]
    figs = _figs(
        extractor,
        "The Mi-8 helicopter crashed into the sea off Sochi, killing all 40 people on board. "
        "Divers said 11 bodies had been recovered by Monday.",
    )
    assert ("deaths", 40) in figs and ("deaths", 11) not in figs, figs


@pytest.mark.parametrize(
    "text",
    [
        "The blast in Beirut could have claimed hundreds of lives, the mayor said.",
        "The attack in Kabul was the deadliest since the 2017 truck bombing, which killed 150 people.",
    ],
)
def test_hypothetical_and_compared_counts_are_none(extractor, text):  # type: ignore[no-untyped-def]
    assert _figs(extractor, text) == []


def test_the_deadliest_since_a_year_is_no_toll(extractor):  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", "The bombing in Kabul on Monday killed 40 people, the deadliest attack "
                                   "since 2017.", "test", date(2019, 6, 12), "option"))
    assert ex.tolls == [] and [(f.kind, f.value) for e in ex.events for f in e.figures] == [("deaths", 40)]


def _nats(extractor: Extractor, text: str) -> list[tuple[str, int, str | None]]:
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [(f.kind, f.value, f.nationality) for e in ex.events for f in e.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacker's or the weapon's nationality is not the victims'; the speaking state's forces are
        ("A Russian drone strike killed three soldiers near Bakhmut on Monday, Ukraine's military said.",
         ("deaths", 3, "UA")),
        ("Israeli tank fire killed two soldiers near Naqoura, the Lebanese army said.", ("deaths", 2, "LB")),
        ("Two soldiers were killed by Azerbaijani shelling near Stepanakert, Armenia's defence ministry said.",
         ("deaths", 2, "AM")),
        # a victim's nationality told before the count still holds
        ("Syrian government forces shelled Turkish positions near Saraqeb, killing eight soldiers.",
         ("deaths", 8, "TR")),
    ],
)
def test_agent_nationality_is_not_the_victims(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _nats(extractor, text), _nats(extractor, text)


def test_speaker_that_did_the_killing_is_not_the_victims_nation(extractor):  # type: ignore[no-untyped-def]
    figs = _nats(extractor, "The Russian defence ministry said its forces killed 300 soldiers near Avdiivka.")
    assert ("deaths", 300, "RU") not in figs, figs


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Security forces killed 10 militants in North Waziristan, the Pakistani military's media wing said.", "PK"),
        ("Two soldiers died in the blast near Kidal, the Malian army's spokesman said.", "ML"),
    ],
)
def test_a_bodys_own_office_speaks_for_the_body(extractor, text, country):  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    orgs = [f.attribution.organisation for e in ex.events for f in e.figures]
    assert orgs and all(o is not None and o.country == country for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all aboard a named vessel or aircraft
        ("The navy said all 53 people aboard the submarine KRI Nanggala-402 had died when it sank north of Bali.",
         ("deaths", 53)),
        ("All 17 men aboard the fishing boat Maria perished when it hit a mine off Odesa, the port authority said.",
         ("deaths", 17)),
        # nobody of a counted group survived
        ("Officials said there were no survivors among the 75 people on board the Yak-42 that crashed near Trabzon.",
         ("deaths", 75)),
        ("Rescuers found not a single survivor among the 40 passengers of the bus hit by a missile near Kharkiv.",
         ("deaths", 40)),
        # bodies buried, "had so far been"
        ("The disaster agency said 85 bodies had so far been buried after the drone strike on Tudun Biri in Kaduna.",
         ("deaths", 85)),
        ("By Tuesday 40 bodies had now been recovered from the rubble in Antakya after the strike.", ("deaths", 40)),
    ],
)
def test_more_casualty_forms(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(extractor, text), _figs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a verb inside a word is no verb ("bloodied" holds "died"); fighter aircraft are no fighters
        "Television showed a blindfolded man with a bloodied face after the jet crashed in Kashmir on Wednesday.",
        "India has confirmed losing a MiG-21 Bison fighter in what it called an aerial engagement over Kashmir.",
        "The Iraqi air force lost two fighter jets over Kirkuk on Monday after the strike on the base.",
        # those aboard who lived
        "Rescuers said 12 people aboard the ferry were rescued near Lampedusa after the boat was shelled.",
    ],
)
def test_more_casualty_near_misses(extractor, text):  # type: ignore[no-untyped-def]
    assert _figs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("At least 235 people were killed in the attack on the mosque in Bir al-Abed, the state news agency MENA said.",
         "MENA"),
        ("The pro-government daily Sabah reported that 12 soldiers were killed near Hakkari in Turkey.", "Sabah"),
        ("OUAGADOUGOU - Gunmen attacked the post at Inata in northern Burkina Faso on Sunday. In a statement, the "
         "government gave a provisional toll of 19 gendarmes killed.", "Government (Burkina Faso)"),
        ("The health ministry issued a new toll of 40 dead after the strike on Khan Younis.", "the health ministry"),
    ],
)
def test_an_outlet_by_its_name_and_a_body_giving_a_toll(extractor, text, label):  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    labels = [f.attribution.label for e in ex.events for f in e.figures]
    assert labels and all(lab == label for lab in labels), labels


def _full(extractor: Extractor, text: str):  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [(f.kind, f.value, f.nationality, f.attribution.label) for e in ex.events for f in e.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British and American spellings of one body
        ("The Israel Defence Forces said that two soldiers were killed near the border crossing at Erez.",
         ("deaths", 2, "IL", "Israel Defense Forces")),
        # attackers' nationality is never their victims'; the speaking army's own
        ("The Israel Defense Forces said Palestinian gunmen who crept through a tunnel overnight had killed "
         "two soldiers at a post near Erez.", ("deaths", 2, "IL", "Israel Defense Forces")),
        # "the statement" is the body that spoke before
        ("The Israel Defense Forces said the post near Erez was overrun before dawn by Palestinian militants. "
         "Three soldiers were wounded, the statement said.", ("injuries", 3, "IL", "Israel Defense Forces")),
        # a story that names no nation but the incident's country: its own forces
        ("GUADALAJARA, Mexico (Wire) -- Gunmen shot down an army helicopter near Villa Purificacion in Jalisco "
         "state on Friday. Three soldiers died in the crash, officials in Mexico said.", ("deaths", 3, "MX", None)),
        # an official's title before his name speaks
        ("Public Security Commissioner Juan Carlos Ortega said three soldiers died near Villa Purificacion.",
         ("deaths", 3, None, "Public Security Commissioner Juan Carlos Ortega")),
    ],
)
def test_whose_soldiers_and_who_speaks(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _full(extractor, text)
    kind, value, nat, label = expected
    hit = [f for f in figs if f[:2] == (kind, value)]
    assert hit, figs
    assert hit[0][2] == nat, figs
    if label is not None:
        assert hit[0][3] == label, figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attackers' own dead keep their nationality
        ("Three Palestinian gunmen were killed when troops stormed the house in Jenin, the Israeli army said.",
         ("deaths", 3, "PS")),
        # a foreign nation in the story: the incident country is not given to soldiers of no stated
        # nationality (the older context rule still gives them the dominant nation named, here the Americans)
        ("GUADALAJARA, Mexico (Wire) -- Gunmen attacked a convoy with American advisers near Villa Purificacion "
         "in Jalisco state on Friday. Three soldiers died, officials said.", ("deaths", 3, "not MX")),
    ],
)
def test_whose_soldiers_near_misses(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _full(extractor, text)
    hit = [f for f in figs if f[:2] == expected[:2]]
    assert hit, figs
    if expected[2] == "not MX":
        assert hit[0][2] != "MX", figs
    else:
        assert hit[0][2] == expected[2], figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality told after the group, in apposition, holds for all of it
        ("The mission said seven of its peacekeepers, all from Tanzania, had been killed in the ambush near Khor Abeche.",
         ("deaths", 7, "TZ")),
        ("A missile struck a tanker off Hodeidah on Monday, killing two sailors. None of the 20 crew on the freighter, "
         "all of them Filipino, was injured, the coast guard said.",
         ("injuries", 0, "PH")),
        ("Gunmen opened fire on the convoy near Bavispe, killing nine people, all of them American citizens.",
         ("deaths", 9, "US")),
        ("Five aid workers, all Britons, were wounded when the shell hit the compound in Mogadishu.", ("injuries", 5, "GB")),
        ("Two engineers, both Chinese nationals, were killed when the bus plunged into the ravine after the blast in Dasu.",
         ("deaths", 2, "CN")),
        ("The roadside bomb killed three soldiers - all from France - near Gao on Tuesday, officials said.",
         ("deaths", 3, "FR")),
        ("Four tourists (all of them Germans) died when the rocket struck the hotel in Kramatorsk.", ("deaths", 4, "DE")),
    ],
)
def test_nationality_told_after_the_group(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _nats(extractor, text), _nats(extractor, text)


@pytest.mark.parametrize(
    ("text", "kind", "value", "not_nat"),
    [
        # a nationality inside a longer apposition is no nationality of the group
        ("Gunmen opened fire on the market in Gao, killing nine people, all of them near the Russian embassy.",
         "deaths", 9, "RU"),
        ("Six residents, all Russian-speaking pensioners, were wounded by the shelling of Kharkiv.", "injuries", 6, "RU"),
        ("The shelling of Kherson killed four civilians, all of them by Russian artillery, the governor said.",
         "deaths", 4, "RU"),
        # most of a group is not all of it
        ("The blast in Kabul killed 12 people, most of them Pakistani pilgrims, police said.", "deaths", 12, "PK"),
    ],
)
def test_nationality_told_after_the_group_near_misses(extractor, text, kind, value, not_nat):  # type: ignore[no-untyped-def]
    figs = _nats(extractor, text)
    hit = [f for f in figs if f[:2] == (kind, value)]
    assert hit and all(f[2] != not_nat for f in hit), figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll revised after a long subject: a clause between the count and its verb of revision
        ("The number of people killed by two suicide bombers at a peace rally in the capital rose to 97 on Sunday, "
         "officials said.", ("deaths", 97, None)),
        ("The number of people killed when a car bomb tore through the crowded vegetable market in central Kirkuk "
         "rose to 31 on Tuesday, police said.", ("deaths", 31, None)),
        ("The number of American soldiers killed when a Chinook helicopter was brought down west of Baghdad on Sunday "
         "rose to 16 on Monday, Pentagon officials said.", ("deaths", 16, "US")),
        ("The death toll from Sunday's bombing of the crowded vegetable market in central Kirkuk has risen to 31, "
         "police said.", ("deaths", 31, None)),
        ("The toll from the Israeli strike on the school in the Nuseirat camp on Saturday had reached 40 by nightfall, "
         "medics said.", ("deaths", 40, None)),
        # transitive revisions, up and down
        ("A suicide bomber struck a police post in Kandahar on Monday. The interior ministry later raised the toll "
         "to 41 killed.", ("deaths", 41, None)),
        ("A suicide bomber struck a police post in Kandahar on Monday, killing 25 people. The army later lowered the "
         "death toll to 20.", ("deaths", 20, None)),
        ("A suicide bomber struck a police post in Kandahar on Monday, killing 12 people. The death of a wounded "
         "soldier on Friday takes the toll from the bombing to 14.", ("deaths", 14, None)),
    ],
)
def test_revised_tolls(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _nats(extractor, text)
    hit = [f for f in figs if f[:2] == expected[:2]]
    assert hit, figs
    if expected[2] is not None:
        assert hit[0][2] == expected[2], figs


@pytest.mark.parametrize(
    "text",
    [
        # a number of others than the dead, or a toll not yet given
        "The number of refugees who crossed the border after the shelling of Kharkiv rose to 3,000 on Tuesday.",
        "The death toll from the bombing in Kirkuk is expected to be announced at 5 pm, police said.",
        "The number of checkpoints around the city after the bombing of the market in Kirkuk rose to 40, police said.",
    ],
)
def test_revised_toll_near_misses(extractor, text):  # type: ignore[no-untyped-def]
    assert _figs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "aff"),
    [
        # a rank noun as the head makes the group armed forces, whatever the modifier
        ("A landmine badly wounded two South Korean staff sergeants near Paju, the defence ministry said.", "armed-forces"),
        ("Two staff sergeants were killed when the mortar hit the base near Kandahar.", "armed-forces"),
        # near-miss: staff with no rank are civilians
        ("Two embassy staff were killed when the mortar hit the compound in Kabul.", "civilian"),
    ],
)
def test_rank_head_makes_armed_forces(extractor, text, aff):  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    affs = [f.affiliations for e in ex.events for f in e.figures]
    assert affs and affs[0][0] == aff, affs


# ---- the country a figure's people come from, told right after their noun (round 9): "Two U.N. peacekeepers
# from Chad", "six construction workers from Nepal"; near-misses: a village or a base is no country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two U.N. peacekeepers from Chad were killed when their convoy hit a mine near Tessalit on Tuesday.",
         ("deaths", 2, "TD")),
        ("Six construction workers from Nepal died when a rocket hit their camp near Kandahar on Monday.",
         ("deaths", 6, "NP")),
        ("The attack on the convoy near Beni wounded four peacekeepers from Bangladesh, the mission said.",
         ("injuries", 4, "BD")),
    ],
)
def test_people_from_a_country_are_of_it(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _nats(extractor, text), _nats(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed three people from the village near Jos on Sunday.", ("deaths", 3, "TD")),
        ("Three soldiers from the base were wounded when a shell landed near the gate in Kirkuk on Friday.",
         ("injuries", 3, "TD")),
    ],
)
def test_a_place_that_is_no_country_gives_no_nationality(extractor, text, expected):  # type: ignore[no-untyped-def]
    kind, value, _ = expected
    found = [f for f in _nats(extractor, text) if f[:2] == (kind, value)]
    assert found and all(f[2] in (None, "NG", "IQ") for f in found), found
