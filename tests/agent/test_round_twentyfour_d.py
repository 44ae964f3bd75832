"""Round twenty-four d (dev17's first run, 2026-12-04): performance marketers' metrics and platform
words, audience notes, and the requests that follow them.

1. A figure or an audience note said before the request is why it is asked, never a value: "hook
   rate is low, …", "CTR is 0.3%, so …", "3-second views are down, …", "our buyers skew 65+, so …",
   "most watch muted anyway, …" (read as typed: a 3 s ad, a muted look), "hmm no, some don't. …".
2. "retention dips at the showcase", "people swipe away during the hook": that scene drags.
3. "punch up the opener", "isn't a thumb-stopper", "isn't popping", "more clickable": a scene to
   make stronger or stand out, asked (never the "interactive effects" refusal); and the bare text
   fix said after such a wish ("make the cta more clickable, text bigger") is that scene's text.
4. "the hook text is covered by the TikTok caption", "the cta is outside the safe zone": that
   scene's words cut off: smaller, or to the centre?
5. "drop it to the bottom", "push the headline up to the top": the words moved (it had removed
   the scene); "put it back on" is on again.
6. "the cyan text is hard to pick out": the colour named is the problem (it had set cyan).
7. "hook text bigger and the voice a bit slower": the voice a request of its own (it was lost).
8. An ad asked for with metric or audience words only ("hook rate on our last ad was 12%, need a
   new one") asks what it is for ("last" had become the product); "product is Brightleaf matcha"
   answers it.
9. "make a C from A with …", "B opens on '…'": a lettered version made (it had edited this one).

Every test below is in other words than dev17's, and checks the whole resulting document."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, only
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.open_brief import answer_brief
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (white text, 64, top), showcase 7 s (white, 56, bottom), cta 4 s
# (#F2A541, 72, center); music upbeat at 0.8; voice off.

VOICED = {
    "voice__enabled": True,
    "scene_1__voiceover": {"text": "Ready?"},
    "scene_2__voiceover": {"text": "Smooth."},
    "scene_3__voiceover": {"text": "Order today."},
}


def asks(text: str, *words: str, project: AdProject | None = None) -> str:
    """``text`` changes nothing and asks a question naming ``words``."""
    turn = parse_message(text, project or basic_project())
    assert not turn.operations and turn.question, (text, turn.question, turn.unknown)
    for word in words:
        assert word.lower() in turn.question.lower(), (text, turn.question)
    return turn.question


# 1. metric and audience lead-ins ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("hook rate is low, make the hook text bigger", {"scene_1__overlay__fontSize": 80}),
        ("our CTR is 0.3%, so make the cta text white", {"scene_3__overlay__color": "#FFFFFF"}),
        (
            "thumb-stop rate is terrible - shorten the hook to 3 seconds",
            {"scene_1__durationSec": 3.0, "durationSec": 14.0},
        ),
        ("3 second views are down, the hook drags", {"scene_1__durationSec": 3.2, "durationSec": 14.2}),
        ("our audience skews older, so the cta text bigger", {"scene_3__overlay__fontSize": 90}),
        (
            "our viewers are mostly retirees: make the showcase text larger",
            {"scene_2__overlay__fontSize": 70},
        ),
        ("nobody has sound on anyway, make the hook text yellow", {"scene_1__overlay__color": "#FFFF00"}),
    ],
)
def test_a_figure_or_audience_before_the_request_is_no_value(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "most people watch with the sound off, turn the voice-over off",
        "everyone watches muted these days, so turn off the voiceover",
        "most of our viewers keep the sound off, so turn the voiceover off",
    ],
)
def test_watching_muted_is_no_muted_look(text: str) -> None:
    only(text, basic_with(**VOICED), voice__enabled=False)


@pytest.mark.parametrize(
    "text",
    [
        "hmm no, some don't. put it back on like it was",
        "actually plenty do, switch it back on",
        "no, not everyone does. put it back on",
    ],
)
def test_a_second_thought_on_who_listens_turns_the_voice_back_on(text: str) -> None:
    voiced = basic_with(**VOICED)
    muted, state = after("turn the voice-over off", voiced)
    # (the voice-over back on shows its captions, as "turn it back on" does)
    only(text, muted, state, voice__enabled=True, captions__enabled=True)


# 2. where viewers leave drags ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("retention dips at the showcase", {"scene_2__durationSec": 5.6, "durationSec": 13.6}),
        ("people swipe away during the hook", {"scene_1__durationSec": 3.2, "durationSec": 14.2}),
        ("watch time drops off at the cta", {"scene_3__durationSec": 3.2, "durationSec": 14.2}),
    ],
)
def test_where_viewers_leave_that_scene_drags(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_where_viewers_leave_said_by_its_picture_is_no_length() -> None:
    turn = parse_message("watch time falls off a cliff at the 50,000 runners part", basic_project())
    assert not turn.operations


# 3. punch, thumb-stop, pop, clickable --------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["the hook isn't a thumb-stopper", "punch up the hook", "make the opener more thumb-stopping"]
)
def test_a_thumb_stopper_asks_what_to_change_in_the_hook(text: str) -> None:
    asks(text, "hook", "words", "length")


@pytest.mark.parametrize(
    "text",
    ["the cta isn't popping", "make the end card more clickable", "CTR is bad, the cta is not popping"],
)
def test_a_cta_to_pop_or_be_clickable_asks_how_it_should_stand_out(text: str) -> None:
    asks(text, "CTA", "bigger text", "background")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the cta more clickable, text bigger", {"scene_3__overlay__fontSize": 90}),
        ("the hook isn't a thumb-stopper, make the text larger", {"scene_1__overlay__fontSize": 80}),
        ("make the cta stand out, bigger font", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_the_bare_text_fix_after_such_a_wish_is_that_scenes(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_something_interactive_is_still_refused() -> None:
    turn = parse_message("make the cta a clickable button", basic_project())
    assert not turn.operations and turn.unknown and "interactive" in turn.unknown


# 4. the platform's buttons over a scene's words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the hook text is covered by the TikTok buttons", "hook"),
        ("the cta sits under the Reels caption", "CTA"),
        ("the end card copy is outside the safe zone", "CTA"),
        ("the end card copy is covered by the instagram like and share buttons", "CTA"),
    ],
)
def test_a_scenes_words_under_the_platform_ui_ask_smaller_or_centre(text: str, scene: str) -> None:
    asks(text, scene, "smaller", "center")


def test_words_of_no_scene_under_the_buttons_keep_the_safe_area_answer() -> None:
    turn = parse_message("the text is hidden behind the tiktok buttons", basic_project())
    assert not turn.operations and turn.unknown and "safe area" in turn.unknown


# 5. dropped to the bottom, put back on --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("drop the hook text to the bottom", {"scene_1__overlay__position": "bottom"}),
        ("push the showcase words up to the top", {"scene_2__overlay__position": "top"}),
        ("shift the cta text down to the bottom", {"scene_3__overlay__position": "bottom"}),
    ],
)
def test_words_dropped_or_pushed_to_an_edge_move_there(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_dropping_a_scene_still_removes_it() -> None:
    turn = parse_message("drop the showcase", basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "remove_scene", "sceneId": "scene_2"}]


# 6. the colour named is the problem ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the cyan text on the hook is hard to pick out", "hook"),
        ("the yellow text on the cta is tough to read", "CTA"),
        ("my dad is colour-blind and says the orange words on the end card are hard to make out", "CTA"),
    ],
)
def test_the_colour_said_before_a_legibility_complaint_is_asked_about(text: str, scene: str) -> None:
    asks(text, scene, "white", "bigger")


# 7. the voice after a scene's request ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "hook text bigger and the voice a bit slower",
            {"scene_1__overlay__fontSize": 80, "voice__rate": 0.93},
        ),
        (
            "cta text white and the narrator faster",
            {"scene_3__overlay__color": "#FFFFFF", "voice__rate": 1.15},
        ),
        (
            "our buyers are 65+, so hook text bigger, and the narrator a little slower",
            {"scene_1__overlay__fontSize": 80, "voice__rate": 0.93},
        ),
    ],
)
def test_the_voice_after_a_scenes_request_is_its_own_request(text: str, changes: dict[str, Any]) -> None:
    only(text, basic_with(**VOICED), **changes)


# 8. a new ad asked for in metrics and audience words ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hook rate on our previous ad was 9%, we need a new one that performs better",
        "our CTR was 0.3% on the old one, make a new ad that converts better",
        "need a 25s ad, sound-off friendly, big captions, our audience is seniors",
    ],
)
def test_a_new_ad_in_metric_or_audience_words_asks_what_it_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert not turn.operations and turn.question and "What is the ad for" in turn.question


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        ("product is Brightleaf matcha", "Brightleaf matcha"),
        ("the brand's Evergreen Pharmacy", "Evergreen Pharmacy"),
        ("client is Copper Kettle Cafe", "Copper Kettle Cafe"),
    ],
)
def test_the_answer_naming_its_product_or_brand_is_the_subject(answer: str, subject: str) -> None:
    assert answer_brief("we need a 30 sec spot for Stories", answer, None) == (
        f"an ad for {subject}. we need a 30 sec spot for Stories"
    )


# 9. a lettered version made from another -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "operation"),
    [
        (
            "make a C from A with the CTA text in white",
            "C",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"},
        ),
        (
            "a C off the original where the hook text says 'Fresh start'",
            "C",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Fresh start"},
        ),
        (
            "A/B test: B opens on 'Iced. Bold. Done.'",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Iced. Bold. Done."},
        ),
        (
            "A/B test the opener, B starts with 'Still sleepy?'",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Still sleepy?"},
        ),
    ],
)
def test_a_lettered_version_is_made_not_this_one_edited(
    text: str, label: str, operation: dict[str, Any]
) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "create_variation", "label": label, "operations": [operation]}
    ]


# 10. an older audience said alone -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["our customers are mostly in their 80s", "our buyers skew 70+", "most of our shoppers are retirees"],
)
def test_an_older_audience_alone_asks_for_bigger_text(text: str) -> None:
    question = asks(text, "older viewers", "bigger")
    assert "voice" not in question  # no voice-over to slow


@pytest.mark.parametrize(
    ("answer", "changes"),
    [
        (
            "yes please",
            {
                "scene_1__overlay__fontSize": 80,
                "scene_2__overlay__fontSize": 70,
                "scene_3__overlay__fontSize": 90,
            },
        ),
        (
            "bigger",
            {
                "scene_1__overlay__fontSize": 80,
                "scene_2__overlay__fontSize": 70,
                "scene_3__overlay__fontSize": 90,
            },
        ),
    ],
)
def test_the_answer_to_the_older_audience_question(answer: str, changes: dict[str, Any]) -> None:
    start = basic_project()
    turn = parse_message("our audience is over 65", start)
    assert turn.pending is not None
    state = ConversationState(project_id=start.project_id, pending=turn.pending)
    only(answer, start, state, **changes)


def test_with_a_voice_over_the_older_audience_question_offers_a_slower_voice_too() -> None:
    voiced = basic_with(**VOICED)
    asks("my clients are seniors", "bigger", "slower", "both", project=voiced)
    turn = parse_message("my clients are seniors", voiced)
    state = ConversationState(project_id=voiced.project_id, pending=turn.pending)
    only("slower", voiced, state, voice__rate=0.85)


def test_a_young_audience_is_no_such_question() -> None:
    turn = parse_message("our customers are mostly students", basic_project())
    assert not turn.operations and not (turn.question and "older" in turn.question)


# 11. words called small, then unreadable ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the tiny writing on the showcase is impossible for my mum", {"scene_2__overlay__fontSize": 70}),
        ("the small text on the cta is hard to read", {"scene_3__overlay__fontSize": 90}),
        ("the little words on the hook are unreadable", {"scene_1__overlay__fontSize": 80}),
    ],
)
def test_small_words_that_are_unreadable_grow(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_tiny_asked_for_is_still_a_tiny_size() -> None:
    only(
        "make the text tiny",
        scene_1__overlay__fontSize=35,
        scene_2__overlay__fontSize=31,
        scene_3__overlay__fontSize=40,
    )


# 12. a figure said alone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["hook rate is low", "our thumb-stop ratio is only 11%", "3 second views are terrible on this ad"]
)
def test_a_weak_hook_figure_alone_asks_what_to_change_in_the_hook(text: str) -> None:
    asks(text, "hook", "words", "length")


@pytest.mark.parametrize(
    "text", ["CTR is bad on the end card", "the end card's CTR is 0.4%", "click-through rate was really poor"]
)
def test_a_weak_click_figure_alone_asks_how_the_cta_should_stand_out(text: str) -> None:
    asks(text, "CTA", "bigger text", "background")


def test_a_figure_of_no_one_scene_is_no_edit() -> None:
    turn = parse_message("retention is bad", basic_project())
    assert not turn.operations


# 13. a scene that ends abruptly ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the cta ends so abruptly", {"scene_3__durationSec": 5.0, "durationSec": 16.0}),
        ("the hook just stops too suddenly", {"scene_1__durationSec": 5.0, "durationSec": 16.0}),
        ("the showcase scene cuts off abruptly", {"scene_2__durationSec": 8.8, "durationSec": 16.8}),
    ],
)
def test_a_scene_that_ends_abruptly_gets_more_time(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_the_music_ending_abruptly_is_no_scene() -> None:
    turn = parse_message("the music ends so abruptly", basic_project())
    assert not turn.operations


# 14. a test cell is a version ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "operation"),
    [
        (
            "B cell: the showcase twice as long, everything else the same",
            "B",
            {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 14.0},
        ),
        (
            "test cell B: cta text white",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"},
        ),
        (
            "for the C cell, hook says 'Hi'",
            "C",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Hi"},
        ),
    ],
)
def test_a_test_cell_is_a_version(text: str, label: str, operation: dict[str, Any]) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "create_variation", "label": label, "operations": [operation]}
    ]


# 15. "A/B the <part>: B gets '…'" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "operation"),
    [
        (
            "A/B the tagline: B gets 'Light something slow'",
            {"operation": "update_brand", "tagline": "Light something slow"},
        ),
        (
            "A/B test the cta: B gets 'Grab yours'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Grab yours"},
        ),
        (
            "a/b the hook text - B uses 'Morning, sorted'",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Morning, sorted"},
        ),
    ],
)
def test_ab_the_part_then_what_b_gets_makes_b(text: str, operation: dict[str, Any]) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "create_variation", "label": "B", "operations": [operation]}
    ]


def test_ab_a_part_of_no_one_scene_asks_which() -> None:
    turn = parse_message("split-test the headline, C has 'Sleep deeper'", basic_project())
    assert not turn.operations and turn.question and "Which scene" in turn.question


# 16. who cannot see it, said with the fix ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "colour-blind folks can't see that, make the cta text white",
            {"scene_3__overlay__color": "#FFFFFF"},
        ),
        (
            "a lot of people can't see this colour: the showcase text black",
            {"scene_2__overlay__color": "#000000"},
        ),
        (
            "make the cta text white, colour-blind people can't see that",
            {"scene_3__overlay__color": "#FFFFFF"},
        ),
        ("older viewers can't read it, so make the hook text bigger", {"scene_1__overlay__fontSize": 80}),
    ],
)
def test_who_cannot_see_it_is_the_reason_for_the_fix_not_a_size(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_who_cannot_see_a_named_text_still_grows_it() -> None:
    only("colour-blind folks can't see the cta text", scene_3__overlay__fontSize=90)
