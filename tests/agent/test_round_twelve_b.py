"""Round twelve b of issue 15: the general classes behind dev10's wrong edits and its multi,
mixed, typo and edit failures.

Every phrasing here is a paraphrase written for the class (other words, other scene, other
field); none is a held-out sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.cross_version import read_cross_copy
from adgen.agent.understanding.switching import VariantFamily


def only(text: str) -> dict[str, Any]:
    ops = wires(text)
    assert len(ops) == 1, (text, ops)
    return ops[0]


# --- a quote that is one scene's words as they are now names that scene ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "move 'Wake up to cold brew' to the middle of the screen instead of the top",
            {"operation": "update_overlay", "sceneId": "scene_1", "position": "center"},
        ),
        (
            "put 'Order today' up at the top",
            {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"},
        ),
        (
            "'Smooth. Bold. 100% arabica' in yellow please",
            {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFF00"},
        ),
    ],
)
def test_current_words_name_their_scene(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


def test_a_quote_no_scene_says_is_still_new_words() -> None:
    assert wires("put 'Order today' on the hook") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Order today"}
    ]


# --- "font sise": a dictionary word one slip from the field, between "font" and its value ---------


@pytest.mark.parametrize(
    ("text", "scene", "size"),
    [
        ("font sice for the cta 60", "scene_3", 60),
        ("the text sine in scene 2 should be 40", "scene_2", 40),
        ("font seize on the last scene 44", "scene_3", 44),
        ("font size on the hook 48", "scene_1", 48),
    ],
)
def test_mistyped_size_with_the_scene_between(text: str, scene: str, size: int) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "fontSize": size}]


def test_a_font_name_is_still_a_font() -> None:
    assert wires("font Lora") == [{"operation": "update_brand", "font": "Lora"}]


# --- "in <scene>: a and b": the scope opening the message holds for the requests after it ---------


def test_scope_before_a_colon_holds_for_the_next_request() -> None:
    ops = wires("in the sunny counter shot: text 'Cold' and show the bottle bigger")
    assert ops == [
        {"operation": "update_overlay", "sceneId": "scene_2", "text": "Cold"},
        {"operation": "update_product", "sceneId": "scene_2", "scale": 0.63},
    ]


def test_scope_for_a_numbered_scene() -> None:
    ops = wires("for scene 2: make the words yellow, and move the product to the left")
    assert ops == [
        {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFF00"},
        {"operation": "update_product", "sceneId": "scene_2", "position": "left"},
    ]


def test_scope_with_a_pronoun_after() -> None:
    ops = wires("on the closing frame: words 'Buy now', plus put them at the top")
    assert ops == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Buy now"},
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"},
    ]


def test_scope_leaves_the_music_to_the_ad() -> None:
    ops = wires("in the sunny counter shot: text 'Cold' and louder music")
    assert ops[0] == {"operation": "update_overlay", "sceneId": "scene_2", "text": "Cold"}
    assert ops[1]["operation"] == "update_audio" and "sceneId" not in ops[1]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("scene 2: text 'Cold'", "scene_2"),
        ("hook: headline should be 'Cold'", "scene_1"),
        ("in scene 3: text 'Cold'", "scene_3"),
    ],
)
def test_field_named_after_a_scene_label_is_no_part_of_the_words(text: str, scene: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": "Cold"}]


def test_requests_after_a_scene_place_and_colon_are_no_words() -> None:
    assert wires("in scene 2: show the bottle bigger") == [
        {"operation": "update_product", "sceneId": "scene_2", "scale": 0.63}
    ]


# --- "get the music to match": the music the ad's mood goes with -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the soundtrack should suit the new mood too",
        "make the track fit the mood",
        "music to match the vibe please",
    ],
)
def test_music_to_match_the_mood(text: str) -> None:
    project, state = after("change the mood to calm", basic_project())
    assert wires(text, project, state) == [{"operation": "update_style", "musicMood": "ambient"}]


# --- a product hard to see in a named shot: bigger there, said once --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you can barely see the bottle in the sunny-counter shot, the product is so small",
        "the bottle is barely visible in the sunny-counter shot, the product's way too small",
        "in the sunny counter shot I can hardly see the bottle, the product is tiny",
    ],
)
def test_product_hard_to_see_in_one_shot(text: str) -> None:
    ops = wires(text)
    assert [op["sceneId"] for op in ops] == ["scene_2"], ops
    assert ops[0]["operation"] == "update_product" and ops[0]["scale"] > 0.5


@pytest.mark.parametrize(
    ("text", "scene", "before"),
    [
        ("the bottle is practically invisible on the sunny counter", "scene_2", 0.5),
        ("in scene 2 the bottle is almost invisible", "scene_2", 0.5),
        ("the product looks invisible in the closing frame", "scene_3", 0.4),
    ],
)
def test_invisible_is_too_small_not_hidden(text: str, scene: str, before: float) -> None:
    op = only(text)
    assert op["operation"] == "update_product" and op["sceneId"] == scene
    assert "visible" not in op and op["scale"] > before


def test_making_it_invisible_still_hides_it() -> None:
    assert wires("make the bottle invisible in scene 2") == [
        {"operation": "update_product", "sceneId": "scene_2", "visible": False}
    ]


# --- "longer than it needs to be" is too long, never longer ---------------------------------------


def test_louder_than_it_has_to_be() -> None:
    op = only("the music is louder than it has to be")
    assert op["operation"] == "update_audio" and op["volume"] < 0.8


def test_longer_than_necessary() -> None:
    op = only("the whole thing runs longer than necessary")
    assert op["operation"] == "set_duration" and op["durationSec"] < 15


def test_bigger_than_it_should_be() -> None:
    op = only("the hook text is a bit bigger than it should be")
    assert op["operation"] == "update_overlay" and op["sceneId"] == "scene_1" and op["fontSize"] < 64


# --- a bare number after a verb or noun of length is seconds ---------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("trim the ad down to 12", 12.0), ("set the length to 25", 25.0), ("shorten it to 10", 10.0)],
)
def test_bare_number_after_a_length_verb(text: str, seconds: float) -> None:
    assert wires(text) == [{"operation": "set_duration", "durationSec": seconds}]


def test_bare_number_for_a_scene_length() -> None:
    assert wires("cut the hook down to 3") == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}
    ]


# --- "a little smaller font" right after a change to one scene's text is that scene's --------------


@pytest.mark.parametrize(
    ("first", "text", "scene"),
    [
        ("cta should say 'Buy it now'", "bigger text please", "scene_3"),
        ("make the hook text yellow", "slightly smaller lettering", "scene_1"),
        ("the showcase should read 'Cold and bold'", "a tad smaller font", "scene_2"),
    ],
)
def test_verbless_size_after_one_scene(first: str, text: str, scene: str) -> None:
    project, state = after(first, basic_project())
    ops = wires(text, project, state)
    assert [op["sceneId"] for op in ops] == [scene] and "fontSize" in ops[0]


def test_verbless_size_with_nothing_before_is_every_text() -> None:
    turn = parse_message("a little smaller font", basic_project())
    assert [op.to_wire()["sceneId"] for op in turn.operations] == ["scene_1", "scene_2", "scene_3"]


# --- "an uplifting mood rather than calm": the mood replaced is no part of the new one -------------


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("give it a dreamy vibe instead of calm", "dreamy"),
        ("go for a playful mood rather than the current one", "playful"),
        ("make it 20 seconds and give it an uplifting mood rather than energetic", "uplifting"),
    ],
)
def test_mood_named_before_the_noun_and_the_old_one_left_out(text: str, mood: str) -> None:
    styles = [op for op in wires(text) if op["operation"] == "update_style"]
    assert styles == [{"operation": "update_style", "mood": mood}]


# --- "…and set it at 60%" after a music change is its volume ---------------------------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("change the track to jazz, and put it at 40 percent", 0.4),
        ("switch the song to lo-fi and set it at 30%", 0.3),
        ("music: acoustic, and keep it at 55%", 0.55),
    ],
)
def test_volume_at_a_percentage_after_a_music_change(text: str, volume: float) -> None:
    ops = wires(text)
    assert ops[-1] == {"operation": "update_audio", "volume": volume}
    assert ops[0]["operation"] == "update_style" and "musicMood" in ops[0]


# --- "brand name becomes X" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("our company name changes to Brightside Foods", "Brightside Foods"),
        ("the brand will be Lumo from now on", "Lumo"),
        ("brand name becomes Fernway", "Fernway"),
    ],
)
def test_brand_name_becomes(text: str, name: str) -> None:
    assert wires(text) == [{"operation": "update_brand", "name": name}]


# --- "and the whole mood cosier": the ad's mood (not the music's), as its plain word ---------------


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("turn the song down, and the overall mood dreamier", "dreamy"),
        ("music a bit softer and the entire mood calmer", "calm"),
        ("make the whole mood cosier", "cosy"),
    ],
)
def test_whole_mood_after_music_is_the_ads(text: str, mood: str) -> None:
    styles = [op for op in wires(text) if op["operation"] == "update_style"]
    assert styles == [{"operation": "update_style", "mood": mood}]


# --- "have the narrator say the same line": the scene's on-screen words, never "the same line" ------


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        (
            "set the cta text to 'Grab yours' and get the voice-over to say the same thing at the end",
            "scene_3",
            "Grab yours",
        ),
        (
            "make the hook say 'Dinner, sorted' and have the narrator say that line in the hook too",
            "scene_1",
            "Dinner, sorted",
        ),
        (
            "scene 2 should say 'Fresh, fast, yours' and have the voiceover read the same words in scene 2",
            "scene_2",
            "Fresh, fast, yours",
        ),
    ],
)
def test_voice_says_the_same_line_as_the_screen(text: str, scene: str, line: str) -> None:
    assert wires(text) == [
        {"operation": "update_overlay", "sceneId": scene, "text": line},
        {"operation": "update_voiceover", "sceneId": scene, "text": line},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "have the narrator say 'Hi there' at the end",
        "have the voice-over read 'Hi there' at the very end",
        "have the voice say 'Hi there' in the last scene",
    ],
)
def test_have_the_narrator_say_is_a_request(text: str) -> None:
    assert wires(text) == [{"operation": "update_voiceover", "sceneId": "scene_3", "text": "Hi there"}]


# --- "its end line": the words at the end are the closing scene's ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "change the end text to 'Sip happy'",
        "the final line should read 'Sip happy'",
        "end title: 'Sip happy'",
    ],
)
def test_end_line_is_the_closing_scene(text: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Sip happy"}]


# --- "swap scene 2 and scene 3 pls": a courtesy after the pair keeps the pair together --------------


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("swap the hook and the cta please", ["scene_3", "scene_2", "scene_1"]),
        ("switch scene 1 and scene 2 around", ["scene_2", "scene_1", "scene_3"]),
        ("could you swap scenes 2 and 3 pls", ["scene_1", "scene_3", "scene_2"]),
    ],
)
def test_swap_with_a_courtesy_after_the_pair(text: str, order: list[str]) -> None:
    assert wires(text) == [{"operation": "reorder_scenes", "order": order}]


# --- "change Grab a Zest to Crack one open": a scene's whole words, unquoted -----------------------


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("change Order today to Buy now", "scene_3", "Buy now"),
        (
            "replace Wake up to cold brew with Cold brew, ready when you are",
            "scene_1",
            "Cold brew, ready when you are",
        ),
        ("swap Smooth. Bold. 100% arabica for Silky and strong", "scene_2", "Silky and strong"),
    ],
)
def test_unquoted_current_words_replaced(text: str, scene: str, line: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": line}]


def test_unquoted_words_no_scene_says_are_no_replacement() -> None:
    assert wires("change the music to jazz") == [{"operation": "update_style", "musicMood": "jazz"}]


# --- "swap the 50,000 runners line for: …": the words it is swapped for; "50,000" is one number -----


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("swap the order today line for: Grab yours today", "scene_3", "Grab yours today"),
        ("swap the hook text for: Morning, sorted", "scene_1", "Morning, sorted"),
        ("swap the 100% arabica line for 10,000 cups sold", "scene_2", "10,000 cups sold"),
    ],
)
def test_line_swapped_for_new_words(text: str, scene: str, line: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": line}]


def test_swapping_scenes_is_still_a_reorder() -> None:
    assert wires("swap the hook for the cta") == [
        {"operation": "reorder_scenes", "order": ["scene_3", "scene_2", "scene_1"]}
    ]


# --- "ok then make it 10" after a length refused for its range: the refused request, retried ---------


@pytest.mark.parametrize(
    ("first", "reply", "seconds"),
    [
        ("make the ad 200 seconds", "alright, set it to 60", 60.0),
        ("make the whole thing 3 seconds long", "fine then make it 8", 8.0),
        ("I want it to be 150 s", "ok make it 40 instead", 40.0),
    ],
)
def test_value_retried_with_make_it_after_a_refusal(first: str, reply: str, seconds: float) -> None:
    project = basic_project()
    refused = parse_message(first, project)
    assert refused.unknown and "out of range" in refused.unknown and refused.pending is not None
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    assert wires(reply, project, state) == [{"operation": "set_duration", "durationSec": seconds}]


# --- briefs: the brand where a business says it trades, holds a sale, or names its product ---------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("we bake sourdough loaves under the name Crust and Crumb. a 20 second ad, warm", "Crust and Crumb"),
        ("I'd like a video for the summer sale at Hollow Oak Books", "Hollow Oak Books"),
        ("ad please, product is Sparkwell, a dish soap", "Sparkwell"),
        ("forwarded from Priya: 15s ad for Tidewater kayaks, adventurous", "Tidewater"),
        ("hey, we own a little bike shop called Spokesmith - can you make us a video?", "Spokesmith"),
    ],
)
def test_brief_brand_said_in_passing(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand, (turn.question, turn.unknown)


def test_help_with_a_video_with_no_ad_yet_is_a_request() -> None:
    turn = parse_message("i run a tiny bakery called Flourish, could you help with an ad?", None)
    assert turn.brief is not None and turn.brief.brand_name == "Flourish"


# --- "we're dropping the reels placement": a platform dropped, said as news ---------------------------


@pytest.mark.parametrize(
    ("text", "preset"),
    [
        ("we're dropping the reels placement", "reels"),
        ("we ditched tiktok, so that version can go", "tiktok"),
        ("heads up, we are removing the youtube placement", "youtube"),
    ],
)
def test_platform_dropped_said_as_news(text: str, preset: str) -> None:
    assert wires(text) == [{"operation": "remove_presets", "presets": [preset]}]


# --- "and the total?": the ad's whole length ----------------------------------------------------------


@pytest.mark.parametrize("text", ["and the total?", "what's the total?", "total runtime?"])
def test_the_total_is_the_ads_length(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer is not None and "15 s" in turn.answer


def test_the_total_cost_is_still_the_cost() -> None:
    turn = parse_message("what's the total cost?", basic_project())
    assert turn.answer is not None and "cost" in turn.answer


# --- "the button text": an ad's button is its call to action --------------------------------------------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("make the button text 'Reserve yours'", {"text": "Reserve yours"}),
        ("change the button to say 'Book now'", {"text": "Book now"}),
        ("button text bigger", {"fontSize": 90}),
    ],
)
def test_button_is_the_cta(text: str, change: dict[str, Any]) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", **change}]


# --- "which version has the yellow button?": the version whose named text is that colour ------------


def _two_versions() -> tuple[Any, VariantFamily]:
    original = basic_project()
    variant = original.model_copy(deep=True)
    variant.project_id = "p_sample1_b"
    variant.scenes[0].overlay.color = "#E63946"  # a red hook in B only
    projects = {original.project_id: original, variant.project_id: variant}
    return original, VariantFamily(original.project_id, [("B", variant.project_id)], load=projects.get)


@pytest.mark.parametrize(
    "text",
    [
        "which version has the red hook?",
        "which one has the red opening text?",
        "which variant uses a red hook?",
    ],
)
def test_which_version_has_a_colour(text: str) -> None:
    original, family = _two_versions()
    turn = parse_message(text, original, family=lambda: family)
    assert not turn.operations and turn.answer is not None and "B" in turn.answer
    assert turn.project_ref == "p_sample1_b"


def test_which_version_when_both_have_it_is_not_guessed() -> None:
    original, family = _two_versions()
    turn = parse_message("which version has the white hook?", original, family=lambda: family)
    assert turn.project_ref != "p_sample1_b"


# --- "do we have a tagline?" then "set it to …": "it" is the tagline ---------------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("do we have a tagline?", "set it to 'Brewed bold'"),
        ("what's our slogan?", "change it to 'Brewed bold'"),
        ("is there a strapline?", "make it 'Brewed bold'"),
    ],
)
def test_it_after_a_tagline_question_is_the_tagline(question: str, reply: str) -> None:
    project = basic_project()
    asked = parse_message(question, project)
    assert asked.answer is not None and asked.topic == "tagline"
    state = ConversationState(project_id=project.project_id, topic=asked.topic, last_question=asked.asked)
    assert wires(reply, project, state) == [{"operation": "update_brand", "tagline": "Brewed bold"}]


# --- "use that same line on A" right after a question about B's line --------------------------------


@pytest.mark.parametrize(
    "text", ["use that same line on A", "put the exact same text on A", "then reuse that same wording on A"]
)
def test_that_same_line_on_another_version(text: str) -> None:
    original, family = _two_versions()
    family.project("p_sample1_b").scenes[0].overlay.text = "Cold brew, zero wait"
    found = read_cross_copy(text, lambda: family, last_ref="p_sample1_b", last_scenes=["scene_1"])
    assert found is not None and found.project_id == original.project_id
    assert [op.to_wire() for op in found.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold brew, zero wait"}
    ]


# --- "where does it sit now?" after a text was moved: that text's place -------------------------------


@pytest.mark.parametrize(
    "text", ["where does it sit now?", "so where is it sitting?", "where does that go now?"]
)
def test_where_does_it_sit_answers_for_the_scene_just_named(text: str) -> None:
    project = basic_project()
    state = ConversationState(project_id=project.project_id, scene_ids=["scene_3"], topic="overlay")
    turn = parse_message(text, project, state=state)
    assert not turn.operations and turn.answer == "Scene 3 (CTA): text size 72, center, colour #F2A541"


# --- "what's different between the two?" with one variant: it against the original -----------------


@pytest.mark.parametrize(
    "text",
    ["so what's different between the two now?", "how do both versions differ?", "compare the two for me"],
)
def test_the_two_versions_compared(text: str) -> None:
    original, family = _two_versions()
    turn = parse_message(text, original, family=lambda: family)
    assert not turn.operations and turn.answer is not None
    assert "#E63946" in turn.answer or "red" in turn.answer.lower(), turn.answer


# --- "too many scenes": which one goes is asked, never guessed ---------------------------------------


@pytest.mark.parametrize(
    "text", ["too many scenes honestly", "there are too many shots in this", "the scenes feel so crowded"]
)
def test_too_many_scenes_asks_which_to_remove(text: str) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert not turn.operations and turn.question is not None and "remove" in turn.question
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    assert wires("the showcase", project, state) == [{"operation": "remove_scene", "sceneId": "scene_2"}]


def test_too_many_scenes_with_the_fix_said_is_done() -> None:
    assert wires("too many scenes, drop the showcase") == [
        {"operation": "remove_scene", "sceneId": "scene_2"}
    ]
