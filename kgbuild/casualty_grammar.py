"""A small grammar of how a count, its noun and its casualty predicate relate across word orders.

The extractor's figure patterns read ``[qualifier] number [adjectives] noun`` and then look for the casualty
word right after it (with a short list of asides between) or right before it. News prose puts more between a
subject and its verb than such a list foresees, and in other orders:

* **the predicate reached over modifiers**: a subject count and its main verb with a relative clause, a
  participle's phrase, prepositional phrases or an apposition between ("all 16 service members aboard an
  MH-47 that went down in the mountains on Tuesday were killed", "Two militants holed up in the village were
  also shot dead", "Two other monitors in the car, a German and a Czech citizen, were hurt", "Several
  reporters who had been covering the ceremony were also killed"), and a casualty participle coordinated
  with another ("the five were cut off inside the compound and killed", "were dragged from the car and shot
  dead"). A finite verb of the subject's own that is no casualty ("three gunmen attacked the post where ...")
  or a clause boundary ("when", "where", "said", "and two ...") stops the search;
* **the noun before the count**: a collective noun and "of N" ("a crew of 12", "its crew of 13", "a family
  of five", "a patrol of six soldiers"): N of that group, not one;
* **a part of those already counted**: "One of the injured women", "two of the dead soldiers", "one of the
  slain militants was ...": N of the dead or of the hurt, whatever the predicate says of them;
* **harm told by what it left**: "leaving the mayor with serious wounds", "left two soldiers with shrapnel
  wounds", "was pulled from the wreckage with serious burns": injuries;
* **a group unhurt**: "the family came out unhurt", "the crew escaped unharmed": a zero of that group.

Everything here is a pure function over the text of one sentence; :mod:`kgbuild.extract` calls it where its own
patterns found no casualty word for a count.
"""

from __future__ import annotations

import re

from .text import NUMBER

#: Auxiliaries and adverbs that may stand between a subject and its casualty participle.
_AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "get", "got", "gets", "reportedly",
        "also", "all", "both", "later", "then", "subsequently", "eventually", "ultimately", "each", "since",
        "seriously", "critically", "badly", "slightly", "lightly", "fatally", "mortally", "severely", "instantly",
        "apparently", "tragically", "now", "so", "far", "may", "might", "could", "would", "will",
        "must", "probably", "likely"}
#: The forms of "be" that make a participle passive ("were killed"; "have killed" is the killers').
_BE = {"were", "was", "are", "is", "been", "being", "be", "get", "got", "gets"}
_AUX_RX = "|".join(sorted(_AUX, key=len, reverse=True))
_DEATH = (
    r"killed(?:\s+in\s+action)?|dead|slain|shot\s+dead|gunned\s+down|executed|murdered|martyred|beheaded|"
    r"assassinated|among\s+the\s+dead|among\s+those\s+killed|among\s+the\s+victims|confirmed\s+dead|"
    r"found\s+dead|died(?!\s+(?:out|down|away))|perished|drowned(?!\s+out)|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|burned\s+to\s+death|"
    r"crushed\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death"
)
_HURT = r"wounded|injured|hurt|hospitali[sz]ed|among\s+the\s+(?:wounded|injured)"
#: The predicate from the main verb on: auxiliaries and adverbs, then a casualty participle or verb, or
#: another participle and a casualty one coordinated with it ("were cut off inside the compound and killed").
_PRED = re.compile(
    rf"(?:(?:{_AUX_RX})\s+)*(?:(?P<d>{_DEATH})|(?P<i>{_HURT})|"
    rf"(?<=\s)(?:[a-z]+(?:ed|en|wn|ut|ff|ght|ck|ng))\b(?:\s+(?:up|off|out|down|away|back|over|in))?"
    rf"[^.;:,]{{0,70}}?\s+and\s+(?:(?:later|then|subsequently|eventually|ultimately|summarily|also)\s+)?"
    rf"(?:(?P<d2>killed|shot\s+dead|executed|murdered|died|beheaded|gunned\s+down|slain)|(?P<i2>wounded|injured|hurt)))"
    r"(?![\w-])",
    re.I,
)
_TOKEN = re.compile(r"[\w'\u2019-]+|[,()\u2014\u2013\"\u201c\u201d]")
#: Words that end the subject's clause before any verb of its own: a new clause, a speech, a comparison.
_CLAUSE_END = {
    "when", "where", "while", "after", "before", "because", "as", "but", "whereas", "although", "though", "if",
    "until", "unless", "said", "says", "say", "told", "tell", "tells", "according", "than", "whether", "so",
    "claim", "claims", "claimed", "insist", "insisted", "insists", "believe", "believed", "think", "thought", "know",
    "knew", "confirm", "confirms", "confirmed", "added", "stated", "announced", "announce", "announces", "report",
    "reports", "estimate", "estimated", "estimates", "saw", "see", "heard", "hear",
}
#: Adverbs that undo the casualty verb after them.
_NOT_QUITE = {"nearly", "almost", "narrowly", "barely", "not", "never", "no", "hardly", "n't", "allegedly"}
#: What opens an object relative's subject ("that the army had used"), not its verb.
_REL_SUBJECT = re.compile(r"(?:the|a|an|its|their|his|her|our|this|these|those|he|she|they|it|we|i|you|[A-Z]\w*)$")
_RELATIVE = {"who", "that", "which", "whom", "whose"}
_CASUALTY_WORDS = {"killed", "dead", "died", "wounded", "injured", "hurt", "slain", "perished", "killing", "wounding",
                   "injuring", "casualties", "deaths", "bodies"}
#: Finite verbs of the subject's own that are no casualty, irregular ones ("three gunmen fled the village").
_IRREGULAR = {
    "went", "came", "fell", "took", "made", "ran", "fled", "left", "gave", "sent", "saw", "found", "met", "led",
    "brought", "fought", "drove", "rode", "flew", "began", "stood", "sat", "won", "lost", "hid", "threw", "shot",
    "struck", "hit", "set", "put", "kept", "held", "tried", "spent", "carried", "escaped", "survived", "managed",
    "remained", "remain", "remains", "opened", "fired", "attacked", "stormed", "seized", "captured",
}
_OBJECT_START = re.compile(rf"(?:the|a|an|its|their|his|her|our|my|this|that|these|those|{NUMBER}|him|them|us|it)$",
                           re.I)
_VERBISH = re.compile(r"[a-z]+(?:ed|en|wn)$")
_ING = re.compile(r"[a-z]{3,}ing$")


def reach_predicate(after: str, max_gap: int = 170) -> tuple[str, int] | None:
    """The casualty predicate of the subject that ends where ``after`` begins, reached over its modifiers:
    ("deaths" or "injuries", the offset in ``after`` where the predicate ends), or None when the subject's
    own verb is no casualty or the clause ends first."""
    clause = re.match(r"[^.;:!?]*", after)
    assert clause is not None
    text = clause.group(0)[: max_gap + 80]
    toks = list(_TOKEN.finditer(text))
    in_relative = False  # a relative clause opened and its verb not yet read
    rel_verb_done = False
    commas = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        w = t.group(0).lower()
        if t.start() > max_gap:
            return None
        nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        if w in _RELATIVE:
            in_relative, rel_verb_done = True, False
            i += 1
            continue
        if w == ",":
            commas += 1
            i += 1
            continue
        if w in _CLAUSE_END and not (in_relative and not rel_verb_done):
            return None
        if w in _NOT_QUITE and not in_relative:
            return None  # "Two soldiers nearly died", "were not hurt": no casualty
        if w in ("and", "or") and _OBJECT_START.match(nxt) and commas % 2 == 0 and not in_relative:
            # "three soldiers fled and two were killed": another subject (but "a German and a Czech citizen",
            # an apposition between commas, is the same people)
            return None
        if in_relative and not rel_verb_done:
            if not _REL_SUBJECT.match(t.group(0)) and not w.endswith("ly"):
                # the relative's own verb group: "who had been covering", "that went down", "that sank"
                if w in _CASUALTY_WORDS:
                    return None  # "who were wounded in the blast ...": told by the relative, the extractor's
                j = i + 1
                while j < len(toks) and (toks[j].group(0).lower() in _AUX or _VERBISH.match(toks[j].group(0).lower())
                                         or _ING.match(toks[j].group(0).lower())):
                    j += 1
                rel_verb_done = True
                i = j
                continue
            i += 1
            continue
        if w in _AUX - {"all", "both", "each", "now", "so", "far", "since", "probably", "likely"} or w in (
            "died", "perished", "drowned", "lost"
        ):
            if w == "lost" and not re.match(r"\s+(?:their|his|her)\s+li(?:ves|fe)\b", text[t.end():]):
                return None
            m = _PRED.match(text, t.start())
            if m is None:
                return None
            word = m.group("d") or m.group("i")
            chain = text[t.start() : m.start("d") if m.group("d") else m.start("i") if m.group("i") else m.end()]
            if word and not re.match(r"(?:died|perished|drowned|lost|among)\b", word, re.I) and not (
                _BE & set(chain.lower().split())
            ):
                return None  # "may have killed Baghdadi": active, the subject is the killer
            kind = "deaths" if (m.group("d") or m.group("d2")) else "injuries"
            return kind, m.end()
        if w in _CASUALTY_WORDS:
            return None  # the extractor's own patterns read those
        if (w in _IRREGULAR or (_VERBISH.match(w) and not in_relative)) and _OBJECT_START.match(nxt):
            return None  # "three gunmen attacked the post": the subject's own verb, with its object
        i += 1
    return None


#: A collective noun and its count after it: "a crew of 12", "its crew of 13", "a family of five".
COLLECTIVE_OF = re.compile(
    r"\b(?P<det>a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<noun>crew|team|family|patrol|party|squad|"
    r"detachment|contingent|unit|group|convoy|delegation)\s+of\s+$",
    re.I,
)
#: The noun a collective gives its members (the rest count "members").
COLLECTIVE_MEMBERS = {"crew": "crew", "family": "family", "patrol": "members", "team": "members", "party": "members",
                      "squad": "members", "detachment": "members", "contingent": "members", "unit": "members",
                      "group": "members", "convoy": "members", "delegation": "members"}
COLLECTIVE_NOUNS = frozenset(COLLECTIVE_MEMBERS)


#: "One of the injured women", "two of the dead soldiers", "one of the slain militants": a part of those
#: counted as dead or hurt, whatever is said of them next.
CASUALTY_PARTITIVE = re.compile(
    rf"(?<![\w-])(?P<num>(?!none\b|no\b){NUMBER})\s+of\s+(?:the|those)\s+(?P<cls>dead|injured|wounded|slain|killed|"
    r"victims|fatalities|hurt)(?:\s+(?P<np>(?:[\w'\u2019-]+\s+){0,2}?)(?P<noun>[a-z]+(?:s|men|people|children)))?"
    r"(?![\w-])",
    re.I,
)
PARTITIVE_MENTION_BEFORE = re.compile(
    r"\b(?:of|for|to|with|by|from|among|about|on|named|identified|listed|visited|buried)\s+$", re.I
)
_PARTITIVE_AFTER_DIED = re.compile(
    r"^\s*(?:,[^,.;]{1,80},)?\s+(?:(?:later|since|subsequently|also|have|had|has|then)\s+)*(?:died|succumbed)\b", re.I
)


#: What a part of the dead or hurt is said to be: "Eight of the dead were Navy SEALs", "one of the slain
#: militants was believed to be a Pakistani commander", "Two of the dead were children" (a group named; but
#: "Eight of the injured were evacuated" names none).
_PARTITIVE_IS_GROUP = re.compile(
    r"^(?:\s*,[^,.;]{1,60},)?\s+(?:was|were|are|is)\s+(?:(?:believed|said|thought|reported|understood|confirmed|"
    r"later\s+identified\s+as|identified\s+as)\s+(?:to\s+(?:be|have\s+been)\s+)?)?(?:also\s+|all\s+)?"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?!(?:in|at|on|still|being|not|taken|among|from|flown|later|then|"
    r"evacuated|treated|seriously|critically|badly|lightly|slightly)\b)(?P<w>[\w'\u2019-]+)"
)


def casualty_partitive(sent: str) -> list[tuple[re.Match[str], str]]:
    """Each "N of the dead/injured ..." of ``sent`` that names a group of its own (a noun after the class, or
    what the copula says they were), with its kind (a part of the hurt that died later is the extractor's own
    "two of the wounded later died")."""
    out = []
    for m in CASUALTY_PARTITIVE.finditer(sent):
        if PARTITIVE_MENTION_BEFORE.search(sent[: m.start()]):
            continue  # "the families of two of the dead": a mention, no count of its own
        if not m.group("noun"):
            g = _PARTITIVE_IS_GROUP.match(sent[m.end() :])
            if g is None or (re.search(r"(?:ed|ing)$", g.group("w")) and not g.group("w")[0].isupper()):
                continue  # "Eight of the injured were evacuated": those counted, no group named
        cls = m.group("cls").lower()
        kind = "deaths" if cls in ("dead", "slain", "killed", "victims", "fatalities") else "injuries"
        if kind == "injuries" and _PARTITIVE_AFTER_DIED.match(sent[m.end() :]):
            continue
        out.append((m, kind))
    return out


#: Harm told by what it left: "leaving the mayor with serious wounds", "left two soldiers with shrapnel
#: wounds" (what follows the victim, apposition and all).
LEFT_WITH_WOUNDS = re.compile(
    r"\s*(?:,[^,.;]{1,80},\s*)?,?\s*with\s+(?:(?:serious|severe|critical|minor|"
    r"light|shrapnel|gunshot|bullet|head|multiple|life-threatening|grave|bad|burn|leg|chest|stab)\s+){0,3}"
    r"(?:wounds|injuries|burns|injury|wound)\b",
    re.I,
)
LEFT_VICTIM = re.compile(r"\b(?:leaving|left|leave|leaves)\s+(?=\S)", re.I)

#: A group unhurt: "the family came out unhurt", "the crew escaped unharmed", "its passengers walked away
#: unscathed".
GROUP_CAME_OUT_UNHURT = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:but|and|while)\s+)(?P<who>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:family|families|crew|passengers|children|hostages|civilians|residents|occupants|driver|pilot|passenger))"
    r"\s+(?:all\s+)?(?:came out|got out|walked away|walked out|emerged|escaped|were rescued|were freed|were released|"
    r"were evacuated|were brought out|survived)\s+(?:all\s+)?(?:unhurt|unharmed|uninjured|unscathed)\b"
)
