"""switching: choosing among the original and its variants, however it is said, and editing the
version chosen in the same message."""

import pytest
from phrase_suite import basic_project

from adgen.agent.answers import describe_differences
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.switching import VariantFamily, read_switch
from adgen.project import AdProject


def family() -> VariantFamily:
    original = basic_project()
    red = original.model_copy(deep=True, update={"project_id": "p_red"})
    red.scenes[2].overlay.color = "#FF0000"
    green = original.model_copy(deep=True, update={"project_id": "p_green"})
    green.scenes[2].overlay.color = "#008000"
    docs: dict[str, AdProject] = {"p_sample1": original, "p_red": red, "p_green": green}
    return VariantFamily("p_sample1", [("B", "p_red"), ("C", "p_green")], load=docs.get)


def switch(text: str, last: str | None = None) -> str | None:
    found = read_switch(text, family, describe=describe_differences, last_project=last)
    return None if found is None else found.project_id


@pytest.mark.parametrize(
    "text, expected",
    [
        ("i prefer B", "p_red"),
        ("hmm, C is better", "p_green"),
        ("we'll take version c", "p_green"),
        ("nope, back to the original", "p_sample1"),
        ("scrap C, we're sticking with the original", "p_sample1"),
        ("keep the green one", "p_green"),
        ("go with the red one", "p_red"),
    ],
)
def test_a_version_is_chosen_however_it_is_said(text: str, expected: str) -> None:
    assert switch(text) == expected


def test_that_one_is_the_version_last_talked_about_and_nothing_else_switches() -> None:
    assert switch("use that one", last="p_green") == "p_green"
    assert switch("use that one") is None  # nothing talked about: not a switch
    assert switch("keep the font") is None and switch("make the hook brighter") is None
    assert switch("get rid of that one", last="p_green") is None  # a scene, not a version


def test_a_switch_with_an_edit_edits_the_version_chosen() -> None:
    turn = parse_message("C it is, now make the hook text yellow", basic_project(), family=family)
    assert turn.switch_to == "p_green"
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"}
    ]
    turn = parse_message("on B, make the cta say 'Last chance'", basic_project(), family=family)
    assert turn.switch_to == "p_red" and turn.operations[0].text == "Last chance"


def test_questions_about_another_version_are_answered_from_it() -> None:
    turn = parse_message("what colour is the cta text in C?", basic_project(), family=family)
    assert turn.operations == [] and "#008000" in (turn.answer or "")
    turn = parse_message("how does B differ from the original?", basic_project(), family=family)
    assert "#FF0000" in (turn.answer or "") and "red" in (turn.answer or "")
    assert turn.project_ref == "p_red"


def test_go_with_it_stays_on_the_version_just_made() -> None:
    found = read_switch("ok go with it", family, current="p_green")
    assert found is not None and found.project_id == "p_green"


def test_a_correction_naming_a_version_a_choice_then_that_one_and_a_possessive_edit() -> None:
    assert switch("actually B") == "p_red"
    assert switch("no, the original") == "p_sample1"
    assert switch("B") is None and switch("make it b") is None  # a bare letter is no choice
    assert switch("C wins, let's use that one", last="p_sample1") == "p_green"
    found = read_switch("make B's cta say 'Try it iced'", family, current="p_sample1")
    assert found is not None and found.project_id == "p_red" and found.rest.startswith("make the cta say")
    assert read_switch("make B's cta say 'x'", family, current="p_red") is None  # already on B
