"""Round thirty-eight b: follow-ups and intensity (dev27's driving school, job ad, dog groomer).

1. A card named by the number, link or pay it shows ("enquiry number in white", "the website in
   red", "the pay rate bigger"): that text, never the palette.
2. "a beat longer": a small amount of time, never the music's beat.
3. "down so it's barely there", "right down": all the way; never read as "I can barely hear it".
4. "<colour> is better, go with her" right after a colour was set: that colour instead, never praise.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev27", case_id="r38b")

# kerbside: cta "Book on 07700 900318" (66, #1D4ED8); music 0.6.
# harbour: "£28–32k · 4 days a week" (56); cta "Apply at harbourcare.co.uk" (#EA580C).


@pytest.mark.parametrize(
    ("start", "text", "expect"),
    [
        ("kerbside", "make the enquiry number white", {"scenes[role=cta].overlay.color": {"color": "white"}}),
        (
            "kerbside",
            "contact number a good bit bigger",
            {"scenes[role=cta].overlay.fontSize": {"grow": "much"}},
        ),
        ("harbour", "the website in white", {"scenes[role=cta].overlay.color": {"color": "white"}}),
        ("harbour", "pay rate text way bigger", {"scenes[#2].overlay.fontSize": {"grow": "much"}}),
    ],
)
def test_card_named_by_what_it_shows(start: str, text: str, expect: dict) -> None:
    understood(start, (text,), {"start": expect})


def test_a_beat_longer_is_a_little_time() -> None:
    understood(
        "muddypaws",
        ("showcase 6 seconds", "give it a beat longer"),
        {"start": {"scenes[#2].durationSec": {"grow": "any"}, "durationSec": {"grow": "any"}}},
    )


@pytest.mark.parametrize(
    "text",
    ["turn the music down so you can hardly hear it", "music quieter till it's just in the background"],
)
def test_down_until_barely_there(text: str) -> None:
    understood("kerbside", (text,), {"start": {"audio.volume": {"shrink": "much"}}})


def test_a_colour_someone_prefers() -> None:
    understood(
        "kerbside",
        ("hook text yellow", "my colleague says blue works better, let's go with that"),
        {"start": {"scenes[role=hook].overlay.color": {"color": "blue"}}},
    )


def test_a_colour_preferred_with_nothing_set_changes_nothing() -> None:
    held_out_run.changes_nothing("kerbside", "green is better", starts="dev27")
