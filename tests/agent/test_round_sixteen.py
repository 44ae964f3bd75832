"""Round sixteen of issue 15: dev13's wrong edits, fixed as classes.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.open_brief import OPEN_QUESTION
from adgen.agent.understanding.splitter import split_clauses

# basic_project: hook 4 s "Wake up to cold brew" (64), showcase 7 s "Smooth. Bold. 100% arabica"
# (a bottle on a sunny counter), cta 4 s "Order today" (72); product 0.5 / 0.5 / 0.4; volume 0.8.


# --- "jump to C", "take me to B": moving to a version chooses it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jump to B",
        "hop over to version B",
        "take me to B please",
        "ok go to version B",
        "we'll use B for the campaign",
    ],
)
def test_moving_to_a_version_switches(text: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original)
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == variant.project_id, (text, turn.unknown, turn.question)
    assert not turn.operations


# --- "restore it to how it was": the last change taken back -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Having thought about it, kindly return that to the way it was.",
        "on second thoughts, set it back to how it was before",
        "restore that please",
        "In hindsight, restore it to what it was.",
    ],
)
def test_restoring_how_it_was_undoes(text: str) -> None:
    project, state = after("make the cta text smaller", basic_project())
    assert wires(text, project, state) == [{"operation": "undo"}]


# --- agency jargon: the open, the close, supers, punch in ----------------------------------------


def test_the_open_is_the_hook_scene() -> None:
    wire = wires("the open drags, trim it to 3 seconds")
    assert wire == [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}]


def test_a_complaint_about_the_open_stays_in_the_hook() -> None:
    wire = wires("The open looks dull. Make it brighter.")
    assert wire and all(op.get("sceneId") == "scene_1" for op in wire), wire


def test_the_super_on_the_close_is_its_text() -> None:
    assert wires("the super on the close should read 'Grab a can'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab a can"}
    ]


def test_supers_are_the_on_screen_texts() -> None:
    wire = wires("make all the supers white")
    assert [op["sceneId"] for op in wire] == ["scene_1", "scene_2", "scene_3"]
    assert all(op["operation"] == "update_overlay" and op["color"] == "#FFFFFF" for op in wire)


def test_super_as_a_degree_is_no_text() -> None:
    wire = wires("make the cta text super big")
    assert len(wire) == 1 and wire[0]["sceneId"] == "scene_3" and wire[0]["fontSize"] > 100


def test_punching_in_zooms_on_the_product_of_the_scene_named() -> None:
    wire = wires("punch in on the bottle a touch in the counter shot")
    assert len(wire) == 1 and wire[0]["operation"] == "update_product" and wire[0]["sceneId"] == "scene_2"
    assert 0.5 < wire[0]["scale"] < 0.7


# --- a scene named by its words before "shot", and a product scale said after it -----------------


def test_a_scene_named_by_its_words_before_shot() -> None:
    wire = wires("bottle a lot bigger in the arabica shot")
    assert [(op["operation"], op["sceneId"]) for op in wire] == [("update_product", "scene_2")]


def test_a_product_scale_after_a_scene_is_that_scenes() -> None:
    wire = wires("bottle bigger in the arabica shot, product scale 0.7")
    assert {op["sceneId"] for op in wire} == {"scene_2"}
    assert wire[-1]["scale"] == 0.7


# --- dictation's homophones of a number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bring the volume down too 40%", {"operation": "update_audio", "volume": 0.4}),
        (
            "make the showcase for seconds long",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.0},
        ),
        (
            "make the closing scene to seconds long",
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 2.0},
        ),
    ],
)
def test_homophones_of_numbers(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


# --- framing around the requests: a counting lead-in, a dash after the quote --------------------


def test_a_lead_in_counting_the_requests_asks_nothing() -> None:
    wire = wires("three quick tweaks please: could the hook text be red, and could the cta be 5 seconds?")
    assert wire == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FF0000"},
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0},
    ]


def test_a_dash_after_the_quote_ends_the_words() -> None:
    assert wires("the cta should say 'Grab one' – nothing else needs to change") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab one"}
    ]


# --- "and in that one …" right after a variant: that one is the variant, the mood the ad's -------


def test_that_one_after_making_a_variant_is_the_variant() -> None:
    original = basic_project()
    variant, family = with_version_b(original)
    state = ConversationState(
        project_id=variant.project_id,
        scene_ids=["scene_3"],
        last_request="make a version with the cta 'Buy a case'",
    )
    turn = parse_message("also in that one, make the mood calm", variant, state=state, family=lambda: family)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_style", "mood": "calm"}]


def test_the_mood_after_a_scene_edit_is_the_ads() -> None:
    project, state = after("make the showcase text white", basic_project())
    wire = wires("now make the mood relaxed", project, state)
    assert [op["operation"] for op in wire] == ["update_style"], wire


# --- a request for an ad that asks what is needed gets the open-brief question -----------------


@pytest.mark.parametrize(
    "text",
    [
        "got a shop, need a promo quickly. what info do you need from me?",
        "Fresh project here - what should I send you to get to a first cut?",
        "I'd love a video for our charity but I'm not sure how to begin, could you walk me through it?",
    ],
)
def test_asking_what_is_needed_gets_the_open_question(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question == OPEN_QUESTION and not turn.operations and turn.brief is None


# --- "change it to rise and brew": one word after "and" ends the words given --------------------


def test_one_word_after_and_is_part_of_the_words_given() -> None:
    assert split_clauses("change the hook text to sip and brew", basic_project(), []) == [
        "change the hook text to sip and brew"
    ]
