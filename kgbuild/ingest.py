"""Reading article files: Markdown or plain text with optional YAML front matter.

An :class:`Article` carries the text that every character span in the dataset is
counted in: the file decoded as UTF-8, a leading BOM dropped, line ends normalised
to ``\\n`` and the front matter removed.

Front-matter keys: ``title``, ``published`` (ISO date), ``publisher``, ``url``,
``language``, ``author``, ``tags``. Without ``published`` the date is taken from the
``published`` option, then from the text (a dateline such as "MOSCOW, Nov. 25, 2015
(Reuters) -", "Published: 3 March 2016", "ORIGINAL ENTRY, AUGUST 19"), then from a
``YYYY-MM-DD`` prefix of the file name. When none gives a date the article is refused.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from . import iris
from .dates import find_dates, parse_iso_date
from .errors import InputError

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
FRONT_MATTER_KEYS = ("title", "published", "publisher", "url", "language", "author", "tags")
MAX_ARTICLE_BYTES = 5_000_000


@dataclass(frozen=True)
class Article:
    """One source article, ready for extraction."""

    path: Path
    slug: str
    text: str
    title: str
    published: date
    published_source: str  # front-matter | option | text | file-name
    publisher: str | None = None
    url: str | None = None
    language: str = "en"
    sha256: str = ""

    @property
    def iri(self):  # type: ignore[no-untyped-def]
        return iris.article(self.slug)


class _NoDatesLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader that keeps dates as strings, so bad dates get our own message (libyaml's
    parser where PyYAML has it: the pure-Python one cost a millisecond per article)."""


_NoDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_DATELINE_MARKERS = (
    # "Published: 3 March 2016", "ORIGINAL ENTRY, AUGUST 19", "Posted on ..."
    re.compile(
        r"(?im)^[^\n]{0,40}?\b(?:published|posted|original entry|dated|first published)\b"
        r"(?:\s+on)?[:,]?\s*"
    ),
    # wire datelines: "MOSCOW, Nov. 25, 2015 (Reuters) -", "BEIRUT (AP) - "
    re.compile(r"(?m)^[A-Z][A-Z .'-]{2,30}(?:,\s+[A-Z][a-z]+)?,\s+"),
)
_FILE_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def iter_article_paths(sources: Iterable[Path | str]) -> list[Path]:
    """Article files under ``sources`` (files or folders), sorted, duplicates removed."""
    paths: set[Path] = set()
    for source in sources:
        src = Path(source)
        if src.is_dir():
            for p in src.rglob("*"):
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."):
                    if p.name.lower() != "readme.md":
                        paths.add(p)
        elif src.is_file():
            paths.add(src)
        else:
            raise InputError(src, "no such file or folder")
    return sorted(paths, key=lambda p: (p.name, str(p)))


def _split_front_matter(path: Path, text: str) -> tuple[dict, str]:
    """Return (front matter, body)."""
    if not text.startswith("---\n"):
        return {}, text
    end = re.search(r"(?m)^(?:---|\.\.\.)[ \t]*$\n?", text[4:])
    if end is None:
        raise InputError(path, "front matter opened with '---' is never closed", line=1)
    raw = text[4 : 4 + end.start()]
    body = text[4 + end.end() :]
    try:
        data = yaml.load(raw, Loader=_NoDatesLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 2 if exc.problem_mark else 1
        raise InputError(path, f"broken front matter: {exc.problem}", line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"broken front matter: {exc}", line=1) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of key: value", line=2)
    unknown = sorted(str(k) for k in data if k not in FRONT_MATTER_KEYS)
    if unknown:
        line = _key_line_of(text, unknown[0])
        raise InputError(
            path,
            f"unknown front-matter key {unknown[0]!r} (known: {', '.join(FRONT_MATTER_KEYS)})",
            line=line,
        )
    return data, body


def _infer_published(text: str, file_name: str) -> tuple[date | None, str]:
    file_match = _FILE_DATE.match(file_name)
    file_date: date | None = None
    if file_match:
        try:
            file_date = parse_iso_date(file_match.group(1))
        except ValueError:
            file_date = None
    # a year to complete year-less datelines: a full date in the text, else the file name
    year_hint = file_date.year if file_date else None
    full = [m for m in find_dates(text[:3000], None) if m.precision == "day"]
    if full:
        year_hint = full[0].earliest.year
    markers = [m for rx in _DATELINE_MARKERS for m in rx.finditer(text[:3000])]
    for marker in sorted(markers, key=lambda m: m.start()):
        line_end = text.find("\n", marker.end())
        segment = text[marker.end() : line_end if line_end >= 0 else len(text)][:60]
        found = find_dates(segment, None, year_hint=year_hint)
        if found and found[0].precision == "day" and found[0].start < 25:
            return found[0].earliest, "text"
    if file_date:
        return file_date, "file-name"
    lines = [ln for ln in text.split("\n")[:3] if ln.strip()]
    if lines:
        first = find_dates(lines[0], None)
        if first and first[0].precision == "day" and len(lines[0]) < 40:
            return first[0].earliest, "text"
    return None, ""


def _title_from_text(text: str, fallback: str) -> str:
    """The first line when it reads as a headline (short, not a wire lede), else ``fallback``."""
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if not stripped:
            continue
        lede = re.match(r"^[A-Z][A-Z .'-]{2,30},.*?(?:\(\w[\w ]*\))?\s+[-\u2013\u2014]", stripped)
        if len(stripped) <= 200 and not lede and not re.match(r"(?i)^(?:published|posted)\b", stripped):
            return stripped
        break
    return re.sub(r"^\d{4}-\d{2}-\d{2}-", "", fallback).replace("-", " ").capitalize()


def read_article(path: Path | str, *, published: date | None = None) -> Article:
    """Read one article file.

    ``published`` (the CLI's ``--published``) is used when the front matter has none.
    Raises :class:`~kgbuild.errors.InputError` naming the file (and line) on bad input.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise InputError(path, f"larger than {MAX_ARTICLE_BYTES} bytes; not an article")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 (byte {exc.start})", line=line) from None
    decoded = decoded.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in decoded:
        raise InputError(path, "contains NUL characters; not a text article")
    meta, body = _split_front_matter(path, decoded)
    if not body.strip():
        raise InputError(path, "empty article: no text after the front matter" if meta else "empty file")

    pub: date | None = None
    source = ""
    if "published" in meta:
        try:
            pub = parse_iso_date(str(meta["published"]))
        except ValueError as exc:
            raise InputError(path, f"published: {exc}", line=_key_line_of(decoded, "published")) from None
        source = "front-matter"
    elif published is not None:
        pub, source = published, "option"
    else:
        pub, source = _infer_published(body, path.name)
    if pub is None:
        raise InputError(
            path,
            "no publication date found in the front matter, the text or the file name",
            hint="add 'published: YYYY-MM-DD' front matter or pass --published YYYY-MM-DD",
        )
    for key in ("title", "publisher", "url", "language"):
        if key in meta and not isinstance(meta[key], str):
            raise InputError(path, f"{key}: must be text", line=_key_line_of(decoded, key))
    url = meta.get("url")
    if url is not None and not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", url):
        raise InputError(path, f"url: {url!r} is not an http(s) URL", line=_key_line_of(decoded, "url"))
    return Article(
        path=path,
        slug=iris.slug(path.stem),
        text=body,
        title=meta.get("title") or _title_from_text(body, path.stem),
        published=pub,
        published_source=source,
        publisher=meta.get("publisher"),
        url=url,
        language=meta.get("language", "en"),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _key_line_of(text: str, key: str) -> int:
    for i, line in enumerate(text.split("\n")):
        if line.startswith(f"{key}:"):
            return i + 1
    return 1


def read_articles(sources: Iterable[Path | str], *, published: date | None = None) -> Iterator[Article]:
    """Read every article under ``sources``; two files may not share a slug."""
    seen: dict[str, Path] = {}
    for path in iter_article_paths(sources):
        article = read_article(path, published=published)
        if article.slug in seen:
            raise InputError(path, f"same article key {article.slug!r} as {seen[article.slug]}; rename one")
        seen[article.slug] = path
        yield article
