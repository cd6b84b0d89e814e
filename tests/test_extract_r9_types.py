"""The type of an event told by a bomb hidden in a vehicle (round 9): a bomb left in a parked motorcycle, scooter
or cart of no one named, going off among a crowd or in a public place, is a bombing of whoever was there (the
nearest class, as for a parked car bomb, is the bomb left by the road); one hidden in a named target's vehicle,
or outside a block of flats where one general was killed, stays an assassination. Sentences invented for the
test (none taken from the example corpus)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgbuild.ingest import Article


def types(extractor, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    ex = extractor.extract(Article(Path("test.txt"), "test", text, "test", date(2019, 6, 12), "option"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb hidden in a parked motorcycle went off in a crowded market in Kirkuk on Friday, killing six people.",
        "An explosive device concealed in a bicycle exploded near a busy bus station in Quetta on Monday, killing "
        "four commuters and wounding 20.",
        "Police said a bomb planted on a motorbike blew up as worshippers left the mosque in Maiduguri on Friday, "
        "killing at least nine.",
        "A bomb hidden in a cart exploded in the crowded vegetable bazaar of Parachinar on Saturday, killing 12 people.",
    ],
)
def test_a_vehicle_bomb_among_a_crowd_is_a_bombing(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["roadside-bomb"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the target's own vehicle, or one person killed outside his home: an assassination
        "A bomb planted under his car killed the deputy governor, Karim Nouri, outside his home in Herat on Sunday.",
        "General Viktor Lazarev was killed on Tuesday by a bomb hidden in an electric scooter outside the block of "
        "flats where he lived in Moscow.",
        # a crowd, but the bomb was in the minister's car
        "A bomb planted in the minister's car exploded as a crowd gathered outside the ministry in Mogadishu, "
        "killing the minister, Abdi Warsame.",
    ],
)
def test_a_bomb_in_a_targets_vehicle_stays_an_assassination(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["assassination"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot dead 14 villagers at a wedding near Kunduz on Friday before he was overpowered and killed.",
        "A gunman killed nine shoppers at a market in Kano on Monday. He was later shot dead by soldiers.",
        "A lone gunman shot dead six people at a bus stop in Lahore on Sunday before turning the gun on himself.",
    ],
)
def test_a_gunman_killing_several_is_one_incident(extractor, text):  # type: ignore[no-untyped-def]
    """The killing of several by one gunman is no assassination, and its cues tell no second incident."""
    assert types(extractor, text) == ["other"], types(extractor, text)


def test_a_gunman_killing_one_named_official_stays_an_assassination(extractor):  # type: ignore[no-untyped-def]
    text = "A gunman shot dead the provincial governor, Omar Haidari, outside his office in Jalalabad on Tuesday."
    assert types(extractor, text) == ["assassination"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops repelled an attack by Boko Haram fighters on their base in Damasak on Thursday, killing 20 "
        "insurgents. Three soldiers died.",
        "The garrison repulsed an assault on the town of Menaka at dawn on Sunday; seven soldiers were killed.",
        "Police fought off the attackers for two hours at the station in Bannu on Monday, losing four officers.",
        "Ukrainian troops beat back a Russian offensive near Marinka on Tuesday, the general staff said, adding that "
        "20 Russian soldiers were killed.",
    ],
)
def test_holding_off_an_assault_is_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["armed-clash"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # air defences holding off drones or missiles: the weapon's type, not a clash
        "Air defences repelled a drone attack on Belgorod overnight, the governor said; debris wounded two people.",
        "The navy said its destroyer repelled a missile attack by Houthi forces in the Red Sea on Wednesday; no one "
        "was hurt.",
    ],
)
def test_air_defences_holding_off_drones_is_no_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["airstrike"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A conscript was killed on Thursday when a grenade went off by accident during training at the range near Luga.",
        "Two recruits died on Monday when a mortar round accidentally exploded in training at the camp, the army said.",
        "A sergeant was killed on Friday when his rifle discharged by mistake as the unit cleaned its weapons at the "
        "barracks in Narva.",
    ],
)
def test_a_weapon_going_off_by_accident_is_an_accident(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["accident"], types(extractor, text)


def test_an_attack_on_a_training_camp_is_no_accident(extractor):  # type: ignore[no-untyped-def]
    """Near-miss: 'training' names the target, not what the victims were doing."""
    text = "A missile struck a training camp of the militia near Yavoriv on Sunday, killing 35 people, officials said."
    assert types(extractor, text)[:1] == ["airstrike"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three militants were killed in an encounter with security forces in Pulwama district on Tuesday, police said.",
        "Two rebels were gunned down in an encounter near Dantewada on Sunday, officials said.",
        "Indian troops said they killed two infiltrators along the Line of Control in Keran on Friday.",
        "A soldier was killed as the army foiled an infiltration bid in the Gurez sector on Sunday.",
    ],
)
def test_an_encounter_or_an_infiltration_is_a_clash(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["armed-clash"], types(extractor, text)


def test_a_chance_encounter_is_no_clash(extractor):  # type: ignore[no-untyped-def]
    text = ("A shell killed two villagers near Poonch on Monday; a reporter who had a chance encounter with the "
            "family said the house was destroyed.")
    assert types(extractor, text)[:1] == ["shelling"], types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three farmers were shot dead by gunmen in a village near Bokkos on Saturday.",
        "Seven worshippers were gunned down when attackers opened fire inside the church in Owo on Sunday.",
        "Nine villagers were shot dead in Kadisau on Friday when bandits on motorbikes rode into the market.",
    ],
)
def test_several_shot_dead_told_number_first_is_no_assassination(extractor, text):  # type: ignore[no-untyped-def]
    assert types(extractor, text)[:1] == ["other"], types(extractor, text)


def test_one_official_shot_dead_stays_an_assassination(extractor):  # type: ignore[no-untyped-def]
    text = "The provincial governor was shot dead by a gunman outside his office in Kunduz on Tuesday."
    assert types(extractor, text)[:1] == ["assassination"], types(extractor, text)
