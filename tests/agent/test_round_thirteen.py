"""Round thirteen of issue 15: the general classes behind dev11's wrong edits.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.switching import VariantFamily

# basic_project: hook 64 (top), showcase 56 (bottom), cta 72 (center); music volume 0.8.


# --- "20% bigger": a percentage is the factor as said, not the normal step -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the cta text 25% bigger", {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90}),
        (
            "make the hook text 25 percent smaller",
            {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 48},
        ),
        (
            "enlarge the showcase caption by 50%",
            {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 84},
        ),
    ],
)
def test_a_percentage_is_the_size_factor(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


# --- "up a little in size": a size, not a move ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "nudge the cta text up a little in size",
            {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 83},
        ),
        (
            "bring the hook caption up a bit in size",
            {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 74},
        ),
        (
            "move the showcase words down a touch in size",
            {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 49},
        ),
    ],
)
def test_up_in_size_is_a_size(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


def test_up_without_size_is_still_a_move() -> None:
    assert wires("nudge the cta text up a little") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"}
    ]


# --- "bigger, like 80": the number after a size word is the size to reach ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hook bigger, like 70", {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 70}),
        (
            "hook text bigger, around 100",
            {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 100},
        ),
        (
            "make the showcase caption smaller - maybe 40",
            {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 40},
        ),
    ],
)
def test_a_number_after_a_size_word_is_the_size(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


def test_bigger_like_a_number_after_a_colour_change() -> None:
    project, state = after("hook text in pink", basic_project())
    assert wires("and larger, about 96", project, state) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 96}
    ]


# --- French: "doit devenir", guillemets with spaces inside ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le slogan devient « Doux soir »", {"operation": "update_brand", "tagline": "Doux soir"}),
        (
            "le slogan devrait devenir « Toujours plus »",
            {"operation": "update_brand", "tagline": "Toujours plus"},
        ),
        (
            "le texte de l'accroche doit devenir « Bonsoir »",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Bonsoir"},
        ),
    ],
)
def test_french_becomes_sets_the_quote(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


# --- German: "deutlich", "wesentlich", "erheblich" are "much" ------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("die Musik wesentlich leiser machen", 0.4),
        ("Musik bitte erheblich leiser", 0.4),
        ("mach die Musik deutlich leiser, danke", 0.4),
    ],
)
def test_german_much_quieter(text: str, volume: float) -> None:
    assert wires(text) == [{"operation": "update_audio", "volume": volume}]


# --- "read the end card back to me": a text named between "read" and "back" is a question ---------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("could you read the cta text out for me?", "Order today"),
        ("read the opening line back please", "Wake up to cold brew"),
        ("pls read me the second scene's caption aloud", "Smooth. Bold. 100% arabica"),
    ],
)
def test_read_back_asks(text: str, words: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.operations == [] and turn.answer and words in turn.answer, (text, turn)


# --- "take the Instagram feed placement off": the platform between the verb and its particle -----


def _with_feed() -> Any:
    return basic_project().model_copy(update={"presets": ["tiktok", "reels", "meta_feed"]})


@pytest.mark.parametrize(
    "text",
    [
        "could you take the facebook feed version off? vertical only from now on",
        "pull the meta feed cut out please",
        "leave the IG feed placement out, it's all vertical now",
    ],
)
def test_a_platform_taken_off(text: str) -> None:
    assert wires(text, _with_feed()) == [{"operation": "remove_presets", "presets": ["meta_feed"]}]


# --- "brand is Leafhaus, 20 seconds, calm": the name ends at its comma, the rest is read --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "brand is Kettle & Co, calm mood, 25s",
            [
                {"operation": "update_brand", "name": "Kettle & Co"},
                {"operation": "update_style", "mood": "calm"},
                {"operation": "set_duration", "durationSec": 25.0},
            ],
        ),
        (
            "our brand name is Brightleaf, 30 seconds",
            [
                {"operation": "update_brand", "name": "Brightleaf"},
                {"operation": "set_duration", "durationSec": 30.0},
            ],
        ),
        (
            "brand: Oakmoss, and playful",
            [
                {"operation": "update_brand", "name": "Oakmoss"},
                {"operation": "update_style", "mood": "playful"},
            ],
        ),
    ],
)
def test_a_brand_name_then_other_fields(text: str, expected: list[dict[str, Any]]) -> None:
    assert sorted(wires(text), key=str) == sorted(expected, key=str)


# --- "tagline → X": an arrow after a field word says "to" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagline"),
    [
        ("slogan -> Brewed for mornings", "Brewed for mornings"),
        ("new motto → Always fresh", "Always fresh"),
        ("for the tagline  →  Cold, clean, yours", "Cold, clean, yours"),
    ],
)
def test_an_arrow_after_a_field_sets_it(text: str, tagline: str) -> None:
    assert wires(text) == [{"operation": "update_brand", "tagline": tagline}]


# --- "the wick scene text": a scene named by its picture, then its text ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the beach scene text bigger",
            {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 70},
        ),
        (
            "put the kitchen shot caption at the top",
            {"operation": "update_overlay", "sceneId": "scene_1", "position": "top"},
        ),
        (
            "the beach scene words in white",
            {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFFFF"},
        ),
    ],
)
def test_a_described_scene_then_its_text(text: str, expected: dict[str, Any]) -> None:
    project = basic_project()
    prompts = {
        "scene_1": "a sunny kitchen counter at dawn",
        "scene_2": "waves on a sandy beach",
        "scene_3": "plain studio",
    }
    for scene in project.scenes:
        scene.background_prompt = prompts[scene.id]
    assert wires(text, project) == [expected]


# --- "B won the test. On B, …": news of a test is framing; the request after it switches ---------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "version B did better! on B make the hook 'Cold and ready'",
            {"sceneId": "scene_1", "text": "Cold and ready"},
        ),
        (
            "B is the winner. in version B make the cta 'Grab a bottle'",
            {"sceneId": "scene_3", "text": "Grab a bottle"},
        ),
        (
            "the B cut performed best; switch to B and put 'Try it cold' on the cta",
            {"sceneId": "scene_3", "text": "Try it cold"},
        ),
    ],
)
def test_news_of_a_test_then_an_edit_on_the_winner(text: str, change: dict[str, Any]) -> None:
    original = basic_project()
    variant = original.model_copy(deep=True)
    variant.project_id = "p_sample1_b"
    projects = {original.project_id: original, variant.project_id: variant}
    family = VariantFamily(original.project_id, [("B", variant.project_id)], load=projects.get)
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == "p_sample1_b", (text, turn)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "update_overlay", **change}]
