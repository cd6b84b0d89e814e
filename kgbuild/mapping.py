"""Mapping extracted facts to RDF (the model in ``docs/model.md``).

One named graph per article holds what that article says; the reference graph holds
the places, agents, campaigns and ranks the articles use; the reconciled graph holds
each event's casualty groups with low/best/high figures derived from the claims of
every article (:func:`reconcile`). Everything is built from rdflib terms minted in
:mod:`kgbuild.iris`; no RDF is written as strings.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import Node

from . import iris
from .extract import Attribution, EventFact, Extraction, Figure, PersonFact, Span
from .reference import Organisation, Place, Reference
from .terms import GEO, GEONAMES, KG, NIF, SCHEMA, SEM, WD

# The mapper collects triples of rdflib terms in plain sets: it only ever adds, and an rdflib
# Graph's indexes cost about twenty times as much per triple (kgbuild.rdfio writes the sets out).
Triples = set[tuple[Node, Node, Node]]

EVENT_TYPES = {
    "roadside-bomb": KG.RoadsideBomb,
    "suicide-bombing": KG.SuicideBombing,
    "shelling": KG.Shelling,
    "airstrike": KG.Airstrike,
    "shoot-down": KG.AircraftShootDown,
    "aircraft-crash": KG.AircraftCrash,
    "armed-clash": KG.ArmedClash,
    "assassination": KG.Assassination,
    "accident": KG.Accident,
    "other": KG.OtherEvent,
}
AFFILIATIONS = {
    "armed-forces": KG.ArmedForces,
    "militia": KG.Militia,
    "pmc": KG.PrivateMilitaryContractor,
    "civilian": KG.Civilian,
    "unknown": KG.UnknownAffiliation,
}
FATES = {
    "killed": KG.Killed,
    "died-of-wounds": KG.DiedOfWounds,
    "injured": KG.Injured,
    "survived": KG.Survived,
    "captured": KG.Captured,
    "missing": KG.Missing,
}
QUALIFIERS = {
    "exactly": KG.Exactly,
    "at-least": KG.AtLeast,
    "more-than": KG.MoreThan,
    "about": KG.About,
    "at-most": KG.AtMost,
    "fewer-than": KG.FewerThan,
    "several": KG.Several,
}
DATE_PRECISIONS = {
    "day": KG.DayPrecision,
    "week": KG.WeekPrecision,
    "month": KG.MonthPrecision,
    "year": KG.YearPrecision,
}
PLACE_PRECISIONS = {
    "exact": KG.ExactPlace,
    "near": KG.NearPlace,
    "settlement": KG.SettlementPrecision,
    "province": KG.ProvincePrecision,
    "country": KG.CountryPrecision,
    "sea-or-airspace": KG.SeaOrAirspace,
}
KINDS = {"deaths": KG.Deaths, "injuries": KG.Injuries}
ORG_CLASSES = {
    "armed-force": KG.ArmedForce,
    "armed-group": KG.Organisation,
    "state-body": KG.Organisation,
    "ngo": KG.Organisation,
    "media": KG.Organisation,
    "company": KG.Organisation,
    "coalition": KG.Organisation,
}

RULE = (
    "UCDP-style reconciliation over all claims about this group: low = the lowest lower bound "
    "of any claimant's claims of the group's total, a claimant's bound being the largest it "
    "states and a figure it has since revised a bound of its own (a count of members singled "
    "out, such as 'among the dead was the deputy commander', is no claim of the total when one "
    "exists); high = the highest "
    "upper bound (a lower bound where a claim is open-ended, such as 'more than 120'); best = "
    "the value stated by most claimants (each counting once, with the largest of its figures) "
    "among the claims of the total that their claimant has not since "
    "revised, and that give a number rather than 'several' where any does: those of official "
    "bodies of the group's own state and the article's own voice when an official figure exists, "
    "else the article's own, else exact figures, else all (ties: the lower value); best is kept "
    "within [low, high]. Claims linked by kg:addsUpWith count disjoint parts of the group told "
    "together ('six crew members and three servicemen') and are read as one claim of their sum."
)


def nn_int(value: int) -> Literal:
    return Literal(int(value), datatype=XSD.nonNegativeInteger)


@dataclass
class ClaimRecord:
    """A figure claim as mapped, kept for reconciliation across articles."""

    iri: URIRef
    event: URIRef
    group: URIRef
    kind: str
    value: int
    low: int
    high: int | None
    qualifier: str
    official: bool
    article_voice: bool
    nationality: str | None
    affiliations: tuple[str, ...]
    label: str
    side: str | None
    superseded: bool = False
    part: bool = False
    #: the first claim of a set that counts disjoint parts of this group in one statement
    #: ("six crew members and three servicemen"): reconciliation reads their sum as one claim
    joint: URIRef | None = None
    #: who states it: one claimant's figures for one group count once for best (:func:`reconcile`)
    claimant: URIRef | None = None


@dataclass
class MappedArticle:
    graph: Triples
    reference: Triples
    claims: list[ClaimRecord] = field(default_factory=list)
    events: list[URIRef] = field(default_factory=list)


class Mapper:
    def __init__(self, ref: Reference) -> None:
        self.ref = ref
        self._places: dict[Place, frozenset[tuple[Node, Node, Node]]] = {}  # a few hundred places, each used often

    # ------------------------------------------------------------------ reference entities
    def place(self, g: Triples, place: Place) -> URIRef:
        """Add ``place`` (with its country, province and geometry) to ``g``; its IRI."""
        triples = self._places.get(place)
        if triples is None:
            triples = set()
            self._place(triples, place)
            self._places[place] = frozenset(triples)
        g.update(triples)
        return place.iri

    def _place(self, g: Triples, place: Place) -> URIRef:
        node = place.iri
        g.add((node, RDF.type, KG.Place))
        g.add((node, RDF.type, SEM.Place))
        g.add((node, RDF.type, GEO.Feature))
        cls = {
            "country": KG.Country,
            "province": KG.Province,
            "settlement": KG.Settlement,
            "site": KG.Site,
            "sea": KG.SeaArea,
        }[place.kind]
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(place.name)))
        if place.kind == "country":
            g.add((node, RDF.type, KG.State))
            g.add((node, KG.isoCode, Literal(place.key)))
            nat = self.ref.nationalities.get(place.key)
            if nat and nat.wikidata:
                g.add((node, SCHEMA.sameAs, WD[nat.wikidata]))
        if place.kind == "province":
            g.add((node, KG.isoCode, Literal(place.key)))
        if place.site_kind:
            g.add((node, KG.placeKind, Literal(place.site_kind)))
        if place.country and place.kind != "country":
            g.add((node, KG.inCountry, iris.country(place.country)))
            self.place(g, self.ref.country(place.country))
        if place.province:
            prov = self.ref.province(place.province)
            if prov is not None:
                g.add((node, KG.inProvince, prov.iri))
                self.place(g, prov)
        if place.lat is not None and place.lon is not None:
            geom = iris.geometry(node)
            g.add((node, GEO.hasGeometry, geom))
            g.add((geom, RDF.type, GEO.Geometry))
            g.add((geom, GEO.asWKT, Literal(f"POINT({place.lon} {place.lat})", datatype=GEO.wktLiteral)))
            if place.approximate:
                g.add((geom, RDFS.comment, Literal("approximate coordinates (about 1 km)")))
        if place.geonames:
            g.add((node, SCHEMA.sameAs, GEONAMES[f"{place.geonames}/"]))
        return node

    def organisation(self, g: Triples, org: Organisation) -> URIRef:
        node = iris.agent(org.key)
        g.add((node, RDF.type, ORG_CLASSES.get(org.kind, KG.Organisation)))
        g.add((node, RDF.type, KG.Organisation))
        g.add((node, RDF.type, PROV.Agent))
        g.add((node, RDFS.label, Literal(org.label)))
        if org.country:
            g.add((node, KG.nationality, iris.country(org.country)))
            self.place(g, self.ref.country(org.country))
        if org.affiliation:
            g.add((node, KG.affiliation, AFFILIATIONS[org.affiliation]))
        return node

    def campaigns(self, g: Triples) -> None:
        for c in self.ref.campaigns.values():
            node = c.iri
            g.add((node, RDF.type, KG.Campaign))
            g.add((node, RDF.type, SEM.Event))
            g.add((node, RDFS.label, Literal(c.label)))
            g.add((node, SEM.hasBeginTimeStamp, Literal(c.start, datatype=XSD.date)))
            if c.end:
                g.add((node, SEM.hasEndTimeStamp, Literal(c.end, datatype=XSD.date)))
            if c.part_of:
                g.add((node, SEM.subEventOf, iris.campaign(c.part_of)))
            for cc in c.countries:
                g.add((node, SEM.hasPlace, iris.country(cc)))
                self.place(g, self.ref.country(cc))

    # ------------------------------------------------------------------ article
    def map(self, ex: Extraction, event_iris: dict[int, URIRef]) -> MappedArticle:
        """Map one article; ``event_iris`` maps ``id(event)`` to its incident's IRI."""
        art = ex.article
        g: Triples = set()
        refg: Triples = set()
        out = MappedArticle(g, refg)
        a = art.iri
        g.add((a, RDF.type, KG.Article))
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, RDF.type, PROV.Entity))
        g.add((a, DCTERMS.title, Literal(art.title)))
        g.add((a, DCTERMS.issued, Literal(art.published, datatype=XSD.date)))
        g.add((a, KG.publicationDateSource, Literal(art.published_source)))
        g.add((a, DCTERMS.language, Literal(art.language)))
        g.add((a, KG.sourceFile, Literal(art.path.name)))
        g.add((a, KG.sha256, Literal(art.sha256)))
        g.add((a, KG.characterCount, nn_int(len(art.text))))
        if art.url:
            g.add((a, SCHEMA.url, URIRef(art.url)))
        if art.publisher:
            pub = iris.agent(art.publisher)
            g.add((a, DCTERMS.publisher, pub))
            refg.add((pub, RDF.type, KG.Organisation))
            refg.add((pub, RDF.type, PROV.Agent))
            refg.add((pub, RDFS.label, Literal(art.publisher)))
        voice = iris.article_voice(art.slug)
        g.add((voice, RDF.type, KG.UnnamedSource))
        g.add((voice, RDF.type, PROV.Agent))
        g.add((voice, KG.voiceOf, a))
        g.add((voice, RDFS.label, Literal(f"the article ({art.path.name})")))

        claim_no = 0
        for ev in ex.events:
            e = self._event(g, refg, ex, ev, event_iris[id(ev)])
            out.events.append(e)
            figures = list(ev.figures) + self._person_figures(ev)
            records = []
            for f in figures:
                claim_no += 1
                records.append(self._claim(g, refg, ex, e, f, claim_no))
            for chain in joint_parts(art.text, figures):
                head = records[chain[0]].iri
                for i in chain:
                    records[i] = replace(records[i], joint=head)
                    g.update((records[i].iri, KG.addsUpWith, records[j].iri) for j in chain if j != i)
            out.claims.extend(records)
        for n, toll in enumerate(ex.tolls, start=1):
            t = iris.toll(art.slug, n)
            g.add((t, RDF.type, KG.AggregateToll))
            g.add((t, RDF.type, KG.Claim))
            g.add((t, RDF.type, PROV.Entity))
            claimant = self._claimant(g, refg, ex, toll.attribution)
            g.add((t, KG.claimant, claimant))
            g.add((t, PROV.wasAttributedTo, claimant))
            g.add((t, KG.claimSource, a))
            g.add((t, PROV.hadPrimarySource, a))
            g.add((t, KG.casualtyKind, KINDS[toll.kind]))
            if toll.nationality:
                g.add((t, KG.nationality, iris.country(toll.nationality)))
                refg_country = self.ref.country(toll.nationality)
                self.place(refg, refg_country)
            g.add((t, KG.affiliation, AFFILIATIONS[toll.affiliation]))
            g.add((t, KG.qualifier, QUALIFIERS[toll.qualifier]))
            g.add((t, KG.value, nn_int(toll.value)))
            g.add((t, KG.valueLow, nn_int(toll.low)))
            if toll.high is not None:
                g.add((t, KG.valueHigh, nn_int(toll.high)))
            if toll.since:
                g.add((t, KG.periodStart, Literal(toll.since, datatype=XSD.date)))
                g.add((t, KG.periodStartPrecision, DATE_PRECISIONS[toll.since_precision or "day"]))
            g.add((t, KG.asOf, Literal(toll.as_of, datatype=XSD.date)))
            if toll.scope_country:
                g.add((t, KG.scopePlace, iris.country(toll.scope_country)))
                self.place(refg, self.ref.country(toll.scope_country))
                for c in self.ref.campaigns.values():
                    if (
                        toll.scope_country in c.countries
                        and toll.since
                        and toll.since >= c.start.replace(day=1)
                        and (not c.involves or toll.nationality in c.involves)
                    ):
                        g.add((t, KG.scopeCampaign, c.iri))
            for aff in toll.excludes:
                g.add((t, KG.excludesAffiliation, AFFILIATIONS[aff]))
            if toll.excludes_note:
                g.add((t, KG.excludesNote, Literal(toll.excludes_note)))
            g.add((t, RDFS.label, Literal(f"{toll.qualifier} {toll.value} ({toll.kind})")))
            self._evidence(g, art.slug, t, toll.span)
        return out

    def _mention(self, g: Triples, slug: str, span: Span) -> URIRef:
        m = iris.span(slug, span.start, span.end)
        g.add((m, RDF.type, KG.Mention))
        g.add((m, RDF.type, NIF.String))
        g.add((m, NIF.referenceContext, iris.article(slug)))
        g.add((m, NIF.beginIndex, nn_int(span.start)))
        g.add((m, NIF.endIndex, nn_int(span.end)))
        g.add((m, NIF.anchorOf, Literal(span.text)))
        return m

    def _evidence(self, g: Triples, slug: str, subject: URIRef, span: Span | None) -> None:
        if span is not None and span.end > span.start:
            g.add((subject, KG.evidence, self._mention(g, slug, span)))

    def _claimant(self, g: Triples, refg: Triples, ex: Extraction, att: Attribution) -> URIRef:
        slug = ex.article.slug
        if att.kind == "organisation" and att.organisation is not None:
            node = self.organisation(refg, att.organisation)
        elif att.kind == "unnamed":
            node = iris.unnamed_source(slug, att.label)
            g.add((node, RDF.type, KG.UnnamedSource))
            g.add((node, RDF.type, PROV.Agent))
            g.add((node, RDFS.label, Literal(att.label)))
        else:
            return iris.article_voice(slug)
        if att.span is not None:
            self._evidence(g, slug, node, att.span) if att.kind == "unnamed" else None
        return node

    def event_core(
        self, g: Triples, refg: Triples, e: URIRef, ev: EventFact, reports: list[tuple[EventFact, URIRef]]
    ) -> None:
        """The incident's own facts, from its most precise report ``ev`` (identity.py)."""
        g.add((e, RDF.type, KG.Event))
        g.add((e, RDF.type, SEM.Event))
        type_label = ev.type.replace("-", " ")
        g.add((e, RDFS.label, Literal(f"{type_label.capitalize()}, {ev.place.name}, {ev.date.isoformat()}")))
        g.add((e, SEM.eventType, EVENT_TYPES[ev.type]))
        g.add((e, KG.hostile, Literal(ev.hostile)))
        g.add((e, SEM.hasTimeStamp, Literal(ev.date, datatype=XSD.date)))
        g.add((e, SEM.hasEarliestBeginTimeStamp, Literal(ev.date, datatype=XSD.date)))
        g.add((e, SEM.hasLatestEndTimeStamp, Literal(ev.date_latest, datatype=XSD.date)))
        g.add((e, KG.datePrecision, DATE_PRECISIONS[ev.date_precision]))
        g.add((e, SEM.hasPlace, self.place(refg, ev.place)))
        g.add((e, KG.placePrecision, PLACE_PRECISIONS[ev.place_precision]))
        if ev.near_place is not None:
            g.add((e, KG.nearPlace, self.place(refg, ev.near_place)))
            if ev.distance_km is not None:
                g.add((e, KG.distanceKm, Literal(str(ev.distance_km), datatype=XSD.decimal)))
        nats: set[str | None] = set()
        for report, article in reports:
            g.add((e, PROV.wasDerivedFrom, article))
            nats |= {f.nationality for f in report.figures} | {p.nationality for p in report.persons}
            nats |= {o.country for o in report.suspected + report.claimed_by}
        matched = []
        for c in self.ref.campaigns.values():
            if ev.place.country not in c.countries or ev.date < c.start or (c.end and ev.date > c.end):
                continue
            if c.involves and not (nats & set(c.involves)):
                continue
            matched.append(c)
        parents = {c.part_of for c in matched}
        for c in matched:
            if c.key not in parents:
                g.add((e, SEM.subEventOf, c.iri))

    def _event(self, g: Triples, refg: Triples, ex: Extraction, ev: EventFact, e: URIRef) -> URIRef:
        """What one article says about the incident ``e``: the report, spans, actors, people."""
        art = ex.article
        # the incident's type, date and place are stated once, in the reconciled graph
        g.add((e, KG.reportedIn, art.iri))
        for org in ev.suspected:
            g.add((e, KG.suspectedPerpetrator, self.organisation(refg, org)))
        for org in ev.claimed_by:
            g.add((e, KG.claimedResponsibilityBy, self.organisation(refg, org)))
        if ev.no_claim and not ev.claimed_by:
            g.add((e, KG.noResponsibilityClaimed, Literal(True)))
        for span in (ev.type_span, ev.date_span, ev.place_span):
            self._evidence(g, art.slug, e, span)
        for p in ev.persons:
            self._person(g, refg, ex, e, p)
        return e

    def _person(self, g: Triples, refg: Triples, ex: Extraction, e: URIRef, p: PersonFact) -> None:
        assert p.name is not None
        node = iris.person(p.name)
        g.add((node, RDF.type, KG.Person))
        g.add((node, RDF.type, SCHEMA.Person))
        g.add((node, RDF.type, SEM.Actor))
        g.add((node, SCHEMA.name, Literal(p.name)))
        g.add((node, RDFS.label, Literal(p.name)))
        if p.rank is not None:
            g.add((node, KG.rank, p.rank.iri))
        if p.nationality:
            g.add((node, KG.nationality, iris.country(p.nationality)))
            self.place(refg, self.ref.country(p.nationality))
        g.add((node, KG.affiliation, AFFILIATIONS[p.affiliation]))
        inv = iris.involvement(e, p.name, ex.article.slug)
        g.add((e, KG.involvement, inv))
        g.add((inv, RDF.type, KG.Involvement))
        g.add((inv, RDF.type, SEM.Role))
        g.add((inv, KG.person, node))
        g.add((inv, KG.fate, FATES[p.fate or "killed"]))
        g.add((inv, PROV.wasDerivedFrom, ex.article.iri))
        for span in [*p.spans[:3], p.fate_span]:
            self._evidence(g, ex.article.slug, inv, span)

    @staticmethod
    def _person_figures(ev: EventFact) -> list[Figure]:
        """Named casualties count when the article gives no figure for their group."""
        stated = {(f.kind, f.nationality, f.affiliation) for f in ev.figures}
        groups: dict[tuple[str, str | None, str], list[PersonFact]] = defaultdict(list)
        for p in ev.persons:
            kind = {"killed": "deaths", "died-of-wounds": "deaths", "injured": "injuries"}.get(p.fate or "")
            if kind and (kind, p.nationality, p.affiliation) not in stated:
                groups[(kind, p.nationality, p.affiliation)].append(p)
        out = []
        for (kind, nat, aff), people in groups.items():
            span = people[0].fate_span or people[0].spans[0]
            out.append(
                Figure(
                    kind,
                    len(people),
                    len(people),
                    None,
                    "at-least",
                    nat,
                    (aff,),
                    None,
                    "named " + ("persons" if len(people) > 1 else "person"),
                    span,
                    people[0].attribution,
                )
            )
        return out

    def _claim(self, g: Triples, refg: Triples, ex: Extraction, e: URIRef, f: Figure, n: int) -> ClaimRecord:
        c = iris.claim(ex.article.slug, n)
        group = iris.casualty_group(e, f.nationality, f.affiliation)
        g.add((c, RDF.type, KG.CasualtyClaim))
        g.add((c, RDF.type, KG.Claim))
        g.add((c, RDF.type, PROV.Entity))
        g.add((c, KG.aboutEvent, e))
        g.add((c, KG.aboutGroup, group))
        g.add((c, KG.casualtyKind, KINDS[f.kind]))
        g.add((c, KG.qualifier, QUALIFIERS[f.qualifier]))
        g.add((c, KG.value, nn_int(f.value)))
        g.add((c, KG.valueLow, nn_int(f.low)))
        if f.high is not None:
            g.add((c, KG.valueHigh, nn_int(f.high)))
        g.add((c, KG.groupLabel, Literal(f.group_label)))
        if f.superseded:
            g.add((c, KG.superseded, Literal(True)))
        if f.part:
            g.add((c, KG.countsPart, Literal(True)))
        claimant = self._claimant(g, refg, ex, f.attribution)
        g.add((c, KG.claimant, claimant))
        g.add((c, PROV.wasAttributedTo, claimant))
        g.add((c, KG.claimSource, ex.article.iri))
        g.add((c, PROV.hadPrimarySource, ex.article.iri))
        self._evidence(g, ex.article.slug, c, f.span)
        org = f.attribution.organisation
        official = bool(
            org and org.country and org.country == f.nationality and org.kind in ("state-body", "armed-force")
        )
        return ClaimRecord(
            c,
            e,
            group,
            f.kind,
            f.value,
            f.low,
            f.high,
            f.qualifier,
            official,
            f.attribution.kind == "article",
            f.nationality,
            f.affiliations,
            f.group_label,
            f.side,
            f.superseded,
            f.part,
            claimant=claimant,
        )


# What may join two figures told as disjoint parts of one group: "six crew members and three
# servicemen", "two pilots, a navigator and a further three technicians"
_AND_LINK = re.compile(
    r"\s*,?\s*(?:and|as well as|plus|along with|together with)\s+(?:(?:a\s+further|another|the|their|its)\s+)?",
    re.I,
)
_COMMA_LINK = re.compile(r"\s*,\s*")
# "three of them", "two of whom", "five among them": a part of the figure before, not a second part
_SUBSET = re.compile(r"\S+\s+(?:of|among)\s+(?:them|whom|those|these|the\s+(?:dead|injured|wounded))\b", re.I)


def joint_parts(text: str, figures: list[Figure]) -> list[list[int]]:
    """Sets of figures (indices) that count disjoint parts of one casualty group in one statement.

    Two figures join when they are of one kind, group (nationality and affiliations) and
    claimant, name the group differently, and nothing but "and" (or a comma, in a list closed by
    "and") stands between them: "killing six crew members and three servicemen escorting them".
    A count told as a share of the one before ("twelve soldiers and three of them officers"),
    a total told with its parts ("32 died, 26 passengers and six crew"), parts that add up to a
    figure the claimant states, a figure singled out of a total, a revised one and "several"
    never join.

    >>> s = "killing six crew members and three servicemen"
    >>> f = lambda n, a, b: Figure("deaths", n, n, n, "exactly", "RU", ("armed-forces",), None,
    ...     s[a:b], Span(a, b, s[a:b]), Attribution("article", "the article"))
    >>> joint_parts(s, [f(6, 8, 24), f(3, 29, 46)])
    [[0, 1]]
    >>> joint_parts(s, [f(0, 8, 24), f(0, 29, 46)])  # zero parts: each is half of their sum, none is a part
    []
    """

    def joinable(a: Figure, b: Figure, strict: bool = True) -> bool:
        same_group = (
            a.kind == b.kind
            and a.nationality == b.nationality
            and a.affiliations == b.affiliations
            and a.attribution.label == b.attribution.label
        )
        return same_group and (
            not strict
            or (
                a.group_label != b.group_label
                and not (a.part or b.part or a.superseded or b.superseded)
                and "several" not in (a.qualifier, b.qualifier)
                and not _SUBSET.match(text, b.span.start)
            )
        )

    order = sorted(range(len(figures)), key=lambda i: figures[i].span.start)
    chains: list[list[int]] = []
    chain: list[int] = []
    links: list[bool] = []  # per link of the chain: an "and", not a bare comma

    def close() -> None:
        if len(chain) > 1 and links[-1]:
            # "32 people died, 26 passengers and six crew": a total told with its parts is no part
            parts = [i for i in chain if 2 * figures[i].value != sum(figures[j].value for j in chain)]
            if len(parts) < 2:
                return
            # parts that add up to a figure the claimant states ("32 people, 26 passengers and six
            # crew", the 32 revised since) only repeat it
            total = sum(figures[i].value for i in parts)
            stated = any(
                f.value == total and f.kind == figures[parts[0]].kind and joinable(f, figures[parts[0]], strict=False)
                for f in figures
            )
            if not stated:
                chains.append(sorted(parts))

    for i in order:
        if chain:
            a, b = figures[chain[-1]], figures[i]
            gap = text[a.span.end : b.span.start] if a.span.end <= b.span.start else None
            is_and = gap is not None and _AND_LINK.fullmatch(gap) is not None
            is_comma = gap is not None and _COMMA_LINK.fullmatch(gap) is not None
            if (is_and or is_comma) and joinable(a, b):
                chain.append(i)
                links.append(is_and)
                continue
            close()
        chain, links = [i], []
    if chain:
        close()
    return chains


def _sum_joint(kc: list[ClaimRecord]) -> list[ClaimRecord]:
    """Claims with the sets of joint parts (:func:`joint_parts`) each read as one claim of their sum."""
    sets: dict[URIRef, list[ClaimRecord]] = defaultdict(list)
    for c in kc:
        if c.joint is not None:
            sets[c.joint].append(c)
    out = [c for c in kc if c.joint is None or len(sets[c.joint]) < 2]
    for parts in sets.values():
        if len(parts) < 2:
            continue
        highs = [c.high for c in parts]
        qualifiers = {c.qualifier for c in parts}
        out.append(
            replace(
                parts[0],
                value=sum(c.value for c in parts),
                low=sum(c.low for c in parts),
                high=None if None in highs else sum(h for h in highs if h is not None),
                qualifier="exactly" if qualifiers == {"exactly"} else sorted(qualifiers - {"exactly"})[0],
                official=all(c.official for c in parts),
                article_voice=all(c.article_voice for c in parts),
            )
        )
    return out


def reconcile(claims: Iterable[ClaimRecord], ref: Reference) -> Triples:
    """Casualty groups with low/best/high per kind, from every claim about them."""
    g: Triples = set()
    by_group: dict[URIRef, list[ClaimRecord]] = defaultdict(list)
    for c in claims:
        by_group[c.group].append(c)
    for group, cs in sorted(by_group.items()):
        first = cs[0]
        g.add((first.event, KG.casualtyGroup, group))
        g.add((group, RDF.type, KG.CasualtyGroup))
        g.add((group, KG.groupLabel, Literal(first.label)))
        if first.nationality:
            g.add((group, KG.nationality, iris.country(first.nationality)))
        for aff in sorted({a for c in cs for a in c.affiliations}):
            g.add((group, KG.affiliation, AFFILIATIONS[aff]))
        sides = sorted({c.side for c in cs if c.side})
        for side in sides:
            g.add((group, KG.side, Literal(side)))
        g.add((group, KG.reconciliationRule, Literal(RULE)))
        for kind, (p_low, p_best, p_high) in (
            ("deaths", (KG.killedLow, KG.killedBest, KG.killedHigh)),
            ("injuries", (KG.injuredLow, KG.injuredBest, KG.injuredHigh)),
        ):
            told = [c for c in cs if c.kind == kind]
            if not told:
                continue
            kc = _sum_joint(told)
            # a count of members singled out ("Among the dead was the deputy commander") bounds the total
            # from below but is no report of it; a revised figure yields to its revision; a vague
            # "several" yields to any number
            totals = [c for c in kc if not c.part] or kc
            # each claimant's lower bound of the total is the largest it states; a figure it has
            # since revised stays a lower bound of its own
            lows: dict[URIRef, int] = {}
            for c in totals:
                who = c.iri if c.superseded or c.claimant is None else c.claimant
                lows[who] = max(lows.get(who, c.low), c.low)
            low = min(lows.values())
            high = max(c.high if c.high is not None else max(c.low, c.value) for c in kc)
            current = [c for c in totals if not c.superseded] or totals
            current = [c for c in current if c.qualifier != "several"] or current
            official = [c for c in current if c.official]
            voice = [c for c in current if c.article_voice]
            exact = [c for c in current if c.qualifier == "exactly"]
            pool = (official + voice) if official else (voice or exact or current)
            # each claimant counts once, with the largest of its figures: one source's differing
            # figures for one group are its parts and its total, not rival estimates
            stated: dict[URIRef, int] = {}
            for c in pool:
                who = c.claimant or c.iri
                stated[who] = max(stated.get(who, c.value), c.value)
            counts = Counter(stated.values())
            best = min(counts, key=lambda v: (-counts[v], v))
            best = max(low, min(best, high))
            g.add((group, p_low, nn_int(low)))
            g.add((group, p_best, nn_int(best)))
            g.add((group, p_high, nn_int(max(high, best))))
            for c in told:
                g.add((group, PROV.wasDerivedFrom, c.iri))
    return g


__all__ = ["Mapper", "MappedArticle", "ClaimRecord", "reconcile", "OWL", "SKOS"]
