"""A small grammar of how a count, its noun and its casualty predicate relate across word orders
(kgbuild/casualty_grammar.py), tried on sentences invented for the test in several outlets' styles, wars and
decades (none taken from the example corpus), each family with near-misses that must not fire.

Families: the predicate reached over the subject's modifiers (a relative clause, a participle's phrase,
prepositional phrases, an apposition) and a casualty participle coordinated with another; the noun before the
count ("a crew of 12"); a part of the dead or hurt that names a group ("One of the injured women"); harm told by
what it left ("leaving the mayor with serious wounds"); a group unhurt ("the family came out unhurt"); a member
singled out in a mid-sentence aside ("Three people, including a young girl, were killed"); headlines."""

from __future__ import annotations

import pytest
from conftest import invented_figures

from kgbuild.casualty_grammar import reach_predicate

_figs = invented_figures
D, INJ = "deaths", "injuries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between the subject and its verb
        ("All 12 marines aboard the CH-53 helicopter that crashed off Oahu during a night exercise were killed, "
         "the Corps said.", [(D, 12)]),
        ("Two aid workers who had been distributing flour in Rafah were killed in the airstrike, the charity said.",
         [(D, 2)]),
        ("Two Colombian policemen who were guarding the pipeline near Arauca were also killed in the rebel attack.",
         [(D, 2)]),
        ("Several reporters who had been covering the rally in Mogadishu were also killed in the blast.",
         [(D, 3)]),
        ("Both pilots of the Su-25 that was shot down over Idlib on Saturday died, the ministry said.", [(D, 2)]),
        # a participle's phrase, prepositional phrases
        ("Two gunmen holed up in the hotel were shot dead by commandos in Mumbai.", [(D, 2)]),
        ("Several Malian soldiers caught in the ambush north of Gao were later found dead, the army said.",
         [(D, 3)]),
        # an apposition between commas
        ("Five British soldiers on foot patrol outside Basra, part of a unit sent from Germany, were injured when "
         "a roadside bomb exploded.", [(INJ, 5)]),
        ("Two other observers in the jeep, a Swede and a Finn, were hurt when it struck a mine near Gorazde.",
         [(INJ, 2)]),
        # a casualty participle coordinated with another
        ("The six were dragged from their car at a checkpoint near Zvornik and shot dead, the rights group said "
         "after the massacre.", [(D, 6)]),
        ("The rebels stormed the post near Goma on Sunday; the four were cut off from their unit and killed.",
         [(D, 4)]),
    ],
)
def test_predicate_reached_over_modifiers(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the subject's own verb, a speech, a near death, another subject's casualty
        ("Twelve rebels attacked the post near Goma where a soldier was later wounded in the ambush.", 12),
        ("Two soldiers at the checkpoint near Hebron said they saw the man who was killed in the shooting.", 2),
        ("Two soldiers nearly died when their vehicle hit a mine near Kidal.", 2),
        ("Three insurgents hiding in the compound had killed two police officers in the ambush in Helmand.", 3),
        ("Russia said one of its air strikes near Raqqa last month may have killed the group's leader.", 1),
        # numbers that are not counts of casualties
        ("Six journalists covering the protest in Kyiv were detained and later released after the shelling.", 6),
        ("Ten students from the school where the bomb was found were evacuated after the explosion.", 10),
        ("The man, a father of three, was killed in the airstrike on Gaza City.", 3),
    ],
)
def test_predicate_reach_near_misses(extractor, text, absent):  # type: ignore[no-untyped-def]
    assert all(v != absent for _k, v in _figs(extractor, text)), _figs(extractor, text)


def test_reach_predicate_unit():  # type: ignore[no-untyped-def]
    assert reach_predicate(" aboard the ferry that sank off Dakar were killed") == ("deaths", 49)
    assert reach_predicate(" who had been working in the fields were wounded")[0] == INJ  # type: ignore[index]
    assert reach_predicate(" of the brigade fled the town when three were killed") is None
    assert reach_predicate(" had killed two guards") is None
    assert reach_predicate(" in the car were unhurt") is None


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Tu-154 exploded over the Black Sea, killing everyone on board. Officials said the jet carried 66 "
         "passengers and a crew of 12 from Novosibirsk. There were no survivors.", [(D, 66), (D, 12)], 1),
        ("A missile struck the Il-76 as it took off from Mogadishu, killing its crew of six.", [(D, 6)], 1),
        ("A family of five were killed when the shell hit their house in Sderot, police said.", [(D, 5)], 1),
        ("A rocket hit the minibus near Kramatorsk, killing a family of four.", [(D, 4)], 1),
    ],
)
def test_noun_before_its_count(extractor, text, expected, absent):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs
    assert (D, absent) not in figs, figs


def test_a_team_of_rescuers_is_no_casualty(extractor):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, "After the blast in Beirut a team of 40 rescuers searched the rubble of the port.")
    assert all(v != 40 for _k, v in figs), figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seventeen people were wounded in the strike on the hospital in Mariupol. One of the injured women, a "
         "blogger, was photographed leaving the building.", [(INJ, 17), (INJ, 1)]),
        ("Five militants were killed in the gunfight in Kupwara. Police said one of the slain militants was a "
         "Pakistani commander.", [(D, 5), (D, 1)]),
        ("Sixteen servicemen died in the crash of the Chinook in Kunar. Eight of the dead were Navy SEALs.",
         [(D, 16), (D, 8)]),
        ("Thirty people were hurt in the rocket attack on Ashkelon; two of the wounded children were in serious "
         "condition.", [(INJ, 30), (INJ, 2)]),
    ],
)
def test_a_part_of_the_dead_or_hurt_that_names_a_group(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no group named, a mention of them
        ("At least 30 soldiers were injured in the attack on Erbil. Eight of the injured were flown to Germany.",
         [(INJ, 30)]),
        ("Nine civilians were killed in the shelling of Aleppo. Relatives of two of the dead spoke to reporters.",
         [(D, 9)]),
    ],
)
def test_a_part_of_the_dead_that_names_no_group_is_none(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert _figs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suicide bomber struck the district office in Mogadishu, killing six people and leaving the city's "
         "mayor, Abdirahman Warsame, with serious wounds.", [(D, 6), (INJ, 1)]),
        ("The mortar round landed near the checkpoint outside Kherson, leaving two soldiers with shrapnel wounds.",
         [(INJ, 2)]),
        ("The car bomb in Karachi left three children with severe burns, doctors said.", [(INJ, 3)]),
    ],
)
def test_harm_told_by_what_it_left(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs


def test_what_was_left_without_harm_is_none(extractor):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, "The airstrike on Sanaa left the town without power and left two districts with no water.")
    assert figs == [], figs


@pytest.mark.parametrize(
    "text",
    [
        "Troops stormed the house near Sopore to free a family held by militants; the family came out unhurt, "
        "officials said.",
        "The tanker was hit by a Houthi drone off Hodeidah on Tuesday, but its crew escaped unharmed.",
    ],
)
def test_a_definite_group_unhurt_is_a_zero(extractor, text):  # type: ignore[no-untyped-def]
    assert (INJ, 0) in _figs(extractor, text)


def test_a_group_that_escaped_is_no_zero_without_unhurt(extractor):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, "The tanker was hit by a Houthi drone off Hodeidah on Tuesday; its crew escaped in a boat.")
    assert (INJ, 0) not in figs, figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one singled out in an aside closed by a comma, before or after the verb
        ("Three people, including a young girl, were killed when the shell hit the market in Donetsk.",
         [(D, 3), (D, 1)]),
        ("Fifty-four soldiers were killed, among them a commander, when militants stormed the base near Mogadishu.",
         [(D, 54), (D, 1)]),
        ("Twelve Afghan police, including a district chief, were wounded in the ambush in Helmand.",
         [(INJ, 12), (INJ, 1)]),
    ],
)
def test_one_singled_out_in_an_aside(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs


def test_a_headline_below_a_masthead(extractor):  # type: ignore[no-untyped-def]
    text = ("THE FRONTIER GAZETTE\nMonday, 4 May 2020\n\nThree policemen fall in ambush near Kupwara\n\n"
            "KUPWARA: Militants fired on a police patrol on Monday, and three policemen were killed, officials said.")
    assert _figs(extractor, text).count((D, 3)) >= 1


def test_a_headline_bare_participle_of_an_open_noun(extractor):  # type: ignore[no-untyped-def]
    text = ("THE HORN COURIER\nPublished: Friday, 4 December 2009\n\nGovernment names three ministers killed in "
            "hotel bombing\n\nMOGADISHU - A suicide bomber blew himself up at a graduation ceremony in a hotel on "
            "Thursday, the government said.")
    assert (D, 3) in _figs(extractor, text)


def test_a_masthead_and_a_date_line_are_no_headline(extractor):  # type: ignore[no-untyped-def]
    text = ("BORDER WATCH 24\nMonday, 4 May 2020\n\nSECTION 7\n\nKUPWARA: Militants fired on a police patrol on "
            "Monday; nobody was hurt, officials said.")
    assert all(v == 0 for _k, v in _figs(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi officials now say ten people died in the two cars hit by the drone: five Iranians and five Iraqis.",
         [(D, 10), (D, 5)]),
        ("Two rebel groups claimed the ambush near Imphal in which seven people were killed: Col John Roe, "
         "commanding officer of the battalion, his wife, their young son and four riflemen.",
         [(D, 7), (D, 4), (D, 1)]),
        ("Nine people were wounded in the rocket attack on Kharkiv: six firefighters and three pensioners, the "
         "governor said.", [(INJ, 9), (INJ, 6), (INJ, 3)]),
    ],
)
def test_members_listed_after_a_colon(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs


def test_members_listed_name_each_one_once(extractor):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, "Gunmen ambushed the convoy near Imphal and seven people were killed: a colonel, his "
                 "wife, their young son and four riflemen.")
    assert figs.count((D, 1)) == 3, figs


@pytest.mark.parametrize(
    "text",
    [
        # a list of more than the group counted, a list of what is no people
        "The shelling of Donetsk killed three people: it hit 12 buildings, 40 cars and 7 schools.",
        "Two soldiers were wounded in the attack near Gao: the convoy lost 14 trucks and 6 armoured vehicles.",
    ],
)
def test_lists_after_a_colon_that_are_no_members(extractor, text):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    assert all(v in (2, 3) for _k, v in figs), figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # harm told by the care it needs
        ("Doctors at the Kosevo hospital said dozens were in a serious condition after the shell hit the market.",
         [(INJ, 24)]),
        ("A police officer said several others were being treated at the military hospital after the attack.",
         [(INJ, 3)]),
        ("Three sailors have been flown off the destroyer by helicopter to the naval hospital at Yokosuka after "
         "the collision, the Navy said.", [(INJ, 3)]),
        # and those who died there
        ("Gunmen opened fire at the gate of the base; two soldiers were flown to a hospital in Amman, where they "
         "died.", [(D, 2)]),
    ],
)
def test_harm_told_by_its_care(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs
    assert (INJ, 2) not in figs or (D, 2) not in expected, figs


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of the victims of the airstrike were taken to the hospital in Kandahar.",
        "Two officials in Kabul were saying at least 40 people had been killed in the bombing.",
    ],
)
def test_care_and_speech_near_misses(extractor, text):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    assert all(v not in (1, 2) for _k, v in figs), figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other manners of death
        ("At least 20 pilgrims were trampled to death in the stampede on the bridge after the mortar fire.",
         [(D, 20)]),
        ("Hundreds fled across the bridge under shelling. One of them, a fisherman, drowned after carrying several "
         "children to the bank, his neighbours said.", [(D, 1)]),
        # "one of them" before an apposition
        ("Four children were hurt in the shelling of Kharkiv. One of them, a boy of 12, died in hospital.",
         [(INJ, 4), (D, 1)]),
    ],
)
def test_manners_of_death_and_one_of_them_before_an_aside(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _figs(extractor, text)
    for e in expected:
        assert e in figs, figs
    assert (D, 12) not in figs, figs


def test_drowned_out_is_no_death(extractor):  # type: ignore[no-untyped-def]
    assert _figs(extractor, "After the airstrike on Gaza, two loudspeakers drowned out the sirens.") == []
