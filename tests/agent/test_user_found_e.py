"""More classes found by using the chat as a new marketer (2026-12-04, fourth pass):

- "it's too dark and moody, we want cozy" set the lighting to "bright, dark": the second word of
  the complaint ("moody") was read as the wish;
- "at the end" as a place in the ad ("make the product bigger at the end") was no scene;
- "make the hook punchier and brighter" asked how to make it punchier and dropped "brighter";
- "make the product the hero, make it bigger" grew the product twice for one request said twice;
- "make it for tiktok and instagram" added TikTok only;
- "the voice is slow" slowed the voice down further.

The phrasings here are other words for each class than the ones that found it where that was
possible, written before the parser was changed.
"""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew", showcase "Smooth. Bold. 100% arabica", cta "Order
# today"; lighting "bright"; products 0.5 (showcase) and 0.4 (cta).


def _with_product() -> AdProject:
    wire = basic_project().to_wire()
    wire["productAsset"] = {"sourceUrl": "media/product.png", "checksum": "0" * 64}
    return AdProject.from_wire(wire)


def _values(ops: list[dict]) -> str:
    return " ".join(str(v) for op in ops for v in op.values()).lower()


@pytest.mark.parametrize(
    "text",
    [
        "it's too dark and moody, we want cozy",
        "the whole thing feels too dark and moody",
        "it looks way too dim and moody",
    ],
)
def test_a_complaint_of_two_words_asks_for_the_opposite_of_both(text: str) -> None:
    ops = wires(text)
    assert ops, text
    assert "dark" not in _values(ops) and "moodier" not in _values(ops), ops
    assert any("bright" in str(op.get("lighting", "")) for op in ops), ops


def test_cozy_wished_after_the_complaint_is_the_mood() -> None:
    assert wires("it's too dark and moody, we want cozy") == [
        {"operation": "update_style", "mood": "cozy", "lighting": "bright"}
    ]


def test_a_scene_too_dark_and_moody_gets_brighter_never_darker() -> None:
    ops = wires("the hook is too dark and moody, we want cozy")
    assert ops and all(op.get("sceneId") in (None, "scene_1") for op in ops), ops
    assert "dark" not in _values(ops), ops
    assert any("brighter" in str(op.get("backgroundPrompt", "")) for op in ops), ops


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the product bigger at the end",
            {"operation": "update_product", "sceneId": "scene_3", "scale": 0.5},
        ),
        (
            "at the end the text should say 'Shop now'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop now"},
        ),
        (
            "at the very end, make the words say 'Grab a can'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab a can"},
        ),
        (
            "make the text bigger at the very end",
            {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90},
        ),
    ],
)
def test_at_the_end_is_the_last_scene(text: str, expected: dict) -> None:
    assert wires(text, _with_product()) == [expected], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what "at the end" already meant stays: a place for a new scene, a move, the whole ad's length
        (
            "add a testimonial at the end",
            [{"operation": "add_scene", "role": "social_proof", "afterSceneId": "scene_3"}],
        ),
        (
            "put the hook at the end",
            [{"operation": "reorder_scenes", "order": ["scene_2", "scene_3", "scene_1"]}],
        ),
        ("add 2 seconds at the end", [{"operation": "set_duration", "durationSec": 17.0}]),
        (
            "at the end of the hook make the text bigger",
            [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 80}],
        ),
    ],
)
def test_at_the_end_keeps_its_other_meanings(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected, text


@pytest.mark.parametrize(
    ("text", "scene"),
    [("make the hook punchier and brighter", "scene_1"), ("make the cta warmer and punchier", "scene_3")],
)
def test_punchier_asks_and_the_look_beside_it_is_applied(text: str, scene: str) -> None:
    turn = parse_message(text, basic_project())
    ops = [op.to_wire() for op in turn.operations]
    assert [(op["operation"], op["sceneId"]) for op in ops] == [("update_scene", scene)], ops
    prompt = ops[0]["backgroundPrompt"]
    assert prompt.endswith(("brighter", "warmer")) and "more energetic" not in prompt, prompt
    assert turn.question is not None and "words" in turn.question, turn.question


@pytest.mark.parametrize(
    "text",
    [
        "make the product the hero, make it bigger",
        "make the bottle the hero, make it fill more of the frame",
        "make the product the star, it should be bigger",
    ],
)
def test_one_growth_said_twice_grows_once(text: str) -> None:
    assert wires(text, _with_product()) == [
        {"operation": "update_product", "sceneId": "scene_2", "scale": 0.63}
    ]


def _youtube_only() -> AdProject:
    wire = basic_project().to_wire()
    wire["presets"] = ["youtube"]
    wire["aspectRatios"] = ["16:9"]
    return AdProject.from_wire(wire)


@pytest.mark.parametrize(
    "text",
    ["make it for tiktok and instagram", "we need it on instagram and tiktok", "add tiktok and insta"],
)
def test_instagram_beside_tiktok_is_reels(text: str) -> None:
    [op] = wires(text, _youtube_only())
    assert op["operation"] == "add_presets" and sorted(op["presets"]) == ["reels", "tiktok"], text


def test_instagram_alone_still_asks_which_placement() -> None:
    turn = parse_message("make it for instagram", _youtube_only())
    assert not turn.operations and turn.question is not None and "placement" in turn.question


@pytest.mark.parametrize(
    ("text", "faster"),
    [
        ("the voice is slow", True),
        ("the voiceover sounds really slow", True),
        ("the narrator is sluggish", True),
        ("the voice is too slow", True),
        ("the voice is too fast", False),
        ("the voiceover is fast", False),
        ("make the voice slower", False),
        ("make the voice faster", True),
    ],
)
def test_a_voice_said_to_be_slow_speeds_up(text: str, faster: bool) -> None:
    [op] = wires(text)
    assert op["operation"] == "update_voice", op
    assert (op["rate"] > 1.0) is faster, (text, op)
