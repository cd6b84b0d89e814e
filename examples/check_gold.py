#!/usr/bin/env python3
"""Check the example articles against their gold-fact files.

Usage:  python3 examples/check_gold.py [--quiet] [--articles DIR --gold DIR]

By default the example set (examples/articles, examples/gold) is checked; --articles and
--gold check another set written in the same format (e.g. a new batch before it is merged),
whose `same_incident_as` may also name stems of the example set.

Checks (see examples/gold/README.md for the format):
  * every article in examples/articles has examples/gold/<stem>.yaml and vice versa;
  * `article` names the file, `split` is dev|validation|heldout, at least a quarter held out;
  * Markdown articles have front matter with title, published, publisher, language
    (url optional, and only example.org urls); `published` agrees with the gold file;
  * file names start with the publication date; articles have 120-400 words
    (the seed article is exempt from the length check);
  * every date is ISO (events: YYYY-MM-DD; tolls: YYYY-MM or YYYY-MM-DD);
  * enumerated fields use the allowed values, event indexes are in range;
  * every `text` is an exact substring of the article text (front matter removed,
    BOM removed, CRLF normalised, as in docs/model.md);
  * `same_incident_as` names existing stems and is symmetric.
Exits 1 if any check fails. Needs PyYAML.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is missing: python3 -m venv /tmp/gold && /tmp/gold/bin/pip install pyyaml")

ROOT = Path(__file__).resolve().parent
ARTICLES = ROOT / "articles"
GOLD = ROOT / "gold"
SEED = "2020-08-19-gladkikh-deir-ez-zor.txt"

EVENT_TYPES = {"roadside-bomb", "suicide-bombing", "shelling", "airstrike", "shoot-down",
               "aircraft-crash", "armed-clash", "assassination", "accident", "other"}
PRECISIONS = {"day", "week", "month", "year"}
AFFILIATIONS = {"armed-forces", "militia", "pmc", "civilian", "unknown"}
FATES = {"killed", "died-of-wounds", "injured", "survived", "captured", "missing"}
KINDS = {"killed", "injured"}
QUALIFIERS = {"exactly", "at-least", "more-than", "about", "at-most", "fewer-than", "several"}
SPLITS = {"dev", "validation", "heldout"}
FRONT_KEYS = {"title", "published", "publisher", "language"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


class StringDateLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings, so bad dates are reported, not raised."""


StringDateLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

COUNTRY = re.compile(r"^[A-Z]{2}$")
PROVINCE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def article_text(path: Path) -> tuple[str, dict | None]:
    """Return (text, front matter) with the normalisation of docs/model.md."""
    raw = path.read_bytes().decode("utf-8")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    raw = raw.replace("\r\n", "\n")
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end < 0:
            raise ValueError("front matter is not closed")
        front = yaml.load(raw[4:end + 1], Loader=StringDateLoader) or {}
        return raw[end + 5:], front
    return raw, None


def iso_day(value) -> bool:
    s = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not DAY.match(s):
        return False
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def iso_month_or_day(value) -> bool:
    s = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not MONTH_OR_DAY.match(s):
        return False
    try:
        dt.date.fromisoformat(s if len(s) == 10 else s + "-01")
    except ValueError:
        return False
    return True


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class Checker:
    def __init__(self, articles: Path = ARTICLES, gold: Path = GOLD, quiet: bool = False) -> None:
        self.errors: list[str] = []
        self.articles, self.gold, self.quiet = articles, gold, quiet

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def group_fields(self, where: str, item: dict) -> None:
        if "nationality" in item and not COUNTRY.match(str(item["nationality"])):
            self.err(where, f"nationality {item['nationality']!r} is not ISO 3166-1 alpha-2")
        for aff in as_list(item.get("affiliation")):
            if aff not in AFFILIATIONS:
                self.err(where, f"affiliation {aff!r} not in {sorted(AFFILIATIONS)}")
        for aff in as_list(item.get("excludes")):
            if aff not in AFFILIATIONS:
                self.err(where, f"excludes {aff!r} not in {sorted(AFFILIATIONS)}")
        if item.get("kind") not in KINDS:
            self.err(where, f"kind {item.get('kind')!r} not in {sorted(KINDS)}")
        q = item.get("qualifier")
        if q not in QUALIFIERS:
            self.err(where, f"qualifier {q!r} not in {sorted(QUALIFIERS)}")
        if q == "several":
            if "unit" not in item or not isinstance(item["unit"], int) or item["unit"] < 1:
                self.err(where, "qualifier several needs an integer unit (1, 12, 100, ...)")
        elif not isinstance(item.get("value"), int) or item["value"] < 0:
            self.err(where, f"value {item.get('value')!r} must be a non-negative integer")
        if not item.get("claimant"):
            self.err(where, "claimant missing")

    def event_ref(self, where: str, item: dict, n_events: int) -> None:
        if "event" in item:
            e = item["event"]
            if not isinstance(e, int) or not 0 <= e < n_events:
                self.err(where, f"event index {e!r} out of range (0..{n_events - 1})")

    def text_ref(self, where: str, item: dict, text: str) -> None:
        t = item.get("text")
        if not isinstance(t, str) or not t:
            self.err(where, "text missing")
        elif t not in text:
            self.err(where, f"text not found in article: {t!r}")

    def check_one(self, article: Path, gold_path: Path, stems: set[str]) -> dict | None:
        where = gold_path.name
        try:
            gold = yaml.load(gold_path.read_text(encoding="utf-8"), Loader=StringDateLoader)
        except yaml.YAMLError as exc:
            self.err(where, f"YAML error: {exc}")
            return None
        if not isinstance(gold, dict):
            self.err(where, "not a mapping")
            return None
        try:
            text, front = article_text(article)
        except (ValueError, UnicodeDecodeError, yaml.YAMLError) as exc:
            self.err(article.name, str(exc))
            return None

        if gold.get("article") != article.name:
            self.err(where, f"article is {gold.get('article')!r}, expected {article.name!r}")
        if gold.get("split") not in SPLITS:
            self.err(where, f"split {gold.get('split')!r} not in {sorted(SPLITS)}")
        if article.name == SEED and gold.get("split") != "dev":
            self.err(where, "the seed article must be split: dev")
        if not iso_day(gold.get("published")):
            self.err(where, f"published {gold.get('published')!r} is not YYYY-MM-DD")
        published = str(gold.get("published"))

        # front matter
        if article.suffix == ".md":
            if front is None:
                self.err(article.name, "Markdown article without front matter")
            else:
                missing = FRONT_KEYS - set(front)
                if missing:
                    self.err(article.name, f"front matter lacks {sorted(missing)}")
                if str(front.get("published")) != published:
                    self.err(article.name, f"front matter published {front.get('published')} != gold {published}")
                if front.get("language") != "en":
                    self.err(article.name, "language must be en")
                url = front.get("url")
                if url is not None and not re.match(r"^https?://(www\.)?example\.org/", str(url)):
                    self.err(article.name, f"url must be an example.org url: {url}")
        elif front is not None:
            self.err(article.name, "plain-text article has front matter")
        if not article.name.startswith(published + "-"):
            self.err(article.name, f"file name does not start with the publication date {published}")
        words = len(text.split())
        if article.name != SEED and not 120 <= words <= 400:
            self.err(article.name, f"{words} words, expected 120-400")

        events = gold.get("events") or []
        if not isinstance(events, list):
            self.err(where, "events must be a list")
            events = []
        for i, ev in enumerate(events):
            w = f"{where} events[{i}]"
            if ev.get("type") not in EVENT_TYPES:
                self.err(w, f"type {ev.get('type')!r} not in {sorted(EVENT_TYPES)}")
            if not iso_day(ev.get("date")):
                self.err(w, f"date {ev.get('date')!r} is not YYYY-MM-DD")
            if ev.get("date_precision") not in PRECISIONS:
                self.err(w, f"date_precision {ev.get('date_precision')!r} not in {sorted(PRECISIONS)}")
            if not isinstance(ev.get("hostile"), bool):
                self.err(w, "hostile must be true or false")
            if "country" in ev and not COUNTRY.match(str(ev["country"])):
                self.err(w, f"country {ev['country']!r} is not ISO 3166-1 alpha-2")
            if "province" in ev and not PROVINCE.match(str(ev["province"])):
                self.err(w, f"province {ev['province']!r} is not ISO 3166-2")
            if not ev.get("place") and not ev.get("country"):
                self.err(w, "needs a place or a country")
            if iso_day(ev.get("date")) and str(ev["date"]) > published:
                self.err(w, f"event date {ev['date']} is after publication {published}")
        n_events = len(events)

        for i, p in enumerate(gold.get("persons") or []):
            w = f"{where} persons[{i}]"
            if not p.get("name"):
                self.err(w, "name missing")
            elif p["name"] not in text:
                # names may be spelt with a rank or in another form; warn only if no token matches
                if not any(tok in text for tok in p["name"].split() if len(tok) > 3):
                    self.err(w, f"name {p['name']!r} does not occur in the article")
            if p.get("fate") not in FATES:
                self.err(w, f"fate {p.get('fate')!r} not in {sorted(FATES)}")
            if p.get("affiliation") not in AFFILIATIONS:
                self.err(w, f"affiliation {p.get('affiliation')!r} not in {sorted(AFFILIATIONS)}")
            if "nationality" in p and not COUNTRY.match(str(p["nationality"])):
                self.err(w, f"nationality {p['nationality']!r} is not alpha-2")
            self.event_ref(w, p, n_events)

        for i, f in enumerate(gold.get("figures") or []):
            w = f"{where} figures[{i}]"
            self.group_fields(w, f)
            self.event_ref(w, f, n_events)
            self.text_ref(w, f, text)

        for i, t in enumerate(gold.get("tolls") or []):
            w = f"{where} tolls[{i}]"
            self.group_fields(w, t)
            self.text_ref(w, t, text)
            for key in ("since", "as_of"):
                if key in t and not iso_month_or_day(t[key]):
                    self.err(w, f"{key} {t[key]!r} is not YYYY-MM or YYYY-MM-DD")
            if "as_of" not in t:
                self.err(w, "as_of missing")

        for stem in as_list(gold.get("same_incident_as")):
            if stem not in stems:
                self.err(where, f"same_incident_as names unknown stem {stem!r}")
        return gold

    def run(self) -> int:
        articles = sorted(p for p in self.articles.iterdir() if p.suffix in {".md", ".txt"})
        golds = sorted(p for p in self.gold.glob("*.yaml"))
        stems = {p.stem for p in articles}
        known = stems | {p.stem for p in ARTICLES.iterdir()}
        gold_stems = {p.stem for p in golds}
        for stem in sorted(stems - gold_stems):
            self.err(stem, "article has no gold file")
        for stem in sorted(gold_stems - stems):
            self.err(stem + ".yaml", "gold file has no article")

        loaded: dict[str, dict] = {}
        for art in articles:
            g = self.gold / f"{art.stem}.yaml"
            if g.exists():
                gold = self.check_one(art, g, known)
                if gold is not None:
                    loaded[art.stem] = gold

        heldout = [s for s, g in loaded.items() if g.get("split") == "heldout"]
        if 4 * len(heldout) < len(loaded):
            self.err("split", f"{len(heldout)} of {len(loaded)} articles held out, fewer than a quarter")
        for stem, gold in loaded.items():
            for other in as_list(gold.get("same_incident_as")):
                if other in loaded and stem not in as_list(loaded[other].get("same_incident_as")):
                    self.err(stem, f"same_incident_as is not symmetric with {other}")

        quiet = self.quiet
        if self.errors:
            for e in self.errors:
                print("ERROR", e)
            print(f"{len(self.errors)} error(s) in {len(articles)} articles")
            return 1
        if not quiet:
            n_fig = sum(len(g.get("figures") or []) for g in loaded.values())
            n_ev = sum(len(g.get("events") or []) for g in loaded.values())
            print(f"OK: {len(articles)} articles, {len(loaded)} gold files, {n_ev} events, "
                  f"{n_fig} figures, {len(heldout)} held out")
        return 0


def main(argv: list[str]) -> int:
    import argparse
    ap = argparse.ArgumentParser(description="Check articles against their gold-fact files.")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    return Checker(args.articles, args.gold, args.quiet).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
