"""Round twenty-four b (dev17's numbers in unusual forms, refusals of multiples and intensity; each
class in words of its own, never dev17's): milliseconds and "a second and a half" are lengths;
"off the hook" is where seconds are taken from, no dislike; a decimal in words ("two point five")
is one number; a share ("down by a quarter", "two-thirds as loud", "a fifth quieter") or a multiple
("1.5x", "3 times as long") multiplies the right field, and one past the range is refused with the
range, nothing changed ("a thousand", "two hundred percent", "pitch up to 3"); "half that" after a
length halves it; "still small, more" goes the same way again; "more clickable" is to stand out.

Every edit is checked on the whole resulting document: what was asked changed, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64 pt, white, top), showcase 7 s (56 pt), cta 4 s (72 pt,
# "Order today", #F2A541); music upbeat at 0.8.

_BOOKKEEPING = ("history", "version", "createdAt", "updatedAt")


def _content(project: AdProject) -> dict[str, Any]:
    doc = project.model_dump(by_alias=True)
    for key in _BOOKKEEPING:
        doc.pop(key, None)
    return doc


def document_after(
    text: str, project: AdProject | None = None, state: ConversationState | None = None
) -> dict[str, Any]:
    """The whole ad once ``text`` is applied; the message must neither ask nor leave words unread."""
    project = project or basic_project()
    turn = parse_message(text, project, state=state)
    assert turn.operations and not turn.question and not turn.unknown, (text, turn)
    changed, error = simulate(project, turn.operations)
    assert error is None, (text, error)
    return _content(changed)


def expected(total: float | None = None, **changes: Any) -> dict[str, Any]:
    if total is not None:
        changes["durationSec"] = total
    return _content(basic_with(**changes))


def _refused(
    text: str, *said: str, project: AdProject | None = None, state: ConversationState | None = None
) -> None:
    """Nothing changes and the reply says the range."""
    turn = parse_message(text, project or basic_project(), state=state)
    assert not turn.operations, (text, turn)
    reply = turn.unknown or turn.question or ""
    for words in said:
        assert words in reply, (text, reply)


# --- 1. lengths in unusual forms -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes", "total"),
    [
        ("trim 250 milliseconds from the cta", {"scene_3__durationSec": 3.75}, 14.75),
        ("take 1500 ms off the showcase", {"scene_2__durationSec": 5.5}, 13.5),
        ("snip 300ms from the hook", {"scene_1__durationSec": 3.7}, 14.7),
        ("make the cta a sec and a half shorter", {"scene_3__durationSec": 2.5}, 13.5),
        ("the hook needs one second and a half more", {"scene_1__durationSec": 5.5}, 16.5),
        ("give the cta another second and a half", {"scene_3__durationSec": 5.5}, 16.5),
        ("make the hook two point five seconds shorter", {"scene_1__durationSec": 1.5}, 12.5),
        ("cta one point five seconds longer", {"scene_3__durationSec": 5.5}, 16.5),
    ],
)
def test_milliseconds_and_a_second_and_a_half_are_lengths(
    text: str, changes: dict[str, Any], total: float
) -> None:
    assert document_after(text) == expected(total=total, **changes)


@pytest.mark.parametrize(
    ("text", "changes", "total"),
    [
        ("take 2 seconds off the hook", {"scene_1__durationSec": 2.0}, 13.0),
        ("knock a sec off the showcase", {"scene_2__durationSec": 6.0}, 14.0),
        ("chop half a second off the cta", {"scene_3__durationSec": 3.5}, 14.5),
    ],
)
def test_seconds_off_a_scene_are_taken_from_it_never_a_dislike(
    text: str, changes: dict[str, Any], total: float
) -> None:
    assert document_after(text) == expected(total=total, **changes)


@pytest.mark.parametrize("text", ["the hook feels off", "something is off in the cta"])
def test_off_said_of_a_scene_is_still_a_dislike(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question, turn


def test_a_decimal_in_words_in_quotes_stays_copy() -> None:
    assert document_after("the cta should say 'one point five'") == expected(
        scene_3__overlay__text="one point five"
    )


@pytest.mark.parametrize(
    ("first", "then", "scene", "length"),
    [
        ("how long is the hook?", "make it half that", "scene_1", 2.0),
        ("make the showcase 6 seconds", "half of that please", "scene_2", 3.0),
        ("set the cta to 5 s", "now half that", "scene_3", 2.5),
    ],
)
def test_half_that_after_a_length_halves_it(first: str, then: str, scene: str, length: float) -> None:
    project = basic_project()
    state = None
    turn = parse_message(first, project)
    if turn.operations:
        project, state = after(first, project)
    else:  # a question: the conversation is on the scene it named
        state = ConversationState(project_id=project.project_id, scene_ids=list(turn.scene_ids or []))
    got = parse_message(then, project, state=state)
    assert [op.to_wire() for op in got.operations] == [
        {"operation": "update_scene", "sceneId": scene, "durationSec": length}
    ], (then, got)


# --- 2. shares and multiples of a size and of the volume ----------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("hook text down by a quarter", {"scene_1__overlay__fontSize": 48}),
        ("make the cta text a third smaller", {"scene_3__overlay__fontSize": 48}),
        ("increase the cta text by a fifth", {"scene_3__overlay__fontSize": 86}),
        ("make the hook font two-thirds the size", {"scene_1__overlay__fontSize": 43}),
        ("hook text 1.5x bigger", {"scene_1__overlay__fontSize": 96}),
    ],
)
def test_a_share_or_a_multiple_of_a_text_size(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text) == expected(**changes)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("make the music a third quieter", 0.53),
        ("turn the song down by a quarter", 0.6),
        ("the music at three quarters of its volume", 0.6),
        ("music half as loud", 0.4),
        ("soundtrack two fifths quieter", 0.48),
    ],
)
def test_a_share_of_the_music_volume(text: str, volume: float) -> None:
    assert document_after(text) == expected(audio__volume=volume)


def test_a_multiple_of_the_music_volume() -> None:
    quiet = basic_with(audio__volume=0.4)
    for text, volume in (("music 1.5x", 0.6), ("the music 2x", 0.8), ("song 1.5 times as loud", 0.6)):
        assert document_after(text, quiet) == _content(basic_with(audio__volume=volume)), text


def test_the_cut_by_a_share_of_the_words_is_no_length() -> None:
    turn = parse_message("cut the hook text by a third", basic_project())
    assert not any(op.to_wire()["operation"] == "update_scene" for op in turn.operations), turn


# --- 3. refusals of values and multiples out of range -------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("make the hook text size three hundred", ("12 to 200", "300")),
        ("make the hook font size a thousand", ("12 to 200", "1000")),
        ("hook text 5x bigger", ("12 to 200",)),
        ("make the cta text 3 times as big", ("12 to 200",)),
        ("song at three hundred percent", ("100 %",)),
        ("the music 3x", ("100 %",)),
        ("narrator pitch up to 2", ("0.5 to 1.5",)),
        ("voice pitch down to 0.2", ("0.5 to 1.5",)),
        ("make the ad five times as long", ("30s",)),
        ("make it 20x longer", ("120 s",)),
        ("make the showcase 10 times longer", ("30 s",)),
    ],
)
def test_a_value_or_multiple_out_of_range_is_refused_with_the_range(text: str, said: tuple[str, ...]) -> None:
    _refused(text, *said)


@pytest.mark.parametrize(
    "text", ["then as big as it goes", "ok the biggest it can be", "fine, the largest possible then"]
)
def test_after_a_refused_size_the_maximum_is_the_top_of_the_range(text: str) -> None:
    project = basic_project()
    first = parse_message("hook text 4x bigger", project)
    assert not first.operations
    state = ConversationState(project_id=project.project_id, scene_ids=["scene_1"], topic="overlay")
    assert document_after(text, project, state) == expected(scene_1__overlay__fontSize=200)


@pytest.mark.parametrize(
    ("text", "total"), [("make it twice as long", 30.0), ("make the whole ad 3 times as long", 45.0)]
)
def test_a_multiple_of_the_ad_in_range_is_made(text: str, total: float) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": total}]


# --- 4. intensity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("the cta text has to be much much bigger", 115),
        ("make the cta text massively bigger", 115),
        ("the cta needs to be way more clickable, make its text a lot bigger", 115),
    ],
)
def test_much_bigger_said_strongly_is_the_large_step(text: str, size: int) -> None:
    assert document_after(text) == expected(scene_3__overlay__fontSize=size)


@pytest.mark.parametrize("text", ["make the cta more clickable", "the end card should be more tappable"])
def test_more_clickable_asks_how_to_stand_out(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question and "stand out" in turn.question, turn


def test_clickable_itself_is_still_refused() -> None:
    _refused("make the cta clickable", "interactive")


@pytest.mark.parametrize(
    ("first", "then", "changes"),
    [
        ("music a bit down", "still a bit loud, more", {"audio__volume": 0.6}),
        ("music a bit up", "still quiet - a bit more", {"audio__volume": 1.0}),
        (
            "make the hook text a bit bigger",
            "hmm still tiny, again please",
            {"scene_1__overlay__fontSize": 86},
        ),
        ("make the hook text a bit bigger", "still small, more", {"scene_1__overlay__fontSize": 86}),
    ],
)
def test_still_too_much_and_more_goes_the_same_way_again(
    first: str, then: str, changes: dict[str, Any]
) -> None:
    project, state = after(first, basic_project())
    assert document_after(then, project, state) == expected(**changes)


@pytest.mark.parametrize(
    "text",
    [
        "all text red except the cta (it already is)",
        "every text red except the cta (already is)",
        "make all the text red except the cta (that's already red)",
    ],
)
def test_an_aside_that_says_how_a_thing_already_is_asks_nothing(text: str) -> None:
    assert document_after(text) == expected(
        scene_1__overlay__color="#FF0000", scene_2__overlay__color="#FF0000"
    )


@pytest.mark.parametrize("text", ["half that", "make it half that", "half of that please"])
def test_half_that_with_no_length_spoken_of_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, (text, turn)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the cta stand out more, text way bigger", {"scene_3__overlay__fontSize": 115}),
        ("the cta needs to be more clickable, text bigger", {"scene_3__overlay__fontSize": 90}),
        (
            "make the hook brighter, text a lot bigger",
            {
                "scene_1__backgroundPrompt": "splash of iced coffee, energetic, bright, brighter",
                "scene_1__overlay__fontSize": 102,
            },
        ),
    ],
)
def test_text_bigger_after_a_request_about_one_scene_is_that_scenes_text(
    text: str, changes: dict[str, Any]
) -> None:
    assert document_after(text) == expected(**changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("hook font size to forty-eight", {"scene_1__overlay__fontSize": 48}),
        ("cta text size of seventy", {"scene_3__overlay__fontSize": 70}),
        ("the showcase, font size sixty", {"scene_2__overlay__fontSize": 60}),
    ],
)
def test_a_text_size_in_words(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text) == expected(**changes)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("make the showcase 6 seconds", "now make the hook half that"),
        ("set the cta to 5 s", "the hook half of that"),
        ("how long is the showcase?", "make the cta half that"),
    ],
)
def test_half_that_for_another_scene_changes_nothing(first: str, then: str) -> None:
    project = basic_project()
    turn = parse_message(first, project)
    if turn.operations:
        project, state = after(first, project)
    else:
        state = ConversationState(project_id=project.project_id, scene_ids=list(turn.scene_ids or []))
    got = parse_message(then, project, state=state)
    assert not any(op.to_wire()["operation"] == "update_scene" for op in got.operations), (then, got)
