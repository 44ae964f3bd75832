"""Round twenty-six b (scene order and relative scene references; each class in words of its own):

1. a scene moved by steps ("move the showcase up one", "one earlier", "back a slot", "forward two",
   "prepone the testimonial"): the scene that many places earlier or later, never its text moved
   on screen (it was: "up one" put the text at the top); a scene already at that edge is a
   question (its text, or another scene?); the text named ("the showcase text up one") stays text;
2. a whole order written as a list ("change the order to cta first", "order should be hook, cta,
   showcase", "cta, then hook, then the rest", "3, 1, 2"): the scenes in that order (it was: the
   CTA's words set to "cta first", or missed); a list that leaves scenes out without "the rest" is a
   question naming them, and a short list without "order" is no order;
3. relative references for every edit kind: "the second to last scene" (it named the second and
   the last), "the next-to-last slide", "the penultimate scene", "the first and last scenes" (the
   first was lost), "the one before the CTA", "the scene after the hook", "the middle scene" (one
   middle, else a question).

Every edit is checked on the whole resulting document: what was asked changed, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: scene 1 hook, 2 showcase, 3 cta (15 s). two_showcases_project: 1 hook, 2 and 3
# showcase, 4 social proof (a testimonial), 5 cta (20 s).


def rating() -> AdProject:
    """basic_project whose showcase shows a rating: "the rating card" is scene 2."""
    return basic_with(scene_2__overlay__text="4.8 stars from 2,000 reviews")


def four_scenes() -> AdProject:
    """two_showcases_project without its second showcase: four scenes, no single middle one."""
    doc = two_showcases_project().model_dump(by_alias=True)
    doc["scenes"] = [s for s in doc["scenes"] if s["id"] != "scene_3"]
    doc["durationSec"] = 15
    return AdProject.model_validate(doc)


PROJECTS = {"basic": basic_project, "two": two_showcases_project, "rating": rating, "four": four_scenes}


def reordered(text: str, project: AdProject, order: list[int]) -> None:
    """``text`` puts the scenes (numbered as they stand) in ``order`` and changes nothing else."""
    turn = parse_message(text, project)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    start = content(project)
    want = dict(start, scenes=[start["scenes"][n - 1] for n in order])
    assert content(changed) == want, (text, [op.to_wire() for op in turn.operations])


def asks(text: str, project: AdProject, *words: str) -> str:
    """No edit, a question that names ``words``."""
    turn = parse_message(text, project)
    assert not turn.operations, (text, [op.to_wire() for op in turn.operations])
    assert turn.question, (text, turn.unknown)
    for word in words:
        assert word.lower() in turn.question.lower(), (text, turn.question)
    return turn.question


# --- 1. a scene moved by steps --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "project", "order"),
    [
        ("move the showcase up one", "basic", [2, 1, 3]),
        ("shift the cta one earlier", "basic", [1, 3, 2]),
        ("could you bring the cta forward a slot", "basic", [1, 3, 2]),
        ("push the hook back a slot", "basic", [2, 1, 3]),
        ("move the showcase down one please", "basic", [1, 3, 2]),
        ("the showcase should go one place later", "basic", [1, 3, 2]),
        ("move the rating card up one", "rating", [2, 1, 3]),
        ("bring the testimonial forward two", "two", [1, 4, 2, 3, 5]),
        ("move the testimonial two places earlier", "two", [1, 4, 2, 3, 5]),
        ("move scene 2 down one", "two", [1, 3, 2, 4, 5]),
        ("move the social proof up one", "two", [1, 2, 4, 3, 5]),
        ("move the last two scenes up one", "two", [1, 2, 4, 5, 3]),
    ],
)
def test_a_scene_moves_by_steps(text: str, project: str, order: list[int]) -> None:
    reordered(text, PROJECTS[project](), order)


@pytest.mark.parametrize(
    ("text", "project", "order"),
    [
        ("prepone the testimonial", "two", [1, 2, 4, 3, 5]),
        ("pls prepone the cta", "basic", [1, 3, 2]),
        ("postpone the hook", "basic", [2, 1, 3]),
        ("kindly prepone the social proof scene", "two", [1, 2, 4, 3, 5]),
    ],
)
def test_prepone_and_postpone_move_a_scene_one_place(text: str, project: str, order: list[int]) -> None:
    reordered(text, PROJECTS[project](), order)


def test_prepone_before_a_scene_still_goes_before_it() -> None:
    reordered("prepone the testimonial before the first showcase", two_showcases_project(), [1, 4, 2, 3, 5])


@pytest.mark.parametrize(
    ("text", "project", "edge"),
    [
        ("move the hook up one", "basic", "first"),
        ("shift the cta down one", "basic", "last"),
        ("move the cta one slot later", "two", "last"),
        ("bring the opener forward one", "two", "first"),
    ],
)
def test_a_scene_at_the_edge_is_a_question(text: str, project: str, edge: str) -> None:
    asks(text, PROJECTS[project](), edge, "text")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("move the showcase text up one", {"scene_2__overlay__position": "top"}),
        ("move the words on the cta higher", {"scene_3__overlay__position": "top"}),
        ("move the cta text down a bit", {"scene_3__overlay__position": "bottom"}),
        ("move the cold brew line up one", {"scene_1__overlay__position": "top"}),
    ],
)
def test_the_text_named_still_moves_on_screen(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# --- 2. a whole order written as a list ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "project", "order"),
    [
        ("change the order to cta first", "basic", [3, 1, 2]),
        ("set the order so it's cta first", "two", [5, 1, 2, 3, 4]),
        ("order should be hook, cta, showcase", "basic", [1, 3, 2]),
        ("new order: cta > hook > showcase", "basic", [3, 1, 2]),
        ("order: cta then hook then showcase", "basic", [3, 1, 2]),
        ("the sequence should be hook, testimonial, showcase, showcase, cta", "two", [1, 4, 2, 3, 5]),
        ("reorder the scenes to 1, 4, 2, 3, 5", "two", [1, 4, 2, 3, 5]),
        ("can we go cta > hook > showcase", "basic", [3, 1, 2]),
        ("could the order be showcase, hook, cta?", "basic", [2, 1, 3]),
        ("i'd like the order to be testimonial, hook, showcase, showcase, cta", "two", [4, 1, 2, 3, 5]),
        ("put the scenes in this order: cta, hook, showcase", "basic", [3, 1, 2]),
        ("sequence: 2, 1, 3", "basic", [2, 1, 3]),
    ],
)
def test_an_order_with_a_verb(text: str, project: str, order: list[int]) -> None:
    reordered(text, PROJECTS[project](), order)


@pytest.mark.parametrize(
    ("text", "project", "order"),
    [
        ("hook, cta, showcase", "basic", [1, 3, 2]),
        ("cta, hook, showcase pls", "basic", [3, 1, 2]),
        ("3, 1, 2", "basic", [3, 1, 2]),
        ("1, 4, 2, 3, 5 please", "two", [1, 4, 2, 3, 5]),
        ("cta, then hook, then the rest", "two", [5, 1, 2, 3, 4]),
        ("testimonial first, then everything else", "two", [4, 1, 2, 3, 5]),
        ("showcase -> hook -> cta", "basic", [2, 1, 3]),
        ("ok so: cta, hook, showcase", "basic", [3, 1, 2]),
    ],
)
def test_an_order_without_a_verb(text: str, project: str, order: list[int]) -> None:
    reordered(text, PROJECTS[project](), order)


@pytest.mark.parametrize(
    ("text", "project", "missing"),
    [
        ("order: cta, hook", "two", "scene 2"),
        ("the order should be testimonial then cta", "two", "scene 1"),
        ("change the order to showcase, hook", "basic", "scene 3"),
    ],
)
def test_an_order_that_leaves_scenes_out_is_a_question(text: str, project: str, missing: str) -> None:
    asks(text, PROJECTS[project](), missing, "the rest")


@pytest.mark.parametrize("text", ["hook, cta", "2, 3", "3, 1"])
def test_a_short_list_without_order_is_no_reorder(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire()["operation"] == "reorder_scenes" for op in turn.operations), text


def test_an_order_as_it_stands_changes_nothing() -> None:
    turn = parse_message("order should be hook, showcase, cta", basic_project())
    assert not turn.operations and "already" in (turn.unknown or "")


# --- 3. relative references to scenes -------------------------------------------------------------


def test_second_to_last_names_one_scene() -> None:
    two = two_showcases_project()
    for text in (
        "remove the second to last scene",
        "delete the next-to-last scene",
        "cut the last but one scene",
    ):
        turn = parse_message(text, two)
        assert [op.to_wire() for op in turn.operations] == [
            {"operation": "remove_scene", "sceneId": "scene_4"}
        ], text


@pytest.mark.parametrize(
    ("text", "project", "changes"),
    [
        ("make the second-last scene's text white", "basic", {"scene_2__overlay__color": "#FFFFFF"}),
        ("the penultimate slide text should be yellow", "two", {"scene_4__overlay__color": "#FFFF00"}),
        ("make the second to last one 5 seconds", "two", {"scene_4__durationSec": 5.0, "durationSec": 21}),
        (
            "the first and last scene text yellow",
            "basic",
            {"scene_1__overlay__color": "#FFFF00", "scene_3__overlay__color": "#FFFF00"},
        ),
        (
            "make the first and last scenes 2 seconds",
            "two",
            {"scene_1__durationSec": 2.0, "scene_5__durationSec": 2.0, "durationSec": 18},
        ),
        (
            "make the first and the last scene text white",
            "two",
            {"scene_5__overlay__color": "#FFFFFF"},
        ),
        ("make the one before the cta text red", "two", {"scene_4__overlay__color": "#FF0000"}),
        (
            "the scene after the hook should be 2 seconds",
            "two",
            {"scene_2__durationSec": 2.0, "durationSec": 17},
        ),
        ("make the middle scene's text red", "two", {"scene_3__overlay__color": "#FF0000"}),
        ("make the middle scene's text red", "basic", {"scene_2__overlay__color": "#FF0000"}),
        (
            "second to last scene brighter pls",
            "basic",
            {"scene_2__backgroundPrompt": "cold brew bottle on a sunny counter, warm light, brighter"},
        ),
        (
            "make the scene before the testimonial 3 seconds",
            "two",
            {"scene_3__durationSec": 3.0, "durationSec": 18},
        ),
        ("the scene before the cta should say 'Try it'", "basic", {"scene_2__overlay__text": "Try it"}),
    ],
)
def test_relative_references_for_every_edit(text: str, project: str, changes: dict[str, Any]) -> None:
    only(text, PROJECTS[project](), **changes)


@pytest.mark.parametrize(
    "text", ["make the middle scene brighter", "delete the middle one", "middle scene text white"]
)
def test_the_middle_of_an_even_number_of_scenes_is_a_question(text: str) -> None:
    asks(text, four_scenes(), "middle")


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("move the second to last scene to the front", [4, 1, 2, 3, 5]),
        ("swap the first and last scenes", [5, 2, 3, 4, 1]),
        ("move the penultimate scene up one", [1, 2, 4, 3, 5]),
    ],
)
def test_relative_references_move_too(text: str, order: list[int]) -> None:
    reordered(text, two_showcases_project(), order)


def test_relative_references_remove_one_scene() -> None:
    for text, project, gone in (
        ("remove the scene after the hook", two_showcases_project(), "scene_2"),
        ("delete the one after the hook", basic_project(), "scene_2"),
        ("drop the penultimate slide", basic_project(), "scene_2"),
    ):
        turn = parse_message(text, project)
        assert [op.to_wire() for op in turn.operations] == [{"operation": "remove_scene", "sceneId": gone}], (
            text
        )


def test_a_pronoun_moved_by_places_moves_the_scene() -> None:
    project, state = after("make the testimonial text white", two_showcases_project())
    for text in ("now move it one place earlier", "and shift it a slot up", "push it back a spot"):
        turn = parse_message(text, project, state=state)
        assert len(turn.operations) == 1 and not turn.question, (text, turn.question)
    turn = parse_message("now move it one place earlier", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "reorder_scenes", "order": ["scene_1", "scene_2", "scene_4", "scene_3", "scene_5"]}
    ]


@pytest.mark.parametrize("text", ["now move it up one", "move it down one", "bring it up one"])
def test_a_pronoun_up_or_down_one_is_a_question(text: str) -> None:
    project, state = after("make the testimonial text white", two_showcases_project())
    turn = parse_message(text, project, state=state)
    assert not turn.operations and turn.question, (text, turn.unknown)
    assert "scene 4" in turn.question and "text" in turn.question, turn.question


@pytest.mark.parametrize(
    "text", ["the cta is too bright, bring it down a notch", "make the hook darker and bring it down a step"]
)
def test_a_notch_or_a_step_is_no_place(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire()["operation"] == "reorder_scenes" for op in turn.operations), text


# --- 1b. a scene moved with no count: one place when that is all there is, else a question ----------


@pytest.mark.parametrize(
    ("text", "project", "order"),
    [
        ("move the testimonial up in the order", "two", [1, 2, 4, 3, 5]),
        ("bring the social proof up the timeline", "two", [1, 2, 4, 3, 5]),
        ("move the testimonial later in the ad", "two", [1, 2, 3, 5, 4]),
        ("the showcase should come earlier", "basic", [2, 1, 3]),
        ("move the showcase later", "basic", [1, 3, 2]),
    ],
)
def test_one_place_when_that_is_all_there_is(text: str, project: str, order: list[int]) -> None:
    reordered(text, PROJECTS[project](), order)


@pytest.mark.parametrize(
    ("text", "project", "words"),
    [
        ("move the testimonial earlier", "two", ("one place earlier", "before scene 3", "start")),
        ("bring the social proof forward", "two", ("one place earlier", "start")),
        ("the second showcase should go later", "two", ("one place later", "after scene 4", "end")),
        ("move the showcase up", "basic", ("earlier in the ad", "text higher")),
        ("shift the testimonial down", "two", ("later in the ad", "text lower")),
        ("move the rating card up", "rating", ("scene 2", "text higher")),
    ],
)
def test_how_far_or_which_is_asked(text: str, project: str, words: tuple[str, ...]) -> None:
    asks(text, PROJECTS[project](), *words)


@pytest.mark.parametrize(
    "text",
    ["move the cta 2 seconds earlier", "make the cta text come in later", "the music should come in later"],
)
def test_times_and_texts_are_no_scene_moves(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire()["operation"] == "reorder_scenes" for op in turn.operations), text


@pytest.mark.parametrize(
    ("first", "then", "changes"),
    [
        (
            "make the showcase text white",
            "and move that one up to the top of the screen",
            {"scene_2__overlay__position": "top"},
        ),
        (
            "make the cta text white",
            "now move this one down to the bottom",
            {"scene_3__overlay__position": "bottom"},
        ),
        (
            "make the hook text bigger",
            "move that one down to the bottom of the frame",
            {"scene_1__overlay__position": "bottom"},
        ),
    ],
)
def test_that_one_moved_to_a_screen_place_is_its_text(first: str, then: str, changes: dict[str, Any]) -> None:
    project, state = after(first, basic_project())
    only(then, project, state, **changes)


@pytest.mark.parametrize(
    ("asked", "project", "answer", "changes"),
    [
        ("move the showcase up", "basic", "the scene", {"order": [2, 1, 3]}),
        ("move the showcase up", "basic", "the text", {"scene_2__overlay__position": "top"}),
        ("shift the testimonial down", "two", "scene pls", {"order": [1, 2, 3, 5, 4]}),
        ("move the testimonial earlier", "two", "just one", {"order": [1, 2, 4, 3, 5]}),
        ("move the testimonial earlier", "two", "to the start", {"order": [4, 1, 2, 3, 5]}),
        ("the second showcase should go later", "two", "all the way", {"order": [1, 2, 4, 5, 3]}),
    ],
)
def test_the_question_is_answered_in_a_word(
    asked: str, project: str, answer: str, changes: dict[str, Any]
) -> None:
    start = PROJECTS[project]()
    turn = parse_message(asked, start)
    assert turn.question and turn.pending is not None, (asked, turn)
    state = ConversationState(project_id=start.project_id, pending=turn.pending)
    changes = dict(changes)
    order = changes.pop("order", None)
    if order is not None:
        answered = parse_message(answer, start, state=state)
        changed, error = simulate(start, answered.operations)
        assert error is None and not answered.question, (answer, answered)
        doc = content(start)
        assert content(changed) == dict(doc, scenes=[doc["scenes"][n - 1] for n in order]), answer
    else:
        only(answer, start, state, **changes)


def test_the_first_scene_up_is_its_text() -> None:
    turn = parse_message("move the hook up", basic_project())
    assert not any(op.to_wire()["operation"] == "reorder_scenes" for op in turn.operations)
    assert "earlier in the ad" not in (turn.question or "")
