"""new_ad: a message that starts another ad while one is open is a brief, never an edit of the
open ad; one that only edits the open ad is not a brief (issue 12 item 10, issue 15)."""

import pytest
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.new_ad import is_new_ad_request, is_product_list, looks_like_brief


@pytest.mark.parametrize(
    "text, seconds, product",
    [
        ("next up: a 20 second spot for our oat milk, warm and cosy", 20, "oat milk"),
        ("ok now do one for our matcha latte, 15s", 15, "matcha latte"),
        ("perfect. now a 25s ad for our espresso beans", 25, "espresso beans"),
        ("Kinetic running belt, 25 seconds, energetic, 4 scenes", 25, "Kinetic running belt"),
        ("now let's do our new granola bars: 12s, playful", 12, "granola bars"),
        ("thanks! next one: Northwind decaf, 15s, calm", 15, "decaf"),
        ("different product now: Trailhead hiking poles, 18 s", 18, None),
    ],
)
def test_a_new_ad_while_one_is_open_is_a_brief(text: str, seconds: int, product: str | None) -> None:
    turn = parse_message(text, basic_project())
    assert turn.operations == [] and turn.brief is not None, text
    assert turn.brief.duration_sec == seconds
    if product is not None:
        assert turn.brief.product == product


def test_the_same_ad_for_another_product_keeps_the_open_ads_length_mood_and_scenes() -> None:
    turn = parse_message("same again but for the vanilla syrup", basic_project())
    assert turn.brief is not None and turn.brief.product == "vanilla syrup"
    assert turn.brief.duration_sec == 15 and turn.brief.mood == "energetic"
    assert turn.brief.scene_roles == ["hook", "showcase", "cta"]


@pytest.mark.parametrize(
    "text",
    [
        "make it playful, 10s",
        "make the ad 20 seconds for our summer launch",
        "make the ad for gen z, more playful",
        "Northwind cold brew, 10s",  # the open ad's own product: this ad
        "a version for tiktok",
        "make one for the hook",
    ],
)
def test_edits_of_the_open_ad_are_not_new_ads(text: str) -> None:
    assert not is_new_ad_request(text, basic_project()), text
    assert parse_message(text, basic_project()).brief is None


def test_a_brief_with_no_ad_open_needs_a_product_and_a_length_or_count() -> None:
    assert is_product_list("Lumina desk lamp, 20 seconds, minimal")
    assert not is_product_list("make it 20 seconds, calmer")
    assert looks_like_brief("four scenes, 16s, for our vegan protein bars, energetic")
    assert not looks_like_brief("make it 20 seconds")
    turn = parse_message("make it 20 seconds", None)
    assert turn.brief is None and "no ad yet" in (turn.unknown or "")


def test_a_briefs_hook_words_are_set_on_the_new_ad() -> None:
    turn = parse_message(
        "20s video: hook 'Tired of cold feet?', then the socks in action, cta 'Get warm'", None
    )
    assert turn.brief is not None and turn.brief.cta_text == "Get warm"
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Tired of cold feet?"}
    ]


def test_a_list_of_scenes_after_scenes_colon_is_read_alone() -> None:
    turn = parse_message(
        "new product: Dune sunglasses, 12s, scenes: hook, showcase, review, cta", basic_project()
    )
    assert turn.brief is not None and turn.brief.scene_roles == ["hook", "showcase", "social_proof", "cta"]
    turn = parse_message(
        "an ad for our toothpaste: 1. a hook 2. the paste in action 3. a dentist vouches for it", None
    )
    assert turn.brief is not None and turn.brief.scene_roles == ["hook", "showcase", "social_proof"]
