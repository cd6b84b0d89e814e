"""Event types, dates and named deaths told in other outlets' ways: invented sentences, none from
the example corpus (round 5, events and persons). Each mechanism has several wordings and a near
miss that must not fire. Publication date: Wednesday 2019-06-12."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor
from kgbuild.ingest import Article

PUB = date(2019, 6, 12)


def _events(extractor: Extractor, text: str):  # type: ignore[no-untyped-def]
    return extractor.extract(Article(Path("test.txt"), "test", text, "test", PUB, "option")).events


def _fates(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name.split()[-1], p.fate) for e in _events(extractor, text) for p in e.persons if p.name)


TYPES = [
    # a vehicle bomb driven or rammed into its target: the driver dies with it
    ("A bomber rammed a truck laden with explosives into an army base in Mogadishu on Saturday, killing ten soldiers.",
     "suicide-bombing"),
    ("An attacker drove a car packed with explosives into the gate of a police compound in Kirkuk on Monday, "
     "killing six officers.", "suicide-bombing"),
    ("A bomber on a motorcycle rammed into a military convoy on the main road near Jalalabad on Monday, killing "
     "three soldiers.", "suicide-bombing"),
    ("An attacker driving an explosives-laden car struck an army convoy on the highway near Mogadishu on Monday, "
     "killing five soldiers.", "suicide-bombing"),
    # near miss: a parked car bomb that went off as a convoy drove by stays a bomb, not a suicide attack
    ("A roadside bomb exploded as an army convoy drove past near Kandahar on Monday, killing three soldiers.",
     "roadside-bomb"),
    # a camp of refugees is no army post: a raid on it is no clash
    ("Israeli troops raided the Jenin refugee camp on Wednesday, killing three Palestinians.", "other"),
    ("Jihadists attacked an army camp near Boulkessi on Sunday, killing 16 soldiers.", "armed-clash"),
    # deaths in training
    ("A tank went off a bridge into a river during an exercise in Tver on Thursday, killing its crew of three.",
     "accident"),
    ("A soldier was killed at a firing range near Salisbury on Monday when a shell exploded during a training "
     "exercise.", "accident"),
    ("Two marines died when their amphibious vehicle sank during a training exercise off California on Tuesday.",
     "accident"),
    # abductions
    ("Gunmen abducted 30 passengers from a bus in Zamfara on Sunday and killed two who resisted.", "other"),
    ("Armed men kidnapped four aid workers near Bunia on Friday and shot one of them dead.", "other"),
    # a gun killing of several with no aim told
    ("Unknown gunmen shot dead three farmers in their fields near Kaduna on Friday.", "other"),
    ("Gunmen on a motorbike shot dead a prominent cleric as he left his home in Basra on Thursday.", "assassination"),
    ("A gunman opened fire at a wedding in Diyarbakir on Monday, killing nine guests.", "other"),
    ("A gunman shot dead the mayor of Tikrit outside his home on Monday and wounded two of his guards.",
     "assassination"),
    # blades
    ("A Palestinian attacker stabbed two Israelis to death in Jerusalem on Monday before police shot him dead.",
     "other"),
    ("Three people were killed in a knife attack at a market in Hotan on Friday.", "other"),
    # guns turned on an aircraft
    ("A Mi-24 helicopter gunship crashed in Syria on Thursday after militants opened fire on it with heavy "
     "machine guns, killing both pilots.", "shoot-down"),
    ("A Pakistani army helicopter crashed in bad weather in Balochistan on Monday, killing six soldiers, the "
     "military said.", "aircraft-crash"),
    # vehicles and ships colliding, weapons going off by themselves
    ("The destroyer USS John Fell collided with a container ship off Yokosuka on Saturday. Seven sailors died.",
     "accident"),
    ("A navy patrol boat collided with a fishing trawler off Karachi on Monday, killing four sailors.", "accident"),
    ("Two army trucks collided on a highway near Quetta on Monday, killing five soldiers.", "accident"),
    ("A soldier was killed when his rifle went off accidentally at a checkpoint near Hebron on Monday.", "accident"),
    ("Three soldiers were electrocuted when their truck touched a power line near Mosul on Monday.", "accident"),
    # near misses: aircraft colliding are a crash; a ship hit by missiles, whatever fire broke out, is a strike
    ("Two Israeli helicopters collided in mid-air over northern Israel on Tuesday, killing 73 soldiers.",
     "aircraft-crash"),
    ("A Ukrainian missile struck the cruiser Volga in the Black Sea on Wednesday; a fire broke out on board and the "
     "ship later sank.", "airstrike"),
]


@pytest.mark.parametrize(("text", "etype"), TYPES)
def test_event_type(extractor, text, etype):
    events = _events(extractor, text)
    assert [e.type for e in events] == [etype]


SEVERAL = [
    # one incident told again by its weapon, its bomber, its fighting
    ("A roadside bomb killed three soldiers near Kandahar on Monday. The explosion struck their armoured vehicle as "
     "it returned from a patrol. The Taliban claimed the bombing.", ["roadside-bomb"]),
    ("A suicide bomber killed 12 people at a police academy in Kabul on Monday. The bomber, wearing police uniform, "
     "blew himself up in a queue of cadets. Police said the explosion also wounded 20.", ["suicide-bombing"]),
    ("Jihadists attacked an army post near Diffa on Sunday, killing 10 soldiers. Troops repelled the assault after "
     "two hours of fighting.", ["armed-clash"]),
    # told apart in so many words, with a town or a day of its own
    ("A roadside bomb killed three soldiers near Kandahar on Monday. In a separate attack on Tuesday, a suicide "
     "bomber killed five policemen in Lashkar Gah.", ["roadside-bomb", "suicide-bombing"]),
    ("Russian shelling killed four civilians in Kherson on Tuesday. Separately, a drone strike on Wednesday killed "
     "two people in Odesa.", ["shelling", "airstrike"]),
    # near miss: "separately" about the same incident, no town or day of its own
    ("A roadside bomb killed three soldiers near Kandahar on Monday. Separately, officials said a suicide bomber had "
     "been arrested before he could strike.", ["roadside-bomb"]),
]


@pytest.mark.parametrize(("text", "types"), SEVERAL)
def test_how_many_events(extractor, text, types):
    assert [e.type for e in _events(extractor, text)] == types


DATES = [
    ("Two soldiers were killed by a roadside bomb near Kandahar, the ministry said in a statement on Tuesday, a day "
     "after the attack.", date(2019, 6, 10)),
    ("Police said on Monday, two days after the ambush, that four officers had been killed near Tumaco.",
     date(2019, 6, 8)),
    ("Two soldiers died on Tuesday of wounds suffered when a roadside bomb hit their vehicle near Kandahar on Sunday.",
     date(2019, 6, 9)),
    ("Officials on Tuesday confirmed the deaths of two soldiers in a roadside bombing near Kandahar on Sunday.",
     date(2019, 6, 9)),
    ("The army on Monday named a soldier killed during an ambush near Menaka on Saturday.", date(2019, 6, 8)),
    # near misses: the day told is the incident's
    ("Two soldiers were killed by a roadside bomb near Kandahar on Tuesday, two days after the funeral of a local "
     "elder.", date(2019, 6, 11)),
    ("A roadside bomb killed two soldiers near Kandahar late on Monday, the ministry said on Tuesday.",
     date(2019, 6, 10)),
]


@pytest.mark.parametrize(("text", "day"), DATES)
def test_event_date(extractor, text, day):
    events = _events(extractor, text)
    assert events and events[0].date == day


PERSONS = [
    ("Fighting broke out near Stepanakert on Tuesday. Private Armen Sargsyan, 20, was among those who lost their "
     "lives.", [("Sargsyan", "killed")]),
    ("Militants attacked a convoy near Wana on Tuesday. Lieutenant Colonel Haider Ali embraced martyrdom, the army "
     "said.", [("Ali", "killed")]),
    ("Militants attacked a checkpoint near Bannu on Friday. Sepoy Asif Iqbal was martyred and two others were "
     "wounded.", [("Iqbal", "killed")]),
    ("Rebels shelled the town on Sunday. Corporal Daniel Mensah and Private Kofi Boateng lost their lives.",
     [("Boateng", "killed"), ("Mensah", "killed")]),
    ("Clashes erupted in Tripoli on Monday. Among the fatalities was Abdel-Rahman Milad, a militia commander.",
     [("Milad", "killed")]),
    ("Clashes erupted in Tripoli on Monday. Among the deceased was Salem Juha, 31.", [("Juha", "killed")]),
    ("A bomb hit the embassy in Kabul on Monday. The defence attache, Brig. Ravinder Kumar, and a senior diplomat, "
     "V. Srinivasa Rao, were among those killed.", [("Kumar", "killed"), ("Rao", "killed")]),
    ("A bomb hit the embassy in Kabul on Monday. Capt. Ravinder Kumar and an interpreter, Sunil Rao, were among "
     "those wounded.", [("Kumar", "injured"), ("Rao", "injured")]),
    ("A rocket hit a checkpoint near Sirte on Monday, killing a colonel. He was later named as Faraj al-Barasi.",
     [("al-Barasi", "killed")]),
    ("A car bomb exploded in Baghdad on Monday. Killed in the attack were Ahmed Jaber, Sami Aziz and Layla Hassan.",
     [("Aziz", "killed"), ("Hassan", "killed"), ("Jaber", "killed")]),
    ("A roadside bomb hit a convoy near Gao on Monday. It claimed the life of Corporal Maxime Blasco.",
     [("Blasco", "killed")]),
    ("A roadside bomb hit a convoy near Gao on Monday, claiming the lives of Corporal Maxime Blasco and Private "
     "Alex Martin.", [("Blasco", "killed"), ("Martin", "killed")]),
    ("A roadside bomb hit a convoy near Gao on Monday. Corporal Maxime Blasco paid the ultimate price.",
     [("Blasco", "killed")]),
    ("Rebels attacked a base near Beni on Monday. The victims included Major Joseph Kasongo, the base commander.",
     [("Kasongo", "killed")]),
    # near misses: the speaker of the deaths is no person
    ("Rockets hit the base on Wednesday, killing two soldiers, said spokesman Colonel Myles Caggins.", []),
    ("A shell hit a market in Donetsk on Sunday, killing five people, according to local official Ivan Prikhodko.",
     []),
    ("A drone strike killed two fighters near Marib on Monday, said Yahya Sarea, a Houthi spokesman.", []),
]


@pytest.mark.parametrize(("text", "want"), PERSONS)
def test_named_fate(extractor, text, want):
    assert _fates(extractor, text) == want
