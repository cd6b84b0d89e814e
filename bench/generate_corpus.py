"""Generate N synthetic but realistic conflict-news articles for benchmarks.

    python bench/generate_corpus.py 1000 /tmp/corpus-1k [--seed 7]

Each article reports one incident the way the example articles do: an event type among
roadside bombs, suicide bombings, shelling, air strikes, shoot-downs, aircraft crashes,
clashes, assassinations and accidents; a place from kgbuild's own gazetteer
(``kgbuild.reference.load()``: GeoNames settlements, curated sites, provinces); named
persons with ranks from the rank scheme and their nationality; casualty figures as number
words or digits with qualifiers ("at least five", "more than 20", "several dozen"), each
attributed ("the Russian Defence Ministry said", "according to the Syrian Observatory for
Human Rights", "a pro-opposition military analyst said"); relative dates ("on Tuesday",
"last week", "overnight") to be resolved against the publication date; sometimes an
aggregate toll with its period; and background paragraphs. About 80% carry YAML front
matter; the rest are plain text with a dateline, a "Published:" line or only a dated file
name. Output is deterministic for a given seed and N.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgbuild.reference import load  # noqa: E402

NUMBER_WORDS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]

# Given and family names per nationality, to make persons the extractor can find.
NAMES = {
    "RU": (
        [
            "Alexei",
            "Sergei",
            "Dmitry",
            "Igor",
            "Nikolai",
            "Andrei",
            "Yevgeny",
            "Oleg",
            "Viktor",
            "Pavel",
            "Roman",
            "Maxim",
            "Vladimir",
            "Konstantin",
            "Artyom",
        ],
        [
            "Ivanov",
            "Petrov",
            "Smirnov",
            "Volkov",
            "Kuznetsov",
            "Sokolov",
            "Popov",
            "Lebedev",
            "Morozov",
            "Novikov",
            "Fedorov",
            "Orlov",
            "Zaitsev",
            "Belov",
            "Gromov",
        ],
    ),
    "US": (
        [
            "James",
            "Michael",
            "Robert",
            "David",
            "William",
            "Joseph",
            "Daniel",
            "Matthew",
            "Ryan",
            "Jason",
        ],
        [
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Thomas",
            "Moore",
            "Jackson",
            "Harris",
            "Clark",
        ],
    ),
    "GB": (
        ["Oliver", "Harry", "George", "Jack", "Thomas", "Charlie", "Edward", "Samuel"],
        ["Smith", "Jones", "Williams", "Brown", "Evans", "Roberts", "Walker", "Wright"],
    ),
    "TR": (
        [
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Ali",
            "Huseyin",
            "Hasan",
            "Ibrahim",
            "Murat",
            "Emre",
            "Burak",
        ],
        [
            "Yilmaz",
            "Kaya",
            "Demir",
            "Sahin",
            "Celik",
            "Yildiz",
            "Aydin",
            "Ozturk",
            "Arslan",
            "Dogan",
        ],
    ),
    "IR": (
        ["Hossein", "Reza", "Mohsen", "Hamid", "Javad", "Mehdi", "Ali", "Saeed"],
        ["Hosseini", "Ahmadi", "Karimi", "Rahimi", "Moradi", "Jafari", "Rezaei", "Sadeghi"],
    ),
    "SY": (
        [
            "Ahmad",
            "Mahmoud",
            "Khaled",
            "Omar",
            "Yusuf",
            "Samir",
            "Bashir",
            "Fadi",
            "Issam",
            "Nizar",
        ],
        [
            "Haddad",
            "Khatib",
            "Nasser",
            "Hamdan",
            "Saleh",
            "Darwish",
            "Mansour",
            "Hijazi",
            "Shami",
            "Qassem",
        ],
    ),
    "IL": (
        ["Avi", "Yossi", "David", "Eitan", "Noam", "Amir"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman"],
    ),
}
ACTORS = {  # who reports casualties of each nationality, as the articles name them
    "RU": [
        "the Russian Defence Ministry",
        "Russia's Defence Ministry",
        "the Kremlin",
        "TASS",
        "Interfax",
        "RIA Novosti",
        "the Russian military",
    ],
    "SY": [
        "SANA",
        "Syrian state media",
        "the Syrian Arab Army",
        "the Syrian Observatory for Human Rights",
        "the Observatory",
        "a pro-opposition military analyst",
        "local activists",
    ],
    "TR": [
        "the Turkish Defence Ministry",
        "Anadolu Agency",
        "the Turkish military",
        "Turkish officials",
    ],
    "US": ["the Pentagon", "U.S. Central Command", "the US-led coalition", "U.S. officials"],
    "GB": ["the British Ministry of Defence", "the UK Ministry of Defence", "British officials"],
    "IR": [
        "Tasnim News Agency",
        "Fars News Agency",
        "the Revolutionary Guards",
        "Iranian state media",
    ],
    "IL": ["the Israel Defense Forces", "the Israeli military", "Israeli officials"],
}
PERPETRATORS = [
    "Islamic State",
    "ISIS",
    "Hayat Tahrir al-Sham",
    "the Nusra Front",
    "the PKK",
    "Hezbollah",
]
GROUP_NOUNS = {
    "armed": ["soldiers", "servicemen", "troops", "military personnel", "officers"],
    "militia": ["militiamen", "fighters", "pro-government militiamen"],
    "civilian": ["civilians", "residents", "children", "workers"],
    "pmc": ["contractors", "private military contractors"],
}
PUBLISHERS = [
    "Frontline Notes",
    "Levant Monitor",
    "Conflict Desk",
    "Eastern Wire",
    "Regional Dispatch",
    "The Observer Weekly",
    "Middle East Briefing",
    "Field Report",
]
BACKGROUND = [
    "The area has changed hands several times since the start of the war in 2011.",
    "Government forces backed by Russian air power have pushed into the region over the past year.",
    "Fighting in the province has displaced tens of thousands of people, according to aid agencies.",
    "Moscow began its military intervention in Syria in September 2015 to support the government in Damascus.",
    "Ankara and Moscow have agreed on several ceasefires in the northwest, none of which has held for long.",
    "The region lies close to important oil and gas fields and to the main road to the Iraqi border.",
    "Independent verification of casualty figures is difficult because access for journalists is restricted.",
    "Residents described hearing several loud explosions before columns of smoke rose over the area.",
    "The incident comes amid a wider escalation along the front lines in recent weeks.",
    "Officials did not say how many people had been evacuated from the area.",
    "Diplomats in Geneva called for a de-escalation and for humanitarian access to the area.",
    "Local sources said the road was closed for several hours after the incident.",
]


def number(rng: random.Random, n: int) -> str:
    if n <= 20 and rng.random() < 0.75:
        return NUMBER_WORDS[n]
    if n in (12, 24, 36) and rng.random() < 0.3:
        return {12: "a dozen", 24: "two dozen", 36: "three dozen"}[n]
    return str(n)


def figure(rng: random.Random, n: int) -> str:
    """A casualty figure with a qualifier, as news writes it."""
    roll = rng.random()
    if roll < 0.45:
        return number(rng, n)
    if roll < 0.65:
        return f"at least {number(rng, n)}"
    if roll < 0.75:
        return f"more than {number(rng, max(n - 1, 1))}"
    if roll < 0.85:
        return f"{rng.choice(['about', 'around', 'nearly', 'some'])} {number(rng, n)}"
    if roll < 0.92:
        return f"up to {number(rng, n)}"
    return "several" if n < 10 else "dozens of" if n < 100 else f"more than {n}"


def relative_date(rng: random.Random, event: date, published: date) -> str:
    delta = (published - event).days
    if delta == 0:
        return rng.choice(
            ["on " + WEEKDAYS[event.weekday()], "early on " + WEEKDAYS[event.weekday()], "today"]
        )
    if delta == 1:
        return rng.choice(
            [
                "yesterday",
                "on " + WEEKDAYS[event.weekday()],
                "overnight",
                "late on " + WEEKDAYS[event.weekday()],
            ]
        )
    if delta < 7:
        return "on " + WEEKDAYS[event.weekday()] + rng.choice(["", " night", " morning"])
    if delta < 14:
        return rng.choice(["last week", f"on {MONTHS[event.month - 1]} {event.day}"])
    return f"on {MONTHS[event.month - 1]} {event.day}"


def person_name(rng: random.Random, cc: str) -> str:
    given, family = NAMES.get(cc, NAMES["SY"])
    return f"{rng.choice(given)} {rng.choice(family)}"


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ref = load()
        places = list(self.ref.places.values())
        self.syrian = [
            p
            for p in places
            if p.country == "SY" and p.kind in ("settlement", "site") and p.province
        ]
        self.elsewhere = [
            p for p in places if p.kind == "settlement" and p.country in ("IQ", "TR", "LB", "IL")
        ]
        self.provinces = {p.key: p for p in places if p.kind == "province"}
        self.ranks: dict[str, list] = {}
        for rank in self.ref.ranks.values():
            self.ranks.setdefault(rank.country, []).append(rank)
        self.adjectives = {
            cc: n.adjectives[0] for cc, n in self.ref.nationalities.items() if n.adjectives
        }

    def place(self) -> tuple[str, str]:
        """(phrase for the place, phrase for its wider area)."""
        rng = self.rng
        p = (
            rng.choice(self.syrian)
            if rng.random() < 0.9 or not self.elsewhere
            else rng.choice(self.elsewhere)
        )
        where = p.name if p.kind == "settlement" else f"the {p.name}"
        area = ""
        if p.province and p.province in self.provinces:
            area = f"in {self.provinces[p.province].name}"
        elif p.country:
            area = (
                f"in {self.ref.nationalities[p.country].name}"
                if p.country in self.ref.nationalities
                else ""
            )
        return where, area

    def rank_phrase(self, cc: str) -> str:
        ranks = self.ranks.get(cc)
        if not ranks:
            return ""
        rank = self.rng.choice(ranks)
        # English forms only: the scheme also holds labels in Cyrillic and other scripts
        labels = [lab for lab in rank.labels if lab and lab.isascii()] or [rank.label]
        return self.rng.choice(labels)

    def article(self, i: int, start: date, days: int) -> tuple[str, str]:
        rng = self.rng
        published = start + timedelta(days=rng.randrange(days))
        event = published - timedelta(days=rng.choice([0, 1, 1, 1, 2, 3, 4, 6, 9, 20]))
        kind = rng.choices(
            [
                "roadside-bomb",
                "suicide-bombing",
                "shelling",
                "airstrike",
                "shoot-down",
                "crash",
                "clash",
                "assassination",
                "accident",
            ],
            weights=[14, 6, 16, 22, 6, 6, 18, 6, 6],
        )[0]
        where, area = self.place()
        when = relative_date(rng, event, published)
        victim_cc = rng.choices(
            ["RU", "SY", "TR", "US", "IR", "GB", "IL"], weights=[30, 35, 12, 8, 8, 3, 4]
        )[0]
        adj = self.adjectives.get(victim_cc, "Syrian")
        aff = rng.choices(["armed", "militia", "civilian", "pmc"], weights=[60, 15, 20, 5])[0]
        if victim_cc != "SY" and aff == "militia":
            aff = "armed"
        noun = rng.choice(GROUP_NOUNS[aff])
        killed = rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 11, 15, 23, 40])
        injured = rng.choice([0, 0, 1, 2, 3, 5, 7, 12, 30])
        source = rng.choice(ACTORS.get(victim_cc, ACTORS["SY"]))
        named = rng.random() < 0.45 and victim_cc in NAMES
        name = person_name(rng, victim_cc) if named else ""
        rank = self.rank_phrase(victim_cc) if named and aff == "armed" else ""

        lede = {
            "roadside-bomb": f"A roadside bomb exploded {when} as a convoy passed near {where} {area}",
            "suicide-bombing": f"A suicide bomber blew himself up {when} at a checkpoint in {where} {area}",
            "shelling": f"Artillery shelling hit positions near {where} {area} {when}",
            "airstrike": f"Air strikes hit {where} {area} {when}",
            "shoot-down": f"A {adj} military helicopter was shot down near {where} {area} {when}",
            "crash": f"A {adj} military transport aircraft crashed while landing near {where} {area} {when}",
            "clash": f"Heavy clashes broke out {when} near {where} {area} after militants attacked",
            "assassination": f"A {adj} officer was assassinated {when} in {where} {area} by gunmen",
            "accident": f"An accidental explosion at an ammunition depot near {where} {area} {when}",
        }[kind].replace("  ", " ") + "."
        paras = [lede]
        what = {"crash": "crash", "accident": "explosion", "shoot-down": "incident"}.get(
            kind, "attack"
        )
        if killed:
            fig = figure(rng, killed)
            paras.append(
                rng.choice(
                    [
                        f"{fig.capitalize()} {adj} {noun} were killed and {number(rng, injured)} wounded, "
                        f"{source} said.",
                        f"According to {source}, {fig} {adj} {noun} were killed in the {what}.",
                        f"{source[0].upper() + source[1:]} said {fig} {adj} {noun} died and "
                        f"{number(rng, injured)} were injured.",
                        f"The {what} killed {fig} {adj} {noun}, {source} reported.",
                    ]
                )
            )
        else:
            paras.append(
                f"No {noun} were killed, {source} said, but {number(rng, max(injured, 1))} were wounded."
            )
        if named:
            title = f"{rank} {name}".strip()
            paras.append(
                rng.choice(
                    [
                        f"{source[0].upper() + source[1:]} named one of the dead as {title}.",
                        f"Among those killed was {title}, who had served in the region since last year.",
                        f"{title}, a {adj} adviser, died of his wounds in hospital, {source} said.",
                    ]
                )
            )
        if rng.random() < 0.35:
            other = rng.choice(ACTORS["SY"])
            paras.append(
                f"{other[0].upper() + other[1:]} put the number of dead at {figure(rng, killed + rng.randint(1, 6))}."
            )
        if (
            kind in ("roadside-bomb", "suicide-bombing", "assassination", "clash")
            and rng.random() < 0.6
        ):
            group = rng.choice(PERPETRATORS)
            paras.append(
                rng.choice(
                    [
                        f"No group has claimed responsibility, but {group} has stepped up its attacks in the area "
                        "in recent weeks.",
                        f"{group} claimed responsibility for the attack in a statement on its channels.",
                        f"Officials blamed {group} for the attack.",
                    ]
                )
            )
        if rng.random() < 0.2:
            since = date(rng.choice([2015, 2016, 2017]), rng.randint(1, 12), 1)
            total = rng.choice([40, 64, 88, 112, 120, 150])
            claimant = rng.choice(ACTORS.get(victim_cc, ACTORS["SY"]))
            paras.append(
                f"{claimant[0].upper()}{claimant[1:]} has acknowledged the deaths of "
                f"more than {total} {adj} troops in Syria since {MONTHS[since.month - 1]} {since.year}."
            )
        paras += rng.sample(BACKGROUND, rng.randint(2, 4))
        body = "\n\n".join(p.strip() for p in paras) + "\n"
        title = lede.rstrip(".")
        slug = f"{kind}-{i:06d}"
        style = rng.random()
        if style < 0.8:
            front = [
                f'title: "{title}"',
                f"published: {published.isoformat()}",
                f"publisher: {rng.choice(PUBLISHERS)}",
                "language: en",
            ]
            if rng.random() < 0.5:
                front.append(f"url: https://example.org/news/{published.year}/{slug}")
            return f"{published.isoformat()}-{slug}.md", "---\n" + "\n".join(
                front
            ) + "\n---\n" + body
        if style < 0.9:
            city = rng.choice(["BEIRUT", "MOSCOW", "DAMASCUS", "ANKARA", "ISTANBUL", "AMMAN"])
            line = f"{city}, {MONTH_ABBR[published.month - 1]} {published.day}, {published.year} (Reuters) - "
            return f"{slug}.txt", title + "\n\n" + line + body
        if style < 0.95:
            stamp = f"Published: {published.day} {MONTHS[published.month - 1]} {published.year}\n\n"
            return f"{slug}.txt", title + "\n\n" + stamp + body
        return f"{published.isoformat()}-{slug}.txt", title + "\n\n" + body


def generate(
    n: int, out: Path, *, seed: int = 7, start: date = date(2015, 10, 1), days: int = 365 * 5
) -> list[Path]:
    """Write ``n`` articles into ``out`` (created; existing files with the same names replaced)."""
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    paths = []
    for i in range(n):
        name, text = gen.article(i, start, days)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="how many articles")
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
