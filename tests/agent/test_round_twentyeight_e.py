"""Round twenty-eight, share e (dev20's follow-ups and variants), as classes:

- A message that only takes back the one before ("forget that", "cancel it, leave it how it was",
  "my boss wants them back on") got the help text and the edit stayed (a wrong edit): now it is an
  undo of that message's step, and only of it (after a question nothing changes).
- A version named first and its change after a comma ("C version, 12s") was read as a new product's
  brief (a new ad, a wrong edit): now the version with that change.
- A version "without the voice-over" / "with no captions" turned this ad's voice off (a wrong edit)
  or asked: now the version with that switch off, this ad untouched.
"""

from __future__ import annotations

from typing import Any

import pytest
from held_out_run import verdict
from parse_helpers import only
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("make the music calmer", "forget that"),
        ("the cta should say 'Grab a pair'", "cancel that, leave it how it was"),
        ("the hook text green", "hmm no. never mind, keep the old one"),
        ("make the hook 2 seconds", "ugh, disregard that"),
        ("turn the captions off", "my boss wants them back on"),
        ("turn the voice over off", "actually the team needs it on again"),
        ("turn the voice over off", "strike that, keep it on"),
    ],
)
def test_taking_back_the_last_message_leaves_the_ad_as_it_was(first: str, second: str) -> None:
    result = verdict("sneaker", (first, second), {"start": "same_content"}, case_id="r28e")
    assert result.outcome.turns[-1].operations == [{"operation": "undo"}], result.outcome.turns[-1].reply
    assert result.verdict.understood and not result.verdict.wrong_edit, result.verdict.problems


@pytest.mark.parametrize(
    "turns",
    [
        ("make the cta text red", "what's the font?", "never mind"),
        ("make the cta text red", "qwzx blorp", "forget it"),
        ("what's the music?", "scratch that"),
    ],
)
def test_with_no_change_of_the_last_message_nothing_is_taken_back(turns: tuple[str, ...]) -> None:
    result = verdict("sneaker", turns, {}, case_id="r28e")
    assert not result.outcome.turns[-1].operations, result.outcome.turns[-1].reply


def test_back_on_after_turning_something_on_is_not_an_undo() -> None:
    result = verdict("sneaker", ("turn the captions off", "turn the captions on", "qwzx"), {}, case_id="r28e")
    assert not result.outcome.turns[-1].operations


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("a B cut, 12s", {"operation": "set_duration", "durationSec": 12.0}),
        ("an alt cut - calmer music", {"operation": "update_style", "musicMood": "calm"}),
        ("version B, 25 seconds", {"operation": "set_duration", "durationSec": 25.0}),
        (
            "B version, hook text 'Cold and bold'",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold and bold"},
        ),
    ],
)
def test_a_version_named_first_takes_the_change_after_the_comma(text: str, wire: dict[str, Any]) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown and turn.brief is None, (text, turn.question, turn.unknown)
    made = [op.to_wire() for op in turn.operations]
    assert len(made) == 1 and made[0]["operation"] == "create_variation", made
    assert made[0]["operations"] == [wire]


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (
            "make a B without the voice-over, we want to try it muted",
            {"operation": "update_voice", "enabled": False},
        ),
        ("a version with no narration", {"operation": "update_voice", "enabled": False}),
        ("try a C without subtitles", {"operation": "update_captions", "enabled": False}),
        ("a second cut with no captions", {"operation": "update_captions", "enabled": False}),
    ],
)
def test_a_version_without_the_voice_or_captions_switches_them_off_there(
    text: str, wire: dict[str, Any]
) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    made = [op.to_wire() for op in turn.operations]
    assert len(made) == 1 and made[0]["operation"] == "create_variation", made
    assert made[0]["operations"] == [wire]


def test_a_plain_edit_still_changes_this_ad() -> None:
    only("turn the captions off", captions__enabled=False)


@pytest.mark.parametrize(
    "back",
    [
        "ok back to the normal one",
        "switch to the regular version please",
        "let's use the usual one",
        "go back to the standard cut",
    ],
)
def test_the_normal_one_is_the_version_the_others_were_made_from(back: str) -> None:
    result = verdict("sneaker", ("make a B with calmer music", back), {}, case_id="r28e")
    assert "Now working on p_r28e_start" in result.outcome.turns[-1].reply, result.outcome.turns[-1].reply
    assert not result.outcome.turns[-1].operations


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (
            "an A/B: keep this one, and a B that ends on 'Call us'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Call us"},
        ),
        (
            "A/B test - leave the current one, plus a B with calmer music",
            {"operation": "update_style", "musicMood": "calm"},
        ),
        (
            "ab test: keep it as is and a B where the hook text is red",
            {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FF0000"},
        ),
    ],
)
def test_an_ab_that_keeps_this_one_makes_the_b_it_names(text: str, wire: dict[str, Any]) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    made = [op.to_wire() for op in turn.operations]
    assert len(made) == 1 and made[0]["operation"] == "create_variation", made
    assert made[0]["operations"] == [wire]
