"""What caused an incident, read from the clause that tells it (for the event type).

News tells an incident's kind less by the nouns it repeats than by the clause that says what
killed the victims or brought the aircraft down: a predicate (crashed, was hit, blew himself
up, was killed) and its instrument or agent (a missile fired from the ground, the bomber's own
vest, a bomb aimed at one named official). This module finds such cause clauses and votes for
a type, weighted by where the clause is: the headline and the lead count more than the body,
and background sentences little.

* **Shoot-down**: a clause in which an aircraft is the patient of a loss (crashed, went down,
  was hit, struck, targeted, brought down, shot out of the sky) and hostile fire is the
  instrument (a missile, rocket, RPG, air defences, anti-aircraft fire, fire from the ground),
  the aircraft not being the one firing ("helicopters fired rockets" is a strike).
* **Suicide bombing**: the attacker dies by his own charge ("detonated his explosives", "an
  explosive belt", "strapped with explosives", "killing himself and six soldiers", "the bomber
  was among the dead", "drove a car ... into the convoy and detonated it").
* **Assassination**: the attack is aimed at one person ("targeting the convoy of police chief X",
  "an attack on his car", "an attempt on his life", a magnetic or sticky bomb).
* **Accident cues** that are denied, ruled out or only first given ("at first blamed a technical
  malfunction", "ruled out an accident") do not stand against a shoot-down.
"""

from __future__ import annotations

import re
from collections import Counter

#: aircraft words, more than the trigger lexicon's (gunships and the common Western models)
AIRCRAFT_ANY = re.compile(
    r"\b(?:(?i:aircraft|plane|airplane|jet|warplane|helicopter|chopper|gunship|bomber|fighter jet|fighter|drone|"
    r"airliner|UAV)s?|Black Hawks?|Apaches?|Chinooks?|Reapers?|Predators?|Tornados?|Harriers?|Mirages?|"
    r"Rafales?|Tucanos?|Bayraktars?|Hercules|Ospreys?|Cobras?|Super Pumas?|Pumas?|Gazelles?|"
    r"(?:Su|Mi|Ka|MiG|Il|An|Tu|Yak|F|C|MQ|RQ|AH|UH|CH|A|B|E|KC|EC|AS|SA)-\d+\w*)\b"
)
#: the aircraft itself acting (firing, striking): then a missile is its weapon, not what hit it
_AIRCRAFT_ACTS = re.compile(
    r"^(?:\s+(?!(?:was|were|been|being|is|are|got)\b)[\w-]+){0,2}?\s+(?:fired|launched|dropped|struck|hit|bombed|attacked|targeted|pounded|raided|"
    r"carried out|strikes?|attacks?|raids?|operators?|pilots? fired)\b"
)
#: hostile fire that brings an aircraft down
_AA_FIRE = re.compile(
    r"\b(?:air[- ]defen[cs]es?|anti-?aircraft|surface-to-air|ground-to-air|air-to-air|MANPADS|shoulder-(?:fired|launched)|"
    r"man-portable|Stingers?|Iglas?|Strelas?|Buk|Pantsir|Patriots?|S-[1-5]00|SAMs?|missiles?|rockets?|"
    r"rocket-propelled grenades?|RPGs?|ground fire|gunfire|machine[- ]gun fire|small[- ]arms fire|"
    r"fire from the ground|firing from the ground|fired from the ground|from the ground|"
    # guns turned on the aircraft: "opened fire on it with heavy machine guns", "anti-aircraft guns"
    r"(?:heavy |anti-aircraft |large-calibre |large-caliber )?machine[- ]guns?|opened fire on (?:it|them)|"
    r"(?:opened fire|fired) (?:on|at) (?:the|a|an) (?:[\w-]+ )?"
    r"(?:aircraft|plane|jet|helicopter|chopper|gunship|drone))\b",
    re.I,
)
#: the aircraft lost or hit (its patient predicates)
_LOSS = re.compile(
    r"\b(?:crash(?:ed|es)?|went down|came down|brought (?:\w+ ){0,4}?down|downed|shot (?:\w+ ){0,4}?down|"
    r"out of the sky|(?:was|were|been|being|got|it) (?:hit|struck|targeted|destroyed)|"
    r"(?:hit|struck|targeted|destroyed|downed) (?:it|them|(?:the|a|an|its|their|one|two) (?:[\w.-]+ ){0,3}?"
    r"(?:aircraft|plane|jet|warplane|helicopter|chopper|gunship|bomber|fighter|drone|airliner)s?)|"
    r"(?:hit|struck) by)\b",
    re.I,
)
#: a loss that is itself hostile: "downed", "brought down", "shot down" need no fire word beside them
#: ("a Chinook was brought down west of Baghdad"), unless what brought it down was no enemy
_HOSTILE_LOSS = re.compile(r"\b(?:downed|brought (?:[\w-]+ ){0,4}?down|shot (?:[\w-]+ ){0,4}?down)\b", re.I)
_BENIGN_AFTER_LOSS = re.compile(
    r"^[^.;]{0,40}?\b(?:safely|to land|for an? (?:emergency|forced) landing|by (?:bad |the )?(?:weather|fog|storms?|"
    r"winds?|ice|icing|engine|mechanical|technical|a technical|a mechanical|an engine|pilot error|lightning))\b",
    re.I,
)
#: what was shot down was a munition, not an aircraft
_MUNITION_PATIENT = re.compile(
    r"\b(?:shot down|downed|intercepted|destroyed)\s+(?:\d+\s+|more than \d+\s+|all\s+|most of the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:missiles|rockets|projectiles|shells)\b",
    re.I,
)

#: the attacker died by his own charge
_SUICIDE_CAUSE = [
    re.compile(
        r"\b(?:detonat\w*|set off|triggered|blew up|exploded|activated)\s+(?:his|her|their)\s+(?:own\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:explosives?|vests?|belts?|device|charges?|bomb|jacket|car|truck|vehicle)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:explosive|explosives|suicide|bomb)[- ](?:vests?|belts?|jackets?)\b(?=.*\b(?:explo\w+|detonat\w+|blast|"
        r"set (?:it|them|\w+ \w+) off|blew)\b)|\b(?:explo\w+|detonat\w+|blast|set off|blew up)\b.*\b(?:explosive|"
        r"explosives|suicide|bomb)[- ](?:vests?|belts?|jackets?)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:strapped|wrapped|rigged)\s+with\s+explosives\b|\b(?:strapped|attached|tied)\s+to\s+(?:his|her|their)\s+"
        r"(?:body|bodies|chest|waist)\b",
        re.I,
    ),
    re.compile(r"\b(?:blew|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up\b|\bself-detonat\w*|\bmartyrdom (?:operation|attack)", re.I),
    re.compile(r"\b(?:female|male|teenage|young|child|would-be)\s+(?:suicide\s+)?bombers?\b", re.I),
    re.compile(
        r"\b(?:including|besides|not counting|as well as)\s+the\s+(?:suicide\s+)?(?:bomber|attacker)s?\b|"
        r"\b(?:the\s+)?(?:bomber|attacker)s?,?\s+(?:who\s+)?(?:was|were)\s+(?:among the dead|also killed)\b|"
        r"\b(?:the\s+)?(?:bomber|attacker)s?\s+(?:also\s+)?died\s+in\s+the\s+(?:blast|explosion)\b|"
        # the bomber died with the charge, told aside or in the passive: "the bomber, who died in the
        # blast,", "the attacker was also killed in the explosion", "killing the bomber and 12 others"
        r"\b(?:the|a|one)\s+(?:suicide\s+)?(?:bomber|attacker)s?,?\s+(?:who\s+)?(?:also\s+|himself\s+|herself\s+)?"
        r"(?:was\s+|were\s+|had been\s+)?(?:also\s+)?(?:died|killed|perished|blown apart)\s+(?:in|by|with)\s+(?:the|his|her)\s+"
        r"(?:own\s+)?(?:blast|explosion|bomb|charge|device)\b|"
        r"\b(?:killing|killed)\s+(?:both\s+)?the\s+(?:suicide\s+)?bombers?\b(?!['\u2019])",
        re.I,
    ),
    re.compile(
        r"\b(?:drove|driven|rammed|steered)\s+(?:an?\s+|his\s+|her\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:car|truck|lorry|vehicle|van|"
        r"motorcycle|motorbike|tanker|Humvee|bulldozer)\s+(?:\w+\s+){0,4}?into\b[^.;]{0,80}?"
        r"\b(?:detonat\w*|blew|exploded|set off)\b",
        re.I,
    ),
    # a vehicle bomb someone drove ("a car bomb driven by a militant", "an explosives-laden truck driven by an
    # attacker"): the driver took it to the target (not a truck driven by soldiers that hit a mine)
    re.compile(
        r"\b(?:(?:car|truck|lorry|vehicle|van|tanker|motorcycle|motorbike)[- ]bombs?|explosives?-(?:laden|packed|filled)\s+"
        r"(?:car|truck|lorry|vehicle|van|tanker|motorcycle|motorbike)s?|(?:car|truck|lorry|vehicle|van|tanker)s?\s+"
        r"(?:packed|laden|loaded|rigged|filled)\s+with\s+explosives)\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?"
        r"(?:driven|ridden)\s+by\b",
        re.I,
    ),
]
#: "killing himself and six soldiers": a death of the attacker, told with a blast
_SELF_KILLED = re.compile(r"\b(?:killing|killed)\s+(?:himself|herself|themselves)\b", re.I)
_BLAST_WORD = re.compile(r"\b(?:explo\w+|detonat\w+|blast|bomb\w*)\b", re.I)
#: no one's own charge: "the bomber fled", a bomber aircraft
_NOT_A_HUMAN_BOMBER = re.compile(r"\b(?:bomber|attacker)s?\s+(?:fled|escaped|was arrested|were arrested)\b", re.I)

#: the attack aimed at one person
_TARGET_PERSON = [
    re.compile(
        r"\b(?:targeting|targeted|aimed at|meant for)\s+(?:the\s+)?(?:convoy|car|vehicle|motorcade|home|house|"
        r"residence|office|bodyguards)\s+of\b",
        re.I,
    ),
    re.compile(
        r"\b(?:attack|ambush|bombing|explosion|blast|bomb|shooting)\s+(?:on|targeting|against)\s+(?:his|her)\s+"
        r"(?:car|vehicle|motorcade|convoy|home|house|residence|office)\b|"
        # "at his office" is where he worked with others (a bombing during a meeting there is aimed at the
        # building); "at his home", "at his car" are his own
        r"\b(?:attack|ambush|bombing|explosion|blast|bomb|shooting)\s+at\s+(?:his|her)\s+"
        r"(?:car|vehicle|motorcade|convoy|home|house|residence)\b",
        re.I,
    ),
    re.compile(r"\b(?:an?\s+)?attempt\s+on\s+(?:his|her|the\s+[\w-]+'s|[A-Z][\w-]+'s)\s+life\b", re.I),
    re.compile(r"\b(?:magnetic|sticky|limpet)\s+(?:bomb|mine|explosive|device)s?\b", re.I),
]

#: a wanted man blowing himself up when cornered in a raid: no attack of his
_CORNERED = re.compile(
    r"\b(?:cornered|trapped|tunnel|fleeing|fled|surrounded|besieged|closed in|to avoid (?:capture|arrest)|"
    r"rather than (?:be|being) (?:captured|taken)|raid\w*|troops stormed|police stormed)\b",
    re.I,
)
#: a cause told as not known, denied or only possible: "no information to suggest that a missile
#: brought down the jet", "investigators are looking into whether it was shot down"
_UNASSERTED = re.compile(
    r"\b(?:no (?:information|evidence|indication|sign)s?|not|never|denied|deny|denies|ruled out|rule out|"
    r"dismissed|rejected|whether|if|may have|might have|could have)\b",
    re.I,
)

_DENIED_BEFORE = re.compile(
    r"\b(?:ruled out|rule out|ruling out|rejected|dismissed|denied|deny|denying|instead of|rather than|"
    r"at first|initially|first blamed|earlier blamed|no evidence of|not|nor|no)\b[^.;]{0,40}$",
    re.I,
)


#: words one of which every suicide or targeted-person cue contains (a cheap test first)
_SUICIDE_GATE = re.compile(r"explos|detonat|blew|bomber|driven by|ridden by|attacker|himself|herself|themselves|vest|belt|jacket|martyrdom", re.I)
_TARGET_GATE = re.compile(r"target|aimed|meant for|attempt|magnetic|sticky|limpet|\b(?:his|her) (?:car|vehicle|motorcade|convoy|home|house|residence|office)", re.I)


def _clauses(sent: str) -> list[str]:
    return [c for c in re.split(r"[;:]|\s[\u2013\u2014-]\s", sent) if c.strip()]


#: a cause only supposed by a source ("may have been struck by a missile"): half a vote, not none
_MODAL = re.compile(r"\b(?:may|might|could) have\b", re.I)


def shoot_down_clause(sent: str, prev: str = "") -> float:
    """An aircraft in ``sent`` (or, for "it", in ``prev``) lost to hostile fire, in one clause: 1.0
    when told, 0.5 when a source only supposes it ("may have been struck by a missile"), else 0."""
    supposed = 0.0
    for clause in _clauses(sent):
        if _MUNITION_PATIENT.search(clause):
            continue
        craft = [m for m in AIRCRAFT_ANY.finditer(clause) if not _AIRCRAFT_ACTS.match(clause[m.end() :])]
        if not craft:
            if not (re.search(r"\b(?:it|them)\b", clause) and AIRCRAFT_ANY.search(prev)):
                continue
        fire = list(_AA_FIRE.finditer(clause))
        loss = _LOSS.search(clause)
        hostile = _HOSTILE_LOSS.search(clause)
        if craft and hostile and not _BENIGN_AFTER_LOSS.match(clause[hostile.end() :]):
            doubt = _UNASSERTED.search(clause[: hostile.start()])
            if not doubt:
                return 1.0  # "a helicopter was downed", "brought the jet down": the loss tells the fire
            if _MODAL.fullmatch(doubt.group(0)) and not _UNASSERTED.search(_MODAL.sub(" ", clause[: hostile.start()])):
                supposed = 0.5
                continue
        if not fire or not loss:
            continue
        if all(re.match(r"\s+(?:strikes?|attacks?)\b", clause[m.end() :]) for m in fire):
            continue  # "a missile strike hit the base": the strike, not fire at an aircraft
        before = clause[: min(loss.start(), fire[0].start())]
        doubt = _UNASSERTED.search(before)
        if doubt:
            # "may have been struck by a missile": a source's supposition, half a vote; "whether",
            # "no evidence", "denied": none
            if _MODAL.fullmatch(doubt.group(0)) and not _UNASSERTED.search(_MODAL.sub(" ", before)):
                supposed = 0.5
            continue
        return 1.0
    return supposed


#: some of the attackers wore or set off vests ("at least two of the attackers detonated explosive
#: vests", "one of the gunmen blew himself up")
_SOME_ATTACKERS_VEST = re.compile(
    r"\b(?:some|one|two|three|four|several|at least (?:one|two|three|\w+)|\d+|a few|others)\s+of\s+(?:the|them|those)\s*"
    r"(?:[\w-]+\s+)?(?:attackers|gunmen|militants|assailants|fighters|insurgents|raiders|men)?\b[^.;]{0,60}?"
    r"\b(?:detonat\w*|blew|wore|wearing|set off|exploded|triggered)\b[^.;]{0,40}?\b(?:vests?|belts?|themselves|himself|explosives)\b",
    re.I,
)
#: the attackers fought with guns: a gun assault, whatever vests some of them wore
_GUN_ASSAULT = re.compile(
    r"\b(?:turned their (?:guns|weapons|rifles)|opened fire|shot their way|fought their way|fought (?:on |back )?for|"
    r"gun ?battles?|gunfights?|firefights?|shoot-?outs?|sprayed [^.;]{0,30}(?:bullets|gunfire)|"
    r"(?:heavy|sustained|intense|automatic) (?:gun|weapons )?fire|small[- ]arms|exchanged fire|stormed)\b|"
    r"\bthe others\s+(?:fought|kept fighting|held out|battled)\b",
    re.I,
)


def gun_and_vest(sents: list[str], weights: list[float]) -> bool:
    """An assault in which gunmen fought and only some of them wore or set off vests: an armed
    clash (the shooting is the attack), not a suicide bombing."""
    told = [s for s, w in zip(sents, weights, strict=True) if w]
    return any(_SOME_ATTACKERS_VEST.search(s) for s in told) and any(_GUN_ASSAULT.search(s) for s in told)


#: Aircraft named by designation, maker or model, crewed ones (the military designations are not those
#: of T-72 tanks, BM-21 launchers or AK-47 rifles) and unmanned ones apart; shared with the extractor's
#: AIRCRAFT, which counts drones too.
CREWED_AIRCRAFT_MODEL = (
    r"(?:(?:Su|Mi|Ka|MiG|Il|An|Tu|Yak|F|FA|C|KC|EC|MH|CH|UH|AH|HH|SH|MV|CV|AV|AS|SA|B|E|P|A|L|J|Z|Y)-\d+\w*|"
    r"(?:Fokker|Antonov|Ilyushin|Tupolev|Sukhoi|Kamov|Cessna|Beechcraft|Embraer|Learjet|Gulfstream|Chinook|"
    r"Black\s?[Hh]awk|Apache|Osprey|Sea King|Super Puma|Puma|Gazelle|Alouette|Dhruv|Rafale|Harrier|King Air|"
    r"Twin Otter|(?:Super )?Tucano)s?|Hercules|Bell \d+|Boeing \d{3}|Airbus A\d{3})"
)
UNMANNED_AIRCRAFT_MODEL = r"(?:(?:MQ|RQ)-\d+\w*|Global Hawk|Bayraktar|Shahed)"

#: an aircraft (not a drone, which is itself a weapon) lost with no fire told: it went down, hit the
#: ground or a mountain, made a "hard landing", vanished from radar, its wreckage was found
_CRAFT = (
    r"(?:(?i:aircraft|plane|airplane|jet|warplane|helicopter|chopper|gunship|fighter jet|airliner|airship)s?|"
    rf"{CREWED_AIRCRAFT_MODEL})"
)
_IMPACT = (
    r"(?:slammed|smashed|ploughed|plowed|plunged|flew|crashed|nosedived|nose-dived|dived|spiralled|spiraled|went|came|"
    r"careered|cartwheeled)\s+(?:down\s+)?into|"
    r"(?:hit|struck|clipped|clips|hits|strikes)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:mountain(?:side)?|hill(?:side)?|"
    r"slope|ridge|peak|cliff|ground|trees?|power ?lines?|pylons?|cables?|wires?|sea|water|building|tower|runway)|"
    r"(?:goes|went|gone|going|came|comes|coming|come)\s+down|crash-land(?:ed|s|ing)?|"
    r"(?:made|makes|making|suffered|had)\s+(?:an?\s+)?[\"\u201c']?(?:hard|crash|rough)[- ]landing|"
    r"broke (?:up|apart)|burst into flames|overturned|flipped over|disappeared|vanished|went missing|"
    r"lost (?:radio |radar )?contact"
)
_CRAFT_LOST = re.compile(
    rf"\b{_CRAFT}\b[^.;:]{{0,90}}?\b(?:{_IMPACT})\b|"
    rf"\b(?:contact|radio contact|radar contact|communication)\s+(?:with|to)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_CRAFT}\s+(?:was|had been|has been)\s+lost\b|"
    rf"\blost (?:radio |radar )?contact with (?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?{_CRAFT}\b|"
    rf"\b(?:wreckage|wreck|debris|remains)\s+of\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?{_CRAFT}\b|"
    rf"\b(?:crash site|crash-site)\b",
    re.I,
)
_CRAFT_RX = re.compile(rf"\b{_CRAFT}\b", re.I)
#: the aircraft came down safely or was only a carrier of the weapon
_CRAFT_SAFE = re.compile(
    r"\b(?:landed safely|safe(?:ly)? landing|no one (?:was )?(?:hurt|injured)|without (?:injury|casualties)|"
    r"returned (?:safely )?to (?:base|its base)|reached (?:their|its) destination)\b",
    re.I,
)


def aircraft_lost_clause(sent: str) -> bool:
    """An aircraft lost with no hostile fire told in its clause: it "went down", "slammed into a
    mountainside", made a "hard landing", "disappeared from radar", "contact with the helicopter
    was lost", "the wreckage of the plane" (a crash, unless another sentence tells the fire). A
    drone or missile slamming into a building is the weapon's hit, not a crash."""
    for clause in _clauses(sent):
        m = _CRAFT_LOST.search(clause)
        if not m:
            continue
        if _CRAFT_SAFE.search(clause) or _AA_FIRE.search(clause) or _DENIED_BEFORE.search(clause[: m.start()][-30:]):
            continue
        return True
    return False


#: the training a weapon was fired in ("a missile fired during a military exercise", "the missiles
#: used in the exercise"): the shooter's drill, no accident of those it hit
_FIRED_IN_DRILL_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|shells?|rounds?|torpedo(?:es)?|munitions?|weapons?)\s+(?:\w+\s+){0,2}?"
    r"(?:fired|launched|shot|used|test-fired)\s*$",
    re.I,
)


def fired_in_drill(before: str) -> bool:
    """The text just before a training cue fires a weapon in it ("a missile fired during ...")."""
    return bool(_FIRED_IN_DRILL_BEFORE.search(before[-60:]))


def accident_stands(text: str, cue_rx: re.Pattern[str]) -> bool:
    """An accident cue that the text asserts (not one denied, ruled out or only first given)."""
    for m in cue_rx.finditer(text):
        phrase = m.group(0).lower()
        if phrase.startswith(("not ", "no ", "wasn't", "was not")):
            return True  # the cue is itself a denial of hostile fire
        if not _DENIED_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
            return True
    return False


def aircraft_loss_sentences(sents: list[str]) -> set[int]:
    """Sentences that tell an aircraft lost, by fire or not ("may have been struck by a missile",
    "slammed into a mountainside"): incident sentences, whatever trigger word they lack."""
    out = set()
    for i, sent in enumerate(sents):
        prev = sents[i - 1] if i else ""
        if (AIRCRAFT_ANY.search(sent + " " + prev) and shoot_down_clause(sent, prev)) or (
            _CRAFT_RX.search(sent) and aircraft_lost_clause(sent)
        ):
            out.add(i)
    return out


def cause_votes(sents: list[str], weights: list[float]) -> Counter[str]:
    """Votes for an incident type from the cause clauses of ``sents`` (each with its weight)."""
    votes: Counter[str] = Counter()
    for i, (sent, w) in enumerate(zip(sents, weights, strict=True)):
        if not w:
            continue
        prev = sents[i - 1] if i else ""
        shot = shoot_down_clause(sent, prev) if AIRCRAFT_ANY.search(sent + " " + prev) else 0.0
        if shot:
            votes["shoot-down"] += 5 * w * shot
        elif _CRAFT_RX.search(sent) and aircraft_lost_clause(sent):
            votes["aircraft-crash"] += 3 * w
        if _SUICIDE_GATE.search(sent) and not _NOT_A_HUMAN_BOMBER.search(sent):
            hit = any(rx.search(sent) for rx in _SUICIDE_CAUSE) or (
                bool(_SELF_KILLED.search(sent)) and bool(_BLAST_WORD.search(sent))
            )
            if hit and not _CORNERED.search(sent):
                votes["suicide-bombing"] += 5 * w
        if _TARGET_GATE.search(sent) and any(rx.search(sent) for rx in _TARGET_PERSON):
            votes["assassination"] += 5 * w
    return votes


# ------------------------------------------------------------------ what kind of blast

#: what makes a blast a roadside bomb: the word itself, an IED or a mine, a bomb laid by or under
#: the road, a vehicle that hit the device, a device that went off as a patrol passed
ROADSIDE_CUE = re.compile(
    r"\broad-?side\b|\bIEDs?\b|\bimprovised explosive|\bland ?mines?\b|\b(?:anti-tank|anti-personnel|anti-vehicle|"
    r"naval|sea) mines?\b|"
    r"\b(?:hit|struck|strikes|hits|drove over|driven over|ran over|run over|rolled over|stepped on|ran onto)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:mine|bomb|device|explosive|charge|booby[- ]trap)\b|"
    r"\b(?:triggered|set off|detonated)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:mine|booby[- ]trap)\b|"
    r"\b(?:bomb|device|explosives?|charge|mine)s?\s+(?:[\w,-]+\s+){0,4}?(?:planted|buried|hidden|laid|placed|concealed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:along|beside|by|on|in|under|beneath|at the side of|next to)\s+(?:a|the)\s+(?:[\w-]+\s+)?"
    r"(?:road|roadway|highway|track|route|verge|path|culvert)\b|"
    r"\b(?:buried|planted|laid|hidden)\s+(?:beneath|under|in|along|beside|by)\s+(?:a|the)\s+(?:[\w-]+\s+)?"
    r"(?:road|roadway|highway|track|route|verge|path|culvert)\b|"
    r"\b(?:went off|exploded|detonated|blew up)\s+(?:[\w-]+\s+){0,2}?(?:under|beneath|beside|alongside)\s+"
    r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:vehicle|car|truck|jeep|patrol|convoy|Humvee|bus|APC|tank|"
    r"minibus|pick-?up|lorry|van)s?\b|"
    r"\b(?:as|when|while)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:convoy|patrol|vehicle|car|truck|jeep|"
    r"Humvee|bus|APC|column|motorcade|minibus)s?\s+(?:was\s+|were\s+)?(?:passed|passing|drove|travelled|traveled|"
    r"moved|went by|drove past|drove by)\b|"
    r"\b(?:convoy|patrol|vehicle|car|truck|jeep|Humvee|bus|APC|tank|minibus)s?\s+(?:was\s+|were\s+|had been\s+)?"
    r"(?:hit|struck|blown up|destroyed) by (?:a|an) (?:[\w-]+\s+)?(?:mine|bomb|device|explosive|blast)\b|"
    # the same told with the blast as subject: "an explosive device struck a patrol vehicle", "a blast ripped
    # through an army truck" (not a bomb dropped from the air, nor a blast in a market)
    r"(?<!dropped )(?<!aerial )(?<!guided )\b(?:bomb|device|explosive|explosives|charge|blast|explosion)\s+"
    r"(?:hit|struck|ripped through|tore through|targeted|destroyed)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:vehicle|truck|jeep|patrol|convoy|Humvee|bus|APC|tank|minibus|pick-?up|lorry|van|car)s?\b",
    re.I,
)
#: an aircraft as the one who dropped or fired the bomb (or the bomb came from the air)
_AERIAL = re.compile(
    r"\bbombs?\s+(?:fell|dropped|were dropped|was dropped|rained)\b|\b(?:dropped|fired|launched)\s+(?:from|by)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:drone|aircraft|plane|jet|warplane|helicopter|UAV)s?\b|"
    r"\bfrom the (?:air|sky)\b|\baerial (?:bomb|attack|bombardment)|\bair (?:force|power) (?:struck|bombed|hit)\b",
    re.I,
)
#: a leader (an office one person holds) as the one killed
_LEADER = (
    r"(?:president|vice-president|prime minister|premier|governor|mayor|minister|head of state|chairman|speaker|"
    r"leader|chief|emir|warlord|general|senator|lawmaker|MP|deputy|ambassador|prosecutor|judge|police chief|commander)"
)
_LEADER_KILLED = re.compile(
    rf"\b(?:the|a|an|its|their|his|her|[A-Z][\w-]+(?:'s)?)\s+(?:[\w-]+\s+){{0,2}}?{_LEADER}\b(?:,\s*[A-Z][^,]{{2,40}},)?\s+"
    r"(?:was|were|has been|had been|is|are)\s+(?:\w+\s+)?(?:killed|dead|assassinated|among the dead)\b|"
    rf"\b(?:killing|killed|assassinating|assassinated)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_LEADER}\b|"
    rf"\b(?:targeting|targeted|aimed at|meant for|intended for|attempt(?:ed)? to kill|threatened to kill|plot to kill)\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_LEADER}\b|(?:Mr|Mrs|Ms|Dr|President|General|Gen\.?)\.?\s+[A-Z])|"
    # the blast as a leader's convoy passed: "the convoy of former prime minister X was passing"
    rf"\b(?:convoy|motorcade|car|cortege)\s+of\s+(?:the\s+)?(?:former\s+|ex-)?(?i:{_LEADER})\b|"
    rf"\b(?:former\s+|ex-)?(?i:{_LEADER})\s+(?:[A-Z][\w'-]+\s+){{1,3}}?(?:was|were)\s+(?:\w+\s+)?(?:killed|assassinated)\s+"
    r"(?:when|as|after|in)\b[^.;]{0,60}\b(?:blast|bomb|explosion|explosives)",
)
#: a comma-fenced aside ("one of its drones, on what it called a routine mission, struck")
_ASIDE_RX = re.compile(r",[^,.;]{1,90},")


def aircraft_struck(sent: str) -> bool:
    """An aircraft is the one that struck: "one of its drones ... struck the village", "a bomb fell"."""
    if _AERIAL.search(sent):
        return True
    plain = _ASIDE_RX.sub("", sent)
    for m in AIRCRAFT_ANY.finditer(plain):
        if re.match(r"(?:\s+(?:[\w-]+)){0,3}?\s+(?:struck|hit|bombed|attacked|targeted|fired on|fired at|dropped|"
                    r"pounded|strafed|fired (?:a |two |\w+ )?(?:missiles?|rockets?|bombs?))\b", plain[m.end():], re.I):
            return True
    return False


#: a vehicle bomb (with no bomber at the wheel, see ``blast_kind``): "a car bomb", "a truck bomb",
#: "an explosives-laden van", "a booby-trapped car", "the bomb had been left in a car parked on ...",
#: "a parked car packed with explosives blew up"
PARKED_VEHICLE_BOMB = re.compile(
    r"\b(?:car|truck|lorry|van|vehicle|motorcycle|motorbike|tanker)[- ]bombs?\b|\bVBIEDs?\b|"
    r"\b(?:explosives?-(?:laden|packed|filled|rigged)|booby-trapped|bomb-laden)\s+(?:car|truck|lorry|van|vehicle|"
    r"motorcycle|motorbike|tanker)s?\b|"
    r"\b(?:car|truck|lorry|van|vehicle|motorcycle|motorbike|tanker)s?\s+(?:packed|laden|loaded|rigged|filled|stuffed)\s+"
    r"with\s+explosives\b|"
    r"\b(?:bomb|device|explosives?|charge)\s+(?:had\s+been\s+|was\s+|were\s+)?(?:left|planted|hidden|placed|concealed)\s+"
    r"(?:in|on|under|inside)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:car|truck|lorry|van|vehicle|motorcycle|motorbike|"
    r"scooter|moped|bicycle|bike|cart|rickshaw)\b|"
    r"\bparked\s+(?:car|truck|lorry|van|vehicle)s?\s+(?:\w+\s+){0,4}?(?:exploded|blew up|went off|detonated)\b",
    re.I,
)


def blast_kind(sents: list[str], weights: list[float], scores: Counter[str]) -> str | None:
    """What a blast of no named kind ("an explosion", "a truck loaded with explosives", "a bomb
    went off") was, when no roadside cue makes it a roadside bomb: a suicide bombing if the bomber
    died, an assassination if it was aimed at (or killed) one leader, an air strike if an aircraft
    dropped or fired it, else the kind of another explosive weapon told, else "other". ``None``
    when a roadside cue stands (the blast is a roadside bomb)."""
    told = [s for s, w in zip(sents, weights, strict=True) if w]
    if any(ROADSIDE_CUE.search(s) for s in told):
        return None
    if scores.get("suicide-bombing"):
        return "suicide-bombing"
    if scores.get("assassination") or any(_LEADER_KILLED.search(s) for s in told):
        return "assassination"
    if scores.get("airstrike") or any(aircraft_struck(s) for s in told):
        return "airstrike"
    if any(PARKED_VEHICLE_BOMB.search(s) for s in told):
        return None  # a bomb left in a parked car: the nearest class is the bomb left by the road
    if scores.get("shelling"):
        return "shelling"
    return "other"
