"""Round fourteen of issue 15: dev11's wrong edits and the general defects found by probing.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.switching import VariantFamily

# basic_project: hook 64 (top), showcase 56 (bottom), cta 72 (center); music volume 0.8.


def _variants(wire: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(op["label"], op["operations"]) for op in wire if op["operation"] == "create_variation"]


# --- "one ending on 'X' and another ending on 'Y'": two variants, one each --------------------------


@pytest.mark.parametrize(
    ("text", "scene", "first", "second"),
    [
        (
            "two variants please, one closing with 'Shop today' and the other closing with 'See you soon'",
            "scene_3",
            "Shop today",
            "See you soon",
        ),
        (
            "I want 2 versions - one that ends on 'Go now', another that ends on 'Stay cozy'",
            "scene_3",
            "Go now",
            "Stay cozy",
        ),
        (
            "two versions: one that opens with 'Hi there', the other one that opens with 'Hello you'",
            "scene_1",
            "Hi there",
            "Hello you",
        ),
    ],
)
def test_one_and_another_make_two_variants(text: str, scene: str, first: str, second: str) -> None:
    assert _variants(wires(text)) == [
        ("B", [{"operation": "update_overlay", "sceneId": scene, "text": first}]),
        ("C", [{"operation": "update_overlay", "sceneId": scene, "text": second}]),
    ]


# --- "B test: opener 'X'": a variant named by its letter, never an edit of the original ------------


@pytest.mark.parametrize(
    ("text", "label", "change"),
    [
        ("C test: cta 'Try it free'", "C", {"sceneId": "scene_3", "text": "Try it free"}),
        (
            "let's do a B test where the hook says 'Cold and ready'",
            "B",
            {"sceneId": "scene_1", "text": "Cold and ready"},
        ),
        ("run a B test with the cta saying 'Buy two'", "B", {"sceneId": "scene_3", "text": "Buy two"}),
    ],
)
def test_a_letter_test_makes_that_variant(text: str, label: str, change: dict[str, Any]) -> None:
    assert _variants(wires(text)) == [(label, [{"operation": "update_overlay", **change}])]


# --- "which one has the 'zero wait' hook?": answered with the version, nothing changes -------------


def _family() -> tuple[Any, VariantFamily]:
    original = basic_project()
    variant, family = with_version_b(original)
    variant.scenes[0].overlay.text = "Cold brew, zero wait"
    variant.scenes[2].overlay.text = "Grab one now"
    return original, family


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("which version has the cta that says 'grab one now'?", "p_sample1_b"),
        ("which variant uses 'Wake up to cold brew' as the opener?", "p_sample1"),
        ("which one's got the 'cold brew, zero wait' line", "p_sample1_b"),
    ],
)
def test_which_version_has_the_quoted_words(text: str, owner: str) -> None:
    original, family = _family()
    turn = parse_message(text, original, family=lambda: family)
    assert turn.operations == [] and turn.answer and turn.project_ref == owner, (text, turn)


# --- "change the mood to warm": the mood's word, not the lighting ---------------------------------


@pytest.mark.parametrize(
    "text",
    ["set the mood to warm", "switch the mood over to warm", "mood should feel warm please"],
)
def test_a_mood_named_warm_is_the_mood(text: str) -> None:
    assert wires(text) == [{"operation": "update_style", "mood": "warm"}]


def test_a_mood_from_one_to_another() -> None:
    assert wires("change the mood from calm to cheerful") == [
        {"operation": "update_style", "mood": "cheerful"}
    ]


def test_should_feel_is_wished_not_complained() -> None:
    assert wires("the ad should feel warm") == [{"operation": "update_style", "lighting": "warm"}]
    assert wires("it feels too warm") == [{"operation": "update_style", "lighting": "cool"}]


# --- "bring the volume down to 40": the level to reach, out of 100 --------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("turn the music down to 25", 0.25),
        ("drop the sound level to 35 please", 0.35),
        ("take the volume way down to 20", 0.2),
        ("cut the music to 30", 0.3),
    ],
)
def test_a_volume_down_to_a_number(text: str, volume: float) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": volume}]


def test_cutting_the_music_to_seconds_is_a_length_only() -> None:
    assert wires("cut the music to 10 seconds") == [{"operation": "set_duration", "durationSec": 10.0}]


# --- "font on the hook Lora": the font (the contract has one font, the brand's) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "font for the cta: Lora",
        "the font in the hook should be Lora",
        "typeface on the opening scene Lora",
        "switch our font to Lora, since it's on the packaging",
    ],
)
def test_a_font_named_with_a_scene(text: str) -> None:
    assert wires(text) == [{"operation": "update_brand", "font": "Lora"}]


# --- "the hook should be: X": the words after the colon are the text -----------------------------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "the cta should say: Get yours at the top shelf",
            {"sceneId": "scene_3", "text": "Get yours at the top shelf"},
        ),
        ("opening line should read: Bright and early", {"sceneId": "scene_1", "text": "Bright and early"}),
        ("the end card becomes: Center of attention", {"sceneId": "scene_3", "text": "Center of attention"}),
    ],
)
def test_a_verb_then_a_colon_labels_the_words(text: str, change: dict[str, Any]) -> None:
    assert wires(text) == [{"operation": "update_overlay", **change}]


# --- "vimeo": a platform's name is never a typo -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("render it for vimeo too", "Vimeo"),
        ("we also post on Vimeo", "Vimeo"),
        ("can you do a reddit cut", "Reddit"),
    ],
)
def test_a_platform_name_is_kept(text: str, name: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.operations == [] and f"no {name} preset" in (turn.unknown or ""), (text, turn)


# --- "an ad for our coffee, Ethiopian beans": an adjective before the product is no brand ---------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("a 20s ad for my tea shop, Japanese green teas", "tea shop"),
        ("promo for our chocolate - Belgian dark bars, 15 seconds", "chocolate"),
        ("ad for our honey, Organic wildflower honey", "honey"),
    ],
)
def test_an_adjective_of_origin_is_no_brand(text: str, product: str) -> None:
    brief = parse_message(text, None).brief
    assert brief is not None and brief.brand_name is None and brief.product == product, (text, brief)


def test_a_coined_name_in_a_list_is_still_the_brand() -> None:
    brief = parse_message("10s ad, Pawsome dog treats, cheerful", None).brief
    assert brief is not None and brief.brand_name == "Pawsome"


# --- "the reviews scene": a role word in the plural before "scene" is the role -----------------------


def _with_proof() -> Any:
    project = basic_project()
    proof = project.scenes[1].model_copy(deep=True)
    proof.id, proof.role, proof.duration_sec = "scene_4", "social_proof", 3.0
    proof.overlay.text = "Loved by 10k"
    project.scenes[1].duration_sec -= 3.0
    project.scenes.insert(2, proof)
    return project


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("drop the testimonials scene", {"operation": "remove_scene", "sceneId": "scene_4"}),
        (
            "make the customer reviews scene shorter",
            {"operation": "update_scene", "sceneId": "scene_4", "durationSec": 2.4},
        ),
        (
            "put the product on the right in the reviews scene",
            {"operation": "update_product", "sceneId": "scene_4", "position": "right"},
        ),
    ],
)
def test_a_plural_role_before_scene(text: str, expected: dict[str, Any]) -> None:
    assert wires(text, _with_proof()) == [expected]


# --- "30 seconds is a lot for stories": the current length complained about, one step shorter -------


@pytest.mark.parametrize(
    "text",
    [
        "15 seconds is a lot for tiktok",
        "15 seconds is a bit much for stories",
        "honestly 15 seconds feels like a lot",
    ],
)
def test_the_current_length_is_a_lot(text: str) -> None:
    assert wires(text) == [{"operation": "set_duration", "durationSec": 12.0}]


# --- "nobody will sit through 42 seconds" asks how long; "20ish is fine" answers it ----------------


@pytest.mark.parametrize(
    ("first", "reply", "expected"),
    [
        (
            "nobody will sit through 15 seconds of this",
            "12ish is fine",
            {"operation": "set_duration", "durationSec": 12.0},
        ),
        (
            "people won't sit through 15 seconds",
            "about 10",
            {"operation": "set_duration", "durationSec": 10.0},
        ),
        (
            "viewers won't sit through the showcase",
            "5 or so works",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.0},
        ),
    ],
)
def test_a_length_asked_then_answered(first: str, reply: str, expected: dict[str, Any]) -> None:
    project = basic_project()
    turn = parse_message(first, project)
    assert not turn.operations and turn.question and "How long" in turn.question, (first, turn)
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    assert wires(reply, project, state) == [expected]


def test_a_number_said_fine_is_no_approval() -> None:
    assert wires("20 seconds is fine") == [{"operation": "set_duration", "durationSec": 20.0}]
    turn = parse_message("white was fine", basic_project())
    assert not turn.operations and "Glad" in (turn.unknown or "")
