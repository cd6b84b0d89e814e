"""One event however many articles report it.

Two event reports denote the same incident when they come from different articles (the
reports of one article were told apart by the extractor), their date windows overlap (each
window widened by one day, since reports written the next day say "late on Monday" or give
the date of the announcement) **and** one of these holds:

* they name the same person with a fate in it;
* their places agree and so do their types. Places agree when they are the same place, or
  one lies in the other (a settlement or site in a province, anything in a country), or
  when one is a place no reference list knows (read from the text's wording, so it has no
  province or coordinates) in the other's country, and either the other article names it too or the other's
  place is a province its own article names ("the village of X in the Y region"), or when both are
  such places of the same name, whatever country each article's context gave them. Types agree when
  they are the same; or both reports are of hostile fire of the same broad kind
  (explosions and remote violence; ground fighting), or one of them is of hostile fire of
  no more definite type ("other"); or both tell of an aircraft lost, whatever its cause
  (one outlet's crash is another's shoot-down).

A person dies once: two reports from different articles that name the same person (the whole
name, of two words or more) as killed or dead of wounds in both, or as wounded in the earlier and
dead of wounds in the later, tell of one incident when their dates lie within four weeks of each
other, whatever their types and places. A follow-up that reports the
death in hospital of a victim wounded days earlier is typed and dated by the death ("died in a
Doha hospital on Thursday"), not by the attack; the attack's report, being as precise and
published first, keeps the incident's facts.

Reports are grouped transitively, except that no incident takes a report published before
the incident's date (a report cannot tell of what had not happened yet: the day of slack
must not carry a later date into an earlier article). Each group becomes one event whose IRI and core
facts (type, date, place) come from its most precise report: a day-precision date beats
a week or month; a site beats a settlement beats a province beats a country; ties go to
the earliest-published article. The other reports keep their own claims, persons and
spans in their own named graphs and point at the same event, so ``deaths`` counts it once.

>>> from datetime import date
>>> overlaps((date(2020, 8, 18), date(2020, 8, 18)), (date(2020, 8, 17), date(2020, 8, 23)))
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rdflib import URIRef

from . import iris
from .extract import EventFact, Extraction

BROAD = {
    "roadside-bomb": "explosion",
    "suicide-bombing": "explosion",
    "shelling": "explosion",
    "airstrike": "explosion",
    "shoot-down": "aircraft",
    "aircraft-crash": "aircraft",
    "armed-clash": "ground",
    "assassination": "ground",
    "accident": "accident",
    "other": "other",
}
# words that say what kind of subdivision a name is, not which ("Kharkiv Oblast", "Tver region")
GENERIC_PLACE_WORDS = re.compile(
    r"^the\s+|\s+(?:oblast|region|province|governorate|district|krai|kray|county|state|prefecture)$"
)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass
class Report:
    article_index: int
    event: EventFact
    published: date
    name: str
    text: str = ""

    @functools.cached_property  # compared with every report of the same days: computed once
    def persons(self) -> frozenset[str]:
        return frozenset(p.name.split()[-1].lower() for p in self.event.persons if p.name and p.fate)

    @functools.cached_property
    def harmed(self) -> dict[str, str]:
        """The whole names (two words or more, case-folded) of the persons it reports killed,
        dead of wounds or wounded, with that fate."""
        return {
            " ".join(p.name.casefold().split()): p.fate
            for p in self.event.persons
            if p.name and len(p.name.split()) >= 2 and p.fate in FATAL | {"injured"}
        }

    @functools.cached_property
    def folded_text(self) -> str:
        return self.text.casefold()

    def names(self, place) -> bool:  # type: ignore[no-untyped-def]
        """Does this report's article name ``place`` as a whole word ("Kharkiv" for Kharkiv Oblast)?"""
        core = _place_core(place)
        return bool(core) and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", self.folded_text) is not None

    @functools.cached_property
    def window(self) -> tuple[date, date]:
        return self.event.date, self.event.date_latest


SLACK_DAYS = 1
#: how far apart the dates of two reports of one person's death may lie (wounded, then died)
DEATH_WINDOW_DAYS = 28
FATAL = frozenset({"killed", "died-of-wounds"})


def overlaps(a: tuple[date, date], b: tuple[date, date], slack: int = SLACK_DAYS) -> bool:
    one = timedelta(days=slack)
    return a[0] - one <= b[1] and b[0] - one <= a[1]


def _contains(outer, inner) -> bool:  # type: ignore[no-untyped-def]
    if outer.iri == inner.iri:
        return True
    if outer.kind == "country":
        return inner.country == outer.key
    if outer.kind == "province":
        return inner.province == outer.key
    return False


def read_from_text(place) -> bool:  # type: ignore[no-untyped-def]
    """A place the extractor read from the text's wording because no reference list knows it:
    it has neither coordinates nor a province."""
    return place.kind in ("settlement", "site") and place.lat is None and place.province is None


def _unknown_place_agrees(unknown: Report, other: Report) -> bool:
    """``unknown``'s place is one the gazetteer lacks, in ``other``'s country (or either country
    unknown), and either ``other`` names it too or ``other``'s place is a province that
    ``unknown``'s article names (the village "in the X region")."""
    pu, po = unknown.event.place, other.event.place
    if not read_from_text(pu):
        return False
    if pu.country is not None and po.country is not None and pu.country != po.country:
        return False
    return other.names(pu) or (po.kind == "province" and unknown.names(po))


def _place_core(place) -> str:  # type: ignore[no-untyped-def]
    return GENERIC_PLACE_WORDS.sub("", place.name.casefold()).strip()


def _same_name_read_from_text(a: Report, b: Report) -> bool:
    """Both places were read from the texts' wording (no reference list knows them) and bear the
    same name. Their countries are not compared: a place read from the text takes its country
    from the article's context, which for a report about foreign troops is the troops' country
    ("four U.S. soldiers killed near Tongo Tongo"), so two outlets give one village two."""
    pa, pb = a.event.place, b.event.place
    return read_from_text(pa) and read_from_text(pb) and bool(_place_core(pa)) and _place_core(pa) == _place_core(pb)


def places_agree(a: Report, b: Report) -> bool:
    pa, pb = a.event.place, b.event.place
    return (
        _contains(pa, pb)
        or _contains(pb, pa)
        or _unknown_place_agrees(a, b)
        or _unknown_place_agrees(b, a)
        or _same_name_read_from_text(a, b)
    )


def types_agree(a: EventFact, b: EventFact) -> bool:
    if a.type == b.type:
        return True
    if BROAD[a.type] == BROAD[b.type] == "aircraft":
        return True
    return a.hostile and b.hostile and (BROAD[a.type] == BROAD[b.type] or "other" in (a.type, b.type))


def same_incident(a: Report, b: Report) -> bool:
    if a.article_index == b.article_index:  # the extractor told them apart
        return False
    if a.event.separate or b.event.separate or not overlaps(a.window, b.window):
        return False
    if a.persons & b.persons:
        return True
    return types_agree(a.event, b.event) and places_agree(a, b)


def same_death(a: Report, b: Report) -> bool:
    """Both report one named person dead, a few weeks apart at most (see the module's rule)."""
    if a.article_index == b.article_index or a.event.separate or b.event.separate:
        return False
    if not overlaps(a.window, b.window, slack=DEATH_WINDOW_DAYS):
        return False
    early, late = (a, b) if a.window[0] <= b.window[0] else (b, a)
    for name in early.harmed.keys() & late.harmed.keys():
        first, then = early.harmed[name], late.harmed[name]
        if (first in FATAL and then in FATAL) or (first == "injured" and then == "died-of-wounds"):
            return True
    return False


def _precision_key(r: Report) -> tuple:
    return (PRECISION_RANK[r.event.date_precision], -r.event.place.specificity, r.published, r.name)


@dataclass
class Incident:
    iri: URIRef
    best: Report
    reports: list[Report]


def own_iri(ev: EventFact) -> URIRef:
    """The IRI of an incident whose most precise report is ``ev`` (before numbering apart
    incidents that share it): what a report standing alone gets."""
    place_key = ev.place.key if ev.place.kind != "country" else ev.place.name
    return iris.event(ev.date.isoformat(), place_key, ev.type)


def group_reports(extractions: list[Extraction]) -> list[Incident]:
    """Cluster the event reports of all articles into incidents (deterministic)."""
    reports = [
        Report(i, ev, ex.article.published, ex.article.path.name, ex.article.text)
        for i, ex in enumerate(extractions)
        for ev in ex.events
    ]
    parent = list(range(len(reports)))
    # per cluster root: the latest event date and the earliest publication among its reports;
    # two clusters merge only if no report would then be older than the incident it reports
    latest = [r.event.date for r in reports]
    earliest = [r.published for r in reports]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, death: bool = False) -> None:
        """Join the clusters of reports ``i`` and ``j`` unless some report would then be older than the
        incident's date. For two reports of one person's death (``death``) the later report's date is
        the day of death, so the incident's date is that of the cluster holding the earlier report."""
        ri, rj = find(i), find(j)
        if death:
            dated = latest[ri] if reports[i].event.date <= reports[j].event.date else latest[rj]
        else:
            dated = max(latest[ri], latest[rj])
        if dated > min(earliest[ri], earliest[rj]):
            return
        parent[rj] = ri
        latest[ri], earliest[ri] = dated, min(earliest[ri], earliest[rj])

    order = sorted(range(len(reports)), key=lambda i: reports[i].window[0])
    for pos, i in enumerate(order):
        for j in order[pos + 1 :]:
            # sorted by start: once j starts after i's window (plus the slack), no later one overlaps
            if reports[j].window[0] - reports[i].window[1] > timedelta(days=SLACK_DAYS):
                break
            if find(i) != find(j) and same_incident(reports[i], reports[j]):
                union(i, j)
    by_dead: dict[str, list[int]] = {}  # reports by the persons they name harmed
    for i in order:
        for name in sorted(reports[i].harmed):
            by_dead.setdefault(name, []).append(i)
    for members in by_dead.values():
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if find(i) != find(j) and same_death(reports[i], reports[j]):
                    union(i, j, death=True)
    groups: dict[int, list[Report]] = {}
    for i, r in enumerate(reports):
        groups.setdefault(find(i), []).append(r)
    incidents = []
    for members in groups.values():
        best = min(members, key=_precision_key)
        incidents.append(Incident(own_iri(best.event), best, sorted(members, key=lambda r: r.name)))
    # two different incidents may share date, place and type: keep their IRIs apart
    seen: dict[URIRef, int] = {}
    for inc in sorted(incidents, key=lambda x: (str(x.iri), x.best.name)):
        n = seen.get(inc.iri, 0) + 1
        seen[inc.iri] = n
        if n > 1:
            inc.iri = iris.numbered(inc.iri, n)
    return sorted(incidents, key=lambda x: str(x.iri))
