"""The group a casualty figure counts: its nationality when the text makes it clear elsewhere than in the
figure's own noun phrase (a predicate after it, the same count of a national group, the vehicle that
carried a national group, the navy of the one warship named) and, as near-misses, where it must not be
carried. Every sentence is invented for the test, about several wars and in several outlets' styles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.extract import Extractor
from kgbuild.ingest import Article


def _nats(extractor: Extractor, text: str) -> dict[tuple[str, int], str | None]:
    """Each figure's nationality by kind and value; of two figures of one count, the later one's."""
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2011, 6, 12), "option"))
    figures = sorted((f for e in ex.events for f in e.figures), key=lambda f: f.span.start)
    return {(f.kind, f.value): f.nationality for f in figures}


@pytest.mark.parametrize(
    ("text", "figure", "nat"),
    [
        # what the group is said to be, right after it
        ("A suicide bomber struck the African Union base in Mogadishu on Thursday. Officials in Kampala said "
         "nine of the dead were Ugandan soldiers.", ("deaths", 9), "UG"),
        ("A rocket hit a bus station in Kharkiv on Saturday. Police said three of the injured were Polish "
         "volunteers.", ("injuries", 3), "PL"),
        ("Gunmen stormed a hotel in Bamako on Friday. The six killed were all French nationals, the embassy "
         "said.", ("deaths", 6), "FR"),
        # the same count of a national group told before
        ("Three Georgian soldiers were killed when a roadside bomb exploded in Helmand province on Monday. "
         "The Ministry of Defence in Tbilisi named the three dead on Tuesday.", ("deaths", 3), "GE"),
        ("Five Dutch marines were wounded by a mortar round near Tarin Kowt on Sunday. The five injured were "
         "flown to Kandahar, a spokesman said.", ("injuries", 5), "NL"),
        # the national group a vehicle was carrying
        ("A bomb tore through a minibus carrying Hazara pilgrims near Quetta. Eleven people were killed, "
         "police said.", ("deaths", 11), None),  # "Hazara" is no nationality
        ("A roadside bomb hit a truck carrying Turkish soldiers near Afrin on Tuesday, and four people were "
         "killed, officials said.", ("deaths", 4), "TR"),
        ("A landmine struck a bus carrying Armenian civilians near Stepanakert on Friday. Officials said six "
         "people were killed.", ("deaths", 6), "AM"),
        # the navy of the one warship named
        ("An explosion tore through HMS Glamorgan off the Falklands on Saturday. Fourteen sailors were killed, "
         "the Navy said.", ("deaths", 14), "GB"),
        ("A missile struck the USS Stark in the Persian Gulf on Sunday. Thirty-seven sailors were killed.",
         ("deaths", 37), "US"),
    ],
)
def test_nationality_told_elsewhere(extractor, text, figure, nat):
    nats = _nats(extractor, text)
    assert figure in nats, nats
    assert nats[figure] == nat


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "mostly"/"most of them": a mixed group
        ("A car bomb exploded at a market in Kirkuk on Monday. The 14 killed were mostly Turkmen traders and "
         "Kurdish shoppers, police said.", ("deaths", 14)),
        # the predicate is no nationality of the group: how they died
        ("Shells hit the village of Marinka on Tuesday. Two of the dead were killed by Russian fire, "
         "officials said.", ("deaths", 2)),
        # two national groups of the same count: which the later "the three dead" are is not clear
        ("Two Italian soldiers were killed in Herat on Monday, and two Afghan policemen died in Farah. "
         "Doctors said the two dead had been hit by shrapnel.", ("deaths", 2)),
        # a vehicle with two national groups on board
        ("A bus carrying Serb pilgrims and a truck carrying Albanian workers were hit near Pristina on "
         "Friday. Seven people were killed, police said.", ("deaths", 7)),
        # a car "with Pakistani plates" carries no people of that nation
        ("A car with Pakistani plates exploded outside the market in Kabul on Sunday. Nine people were "
         "killed, police said.", ("deaths", 9)),
    ],
)
def test_nationality_not_carried(extractor, text, figure):
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2011, 6, 12), "option"))
    plain = [f for e in ex.events for f in e.figures if (f.kind, f.value) == figure and not
             extractor._nationality_in(f.span.text)]  # the figure whose own words name no nation
    assert plain, [f.span.text for e in ex.events for f in e.figures]
    assert all(f.nationality is None for f in plain), [(f.span.text, f.nationality) for f in plain]


def test_country_named_as_a_border_is_no_context(extractor):
    """"The spot lies near the border with Myanmar": no Burmese soldiers."""
    text = ("Militants ambushed an army convoy near Imphal on Saturday. The spot lies a few kilometres from the "
            "border with Myanmar. Five soldiers were killed, officials said.")
    nats = _nats(extractor, text)
    assert nats.get(("deaths", 5)) != "MM", nats


@pytest.mark.parametrize(
    ("text", "value", "nat"),
    [
        # a foreign force dominates the article; the army that reports is the one named in full before
        ("A French soldier was killed by a roadside bomb near Menaka on Saturday, the French defence ministry "
         "said. French troops patrol the area with Nigerien units. The attack came days after the heaviest loss "
         "the Nigerien army has suffered this year at Chinagodrar. The armed forces first reported 17 soldiers "
         "killed, then raised the figure to 29.", 17, "NE"),
        ("Two Turkish soldiers were killed in northern Iraq on Tuesday, the Turkish defence ministry said. "
         "Turkish troops have fought the PKK there for years. On the same day the Iraqi army lost a post near "
         "Sinjar; the military reported four soldiers killed.", 4, "IQ"),
    ],
)
def test_bare_force_tells_of_its_own(extractor, text, value, nat):
    """"The armed forces reported N soldiers killed": the army named in full before, the nation's own."""
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2011, 6, 12), "option"))
    soldiers = [f for e in ex.events for f in e.figures if f.value == value]
    assert soldiers and all(f.nationality == nat for f in soldiers), [(f.span.text, f.nationality) for f in soldiers]



@pytest.mark.parametrize(
    "text",
    [
        # two nations' forces named just before: which army speaks is not clear
        "Al-Shabaab fighters clashed with Somali troops and the Kenyan army near Kolbiyow on Friday. Local "
        "elders said the army had reported that nine soldiers were killed in the fighting.",
        # the force named before is the attackers'
        "Russian troops shelled the town of Izium on Monday. Local officials said the army reported that nine "
        "soldiers were killed.",
    ],
)
def test_bare_force_not_carried(extractor, text, monkeypatch):
    """The rule itself gives none (the army may still be resolved as the claimant by the speaker rules)."""
    told: list[str | None] = []
    rule = Extractor._bare_force_nationality

    def spy(self, before):  # type: ignore[no-untyped-def]
        told.append(rule(self, before))
        return told[-1]

    monkeypatch.setattr(Extractor, "_bare_force_nationality", spy)
    extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2011, 6, 12), "option"))
    assert told and told == [None] * len(told)
