"""Who the dead and hurt of a casualty figure are (nationality and affiliation), round 9: sentences invented for
the test in several outlets' styles, wars and decades (none taken from the example corpus), each rule with
near-misses that must not fire.

Rules:
* the other side's people named by what they did to a ship, a plane or a hostage (pirates, hijackers,
  kidnappers) are armed non-state attackers (militia), and take the one nationality the article gives them;
* the nation fought against ("in clashes with Russian forces") is not that of the dead and hurt told after it;
* a count of people told of no kind ("at least 23 people", "54 bodies") takes the incident's country, as
  civilians do, unless the story names another nation on the victims' side, tells of migrants, refugees or
  tourists, or of those on board an airliner, or gives a part of the dead by nationality.
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
        # near-misses: the group's own nationality, after the clash is told
        ("In clashes with Indian troops in the Galwan Valley, four Chinese soldiers were killed, Beijing said.",
         (D, 4), "CN"),
        # a nation named as the one fought alongside, not against
        ("Two Ukrainian soldiers fighting alongside Polish volunteers were wounded near Bakhmut on Sunday.",
         (INJ, 2), "UA"),
    ],
)
def test_the_opponent_in_a_clash_is_not_the_victims_nation(extractor, text, figure, nat):  # type: ignore[no-untyped-def]
    figs = {(k, v): n for k, v, n, _a in _who(extractor, text)}
    assert figure in figs, figs
    assert figs[figure] == nat, figs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded outside a police station in Peshawar on Tuesday, killing at least 23 people, "
         "officials said. About 60 people were wounded.", [(D, 23, "PK"), (INJ, 60, "PK")]),
        ("A bomb tore through a market in Kano on Saturday. Police said 14 people died and dozens were injured.",
         [(D, 14, "NG")]),
        ("A bus hit a mine near Kandahar on Thursday, the Afghan interior ministry said. Eleven people died.",
         [(D, 11, "AF")]),
        ("Two explosions rocked a military parade in Kaspiysk, Dagestan, on 9 May; rescuers recovered 41 bodies.",
         [(D, 41, "RU")]),
    ],
)
def test_people_of_no_kind_take_the_incidents_country(extractor, text, expected):  # type: ignore[no-untyped-def]
    figs = [(k, v, n) for k, v, n, _a in _who(extractor, text)]
    for e in expected:
        assert e in figs, figs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # named at once by another nation
        ("Gunmen attacked a gas plant near In Salah, Algeria, on Wednesday. Two people, a Norwegian engineer "
         "and a Japanese technician, were killed.", (D, 2, "DZ")),
        ("A truck bomb exploded at a checkpoint in Mogadishu on Saturday. Eight people, all of them Turkish "
         "engineers, were killed.", (D, 8, "SO")),
        # foreigners in the country
        ("A fire at a migrant detention centre in Benghazi on Monday killed 40 people, most of them migrants "
         "from Sudan and Niger.", (D, 40, "LY")),
        # migrants, refugees or tourists named in the story, in the figure's sentence or its headline
        ("Tourists among dead in beach attack\n\nGunmen opened fire on a beach in Sousse, Tunisia, on Friday, "
         "killing 38 people.", (D, 38, "TN")),
        ("An air strike hit a detention centre for migrants in Misrata, Libya, on Tuesday, killing 24 people who "
         "were held there.", (D, 24, "LY")),
        ("Shells struck a camp for refugees outside Goma, Congo, on Friday, killing 18 people, aid workers said.",
         (D, 18, "CD")),
        # a story that names another nation on the victims' side
        ("A bomb exploded at a hotel in Mogadishu on Sunday, killing 15 people. Kenyan and Ugandan troops guard "
         "the district.", (D, 15, "SO")),
        # a part of them told by nationality: the rest are not
        ("A boat capsized on Lake Albert near Ntoroko, Uganda, on Sunday and 30 people drowned. Twelve of the "
         "victims were Ugandan, police said.", (D, 30, "UG")),
        # those on board an airliner are of many nations
        ("A Boeing 737 airliner crashed after take-off from Tehran on Wednesday, killing all 176 people on the "
         "plane.", (D, 176, "IR")),
    ],
)
def test_people_of_no_kind_near_misses(extractor, text, absent):  # type: ignore[no-untyped-def]
    figs = [(k, v, n) for k, v, n, _a in _who(extractor, text)]
    assert absent not in figs, figs
    assert any((k, v) == absent[:2] for k, v, _n in figs), figs  # the figure itself is still found


def test_a_country_alone_as_the_place_gives_no_nationality(extractor):  # type: ignore[no-untyped-def]
    figs = _who(extractor, "A bomb killed 12 people at a bus station in Syria on Monday, state media said.")
    assert (D, 12, None) in [(k, v, n) for k, v, n, _a in figs], figs
