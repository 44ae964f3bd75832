"""Helper left40 (2026-12-04): the leftover misses of the older development sets (dev11 to dev14),
each a class tested in other words than the sets'.

- what we sell, in small letters, and only that an ad is wanted ("we sell loose leaf tea online,
  could use an ad"): the name is asked first and the answer completes one brief (the ad was made
  at once with no name and then edited: dev11's one wrong edit);
- "still <too much>" with a reaction before and a tail after ("better. still a bit loud though"):
  the same way again;
- a scene named by its own on-screen words and "one" when the words start with a number or end on
  an abbreviation ("also the 6 a.m. one", "and the King St. one too"), and an abbreviation's period
  ("King St. text") ends no sentence;
- a voice-over line typed without quotes ("change the voiceover on the opening scene to what are we
  eating tonight", "closing voice-over line: Shop today") is the voice-over's line, never the
  on-screen text (a wrong edit) nor only the voice turned on;
- an arrow before capitalised words typed without quotes is a label's colon ("cta -> Buy now");
- under a "brand …:" heading the colours and the font are the brand's, and "name X" its name.

Each asserts the exact operations and that the document changed there and nowhere else.
"""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.agent.understanding.open_brief import NAME_QUESTION
from adgen.project import AdProject
from adgen.tools import operations as ops

# basic_project: 15 s; hook 4 s "Wake up to cold brew" (top, 64), showcase 7 s "Smooth. Bold. 100%
# arabica", cta 4 s "Order today" (center, #F2A541); music 0.8; brand Northwind Coffee, colours
# #1F3A5F and #F2A541, no font, no tagline; voice off, no voice-over lines.

_BOOKKEEPING = {"version", "history", "render_status", "preflight", "created_at", "cost"}


def _flat(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out.update(_flat(inner, f"{path}.{key}" if path else str(key)))
        return out
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        out = {}
        for n, inner in enumerate(value):
            out.update(_flat(inner, f"{path}[{n}]"))
        return out
    return {path: value}


def _changes(before: AdProject, wire: list[dict[str, Any]]) -> dict[str, Any]:
    """Every field the operations change, by path (``scenes[0].overlay.position``), with its new value."""
    changed, error = simulate(before, [ops.parse_operation(w) for w in wire])
    assert error is None
    old = _flat(before.model_dump(exclude=_BOOKKEEPING))
    new = _flat(changed.model_dump(exclude=_BOOKKEEPING))
    return {k: v for k, v in new.items() if old.get(k, object()) != v}


# --- 1. what we sell, no name: the name first, then one brief ------------------------------------


@pytest.mark.parametrize(
    ("first", "answer", "brand", "product", "seconds", "mood"),
    [
        (
            "we sell loose leaf tea online, could use an ad",
            "brand is Leafhaus, 20 seconds, calm",
            "Leafhaus",
            None,
            20.0,
            "calm",
        ),
        ("I make soy candles, need a video", "it's called Wickwell", "Wickwell", "soy candles", None, None),
        (
            "hi! we bake sourdough and pastries, can you make us an ad?",
            "Crumb & Co, 15s",
            "Crumb & Co",
            "sourdough and pastries",
            15.0,
            None,
        ),
        (
            "we roast coffee beans and would like a promo",
            "Kettle Hill",
            "Kettle Hill",
            "coffee beans",
            None,
            None,
        ),
    ],
)
def test_what_we_sell_without_a_name_asks_the_name_then_makes_one_brief(
    first: str, answer: str, brand: str, product: str | None, seconds: float | None, mood: str | None
) -> None:
    asked = parse_message(first, None)
    assert asked.question == NAME_QUESTION and asked.brief is None and not asked.operations
    assert asked.pending is not None
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is not None and not turn.question
    assert turn.brief.brand_name == brand
    if product is not None:
        assert turn.brief.product == product
    assert turn.brief.duration_sec == seconds
    assert turn.brief.mood == mood


@pytest.mark.parametrize(
    "answer", ["no name yet, just go ahead", "we don't have one", "whatever you think is best"]
)
def test_no_name_to_give_makes_the_ad_without_one(answer: str) -> None:
    asked = parse_message("we knit wool scarves, could use an ad", None)
    assert asked.question == NAME_QUESTION
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is not None and not turn.question
    assert not turn.brief.brand_name
    assert turn.brief.product == "wool scarves"


@pytest.mark.parametrize(
    "text",
    [
        "we sell Fernway tea online, could use an ad",  # a name: the brief at once
        "we sell loose leaf tea online, 20 seconds, calm, could use an ad",  # more than what is sold
        "make an ad for my candles",  # no "we sell": as before
    ],
)
def test_a_name_or_more_of_the_ad_makes_the_brief_at_once(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.question != NAME_QUESTION
    assert turn.brief is not None


# --- 2. "still <too much>" with a reaction before and a tail after -------------------------------


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("the music is too loud", "better. still a bit loud though", {"audio.volume": 0.4}),
        ("the music is too loud", "ok, but still too loud tbh", {"audio.volume": 0.4}),
        ("make the music quieter", "good, still a little loud honestly", {"audio.volume": 0.4}),
        ("the music is a little quiet", "better, but still a tad quiet though", {"audio.volume": 1.0}),
        ("make the hook text smaller", "nice. still too big though", {"scenes[0].overlay.font_size": 41}),
    ],
)
def test_still_too_much_with_a_reaction_and_a_tail_goes_further(
    first: str, then: str, expected: dict[str, Any]
) -> None:
    project, state = after(first, basic_project())
    wire = wires(then, project, state)
    assert _changes(project, wire) == expected


def test_still_against_the_last_change_is_no_step() -> None:
    project, state = after("make the music louder", basic_project())
    turn = parse_message("better. still a bit loud though", project, state=state)
    assert [op.to_wire() for op in turn.operations] != [{"operation": "update_audio", "volume": 1.0}]


# --- 3. a scene named by its own words and "one"; an abbreviation's period ------------------------

_SHOP = basic_with(scene_1__overlay__text="Fresh at 6 a.m.", scene_3__overlay__text="Visit us on King St.")


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        (
            "put the King St. line at the bottom",
            "also the 6 a.m. one",
            {"scenes[0].overlay.position": "bottom"},
        ),
        (
            "move the 6 a.m. line to the bottom",
            "and the King St. one too",
            {"scenes[2].overlay.position": "bottom"},
        ),
        ("make the King St. line red", "same for the 6 a.m. one", {"scenes[0].overlay.color": "#FF0000"}),
        (
            "put the King St. line at the top",
            "the 100% arabica one as well",
            {"scenes[1].overlay.position": "top"},
        ),
    ],
)
def test_a_scene_named_by_its_words_and_one_takes_the_same_change(
    first: str, then: str, expected: dict[str, Any]
) -> None:
    project, state = after(first, _SHOP)
    wire = wires(then, project, state)
    assert _changes(project, wire) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("move the King St. text to the bottom", {"scenes[2].overlay.position": "bottom"}),
        ("make the 6 a.m. text bigger", {"scenes[0].overlay.font_size": 80}),
        ("make the King St. one red", {"scenes[2].overlay.color": "#FF0000"}),
    ],
)
def test_an_abbreviations_period_ends_no_sentence(text: str, expected: dict[str, Any]) -> None:
    assert _changes(_SHOP, wires(text, _SHOP)) == expected


@pytest.mark.parametrize("text", ["the big one too", "the other one as well"])
def test_words_no_scene_says_name_no_scene(text: str) -> None:
    project, state = after("put the King St. line at the top", _SHOP)
    turn = parse_message(text, project, state=state)
    assert not any(getattr(op, "scene_id", None) == "scene_1" for op in turn.operations)


# --- 4. a voice-over line typed without quotes -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("set the hook voice-over to good morning sunshine", "scene_1", "good morning sunshine"),
        ("change the voice over in the cta to order yours today", "scene_3", "order yours today"),
        (
            "change the voiceover on the opening scene to what are we eating tonight",
            "scene_1",
            "what are we eating tonight",
        ),
        ("update the showcase voiceover line to smooth and bold", "scene_2", "smooth and bold"),
        ("closing voice-over line: Shop today.", "scene_3", "Shop today"),
    ],
)
def test_an_unquoted_voice_over_line_is_the_voice_overs(text: str, scene: str, line: str) -> None:
    project = basic_project()
    wire = wires(text, project)
    assert wire == [{"operation": "update_voiceover", "sceneId": scene, "text": line}]
    index = int(scene.removeprefix("scene_")) - 1
    # the scene's line, spoken (as a quoted line makes it): the voice and its captions on
    assert _changes(project, wire) == {
        f"scenes[{index}].voiceover.text": line,
        f"scenes[{index}].voiceover.enabled": True,
        f"scenes[{index}].voiceover.voice": None,
        f"scenes[{index}].voiceover.rate": None,
        f"scenes[{index}].voiceover.pitch": None,
        "voice.enabled": True,
        "captions.enabled": True,
    }


@pytest.mark.parametrize(
    ("text", "not_a_line"),
    [
        ("change the voice to british", True),
        ("change the voiceover to a deeper voice", True),
        ("change the hook text to good morning", True),
    ],
)
def test_a_voice_or_the_text_is_no_voice_over_line(text: str, not_a_line: bool) -> None:
    turn = parse_message(text, basic_project())
    assert not_a_line and not any(
        op.operation == "update_voiceover" and getattr(op, "text", None) for op in turn.operations
    )


# --- 5. an arrow before capitalised unquoted words is a label's colon -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the cta text → Shop now",
            [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop now"}],
        ),
        ("cta -> Buy now", [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Buy now"}]),
        (
            "scene 2 → Bold and smooth",
            [{"operation": "update_overlay", "sceneId": "scene_2", "text": "Bold and smooth"}],
        ),
        (
            "closing voice-over line → Shop today.",
            [{"operation": "update_voiceover", "sceneId": "scene_3", "text": "Shop today"}],
        ),
    ],
)
def test_an_arrow_before_unquoted_words_labels_them(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, basic_project()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'Order today' → 'Order now'",
            [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Order now"}],
        ),
        ("hook → 3s", [{"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}]),
    ],
)
def test_the_arrows_already_read_stay_as_they_were(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text, basic_project()) == expected


# --- 6. under a brand heading: the brand's colours, font and name ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "brand refresh: font Lora, tagline 'Slow mornings', colours #2B2118 and #E0B973",
            {"brand.font": "Lora", "brand.tagline": "Slow mornings", "brand.colors": ["#2B2118", "#E0B973"]},
        ),
        (
            "brand update - colors navy and cream, font Lora",
            {"brand.colors": ["#000080", "#FFFDD0"], "brand.font": "Lora"},
        ),
        (
            "brand: name Fernway, colours #2B2118 and #E0B973",
            {"brand.name": "Fernway", "brand.colors": ["#2B2118", "#E0B973"]},
        ),
        ("our brand guidelines: font Lora", {"brand.font": "Lora"}),
    ],
)
def test_a_brand_heading_makes_its_colours_and_font_the_brands(text: str, expected: dict[str, Any]) -> None:
    project = basic_project()
    assert _changes(project, wires(text, project)) == expected


def test_colours_without_a_brand_heading_are_still_the_palette() -> None:
    project = basic_project()
    wire = wires("colours #2B2118 and #E0B973", project)
    assert wire == [{"operation": "update_style", "palette": ["#2B2118", "#E0B973"]}]


# --- 7. a scene over too soon: longer (never the music's or the voice's end) ----------------------


@pytest.mark.parametrize(
    ("text", "scene", "seconds"),
    [
        ("the hook is over too quickly", 0, 5.0),
        ("the showcase finishes way too soon, nobody can read it", 1, 10.5),
        ("the cta vanishes too fast", 2, 5.0),
        ("The 'Order today' end card is over far too quickly; people will not have time to read it.", 2, 6.0),
    ],
)
def test_a_scene_over_too_soon_gets_longer(text: str, scene: int, seconds: float) -> None:
    project = basic_project()
    changed = _changes(project, wires(text, project))
    assert changed.pop(f"scenes[{scene}].duration_sec") == seconds
    assert set(changed) <= {"duration_sec"}  # the ad's length follows its scenes'


@pytest.mark.parametrize(
    "text", ["the music ends too early", "the voice ends too soon", "the song cuts out too early"]
)
def test_the_music_or_the_voice_ending_early_is_no_scenes_length(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.operation in ("update_scene", "set_duration") for op in turn.operations)


# --- 8. "at beginning", "in end": the article left out, the ad's start or end ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The text on beginning is too much small, I cannot read it on my phone",
            {"scenes[0].overlay.font_size": 80},
        ),
        ("make text at beginning bigger", {"scenes[0].overlay.font_size": 80}),
        ("in start the text should be red", {"scenes[0].overlay.color": "#FF0000"}),
    ],
)
def test_the_start_without_its_article_is_the_first_scene(text: str, expected: dict[str, Any]) -> None:
    project = basic_project()
    assert _changes(project, wires(text, project)) == expected


def test_a_scene_added_at_beginning_goes_first() -> None:
    assert wires("add a scene at beginning", basic_project()) == wires(
        "add a scene at the beginning", basic_project()
    )
