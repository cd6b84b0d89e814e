"""A terminal view of an extraction. Article text is untrusted: control characters
(ANSI escapes included) are shown escaped, never sent to the terminal."""

from __future__ import annotations

import re

import click

from .extract import Extraction, Span

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with terminal control characters escaped.

    >>> safe("ok\\x1b[31mred")
    'ok\\\\x1b[31mred'
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def _quote(span: Span | None, color: bool) -> str:
    if span is None:
        return "(no span)"
    text = f'"{safe(span.text)}" [{span.start}:{span.end}]'
    return click.style(text, fg="yellow") if color else text


def describe(ex: Extraction, *, color: bool = False) -> str:
    a = ex.article
    out = [f"Article: {safe(a.path.name)}  published {a.published} ({a.published_source})", f"Title:   {safe(a.title)}"]
    for ev in ex.events:
        out.append(f"\nEvent: {ev.type} (hostile={ev.hostile})  {_quote(ev.type_span, color)}")
        out.append(f"  date:  {ev.date} .. {ev.date_latest} ({ev.date_precision})  {_quote(ev.date_span, color)}")
        out.append(f"  place: {safe(ev.place.name)} ({ev.place_precision})  {_quote(ev.place_span, color)}")
        if ev.near_place:
            out.append(f"  near:  {safe(ev.near_place.name)}, {ev.distance_km} km")
        if ev.suspected:
            out.append("  suspected: " + ", ".join(o.label for o in ev.suspected))
        if ev.claimed_by:
            out.append("  claimed by: " + ", ".join(o.label for o in ev.claimed_by))
        if ev.no_claim:
            out.append("  no responsibility claimed")
        for p in ev.persons:
            rank = p.rank.label if p.rank else "-"
            out.append(
                f"  person: {safe(p.name or '?')}  rank={rank} nationality={p.nationality} "
                f"affiliation={p.affiliation} fate={p.fate}  {_quote(p.fate_span, color)}"
            )
        for f in ev.figures:
            out.append(
                f"  figure: {f.kind} {f.qualifier} {f.value} [{f.low}..{f.high}] "
                f"{f.nationality or '??'}/{'+'.join(f.affiliations)} per {safe(f.attribution.label)}  "
                f"{_quote(f.span, color)}"
            )
    for t in ex.tolls:
        out.append(
            f"\nToll: {t.kind} {t.qualifier} {t.value} {t.nationality}/{t.affiliation} since {t.since} "
            f"as of {t.as_of} per {safe(t.attribution.label)} excludes {','.join(t.excludes) or '-'}  "
            f"{_quote(t.span, color)}"
        )
    for w in ex.warnings:
        out.append(f"Warning: {w}")
    return "\n".join(out)
