"""platforms: platform presets in words -> add / remove / set presets, read against a real ad."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.platforms import read_platforms


def _ops(text: str, last: str | None = None) -> list[tuple[str, list[str]]]:
    found = read_platforms(text, last_action=last)
    assert found is not None, text
    return [(op.operation, op.presets) for op in found.operations]


def test_each_platform_takes_the_nearest_action_word() -> None:
    assert _ops("add TikTok and drop YouTube") == [
        ("add_presets", ["tiktok"]),
        ("remove_presets", ["youtube"]),
    ]
    assert _ops("make a TikTok and a Reels version too") == [("add_presets", ["tiktok", "reels"])]
    assert _ops("I only need the square one now") == [("set_presets", ["square_feed"])]
    assert _ops("reels only") == [("set_presets", ["reels"])]
    assert _ops("4:5 for the insta feed too") == [("add_presets", ["meta_feed"])]


def test_bare_names_continue_the_last_platform_request() -> None:
    assert read_platforms("and Stories") is None
    assert _ops("and Stories", last="add") == [("add_presets", ["stories"])]
    assert _ops("and YouTube", last="remove") == [("remove_presets", ["youtube"])]


def test_a_clause_about_something_else_is_not_a_platform_request() -> None:
    for text in (
        "30 seconds is too long for tiktok",
        "make the tiktok text bigger",
        "post it to our tiktok account",
        "make the hook shorter",
        "tell a story in the hook",
    ):
        assert read_platforms(text) is None, text


def test_a_platform_without_a_preset_is_refused_with_the_ones_there_are() -> None:
    found = read_platforms("add a Snapchat version")
    assert found is not None and not found.operations
    assert "Snapchat" in found.refusal and "TikTok" in found.refusal


def test_the_parser_makes_the_operations_and_keeps_the_rest_of_the_message() -> None:
    turn = parse_message("drop tiktk and make the cta say 'Go'", basic_project())
    wires = [op.to_wire() for op in turn.operations]
    assert wires[0] == {"operation": "remove_presets", "presets": ["tiktok"]}
    assert wires[1] == {"operation": "update_overlay", "sceneId": "scene_3", "text": "Go"}
    exported = parse_message("export it in 4:5", basic_project())
    assert [op.to_wire() for op in exported.operations] == [
        {"operation": "add_presets", "presets": ["meta_feed"]}
    ]
    assert exported.wants_render  # and rendered, with the new export


def test_dont_need_removes_and_a_name_of_several_presets_asks_which() -> None:
    assert _ops("i don't need the youtube version") == [("remove_presets", ["youtube"])]
    found = read_platforms("add instagram")
    assert found is not None and not found.operations and "Instagram Reels" in found.question
    # A frame shape is no platform to ask about: every preset of that shape (as in a brief).
    assert _ops("make it vertical only") == [("set_presets", ["tiktok", "reels", "stories", "shorts"])]
    assert read_platforms("make the ig text bigger") is None  # the text, not a platform
