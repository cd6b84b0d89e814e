"""Casualty figures, round 10: sentences invented for the test in several outlets' styles (none taken from
the example corpus), each rule with near-misses that must not fire.

Rules:
* a city name shared by cities of several countries ("Colombo" in Sri Lanka and in Brazil, "London" in
  England and in Canada) is the largest of them where the text names neither country, so that the dead and
  hurt of an incident there take the right country; a country the text names still decides.
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
