"""Round 7, persons: who is the subject of which fate, fate words by kind, and what a person's name
looks like. Invented sentences, none from the example corpus, from many wars and outlets, with near
misses that must not fire. Persons are compared by the last two words of the name and the fate.

Mechanisms:
* fate words by kind: a death in care ("died on Friday in a hospital in X", "where he had been flown
  for treatment") is a death of wounds; a wound as what one is left or taken with ("leaving X with
  serious wounds", "evacuated with shrapnel wounds") is an injury; being carried over a line ("taken
  across the border") is a capture; an absence told without the word ("has not been seen since", "do
  not know where he is", "never returned from patrol") is missing;
* whose fate: an active fate verb with its own object ("killing six people and leaving X ...", "his men
  had captured two soldiers") is not a later name's; a verb of speaking of or acting on a death before
  a possessive fate noun ("described his death", "ordered an inquiry into his death") tells another's
  death; a pronoun after a name in its own sentence is that name's; a reduced passive after a name
  ("X, described as a commander") is not X speaking;
* groups: "Travelling with X were A and B", "State media listed all five people on board: A; B" name a
  group whose fate the text tells around them; "identified them as A and B" takes the fate of the
  nearest sentence that tells one; a member's unit after the name ("Sgt. A of the same company") does
  not hide the name;
* names: a name closed by a body's head word ("Special Monitoring Mission") or led by a title with one
  name ("Engineer Salim", a nickname) is no full name; one name told as all the text has ("a Syrian
  national identified as Khaled") is a person; a role apposed without article ("Lt Col X, commander of
  the 9th battalion") is the person's role, for a headline that names the role.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor


def people(extractor: Extractor, text: str, title: str = "test") -> list[tuple[str, str | None]]:
    from kgbuild.ingest import Article

    ex = extractor.extract(Article(Path("test.txt"), "test", text, title, date(2019, 6, 12), "option"))
    return sorted((" ".join(p.name.split()[-2:]), p.fate) for e in ex.events for p in e.persons if p.name)


def _expect(expected: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted((" ".join(n.split()[-2:]), f) for n, f in expected)


FATE_WORDS = [
    # a death in care, however far the words
    ("A suicide bomber struck the governor's office in Kandahar on May 2. Gen. Abdul Karimzai, wounded in the "
     "blast, died on Friday in a hospital in Karachi.",
     [("Abdul Karimzai", "died-of-wounds")]),
    ("A roadside bomb hit a patrol near Tikrit on Sunday. Sgt. Thomas Becker died in a U.S. military hospital in "
     "Germany three days later.",
     [("Thomas Becker", "died-of-wounds")]),
    ("Gunmen attacked a police post near Gao on Monday. Capt. Moussa Traore died on Thursday, where he had been "
     "flown for treatment after the attack, the army said.",
     [("Moussa Traore", "died-of-wounds")]),
    ("A shell hit a trench near Bakhmut on May 1. Sgt. Ivan Kolar succumbed on Thursday, his brigade said.",
     [("Ivan Kolar", "died-of-wounds")]),
    ("A bomb exploded at a market in Baquba on Sunday. Policeman Ahmed Taha, who was critically injured, passed "
     "away on Tuesday.",
     [("Ahmed Taha", "died-of-wounds")]),
    # a British abbreviation with its stop; the hospital named before "where he died"
    ("A roadside bomb hit a patrol near Basra on Monday. L/Cpl. Leon Hart was evacuated to the field hospital at "
     "Camp Bastion, where he died.",
     [("Leon Hart", "died-of-wounds")]),
    # near miss: a strike on a hospital is no death in care
    ("Shells hit the city of Aleppo on Tuesday. Dr. Karim Haddad died in a hospital bombing in the east of the city.",
     [("Karim Haddad", "killed")]),
    # a wound as what one is left or taken with
    ("A car bomb exploded outside the town hall in Mosul on Monday, killing five civilians and leaving a local "
     "journalist, Maria Lopez, with serious wounds.",
     [("Maria Lopez", "injured")]),
    ("Militants fired mortars at the base near Kidal on Sunday. Cpl. Jean Marchal was evacuated to Gao with "
     "shrapnel wounds.",
     [("Jean Marchal", "injured")]),
    ("A mine struck an armoured car near Donetsk on Friday. Pte. Oleh Bondar was flown to Kyiv with head injuries.",
     [("Oleh Bondar", "injured")]),
    # a wound told first, then the death: a death of wounds
    ("A drone strike hit a command post near Avdiivka on March 3. Col. Sergei Ivanov, who was seriously wounded "
     "in the strike, died on Sunday.",
     [("Sergei Ivanov", "died-of-wounds")]),
    ("A drone hit a command post near Avdiivka on March 3. Col. Pavel Orlov, who was badly hurt, died nine days "
     "later.",
     [("Pavel Orlov", "died-of-wounds")]),
    ("A gunman opened fire at a checkpoint near Nablus on May 2. Sgt. Ahmed Nasser, having been shot in the chest, "
     "died on Monday.",
     [("Ahmed Nasser", "died-of-wounds")]),
    # near miss: a wound of an earlier war is no wound of this incident
    ("A bomb hit a patrol near Kandahar on Sunday. Cpl. Paul Martin, who had been wounded in Iraq in 2007, was "
     "killed instantly.",
     [("Paul Martin", "killed")]),
    # the name's own predicate after it, not the fate told before the "and"
    ("Shelling hit the town of Sderot on Monday. Two residents were killed, and a third, Ali Hassan, was hurt.",
     [("Ali Hassan", "injured")]),
    ("Gunmen fired on a convoy near Bangui on Friday, killing a peacekeeper. Maj. Marco Rossi, 41, was not hurt.",
     [("Marco Rossi", "survived")]),
    # near miss: died of wounds stays a death of wounds
    ("A sniper fired on the checkpoint near Hebron on Monday. Sgt. Omar Khalil died of his wounds on Tuesday.",
     [("Omar Khalil", "died-of-wounds")]),
    # carried over a line
    ("Guerrillas ambushed an army jeep near the border on Wednesday. Cpl. Gilad Mor was dragged across the "
     "frontier by the raiders.",
     [("Gilad Mor", "captured")]),
    ("Separatists seized a border guard, Lt. Rashid Karimov, near Lachin on Friday and took him to Khankendi.",
     [("Rashid Karimov", "captured")]),
    # near miss: seizing power or a town is no capture of a person
    ("A bomb killed Gen. Ahmed Rauf near Peshawar on Monday. Gen. Tariq Aziz, who seized power in 1999, called it "
     "cowardly.",
     [("Ahmed Rauf", "killed")]),
    ("Gunmen stormed the festival near Re'im on Saturday. Noa Avital was taken into Gaza on a motorcycle.",
     [("Noa Avital", "captured")]),
    ("Gunmen attacked the kibbutz on Saturday. Sara Levin was bundled into a van and driven away.",
     [("Sara Levin", "captured")]),
    # near miss: carried into a hospital is a wound
    ("A bomb exploded at a hotel in Kabul on Monday. Journalist Amy Clark was taken into St Mary's Hospital with "
     "burns.",
     [("Amy Clark", "injured")]),
    # near miss: taken to hospital is a wound
    ("A rocket hit an army post near Sderot on Monday. Pvt. Sam Reed was taken to hospital.",
     [("Sam Reed", "injured")]),
    # an absence told without the word
    ("Gunmen stormed the offices of a newspaper in Benghazi on Tuesday. Photographer Ana Silva has not been "
     "heard from since the attack.",
     [("Ana Silva", "missing")]),
    ("An ambush hit a patrol in Helmand on Sunday, killing two soldiers. Lt. Paul Grant never returned from the "
     "patrol, the ministry said.",
     [("Paul Grant", "missing")]),
    # near misses: no comment is no absence; unseen in public is no disappearance
    ("A drone strike hit a convoy near Sanaa on Monday, killing four fighters. Col. Ivan Petrov could not be "
     "reached for comment.",
     []),
]


@pytest.mark.parametrize("text,expected", FATE_WORDS)
def test_fate_words_by_kind(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == _expect(expected)


WHOSE_FATE = [
    # an active fate verb with its own object
    ("A rocket struck the base near Erbil on Monday, killing a sentry and trapping Sgt. Tom Hale under the rubble.",
     []),
    ("Hezbollah commander Ali Mansour told reporters in Beirut that his men had captured two soldiers in the raid "
     "near the border on Wednesday.",
     []),
    # near misses: the object is the name, or the name is apposed to the object
    ("A bomb went off under a truck near Diyarbakir on Tuesday, killing two soldiers, Sgt. Ali Demir and "
     "Cpl. Murat Kaya.",
     [("Ali Demir", "killed"), ("Murat Kaya", "killed")]),
    ("A missile hit the headquarters in Idlib on Friday, killing Lt. Col. Ivan Petrov and wounding two guards.",
     [("Ivan Petrov", "killed")]),
    # the second of two names a killing took is killed too, not wounded by the next participle's object
    ("Militants ambushed a patrol near Kupwara on Monday, killing Sepoy Ram Kumar and Naik Suresh Yadav and "
     "wounding Havildar Mohan Lal, the army said.",
     [("Ram Kumar", "killed"), ("Suresh Yadav", "killed"), ("Mohan Lal", "injured")]),
    ("Gunmen opened fire on the convoy near Mosul on Tuesday, killing Capt. John Smith and Sgt. Paul Jones and "
     "injuring Cpl. Mark Brown.",
     [("John Smith", "killed"), ("Paul Jones", "killed"), ("Mark Brown", "injured")]),
    # near miss: a day after the participle is no object ("killed Sunday" is the name's own fate)
    ("A mortar round hit the base near Kandahar. Sgt. Tom Hill, killed Sunday near the base, was from Ohio.",
     [("Tom Hill", "killed")]),
    # a verb of speaking of or acting on a death before a possessive fate noun
    ("Maj. Gen. Omar Haddad was killed by a sniper near Deraa on Sunday. Gen. Karim Nasser described his death as "
     "a heavy loss for the army.",
     [("Omar Haddad", "killed")]),
    ("Col. Ivan Sokolov died when his helicopter came down near Latakia on Monday. Gen. Sergei Markov ordered an "
     "inquiry into his death.",
     [("Ivan Sokolov", "killed")]),
    # near miss: a new clause with the possessive is the same person's
    ("Militants attacked a patrol near Kunduz on Monday. Sgt. Ben Cole was shot on patrol and his body was "
     "recovered the next day.",
     [("Ben Cole", "killed")]),
    # a name opening a list that has its own verb takes that verb, not the fate told before the "and"
    ("Militants ambushed a patrol near Kerem Shalom on Sunday. Two soldiers were killed and Cpl. Avi Cohen and "
     "Sgt. Yossi Levi were seized by the attackers.",
     [("Avi Cohen", "captured"), ("Yossi Levi", "captured")]),
    # officials who only speak or order
    ("Gunmen attacked a bus near Lamu on Saturday, killing 12 passengers. President Daniel Moraa ordered a "
     "manhunt and condemned the killings.",
     []),
    ("An al-Shabaab spokesman, Sheikh Ali Warsame, said the group had killed 12 soldiers in the attack near "
     "Kismayo on Friday.",
     []),
    # an office holder who is the fate verb's object, however long the office
    ("Gunmen killed the mayor of a town in Guerrero state, Pedro Salas, on Sunday, prosecutors said.",
     [("Pedro Salas", "killed")]),
    # near miss: an office holder who tells the deaths
    ("Mayor Vitali Morenko said three people were killed when a drone hit a building in Kyiv on Sunday.",
     []),
    # a pronoun after a name in its own sentence
    ("Gunmen shot dead the lawyer Salma Haddad at her home in Benghazi on Monday. Her husband, Rami Aziz, has not "
     "been seen since, and his family say they do not know where he is.",
     [("Salma Haddad", "killed"), ("Rami Aziz", "missing")]),
    # a reduced passive after a name is said of it
    ("Troops raided a house in Sopore on Sunday. Police said the militant killed was Rahim Khan, described as a "
     "senior commander of the group.",
     [("Rahim Khan", "killed")]),
]


@pytest.mark.parametrize("text,expected", WHOSE_FATE)
def test_whose_fate(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == _expect(expected)


GROUPS = [
    ("A helicopter carrying Governor Ahmed Sultan went down in fog in the mountains of Badakhshan on Sunday. "
     "Travelling with Sultan were his deputy, Karim Aziz, and the police chief, Col. Reza Amini. "
     "Their fate was not known on Monday morning.",
     [("Ahmed Sultan", "missing"), ("Karim Aziz", "missing"), ("Reza Amini", "missing")]),
    ("A military helicopter crashed near Tabriz on Sunday, killing all five people on board. "
     "State television later listed all five people on board: Gen. Ali Hatami; his aide, Maj. Reza Karimi; "
     "the deputy governor, Hassan Moradi; and two crew members.",
     [("Ali Hatami", "killed"), ("Reza Karimi", "killed"), ("Hassan Moradi", "killed")]),
    ("Militants attacked two army trucks near Rafah on Saturday. Three soldiers in the first truck were killed. "
     "Two others were abducted by the gunmen. The army identified them as Pvt. Avi Cohen and Pvt. Yossi Levi.",
     [("Avi Cohen", "captured"), ("Yossi Levi", "captured")]),
    ("Two French soldiers were killed in an ambush near Menaka on Saturday. The Elysee named one of them as "
     "Sgt. Pierre Dubois, of the 1st Parachute Hussar Regiment.",
     [("Pierre Dubois", "killed")]),
    ("A grenade was thrown at a police post in Srinagar on Friday. Two policemen were wounded. "
     "The police named them as Constable Ali Hassan and Constable Omar Farouk.",
     [("Ali Hassan", "injured"), ("Omar Farouk", "injured")]),
    ("Four soldiers were killed in an ambush near Kandahar on Monday. Besides Capt. Leon Marsh, they are "
     "Sgt. Ray Dunn of the same company, Cpl. Ian Kerr of the Royal Scots and Pte. Tom Walsh.",
     [("Leon Marsh", "killed"), ("Ray Dunn", "killed"), ("Ian Kerr", "killed"), ("Tom Walsh", "killed")]),
    # a casualty release: age and home town between the listed names
    ("The Pentagon said Staff Sgt. James Ortiz, 29, of El Paso, Texas, and Spc. Kevin Marsh, 22, of Fresno, "
     "California, died Tuesday in Kandahar province when their vehicle was struck by an improvised explosive device.",
     [("James Ortiz", "killed"), ("Kevin Marsh", "killed")]),
    # near miss: an apposition after the home town is no second name
    ("A suicide bomber struck a restaurant in Manbij on Wednesday. Chief Warrant Officer 2 Jonathan Hale, 37, of "
     "Boynton Beach, Florida, a Green Beret with the 5th Special Forces Group, was among the dead.",
     [("Jonathan Hale", "killed")]),
    # a plural pronoun heading the next sentence speaks of the people just named
    ("A helicopter carrying two Swedish observers, Anna Berg and Lars Holm, lost contact over the Golan on Monday. "
     "Both remain unaccounted for.",
     [("Anna Berg", "missing"), ("Lars Holm", "missing")]),
    ("A jeep carrying the aid workers Tom Price and Jane Doyle was ambushed near Gao on Monday. They are still "
     "missing, the agency said.",
     [("Tom Price", "missing"), ("Jane Doyle", "missing")]),
    # near miss: a plural subject that speaks
    ("A jeep carrying the aid workers Tom Price and Jane Doyle hit a mine near Gao on Monday. They said two guards "
     "were wounded.",
     []),
    # near miss: a minister named before the lead of the dead is a voice
    ("A missile downed an airliner near Tehran on Wednesday. Foreign Minister Paul Lambert has since put the "
     "number of his country's citizens among the dead at 57.",
     []),
]


@pytest.mark.parametrize("text,expected", GROUPS)
def test_named_groups(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == _expect(expected)


NAMES = [
    # a body's head word closes no person's name
    ("A mine destroyed a monitors' car near Luhansk on Sunday. The organisation identified the dead man as "
     "Peter Lang, a driver with its Civilian Observer Mission.",
     [("Peter Lang", "killed")]),
    ("A car bomb hit a convoy in Mogadishu on Saturday. Nurse Halima Yusuf of the Joint Relief Committee was "
     "killed.",
     [("Halima Yusuf", "killed")]),
    # a title and one name, or a nickname, is no full name
    ("A drone strike hit a car near Idlib on Monday. The commander, widely known by the nickname \"Doctor Hamza,\" "
     "was among the fighters killed.",
     []),
    ("Abu Bakr Hassan, known by the nom de guerre \"Engineer Salim\", died of his wounds after the strike near "
     "Raqqa on Monday.",
     [("Bakr Hassan", "died-of-wounds")]),
    # one name told as all the text has
    ("A gunfight broke out in Pulwama on Sunday. Police said the two militants killed included a Syrian national "
     "identified as Khaled.",
     [("Khaled", "killed")]),
    ("Gunmen raided a village near Maiduguri on Friday. A third victim, a woman called Amina, died in hospital.",
     [("Amina", "died-of-wounds")]),
    ("An Iraqi airstrike near Hawija on Sunday killed a senior Islamic State commander known as Abu Ali, the "
     "military said.",
     [("Abu Ali", "killed")]),
    ("Gunmen attacked a bus near Mandera on Saturday. The dead included the driver, a Kenyan man known only as "
     "Juma.",
     [("Juma", "killed")]),
    # a full name first met as a possessor: the surname alone then heads its own fate
    ("Gunmen fired on President Hamid Karzai's motorcade in Kandahar on Thursday. Karzai was unhurt, but a guard "
     "was wounded.",
     [("Hamid Karzai", "survived")]),
    # near misses: a unit or a programme told by one name is no person
    ("A transport helicopter crashed near Haifa on Tuesday, killing its crew of four. The fleet had been kept "
     "flying by a life-extension programme known as Condor 2000.",
     []),
    ("An ambush hit a patrol near Mopti on Monday. Soldiers of a unit identified as Falcon were killed.",
     []),
]


@pytest.mark.parametrize("text,expected", NAMES)
def test_person_names(extractor: Extractor, text: str, expected: list) -> None:
    assert people(extractor, text) == _expect(expected)


def test_role_apposed_without_article_meets_headline(extractor: Extractor) -> None:
    text = (
        "SRINAGAR, May 4 — Four soldiers were caught in a gunfight in Kupwara on Sunday. "
        "The team was led by Lt Col Vikram Rana, commander of the 9th battalion. "
        "Radio contact with the team was lost late in the evening."
    )
    title = "Battalion commander among four soldiers killed in Kupwara gunfight"
    assert people(extractor, text, title) == [("Vikram Rana", "killed")]
