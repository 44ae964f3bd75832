"""Greetings, courtesies and emoji around a request are not part of it (framing.py)."""

from __future__ import annotations

import pytest
from parse_helpers import wires

from adgen.agent.understanding.framing import unframed
from adgen.agent.understanding.quotes import mask_quotes, unmask


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("hey team — in the last scene, move the bottle left", "in the last scene, move the bottle left"),
        ("Hi all, ok so the cta in red", "the cta in red"),
        ("pls music quieter asap 🙏", "music quieter"),
        ("set the brand name to Northwind Roasters :)", "set the brand name to Northwind Roasters"),
        ("font Lora please, thanks!", "font Lora"),
        ("make the hook 🔥 brighter", "make the hook brighter"),
        ("can we make it brighter? thx", "make it brighter"),  # a polite request, not a question
        ("use the font Montserrat!!", "use the font Montserrat"),
    ],
)
def test_the_framing_comes_off_and_the_request_stays(text: str, wanted: str) -> None:
    masked, quotes = mask_quotes(text)
    assert unmask(unframed(masked), quotes) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "thanks :)",  # all framing: still a thank-you
        "hey!",
        "right side for the product",  # "right" without punctuation is a word of the request
        "so much brighter",
        "please",
    ],
)
def test_what_is_no_framing_or_only_framing_stays(text: str) -> None:
    masked, quotes = mask_quotes(text)
    assert unframed(masked) == masked


def test_quoted_words_are_never_framing_and_emoji_bullets_keep_their_lines() -> None:
    masked, quotes = mask_quotes("cta 'Thanks, see you soon :)' please")
    assert unmask(unframed(masked), quotes) == "cta 'Thanks, see you soon :)'"
    masked, _ = mask_quotes("✅ hook text yellow\n✅ music louder")
    assert unframed(masked) == "hook text yellow\nmusic louder"


def test_framed_requests_read_as_plain_ones() -> None:
    assert wires("Hi team — in the cta, put the product on the left 🙏") == wires(
        "in the cta, put the product on the left"
    )
    assert wires("set the tagline to 'Slow mornings' asap") == [
        {"operation": "update_brand", "tagline": "Slow mornings"}
    ]
    assert wires("use the font Lora :)") == [{"operation": "update_brand", "font": "Lora"}]


def test_also_before_a_request_and_doubled_spaces_change_nothing() -> None:
    assert wires("also, in the cta, put the product on the left") == wires(
        "in the cta, put the product on the left"
    )
    assert wires("cta  text:  Shop  the  range") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop the range"}
    ]
    assert wires("nudge  the  cta  font  up  a  touch") == wires("nudge the cta font up a touch")
    masked, quotes = mask_quotes("hook 'Two  spaces  kept' please")
    assert unmask(unframed(masked), quotes) == "hook 'Two  spaces  kept'"  # quoted copy as typed


def test_next_before_a_product_list_is_no_framing() -> None:
    """ "next: Pebble smartwatch, 20s, sleek" asks for the next ad: "next" is the request."""
    masked, _ = mask_quotes("next: Pebble smartwatch, 20s, sleek, 4 scenes")
    assert unframed(masked) == masked
