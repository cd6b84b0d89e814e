from __future__ import annotations

from datetime import date

import pytest

from kgbuild.dates import find_dates

WED = date(2020, 8, 19)


@pytest.mark.parametrize(
    "text,published,earliest,latest,precision",
    [
        ("The blast occurred on Tuesday.", WED, "2020-08-18", "2020-08-18", "day"),
        ("It happened on Wednesday.", WED, "2020-08-19", "2020-08-19", "day"),
        ("late on Monday", WED, "2020-08-17", "2020-08-17", "day"),
        ("It crashed yesterday.", WED, "2020-08-18", "2020-08-18", "day"),
        ("They died last week.", WED, "2020-08-10", "2020-08-16", "week"),
        ("earlier this month", WED, "2020-08-01", "2020-08-19", "month"),
        ("On August 18, 2020, a bomb", WED, "2020-08-18", "2020-08-18", "day"),
        ("on 18 August a bomb", WED, "2020-08-18", "2020-08-18", "day"),
        ("on Aug. 18 a bomb", WED, "2020-08-18", "2020-08-18", "day"),
        ("on Dec. 25 a plane", date(2021, 1, 3), "2020-12-25", "2020-12-25", "day"),
        ("in March 2019", WED, "2019-03-01", "2019-03-31", "month"),
    ],
)
def test_resolution(text, published, earliest, latest, precision):
    m = find_dates(text, published)[0]
    assert (m.earliest.isoformat(), m.latest.isoformat(), m.precision) == (earliest, latest, precision)


def test_since_marks_period_start():
    ms = find_dates("deaths of more than 120 troops since Moscow's intervention in September 2015", WED)
    assert ms[0].after_since and ms[0].precision == "month"


def test_may_as_verb_is_not_a_date():
    assert find_dates("the toll may 5 times higher", WED) == []
