"""Round 6, persons: named people told in other outlets' ways. Invented sentences, none from the
example corpus. Each mechanism has several phrasings (British and American, several wars) and
near misses that must not fire. Persons are compared by full name and fate.

Mechanisms:
* a surname alone speaks of one person only: not when it is a word of another found person's name
  ("Mahdi" of "Abu Mahdi al-Muhandis"), and when several share it, only of the one named last;
* an echo ("So was X", "as did X", "X, too, was ...") takes the fate of the clause it echoes;
* an inverted membership ("Among them, the agency said, was X", "Among the Iraqis was X") takes the
  fate of the group the text just counted;
* a wound told by what it did to the body ("lost both legs", "was hit by shrapnel", "suffered
  burns") is an injury;
* a death told as long past ("had died two years earlier", "was killed a decade ago") is background.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor


def people(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    from kgbuild.ingest import Article

    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    # the last two words of a name: "Inspector Imran Khan" is Imran Khan, as the scorer sees him
    return sorted((" ".join(p.name.split()[-2:]), p.fate) for e in ex.events for p in e.persons if p.name)


SURNAME = [
    ("A drone strike near Baghdad airport on Friday killed militia chief Abu Mahdi al-Muhandis. "
     "Prime Minister Adel Abdul Mahdi condemned the strike as a breach of sovereignty.",
     [("Abu Mahdi al-Muhandis", "killed")]),
    ("An army helicopter crashed near Jammu on Monday. Thirteen of the fourteen on board were killed. "
     "The lone survivor, Col. Ajay Singh, was pulled from the wreckage with serious burns. "
     "Defence Minister Rajnath Singh will make a statement in parliament.",
     [("Ajay Singh", "injured")]),
    ("A roadside bomb hit a police car near Peshawar on Sunday. Inspector Imran Khan was killed. "
     "Prime Minister Imran Khan condemned the attack.",
     [("Imran Khan", "killed")]),
    ("A rocket hit an army post near Kandahar on Tuesday, killing Maj. Ahmad Karimi. "
     "His brother, Reza Karimi, a doctor in Kabul, said the family would bury him on Wednesday.",
     [("Ahmad Karimi", "killed")]),
    ("Gunmen ambushed a convoy near Mosul on Monday, killing Lt. Col. Karim Jabbar. "
     "The provincial governor, Najm al-Jabouri, said Jabbar had been warned of the threat.",
     [("Karim Jabbar", "killed")]),
]


@pytest.mark.parametrize("text,expected", SURNAME)
def test_surname_mention(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


ECHO = [
    ("Gunmen attacked an air base near Pathankot on Saturday. Cpl. Gursewak Singh was killed in the first "
     "hours of the fighting. So was Subedar Major Fateh Singh, a retired soldier.",
     [("Fateh Singh", "killed"), ("Gursewak Singh", "killed")]),
    ("A mortar round hit a French outpost near Gao, Mali, on Monday. Sgt. Pierre Martin died at the scene, "
     "as did Cpl. Louis Bernard.",
     [("Louis Bernard", "killed"), ("Pierre Martin", "killed")]),
    ("A roadside bomb struck a British patrol in Helmand on Tuesday. Lance Cpl. Tom Reed was wounded. "
     "So was Pte. Daniel Lowe, who was flown to Camp Bastion.",
     [("Daniel Lowe", "injured"), ("Tom Reed", "injured")]),
    ("Rebels ambushed an army convoy near Goma on Friday. Lt. Jean Mbala was captured, and so was "
     "Sgt. Paul Kasongo.",
     [("Jean Mbala", "captured"), ("Paul Kasongo", "captured")]),
    # near misses: an echo of speech, an echo with nobody named
    ("A shell hit a school in Donetsk on Monday. Teacher Olga Ivanova was killed. So said Col. Pavel Petrov, "
     "the army's spokesman.",
     [("Olga Ivanova", "killed")]),
    ("A bomb exploded in a market in Kirkuk on Sunday. Police officer Ali Jabbar was killed. So was "
     "the market's main gate.",
     [("Ali Jabbar", "killed")]),
]


@pytest.mark.parametrize("text,expected", ECHO)
def test_echoed_fate(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


AMONG = [
    ("A bomb exploded at a cafe in Donetsk on Friday, killing the separatist leader and wounding several "
     "people. Among them, the agency says, is Alexander Petrenko, the region's finance minister.",
     "Alexander Petrenko", "injured"),
    ("A drone strike hit two cars near Baghdad airport on Friday. Officials say ten people died: five Iranians "
     "and five Iraqis. Among the Iraqis was Mohammed Saleh al-Amiri, the militia's head of protocol.",
     "Mohammed Saleh al-Amiri", "killed"),
    ("Rebels shelled the market in Taiz on Sunday, killing 12 civilians. Among them were Fatima Said and "
     "her neighbour Huda Nasser.",
     "Huda Nasser", "killed"),
    ("A mine wounded four Colombian soldiers near Tumaco on Monday. Among those hurt is Sgt. Pedro Alvarez.",
     "Pedro Alvarez", "injured"),
    ("Gunmen stormed a hotel in Mogadishu on Thursday and killed 15 people. Among the victims, police said, "
     "was the city's deputy mayor, Abdullahi Warsame.",
     "Abdullahi Warsame", "killed"),
    ("A suicide bomber struck a graduation ceremony in Kabul on Saturday, killing 22 people. Among those killed "
     "were three ministers: Health Minister Qamar Yusuf Ali, Education Minister Ahmed Farah Wardi and Sports "
     "Minister Ibrahim Noor Addou.",
     "Ahmed Farah Wardi", "killed"),
]


@pytest.mark.parametrize("text,name,fate", AMONG)
def test_inverted_membership(extractor: Extractor, text: str, name: str, fate: str) -> None:
    assert (" ".join(name.split()[-2:]), fate) in people(extractor, text)


AMONG_NEAR_MISSES = [
    ("A bomb killed 14 soldiers in Kirkuk on Monday. Funerals were held on Tuesday. Among the mourners was "
     "Prime Minister Haider Salim.", "Haider Salim"),
    ("A car bomb killed nine people in Quetta on Sunday. Among those who condemned the attack was the "
     "provincial governor, Jamal Khan Baloch.", "Jamal Khan Baloch"),
    ("Shelling killed six civilians in Kharkiv on Friday. Among the speakers at the vigil was the mayor, "
     "Ihor Terekhov.", "Ihor Terekhov"),
]


@pytest.mark.parametrize("text,name", AMONG_NEAR_MISSES)
def test_inverted_membership_near_misses(extractor: Extractor, text: str, name: str) -> None:
    assert " ".join(name.split()[-2:]) not in [n for n, _f in people(extractor, text)]


BODILY = [
    ("Two mines exploded near the border fence at Paju on Tuesday. Staff Sgt. Lee Min-seok lost both legs.",
     "Lee Min-seok", "injured"),
    ("A second mine exploded as the patrol pulled back near Kandahar. Cpl. Anna Berg lost a foot.",
     "Anna Berg", "injured"),
    ("Israeli shelling hit a group of journalists near the border on Friday. Video journalist Daniel Hart, "
     "an American, was hit by shrapnel.",
     "Daniel Hart", "injured"),
    ("Gunmen opened fire on a police patrol in Tijuana on Saturday. Officer Luis Ortega was shot in the leg "
     "and is recovering.",
     "Luis Ortega", "injured"),
    ("A rocket hit a Ukrainian checkpoint near Avdiivka on Sunday. Sgt. Ivan Melnyk suffered shrapnel wounds "
     "to his arm.",
     "Ivan Melnyk", "injured"),
    ("An improvised bomb struck an army truck in Dantewada on Thursday. Constable Ravi Kumar sustained burns "
     "to his face and hands.",
     "Ravi Kumar", "injured"),
    ("A roadside bomb hit a patrol near Kirkuk on Monday. Pvt. Sam Cole was hit by shrapnel and died on the "
     "way to hospital.",
     "Sam Cole", "died-of-wounds"),
]


@pytest.mark.parametrize("text,name,fate", BODILY)
def test_bodily_injury(extractor: Extractor, text: str, name: str, fate: str) -> None:
    assert (" ".join(name.split()[-2:]), fate) in people(extractor, text)


BODILY_NEAR_MISSES = [
    ("A roadside bomb killed three soldiers near Kirkuk on Monday. Maj. Tom Hale lost contact with the patrol "
     "shortly before the blast, the army said.", "Tom Hale"),
    ("A shell killed four civilians in Aleppo on Sunday. Ahmed Khalil, who lost both his brothers in the war "
     "in 2014, said the family had fled.", "Ahmed Khalil"),
]


@pytest.mark.parametrize("text,name", BODILY_NEAR_MISSES)
def test_bodily_injury_near_misses(extractor: Extractor, text: str, name: str) -> None:
    assert " ".join(name.split()[-2:]) not in [n for n, _f in people(extractor, text)]


LONG_AGO = [
    ("A US drone strike killed the Taliban leader, Mullah Akhtar Mansour, in Balochistan on Saturday. He took "
     "over after the group acknowledged that its founder, Mullah Mohammad Rasul, had died two years earlier.",
     "Mohammad Rasul"),
    ("A car bomb killed two soldiers in Donetsk on Sunday. Their commander's predecessor, Col. Viktor Lapin, was killed "
     "three years ago in a similar attack.", "Viktor Lapin"),
    ("A rocket killed two soldiers near Sirte on Friday. The base is named after Capt. Omar Fathi, who died "
     "there a decade ago.", "Omar Fathi"),
]


@pytest.mark.parametrize("text,name", LONG_AGO)
def test_long_ago_death_is_background(extractor: Extractor, text: str, name: str) -> None:
    assert " ".join(name.split()[-2:]) not in [n for n, _f in people(extractor, text)]


def test_death_days_later_is_no_background(extractor: Extractor) -> None:
    text = ("A bomb hit a bus in Ankara on Monday. Sgt. Emre Kaya was badly wounded and died two days later "
            "in hospital.")
    assert ("Emre Kaya", "died-of-wounds") in people(extractor, text)


# the verb after an aside set off by commas is the subject's; a name inside the aside keeps the aside's fate
ASIDE = [
    ("Group Captain Ajay Rao, the only survivor of the helicopter crash near Shimla that killed Gen Vikram Mehta "
     "last week, died of his injuries on Wednesday, the air force said.",
     [("Ajay Rao", "died-of-wounds"), ("Vikram Mehta", "killed")]),
    ("Sgt. Tomas Novak, who was wounded in the ambush near Kunduz that killed Cpl. Petr Dvorak, died in hospital "
     "on Sunday.",
     [("Petr Dvorak", "killed"), ("Tomas Novak", "died-of-wounds")]),
    ("Photographer Nadia Saleh, 31, who had covered the siege of the city since March, was killed when a shell "
     "hit her car in Aleppo on Friday.",
     [("Nadia Saleh", "killed")]),
    # near miss: a list of names, no aside
    ("A roadside bomb hit a Danish patrol in Helmand on Monday. Cpl. Mads Holm, Pvt. Jens Lund and Pvt. Ole Berg "
     "were killed.",
     [("Jens Lund", "killed"), ("Mads Holm", "killed"), ("Ole Berg", "killed")]),
]


@pytest.mark.parametrize("text,expected", ASIDE)
def test_aside_subject(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


# a list led by a pronoun or by a group that tells its fate; a plural rank ranks each name after it
INCLUDED = [
    ("An army helicopter crashed near Coonoor on Wednesday. The 13 others on board died. Apart from Gen Vikram "
     "Mehta and his wife, Anita Mehta, they included his staff officer, Lt Col Arjun Kapoor, and five soldiers.",
     [("Anita Mehta", "killed"), ("Arjun Kapoor", "killed"), ("Vikram Mehta", "killed")]),
    ("A transport plane crashed near Kaduna on Friday. The crew who died were the pilot, Flt Lt Musa Bello, and "
     "two Flight Sergeants, Ibrahim Sani and Yusuf Garba.",
     [("Ibrahim Sani", "killed"), ("Musa Bello", "killed"), ("Yusuf Garba", "killed")]),
    ("A mine exploded under a Colombian army truck near Tumaco on Sunday, wounding four soldiers. They included "
     "Sergeants Pedro Alvarez and Juan Rojas.",
     [("Juan Rojas", "injured"), ("Pedro Alvarez", "injured")]),
    # near misses: a comparison, not members
    ("A roadside bomb killed two Canadian soldiers near Kandahar on Monday. They are the first Canadian soldiers "
     "killed in combat since the Korean War.",
     []),
    ("A rocket killed three soldiers in Sirte on Friday. They were visiting Prime Minister Ali Zeidan's office "
     "the day before.",
     []),
]


@pytest.mark.parametrize("text,expected", INCLUDED)
def test_included_members(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


def test_plural_rank_ranks_each_name(extractor: Extractor) -> None:
    from kgbuild.ingest import Article

    text = ("A transport plane crashed near Kaduna on Friday. The crew who died were the pilot, Flt Lt Musa Bello, "
            "and two Flight Sergeants, Ibrahim Sani and Yusuf Garba.")
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    ranks = {p.name: p.rank.label if p.rank else None for e in ex.events for p in e.persons}
    assert ranks.get("Ibrahim Sani") == ranks.get("Yusuf Garba") == "Flight Sergeant"


def test_initials_end_no_sentence() -> None:
    from kgbuild.text import split_sentences

    got = [t for _s, _e, t in split_sentences("They included Brig L.S. Lidder and Maj. J.R. Okafor. The army said so.")]
    assert got == ["They included Brig L.S. Lidder and Maj. J.R. Okafor.", "The army said so."]


# a subject list of ranked names before one verb: every name takes it, the first too
RANKED_LIST = [
    ("A roadside bomb hit a US patrol in Helmand on Monday. Cpl. John Holm, Pvt. Mike Lund and Pvt. Sam Berg "
     "were killed.",
     [("John Holm", "killed"), ("Mike Lund", "killed"), ("Sam Berg", "killed")]),
    ("A mine struck an Indian army vehicle in Kupwara on Friday. Naik Ravi Kumar, Sepoy Anil Thapa and Sepoy "
     "Manoj Rai were injured.",
     [("Anil Thapa", "injured"), ("Manoj Rai", "injured"), ("Ravi Kumar", "injured")]),
    ("Gunmen ambushed a Nigerian army patrol near Maiduguri on Sunday. Lt. Musa Bello, Sgt. Ibrahim Sani, "
     "Cpl. Yusuf Garba and Pte. Ahmed Umar were killed.",
     [("Ahmed Umar", "killed"), ("Ibrahim Sani", "killed"), ("Musa Bello", "killed"), ("Yusuf Garba", "killed")]),
    # near miss: the fate belongs to the commander named after the praise, not the general who praised
    ("A rocket hit a Russian base near Latakia on Monday. Gen. Tom Hale praised the unit, whose commander, "
     "Col. Yuri Petrov, was killed.",
     [("Yuri Petrov", "killed")]),
]


@pytest.mark.parametrize("text,expected", RANKED_LIST)
def test_ranked_subject_list(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


# a fate told by its manner: wounds of many kinds, deaths by their manner, survival by being found alive
MANNER = [
    ("A bomb exploded in a market in Kirkuk on Tuesday. Sgt. Tom Hale suffered a head wound.", "Tom Hale", "injured"),
    ("A bomb exploded in a market in Kirkuk on Tuesday. Police officer Ali Jabbar suffered a broken leg.",
     "Ali Jabbar", "injured"),
    ("A shell hit a hospital in Donetsk on Monday. Nurse Olena Kravets was treated for shrapnel wounds.",
     "Olena Kravets", "injured"),
    ("A grenade exploded at a rally in Dhaka on Saturday. Shop owner Karim Uddin was left paralysed.",
     "Karim Uddin", "injured"),
    ("A rocket hit a school in Sderot on Friday. Pupil Noa Levi, 9, is in a coma.", "Noa Levi", "injured"),
    ("Militants attacked a bus near Garissa on Sunday. Teacher John Mwangi was stabbed to death.",
     "John Mwangi", "killed"),
    ("A car bomb hit a convoy near Kabul on Monday. Omar Saleh, a driver, was burned to death in his cab.",
     "Omar Saleh", "killed"),
    ("An army truck was ambushed near Basra on Sunday. Cpl. Dan Ward drowned when the truck overturned into a canal.",
     "Dan Ward", "killed"),
    ("Gunmen attacked a village near Mopti on Monday. The village chief, Amadou Diallo, was beheaded.",
     "Amadou Diallo", "killed"),
    ("A missile hit an apartment block in Dnipro on Saturday. Anna Koval, 23, was pulled alive from the rubble.",
     "Anna Koval", "survived"),
]


@pytest.mark.parametrize("text,name,fate", MANNER)
def test_fate_by_manner(extractor: Extractor, text: str, name: str, fate: str) -> None:
    assert (" ".join(name.split()[-2:]), fate) in people(extractor, text)


MANNER_NEAR_MISSES = [
    ("A bomb killed four soldiers in Kirkuk on Tuesday. Sgt. Tom Hale, who was in the next vehicle, suffered no "
     "injuries.", "Tom Hale", "injured"),
    ("A bomb killed four soldiers in Kirkuk on Tuesday. Maj. Tom Hale suffered a heavy defeat at the polls last "
     "year.", "Tom Hale", "injured"),
]


@pytest.mark.parametrize("text,name,fate", MANNER_NEAR_MISSES)
def test_fate_by_manner_near_misses(extractor: Extractor, text: str, name: str, fate: str) -> None:
    assert (" ".join(name.split()[-2:]), fate) not in people(extractor, text)


# people who are no casualties of the event: a speaker behind an apposition, a possessive (another's
# kin), a death that marks the time of this incident (an earlier one)
NOT_CASUALTIES = [
    ("A car bomb exploded in a market in Kirkuk on Tuesday, killing 12 people. Dr. Samir Khalil, a doctor at the "
     "city hospital, said 14 wounded had been brought in.", "Samir Khalil"),
    ("A car bomb exploded in a market in Kirkuk on Tuesday, killing 12 people. Col. Omar Farouk, the police "
     "spokesman in the province, told reporters that three policemen were wounded.", "Omar Farouk"),
    ("A car bomb exploded in a market in Kirkuk on Tuesday, killing 12 people. The blast killed Ahmed Saleh's "
     "brother.", "Ahmed Saleh's"),
    ("A car bomb exploded in a market in Kirkuk on Tuesday, killing 12 people. The attack came days after the "
     "killing of militia commander Abu Ali al-Basri in Baghdad.", "Abu Ali al-Basri"),
    ("A suicide bomber struck a checkpoint in Mosul on Sunday, killing four soldiers. The bombing came a week "
     "after the assassination of Gen. Qasim Zaki in the city.", "Qasim Zaki"),
]


@pytest.mark.parametrize("text,name", NOT_CASUALTIES)
def test_not_casualties(extractor: Extractor, text: str, name: str) -> None:
    assert " ".join(name.split()[-2:]) not in [n for n, _f in people(extractor, text)]


CASUALTIES_STILL = [
    ("A car bomb exploded in a market in Kirkuk on Tuesday. Samir Khalil, a 40-year-old shopkeeper, was wounded.",
     "Samir Khalil", "injured"),
    ("A roadside bomb hit a patrol near Tikrit on Monday. Sgt. Tom Hale died days after the attack.",
     "Tom Hale", "died-of-wounds"),
    ("A car bomb exploded in Kirkuk on Tuesday. Ali Jabbar, 31, a police officer at the checkpoint, was shot "
     "in the leg.", "Ali Jabbar", "injured"),
]


@pytest.mark.parametrize("text,name,fate", CASUALTIES_STILL)
def test_casualties_still(extractor: Extractor, text: str, name: str, fate: str) -> None:
    assert (" ".join(name.split()[-2:]), fate) in people(extractor, text)


# a named person told by a given name alone once and in full elsewhere is one person; a captive who names
# himself by his rank takes the capture told before; a third party named ("gave the name of the bomber as")
# takes the group's fate; a witness who names himself is no casualty
NAMING = [
    ("Pakistan said it shot down an Indian jet over Kashmir on Wednesday and that one Indian pilot is in Pakistani "
     "custody. Television showed a man who identifies himself as Squadron Leader Ravi and gives his service number. "
     "Indian officials later named the pilot as Sqn Ldr Ravi Menon.",
     [("Ravi Menon", "captured")]),
    ("A car bomb hit a military convoy in Ankara on Wednesday, killing 28 people. A militant group gave the name of "
     "the bomber as Ali Demir, a Turkish citizen. It said Demir had driven the car into the convoy and blown himself up.",
     [("Ali Demir", "killed")]),
]


@pytest.mark.parametrize("text,expected", NAMING)
def test_naming(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


NAMING_NEAR_MISSES = [
    ("A car bomb killed nine people in a market in Baghdad on Monday. A shopkeeper who identified himself as Abu "
     "Omar Hamid said he had seen the car parked for an hour.", "Omar Hamid"),
    ("A car bomb killed nine people in a market in Baghdad on Monday. One witness, who gave his name as Karim "
     "Abbas, said the blast shattered windows across the street.", "Karim Abbas"),
]


@pytest.mark.parametrize("text,name", NAMING_NEAR_MISSES)
def test_naming_near_misses(extractor: Extractor, text: str, name: str) -> None:
    assert " ".join(name.split()[-2:]) not in [n for n, _f in people(extractor, text)]


BACKGROUND_DEATHS = [
    ("A suicide bomber struck a police station in Quetta on Monday, killing 14 officers. The station is named after "
     "Inspector Ghulam Rasool, who was killed there in 2009.", "Ghulam Rasool"),
    ("A suicide bomber struck a police station in Quetta on Monday, killing 14 officers. It was the deadliest "
     "attack since the 2013 bombing that killed Hazara leader Qayyum Changezi.", "Qayyum Changezi"),
    ("A car bomb killed six soldiers in Mogadishu on Sunday. It was the worst attack since the ambush that killed "
     "Gen. Abdi Warsame near Afgoye.", "Abdi Warsame"),
]


@pytest.mark.parametrize("text,name", BACKGROUND_DEATHS)
def test_background_deaths(extractor: Extractor, text: str, name: str) -> None:
    assert " ".join(name.split()[-2:]) not in [n for n, _f in people(extractor, text)]


def test_death_there_is_this_incidents(extractor: Extractor) -> None:
    text = "A suicide bomber struck a police station in Quetta on Monday. Inspector Ali Raza was killed there."
    assert ("Ali Raza", "killed") in people(extractor, text)


def ranks_of(extractor: Extractor, text: str) -> dict[str, str | None]:
    from kgbuild.ingest import Article

    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return {p.name: (p.rank.label if p.rank else None) for e in ex.events for p in e.persons if p.name}


# a merchant master's "Captain" is no military rank; a warship's captain keeps it; a ship's name is no person
SHIPS = [
    ("Somali pirates seized a cargo ship off Eyl on Wednesday. Capt. Richard Hall, the master of the U.S.-flagged "
     "ship, was taken hostage.", "Richard Hall", None),
    ("Houthi missiles hit a tanker in the Red Sea on Monday. Capt. Ivan Petrenko, the Ukrainian skipper of the "
     "tanker, was injured.", "Ivan Petrenko", None),
    ("A Houthi missile hit the British destroyer HMS Diamond on Monday. Capt. Peter Hall, the commander of the "
     "destroyer, was unhurt.", "Peter Hall", "Captain"),
]


@pytest.mark.parametrize("text,name,rank", SHIPS)
def test_ship_masters(extractor: Extractor, text: str, name: str, rank: str | None) -> None:
    got = ranks_of(extractor, text)
    assert name in got and got[name] == rank


def test_ship_name_is_no_person(extractor: Extractor) -> None:
    text = ("Navy snipers freed a hostage off Somalia on Sunday. Capt. Tom Reed, the master of the container ship "
            "Ocean Star, was rescued unharmed.")
    assert "Ocean Star" not in ranks_of(extractor, text)


def test_name_suffix_keeps_its_stop(extractor: Extractor) -> None:
    text = ("Gunmen ambushed a convoy of cars near Bavispe, Mexico, on Monday, killing nine people. Howard Miller Jr., "
            "12, was killed.")
    assert ("Miller Jr.", "killed") in people(extractor, text)


# a definite count ("the two men", "both soldiers") speaks again of as many people as a sentence named
GROUP_COREF_CASES = [
    ("A Turkish jet was shot down off Latakia on 22 June. Capt. Emre Arslan and Lt. Murat Yildiz took off from "
     "Erhac in the jet. The remains of the two men were found on Wednesday.",
     [("Emre Arslan", "killed"), ("Murat Yildiz", "killed")]),
    ("A roadside bomb hit a patrol near Kirkuk on Monday. Sgt. Tom Reed and Cpl. Dan Lowe were leading the "
     "patrol. Both soldiers were wounded and flown to Baghdad.",
     [("Dan Lowe", "injured"), ("Tom Reed", "injured")]),
    ("A Nigerian air force jet crashed near Kaduna on Friday. The bodies of both pilots have been recovered. "
     "Flt Lt Musa Bello and Fg Off Ibrahim Sani had taken off from Kaduna an hour earlier.",
     [("Ibrahim Sani", "killed"), ("Musa Bello", "killed")]),
    # near misses: the count does not match the names; the count speaks, it is not hurt
    ("A Turkish jet was shot down off Latakia on 22 June. Capt. Emre Arslan, Lt. Murat Yildiz and Sgt. Ali Kaya "
     "planned the flight. The remains of the two men were found on Wednesday.",
     []),
    ("A roadside bomb killed two soldiers near Kirkuk on Monday. Col. Tom Reed and Maj. Dan Lowe briefed "
     "reporters in Baghdad. Both officers said the patrol had been warned.",
     []),
]


@pytest.mark.parametrize("text,expected", GROUP_COREF_CASES)
def test_group_coreference(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


KIN_AND_REACTIONS = [
    ("A drone strike hit a car near Marib, Yemen, on Thursday, killing three militants. Among those who condemned "
     "the strike was Mohammed Ali al-Houthi.", "Ali al-Houthi"),
    ("A drone strike hit a car near Marib, Yemen, on Thursday, killing three militants. The dead included Ali "
     "Hassan, whose brother Omar Hassan was killed in 2015.", "Omar Hassan"),
]


@pytest.mark.parametrize("text,name", KIN_AND_REACTIONS)
def test_kin_and_reactions_are_no_casualties(extractor: Extractor, text: str, name: str) -> None:
    assert name not in [n for n, _f in people(extractor, text)]


def test_among_those_who_died_still_names(extractor: Extractor) -> None:
    text = ("A drone strike hit a car near Marib, Yemen, on Thursday, killing three militants. Among those who died "
            "was Ali Hassan.")
    assert ("Ali Hassan", "killed") in people(extractor, text)
