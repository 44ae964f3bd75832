"""Round thirty-four g: everyday complaints with no explicit ask, and approximate numbers
(:mod:`adgen.agent.understanding.idiom_complaints`).

1. A nuisance idiom about the music ("getting on my nerves"): the music question.
2. Words that shout ("the cta text is a bit shouty"): smaller or another colour, asked.
3. The text the colour of what it sits on ("orange text on an orange glow", "dark on dark"): the
   contrast question (it set the text to the colour named).
4. A scene that hangs around / sits there / lingers for ages: that scene shorter.
5. Cheery music words ("far too chirpy", "way too bubbly"): the calm mood, as "too upbeat".
6. "twenty-ish seconds", "20ish s", "3 seconds-ish": the number.
7. A card named by a short code ("that G2 card"), measured "next to everything else": that one.
8. Near misses: the voice shouting, plain "chirpy", a nuisance about a scene, "-ish" with no unit.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import asks, only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message

_understood = partial(held_out_run.understood, starts="dev23", case_id="r34g")

# basic_project: 15 s; hook 4 s ("Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8.


@pytest.mark.parametrize(
    "text",
    [
        "honestly this track is getting on my nerves",
        "i can't stand that song",
        "the music is driving me up the wall",
        "that soundtrack is doing me head in tbh",
    ],
)
def test_music_nuisance_asks_the_music_question(text: str) -> None:
    assert "quieter" in asks(text)


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the cta text is a bit shouty", "CTA"),
        ("the end card is screaming at people", "CTA"),
        ("the hook feels shouty next to everything else", "hook"),
    ],
)
def test_shouty_words_ask_smaller_or_colour(text: str, scene: str) -> None:
    question = asks(text)
    assert "smaller" in question and "colour" in question and scene in question


def test_shouty_card_by_code_then_smaller() -> None:
    _understood(
        "relaydesk",
        ("this G2 slide is yelling at me compared to the rest", "smaller"),
        {"start": {"scenes[#3].overlay.fontSize": {"shrink": "any"}}},
    )


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the cta is orange text on an orange glow", "CTA"),
        ("the opening words are pink on pink", "hook"),
        ("can barely see the end card, it's black on black", "CTA"),
    ],
)
def test_same_colour_on_same_asks_contrast(text: str, scene: str) -> None:
    question = asks(text)
    assert "white, black, or bigger" in question and scene in question


def test_dark_on_dark_is_the_contrast_readers_white_text() -> None:
    # (the lead, at merge: "dark" names no hue, so the text is made white as round eleven c reads
    # "… is dark on a dark background")
    only("the opening words are dark on dark", scene_1__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the hook hangs around for ages", "scene_1"),
        ("'Wake up to cold brew' sits there forever before anything happens", "scene_1"),
        ("the end card lingers way too long", "scene_3"),
    ],
)
def test_lingering_scene_is_shorter(text: str, scene: str) -> None:
    only(text, **{f"{scene}__durationSec": 2.0, "durationSec": 13.0})


@pytest.mark.parametrize(
    "text", ["the music is far too chirpy for a funeral parlour", "music's way too bubbly"]
)
def test_cheery_music_is_calmer(text: str) -> None:
    only(text, style__musicMood="calm", audio__mood="calm")


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("make the ad twenty-ish seconds", {"operation": "set_duration", "durationSec": 20.0}),
        ("make it 20ish s overall", {"operation": "set_duration", "durationSec": 20.0}),
        ("hook 3 seconds-ish", {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}),
    ],
)
def test_approximate_numbers(text: str, wire: dict[str, object]) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [wire]


@pytest.mark.parametrize(
    "text",
    [
        "the voice is a bit shouty",  # the voice's, not the words'
        "the music is chirpy",  # a description, no complaint
        "the cta is driving me nuts",  # which part of it: not guessed
        "keep it twentyish",  # no unit: no number read
        "the cta lingers a bit",  # a touch, no complaint of length
    ],
)
def test_near_misses_change_nothing(text: str) -> None:
    unchanged(text)
