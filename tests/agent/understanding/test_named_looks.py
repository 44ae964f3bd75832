"""named_looks: a named look sets visualStyle; a comparative stays the mood; palette shifts."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.named_looks import find_named_look, shifted_palette


def _wire(text: str) -> list[dict]:
    return [op.to_wire() for op in parse_message(text, basic_project()).operations]


def test_a_named_look_sets_the_visual_style() -> None:
    assert find_named_look("give it the luxury look")[2] == "luxury"
    assert find_named_look("make it look playful")[2] == "playful"
    assert find_named_look("a bold style please")[2] == "bold"
    assert find_named_look("make it look more premium") is None
    assert _wire("give it the luxury look") == [{"operation": "update_style", "visualStyle": "luxury"}]
    assert _wire("make it more luxurious") == [{"operation": "update_style", "mood": "luxurious"}]


def test_a_warmer_palette_moves_the_palette_colours_warmer() -> None:
    before = ["#1F3A5F", "#F2A541"]
    warmer = shifted_palette(before, "warm")
    assert all(int(a[1:3], 16) >= int(b[1:3], 16) for a, b in zip(warmer, before, strict=True))
    assert all(int(a[5:7], 16) <= int(b[5:7], 16) for a, b in zip(warmer, before, strict=True))
    [op] = _wire("warmer palette please")
    assert op["operation"] == "update_style" and set(op) == {"operation", "palette"}
    assert shifted_palette(before, "calm") is None
