"""What the review of this stop's rules found them doing to ordinary requests, each kept from
happening again: a scope said before "three changes:" was thrown away, "a new headline" was added
under the old one, words given with "shorten … to" were asked for again, "more direct light" asked
for new words, and the jargon rows read "a super dark blue", "a close shot" and "more punch in"
as agency words."""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.jargon import plain_jargon


@pytest.mark.parametrize(
    ("text", "scenes"),
    [
        ("In the hook make these changes: text yellow and bigger", {"scene_1"}),
        ("For the showcase, two changes: bigger text and yellow", {"scene_2"}),
        ("for the cta, a few tweaks: yellow text, move it to the top", {"scene_3"}),
    ],
)
def test_a_scope_before_a_list_of_changes_is_kept(text: str, scenes: set[str]) -> None:
    assert {op["sceneId"] for op in wires(text)} == scenes


def test_a_version_before_a_list_of_changes_is_kept() -> None:
    (op,) = wires("On version B, three changes: make the cta yellow and the music quieter")
    assert op["operation"] == "create_variation" and op["label"] == "B" and len(op["operations"]) == 2


def test_a_list_announced_without_a_scope_is_read_whole() -> None:
    ops = wires(
        "Following the call with the brand team, three changes: make the cta yellow and the music quieter"
    )
    assert [op["operation"] for op in ops] == ["update_overlay", "update_audio"]


@pytest.mark.parametrize(
    "text", ["give the hook a new headline: 'Fresh daily'", "gimme a new line for the hook: 'Fresh daily'"]
)
def test_a_new_headline_replaces_the_words(text: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Fresh daily"}]


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("shorten the cta line to 'Shop now'", "scene_3", "Shop now"),
        ("trim the hook text to 'Wake up'", "scene_1", "Wake up"),
    ],
)
def test_shorter_words_given_are_applied(text: str, scene: str, words: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": words}]


@pytest.mark.parametrize("text", ["make the lighting more direct", "make the music less pushy"])
def test_more_direct_light_or_less_pushy_music_is_not_about_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.question is None or "say instead" not in turn.question


@pytest.mark.parametrize(
    "text",
    [
        "give it a super energetic mood",
        "make the background a super dark blue",
        "add a close shot of the bottle",
        "the close up of the bottle",
        "give the hook more punch in the first second",
    ],
)
def test_everyday_words_are_not_agency_jargon(text: str) -> None:
    assert plain_jargon(text) == text


def test_a_super_energetic_mood_is_read_as_before() -> None:
    assert wires("give it a super energetic mood") == [{"operation": "update_style", "mood": "energetic"}]
