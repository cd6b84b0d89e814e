"""Golden tests: the founding article must come out right (issue 2)."""

from __future__ import annotations

from datetime import date


def figures(ex, kind, nat):
    ev = ex.events[0]
    return sorted((f.value, f.attribution.label) for f in ev.figures if f.kind == kind and f.nationality == nat)


def test_event(seed_extraction):
    (ev,) = seed_extraction.events
    assert ev.type == "roadside-bomb" and ev.hostile
    assert (ev.date, ev.date_precision) == (date(2020, 8, 18), "day")
    assert ev.place.name == "At-Taim oilfield" and ev.place.province == "SY-DY" and ev.place.country == "SY"
    assert ev.place_precision == "near"
    assert ev.near_place.name == "Deir ez-Zor" and ev.distance_km == 15
    assert [o.label for o in ev.suspected] == ["Islamic State"]
    assert ev.claimed_by == [] and ev.no_claim


def test_gladkikh(seed_extraction):
    (p,) = seed_extraction.events[0].persons
    assert p.name == "Vyacheslav Gladkikh"
    assert p.rank.label == "Major General" and p.rank.country == "RU"
    assert (p.nationality, p.affiliation, p.fate) == ("RU", "armed-forces", "died-of-wounds")


def test_russian_injured_by_claimant(seed_extraction):
    got = figures(seed_extraction, "injuries", "RU")
    assert (3, "the article") in got
    assert (3, "Ministry of Defence (Russia)") in got
    assert (2, "Investigative Committee of Russia") in got


def test_pro_assad_deaths_by_claimant(seed_extraction):
    got = figures(seed_extraction, "deaths", "SY")
    assert got == [(6, "the article"), (7, "a pro-opposition military analyst")]
    analyst = [f for f in seed_extraction.events[0].figures if f.value == 7][0]
    assert set(analyst.affiliations) == {"armed-forces", "militia"}


def test_russian_deaths(seed_extraction):
    got = figures(seed_extraction, "deaths", "RU")
    assert (1, "the article") in got and (1, "Ministry of Defence (Russia)") in got


def test_kremlin_toll(seed_extraction):
    (t,) = seed_extraction.tolls
    assert (t.qualifier, t.value, t.low, t.nationality, t.affiliation) == ("more-than", 120, 121, "RU", "armed-forces")
    assert t.since == date(2015, 9, 1) and t.since_precision == "month"
    assert t.as_of == date(2020, 8, 19) and t.attribution.label == "Kremlin"
    assert t.excludes == ("pmc",) and "Wagner" in t.excludes_note
    assert t.scope_country == "SY"


def test_every_span_is_the_text_it_claims(seed_extraction, seed_article):
    ev = seed_extraction.events[0]
    spans = [f.span for f in ev.figures] + [t.span for t in seed_extraction.tolls]
    spans += [ev.type_span, ev.date_span, ev.place_span] + [s for p in ev.persons for s in p.spans]
    for s in spans:
        assert seed_article.text[s.start:s.end] == s.text
