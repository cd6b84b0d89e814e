"""Casualty figures, round 10: sentences invented for the test in several outlets' styles (none taken from
the example corpus), each rule with near-misses that must not fire.

Rules:
* a city name shared by cities of several countries ("Colombo" in Sri Lanka and in Brazil, "London" in
  England and in Canada) is the largest of them where the text names neither country, so that the dead and
  hurt of an incident there take the right country; a country the text names still decides;
* a toll told as a bare number ("the death toll had reached 44", "put the number of dead at 34", "gave a toll
  of 14") is a count of people of no kind, as "N people" is: it takes the incident's country on the same
  terms (not for those on board an airliner, nor for migrants, refugees or tourists); a group said to be
  mostly some people ("the 14 killed were mostly ...") is mixed and takes none;
* people counted after "listed", "named" or "identified" and placed among the dead or hurt ("Police listed 19
  gendarmes and a child among the dead") are a count, though "named one of the dead as X" stays a person
  named from those counted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

D, INJ = "deaths", "injuries"


def _extract(extractor, text: str):  # type: ignore[no-untyped-def]
    from kgbuild.ingest import Article

    return extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))


def _who(extractor, text: str) -> list[tuple[str, int, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.kind, f.value, f.nationality) for e in _extract(extractor, text).events for f in e.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber killed three soldiers at a checkpoint in Colombo on Monday, the military said.",
         (D, 3, "LK")),
        ("Two police officers were wounded in a knife attack in London on Friday, police said.",
         (INJ, 2, "GB")),
        # the country the text names decides
        ("Gunmen shot dead four people at a bar in Colombo, in the south of Brazil, on Monday, police said.",
         (D, 4, "BR")),
        ("Gunmen shot dead four people at a bar in Colombo on Monday, Brazilian police said.",
         (D, 4, "BR")),
        ("A car bomb killed five soldiers in Tripoli, in northern Lebanon, on Sunday, officials said.",
         (D, 5, "LB")),
    ],
)
def test_shared_city_name_is_the_largest_unless_a_country_is_named(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _who(extractor, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A car bomb exploded outside a hotel in Tripoli on Sunday, killing two guards.", "LY"),
        ("A car bomb exploded outside a hotel in Tripoli, Lebanon, on Sunday, killing two guards.", "LB"),
    ],
)
def test_shared_city_name_place(extractor, text, country):  # type: ignore[no-untyped-def]
    assert [e.place.country for e in _extract(extractor, text).events] == [country]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded near the Interior Ministry in Kabul on Monday. The death toll had reached 44 by "
         "evening, officials said.", (D, 44, "AF")),
        ("A truck bomb destroyed a military hospital in Mozdok on Sunday. Officials put the number of dead at 34.",
         (D, 34, "RU")),
        ("A bomb hit an army bus in Damascus on Wednesday. State television gave a toll of 14.", (D, 14, "SY")),
        ("A shell hit a bus stop in Donetsk on Friday. Rescuers said the number of dead had climbed to 11.",
         (D, 11, "UA")),
        # near-misses: those on board an airliner, migrants
        ("An airliner crashed on approach to Karachi on Friday. The toll had risen to 97, officials said.",
         (D, 97, None)),
        ("A boat carrying migrants capsized off Tripoli on Monday. The coast guard said the toll had risen to 53.",
         (D, 53, None)),
        ("Shells hit a bus station in Luhansk on Monday. The 12 killed were mostly miners and their families, "
         "officials said.", (D, 12, None)),
        ("Shells hit a bus station in Luhansk on Monday. The 12 people killed were mainly pensioners, officials said.",
         (D, 12, None)),
    ],
)
def test_bare_toll_number_takes_the_incident_country(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in _who(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a gendarmerie post near Djibo on Sunday. Police listed 19 gendarmes and a child among "
         "the dead.", (D, 19)),
        ("Rebels shelled a market in Goma on Tuesday. Doctors listed six children and two women among the wounded.",
         (INJ, 6)),
        ("A drone hit a convoy near Marib on Friday. Officials identified four soldiers among those killed.", (D, 4)),
        ("Gunmen attacked a gendarmerie post near Djibo on Sunday. The ministry named 19 gendarmes and one civilian "
         "among the dead.", (D, 19)),
    ],
)
def test_count_listed_among_the_dead(extractor, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [(k, v) for k, v, _n in _who(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a gendarmerie post near Djibo on Sunday, killing 20 people. The ministry named one of the "
        "dead as Sergeant Idrissa Ouedraogo.",
        "A bomb hit a bus near Quetta on Monday, killing nine people. Police identified two of the victims as local "
        "teachers.",
    ],
)
def test_person_named_from_those_counted_is_no_figure(extractor, text):  # type: ignore[no-untyped-def]
    assert len(_who(extractor, text)) == 1
