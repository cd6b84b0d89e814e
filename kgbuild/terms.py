"""Vocabulary terms used by kgbuild, one place for all of them.

Every class and property kgbuild writes is declared here as an rdflib
``DefinedNamespace`` with ``_fail = True``, so a misspelt term raises at import
time instead of silently producing a new IRI (rdflib does the same for SHACL in
``rdflib/namespace/_SH.py``). The ontology file ``ontology/kgbuild.ttl`` declares
the same terms with labels and comments; ``tests/test_ontology.py`` checks that
the two agree.

>>> str(KG.Event)
'https://w3id.org/kgbuild/ontology#Event'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Base of every instance IRI kgbuild mints (see :mod:`kgbuild.iris`).
ID_BASE = "https://w3id.org/kgbuild/id/"
#: The ontology namespace.
ONTOLOGY_IRI = "https://w3id.org/kgbuild/ontology"


class KG(DefinedNamespace):
    """The kgbuild ontology (``ontology/kgbuild.ttl``)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # --- classes -----------------------------------------------------------
    Event: URIRef  # an incident reported in the news (sem:Event)
    Campaign: URIRef  # a military campaign or war that events are part of
    EventType: URIRef  # a concept of the event type scheme
    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    ArmedForce: URIRef
    MilitaryUnit: URIRef
    State: URIRef
    UnnamedSource: URIRef  # "a pro-opposition military analyst"
    Rank: URIRef
    NatoGrade: URIRef
    Place: URIRef
    Country: URIRef
    Province: URIRef
    Settlement: URIRef
    Site: URIRef  # an oilfield, an air base, a checkpoint
    SeaArea: URIRef
    Article: URIRef
    Mention: URIRef  # a character span of an article
    Involvement: URIRef  # a person's part and fate in an event
    CasualtyGroup: URIRef
    Claim: URIRef
    CasualtyClaim: URIRef
    AggregateToll: URIRef
    Affiliation: URIRef
    Fate: URIRef
    Qualifier: URIRef
    DatePrecision: URIRef
    PlacePrecision: URIRef
    CasualtyKind: URIRef

    # --- concept schemes ----------------------------------------------------
    EventTypeScheme: URIRef
    RankScheme: URIRef
    AffiliationScheme: URIRef
    FateScheme: URIRef
    QualifierScheme: URIRef
    DatePrecisionScheme: URIRef
    PlacePrecisionScheme: URIRef
    CasualtyKindScheme: URIRef

    # --- event types (skos:Concept in EventTypeScheme) ----------------------
    ExplosionOrRemoteViolence: URIRef
    RoadsideBomb: URIRef
    SuicideBombing: URIRef
    Shelling: URIRef
    Airstrike: URIRef
    AircraftShootDown: URIRef
    AircraftCrash: URIRef
    ArmedClash: URIRef
    Assassination: URIRef
    Accident: URIRef
    OtherEvent: URIRef

    # --- affiliations --------------------------------------------------------
    ArmedForces: URIRef
    Militia: URIRef
    PrivateMilitaryContractor: URIRef
    Civilian: URIRef
    UnknownAffiliation: URIRef

    # --- fates ----------------------------------------------------------------
    Killed: URIRef
    DiedOfWounds: URIRef
    Injured: URIRef
    Survived: URIRef
    Captured: URIRef
    Missing: URIRef

    # --- casualty kinds ---------------------------------------------------------
    Deaths: URIRef
    Injuries: URIRef

    # --- qualifiers -------------------------------------------------------------
    Exactly: URIRef
    AtLeast: URIRef
    MoreThan: URIRef
    About: URIRef
    AtMost: URIRef
    FewerThan: URIRef
    Several: URIRef

    # --- precisions ---------------------------------------------------------------
    DayPrecision: URIRef
    WeekPrecision: URIRef
    MonthPrecision: URIRef
    YearPrecision: URIRef
    ExactPlace: URIRef
    NearPlace: URIRef
    SettlementPrecision: URIRef
    ProvincePrecision: URIRef
    CountryPrecision: URIRef
    SeaOrAirspace: URIRef

    # --- properties: events -----------------------------------------------------
    datePrecision: URIRef
    placePrecision: URIRef
    nearPlace: URIRef
    distanceKm: URIRef
    suspectedPerpetrator: URIRef
    claimedResponsibilityBy: URIRef
    noResponsibilityClaimed: URIRef
    casualtyGroup: URIRef
    involvement: URIRef
    reportedIn: URIRef
    evidence: URIRef
    hostile: URIRef

    # --- properties: people, organisations, units --------------------------------
    rank: URIRef
    nationality: URIRef
    affiliation: URIRef
    memberOf: URIRef
    armedForceOf: URIRef
    parentUnit: URIRef
    person: URIRef
    fate: URIRef
    natoGrade: URIRef
    rankOfCountry: URIRef
    branch: URIRef
    rankOrder: URIRef
    side: URIRef

    # --- properties: places -------------------------------------------------------
    inProvince: URIRef
    inCountry: URIRef
    isoCode: URIRef
    placeKind: URIRef

    # --- properties: casualties and claims ---------------------------------------
    casualtyKind: URIRef
    killedLow: URIRef
    killedBest: URIRef
    killedHigh: URIRef
    injuredLow: URIRef
    injuredBest: URIRef
    injuredHigh: URIRef
    groupLabel: URIRef
    superseded: URIRef
    countsPart: URIRef
    addsUpWith: URIRef
    claimant: URIRef
    claimSource: URIRef
    aboutGroup: URIRef
    aboutEvent: URIRef
    qualifier: URIRef
    value: URIRef
    valueLow: URIRef
    valueHigh: URIRef
    reconciliationRule: URIRef
    periodStart: URIRef
    periodStartPrecision: URIRef
    asOf: URIRef
    scopePlace: URIRef
    scopeCampaign: URIRef
    excludesAffiliation: URIRef
    excludesNote: URIRef
    notation: URIRef

    # --- properties: articles -------------------------------------------------------
    sha256: URIRef
    characterCount: URIRef
    publicationDateSource: URIRef
    sourceFile: URIRef
    voiceOf: URIRef


SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")
SPDX = Namespace("http://spdx.org/rdf/terms#")

#: Prefixes bound on every graph kgbuild serialises, in this order.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgid": ID_BASE,
    "sem": str(SEM),
    "geo": str(GEO),
    "nif": str(NIF),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": str(VOID),
    "wd": str(WD),
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def bind_prefixes(graph) -> None:  # type: ignore[no-untyped-def]
    """Bind the kgbuild prefixes on an rdflib graph or dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
