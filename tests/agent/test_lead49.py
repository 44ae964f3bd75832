"""Round twenty-eight, the lead's share: the voice's pace said as a complaint, a person or praise.

A sweep of 25 of our own messages about the voice's pace (on dev20's taskly, whose voice is on)
found 12 wrong edits and 3 misses, all the same three classes:

1. A pace said after the voice's complaint, in a clause of its own ("the voice-over is too fast,
   a bit slower please", "voiceover feels rushed. slower?", "narrator is too slow, faster
   please"): read alone, "a bit slower" was the ad's pace and the whole ad was rescaled.
2. The voice named as the person speaking, or by what it does ("the narrator speaks too fast",
   "he talks too fast", "the guy reading it talks so fast", "the voice drags", "speaks too
   quickly"): "speaks too fast" was a line to say ("Which scene should the voice-over say that
   in?"), a person was no voice at all, and "drags" / "quickly" were not read.
3. The voice described and liked ("love the voice, it is slow and calm, perfect", "the voice is
   slow, which I like"): its "slow" was read as a complaint and the ad rescaled.
"""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, content, only

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.meta import ACK_TEXT
from adgen.project import AdProject


def voiced() -> AdProject:
    """basic_project with its voice on at rate 1.0 and a line in the hook and the cta."""
    return basic_with(
        voice__enabled=True,
        scene_1__voiceover={"text": "Mornings are hard.", "enabled": True},
        scene_3__voiceover={"text": "Order your first bag today", "enabled": True},
    )


# --- 1. a pace after the voice's complaint ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("the voice-over is too fast, a bit slower please", 0.93),
        ("the narration feels rushed. slower?", 0.85),
        ("vo way too fast, slower pls", 0.85),
        ("the voice is too slow, faster please", 1.15),
        ("the narrator is rushing, slow it down", 0.85),
        ("the voiceover is so slow, speed it up a bit", 1.07),
        ("the voice-over is too quick, can it be a little slower", 0.93),
    ],
)
def test_a_pace_after_the_voices_complaint_is_the_voices(text: str, rate: float) -> None:
    only(text, voiced(), voice__rate=rate)


def test_a_pace_and_a_pitch_after_the_complaint_are_both_the_voices() -> None:
    only("the voice talks too fast, slower and lower please", voiced(), voice__rate=0.85, voice__pitch=0.85)


# --- 2. the voice named as the person speaking, or by what it does -----------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("the narrator speaks too fast", 0.85),
        ("the voiceover reads too quickly", 0.85),
        ("he speaks too fast", 0.85),
        ("she talks too slowly", 1.15),
        ("the guy reading it talks so fast I can't follow", 0.85),
        ("the woman speaking sounds rushed", 0.85),
        ("the voice drags", 1.15),
    ],
)
def test_the_voice_named_as_a_person_or_by_what_it_does(text: str, rate: float) -> None:
    only(text, voiced(), voice__rate=rate)


# --- 3. the voice described and liked ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "love the voice, it is slow and calm, perfect",
        "the voice is perfect, slow and warm, don't change it",
        "the narrator is slow and soothing, I like it",
        "great voice-over. slow, clear, lovely",
    ],
)
def test_the_voice_described_and_liked_changes_nothing(text: str) -> None:
    project = voiced()
    turn = parse_message(text, project)
    assert not turn.operations and turn.unknown == ACK_TEXT, (text, turn.operations, turn.unknown)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the voice is slow, which I like. the music is too loud though", {"audio__volume": 0.6}),
        ("nice voice, calm and slow. make the cta text white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("love the narrator, slow and warm. make the hook 4 seconds", {"scene_1__durationSec": 4.0}),
    ],
)
def test_only_the_request_beside_the_praise_is_done(text: str, changes: dict) -> None:
    project = voiced()
    before = content(project)
    assert before["voice"]["rate"] == 1.0
    only(text, project, **changes)


def test_praise_with_a_pace_request_is_still_the_request() -> None:
    only("love the voice but a bit slower please", voiced(), voice__rate=0.93)
    only("the voice is great, just too fast", voiced(), voice__rate=0.85)


# --- 4. found in the web chat: a pace after "speaks too fast", and a voice line with "and" ---------------


def test_speaks_too_fast_then_a_pace_is_the_voices_rate() -> None:
    # (read before: "Which scene should the voice-over say that in?", the manner taken for a line)
    only("the narrator speaks too fast, a bit slower please", voiced(), voice__rate=0.93)
    only("the voice reads too slow, faster and higher", voiced(), voice__rate=1.15, voice__pitch=1.15)


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        # an unquoted line with "and" in it is one line (read before: split at "and", the scene's
        # on-screen text became the line, a wrong edit)
        ("the hook voice-over should say so fast and so good", "scene_1", "so fast and so good"),
        ("the cta voice-over needs to say sign up today and save", "scene_3", "sign up today and save"),
        # "needs to / has to say": the verb after "to" (read before: the on-screen text was set)
        ("the cta voiceover needs to say grab a bag", "scene_3", "grab a bag"),
        ("the hook voiceover has to read mornings are hard", "scene_1", "mornings are hard"),
    ],
)
def test_a_voice_line_said_after_should_or_needs_to_say_is_the_scenes_voice_over(
    text: str, scene: str, line: str
) -> None:
    project = voiced()
    turn = parse_message(text, project)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_voiceover", "sceneId": scene, "text": line}
    ], (text, turn.operations, turn.question)


def test_a_voice_line_then_another_request_stays_two_requests() -> None:
    project = voiced()
    turn = parse_message("the hook voice-over should say fresh and warm and make the music louder", project)
    wires = [op.to_wire() for op in turn.operations]
    assert wires[0] == {"operation": "update_voiceover", "sceneId": "scene_1", "text": "fresh and warm"}
    assert [w["operation"] for w in wires] == ["update_voiceover", "update_audio"]
