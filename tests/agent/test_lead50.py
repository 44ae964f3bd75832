"""Lead, round thirty (2026-12-05): four requests found by hand that changed what was not asked.

1. The captions' look beside another request ("captions bigger, music calmer") resized every
   scene's on-screen text; alone it was the reason already. A message with a part that can't be
   done is answered whole, as a refused length is: the reason, nothing changed.
2. The voice off in bare scene numbers ("voice off in 2 and 3") turned the whole voice off: now
   those scenes' voice-over; a number past the last scene asks.
3. A place the ad does not have ("move the hook to 5th" on three scenes) moved it last: now the
   reason, with the way to put it last.
4. A voice asked for with a description ("add a calm female voice-over") on an ad with no lines
   failed with "no voice-over lines yet": now the lines are written, as for "add a voice-over",
   and the voice described is used.

Every test checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, content, only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.agent.understanding.feature_words import CAPTION_LOOK
from adgen.project import AdProject

LINES = ("Ready for a boost?", "Smooth, bold, one hundred percent arabica.", "Order today.")


def voiced() -> AdProject:
    """basic_project with the voice and its captions on and a line in every scene."""
    return basic_with(
        voice__enabled=True,
        captions__enabled=True,
        scene_1__voiceover={"text": LINES[0], "enabled": True},
        scene_2__voiceover={"text": LINES[1], "enabled": True},
        scene_3__voiceover={"text": LINES[2], "enabled": True},
    )


# --- 1. the captions' look beside another request ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "captions bigger, music calmer",
        "bigger captions and a calmer track",
        "make the music quieter and the subtitles larger",
        "captions in yellow, and the hook 5 seconds",
    ],
)
def test_the_captions_look_beside_another_request_changes_nothing(text: str) -> None:
    assert unchanged(text, voiced()) == CAPTION_LOOK


def test_without_captions_the_captions_are_still_the_on_screen_text() -> None:
    turn = parse_message("captions bigger, music calmer", basic_project())
    assert {op.operation for op in turn.operations} == {"update_overlay", "update_style"}, turn.operations


def test_a_caption_setting_beside_another_request_is_still_done() -> None:
    only(
        "word by word captions and the music a bit louder",
        voiced(),
        captions__style="word",
        audio__volume=pytest.approx(0.88, abs=0.05),
    )


# --- 2. the voice off in bare scene numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["voice off in 2 and 3", "mute the voice for 2 and 3", "no narration on 2, 3", "voice off for 2-3"],
)
def test_the_voice_off_in_bare_scene_numbers(text: str) -> None:
    only(text, voiced(), scene_2__voiceover__enabled=False, scene_3__voiceover__enabled=False)


def test_the_voice_back_on_in_a_bare_scene_number() -> None:
    start = basic_with(
        voice__enabled=True,
        captions__enabled=True,
        scene_1__voiceover={"text": LINES[0], "enabled": True},
        scene_2__voiceover={"text": LINES[1], "enabled": False},
        scene_3__voiceover={"text": LINES[2], "enabled": True},
    )
    only("turn the voice back on in 2", start, scene_2__voiceover__enabled=True)


@pytest.mark.parametrize("text", ["voice off in 7", "mute the narrator for 2 and 5"])
def test_a_bare_number_past_the_last_scene_asks(text: str) -> None:
    assert "3 scenes" in unchanged(text, voiced())


def test_the_whole_voice_off_is_unchanged() -> None:
    only("voice off", voiced(), voice__enabled=False)


# --- 3. a place the ad does not have ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "move the hook to 5th",
        "move the hook to position 5",
        "put the cta 4th",
        "move the showcase to 4th place",
    ],
)
def test_a_place_past_the_last_scene_is_refused(text: str) -> None:
    reply = unchanged(text)
    assert "3 scenes" in reply and "to the end" in reply, reply


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("move the hook to 3rd", ["scene_2", "scene_3", "scene_1"]),
        ("move the hook to the end", ["scene_2", "scene_3", "scene_1"]),
        ("move the cta to 2nd", ["scene_1", "scene_3", "scene_2"]),
    ],
)
def test_a_place_the_ad_has_still_moves(text: str, order: list[str]) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "reorder_scenes", "order": order}]


# --- 4. a voice asked for with a description ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("add a calm female voiceover", "en-us+f3"),
        ("we want a British male narrator", "en-gb+m3"),
        ("give it a female voice-over please", "en-us+f3"),
    ],
)
def test_a_described_voice_on_an_ad_without_lines_writes_them(text: str, voice: str) -> None:
    start = basic_project()
    turn = parse_message(text, start)
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    after, error = simulate(start, turn.operations)
    assert error is None, error
    assert after.voice.enabled and after.captions.enabled and after.voice.voice == voice
    assert all(s.voiceover and s.voiceover.text.strip() for s in after.scenes)
    # nothing else: the same document once the voice, its captions and the lines are put back
    restored = content(after)
    restored["voice"], restored["captions"] = content(start)["voice"], content(start)["captions"]
    for scene in restored["scenes"]:
        scene["voiceover"] = None
    assert restored == content(start)


def test_a_described_voice_on_an_ad_with_lines_only_changes_the_voice() -> None:
    only("add a british female voice", voiced(), voice__voice="en-gb+f3")
