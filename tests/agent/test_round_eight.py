"""Round eight of issue 15 (precision): general causes of wrong edits found in test3 (retired to
development) and dev7, one class each.

Every phrasing here is in no held-out set: the tests pin the class (a pronoun taken as copy,
linking words taken as a value, a set value swapped for the vocabulary's nearest word, a new
project opener read as an edit), not a sentence.
"""

from __future__ import annotations

from typing import Any

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.memory import remember_before
from adgen.agent.understanding.new_ad import is_new_ad_request
from adgen.project import AdProject


def wires(
    text: str, project: AdProject | None = None, state: ConversationState | None = None
) -> list[dict[str, Any]]:
    turn = parse_message(text, project or basic_project(), state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    return [op.to_wire() for op in turn.operations]


def after(op: dict[str, Any], project: AdProject) -> ConversationState:
    """The conversation right after ``op`` was applied to ``project``."""
    return ConversationState(
        project_id=project.project_id,
        last_operations=[remember_before(op, project)],
        scene_ids=[op["sceneId"]] if op.get("sceneId") else [],
        topic="overlay",
    )


# --- a pronoun for a text just set is that text, never the copy ----------------------------------


def test_a_pronoun_for_the_text_just_set_copies_it_to_the_field_named() -> None:
    project = basic_project()
    shown = {"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab a can"}
    state = after(shown, project)
    assert wires("could you make this our slogan as well", project, state) == [
        {"operation": "update_brand", "tagline": "Grab a can"}
    ]
    assert wires("have the voice over read those words too", project, state) == [
        {"operation": "update_voiceover", "sceneId": "scene_3", "text": "Grab a can"}
    ]
    spoken = {"operation": "update_voiceover", "sceneId": "scene_2", "text": "Pure arabica"}
    assert wires("display this on screen as well", project, after(spoken, project)) == [
        {"operation": "update_overlay", "sceneId": "scene_2", "text": "Pure arabica"}
    ]


def test_new_words_next_to_the_pronoun_are_not_a_copy() -> None:
    project = basic_project()
    state = after({"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab a can"}, project)
    # A quote is new copy; a word beyond pronoun, field and filler is something else.
    ops = wires("slogan: 'Cold and bold'", project, state)
    assert ops == [{"operation": "update_brand", "tagline": "Cold and bold"}]
    for text in ("make that slogan shorter", "that tagline is too long"):
        turn = parse_message(text, project, state=state)
        assert not any(op.to_wire().get("tagline") == "Grab a can" for op in turn.operations), text


# --- linking words around a value are not the value ------------------------------------------------


def test_linking_words_before_a_quote_or_a_font_are_not_part_of_the_value() -> None:
    assert wires("slogan shuld be 'Stay cold'") == [{"operation": "update_brand", "tagline": "Stay cold"}]
    assert wires("motto is now 'Stay cold'") == [{"operation": "update_brand", "tagline": "Stay cold"}]
    assert wires("move the brand typeface over to Poppins") == [
        {"operation": "update_brand", "font": "Poppins"}
    ]
    # Words that are the copy itself stay: an unquoted tagline starting with "now" keeps it.
    assert wires("tagline: Now or never") == [{"operation": "update_brand", "tagline": "Now or never"}]


# --- a value set for a field is the marketer's word ---------------------------------------------------


def test_a_mood_or_lighting_set_to_a_word_keeps_that_word() -> None:
    assert wires("switch the mood to joyful") == [{"operation": "update_style", "mood": "joyful"}]
    assert wires("mood: serene") == [{"operation": "update_style", "mood": "serene"}]
    assert wires("lighting: cool moonlight") == [{"operation": "update_style", "lighting": "cool moonlight"}]
    # The value being replaced is not read as a look or a colour.
    assert wires("the lighting should be candlelit rather than dramatic") == [
        {"operation": "update_style", "lighting": "candlelit"}
    ]
    # A comparing word is still a step from the current value.
    assert wires("the lighting should be softer") == [{"operation": "update_style", "lighting": "soft"}]
    assert wires("make the mood more calm") == [{"operation": "update_style", "mood": "calm"}]


# --- a new project opener is no edit of the open ad ---------------------------------------------------


def test_new_project_openers_with_a_courtesy_word_or_fresh_start_a_new_ad() -> None:
    project = basic_project()
    for text in (
        "fresh brief: Drift sleep mask, 12 seconds",
        "new project please: Drift sleep mask, 12 seconds",
        "brand new project - Drift sleep mask, 12s",
    ):
        assert is_new_ad_request(text, project), text
        turn = parse_message(text, project)
        assert not turn.operations, (text, turn.operations)
