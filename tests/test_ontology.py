"""The ontology, the rank scheme and the shapes agree with kgbuild.terms.KG and kgbuild.iris."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kgbuild import iris
from kgbuild.terms import KG, ONTOLOGY_IRI, SEM

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kgbuild.ttl"
RANKS = ROOT / "ontology" / "ranks.ttl"
SHAPES = ROOT / "shapes" / "kgbuild-shapes.ttl"
VALID_DATA = sorted((ROOT / "tests" / "data" / "shapes" / "valid").glob("*.ttl"))

KG_NS = str(KG._NS)
KG_NAMES = sorted(KG.__annotations__)
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
GEO = "http://www.opengis.net/ont/geosparql#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ORG = "http://www.w3.org/ns/org#"
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")

DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    SKOS.Concept,
    SKOS.ConceptScheme,
}
MILITARY_BRANCHES = {"army", "navy", "air force", "marines", "all"}
BRANCHES = MILITARY_BRANCHES | {"police"}


@cache
def graph(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def ont() -> Graph:
    return graph(ONTOLOGY)


def ranks() -> Graph:
    return graph(RANKS)


def english(g: Graph, s: URIRef, p: URIRef) -> list[Literal]:
    return [o for o in g.objects(s, p) if isinstance(o, Literal) and o.language == "en"]


def kg(name: str) -> URIRef:
    return URIRef(KG_NS + name)


# --- the ontology declares every KG term, and only KG terms ----------------------------


def test_ontology_header() -> None:
    g = ont()
    o = URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in g
    assert g.value(o, OWL.versionInfo) is not None
    assert english(g, o, DCTERMS.title) and english(g, o, DCTERMS.description)
    assert g.value(o, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


@pytest.mark.parametrize("name", KG_NAMES)
def test_every_term_is_declared_with_label_and_comment(name: str) -> None:
    g = ont()
    term = kg(name)
    types = set(g.objects(term, RDF.type)) & DECLARATION_TYPES
    assert types, f"kg:{name} is not declared (owl:Class, a property, skos:Concept or scheme)"
    labels = english(g, term, RDFS.label) or english(g, term, SKOS.prefLabel)
    assert len(labels) == 1, f"kg:{name} needs exactly one English rdfs:label/skos:prefLabel"
    if (term, SKOS.prefLabel, None) in g:
        assert len(english(g, term, SKOS.prefLabel)) == 1, f"kg:{name}: more than one English prefLabel"
    comments = english(g, term, RDFS.comment) or english(g, term, SKOS.definition)
    assert len(comments) == 1, f"kg:{name} needs exactly one English rdfs:comment/skos:definition"


@pytest.mark.parametrize(
    "path", [ONTOLOGY, RANKS, SHAPES, *VALID_DATA], ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_only_kg_terms_are_used(path: Path) -> None:
    used = {
        str(node)[len(KG_NS):]
        for triple in graph(path)
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(KG_NS)
    }
    unknown = sorted(used - set(KG_NAMES))
    assert not unknown, f"{path.name} uses kg: terms missing from kgbuild.terms.KG: {unknown}"


def test_classes_and_properties_are_typed_as_such() -> None:
    g = ont()
    for name in KG_NAMES:
        term = kg(name)
        if (term, RDF.type, OWL.Class) in g:
            assert name[0].isupper(), f"class kg:{name} should be UpperCamelCase"
        if set(g.objects(term, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            assert name[0].islower(), f"property kg:{name} should be lowerCamelCase"


ALIGNMENTS = [
    ("Event", RDFS.subClassOf, SEM.Event),
    ("Campaign", RDFS.subClassOf, SEM.Event),
    ("Person", RDFS.subClassOf, URIRef(SCHEMA + "Person")),
    ("Person", RDFS.subClassOf, SEM.Actor),
    ("Person", RDFS.subClassOf, URIRef(PROV + "Agent")),
    ("Organisation", RDFS.subClassOf, URIRef(SCHEMA + "Organization")),
    ("Organisation", RDFS.subClassOf, SEM.Actor),
    ("Organisation", RDFS.subClassOf, URIRef(PROV + "Agent")),
    ("ArmedForce", RDFS.subClassOf, kg("Organisation")),
    ("MilitaryUnit", RDFS.subClassOf, kg("Organisation")),
    ("State", RDFS.subClassOf, SEM.Actor),
    ("State", RDFS.subClassOf, URIRef(PROV + "Agent")),
    ("UnnamedSource", RDFS.subClassOf, URIRef(PROV + "Agent")),
    ("Place", RDFS.subClassOf, SEM.Place),
    ("Place", RDFS.subClassOf, URIRef(GEO + "Feature")),
    ("Country", RDFS.subClassOf, kg("Place")),
    ("Province", RDFS.subClassOf, kg("Place")),
    ("Settlement", RDFS.subClassOf, kg("Place")),
    ("Site", RDFS.subClassOf, kg("Place")),
    ("SeaArea", RDFS.subClassOf, kg("Place")),
    ("Article", RDFS.subClassOf, URIRef(SCHEMA + "NewsArticle")),
    ("Article", RDFS.subClassOf, URIRef(PROV + "Entity")),
    ("Mention", RDFS.subClassOf, URIRef(NIF + "String")),
    ("Involvement", RDFS.subClassOf, SEM.Role),
    ("Claim", RDFS.subClassOf, URIRef(PROV + "Entity")),
    ("CasualtyClaim", RDFS.subClassOf, kg("Claim")),
    ("AggregateToll", RDFS.subClassOf, kg("Claim")),
    ("EventType", RDFS.subClassOf, SKOS.Concept),
    ("Rank", RDFS.subClassOf, SKOS.Concept),
    ("NatoGrade", RDFS.subClassOf, SKOS.Concept),
    ("claimant", RDFS.subPropertyOf, URIRef(PROV + "wasAttributedTo")),
    ("claimSource", RDFS.subPropertyOf, URIRef(PROV + "hadPrimarySource")),
    ("parentUnit", RDFS.subPropertyOf, URIRef(ORG + "subOrganizationOf")),
    ("memberOf", RDFS.subPropertyOf, URIRef(SCHEMA + "memberOf")),
    ("nationality", RDFS.subPropertyOf, URIRef(SCHEMA + "nationality")),
    ("evidence", RDFS.range, kg("Mention")),
]


@pytest.mark.parametrize("name,p,o", ALIGNMENTS, ids=[f"{a[0]}-{a[2].split('/')[-1]}" for a in ALIGNMENTS])
def test_alignment(name: str, p: URIRef, o: URIRef) -> None:
    assert (kg(name), p, o) in ont()


# --- concept schemes --------------------------------------------------------------------

SCHEMES = {
    "EventTypeScheme": ("EventType", {
        "ExplosionOrRemoteViolence": "explosion-remote-violence", "RoadsideBomb": "roadside-bomb",
        "SuicideBombing": "suicide-bombing", "Shelling": "shelling", "Airstrike": "airstrike",
        "AircraftShootDown": "shoot-down", "AircraftCrash": "aircraft-crash",
        "ArmedClash": "armed-clash", "Assassination": "assassination", "Accident": "accident",
        "OtherEvent": "other",
    }),
    "AffiliationScheme": ("Affiliation", {
        "ArmedForces": "armed-forces", "Militia": "militia", "PrivateMilitaryContractor": "pmc",
        "Civilian": "civilian", "UnknownAffiliation": "unknown",
    }),
    "FateScheme": ("Fate", {
        "Killed": "killed", "DiedOfWounds": "died-of-wounds", "Injured": "injured",
        "Survived": "survived", "Captured": "captured", "Missing": "missing",
    }),
    "QualifierScheme": ("Qualifier", {
        "Exactly": "exactly", "AtLeast": "at-least", "MoreThan": "more-than", "About": "about",
        "AtMost": "at-most", "FewerThan": "fewer-than", "Several": "several",
    }),
    "DatePrecisionScheme": ("DatePrecision", {
        "DayPrecision": "day", "WeekPrecision": "week", "MonthPrecision": "month",
        "YearPrecision": "year",
    }),
    "PlacePrecisionScheme": ("PlacePrecision", {
        "ExactPlace": "exact", "NearPlace": "near", "SettlementPrecision": "settlement",
        "ProvincePrecision": "province", "CountryPrecision": "country",
        "SeaOrAirspace": "sea-or-airspace",
    }),
    "CasualtyKindScheme": ("CasualtyKind", {"Deaths": "deaths", "Injuries": "injuries"}),
}
BROADER = {
    "DiedOfWounds": "Killed",
    "RoadsideBomb": "ExplosionOrRemoteViolence",
    "SuicideBombing": "ExplosionOrRemoteViolence",
    "Shelling": "ExplosionOrRemoteViolence",
    "Airstrike": "ExplosionOrRemoteViolence",
}


@pytest.mark.parametrize("scheme", sorted(SCHEMES) + ["RankScheme"])
def test_schemes_are_concept_schemes(scheme: str) -> None:
    assert (kg(scheme), RDF.type, SKOS.ConceptScheme) in ont()


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_scheme_members(scheme: str) -> None:
    g = ont()
    cls, members = SCHEMES[scheme]
    in_scheme = {str(c)[len(KG_NS):] for c in g.subjects(SKOS.inScheme, kg(scheme))}
    assert in_scheme == set(members), f"{scheme}: {sorted(in_scheme ^ set(members))}"
    for name, notation in members.items():
        c = kg(name)
        assert (c, RDF.type, SKOS.Concept) in g and (c, RDF.type, kg(cls)) in g, name
        assert [str(n) for n in g.objects(c, SKOS.notation)] == [notation], name
        assert len(english(g, c, SKOS.prefLabel)) == 1, name
        assert len(english(g, c, SKOS.definition)) == 1, name
        top = (c, SKOS.topConceptOf, kg(scheme)) in g
        assert top == (name not in BROADER), f"{name}: skos:topConceptOf only without skos:broader"
        if scheme == "EventTypeScheme":
            assert (c, RDF.type, SEM.EventType) in g, name


def test_broader() -> None:
    g = ont()
    found = {(str(s)[len(KG_NS):], str(o)[len(KG_NS):]) for s, o in g.subject_objects(SKOS.broader)}
    assert found == set(BROADER.items())


def test_event_type_definitions_tell_apart_accidents_and_shoot_downs() -> None:
    g = ont()
    accident = str(g.value(kg("Accident"), SKOS.definition))
    shoot_down = str(g.value(kg("AircraftShootDown"), SKOS.definition))
    crash = str(g.value(kg("AircraftCrash"), SKOS.definition))
    assert "hostile" in accident and "kg:AircraftCrash" in accident
    assert "kg:AircraftCrash" in shoot_down and "kg:AircraftShootDown" in crash


# --- the rank scheme ------------------------------------------------------------------------

NATO_CODES = [f"OR-{i}" for i in range(1, 10)] + [f"WO-{i}" for i in range(1, 6)] + [f"OF-{i}" for i in range(1, 11)]


def rank_nodes() -> list[URIRef]:
    return sorted(ranks().subjects(RDF.type, KG.Rank))


def test_nato_grades() -> None:
    g = ranks()
    grades = set(g.subjects(RDF.type, KG.NatoGrade))
    assert grades == {iris.nato_grade(code) for code in NATO_CODES}
    for code in NATO_CODES:
        node = iris.nato_grade(code)
        assert [str(n) for n in g.objects(node, SKOS.notation)] == [code]
        assert [str(n) for n in english(g, node, SKOS.prefLabel)] == [code]
        assert (node, SKOS.inScheme, KG.RankScheme) in g
        assert (node, RDF.type, SKOS.Concept) in g


def test_ranks_exist_for_the_required_countries() -> None:
    g = ranks()
    countries = {g.value(r, KG.rankOfCountry) for r in rank_nodes()}
    for cc in ("RU", "SY", "IR", "US", "TR", "GB", "IL"):
        assert iris.country(cc) in countries, cc


def test_rank_scheme_cites_its_source() -> None:
    g = ranks()
    sources = {str(s) for s in g.objects(KG.RankScheme, DCTERMS.source)}
    assert any("Ranks_and_insignia_of_NATO_armies" in s for s in sources)
    assert any("Russian" in s for s in sources)
    assert "https://en.wikipedia.org/wiki/Police_ranks_and_insignia_of_India" in sources
    assert "https://en.wikipedia.org/wiki/Police_Service_of_Pakistan" in sources


@pytest.mark.parametrize("rank", rank_nodes(), ids=lambda r: str(r).split("/rank/")[-1])
def test_rank(rank: URIRef) -> None:
    g = ranks()
    labels = english(g, rank, SKOS.prefLabel)
    assert len(labels) == 1, "exactly one English skos:prefLabel"
    label = str(labels[0])
    countries = list(g.objects(rank, KG.rankOfCountry))
    assert len(countries) == 1, "exactly one kg:rankOfCountry"
    cc = str(countries[0]).rsplit("/", 1)[-1]
    assert countries[0] == iris.country(cc)
    assert (rank, SKOS.inScheme, KG.RankScheme) in g
    assert (rank, RDF.type, SKOS.Concept) in g
    branches = {str(b) for b in g.objects(rank, KG.branch)}
    assert branches and branches <= BRANCHES, branches
    assert "police" not in branches or branches == {"police"}, "a police rank is of the police alone"
    grades = list(g.objects(rank, KG.natoGrade))
    if "police" in branches:
        assert not grades, "a police rank has no kg:natoGrade"
    else:
        assert len(grades) == 1, "a military rank has exactly one kg:natoGrade"
        assert (grades[0], RDF.type, KG.NatoGrade) in g, "a declared kg:NatoGrade"
    orders = list(g.objects(rank, KG.rankOrder))
    assert len(orders) == 1 and orders[0].datatype == XSD_INTEGER, "one integer kg:rankOrder"
    expected = {iris.rank(cc, label)} | {iris.rank(cc, f"{label} {b}") for b in branches}
    assert rank in expected, f"IRI should be one of {sorted(expected)}"
    if rank != iris.rank(cc, label):
        # a branch suffix only disambiguates a label that another rank of the country uses
        twins = [r for r in g.subjects(KG.rankOfCountry, countries[0])
                 if r != rank and str(g.value(r, SKOS.prefLabel)) == label]
        assert twins, "branch suffix without a same-label rank"


def test_rank_labels_are_unambiguous_within_a_country() -> None:
    """No label or abbreviation names two ranks of one country (same prefLabels aside)."""
    g = ranks()
    by_country: dict[URIRef, dict[str, set[URIRef]]] = defaultdict(lambda: defaultdict(set))
    for r in rank_nodes():
        cc = g.value(r, KG.rankOfCountry)
        pref = str(g.value(r, SKOS.prefLabel)).casefold()
        for alt in g.objects(r, SKOS.altLabel):
            text = str(alt).casefold()
            if text != pref:
                by_country[cc][text].add(r)
    problems = []
    for r in rank_nodes():
        cc = g.value(r, KG.rankOfCountry)
        pref = str(g.value(r, SKOS.prefLabel)).casefold()
        others = by_country[cc].get(pref, set()) - {r}
        if others:
            problems.append((str(r), pref, sorted(map(str, others))))
    for cc, labels in by_country.items():
        for text, nodes in labels.items():
            if len(nodes) > 1:
                problems.append((str(cc), text, sorted(map(str, nodes))))
    assert not problems, problems


def test_rank_order_agrees_with_nato_grade() -> None:
    """Within a country, a more senior military rank never has a lower NATO grade (police ranks
have none, and their order does not compare with the military ranks')."""
    g = ranks()
    by_country = defaultdict(list)
    for r in rank_nodes():
        grade = g.value(r, KG.natoGrade)
        if grade is None:
            continue
        by_country[g.value(r, KG.rankOfCountry)].append(
            (int(g.value(r, KG.rankOrder)), int(g.value(grade, KG.rankOrder)), str(r))
        )
    for _cc, rows in by_country.items():
        for order_a, grade_a, a in rows:
            for order_b, grade_b, b in rows:
                if order_a < order_b:
                    assert grade_a <= grade_b, f"{a} is junior to {b} but has a higher NATO grade"


def test_nato_grade_rank_order() -> None:
    g = ranks()
    for code in NATO_CODES:
        n = int(code.split("-")[1])
        expected = {"OR": n, "WO": 10, "OF": 10 + n}[code[:2]]  # warrant officers sit between OR-9 and OF-1
        assert int(g.value(iris.nato_grade(code), KG.rankOrder)) == expected


def test_model_example_rank() -> None:
    """docs/model.md's example: the Russian major general is OF-6."""
    g = ranks()
    r = iris.rank("RU", "Major General")
    assert str(r) == "https://w3id.org/kgbuild/id/rank/ru/major-general"
    assert g.value(r, KG.natoGrade) == iris.nato_grade("OF-6")
    alts = {str(a) for a in g.objects(r, SKOS.altLabel)}
    assert {"Maj. Gen.", "major-general", "general-major"} <= alts


def test_us_navy_captain_is_disambiguated() -> None:
    g = ranks()
    assert g.value(iris.rank("US", "Captain navy"), KG.natoGrade) == iris.nato_grade("OF-5")
    assert g.value(iris.rank("US", "Captain"), KG.natoGrade) == iris.nato_grade("OF-2")


def test_notations_are_kebab_case() -> None:
    g = ont()
    for c, n in g.subject_objects(SKOS.notation):
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", str(n)), (c, n)


# --- police ranks ---------------------------------------------------------------------------

POLICE_LADDER = [
    "Constable", "Head Constable", "Assistant Sub-Inspector", "Sub-Inspector", "Inspector",
    "Deputy Superintendent of Police", "Superintendent of Police", "Senior Superintendent of Police",
    "Deputy Inspector General of Police", "Inspector General of Police",
]


def police_ranks(cc: str) -> dict[str, URIRef]:
    g = ranks()
    return {
        str(g.value(r, SKOS.prefLabel)): r
        for r in rank_nodes()
        if g.value(r, KG.rankOfCountry) == iris.country(cc) and (r, KG.branch, Literal("police")) in g
    }


@pytest.mark.parametrize("cc", ["IN", "PK"])
def test_police_ladder(cc: str) -> None:
    """India's and Pakistan's police: the common ladder from Constable to Inspector General, each
    rank with its own kg:rankOrder, strictly rising, and none with a NATO grade."""
    g = ranks()
    found = police_ranks(cc)
    assert set(POLICE_LADDER) <= set(found), sorted(set(POLICE_LADDER) - set(found))
    orders = [int(g.value(found[label], KG.rankOrder)) for label in POLICE_LADDER]
    assert orders == sorted(orders) and len(set(orders)) == len(orders), orders
    for label, r in found.items():
        assert r == iris.rank(cc, label)
        assert g.value(r, KG.natoGrade) is None, f"{label}: a police rank has no NATO grade"


def test_police_ranks_top_of_the_ladder() -> None:
    india, pakistan = police_ranks("IN"), police_ranks("PK")
    g = ranks()
    dgp = india["Director General of Police"]
    assert int(g.value(dgp, KG.rankOrder)) == max(int(g.value(r, KG.rankOrder)) for r in india.values())
    assert "Director General of Police" not in pakistan  # Pakistan's police is headed by an Inspector General
    assert int(g.value(pakistan["Inspector General of Police"], KG.rankOrder)) == max(
        int(g.value(r, KG.rankOrder)) for r in pakistan.values()
    )


@pytest.mark.parametrize(
    ("cc", "label", "abbreviations"),
    [
        ("IN", "Sub-Inspector", {"SI", "Sub Inspector"}),
        ("PK", "Assistant Sub-Inspector", {"ASI", "Assistant Sub Inspector"}),
        ("IN", "Deputy Superintendent of Police", {"DSP", "Dy SP"}),
        ("IN", "Superintendent of Police", {"SP"}),
        ("PK", "Senior Superintendent of Police", {"SSP"}),
        ("PK", "Assistant Superintendent of Police", {"ASP"}),
        ("IN", "Director General of Police", {"DGP"}),
    ],
)
def test_police_abbreviations(cc: str, label: str, abbreviations: set[str]) -> None:
    g = ranks()
    alts = {str(a) for a in g.objects(iris.rank(cc, label), SKOS.altLabel)}
    assert abbreviations <= alts


def test_military_ranks_keep_their_nato_grade() -> None:
    """Every rank outside the police has a NATO grade; the police ranks are the only ones without."""
    g = ranks()
    without = {r for r in rank_nodes() if g.value(r, KG.natoGrade) is None}
    police = {r for r in rank_nodes() if (r, KG.branch, Literal("police")) in g}
    assert without == police and police
