"""Round thirty-three f: dev24's markdown, briefs, open briefs, follow-ups and mixed, as classes in
other words.

1. Markdown in a message (:mod:`markdown`): ``**bold**`` and ``*italics*`` marks are no words of a
   request; a code span, or emphasised copy after a colon or an arrow, is the quoted copy.
2. A part named alone ("the hook"), its change in the next message ("make it red"): that part's,
   never the palette (:mod:`bare_targets`).
3. "back to the original cake ad": the original version, said with what the ad is for.
4. An ad for a discount code, a month's intake or a class offer ("ad for WELCOME10", "something for
   the September enrolment"): asks what the ad is for, never an ad for the code.
5. A brief that opens on the business's name with a length, no word for an ad (:mod:`named_briefs`);
   a labelled brand with what it sells in brackets ("brand: Petal Post (flower delivery)").
"""

from __future__ import annotations

from functools import partial

import pytest
from held_out_run import understood as _understood
from parse_helpers import asks, only, same_as

from adgen.agent.understanding import parse_message

understood = partial(_understood, starts="dev24", case_id="r33f")


# --- 1. markdown ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("**Hook text:** `Hello sunshine`", {"scene_1__overlay__text": "Hello sunshine"}),
        ("cta → **Grab a bottle today**", {"scene_3__overlay__text": "Grab a bottle today"}),
        ("hook: *Cold brew, hot days*", {"scene_1__overlay__text": "Cold brew, hot days"}),
        ("__End card__: `Order now, sip later`", {"scene_3__overlay__text": "Order now, sip later"}),
    ],
)
def test_markdown_copy_is_the_copy_without_its_marks(text: str, changes: dict) -> None:
    only(text, **changes)


def test_markdown_on_a_request_is_read_as_the_words() -> None:
    same_as("make the music **much** quieter", "make the music much quieter")
    same_as("the _showcase_ text to the top", "the showcase text to the top")


def test_a_markdown_version_heading_makes_the_version_with_the_copy() -> None:
    understood(
        "crumbrose",
        ("**Version B** → hook: *Love at first slice*",),
        {
            "created": [
                {
                    "kind": "variant",
                    "changes": {"scenes[role=hook].overlay.text": {"text": "Love at first slice"}},
                }
            ]
        },
    )


def test_a_markdown_brief_with_a_bracketed_product() -> None:
    understood(
        None,
        ("## Brief\n* brand: Bloom Bar (cut flowers)\n* length: 20s\n* cta: `Order by noon`",),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": 20,
                        "brand.name": {"contains": "Bloom Bar", "excludes": ["cut", "flowers"]},
                        "scenes[role=cta].overlay.text": {"line_ci": "Order by noon"},
                    },
                }
            ]
        },
    )


def test_markdown_on_an_open_request_still_asks() -> None:
    turn = parse_message("**asap** – need an ad for the *September enrolment*", None)
    assert turn.question and turn.brief is None and not turn.operations


# --- 2. a part named alone, then its change ---------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (("the end card", "make it red"), {"scenes[role=cta].overlay.color": {"color": "red"}}),
        (
            ("ok the hook text", "make it yellow pls"),
            {"scenes[role=hook].overlay.color": {"color": "yellow"}},
        ),
        (
            ("the cta...", "it should say 'Order by Friday'"),
            {"scenes[role=cta].overlay.text": {"text": "Order by Friday"}},
        ),
    ],
)
def test_a_part_named_alone_then_its_change(turns: tuple[str, ...], expect: dict) -> None:
    understood("harvestbox", turns, {"start": expect})


def test_a_part_named_alone_then_another_part_is_that_part() -> None:
    understood(
        "harvestbox",
        ("the hook", "make the cta text red"),
        {"start": {"scenes[role=cta].overlay.color": {"color": "red"}}},
    )


def test_a_part_named_alone_asks() -> None:
    assert "hook" in asks("the hook")


# --- 3. back to the original, said with what it is for ---------------------------------------------


@pytest.mark.parametrize(
    "back", ["go back to the original bakery ad", "ok switch to the original wedding cake one"]
)
def test_back_to_the_original_named_by_what_it_is_for(back: str) -> None:
    understood(
        "crumbrose",
        ("make a variant with the hook 'Sweet as it gets'", back, "music louder"),
        {
            "created": [
                {
                    "kind": "variant",
                    "changes": {"scenes[role=hook].overlay.text": {"text": "Sweet as it gets"}},
                }
            ],
            "start": {"audio.volume": {"grow": "any"}},
            "active": "start",
        },
    )


# --- 4. an ad for an offer, a month, an intake: asks -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ad for WELCOME10 pls",
        "need a video for the BF50 code",
        "something for the September enrolment",
        "we need an ad for the free trial class next week",
    ],
)
def test_an_ad_for_an_offer_or_an_intake_asks_what_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question and turn.brief is None and not turn.operations, (text, turn.unknown)


def test_an_ad_for_a_named_product_with_a_code_is_still_a_brief() -> None:
    assert parse_message("ad for Lumen Yoga, code WELCOME10, 15s", None).brief is not None


# --- 5. a brief that opens on the name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "length", "cta"),
    [
        (
            "Lumen Yoga Studio — 15s, calm, end card 'Book your first class'",
            "Lumen Yoga",
            15,
            "Book your first class",
        ),
        (
            "Old Mill Bikes, tune-ups while you wait, 20 seconds, cta 'Drop in today'",
            "Old Mill Bikes",
            20,
            "Drop in today",
        ),
    ],
)
def test_a_brief_that_opens_on_the_name(text: str, name: str, length: int, cta: str) -> None:
    understood(
        None,
        (text,),
        {
            "created": [
                {
                    "kind": "brief",
                    "fields": {
                        "durationSec": length,
                        "brand.name": {"contains": name},
                        "scenes[role=cta].overlay.text": {"line_ci": cta},
                    },
                }
            ]
        },
    )


@pytest.mark.parametrize(
    "text", ["Make it 10 s, end card 'Hi'", "Thanks, 15s is fine", "Hi there - 20 seconds?"]
)
def test_a_request_word_is_no_name(text: str) -> None:
    assert parse_message(text, None).brief is None
