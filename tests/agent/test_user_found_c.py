"""Classes of defect found by using the chat as a new marketer would (2026-12-03, second pass):

- less of a colour ("less orange overall") set the palette to that colour, and "tone down the
  orange" turned the music down;
- a verdict on the last change ("the previous one was better") got "Glad you like it", and
  "put them back" after a swap got the help text;
- "what did you change?" got the help text;
- "subtitles" were not captions;
- the product asked to fill the frame / be the hero got the help text;
- "make the text all caps" got the help text;
- a font described by its style ("something more elegant") was set as a family called
  "Elegant", which no machine has, and a family not installed was confirmed without a word.

The phrasings here are other words for each class than the ones that found it. Written before
the parser was changed.
"""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.session import ChatSession
from adgen.agent.understanding import parse_message

# basic_project: palette and brand colours navy #1F3A5F and orange #F2A541; hook "Wake up to
# cold brew", showcase "Smooth. Bold. 100% arabica", cta "Order today" (text #F2A541).


@pytest.mark.parametrize(
    "text",
    [
        "way too much orange in this ad",
        "can we lose some of the orange",
        "dial back the orange a bit",
        "not so much orange please",
        "the orange is a bit overpowering, tone it down",
    ],
)
def test_less_of_a_colour_takes_it_out_of_the_palette(text: str) -> None:
    assert wires(text) == [{"operation": "update_style", "palette": ["#1F3A5F"]}], text


@pytest.mark.parametrize("text", ["less purple overall", "tone down the green"])
def test_less_of_a_colour_the_ad_does_not_have_asks(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, [op.to_wire() for op in turn.operations]
    assert turn.question is not None and "#1F3A5F" in turn.question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make it more orange", "#FFA500"),
        ("an orange palette", "#FFA500"),
    ],
)
def test_more_of_a_colour_still_sets_it(text: str, expected: str) -> None:
    (op,) = wires(text)
    assert op["operation"] == "update_style" and expected in op["palette"]


def test_the_music_toned_down_is_still_the_music() -> None:
    (op,) = wires("tone down the music")
    assert op["operation"] == "update_audio" and op["volume"] < 0.7


@pytest.mark.parametrize(
    "text",
    [
        "can you capitalize all the text",
        "put every headline in all caps",
        "the on-screen text should be uppercase",
    ],
)
def test_all_caps_uppercases_every_scene_text(text: str) -> None:
    assert wires(text) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "WAKE UP TO COLD BREW"},
        {"operation": "update_overlay", "sceneId": "scene_2", "text": "SMOOTH. BOLD. 100% ARABICA"},
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "ORDER TODAY"},
    ], text


def test_all_caps_on_one_scene() -> None:
    assert wires("make the cta all caps") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "ORDER TODAY"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "can the product fill more of the screen",
        "let the bottle take up more of the frame",
        "make the product the hero of the showcase",
    ],
)
def test_the_product_filling_the_frame_grows_it(text: str) -> None:
    ops = wires(text)
    assert ops and all(op["operation"] == "update_product" and op["scale"] > 0.5 for op in ops), ops


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("pick a classier font", "DejaVu Serif"),
        ("switch to a serif typeface", "DejaVu Serif"),
        ("a cleaner, more modern font please", "DejaVu Sans"),
        ("use a typewriter style font", "DejaVu Sans Mono"),
    ],
)
def test_a_font_described_by_its_style_is_an_installed_family(text: str, family: str) -> None:
    assert wires(text) == [{"operation": "update_brand", "font": family}], text


@pytest.mark.parametrize("text", ["use the font Montserrat", "switch the typeface to Lora"])
def test_a_named_font_is_still_that_font(text: str) -> None:
    (op,) = wires(text)
    assert op["operation"] == "update_brand" and op["font"] in {"Montserrat", "Lora"}


BRIEF = "A 15 second ad for Northwind Coffee cold brew, energetic, brand colours navy and gold"


def _session(settings) -> ChatSession:
    return ChatSession.open(
        settings=settings, owner="alice", conversation_id="found-c", channel="test", auto_render=False
    )


async def test_a_verdict_for_the_version_before_undoes(settings) -> None:
    session = _session(settings)
    planned = (await session.send(BRIEF)).project
    assert planned is not None
    edited = await session.send("give the showcase a new background")
    assert edited.project.version == planned.version + 1
    for verdict in ("hmm the earlier one looked better", "I preferred the previous version"):
        reply = await session.send(verdict)
        assert [op["operation"] for op in reply.operations] == ["undo"], (verdict, reply.text)
        assert reply.project.scene("scene_2").background_prompt == planned.scene("scene_2").background_prompt
        await session.send("redo")


async def test_put_them_back_after_a_swap_undoes(settings) -> None:
    session = _session(settings)
    planned = (await session.send(BRIEF)).project
    assert planned is not None
    order = [s.id for s in planned.scenes]
    await session.send("swap scene 1 and scene 2")
    reply = await session.send("no, put those back the way they were")
    assert [op["operation"] for op in reply.operations] == ["undo"], reply.text
    assert [s.id for s in reply.project.scenes] == order


async def test_what_did_you_change_answers_from_the_history(settings) -> None:
    session = _session(settings)
    await session.send(BRIEF)
    await session.send("the cta should say 'Grab a can'")
    reply = await session.send("what did you just do?")
    assert reply.operations == [] and not reply.error
    assert "Grab a can" in reply.text and "I make and edit" not in reply.text
    await session.send("make the music quieter")
    reply = await session.send("what have you changed so far")
    assert "Grab a can" in reply.text and "music" in reply.text.lower()


async def test_subtitles_are_captions(settings) -> None:
    session = _session(settings)
    await session.send(BRIEF)
    reply = await session.send("can you add subtitles")
    assert reply.project is not None and reply.project.captions.enabled, reply.text


async def test_a_font_that_is_not_installed_is_said_in_the_confirmation(settings) -> None:
    session = _session(settings)
    await session.send(BRIEF)
    reply = await session.send("use the font Futura Bold Condensed Extra")
    assert reply.project is not None and reply.project.brand.font
    assert "not installed" in reply.text, reply.text
    reply = await session.send("use a serif font")
    assert reply.project.brand.font == "DejaVu Serif" and "not installed" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("brief", "product"),
    [
        ("we knit wool beanies, need a reel for instagram, 15 seconds, cosy", "wool beanies"),
        ("an ad for tiktok please, I roast small-batch coffee", "small-batch coffee"),
        ("I make soy candles and want a 10 second ad", "soy candles"),
    ],
)
async def test_what_a_small_business_makes_is_the_product_not_the_platform(settings, brief, product) -> None:
    session = _session(settings)
    reply = await session.send(brief)
    assert reply.project is not None, reply.text
    words = " / ".join(s.overlay.text.lower() for s in reply.project.scenes)
    assert product in words, (words, reply.text)
    assert not any(w in words for w in ("instagram", "tiktok", "reel")), words
