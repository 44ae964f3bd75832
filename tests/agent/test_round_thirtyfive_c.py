"""Round thirty-five c: amounts, intensities, kept values and described defects.

1. "give it 5 seconds" of a scene just named sets its length (it added 5); "give it another 2"
   still adds.
2. A value said to be fine ("blue is fine but make it bigger", "top is fine") stays
   (:mod:`adgen.agent.understanding.kept_values`).
3. Follow-ups on an amount: "and again, slightly", "a little less quiet than that".
4. A card's words gone before anyone can note them: that scene longer; named only by what it says
   ("the price flashes by"), the scene asked (:mod:`adgen.agent.understanding.described_time`).
5. Music described as waiting music ("like a lift", "a waiting room"): a livelier mood; "moosic";
   the music's instrument louder is the music louder
   (:mod:`adgen.agent.understanding.instrument_volume`).
6. Near misses: "blue is fine" alone, "the price flashes by" with no scene (asked), "give it an
   extra 2 seconds" (still added).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest
from parse_helpers import after, asks, basic_with, only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message

_understood = partial(held_out_run.understood, starts="dev25", case_id="r35c")

# basic_project: 15 s; hook 4 s ("Wake up to cold brew", 64, top), showcase 7 s (white, 56,
# bottom), cta 4 s ("Order today", #F2A541, 72, center); music upbeat at 0.8.


# --- 1. "give it N seconds": the scene's new length ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the cta text bigger and give it 6 seconds",
        "make the cta bigger, then give that one 6 s",
        "cta: bigger text, give it like 6 seconds",
    ],
)
def test_give_it_seconds_sets_the_named_scene(text: str) -> None:
    only(text, scene_3__overlay__fontSize=90, scene_3__durationSec=6.0, durationSec=17.0)


def test_give_the_scene_seconds_sets_it() -> None:
    only("give the cta text 6 seconds", scene_3__durationSec=6.0, durationSec=17.0)


def test_give_it_another_seconds_still_adds() -> None:
    only(
        "make the hook bigger and give it another 2 seconds",
        scene_1__overlay__fontSize=80,
        scene_1__durationSec=6.0,
        durationSec=17.0,
    )


def test_words_stay_beside_a_length() -> None:
    _understood(
        "fixflow",
        ("that gas safe card, bigger writing and give it 6 seconds, words stay the same",),
        {
            "start": {
                "scenes[#3].overlay.fontSize": {"grow": "any"},
                "scenes[#3].durationSec": 6,
                "durationSec": "optional",
            }
        },
    )


# --- 2. a value said to be fine stays -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("orange is fine but make the cta bigger", {"scene_3__overlay__fontSize": 90}),
        ("the orange is ok, just bigger on the cta", {"scene_3__overlay__fontSize": 90}),
        ("make the cta red, center is fine", {"scene_3__overlay__color": "#FF0000"}),
        ("bigger on the hook; the colour's fine", {"scene_1__overlay__fontSize": 80}),
        ("the cta: white is fine but make it bigger", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_value_said_fine_is_kept(text: str, changes: dict[str, object]) -> None:
    only(text, **changes)


def test_value_fine_after_the_card_was_named() -> None:
    _understood(
        "riverrun",
        ("the entry card", "the colour is right, just make it larger"),
        {"start": {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}},
    )


def test_value_fine_alone_changes_nothing() -> None:
    unchanged("blue is fine")


# --- 3. follow-ups on an amount -------------------------------------------------------------------


@pytest.mark.parametrize("more", ["and again, slightly", "again, just a touch", "more, a little bit"])
def test_again_with_the_step_after(more: str) -> None:
    changed, state = after("hook text slightly bigger", basic_project())
    once = changed.scenes[0].overlay.font_size
    turn = parse_message(more, changed, state=state)
    wire = [op.to_wire() for op in turn.operations]
    assert len(wire) == 1 and wire[0]["operation"] == "update_overlay" and wire[0]["sceneId"] == "scene_1"
    assert once < wire[0]["fontSize"] < once * 1.25, wire


@pytest.mark.parametrize(
    "less", ["a little less quiet than that", "slightly less quiet now", "hmm, a bit less quiet"]
)
def test_less_quiet_after_quieter_takes_part_back(less: str) -> None:
    changed, state = after("music half as loud", basic_project())
    once = changed.audio.volume
    turn = parse_message(less, changed, state=state)
    wire = [op.to_wire() for op in turn.operations]
    assert wire == [{"operation": "update_audio", "volume": wire[0]["volume"]}], (
        less,
        turn.question,
        turn.unknown,
    )
    assert once < wire[0]["volume"] < 0.8


def test_less_quiet_after_louder_is_louder_still() -> None:
    changed, state = after("music a bit quieter", basic_with(audio__volume=0.4))
    changed, state = after("music louder", changed)
    once = changed.audio.volume
    turn = parse_message("a bit less quiet", changed, state=state)
    wire = [op.to_wire() for op in turn.operations]
    assert wire and wire[0]["volume"] > once


# --- 4. gone before anyone can note it --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the cta disappears before anyone can write down the number",
        "the end card vanishes before people get a chance to note the phone number",
        "the cta whizzes past, no one's gonna remember the price",
    ],
)
def test_card_gone_before_noted_is_longer(text: str) -> None:
    changed = only(text, scene_3__durationSec=5.0, durationSec=16.0)
    assert changed.scenes[2].duration_sec > 4.0


@pytest.mark.parametrize(
    ("text", "scene", "length"),
    [
        ("the cta flashes by in 2 seconds", "scene_3", 5.0),
        ("the hook flies by in like 3 seconds, nobody can read it", "scene_1", 5.0),
    ],
)
def test_gone_in_a_time_shorter_than_now_is_still_longer(text: str, scene: str, length: float) -> None:
    only(text, **{f"{scene}__durationSec": length, "durationSec": 16.0})


@pytest.mark.parametrize(
    "text", ["the price flashes by", "the phone number vanishes before anyone can jot it down"]
)
def test_content_gone_with_no_scene_asks_which(text: str) -> None:
    assert "Which scene should stay on screen longer" in asks(text)


def test_text_vanishing_into_the_background_is_still_contrast() -> None:
    turn = parse_message("the cta text disappears into the background", basic_project())
    assert all(op.to_wire()["operation"] == "update_overlay" for op in turn.operations)


# --- 5. music described ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the track sounds like a waiting room",
        "this song is like being on hold",
        "the music feels like a dentist's waiting room, not a launch",
        "music is like a lift tbh",
    ],
)
def test_waiting_music_is_livelier(text: str) -> None:
    only(
        text,
        style__musicMood="upbeat",
        audio__mood="upbeat",
        project=basic_with(audio__mood="calm", style__musicMood="calm"),
    )


@pytest.mark.parametrize("text", ["moosic quieter pls", "the moosic is too loud"])
def test_moosic_is_the_music(text: str) -> None:
    only(text, audio__volume=0.6)


@pytest.mark.parametrize(
    ("text", "volume"),
    [("the guitar quieter", 0.6), ("the piano a bit softer", 0.7), ("the drums louder", 1.0)],
)
def test_instrument_of_unnamed_music_is_its_volume(text: str, volume: float) -> None:
    only(text, audio__volume=volume)


def test_instrument_of_the_track_is_its_volume() -> None:
    _understood(
        "littleowls",
        ("the uke is a bit too loud, and the opening words to the bottom",),
        {"start": {"audio.volume": {"shrink": "any"}, "scenes[role=hook].overlay.position": "bottom"}},
    )


def test_extra_second_is_no_new_length() -> None:
    only("give the hook an extra 2 seconds", scene_1__durationSec=6.0, durationSec=17.0)
