"""Round twenty-two f (2026-12-04, the end of the stop): wrong edits review38 found in older rules.
A scene's name typed as words ("switch back to the hook", "change the hook to the cta") set the
hook's words to "the hook"; a role word inside unquoted copy ("change the cta to Hook, line and
sinker") made that scene a target too; "start is too dark" (no article) lit the whole ad."""

from __future__ import annotations

import pytest
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message


@pytest.mark.parametrize(
    "text", ["switch back to the hook", "change the hook to the cta", "set the cta to the first scene"]
)
def test_a_scene_name_is_never_a_scenes_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire().get("text") for op in turn.operations), turn


@pytest.mark.parametrize(
    ("text", "words"),
    [("the cta should say The Original", "The Original"), ("change the cta to Hook, line and sinker", None)],
)
def test_copy_with_a_scene_word_is_still_copy(text: str, words: str | None) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert ops and all(op["sceneId"] == "scene_3" for op in ops), ops
    if words:
        assert ops[0]["text"] == words


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("change the cta to Hook, line and sinker", "scene_3"),
        ("change the hook to The showcase of the year", "scene_1"),
        ("change the showcase to Hooked on flavour, every time", "scene_2"),
    ],
)
def test_a_scene_named_inside_the_words_is_no_target(text: str, scene: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert [op["sceneId"] for op in ops] == [scene], ops


def test_the_words_still_go_to_every_scene_named_before_them() -> None:
    ops = [
        op.to_wire()
        for op in parse_message("change the hook and the cta to Fresh brew", basic_project()).operations
    ]
    assert [op["sceneId"] for op in ops] == ["scene_1", "scene_3"], ops


@pytest.mark.parametrize(
    "text", ["start is too dark", "beginning feels too dark", "so start is way too dark"]
)
def test_the_start_without_its_article_is_the_opening_scene(text: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert ops and all(op.get("sceneId") == "scene_1" for op in ops), ops


@pytest.mark.parametrize(
    "text",
    [
        "make the cta say Shop now instead of Order today",
        "change the cta to Shop now rather than order today",
        "the cta should say Shop now in place of Order today.",
    ],
)
def test_the_words_replaced_are_no_part_of_the_new_words(text: str) -> None:
    ops = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert ops == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop now"}], ops


def test_instead_of_other_words_is_still_the_line() -> None:
    ops = [
        op.to_wire()
        for op in parse_message("make the cta say Tea instead of coffee", basic_project()).operations
    ]
    assert ops == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Tea instead of coffee"}], (
        ops
    )
