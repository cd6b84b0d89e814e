"""Scoring the extractor against gold facts (``examples/gold/*.yaml``).

Per fact kind, extracted facts are matched one-to-one with gold facts and counted as
true positives, false positives and false negatives; precision, recall and F1 are
micro-averaged over the articles. Matching rules:

* ``events``: the event type; ``dates``: the event date; ``places``: the place (by
  its name, the name as the article spells it, the named settlement, or the province when
  the event is placed at province level);
* ``persons``: surname, rank (the gold label is one of the found rank's labels) and fate must all agree;
* ``figures``: kind (killed/injured), nationality, value (vague figures: the qualifier
  ``several``) and a compatible affiliation. Victims whose nationality neither quote states
  (civilians or people of unknown affiliation) are ambiguous in the gold, whose writers gave
  them either the incident's country or none: for them the incident's country and no
  nationality agree (``strict_nationality`` turns this off; never for soldiers or militias);
  ``attributions``: a matched figure whose claimant also agrees;
* ``tolls``: nationality, qualifier and value;
* ``identity``: pairs of articles of the split that report the same incident. A pair is
  found when the build's grouping of reports (``kgbuild.identity``) puts an event of each
  article into one incident, and is gold when their gold files name each other in
  ``same_incident_as``.

:attr:`Evaluation.reasons` counts *why* facts were missed, without quoting any text, so that
a split nobody may read (the held-out or validation articles) can still say which part of
the extractor fails: a missed event against the type the extractor gave instead, a missed
person whose surname was found with another rank or fate, a missed figure whose value was
found with another nationality, affiliation or kind (``kgbuild evaluate --breakdown``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError
from .extract import Extraction, Extractor
from .identity import group_reports
from .ingest import read_article
from .iris import slug
from .reference import Reference, load

#: words that say what kind of source a label is, not which one
GENERIC_SOURCE_WORDS = frozenset(
    "official officials source sources ministry government military army forces authorities police "
    "spokesman spokeswoman spokesperson media local state news agency of said".split()
)
#: the gold's label of a revised figure's claimant: "X (first statement)", "X (earlier statement)"
REVISION_LABEL = re.compile(
    r"\s*\((?:first|second|third|fourth|fifth|earlier|later|initial|latest|final)\s+statement\)\s*$", re.I
)
KINDS = ("events", "dates", "places", "persons", "figures", "attributions", "tolls", "identity")
#: The kinds every dev article is held to one by one (tests/test_corpus.py, known-misses.json).
ARTICLE_KINDS = KINDS[:5]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    articles: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)
    #: (kind, reason) -> how many missed or extra facts it explains; see :func:`_reasons`
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)

    def breakdown(self) -> str:
        """The :attr:`reasons` as a table, most frequent first within each kind."""
        lines = [f"{'kind':13} {'count':>5}  reason"]
        for kind in KINDS:
            rows = sorted(((n, r) for (k, r), n in self.reasons.items() if k == kind), key=lambda x: (-x[0], x[1]))
            lines.extend(f"{kind:13} {n:>5}  {r}" for n, r in rows)
        return "\n".join(lines)

    def table(self) -> str:
        lines = [f"{'kind':13} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'F1':>6}"]
        for k in KINDS:
            s = self.scores[k]
            lines.append(f"{k:13} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}")
        lines.append(f"({self.articles} articles)")
        return "\n".join(lines)

    def as_json(self) -> str:
        return json.dumps(
            {
                "articles": self.articles,
                "scores": {
                    k: {
                        "tp": s.tp,
                        "fp": s.fp,
                        "fn": s.fn,
                        "precision": round(s.precision, 4),
                        "recall": round(s.recall, 4),
                        "f1": round(s.f1, 4),
                    }
                    for k, s in self.scores.items()
                },
            },
            indent=2,
        )


def _match(gold: list, found: list, same) -> tuple[int, int, int, list, list]:  # type: ignore[no-untyped-def]
    remaining = list(found)
    missed = []
    tp = 0
    for g in gold:
        for i, f in enumerate(remaining):
            if same(g, f):
                tp += 1
                del remaining[i]
                break
        else:
            missed.append(g)
    return tp, len(remaining), len(missed), missed, remaining


def _norm(text: str) -> str:
    s = slug(text)
    for prefix in ("near-the-", "near-", "the-", "outside-", "off-"):
        if s.startswith(prefix):
            s = s[len(prefix) :]
    return s


class Scorer:
    def __init__(self, ref: Reference | None = None, *, strict_nationality: bool = False) -> None:
        self.ref = ref or load()
        self.strict_nationality = strict_nationality

    def _names_nationality(self, text: str) -> bool:
        return any(True for _ in self.ref.nationality_matcher.finditer(text))

    def _claimant_key(self, claimant: str) -> str:
        """The gold claimant as the extractor would name it: "article", a listed organisation's key, or
        the unnamed source's slug. A revision's label ("Indian Army (first statement)") is the claimant's;
        a country's role ("Ukrainian Navy") is the body that plays it, as the extractor resolves it
        (:meth:`Reference.role_organisation`: the listed Armed Forces of Ukraine)."""
        claimant = REVISION_LABEL.sub("", claimant).strip()
        if claimant.lower() in ("article", "the article"):
            return "article"
        for hit in self.ref.org_matcher.finditer(claimant):
            return self._org_key(hit.payloads[0])
        # a lower-case modifier between the country and its body: "Somali transitional government",
        # "Afghan interim government" are the government, as the extractor names it (but "Russian emergency
        # officials" are not all Russia's officials)
        words = claimant.split()
        for i in range(1, len(words) - 1):
            if re.fullmatch(r"[a-z][\w-]*", words[i]):
                shorter = " ".join(words[:i] + words[i + 1 :])
                whole = [h for h in self.ref.org_matcher.finditer(shorter) if h.start == 0 and h.end == len(shorter)]
                if whole and words[-1].lower() not in GENERIC_SOURCE_WORDS - {"government", "ministry"}:
                    return self._org_key(whole[0].payloads[0])
        return "unnamed:" + slug(claimant)

    def _org_key(self, payload) -> str:  # type: ignore[no-untyped-def]
        if isinstance(payload, tuple):
            return self.ref.role_organisation(payload[1], payload[2]).key
        return payload.key

    def _extracted_claimant(self, att) -> str:  # type: ignore[no-untyped-def]
        if att.kind == "article":
            return "article"
        if att.organisation is not None:
            return att.organisation.key
        return "unnamed:" + slug(att.label)

    @staticmethod
    def _claimants_agree(g: str, f: str) -> bool:
        if g == f:
            return True
        if g.startswith("unnamed:") and f.startswith("unnamed:"):
            gw = set(g[8:].split("-")) - {"a", "an", "the"}
            fw = set(f[8:].split("-")) - {"a", "an", "the"}
            if not (gw and fw):
                return False
            # one label names the other's source with more words ("the state news agency MENA" for
            # "MENA", "Egyptian Public Prosecutor" for "prosecutor"), if what they share is specific
            small, big = sorted((gw, fw), key=len)
            if small <= big and small - GENERIC_SOURCE_WORDS:
                return True
            return len(gw & fw) / max(len(gw), len(fw)) >= 0.5
        # "Russian military" vs the Russian defence ministry: same state's military voice
        return (
            g.split("-")[0] == f.split("-")[0]
            and len(g.split("-")[0]) == 2
            and (
                g.endswith(("military", "ministry-of-defence", "general-staff"))
                and f.endswith(("military", "ministry-of-defence", "general-staff"))
            )
        )

    def score(self, gold: dict, ex: Extraction, ev: Evaluation) -> None:
        name = gold.get("article", ex.article.path.name)
        errs: list[str] = []
        g_events = gold.get("events") or []
        # events, dates, places
        found_types = [e.type for e in ex.events]
        result = _match([e["type"] for e in g_events], found_types, lambda a, b: a == b)
        self._add(ev, "events", result, errs)
        _pair_reasons(ev, "events", result, lambda g, f: f"{g} found as {f}", "{} not found", "extra {}")
        found_dates = [e.date.isoformat() for e in ex.events]
        result = _match([str(e["date"]) for e in g_events], found_dates, lambda a, b: a == b)
        self._add(ev, "dates", result, errs)
        _pair_reasons(ev, "dates", result, _date_gap, "not found", "extra")

        def place_same(g, e):  # type: ignore[no-untyped-def]
            names = {_norm(str(g.get(k))) for k in ("place", "settlement") if g.get(k)}
            got = {_norm(e.place.name), _norm(e.place.key)}
            if e.place_span is not None:  # the name as the article spells it ("Talbiseh" for Tallbīsah)
                got.add(_norm(e.place_span.text))
            if any(n and (n in x or x in n) for n in names for x in got):
                return True
            return e.place.kind == "province" and e.place.key == g.get("province") and not g.get("settlement")

        result = _match(g_events, ex.events, place_same)
        self._add(ev, "places", result, errs)
        _pair_reasons(ev, "places", result, lambda g, f: "another place found", "event not found", "extra event")
        # persons
        found_persons = [p for e in ex.events for p in e.persons]

        def person_same(g, p):  # type: ignore[no-untyped-def]
            if not p.name or g["name"].split()[-1].lower() != p.name.split()[-1].lower():
                return False
            # the gold names a rank by the label the article used; any label of the found rank
            # concept agrees ("Corporal" is an altLabel of the Russian yefreytor, "Lance Corporal")
            labels = {x.lower() for x in p.rank.labels} if p.rank else {""}
            return str(g.get("rank") or "").lower() in labels and g.get("fate") == p.fate

        result = _match(gold.get("persons") or [], found_persons, person_same)
        self._add(ev, "persons", result, errs)
        for g in result[3]:
            why = _person_reason(g, result[4], person_same)
            if why.startswith("not found"):
                why = _person_reason(g, found_persons, person_same)
            ev.reasons["persons", why] += 1
        for p in result[4]:
            ev.reasons["persons", f"extra person, fate {p.fate}"] += 1
        # figures and attributions
        found_figs = [f for e in ex.events for f in e.figures]
        g_country = [e.get("country") for e in g_events]
        kinds = {"killed": "deaths", "injured": "injuries"}

        def local(g, nationality) -> bool:  # type: ignore[no-untyped-def]
            """Is ``nationality`` the country of ``g``'s incident (its only one, or the one it names)?"""
            index = g.get("event", 0 if len(g_country) == 1 else None)
            return nationality is not None and index is not None and index < len(g_country) and (
                g_country[index] == nationality)

        def fig_same(g, f):  # type: ignore[no-untyped-def]
            if kinds.get(g["kind"]) != f.kind:
                return False
            affs = g.get("affiliation") or "unknown"
            affs = affs if isinstance(affs, list) else [affs]
            g_nat = g.get("nationality") or None
            if g_nat != f.nationality:
                # the gold is of two minds about victims whose nationality the text does not state:
                # some writers give the incident's country, others none; either agrees with either
                # for civilians and people of unknown affiliation, never for armed forces or militias
                # when neither the gold quote nor the extracted one names a nationality
                civil = set(affs) <= {"civilian", "unknown"} and f.affiliation in ("civilian", "unknown")
                if not (not self.strict_nationality and civil and None in (g_nat, f.nationality)
                        and local(g, g_nat or f.nationality)
                        and not self._names_nationality(str(g.get("text") or ""))
                        and not (f.span and self._names_nationality(f.span.text))):
                    return False
            if f.affiliation not in affs and not (f.affiliation == "unknown" or "unknown" in affs):
                return False
            if g.get("qualifier") == "several" or f.qualifier == "several":
                return g.get("qualifier") == f.qualifier
            return int(g.get("value", -1)) == f.value

        g_figs = gold.get("figures") or []
        result = _match(g_figs, found_figs, fig_same)
        self._add(ev, "figures", result, errs)
        for g in result[3]:  # explained by an extra figure first, by one matched elsewhere failing that
            why = _figure_reason(g, result[4], fig_same)
            ev.reasons["figures", why if why != "not found" else _figure_reason(g, found_figs, fig_same)] += 1
        for f in result[4]:
            ev.reasons["figures", f"extra {f.kind} figure"] += 1
        result = _match(
            g_figs,
            found_figs,
            lambda g, f: (
                fig_same(g, f)
                and self._claimants_agree(
                    self._claimant_key(str(g.get("claimant", ""))), self._extracted_claimant(f.attribution)
                )
            ),
        )
        self._add(ev, "attributions", result, errs)
        for g in result[3]:
            same = any(fig_same(g, f) for f in found_figs)
            ev.reasons["attributions", "figure found, claimant differs" if same else "figure missed"] += 1
        self._add(
            ev,
            "tolls",
            _match(
                gold.get("tolls") or [],
                ex.tolls,
                lambda g, t: (
                    (g.get("nationality") or None) == t.nationality
                    and g.get("qualifier") == t.qualifier
                    and (g.get("qualifier") == "several" or int(g.get("value", -1)) == t.value)
                ),
            ),
            errs,
        )
        if errs:
            ev.errors[name] = errs

    @staticmethod
    def _add(ev: Evaluation, kind: str, result, errs: list[str]) -> None:  # type: ignore[no-untyped-def]
        tp, fp, fn, missed, extra = result
        s = ev.scores[kind]
        s.tp += tp
        s.fp += fp
        s.fn += fn
        for m in missed:
            errs.append(f"{kind}: missed {_describe_gold(m)}")
        for x in extra:
            errs.append(f"{kind}: extra {_describe(x)}")


def _pair_reasons(ev: Evaluation, kind: str, result, both, missed: str, extra: str) -> None:  # type: ignore[no-untyped-def]
    """Pair one article's missed gold facts with its extra found ones, in order, and count
    ``both(gold, found)`` for each pair, ``missed``/``extra`` (formatted with the fact) for the rest."""
    gold, found = list(result[3]), list(result[4])
    for g, f in zip(gold, found, strict=False):
        ev.reasons[kind, both(g, f)] += 1
    for g in gold[len(found) :]:
        ev.reasons[kind, missed.format(g)] += 1
    for f in found[len(gold) :]:
        ev.reasons[kind, extra.format(f)] += 1


def _date_gap(g: str, f: str) -> str:
    import datetime as dt

    days = abs((dt.date.fromisoformat(f) - dt.date.fromisoformat(g)).days)
    if days == 1:
        return "off by one day"
    if days <= 7:
        return "off by 2-7 days"
    if days <= 31:
        return "off by 8-31 days"
    return "off by more than a month"


def _person_reason(g: dict, found: list, same) -> str:  # type: ignore[no-untyped-def]
    """Why a gold person matched no found one: the first field whose change would make it match."""
    rivals = [p for p in found if p.name and p.name.split()[-1].lower() == g["name"].split()[-1].lower()]
    if not rivals:
        return f"not found (fate {g.get('fate')})"
    for p in rivals:
        rank = p.rank.labels[0] if p.rank and p.rank.labels else None
        if same({**g, "rank": rank}, p):
            return "rank missing" if rank is None else ("rank found, gold has none" if not g.get("rank")
                                                        else "another rank")
        if same({**g, "fate": p.fate}, p):
            return f"fate {g.get('fate')} found as {p.fate}"
    return "surname found, rank and fate differ"


def _figure_reason(g: dict, found: list, same) -> str:  # type: ignore[no-untyped-def]
    """Why a gold figure matched no found one: the first field whose change would make it match."""
    back = {"deaths": "killed", "injuries": "injured"}
    for f in found:
        if same({**g, "nationality": f.nationality}, f):
            if not g.get("nationality"):
                return "nationality: found one, gold has none"
            return "nationality: gold has one, found none" if f.nationality is None else "nationality: another"
    for f in found:
        if same({**g, "affiliation": f.affiliation}, f):
            return f"affiliation {g.get('affiliation') or 'unknown'} found as {f.affiliation}"
    for f in found:
        if same({**g, "nationality": f.nationality, "affiliation": f.affiliation}, f):
            return "nationality and affiliation differ"
    for f in found:
        if same({**g, "kind": back.get(f.kind, f.kind)}, f):
            return "found as the other kind"
    for f in found:
        if same({**g, "value": f.value, "qualifier": f.qualifier}, f):
            return "another value" if g.get("qualifier") == f.qualifier else "another value or vagueness"
    return "not found"


def _describe(x) -> str:  # type: ignore[no-untyped-def]
    if hasattr(x, "kind") and hasattr(x, "attribution") and hasattr(x, "span"):
        who = f"{x.nationality}/{x.affiliation} per {x.attribution.label}"
        return f"{x.kind} {x.qualifier} {x.value} {who}: {x.span.text!r}"
    if hasattr(x, "fate"):
        return f"{x.name} rank={x.rank.label if x.rank else None} fate={x.fate}"
    if hasattr(x, "place"):
        return f"{x.type} {x.date} {x.place.name}"
    return str(x)


def _describe_gold(g) -> str:  # type: ignore[no-untyped-def]
    """A gold fact in the words :func:`_describe` uses for extracted ones."""
    if not isinstance(g, dict):
        return str(g)
    if "name" in g:
        return f"{g['name']} rank={g.get('rank')} fate={g.get('fate')}"
    if "type" in g:
        where = g.get("place") or g.get("settlement") or g.get("province") or g.get("country")
        return f"{g['type']} {g.get('date')} {where}"
    value = g.get("value", f"(unit {g.get('unit')})")
    who = f"{g.get('nationality')}/{g.get('affiliation') or 'unknown'} per {g.get('claimant')}"
    return f"{g.get('kind')} {g.get('qualifier')} {value} {who}: {g.get('text')!r}"


def load_gold(gold_dir: Path) -> dict[str, dict]:
    out = {}
    for p in sorted(Path(gold_dir).glob("*.yaml")):
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise InputError(p, f"broken gold file: {exc}") from None
        if not isinstance(data, dict) or "article" not in data:
            raise InputError(p, "a gold file must be a mapping with an 'article' key")
        out[data["article"]] = data
    return out


def evaluate(
    articles_dir: Path,
    gold_dir: Path,
    *,
    split: str = "all",
    names: Iterable[str] | None = None,
    strict_nationality: bool = False,
) -> Evaluation:
    """Extract every article that has a gold file (of ``split``) and score it."""
    gold = load_gold(gold_dir)
    scorer = Scorer(strict_nationality=strict_nationality)
    extractor = Extractor(scorer.ref)
    ev = Evaluation()
    wanted = set(names) if names is not None else None
    extractions: list[Extraction] = []
    for article_name, g in sorted(gold.items()):
        if split != "all" and g.get("split") != split:
            continue
        if wanted is not None and article_name not in wanted:
            continue
        path = Path(articles_dir) / article_name
        if not path.exists():
            raise InputError(path, "gold file names an article that does not exist")
        ex = extractor.extract(read_article(path))
        scorer.score(g, ex, ev)
        extractions.append(ex)
        ev.articles += 1
    _score_identity(extractions, gold, ev)
    return ev


def _score_identity(extractions: list[Extraction], gold: dict[str, dict], ev: Evaluation) -> None:
    names = {ex.article.path.name for ex in extractions}
    stems = {Path(n).stem: n for n in names}
    wanted = {
        frozenset((name, stems[other]))
        for name in names
        for other in gold[name].get("same_incident_as") or []
        if other in stems
    }
    found = set()
    for incident in group_reports(extractions):
        members = sorted({r.name for r in incident.reports})
        found.update(frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1 :])
    errs: list[str] = []
    result = _match(sorted(map(sorted, wanted)), sorted(map(sorted, found)), lambda g, f: g == f)
    Scorer._add(ev, "identity", result, errs)
    if errs:
        ev.errors["(pairs of articles reporting one incident)"] = errs


def article_misses(scorer: Scorer, gold: dict, extraction: Extraction) -> list[str]:
    """The :data:`ARTICLE_KINDS` in which one article's extraction differs from its gold."""
    ev = Evaluation()
    scorer.score(gold, extraction, ev)
    return sorted(k for k in ARTICLE_KINDS if ev.scores[k].fn or ev.scores[k].fp)
