"""Round thirty e (2026-12-05): dev21's multi-request, edit and mixed messages from enterprise
approvals, e-commerce sellers and creators, as classes in other words.

1. The voice-over's words named by who speaks them ("change what I say in the hook to '…'",
   "what the narrator says at the end should be '…'", "the spoken line in scene 2"): the voice-over
   of that scene, never its on-screen text (read as typed, the text was changed: a wrong edit).
2. Who asked for a change ("Per Dana (brand lead), …", "according to our legal team, …") and who
   approved it ("Sam already okayed it.", "Ana and Raj signed off on the rest.", "I'm fine with
   both"): no request; the request beside them is made, not only proposed.
3. A stakeholder's name as the label of their request ("Dana: music quieter. Raj: cta 'X'"): the
   requests; a label that names part of the ad ("Hook: 'X'") stays.
4. The occasion of a list ("three notes from the Monday sync: …") and the reason before "so:"
   ("the sale ends Monday, so: …"): no request (read as typed, the reason's words were not
   understood and, with "so:", the ad's new length went to the scene named before it).
5. A hero product said as the reason ("the navy colourway is our hero product this month, so …"),
   and a tone the requests after its colon spell out ("not so pushy: …"): no request.
"""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only, same_as
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.approvals import without_approvals
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew" (top, 64, white), showcase "Smooth. Bold. 100% arabica"
# (bottom, 56), cta "Order today" (center, 72, #F2A541); 15 s (4 + 7 + 4); music volume as set.


def voiced() -> AdProject:
    return basic_with(
        voice__enabled=True,
        captions__enabled=True,
        scene_1__voiceover={"text": "Mornings, sorted.", "enabled": True},
        scene_2__voiceover={"text": "Smooth and bold.", "enabled": True},
        scene_3__voiceover={"text": "Order today.", "enabled": True},
    )


# --- 1. the words spoken, named by who speaks them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("change what I say in the hook to 'morning, friends'", 1, "morning, friends"),
        ("what she says on the last scene should be 'grab one now'", 3, "grab one now"),
        ("change what's said in scene 2 to 'cold, smooth, done'", 2, "cold, smooth, done"),
        ("the spoken line at the end should be 'see you tomorrow'", 3, "see you tomorrow"),
        ("what the narrator says in the opener: 'rise and shine'", 1, "rise and shine"),
        ("the words he says in the showcase should be 'taste that'", 2, "taste that"),
    ],
)
def test_the_words_spoken_are_the_voice_over(text: str, scene: int, line: str) -> None:
    only(text, voiced(), **{f"scene_{scene}__voiceover__text": line})


def test_what_the_text_says_stays_the_screens() -> None:
    only("change what the cta says to 'Buy a bottle'", voiced(), scene_3__overlay__text="Buy a bottle")


# --- 2. who asked, who approved --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Per Dana (brand lead), the cta should say 'Order a bottle'. Sam already okayed it.",
        "according to our legal team, the cta should say 'Order a bottle'",
        "as per Raj, the end card should read 'Order a bottle'. Ana and Raj signed off on the rest.",
        "the cta should say 'Order a bottle'. the client approved it",
    ],
)
def test_who_asked_and_who_approved_ask_nothing(text: str) -> None:
    only(text, basic_project(), scene_3__overlay__text="Order a bottle")


# --- 3. a stakeholder's name as a label --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dana: hook shorter, 3s. Raj: cta 'Order a bottle'. Me: fine with both.",
        "Ana: hook 3 seconds. Sam: end card 'Order a bottle'. I'm fine with both",
        "Marcus: the hook 3s. Jen: cta says 'Order a bottle'.",
    ],
)
def test_stakeholder_labels_are_no_request(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    wires = [op.to_wire() for op in turn.operations]
    assert {"operation": "update_overlay", "sceneId": "scene_3", "text": "Order a bottle"} in wires, wires
    assert any(w.get("sceneId") == "scene_1" and w.get("durationSec") == 3.0 for w in wires), wires


@pytest.mark.parametrize(
    "masked",
    [
        "Hook: \ue000\ue100",
        "Opening: \ue000\ue100. Closing: \ue000\ue101.",
        "Voice-over: \ue000\ue100. Music: calmer",
        "Dana: hook 3 seconds",  # (one name alone may be anything: left to be asked about)
        "per scene, make it 3 s",  # (a rate, never who asked)
        "Bug: the cta is hard to read. Expected: readable. Actual: grey text on white.",  # (a ticket's labels)
        "the bottle is the hero, so make it bigger",  # ("it" is the hero)
    ],
)
def test_a_label_that_names_part_of_the_ad_stays(masked: str) -> None:
    assert without_approvals(masked) == masked


def test_a_hook_label_is_the_hook() -> None:
    only("Hook: 'Good morning'", basic_project(), scene_1__overlay__text="Good morning")


# --- 4. the occasion of a list, the reason before "so:" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "three notes from the Monday sync: the cta says 'Order a bottle', and the showcase text goes up top",
        "two things after the client call: cta 'Order a bottle' and the showcase text at the top",
        "the sale ends Monday, so: cta 'Order a bottle' and move the showcase text to the top",
    ],
)
def test_the_occasion_and_the_reason_ask_nothing(text: str) -> None:
    only(text, basic_project(), scene_3__overlay__text="Order a bottle", scene_2__overlay__position="top")


@pytest.mark.parametrize(
    "text",
    [
        "BOGO starts Friday, so: cta 'Two for one' and cut the ad to 10 seconds",
        "legal signed off yesterday, so: end card 'Two for one' and trim the ad to 10 seconds",
        "the promo goes live tomorrow, so - cta 'Two for one' and make the ad 10 seconds",
    ],
)
def test_the_ads_length_after_a_reason_is_the_ads(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    wires = [op.to_wire() for op in turn.operations]
    assert wires == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Two for one"},
        {"operation": "set_duration", "durationSec": 10.0},
    ], wires


# --- 5. a hero product, a tone spelled out ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the navy colourway is our hero product this month, so the cta should say 'Order a bottle'",
        "the 1 litre bottle is the hero SKU now, so the end card should read 'Order a bottle'",
        "oat is the hero flavour, keep it. the cta should say 'Order a bottle'",
    ],
)
def test_a_hero_product_asks_nothing(text: str) -> None:
    only(text, basic_project(), scene_3__overlay__text="Order a bottle")


@pytest.mark.parametrize(
    "text",
    [
        "not so pushy: cta 'Order a bottle', and the showcase text at the top",
        "less preachy please: the cta says 'Order a bottle' and the showcase text goes to the top",
        "way too corporate: cta 'Order a bottle' and put the showcase text at the top",
    ],
)
def test_a_tone_spelled_out_by_its_requests(text: str) -> None:
    only(text, basic_project(), scene_3__overlay__text="Order a bottle", scene_2__overlay__position="top")


# --- 6. the ad's length said without a verb after a scene's request ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cta text white, ad to 20s",
        "the cta text white and the video to 20 seconds",
        "cta text in white and the ad 20 seconds",
        "cta text white & the spot down to 20 secs",
    ],
)
def test_the_ads_length_after_a_scene_is_the_ads(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    wires = [op.to_wire() for op in turn.operations]
    assert wires == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"},
        {"operation": "set_duration", "durationSec": 20.0},
    ], wires


def test_a_scenes_length_and_the_ads_both_made() -> None:
    turn = parse_message("make the hook 3 s and the ad to 20 s", basic_project())
    wires = [op.to_wire() for op in turn.operations]
    assert wires == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0},
        {"operation": "set_duration", "durationSec": 20.0},
    ], wires


# --- 7. a text named by what it shows, with the word for a text after it -----------------------------


def priced() -> AdProject:
    return basic_with(
        scene_2__overlay__text="Only $4.99 a bottle",
        scene_3__overlay__text="15% off with code BREW15",
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("the discount code text bigger", "the cta text bigger"),
        ("make the promo code line smaller", "make the cta text smaller"),
        ("the BREW15 words in white", "the cta text in white"),
        ("move the $4.99 line to the top", "move the showcase text to the top"),
        ("move the $4.99 line up to the top of its scene please", "move the showcase text to the top"),
        ("showcase 5 seconds and the coupon code text bigger", "showcase 5 seconds and the cta text bigger"),
    ],
)
def test_a_text_named_by_what_it_shows(text: str, plain: str) -> None:
    same_as(text, plain, priced())


# --- 8. "change it to <words>" right after a question about what one scene shows ---------------------


def asked_about(question: str, scene_id: str) -> ConversationState:
    return ConversationState(
        project_id=basic_project().project_id, scene_ids=[scene_id], topic="scene", last_question=question
    )


@pytest.mark.parametrize(
    ("question", "scene", "text", "words"),
    [
        ("what's on the end card right now?", 3, "change it to 10% off this week", "10% off this week"),
        ("what's in the hook?", 1, "ok, change it to Cold brew, no queue", "Cold brew, no queue"),
        (
            "what is on the showcase at the moment?",
            2,
            "update it to Brewed for 20 hours",
            "Brewed for 20 hours",
        ),
    ],
)
def test_it_is_the_words_just_shown(question: str, scene: int, text: str, words: str) -> None:
    only(
        text,
        basic_project(),
        asked_about(question, f"scene_{scene}"),
        **{f"scene_{scene}__overlay__text": words},
    )


def test_a_colour_or_a_length_stays_what_it_was() -> None:
    only(
        "change it to red",
        basic_project(),
        asked_about("what's on the end card?", "scene_3"),
        scene_3__overlay__color="#FF0000",
    )
    turn = parse_message(
        "change it to 6 seconds", basic_project(), state=asked_about("what's on the end card?", "scene_3")
    )
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 6.0}
    ]


# --- 9. the captions turned off after another request ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "showcase text at the top, captions off, and cta text white",
        "showcase text at the top and subtitles off",
        "showcase text at the top, kill the captions please",
    ],
)
def test_captions_off_after_another_request(text: str) -> None:
    start = basic_with(captions__enabled=True)
    changes = {"scene_2__overlay__position": "top", "captions__enabled": False}
    if "white" in text:
        changes["scene_3__overlay__color"] = "#FFFFFF"
    only(text, start, **changes)


def test_captions_off_inside_quotes_are_words() -> None:
    only(
        "the cta should say 'captions off, and go'",
        basic_with(captions__enabled=True),
        scene_3__overlay__text="captions off, and go",
    )
