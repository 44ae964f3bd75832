"""Round thirty-seven e: a brand's name said just before the kind of product it is
(:mod:`adgen.agent.understanding.names_before_kinds`).

1. A labelled product whose first word is a dictionary word used as a name ("Product: Lantern
   candles", "Item: Harbor Mug") gives the brand and the product.
2. A name joined to "& co" in small letters ("for salt & co candles") is the brand.
3. A technical word in capitals after a name ("Beam USB chargers") belongs to the product.
4. Near misses: a labelled product whose first word describes it (a material, a colour, an
   adjective, a size) keeps no brand.

Every phrasing below is in my own words, and checks the whole resulting brief."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev14", case_id="r37e")


def _brief(text: str, seconds: int, name: str, excluded: list[str]) -> None:
    _understood(
        None,
        (text,),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": seconds,
                        "brand.name": {"contains": name, "excludes": excluded},
                    },
                }
            ]
        },
    )


@pytest.mark.parametrize(
    ("text", "seconds", "name", "excluded"),
    [
        ("Product: Lantern candles. 20 s, calm", 20, "Lantern", ["candles", "calm"]),
        ("Item: Harbor Mug, 15s, cozy", 15, "Harbor", ["Mug", "mug", "cozy"]),
        ("1. Product: Willow journals 2. Length: 30s 3. Mood: warm", 30, "Willow", ["journals", "warm"]),
        ("new ad - product: Summit hiking boots, 25 seconds", 25, "Summit", ["hiking", "boots"]),
    ],
)
def test_a_labelled_product_opens_with_its_name(
    text: str, seconds: int, name: str, excluded: list[str]
) -> None:
    _brief(text, seconds, name, excluded)


@pytest.mark.parametrize(
    ("text", "seconds", "name", "excluded"),
    [
        ("can u make a 15 sec ad for salt & co candles", 15, "salt & co", ["candles"]),
        ("10s reel for crumb and co cookies pls", 10, "crumb and co", ["cookies", "reel"]),
    ],
)
def test_a_name_with_and_co_in_small_letters(text: str, seconds: int, name: str, excluded: list[str]) -> None:
    _brief(text, seconds, name, excluded)


@pytest.mark.parametrize(
    ("text", "seconds", "name", "excluded"),
    [
        ("20s ad for Beam USB chargers", 20, "Beam", ["USB", "chargers"]),
        ("make a 15 second ad for Nightowl UV torches", 15, "Nightowl", ["UV", "torches"]),
    ],
)
def test_a_technical_word_after_the_name_is_the_products(
    text: str, seconds: int, name: str, excluded: list[str]
) -> None:
    _brief(text, seconds, name, excluded)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Product: Bamboo toothbrush, 15s", "Bamboo"),
        ("Product: Organic coffee beans, 20s", "Organic"),
        ("Item: Velvet pillow, 10s", "Velvet"),
        ("Product: Big sale on shoes, 15s", "Big"),
        ("Product: Black sneakers, 15s", "Black"),
        ("Product: Artisan candles, 20s", "Artisan"),
    ],
)
def test_a_describing_first_word_is_no_name(text: str, word: str) -> None:
    _understood(
        None,
        (text,),
        {"created": [{"kind": "brief", "fields": {"brand.name": {"excludes": [word, word.lower()]}}}]},
    )
