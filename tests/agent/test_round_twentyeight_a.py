"""Round twenty-eight a (2026-12-05): a scene's part named with what is there now, and a change asked
for something else (:mod:`adgen.agent.understanding.described_parts`).

1. A description after "the hook:" is no copy ("the hook: fishing hook vibes, make it punchier" set
   the hook's words to "fishing hook vibes"): what describes the scene goes, other unquoted words are
   asked about.
2. "the dusk shot in the cta is too dark, brighter please" changed the whole ad's lighting too.
3. A colour or a light that says how a part is now ("the red hook background is too much, calmer",
   "the orange cta text is fine, make it bigger", "the dark end card is too dark, lighten it", "make
   the white hook text black") was the value set.
4. Buttons do not exist ("the red cta button doesn't exist, add one?" set the cta text red; "add a shop
   now button" added a cta scene): a reason, nothing changed.
5. A claim with "add a scene for that" ("we're 30% cheaper, …" set the look to minimal): asked.
6. "The background is blue, make it red" set the palette: whose background is asked.
7. A colour left out ("make the cta yellow-free: use white" set it yellow): the colour after "use".
8. "brand red is #E63946" added two colours: that brand colour is replaced (or the hex added).
9. "can the hook background be a beach?" was not read; "…a picnic table?" kept the "?".
10. "the orange end card background is too loud, tone it down" lowered the music.
11. "the phone number is white, make it yellow" set the palette: the text that shows the number.

Every test checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only, unchanged
from phrase_suite import B1, B2, B3

from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white, "Wake up to cold brew"), showcase 7 s (56, white, "Smooth.
# Bold. 100% arabica"), cta 4 s (72, #F2A541, "Order today"); palette and brand #1F3A5F, #F2A541.

T = "scene_3__backgroundPrompt"
GRILL = "carne asada sizzling on a flat-top grill, close up"
TRUCK = "orange food truck under string lights at dusk"


def taco() -> AdProject:
    """basic_project with the taco truck's pictures and words (dev19's tacotruck, three scenes)."""
    return basic_with(
        scene_1__backgroundPrompt=GRILL,
        scene_1__overlay__text="Hungry?",
        scene_3__backgroundPrompt=TRUCK,
        scene_3__overlay__text="Tue-Sat 11am-9pm",
        brand__colors=["#E76F51", "#264653"],
    )


# --- 1. a description after a label ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the hook: sizzling grill shot, make it brighter",
            {"scene_1__backgroundPrompt": f"{GRILL}, brighter"},
        ),
        ("the cta: food truck at dusk, make it warmer", {"scene_3__backgroundPrompt": f"{TRUCK}, warmer"}),
        ("hook — grill close-up, too dark, brighten it", {"scene_1__backgroundPrompt": f"{GRILL}, brighter"}),
        ("the end card — truck at night, warmer please", {"scene_3__backgroundPrompt": f"{TRUCK}, warmer"}),
        ("the hook: Hungry? — make it 2 seconds", {"scene_1__durationSec": 2.0, "durationSec": 13.0}),
    ],
)
def test_a_description_after_a_label_is_no_copy(text: str, changes: dict) -> None:
    only(text, taco(), **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the hook: morning coffee splash, make it 2 seconds",
            {"scene_1__durationSec": 2.0, "durationSec": 13.0},
        ),
        (
            "the end card: navy and gold frame thing, make it warmer",
            {"scene_3__backgroundPrompt": f"{B3}, warmer"},
        ),
        (
            "the showcase — bottle on the counter, make it shorter",
            {"scene_2__durationSec": 5.6, "durationSec": 13.6},
        ),
        ("the cta: Order today, make it bigger", {"scene_3__overlay__fontSize": 90}),
        ("the hook: Wake up to cold brew, make it bigger", {"scene_1__overlay__fontSize": 80}),
    ],
)
def test_a_label_with_the_scene_s_own_words_or_picture(text: str, changes: dict) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    [
        "the hook: Rise and grind, make it punchier",
        "the cta: Get yours now, make it bigger",
        "the showcase: ice cubes pouring, slow it down",
    ],
)
def test_unquoted_words_after_a_label_are_asked_about(text: str) -> None:
    reply = unchanged(text)
    assert "new words on screen" in reply


def test_a_vague_description_then_a_vague_request_asks() -> None:
    assert unchanged("the hook: fishing hook vibes, make it punchier", taco())


# --- 2. a scene's shot said too dark ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the dusk shot in the cta is too dark, brighter please",
            {"scene_3__backgroundPrompt": f"{TRUCK}, brighter"},
        ),
        (
            "the grill shot in the hook is too dark, brighter pls",
            {"scene_1__backgroundPrompt": f"{GRILL}, brighter"},
        ),
        (
            "the truck shot on the end card looks too bright, darker please",
            {"scene_3__backgroundPrompt": f"{TRUCK}, darker"},
        ),
    ],
)
def test_a_scene_s_shot_said_too_dark_is_that_scene_only(text: str, changes: dict) -> None:
    only(text, taco(), **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the bottle shot in the showcase is too bright, darker please",
            {"scene_2__backgroundPrompt": f"{B2}, darker"},
        ),
        (
            "the counter shot in scene 2 is too dark, brighter please",
            {"scene_2__backgroundPrompt": f"{B2}, brighter"},
        ),
    ],
)
def test_a_scene_s_shot_in_the_basic_ad(text: str, changes: dict) -> None:
    only(text, **changes)


# --- 3. a colour or a light that says how a part is now ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the red hook background is too much, calmer", {"scene_1__backgroundPrompt": f"{GRILL}, calmer"}),
        ("the brown hook background is too dull, warmer", {"scene_1__backgroundPrompt": f"{GRILL}, warmer"}),
        (
            "the orange end card background is too loud, tone it down",
            {"scene_3__backgroundPrompt": f"{TRUCK}, more muted"},
        ),
        ("the dark end card is too dark, lighten it", {"scene_3__backgroundPrompt": f"{TRUCK}, brighter"}),
    ],
)
def test_a_background_s_colour_or_light_is_how_it_is(text: str, changes: dict) -> None:
    only(text, taco(), **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the orange cta text is fine, make it bigger", {"scene_3__overlay__fontSize": 90}),
        ("the pink cta text is hard to read", {"scene_3__overlay__fontSize": 90}),
        ("the yellow showcase text is too small, make it bigger", {"scene_2__overlay__fontSize": 70}),
        ("make the red cta text bigger", {"scene_3__overlay__fontSize": 90}),
        (
            "the dark coffee shot in the hook is too dark, brighten it",
            {"scene_1__backgroundPrompt": f"{B1}, brighter"},
        ),
    ],
)
def test_a_text_s_colour_is_how_it_is(text: str, changes: dict) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the white hook text black", {"scene_1__overlay__color": "#000000"}),
        ("change the white cta text to yellow", {"scene_3__overlay__color": "#FFFF00"}),
        ("turn the orange end card text white", {"scene_3__overlay__color": "#FFFFFF"}),
    ],
)
def test_the_colour_now_and_the_colour_asked(text: str, changes: dict) -> None:
    only(text, **changes)


def test_a_colour_pointing_at_a_thing_in_the_picture_is_still_asked() -> None:
    assert unchanged("the blue sky in the hook is distracting, remove it")


# --- 4. buttons --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the red cta button doesn't exist, add one?",
        "add a shop now button to the cta",
        "put a buy now button on the end card",
        "there's no order button, can you add one",
        'can we get a "Order now" button on the end card?',
    ],
)
def test_buttons_do_not_exist(text: str) -> None:
    assert "no buttons" in unchanged(text)


# --- 5. a claim with "add a scene for that" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we're 30% cheaper, add a scene for that",
        "we use organic beans, add a scene about that",
        "we've been roasting for 30 years, add a scene for that",
        "we're 5 minutes from the beach, add a scene for that",
    ],
)
def test_a_claim_for_a_new_scene_is_asked(text: str) -> None:
    assert "Should a new scene say" in unchanged(text)


# --- 6. whose background -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The background is blue, make it red",
        "the bg is grey, make it orange",
        "the backdrop is white, change it to navy",
    ],
)
def test_the_background_said_as_it_is_asks_whose(text: str) -> None:
    assert "Which background" in unchanged(text)


# --- 7. a colour left out ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the cta yellow-free: use white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("no orange on the end card: use white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("the cta text without orange please, white instead", {"scene_3__overlay__color": "#FFFFFF"}),
        ("no gold in the cta text, use white", {"scene_3__overlay__color": "#FFFFFF"}),
        ("make the hook text white-free: use black", {"scene_1__overlay__color": "#000000"}),
    ],
)
def test_a_colour_left_out_is_no_colour_to_use(text: str, changes: dict) -> None:
    only(text, **changes)


# --- 8. a brand colour named by its hue ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("brand red is #E63946", ["#1F3A5F", "#F2A541", "#E63946"]),
        ("brand orange is #FF9F1C", ["#1F3A5F", "#FF9F1C"]),
        ("our brand navy is #0A2540", ["#0A2540", "#F2A541"]),
        ("brand blue should be #123456", ["#123456", "#F2A541"]),
    ],
)
def test_a_brand_colour_named_by_its_hue(text: str, colours: list[str]) -> None:
    only(text, brand__colors=colours)


def test_a_brand_colour_of_the_taco_truck() -> None:
    only("our brand red is #D62828", taco(), brand__colors=["#D62828", "#264653"])


# --- 9. a picture asked as a question ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("can the hook background be a beach?", {"scene_1__backgroundPrompt": "a beach"}),
        ("could the cta background be a night market?", {"scene_3__backgroundPrompt": "a night market"}),
        ("can the showcase background be a picnic table?", {"scene_2__backgroundPrompt": "a picnic table"}),
        ("make the showcase background a picnic table?", {"scene_2__backgroundPrompt": "a picnic table"}),
    ],
)
def test_a_picture_asked_as_a_question(text: str, changes: dict) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text", ["brand orange is #F2A541", "brand navy is #1f3a5f", "our brand blue is #1F3A5F"]
)
def test_a_brand_colour_it_already_has_changes_nothing(text: str) -> None:
    only(text)


# --- 11. a text named by what it shows, with its colour now ------------------------------------------


def phone() -> AdProject:
    """basic_project whose end card shows a phone number."""
    return basic_with(scene_3__overlay__text="Call (555) 014-2277")


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("the phone number is white, make it yellow", "#FFFF00"),
        ("make the phone number yellow", "#FFFF00"),
        ("the number is orange, turn it white", "#FFFFFF"),
        ("the phone number looks orange so make it white", "#FFFFFF"),
    ],
)
def test_a_text_named_by_what_it_shows_takes_the_colour(text: str, colour: str) -> None:
    only(text, phone(), scene_3__overlay__color=colour)
