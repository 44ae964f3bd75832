"""Round twenty-two, part c (helper fix38, 2026-12-04): dev15, a crowd the parser had not met. Its
wrong edits first, each a class tested in other words than the crowd's: a text named by where it
sits ("the words at the top are hard to see") or by the colour it has ("the orange writing"), or by
the end of the ad it is at ("the end words"); items numbered without marks ("1 hook … 2 cta …");
a notes heading ("Stride, v1 notes: …"); "loads bigger"; a scene said gone ("a variant where the
train bit is gone"); a number written with its unit ("the 40h battery words"); then variants named
by what they say or by a client's choice. Each asserts the exact operations, so nothing else changes."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import basic_with, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white, top), showcase 7 s (56, white, bottom), cta 4 s (72,
# #F2A541 orange, center); music 0.8.

_BOOKKEEPING = {"version", "history", "render_status", "preflight", "created_at", "cost"}


def _content(project: AdProject) -> dict[str, Any]:
    return project.model_dump(exclude=_BOOKKEEPING)


def _size(sid: str, size: int) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": sid, "fontSize": size}


# --- 1. a text named by where it sits is that text (every text moved there: a wrong edit) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the words at the top are hard to see", [_size("scene_1", 80)]),
        ("the text at the top of the screen is too small", [_size("scene_1", 80)]),
        ("the top words are too small", [_size("scene_1", 80)]),
        ("make the words at the bottom bigger", [_size("scene_2", 70)]),
        # ("in the middle" is the middle scene, round twenty-six; "in the centre" the text placed there)
        ("the writing in the middle looks tiny, make it bigger", [_size("scene_2", 70)]),
        ("the writing in the centre looks tiny, make it bigger", [_size("scene_3", 90)]),
    ],
)
def test_a_text_named_by_its_place_is_the_text_there(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_the_text_at_the_bottom_should_be_white_colours_only_that_text() -> None:
    assert wires("the text at the bottom should be black") == [
        {"operation": "update_overlay", "sceneId": "scene_2", "color": "#000000"}
    ]


@pytest.mark.parametrize(
    "text", ["put the words at the top", "move the text to the top", "the words at the top please"]
)
def test_placing_the_text_is_still_a_request(text: str) -> None:
    assert wires(text) == [
        {"operation": "update_overlay", "sceneId": sid, "position": "top"}
        for sid in ("scene_1", "scene_2", "scene_3")
    ]


def test_no_text_at_the_place_named_asks() -> None:
    project = basic_with(scene_1__overlay__position="center")
    turn = parse_message("the words at the top are hard to see", project)
    assert not turn.operations and turn.question, turn


# --- 2. a colour the text already has names it (it was recoloured: a wrong edit) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the orange writing at the end, can it be bigger", [_size("scene_3", 90)]),
        ("make the orange text bigger", [_size("scene_3", 90)]),
        ("the orange words in the cta are too small", [_size("scene_3", 90)]),
        ("the white words are too small", [_size("scene_1", 80), _size("scene_2", 70)]),
        ("the white text in the hook should be bigger", [_size("scene_1", 80)]),
    ],
)
def test_a_colour_the_text_has_names_it(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make the orange text white", [("scene_3", "#FFFFFF")]),
        ("make the white text orange", [("scene_1", "#FFA500"), ("scene_2", "#FFA500")]),
        ("make the cta text orange", [("scene_3", "#FFA500")]),
    ],
)
def test_a_second_colour_is_still_the_new_colour(text: str, expected: list[tuple[str, str]]) -> None:
    assert wires(text) == [{"operation": "update_overlay", "sceneId": s, "color": c} for s, c in expected]


# --- 3. "the end words", "the opening text": the last or the first scene's text ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "make the end words 'Zest it up'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Zest it up"},
        ),
        ("the closing text should be bigger", _size("scene_3", 90)),
        ("the opening words are too small", _size("scene_1", 80)),
        (
            "change the ending text to 'Go now'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Go now"},
        ),
    ],
)
def test_a_text_at_an_end_of_the_ad(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


# --- 4. items numbered without marks (the values were lent across items: a wrong edit) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1 hook words 'Night runs' 2 showcase 8 sec 3 volume 90",
            [
                {"operation": "update_overlay", "sceneId": "scene_1", "text": "Night runs"},
                {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 8.0},
                {"operation": "update_audio", "volume": 0.9},
            ],
        ),
        (
            "1 cta says 'Shop now' 2 music louder",
            [
                {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop now"},
                {"operation": "update_audio", "volume": 1.0},
            ],
        ),
        (
            "1 hook 3 sec 2 cta 5 sec",
            [
                {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0},
                {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0},
            ],
        ),
    ],
)
def test_items_numbered_without_marks_are_items(text: str, expected: list[dict[str, Any]]) -> None:
    assert wires(text) == expected


def test_one_number_alone_is_still_a_value() -> None:
    assert wires("1 more second on the hook") == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0}
    ]


# --- 5. a notes heading over the notes ("Stride, v1 notes:") --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stride, v1 notes: hook 5 sec, cta 'Shop AirLite'",
        "v2 feedback: hook 5 sec, cta 'Shop AirLite'",
        "Acme notes: hook 5 sec, cta 'Shop AirLite'",
    ],
)
def test_a_notes_heading_leaves_each_note_its_own(text: str) -> None:
    assert wires(text) == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0},
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop AirLite"},
    ]


def test_a_joined_word_names_the_scene_that_shows_it() -> None:
    project = basic_with(scene_2__backgroundPrompt="runners crossing a marathon finish line")
    for text in (
        "finish-line words at the top",
        "the finish-line text at the top",
        "move the finish line words to the top",
    ):
        assert wires(text, project) == [
            {"operation": "update_overlay", "sceneId": "scene_2", "position": "top"}
        ], text


# --- 6. "loads bigger", "a ton shorter": much ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("make the cta text loads bigger", _size("scene_3", 115)),
        (
            "the hook should be a ton shorter",
            {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 2.0},
        ),
        ("make the hook text loads bigger", _size("scene_1", 102)),
    ],
)
def test_loads_is_much(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


# --- 7. a scene said gone is removed ("a variant where the train bit is gone") ------------------


@pytest.mark.parametrize(
    "text",
    [
        "make a variant where the showcase is gone",
        "make a version where the showcase is removed",
        "make a B version with the showcase removed",
        "make a variant with the showcase gone",
    ],
)
def test_a_variant_with_a_scene_gone(text: str) -> None:
    assert wires(text) == [
        {
            "operation": "create_variation",
            "label": "B",
            "operations": [{"operation": "remove_scene", "sceneId": "scene_2"}],
        }
    ]


def test_the_music_gone_is_no_scene_removed() -> None:
    turn = parse_message("the music is gone", basic_project())
    assert not any(op.operation == "remove_scene" for op in turn.operations)


# --- 8. a number written with its unit ("the 40h battery words" for "40 h battery") -------------


@pytest.mark.parametrize(
    "text",
    [
        "move the 40h battery words to the middle",
        "the 40 h battery text to the middle",
        "put the 40h text in the middle",
    ],
)
def test_a_number_and_its_unit_together_or_apart(text: str) -> None:
    project = basic_with(scene_2__overlay__text="40 h battery. Zero noise.")
    assert wires(text, project) == [
        {"operation": "update_overlay", "sceneId": "scene_2", "position": "center"}
    ]


# --- 9. a new value while "which scene?" waits asks again with it (every scene moved: a wrong edit)


@pytest.mark.parametrize(
    ("reply", "place"),
    [("actually no, top", "top"), ("no wait, the bottom", "bottom"), ("top instead", "top")],
)
def test_a_new_value_while_which_scene_waits_asks_again(reply: str, place: str) -> None:
    project = basic_project()
    asked = parse_message("move the banana words to the middle", project)
    assert asked.pending is not None and asked.question
    state = ConversationState(
        project_id=project.project_id, pending=asked.pending, topic="overlay", requests=1
    )
    turn = parse_message(reply, project, state=state)
    assert not turn.operations and turn.question and f"position {place}" in turn.question, turn
    assert turn.pending is not None
    option = turn.pending.choose("the hook")
    assert option is not None and option.operations == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": place}
    ]


def test_a_scene_named_in_the_reply_is_still_the_answer() -> None:
    project = basic_project()
    asked = parse_message("move the banana words to the middle", project)
    state = ConversationState(
        project_id=project.project_id, pending=asked.pending, topic="overlay", requests=1
    )
    assert wires("the hook", project, state) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "center"}
    ]


# --- 10. "put it back on" after the voice was turned off (the voice stayed off: a wrong edit) ------


@pytest.mark.parametrize(
    "reply", ["hmm actually put it back on", "turn it back on", "switch it on again please"]
)
async def test_the_voice_back_on(settings: Any, reply: str) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings,
        owner="alice",
        conversation_id=f"c-{abs(hash(reply))}",
        channel="test",
        auto_render=False,
    )
    start = basic_with(
        voice__enabled=True,
        scene_1__voiceover={"text": "Ready?"},
        scene_2__voiceover={"text": "Smooth."},
        scene_3__voiceover={"text": "Order today."},
    )
    stored = session.ctx.projects.create(start)
    session.project_id = stored.project_id
    off = await session.send("turn the voice off")
    assert off.project.voice.enabled is False
    back = await session.send(reply)
    assert back.project.voice.enabled is True, back.text
    slower = await session.send("but slower")
    assert slower.project.voice.rate < 1.0, slower.text
    assert _content(slower.project)["scenes"] == _content(start)["scenes"]


# --- 11. "X, whats the size": the thing asked about said first --------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("the words at the top in the first bit, whats the size", "scene_1"),
        ("the text in the cta, whats the colour", "scene_3"),
        ("the showcase: what's the length", "scene_2"),
    ],
)
def test_a_thing_said_before_whats_the(text: str, scene: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and turn.scene_ids == [scene], turn


# --- 12. versions: chosen by someone, named by their words, "the first one we had" --------------


def _family_abc() -> tuple[AdProject, VariantFamily]:
    original = basic_project()
    b = basic_with(scene_3__overlay__text="First box free")
    b.project_id = "p_sample1_b"
    c = basic_with(scene_3__overlay__text="Order before noon")
    c.project_id = "p_sample1_c"
    projects = {p.project_id: p for p in (original, b, c)}
    return original, VariantFamily(
        original.project_id, [("B", b.project_id), ("C", c.project_id)], load=projects.get
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("the client went with C, let's run with that one", "p_sample1_c"),
        ("the client picked B", "p_sample1_b"),
        ("our boss liked C", "p_sample1_c"),
        ("switch to the version that says first box free", "p_sample1_b"),
        ("go back to the one that says order before noon", "p_sample1_c"),
        ("let's roll with B", "p_sample1_b"),
    ],
)
def test_a_version_chosen_or_named_by_its_words(text: str, target: str) -> None:
    original, family = _family_abc()
    turn = parse_message(
        text, original, state=ConversationState(project_id=original.project_id), family=lambda: family
    )
    assert turn.switch_to == target and not turn.operations, turn


@pytest.mark.parametrize(
    "text",
    [
        "ok now go back to the first one we had",
        "back to the first one we made",
        "go back to the original one we had",
    ],
)
def test_the_first_one_we_had_is_the_original(text: str) -> None:
    original, family = _family_abc()
    b = family.project("p_sample1_b")
    turn = parse_message(text, b, state=ConversationState(project_id=b.project_id), family=lambda: family)
    assert turn.switch_to == original.project_id and not turn.operations, turn


def test_words_no_version_says_switch_nowhere() -> None:
    original, family = _family_abc()
    turn = parse_message(
        "switch to the version that says free shipping",
        original,
        state=ConversationState(project_id=original.project_id),
        family=lambda: family,
    )
    assert turn.switch_to is None and not turn.operations


# --- 13. a version asked for politely, or as "a copy with …", is made -----------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "would it be possible to have an alternate version that's only 30 seconds?",
            {"operation": "set_duration", "durationSec": 30.0},
        ),
        (
            "could we get a second version that's 20 seconds?",
            {"operation": "set_duration", "durationSec": 20.0},
        ),
        (
            "can u do a copy with the music louder so i can compare the two",
            {"operation": "update_audio", "volume": 1.0},
        ),
        (
            "make a copy where the hook is 3 seconds",
            {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0},
        ),
    ],
)
def test_a_version_asked_for_is_made(text: str, inner: dict[str, Any]) -> None:
    assert wires(text) == [{"operation": "create_variation", "label": "B", "operations": [inner]}]


@pytest.mark.parametrize(
    "text", ["do we have a B version?", "have we got a B version?", "is there a B version?"]
)
def test_asking_whether_a_version_exists_makes_none(text: str) -> None:
    assert not parse_message(text, basic_project()).operations


@pytest.mark.parametrize(
    "text",
    [
        "make 2 versions, one where the end says 'Run with us' and one where it says 'Lace up tonight'",
        "two versions: one where the end says 'Run with us', one where the end says 'Lace up tonight'",
    ],
)
def test_two_versions_of_the_end(text: str) -> None:
    assert wires(text) == [
        {
            "operation": "create_variation",
            "label": "B",
            "operations": [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Run with us"}],
        },
        {
            "operation": "create_variation",
            "label": "C",
            "operations": [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Lace up tonight"}],
        },
    ]


def test_the_end_says_is_the_last_scene() -> None:
    assert wires("the end says 'Run with us'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Run with us"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "change the words at the very start to 'Brewed Cold Overnight' asap pls",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Brewed Cold Overnight"},
        ),
        ("the text at the end is too small", _size("scene_3", 90)),
        ("make the txt at the start bigger", _size("scene_1", 80)),
        (
            "the words at the beginning should be black",
            {"operation": "update_overlay", "sceneId": "scene_1", "color": "#000000"},
        ),
    ],
)
def test_the_words_at_the_start_or_the_end(text: str, expected: dict[str, Any]) -> None:
    assert wires(text) == [expected]


def test_the_start_of_a_scene_is_that_scene() -> None:
    assert wires("the text at the start of the showcase is too small") == [_size("scene_2", 70)]


# --- 14. "it ends too abruptly": the closing scene wants more time -------------------------------


@pytest.mark.parametrize(
    "text",
    ["it ends too abruptly", "the end is too abrupt", "the ad just cuts off too fast", "it ends so suddenly"],
)
def test_an_abrupt_ending_lengthens_the_last_scene(text: str) -> None:
    assert wires(text) == [{"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}]


def test_the_music_ending_abruptly_is_no_scene_length() -> None:
    turn = parse_message("the music ends too abruptly", basic_project())
    assert not any(op.operation == "update_scene" for op in turn.operations)


# --- 15. a bare number after minutes were refused is seconds ("3 mins" -> "ugh ok then 30") ------


@pytest.mark.parametrize("reply", ["ugh ok then 30", "ok then 30", "meh fine, 30"])
def test_a_bare_number_after_refused_minutes_is_seconds(reply: str) -> None:
    project = basic_project()
    refused = parse_message("can u make it 3 mins long asap", project)
    assert not refused.operations and refused.pending is not None
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    assert wires(reply, project, state) == [{"operation": "set_duration", "durationSec": 30.0}]


def test_a_number_that_fits_in_minutes_stays_minutes() -> None:
    project = basic_project()
    refused = parse_message("make the ad 4 minutes", project)
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    turn = parse_message("ok then 2", project, state=state)
    assert not any(op.to_wire().get("durationSec") == 2.0 for op in turn.operations)


@pytest.mark.parametrize(
    "text",
    [
        "the showcase is gone before you can read it",
        "the hook is gone too fast to read",
        "the showcase is gone in a flash",
    ],
)
def test_gone_too_soon_removes_no_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.operation == "remove_scene" for op in turn.operations), turn
