"""Round thirty-three e (2026-12-05): dev24's complaint, intensity and question categories, as
classes in my own words.

1. Text the same shade as the thing it sits on ("white hook text on a white fridge", "the words
   are black against a black car"): the text's colour, and a restated "can't see a thing" is no
   size request (:mod:`adgen.agent.understanding.look_alike`).
2. The voice's pace said with a verb while the conversation is on the voice ("slow her down a
   bit", "speed it up a touch"): its rate, never the whole ad rescaled.
3. The music's volume to nothing ("down to silence", "to zero") and to its ends with the music
   named ("as loud as the music can go"); "teensy", "itsy" as small amounts.
4. A figure the copy states asked for by its words ("free shipping over how much?"): the scene
   that says it, quoted (:mod:`adgen.agent.understanding.copy_figures`).
"""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import asks, basic_with, only, unchanged
from phrase_suite import basic_project

# basic_project: 15 s; hook 4 s (white "Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8.
understood = partial(held_out_run.understood, starts="dev24", case_id="r33e")

# --- 1. text the shade of what it sits on ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "white hook text on a white tablecloth, nobody can read it",
        "the hook words are white against a white kitchen counter",
        "white text on a cream sofa in the hook. can't see a thing",
        "the hook text is white on white, can't read it",
    ],
)
def test_light_text_on_a_light_thing_goes_dark(text: str) -> None:
    only(text, basic_project(), scene_1__overlay__color="#1A1A1A")


def test_dark_text_on_a_dark_thing_goes_light() -> None:
    start = basic_with(scene_3__overlay__color="#111111")
    only(
        "the cta letters are black against a black car, unreadable", start, scene_3__overlay__color="#FFFFFF"
    )


def test_a_bare_cant_see_still_asks() -> None:
    assert "bigger" in asks("can't see a thing")


# --- 2. the voice's pace as a verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "way"),
    [
        (("the narrator talks way too fast", "slow her down a bit"), "shrink"),
        (("the voice-over is too quick", "can you slow it down a little more"), "shrink"),
        (("the narrator drags", "speed it up a touch"), "grow"),
    ],
)
def test_pace_verb_after_the_voice_is_its_rate(turns: tuple[str, str], way: str) -> None:
    understood("ironpeak", turns, {"start": {"voice.rate": {way: "any"}}})


# --- 3. the volume to nothing and to its ends ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["turn the music down to silence", "music volume to zero please", "sound right down to nothing, zilch"],
)
def test_volume_to_nothing_is_zero(text: str) -> None:
    only(text, basic_project(), audio__volume=0.0)


def test_a_text_to_nothing_is_no_volume() -> None:
    unchanged("the hook text down to nothing")


@pytest.mark.parametrize(
    ("reply", "volume"),
    [("as loud as the music can go then", 1.0), ("as quiet as it will go", 0.0)],
)
def test_volume_end_after_a_music_question(reply: str, volume: float) -> None:
    understood("ironpeak", ("how loud is the music?", reply), {"start": {"audio.volume": volume}})


@pytest.mark.parametrize("text", ["music a teensy bit quieter", "the music a teensy bit softer please"])
def test_teensy_is_a_small_step(text: str) -> None:
    understood("harvestbox", (text,), {"start": {"audio.volume": {"shrink": "bit"}}})


# --- 4. a figure of the copy asked for by its words ---------------------------------------------------

_SHIPPING = {"scene_3__overlay__text": "Free shipping over $50"}


@pytest.mark.parametrize(
    "text",
    [
        "free shipping from what amount?",
        "what's the free shipping threshold again?",
        "how much for free shipping?",
    ],
)
def test_figure_asked_by_its_words_is_quoted(text: str) -> None:
    reply = unchanged(text, basic_with(**_SHIPPING))
    assert "$50" in reply and "Scene 3" in reply


def test_figure_no_scene_says_is_not_quoted() -> None:
    reply = unchanged("how much for free returns?", basic_with(**_SHIPPING))
    assert "$50" not in reply
