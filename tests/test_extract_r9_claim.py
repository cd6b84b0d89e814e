"""Who a casualty figure is attributed to (round 9): the claimant the extractor gives a figure and the key
the scorer gives a gold claimant, tried on sentences invented for the test in several outlets' styles,
wars and decades (none taken from the example corpus), each family with near-misses that must not fire.

Families: a country's name used as an adjective before one of its bodies ("the Chad Defence Ministry",
"the Nepal Army"); the gold label of a revised figure ("X (first statement)") and a country's role as the
body the extractor resolves it to ("Ukrainian Navy": the listed Armed Forces of Ukraine)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.evaluate import Scorer
from kgbuild.ingest import Article


@pytest.fixture(scope="module")
def scorer(extractor):  # type: ignore[no-untyped-def]
    return Scorer(extractor.ref)


def claims(extractor, text: str) -> list[tuple[str, int, str]]:  # type: ignore[no-untyped-def]
    """(kind, value, claimant key) of every figure found in an invented text published 2019-06-12."""
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    sc = Scorer(extractor.ref)
    return [(f.kind, f.value, sc._extracted_claimant(f.attribution)) for e in ex.events for f in e.figures]


# ---------------------------------------------------------------- a country's name before its body
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nepal Army said two soldiers serving with the UN force in Lebanon were wounded by shellfire near "
         "Naqoura.", ("injuries", 2, "np-military")),
        ("Three Malian gendarmes were killed in an ambush near the border with Burkina Faso, according to the Niger "
         "government.", ("deaths", 3, "ne-government")),
        ("Six Pakistani soldiers were killed in a gunfight with Afghan militants near the border, Pakistan Army said.",
         ("deaths", 6, "pk-military")),
        ("Two Indian soldiers and a Bangladeshi peacekeeper were wounded in Congo, the Bangladesh Army said.",
         ("injuries", 2, "bd-military")),
    ],
)
def test_country_name_before_its_body_is_that_countrys_body(extractor, text, expected):  # type: ignore[no-untyped-def]
    found = claims(extractor, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the listed U.S. Army is its own body, not the whole U.S. military
        ("Two soldiers were killed in a vehicle rollover at Fort Irwin, the U.S. Army said.",
         ("deaths", 2, "us-military")),
        # the country's name is where it happened, the body is another's
        ("Five Chadian soldiers were killed in Mali, the French Army said.", ("deaths", 5, "ml-military")),
    ],
)
def test_country_name_before_a_body_near_misses(extractor, text, absent):  # type: ignore[no-untyped-def]
    assert absent not in claims(extractor, text)


def test_the_listed_us_army_does_not_become_the_us_military(extractor):  # type: ignore[no-untyped-def]
    assert extractor.ref.role_organisation("US", "military").key == "us-military"


# ---------------------------------------------------------------- the scorer's key of a gold claimant
@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("Indian Army (first statement)", "the Indian Army"),
        ("Chad Defence Ministry (earlier statement)", "Chad's Defence Ministry"),
        ("Ukrainian Navy", "Ukrainian armed forces"),  # the country's listed armed forces play the role
        ("Kenyan police (second statement)", "Kenya's police"),
    ],
)
def test_gold_claimant_keys_as_the_extractor_names_the_body(scorer, extractor, gold, found):  # type: ignore[no-untyped-def]
    att = extractor._resolve_source(found, 0)
    assert att is not None and att.organisation is not None
    assert scorer._claimant_key(gold) == scorer._extracted_claimant(att)


@pytest.mark.parametrize(
    ("gold", "other"),
    [
        ("Indian Army (first statement)", "Pakistan Army"),
        ("Mali government", "Niger government"),
        ("U.S. Army", "U.S. military"),
        ("a statement", "article"),  # "statement" alone is no revision label
    ],
)
def test_gold_claimant_keys_near_misses(scorer, gold, other):  # type: ignore[no-untyped-def]
    assert scorer._claimant_key(gold) != scorer._claimant_key(other)


# ---------------------------------------------------------------- a spokesman or a statement stands for its body
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded outside a police station in the Afghan city of Herat on Tuesday. An Interior Ministry "
         "spokesman said at least 14 people were killed.", ("deaths", 14, "af-interior-ministry")),
        ("Gunmen attacked a Jordanian army post near Mafraq overnight, and an army statement said two soldiers were "
         "wounded in the exchange of fire.", ("injuries", 2, "jo-military")),
        ("Rebels shelled the market in the Malian town of Gao on Friday. A Health Ministry spokeswoman, Marie Kabila, "
         "said 23 people were killed.", ("deaths", 23, "ml-health-ministry")),
        # the spokesman again
        ("A bomb went off at a wedding in Mogadishu, the Somali capital. A government spokesman said nine people "
         "died. The spokesman said 30 others were injured.", ("injuries", 30, "so-government")),
        # a capital opening the clause tells whose ministry, over one named before
        ("Shells hit a school in Kharkiv on Monday. Ukraine's Defence Ministry called it a war crime. In Moscow, the "
         "Defence Ministry said 40 Ukrainian soldiers were killed in the strike.", ("deaths", 40, "ru-ministry-of-defence")),
    ],
)
def test_spokesman_or_statement_stands_for_its_body(extractor, text, expected):  # type: ignore[no-untyped-def]
    found = claims(extractor, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an official is the unnamed source's phrase, not the body's voice
        ("A bomb went off at a wedding in Mogadishu, the Somali capital. An Interior Ministry official said nine "
         "people died.", ("deaths", 9, "so-interior-ministry")),
        # a hospital is no role of a state
        ("A bomb went off at a bus station in the Nigerian city of Kano. A hospital spokesman said 19 people died.",
         ("deaths", 19, "ng-government")),
        # another spokesman spoke since: "the spokesman" is not the government's
        ("A bomb went off at a wedding in Mogadishu, the Somali capital, killing nine people, a government spokesman "
         "said. A spokesman for the rebels, Ali Dheere, denied involvement. The spokesman said 30 soldiers were killed "
         "in a separate raid.", ("deaths", 30, "so-government")),
        # a capital not opening the clause
        ("Shells hit a school in Kharkiv on Monday. Ukraine's Defence Ministry called it a war crime. After talks in "
         "Moscow, the Defence Ministry said 40 Ukrainian soldiers were killed in the strike.",
         ("deaths", 40, "ru-ministry-of-defence")),
    ],
)
def test_spokesman_or_statement_near_misses(extractor, text, absent):  # type: ignore[no-untyped-def]
    assert absent not in claims(extractor, text)


@pytest.mark.parametrize(
    ("gold", "key"),
    [
        ("Somali transitional government", "so-government"),
        ("Afghan interim government", "af-government"),
        ("Russian emergency officials", "unnamed:russian-emergency-officials"),  # not all Russia's officials
        ("Pakistani local officials", "unnamed:pakistani-local-officials"),
    ],
)
def test_gold_claimant_with_a_modifier_between_country_and_body(scorer, gold, key):  # type: ignore[no-untyped-def]
    assert scorer._claimant_key(gold) == key
