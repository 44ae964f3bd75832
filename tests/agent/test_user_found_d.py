"""More classes found by using the chat as a new marketer (2026-12-03, third pass):

- a line to add with no quotes ("add our website at the end: freshbox.com", "put a price on the
  showcase, $59 for 6 meals") got the help text; quoted words with no scene ("add '…' somewhere")
  too;
- "can I get a spanish version" planned a new ad about "Can I get a spanish version";
- "make a square one for the feed too" asked what the ad is for;
- "the text is hidden behind the tiktok buttons" moved the CTA's text to the bottom, under them;
- "center everything" and "less text overall" got the help text;
- "make the intro punchier" changed the background without asking how.

The phrasings here are other words for each class than the ones that found it, written before
the parser was changed.
"""

from __future__ import annotations

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew", showcase "Smooth. Bold. 100% arabica", cta "Order
# today"; presets tiktok, reels, square, youtube (9:16, 1:1, 16:9).


def _ops(text: str) -> list[dict]:
    return [op.to_wire() for op in parse_message(text, basic_project()).operations]


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("add the url to the end card: northwind.coffee", "scene_3", "northwind.coffee"),
        ("stick our web address on the last scene - www.northwind.com", "scene_3", "www.northwind.com"),
        ("put the price in the showcase: $4.99 a can", "scene_2", "$4.99 a can"),
        ("add a discount to the cta, 15% off this week", "scene_3", "15% off this week"),
    ],
)
def test_an_unquoted_line_to_add_goes_under_the_words_there(text: str, scene: str, line: str) -> None:
    now = {o.id: o.overlay.text for o in basic_project().scenes}[scene]
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": f"{now}\n{line}"}], text


@pytest.mark.parametrize("text", ["add 'Free shipping' somewhere", "can we fit in 'Now in cans' too"])
def test_quoted_words_with_no_scene_ask_which_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question is not None and "Which scene" in turn.question, turn.question


@pytest.mark.parametrize(
    "text",
    [
        "could you do a french version of this",
        "I need this in German too",
        "translate the ad into spanish",
        "make a portuguese one",
    ],
)
def test_a_version_in_another_language_is_a_reason_not_a_new_ad(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, [op.to_wire() for op in turn.operations]
    said = (turn.question or "") + (turn.unknown or "")
    assert "translate" in said.lower() and "quotes" in said, said


@pytest.mark.parametrize(
    ("text", "preset"),
    [
        ("can we get a square one as well", "square"),
        ("do a vertical one for stories too", "stories"),
        ("I also need a landscape one for youtube", "youtube"),
    ],
)
def test_another_size_one_adds_that_export(text: str, preset: str) -> None:
    turn = parse_message(text, basic_project())
    said = (turn.question or "") + (turn.unknown or "")
    assert "What is the ad for" not in said, said
    ops = [op.to_wire() for op in turn.operations]
    assert ops and ops[0]["operation"] in ("add_presets", "set_presets") or "already" in said, (ops, said)


@pytest.mark.parametrize(
    "text",
    [
        "the captions are covered by the instagram buttons",
        "tiktok's icons are sitting on top of my text",
        "the like and share buttons cover the words",
    ],
)
def test_text_under_the_app_buttons_is_never_moved_under_them(text: str) -> None:
    turn = parse_message(text, basic_project())
    for op in turn.operations:
        assert op.to_wire().get("position") != "bottom", op.to_wire()
    said = (turn.question or "") + (turn.unknown or "")
    assert turn.operations or "safe" in said.lower(), said


@pytest.mark.parametrize("text", ["centre all the text", "put every line in the middle", "center all of it"])
def test_centering_everything_centres_every_text(text: str) -> None:
    ops = wires(text)
    assert all(op["position"] == "center" for op in ops), ops
    centred = {op["sceneId"] for op in ops if op["operation"] == "update_overlay"}
    already = {s.id for s in basic_project().scenes if s.overlay.position == "center"}
    assert centred | already == {"scene_1", "scene_2", "scene_3"}, ops


@pytest.mark.parametrize("text", ["there's way too much text", "fewer words please", "cut down on the text"])
def test_less_text_asks_for_shorter_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, [op.to_wire() for op in turn.operations]
    assert turn.question is not None and "words" in turn.question, turn.question


@pytest.mark.parametrize("text", ["the opener needs more punch", "make the first scene snappier"])
def test_punchier_scene_asks_how(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, [op.to_wire() for op in turn.operations]
    assert turn.question is not None, turn.unknown


@pytest.mark.parametrize(
    "text",
    [
        "make the bottle pop more in the cta",
        "I want the product to stand out more",
        "the can should jump out",
    ],
)
def test_a_product_to_stand_out_asks_bigger_or_brighter(text: str) -> None:
    wire = basic_project().to_wire()
    wire["productAsset"] = {"sourceUrl": "media/product.png", "checksum": "0" * 64}
    for scene in wire["scenes"]:
        scene["product"]["visible"] = True
    turn = parse_message(text, AdProject.from_wire(wire))
    assert not turn.operations, [op.to_wire() for op in turn.operations]
    assert turn.question is not None and "bigger" in turn.question and "brighter" in turn.question, (
        turn.question
    )


@pytest.mark.parametrize("text", ["which variant will convert better?", "what would you go with, A or B?"])
def test_which_version_is_better_gets_the_ab_test_reason(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations
    assert "A/B test" in (turn.unknown or "") + (turn.answer or ""), (turn.unknown, turn.answer)


BRIEF = "A 15 second ad for Northwind Coffee cold brew, energetic, 4 scenes with a testimonial"


async def test_a_removal_repeated_for_another_scene(settings) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="found-d", channel="test", auto_render=False
    )
    planned = (await session.send(BRIEF)).project
    assert planned is not None and len(planned.scenes) == 4, [s.role for s in planned.scenes]
    first = await session.send("get rid of the testimonial")
    assert len(first.project.scenes) == 3, first.text
    second = await session.send("and the hook as well")
    assert [op["operation"] for op in second.operations] == ["remove_scene"], second.text
    assert [s.role for s in second.project.scenes] == [
        s.role for s in planned.scenes if s.role not in ("hook",)
    ][:2] or len(second.project.scenes) == 2


async def test_the_other_one_of_two_versions_is_the_variant_not_scene_two(settings) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="found-d2", channel="test", auto_render=False
    )
    planned = (await session.send(BRIEF)).project
    assert planned is not None
    await session.send("I'd like 2 versions of this to test")
    reply = await session.send("with the new version, make the cta read 'Sip now'")
    assert reply.project is not None and reply.project.variation.is_variation, reply.text
    changed = [
        s.id
        for s, before in zip(reply.project.scenes, planned.scenes, strict=True)
        if s.overlay.text != before.overlay.text
    ]
    assert changed == [planned.scenes[-1].id], (changed, reply.text)


async def test_the_same_change_on_another_version(settings) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="found-d3", channel="test", auto_render=False
    )
    planned = (await session.send(BRIEF)).project
    assert planned is not None
    made = await session.send("try a version with a calmer mood")
    assert made.project is not None and made.project.variation.is_variation, made.text
    cta = planned.scenes[-1]
    edited = await session.send("make the cta text bigger")
    assert edited.project.project_id == made.project.project_id
    grown = edited.project.scene(cta.id).overlay.font_size
    assert grown > cta.overlay.font_size
    reply = await session.send("same change for the original please")
    assert reply.project is not None and reply.project.project_id == planned.project_id, reply.text
    assert reply.project.scene(cta.id).overlay.font_size == grown, reply.text
    assert reply.project.style.mood == planned.style.mood, (
        "only the last change is made, not the variant's mood"
    )


@pytest.mark.parametrize(
    ("text", "scene", "line"),
    [
        ("put our tiktok handle @northwindcoffee on the cta", "scene_3", "@northwindcoffee"),
        ("add the hashtag #coldbrewseason to the hook", "scene_1", "#coldbrewseason"),
        ("add promo code BREW15 to the end card", "scene_3", "BREW15"),
    ],
)
def test_a_handle_hashtag_or_code_goes_under_the_words(text: str, scene: str, line: str) -> None:
    now = {o.id: o.overlay.text for o in basic_project().scenes}[scene]
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "text": f"{now}\n{line}"}], text


@pytest.mark.parametrize(
    ("text", "scene", "colour"),
    [
        ("the hook text should be our brand orange", "scene_1", "#F2A541"),
        ("make the showcase words match the brand's navy", "scene_2", "#1F3A5F"),
    ],
)
def test_a_brand_shade_is_that_brand_colour_and_the_brand_stays(text: str, scene: str, colour: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "color": colour}], text


@pytest.mark.parametrize(
    "text", ["use the brand colours across the whole ad", "stick to our brand colors everywhere"]
)
def test_brand_colours_everywhere_is_the_palette(text: str) -> None:
    assert wires(text) == [{"operation": "update_style", "palette": ["#1F3A5F", "#F2A541"]}], text


@pytest.mark.parametrize(
    "text", ["the cta should announce our summer sale", "can the opener talk about the new flavour"]
)
def test_words_on_a_subject_ask_for_the_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.question is not None and "quotes" in turn.question, turn.question


@pytest.mark.parametrize("text", ["the bottle photo looks pixelated", "our product image is super low res"])
def test_a_blurry_product_photo_gets_the_reason(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and "sharper photo" in (turn.unknown or ""), (turn.unknown, turn.question)
