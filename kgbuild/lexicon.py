"""A phrase matcher over word tokens: fast lookup of thousands of names in a text.

Each phrase is keyed by its exact text with whitespace collapsed; a text is scanned
once, trying the longest phrase first at each token, so the cost grows with the text,
not with the size of the gazetteer (a regex alternation of 5,000 names does not).

>>> m = PhraseMatcher()
>>> m.add("Deir ez-Zor", "city"); m.add("Deir ez-Zor Province", "province")
>>> [(h.text, h.payloads) for h in m.finditer("In Deir ez-Zor Province, near Deir ez-Zor.")]
[('Deir ez-Zor Province', ['province']), ('Deir ez-Zor', ['city'])]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

TOKEN = re.compile(r"\w+(?:[-'\u2019.]\w+)*\.?")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    payloads: list[Any]


def _key(text: str) -> str:
    return _SPACE.sub(" ", text.strip())


class PhraseMatcher:
    """Case-sensitive phrases, plus phrases matched in any letter case (``fold=True``)."""

    def __init__(self) -> None:
        self._exact: dict[str, list[Any]] = {}
        self._folded: dict[str, list[Any]] = {}
        self._max_tokens = 1
        # casefolded first token of every phrase -> the most tokens of a phrase starting with it:
        # positions whose token starts no phrase are skipped without building any key
        self._first: dict[str, int] = {}

    def add(self, phrase: str, payload: Any, *, fold: bool = False) -> None:
        key = _key(phrase)
        if not key:
            return
        tokens = TOKEN.findall(key)
        if not tokens:
            return
        n = len(tokens)
        self._max_tokens = max(self._max_tokens, n)
        first = tokens[0].casefold()
        self._first[first] = max(self._first.get(first, 0), n)
        table = self._folded if fold else self._exact
        key = key.casefold() if fold else key
        bucket = table.setdefault(key, [])
        if payload not in bucket:
            bucket.append(payload)

    def prefer_folded(self) -> None:
        """Where a case-sensitive phrase is also a phrase of any case ("Corporal": an altLabel of one
        rank, the label of others), the any-case payloads come first and the others after them."""
        for key, bucket in self._exact.items():
            folded = self._folded.get(key.casefold())
            if folded:
                self._exact[key] = folded + [p for p in bucket if p not in folded]

    def _lookup(self, key: str) -> list[Any] | None:
        return self._exact.get(key) or self._folded.get(key.casefold())

    def _longest_from(self, token: str) -> int:
        """The most tokens a phrase starting with ``token`` has (0: none starts with it).

        A one-token hit may drop a final possessive or full stop, so those forms count too.
        """
        folded = token.casefold()
        n = self._first.get(folded, 0)
        if folded.endswith(("'s", "\u2019s")):
            n = max(n, self._first.get(folded[:-2], 0))
        if folded.endswith("."):
            n = max(n, self._first.get(folded[:-1], 0))
        return n

    def finditer(self, text: str) -> Iterator[Hit]:
        """Non-overlapping hits, longest first at each position, in text order."""
        tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        i = 0
        while i < len(tokens):
            found = None
            longest = self._longest_from(text[tokens[i][0] : tokens[i][1]])
            for n in range(min(longest, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                raw = text[start:end]
                payloads = self._lookup(_key(raw))
                if payloads is None and raw.endswith(("'s", "\u2019s")):
                    payloads = self._lookup(_key(raw[:-2]))
                    if payloads is not None:
                        end -= 2
                if payloads is None and raw.endswith("."):
                    payloads = self._lookup(_key(raw[:-1]))
                    if payloads is not None:
                        end -= 1
                if payloads is not None:
                    found = Hit(start, end, text[start:end], payloads)
                    i += n
                    break
            if found:
                yield found
            else:
                i += 1
