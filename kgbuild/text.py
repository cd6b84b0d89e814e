"""Sentence splitting with character offsets, and English number phrases.

>>> [t for _, _, t in split_sentences("Maj. Gen. Ivanov died. Three others were hurt.")]
['Maj. Gen. Ivanov died.', 'Three others were hurt.']
>>> parse_number("twenty-one"), parse_number("1,200"), parse_number("a dozen")
(21, 1200, 12)
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "maj",
    "gen",
    "lt",
    "col",
    "sr",
    "jr",
    "sgt",
    "capt",
    "cpl",
    "pvt",
    "brig",
    "adm",
    "cmdr",
    "cdr",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "vs",
    "u.s",
    "u.k",
    "u.n",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "gov",
    "sen",
    "rep",
    "lieut",
    "maj.-gen",
    "mt",
    "approx",
    "e.g",
    "i.e",
    "vol",
    "inc",
    "co",
    "corp",
    "ltd",
    "spc",
    "pfc",
    "ssgt",
    "msgt",
    # more military abbreviations ("Tech. Sgt.", "Gy. Sgt.", "Flt. Lt.", "Sqn. Ldr.", "Master Sgt. (res.)")
    "tech",
    "gy",
    "pte",
    "flt",
    "sqn",
    "ldr",
    "wg",
    "cpt",
    "sfc",
    "ssg",
    "sgm",
    "res",
    "ret",
    "retd",
    "lt.-col",
    "lt.-gen",
    "brig.-gen",
    "ft",
    "dept",
    "pres",
    "a.m",
    "p.m",
    "u.a.e",
}

_BOUNDARY = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])")


_WRAPPED = re.compile(r"[\w,\u2019'-]$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s")


def _blocks(text: str) -> list[tuple[int, str]]:
    """Lines, with hard-wrapped ones joined: a long line that stops mid-sentence (no final
    punctuation) runs on into the next non-empty line, unless that one is a list item. The
    newline stays in the block, so offsets into ``text`` are unchanged."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if out and line.strip() and not _LIST_ITEM.match(line):
            prev_start, prev = out[-1]
            last = prev.rsplit("\n", 1)[-1]
            if len(last.strip()) >= 40 and _WRAPPED.search(last.rstrip()) and not _LIST_ITEM.match(last):
                out[-1] = (prev_start, prev + "\n" + line)
                continue
        out.append((start, line))
    return out


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    r"""Sentences as ``(start, end, text)``; a line break ends a sentence too, except inside
    a hard-wrapped paragraph.

    >>> [t for _, _, t in split_sentences("Two soldiers were killed by a roadside bomb near\nHama. The army said so.")]
    ['Two soldiers were killed by a roadside bomb near\nHama.', 'The army said so.']
    """
    out: list[tuple[int, int, str]] = []
    for line_start, line in _blocks(text):
        if not line.strip():
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            before = line[start : m.start() + 1]
            word = re.search(r"([\w.'-]+)\.$", before)
            if word:
                w = word.group(1).lower()
                if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
                if re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]", word.group(1)):
                    continue  # initials before a name: "Brig L.S. Lidder", "Maj. J.R. Okafor"
            _emit(out, line, line_start, start, m.start() + 1)
            start = m.end()
        _emit(out, line, line_start, start, len(line))
    return out


def _emit(out: list[tuple[int, int, str]], line: str, base: int, start: int, end: int) -> None:
    seg = line[start:end]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        out.append((base + start + lead, base + start + lead + len(seg), seg))


UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:\s+hundred(?:\s+and\s+\w+)?)?"
)
#: A cardinal number phrase: digits, words, "a dozen", "dozens", "several dozen", "hundreds".
NUMBER = (
    r"(?:\d+(?:\.\d+)?\s+million|(?:\d{1,3}|" + _WORD_NUMBER + r")\s+thousand|"
    r"\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUMBER + r"|a\s+dozen|half\s+a\s+dozen|"
    r"a\s+hundred|a\s+thousand|tens\s+of\s+thousands|hundreds\s+of\s+thousands|thousands|"
    r"(?:several|a\s+few|two|three)\s+dozen|dozens|scores|hundreds|several|a\s+few|a\s+couple\s+of|"
    r"a\s+handful\s+of|both)"
)


def parse_number(phrase: str) -> int | None:
    """The value of a number phrase (vague phrases give their lower bound)."""
    p = re.sub(r"\s+", " ", phrase.strip().lower())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", p):
        return int(p.replace(",", ""))
    big = re.fullmatch(r"(.+?) (thousand|million)", p)
    if big:  # "1.5 million", "two thousand", "40 thousand"
        if re.fullmatch(r"\d+(?:\.\d+)?", big.group(1)):
            head: float | None = float(big.group(1))
        else:
            head = parse_number(big.group(1))
        return None if head is None else int(round(head * (1000 if big.group(2) == "thousand" else 1_000_000)))
    vague = {
        "a hundred": 100,
        "a thousand": 1000,
        "thousands": 1000,
        "tens of thousands": 10000,
        "hundreds of thousands": 100000,
        "a dozen": 12,
        "half a dozen": 6,
        "several dozen": 24,
        "a few dozen": 24,
        "dozens": 24,
        "two dozen": 24,
        "three dozen": 36,
        "scores": 40,
        "hundreds": 200,
        "several": 3,
        "a few": 2,
        "a couple of": 2,
        "a handful of": 3,
        "both": 2,
    }
    if p in vague:
        return vague[p]
    m = re.fullmatch(r"(.+?) hundred(?: and (.+))?", p)
    if m:
        head = parse_number(m.group(1))
        tail = parse_number(m.group(2)) if m.group(2) else 0
        return None if head is None or tail is None else head * 100 + tail
    parts = re.split(r"[- ]", p)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return TENS[parts[0]] + UNITS[parts[1]]
    if p in TENS:
        return TENS[p]
    return UNITS.get(p)


#: Vague phrases: (qualifier, low, high).
VAGUE = {
    "tens of thousands": ("several", 10000, 99999),
    "hundreds of thousands": ("several", 100000, 999999),
    "thousands": ("several", 1000, 9999),
    "several dozen": ("several", 24, 99),
    "a few dozen": ("several", 24, 99),
    "dozens": ("several", 24, 99),
    "scores": ("several", 40, 199),
    "hundreds": ("several", 200, 999),
    "several": ("several", 3, 9),
    "a few": ("several", 2, 5),
    "a handful of": ("several", 3, 7),
}
