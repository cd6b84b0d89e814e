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
