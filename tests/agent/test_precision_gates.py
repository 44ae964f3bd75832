"""Precision first (issue 15): a reading whose value is the request's own words, or that edits
the ad while the message asks for a version, is asked about instead of applied.

The odd values are those the development sets' wrong edits had when each set was first run, on
the parser of its day (odd_values.py); the version requests are paraphrases of that class.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.odd_values import odd_value
from adgen.agent.understanding.quotes import mask_quotes
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.switching import VariantFamily
from adgen.agent.understanding.version_doubt import version_doubt
from adgen.tools.operations import parse_operations


def _odd(message: str, wire: list[dict[str, Any]]) -> str | None:
    _, quotes = mask_quotes(message)
    found = odd_value(parse_operations(wire), quotes, message)
    return found.value if found else None


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("switch the brand font over to Lora", "font", "over to Lora"),
        ("nudge the cta font up a touch", "font", "up a touch"),
        ("hook font szie 72 plz", "font", "szie 72"),
        ("cambia lo slogan in 'Serate lente'", "tagline", "in 'Serate lente'"),
        ("swap our tagline for 'Light the quiet'", "tagline", "for 'Light the quiet'"),
        ("use that as the brand tagline too", "tagline", "too"),
        (
            "the brand is now Ember and Oak Co. (spelled out, no ampersand)",
            "name",
            "Ember and Oak Co. (spelled out",
        ),
        ("add a tagline to the brand: Sleep cooler", "tagline", "the brand: Sleep cooler"),
    ],
)
def test_the_request_s_own_words_as_a_brand_value_are_odd(message: str, field: str, value: str) -> None:
    assert _odd(message, [{"operation": "update_brand", field: value}]) == value


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("read me the showcase text", "me the showcase text"),
        ("read it back to me", "it back to me"),
        (
            "change what the narrator says in the first scene to: Dinner sorted",
            "in the first scene to: Dinner sorted",
        ),
        ("Could you update the last scene so it says Shop AirLite now instead?", "Shop AirLite now instead?"),
        (
            "a/b test the cta: keep 'Find your scent' on a, b gets 'Light the evening'",
            "keep 'Find your scent' on a",
        ),
    ],
)
def test_the_request_s_own_words_as_a_scene_s_text_are_odd(message: str, value: str) -> None:
    assert _odd(message, [{"operation": "update_overlay", "sceneId": "scene_1", "text": value}]) == value


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("use the font Playfair Display", "font", "Playfair Display"),
        ("set our brand name to Northwind Roasters", "name", "Northwind Roasters"),
        ("tagline: in bloom since 1998", "tagline", "in bloom since 1998"),  # marked off by its colon
        ("the tagline should be 'Too good to wait for'", "tagline", "Too good to wait for"),  # quoted
        ("rename the brand to Over & Out", "name", "Over & Out"),
    ],
)
def test_values_as_marketers_type_them_are_not_odd(message: str, field: str, value: str) -> None:
    assert _odd(message, [{"operation": "update_brand", field: value}]) is None


@pytest.mark.parametrize(
    ("message", "value"),
    [
        (
            "make the review say “Love these shoes” – Ana",
            "“Love these shoes” – Ana",
        ),  # a quote and its author
        ("its text: 'Best cold brew in town' - Sam, Austin", "'Best cold brew in town' - Sam, Austin"),
        ("cta text: in stock now", "in stock now"),  # marked off by its colon
    ],
)
def test_a_scene_s_line_as_marketers_type_it_is_not_odd(message: str, value: str) -> None:
    assert _odd(message, [{"operation": "update_overlay", "sceneId": "scene_1", "text": value}]) is None


def test_an_odd_value_is_asked_about_and_yes_applies_it() -> None:
    project = basic_project()
    asked = parse_message("the brand font should switch over to lora", project)
    assert not asked.operations and asked.pending is not None
    assert "over to" in asked.question and "quotes" in asked.question
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    assert parse_message("yes", project, state=state).operations
    assert not parse_message("no", project, state=state).operations
    marked = parse_message("cta text: over to In stock now", project)  # marked off: applied as typed
    assert [op.to_wire() for op in marked.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "over to In stock now"}
    ]


def _turn(wire: list[dict[str, Any]], switch_to: str | None = None) -> ParsedTurn:
    turn = ParsedTurn(operations=parse_operations(wire))
    turn.switch_to = switch_to
    return turn


_HOOK = [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Hot sleeper?"}]


@pytest.mark.parametrize(
    "message",
    [
        "B test: opener \ue000\ue100",
        "need a 20s cut as its own version for pre-roll",
        "spin off a copy with piano music so we can test both",
        "let's split test the opener with \ue000\ue100",
        "give me an alternative version with \ue000\ue100 as the hook",
    ],
)
def test_an_edit_of_this_ad_while_a_version_is_asked_for_is_a_doubt(message: str) -> None:
    assert version_doubt(message, _turn(_HOOK), None)


@pytest.mark.parametrize(
    ("message", "switch_to", "current", "wire"),
    [
        ("on version B, make the hook \ue000\ue100", "B", None, _HOOK),  # switches first
        ("on B, make the hook \ue000\ue100", None, "B", _HOOK),  # already on B
        (
            "drop the meta feed version",
            None,
            None,
            [{"operation": "remove_presets", "presets": ["meta_feed"]}],
        ),
        ("go back to version 2", None, None, [{"operation": "undo"}]),
        ("make the hook \ue000\ue100", None, None, _HOOK),
    ],
)
def test_switching_platforms_history_and_plain_edits_are_no_doubt(
    message: str, switch_to: str | None, current: str | None, wire: list[dict[str, Any]]
) -> None:
    assert not version_doubt(message, _turn(wire, switch_to), current)


def test_the_version_question_names_both_readings_and_a_word_picks_each() -> None:
    project = basic_project()
    asked = parse_message("we want to test the hook 'Hot sleeper?' against this one", project)
    assert not asked.operations and asked.pending is not None
    assert "new version B" in asked.question and "this ad" in asked.question
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    made = parse_message("new version", project, state=state)
    assert [op.to_wire() for op in made.operations] == [
        {
            "operation": "create_variation",
            "label": "B",
            "operations": [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Hot sleeper?"}],
        }
    ]
    here = parse_message("this ad", project, state=state)
    assert [op.to_wire() for op in here.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Hot sleeper?"}
    ]


# --- an edit spread over every scene, from a message that never said "all" ----------------------------


@pytest.mark.parametrize(
    "message",
    [
        "move the spring sale words to the top",  # a scene named by words it does not show
        "those words in yellow please",
        "put the summer sale words in yellow",
    ],
)
def test_a_spread_the_message_never_asked_for_is_a_question_naming_each_scene(message: str) -> None:
    asked = parse_message(message, basic_project())
    assert not asked.operations and asked.pending is not None, (message, asked.question)
    assert all(f"scene {n}" in asked.question for n in (1, 2, 3)) and "all of them" in asked.question


def test_a_word_picks_one_scene_or_all_of_them() -> None:
    project = basic_project()
    asked = parse_message("move the spring sale words to the top", project)
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    one = parse_message("the cta", project, state=state)
    assert [op.to_wire() for op in one.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"}
    ]
    every = parse_message("all of them", project, state=state)
    moved = [op.to_wire() for op in every.operations]
    assert len(moved) >= 2 and all(op["position"] == "top" for op in moved)  # the hook may be there already


@pytest.mark.parametrize(
    "message",
    [
        "make all the text bigger",
        "make the text bigger",  # "the text" bare: every scene's text, as marketers use it
        "turn the on-screen words yellow",
        "the text in every scene white",
        "hook text white, showcase text white and cta text white",  # each scene named
    ],
)
def test_a_spread_that_was_asked_for_is_applied(message: str) -> None:
    turn = parse_message(message, basic_project())
    assert turn.question is None and len({op.to_wire()["sceneId"] for op in turn.operations}) == 3


# --- a version that exists, named as one, is edited; no second B is made -----------------------------


@pytest.mark.parametrize(
    "message",
    [
        "on the B version make the cta text white",
        "the B version's cta text in white please",
        "client wants B's cta text white",
    ],
)
def test_an_existing_version_named_as_one_is_the_one_edited(message: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original, "p_basic_b")
    turn = parse_message(message, original, family=lambda: family)
    assert turn.switch_to == "p_basic_b", (message, turn)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}
    ]


def test_a_new_version_is_still_made_when_none_is_named_as_existing() -> None:
    original = basic_project()
    family = VariantFamily(original.project_id, [("B", "p_basic_b")], load=lambda pid: None)
    turn = parse_message("make a version with the cta text white", original, family=lambda: family)
    assert turn.switch_to is None and turn.operations[0].operation == "create_variation"


@pytest.mark.parametrize(
    "message",
    [
        "on the A version make the cta text white",
        "on version A, make the cta text white",
        "in A make the cta text white",
    ],
)
def test_on_a_from_version_b_edits_the_original(message: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original, "p_basic_b")
    turn = parse_message(message, variant, family=lambda: family)
    assert turn.switch_to == original.project_id, (message, turn)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}
    ]
