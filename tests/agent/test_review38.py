"""Review 38 (2026-12-04): a precision review of round twenty-two, fix37 and sitting 37, with
messages written before running. Each class here was a wrong edit made by a rule of that stop:
a colour declined with "no" read as a correction, "the other one's music" switching version, "a
bit longer than the hook" lengthening the hook too, "a darker shade" after a text colour darkening
the scene, "the 2 scenes after the hook" editing the hook, "the screen with the runners" lighting
the whole ad, and "keep the music change, undo the text size" taking back the music."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s "Wake up to cold brew" (white, 64), showcase 7 s (white, 56),
# cta 4 s "Order today" (#F2A541, 72); music upbeat at 0.8.


def _four_scenes() -> AdProject:
    """basic_project with a testimonial between the showcase and the cta (hook 4, showcase 7,
    social proof 5 "Loved by 50,000 runners" over a crowd of runners, id scene_4; cta 4, id scene_3)."""
    doc = basic_project().model_dump(by_alias=True)
    proof = {
        **doc["scenes"][1],
        "id": "scene_4",
        "role": "social_proof",
        "durationSec": 5,
        "backgroundPrompt": "crowd of runners crossing a marathon finish line",
    }
    proof["overlay"] = {**proof["overlay"], "text": "Loved by 50,000 runners"}
    doc["scenes"].insert(2, proof)
    doc["durationSec"] = 20
    return AdProject.model_validate(doc)


# --- 1. a colour declined with a bare "no" is no correction (the declined colour was applied) ----


@pytest.mark.parametrize(
    ("text", "scene", "colour"),
    [
        ("make the cta text white, no orange anymore", "scene_3", "#FFFFFF"),
        ("make the hook text white, no yellow please", "scene_1", "#FFFFFF"),
        ("make the hook text white, no black background", "scene_1", "#FFFFFF"),
        ("the cta text should be black, no more red", "scene_3", "#000000"),
        ("make the cta text white, and no gold", "scene_3", "#FFFFFF"),
    ],
)
def test_a_colour_declined_with_no_is_not_applied(text: str, scene: str, colour: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": scene, "color": colour}]


@pytest.mark.parametrize(
    "text",
    [
        "make the cta text red... no navy",
        "make the cta text red, no, navy",
        "make the cta text red no wait navy",
    ],
)
def test_a_colour_corrected_after_no_is_still_the_later_one(text: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#000080"}]


def test_a_bare_no_before_a_colour_for_another_scene_never_recolours_the_first() -> None:
    # (read as a correction, the cta turned blue; as a decline, the showcase turned red)
    turn = parse_message("the cta text red, no blue for the showcase", basic_project())
    ops = [op.to_wire() for op in turn.operations]
    assert {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"} in ops
    assert {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FF0000"} not in ops


# --- 2. "the other one" as a measure or a source never switches version -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "swap the hook with the other one",
        "use the other one's music",
        "make it like the other one",
        "copy the cta from the other one",
    ],
)
def test_the_other_one_as_a_source_switches_nothing(text: str) -> None:
    original = basic_project()
    _, family = with_version_b(original, "p_basic_b")
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to is None and not turn.operations, turn


def test_the_other_one_to_edit_still_switches() -> None:
    original = basic_project()
    _, family = with_version_b(original, "p_basic_b")
    turn = parse_message("the other one needs 20 seconds", original, family=lambda: family)
    assert turn.switch_to == "p_basic_b", turn


# --- 3. "a bit longer than the hook": the scene named first only, past the measure --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make the cta a bit longer than the hook", [("scene_3", 4.8)]),
        ("the showcase should be shorter than the hook", [("scene_2", 3.2)]),
        ("make the cta longer than the showcase", [("scene_3", 8.4)]),
    ],
)
def test_longer_than_another_scene_without_a_number_changes_only_the_one_named(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert wires(text) == [
        {"operation": "update_scene", "sceneId": sid, "durationSec": seconds} for sid, seconds in expected
    ]


# --- 4. "a darker shade" right after a text colour: that colour's shade, never the scene --------


@pytest.mark.parametrize(
    ("second", "colour"),
    [
        ("a darker shade", "#BF0000"),
        ("a slightly lighter tone", "#FF2626"),
        ("darker colour please", "#BF0000"),
    ],
)
def test_a_shade_of_the_text_colour_just_set(second: str, colour: str) -> None:
    project, state = after("make the cta text red", basic_project())
    assert wires(second, project, state) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": colour}
    ]


# --- 5. several scenes named by their neighbour (the neighbour was edited) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the text on the 2 scenes after the hook smaller",
            [
                {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 45},
                {"operation": "update_overlay", "sceneId": "scene_4", "fontSize": 45},
            ],
        ),
        (
            "the two screens after the hook are too long",
            [
                {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 5.6},
                {"operation": "update_scene", "sceneId": "scene_4", "durationSec": 4.0},
            ],
        ),
        (
            "make the scenes after the showcase 3 seconds each",
            [
                {"operation": "update_scene", "sceneId": "scene_4", "durationSec": 3.0},
                {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 3.0},
            ],
        ),
    ],
)
def test_the_scenes_next_to_a_named_one_are_the_ones_changed(
    text: str, expected: list[dict[str, Any]]
) -> None:
    assert wires(text, _four_scenes()) == expected


def test_more_neighbours_than_there_are_says_so() -> None:
    turn = parse_message("the 3 scenes after the showcase are too long", _four_scenes())
    assert not turn.operations and turn.unknown and "aren't 3 scenes after" in turn.unknown, turn


# --- 6. "the screen with the runners": a scene named by what it shows (the whole ad was lit) ----


@pytest.mark.parametrize(
    "text",
    [
        "the screen with the runners is too dark",
        "the screen with the crowd is too dark",
        "brighten the screen showing the crowd",
    ],
)
def test_the_screen_with_something_is_that_scene(text: str) -> None:
    assert wires(text, _four_scenes()) == [
        {
            "operation": "update_scene",
            "sceneId": "scene_4",
            "backgroundPrompt": "crowd of runners crossing a marathon finish line, brighter",
        }
    ]


# --- 7. a named change kept, another undone (the kept one was taken back) ----------------------


async def _session(settings: Any, name: str) -> Any:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id=name, channel="test", auto_render=False
    )
    stored = session.ctx.projects.create(basic_project())
    session.project_id = stored.project_id
    return session


def _look(project: AdProject) -> tuple[float, int, str]:
    return project.audio.volume, project.scenes[0].overlay.font_size, project.scenes[0].overlay.color


@pytest.mark.parametrize(
    "text",
    [
        "keep the music change, undo the text size",
        "the music change is fine, but undo the font size",
        "love the music change. undo the text size though",
    ],
)
async def test_a_change_kept_is_never_the_one_undone(settings: Any, text: str) -> None:
    session = await _session(settings, f"r38-keep-{abs(hash(text))}")
    await session.send("make the hook text bigger")
    quieter = (await session.send("make the music quieter")).project
    reply = await session.send(text)
    # the text size was two changes ago: asked, and the music stays as it was made
    assert _look(reply.project) == _look(quieter), reply.text


@pytest.mark.parametrize(
    "text",
    ["the music change is great but undo the text", "undo the text size", "undo the text change"],
)
async def test_undo_the_text_after_a_text_change_takes_it_back(settings: Any, text: str) -> None:
    session = await _session(settings, f"r38-text-{abs(hash(text))}")
    quieter = (await session.send("make the music quieter")).project
    await session.send("make the hook text bigger")
    reply = await session.send(text)
    assert _look(reply.project) == _look(quieter), reply.text


async def test_undo_the_text_change_after_a_text_colour(settings: Any) -> None:
    session = await _session(settings, "r38-colour")
    quieter = (await session.send("make the music quieter")).project
    await session.send("make the hook text white")
    await session.send("make the hook text red")
    reply = await session.send("undo the text change")
    assert _look(reply.project)[0] == _look(quieter)[0] and _look(reply.project)[2] == "#FFFFFF", reply.text


# --- 8. another scene's text named as the measure is never the words ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "change the hook text to match the cta",
        "change the hook text to the same as the cta",
        "change the showcase text to match the hook",
    ],
)
def test_text_like_another_scenes_is_never_the_words(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.unknown and "in quotes" in turn.unknown, turn


@pytest.mark.parametrize("second", ["change it to match the cta", "change it to the same as the cta"])
def test_change_it_to_like_another_after_reading_a_text(second: str) -> None:
    project = basic_project()
    asked = parse_message("what does the hook say?", project)
    state = ConversationState(
        scene_ids=list(asked.scene_ids or []), topic=asked.topic, last_question="what does the hook say?"
    )
    turn = parse_message(second, project, state=state)
    assert not turn.operations, turn


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("change the hook text to Same day delivery", "Same day delivery"),
        ("change the hook text to like never before", "like never before"),
        ("change the hook text to like the best coffee ever", "like the best coffee ever"),
    ],
)
def test_copy_that_starts_like_a_comparison_is_still_the_words(text: str, words: str) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": "scene_1", "text": words}]


# --- 9. a brief's product said as "them" / "it" is what the message says is sold ----------------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "im a freelancer, my client sells organic dog treats, can you make a 20s ad for them",
            "organic dog treats",
        ),
        ("my client makes handmade soap. make a 15 second ad for it", "handmade soap"),
        ("my sister bakes cakes and I want an ad for her", "cakes"),
    ],
)
def test_a_product_called_them_is_what_was_sold_before(text: str, product: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.product == product, turn


def test_an_ad_for_them_with_nothing_sold_asks_what_it_is_for() -> None:
    turn = parse_message("make a 20 second upbeat ad for them", None)
    assert turn.brief is None and turn.question and "What is the ad for" in turn.question, turn


# --- 10. "longer" repeated for another scene is a step there, never the first scene's length -----


@pytest.mark.parametrize(
    ("first", "second", "scene", "seconds"),
    [
        ("make the hook longer", "the showcase too", "scene_2", 8.75),
        ("make the hook longer", "and the showcase", "scene_2", 8.75),
        ("make the hook shorter", "the showcase too", "scene_2", 5.6),
        ("make the hook 6 seconds", "the showcase too", "scene_2", 6.0),
        ("make the hook 2 seconds longer", "the showcase too", "scene_2", 9.0),
    ],
)
def test_a_length_step_repeated_for_another_scene(
    first: str, second: str, scene: str, seconds: float
) -> None:
    project, state = after(first, basic_project())
    assert wires(second, project, state) == [
        {"operation": "update_scene", "sceneId": scene, "durationSec": seconds}
    ]
