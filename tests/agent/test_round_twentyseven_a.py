"""Round twenty-seven a (2026-12-05): a request told with its story, the reason, the people and
the things around it (:mod:`adgen.agent.understanding.stories`).

1. A colour of the story is no edit: someone's dislike before the request ("my boss hates yellow.
   change the cta text to white" also set the palette to yellow), a thing of the world ("our van is
   white with a blue stripe", "our mascot is a purple taco"), a colour of somebody else's ("navy is
   the brokerage colour"), colour blindness ("the client is colour blind (red-green)" set the
   palette to red and green), a competitor's colours. With a request after it, the request alone;
   alone, nothing changes (a dislike alone asks what instead and where).
2. Colours to avoid ("avoid red and green in the text", "stay away from orange on the end card")
   ask which colour instead (the colour named was applied).
3. A scene the story names and the request calls "it" ("the kitchen shot is the selling point,
   make it 8 seconds" set the whole ad to 8 s) is that scene.
4. A story with its own figure: "since the client bought a 10 second slot, shorten the ad to 10 s"
   (shortened twice, to 8 s); "the client said 20 seconds is too long. make it 15" (16 s); a
   campaign named before the request ("it's for a winter campaign, so …" planned a new ad).
5. A reason after the request ("remove 'quiet street' from the backyard text, it's a fair housing
   issue" removed the scene; "…, it's our strongest proof" asked for a social proof scene).

Every test checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, content, only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white, "Wake up to cold brew"), showcase 7 s (56, white, "Smooth.
# Bold. 100% arabica"), cta 4 s (72, #F2A541, "Order today"); palette #1F3A5F, #F2A541.


# --- 1. a colour of the story --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My boss hates yellow. Can you change the end card text colour to white?",
        "my boss hates orange. Change the CTA text to white.",
        "The client can't stand purple, so make the cta text white please",
        "Our manager really dislikes green — make the end card words white.",
        "our van is white with a blue stripe. make the cta text white",
        "Since the client is colour blind (red-green), make the cta text white.",
    ],
)
def test_a_colour_of_the_story_is_no_edit(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "Our mascot is a purple taco. Not relevant yet, just telling you.",
        "Navy is the brokerage colour. Nothing else to change for now.",
        "Our van is white with a blue stripe, not blue with orange.",
        "Our techs wear orange now, not blue.",
        "Just so you know the client is colour blind (red-green).",
        "fyi our delivery bikes are green now",
    ],
)
def test_a_story_alone_changes_nothing(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text",
    ["My boss hates yellow.", "the client can't stand orange", "I don't like green."],
)
def test_a_colour_disliked_alone_asks_what_instead(text: str) -> None:
    assert "which text or scene" in unchanged(text).lower()


@pytest.mark.parametrize(
    "text",
    [
        "The client mentioned their competitor uses blue and orange too, so maybe a different palette?",
        "our main competitor uses red and white, what's our palette?",
        "their competitor has green and gold. What colours are we using?",
    ],
)
def test_a_competitors_colours_are_not_applied(text: str) -> None:
    unchanged(text)


# --- 2. colours to avoid --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("avoid red and green in the text.", "the text"),
        ("Since the client is colour blind, avoid red and green in the text.", "the text"),
        ("stay away from orange on the end card", "the end card"),
        ("no red or green text please", "the text"),
        ("steer clear of yellow in the hook", "the hook"),
    ],
)
def test_colours_to_avoid_ask_what_instead(text: str, what: str) -> None:
    reply = unchanged(text)
    assert f"which colour should {what} be" in reply.lower(), reply


# --- 3. a scene named by the story, "it" in the request -----------------------------------------------


def kitchen() -> AdProject:
    return basic_with(scene_2__backgroundPrompt="sunlit open-plan kitchen with a marble island")


@pytest.mark.parametrize(
    "text",
    [
        "The kitchen shot is the selling point, make it 8 seconds.",
        "Since the kitchen is the selling point, give it 1 more second.",
        "the kitchen is our best shot, so make it 8s",
        "The kitchen shot is the money shot. Make it 8 seconds long.",
    ],
)
def test_the_scene_of_the_story_is_it(text: str) -> None:
    start = kitchen()
    changed = only(text, start, scene_2__durationSec=8.0, durationSec=16.0)
    assert content(changed)["scenes"][0] == content(start)["scenes"][0]


# --- 4. a story with a figure of its own --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Since the client bought a 10 second slot, shorten the ad to 10 s.", 10.0),
        ("because we only have a 12s slot, make the ad 12 seconds", 12.0),
        ("The client said 15 seconds is too long for Reels. Make it 12.", 12.0),
        ("15 seconds is way too long. make it 10", 10.0),
    ],
)
def test_a_figure_of_the_story_is_no_second_length(text: str, total: float) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    wire = [op.to_wire() for op in turn.operations]
    assert wire == [{"operation": "set_duration", "durationSec": total}], (text, wire)


@pytest.mark.parametrize(
    "text",
    [
        "It's for a winter campaign — frozen pipes — so make the showcase show a frozen pipe.",
        "this is for a Ramadan campaign, so make the showcase show a lantern at dusk",
        "It's for our summer promo. Make the showcase show a frozen pipe",
    ],
)
def test_a_campaign_named_before_the_request_is_no_new_ad(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.brief is None, text
    assert [op.to_wire()["operation"] for op in turn.operations] == ["update_scene"], (text, turn.operations)
    assert [op.to_wire().get("sceneId") for op in turn.operations] == ["scene_2"], text


# --- 5. a reason after the request ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Remove 'Bold.' from the showcase text, it's a compliance issue.",
        "remove 'Bold.' from the showcase text - it's a legal thing",
        "Remove 'Bold.' from the showcase text; that's our brand rule",
    ],
)
def test_a_reason_after_the_request_is_no_edit(text: str) -> None:
    only(text, scene_2__overlay__text="Smooth. 100% arabica")


@pytest.mark.parametrize(
    "text",
    [
        "Add '4.9 stars on Google' to the showcase, it's our strongest proof.",
        "add '4.9 stars on Google' to the showcase — it's our biggest selling point",
        "Add '4.9 stars on Google' to the showcase, that's the main thing",
    ],
)
def test_a_reason_after_added_words(text: str) -> None:
    only(text, scene_2__overlay__text="Smooth. Bold. 100% arabica\n4.9 stars on Google")


# --- 6. opinions, moments and things found fine ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The client thinks blue feels corporate. Make the cta text white instead.",
        "my boss says green looks cheap, so make the cta text white",
        "I think red comes across as aggressive. Make the cta text white.",
        "Our instructor is in a red sweater in the video, lol. Anyway make the cta text white.",
        "The yoga studio's walls are sage green. Make the cta text white.",
    ],
)
def test_an_opinion_or_a_thing_of_colour_before_the_request(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "Retention drops at 6 seconds, so shorten the showcase to 5 seconds.",
        "people bounce around the 3 second mark. make the showcase 5 s",
        "viewers leave at 8s — cut the showcase to 5 seconds",
    ],
)
def test_a_moment_of_the_viewing_is_no_length(text: str) -> None:
    only(text, scene_2__durationSec=5.0, durationSec=13.0)


@pytest.mark.parametrize(
    "text",
    [
        "We shot it at 5pm, golden hour, so lighting is fine. Just make the music quieter.",
        "The length is fine at 15. Just make the music quieter.",
        "Ours is fine at 15 s, leave it. But make the music quieter.",
    ],
)
def test_what_is_fine_is_no_request(text: str) -> None:
    start = basic_project()
    turn = parse_message(text, start)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    wire = [op.to_wire() for op in turn.operations]
    assert [w["operation"] for w in wire] == ["update_audio"], (text, wire)


@pytest.mark.parametrize(
    "text",
    [
        "they find the text small. Make it bigger everywhere.",
        "Our customers are mostly 40+ women, they find the text small. Make it bigger everywhere.",
        "my mum finds the text too small. Make it bigger everywhere.",
    ],
)
def test_text_someone_finds_small_is_no_small_size(text: str) -> None:
    only(text, scene_1__overlay__fontSize=80, scene_2__overlay__fontSize=70, scene_3__overlay__fontSize=90)


# --- 7. a part of a scene's words removed, never the scene --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "drop the time from the end card.",
        "My manager thinks the end card is too crowded, so drop the date.",
        "remove the price from the showcase",
        "cut the hours from the last scene, nobody reads them",
    ],
)
def test_a_part_of_the_words_removed_asks_which_words(text: str) -> None:
    assert "which words are the" in unchanged(text).lower()


@pytest.mark.parametrize(
    "text",
    [
        "The splash shot scares people, the client said. Make the hook less dramatic.",
        "make the hook less dramatic",
        "Can the hook be less dramatic? it's a bit much",
    ],
)
def test_less_dramatic_is_never_more_dramatic(text: str) -> None:
    turn = parse_message(text, basic_project())
    for op in turn.operations:
        assert "dramatic" not in str(op.to_wire()), (text, op)


# --- 8. "in a bigger font": that text, at the size said --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("put the cta text in a bigger font, like 90.", {"scene_3__overlay__fontSize": 90}),
        (
            "People keep missing the cta so put it in a bigger font, like 90.",
            {"scene_3__overlay__fontSize": 90},
        ),
        ("the hook text in a bigger font please", {"scene_1__overlay__fontSize": 80}),
        ("set the showcase text in a larger font", {"scene_2__overlay__fontSize": 70}),
    ],
)
def test_in_a_bigger_font_is_that_text(text: str, changes: dict[str, float]) -> None:
    only(text, **changes)


# --- 9. more of the story: tastes, painted things, "make sure it isn't", "keep ours", moments alone --------


@pytest.mark.parametrize(
    "text",
    [
        "fyi the client loves orange. make the cta text white",
        "Our office is painted yellow. Not relevant. Make the cta text white.",
        "Hey so the client's kid is colour blind, make sure the cta isn't red/green. Use white.",
        "my boss likes green, so make the cta text white",
    ],
)
def test_more_stories_before_the_request(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "The competitor ad is bright red. Keep ours blue.",
        "Viewers leave at 5 seconds.",
        "the barista in the showcase is wearing a green apron. keep it.",
        "people bounce at the 8 second mark",
    ],
)
def test_more_stories_alone_change_nothing(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("the client is colorblind so avoid red in the cta text", "the cta text"),
        ("make sure the cta isn't red or green", "the cta"),
        ("make sure the hook text is not yellow", "the hook text"),
    ],
)
def test_colours_it_must_not_be_ask_what_instead(text: str, what: str) -> None:
    reply = unchanged(text)
    assert f"which colour should {what} be" in reply.lower(), reply
