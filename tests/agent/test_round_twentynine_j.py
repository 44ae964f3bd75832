"""Round twenty-nine j (2026-12-05): the newer features (voice-over, captions, brand kit fields,
platform presets) in marketers' words, where an older reading changed something not asked
(:mod:`adgen.agent.understanding.feature_words` and small rows elsewhere).

1. The captions' look on an ad with captions ("the captions are too small", "captions in yellow",
   "move the subtitles up") resized, recoloured or moved every scene's on-screen text: the reason
   and the choices, nothing changed.
2. A voice-over line too long ("shorten the voiceover in the showcase", "scene 2's voice-over is too
   long") shortened the scene: asked, line or scene.
3. The voice off in a list of scenes ("remove the voice in the hook and the end card") removed the
   scenes; "mute the narrator in scenes 1 and 3" muted the music: the scenes' voice-over off.
4. The pace in one scene ("the narrator's too fast in the showcase") changed the whole voice: asked.
5. "no tagline please" set the tagline to "please"; "remove the tagline" was not read: cleared.
6. "swap the primary brand colour to teal" left the brand with teal only: that colour replaced.
7. "sage green and sand" were three colours (sage, green, sand): a colour with its hue is one.
8. A voice of one's own or its performance ("clone my CEO's voice", "sound more excited", "a French
   accent"), and the logo's motion ("can the logo spin in?"): a one-line reason, nothing changed.
9. "drop the subtitles, they clutter the screen", "…, lose them": the captions off.
10. "also square for the feed" added the 4:5 feed too.
11. "use Montserrat for the brand font" answered that the text already uses the brand font.
12. "tagline and font: 'Work, sorted!' and Roboto" set the font to the tagline's words.
13. "also export for YouTube Shorts" rendered the landscape YouTube video.

Every test checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only, unchanged
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s, showcase 7 s, cta 4 s; brand and palette #1F3A5F, #F2A541.

LINES = ("Ready for a boost?", "Smooth, bold, one hundred percent arabica.", "Order today.")


def voiced() -> AdProject:
    """basic_project with the voice and its captions on, a line in every scene, a tagline and a font."""
    return basic_with(
        voice__enabled=True,
        captions__enabled=True,
        brand__tagline="Brewed bold.",
        brand__font="Inter",
        scene_1__voiceover={"text": LINES[0], "enabled": True},
        scene_2__voiceover={"text": LINES[1], "enabled": True},
        scene_3__voiceover={"text": LINES[2], "enabled": True},
    )


# --- 1. the captions' look ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the captions are too small",
        "can the captions be bigger?",
        "captions in yellow please",
        "move the subtitles up",
        "the captions cover the text, move them up",
        "put the captions at the top",
    ],
)
def test_the_captions_look_is_a_reason(text: str) -> None:
    reply = unchanged(text, voiced())
    assert "can't change their size, colour, font or place" in reply


# --- 2. a voice-over line too long ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "shorten the voiceover in the showcase",
        "the voice-over in scene 2 is too long",
        "cut the narration down in scene 2",
        "trim the VO in the showcase",
        "scene 2's voice-over is too long",
    ],
)
def test_a_long_line_asks_line_or_scene(text: str) -> None:
    reply = unchanged(text, voiced())
    assert "longer" in reply and LINES[1] in reply


def test_a_long_line_without_a_scene_asks_which() -> None:
    assert "Which scene" in unchanged("the voiceover is too long", voiced())


# --- 3. the voice off in a list of scenes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "remove the voice in the hook and the end card",
        "no voice-over in the hook and the cta",
        "mute the narrator in scenes 1 and 3",
        "remove the voiceover in the hook and the cta",
    ],
)
def test_voice_off_in_listed_scenes(text: str) -> None:
    only(text, voiced(), scene_1__voiceover__enabled=False, scene_3__voiceover__enabled=False)


def test_a_line_for_two_numbered_scenes_is_the_voice_over() -> None:
    only(
        "the voice-over in scene 1 and 2 should say 'Wake up'",
        voiced(),
        scene_1__voiceover__text="Wake up",
        scene_2__voiceover__text="Wake up",
    )


# --- 4. the pace in one scene ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("the narrator's too fast in the showcase", "slow the whole voice-over down"),
        ("slow the voice down in scene 2", "slow the whole voice-over down"),
        ("the voice drags in the cta", "speed the whole voice-over up"),
        ("make the voice faster in the hook", "speed the whole voice-over up"),
    ],
)
def test_pace_in_one_scene_is_asked(text: str, way: str) -> None:
    assert way in unchanged(text, voiced())


def test_pace_of_the_whole_voice_still_changes() -> None:
    only("the voice is too slow", voiced(), voice__rate=1.15)


# --- 5. the tagline removed -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["no tagline please", "remove the tagline", "drop our tagline", "we don't have a tagline anymore"]
)
def test_tagline_removed(text: str) -> None:
    only(text, voiced(), brand__tagline="")


def test_no_tagline_to_remove() -> None:
    assert "no tagline" in unchanged("remove the tagline", basic_project())


# --- 6. one brand colour by its place ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("swap the primary brand colour to teal", ["#008080", "#F2A541"]),
        ("change the main brand colour to red", ["#FF0000", "#F2A541"]),
        ("make the second brand colour white", ["#1F3A5F", "#FFFFFF"]),
        ("change the primary brand colour from navy to teal", ["#008080", "#F2A541"]),
    ],
)
def test_one_brand_colour_by_place(text: str, colours: list[str]) -> None:
    only(text, basic_project(), brand__colors=colours)


# --- 7. a colour with its hue is one colour ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("our brand colours are sage green and sand", ["#9CAF88", "#C2B280"]),
        ("brand colours: olive green and white", ["#808000", "#FFFFFF"]),
        ("brand colours should be charcoal grey and gold", ["#36454F", "#FFD700"]),
    ],
)
def test_colour_with_its_hue(text: str, colours: list[str]) -> None:
    turn = parse_message(text, basic_project())
    brand = [op for op in turn.operations if op.to_wire()["operation"] == "update_brand"]
    assert brand and brand[0].colors == colours, (text, turn.operations)


# --- 8. reasons: a voice of one's own, its performance, the logo's motion -------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("can you clone my CEO's voice for the narration?", "can't clone"),
        ("use our founder's voice for the voice-over", "can't clone"),
        ("can you use our brand voice for the narration?", "can't clone"),
        ("the narrator should sound more excited", "can't set how the voice performs"),
        ("can the voice have a French accent?", "can't set how the voice performs"),
        ("make the narrator sound younger", "can't set how the voice performs"),
        ("the voice sounds too corporate, make it friendlier", "can't set how the voice performs"),
        ("can the logo spin in?", "can't animate the logo"),
        ("the logo should be animated", "can't animate the logo"),
        ("animate our logo on the end card", "can't animate the logo"),
    ],
)
def test_reasons(text: str, reason: str) -> None:
    assert reason in unchanged(text, voiced())


# --- 9. the captions named as "them" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "drop the subtitles, they clutter the screen",
        "the voice is great but the captions are distracting, lose them",
        "the captions look cheap, turn them off",
    ],
)
def test_captions_off_by_pronoun(text: str) -> None:
    only(text, voiced(), captions__enabled=False)


# --- 10. square for the feed ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["also square for the feed", "add a square one for the feed", "we need square for the feed too"]
)
def test_square_for_the_feed(text: str) -> None:
    start = basic_with(presets=["tiktok", "reels"], aspectRatios=["9:16"])
    only(text, start, presets=["tiktok", "reels", "square_feed"], aspectRatios=["9:16", "1:1"])


# --- 11. a font named for the brand font ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("use Montserrat for the brand font", "Montserrat"),
        ("use Lora for our brand font", "Lora"),
        ("use Poppins for the brand font please", "Poppins"),
    ],
)
def test_font_named_for_the_brand_font(text: str, font: str) -> None:
    only(text, voiced(), brand__font=font)


def test_the_brand_font_itself_is_still_answered() -> None:
    assert "already uses the brand font" in unchanged("use the brand font for the text", voiced())


# --- 12. two brand fields and their values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagline", "font"),
    [
        ('tagline and font: "Work, sorted!" and Roboto', "Work, sorted!", "Roboto"),
        ("font and tagline: Roboto and 'Get it done.'", "Get it done.", "Roboto"),
        ("new tagline and font: 'Brewed for mornings' and Lora", "Brewed for mornings", "Lora"),
    ],
)
def test_tagline_and_font_together(text: str, tagline: str, font: str) -> None:
    only(text, voiced(), brand__tagline=tagline, brand__font=font)


# --- 13. exported for YouTube Shorts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["also export for YouTube Shorts", "export for yt shorts as well", "export for shorts"]
)
def test_export_for_shorts_is_vertical(text: str) -> None:
    turn = parse_message(text, basic_with(presets=["tiktok", "youtube"], aspectRatios=["9:16", "16:9"]))
    assert [op.to_wire() for op in turn.operations] == [{"operation": "add_presets", "presets": ["shorts"]}]
    assert turn.wants_render and turn.render_aspects == ["9:16"], text
