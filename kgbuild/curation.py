"""Human corrections that survive re-extraction: ``<article stem>.curation.yaml``.

A curation file sits beside its article and wins over the extractor. It names facts by
what they say (kind, nationality, value, claimant), never by the extractor's internal
order, so it stays valid when the extractor changes; quotes (``text``) are looked up in
the article to give curated facts their spans. Format::

    event:                       # overrides for the article's incident (all optional)
      type: roadside-bomb        # an event-type notation
      date: 2020-08-18
      date_precision: day        # day | week | month | year
      place: At-Taim oilfield    # a gazetteer name or alias
      hostile: true
      separate: true             # never merge this report with other articles' reports
    figures:
      remove:                    # drop extracted figures matching all the given fields
        - {kind: injured, nationality: RU, value: 2}
      fix:                       # change fields of matching figures
        - {match: {kind: killed, nationality: SY, value: 6}, set: {value: 7}}
      add:                       # add figures; text must be an exact quote from the article
        - {kind: killed, nationality: RU, affiliation: armed-forces, value: 1,
           qualifier: exactly, claimant: Russian Defence Ministry, text: "died from the serious injuries"}
    persons:
      remove: [{name: Sergei Rudskoy}]
      fix: [{match: {name: Vyacheslav Gladkikh}, set: {rank: Major General, fate: died-of-wounds}}]
      add: [{name: ..., rank: ..., nationality: RU, affiliation: armed-forces, fate: killed, text: "..."}]

Errors name the curation file, the line and the key (exit code 2).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .extract import ARTICLE_VOICE, Attribution, EventFact, Extraction, Extractor, Figure, PersonFact, Span

EVENT_TYPES = (
    "roadside-bomb",
    "suicide-bombing",
    "shelling",
    "airstrike",
    "shoot-down",
    "aircraft-crash",
    "armed-clash",
    "assassination",
    "accident",
    "other",
)
KINDS = {"killed": "deaths", "injured": "injuries"}
AFFILIATIONS = ("armed-forces", "militia", "pmc", "civilian", "unknown")
FATES = ("killed", "died-of-wounds", "injured", "survived", "captured", "missing")
QUALIFIERS = ("exactly", "at-least", "more-than", "about", "at-most", "fewer-than", "several")
TOP_KEYS = {"event", "figures", "persons"}
EVENT_KEYS = {"type", "date", "date_precision", "place", "hostile", "separate"}
FIGURE_KEYS = {"kind", "nationality", "affiliation", "value", "qualifier", "claimant", "text"}
PERSON_KEYS = {"name", "rank", "nationality", "affiliation", "fate", "text"}


def curation_path(article_path: Path) -> Path:
    return article_path.with_name(article_path.stem + ".curation.yaml")


class _Loader(yaml.SafeLoader):
    """Keeps dates as strings and records each mapping's line for error messages."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader, node):  # type: ignore[no-untyped-def]
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class Curation:
    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    def error(self, node: Any, message: str) -> InputError:
        line = node.get("__line__") if isinstance(node, dict) else None
        return InputError(self.path, message, line=line)

    def _check_keys(self, node: Any, allowed: set[str], where: str) -> None:
        if not isinstance(node, dict):
            raise self.error(None, f"{where}: must be a mapping")
        unknown = sorted(k for k in node if k != "__line__" and k not in allowed)
        if unknown:
            raise self.error(node, f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")

    def _enum(self, node: dict, key: str, allowed: tuple[str, ...]) -> str | None:
        value = node.get(key)
        if value is None:
            return None
        if value not in allowed:
            raise self.error(node, f"{key}: {value!r} is not one of {', '.join(allowed)}")
        return str(value)

    def _span(self, node: dict, text: str) -> Span:
        quote = node.get("text")
        if not quote:
            raise self.error(node, "an added fact needs 'text', an exact quote from the article")
        pos = text.find(str(quote))
        if pos < 0:
            raise self.error(node, f"text {quote!r} is not in the article")
        return Span(pos, pos + len(str(quote)), str(quote))

    def _matches(self, node: dict, fact: Any, fields: dict[str, Any]) -> bool:
        for key, want in fields.items():
            if key == "__line__":
                continue
            got = _fact_field(fact, key)
            if got is None and want is None:
                continue
            if str(got).lower() != str(want).lower():
                return False
        return True

    # ------------------------------------------------------------------ apply
    def apply(self, ex: Extraction, extractor: Extractor) -> Extraction:
        self._check_keys(self.data, TOP_KEYS, "curation")
        text = ex.article.text
        if not ex.events and (self.data.get("figures") or self.data.get("persons") or self.data.get("event")):
            ev_node = self.data.get("event") or {}
            if not ev_node.get("place") or not ev_node.get("type") or not ev_node.get("date"):
                raise self.error(ev_node or self.data, "no incident was extracted: event needs type, date and place")
            place = self._place(ev_node, extractor)
            ex.events.append(
                EventFact(
                    type="other",
                    hostile=True,
                    type_span=None,
                    date=ex.article.published,
                    date_latest=ex.article.published,
                    date_precision="day",
                    date_span=None,
                    place=place,
                    place_precision="settlement",
                    place_span=None,
                )
            )
        for ev in ex.events:
            self._event(ev, extractor)
            self._figures(ev, text, extractor)
            self._persons(ev, text, extractor)
        return ex

    def _place(self, node: dict, extractor: Extractor):  # type: ignore[no-untyped-def]
        name = str(node["place"])
        for hit in extractor.ref.place_matcher.finditer(name):
            if hit.start == 0 and hit.end == len(name):
                return hit.payloads[0]
        raise self.error(node, f"place {name!r} is not in the gazetteer (kgbuild/data/places.yaml)")

    def _event(self, ev: EventFact, extractor: Extractor) -> None:
        node = self.data.get("event")
        if not node:
            return
        self._check_keys(node, EVENT_KEYS, "event")
        etype = self._enum(node, "type", EVENT_TYPES)
        if etype:
            ev.type = etype
            ev.hostile = etype not in ("aircraft-crash", "accident")
        if "hostile" in node:
            ev.hostile = bool(node["hostile"])
        if "date" in node:
            try:
                ev.date = date.fromisoformat(str(node["date"]))
            except ValueError:
                raise self.error(node, f"date: {node['date']!r} is not an ISO date") from None
            ev.date_latest = ev.date
            ev.date_precision = "day"
        precision = self._enum(node, "date_precision", ("day", "week", "month", "year"))
        if precision:
            ev.date_precision = precision
        if "place" in node:
            ev.place = self._place(node, extractor)
            ev.place_precision = {
                "country": "country",
                "province": "province",
                "sea": "sea-or-airspace",
                "settlement": "settlement",
                "site": "exact",
            }[ev.place.kind]
        if node.get("separate"):
            ev.separate = True

    def _figure(self, node: dict, text: str, extractor: Extractor) -> Figure:
        self._check_keys(node, FIGURE_KEYS, "figure")
        kind = self._enum(node, "kind", tuple(KINDS))
        if kind is None or "value" not in node:
            raise self.error(node, "a figure needs kind (killed/injured) and value")
        try:
            value = int(node["value"])
        except (TypeError, ValueError):
            raise self.error(node, f"value: {node['value']!r} is not a whole number") from None
        if value < 0:
            raise self.error(node, "value: must not be negative")
        qualifier = self._enum(node, "qualifier", QUALIFIERS) or "exactly"
        low, high = value, value
        if qualifier in ("at-least", "several"):
            high = None
        elif qualifier == "more-than":
            low, high = value + 1, None
        elif qualifier in ("at-most", "fewer-than"):
            low = 0
        aff = self._enum(node, "affiliation", AFFILIATIONS) or "unknown"
        nat = node.get("nationality")
        if nat is not None and nat not in extractor.ref.nationalities:
            raise self.error(node, f"nationality: {nat!r} is not a known ISO 3166-1 alpha-2 code")
        return Figure(
            KINDS[kind],
            value,
            low,
            high,
            qualifier,
            nat,
            (aff,),
            None,
            "curated",
            self._span(node, text),
            self._claimant(node, extractor),
        )

    def _claimant(self, node: dict, extractor: Extractor) -> Attribution:
        claimant = node.get("claimant")
        if not claimant or str(claimant).lower() in ("article", "the article"):
            return ARTICLE_VOICE
        att = extractor._resolve_source(str(claimant), 0)
        if att and att.kind == "organisation":
            return replace(att, span=None)
        return Attribution("unnamed", str(claimant), None, None)

    def _figures(self, ev: EventFact, text: str, extractor: Extractor) -> None:
        node = self.data.get("figures") or {}
        self._check_keys(node, {"remove", "fix", "add"}, "figures")
        for rm in node.get("remove") or []:
            self._check_keys(rm, FIGURE_KEYS, "figures.remove")
            before = len(ev.figures)
            ev.figures = [f for f in ev.figures if not self._matches(rm, f, rm)]
            if len(ev.figures) == before:
                raise self.error(rm, "figures.remove: no extracted figure matches; the curation is stale")
        for fx in node.get("fix") or []:
            self._check_keys(fx, {"match", "set"}, "figures.fix")
            match, new = fx.get("match") or {}, fx.get("set") or {}
            hits = [i for i, f in enumerate(ev.figures) if self._matches(match, f, match)]
            if not hits:
                raise self.error(fx, "figures.fix: no extracted figure matches; the curation is stale")
            for i in hits:
                f = ev.figures[i]
                merged = {
                    "kind": _fact_field(f, "kind"),
                    "nationality": f.nationality,
                    "affiliation": f.affiliation,
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "__line__": fx.get("__line__"),
                    "text": f.span.text,
                }
                merged.update({k: v for k, v in new.items() if k != "__line__"})
                fixed = self._figure(merged, text, extractor)
                ev.figures[i] = replace(fixed, span=f.span, attribution=f.attribution)
        for add in node.get("add") or []:
            ev.figures.append(self._figure(add, text, extractor))

    def _persons(self, ev: EventFact, text: str, extractor: Extractor) -> None:
        node = self.data.get("persons") or {}
        self._check_keys(node, {"remove", "fix", "add"}, "persons")
        for rm in node.get("remove") or []:
            self._check_keys(rm, PERSON_KEYS, "persons.remove")
            before = len(ev.persons)
            ev.persons = [p for p in ev.persons if not self._matches(rm, p, rm)]
            if len(ev.persons) == before:
                raise self.error(rm, "persons.remove: no extracted person matches; the curation is stale")
        for fx in node.get("fix") or []:
            self._check_keys(fx, {"match", "set"}, "persons.fix")
            match, new = fx.get("match") or {}, fx.get("set") or {}
            hits = [p for p in ev.persons if self._matches(match, p, match)]
            if not hits:
                raise self.error(fx, "persons.fix: no extracted person matches; the curation is stale")
            for p in hits:
                self._set_person(p, new, extractor)
        for add in node.get("add") or []:
            self._check_keys(add, PERSON_KEYS, "persons.add")
            if not add.get("name"):
                raise self.error(add, "an added person needs a name")
            p = PersonFact(str(add["name"]), None, None, "armed-forces", None, spans=[self._span(add, text)])
            self._set_person(p, add, extractor)
            if p.fate is None:
                raise self.error(add, "an added person needs a fate")
            ev.persons.append(p)

    def _set_person(self, p: PersonFact, new: dict, extractor: Extractor) -> None:
        if "nationality" in new:
            if new["nationality"] not in extractor.ref.nationalities:
                raise self.error(new, f"nationality: {new['nationality']!r} is not a known code")
            p.nationality = new["nationality"]
        if "affiliation" in new:
            p.affiliation = self._enum(new, "affiliation", AFFILIATIONS) or p.affiliation
        if "fate" in new:
            p.fate = self._enum(new, "fate", FATES)
            p.fate_span = p.fate_span or (p.spans[0] if p.spans else None)
        if "rank" in new:
            label = str(new["rank"]).lower()
            ranks = [
                r
                for r in extractor.ref.ranks.values()
                if r.country == p.nationality and label in (x.lower() for x in r.labels)
            ]
            if not ranks:
                raise self.error(new, f"rank: {new['rank']!r} is not a rank of {p.nationality} in ontology/ranks.ttl")
            p.rank = ranks[0]
        if "name" in new:
            p.name = str(new["name"])


def _fact_field(fact: Any, key: str) -> Any:
    if isinstance(fact, Figure):
        return {
            "kind": {"deaths": "killed", "injuries": "injured"}[fact.kind],
            "nationality": fact.nationality,
            "affiliation": fact.affiliation,
            "value": fact.value,
            "qualifier": fact.qualifier,
            "text": fact.span.text,
            "claimant": "article" if fact.attribution.kind == "article" else fact.attribution.label,
        }.get(key)
    if isinstance(fact, PersonFact):
        return {
            "name": fact.name,
            "rank": fact.rank.label if fact.rank else None,
            "fate": fact.fate,
            "nationality": fact.nationality,
            "affiliation": fact.affiliation,
        }.get(key)
    return None


def load_curation(article_path: Path) -> Curation | None:
    path = curation_path(article_path)
    if not path.exists():
        return None
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise InputError(path, f"broken YAML: {exc.problem}", line=line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    if data is None:
        return None
    if not isinstance(data, dict):
        raise InputError(path, "a curation file must be a mapping")
    return Curation(path, data)


def apply_curation(ex: Extraction, extractor: Extractor) -> Extraction:
    """Apply the article's curation file, if any."""
    cur = load_curation(ex.article.path)
    return cur.apply(ex, extractor) if cur else ex


def starter(ex: Extraction) -> str:
    """A curation file to start from: the facts found, as comments and editable entries."""
    lines = [
        f"# Curation for {ex.article.path.name}: edit, then rebuild. See kgbuild/curation.py.",
        "# Facts found by the extractor are listed below; uncomment and change what is wrong.",
    ]
    for ev in ex.events:
        lines += [
            "event:",
            f"  type: {ev.type}",
            f"  date: {ev.date.isoformat()}",
            f"  date_precision: {ev.date_precision}",
            f"  place: {_q(ev.place.name)}",
        ]
        lines.append("figures:")
        lines.append("  fix: []")
        lines.append("  remove: []")
        lines.append("  add: []")
        for f in ev.figures:
            kind = "killed" if f.kind == "deaths" else "injured"
            claimant = "article" if f.attribution.kind == "article" else f.attribution.label
            lines.append(
                f"  # found: {{kind: {kind}, nationality: {f.nationality}, affiliation: {f.affiliation}, "
                f"value: {f.value}, qualifier: {f.qualifier}, claimant: {_q(claimant)}, text: {_q(f.span.text)}}}"
            )
        lines.append("persons:")
        lines.append("  fix: []")
        lines.append("  remove: []")
        lines.append("  add: []")
        for p in ev.persons:
            lines.append(
                f"  # found: {{name: {_q(p.name or '')}, rank: {_q(p.rank.label) if p.rank else 'null'}, "
                f"nationality: {p.nationality}, fate: {p.fate}}}"
            )
    return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    return '"' + re.sub(r'["\\\\]', lambda m: "\\" + m.group(0), text).replace("\n", " ") + '"'


__all__ = ["apply_curation", "curation_path", "load_curation", "starter"]
