"""Round twenty-three a (dev16's timecodes, symbols and relative amounts; each class in words of
its own, never dev16's): a timecode ("at 0:12", "00:21–00:28") is the scene playing then, never
the ad's length; emoji and symbols are the words they stand for ("🎵 ⬇️", "cta 👉 '…'", "❌ '…' ✅
'…'", "📏 12s → 15s", "↩️"); "+2s" / "−1s" / "-20%" change a value by that much, "to like 10%" sets
it, "music: slightly lower" is the volume, and a complaint followed by its value makes only the value.

Every edit is checked on the whole resulting document: what was asked changed, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 0–4 s (white text at the top), showcase 4–11 s (the bottle, centre,
# scale 0.5; text at the bottom), cta 11–15 s ("Order today", #F2A541, centre); music upbeat at 0.8.

_BOOKKEEPING = ("history", "version", "createdAt", "updatedAt")


def _content(project: AdProject) -> dict[str, Any]:
    doc = project.model_dump(by_alias=True)
    for key in _BOOKKEEPING:
        doc.pop(key, None)
    return doc


def document_after(
    text: str,
    project: AdProject | None = None,
    state: ConversationState | None = None,
) -> dict[str, Any]:
    """The whole ad once ``text`` is applied; the message must neither ask nor leave words unread."""
    project = project or basic_project()
    turn = parse_message(text, project, state=state)
    assert turn.operations and not turn.question and not turn.unknown, (text, turn)
    changed, error = simulate(project, turn.operations)
    assert error is None, (text, error)
    return _content(changed)


def expected(total: float | None = None, **changes: Any) -> dict[str, Any]:
    """basic_project with ``changes`` (see parse_helpers.basic_with) and, when a scene's length
    changed, the ad's new length."""
    if total is not None:
        changes["durationSec"] = total
    return _content(basic_with(**changes))


def _asked_only(text: str, project: AdProject | None = None) -> str:
    turn = parse_message(text, project or basic_project())
    assert turn.question and not turn.operations, (text, turn)
    return turn.question


# --- 1. timecodes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("at 0:06 the words should sit at the top", {"scene_2__overlay__position": "top"}),
        ("around 0:13 make the text white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("at 0:12 text white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("00:04–00:11 should say 'Fresh all day'", {"scene_2__overlay__text": "Fresh all day"}),
        ("from 0:00 to 0:04 text to the center", {"scene_1__overlay__position": "center"}),
        ("the bottle at 0:08 a lot bigger", {"scene_2__product__scale": 0.8}),
    ],
)
def test_a_timecode_is_the_scene_playing_then_never_a_length(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text) == expected(**changes)


def test_two_ranges_in_one_message_are_two_scenes() -> None:
    assert document_after("00:00-00:04 text to the center; 00:11-00:15 text white") == expected(
        scene_1__overlay__position="center", scene_3__overlay__color="#FFFFFF"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what's on screen at 0:02?", "Wake up to cold brew"),
        ("what's up at 0:12", "Order today"),
        ("what is showing at 0:07?", "cold brew bottle on a sunny counter"),
    ],
)
def test_what_plays_at_a_timecode_is_answered_from_that_scene(text: str, said: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and said in turn.answer, (text, turn)


@pytest.mark.parametrize(
    "text",
    ["at 0:45 the words should say 'Still here'", "00:20-00:25 text red", "make the bottle bigger at 0:31"],
)
def test_a_timecode_past_the_end_is_refused_with_the_ads_length(text: str) -> None:
    question = _asked_only(text)
    assert question.startswith("The ad is only 15 s long"), question


@pytest.mark.parametrize(
    ("text", "offered"), [("0:02-0:09 text red", "scene 1"), ("at 0:04 text blue", "scene 2")]
)
def test_a_timecode_over_two_scenes_is_asked(text: str, offered: str) -> None:
    question = _asked_only(text)
    assert offered in question and "scene 3" not in question, question


@pytest.mark.parametrize("text", ["make it 9:16", "the 9:16 one only"])
def test_a_frame_shape_is_no_timecode(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire()["operation"] == "update_overlay" for op in turn.operations), turn


def test_same_at_another_timecode_repeats_the_edit_there() -> None:
    project, state = after("at 0:05 the bottle to the left", basic_project())
    turn = parse_message("same at 0:13", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_product", "sceneId": "scene_3", "position": "left"}
    ]


@pytest.mark.parametrize(
    "text", ["B cut: 00:04–00:11 text 'Eighteen hours'", "B version: the showcase text 'Eighteen hours'"]
)
def test_a_version_labelled_before_a_colon_is_that_version(text: str) -> None:
    original = basic_project()
    _, family = with_version_b(original, "p_basic_b")
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == "p_basic_b", turn
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_2", "text": "Eighteen hours"}
    ]


# --- 2. emoji and symbols as words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [("🎵 ⬇️", 0.6), ("music 🔽", 0.6), ("musci ⬇️ a bit", 0.7), ("🎵 ⬆️", 1.0), ("🎶 👆", 1.0)],
)
def test_music_and_arrow_emoji_are_the_volume(text: str, volume: float) -> None:
    assert document_after(text) == expected(audio__volume=volume)


@pytest.mark.parametrize(
    ("text", "scene", "copy"),
    [
        ("cta 👉 'Shop now'", "scene_3", "Shop now"),
        ("hook ➡️ 'Hi there'", "scene_1", "Hi there"),
        ("the showcase → 'Bold'", "scene_2", "Bold"),
        ("❌ 'Order today' ✅ 'Order now'", "scene_3", "Order now"),
        ("the cta ❌ 'Order today' ✅ 'Get yours'", "scene_3", "Get yours"),
        ("'Order today' → 'Order now'", "scene_3", "Order now"),
        ("cta: 'Order today' ➡️ 'Get yours'", "scene_3", "Get yours"),
    ],
)
def test_an_arrow_or_a_cross_and_a_tick_before_a_quote_set_the_words(
    text: str, scene: str, copy: str
) -> None:
    assert document_after(text) == expected(**{f"{scene}__overlay__text": copy})


def test_a_timer_emoji_is_the_length_and_a_pointing_hand_the_left() -> None:
    assert document_after("hook ⏱ 5s") == expected(total=16.0, scene_1__durationSec=5.0)
    assert document_after("bottle 👈 in the showcase") == expected(scene_2__product__position="left")
    assert document_after("the bottle 👈 left in the showcase") == expected(scene_2__product__position="left")


@pytest.mark.parametrize(
    ("text", "seconds"), [("📏 15s → 20s", 20.0), ("⏱ 15 s -> 10 s", 10.0), ("length 15s ➡️ 12s", 12.0)]
)
def test_an_arrow_between_two_lengths_sets_the_second(text: str, seconds: float) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": seconds}]


@pytest.mark.parametrize("text", ["↩️", "↩️ undo that", "🔙 undo the last one"])
def test_the_return_arrow_is_undo(text: str) -> None:
    assert [op.to_wire() for op in parse_message(text, basic_project()).operations] == [{"operation": "undo"}]


def test_the_music_emoji_in_a_question_asks_about_the_music() -> None:
    turn = parse_message("🎵 = what style rn?", basic_project())
    assert not turn.operations and turn.answer and "upbeat" in turn.answer, turn


def test_emoji_in_copy_typed_without_quotes_stay_copy() -> None:
    assert document_after("the cta should say: Summer 🎵 vibes") == expected(
        scene_3__overlay__text="Summer 🎵 vibes"
    )


# --- 3. relative amounts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes", "total"),
    [
        ("+2s on the end card", {"scene_3__durationSec": 6.0}, 17.0),
        ("+1.5 s on the hook", {"scene_1__durationSec": 5.5}, 16.5),
        ("the showcase +2s", {"scene_2__durationSec": 9.0}, 17.0),
        ("−1s on the opening", {"scene_1__durationSec": 3.0}, 14.0),
        ("-2 s on the showcase", {"scene_2__durationSec": 5.0}, 13.0),
        ("end card −1s", {"scene_3__durationSec": 3.0}, 14.0),
    ],
)
def test_a_signed_number_of_seconds_changes_a_scene_by_that_much(
    text: str, changes: dict[str, Any], total: float
) -> None:
    assert document_after(text) == expected(total=total, **changes)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("🎵 -20%", 0.64),
        ("music -10% please", 0.72),
        ("music +10%", 0.88),
        ("volume to like 10%", 0.1),
        ("music to about 30%", 0.3),
        ("set the volume to around 50%", 0.5),
    ],
)
def test_a_signed_share_changes_the_volume_and_an_approximate_level_sets_it(text: str, volume: float) -> None:
    assert document_after(text) == expected(audio__volume=volume)


@pytest.mark.parametrize(
    ("text", "volume"),
    [("music: slightly lower 🙏", 0.7), ("music: a bit louder", 0.9), ("volume: a touch quieter", 0.7)],
)
def test_a_labelled_way_the_music_goes_is_its_volume_never_a_mood(text: str, volume: float) -> None:
    assert document_after(text) == expected(audio__volume=volume)


def test_a_labelled_music_style_is_still_the_mood() -> None:
    turn = parse_message("music: lo-fi", basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_style", "musicMood": "lo-fi"}]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the hook drags, make it 3 seconds", "scene_1"),
        ("the cta is too long, make it 3 s", "scene_3"),
        ("the hook feels slow, make it 3 seconds", "scene_1"),
    ],
)
def test_a_complaint_then_its_value_makes_only_the_value(text: str, scene: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": scene, "durationSec": 3.0}
    ]


def test_the_value_is_what_the_next_scene_as_well_gets() -> None:
    project, state = after("the hook drags, make it 3 seconds", basic_project())
    turn = parse_message("the cta as well", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 3.0}
    ]


def test_on_this_one_is_the_version_being_edited_when_there_are_versions() -> None:
    original = basic_project()
    _, family = with_version_b(original, "p_basic_b")
    turn = parse_message("🎵 -10% on this one", original, family=lambda: family)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_audio", "volume": 0.72}]
    # without versions, "this one" may be a scene: asked
    assert parse_message("music 10% lower on this one", original).question


@pytest.mark.parametrize("text", ["- 5 seconds on the hook", "- hook 5 s"])
def test_a_list_marker_before_a_number_is_no_minus(text: str) -> None:
    assert document_after(text) == expected(total=16.0, scene_1__durationSec=5.0)


@pytest.mark.parametrize(
    ("text", "changes", "total"),
    [
        ("the opening 2 s shorter", {"scene_1__durationSec": 2.0}, 13.0),
        ("the closing 1 s longer", {"scene_3__durationSec": 5.0}, 16.0),
        ("hook: 2 s longer", {"scene_1__durationSec": 6.0}, 17.0),
        ("the cta: 1 s shorter", {"scene_3__durationSec": 3.0}, 14.0),
    ],
)
def test_an_amount_after_a_named_scene_is_the_change_never_a_time_or_the_copy(
    text: str, changes: dict[str, Any], total: float
) -> None:
    assert document_after(text) == expected(total=total, **changes)


def test_a_labelled_line_that_merely_starts_like_a_length_is_still_copy() -> None:
    assert document_after("hook: Longer days") == expected(scene_1__overlay__text="Longer days")


@pytest.mark.parametrize(
    ("text", "hook", "cta"),
    [
        ("hook -1s, cta +1s", 3.0, 5.0),
        ("cta +1s, hook -1s", 3.0, 5.0),
        ("+1s on the cta and −1s on the hook", 3.0, 5.0),
    ],
)
def test_two_signed_amounts_keep_each_its_own_sign(text: str, hook: float, cta: float) -> None:
    assert document_after(text) == expected(scene_1__durationSec=hook, scene_3__durationSec=cta)


@pytest.mark.parametrize("text", ["make the hook -2 seconds", "set the hook to -1s", "make the cta −3 s"])
def test_a_negative_length_asked_for_is_refused_never_a_change(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "out of range" in turn.unknown, (text, turn)
