"""Round twenty-nine h (2026-12-05): a scene's picture or text named by how it looks now, and what
is kept, praised or reported beside a request, as classes in other words (my own messages, on many
starts: 40 wrong edits in 130 before, see the report).

1. A picture named by what it shows or its colour, then a complaint and a fix ("the sunny backyard
   looks washed out, more contrast", "the blue background is boring, make it warmer"): that one
   scene's background, never the whole ad's style; a picture and a scene that disagree ("the beach
   shot in the cta", the beach being another scene) are asked about.
2. A picture said to be tinted ("the customers scene is red-tinted, make it neutral"): its
   background gets neutral colours; the text is never set to the tint.
3. A text named by its colour ("the white bottle text is too small", "the pink text at the end is
   too small"): the colour points at the text (never the product, never a new colour); two texts
   of that colour are asked about; a coloured text that "looks cheap" asks what to change.
4. "the brand tagline is 'X'": the brand's tagline, never the CTA's words.
5. "the client told us it's Poppins": the font (whole) when the message says "font", else asked.
6. "leave the red" on an ad with no red, or "keep the orange" on an ad with orange: nothing changes.
7. Praise before "but" ("love the voice, but the cta text should be white"): the request only.
"""

from __future__ import annotations

import pytest
from parse_helpers import asks, basic_with, content, only, same_as
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: hook "splash of iced coffee, energetic, bright" (white 64), showcase "cold brew
# bottle on a sunny counter, warm light" (white 56), cta "brand colours, bold closing frame"
# (#F2A541 72); palette #1F3A5F, #F2A541; lighting bright.


def unchanged_with_reply(text: str, project: AdProject | None = None) -> str:
    turn = parse_message(text, project or basic_project())
    assert not turn.operations and turn.brief is None and not turn.question, (text, turn.operations)
    assert turn.unknown, text
    return turn.unknown


def yard() -> AdProject:
    return basic_with(
        scene_2__backgroundPrompt="backyard with a wooden deck at golden hour",
        scene_3__backgroundPrompt="navy gradient with a gold glow",
    )


# --- 1. a picture named, a complaint and a fix ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "added"),
    [
        ("the sunny backyard looks washed out, more contrast", 2, "more contrast"),
        ("the backyard looks flat, add contrast please", 2, "more contrast"),
        ("the backyard shot is too bright, darker please", 2, "darker"),
        ("the navy gradient looks cold, make it warmer", 3, "warmer"),
        ("the blue background is boring, make it warmer", 3, "warmer"),
        ("the gold glow backdrop looks dull, more saturated please", 3, "more colourful"),
    ],
)
def test_a_named_picture_is_that_scenes_background(text: str, scene: int, added: str) -> None:
    start = yard()
    prompt = start.scenes[scene - 1].background_prompt
    only(text, start, **{f"scene_{scene}__backgroundPrompt": f"{prompt}, {added}"})


@pytest.mark.parametrize(
    "text",
    [
        "the beach shot in the cta is too bright, darker please",
        "the beach picture on the end card is too dark, brighter please",
        "the beach shot in the hook looks washed out, more contrast",
        "the beach shot in the cta is too bright",
    ],
)
def test_a_picture_and_a_scene_that_disagree_are_asked(text: str) -> None:
    start = basic_with(scene_2__backgroundPrompt="friends laughing around a beach bonfire")
    question = asks(text, start)
    assert "scene 2" in question and "beach bonfire" in question


# --- 2. a tinted picture made neutral ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the customers scene is red-tinted, make it neutral",
        "the customers shot has a green tint, neutralise it",
        "the customers scene looks too orange, make it more neutral",
        "the customers scene looks bluish, more neutral please",
    ],
)
def test_a_tinted_picture_gets_neutral_colours(text: str) -> None:
    start = basic_with(scene_2__backgroundPrompt="a line of smiling customers at a truck window")
    only(
        text,
        start,
        scene_2__backgroundPrompt="a line of smiling customers at a truck window, neutral colours",
    )


# --- 3. a text named by its colour ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("the gold text is too big", "the cta text is too big"),
        ("the orange text is way too small", "the cta text is way too small"),
        ("the white coffee text is too small", "the hook text is too small"),
        ("the white bottle text is too small", "the showcase text is too small"),
        ("the pink text at the end is too small", "the cta text is too small"),
        ("the cyan text on the end card is tiny", "the cta text is tiny"),
        ("the white text is fine, the gold text is too small", "the cta text is too small"),
    ],
)
def test_a_colour_before_text_points_at_it(text: str, plain: str) -> None:
    same_as(text, plain)


def test_a_product_word_before_text_is_the_text_not_the_product() -> None:
    start = basic_with(scene_2__backgroundPrompt="the sneaker turning on a concrete plinth")
    same_as("the white sneaker text is too small", "the showcase text is too small", start)
    same_as("the white sneaker text looks tiny", "the showcase text looks tiny", start)


@pytest.mark.parametrize(
    "text",
    [
        "the white sign text is too small",
        "the black text is too big",
        "the yellow text is hard to read on the yellow sky",
    ],
)
def test_a_colour_that_is_not_one_text_is_asked(text: str) -> None:
    question = asks(text)
    assert "scene 1" in question and "scene 2" in question


@pytest.mark.parametrize(
    "text",
    [
        "the gold text on the end card looks cheap",
        "the orange text in the cta looks tacky",
        "the gold words at the end look cheesy",
        "the orange text on the last scene feels dated",
    ],
)
def test_a_coloured_text_that_looks_cheap_asks_what_to_change(text: str) -> None:
    question = asks(text)
    assert "Order today" in question and "colour" in question and "size" in question


# --- 4. the brand tagline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the brand tagline is 'Fresh every day'",
        "the brand slogan is 'Fresh every day'",
        "brand tagline: 'Fresh every day'",
        "the brand's tagline should be 'Fresh every day'",
    ],
)
def test_the_brand_tagline_is_the_brands(text: str) -> None:
    only(text, brand__tagline="Fresh every day")


# --- 5. a font reported as "it's X" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("about the font: the client told us it's Poppins", "Poppins"),
        ("font wise, the client told us it's Poppins", "Poppins"),
        ("the font? our designer said it's Open Sans", "Open Sans"),
    ],
)
def test_a_reported_font_is_the_whole_name(text: str, font: str) -> None:
    only(text, brand__font=font)


@pytest.mark.parametrize(
    "text",
    ["the client told us it's Poppins", "our designer said it's Lato", "they confirmed it's Open Sans"],
)
def test_a_reported_name_without_font_is_asked(text: str) -> None:
    assert "font" in asks(text)


# --- 6. a colour kept -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["leave the red", "keep the purple", "don't touch the green please"])
def test_keeping_a_colour_the_ad_does_not_have_changes_nothing(text: str) -> None:
    assert "no " in unchanged_with_reply(text)


@pytest.mark.parametrize("text", ["keep the orange", "leave the blue alone", "please keep the white"])
def test_keeping_a_colour_the_ad_has_changes_nothing(text: str) -> None:
    assert "stays" in unchanged_with_reply(text)


# --- 7. praise before "but" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("love the voice, but the cta text should be white", "the cta text should be white"),
        ("great pacing, but make the cta text white", "make the cta text white"),
        ("love the music, but the end text should be bigger", "the end text should be bigger"),
        ("the music is perfect, though the hook text should be bigger", "the hook text should be bigger"),
        ("really like the colours, but make the hook text gold", "make the hook text gold"),
    ],
)
def test_praise_before_but_is_no_request(text: str, plain: str) -> None:
    same_as(text, plain)


def test_nothing_else_changes_with_praise() -> None:
    changed = only("love the voice, but the cta text should be white", scene_3__overlay__color="#FFFFFF")
    assert content(changed)["style"] == content(basic_project())["style"]


# --- cousins: a fix after the complaint, a kept colour beside a request, a picture's colour -----


@pytest.mark.parametrize(
    "text",
    [
        "the gold cta text looks cheap, make it white",
        "the gold text on the end card looks cheap, make it white instead",
        "the orange text at the end looks tacky, change it to white",
    ],
)
def test_a_cheap_looking_text_with_a_fix_takes_the_fix(text: str) -> None:
    only(text, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "keep the orange but make the hook text gold",
        "leave the blue, make the hook text gold",
        "don't touch the orange, just make the hook text gold",
    ],
)
def test_a_kept_colour_beside_a_request_is_no_palette(text: str) -> None:
    only(text, scene_1__overlay__color="#FFD700")


@pytest.mark.parametrize(
    "text",
    [
        "keep the orange, it's our brand colour",
        "leave the blue, that's the brand colour",
        "keep the orange please",
    ],
)
def test_a_kept_brand_colour_changes_nothing(text: str) -> None:
    assert "stays" in unchanged_with_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "the orange truck looks washed out, more saturated",
        "the orange truck shot looks flat, more saturated please",
        "the orange truck looks dull, more vibrant",
    ],
)
def test_a_pictures_colour_picks_between_two_alike(text: str) -> None:
    start = basic_with(
        scene_2__backgroundPrompt="customers at a food truck window",
        scene_3__backgroundPrompt="orange food truck under string lights",
    )
    only(text, start, scene_3__backgroundPrompt="orange food truck under string lights, more colourful")


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("the backyard shot in the second scene is too bright, tone it down", "more muted"),
        ("the backyard shot looks too dark, brighten just that", "brighter"),
        ("the wooden deck is too dark", "brighter"),
        ("the golden hour backyard is way too bright", "darker"),
    ],
)
def test_a_named_picture_said_too_bright_or_dark_is_its_background(text: str, added: str) -> None:
    start = yard()
    only(text, start, scene_2__backgroundPrompt=f"{start.scenes[1].background_prompt}, {added}")


@pytest.mark.parametrize(
    "text",
    ["the gold glow in the cta is too strong", "the gold glow is too much", "the gold glow is too intense"],
)
def test_a_named_pictures_glow_too_strong_is_muted(text: str) -> None:
    only(text, yard(), scene_3__backgroundPrompt="navy gradient with a gold glow, more muted")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("the white text is too small on the showcase", "the showcase text is too small"),
        ("the white text is too small in the hook", "the hook text is too small"),
        ("the white text is too big on the end card", "the cta text is too big"),
    ],
)
def test_a_coloured_text_placed_after_the_complaint(text: str, plain: str) -> None:
    same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("love the font, but the cta should say 'Try it free'", "the cta should say 'Try it free'"),
        ("love the drone shot, but make the hook text gold", "make the hook text gold"),
        ("love the new font, but the hook text should be gold", "the hook text should be gold"),
    ],
)
def test_praise_of_a_font_or_shot_before_but_is_no_request(text: str, plain: str) -> None:
    same_as(text, plain)
