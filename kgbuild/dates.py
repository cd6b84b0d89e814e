"""Finding and resolving date expressions in English news text.

Absolute dates ("August 18, 2020", "18 Aug 2020", "Aug. 18", "2020-08-18"), month and
year phrases ("in September 2015"), and relative phrases ("on Tuesday", "late on Monday",
"yesterday", "last week", "earlier this month") are found with their character spans and
resolved against the publication date into a window ``[earliest, latest]`` with a
precision (day, week, month, year), as UCDP's ``date_prec`` and ACLED's
``time_precision`` do.

>>> from datetime import date
>>> [m.earliest.isoformat() for m in find_dates("The blast occurred on Tuesday.", date(2020, 8, 19))]
['2020-08-18']
>>> m = find_dates("Published on Tuesday", date(2020, 8, 18))[0]
>>> (m.earliest.isoformat(), m.precision)
('2020-08-18', 'day')
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
    # a whole word: "14 Marines", "5 Mayors", "12 Junes" are counts, no dates
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![^\W\d_])\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "during the night of 5 to 6 January": the first day
    (
        "night-dmy",
        re.compile(
            rf"\bnight of {_DAY}\s*(?:to|and|-|\u2013)\s*[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR}\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\bnight (?:of|from) (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
            r"(?:to|into|and)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)),
    ("my", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.IGNORECASE)),
    (
        "weekday",
        re.compile(
            r"\b(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:late|early)\s+)?"
            r"(?:last\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:\s+(?:night|morning|evening|afternoon))?\b"
            # a weekday naming a role or a paper, no day: "the Friday prayer leader of Tabriz", "a Sunday
            # school teacher", "the Sunday Times"
            r"(?!\s+(?:prayers?\s+(?:leader|imam)s?|imam|preacher|school|Times|Telegraph|Express|Post|Mirror|"
            r"Herald|Tribune|Observer|newspaper|paper|edition|supplement)\b)"
        ),
    ),
    # "overnight into Tuesday", "in the night to Sunday": the night began the day before
    (
        "night-into",
        re.compile(
            r"\b(?:overnight|(?:in|during) the night)\s+(?:into|to|before)\s+"
            r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    # "overnight on Saturday", "overnight Saturday": that day's night
    (
        "weekday",
        re.compile(r"\bovernight\s+(?:on\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    ("yesterday", re.compile(r"\b(?:yesterday|last night|overnight)\b", re.IGNORECASE)),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b", re.I)),
    ("weekend", re.compile(r"\b(?:(?:over|at|during)\s+the|last|this|the past)\s+weekend\b", re.IGNORECASE)),
    ("last-week", re.compile(r"\b(?:last|past|previous)\s+week\b", re.IGNORECASE)),
    ("this-week", re.compile(r"\b(?:earlier\s+)?this\s+week\b", re.IGNORECASE)),
    ("this-month", re.compile(r"\b(?:(?:earlier|late|early)\s+)?this\s+month\b", re.IGNORECASE)),
    ("last-month", re.compile(r"\blast\s+month\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:in|since|during|of)\s+(?P<year>(?:19|20)\d\d)\b(?![-/])")),
    # "in April", "last September", "since March": the latest such month on or before publication
    (
        "bare-month",
        re.compile(
            r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he (?:middle|end|start) of)\s+"
            r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
            r"December)\b(?!\s*(?:\d|of\s+(?:19|20)\d\d))"
        ),
    ),
    ("last-year", re.compile(r"\blast\s+year\b", re.IGNORECASE)),
    # fixed days named by their feast: the latest on or before publication
    (
        "holiday",
        re.compile(
            r"\b(?P<holiday>New Year's Eve|New Year\u2019s Eve|New Year's Day|New Year\u2019s Day|"
            r"Christmas Eve|Christmas Day)\b"
        ),
    ),
    (
        "days-ago",
        re.compile(
            r"\b(?P<n>two|three|four|five|six|\d)\s+days\s+ago\b|\b(?P<one>a day ago)\b",
            re.IGNORECASE,
        ),
    ),
]
_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25)}
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_BEGAN = re.compile(r"^(?:began|begun|beginning)\b", re.I)
_SINCE = re.compile(r"\b(?:since|starting)\b[^.;:]{0,40}$|\b(?:from|began|begun|beginning)\s+(?:in\s+)?$", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, resolved to a window."""

    start: int
    end: int
    text: str
    earliest: date
    latest: date
    precision: str  # day | week | month | year
    relative: bool
    after_since: bool  # "since September 2015": the start of a period, not an event date


def _month_window(year: int, month: int) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], published: date | None, year_hint: int | None):
    """Return (earliest, latest, precision, relative) or None."""
    g = m.groupdict()
    ref_year = published.year if published else year_hint
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return (d, d, "day", False) if d else None
    if g.get("month") and not (g["month"].istitle() or g["month"].isupper()):
        return None  # "may", "march" as verbs
    if kind in ("mdy", "dmy", "night-dmy"):
        month = MONTHS[g["month"].rstrip(".").lower()]
        day = int(g["day"])
        if g.get("year"):
            d = _safe_date(int(g["year"]), month, day)
            return (d, d, "day", False) if d else None
        if ref_year is None:
            return None
        d = _safe_date(ref_year, month, day)
        if d and published and d > published:
            d = _safe_date(ref_year - 1, month, day)
        return (d, d, "day", False) if d else None
    if kind == "my":
        month = MONTHS[g["month"].rstrip(".").lower()]
        first, last = _month_window(int(g["year"]), month)
        return first, last, "month", False
    if kind == "year":
        y = int(g["year"])
        return date(y, 1, 1), date(y, 12, 31), "year", False
    if published is None:
        return None
    if kind == "bare-month":
        month = MONTHS[g["month"].lower()]
        year = published.year
        if month > published.month or (month == published.month and m.group(0).lower().startswith("last")):
            year -= 1
        first, last = _month_window(year, month)
        return first, min(last, published), "month", True
    if kind == "holiday":
        month, day = _HOLIDAYS[g["holiday"].replace("\u2019", "'").lower()]
        d = date(published.year, month, day)
        if d > published:
            d = date(published.year - 1, month, day)
        return d, d, "day", True
    if kind == "days-ago":
        n = 1 if g.get("one") else int(_SMALL.get(g["n"].lower(), g["n"]) if not g["n"].isdigit() else g["n"])
        d = published - timedelta(days=n)
        return d, d, "day", True
    if kind == "last-year":
        y = published.year - 1
        return date(y, 1, 1), date(y, 12, 31), "year", True
    if kind in ("weekday", "night-into"):
        target = WEEKDAYS[g["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if "last" in m.group(0).lower() and back == 0:
            back = 7
        d = published - timedelta(days=back + (kind == "night-into"))
        return d, d, "day", True
    if kind == "yesterday":
        d = published - timedelta(days=1)
        return d, d, "day", True
    if kind == "today":
        return published, published, "day", True
    if kind == "weekend":
        # the Saturday and Sunday on or before publication ("over the weekend", read on a Monday)
        back = (published.weekday() - 5) % 7
        saturday = published - timedelta(days=back)
        return saturday, min(saturday + timedelta(days=1), published), "week", True
    if kind == "last-week":
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, monday + timedelta(days=6), "week", True
    if kind == "this-week":
        monday = published - timedelta(days=published.weekday())
        return monday, published, "week", True
    if kind == "this-month":
        return published.replace(day=1), published, "month", True
    if kind == "last-month":
        prev = published.replace(day=1) - timedelta(days=1)
        first, last = _month_window(prev.year, prev.month)
        return first, last, "month", True
    return None


def find_dates(
    text: str, published: date | None, *, year_hint: int | None = None, offset: int = 0
) -> list[DateMention]:
    """All date expressions in ``text``, resolved against ``published``, in text order.

    Overlapping matches keep the longest. ``offset`` is added to every span.
    """
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMention] = []
    taken_until = -1
    for start, end, kind, m in found:
        if start < taken_until:
            continue
        resolved = _resolve(kind, m, published, year_hint)
        if resolved is None or resolved[0] is None:
            continue
        earliest, latest, precision, relative = resolved
        taken_until = end
        since_m = _SINCE.search(text[max(0, start - 50) : start])
        # "the fighting began late on Thursday": the first day of this incident, not a period's start
        # ("the war that began in 2014", "since Thursday" are)
        after_since = bool(since_m) and not (precision == "day" and _BEGAN.search(since_m.group(0)))
        if after_since and precision == "day" and re.match(r"['\u2019]s\s", text[end : end + 3]):
            after_since = False  # "the toll from Friday's attack": the attack's day, no period's start
        phrase = m.group(0)
        if kind in ("year", "bare-month") and phrase.lower().startswith("since "):
            after_since = True
        out.append(
            DateMention(
                offset + start,
                offset + end,
                phrase,
                earliest,
                latest,
                precision,
                relative,
                after_since,
            )
        )
    return _anchored_days(text, out, offset) if out else out


_NUM_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: A day told from another day of the same sentence: "the previous day", "the day before", "two days
#: earlier", "the next day", "a day later", "the night before"
_ANCHORED = re.compile(
    r"\b(?:the (?P<prev>previous|preceding) (?:day|night|evening)|"
    r"the (?:day|night|evening) (?P<before>before)(?! \w)|"
    r"(?P<n>a|one|two|three|four|five|six|seven|\d) days? (?:(?P<dir>earlier|later)|(?P<dir2>before|after)(?! \w))|"
    r"the (?P<next>next|following) (?:day|night|morning))\b",
    re.I,
)


def _anchored_days(text: str, out: list[DateMention], offset: int) -> list[DateMention]:
    """Days told from a day date before them in ``text`` ("On Tuesday, NATO said three soldiers
    were killed the previous day": Monday)."""
    extra: list[DateMention] = []
    for m in _ANCHORED.finditer(text):
        start, end = offset + m.start(), offset + m.end()
        anchors = [d for d in out if d.end <= start and d.precision == "day"]
        if not anchors or any(d.start < end and start < d.end for d in out):
            continue
        a = anchors[-1]
        if m.group("prev") or m.group("before"):
            delta = -1
        elif m.group("next"):
            delta = 1
        else:
            n = m.group("n").lower()
            back = (m.group("dir") or m.group("dir2")).lower() in ("earlier", "before")
            delta = (int(n) if n.isdigit() else _NUM_WORDS[n]) * (-1 if back else 1)
        day = a.earliest + timedelta(days=delta)
        extra.append(DateMention(start, end, m.group(0), day, day, "day", True, False))
    return sorted(out + extra, key=lambda d: d.start) if extra else out


def parse_iso_date(value: str) -> date:
    """Parse ``YYYY-MM-DD``; raise ``ValueError`` with a readable message otherwise.

    >>> parse_iso_date("2020-08-19")
    datetime.date(2020, 8, 19)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a possible date") from None
