"""retry: a request refused for one wrong value is read again with the value the reply gives;
a bare number after a request takes that request's unit."""

from dataclasses import replace

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.retry import borrowed_unit, fill, template_for_value


def refused_then(first: str, reply: str):
    project = basic_project()
    refused = parse_message(first, project)
    assert refused.operations == [] and refused.unknown and refused.pending is not None, first
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    return parse_message(reply, project, state=state)


def test_a_wrong_scene_is_corrected_by_naming_the_right_one() -> None:
    turn = refused_then("scene 5 should say 'Open late'", "my bad, the cta")
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Open late"}
    ]


def test_a_value_out_of_range_is_corrected_by_a_value() -> None:
    turn = refused_then("set the music to 250%", "ok 70% then")
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_audio", "volume": 0.7}]
    turn = refused_then("make the showcase text size 300", "the biggest then")
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 200}
    ]
    # A full request after a refusal is read on its own.
    turn = refused_then("make the hook 45 seconds", "make it 20 seconds")
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": 20.0}]


def test_the_max_of_an_ads_length_is_what_this_ad_can_be_and_is_asked_first() -> None:
    # three scenes: each at its 30 s is 90 s (scaled together, the 7 s showcase would stop them at 64.2 s)
    turn = refused_then("make it 5 minutes", "the longest possible then")
    assert turn.operations == [] and "90 s" in (turn.question or ""), turn.question
    state = ConversationState(project_id="p_sample1", pending=turn.pending)
    yes = parse_message("yes", basic_project(), state=state)
    assert [op.to_wire() for op in yes.operations] == [
        {"operation": "update_scene", "sceneId": s.id, "durationSec": 30.0} for s in basic_project().scenes
    ]


def test_templates_mark_the_one_number_and_fill_it() -> None:
    template = template_for_value("make the cta text size 5", "make the cta text size 5")
    assert template is not None and fill(template, "font_size", "fine, 24 then", None).text.endswith(
        "size 24"
    )
    assert template_for_value("make scene 2 5 seconds", "make scene 2 5 seconds") is None  # two numbers


def test_a_bare_number_takes_the_unit_of_the_last_request() -> None:
    assert borrowed_unit("make it 12 instead", "a 20s ad for our tea") == "make it 12 s instead"
    assert borrowed_unit("actually 12", "music to 40%") == "actually 12 %"
    assert borrowed_unit("make it 12 instead", "make the hook brighter") is None
    state = replace(ConversationState(project_id="p_sample1"), last_request="make it 20 seconds")
    turn = parse_message("no, 25", basic_project(), state=state)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": 25.0}]
