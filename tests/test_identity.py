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
        ("b.md", "2019-01-17", "Two U.S. soldiers were among the dead in a suicide bombing in the town of Manbij yesterday."),
    )
    assert len(got) == 1 and len(got[0].reports) == 2


def test_more_precise_report_gives_the_event_its_facts(tmp_path):
    got = incidents(
        tmp_path,
        ("vague.md", "2020-08-24", "A roadside bomb killed three Russian soldiers in Deir ez-Zor province last week."),
        ("exact.md", "2020-08-19", "A roadside bomb killed three Russian soldiers near the At-Taim oilfield on Tuesday."),
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
        ("b.md", "2017-09-25", "Russian Lt. Gen. Valery Asapov died in Syria on Saturday after an attack, officials said."),
    )
    assert len(got) == 1
