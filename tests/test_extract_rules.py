"""One small test per extraction rule, with sentences written for the test (not taken from
the example corpus), so that each rule is known to generalise beyond the articles it was
written for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.dates import find_dates
from kgbuild.extract import Extractor
from kgbuild.ingest import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def article(text: str, published: date = date(2019, 6, 12)) -> Article:
    return Article(Path("test.txt"), "test", text, "test", published, "option")


def run(extractor: Extractor, text: str, published: date = date(2019, 6, 12)):  # type: ignore[no-untyped-def]
    return extractor.extract(article(text, published))


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The base was attacked in April.", date(2019, 4, 1), date(2019, 4, 30)),
        ("In September the town changed hands.", date(2018, 9, 1), date(2018, 9, 30)),
        ("Late March saw heavy fighting.", date(2019, 3, 1), date(2019, 3, 31)),
    ],
)
def test_bare_month_is_the_latest_such_month(text, first, last):  # type: ignore[no-untyped-def]
    (m,) = find_dates(text, date(2019, 6, 12))
    assert (m.earliest, m.latest, m.precision) == (first, last, "month")


def test_bare_month_after_since_starts_a_period():
    (m,) = find_dates("Forty soldiers have died since February.", date(2019, 6, 12))
    assert m.after_since


def test_may_the_verb_is_not_a_month():
    assert find_dates("Officials said casualties may rise.", date(2019, 6, 12)) == []


def test_statement_weekday_is_not_the_incident_date(extractor):
    ex = run(
        extractor,
        "On Tuesday the army also said that a Mi-17 helicopter had crashed on June 8 near Hama, "
        "killing two pilots, because of a technical fault.",
    )
    assert ex.events[0].date == date(2019, 6, 8)


# ------------------------------------------------------------------ event types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Heavy artillery fire hit the army post near Saraqib on Monday, killing three soldiers.", "shelling"),
        (
            "A drone fired two missiles at a pickup truck near Idlib on Monday, killing four militants.",
            "airstrike",
        ),
        (
            "A local official was killed in Hama on Monday when his car was blown up outside his home.",
            "assassination",
        ),
        (
            "Commandos killed the group's leader in a helicopter-borne raid on a compound near Idlib on Monday.",
            "other",
        ),
    ],
)
def test_event_type_cues(extractor, text, etype):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == etype


def test_intercepted_missiles_are_not_a_shoot_down(extractor):
    ex = run(
        extractor,
        "Western warships fired cruise missiles at a depot near Homs on Monday. Air defences shot down "
        "40 of the 60 cruise missiles, the army said, and three soldiers were wounded.",
    )
    assert ex.events[0].type == "airstrike"


def test_prevented_clashes_are_not_clashes(extractor):
    ex = run(
        extractor,
        "Mortar rounds hit a Turkish observation post near Idlib on Monday, killing two soldiers "
        "who had been sent to prevent clashes between the two sides.",
    )
    assert ex.events[0].type == "shelling"


def test_a_suicide_at_a_base_is_not_hostile(extractor):
    ex = run(extractor, "A Russian soldier took his own life at the Hmeimim air base on Monday, the ministry said.")
    (ev,) = ex.events
    assert ev.type == "other" and not ev.hostile


def test_background_incident_does_not_decide_the_type(extractor):
    ex = run(
        extractor,
        "A general was shot dead by a gunman outside his home in Hama on Monday, the army said.\n"
        "The same district was hit by air strikes on March 3 and again by an air raid on April 20.",
    )
    assert [e.type for e in ex.events] == ["assassination"]


# ------------------------------------------------------------------ several incidents


def test_a_further_incident_of_another_kind(extractor):
    ex = run(
        extractor,
        "Two soldiers were killed when militants shelled an army post near Saraqib on Monday, the army said.\n"
        "The army also said that a Mi-8 helicopter had crashed on June 9 because of a technical fault; "
        "its two pilots were killed.",
    )
    got = {e.type: (e.date, e.hostile) for e in ex.events}
    assert got == {"shelling": (date(2019, 6, 10), True), "aircraft-crash": (date(2019, 6, 9), False)}


def test_twin_bombings_in_two_towns(extractor):
    ex = run(
        extractor,
        "Twin suicide bombings in Jableh and Baniyas killed at least 30 people on Monday, state media said.",
    )
    assert sorted(e.place.key for e in ex.events) == ["baniyas", "jablah"]
    assert {e.type for e in ex.events} == {"suicide-bombing"}


def test_cause_in_retaliation_is_not_a_further_strike(extractor):
    ex = run(
        extractor,
        "Jets struck a depot near Homs on Monday in retaliation for a missile strike on the town of Douma.",
    )
    assert len(ex.events) == 1


# ------------------------------------------------------------------ persons


def persons(ex):  # type: ignore[no-untyped-def]
    return {(p.name, p.rank.label if p.rank else None, p.fate) for e in ex.events for p in e.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A roadside bomb killed two soldiers near Manbij on Thursday. They were Master Sgt. John Doe "
            "and Staff Sgt. Richard Roe, the army said.",
            {("John Doe", "Master Sergeant", "killed"), ("Richard Roe", "Staff Sergeant", "killed")},
        ),
        (
            "A Russian jet was shot down near Latakia on Tuesday. Its pilot, Lt Col Pavel Orlov, was shot dead "
            "after ejecting; the navigator, Capt Ivan Sidorov, was rescued.",
            {("Pavel Orlov", "Lieutenant Colonel", "killed"), ("Ivan Sidorov", "Captain", "survived")},
        ),
    ],
)
def test_ranks_abbreviated_with_or_without_dots(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert persons(run(extractor, text)) == expected


def test_a_named_civilian_whose_fate_is_told(extractor):
    ex = run(
        extractor,
        "Omar Haddad, the head of a provincial water board that runs three dams, was killed when his car "
        "was blown up in Hama on Monday.",
    )
    (p,) = ex.events[0].persons
    assert (p.name, p.fate, p.affiliation) == ("Omar Haddad", "killed", "civilian")


def test_surname_refers_to_the_full_name_met_before(extractor):
    ex = run(
        extractor,
        "Victim: Leyla Darwish, 41, a teacher from Qamishli.\nDarwish was shot dead near Tal Abyad on Sunday.",
    )
    assert persons(ex) == {("Leyla Darwish", None, "killed")}


def test_names_listed_among_those_on_board(extractor):
    ex = run(
        extractor,
        "A military plane crashed into the Black Sea on Sunday. Among those on board were the singer "
        "Maria Orlova and the surgeon Boris Lebedev. All 64 people on board were killed.",
    )
    assert persons(ex) == {("Maria Orlova", None, "killed"), ("Boris Lebedev", None, "killed")}


def test_named_as_after_the_group(extractor):
    ex = run(
        extractor,
        "Two soldiers were killed by a roadside bomb near Manbij on Thursday. The army named the first "
        "soldier as Sgt. Tom Smith, 33, and the second as Cpl. Dan Jones, 24.",
    )
    assert {n for n, _r, f in persons(ex) if f == "killed"} == {"Tom Smith", "Dan Jones"}


def test_speakers_and_long_dead_people_are_not_casualties(extractor):
    ex = run(
        extractor,
        "A militia commander, Hassan Khalil, was killed by an air strike near Deir ez-Zor on Monday. "
        "Khalil was a nephew of Samir Nasser, the founder of the group, killed in a 2009 ambush. "
        '"We are checking the reports," said Colonel John Miller, a coalition spokesman. He added that '
        "the strike may have killed Ali Karimi as well.",
    )
    assert persons(ex) == {("Hassan Khalil", None, "killed")}


def test_age_is_not_a_casualty_figure(extractor):
    ex = run(extractor, "Sergeant Tom Smith, 33, of the Parachute Regiment, died in a blast near Manbij on Thursday.")
    assert [f.value for f in ex.events[0].figures if f.kind == "deaths"] in ([], [1])


# ------------------------------------------------------------------ figures


def figs(ex):  # type: ignore[no-untyped-def]
    return {(f.kind, f.qualifier, f.value, f.nationality, f.affiliation) for e in ex.events for f in e.figures}


def test_all_on_board_including_subgroups(extractor):
    ex = run(
        extractor,
        "A Russian Il-76 military transport plane crashed near Latakia on Sunday. All 48 people on board, "
        "including 30 paratroopers, ten journalists and eight crew members, were killed.",
    )
    got = figs(ex)
    assert ("deaths", "exactly", 48, "RU", "armed-forces") in got
    assert ("deaths", "exactly", 30, "RU", "armed-forces") in got
    assert ("deaths", "exactly", 10, "RU", "civilian") in got
    assert ("deaths", "exactly", 8, "RU", "armed-forces") in got


def test_coordinated_groups_of_two_nationalities(extractor):
    ex = run(
        extractor,
        "A roadside bomb killed a U.S. service member and a British soldier in Manbij on Thursday night, "
        "the coalition said.",
    )
    assert {(f.value, f.nationality) for f in ex.events[0].figures if f.kind == "deaths"} == {(1, "US"), (1, "GB")}


def test_suffered_injuries_and_several_others(extractor):
    ex = run(
        extractor,
        "Four Turkish soldiers suffered light injuries when their armoured vehicle hit a landmine near Idlib "
        "on Tuesday. Several others were treated for shock.\nTwo more were later wounded by sniper fire.",
    )
    got = figs(ex)
    assert ("injuries", "exactly", 4, "TR", "armed-forces") in got
    assert ("injuries", "exactly", 2, "TR", "armed-forces") in got


def test_contractors_working_for_a_company_are_pmc(extractor):
    ex = run(
        extractor,
        "Several dozen Russian contractors working for a private military company were killed near Deir "
        "ez-Zor on Monday, but no Russian servicemen were among the dead, the Kremlin said.",
    )
    got = figs(ex)
    assert ("deaths", "several", 24, "RU", "pmc") in got
    assert ("deaths", "exactly", 0, "RU", "armed-forces") in got


def test_head_noun_is_the_last_of_a_noun_sequence(extractor):
    ex = run(extractor, "The army said one of its special forces officers was killed near Palmyra last week.")
    assert ("deaths", "exactly", 1, None, "armed-forces") in figs(ex) or any(
        f.value == 1 and f.affiliation == "armed-forces" for e in ex.events for f in e.figures
    )


def test_partitive_subgroup_takes_the_figure_kind(extractor):
    ex = run(
        extractor,
        "State media said eleven civilians, three of them children, died in the air strike on Idlib on Monday.",
    )
    got = figs(ex)
    assert ("deaths", "exactly", 11, "SY", "civilian") in got
    assert ("deaths", "exactly", 3, "SY", "civilian") in got


def test_first_person_groups_take_the_speaker_nationality(extractor):
    ex = extractor.extract(
        Article(
            Path("t.txt"),
            "t",
            "Three of our heroic soldiers were martyred by regime artillery fire near Saraqib on 3 March 2020.",
            "t",
            date(2020, 3, 3),
            "option",
            publisher="Turkish Ministry of National Defence",
        )
    )
    assert ("deaths", "exactly", 3, "TR", "armed-forces") in figs(ex)


def test_a_number_of_is_not_one(extractor):
    ex = run(extractor, "A number of SDF fighters were wounded in the air strike near Raqqa on Monday.")
    assert all(f.value != 1 for e in ex.events for f in e.figures)


def test_a_shot_down_aircraft_gives_its_crew_nationality(extractor):
    ex = run(
        extractor,
        "Turkish F-16 jets shot down a Russian Su-24 bomber near Latakia on Tuesday. Both pilots ejected; "
        "one of the two airmen was killed by fire from the ground.",
    )
    assert ("deaths", "exactly", 1, "RU", "armed-forces") in figs(ex)


def test_incident_total_is_not_a_war_toll(extractor):
    ex = run(
        extractor,
        "Two bombs killed at least 30 people in Jableh on Monday. State media put the overall toll at 41.",
    )
    assert ex.tolls == []


def test_a_wave_of_bombings_in_two_towns(extractor):
    ex = run(extractor, "Suicide bombers and car bombs struck the coastal cities of Jableh and Baniyas on Monday.")
    assert sorted(e.place.key for e in ex.events) == ["baniyas", "jablah"]


def test_air_defences_shooting_down_missiles_is_no_shoot_down(extractor):
    ex = run(
        extractor,
        "Missiles struck an air base near Homs before dawn on Monday, killing 14 people. Two jets fired eight "
        "missiles from Lebanese airspace; Syrian air defences shot down five.",
    )
    assert [e.type for e in ex.events] == ["airstrike"]


def test_a_gunman_shooting_a_diplomat_dead(extractor):
    ex = run(extractor, "A diplomat was shot dead at a gallery in Ankara on Monday by a gunman who shouted slogans.")
    assert ex.events[0].type == "assassination"


def test_a_crash_into_the_sea_off_a_town_is_at_sea(extractor):
    ex = run(extractor, "A military plane carrying 40 people crashed into the Black Sea off Sochi on Sunday.")
    assert ex.events[0].place.kind == "sea" and ex.events[0].place.name == "Black Sea"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A car bomb exploded in Tartus on Monday, killing 12 soldiers and wounding 30 civilians.",
            {("deaths", 12, "armed-forces"), ("injuries", 30, "civilian")},
        ),
        (
            "Bombings in Jableh on Monday left at least 100 people dead and 200 wounded, the monitor said.",
            {("deaths", 100, "unknown"), ("injuries", 200, "unknown")},
        ),
        (
            "The death toll from the bombings in Jableh on Monday rose to 148, the Observatory said.",
            {("deaths", 148, "unknown")},
        ),
        (
            "A roadside bomb killed an American and a Briton in Manbij on Thursday night, the coalition said.",
            {("deaths", 1, "unknown")},
        ),
    ],
)
def test_verb_before_and_toll_phrasings(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {(f.kind, f.value, f.affiliation) for e in run(extractor, text).events for f in e.figures} == expected


def test_singular_demonyms_keep_their_nationality(extractor):
    ex = run(
        extractor, "A roadside bomb killed an American and a Briton in Manbij on Thursday night, the coalition said."
    )
    assert {(f.value, f.nationality) for f in ex.events[0].figures} == {(1, "US"), (1, "GB")}


def test_one_of_the_two_is_one(extractor):
    ex = run(extractor, "A Russian jet was shot down near Latakia on Tuesday; one of the two pilots was killed.")
    assert {f.value for f in ex.events[0].figures if f.kind == "deaths"} == {1}


def test_generic_general_staff_is_the_one_named_before(extractor):
    ex = run(
        extractor,
        "The Turkish General Staff said a helicopter crashed near Kilis on Saturday. The General Staff said "
        "later that two soldiers had been killed.",
    )
    assert {f.attribution.label for f in ex.events[0].figures} == {"General Staff (Turkey)"}


def test_a_temporal_clause_does_not_give_the_source(extractor):
    ex = run(
        extractor,
        "A suicide bomber killed four Americans in Manbij on Wednesday, weeks after the president "
        "announced a withdrawal.",
    )
    assert {f.attribution.kind for f in ex.events[0].figures} == {"article"}


def test_named_person_on_board_an_aircraft_nobody_survived(extractor):
    ex = run(
        extractor,
        "A Russian Mi-24 was shot down near Hama on Friday. The ministry said Ivan Petrov and Oleg Sokolov were "
        "flying the helicopter. The crew were killed.",
    )
    assert persons(ex) == {("Ivan Petrov", None, "killed"), ("Oleg Sokolov", None, "killed")}


def test_another_aircraft_lost_is_another_incident(extractor):
    ex = run(
        extractor,
        "A Russian Su-33 skidded off the deck of the carrier in the Mediterranean on Saturday while landing. "
        "Last month a MiG-29K from the same air wing came down in the sea after running out of fuel.",
    )
    assert [(e.type, e.date_precision) for e in ex.events] == [("aircraft-crash", "day"), ("aircraft-crash", "month")]


def test_a_drone_downed_the_same_day_as_jets(extractor):
    ex = run(
        extractor,
        "Turkish F-16s shot down two Syrian Su-24 jets over Idlib on Sunday. Syrian air defences had earlier "
        "downed a Turkish drone near Saraqib.",
    )
    assert [e.type for e in ex.events] == ["shoot-down", "shoot-down"]


def test_a_special_forces_raid_whose_target_blew_himself_up(extractor):
    ex = run(
        extractor,
        "A militant leader blew himself up in a tunnel during a U.S. special forces raid on his compound in "
        "Idlib province late on Saturday, killing himself and two of his children. Two of his guards, who "
        "wore explosive vests, were also killed.",
    )
    assert [e.type for e in ex.events] == ["other"]


def test_the_raid_by_bombers_is_an_air_raid(extractor):
    ex = run(
        extractor,
        "Su-34 bombers struck a meeting of commanders near Raqqa on Friday. The raid killed about 30 militants.",
    )
    assert ex.events[0].type == "airstrike"


def test_people_on_a_crashed_military_plane_are_its_service_people(extractor):
    ex = run(
        extractor,
        "A Russian An-12 military transport plane crashed on approach to Hmeimim on Tuesday. The ministry "
        "said 17 people died, 11 passengers and six crew.",
    )
    got = figs(ex)
    assert ("deaths", "exactly", 17, "RU", "armed-forces") in got
    assert ("deaths", "exactly", 11, "RU", "armed-forces") in got
    assert ("deaths", "exactly", 6, "RU", "armed-forces") in got


def test_revised_figures_and_n_dead(extractor):
    ex = run(
        extractor,
        "An air strike hit a Turkish convoy near Idlib on Thursday. The governor first said seven soldiers had "
        "died, then 14, then 19. A monitor, which had earlier reported 12 dead, later gave 20.",
    )
    values = {f.value for f in ex.events[0].figures if f.kind == "deaths"}
    assert {7, 14, 19, 12} <= values


def test_a_rescued_survivor_speaking_of_a_dead_comrade_is_not_killed(extractor):
    ex = run(
        extractor,
        "A Russian Su-24 was shot down by a Turkish jet near Latakia on Tuesday. Its navigator, Capt. Ivan "
        'Sidorov, was recovered alive after a 12-hour search. "I am fine," Sidorov told Russian television, '
        "adding that he wanted revenge for his commander, who was killed.",
    )
    assert persons(ex) == {("Ivan Sidorov", "Captain", "survived")}


def test_a_cornered_leader_who_blew_himself_up_is_killed(extractor):
    ex = run(extractor, "Ali Hamdan Saleh blew himself up in a tunnel during a raid in Idlib province on Saturday.")
    assert persons(ex) == {("Ali Hamdan Saleh", None, "killed")}


def test_a_nickname_is_not_another_person(extractor):
    ex = run(
        extractor,
        "Among the passengers of the plane that crashed into the Black Sea on Sunday were Elena Sokolova, a "
        "humanitarian known as Doctor Lena, and Pavel Ivanov. All 92 people on board died.",
    )
    assert {n for n, _r, _f in persons(ex)} == {"Elena Sokolova", "Pavel Ivanov"}


def test_elliptical_figure_for_a_second_town(extractor):
    ex = run(extractor, "Car bombs struck Jableh and Baniyas on Monday; 45 people died in Jableh and 33 in Baniyas.")
    assert {(f.kind, f.value) for e in ex.events for f in e.figures} == {("deaths", 45), ("deaths", 33)}


def test_others_after_a_mixed_group_have_no_nationality(extractor):
    ex = run(
        extractor,
        "A blast near Manbij killed a U.S. service member and a British soldier and wounded five others on Thursday.",
    )
    (others,) = [f for f in ex.events[0].figures if f.kind == "injuries"]
    assert others.value == 5 and others.nationality is None


def test_those_carried_by_a_plane_nobody_survived_are_dead(extractor):
    ex = run(
        extractor,
        "A Russian Tu-154 military plane crashed into the Black Sea on Sunday. The plane was carrying 70 members "
        "of a military band, six journalists and eight crew members. Rescuers found no survivors.",
    )
    got = {(f.value, f.kind) for f in ex.events[0].figures}
    assert {(70, "deaths"), (6, "deaths"), (8, "deaths")} <= got


def test_missiles_striking_a_base_are_an_air_strike(extractor):
    ex = run(extractor, "Missiles struck an air base in Homs province before dawn on Monday, killing 14 people.")
    assert ex.events[0].type == "airstrike"


def test_a_named_agency_wins_over_the_generic_one(extractor):
    ex = run(extractor, "Syria's state news agency SANA said nine civilians were killed in Homs on Monday.")
    assert {f.attribution.label for f in ex.events[0].figures} == {"SANA"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Two servicemen were killed on New Year's Eve.", date(2017, 12, 31)),
        ("The base was shelled on Christmas Day.", date(2017, 12, 25)),
        ("The convoy was hit two days ago.", date(2018, 1, 2)),
    ],
)
def test_named_days_and_days_ago(text, day):  # type: ignore[no-untyped-def]
    (m,) = find_dates(text, date(2018, 1, 4))
    assert (m.earliest, m.precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Drones attacked the base during the night of 5 to 6 January.", date(2018, 1, 5)),
        ("Militants shelled the post on the night of Saturday to Sunday.", date(2018, 1, 6)),
    ],
)
def test_a_night_between_two_days_is_the_first(text, day):  # type: ignore[no-untyped-def]
    (m,) = find_dates(text, date(2018, 1, 8))
    assert (m.earliest, m.precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "A Russian Mi-8 was shot down over Idlib on Monday. TASS quoted the Defence Ministry as saying that "
            "all five people on board were killed.",
            "Ministry of Defence (Russia)",
        ),
        (
            "A bomb hit a Russian patrol near Ariha on Tuesday. Interfax cited a military source as saying three "
            "servicemen were wounded.",
            "a military source",
        ),
        (
            "President Donald Trump said on Sunday that the leader died in a raid in Idlib province. Trump said "
            "no U.S. personnel were killed.",
            "Donald Trump",
        ),
    ],
)
def test_who_gave_the_figure(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for f in run(extractor, text).events[0].figures} == {label}


def test_one_strike_per_listed_site(extractor):
    ex = run(
        extractor,
        "Western warships fired cruise missiles at Syria early on Saturday. Officials said three sites had been "
        "hit: an airfield near Homs, a research centre in Damascus, and a depot outside Hama.",
    )
    assert sorted(e.place.key for e in ex.events if e.type == "airstrike") == ["damascus", "hamah", "homs"]


def test_hard_wrapped_paragraphs_are_read_as_sentences(extractor):
    ex = run(
        extractor,
        "MOSCOW, June 10 (Wire) - Russian Lieutenant General Valery\nPetrov was killed by mortar fire near the\n"
        "city of Deir ez-Zor on Sunday, the Defence Ministry said.\n\n- Two soldiers were also wounded.\n",
    )
    assert persons(ex) == {("Valery Petrov", "Lieutenant General", "killed")}
    assert ex.events[0].type == "shelling"


def test_people_listed_under_a_heading_of_victims(extractor):
    ex = run(
        extractor,
        "A Russian military plane crashed into the Black Sea on Sunday, the ministry said.\n\n"
        "Victims named so far:\n- Elena Sokolova, 74, a charity worker\n- Pavel Ivanov, 60, a conductor\n",
    )
    assert persons(ex) == {("Elena Sokolova", None, "killed"), ("Pavel Ivanov", None, "killed")}


@pytest.mark.parametrize(
    "fate_text",
    ["did not survive", "was fatally shot as he parachuted", "will be posthumously awarded a medal"],
)
def test_more_ways_to_tell_a_death(extractor, fate_text):  # type: ignore[no-untyped-def]
    ex = run(extractor, f"A Russian Su-24 was shot down near Latakia on Tuesday. Lt. Col. Oleg Petrov {fate_text}.")
    assert persons(ex) == {("Oleg Petrov", "Lieutenant Colonel", "killed")}


def test_a_surname_alone_tells_the_fate(extractor):
    ex = run(
        extractor,
        "Andrei Sokolov, 62, the ambassador, was attacked at a gallery in Ankara on Monday. "
        "Sokolov died in hospital hours later.",
    )
    assert persons(ex) == {("Andrei Sokolov", None, "died-of-wounds")}


def test_no_context_nationality_in_a_two_sided_story(extractor):
    ex = run(
        extractor,
        "Turkish troops and Syrian forces clashed near Saraqib on Monday. Turkish officials said "
        "Syrian shelling hit a post, while Syrian media blamed Turkish artillery. Four soldiers were killed.",
    )
    assert [(f.value, f.nationality) for f in ex.events[0].figures] == [(4, None)]


def test_left_lightly_wounded(extractor):
    ex = run(extractor, "A roadside bomb near Ariha on Tuesday left three Russian servicemen lightly wounded.")
    assert figs(ex) == {("injuries", "exactly", 3, "RU", "armed-forces")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drones attacked the Hmeimim air base on Saturday night. Air defences destroyed them and there were no "
            "casualties among Russian personnel, the ministry said.",
            {("deaths", "exactly", 0, "RU", "armed-forces"), ("injuries", "exactly", 0, "RU", "armed-forces")},
        ),
        (
            "A Russian helicopter was shot down near Latakia on Tuesday. A Russian marine who was part of the rescue "
            "team was killed.",
            {("deaths", "exactly", 1, "RU", "armed-forces")},
        ),
        (
            "A bomb hit a patrol near Ariha on Tuesday. Three Russian military policemen were injured.",
            {("injuries", "exactly", 3, "RU", "armed-forces")},
        ),
    ],
)
def test_zeros_among_a_group_relative_clauses_and_military_police(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert figs(run(extractor, text)) == expected


def test_a_period_of_something_else_makes_no_toll(extractor):
    ex = run(
        extractor,
        "One of its officers was killed near Palmyra last week, as troops close in on the city held by "
        "Islamic State since May 2015.",
    )
    assert ex.tolls == [] and [f.value for f in ex.events[0].figures] == [1]


def test_the_number_killed_this_month_is_a_toll(extractor):
    ex = run(
        extractor,
        "The deaths bring the number of Turkish soldiers killed in Idlib this month to more than 50, as "
        "civilians have fled their homes since December.",
        published=date(2020, 2, 28),
    )
    (toll,) = ex.tolls
    assert (toll.qualifier, toll.value, toll.nationality, toll.since) == ("more-than", 50, "TR", date(2020, 2, 1))


def test_crash_in_the_operation_is_no_toll(extractor):
    ex = run(
        extractor,
        "The Turkish General Staff said one of its helicopters had crashed near Kilis while on duty in the "
        "operation, and confirmed the death of both crew members.",
    )
    assert ex.tolls == [] and {f.value for f in ex.events[0].figures} == {2}


def test_an_ordinal_death_is_a_toll(extractor):
    ex = run(
        extractor,
        "A roadside bomb killed an American soldier in Manbij on Thursday. He was the fourth American service "
        "member to die in Syria since 2014.",
    )
    (toll,) = ex.tolls
    assert (toll.value, toll.qualifier, toll.nationality, toll.since) == (4, "exactly", "US", date(2014, 1, 1))


def test_drones_attacking_two_sites(extractor):
    ex = run(
        extractor,
        "Militants' drones attacked the Hmeimim air base and the Tartus naval facility overnight, the ministry "
        "said on Monday. There were no casualties.",
    )
    assert sorted(e.place.key for e in ex.events) == ["hmeimim-air-base", "tartus-naval-facility"]
    assert {e.type for e in ex.events} == {"airstrike"}


def test_a_rescue_operation_after_a_shoot_down(extractor):
    ex = run(
        extractor,
        "A Russian Su-24 was shot down near Latakia on Tuesday. Overnight on Wednesday, Syrian commandos and "
        "Russian special forces carried out a rescue operation and recovered the navigator alive.",
        published=date(2015, 11, 26),
    )
    assert sorted(e.type for e in ex.events) == ["other", "shoot-down"]


def test_bombings_in_two_towns_and_a_separate_strike(extractor):
    ex = run(
        extractor, "At least 40 people were killed in bombings in the coastal cities of Jableh and Baniyas on Monday."
    )
    assert sorted(e.place.key for e in ex.events) == ["baniyas", "jablah"]
    ex = run(
        extractor,
        "A militant leader blew himself up during a U.S. special forces raid in Idlib province late on Saturday. "
        "In a separate strike near Jarablus on Sunday, U.S. aircraft killed the group's spokesman.",
    )
    assert "airstrike" in [e.type for e in ex.events]


def test_a_headline_outside_the_text_tells_the_fate(extractor):
    art = Article(
        Path("t.md"),
        "t",
        "Lt. Gen. Ivan Petrov was at a command post near Deir ez-Zor on Saturday when militants shelled it.",
        "Russian general Petrov killed in Syria",
        date(2019, 6, 12),
        "option",
    )
    assert persons(extractor.extract(art)) == {("Ivan Petrov", "Lieutenant General", "killed")}


def test_named_long_after_the_lead(extractor):
    ex = run(
        extractor,
        "A roadside bomb killed a U.S. soldier in Manbij on Thursday. The patrol was returning to base. "
        "The area had been calm for weeks. Officials gave no details. The Pentagon later identified the "
        "soldier as Master Sgt. John Doe, 36.",
    )
    assert persons(ex) == {("John Doe", "Master Sergeant", "killed")}


def test_a_bombing_of_no_more_precise_kind(extractor):
    assert run(extractor, "Two people died in a bombing in Azaz on Monday.").events[0].type == "roadside-bomb"


def test_crew_of_three_and_no_single_militant(extractor):
    ex = run(
        extractor,
        "A Syrian army helicopter crashed in Hama province on Monday after being hit by rebel anti-aircraft "
        "fire, killing its crew of three, a monitor said.",
    )
    assert figs(ex) == {("deaths", "exactly", 3, "SY", "armed-forces")}
    ex = run(
        extractor,
        "Five Russian contractors employed by a private military company were killed in a clash with Islamic "
        "State militants near Deir ez-Zor on Monday.",
    )
    assert figs(ex) == {("deaths", "exactly", 5, "RU", "pmc")}


def test_accidents_are_not_hostile(extractor):
    for text in (
        "A Russian Su-30 crashed into the Mediterranean after take-off from Hmeimim on Thursday, killing both "
        "pilots. The jet had not come under fire; a bird strike may have caused the crash.",
        "A Russian armoured vehicle overturned near Deir ez-Zor on Friday, killing one serviceman, in what the "
        "ministry called a traffic accident.",
    ):
        assert not run(extractor, text).events[0].hostile


def test_a_city_name_in_a_zone_is_not_the_city(extractor):
    ex = run(
        extractor,
        "A Russian Su-25 was shot down on Saturday over Idlib province. The jet was flying over the Idlib "
        "de-escalation zone near the town of Saraqib when it was hit.",
    )
    assert ex.events[0].place.key == "saraqib"


def test_qualifiers_follow_the_conventions(extractor):
    ex = run(
        extractor,
        "Air strikes on Idlib on Monday killed up to 300 fighters, nearly 50 civilians and some 30 soldiers, "
        "activists said. A second raid killed twenty-one people, including several dozen children.",
    )
    got = {(f.qualifier, f.value) for f in ex.events[0].figures}
    assert {("at-most", 300), ("fewer-than", 50), ("about", 30), ("exactly", 21), ("several", 24)} <= got
    assert ("exactly", 24) not in got


def test_lost_soldiers_bodies_and_hospital(extractor):
    ex = run(
        extractor,
        "The army lost 33 soldiers in an air strike near Balyun on Thursday and two helicopters the day before. "
        "Fourteen more were taken to hospital. Rescuers recovered the bodies of 13 militiamen.",
    )
    got = {(f.kind, f.value) for f in ex.events[0].figures}
    assert got == {("deaths", 33), ("injuries", 14), ("deaths", 13)}


def test_fates_written_after_listed_names(extractor):
    ex = run(
        extractor,
        "A Russian Su-24 was shot down near Latakia on Tuesday.\nCrew:\n- Lt. Col. Oleg Petrov (killed)\n"
        "- Capt. Ivan Sidorov \u2014 rescued\n",
    )
    assert persons(ex) == {("Oleg Petrov", "Lieutenant Colonel", "killed"), ("Ivan Sidorov", "Captain", "survived")}


def test_names_after_a_colon_and_whole_label_abbreviations(extractor):
    ex = run(
        extractor,
        "A roadside bomb killed two U.S. soldiers in Manbij on Thursday: Pfc. John Doe and Sgt. Maj. Richard Roe.",
    )
    assert persons(ex) == {("John Doe", "Private First Class", "killed"), ("Richard Roe", "Sergeant Major", "killed")}


def test_a_sentence_about_another_towns_attack(extractor):
    ex = run(
        extractor,
        "Suicide bombers killed at least 100 people in Jableh on Monday, the monitor said. In Baniyas, a suicide "
        "bomber blew himself up at a bus station, killing 48.",
    )
    assert sorted(e.place.key for e in ex.events) == ["baniyas", "jablah"]


def test_a_further_wave_of_strikes(extractor):
    ex = run(
        extractor,
        "An Israeli F-16 was shot down by Syrian air defences near Haifa on Saturday. Israeli jets then hit the "
        "T4 air base near Palmyra. Later on Saturday Israel struck 12 more targets in Syria.",
        published=date(2018, 2, 10),
    )
    assert sorted(e.type for e in ex.events) == ["airstrike", "airstrike", "shoot-down"]
    assert "Israel" not in {e.place.name for e in ex.events}  # the agent, not the place


def test_ranked_people_keep_their_role_for_later_mentions(extractor):
    ex = run(
        extractor,
        "A Russian Su-24 was shot down near Latakia on Tuesday. Its crew were the pilot, Lt. Col. Oleg Petrov, "
        "and Capt. Ivan Sidorov, the navigator. The pilot was killed by fire from the ground as he parachuted; "
        "the navigator was rescued.",
    )
    assert persons(ex) == {("Oleg Petrov", "Lieutenant Colonel", "killed"), ("Ivan Sidorov", "Captain", "survived")}


def test_another_one_of_the_same_group(extractor):
    ex = run(
        extractor, "A Russian soldier was killed and another was wounded when a mine exploded near Palmyra on Monday."
    )
    assert figs(ex) == {
        ("deaths", "exactly", 1, "RU", "armed-forces"),
        ("injuries", "exactly", 1, "RU", "armed-forces"),
    }


def test_a_spokesman_speaks_for_his_ministry_which_speaks_of_its_own_crew(extractor):
    ex = run(
        extractor,
        "The Russian Defence Ministry said a helicopter was shot down near Idlib on Monday. A spokesman for the "
        "ministry, Maj. Gen. Igor Konashenkov, said all five people on board were killed.",
    )
    (f,) = ex.events[0].figures
    assert (f.value, f.nationality, f.affiliation, f.attribution.label) == (
        5,
        "RU",
        "armed-forces",
        "Ministry of Defence (Russia)",
    )


def test_two_towns_hit_by_bombings(extractor):
    ex = run(
        extractor, "The coastal cities of Jableh and Baniyas were hit by a wave of bombings on Monday, killing 100."
    )
    assert sorted(e.place.key for e in ex.events) == ["baniyas", "jablah"]


def test_naming_one_of_the_dead_adds_no_figure(extractor):
    ex = run(
        extractor,
        "Air strikes hit Idlib overnight on Monday. At least six civilians were killed, the monitor said. "
        "The monitor named one of the dead as Ahmad Khatib.",
    )
    assert {f.value for f in ex.events[0].figures} == {6}
    assert persons(ex) == {("Ahmad Khatib", None, "killed")}


def test_a_table_of_casualties(extractor):
    ex = run(
        extractor,
        "A Russian Su-24 was shot down near Latakia on Tuesday, the ministry said.\n| Name | Rank | Fate |\n"
        "|---|---|---|\n| Oleg Petrov | Lieutenant Colonel | killed |\n| Ivan Sidorov | Captain | rescued |\n",
    )
    assert persons(ex) == {("Oleg Petrov", "Lieutenant Colonel", "killed"), ("Ivan Sidorov", "Captain", "survived")}


# ------------------------------------------------------------------ places the gazetteer does not know


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Two soldiers were killed when their vehicle hit a mine near the village of Zarichne on Monday.", "Zarichne",
         "settlement"),
        ("A drone struck a checkpoint outside Bir Hadaj on Tuesday, killing three guards.", "Bir Hadaj", "settlement"),
        ("Four Azerbaijani servicemen died in shelling in the Lachinsky district on Sunday.", "Lachinsky district",
         "site"),
        ("Rockets hit Camp Tarbell air base on Friday, wounding two contractors.", "Camp Tarbell air base", "site"),
        ("A missile hit a tanker in the Gulf of Zentara on Wednesday, killing two crew members.", "Gulf of Zentara",
         "sea"),
    ],
)
def test_a_place_unknown_to_the_gazetteer_is_read_from_how_it_is_named(extractor, text, name, kind):
    (ev,) = run(extractor, text).events
    assert (ev.place.name, ev.place.kind) == (name, kind)


def test_a_gulf_named_after_a_town_is_the_sea(extractor):
    (ev,) = run(extractor, "A missile struck a cargo ship in the Gulf of Aden on Monday, killing one sailor.").events
    assert ev.place.kind == "sea"


def test_an_incident_without_a_nameable_place_is_kept(extractor):
    ex = run(extractor, "Spc. Jane Roe and Sgt. John Doe were killed in the attack on Sunday, the Pentagon said.")
    (ev,) = ex.events
    assert ev.place_precision == "country" and ev.place.country is None
    assert {p.name for p in ev.persons} == {"Jane Roe", "John Doe"}


def test_an_unknown_place_keeps_the_country_named_with_it(extractor):
    (ev,) = run(
        extractor, "A roadside bomb killed two Afghan soldiers near Deh Bala in Nangarhar, Afghanistan, on Monday."
    ).events
    assert ev.place.country == "AF"


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Three sailors were killed when a Ukrainian drone boat struck the Russian landing ship Azov Star in the "
         "Black Sea on Wednesday.", "RU"),
        ("An Iranian-made drone hit the Israeli patrol boat off Eilat on Monday; two sailors were wounded.", "IL"),
        ("The British frigate was attacked by Houthi drones in the Red Sea on Friday, and four sailors were hurt.",
         "GB"),
    ],
)
def test_sailors_take_the_nationality_of_the_vessel_struck(extractor, text, nat):
    (f,) = run(extractor, text).events[0].figures
    assert (f.nationality, f.affiliation) == (nat, "armed-forces")


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi missile struck the bulk carrier Sea Falcon in the Gulf of Aden on Wednesday, killing three crew "
        "members.",
        "Two seafarers died when a drone hit a tanker off the coast of Yemen on Tuesday.",
    ],
)
def test_the_crew_of_a_merchant_ship_are_civilians(extractor, text):
    (f,) = run(extractor, text).events[0].figures
    assert f.affiliation == "civilian"


@pytest.mark.parametrize(
    "text",
    [
        "President Volodymyr Zelensky condemned the strike on Kharkiv on Thursday, in which 12 civilians were killed.",
        "Gen. Mosul Haddad said the ambush near Kirkuk on Monday killed four soldiers.",
    ],
)
def test_a_place_name_inside_a_persons_name_is_no_place(extractor, text):
    (ev,) = run(extractor, text, date(2022, 3, 3)).events
    assert ev.place.name in ("Kharkiv", "Kirkuk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Col. Gen. Ivan Popov was not hurt in the strike on the headquarters near Melitopol on Monday, but two of "
         "his bodyguards were killed.", ("Ivan Popov", "survived")),
        ("Maj. Omar Haddad escaped unhurt when a roadside bomb hit his convoy near Ramadi on Monday.",
         ("Omar Haddad", "survived")),
        ("Capt. Lena Hoffmann walked away from the crash of her helicopter near Gao on Monday.",
         ("Lena Hoffmann", "survived")),
    ],
)
def test_people_unhurt_survived(extractor, text, expected):
    assert {(p.name, p.fate) for e in run(extractor, text).events for p in e.persons} == {expected}


def test_a_figure_of_his_group(extractor):
    ex = run(extractor, "The general was not hurt in the ambush near Kirkuk on Monday, but two of his bodyguards "
             "were killed.")
    assert {(f.kind, f.value) for e in ex.events for f in e.figures} == {("deaths", 2)}


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("Master Sgt. (res.) Avi Levin, 31, was killed in southern Lebanon on Tuesday.", "Avi Levin",
         "Master Sergeant"),
        ("Tech. Sgt. Dana Cole and two other airmen were wounded in a rocket attack on Erbil on Monday.", "Dana Cole",
         "Technical Sergeant"),
        ("Flt. Lt. Sam Reid died when his Typhoon crashed into the North Sea on Monday.", "Sam Reid",
         "Flight Lieutenant"),
    ],
)
def test_abbreviated_ranks_do_not_end_the_sentence(text, name, rank):
    from kgbuild.text import split_sentences

    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sgt. 1st Class Mark Dell was wounded by a roadside bomb near Kandahar. He died on Friday of wounds "
        "suffered in the blast, the Army said.",
        "Capt. Olena Hrytsenko was fatally wounded by a shell near Kupiansk on Monday, her brigade said.",
        "Lance Cpl. Tom Baines died three days later from his injuries, the Ministry of Defence said of the "
        "ambush near Gao.",
    ],
)
def test_died_later_of_wounds(extractor, text):
    assert {p.fate for e in run(extractor, text).events for p in e.persons} == {"died-of-wounds"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian colonel killed in Kherson region\n\nA Ukrainian colonel has been killed, the army said.",
         ("UA", "armed-forces")),
        ("U.S. soldier dies in Iraq rocket attack\n\nA rocket hit a base near Baghdad on Monday.", ("US", "armed-forces")),
    ],
)
def test_a_headline_singular_casualty_without_article(extractor, text, expected):
    figures = [f for e in run(extractor, text).events for f in e.figures if f.span.start == 0]
    assert [(f.value, f.nationality, f.affiliation) for f in figures] == [(1, *expected)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("A Russian colonel has been killed in the Zaporizhzhia region, the Russian Defence Ministry said on "
         "Sunday.\n\nRussian forces launched an offensive there earlier this month.", date(2023, 6, 11),
         date(2023, 6, 11)),
        ("An Iraqi general has been killed near Mosul, the Iraqi army said on Tuesday. Iraqi troops had taken "
         "the western bank last month.", date(2017, 3, 14), date(2017, 3, 14)),
    ],
)
def test_the_announcement_day_beats_a_vaguer_background_date(extractor, text, published, expected):
    (ev,) = run(extractor, text, published).events
    assert (ev.date, ev.date_precision) == (expected, "day")


def test_those_listed_on_board_died_when_all_on_board_did(extractor):
    ex = run(
        extractor,
        "An Ilyushin Il-76 of the Russian air force crashed near Belgorod on Wednesday, killing all 74 people on "
        "board. On board were 65 Ukrainian prisoners of war, six crew and three escorts. Among the passengers were "
        "Oleh Marchuk, a teacher, and Ivan Sorokin, a driver.",
        date(2024, 1, 24),
    )
    assert {(f.value, f.kind) for f in ex.events[0].figures} >= {(74, "deaths"), (6, "deaths")}
    assert {(p.name, p.fate) for p in ex.events[0].persons} == {("Oleh Marchuk", "killed"), ("Ivan Sorokin", "killed")}


def test_those_travelling_on_a_flight_nobody_survived(extractor):
    ex = run(
        extractor,
        "A Kenyan military helicopter crashed near Marsabit on Thursday, killing everyone on board. The ministry "
        "said 11 officers, including the chief of staff, were travelling to a base in the north.",
    )
    assert ("deaths", 11) in {(f.kind, f.value) for f in ex.events[0].figures}


@pytest.mark.parametrize(
    "text",
    [
        "The army put its losses at 14 soldiers, including a battalion commander, Lt. Col. Taras Melnyk.",
        "Twelve soldiers were killed in the ambush near Gao on Monday, among them Capt. Amadou Traore.",
    ],
)
def test_a_person_included_in_a_figure_shares_its_fate(extractor, text):
    assert {p.fate for e in run(extractor, text).events for p in e.persons} == {"killed"}


def test_a_time_before_the_speaker_is_not_part_of_the_source(extractor):
    ex = run(extractor, "A drone hit a base near Erbil. On Monday Defence Minister Ali Karimi said two guards died.")
    assert {f.attribution.label for e in ex.events for f in e.figures} == {"Defence Minister Ali Karimi"}


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in a rocket attack near Mosul on Monday. The soldiers were identified on Tuesday "
        "as Sgt. Adam Price and Spc. Luis Ortega.",
        "A drone hit a base in Jordan on Sunday, killing two airmen. They have been named as Senior Airman Kim Lee "
        "and Tech. Sgt. Ron Hale.",
    ],
)
def test_people_named_passively_share_the_fate_told_before(extractor, text):
    assert {p.fate for e in run(extractor, text).events for p in e.persons} == {"killed"}


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were wounded when a drone struck Outpost 12, a small base near the border, on Monday.",
        "Two people were injured when a shell hit Route 7 near Avdiivka on Friday.",
    ],
)
def test_a_number_in_a_name_is_no_figure(extractor, text):
    assert [f.value for e in run(extractor, text).events for f in e.figures] in ([3], [2])


def test_those_of_the_injured_who_were_evacuated_are_no_new_figure(extractor):
    ex = run(extractor, "At least 30 soldiers were injured in the attack on Erbil on Monday. Eight of the injured were "
             "evacuated to Germany.")
    assert [f.value for e in ex.events for f in e.figures] == [30]


def test_a_missile_fired_at_a_merchant_ship_kills_civilian_crew(extractor):
    (ev,) = run(extractor, "Houthi rebels fired a ballistic missile at the bulk carrier Sea Star in the Red Sea on "
                "Wednesday, killing two crew members, the U.S. military said.").events
    assert ev.type == "airstrike"
    assert [(f.nationality, f.affiliation) for f in ev.figures] == [(None, "civilian")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hezbollah said its fighters ambushed an Israeli force near the village of Aita al-Shaab on Monday, killing "
         "two soldiers.", "Aita al-Shaab"),
        ("Two Malian soldiers died in an attack on the town of Boni Bara on Monday.", "Boni Bara"),
        ("A drone struck a checkpoint in Syria's Idlib province on Monday, killing two soldiers.", "Idlib"),
    ],
)
def test_a_typed_place_name_is_read_whole(extractor, text, name):
    (ev,) = run(extractor, text).events
    assert name in ev.place.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan said on Tuesday that 12 of its servicemen had been killed in clashes near Tovuz.", "AZ"),
        ("Armenia said two of its soldiers had died in shelling near Jermuk on Monday.", "AM"),
        ("The Turkish Defence Ministry said three of its soldiers were killed by a mine near Duhok.", "TR"),
    ],
)
def test_its_soldiers_are_those_of_the_country_that_speaks(extractor, text, expected):
    assert [f.nationality for e in run(extractor, text, date(2020, 7, 14)).events for f in e.figures] == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A roadside bomb struck an army patrol in Tarmiyah, north of Baghdad, on Thursday, killing four soldiers.",
         "Tarmiyah"),
        ("Shelling hit Vovchansk, 5 km south of the Russian border, on Monday, killing two people.", "Vovchansk"),
    ],
)
def test_a_place_north_of_another_is_not_that_other(extractor, text, name):
    (ev,) = run(extractor, text).events
    assert ev.place.name == name


@pytest.mark.parametrize(
    "text",
    [
        "A Nigerian Air Force Alpha Jet crashed in Borno state on Wednesday.",
        "A Kenyan Army Helicopter crashed near Wajir on Monday, killing two pilots.",
    ],
)
def test_aircraft_words_in_capitals_are_aircraft(extractor, text):
    assert run(extractor, text).events[0].type == "aircraft-crash"


def test_a_fate_not_known_is_missing(extractor):
    ex = run(extractor, "A jet crashed near Gao on Monday. The fate of its pilot, Capt. Moussa Diallo, was not "
             "immediately known.")
    assert {(p.name, p.fate) for e in ex.events for p in e.persons} == {("Moussa Diallo", "missing")}


def test_an_official_statement_speaks_in_its_publishers_voice(extractor):
    ex = extractor.extract(
        Article(
            Path("t.md"), "t", "A roadside bomb hit a patrol near Duhok on Monday. Two soldiers were killed.", "t",
            date(2019, 6, 12), "front matter", publisher="Turkish Ministry of National Defence (press release)",
        )
    )
    assert {f.attribution.label for e in ex.events for f in e.figures} == {"Ministry of Defence (Turkey)"}


@pytest.mark.parametrize(
    "text",
    [
        "Militants launched an attack with unmanned aerial vehicles on a base near Kirkuk overnight on Sunday.",
        "Kamikaze drones hit an oil depot in Belgorod on Tuesday, wounding two workers.",
        "A one-way attack drone struck a logistics hub near Erbil on Sunday, killing one contractor.",
    ],
)
def test_drone_attacks_are_air_strikes(extractor, text):
    assert run(extractor, text).events[0].type == "airstrike"


def test_an_attack_on_one_site_and_on_another_is_two_incidents(extractor):
    ex = run(
        extractor,
        "Overnight on Sunday militants attempted an attack with drones on the Ain al-Asad air base and on the "
        "airport in Erbil. There were no casualties.",
    )
    assert len(ex.events) == 2 and {e.type for e in ex.events} == {"airstrike"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Missiles hit the air base near Erbil on Monday. No American advisers were among the casualties.",
         {("deaths", "US"), ("injuries", "US")}),
        # "hurt" is neither killed nor injured (the gold convention: "Nobody has been hurt" is killed 0, injured 0)
        ("A drone struck a ship in the Red Sea on Tuesday. No British sailors were hurt.",
         {("deaths", "GB"), ("injuries", "GB")}),
    ],
)
def test_no_group_among_the_casualties_is_zero_of_both(extractor, text, kinds):
    ex = run(extractor, text)
    assert {(f.kind, f.nationality) for e in ex.events for f in e.figures if f.value == 0} == kinds


def test_a_list_item_opens_with_its_source(extractor):
    ex = run(
        extractor,
        "Strikes hit a depot near Donetsk on Monday.\n\n- Ukrainian General Staff: 14 Russian soldiers killed.\n"
        "- Interfax (Russia), Tuesday: two Russian soldiers were killed.\n",
    )
    labels = {f.value: f.attribution.label for e in ex.events for f in e.figures}
    assert labels[14] != "the article" and labels[2] != "the article"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire on a checkpoint in Kirkuk on Monday, wounding two policemen. The gunman was shot "
         "dead by guards. Police identified him as Karim Hassan Jaber, 24.", ("Karim Hassan Jaber", "killed")),
        ("A suicide bomber struck a market in Mogadishu on Friday. The attacker, a teenager, was arrested before "
         "he could detonate a second vest. Officials named him as Abdi Nur Farah.", ("Abdi Nur Farah", "captured")),
    ],
)
def test_an_attacker_identified_later_has_the_fate_told_of_his_role(extractor, text, expected):
    assert expected in {(p.name, p.fate) for e in run(extractor, text).events for p in e.persons}


def test_a_group_that_names_its_dead_gives_the_figure(extractor):
    ex = run(extractor, "An air strike hit a convoy near Sanaa on Monday. The Houthis named two commanders, Ali "
             "Saleh and Yahya Omar, among their five dead.")
    fig = [f for e in ex.events for f in e.figures if f.value == 5]
    assert fig and fig[0].attribution.label != "the article"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Officials said two soldiers died in the blast near Kirkuk on Monday, while Kurdish security sources "
         "reported that at least five were killed.", "Kurdish security sources"),
        ("The army said three soldiers were wounded near Gao on Monday, whereas local residents said that 12 "
         "civilians were killed.", "local residents"),
    ],
)
def test_each_clause_keeps_its_own_source(extractor, text, label):
    ex = run(extractor, text)
    assert label in {f.attribution.label for e in ex.events for f in e.figures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike on Khan Younis killed a Hamas commander, the Israeli army said on Monday.", ("PS", "militia")),
        ("Two Hezbollah commanders were killed in an Israeli strike near Tyre on Tuesday.", ("LB", "militia")),
    ],
)
def test_an_organisation_in_the_group_gives_it_its_side(extractor, text, expected):
    fig = [f for e in run(extractor, text, date(2023, 11, 7)).events for f in e.figures]
    assert [(f.nationality, f.affiliation) for f in fig] == [expected]


def test_a_crew_told_of_by_an_unnamed_ministry_of_a_nation_is_its_own(extractor):
    ex = run(extractor, "Both pilots were killed when their Su-25 was shot down near Avdiivka on Saturday, the "
             "Russian ministry said.")
    assert [(f.nationality, f.value) for e in ex.events for f in e.figures] == [("RU", 2)]


def test_those_a_plane_carried_died_when_it_killed_all_on_board(extractor):
    ex = run(
        extractor,
        "A Ukrainian Il-76 that crashed near Zaporizhzhia on Thursday killed all 14 people on board. The plane "
        "had been carrying nine paratroopers, all of them volunteers, as well as the five crew.",
    )
    assert {(f.kind, f.value) for e in ex.events for f in e.figures} >= {("deaths", 14), ("deaths", 9), ("deaths", 5)}


def test_a_military_crew_is_of_the_nation_the_article_is_about(extractor):
    ex = run(
        extractor,
        "The Turkish military said a helicopter had crashed in Hakkari on Monday because of a technical fault. "
        "Turkish officials said the crash was not caused by hostile fire. Both pilots were killed.",
    )
    assert ("TR", 2) in {(f.nationality, f.value) for e in ex.events for f in e.figures}


@pytest.mark.parametrize("text", ["Gen. Frank McKenzie was wounded near Kabul on Monday.",
                                  "Sgt. Liam MacDonald was wounded near Basra on Monday."])
def test_mc_and_mac_surnames(extractor, text):
    assert {p.name for e in run(extractor, text).events for p in e.persons} <= {"Frank McKenzie", "Liam MacDonald"}
    assert len([p for e in run(extractor, text).events for p in e.persons]) == 1


def test_a_pronoun_after_a_statement_is_whoever_spoke_before(extractor):
    ex = run(extractor, "The Iraqi Defence Ministry said a helicopter crashed near Tikrit on Monday. In an updated "
             "statement it said four soldiers were killed.")
    assert {f.attribution.label for e in ex.events for f in e.figures} == {"Ministry of Defence (Iraq)"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a police officer in Kirkuk on Monday, police said.",
        "Militants beheaded a soldier near Palma on Sunday, officials said.",
    ],
)
def test_a_killing_verb_before_a_single_victim(extractor, text):
    assert [(f.kind, f.value) for e in run(extractor, text).events for f in e.figures] == [("deaths", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "An American service member died in a non-combat incident at Camp Arifjan, Kuwait, on Saturday.",
        "A Polish soldier died at a base near Baghdad on Monday; officials said the death was not the result of "
        "enemy action.",
    ],
)
def test_non_combat_deaths_are_not_hostile(extractor, text):
    assert [e.hostile for e in run(extractor, text).events] == [False]


def test_hitting_a_mine_is_a_roadside_bomb(extractor):
    (ev,) = run(extractor, "Two contractors were killed when their vehicle hit a mine near Bambari.").events
    assert ev.type == "roadside-bomb"


def test_fighters_of_the_one_armed_group_named(extractor):
    ex = run(extractor, "Israeli jets struck Hezbollah positions near Tyre overnight on Monday, killing three "
             "fighters, the group said.")
    assert [(f.nationality, f.affiliation) for e in ex.events for f in e.figures] == [("LB", "militia")]


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        ("Two soldiers were killed over the weekend.", date(2019, 6, 12), date(2019, 6, 8)),
        ("Shelling killed a civilian in Kherson at the weekend.", date(2023, 3, 13), date(2023, 3, 11)),
        ("A drone hit a depot this weekend.", date(2023, 3, 12), date(2023, 3, 11)),
    ],
)
def test_the_weekend_is_the_saturday_before(text, published, first):
    (m,) = find_dates(text, published)
    assert (m.earliest, m.precision) == (first, "week")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lt. Gen. Oleksandr Marko praised the brigade, whose commander, Col. Ihor Danko, was killed on Friday near "
         "Klishchiivka.", {("Ihor Danko", "killed")}),
        ("Gen. Ahmed Saleh visited the base where Capt. Ali Nasser was wounded by a rocket on Monday.",
         {("Ali Nasser", "injured")}),
        ("Sgt. Tom Reed, 24, and Cpl. Dan Hale, 22, were killed by a roadside bomb near Kandahar on Monday.",
         {("Tom Reed", "killed"), ("Dan Hale", "killed")}),
    ],
)
def test_a_fate_told_of_another_person_is_not_the_first_ones(extractor, text, expected):
    assert {(p.name, p.fate) for e in run(extractor, text).events for p in e.persons} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces struck Kharkiv with guided aerial bombs on Thursday, killing five people.",
        "Regime helicopters dropped barrel bombs on Daraa on Monday, killing 12 people.",
    ],
)
def test_aerial_bombs_are_air_strikes(extractor, text):
    assert run(extractor, text).events[0].type == "airstrike"


def test_the_second_group_of_a_coordination_keeps_the_first_ones_nationality(extractor):
    # (two border guards, not two soldiers: the soldiers of "an officer and two soldiers" are the rest of his force,
    # no group of their own; tests/test_extract_r5_precision.py)
    ex = run(extractor, "A Jordanian army officer and two border guards were killed in a clash near Ruwaished on Monday.")
    assert ("deaths", 2, "JO") in {(f.kind, f.value, f.nationality) for e in ex.events for f in e.figures}


def test_a_person_named_passively_after_his_death(extractor):
    ex = run(extractor, "An army officer was killed in a clash near Ruwaished on Thursday, the army said. The officer "
             "was named as Capt. Hamza Odeh.")
    assert {(p.name, p.fate) for e in ex.events for p in e.persons} == {("Hamza Odeh", "killed")}


def test_a_boy_among_the_dead_is_a_civilian(extractor):
    ex = run(extractor, "Shelling killed five people in Kherson on Monday. Among the dead was a 14-year-old boy.")
    assert ("deaths", 1, "civilian") in {(f.kind, f.value, f.affiliation) for e in ex.events for f in e.figures}


@pytest.mark.parametrize(
    "text",
    [
        "Five Russian citizens were killed in a strike near Deir ez-Zor, the ministry said. The men were not members "
        "of the Russian armed forces, it said.",
        "Two Russian men were killed in an ambush near Bangui on Tuesday. The Kremlin said they were not servicemen "
        "but employees of a security company.",
    ],
)
def test_men_who_were_not_servicemen_are_contractors(extractor, text):
    assert [(f.nationality, f.affiliation) for e in run(extractor, text).events for f in e.figures] == [("RU", "pmc")]


def test_an_army_civilian_employee_is_a_civilian(extractor):
    ex = run(extractor, "A U.S. Army civilian employee was killed in a rocket attack on Balad air base on Monday.")
    assert [f.affiliation for e in ex.events for f in e.figures] == ["civilian"]


def test_a_summary_in_numbered_parts_is_one_incident_per_part(extractor):
    ex = run(
        extractor,
        "DAILY SUMMARY\n\nIncident 1 — Kramatorsk\nA missile hit a restaurant in Kramatorsk on Tuesday, killing 12 "
        "people.\n\nIncident 2 — Kostiantynivka\nAnother missile hit a market in Kostiantynivka on Tuesday, killing "
        "four people.\n",
    )
    assert len(ex.events) == 2


def test_a_toll_broken_down_by_town(extractor):
    ex = run(extractor, "Bombs hit Jableh and Tartus on Monday. The monitor put the death toll at 80: 50 in Jableh and "
             "30 in Tartus.")
    assert {50, 30} <= {f.value for e in ex.events for f in e.figures}


@pytest.mark.parametrize(
    "text",
    [
        "Several residents who had come to the clinic in Izium for treatment were also hurt.",
        "Three workers who lived near the depot in Mosul were wounded when it exploded.",
    ],
)
def test_a_relative_clause_between_group_and_verb(extractor, text):
    assert [f.kind for e in run(extractor, text).events for f in e.figures] == ["injuries"]


def test_groups_said_to_be_aboard_an_aircraft_nobody_survived(extractor):
    ex = run(
        extractor,
        "A Russian Mi-8 was shot down near Donetsk on Monday, killing all six on board. The ministry said four crew "
        "members and two officers of the artillery reconnaissance brigade were aboard when it was hit.",
    )
    assert {(f.value, f.kind) for e in ex.events for f in e.figures} == {(6, "deaths"), (4, "deaths"), (2, "deaths")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the strike on Odesa rose to 21 on Monday, including three children.",
         {(21, "unknown"), (3, "civilian")}),
        ("Shelling killed 14 soldiers near Bakhmut on Monday, the army said on Tuesday, among them two officers.",
         {(14, "armed-forces"), (2, "armed-forces")}),
    ],
)
def test_a_subgroup_told_later_in_the_sentence(extractor, text, expected):
    assert {(f.value, f.affiliation) for e in run(extractor, text).events for f in e.figures} == expected


def test_including_those_told_of_already_is_no_new_group(extractor):
    ex = run(extractor, "A helicopter was shot down near Afrin on Saturday, killing two airmen. The army said later "
             "that eleven soldiers had been killed that day, including the two airmen.")
    assert sorted(f.value for e in ex.events for f in e.figures) == [2, 11]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("A woman and her two children were killed when a missile hit their house in Zaporizhzhia.", [1, 2]),
        ("A drone attack on a bus near Kherson killed one person and injured five others.", [1, 5]),
    ],
)
def test_single_people_and_their_families(extractor, text, values):
    assert sorted(f.value for e in run(extractor, text).events for f in e.figures) == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian army said Col. Moussa Keita survived the attack on the base in Boulkessi.",
         {("Moussa Keita", "survived")}),
        ("Officials said Capt. Ana Lopes was wounded by shrapnel near Gao on Monday.", {("Ana Lopes", "injured")}),
        ("Two soldiers were killed near Gao on Monday, said Col. Souleymane Dembele.", set()),
    ],
)
def test_the_object_of_said_is_no_speaker_but_an_inverted_speaker_is(extractor, text, expected):
    assert {(p.name, p.fate) for e in run(extractor, text).events for p in e.persons} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters stormed an army outpost in Ghazni province on Monday, killing six soldiers.",
        "Militants overran a checkpoint near Menaka on Sunday; four soldiers died.",
        "Twenty soldiers were killed in an attack on the army base in Boulkessi on Monday.",
    ],
)
def test_storming_a_post_is_an_armed_clash(extractor, text):
    assert run(extractor, text).events[0].type == "armed-clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commander was killed near Mosul on Monday together with his driver.", ("deaths", 1, "civilian")),
        ("Lt. Gen. Ivan Sokolov died in the blast in Moscow on Tuesday along with his assistant.",
         ("deaths", 1, "unknown")),
        ("The governor was wounded in the ambush near Herat on Monday together with his two bodyguards.",
         ("injuries", 2, "unknown")),
    ],
)
def test_companions_are_counted(extractor, text, expected):
    assert expected in {(f.kind, f.value, f.affiliation) for e in run(extractor, text).events for f in e.figures}


def test_a_named_person_and_his_driver(extractor):
    ex = run(extractor, "Col. Hassan Farid and his driver were killed when a bomb exploded near Kirkuk on Monday.")
    assert ("deaths", 1, "civilian") in {(f.kind, f.value, f.affiliation) for e in ex.events for f in e.figures}
    assert {(p.name, p.fate) for e in ex.events for p in e.persons} == {("Hassan Farid", "killed")}


def test_a_number_word_is_no_first_name(extractor):
    ex = run(extractor, "Thirteen U.S. service members were killed near Kabul airport on Thursday. Eleven Marines, "
             "a Navy corpsman and a soldier were among the dead.")
    assert [p.name for e in ex.events for p in e.persons] == []


def test_a_foreign_group_does_not_lend_its_nationality_to_later_soldiers(extractor):
    ex = run(extractor, "A suicide bomber killed 13 U.S. service members and at least 60 Afghans outside Kabul "
             "airport on Thursday. Another 18 service members were wounded.")
    assert ("injuries", 18, "US") in {(f.kind, f.value, f.nationality) for e in ex.events for f in e.figures}


def test_named_nationalities_of_a_merchant_crew_are_civilians(extractor):
    ex = run(extractor, "A Houthi missile struck the bulk carrier Sea Star in the Gulf of Aden on Wednesday. A "
             "Filipino seafarer and a Vietnamese crew member were among the dead.")
    assert {f.affiliation for e in ex.events for f in e.figures} == {"civilian"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck Kharkiv with Iskander missiles on Monday, killing four people.",
        "The Houthis hit the tanker Marlin Luanda with an anti-ship missile in the Gulf of Aden on Friday.",
    ],
)
def test_named_missile_kinds_are_strikes(extractor, text):
    assert run(extractor, text).events[0].type == "airstrike"


def test_a_figure_of_an_earlier_incident_is_background(extractor):
    ex = run(extractor, "A missile struck a restaurant in Kramatorsk on Tuesday, killing 12 people. In April, a strike "
             "on the city's railway station killed 61 people.", date(2023, 6, 28))
    assert [f.value for e in ex.events for f in e.figures] == [12]


def test_those_wounded_after_a_subgroup_are_of_the_whole_group(extractor):
    ex = run(extractor, "A missile hit Kramatorsk on Tuesday, killing at least 12 people, including three teenagers, "
             "and wounding more than 60.", date(2023, 6, 28))
    wounded = [f for e in ex.events for f in e.figures if f.kind == "injuries"]
    assert [(f.value, f.affiliation) for f in wounded] == [(60, "unknown")]


def test_a_headline_that_kills(extractor):
    ex = run(extractor, "Drone strike on Sumy kills 4\n\nA drone hit a bus in Sumy on Monday, the governor said.")
    assert [f.value for e in ex.events for f in e.figures] == [4]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A drone struck a checkpoint outside Bir Hadaj in the Zarqa district on Sunday, killing three guards.",
         "Bir Hadaj"),
        ("Two soldiers were killed near the village of Krynky in the Kherson region on Monday.", "Krynky"),
    ],
)
def test_a_town_beats_the_district_it_lies_in(extractor, text, name):
    assert run(extractor, text).events[0].place.name == name


def test_incidents_placed_nowhere_get_a_place_of_their_own(extractor):
    a = extractor.extract(article("Two soldiers were killed in an ambush on Sunday, the army said."))
    b = extractor.extract(
        Article(Path("u.txt"), "other", "A soldier was killed in an ambush on Sunday.", "u", date(2019, 6, 12), "option")
    )
    assert a.events[0].place.iri != b.events[0].place.iri


def _figs(ex):  # type: ignore[no-untyped-def]
    return [(f.kind, f.value, f.nationality) for e in ex.events for f in e.figures]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # treated in hospital: an injury
        ("Local officials said one person had been killed and four others had been treated in hospital "
         "after the blast at the depot.", "injuries", 4),
        ("Medics said two soldiers died and nine others were admitted to hospital after the mortar attack.",
         "injuries", 9),
        ("Police said six civilians were treated for shrapnel wounds after the shelling of the market.", "injuries", 6),
        # the vehicle after "on board" is an aside between the group and its verb
        ("All 13 men on board the two aircraft died when the helicopters collided near Gao.", "deaths", 13),
        ("All nine people aboard the helicopter were killed when it came down near Kherson.", "deaths", 9),
        ("Twenty passengers on board the bus died when the shell struck it outside Donetsk.", "deaths", 20),
    ],
)
def test_hospital_phrases_and_vehicle_asides_give_the_kind(extractor, text, kind, value):  # type: ignore[no-untyped-def]
    assert (kind, value) in [(k, v) for k, v, _n in _figs(run(extractor, text))]


@pytest.mark.parametrize(
    ("text", "value", "nat"),
    [
        ("Corporal Jane Doe, 24, died alongside two American service members when rockets struck the base "
         "near Kirkuk.", 2, "US"),
        ("The convoy commander was killed along with three Belgian soldiers in an ambush near Gao.", 3, "BE"),
        ("A reporter perished together with four French journalists when the shell hit the hotel in Homs.", 4, "FR"),
    ],
)
def test_companions_counted_alongside_keep_their_nationality(extractor, text, value, nat):  # type: ignore[no-untyped-def]
    assert ("deaths", value, nat) in _figs(run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Around a dozen other coalition personnel were hurt in the rocket attack, the U.S.-led coalition said.",
        "Three NATO soldiers were wounded when a suicide bomber struck their convoy in Kabul, the Pentagon said.",
        "Two peacekeeping soldiers were killed when their patrol hit a mine near Kidal, the French army said.",
        # the staff of an organisation
        "The drone strikes on the convoy near Rafah killed seven Global Food Relief workers, the charity said.",
        "The medical charity said 12 of its staff died when the hospital in Kunduz was bombed.",
        "Shelling of the clinic in Taiz killed four aid workers on Monday, the UN said.",
    ],
)
def test_multinational_forces_and_an_organisations_staff_have_no_one_nationality(extractor, text):  # type: ignore[no-untyped-def]
    figs = _figs(run(extractor, text))
    assert figs and all(n is None for _k, _v, n in figs), figs


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("None of the 40 passengers had been hurt when the shell landed in Kharkiv, police said.", "injuries"),
        ("Not one of the 12 crew members was killed when the frigate was hit off Tartus, the navy said.", "deaths"),
        ("Neither of the two pilots was injured when the jet crashed near Latakia.", "injuries"),
    ],
)
def test_none_of_the_group_is_a_zero(extractor, text, kind):  # type: ignore[no-untyped-def]
    assert (kind, 0) in [(k, v) for k, v, _n in _figs(run(extractor, text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor said 13 border guards on the island had been killed in the shelling.", 13),
        ("Five soldiers near the frontier were wounded by a mortar round on Monday.", 5),
        ("Nine workers inside the factory were killed when the missile struck, officials said.", 9),
    ],
)
def test_a_place_between_group_and_verb_is_an_aside(extractor, text, value):  # type: ignore[no-untyped-def]
    assert value in [v for _k, v, _n in _figs(run(extractor, text))]


def _fates(ex):  # type: ignore[no-untyped-def]
    return {p.name: p.fate for e in ex.events for p in e.persons}


@pytest.mark.parametrize(
    ("text", "names", "fate"),
    [
        ("Minister Pavlo Koval, his first deputy Ivan Hrytsenko and the ministry's chief of staff Oleh Bondar "
         "were killed when the helicopter crashed in Zhytomyr.", ["Pavlo Koval", "Ivan Hrytsenko", "Oleh Bondar"],
         "killed"),
        ("Governor Pavel Ivanov and his deputy Oleg Sidorov were wounded when a drone struck the administration "
         "building in Belgorod.", ["Pavel Ivanov", "Oleg Sidorov"], "injured"),
        ("Aid worker Sarah Jones, the charity director Mark Lee and Tom Brown were kidnapped near Idlib on Monday.",
         ["Sarah Jones", "Mark Lee", "Tom Brown"], "captured"),
    ],
)
def test_the_verb_of_a_list_of_names_is_each_ones(extractor, text, names, fate):  # type: ignore[no-untyped-def]
    got = _fates(run(extractor, text))
    assert all(got.get(n) == fate for n in names), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The charity named the dead as Maria "Masha" Ivanova, a nurse; and Omar Said, a driver. '
         "The convoy was hit by a drone near Kherson.", "Maria Ivanova"),
        ("Four soldiers died when the helicopter crashed near Gao. Among them was Jean-Luc Moreau, a pilot "
         "from Pau.", "Jean-Luc Moreau"),
        ("The army named the dead as Ali Hassan, Karim Nasser and Yusuf Amin, all from Aleppo. The patrol hit "
         "a mine near Idlib.", "Karim Nasser"),
    ],
)
def test_named_dead_with_nicknames_among_them_and_mid_list(extractor, text, name):  # type: ignore[no-untyped-def]
    assert _fates(run(extractor, text)).get(name) == "killed"


def test_a_state_after_a_base_is_not_a_named_casualty(extractor):
    ex = run(extractor, "The Pentagon identified the soldier as Sgt. John Roe, 29, of Fort Hood, Texas. He died of "
             "wounds after a mortar attack near Kirkuk.")
    assert "Fort Hood" not in _fates(ex) and "Texas" not in _fates(ex)


@pytest.mark.parametrize(
    ("text", "value", "aff"),
    [
        ("A corporal was killed and two sergeants were wounded when the mortar round hit the post near Kidal.", 1,
         "armed-forces"),
        ("The charity said nine of its staff had died in the strike on the clinic in Marib.", 9, "civilian"),
        ("After the strike on the hospital in Sanaa the charity counted at least 30 dead: 20 staff and "
         "10 patients.", 20, "civilian"),
    ],
)
def test_ranks_staff_and_patients_are_counted_groups(extractor, text, value, aff):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert (value, aff) in [(f.value, f.affiliation) for e in ex.events for f in e.figures]


def test_a_named_place_does_not_make_workers_an_organisations_staff(extractor):
    ex = run(extractor, "Five Kharkiv Tractor Plant workers were killed when a missile hit the factory in Kharkiv.")
    assert [n for _k, _v, n in _figs(ex)] == ["UA"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("The army chief on Thursday called the missile strike that killed four soldiers near "
         "Avdiivka a provocation. The soldiers were hit in a trench on Tuesday night.",
         date(2023, 3, 9), date(2023, 3, 7)),
        ("A shell hit a market in Donetsk. It landed late on Sunday. By Monday evening officials put the toll at "
         "at least nine killed.", date(2022, 6, 13), date(2022, 6, 12)),
        ("The governor on Friday condemned the drone strike that killed two farmers near Kursk. The farmers were "
         "working a field on Wednesday.", date(2024, 5, 10), date(2024, 5, 8)),
    ],
)
def test_a_statement_or_count_date_is_not_the_incident_date(extractor, text, published, day):  # type: ignore[no-untyped-def]
    assert run(extractor, text, published).events[0].date == day


@pytest.mark.parametrize(
    "text",
    [
        "A barrage of Grad rockets slammed into the army base outside Kramatorsk on Tuesday, wounding four soldiers.",
        "Militants rained mortars on the outpost near Kandahar overnight, killing two policemen.",
        "Dozens of shells landed in the old town of Aleppo on Friday, killing six civilians.",
    ],
)
def test_rockets_and_shells_that_land_are_shelling(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == "shelling"


# ------------------------------------------------------------------ figures: whose losses (2026-12-02)


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Militants ambushed an army convoy near Menaka on Monday. Mali's government says at least six of its own "
         "soldiers died in the fighting.", "ML"),
        ("Gunmen attacked a border post near Abeche. Chad's army said nine of its soldiers had been killed.", "TD"),
        ("A drone hit a barracks outside Kherson. Ukraine\u2019s military said two of its servicemen were "
         "killed.", "UA"),
    ],
)
def test_a_countrys_possessive_gives_its_nationality(extractor, text, nat):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert nat in [n for _k, _v, n in _figs(ex)]


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Rebels shelled an army post near Gao in Mali on Tuesday, killing five government soldiers.", "ML"),
        ("An ambush on a convoy near Kandahar in Afghanistan killed seven government troops on Monday.", "AF"),
        ("Fighters overran a checkpoint near Aden in Yemen, killing four loyalist militiamen.", "YE"),
    ],
)
def test_government_troops_are_of_the_incidents_country(extractor, text, nat):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert [n for _k, _v, n in _figs(ex)] == [nat]


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("DRONE STRIKE KILLS 4 FRENCH SOLDIERS NEAR GAO\n\nA drone struck a French patrol near Gao in Mali on "
         "Sunday.", "FR"),
        ("AMBUSH LEAVES 2 CANADIAN SOLDIERS DEAD\n\nInsurgents ambushed a patrol near Kandahar on Friday.", "CA"),
    ],
)
def test_a_nationality_in_capitals_is_a_nationality(extractor, text, nat):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert nat in [n for _k, _v, n in _figs(ex)]


# ------------------------------------------------------------------ attribution across sentences (2026-12-02)


def _claims(ex):  # type: ignore[no-untyped-def]
    return [(f.kind, f.value, f.attribution.label) for e in ex.events for f in e.figures]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("A patrol hit a mine near Gao on Monday. The Malian army said the vehicle was destroyed. Two soldiers were "
         "killed and a third was wounded.", 2, "Malian Armed Forces"),
        ("The Defence Ministry of Kenya said a convoy was ambushed near Mandera on Friday. Four soldiers died in the "
         "attack.", 4, "Ministry of Defence (Kenya)"),
        ("Nigeria's police said gunmen attacked a checkpoint near Maiduguri on Sunday. Three officers were killed.",
         3, "police (Nigeria)"),
    ],
)
def test_a_statement_goes_on_in_the_next_sentence_of_its_paragraph(extractor, text, value, label):  # type: ignore[no-untyped-def]
    assert ("deaths", value, label) in _claims(run(extractor, text))


def test_a_new_paragraph_is_no_longer_the_statement(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "Nigeria's police said gunmen attacked a checkpoint near Maiduguri on Sunday.\n\n"
             "Three officers were killed.")
    assert ("deaths", 3, "the article") in _claims(ex)


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("A bomb exploded at a market near Kandahar on Tuesday. The Afghan Health Ministry said six people had "
         "died. By Wednesday it had counted eleven dead.", 11, "Ministry of Health (Afghanistan)"),
        ("A shell hit a bus near Donetsk on Friday. The Ukrainian police said two people had died. Later they "
         "raised the toll to five dead.", 5, "police (Ukraine)"),
        ("A drone struck a wedding near Sanaa on Monday. The Yemeni Interior Ministry said nine people had been "
         "killed. It first said four people had died.", 4, "Ministry of Internal Affairs (Yemen)"),
    ],
)
def test_a_pronoun_that_counts_is_the_source_named_before(extractor, text, value, label):  # type: ignore[no-untyped-def]
    assert ("deaths", value, label) in _claims(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("A shell hit a school near Kharkiv in Ukraine on Tuesday. The Emergencies Ministry said four people "
         "had been killed.", 4, "emergency services (Ukraine)"),
        ("A mine exploded under a truck near Gao in Mali on Monday. The Army said three soldiers were killed.",
         3, "Malian Armed Forces"),
        ("The Defence Ministry of Kenya said a convoy had been ambushed near Mandera. Later the ministry raised "
         "its toll to seven soldiers killed.", 7, "Ministry of Defence (Kenya)"),
    ],
)
def test_a_bare_state_body_is_the_incident_countrys(extractor, text, value, label):  # type: ignore[no-untyped-def]
    assert ("deaths", value, label) in _claims(run(extractor, text))


def test_a_kind_noun_is_the_organisation_of_that_kind_named_before(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "An air strike hit a clinic run by Medecins Sans Frontieres near Kunduz on Saturday. "
             "On Sunday the medical charity said seven of its staff had died.")
    labels = {lab for _k, _v, lab in _claims(ex)}
    assert labels and all("Sans Fronti" in lab for lab in labels)


# ------------------------------------------------------------------ figures: nationals, zeros, ships (2026-12-02)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded on a bus near Herat on Monday. The dead also included 12 Pakistanis and 3 Iranians.",
        "A shell hit a hotel near Aden on Friday. Among the dead were 4 Indians and 2 Egyptians, officials said.",
        "A drone struck a convoy near Juba on Sunday. The victims included 5 Kenyans and 2 Ethiopians.",
    ],
)
def test_nationals_listed_among_the_dead_are_counted(extractor, text):  # type: ignore[no-untyped-def]
    nats = {n for k, _v, n in _figs(run(extractor, text)) if k == "deaths"}
    assert len(nats) == 2 and None not in nats


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Rockets hit an air base near Erbil in Iraq on Monday. The president said no Americans had been harmed.",
         "US"),
        ("A drone struck a base near Gao in Mali on Sunday. Officials said no Britons were hurt.", "GB"),
        ("Shells fell on a camp near Herat. The ministry said no Germans were killed or wounded.", "DE"),
    ],
)
def test_no_nationals_harmed_is_a_zero_for_that_nation(extractor, text, nat):  # type: ignore[no-untyped-def]
    figs = _figs(run(extractor, text))
    assert ("deaths", 0, nat) in figs and ("injuries", 0, nat) in figs


@pytest.mark.parametrize(
    "text",
    [
        "A rocket hit a Russian air base near Latakia on Monday. Nobody was hurt, the ministry said.",
        "A drone hit a Turkish outpost near Afrin. No one was harmed, the army said.",
    ],
)
def test_nobody_hurt_is_neither_killed_nor_injured(extractor, text):  # type: ignore[no-untyped-def]
    kinds = {(k, v) for k, v, _n in _figs(run(extractor, text))}
    assert {("deaths", 0), ("injuries", 0)} <= kinds


@pytest.mark.parametrize(
    "text",
    [
        "A missile slammed into a bulk carrier in the Gulf of Aden on Monday. Three crew members were killed.",
        "A drone crashed into a container ship off Hodeidah on Friday. Two crew members were killed.",
        "A rocket struck a tanker in the Red Sea on Sunday, killing two crew members.",
    ],
)
def test_the_crew_of_a_merchant_ship_struck_are_civilians(extractor, text):  # type: ignore[no-untyped-def]
    figs = [(f.affiliation, f.nationality) for e in run(extractor, text).events for f in e.figures]
    assert figs and all(f == ("civilian", None) for f in figs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A frigate sank off Kismayo on Monday. The navy said one sailor had been killed and 20 sailors were "
         "missing.", [("deaths", 1)]),
        ("A mine hit a ferry near Mopti on Friday. Four passengers died and 30 passengers were rescued.",
         [("deaths", 4)]),
        ("Militants ambushed a patrol near Gao on Friday. Two soldiers were killed and three soldiers remain "
         "unaccounted for.", [("deaths", 2)]),
    ],
)
def test_a_group_with_a_verb_of_its_own_is_no_object_of_the_verb_before(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert [(k, v) for k, v, _n in _figs(run(extractor, text))] == expected


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Ukrainian drones hit a depot near Belgorod on Monday. Russia has admitted the loss. The Defence Ministry "
         "said two servicemen had been killed.", "RU"),
        ("Russian jets bombed a base near Kharkiv on Friday, Ukrainian officials said. Ukraine later confirmed "
         "the strike, and the Defence Ministry said four soldiers were wounded.", "UA"),
    ],
)
def test_a_bare_ministry_is_the_country_that_acts_just_before(extractor, text, nat):  # type: ignore[no-untyped-def]
    figs = [(f.nationality, f.attribution.organisation.country if f.attribution.organisation else None)
            for e in run(extractor, text).events for f in e.figures]
    assert figs and all(f == (nat, nat) for f in figs)


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Syrian troops shelled a Turkish outpost near Idlib on Monday. The Turkish Defence Ministry said two "
         "soldiers had been killed.", "TR"),
        ("Iraqi militias fired rockets at a base near Erbil. U.S. Central Command said three service members "
         "were wounded.", "US"),
    ],
)
def test_a_state_body_telling_of_losses_tells_of_its_own(extractor, text, nat):  # type: ignore[no-untyped-def]
    assert {n for _k, _v, n in _figs(run(extractor, text))} == {nat}


@pytest.mark.parametrize(
    "text",
    [
        "A missile brought down an airliner near Donetsk on Thursday. All 120 people on board, 110 passengers and "
        "ten crew, were killed.",
        "A business jet crashed near Tver on Monday. All nine people on the plane had died. There were six "
        "passengers and three crew.",
        "Flight KX402 was shot down near Luhansk on Friday, killing all 88 passengers and crew on board.",
    ],
)
def test_those_on_board_an_airliner_are_civilians_of_no_one_nation(extractor, text):  # type: ignore[no-untyped-def]
    figs = [(f.affiliation, f.nationality) for e in run(extractor, text).events for f in e.figures]
    assert len(figs) >= 1 and all(a in ("civilian", "unknown") and n is None for a, n in figs)


def test_a_military_aircraft_in_the_same_text_keeps_its_crew_military(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A Russian Su-24 was shot down near Latakia on Monday, days after an airliner crash. "
             "Both pilots were killed.")
    assert [(f.affiliation, f.nationality) for e in ex.events for f in e.figures] == [("armed-forces", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "A shell hit a market near Mosul on Monday. According to the Iraqi Health Ministry, nine people died.",
        "A bomb went off near Herat on Sunday. According to Afghan police, the blast killed four people.",
    ],
)
def test_according_to_at_the_head_of_a_sentence_is_its_source(extractor, text):  # type: ignore[no-untyped-def]
    labels = {lab for _k, _v, lab in _claims(run(extractor, text))}
    assert labels and "the article" not in labels


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ukraine's military said 14 Russian soldiers were killed in a strike near Bakhmut on Monday.",
         "armed-forces-of-ukraine"),
        ("Russia's military said three Ukrainian soldiers were wounded near Kupiansk on Friday.",
         "russian-armed-forces"),
    ],
)
def test_a_countrys_role_is_the_organisation_listed_for_it(extractor, text, key):  # type: ignore[no-untyped-def]
    keys = {f.attribution.organisation.key for e in run(extractor, text).events for f in e.figures}
    assert keys == {key}


def test_a_branch_is_not_the_whole_military(extractor):  # type: ignore[no-untyped-def]
    org = extractor.ref.role_organisation("US", "military")
    assert org.key == "us-military"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Turkish helicopter was shot down near Afrin on Monday. Two crew members were killed. A third was "
         "injured.", ("injuries", 1, "TR")),
        ("A French patrol hit a mine near Gao on Friday. One French soldier died. Another was badly wounded.",
         ("injuries", 1, "FR")),
    ],
)
def test_one_more_in_the_next_sentence_is_of_the_group_just_told(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit a U.S. base near Erbil on Monday. Eight U.S. soldiers were flown to Germany for treatment.",
        "A drone struck a British camp near Gao. Two British soldiers were airlifted to Bamako for medical care.",
    ],
)
def test_flown_out_for_treatment_is_an_injury(extractor, text):  # type: ignore[no-untyped-def]
    assert [k for k, _v, _n in _figs(run(extractor, text))] == ["injuries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of no kind takes the incident's country (round 10: a bare count as "N people" does)
        ("A bomb hit a market near Kandahar on Monday. Hospital officials reported 14 deaths.", ("deaths", 14, "AF")),
        ("Gunmen ambushed a convoy near Gao. The Malian army said there were six fatalities.", ("deaths", 6, "ML")),
    ],
)
def test_n_deaths_is_a_death_figure(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(run(extractor, text))


# ------------------------------------------------------------------ tolls (2026-12-02)


def _tolls(ex):  # type: ignore[no-untyped-def]
    return [(t.kind, t.qualifier, t.value, t.nationality) for t in ex.tolls]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a period opened by a dated event
        ("A bomb killed two Dutch soldiers near Tarin Kowt on Monday. More than 20 Dutch soldiers have now died in "
         "the country since the mission began in August 2006.", ("deaths", "more-than", 20, "NL")),
        ("An ambush killed a Canadian soldier near Kandahar on Friday. Some 150 Canadian soldiers have died there "
         "since the U.S.-led intervention in October 2001.", ("deaths", "about", 150, "CA")),
        # "bring to N the number of"
        ("A mine killed two Estonian soldiers near Gao on Monday. The deaths bring to 12 the number of Estonian "
         "soldiers killed in Mali since 2004.", ("deaths", "exactly", 12, "EE")),
        ("A drone killed a Danish soldier near Basra. His death brings to nine the number of Danish troops killed "
         "in Iraq since 2003.", ("deaths", "exactly", 9, "DK")),
    ],
)
def test_periods_and_counts_brought_to_make_tolls(extractor, text, toll):  # type: ignore[no-untyped-def]
    assert toll in _tolls(run(extractor, text, date(2010, 6, 12)))


@pytest.mark.parametrize(
    "text",
    [
        "Two sailors were killed when a drone hit a tanker off Hodeidah on Monday, the first deaths since the "
        "rebels began attacking shipping in May.",
        "A rocket killed two Indian peacekeepers near Goma on Friday, the first fatalities among the mission's "
        "troops since it deployed in 2019.",
    ],
)
def test_the_first_deaths_since_is_a_toll_and_stays_a_figure(extractor, text):  # type: ignore[no-untyped-def]
    ex = run(extractor, text, date(2023, 6, 12))
    assert [(k, v) for k, v, _n in _figs(ex)] == [("deaths", 2)]
    assert [(k, v) for k, _q, v, _n in _tolls(ex)] == [("deaths", 2)]


@pytest.mark.parametrize(
    ("text", "aff"),
    [
        ("A roadside bomb killed two Indian peacekeepers near Goma on Friday.", "armed-forces"),
        ("Gunmen attacked a gendarmerie post near Dori in Burkina Faso, killing six gendarmes.", "armed-forces"),
        ("An air strike near Sirte on Monday killed four guerrillas.", "militia"),
        ("A bomb hit a mosque near Quetta on Friday, killing 11 worshippers.", "civilian"),
        ("A mortar round hit a market near Mogadishu, wounding nine bystanders.", "unknown"),
    ],
)
def test_more_counted_groups_of_any_war(extractor, text, aff):  # type: ignore[no-untyped-def]
    assert [f.affiliation for e in run(extractor, text).events for f in e.figures] == [aff]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a detention centre for migrants near Zawiya in Libya on Monday, killing 12 migrants.",
        "A bomb exploded near a hotel in Luxor in Egypt, killing four tourists.",
    ],
)
def test_migrants_and_tourists_take_no_nationality_from_the_place(extractor, text):  # type: ignore[no-untyped-def]
    assert [n for _k, _v, n in _figs(run(extractor, text))] == [None]


def test_one_number_told_twice_of_a_vague_and_a_precise_group_is_one_figure(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "Dozens of refugees killed in camp strike\n\nA strike on a camp near Idlib killed dozens of "
             "people on Monday.")
    assert [(f.kind, f.affiliation) for e in ex.events for f in e.figures] == [("deaths", "civilian")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("A drone struck a base near Erbil on Monday. Ankara said two Turkish soldiers were killed.", "tr-government"),
        ("A mine hit a patrol near Gao on Friday. Paris at first said one French soldier had died.", "fr-government"),
        ("Shells hit a market near Donetsk. Kyiv said four Ukrainian civilians were killed.", "ua-government"),
    ],
)
def test_a_capital_speaks_for_its_government(extractor, text, key):  # type: ignore[no-untyped-def]
    keys = {f.attribution.organisation.key for e in run(extractor, text).events for f in e.figures
            if f.attribution.organisation}
    assert keys == {key}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile downed an airliner near Tabriz on Monday, killing everyone on board. The ministry put the "
         "number of Afghan citizens among the dead at 12.", ("deaths", 12, "AF")),
        ("All 150 people on board, 140 passengers and ten crew, were killed when the airliner came down near "
         "Sochi. Officials said 20 Armenians were on the flight.", ("deaths", 20, "AM")),
    ],
)
def test_nationals_on_a_flight_nobody_survived_are_dead(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A jet crashed near Idlib on Monday. A local agency said the jet fell near a village at 1 p.m. the Turkish "
         "General Staff said in a statement that it had crashed, and confirmed the deaths of both pilots.",
         "General Staff (Turkey)"),
        ("A drone hit a base near Gao. Local radio said the drone came from the north, and the Malian army said "
         "that it had hit a barracks, killing four soldiers.", "Malian Armed Forces"),
    ],
)
def test_of_two_speakers_before_a_figure_the_nearer_speaks(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


def test_a_bare_general_staff_is_the_one_named_in_full_before(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A Turkish helicopter came down near Afrin, an agency and the Turkish General Staff "
             "reported.\n\nSyrian Kurdish fighters said they had downed it.\n\nThe General Staff said later that "
             "four soldiers had been killed.")
    assert {f.attribution.label for e in ex.events for f in e.figures} == {"General Staff (Turkey)"}


def test_a_sentence_with_a_speaker_of_its_own_does_not_carry_on_the_statement(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A bomb hit a market near Kabul on Monday. The Afghan Health Ministry said the blast was "
             "heard across the city. Local elders struck a different note, saying nine people had died.")
    assert "Ministry of Health (Afghanistan)" not in {lab for _k, _v, lab in _claims(ex)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A helicopter was shot down near Afrin. The army said 14 soldiers were killed during the day in the "
         "operation.", 14),
        ("Fighting raged near Bakhmut. The ministry said 30 soldiers were killed in the past 24 hours.", 30),
        # what a war has killed
        ("A mine killed a soldier near Gao on Monday. Islamist violence in the Sahel has killed thousands of "
         "people.", 1000),
        ("A shell killed two civilians near Taiz on Friday. The war has already killed more than 150,000 people.",
         150000),
    ],
)
def test_aggregates_of_a_day_or_a_war_are_tolls(extractor, text, value):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert value in [t.value for t in ex.tolls] and value not in [v for _k, v, _n in _figs(ex)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A bomb hit a convoy near Kandahar on Monday. Gen. John Doe, the head of the task force, told reporters "
         "that four U.S. soldiers had been killed.", "Gen. John Doe"),
        ("A drone struck a base near Latakia. Maj. Gen. Ivan Petrov said two Russian servicemen were wounded.",
         "Maj. Gen. Ivan Petrov"),
    ],
)
def test_an_officer_under_an_abbreviated_title_speaks(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("UPDATE 14:30 \u2014 Qatar says nine of its soldiers have been killed near Marib, where Saudi-led forces "
         "are fighting.", "QA"),
        ("NEWS: The U.S.-led coalition said three of its personnel had been wounded near Deir ez-Zor.", None),
        ("The NATO alliance said two of its soldiers were killed near Kandahar on Monday.", None),
    ],
)
def test_its_losses_are_the_speakers_own(extractor, text, nat):  # type: ignore[no-untyped-def]
    assert {n for _k, _v, n in _figs(run(extractor, text))} == {nat}


def test_those_on_board_two_army_helicopters_are_of_the_articles_nation(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "Two Spanish army helicopters collided near Herat in Afghanistan on Monday. Spain's defence "
             "ministry said all 17 men on board the two aircraft died.")
    assert ("deaths", 17, "ES") in _figs(ex)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Twelve Italian soldiers were killed in Nasiriyah on Wednesday, the Quirinal Palace said.",
         "the Quirinal Palace"),
        ("Four Malian soldiers died near Gao on Monday, the presidency said.", "the presidency"),
    ],
)
def test_a_palace_or_a_presidency_speaks(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded near Kirkuk on Monday, killing three Turkish and two Iraqi soldiers.",
         {("deaths", 3, "TR"), ("deaths", 2, "IQ")}),
        ("Two Chadian and four French soldiers were wounded in the ambush near Tessalit.",
         {("injuries", 2, "TD"), ("injuries", 4, "FR")}),
        ("A drone strike near Idlib on Monday killed 12 Russian and Syrian soldiers.", {("deaths", 12, None)}),
    ],
)
def test_one_noun_for_two_numbers_and_one_number_for_two_groups(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert set(_figs(run(extractor, text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed at least 40 people and wounded 80 near Kabul.",
        "A shell hit the bazaar, killing nine people and injuring 30 in the crowd.",
    ],
)
def test_a_bare_count_before_a_place_is_a_figure(extractor, text):  # type: ignore[no-untyped-def]
    assert "injuries" in {k for k, _v, _n in _figs(run(extractor, text))}


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Israeli aircraft struck a Hezbollah convoy near Qusayr on Monday. Six fighters were killed.", "LB"),
        ("Israeli jets struck a Hamas training camp near Khan Younis. Three militants were killed.", "PS"),
    ],
)
def test_fighters_opening_the_next_sentence_are_of_the_armed_group_just_named(extractor, text, nat):  # type: ignore[no-untyped-def]
    assert [n for _k, _v, n in _figs(run(extractor, text))] == [nat]


def test_a_crew_is_not_the_same_group_as_soldiers_of_the_same_number(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "Rebels shelled a Russian base near Latakia on Monday; two Russian servicemen were killed, "
             "the ministry said. It also said a Mi-8 helicopter had crashed near Hama. Both pilots were killed.")
    assert sum(1 for k, v, _n in _figs(ex) if (k, v) == ("deaths", 2)) == 2


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("A bomb hit a patrol near Baghdad. The Pentagon said a U.S. Marine was killed and two others were wounded.",
         "US"),
        ("Colombia's army said eight soldiers died when dissidents attacked a patrol near Cali.", "CO"),
        ("Gunmen ambushed a convoy near Pattani. Two Thai rangers were killed.", "TH"),
    ],
)
def test_capitalised_groups_and_more_nations(extractor, text, nat):  # type: ignore[no-untyped-def]
    assert {n for _k, _v, n in _figs(run(extractor, text))} == {nat}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rockets hit a base near Erbil. The Kurdish authorities reported no casualties among Iraqi troops.",
         {("deaths", 0, "IQ"), ("injuries", 0, "IQ")}),
        ("Missiles struck an airfield near Kharkiv. The Ukrainian army recorded no casualties among its troops.",
         {("deaths", 0, "UA"), ("injuries", 0, "UA")}),
    ],
)
def test_reported_no_casualties_among_a_group_is_a_zero(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected <= set(_figs(run(extractor, text)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Missiles hit a U.S. base near Erbil on Monday. The Pentagon said 40 U.S. soldiers had been diagnosed "
         "with traumatic brain injuries.", 40),
        ("A bomb hit a market near Quetta. By Tuesday the number of wounded stood at 57, officials said.", 57),
        ("Shells fell on a camp near Idlib. The number hospitalised rose to 23.", 23),
    ],
)
def test_diagnoses_and_counts_of_the_wounded_are_injuries(extractor, text, value):  # type: ignore[no-untyped-def]
    assert ("injuries", value) in [(k, v) for k, v, _n in _figs(run(extractor, text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile hit a tanker off Aden on Monday, killing three crew members. In Manila, the Department of "
         "Migrant Workers said two of those killed were Filipino seafarers.", ("deaths", 2, "PH")),
        ("A bomb exploded at a hotel near Kabul, wounding 20 people. Three of the wounded were Germans, the "
         "embassy said.", ("injuries", 3, "DE")),
    ],
)
def test_a_part_of_the_dead_of_a_nationality_is_a_figure(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A drone hit a fishing boat near Sittwe. The Department of Fisheries said four fishermen were killed.",
         "the Department of Fisheries"),
        ("Rebels attacked a camp near Bunia. The regional peace mission said two peacekeepers had been wounded.",
         "the regional peace mission"),
    ],
)
def test_a_department_or_a_mission_speaks(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cargo plane crashed near Kabul on Monday. There were no survivors. The six-member Afghan crew were "
         "named as pilot Ahmad Karimi and five others.", ("deaths", 6, "AF")),
        ("A transport helicopter came down near Bamako, killing everyone on board. Its three-man Malian crew had "
         "flown the route for years.", ("deaths", 3, "ML")),
    ],
)
def test_a_counted_crew_of_an_aircraft_nobody_survived_is_dead(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch soldier killed in Uruzgan on Monday was a 24-year-old corporal, the ministry said.",
         [("deaths", 1, "NL")]),
        ("The Canadian medic who was killed near Kandahar last week will be buried on Friday.",
         [("deaths", 1, "CA")]),
        # an ordinal is a toll, not a new figure
        ("A mine exploded near Gao. He was the first Estonian soldier killed in Mali since 2014.", []),
    ],
)
def test_a_definite_singular_with_a_reduced_relative_is_one_death(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert _figs(run(extractor, text)) == expected


def test_the_governor_is_the_governor_named_before(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "Drones struck the port of Izmail overnight, regional governor Ivan Petrenko said. Two dock "
             "workers were killed.\n\nThe toll has risen to four dead, the governor said.")
    assert {lab for _k, _v, lab in _claims(ex)} == {"regional governor Ivan Petrenko"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile hit a depot near Dnipro, killing two people. Among the injured are three firefighters.",
         ("injuries", 3)),
        ("A car bomb exploded near Mogadishu, killing five people. Nine people remain in hospital.",
         ("injuries", 9)),
        ("A blast hit a market near Peshawar. Four people were killed and 12 are still in critical condition.",
         ("injuries", 12)),
    ],
)
def test_the_injured_listed_or_in_hospital_are_injuries(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [(k, v) for k, v, _n in _figs(run(extractor, text))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Insurgents attacked a camp near Lashkar Gah on Friday. ISAF said 14 insurgents were killed.", "ISAF"),
        ("Gunmen fired on a patrol near Bunia. The FARDC said two soldiers were wounded.", "the FARDC"),
    ],
)
def test_an_unlisted_acronym_speaks(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting went on near Marinka. The army puts enemy losses in the past week at 3,000 killed or wounded.",
        "An ambush near Kidal left 40 soldiers dead or missing, and analysts think 60 soldiers were killed or are "
        "missing in all.",
    ],
)
def test_killed_or_wounded_together_is_no_figure(extractor, text):  # type: ignore[no-untyped-def]
    assert not [v for _k, v, _n in _figs(run(extractor, text)) if v in (3000, 60)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A drone hit a bus near Sumy on Monday. Local officials say nine people died.", "Local officials"),
        ("Shells fell on a camp near Idlib. Aid groups estimate that 30 people were killed.", "Aid groups"),
    ],
)
def test_present_tense_speakers_speak(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("a hundred", 100), ("two thousand", 2000), ("40 thousand", 40000), ("1.5 million", 1_500_000),
     ("twenty-five thousand", 25000), ("thousands", 1000), ("tens of thousands", 10000)],
)
def test_large_number_words(phrase, value):  # type: ignore[no-untyped-def]
    from kgbuild.text import parse_number

    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An air strike near Sanaa killed more than a hundred people on Monday.", ("deaths", "more-than", 100)),
        ("The shelling of Grozny killed two thousand civilians, the group said.", ("deaths", "exactly", 2000)),
        ("Thousands of civilians were killed when the city was besieged.", ("deaths", "several", 1000)),
    ],
)
def test_large_numbers_make_figures(extractor, text, expected):  # type: ignore[no-untyped-def]
    found = [(f.kind, f.qualifier, f.value) for e in run(extractor, text).events for f in e.figures]
    found += [(t.kind, t.qualifier, t.value) for t in run(extractor, text).tolls]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian drone hit a bus in Horlivka on Monday, wounding six passengers.",
        "A Russian drone struck a minibus near Kherson, killing three passengers.",
    ],
)
def test_the_passengers_of_a_bus_a_drone_hit_are_no_aircrafts(extractor, text):  # type: ignore[no-untyped-def]
    figs = [(f.affiliation, f.nationality) for e in run(extractor, text).events for f in e.figures]
    assert figs and all(aff != "armed-forces" for aff, _n in figs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants ambushed a patrol near Kidal on Monday, killing five soldiers. Two were French commandos.",
         ("deaths", 2, "FR")),
        ("A strike hit an aid convoy near Rafah, killing six aid workers. All three drivers were local men. "
         "Three were Britons.", ("deaths", 3, "GB")),
        ("Insurgents ambushed a convoy near Kunar, killing eight soldiers of the 10th Mountain Division. Four were "
         "Rangers.", ("deaths", 4, None)),
    ],
)
def test_a_part_named_by_the_predicate_of_the_next_sentence(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _figs(run(extractor, text))


def test_a_predicate_that_is_no_group_is_no_part(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A bomb near Kabul killed five soldiers on Monday. Two were in the front vehicle.")
    assert _figs(ex) == [("deaths", 5, None)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("A suicide bomber struck a mosque in Kandahar on October 15, killing 41 worshippers. On October 8, a "
         "bombing at a mosque in Kunduz killed more than 50 people.", date(2021, 10, 16)),
        ("A drone hit a market near Marib on 20 May, killing nine people. On 2 May, a similar strike near Sirwah "
         "killed 14 people.", date(2021, 5, 21)),
    ],
)
def test_a_figure_dated_days_before_the_incident_is_an_earlier_incidents(extractor, text, published):  # type: ignore[no-untyped-def]
    assert len(_figs(run(extractor, text, published))) == 1


def test_a_figure_dated_before_a_late_chosen_incident_is_kept_when_no_other_incident_is_told(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "The army on Friday named the four soldiers killed near Gao. The soldiers died on June 1 when "
             "their convoy was ambushed.", date(2019, 6, 7))
    assert _figs(ex)


def test_putting_the_figure_at_n_is_a_death_figure(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A shell hit a market near Idlib. A monitor said 11 civilians had died. Activists put the "
             "figure at 15.")
    assert ("deaths", 15) in [(k, v) for k, v, _n in _figs(ex)]


def test_an_armed_groups_ministry_is_no_countrys(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "The Houthis said a U.S. strike near Hodeidah had killed 16 people. The group's health "
             "ministry later raised the toll to 20.")
    assert "Ministry of Health (United States)" not in {lab for _k, _v, lab in _claims(ex)}


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A drone killed two Turkish soldiers near Afrin on Monday. At least 45 Turkish soldiers have been killed "
         "since the operation began.", ("deaths", "at-least", 45, "TR")),
        ("Five Russian soldiers died near Idlib on Monday. More than 100 Russian servicemen have died since the "
         "intervention.", ("deaths", "more-than", 100, "RU")),
        ("A mine killed a French soldier near Gao. Some 50 French soldiers have lost their lives since French troops "
         "arrived in Mali.", ("deaths", "about", 50, "FR")),
    ],
)
def test_a_period_since_an_undated_start_makes_a_toll(extractor, text, toll):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert toll in _tolls(ex) and toll[2] not in [v for _k, v, _n in _figs(ex)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people \u2014 two soldiers and two civilians \u2014 were killed in the blast near Kabul.",
         {("deaths", 4), ("deaths", 2)}),
        ("Of the 30 dead, 20 were soldiers and 10 were civilians, the ministry said.",
         {("deaths", 30), ("deaths", 20), ("deaths", 10)}),
    ],
)
def test_breakdowns_between_dashes_and_in_predicates(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {(k, v) for k, v, _n in _figs(run(extractor, text))} == expected


def test_an_apposition_is_no_coordination(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "Rebels attacked a base near Arauca on Tuesday. The minister said two civilians, a woman and "
             "her son, also died in the attack.")
    assert ("deaths", 2) in [(k, v) for k, v, _n in _figs(ex)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Rebels killed eight soldiers near Arauca on Tuesday. At least 30 members of the security forces have been "
         "killed in attacks blamed on the group this year, the ministry said.", ("deaths", "at-least", 30)),
        ("A bomb killed two policemen near Quetta. More than 200 police officers have died in the province so far "
         "this year.", ("deaths", "more-than", 200)),
    ],
)
def test_deaths_this_year_are_a_toll(extractor, text, toll):  # type: ignore[no-untyped-def]
    assert toll in [(k, q, v) for k, q, v, _n in _tolls(run(extractor, text))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Israeli strikes in Rafah killed at least 19 people, according to the Palestinian Red Crescent.",
         "the Palestinian Red Crescent"),
        ("A bomb killed six people near Jos, according to Plateau State Emergency Management Agency.",
         "Plateau State Emergency Management Agency"),
    ],
)
def test_according_to_an_unlisted_named_body(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A rocket hit a base near Kirkuk on Monday. \"Two of our soldiers were killed,\" said Col. Ahmed Hassan, an "
         "army spokesman.", "Col. Ahmed Hassan"),
        ("Shelling hit the town of Marinka on Monday. Three civilians died, said Ivan Petrenko, head of the town's "
         "administration.", "Ivan Petrenko"),
    ],
)
def test_the_person_after_an_inverted_said_speaks(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab for _k, _v, lab in _claims(run(extractor, text))} == {label}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire on a minibus near Peshawar, killing its driver and six passengers.", ("deaths", 1)),
        ("Militants killed four policemen and wounded a fifth near Kandahar.", ("injuries", 1)),
        ("A sniper killed two soldiers near Avdiivka and wounded a third.", ("injuries", 1)),
    ],
)
def test_a_role_of_its_and_a_fifth_are_one_more(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [(k, v) for k, v, _n in _figs(run(extractor, text))]


@pytest.mark.parametrize(
    "text",
    [
        "A strike hit a hospital run by Medecins Sans Frontieres near Kunduz.\n\n**The toll.** On Saturday the "
        "medical charity said nine of its staff had died.",
        "An air strike hit a clinic run by Medecins Sans Frontieres in Taiz. UPDATE: By Sunday the charity said "
        "14 people had died.",
    ],
)
def test_a_kind_noun_after_a_heading_or_a_time_is_the_organisation(extractor, text):  # type: ignore[no-untyped-def]
    labels = {lab for _k, _v, lab in _claims(run(extractor, text))}
    assert labels and all("Sans Fronti" in lab for lab in labels)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Insurgents ambushed a U.S. patrol near Kunar on Monday. Two soldiers were wounded, the Army said.",
         "us-army"),
        ("A mine damaged an American destroyer off Aden on Monday. Four sailors were hurt, the Navy said.",
         "us-navy"),
    ],
)
def test_a_capitalised_branch_is_the_listed_branch_of_the_story(extractor, text, key):  # type: ignore[no-untyped-def]
    keys = {f.attribution.organisation.key for e in run(extractor, text).events for f in e.figures
            if f.attribution.organisation}
    assert keys == {key}


@pytest.mark.parametrize(
    "text",
    [
        "A bomb hit a market near Kabul on Monday. At least 40 people had been killed and 80 wounded, officials said.",
        "A bomb hit a market near Kabul on Monday, killing at least 40 people and wounding 80.",
    ],
)
def test_one_qualifier_before_two_coordinated_counts_qualifies_both(extractor, text):  # type: ignore[no-untyped-def]
    assert {(f.kind, f.qualifier) for e in run(extractor, text).events for f in e.figures} == {
        ("deaths", "at-least"), ("injuries", "at-least")}


def test_a_count_of_another_clause_keeps_its_own_qualifier(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A bomb near Kabul killed at least 40 people; 12 soldiers died in a separate clash.")
    assert ("deaths", "exactly", 12) in {(f.kind, f.qualifier, f.value) for e in ex.events for f in e.figures}


def test_an_adverb_after_an_apposed_speaker_does_not_hide_it(extractor):  # type: ignore[no-untyped-def]
    ex = run(extractor, "A missile hit a station in Kharkiv on Friday. The regional governor, Ivan Petrenko, now puts "
             "the death toll at 41, six of them children.")
    labels = {lab for _k, _v, lab in _claims(ex)}
    assert labels and "the article" not in labels


@pytest.mark.parametrize(
    ("text", "crew_nat"),
    [
        ("A missile brought down a Malaysia Airlines jet over Donetsk on Thursday. All 298 people on board, 283 "
         "passengers and 15 crew, were killed.", "MY"),
        ("A Kenyan airliner was shot down near Baidoa on Monday. All 40 people on board, 34 passengers and six "
         "crew, died.", "KE"),
    ],
)
def test_an_airliners_crew_are_of_the_airlines_nation(extractor, text, crew_nat):  # type: ignore[no-untyped-def]
    figs = {(f.group_label.split()[-1], f.nationality, f.affiliation) for e in run(extractor, text).events
            for f in e.figures}
    assert ("crew", crew_nat, "civilian") in figs
    assert all(n is None for g, n, _a in figs if g != "crew")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A missile hit a depot in Lviv on Monday. Ukraine's state railway company, Ukrzaliznytsia, says two "
         "workers were killed.", "Ukrzaliznytsia"),
        ("A missile hit a station in Kharkiv. The regional governor, Ivan Petrenko, said nine people died.",
         "The regional governor Ivan Petrenko"),
        ("A missile hit a market in Sumy on Monday. First reports from the scene speak of dozens of dead.",
         "First reports from the scene"),
    ],
)
def test_an_apposed_name_and_reports_that_speak(extractor, text, label):  # type: ignore[no-untyped-def]
    assert {lab.lower() for _k, _v, lab in _claims(run(extractor, text))} == {label.lower()}


# ------------------------------------------------------------------ event types beyond the trigger lists (2026-12-02)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot the helicopter down near Tessit on Monday; both pilots were killed.",
        "The army said its air defences shot a Mi-8 down over the valley on Monday, killing the crew of three.",
        "A transport helicopter was ferrying supplies near the pass on Monday when it was hit by a missile; "
        "two crew members died.",
    ],
)
def test_an_aircraft_shot_down_with_its_object_between(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == "shoot-down"


@pytest.mark.parametrize(
    "text",
    [
        "A colonel was killed on Monday by a bomb hidden in his car outside his flat in Luhansk.",
        "A district governor died when explosives planted under his jeep went off in Kunduz on Monday.",
        "Police said someone had planted a bomb on a parked motorbike that killed a judge in Mogadishu on Monday.",
    ],
)
def test_a_bomb_hidden_in_a_vehicle_is_an_assassination(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == "assassination"


def test_a_bomb_planted_by_the_road_is_no_assassination(extractor):
    ex = run(extractor, "Two soldiers were killed on Monday when a bomb planted by the road exploded near Kidal.")
    assert ex.events[0].type == "roadside-bomb"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed nine people at a market in Maiduguri on Monday. Police said they were preparing "
        "for further attacks, including possible car bombs.",
        "A suicide bomber struck a checkpoint near Mosul on Monday, killing four. Officials warned of the threat "
        "of roadside bombs on the main road.",
    ],
)
def test_a_kind_of_attack_only_feared_is_not_the_incidents(extractor, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in run(extractor, text).events] == ["suicide-bombing"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Special Forces soldiers were killed when their patrol was ambushed near Gao on Monday. French "
        "forces run a large counter-terrorism operation across the region.",
        "Three special forces advisers died when militants ambushed their convoy on Monday near Kunar.",
    ],
)
def test_special_forces_casualties_and_a_campaign_are_no_raid(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == "armed-clash"


def test_an_earlier_loss_told_to_compare_is_no_further_incident(extractor):
    ex = run(
        extractor,
        "A Mi-8 helicopter crashed near Hama on Monday because of a technical fault; its two pilots were killed. "
        "The loss is the second in a week: on June 6 a Su-25 crashed near Latakia.",
    )
    assert [e.type for e in ex.events] == ["aircraft-crash"]


@pytest.mark.parametrize(
    ("title", "text", "etype"),
    [
        ("Helicopter shot down near Kidal", "The helicopter came down near Kidal on Monday; two pilots died.",
         "shoot-down"),
        ("Suicide attack at the city gate", "An explosion near the city gate of Kandahar killed six people on "
         "Monday. A blast was also heard nearby.", "suicide-bombing"),
    ],
)
def test_a_headline_names_the_kind(extractor, title, text, etype):  # type: ignore[no-untyped-def]
    art = Article(Path("test.md"), "test", text, title, date(2019, 6, 12), "front-matter")
    assert extractor.extract(art).events[0].type == etype


@pytest.mark.parametrize(
    "text",
    [
        "Three aid workers were killed in an ambush on the road near Bambari on Monday, the charity said.",
        "Gunmen ambushed a car carrying two journalists near Kidal on Monday; both civilians were killed.",
    ],
)
def test_an_ambush_on_civilians_is_no_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == "other"


# ------------------------------------------------------------------ persons named away from their fate (2026-12-02)


@pytest.mark.parametrize(
    "text",
    [
        "Sgt. Tom Elwood Barker, 31, of Dayton, Ohio; Spc. Ray Lund, 22, of Mesa, Arizona; and Pfc. Jo Ann Merle, "
        "20, of Tulsa, Oklahoma, died Monday near Kirkuk when their vehicle was hit.",
        "Cpl. Tom Barker, of Leeds; Pte. Ray Lund, of Hull; and Pte. Jo Merle, of York, were killed on Monday "
        "in Helmand province.",
    ],
)
def test_names_listed_with_semicolons_share_the_last_verb(extractor, text):  # type: ignore[no-untyped-def]
    got = {(n.split()[-1], f) for n, _r, f in persons(run(extractor, text))}
    assert got == {("Barker", "killed"), ("Lund", "killed"), ("Merle", "killed")}


@pytest.mark.parametrize(
    "text",
    [
        "The army has named the three soldiers killed when militants ambushed their convoy near Gao on Monday.\n\n"
        "They served with the same battalion:\n\n"
        "- Sgt. Tom Barker, 31, of Leeds\n- Cpl. Ray Lund, 24, of Hull\n\n"
        "The third, Pte. Jo Merle, 20, of York, had joined in May.",
        "The ministry on Tuesday identified the three policemen who died in the attack on the checkpoint near "
        "Kunduz.\nSgt. Tom Barker, 31, was a father of two.\nCpl. Ray Lund, 24, had served for three years.\n"
        "The third was Pte. Jo Merle, 20.",
    ],
)
def test_people_listed_after_a_lead_naming_the_dead(extractor, text):  # type: ignore[no-untyped-def]
    got = {(n.split()[-1], f) for n, _r, f in persons(run(extractor, text))}
    assert got == {("Barker", "killed"), ("Lund", "killed"), ("Merle", "killed")}


def test_two_namesakes_are_two_people(extractor):
    ex = run(
        extractor,
        "Two soldiers were killed near Gao on Monday, the army said: Sgt. Tom Barker and Cpl. Ann Barker.",
    )
    assert {(n, r) for n, r, _f in persons(ex)} == {("Tom Barker", "Sergeant"), ("Ann Barker", "Corporal")}


@pytest.mark.parametrize(
    "text",
    [
        "A business jet crashed near Tula on Monday and all seven people on the plane died. The businessman "
        "Oleg Marin was on board. Also listed was Ivan Sorin, his lawyer.",
        "A charter plane crashed in the hills on Monday, killing all nine on board. The passenger list released "
        "by the airline included Oleg Marin, a banker, and Ivan Sorin, who ran a mine. The crew were named as "
        "pilot Pavel Lebed and flight attendant Anna Vesna.",
    ],
)
def test_people_on_a_passenger_list_share_the_fate_of_all_aboard(extractor, text):  # type: ignore[no-untyped-def]
    got = {(n.split()[-1], f) for n, _r, f in persons(run(extractor, text, date(2019, 6, 11)))}
    assert {("Marin", "killed"), ("Sorin", "killed")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Militia fired rockets at a base near Erbil on Monday in retaliation for the strike that killed "
        "Col. Ali Karimi in Basra four days earlier; two guards were wounded.",
        "Gunmen attacked a checkpoint near Herat on Monday to avenge the killing of Commander Omar Zaki, "
        "wounding three policemen.",
    ],
)
def test_a_death_told_as_an_earlier_incidents_is_no_fate_here(extractor, text):  # type: ignore[no-untyped-def]
    assert not persons(run(extractor, text))


def test_the_general_staff_is_no_general(extractor):
    ex = run(extractor, "Two soldiers were wounded near Afrin on Monday, the Turkish General Staff said.")
    assert not persons(ex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A French soldier, Caporal-chef Marc Dubois, was killed on Monday when his vehicle hit a mine near Gao.",
         {("Marc Dubois", "Chief Corporal", "killed")}),
        ("French Adjudant Luc Marin, 38, was killed in an ambush near Menaka on Monday, the army said.",
         {("Luc Marin", "Adjutant", "killed")}),
        ("Two French soldiers were killed in Mali on Monday: Sergent-chef Paul Roux and Lieutenant-colonel Jean Blanc.",
         {("Paul Roux", "Staff Sergeant", "killed"), ("Jean Blanc", "Lieutenant Colonel", "killed")}),
    ],
)
def test_french_ranks_in_french_or_english(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert persons(run(extractor, text)) == expected


# ------------------------------------------------------------------ small towns worldwide (2026-12-02)


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Militants killed seven soldiers in an attack on an army post in Dikwa on Monday.", "Dikwa", "NG"),
        ("Rebels ambushed a convoy near Beni on Monday, killing four peacekeepers.", "Beni", "CD"),
        ("A roadside bomb killed two soldiers outside Djibo on Monday.", "Djibo", "BF"),
    ],
)
def test_a_small_town_abroad_named_as_a_place(extractor, text, town, country):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert (ev.place.name, ev.place.country) == (town, country)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Two soldiers were killed in Kaduna on Monday. Their commander, Col. Ade Dikwa, said the attack "
         "was repelled.", "Kaduna"),
        ("A suicide bomber killed nine people in Maiduguri on Monday; one victim came from Dikwa.", "Maiduguri"),
        ("Two nurses from the hospital in Dikwa were killed on Monday when a shell hit a clinic in Aleppo.", "Aleppo"),
    ],
)
def test_a_small_town_abroad_is_only_a_fallback(extractor, text, town):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].place.name == town


def test_a_small_town_abroad_needs_a_locative(extractor):
    ex = run(extractor, "Seven soldiers were killed on Monday in an ambush, the army said. Dikwa residents fled.")
    assert ex.events[0].place.name != "Dikwa"


# ------------------------------------------------------------------ dates of statements and warnings (2026-12-02)


@pytest.mark.parametrize(
    ("text", "published", "day", "precision"),
    [
        ("A frigate was sunk off the coast during the night of 3 to 4 May. In a statement on Friday, the navy "
         "said two sailors had been killed.", date(2021, 5, 15), date(2021, 5, 3), "day"),
        ("Four soldiers were killed when militants ambushed their patrol near Gao last week. The army raised the "
         "toll to four on Friday after a body was found.", date(2019, 6, 12), date(2019, 6, 3), "week"),
        ("Gunmen attacked a checkpoint near Kunduz on Tuesday, killing three policemen. In a briefing late on "
         "Thursday, the ministry said the attackers had fled.", date(2019, 6, 14), date(2019, 6, 11), "day"),
    ],
)
def test_a_statement_or_toll_date_is_not_the_incidents(  # type: ignore[no-untyped-def]
    extractor, text, published, day, precision
):
    ev = run(extractor, text, published).events[0]
    assert (ev.date, ev.date_precision) == (day, precision)


@pytest.mark.parametrize(
    "text",
    [
        "An explosion has gone off outside the main gate of the airport. Police had warned overnight of a "
        "serious threat of an attack. At least six people were killed.",
        "A suicide bomber has struck a market in the old town, killing at least nine people, officials said.",
    ],
)
def test_an_incident_told_as_just_happened_is_of_the_report_day(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert (ev.date, ev.date_precision) == (date(2019, 6, 12), "day")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Three aid workers were killed in an ambush on a road about twenty kilometres from Bambari on Monday. "
         "Their bodies were brought back to Bangui on Tuesday.", "Bambari"),
        ("Two soldiers died when their truck hit a mine 15 km north of Kidal on Monday. They were flown to "
         "Bamako.", "Kidal"),
    ],
)
def test_a_town_the_incident_is_a_distance_from(extractor, text, town):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].place.name == town


def test_a_place_told_only_to_compare_is_not_the_incidents(extractor):
    ex = run(
        extractor,
        "A Mi-8 helicopter crashed in the east of Syria on Monday; its two pilots were killed. The loss is the "
        "second in a week: on June 6 a Su-25 crashed into the Mediterranean Sea.",
    )
    assert [e.place.kind for e in ex.events] == ["country"]


@pytest.mark.parametrize(
    "text",
    [
        "A jet crashed outside Tehran on Wednesday, killing all 60 on board. Ottawa at first said 20 Canadians were "
        "among the dead.",
        "A rocket hit a base near Kandahar on Monday, killing two soldiers. London swiftly condemned the attack, "
        "and Paris has since said it would send help.",
    ],
)
def test_a_capital_that_speaks_after_an_adverb_is_no_incident_place(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].place.key in ("tehran", "kandahar")


@pytest.mark.parametrize(
    "text",
    [
        "TALKHAN \u2014 People in this village near the border say they saw a drone strike a truck on Monday, killing "
        "two farmers. Officials in Kunduz confirmed the deaths.",
        "TALKHAN, June 11 (Field Wire) \u2014 Residents of this small town said a shell hit the market on Monday, "
        "killing three people, the governor of Kunduz said.",
    ],
)
def test_a_dateline_town_the_lead_reports_from(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].place.name == "Talkhan"


def test_a_dateline_alone_is_not_the_incident_place(extractor):
    ex = run(extractor, "TALKHAN \u2014 A shell hit the market in Kunduz on Monday, killing three people.")
    assert ex.events[0].place.key == "kunduz"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A drone strike hit a depot in Tripoli on Monday, killing four guards. Libya's government condemned it.",
         "LY"),
        ("A car bomb exploded in Tripoli on Monday, killing two soldiers of the Lebanese army.", "LB"),
    ],
)
def test_a_town_named_in_two_countries_is_in_the_one_the_article_names(  # type: ignore[no-untyped-def]
    extractor, text, country
):
    assert run(extractor, text).events[0].place.country == country


def test_a_place_after_an_earlier_year_is_background(extractor):
    ex = run(
        extractor,
        "PARIS - Nine soldiers were killed in Mali on Monday when their helicopter crashed near Gao, the worst "
        "loss since the 1983 bombing of a barracks in Beirut.",
    )
    assert ex.events[0].place.key == "gao"


def test_a_region_of_a_country_the_gazetteer_lacks(extractor):
    ex = run(
        extractor,
        "Two helicopters crashed in the Tamasna region of north-eastern Mali on Monday, near the border with "
        "Niger, killing nine soldiers.",
    )
    (ev,) = ex.events
    # (the Menaka region of the first wording is in kgbuild/data/regions.yaml now)
    assert (ev.place.name, ev.place.country) == ("Tamasna region", "ML")


@pytest.mark.parametrize(
    "text",
    [
        "Strike near Aden\n\nA drone strike hit a camp in Dar Saad, on the northern edge of Aden, on Monday, "
        "killing six fighters.",
        "A shell hit a school in Dar Saad, a district of Aden, on Monday, killing two children. Officials "
        "in Aden said the strike was deliberate; it was the worst attack on Aden this year.",
    ],
)
def test_a_place_used_to_locate_another_is_not_the_incidents(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].place.key != "aden"


def test_the_arabic_article_in_either_spelling(extractor):
    from kgbuild.reference import _article_variants

    assert _article_variants({"Deir el-Balah"}) == {"Deir al-Balah"}
    assert _article_variants({"Ras al-Ain"}) == {"Ras el-Ain"}
    ex = run(extractor, "An air strike hit a house in Deir al-Balah on Monday, killing five people.")
    assert ex.events[0].place.country == "PS"


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad, the leader of the group, is dead after a raid on a farm near Idlib, the army said on Monday.",
        "Rebel commander Omar Haddad was confirmed dead on Monday after an air strike near Idlib.",
    ],
)
def test_a_named_person_who_is_dead(extractor, text):  # type: ignore[no-untyped-def]
    assert persons(run(extractor, text)) == {("Omar Haddad", None, "killed")}


@pytest.mark.parametrize(
    "text",
    [
        "Rebel commander Omar Haddad was killed in an air strike near Idlib on Monday.",
        "A bomb-disposal specialist, Omar Haddad, was killed on Monday when a mine exploded near Idlib.",
    ],
)
def test_everyday_nouns_that_are_also_ranks_are_ranks_only_capitalised(extractor, text):  # type: ignore[no-untyped-def]
    assert {r for _n, r, _f in persons(run(extractor, text))} == {None}


def test_a_rank_of_several_armies_takes_the_country_the_article_names(extractor):
    ex = run(extractor, "Sgt. Tom Barker was killed near Basra on Monday. British officials confirmed the death.")
    (p,) = [p for e in ex.events for p in e.persons]
    assert p.rank.country == "GB"


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died on Sunday when their patrol was attacked by guerrillas near Tumaco, the army said.",
        "Gunmen opened fire on an army convoy near Kidal on Monday, killing three soldiers.",
        "Troops exchanged fire with militants near the border on Monday; one soldier was killed.",
        "A border guard was killed in cross-border firing near the frontier post on Monday, the army said.",
    ],
)
def test_gunfire_cues_are_an_armed_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == "armed-clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Havildar Ram Prakash was killed on Monday when militants attacked a post in Kupwara, the Indian army said.",
         {("Ram Prakash", "Havildar", "killed")}),
        ("Two Pakistani soldiers, Naik Imran Aziz and Sepoy Ali Nawaz, were killed when militants attacked a check "
         "post on Monday, the army said.", {("Imran Aziz", "Naik", "killed"), ("Ali Nawaz", "Sepoy", "killed")}),
    ],
)
def test_south_asian_ranks(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert persons(run(extractor, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Several artillery munitions detonated at a storage site near Kalinivka on Monday; there was no fire impact "
        "on the site, the ministry said. Two soldiers were injured.",
        "A boat carrying troops capsized on the river near Mopti on Monday; 14 soldiers drowned, the army said.",
        "A military truck overturned on a mountain road near Herat on Monday, killing three soldiers.",
    ],
)
def test_non_hostile_accidents(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert (ev.type, ev.hostile) == ("accident", False)


@pytest.mark.parametrize(
    "text",
    [
        "A truck packed with explosives blew up outside a police compound in Kabul on Monday, killing 12 officers.",
        "An explosives-laden van went off near a checkpoint in Mogadishu on Monday, killing five soldiers.",
        "A motorcycle bomb exploded outside a police station in Cali on Monday, killing two officers.",
    ],
)
def test_vehicle_bombs(extractor, text):  # type: ignore[no-untyped-def]
    # a vehicle bomb with no bomber who died and no one leader aimed at is a bomb left for its
    # victims, of the nearest class, the roadside bomb (the gold's decision for a parked car bomb;
    # see tests/test_extract_general.py, blasts, and tests/test_extract_r6_events.py)
    assert run(extractor, text).events[0].type == "roadside-bomb"


def test_a_statement_dated_by_its_own_line_reads_today_against_it(extractor):
    ex = run(
        extractor,
        "STATEMENT OF THE GENERAL STAFF\n10 June 2019\n\nToday, at about 15:00, a mortar round hit a post near "
        "Kidal, wounding two soldiers.",
        date(2019, 6, 12),
    )
    assert ex.events[0].date == date(2019, 6, 10)


@pytest.mark.parametrize(
    ("text", "fate"),
    [
        ("A shell hit a market in Donetsk on Monday, killing six people. Olga Petrova, a 34-year-old mother of two, "
         "was among those killed.", "killed"),
        ("A drone hit a bus near Kherson on Monday. Ivan Sokolov was among those wounded, officials said.", "injured"),
    ],
)
def test_a_named_person_among_those_killed_or_wounded(extractor, text, fate):  # type: ignore[no-untyped-def]
    assert {f for _n, _r, f in persons(run(extractor, text))} == {fate}


@pytest.mark.parametrize(
    "text",
    [
        "Pte Ray Lund, 19, was killed and L/Cpl Jo Merle wounded by small-arms fire near Basra on Monday.",
        "Sgt. Ray Lund was killed and Cpl. Jo Merle injured when a bomb hit their vehicle near Kandahar on Monday.",
    ],
)
def test_the_second_clause_sharing_a_verb_keeps_its_own_fate(extractor, text):  # type: ignore[no-untyped-def]
    got = {(n.split()[-1], f) for n, _r, f in persons(run(extractor, text))}
    assert got == {("Lund", "killed"), ("Merle", "injured")}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A Lancet loitering munition hit a howitzer position near Kupiansk on Monday, killing two gunners.",
         "airstrike"),
        ("A quadcopter dropped a grenade on a trench near Avdiivka on Monday, wounding three soldiers.", "airstrike"),
        ("A Hellfire missile fired from a Reaper killed two militants in a car near Idlib on Monday.", "airstrike"),
        ("A former officer was poisoned with a nerve agent in Leeds, police said on Monday.", "assassination"),
        ("A naval mine struck by a cargo ship off Odesa on Monday killed two crew members.", "roadside-bomb"),
        ("Two guards were killed on Monday when a Grad salvo hit the village of Pisky.", "shelling"),
    ],
)
def test_unusual_weapons_and_the_weapon_fallback(extractor, text, etype):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].type == etype


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("British soldier Corporal Tom Barker was killed near Basra on Monday.", "GB"),
        ("A Russian serviceman, Corporal Ivan Sokolov, was killed near Bakhmut on Monday.", "RU"),
    ],
)
def test_a_rank_label_of_many_armies_and_an_alternate_of_one(extractor, text, country):  # type: ignore[no-untyped-def]
    (p,) = [p for e in run(extractor, text).events for p in e.persons]
    assert p.rank.country == country


def test_fire_at_another_aircraft_of_the_rescue_is_its_own_clash(extractor):
    ex = run(
        extractor,
        "A Su-25 was shot down near Saraqib on Monday; the pilot ejected. During the search, one of two Mi-17 "
        "helicopters came under small-arms fire and made a forced landing; a flight engineer was killed.",
    )
    assert sorted(e.type for e in ex.events) == ["armed-clash", "shoot-down"]


def test_fire_at_the_downed_crew_stays_with_the_shoot_down(extractor):
    ex = run(
        extractor,
        "A Su-25 was shot down near Saraqib on Monday. Militants opened fire on the pilot as he descended by "
        "parachute; he was killed on the ground.",
    )
    assert [e.type for e in ex.events] == ["shoot-down"]


def test_a_ranked_speaker_after_a_lead_naming_the_dead_is_not_one_of_them(extractor):
    ex = run(
        extractor,
        "The army has named the two soldiers killed near Gao on Monday as Sgt. Tom Barker and Cpl. Ray Lund.\n"
        "Gen. Ivan Sorel, the chief of staff, visited their unit on Tuesday and praised its courage.",
    )
    assert {n for n, _r, _f in persons(ex)} == {"Tom Barker", "Ray Lund"}


def test_a_clause_before_a_semicolon_is_no_listed_name(extractor):
    ex = run(
        extractor,
        "Gen. Ivan Sorel visited the base near Gao on Monday; Col. Ray Lund, 45, was killed there hours later.",
    )
    assert {(n, f) for n, _r, f in persons(ex)} == {("Ray Lund", "killed")}


def test_a_death_days_ago_is_still_this_incidents(extractor):
    ex = run(extractor, "Sgt. Tom Barker was killed two days ago when a bomb hit his patrol near Kandahar.")
    assert persons(ex) == {("Tom Barker", "Sergeant", "killed")}


def test_attackers_identified_after_a_killing_are_not_its_dead(extractor):
    ex = run(
        extractor,
        "Police identified the gunmen who killed three soldiers near Gao on Monday:\n\n"
        "- Omar Haddad, 25, of Gao\n- Ali Nasser, 31, of Kidal\n",
    )
    assert not {(n, f) for n, _r, f in persons(ex) if f == "killed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants attacked a convoy near Gao on Monday and took Cpl. Ray Lund hostage.",
         {("Ray Lund", "Corporal", "captured")}),
        ("Rebels seized two aid workers near Goma on Monday; Anna Vesna and Pavel Lebed are being held hostage.",
         {("Anna Vesna", None, "captured"), ("Pavel Lebed", None, "captured")}),
        ("Gunmen attacked a convoy near Gao on Monday. Sgt. Tom Barker and Cpl. Ray Lund are still missing.",
         {("Tom Barker", "Sergeant", "missing"), ("Ray Lund", "Corporal", "missing")}),
        ("A mortar attack near Gao on Monday killed a soldier. His name was Tom Barker, a 24-year-old sergeant.",
         {("Tom Barker", "Sergeant", "killed")}),
    ],
)
def test_hostages_the_missing_and_a_name_told_after_the_fate(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert persons(run(extractor, text)) == expected


def test_a_possible_kind_told_of_the_incident_itself_still_counts(extractor):
    ex = run(extractor, "Three militants were killed near Marib on Monday in what officials called a possible "
             "drone strike.")
    assert ex.events[0].type == "airstrike"


# ------------------------------------------------------------------ figures, round of 2026-12-02 (second)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An army helicopter crashed near Gao on Monday, killing all but one of the 15 people on board.",
         ("deaths", "exactly", 14)),
        ("Gunmen stopped a bus near Kidal on Sunday and killed all but two of its 30 passengers.",
         ("deaths", "exactly", 28)),
        ("All but three of the 40 soldiers in the outpost were killed when rebels stormed it near Mopti on Sunday.",
         ("deaths", "exactly", 37)),
    ],
)
def test_all_but_n_of_m_is_m_less_n(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {f[:3] for f in figs(run(extractor, text))} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "A patrol boat capsized near Mopti on Monday. One of the sailors on board survived with injuries.",
        "An army truck overturned near Kidal on Monday; one of the soldiers in the cab escaped with minor injuries.",
    ],
)
def test_surviving_with_injuries_is_an_injury(extractor, text):  # type: ignore[no-untyped-def]
    assert {f[:3] for f in figs(run(extractor, text))} == {("injuries", "exactly", 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Marines boarded the cargo ship off Hodeidah on Monday; four of the passengers were killed, the navy said.",
        "A missile hit a bus near Kharkiv on Monday. The Ukrainian army said four passengers were killed.",
        "Commandos from two helicopters stormed the ferry near Basra on Monday. The Iraqi military said four "
        "passengers died.",
    ],
)
def test_passengers_of_a_ship_or_a_bus_are_civilians_not_the_speakers_army(extractor, text):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert (f.value, f.affiliation) == (4, "civilian")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a convoy near Kirkuk on Monday, killing three private security guards.",
        "Three security contractors were killed when a bomb hit their car near Basra on Monday.",
        "Three American security guards were killed near Kabul on Monday, the embassy said.",
    ],
)
def test_security_guards_and_contractors_are_hired_not_soldiers(extractor, text):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert (f.value, f.affiliations) == (3, ("pmc",))


def test_border_guards_stay_soldiers(extractor):
    ex = run(extractor, "Four border guards died when rebels attacked a post near Kidal on Monday.")
    assert {f[:3] + f[4:] for f in figs(ex)} == {("deaths", "exactly", 4, "armed-forces")}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed all six men near Gao on Monday, and a crowd then dragged at least two of them through the "
        "streets.",
        "Rebels killed all five soldiers near Kidal on Monday, and the army later recovered three of them.",
    ],
)
def test_a_partitive_of_another_verb_is_no_figure(extractor, text):  # type: ignore[no-untyped-def]
    assert len(figs(run(extractor, text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed two cars near Kirkuk on Monday, killing all four people inside. The four American "
        "contractors were killed, the article's own voice says nothing more.",
        "A bomb near Gao on Monday killed three people. Three Malian soldiers were killed.",
    ],
)
def test_one_number_of_people_and_of_a_named_group_is_one_figure(extractor, text):  # type: ignore[no-untyped-def]
    assert len([f for e in run(extractor, text).events for f in e.figures if f.kind == "deaths"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven Kenyan soldiers were killed near Kismayo on Monday. Eight were infantrymen and three were medics.",
         {11, 8, 3}),
        ("Seven people died in the blast near Herat on Monday. Four of them were policemen; the other three were "
         "civilians.", {7, 4, 3}),
        ("Six soldiers were killed near Gao on Monday. The remaining two were officers.", {6, 2}),
    ],
)
def test_parts_named_by_predicates_go_on_after_a_part(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {f[2] for f in figs(run(extractor, text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 17 soldiers who had been badly wounded near Gao on Monday, and left without care for "
        "hours, had succumbed to their injuries.",
        "Seventeen policemen who were injured in the blast near Mosul on Monday died of their wounds in hospital.",
    ],
)
def test_the_hurt_who_died_later_are_dead(extractor, text):  # type: ignore[no-untyped-def]
    assert {f[:3] for f in figs(run(extractor, text))} == {("deaths", "exactly", 17)}


def test_the_hurt_who_live_stay_hurt(extractor):
    ex = run(extractor, "Three soldiers who were injured near Gao on Monday are in stable condition.")
    assert {f[:3] for f in figs(ex)} == {("injuries", "exactly", 3)}


@pytest.mark.parametrize(
    "text",
    [
        "Six soldiers were killed in a clash near Tawang on Monday, the first time soldiers have died on the "
        "frontier since 1987.",
        "Six soldiers were killed near Gao on Monday, the first time that troops had been killed in the region "
        "since the operation began.",
    ],
)
def test_the_first_time_soldiers_died_since_keeps_the_figure(extractor, text):  # type: ignore[no-untyped-def]
    ex = run(extractor, text)
    assert {f[2] for f in figs(ex)} == {6} and [t.value for t in ex.tolls] == [6]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("PARIS - Two soldiers were killed near Gao in Mali on Monday, the Defence Ministry said.", "FR"),
        ("NEW DELHI, June 3 (Wire) - Three soldiers were killed in a clash in the Tawang valley on Monday, "
         "the Defence Ministry said.", "IN"),
        ("ANKARA - Four soldiers were killed in northern Iraq on Monday, the Ministry of Defence said.", "TR"),
    ],
)
def test_a_bare_ministry_is_the_dateline_capitals(extractor, text, country):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert f.attribution.organisation is not None and f.attribution.organisation.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran a UN camp near Bunia on Monday, killing six peacekeepers. The peacekeepers at the camp "
        "are from Nigeria.",
        "Six soldiers of the mission were killed near Timbuktu on Monday. The soldiers were all Nigerian.",
    ],
)
def test_a_groups_nationality_told_apart_from_its_count(extractor, text):  # type: ignore[no-untyped-def]
    assert {f[2:4] for f in figs(run(extractor, text))} == {(6, "NG")}


def test_blue_helmets_are_soldiers(extractor):
    ex = run(extractor, "At least a dozen blue helmets died when rebels attacked a base near Bunia on Monday.")
    assert {f[:3] + f[4:] for f in figs(ex)} == {("deaths", "at-least", 12, "armed-forces")}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("President Anna Kovac condemned the attack near Gao on Monday. Her office said six soldiers were killed.",
         "Anna Kovac"),
        ("Governor Ivan Petrenko spoke on Monday. His statement said that a missile killed four civilians near "
         "Sumy.", "Ivan Petrenko"),
        ("UN chief Maria Lund spoke to reporters in New York on Monday. Her spokesman said three peacekeepers "
         "were killed near Bunia.", "Maria Lund"),
    ],
)
def test_his_statement_is_the_person_named_before(extractor, text, who):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for e in run(extractor, text).events for f in e.figures} == {who}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An airliner was shot down near Donetsk on Monday. All 120 people on the plane died. At least 80 of the "
         "passengers were Dutch, and 12 were Australian, the airline said.",
         {(120, None), (80, "NL"), (12, "AU")}),
        ("A ferry sank near Mopti on Monday and 60 people died. Some 40 of the passengers were Malians.",
         {(60, None), (40, "ML")}),
    ],
)
def test_partitives_of_the_passengers_by_nationality(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {(f.value, f.nationality) for e in run(extractor, text).events for f in e.figures} >= expected


@pytest.mark.parametrize(
    "text",
    [
        "A transport plane crashed near Gao on Monday. All 40 people on the plane, 34 soldiers and six crew, "
        "were killed.",
        "A bus overturned near Mopti on Monday; all 40 people in the bus, 34 passengers and six crew, are "
        "believed to have died.",
    ],
)
def test_a_comma_breakdown_after_a_place(extractor, text):  # type: ignore[no-untyped-def]
    assert {f[2] for f in figs(run(extractor, text))} == {40, 34, 6}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Nordic Airways said it had lost contact with a jet over the sea on Monday. On Tuesday the airline said "
         "all 80 people on board had been killed.", "Nordic Airways"),
        ("Pacific Star Airlines says 50 passengers died when its plane was shot down near Donetsk on Monday.",
         "Pacific Star Airlines"),
    ],
)
def test_airlines_speak(extractor, text, who):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for e in run(extractor, text).events for f in e.figures} == {who}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops stormed the camp near Kidal on Monday; 29 of the 32 attackers were killed.",
         {("deaths", "exactly", 29)}),
        ("A bus was hit near Gao on Monday. At least 12 of the 40 passengers died.", {("deaths", "at-least", 12)}),
        ("Rebels shelled the base near Mopti on Monday, wounding 15 of its 60 soldiers.",
         {("injuries", "exactly", 15)}),
    ],
)
def test_n_of_the_m_counts_n(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {f[:3] for f in figs(run(extractor, text))} == expected


def test_one_of_the_two_still_counts_one(extractor):
    ex = run(extractor, "One of the two pilots was killed when the jet crashed near Hama on Monday.")
    assert {f[:3] for f in figs(ex)} == {("deaths", "exactly", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said on Monday that two people, a British national and an Algerian, had been killed near Gao.",
         {(2, None), (1, "GB"), (1, "DZ")}),
        ("Police said three men, two Kenyans and a Briton, were shot dead near Mogadishu on Monday.",
         {(3, None), (2, "KE"), (1, "GB")}),
    ],
)
def test_an_apposition_naming_each_of_the_dead(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {(f.value, f.nationality) for e in run(extractor, text).events for f in e.figures} == expected


def test_an_apposition_that_does_not_add_up_gives_no_parts(extractor):
    ex = run(extractor, "Two civilians, a woman and her son, also died in the shelling of Kherson on Monday.")
    assert {f[2] for f in figs(ex)} == {2}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen said 34 hostages and 15 of their own men had been killed near Gao on Monday.",
        "The army said that 34 hostages were killed in the raid near Kidal on Monday.",
    ],
)
def test_hostages_are_civilians(extractor, text):  # type: ignore[no-untyped-def]
    assert ("deaths", "exactly", 34, "civilian") in {f[:3] + f[4:] for f in figs(run(extractor, text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty soldiers and seven Afghan commandos were killed near Kabul on Saturday.", {20, 7}),
        ("Thirty-one U.S. troops and four Iraqi policemen died when their convoy was hit near Mosul on Monday.",
         {31, 4}),
        ("Two soldiers and an Afghan were killed near Kabul on Saturday.", {2, 1}),
    ],
)
def test_a_demonym_before_a_noun_in_a_coordination_is_an_adjective(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {f[2] for f in figs(run(extractor, text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ten soldiers were killed near Gao on Monday. The dead were reservists, most of them from the north, "
        "a defence ministry official said.",
        "Ten soldiers were killed near Gao on Monday. Among the dead were two officers, a military spokesman "
        "told reporters.",
    ],
)
def test_a_singular_speaker_is_no_casualty(extractor, text):  # type: ignore[no-untyped-def]
    assert 1 not in {f[2] for f in figs(run(extractor, text))}


@pytest.mark.parametrize(
    "text",
    [
        "The army has identified three of the four soldiers killed in the ambush near Gao on Monday.",
        "Relatives buried two of the four soldiers killed on Monday near Kidal.",
    ],
)
def test_a_part_named_by_another_verb_leaves_the_whole(extractor, text):  # type: ignore[no-untyped-def]
    assert {f[2] for f in figs(run(extractor, text))} == {4}


def test_people_believed_to_have_died_without_a_verb_is_no_figure(extractor):
    ex = run(extractor, "Fighting near Gao on Monday killed four soldiers. The war has left some 9,000 people "
             "believed to have died in camps.")
    assert {f[2] for f in figs(ex)} == {4}


def test_the_dead_are_believed_to_have_died(extractor):
    ex = run(extractor, "A ferry sank near Mopti on Monday. All 40 people on board are believed to have died.")
    assert {f[:3] for f in figs(ex)} == {("deaths", "exactly", 40)}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Prime Minister Ali Sellal spoke on Monday. Sellal told a news conference that 37 workers had been "
         "killed near Gao.", "Ali Sellal"),
        ("On Monday Defence Minister Anna Lind visited the base near Gao. Lind said four soldiers were killed "
         "there on Sunday.", "Anna Lind"),
    ],
)
def test_a_surname_speaks_for_the_titled_full_name_before(extractor, text, who):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for e in run(extractor, text).events for f in e.figures} == {who}


@pytest.mark.parametrize(
    "text",
    [
        "Malian officials were speaking of at least 54 dead near Mopti on Sunday.",
        "By Sunday, Malian officials were speaking of at least 54 people killed near Mopti.",
    ],
)
def test_speaking_of_is_speech(extractor, text):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for e in run(extractor, text).events for f in e.figures} == {"Government (Mali)"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The kidnappers, speaking through a news agency, claimed that 34 hostages had been killed near Gao on "
         "Monday.", "the kidnappers"),
        ("The convoy's organisers say that nine civilians were killed when troops opened fire near Rafah on "
         "Monday.", "The convoy's organisers"),
    ],
)
def test_kidnappers_and_organisers_speak(extractor, text, who):  # type: ignore[no-untyped-def]
    labels = {f.attribution.label.lower() for e in run(extractor, text).events for f in e.figures}
    assert labels == {who.lower()}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ISLAMABAD - A truck bomb exploded outside a hotel on Saturday, killing at least 53 people, the "
         "government said.", "PK"),
        ("A car bomb killed nine people in Kandahar, Afghanistan, on Monday, the government said.", "AF"),
    ],
)
def test_the_government_is_the_storys_countrys(extractor, text, country):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert f.attribution.organisation is not None and f.attribution.organisation.key == f"{country.lower()}-government"


def test_the_service_is_the_service_named_before(extractor):
    ex = run(extractor, "A missile hit the centre of Sumy on Sunday, Ukraine's State Emergency Service said. "
             "According to the service, 40 people were injured.")
    assert {f.attribution.organisation.key for e in ex.events for f in e.figures if f.attribution.organisation} == {
        "ua-emergencies-ministry"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("India said at the time that 20 of its soldiers were killed near Ladakh.", "in-government"),
        ("Ukraine says four civilians were killed in Kharkiv on Monday.", "ua-government"),
        ("Mali at first said two soldiers had died near Gao on Monday.", "ml-government"),
    ],
)
def test_a_country_that_speaks_is_its_government(extractor, text, key):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert f.attribution.organisation is not None and f.attribution.organisation.key == key


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("The Ukrainian border guards held the island for a day. Russian warships shelled it on Thursday near "
         "Odesa. Officials said all 13 border guards had been killed.", "UA"),
        ("Nigerian special forces led the assault on the camp near Kidal. French jets and Malian troops followed. "
         "On Monday officials said three special forces had died.", "NG"),
    ],
)
def test_the_same_group_named_before_gives_its_nationality(extractor, text, nat):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert f.nationality == nat


@pytest.mark.parametrize(
    "text",
    [
        "Two French soldiers were killed near Gao on Monday, the French armed forces ministry said.",
        "Two French soldiers died near Menaka on Monday, according to France's Ministry of the Armed Forces.",
    ],
)
def test_an_armed_forces_ministry_is_a_defence_ministry(extractor, text):  # type: ignore[no-untyped-def]
    (f,) = [f for e in run(extractor, text).events for f in e.figures]
    assert f.attribution.organisation is not None and f.attribution.organisation.key == "fr-ministry-of-defence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb killed 20 soldiers near Gao on Monday, including the commanding officer of the battalion.",
         {(20, None), (1, None)}),
        ("A truck bomb killed at least 53 people in Islamabad on Saturday, including the Czech ambassador, "
         "Ivo Novak.", {(53, None), (1, "CZ")}),
    ],
)
def test_including_the_one_of_a_singular_role(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {(f.value, f.nationality) for e in run(extractor, text).events for f in e.figures} == expected


def test_including_the_group_told_before_is_no_new_figure(extractor):
    ex = run(extractor, "A Su-24 crashed near Hama on Monday; both pilots were killed. The crash killed three "
             "people, including the two pilots.")
    assert 1 not in {f[2] for f in figs(ex)}


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers died near Gao on Monday, Mali's Defence Ministry said. In its first statement on Monday "
        "morning the ministry had spoken of two soldiers killed.",
        "Four soldiers died near Gao on Monday, Mali's Defence Ministry said. In an earlier update the ministry "
        "had said two soldiers were killed.",
    ],
)
def test_in_its_statement_the_ministry_speaks(extractor, text):  # type: ignore[no-untyped-def]
    labels = {f.attribution.label for e in run(extractor, text).events for f in e.figures if f.value == 2}
    assert labels == {"Ministry of Defence (Mali)"}


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("A young Army nurse from Texas has been named as the American soldier killed when rockets hit a base "
         "near Baghdad on Monday.", "US"),
        ("A Navy medic from Kent was identified as the British sailor killed in the strike near Aden on Monday.",
         "GB"),
    ],
)
def test_named_as_the_group_killed_gives_its_nationality(extractor, text, nat):  # type: ignore[no-untyped-def]
    assert {(f[2], f[3]) for f in figs(run(extractor, text))} == {(1, nat)}


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Army commandos raided an ELN camp near Cucuta on Saturday.\n\nThe commander and several other guerrillas "
         "were killed, the ministry said.", "CO"),
        ("Troops attacked a Tamil Tigers base near Jaffna on Monday, the army said.\n\nTwo leaders and four other "
         "rebels were killed.", "LK"),
    ],
)
def test_others_of_the_one_armed_group_named_before(extractor, text, nat):  # type: ignore[no-untyped-def]
    assert nat in {f[3] for f in figs(run(extractor, text)) if f[4] == "militia"}


def test_civilians_take_the_country_of_a_named_place(extractor):
    ex = run(extractor, "A missile hit the market in Kharkiv on Monday, killing nine civilians.")
    assert {f[3] for f in figs(ex)} == {"UA"}


def test_a_country_alone_as_the_place_gives_civilians_no_nationality(extractor):
    ex = run(extractor, "Commandos stormed a ship in international waters on Monday; nine civilians were killed, "
             "and the wounded were taken to hospitals in Israel.")
    assert {f[3] for f in figs(ex) if f[4] == "civilian"} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officer is a subset of the total; the soldiers are the rest of his force, no subset of their own
        ("The army said that an officer and two soldiers had been killed near Ladakh on Monday.", {1, 3}),
        ("A captain and three soldiers died when their vehicle hit a mine near Gao on Monday.", {1, 4}),
        ("A Briton and two Americans were killed near Kabul on Monday.", {1, 2}),
    ],
)
def test_one_and_n_of_one_army_make_a_total(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert {f[2] for f in figs(run(extractor, text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ali Sellal spoke on Monday.\n\n*Tuesday.* Sellal told a news conference that 37 workers "
        "had been killed near Gao.",
        "Prime Minister Ali Sellal spoke on Monday.\n\n**Update.** Sellal said 37 workers had been killed near Gao.",
    ],
)
def test_a_heading_in_emphasis_before_the_speaker(extractor, text):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for e in run(extractor, text).events for f in e.figures} == {"Ali Sellal"}


def test_two_groups_of_one_list_with_one_number(extractor):
    ex = run(extractor, "Thirteen soldiers died near Gao on Monday. The dead were six officers, six sergeants and a "
             "corporal, the ministry said.")
    sixes = [f.span.text for e in ex.events for f in e.figures if f.value == 6]
    assert sorted(sixes) == ["six officers", "six sergeants"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A shell hit a bus near Kherson on Monday. Four passengers were wounded, the regional military "
         "administration said in a statement.", "the regional military administration"),
        ("Twelve people were killed near Mosul on Monday, the provincial administration said.",
         "the provincial administration"),
    ],
)
def test_an_administration_speaks(extractor, text, who):  # type: ignore[no-untyped-def]
    assert {f.attribution.label for e in run(extractor, text).events for f in e.figures} == {who}


# ------------------------------------------------------------------ places worldwide (round 2)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A police helicopter crashed on Monday near Cali, killing three officers.", "CO"),
        ("Gunmen ambushed a patrol on Monday outside Guayaquil, killing two soldiers.", "EC"),
        ("Two soldiers were killed on Monday when a bomb exploded in Tijuana.", "MX"),
    ],
)
def test_cities_of_countries_without_curated_nationality_words_are_places(extractor, text, country):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.country == country and ev.place.kind == "settlement"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Three soldiers were killed on Monday by a roadside bomb near Ramadi.", "Ramadi"),
        ("A car bomb killed four policemen on Monday in Fallujah.", "Fallujah"),
    ],
)
def test_arabic_town_known_without_its_article(extractor, text, town):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.country == "IQ" and ev.place_span is not None and ev.place_span.text == town


@pytest.mark.parametrize(
    "text",
    [
        "Nine soldiers were killed on Monday in a clash in the Kestrel Valley. The rival government "
        "called on Nairobi not to escalate.",
        "Nine soldiers were killed on Monday in a clash in the Kestrel Valley. Nairobi gave no figures "
        "for its own losses.",
        "Nine soldiers were killed on Monday in a clash in the Kestrel Valley. Nairobi has demanded an "
        "inquiry into the killings.",
    ],
)
def test_a_capital_standing_for_its_government_is_not_the_place(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.name == "Kestrel Valley"


def test_a_capital_after_a_locative_is_the_city(extractor):
    (ev,) = run(extractor, "A car bomb killed six people on Monday in Nairobi, police said.").events
    assert ev.place.name == "Nairobi"


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed on Monday when a bomb hit their patrol near Hilla, the U.S. military said.",
        "Two soldiers were killed on Monday when a bomb hit their patrol near Hilla, U.S. officials said.",
    ],
)
def test_a_country_name_as_its_forces_adjective_is_no_place(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.country == "IQ" and ev.place.kind == "settlement"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a convoy on Monday near Kibali. Three guards were wounded and flown to hospitals in Nairobi.",
        "Gunmen ambushed a convoy on Monday near Kibali. One guard was wounded and died of his wounds at the "
        "district hospital in Nairobi.",
    ],
)
def test_where_the_wounded_are_treated_is_not_the_place(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.name == "Kibali"


@pytest.mark.parametrize("heading", ["UPDATE 2, 14:20 (Nairobi)", "FIRST POST, 3 MAY, 09:10 (Nairobi)"])
def test_a_live_blog_headings_dateline_is_only_a_fallback(extractor, heading):  # type: ignore[no-untyped-def]
    text = f"{heading}\n\nFour soldiers were killed in an attack on their base at Kibali overnight."
    (ev,) = run(extractor, text).events
    assert ev.place.name == "Kibali"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The helicopter went down on Monday in the Korvan valley of Dashti district, killing 12 soldiers.",
         "Korvan valley"),
        ("Troops were ambushed on Monday in the Sarek mountains of Norra province; four were killed.",
         "Sarek mountains"),
    ],
)
def test_a_land_feature_is_narrower_than_its_district(extractor, text, name):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.name == name


@pytest.mark.parametrize("head", ["department", "territory", "municipality", "prefecture"])
def test_more_administrative_heads_name_a_place(extractor, head):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, f"Four soldiers were killed on Monday in an ambush in the {head} of Vardenco.").events
    assert ev.place.name == "Vardenco"


@pytest.mark.parametrize(
    "text",
    [
        "A transport helicopter crashed on Monday near Kibali, killing 11 soldiers. Officials said "
        "insurgents had shot it down with a rocket.",
        "An army helicopter went down on Monday near Kibali. The crash killed all nine on board. The "
        "rebels said they shot down the aircraft.",
        "A cargo plane came down on Monday near Kibali after it was hit by a rocket-propelled grenade, "
        "officials said. The crash site was sealed off.",
    ],
)
def test_a_crash_told_with_a_shoot_down_is_the_shoot_down(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert ev.type == "shoot-down"


def test_a_crash_with_an_accident_cue_stays_a_crash(extractor):
    ev = run(
        extractor,
        "An army helicopter crashed on Monday near Kibali, killing nine. The army said it had not been "
        "shot down and blamed a technical fault.",
    ).events[0]
    assert ev.type == "aircraft-crash"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a cement works near Kibali on Monday and seized dozens of hostages. Troops attacked "
        "the site on Wednesday; four hostages and six gunmen were killed in the assault.",
        "The hostage crisis at a hotel in Kibali ended on Monday when police stormed the building after an "
        "exchange of fire; the kidnappers had held 30 guests.",
        "Militants stormed a hotel in Kibali on Monday, taking guests hostage. Police ended the siege on "
        "Tuesday; 21 people died.",
    ],
)
def test_a_hostage_taking_is_one_other_event(extractor, text):  # type: ignore[no-untyped-def]
    evs = run(extractor, text).events
    assert [e.type for e in evs] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked an aid agency convoy near Kibali on Monday, killing two drivers, officials said. "
        "Soldiers exchanged fire with the attackers.",
        "Militants ambushed a bus carrying workers to a mine near Kibali on Monday, killing seven. Police "
        "returned fire.",
        "Two staff were killed on Monday in an ambush on a Red Cross convoy near Kibali.",
    ],
)
def test_an_ambush_on_civilians_vehicles_is_an_attack_not_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ambushed an army patrol near Kibali on Monday, killing four soldiers.",
        "Insurgents ambushed a military convoy near Kibali on Monday, killing four soldiers.",
    ],
)
def test_an_ambush_on_troops_stays_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.type == "armed-clash"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide attacker drove a truck packed with explosives into the gate of a police station in Kibali "
        "on Monday, killing 14.",
        "Fourteen people were killed on Monday when a suicide car bomb exploded outside a police station in Kibali.",
        "A bomber blew himself up in an explosives-laden van at a checkpoint in Kibali on Monday, killing 14.",
    ],
)
def test_a_vehicle_bomb_driven_by_a_suicide_attacker_is_a_suicide_bombing(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.type == "suicide-bombing"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army base near Kibali. The fighting began late on Monday and went on for hours.",
        "An assault on the town of Kibali began on Monday night; six soldiers were killed.",
    ],
)
def test_an_incident_that_began_on_a_day_is_dated_that_day(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.date == date(2019, 6, 10)


def test_a_period_that_began_stays_a_period():
    (m,) = find_dates("The offensive that began in 2014 has cost thousands of lives.", date(2019, 6, 12))
    assert m.after_since


@pytest.mark.parametrize(
    "text",
    [
        "The army acknowledged for the first time on Friday that its men died in last year's fighting near "
        "Kibali, naming three soldiers killed in the clash on 3 October.",
        "The ministry on Friday named the two pilots who were killed in the crash on 3 October near Kibali.",
    ],
)
def test_dead_named_months_later_keep_the_incidents_day(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text, date(2019, 2, 15)).events[0]
    assert ev.date == date(2018, 10, 3)


def test_dead_named_weeks_later_keep_the_incidents_day(extractor):
    text = "The ministry on Thursday named the 11 miners who died in the explosion at the Kibali mine on 4 May."
    assert run(extractor, text).events[0].date == date(2019, 5, 4)


# ------------------------------------------------------------------ persons (round 2)


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        ("Among the dead was Col. B. Arun Rao, the battalion's commander, officials said.", "B. Arun Rao", "Colonel"),
        ("Maj. K. Okafor was wounded on Monday in the ambush near Kibali.", "K. Okafor", "Major"),
        ("Capt. A. B. Mensah was killed on Monday when the convoy was ambushed.", "A. B. Mensah", "Captain"),
    ],
)
def test_initials_between_rank_and_name(extractor, text, name, rank):  # type: ignore[no-untyped-def]
    ps = [p for e in run(extractor, text).events for p in e.persons]
    assert [(p.name, p.rank.labels[0] if p.rank else None) for p in ps] == [(name, rank)]


@pytest.mark.parametrize(
    "text",
    [
        "The army on Friday named three men killed in the ambush near Kibali last month. Tomas Verhoek, "
        "a platoon leader, was awarded a medal. Ivo Marden and Pieter Saal received citations.",
        "Police identified the three workers who died in the blast at Kibali: Anton Rusk, Milo Feder and "
        "Ola Brandt. Their families were informed on Thursday.",
    ],
)
def test_names_listed_after_a_lead_naming_the_dead_take_its_fate(extractor, text):  # type: ignore[no-untyped-def]
    ps = {p.name: p.fate for e in run(extractor, text).events for p in e.persons}
    assert len(ps) == 3 and set(ps.values()) == {"killed"}


def test_more_names_than_the_lead_counts_are_not_its_list(extractor):
    ps = [
        p
        for e in run(
            extractor,
            "The army named two soldiers killed in the ambush near Kibali. Jan Ostrow, Piet Lund, Karl "
            "Imre and Ivo Marden attended the funeral.",
        ).events
        for p in e.persons
    ]
    assert ps == []


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Monday that Comandante Lobo, whose real name is Julián Ortega Vega, was killed in an "
        "air strike on his camp near Kibali. Lobo had led the group for a decade.",
        "Julián Ortega Vega, better known as Lobo, was killed on Monday in an air strike on his camp near "
        "Kibali, the army said. Lobo had led the group for a decade; Lobo's deputy escaped.",
    ],
)
def test_a_person_with_two_names_is_named_as_the_article_names_him(extractor, text):  # type: ignore[no-untyped-def]
    ps = [(p.name, p.fate) for e in run(extractor, text).events for p in e.persons]
    assert len(ps) == 1 and ps[0][0].split()[-1] == "Lobo" and ps[0][1] == "killed"


def test_an_accented_capital_starts_a_name_word(extractor):
    ex = run(extractor, "Sgt. Élodie Marchal was killed on Monday near Kibali.")
    ps = [p.name for e in ex.events for p in e.persons]
    assert ps == ["Élodie Marchal"]


@pytest.mark.parametrize(
    "text",
    [
        "Eleven policemen were killed on Monday when a bomb hit their post near Kibali. Nine of them were "
        "recruits, among them Sgt. Tomas Verhoek. The other two were civilians: the cook Ivo Marden, who had "
        "worked there for years, and Pieter Saal, who drove the supply van.",
        "Eleven people died on Monday when a bomb hit a police post near Kibali. The dead included Sgt. Tomas "
        "Verhoek, the post's commander, and two civilians, the cook Ivo Marden and Pieter Saal, a driver.",
    ],
)
def test_names_in_sentences_going_on_about_the_dead_are_of_them(extractor, text):  # type: ignore[no-untyped-def]
    ps = {p.name.split()[-1]: p.fate for e in run(extractor, text).events for p in e.persons}
    assert ps == {"Verhoek": "killed", "Marden": "killed", "Saal": "killed"}


def test_a_name_after_the_dead_with_a_fate_of_its_own_keeps_it(extractor):
    ps = {
        p.name: p.fate
        for e in run(
            extractor,
            "Eleven policemen were killed on Monday when a bomb hit their post near Kibali. Two of them were "
            "recruits; Sgt. Tomas Verhoek survived.",
        ).events
        for p in e.persons
    }
    assert ps == {"Tomas Verhoek": "survived"}


@pytest.mark.parametrize(
    "text",
    [
        "Six soldiers were killed on Monday when rebels ambushed their convoy near the village of Kibali. The "
        "dead were conscripts, most of them from the town of Nairobi.",
        "Six soldiers were killed on Monday when rebels ambushed their convoy near the village of Kibali. All "
        "were natives of Nairobi.",
        "Six soldiers were killed on Monday when rebels ambushed their convoy near the village of Kibali. "
        "Crowds in Nairobi angered by the deaths attacked shops overnight.",
    ],
)
def test_home_towns_and_reactions_elsewhere_are_not_the_place(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert ev.place.name == "Kibali"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marines who boarded the cargo ship Sea Lark on Monday were attacked by the crew; two were wounded.",
         "Sea Lark"),
        ("Two sailors were killed on Monday on board the tanker MV Nordic Star, the navy said.", "Nordic Star"),
    ],
)
def test_a_ship_where_it_happened_is_the_place(extractor, text, name):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert ev.place.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on three boats on Monday near Kibali, wounding two sailors. The boats were "
        "escorted to the port of Nairobi.",
        "Six soldiers were killed on Monday in an ambush close to the village of Kibali, the army said in Nairobi.",
    ],
)
def test_where_vessels_are_taken_is_not_the_place_but_close_to_is(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert ev.place.name == "Kibali"


def test_the_bomb_of_an_air_strike_already_told_is_no_new_incident(extractor):
    evs = run(
        extractor,
        "An Israeli air strike killed 12 people in a house in Kibali on Monday. The bomb hit the house shortly "
        "after midnight, when the families were asleep.",
    ).events
    assert [e.type for e in evs] == ["airstrike"]


@pytest.mark.parametrize("cue", ["the same day", "on the same day"])
def test_a_separate_bombing_the_same_day_outside_the_town_told(extractor, cue):  # type: ignore[no-untyped-def]
    evs = run(
        extractor,
        "Gunmen ambushed a police patrol in Kibali on Monday, killing four officers. Three soldiers were killed "
        f"by a roadside bomb outside the town {cue}.",
    ).events
    assert [(e.type, e.place.name) for e in evs] == [("armed-clash", "Kibali"), ("roadside-bomb", "Kibali")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed two cars carrying foreign civilians in Kibali on Monday, killing four private security "
        "contractors.",
        "Militants ambushed a bus carrying workers near Kibali on Monday; two armed guards escorting it were killed.",
    ],
)
def test_an_ambush_on_armed_guards_stays_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.type == "armed-clash"


@pytest.mark.parametrize(
    ("text", "nat"),
    [
        ("Lt. Ivo Marden was killed on Monday in an ambush near Kibali.", None),
        ("Italian troops were ambushed near Kibali on Monday. Lt. Ivo Marden was killed.", "IT"),
    ],
)
def test_a_rank_many_armies_share_does_not_make_a_nationality(extractor, text, nat):  # type: ignore[no-untyped-def]
    ps = [p for e in run(extractor, text).events for p in e.persons]
    assert [(p.name, p.nationality) for p in ps] == [("Ivo Marden", nat)]


def test_names_after_a_lead_take_only_a_nationality_it_tells(extractor):
    ex = run(
        extractor,
        "Ruritania on Friday named three soldiers killed in the clash with Elbonian troops near Kibali. Ivo "
        "Marden, Piet Lund and Karl Imre were given medals.",
    )
    assert {p.nationality for e in ex.events for p in e.persons} == {None}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a base near Kibali on Saturday; three soldiers died, among them Capt. Musa Bello.",
        "Rebels attacked a base near Kibali on Saturday; Sergeant Ana Lima was among the dead.",
    ],
)
def test_a_surname_after_a_rank_is_no_town(extractor, text):  # type: ignore[no-untyped-def]
    ev = run(extractor, text).events[0]
    assert ev.place.name == "Kibali"


def test_a_surname_that_is_a_city_of_a_country_without_curated_words_needs_a_locative(extractor):
    ev = run(
        extractor,
        "Maria Santos, 34, was killed on Monday when gunmen ambushed a police patrol near the village of Kibali.",
    ).events[0]
    assert ev.place.name == "Kibali"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A car bomb killed four policemen on Monday in Bogota, officials said.", "CO"),
        ("Two soldiers were killed on Monday when a bomb exploded near Kandahar.", "AF"),
    ],
)
def test_a_town_written_without_its_diacritics_is_known(extractor, text, country):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.place.country == country and ev.place.kind == "settlement"


def test_a_region_after_a_comma_locates_the_place_before(extractor):
    (ev,) = run(
        extractor,
        "Nine police officers were killed on Monday when rebels attacked their post in the rural area of "
        "Vardenco, in Norra department.",
    ).events
    assert ev.place.name == "Vardenco"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In a statement on Tuesday, the army said three soldiers were killed the previous day by a roadside bomb "
         "near Kibali.", date(2019, 6, 10)),
        ("The army said on Tuesday that two soldiers were killed a day earlier when rebels attacked their outpost "
         "near Kibali.", date(2019, 6, 10)),
        ("A soldier was shot on Friday near Kibali and died of his wounds the next day.", date(2019, 6, 7)),
    ],
)
def test_a_day_told_from_another_day(extractor, text, day):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].date == day


def test_days_after_an_event_are_no_date():
    ds = find_dates("The bodies were found on 3 May, two days after the attack.", date(2019, 6, 12))
    assert [d.text for d in ds] == ["3 May"]


def test_an_airline_named_after_a_country_speaks_for_itself(extractor):
    ex = run(
        extractor,
        "A passenger jet crashed on Monday near Kibali. There were no survivors. Kenya Airways says the "
        "aircraft was carrying 80 passengers.",
    )
    labels = {f.attribution.label for e in ex.events for f in e.figures}
    assert "Kenya Airways" in labels


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi, Kenya (Wire) - Fourteen soldiers were killed in an attack on their base at Kibali overnight.",
        "By our correspondent in Nairobi\n\nSix soldiers were killed on Tuesday when their truck hit a mine near "
        "Kibali.",
    ],
)
def test_a_title_case_dateline_or_a_byline_is_only_a_fallback(extractor, text):  # type: ignore[no-untyped-def]
    assert run(extractor, text).events[0].place.name == "Kibali"


def test_a_dateline_town_alone_is_still_the_place(extractor):
    text = "Nairobi, Kenya (Wire) - A bomb exploded at a bus station on Friday, killing 12 people."
    ev = run(extractor, text).events[0]
    assert ev.place.name == "Nairobi"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The rebel commander known as Abu Hamza was killed in a drone strike near Kibali on Monday.", ["Abu Hamza"]),
        ("A guerrilla leader known by the nom de guerre Comandante Lobo was killed on Monday in a raid near Kibali.",
         ["Comandante Lobo"]),
        ("Ana Varga, the aid worker known as Mother Ana, was killed on Monday in a crash near Kibali.", ["Ana Varga"]),
    ],
)
def test_a_nom_de_guerre_told_alone_names_the_person(extractor, text, names):  # type: ignore[no-untyped-def]
    assert [p.name for e in run(extractor, text).events for p in e.persons] == names


def test_a_claimed_shoot_down_against_an_official_accident_stays_a_crash(extractor):
    ev = run(
        extractor,
        "An army transport plane crashed shortly after take-off on Monday near Kibali, killing 20. Rebels "
        "claimed they had shot it down, but the military blamed a technical failure.",
    ).events[0]
    assert ev.type == "aircraft-crash"


def test_a_claimed_shoot_down_with_no_accident_cue_is_a_shoot_down(extractor):
    ev = run(
        extractor,
        "Rebels claimed they had shot down an army helicopter near Kibali on Monday; the army confirmed the "
        "loss of the aircraft and its crew of four.",
    ).events[0]
    assert ev.type == "shoot-down"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on worshippers at a mosque in Kibali on Monday, killing 30 people.",
        "Militants attacked villagers in Kibali on Monday, killing 14 people before fleeing.",
    ],
)
def test_gunmen_firing_on_people_gathered_is_an_attack(extractor, text):  # type: ignore[no-untyped-def]
    (ev,) = run(extractor, text).events
    assert ev.type == "other"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The army on Friday named the three soldiers killed in the 3 October ambush near Kibali.", date(2018, 10, 3)),
        ("Three months after the October 3 ambush near Kibali, the army on Friday named the three soldiers killed.",
         date(2018, 10, 3)),
        ("Three soldiers were killed on Friday near Kibali, months after the October 3 ambush there.",
         date(2019, 2, 15)),
    ],
)
def test_a_date_before_an_incident_noun_is_the_incidents(extractor, text, day):  # type: ignore[no-untyped-def]
    assert run(extractor, text, date(2019, 2, 15)).events[0].date == day


@pytest.mark.parametrize(
    "text",
    [
        "The government said on Monday that rebel commander Ivo Marden was killed in a raid near Kibali.",
        "Regime forces said on Monday that Ivo Marden, 40, was killed in a raid near Kibali.",
    ],
)
def test_a_generic_government_word_gives_a_person_no_nationality(extractor, text):  # type: ignore[no-untyped-def]
    ps = [p for e in run(extractor, text).events for p in e.persons]
    assert ps and all(p.nationality is None for p in ps)
