"""Event types, how many incidents and event dates told in other outlets' ways: invented
sentences, none from the example corpus (round 6, events). Each mechanism has several wordings
and near misses that must not fire. Publication date: Wednesday 2019-06-12."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor
from kgbuild.ingest import Article

PUB = date(2019, 6, 12)


def _events(extractor: Extractor, text: str):  # type: ignore[no-untyped-def]
    return extractor.extract(Article(Path("test.txt"), "test", text, "test", PUB, "option")).events


TYPES = [
    # --- the bomber died by his own charge: a car or truck bomb driven by him is a suicide bombing
    ("A car bomb killed 14 soldiers outside a barracks in Mardin on Monday. The governor said the bomber, who "
     "died in the blast, was a 23-year-old local man.", "suicide-bombing"),
    ("A truck bomb tore through a market in Hilla on Monday, killing 30 people. Police said the driver had driven "
     "the lorry into the crowd and blown himself up.", "suicide-bombing"),
    ("A car bomb exploded at a checkpoint in Baqubah on Monday, killing six policemen. The attacker was also "
     "killed in the explosion, officials said.", "suicide-bombing"),
    ("An explosion ripped through a police convoy in Quetta on Monday, killing nine officers and the bomber, "
     "police said. Investigators said the attacker, who was killed by his own bomb, had waited at the roadside "
     "on a motorcycle.", "suicide-bombing"),
    ("A car bomb went off near a bus station in Peshawar on Monday, killing 11 people. The bomber, blowing "
     "himself up as a police van passed, was a teenager, police said.", "suicide-bombing"),
    # near misses: a parked car bomb, the bomber fled; a bomber aircraft's crew
    ("A car bomb exploded in a car park in Omeath on Monday, killing two people. Police said the bomber had fled "
     "across the border.", "roadside-bomb"),
    ("A car bomb parked outside the courthouse in Lurgan exploded on Monday afternoon, killing three people.",
     "roadside-bomb"),
    ("A car bomb exploded outside a crowded market in Kirkuk on Saturday, killing nine people, police said.",
     "roadside-bomb"),
    ("The bomb had been left in a stolen car parked near the town hall of Vic; it went off on Monday, killing "
     "four people.", "roadside-bomb"),
    ("A booby-trapped van blew up outside a bank in Bogota on Monday, wounding 20 people.", "roadside-bomb"),
    # near misses: a bomb of no vehicle stays other; a car bomb aimed at one leader is an assassination
    ("A parcel bomb went off in the post room of a newspaper in Belgrade on Monday, injuring a clerk.", "other"),
    ("A car bomb killed the provincial governor, Abdul Jabbar Noori, as his motorcade left his office in Lashkar Gah "
     "on Monday.", "assassination"),
    # --- rockets or missiles an aircraft fired: an air strike, however the first report put it
    ("Several rockets struck a convoy near the airport in Sirte on Monday, killing five people. Officials later "
     "said the missiles were fired from a drone.", "airstrike"),
    ("Rockets hit a house in Khan Younis on Monday night, killing a militant commander. The army said the rockets "
     "had been launched by a helicopter gunship.", "airstrike"),
    ("Three rockets slammed into a car on the coast road near Tyre on Monday, killing two men; witnesses said "
     "the rockets were fired by an Apache.", "airstrike"),
    # near miss: rockets fired from a truck stay shelling
    ("Rockets struck a market in Donetsk on Monday, killing seven people. The rockets were fired from a "
     "multiple-launch system on a truck.", "shelling"),
    # --- one shell, and what the victims were killed by (the cause clause) against the fighting around
    ("Two peacekeepers were killed when a shell struck their armoured carrier inside the UN base in Bor on "
     "Monday, as heavy fighting between rival factions raged around the town.", "shelling"),
    ("A tank shell hit a family home in Shejaiya on Monday, killing four children.", "shelling"),
    ("Shell kills three at bus stop in Horlivka. Three people waiting for a bus in Horlivka died on Monday "
     "when an artillery shell landed beside the stop, local officials said.", "shelling"),
    ("Fighting raged in the suburbs of Aden on Monday. Three aid workers were killed when a mortar round hit "
     "their office, the agency said.", "shelling"),
    ("Five soldiers were killed on Monday in clashes with rebels near Beni, after a patrol was attacked "
     "with machine guns, the army said.", "armed-clash"),
    # --- an attack the police or troops fought back is a clash, even if civilians were shot first
    ("Gunmen opened fire on a bus on the highway and then stormed a police station in Kathua on Monday, setting "
     "off a gun battle that lasted ten hours. Three civilians were killed.", "armed-clash"),
    ("Militants attacked a hotel bar in Mopti on Monday, killing four civilians, before a shoot-out with "
     "soldiers that lasted two hours.", "armed-clash"),
    ("Gunmen opened fire on a bus carrying pilgrims near Reasi on Monday and then fought the police for most of "
     "the night from a hillside; nine pilgrims were killed.", "armed-clash"),
    # near misses: nobody fought back, or guards only returned fire (an ambush on civilians stays one)
    ("Gunmen ambushed a minibus carrying workers near Tillaberi on Monday and killed six of them; the army "
     "said its troops returned fire.", "other"),
    ("Gunmen ambushed a minibus carrying workers near Tillaberi on Monday and killed six of them before "
     "fleeing on motorbikes.", "other"),
    # --- armed men attacking a post of an armed force, however far the verb from them; a habit
    #     told around it does not vote
    ("Gunmen travelling on pickup trucks and motorcycles attacked the gendarmerie detachment at Djibo shortly "
     "before dawn on Monday, setting off fighting that went on for hours. Fighters have been staging raids on "
     "security forces and villages in the area for several years.", "armed-clash"),
    ("Militants riding motorbikes stormed a police station in Tonga on Monday and killed nine officers.",
     "armed-clash"),
    ("Insurgents armed with rifles and grenades attacked an army command post near Palma on Monday; 12 "
     "soldiers were killed.", "armed-clash"),
    ("Gunmen overrun gendarmerie post near Kaya. Eleven gendarmes were killed on Monday, the government said.",
     "armed-clash"),
    # near miss: gunmen attacking a village stay an attack, not a clash
    ("Gunmen riding motorbikes attacked a village near Kaya on Monday and killed 14 farmers.", "other"),
    # --- a merchant ship running into a warship is an accident
    ("Seven sailors died on Monday when a container ship tore into the side of their destroyer off the coast "
     "of Japan.", "accident"),
    ("The frigate sank in a fjord on Monday after a tanker rammed into her hull; eight sailors were hurt.",
     "accident"),
    ("Ten sailors are missing after the collision with the Liberian-flagged Alnic MC east of Singapore on Monday, "
     "the navy said.", "accident"),
    # near miss: a boat laden with explosives rammed into the warship is an attack
    ("Two suicide bombers in a small boat laden with explosives rammed into the destroyer in Aden harbour on "
     "Monday, killing 17 sailors.", "suicide-bombing"),
    # --- people held by captors (pirates, kidnappers), whatever shots end it: other, not a clash
    ("Four Britons held by pirates aboard their yacht were killed on Monday after a navy frigate opened fire on "
     "the pirates' skiff.", "other"),
    ("Navy snipers opened fire on Monday and killed three pirates in the lifeboat where the pirates had held the "
     "captain for five days.", "other"),
    ("The two aid workers had been held captive for six weeks; both were shot dead by their captors on Monday "
     "as troops closed in.", "other"),
    ("Pirates fired a rocket-propelled grenade at the warship on Monday; the four hostages were later found shot "
     "by their captors.", "other"),
    # near miss: a rocket-propelled grenade fired at a patrol is no shelling
    ("Insurgents fired a rocket-propelled grenade at an army patrol near Bakool on Monday and two soldiers died "
     "in the ambush.", "armed-clash"),
    # near misses: no shell fired
    ("Gunmen stormed a shell company's office in Lagos on Monday, killing two guards in a gun battle with police.",
     "armed-clash"),
    # --- an aircraft named by its maker, model or designation is an aircraft (a crash or a shoot-down needs
    # one in the text); a tank's, a launcher's or a rifle's designation is not
    ("An air force Fokker carrying the air chief crashed in fog near Kohat on Monday, killing all 17 people on "
     "board, the military said.", "aircraft-crash"),
    ("A Chinook was shot down by insurgents in the Pech valley on Monday, killing 16 soldiers, the U.S. "
     "military said.", "shoot-down"),
    ("A military Antonov came down on approach to Juba airport on Monday, killing the four crew, officials "
     "said.", "aircraft-crash"),
    ("An MH-47 crashed into a hillside near Gardez on Monday after a technical failure, killing seven "
     "servicemen, the coalition said.", "aircraft-crash"),
    ("A Black Hawk of the observer force went down during a routine flight near Tiran on Monday, killing eight "
     "peacekeepers.", "aircraft-crash"),
    # near misses: a tank and a rocket launcher are no aircraft
    ("A T-72 tank was hit by a mine near Avdiivka on Monday, killing three crew, the army said.", "roadside-bomb"),
]


SEVERAL = [
    # --- bombs found and made safe are no incident of their own
    ("Gunmen stormed a police station in Batala on Monday, setting off a gun battle in which four officers "
     "died. Bomb disposal squads separately found explosive devices on the railway line nearby, which were "
     "defused.", ["armed-clash"]),
    ("A roadside bomb killed two soldiers near Kandahar on Monday. A second device was found on the same road "
     "and made safe by engineers.", ["roadside-bomb"]),
    ("Militants attacked a checkpoint in Lakki Marwat on Monday, killing three policemen. Police later "
     "destroyed an IED in a controlled explosion at the site.", ["armed-clash"]),
]


SEVERAL += [
    # --- the incident a motive names is background, whatever its own day
    ("Two suicide car bombs exploded at the army headquarters in Kismayo on Thursday, killing 12 soldiers. The "
     "militants said they carried out the bombings to avenge the killing on Monday of their commander in a "
     "helicopter raid by foreign special forces.", ["suicide-bombing"]),
    ("A suicide bomber killed nine policemen in Quetta on Thursday. The group said the attack was revenge for "
     "an air strike on Monday that killed its spokesman.", ["suicide-bombing"]),
    ("Rebels ambushed an army patrol near Beni on Thursday, killing six soldiers, in what they called "
     "payback for Monday's raid on their camp; the rebels said it was carried out as retaliation for the "
     "shelling of their villages on Sunday.", ["armed-clash"]),
    # --- habits, rankings and an earlier day told without a toll are no further incidents
    ("Gunmen stormed the press building in Nalchik on Thursday, killing eight policemen. The city had been "
     "calm for years, although militants still carry out sporadic attacks on police in Kabardino-Balkaria and "
     "in neighbouring Dagestan.", ["armed-clash"]),
    ("A drone strike killed the group's leader in a car near Quetta on Thursday. It is the first known drone "
     "strike in Balochistan, far from the tribal areas where drones have targeted militants for more than a "
     "decade.", ["airstrike"]),
    ("Two explosions tore through the cathedral in Jolo, Sulu province, on Thursday during Mass, killing 20 "
     "people.", ["other"]),
    ("Rockets slammed into the centre of Tartar on Thursday, killing 12 civilians. The Tartar district had also "
     "come under fire a day earlier, when rockets struck one of its villages.", ["shelling"]),
    ("A car bomb killed 30 people at a market in Hilla on Thursday. The bombing was the deadliest attack in the "
     "province since 2007, when a truck bomb killed 120 people in the city.", ["roadside-bomb"]),
    # near miss: a further incident of its own, told apart
    ("Two suicide car bombs exploded at the army headquarters in Kismayo on Thursday, killing 12 soldiers. In a "
     "separate attack on Wednesday, a roadside bomb killed three policemen in Baidoa.",
     ["suicide-bombing", "roadside-bomb"]),
]


@pytest.mark.parametrize(("text", "types"), SEVERAL)
def test_how_many_events(extractor, text, types):
    assert [e.type for e in _events(extractor, text)] == types


@pytest.mark.parametrize(("text", "etype"), TYPES)
def test_event_type(extractor, text, etype):
    events = _events(extractor, text)
    assert events and events[0].type == etype


DATES = [
    # --- a birth date is no incident's date (a sentence that gives one is not background)
    ("A car bomb killed 14 soldiers in Mardin on Tuesday. The governor said the bomber, who died in the blast, "
     "was a local man born in 1996.", date(2019, 6, 11)),
    ("Gunmen killed four policemen at a checkpoint near Arish on Monday. One of the dead, born on 3 May 1990 "
     "in Cairo, had joined the force last year.", date(2019, 6, 10)),
    # --- blame, grief and a rising toll are told after the incident
    ("Turkey blamed Kurdish militants on Wednesday for the bombing of a bus in Izmir. The bus blew up on "
     "Tuesday evening as it left a depot, killing nine people.", date(2019, 6, 11)),
    ("The number of people killed in the bombing of a rally in Kano rose to 41 on Wednesday. The blast went off "
     "on Monday afternoon near a mosque.", date(2019, 6, 10)),
    ("The town of Erbaa was in mourning on Wednesday for the six soldiers killed when a roadside bomb hit their "
     "vehicle in Hakkari on Sunday.", date(2019, 6, 9)),
    ("Pakistan accused India on Wednesday of the shelling that killed three villagers in Kotli. The shells fell "
     "on Monday night.", date(2019, 6, 10)),
    # --- a day inside the week or month the incident was first told in refines it
    ("The funerals were held on Wednesday of the two airmen of the reconnaissance jet shot down over the sea "
     "last month. The two men took off from Malatya on 22 May in the jet that was hit off the coast.",
     date(2019, 5, 22)),
    ("Villagers said the drone that struck their wedding party last week had circled for an hour. The guests "
     "had gathered on Tuesday 4 June in a courtyard near Kunar.", date(2019, 6, 4)),
    # --- the day a wounded man died is not the incident's
    ("Colonel Arif Khan, the only survivor of the helicopter crash near Gilgit that killed nine officers on "
     "June 3, died of his injuries on Tuesday morning, the army said.", date(2019, 6, 3)),
    ("A policeman wounded in the bombing of a bus in Kandahar on 6 June succumbed to his wounds in hospital on "
     "Monday, officials said.", date(2019, 6, 6)),
    # --- a time of day in the lead with no day named is the day of the report
    ("Residents of Garissa say they were woken before dawn by heavy gunfire from the direction of the army "
     "base. Militants had attacked the base, the army said, and several attackers were killed.", PUB),
    ("Sirens sounded across the region in the early hours and residents report heavy explosions near the "
     "airfield. The governor says missiles hit the base and that two soldiers were killed.", PUB),
    # --- a date on a line of its own is the issue's, not the incident's it shares a sentence with
    ("THE VALLEY GAZETTE\nWednesday, June 12, 2019\n\nLocal sailor among seven killed aboard destroyer\n\nOn "
     "Sunday, when a container ship tore into the side of his destroyer off Japan, he was one of seven sailors "
     "who did not make it out.", date(2019, 6, 9)),
    ("12 June 2019\n\nRussian colonel killed by mortar fire in Syria\n\nA Russian colonel has been killed by "
     "mortar fire near Hama, the ministry said on Wednesday. On Monday government troops crossed the river "
     "north of the city.", PUB),
    # --- "this morning", "yesterday" in a quotation are the speaker's, dated by the statement
    ("The army confirmed on Tuesday that one of its F-16 jets had come down over Idlib. \"During a mission this "
     "morning, one of the planes went down and the pilot was captured,\" the army said in a statement.",
     date(2019, 6, 11)),
    ("The ministry said on Monday that militants had attacked a border post near Kaya, killing four soldiers. "
     "\"Yesterday our positions were attacked by terrorists,\" the ministry said.", date(2019, 6, 9)),
    # near miss: a quotation no statement dates is read from the publication day
    ("\"We were attacked this morning by gunmen on motorbikes,\" a soldier at the post near Kaya said, adding "
     "that four of his comrades were killed.", PUB),
    # near miss: the day told with the incident verb stays
    ("A roadside bomb killed three soldiers in Hakkari on Wednesday, the army said.", date(2019, 6, 12)),
]


def test_no_day_and_no_time_of_day_is_the_week_before(extractor):
    events = _events(extractor, "Militants attacked an army base near Garissa, killing four soldiers, officials said.")
    assert events and events[0].date_precision == "week"


@pytest.mark.parametrize(("text", "day"), DATES)
def test_event_date(extractor, text, day):
    events = _events(extractor, text)
    assert events and events[0].date == day

