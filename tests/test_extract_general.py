"""General mechanisms for events (type, date, place), each tried on several invented wordings
of different outlets, wars and decades, with near-misses that must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor
from kgbuild.ingest import Article


def run(extractor: Extractor, text: str, published: date = date(2019, 6, 12), title: str = ""):  # type: ignore[no-untyped-def]
    return extractor.extract(Article(Path("test.txt"), "test", text, title or "test", published, "option"))


def etype(extractor: Extractor, text: str, **kw) -> str:  # type: ignore[no-untyped-def]
    return run(extractor, text, **kw).events[0].type


# ------------------------------------------------------------------ shoot-downs: what brought the aircraft down

SHOOT_DOWNS = [
    # the crash told first, its cause after
    "A Russian Su-25 attack jet crashed near the village of Kirovske on Saturday. The pilot ejected but was "
    "killed on the ground. Rebels said a shoulder-fired missile had brought the plane down.",
    "An army Mi-17 helicopter went down in Helmand province on Tuesday, killing all eight on board. "
    "Officials said the helicopter was targeted by insurgents firing from the ground.",
    "Ukrainian air defences brought down a Russian Su-34 bomber over the Luhansk region on Monday, the air "
    "force said. The jet crashed in a field and both crew died.",
    "A Turkish F-4 fighter was downed by Syrian air defence fire over the Mediterranean on Friday. Ankara said "
    "the jet crashed into the sea and its two pilots were missing.",
    "A U.S. Black Hawk crashed in Mogadishu on Sunday after militiamen struck it with a rocket-propelled "
    "grenade, killing two crew members.",
    "A government MiG-23 came down near Hama on Wednesday. A rebel brigade said its fighters had hit the "
    "aircraft with an anti-aircraft gun; the pilot died in the crash.",
    "Houthi forces said on Thursday they had shot an American MQ-9 Reaper drone out of the sky over Marib "
    "with a surface-to-air missile. The drone crashed in the desert.",
    "The Mi-24 gunship crashed near the border on Tuesday after it was struck by a missile fired from the "
    "ground, the ministry said. Both pilots were killed.",
]


@pytest.mark.parametrize("text", SHOOT_DOWNS)
def test_aircraft_brought_down_by_fire_is_a_shoot_down(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "shoot-down"


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a crash whose cause is technical, and a shoot-down only ruled out
        "A Su-24 bomber crashed on take-off at Hmeimim air base on Monday because of a technical fault, killing "
        "both crew. The ministry said the plane had not come under fire.",
        "A police helicopter crashed in fog near the town of Gardez on Friday, killing four. Officials ruled out "
        "hostile fire and blamed the weather.",
        "Air defences shot down three missiles over the city on Friday; a cargo plane later crashed on landing "
        "at the airport in bad weather, killing its crew of two.",
    ],
)
def test_crash_with_no_fire_stays_a_crash(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "aircraft-crash"


def test_accident_only_claimed_by_the_losing_side_does_not_beat_the_shoot_down(extractor):  # type: ignore[no-untyped-def]
    text = (
        "Rebels shot down a government helicopter near Idlib on Tuesday, killing its two pilots. "
        "The defence ministry at first blamed a technical malfunction but later admitted the aircraft had "
        "been hit by a missile."
    )
    assert etype(extractor, text) == "shoot-down"


# ------------------------------------------------------------------ suicide bombings: the bomber died in the blast

SUICIDE = [
    "A bomber detonated his explosives at the entrance of a police academy in Kabul on Monday, killing 20 "
    "cadets, officials said.",
    "An attacker wearing an explosive belt walked into a wedding hall in Quetta on Saturday and set it off, "
    "killing at least 30 people.",
    "At least 12 soldiers were killed on Friday when a man strapped with explosives blew himself up among them "
    "at a checkpoint near Mogadishu.",
    "The militant detonated a device strapped to his body as worshippers left the mosque in Peshawar on "
    "Friday, killing 15 people. The explosive device was packed with ball bearings.",
    "Police said the explosion at the market in Maiduguri on Tuesday was caused by a female bomber, who was "
    "among the 18 dead.",
    "A man drove an explosives-laden car into an army convoy in Mosul on Sunday and detonated it, killing "
    "himself and six soldiers.",
]


@pytest.mark.parametrize("text", SUICIDE)
def test_bomber_dying_in_his_blast_is_a_suicide_bombing(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "suicide-bombing"


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a bomb left by the road; a man who blew himself up when cornered is no attack
        "A roadside bomb struck a police van in Peshawar on Friday, killing five officers. The bomber fled.",
        "An improvised explosive device hidden in a culvert detonated under an army truck near Kandahar on "
        "Monday, killing three soldiers.",
    ],
)
def test_bomb_with_no_bomber_killed_stays_a_roadside_bomb(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "roadside-bomb"


# ------------------------------------------------------------------ assassinations: one named person targeted

ASSASSINATIONS = [
    "Provincial governor Ahmad Karimi was killed on Tuesday when a magnetic bomb stuck to his car exploded in "
    "Jalalabad, police said.",
    "A bomb targeting the convoy of police chief Abdul Raziq exploded in Kandahar on Thursday, killing him and "
    "two bodyguards.",
    "Gunmen on a motorcycle shot dead the mayor of the town, Miguel Soto, outside his home in Acapulco on "
    "Sunday. He had received death threats.",
    "A senior judge, Mohammed Hassan, was killed on Monday in an attack on his car in Basra that officials "
    "called an attempt on his life; a roadside device was planted on his route.",
    "A sticky bomb attached to the vehicle of a district official, Abdul Wali, killed him in Kabul on "
    "Wednesday.",
]


@pytest.mark.parametrize("text", ASSASSINATIONS)
def test_attack_aimed_at_one_named_person_is_an_assassination(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "assassination"


def test_roadside_bomb_on_a_patrol_is_no_assassination(extractor):  # type: ignore[no-untyped-def]
    text = (
        "A roadside bomb targeting a military patrol killed three soldiers near Kandahar on Monday, "
        "officials said. Sgt. Omar Zia was among the dead."
    )
    assert etype(extractor, text) == "roadside-bomb"


# ------------------------------------------------------------------ one-sided attacks on civilians are no clash

ONE_SIDED = [
    "Gunmen raided the village of Kukawa on Saturday night, shooting villagers and setting homes on fire; at "
    "least 40 people were killed, residents said.",
    "Militants armed with machetes attacked a displaced persons' camp near Beni on Tuesday, hacking 22 "
    "civilians to death.",
    "Fighters massacred 30 people in the village of Solhan on Friday, local officials said.",
    "Attackers on motorbikes stormed a market in the town of Tillia on Monday and opened fire on traders, "
    "killing 19 people.",
]


@pytest.mark.parametrize("text", ONE_SIDED)
def test_attack_on_villagers_is_other(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents attacked an army outpost near Kunduz on Tuesday, and a gun battle lasted four hours; "
        "nine soldiers and 15 attackers were killed.",
        "Troops clashed with rebels near the village of Ntoto on Sunday, killing 12 fighters, the army said.",
        "Gunmen ambushed a police patrol in Zamfara on Friday, killing eight officers in an exchange of fire.",
    ],
)
def test_fighting_between_armed_sides_stays_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "armed-clash"


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize(
    ("text", "pub", "day"),
    [
        ("Drones struck Odesa overnight into Tuesday, killing three people.", date(2023, 7, 18), date(2023, 7, 17)),
        ("Drones struck Odesa overnight into Tuesday, killing three people.", date(2023, 7, 19), date(2023, 7, 17)),
        ("Missiles hit Kharkiv in the early hours of Sunday, killing two.", date(2023, 7, 17), date(2023, 7, 16)),
        ("Shelling overnight on Saturday killed four civilians in Donetsk.", date(2023, 7, 17), date(2023, 7, 15)),
        ("A rocket hit the base late on Sunday night, wounding two soldiers.", date(2023, 7, 17), date(2023, 7, 16)),
    ],
)
def test_night_words_resolve_to_the_night_before(extractor, text, pub, day):  # type: ignore[no-untyped-def]
    ex = run(extractor, text, published=pub)
    assert ex.events[0].date == day


@pytest.mark.parametrize(
    ("text", "pub", "day"),
    [
        # the dateline's day, not the file's, is the reference of "on Thursday" and "yesterday"
        (
            "KABUL, Aug 5 (Reuters) - Taliban fighters attacked a checkpoint in Kunduz on Friday, killing "
            "seven policemen, officials said.",
            date(2021, 8, 7),
            date(2021, 7, 30),
        ),
        (
            "MOGADISHU, 14 March 2019 - A car bomb exploded outside a hotel in the capital yesterday, killing "
            "eight people, police said.",
            date(2019, 3, 16),
            date(2019, 3, 13),
        ),
    ],
)
def test_relative_days_read_against_the_dateline(extractor, text, pub, day):  # type: ignore[no-untyped-def]
    ex = run(extractor, text, published=pub)
    assert ex.events[0].date == day


# ------------------------------------------------------------------ places: where the incident clause puts it

@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "KABUL, Afghanistan - A roadside bomb killed four soldiers near the village of Sangin in Helmand "
            "province on Monday, officials in Kabul said.",
            "Sangin",
        ),
        (
            "Kyiv (Wire) - Russian shells hit the town of Kurakhove in the Donetsk region on Sunday, killing "
            "two, Kyiv said.",
            "Kurakhove",
        ),
    ],
)
def test_place_is_the_incident_clauses(extractor, text, place):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert ex.events[0].place.name == place


# ------------------------------------------------------------------ blasts: a roadside bomb needs its own cue

ROADSIDE = [
    "A roadside bomb killed three policemen on the outskirts of Kandahar on Tuesday, officials said.",
    "Two Malian soldiers died on Sunday when their pick-up struck an explosive device near Gao.",
    "An explosion tore through an army truck on the highway to Quetta on Friday; investigators said the bomb had "
    "been buried beneath the road.",
    "Four Colombian soldiers were killed by a landmine on Thursday while patrolling near the border.",
    "A bomb exploded as a police convoy passed through the market town of Baqubah on Monday, killing two officers.",
    "The blast ripped through the patrol in Helmand on Wednesday. The Humvee had been hit by an IED, the "
    "battalion said.",
]


@pytest.mark.parametrize("text", ROADSIDE)
def test_blast_with_a_roadside_cue_is_a_roadside_bomb(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "roadside-bomb"


OTHER_BLASTS = [
    # no cue of any kind: a blast at a building (a car bomb at a market is a vehicle bomb, the
    # nearest class of which is the roadside bomb: tests/test_extract_r6_events.py)
    "Explosions damaged two transmission towers outside the city of Tiraspol early on Tuesday. No one was hurt.",
    "A powerful blast destroyed part of the customs office at the port on Friday morning. Three guards were wounded.",
    "A parcel bomb went off in the post room of the newspaper's offices in Belgrade on Monday, injuring a clerk.",
]


@pytest.mark.parametrize("text", OTHER_BLASTS)
def test_blast_of_no_named_kind_is_other(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "A truck loaded with explosives blew up outside the hotel on Tuesday, killing 17. Investigators believe a "
        "suicide bomber drove the truck into the gate.",
        "An explosion ripped through a wedding hall in Kabul on Saturday night, killing 63 guests. Police said the "
        "bomber was among the dead.",
        "A blast hit a police academy in Quetta on Monday. The attacker blew himself up at the gate, the interior "
        "ministry said, and 12 cadets were killed.",
    ],
)
def test_blast_whose_bomber_died_is_a_suicide_bombing(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "suicide-bombing"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off under the grandstand of the football ground in Mogadishu on Friday. The regional "
        "governor was killed by the blast, along with four bodyguards.",
        "An explosion at a rally in Peshawar on Tuesday killed the provincial minister, Bashir Bilour, and eight "
        "others.",
        "A device planted under the podium exploded during a parade in Ahvaz on Sunday. The militants had long "
        "threatened to kill Mr Rahimi, who died in hospital.",
    ],
)
def test_blast_that_killed_a_leader_is_an_assassination(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "assassination"


@pytest.mark.parametrize(
    "text",
    [
        "By the time the second bomb fell on the village on Sunday night, people had run to the first blast to "
        "help. At least 40 were killed.",
        "The army admitted that one of its drones, on a mission against insurgents, struck the gathering by "
        "mistake on Tuesday. The explosion killed 30 mourners.",
        "An explosion killed 14 fighters at a training camp near Marib on Thursday; residents said the bomb was "
        "dropped from a drone.",
    ],
)
def test_blast_from_the_air_is_an_airstrike(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "airstrike"


def test_a_leader_only_commenting_makes_no_assassination(extractor):  # type: ignore[no-untyped-def]
    text = (
        "A bomb exploded at a bus station in Kaduna on Monday, killing 11 travellers. The governor condemned the "
        "attack and the president said the culprits would be found."
    )
    assert etype(extractor, text) == "other"


def test_a_suicide_bombers_own_charge_is_no_roadside_cue(extractor):  # type: ignore[no-untyped-def]
    text = (
        "A van blew up at the gate of the United Nations compound in Baghdad on Tuesday, killing 20. Investigators "
        "said a suicide bomber had set off the charge under the office windows."
    )
    assert etype(extractor, text) == "suicide-bombing"


# ------------------------------------------------------------------ dates: the incident's day, not the statement's

FOLLOW_UP_DATES = [
    # (publication day, text, the incident's day)
    (date(2019, 6, 14), "Officials on Friday began naming the 14 soldiers killed when insurgents stormed their base "
     "near Mopti on Wednesday.", date(2019, 6, 12)),
    (date(2019, 6, 11), "The toll from Sunday's bombing of a market in Maiduguri rose to 30 on Tuesday, the state "
     "governor said.", date(2019, 6, 9)),
    (date(2019, 6, 13), "The army declared the four missing soldiers dead on Thursday. Their patrol had been "
     "ambushed in the hills near the border on Monday.", date(2019, 6, 10)),
    (date(2019, 6, 15), "Mourners on Saturday buried the seven policemen killed in Thursday's ambush near "
     "Tillaberi.", date(2019, 6, 13)),
    (date(2019, 6, 17), "Funerals were held on Monday for the 22 people who died when a car bomb exploded outside a "
     "cafe in Mogadishu on Friday.", date(2019, 6, 14)),
    (date(2019, 6, 12), "The ministry released the names of the dead on Wednesday: the three border guards were "
     "shot on Sunday night at a post near Kherson.", date(2019, 6, 9)),
]


@pytest.mark.parametrize(("pub", "text", "day"), FOLLOW_UP_DATES)
def test_follow_up_dates_the_incident_not_the_statement(extractor, pub, text, day):  # type: ignore[no-untyped-def]
    assert run(extractor, text, published=pub).events[0].date == day


@pytest.mark.parametrize(
    ("pub", "text", "day"),
    [
        # near-misses: the statement day where nothing else is told; an earlier incident told elsewhere
        (date(2019, 6, 12), "Police said on Wednesday that a bomb had exploded at a bus stop in Jos, killing "
         "four people.", date(2019, 6, 12)),
        (date(2019, 6, 12), "A bomb exploded at a bus stop in Jos on Tuesday, police said on Wednesday.",
         date(2019, 6, 11)),
        (date(2019, 6, 15), "Gunmen attacked a checkpoint near Kidal on Saturday, killing four soldiers. Rebels had "
         "overrun the town last Monday.", date(2019, 6, 15)),
    ],
)
def test_statement_day_stands_when_no_incident_day_is_told(extractor, pub, text, day):  # type: ignore[no-untyped-def]
    assert run(extractor, text, published=pub).events[0].date == day


# ------------------------------------------------------------------ places: where the victims came from is not where they died


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pirates shot dead two sailors, Jan Kowalski of Gdansk and Pedro Alves of Porto, aboard a tanker off "
         "Mombasa on Monday.", "Mombasa"),
        ("The dead were named as Cpl. Liam Hart, 24, of Leeds, and Pte. Omar Said, 19, of Cardiff. They were "
         "killed by gunfire near Lashkar Gah on Sunday.", "Lashkar Gah"),
        ("Two American tourists, Beth Cole of Denver and her husband, were killed when gunmen attacked a bus "
         "near Luxor on Friday.", "Luxor"),
    ],
)
def test_a_persons_home_town_is_not_the_incident_place(extractor, text, place):  # type: ignore[no-untyped-def]
    import unicodedata

    name = unicodedata.normalize("NFKD", run(extractor, text).events[0].place.name)
    assert "".join(ch for ch in name if not unicodedata.combining(ch)) == place


# ------------------------------------------------------------------ round 3: the instrument and the incident's own clause

@pytest.mark.parametrize(
    "text",
    [
        "A Chinook helicopter was brought down west of the capital on Sunday, killing 16 soldiers aboard.",
        "Rebels downed an army Mi-17 over the hills north of Goma on Tuesday; all six crew died in the crash.",
        "An Apache gunship was downed near Karbala on Monday and crashed in a field, the military said. Both "
        "pilots were killed.",
        "Militants brought the Super Puma down as it flew low over the valley on Friday, killing nine. The wreck "
        "burned for hours at the crash site.",
    ],
)
def test_downed_aircraft_is_a_shoot_down(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "shoot-down"


def test_aircraft_brought_down_safely_is_no_shoot_down(extractor):  # type: ignore[no-untyped-def]
    text = (
        "A transport helicopter crashed on landing near Bagram on Monday, killing two crew, after its pilot had "
        "brought the aircraft down by a technical fault an hour earlier."
    )
    assert etype(extractor, text) == "aircraft-crash"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the army base outside Kunduz on Friday and turned their guns on soldiers at prayer. Two of "
        "the attackers detonated explosive vests; the others fought for six hours. At least 40 soldiers were killed.",
        "Insurgents shot their way into the police academy on Tuesday, killing 28 recruits. One of the gunmen "
        "blew himself up near the dormitory; the rest were killed in a gun battle with commandos.",
        "About a dozen militants attacked the air base before dawn with rifles and grenades, and some of them wore "
        "suicide vests, officials said. Eleven soldiers died in the firefight.",
    ],
)
def test_gun_assault_with_some_vests_is_an_armed_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "armed-clash"


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the bomber's blast is the attack
        "A suicide bomber blew himself up at the gate of the army base on Friday, killing 12 soldiers.",
        "Two suicide bombers detonated their explosive vests among worshippers at a mosque on Friday, killing 31.",
    ],
)
def test_suicide_blast_without_gun_assault_stays_a_suicide_bombing(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "suicide-bombing"


@pytest.mark.parametrize(
    "text",
    [
        "A shell fired from the hills exploded in the market square on Thursday, killing 30 people. The shelling "
        "came hours after NATO aircraft bombed an ammunition depot near the rebel stronghold.",
        "Mortar rounds slammed into a crowded street on Monday, killing nine civilians. The attack came a day after "
        "an air strike destroyed a rebel headquarters in the north.",
        "Artillery fire hit a residential district of the city on Saturday, killing 11, in retaliation for an air "
        "raid on the militia's base on Friday.",
    ],
)
def test_shelling_after_an_air_raid_told_as_its_cause_stays_shelling(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "shelling"


@pytest.mark.parametrize(
    "text",
    [
        "Palestinian gunmen who crossed through a tunnel killed two soldiers in an attack on an army position near "
        "the border on Sunday. Under cover of mortar and anti-tank fire, they struck a tank and a watchtower.",
        "Militants raided a border post before dawn on Tuesday, killing four guards. They attacked under cover of "
        "heavy mortar fire from across the river.",
    ],
)
def test_raid_on_an_army_post_under_covering_fire_is_an_armed_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "armed-clash"


def test_special_forces_raid_stays_other(extractor):  # type: ignore[no-untyped-def]
    text = "Special forces raided a militant compound near the border on Tuesday, killing five suspects."
    assert etype(extractor, text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "A huge explosion tore through the seafront on Monday as the convoy of former prime minister Omar Haddad "
        "was passing. Haddad and nine others were killed in the blast.",
        "A car bomb went off as the motorcade of the governor passed the central bank on Tuesday, killing him and "
        "four bodyguards.",
    ],
)
def test_blast_at_a_leaders_convoy_is_an_assassination(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "assassination"


@pytest.mark.parametrize(
    "text",
    [
        "Two drones carrying explosives detonated near the presidential stand during a parade on Saturday, "
        "injuring seven soldiers, in what the government called an assassination attempt.",
        "Explosive-laden drones struck the stage where the governor was speaking on Sunday; officials called it an "
        "assassination attempt. Three guards were injured.",
    ],
)
def test_drones_aimed_at_a_leader_are_an_airstrike(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "airstrike"


def test_gunman_assassination_stays_assassination(extractor):  # type: ignore[no-untyped-def]
    text = "The minister was assassinated by a gunman outside his home on Friday, police said."
    assert etype(extractor, text) == "assassination"


@pytest.mark.parametrize(
    "text",
    [
        "Three pilots were killed on Friday when two L-39 jets collided in mid-air over the region, the air force said.",
        "Two navy helicopters collided over the sea during a night exercise on Tuesday; seven crew died.",
    ],
)
def test_aircraft_colliding_is_a_crash(extractor, text):  # type: ignore[no-untyped-def]
    assert etype(extractor, text) == "aircraft-crash"


def test_place_of_an_earlier_incident_is_not_the_incidents(extractor):  # type: ignore[no-untyped-def]
    text = (
        "A government helicopter was shot down near the town of Saraqib on Monday, killing five. "
        "Last month a Syrian helicopter was shot down by militants near Palmyra."
    )
    assert run(extractor, text, published=date(2016, 8, 1)).events[0].place.name == "Saraqib"


def test_date_told_days_after_the_incident_is_a_statements(extractor):  # type: ignore[no-untyped-def]
    text = (
        "The defence minister resigned on Monday, three days after gunmen stormed an army base and killed dozens "
        "of soldiers. What happened on Friday is now clear: the attackers opened fire at the mosque."
    )
    assert run(extractor, text, published=date(2017, 4, 24)).events[0].date == date(2017, 4, 21)
