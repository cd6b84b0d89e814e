"""Police ranks (ontology/ranks.ttl, kg:branch "police"): India's and Pakistan's police ladders, found
before names as the military ranks are, with their abbreviations, and the near misses of police news.
Every sentence is invented for the test (none is taken from the example corpus)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild import iris
from kgbuild.extract import Extractor
from kgbuild.ingest import Article
from kgbuild.reference import load


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, published: date = date(2021, 3, 9)):  # type: ignore[no-untyped-def]
    return extractor.extract(Article(Path("test.txt"), "test", text, "test", published, "option"))


def persons(ex):  # type: ignore[no-untyped-def]
    return {(p.name, p.rank.label if p.rank else None, p.fate) for e in ex.events for p in e.persons}


def ranked(ex):  # type: ignore[no-untyped-def]
    return {p.name: p for e in ex.events for p in e.persons}


# ------------------------------------------------------------------ the reference data


def test_police_ranks_are_loaded_without_nato_grade() -> None:
    ref = load()
    si = ref.ranks[iris.rank("IN", "Sub-Inspector")]
    assert si.police and si.nato is None and si.branches == ("police",)
    assert ref.ranks[iris.rank("PK", "Inspector General of Police")].nato is None
    major = ref.ranks[iris.rank("IN", "Major")]
    assert not major.police and major.nato == "OF-3"  # the military ranks keep their grade


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("SI", "Sub-Inspector"),
        ("Sub Inspector", "Sub-Inspector"),
        ("sub-inspector", "Sub-Inspector"),
        ("ASI", "Assistant Sub-Inspector"),
        ("Head Constable", "Head Constable"),
        ("DSP", "Deputy Superintendent of Police"),
        ("Dy SP", "Deputy Superintendent of Police"),
        ("SP", "Superintendent of Police"),
        ("SSP", "Senior Superintendent of Police"),
        ("DIG", "Deputy Inspector General of Police"),
        ("IGP", "Inspector General of Police"),
    ],
)
def test_police_labels_and_abbreviations(text: str, label: str) -> None:
    hits = [h for h in load().rank_matcher.finditer(text) if h.start == 0 and h.end == len(text)]
    assert hits and {r.label for r in hits[0].payloads} == {label}
    assert {r.country for r in hits[0].payloads} == {"IN", "PK"}


@pytest.mark.parametrize("text", ["si", "sp", "Sp", "constable", "inspector", "police inspector", "superintendent"])
def test_police_nouns_and_abbreviations_match_only_as_written(text: str) -> None:
    """Lower-case "constable" and "inspector" are the nouns of police news; "sp", "si" no ranks."""
    assert not any(r.police for h in load().rank_matcher.finditer(text) for r in h.payloads)


# ------------------------------------------------------------------ ranks before names


def test_kashmir_sub_inspector_shot_outside_his_home(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "Militants shot dead Sub-Inspector Farooq Ahmad Mir outside his home in Pulwama, Kashmir, on Sunday "
        "evening, police said.",
    )
    assert persons(ex) == {("Farooq Ahmad Mir", "Sub-Inspector", "killed")}
    p = ranked(ex)["Farooq Ahmad Mir"]
    assert p.rank.iri == iris.rank("IN", "Sub-Inspector") and p.nationality == "IN"
    assert p.affiliation == "armed-forces"  # police are recorded as state security forces


def test_kashmir_abbreviations_and_a_district_between_rank_and_name(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "ASI Mohammad Yousuf and Head Constable Bashir Ahmad were killed when militants fired on a police "
        "party in Anantnag, Kashmir, on Tuesday. SSP Anantnag Ashish Mishra was wounded in the leg. "
        "IGP Kashmir Vijay Kumar said the attackers had escaped.",
    )
    assert persons(ex) == {
        ("Mohammad Yousuf", "Assistant Sub-Inspector", "killed"),
        ("Bashir Ahmad", "Head Constable", "killed"),
        ("Ashish Mishra", "Senior Superintendent of Police", "injured"),
    }


def test_punjab_superintendent_with_his_post_in_brackets(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "Five people were killed when gunmen stormed a police post in Batala, Punjab, on Monday: three "
        "policemen, among them Superintendent of Police (Operations) Harjit Sandhu, and two civilians. "
        "SP Harjit Sandhu had led the first team into the compound.",
    )
    assert ("Harjit Sandhu", "Superintendent of Police", "killed") in persons(ex)


def test_khyber_pakhtunkhwa_ranks_are_pakistani(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "Inspector Gul Zaman and Constable Sher Ali were killed when militants attacked a checkpoint in Bannu, "
        "Khyber Pakhtunkhwa, on Wednesday, police said.",
    )
    assert persons(ex) == {("Gul Zaman", "Inspector", "killed"), ("Sher Ali", "Constable", "killed")}
    for p in ranked(ex).values():
        assert p.rank.country == "PK" and p.nationality == "PK"


def test_balochistan_bombing_and_a_commenting_inspector_general(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "A suicide bomber killed DSP Abdul Rehman and two constables near a police station in Quetta, "
        "Balochistan, on Friday, the inspector general of police said.",
    )
    assert persons(ex) == {("Abdul Rehman", "Deputy Superintendent of Police", "killed")}
    assert ranked(ex)["Abdul Rehman"].rank.iri == iris.rank("PK", "Deputy Superintendent of Police")


def test_chhattisgarh_maoist_ambush(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "Maoists ambushed an Indian police patrol near Sukma in Chhattisgarh on Saturday, killing SI Rakesh "
        "Netam and Constable Manoj Verma. ASI Dilip Kashyap was wounded, officials said.",
    )
    assert persons(ex) == {
        ("Rakesh Netam", "Sub-Inspector", "killed"),
        ("Manoj Verma", "Constable", "killed"),
        ("Dilip Kashyap", "Assistant Sub-Inspector", "injured"),
    }
    assert {p.rank.country for p in ranked(ex).values()} == {"IN"}


# ------------------------------------------------------------------ near misses


def test_a_police_inspector_without_a_name_is_no_ranked_person(extractor: Extractor) -> None:
    ex = run(extractor, "A police inspector and two constables were killed in a blast in Peshawar on Sunday.")
    assert persons(ex) == set()


def test_an_abbreviation_counts_only_before_a_capitalised_name(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "Two policemen were wounded in a grenade attack in Shopian, Kashmir, on Monday. An SI was among them, "
        "the SP said. SSP Shopian said the attackers fled. The SI and sp officers visited the site.",
    )
    assert persons(ex) == set()


def test_a_commenting_inspector_general_is_no_casualty(extractor: Extractor) -> None:
    ex = run(
        extractor,
        "Inspector General of Police Javed Iqbal said three militants were killed in a gunfight in Dera Ismail "
        "Khan, Khyber Pakhtunkhwa, on Thursday.",
    )
    assert persons(ex) == set()


def test_constable_as_a_surname(extractor: Extractor) -> None:
    ex = run(extractor, "John Constable, a British aid worker, was killed in the shelling of Kherson on Sunday.")
    assert persons(ex) == {("John Constable", None, "killed")}
    ex = run(
        extractor,
        "A roadside bomb killed Sergeant Thomas Constable, 27, near Basra on Sunday, the British Ministry of "
        "Defence said.",
    )
    assert persons(ex) == {("Thomas Constable", "Sergeant", "killed")}


def test_a_constable_of_a_country_without_police_ranks_keeps_none(extractor: Extractor) -> None:
    ex = run(extractor, "A car bomb killed Constable Ian Wright outside a police station in Belfast on Sunday.")
    assert persons(ex) == {("Ian Wright", None, "killed")}
