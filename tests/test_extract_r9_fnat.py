"""Who the dead and hurt of a casualty figure are (nationality and affiliation), round 9: sentences invented for
the test in several outlets' styles, wars and decades (none taken from the example corpus), each rule with
near-misses that must not fire.

Rules:
* the other side's people named by what they did to a ship, a plane or a hostage (pirates, hijackers,
  kidnappers) are armed non-state attackers (militia), and take the one nationality the article gives them;
* the nation fought against ("in clashes with Russian forces") is not that of the dead and hurt told after it;
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

D, INJ = "deaths", "injuries"


def _who(extractor, text: str) -> list[tuple[str, int, str | None, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    from kgbuild.ingest import Article

    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [(f.kind, f.value, f.nationality, f.affiliations) for e in ex.events for f in e.figures]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three pirates were killed when the navy stormed the hijacked freighter off Eyl, Somalia, on Monday.",
         (D, 3, None, ("militia",))),
        ("Two hijackers died when commandos stormed the plane at the airport in Karachi on Friday.",
         (D, 2, None, ("militia",))),
        ("Police in Lagos said on Sunday that one of the kidnappers was shot dead as officers freed the hostages.",
         (D, 1, None, ("militia",))),
        # the one nationality the article gives the noun
        ("Somali pirates seized the tanker last week. On Monday three of the pirates were killed when navy "
         "commandos stormed it off Eyl.", (D, 3, "SO", ("militia",))),
    ],
)
def test_pirates_hijackers_kidnappers_are_the_other_side(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = _who(extractor, text)
    assert expected in figs, figs


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the dead are the ship's crew or the hostages, not the attackers named beside them
        ("Two crew members were killed when pirates attacked the tanker off Eyl, Somalia, on Monday.", (D, 2)),
        ("Kidnappers killed two hostages in a forest near Kaduna, Nigeria, police said on Tuesday.", (D, 2)),
        ("Hijackers seized a bus near Kandahar on Friday, and four passengers were shot dead.", (D, 4)),
    ],
)
def test_pirates_hijackers_kidnappers_near_misses(extractor, text, figure):  # type: ignore[no-untyped-def]
    figs = {(k, v): a for k, v, _n, a in _who(extractor, text)}
    assert figure in figs, figs
    assert "militia" not in figs[figure], figs



@pytest.mark.parametrize(
    ("text", "figure", "nat"),
    [
        ("Armenia acknowledged on Friday that its soldiers died in last month's fighting with Azerbaijani troops "
         "near Tovuz, naming six men killed in the clash and a senior officer who was badly hurt.",
         (INJ, 1), "AM"),
        ("Tbilisi said its troops had fought for hours in clashes with Russian forces near Gori on Friday, and that "
         "three servicemen were killed.", (D, 3), "GE"),
        ("New Delhi said on Tuesday its border guards were in a skirmish with Chinese troops near Tawang, and that "
         "a junior officer was seriously injured.", (INJ, 1), "IN"),
        ("Kyiv said on Monday that its marines had held the bridgehead in heavy fighting against Russian troops "
         "near Krynky, and that a company commander was badly wounded.", (INJ, 1), "UA"),
    ],
)
def test_the_opponent_in_a_clash_is_not_the_victims_nation(extractor, text, figure, nat):  # type: ignore[no-untyped-def]
    figs = {(k, v): n for k, v, n, _a in _who(extractor, text)}
    assert figure in figs, figs
    assert figs[figure] == nat, figs


@pytest.mark.parametrize(
    ("text", "figure", "nat"),
    [
        # the group's own nationality, after the clash is told
        ("In clashes with Indian troops in the Galwan Valley, four Chinese soldiers were killed, Beijing said.",
         (D, 4), "CN"),
        # a nation named as the one fought alongside, not against
        ("Two Ukrainian soldiers fighting alongside Polish volunteers were wounded near Bakhmut on Sunday.",
         (INJ, 2), "UA"),
    ],
)
def test_the_opponent_near_misses(extractor, text, figure, nat):  # type: ignore[no-untyped-def]
    figs = {(k, v): n for k, v, n, _a in _who(extractor, text)}
    assert figs.get(figure) == nat, figs
