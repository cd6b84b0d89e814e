"""Event identity across articles (kgbuild/identity.py), on small inline articles."""

from __future__ import annotations

from pathlib import Path

from kgbuild.extract import Extractor
from kgbuild.identity import group_reports
from kgbuild.ingest import read_article


def article(tmp_path: Path, name: str, published: str, body: str):
    p = tmp_path / name
    p.write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return read_article(p)


def incidents(tmp_path, *docs):
    ex = Extractor()
    return group_reports([ex.extract(article(tmp_path, *d)) for d in docs])


def test_same_place_and_day_in_two_outlets_is_one_incident(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2019-01-16", "A suicide bomber killed four Americans in Manbij on Wednesday."),
        (
            "b.md",
            "2019-01-17",
            "Two U.S. soldiers were among the dead in a suicide bombing in the town of Manbij yesterday.",
        ),
    )
    assert len(got) == 1 and len(got[0].reports) == 2


def test_more_precise_report_gives_the_event_its_facts(tmp_path):
    got = incidents(
        tmp_path,
        ("vague.md", "2020-08-24", "A roadside bomb killed three Russian soldiers in Deir ez-Zor province last week."),
        (
            "exact.md",
            "2020-08-19",
            "A roadside bomb killed three Russian soldiers near the At-Taim oilfield on Tuesday.",
        ),
    )
    assert len(got) == 1
    assert got[0].best.event.place.name == "At-Taim oilfield"
    assert str(got[0].iri).endswith("2020-08-18-at-taim-oilfield-roadside-bomb")


def test_different_places_same_day_stay_apart(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2016-08-02", "A Russian helicopter was shot down near Saraqib on Monday, killing all five on board."),
        ("b.md", "2016-08-02", "A roadside bomb killed two Syrian soldiers near Palmyra on Monday."),
    )
    assert len(got) == 2


def test_same_person_links_reports_with_different_places(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2017-09-24", "Lt. Gen. Valery Asapov was killed by shelling near Deir ez-Zor on Saturday."),
        (
            "b.md",
            "2017-09-25",
            "Russian Lt. Gen. Valery Asapov died in Syria on Saturday after an attack, officials said.",
        ),
    )
    assert len(got) == 1


def test_unknown_village_named_by_the_other_report_is_one_incident(tmp_path):
    got = incidents(
        tmp_path,
        (
            "a.md",
            "2021-05-11",
            "A roadside bomb killed three soldiers near the village of Zorivka in Ukraine on Monday.",
        ),
        ("b.md", "2021-05-12", "Three Ukrainian soldiers died on Monday when their truck hit a bomb outside Zorivka."),
    )
    evs = [r.event for inc in got for r in inc.reports]
    assert all(e.place.approximate for e in evs if e.place.name == "Zorivka")
    assert len(got) == 1 and len(got[0].reports) == 2


def test_unknown_village_in_the_other_reports_province_is_one_incident(tmp_path):
    got = incidents(
        tmp_path,
        (
            "a.md",
            "2022-03-08",
            "A roadside bomb killed two soldiers near the village of Zorivka in the Kharkiv region on Monday.",
        ),
        (
            "b.md",
            "2022-03-08",
            "Two Ukrainian soldiers were killed by a roadside bomb in the Kharkiv region on Monday.",
        ),
    )
    assert len(got) == 1


def test_two_unknown_villages_neither_named_by_the_other_stay_apart(tmp_path):
    got = incidents(
        tmp_path,
        (
            "a.md",
            "2021-05-11",
            "A roadside bomb killed three soldiers near the village of Zorivka in Ukraine on Monday.",
        ),
        ("b.md", "2021-05-11", "A roadside bomb killed two soldiers near the village of Hlynske in Ukraine on Monday."),
    )
    assert len(got) == 2


def test_unknown_village_of_one_name_is_one_place_whatever_country_the_context_gives(tmp_path):
    # a village no gazetteer knows takes its country from the article's context: an outlet
    # writing about the American dead may give it the soldiers' country
    from dataclasses import replace

    from kgbuild.identity import Report, places_agree

    ex = Extractor()
    a = ex.extract(article(tmp_path, "a.md", "2017-10-05", "Militants ambushed a patrol near the village "
                           "of Kalbaro in Niger on Wednesday, killing five Nigerien soldiers."))
    b = ex.extract(article(tmp_path, "b.md", "2017-10-06", "Three American soldiers were killed in an "
                           "ambush near Kalbaro on Wednesday, U.S. officials said."))
    ea, eb = a.events[0], b.events[0]
    assert (ea.place.name, ea.place.country) == ("Kalbaro", "NE") and eb.place.name == "Kalbaro"
    eb = replace(eb, place=replace(eb.place, country="US"))
    ra, rb = Report(0, ea, a.article.published, "a.md", ""), Report(1, eb, b.article.published, "b.md", "")
    assert places_agree(ra, rb) and places_agree(rb, ra)
    other = replace(eb, place=replace(eb.place, name="Hlynske", key="hlynske"))
    assert not places_agree(ra, Report(1, other, b.article.published, "b.md", ""))


def test_unknown_villages_of_one_name_on_days_apart_stay_apart(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2017-10-05", "Militants ambushed a patrol near the village of Kalbaro in Niger on Wednesday, "
                               "killing five Nigerien soldiers."),
        ("b.md", "2017-10-20", "Three American soldiers were killed in an ambush near Kalbaro on Thursday, "
                               "U.S. officials said."),
    )
    assert len(got) == 2


def test_a_crash_and_a_shoot_down_of_one_aircraft_are_one_incident(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2016-07-09", "A Syrian army helicopter crashed near Palmyra on Friday, killing its two pilots."),
        ("b.md", "2016-07-10", "Militants said they shot down a helicopter near Palmyra on Friday; both pilots died."),
    )
    assert len(got) == 1


def test_hostile_fire_of_no_definite_type_joins_a_typed_report(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2019-03-05", "Four soldiers were killed in an attack on a checkpoint in Kidal on Monday."),
        (
            "b.md",
            "2019-03-05",
            "Gunmen ambushed a checkpoint in Kidal on Monday and killed four soldiers in a firefight.",
        ),
    )
    types = sorted(r.event.type for inc in got for r in inc.reports)
    assert len(got) == 1, types


def test_evaluation_scores_pairs_of_articles_on_one_incident(tmp_path):
    from kgbuild.evaluate import evaluate

    arts, gold = tmp_path / "articles", tmp_path / "gold"
    arts.mkdir(), gold.mkdir()
    docs = {
        "a": ("2019-01-16", "A suicide bomber killed four Americans in Manbij on Wednesday.", ["b"]),
        "b": ("2019-01-17", "Two U.S. soldiers died in a suicide bombing in the town of Manbij yesterday.", ["a"]),
        "c": ("2019-01-17", "A roadside bomb killed two Syrian soldiers near Palmyra on Wednesday.", ["d"]),
        "d": ("2019-01-18", "Two soldiers were killed in a shelling of Homs on Thursday.", ["c"]),
        "e": ("2016-08-02", "A roadside bomb killed two Syrian soldiers near Palmyra on Wednesday.", []),
    }
    for stem, (published, body, same) in docs.items():
        (arts / f"{stem}.md").write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
        (gold / f"{stem}.yaml").write_text(
            f"article: {stem}.md\nsplit: dev\npublished: {published}\nevents: []\npersons: []\nfigures: []\n"
            f"same_incident_as: {same}\n",
            encoding="utf-8",
        )
    s = evaluate(arts, gold).scores["identity"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)  # a+b found; c+d (gold says one incident) not found


# A person dies once: a victim wounded in one report and dead of wounds in a later one, or dead
# in both, makes one incident across weeks, types and places (kgbuild/identity.py).
WOUNDED = (
    "a.md",
    "2011-03-02",
    "A car bomb exploded outside the governor's office in Kandahar on Tuesday, killing three guards. "
    "The deputy governor, Abdul Karim Nuristani, was seriously wounded, officials said.",
)


def test_wounded_then_dead_of_wounds_is_one_incident(tmp_path):
    later = (
        "b.md",
        "2011-03-12",
        "Abdul Karim Nuristani, the deputy governor of Kandahar, died of his wounds in a hospital in Kabul "
        "on Friday, ten days after a car bomb hit his office, his family said.",
    )
    got = incidents(tmp_path, WOUNDED, later)
    assert len(got) == 1 and len(got[0].reports) == 2
    assert got[0].best.name == "a.md"  # the attack's report, published first, gives the facts


def test_dead_in_both_reports_is_one_incident_whatever_the_type(tmp_path):
    got = incidents(
        tmp_path,
        ("a.md", "2016-05-10", "Colonel Viktor Malenko was killed by sniper fire near Avdiivka on Sunday, "
         "the army said."),
        (
            "b.md",
            "2016-05-20",
            "Col. Viktor Malenko, who was killed by a mine near the front line on May 5, was buried in Kharkiv "
            "on Thursday.",
        ),
    )
    assert len(got) == 1


def test_same_surname_another_person_stays_apart(tmp_path):
    got = incidents(
        tmp_path,
        WOUNDED,
        (
            "b.md",
            "2011-03-12",
            "Ahmad Wali Nuristani, a police commander, died of his wounds in Jalalabad on Friday after an ambush "
            "on his convoy in Nangarhar.",
        ),
    )
    assert len(got) == 2


def test_wounded_twice_or_weeks_apart_stays_apart(tmp_path):
    wounded_again = (
        "b.md",
        "2011-03-12",
        "Abdul Karim Nuristani, the deputy governor of Kandahar, was wounded again on Friday when gunmen "
        "fired on his car in Kabul.",
    )
    assert len(incidents(tmp_path, WOUNDED, wounded_again)) == 2
    months_later = (
        "c.md",
        "2011-05-21",
        "Abdul Karim Nuristani, the deputy governor of Kandahar, died of his wounds in a hospital in Kabul on Friday.",
    )
    assert len(incidents(tmp_path, WOUNDED, months_later)) == 2
