"""variants: making several in one message, and moving between the original and its variants."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.variants import VariantFamily, read_switch

FAMILY = VariantFamily(original_id="p_a", variants=[("B", "p_b"), ("C", "p_c")])


def test_pick_and_back_to_the_original() -> None:
    def pick(text: str) -> str | None:
        switch = read_switch(text, lambda: FAMILY)
        return None if switch is None else switch.project_id

    assert pick("pick B") == "p_b" and pick("ok go with A") == "p_a" and pick("let's use version C") == "p_c"
    assert pick("go back to the original") == "p_a" and pick("B it is") == "p_b"
    assert pick("make the hook brighter") is None
    assert read_switch("pick D", lambda: FAMILY).reason.startswith("There is no version D")


def test_two_variants_in_one_message() -> None:
    turn = parse_message(
        "two variants: one where the cta text is red and one where it's yellow", basic_project()
    )
    labels = [(op.label, [o.to_wire() for o in op.operations]) for op in turn.operations]
    assert labels == [
        ("B", [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}]),
        ("C", [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}]),
    ]
    versus = parse_message("A/B the CTA: 'Shop now' vs 'Get yours'", basic_project())
    assert [op.operations[0].text for op in versus.operations] == ["Shop now", "Get yours"]


def test_a_version_with_a_calmer_mood() -> None:
    (variation,) = parse_message("try a version with a calmer mood", basic_project()).operations
    assert [o.to_wire() for o in variation.operations] == [{"operation": "update_style", "mood": "calm"}]


def test_a_copy_and_a_variant_for_a_platform_or_a_length_are_variants() -> None:
    from adgen.agent.understanding import parse_message as parse

    for text, inner in (
        ("duplicate it with the luxury look", {"operation": "update_style", "visualStyle": "luxury"}),
        (
            "make a copy with a red cta",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"},
        ),
        ("create a variant for tiktok only", {"operation": "set_presets", "presets": ["tiktok"]}),
        ("make another version that's 10 seconds", {"operation": "set_duration", "durationSec": 10.0}),
    ):
        [op] = [op.to_wire() for op in parse(text, basic_project()).operations]
        assert op["operation"] == "create_variation" and op["operations"] == [inner], text
