"""Round twenty-one (helper fix36): dev13/dev14 classes the parser missed: relayed chat notes
("per Mo: '…'"), …"""

from __future__ import annotations

import pytest
from parse_helpers import wires

# basic_project: 15 s; hook 4 s, showcase 7 s, cta 4 s.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "per Mo: 'hook text should be Baked before sunrise'",
            [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Baked before sunrise"}],
        ),
        (
            "Per Sam in #marketing: 'make it 12 seconds'",
            [{"operation": "set_duration", "durationSec": 12.0}],
        ),
        (
            "as per the client on Slack: 'the music should be quieter please'",
            [{"operation": "update_audio", "volume": 0.6}],
        ),
    ],
)
def test_a_relayed_chat_note_is_read_as_the_message(text: str, expected: list) -> None:
    assert wires(text) == expected


def test_a_relayed_short_quote_is_not_unwrapped() -> None:
    from adgen.agent.understanding.forwarded import forwarded_note

    assert forwarded_note("per Mo: 'Baked before sunrise'", new_ad=False) is None


# Where in the ad, in another language: "at the end" is the last scene, "at the start" the first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "remplace le texte de fin par 'Cours la ville'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Cours la ville"},
        ),
        (
            "zmień tekst na końcu na 'Zapraszamy'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Zapraszamy"},
        ),
        (
            "zmień tekst na początku na 'Dzień dobry'",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Dzień dobry"},
        ),
        (
            "mets le texte au début en bas",
            {"operation": "update_overlay", "sceneId": "scene_1", "position": "bottom"},
        ),
        (
            "muda o texto no final para 'Compre já'",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Compre já"},
        ),
        (
            "sposta il testo alla fine in alto",
            {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"},
        ),
        (
            "cambia el texto al principio a 'Hola'",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Hola"},
        ),
        (
            "maak de tekst aan het eind groter",
            {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90},
        ),
    ],
)
def test_the_start_or_the_end_of_the_ad_in_another_language_is_a_scene(text: str, expected: dict) -> None:
    assert wires(text) == [expected]


def _asked(first: str):
    from phrase_suite import basic_project

    from adgen.agent.conversation_state import ConversationState
    from adgen.agent.understanding import parse_message

    project = basic_project()
    turn = parse_message(first, project)
    assert turn.question and "How long should" in turn.question and turn.pending, turn
    return project, ConversationState(project_id=project.project_id, pending=turn.pending)


@pytest.mark.parametrize(
    "reply", ["like cut it to 4 sec", "ok trim it to 4 seconds", "just bring it down to 4s"]
)
def test_cut_it_to_a_length_answers_how_long_the_scene_should_be(reply: str) -> None:
    project, state = _asked("the showcase is sooo long")
    assert wires(reply, project, state) == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.0}
    ]


def test_make_it_seconds_after_a_length_question_is_still_a_request_of_its_own() -> None:
    from adgen.agent.understanding.retry import MARK, fill

    assert fill(f"make scene 2 {MARK}", "scene_duration", "make it 20 seconds", None) is None
    assert (
        fill(f"make scene 2 {MARK}", "scene_duration", "cut it to 4 sec", None).text == "make scene 2 4 sec"
    )


# A ticket: the text is hard to read, and "Actual" names its colour on the background's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bug: cta hard to read. Expected: readable. Actual: green text on yellow.",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#1A1A1A"},
        ),
        (
            "Bug: hook text hard to read. Actual: white text on cream background. Expected: fixed",
            {"operation": "update_overlay", "sceneId": "scene_1", "color": "#1A1A1A"},
        ),
        (
            "Bug: the cta is hard to read. Actual: navy text on black",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"},
        ),
    ],
)
def test_a_ticket_about_unreadable_colours_changes_the_colour(text: str, expected: dict) -> None:
    assert wires(text) == [expected]


def test_a_ticket_whose_actual_names_no_colours_keeps_the_old_reading() -> None:
    (op,) = wires("Bug: the cta is hard to read. Actual: text is tiny")
    assert set(op) == {"operation", "sceneId", "fontSize"} and op["fontSize"] > 64, op
    assert wires("Expected: white text. Actual: green text on yellow.")[0].get("color") == "#FFFFFF"
