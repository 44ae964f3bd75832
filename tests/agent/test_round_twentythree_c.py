"""Round twenty-three, part c (helper d16c, 2026-12-04): dev16, a crowd the parser had not met.
Three classes, each tested in other words than the crowd's: copy handed over a line per scene
(labelled, unlabelled, numbered, a line per scene of voice-over, "line 2" of it afterwards, a brief
numbering its copy); briefs (a name followed by how long the business has run, emoji between items,
a brief in capitals, "Lola's Turon", a Spanish brief, open requests that must ask what the ad is
for, and "whatever you think is best" as the answer); and new languages (Spanglish, Taglish,
Vietnamese, German with English in it). Each asserts the exact operations, so nothing else changes."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.memory import remember_before
from adgen.agent.understanding.open_brief import DEFERRED_QUESTION, OPEN_QUESTION

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; three scenes.


def _texts(*lines: str) -> list[dict[str, Any]]:
    return [
        {"operation": "update_overlay", "sceneId": f"scene_{n}", "text": line}
        for n, line in enumerate(lines, start=1)
    ]


# --- 1. copy handed over, a line per scene --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lines for v2:\nhook: 'Up at dawn'\nmiddle: 'Slow roasted'\nend: 'Grab one'",
        'new lines:\nopening: "Up at dawn"\nthe middle: "Slow roasted"\nclose: "Grab one"',
        "- start: 'Up at dawn'\n- middle: 'Slow roasted'\n- ending: 'Grab one'",
        "copy update\nbeginning: 'Up at dawn'\nmiddle: 'Slow roasted'\nthe end: 'Grab one'",
    ],
)
def test_lines_labelled_with_a_place_in_the_ad_go_on_that_scene(text: str) -> None:
    assert wires(text) == _texts("Up at dawn", "Slow roasted", "Grab one")


@pytest.mark.parametrize(
    "text",
    [
        "New copy, one line per scene, in order:\nUp at dawn\nSlow roasted, never rushed\nGrab one today",
        "Here are the words for the three pictures, my son wrote them:\nUp at dawn\n"
        "Slow roasted, never rushed\nGrab one today",
        "Copy for you, three lines:\n1) Up at dawn\n2) Slow roasted, never rushed\n3) Grab one today",
        "fresh copy below:\n1. 'Up at dawn'\n2. 'Slow roasted, never rushed'\n3. 'Grab one today'",
        "the client's wording:\n“Up at dawn”\n“Slow roasted, never rushed”\n“Grab one today”",
    ],
)
def test_as_many_lines_as_scenes_under_a_copy_heading_go_on_the_scenes_in_order(text: str) -> None:
    assert wires(text) == _texts("Up at dawn", "Slow roasted, never rushed", "Grab one today")


@pytest.mark.parametrize(
    "text",
    [
        "New copy, one line per scene:\nUp at dawn\nGrab one today",
        "Copy for you:\n1) Up at dawn\n2) Slow roasted\n3) Fresh daily\n4) Grab one today",
        "here are the lines:\n'Up at dawn'\n'Grab one today'",
    ],
)
def test_a_count_of_lines_other_than_the_scenes_asks_which_scene_each_is_for(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations
    assert turn.question and "which scene should each line go on" in turn.question


@pytest.mark.parametrize(
    "text",
    [
        "changes to the copy:\nmake the hook bigger\nmusic louder\ncta in red",
        "a few notes on the words:\nhook text bigger\nshowcase text white\ncta text smaller",
    ],
)
def test_requests_under_a_copy_heading_are_no_lines_of_copy(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire().get("text") for op in turn.operations), turn.operations


def test_scripts_outside_latin_letters_are_kept_exactly() -> None:
    assert wires("New copy:\n'อบสดทุกเช้า'\n'ताज़ा हर सुबह'\n'每天新鲜出炉'") == _texts(
        "อบสดทุกเช้า", "ताज़ा हर सुबह", "每天新鲜出炉"
    )


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        (
            "and make line 2 white",
            [{"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFFFFF"}],
        ),
        ("line 3 in red please", [{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"}]),
        (
            "put line 1 at the bottom",
            [{"operation": "update_overlay", "sceneId": "scene_1", "position": "bottom"}],
        ),
    ],
)
def test_line_n_after_copy_a_line_per_scene_is_that_scenes_text(follow: str, expected: list[dict]) -> None:
    copy = "Copy for you, three lines:\n1) Up at dawn\n2) Slow roasted\n3) Grab one today"
    state = ConversationState(project_id="p_sample1", last_request=copy)
    turn = parse_message(follow, basic_project(), state=state)
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == expected


def _voice(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"operation": "update_voiceover", "sceneId": sid, "text": line} for sid, line in pairs]


@pytest.mark.parametrize(
    "text",
    [
        "1st scene VO: 'Hungry yet?' / last scene VO: 'Half off today.'",
        "first scene voice-over: 'Hungry yet?' / last scene voice-over: 'Half off today.'",
        "scene 1 VO: 'Hungry yet?'\nlast scene VO: 'Half off today.'",
    ],
)
def test_two_voice_lines_each_go_on_their_own_scene(text: str) -> None:
    assert wires(text) == _voice(("scene_1", "Hungry yet?"), ("scene_3", "Half off today."))


def test_voice_lines_under_a_vo_heading_go_on_the_scenes_in_order() -> None:
    assert wires("VO lines:\n1. 'Hungry yet?'\n2. 'We cook, you eat'\n3. 'Half off today'") == _voice(
        ("scene_1", "Hungry yet?"), ("scene_2", "We cook, you eat"), ("scene_3", "Half off today")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Brief: Kettle Club loose-leaf tea, 15s, 3 scenes. Copy: 1) 'Steam rising' 2) 'Small-batch leaves' "
        "3) 'Join the Kettle Club'",
        "15 second ad for Kettle Club loose-leaf tea, 3 scenes. Lines: 1) 'Steam rising' 2) 'Small-batch leaves' "
        "3) 'Join the Kettle Club'",
        "Need a 15s ad for Kettle Club loose-leaf tea, 3 scenes. Copy: 1. 'Steam rising', 2. 'Small-batch leaves', "
        "3. 'Join the Kettle Club'",
    ],
)
def test_a_brief_numbering_its_copy_gives_each_scene_its_line(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == "Kettle Club"
    assert turn.brief.cta_text == "Join the Kettle Club" and turn.brief.scene_count == 3
    assert [op.to_wire() for op in turn.operations] == _texts(
        "Steam rising", "Small-batch leaves", "Join the Kettle Club"
    )


def test_a_brief_whose_copy_has_fewer_lines_than_its_scenes_leaves_the_copy_to_the_planner() -> None:
    turn = parse_message(
        "Brief: Kettle Club tea, 20s, 4 scenes. Copy: 1) 'Steam' 2) 'Leaves' 3) 'Join'", None
    )
    assert turn.brief is not None and turn.brief.scene_count == 4
    assert not any(op.to_wire().get("text") for op in turn.operations)


# --- 2. briefs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        (
            "I have kept a shoe repair shop called Heel & Sole for thirty-one years. Make one of 15 seconds?",
            "Heel & Sole",
        ),
        ("we run a bakery called Crumb & Co since 1998, 20s ad please", "Crumb & Co"),
        ("my shop is called Tidewater Tackle for over 20 years now, need a 15s ad", "Tidewater Tackle"),
    ],
)
def test_how_long_a_business_has_run_is_no_part_of_its_name(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("new ad 🆕 Pawprint dog treats ⏱ 12s 🎯 cta 'Treat them right'", "Pawprint", 12.0),
        ("🆕 ad ✨ Glowtrail bike lights ⏱ 15s", "Glowtrail", 15.0),
        ("new ad 👉 Fizzwell lemon soda ⏱ 20s 🎯 playful", "Fizzwell", 20.0),
    ],
)
def test_emoji_between_the_items_of_a_brief_part_them(text: str, brand: str, seconds: float) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand and turn.brief.duration_sec == seconds


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("I NEED AN AD FOR MY FLOWER SHOP BLOOM ROOM, 20 SECONDS, CHEERFUL", "Bloom Room"),
        ("MAKE AN AD FOR OUR BAKERY GOLDEN CRUST, 15 SECONDS", "Golden Crust"),
        ("PLEASE DO A 10 SECOND AD FOR MY COFFEE SHOP THE DAILY GRIND.", "The Daily Grind"),
    ],
)
def test_a_brief_in_capitals_keeps_the_name_after_its_kind_of_business(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("a 10 second ad for Lola's Turon, cheerful", "Lola's Turon"),
        ("15s ad for Joe's Pizza please", "Joe's Pizza"),
        ("gawa ka ng 10 second ad para sa Lola's Turon, dapat masaya", "Lola's Turon"),
    ],
)
def test_a_possessive_before_a_capitalised_word_is_part_of_the_name(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand


@pytest.mark.parametrize(
    ("text", "brand", "cta"),
    [
        (
            "hazme un ad de 15 segundos para mi taquería El Güero, que termine con 'Ven hoy'",
            "El Güero",
            "Ven hoy",
        ),
        (
            "haz un anuncio de 20 segundos para mi tienda La Fonda, que acabe con 'Te esperamos'",
            "La Fonda",
            "Te esperamos",
        ),
        (
            "hazme un video de 15 segundos para la taquería El Paisa, que cierre con 'Pide ya'",
            "El Paisa",
            "Pide ya",
        ),
    ],
)
def test_a_spanish_brief_keeps_the_names_article_and_its_closing_line(
    text: str, brand: str, cta: str
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand and turn.brief.cta_text == cta


@pytest.mark.parametrize(
    "text",
    [
        "my boss wants an ad made today, can you help",
        "necesito un video ad para mi negocio",
        "pwede mo ba akong gawan ng ad?",
        "bạn làm giúp tôi một video quảng cáo được không?",
        "Hello, my wife says I need an advert for the shop",
        "my daughter told me to get an advert made for the business",
    ],
)
def test_an_open_request_asks_what_the_ad_is_for(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is None and turn.question == OPEN_QUESTION


@pytest.mark.parametrize(
    ("first", "answer", "brand"),
    [
        (
            "Hello, my wife says I need an advert for the shop",
            "It's for our fishing tackle shop, Reel Deal Tackle, down by the harbour in Whitby",
            "Reel Deal Tackle",
        ),
        ("client wants a video, can you start one", "Client: Copper Kettle Café, 15s", "Copper Kettle Café"),
        (
            "bạn làm giúp tôi một video quảng cáo được không?",
            "cho tiệm cà phê Mây Coffee, 20 giây",
            "Mây Coffee",
        ),
    ],
)
def test_the_answer_completes_the_open_brief(first: str, answer: str, brand: str) -> None:
    asked = parse_message(first, None)
    assert asked.pending is not None
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is not None and turn.brief.brand_name == brand


@pytest.mark.parametrize(
    "answer",
    ["whatever you think is best", "up to you", "surprise me", "you decide", "dunno, whatever you like"],
)
def test_leaving_what_the_ad_is_for_to_us_asks_again_naming_what_is_needed(answer: str) -> None:
    asked = parse_message("make me an ad", None)
    turn = parse_message(answer, None, state=ConversationState(pending=asked.pending))
    assert turn.brief is None and turn.question == DEFERRED_QUESTION
    assert turn.pending is not None and turn.pending.retry == "make me an ad"
    done = parse_message("for Crumb bakery, 15s", None, state=ConversationState(pending=turn.pending))
    assert done.brief is not None and done.brief.duration_sec == 15.0


# --- 3. new languages -----------------------------------------------------------------------------


def _volume(value: float) -> list[dict[str, Any]]:
    return [{"operation": "update_audio", "volume": value}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanglish
        ("oye, the music está muy alta, bájale un poquito", _volume(0.7)),
        ("the music está muy fuerte, bájale", _volume(0.6)),
        ("y la música más bajita", _volume(0.6)),
        ("la música un poquito más altita", _volume(0.9)),
        # Taglish
        ("yung music, medyo lakasan mo", _volume(0.9)),
        ("hinaan mo naman yung music", _volume(0.6)),
        # Vietnamese
        ("làm nhạc nhỏ lại một chút nhé", _volume(0.7)),
        ("làm nhạc to lên một chút nha", _volume(0.9)),
        ("nhạc nhỏ lại đi", _volume(0.6)),
        # German with English in it: the verb last before a question mark
        ("Kannst du die Musik etwas leiser machen? Sie ist echt too much.", _volume(0.7)),
        ("Könntest du die Musik etwas leiser machen? Danke!", _volume(0.7)),
        ("Kannst du die Musik ein bisschen lauter machen? Bitte.", _volume(0.9)),
    ],
)
def test_the_music_in_spanglish_taglish_vietnamese_and_german(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "pakilakihan naman yung text sa dulo, ang liit kasi",
            [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90}],
        ),
        (
            "lakihan mo yung text sa dulo",
            [{"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 90}],
        ),
        (
            "pakiliitan yung text sa simula",
            [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 51}],
        ),
        ("pwede bang gawing 20 seconds yung buong ad?", [{"operation": "set_duration", "durationSec": 20.0}]),
        (
            "pwede bang gawing 30 seconds yung buong video?",
            [{"operation": "set_duration", "durationSec": 30.0}],
        ),
        ("gawing 10 seconds yung buong ad", [{"operation": "set_duration", "durationSec": 10.0}]),
        (
            "đổi chữ ở cảnh cuối thành 'Mua ngay hôm nay'",
            [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Mua ngay hôm nay"}],
        ),
        (
            "đổi chữ ở cảnh đầu thành 'Xin chào'",
            [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Xin chào"}],
        ),
        (
            "sửa chữ cảnh cuối thành 'Ghé thăm'",
            [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Ghé thăm"}],
        ),
    ],
)
def test_text_and_length_in_taglish_and_vietnamese(text: str, expected: list[dict]) -> None:
    assert wires(text) == expected


def test_konti_pa_after_a_change_is_the_same_change_again() -> None:
    project = basic_project()
    louder = {"operation": "update_audio", "volume": 0.9}
    state = ConversationState(
        project_id=project.project_id, last_operations=[remember_before(louder, project)]
    )
    english = [op.to_wire() for op in parse_message("a bit more", project, state=state).operations]
    assert english and english[0]["operation"] == "update_audio"
    for text in ("konti pa", "kaunti pa po", "konti pa nga"):
        assert [op.to_wire() for op in parse_message(text, project, state=state).operations] == english, text


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        ("làm quảng cáo 15 giây cho tiệm bánh mì Saigon Crust nhé", "Saigon Crust", 15.0),
        ("làm quảng cáo 20 giây cho tiệm cà phê Mây Coffee nhé", "Mây Coffee", 20.0),
        ("gawa ka ng 15 second ad para sa Kape Tayo", "Kape Tayo", 15.0),
    ],
)
def test_a_brief_in_vietnamese_or_taglish(text: str, brand: str, seconds: float) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand and turn.brief.duration_sec == seconds


@pytest.mark.parametrize(
    "text",
    [
        "make 2 alt versions of the hook line:\n- 'Too hot to think?'\n- 'Need a fizz?'\n- 'Cool down'",
        "cta options:\n'Shop now'\n'Order today'\n'Grab one'",
        "hook lines to choose from:\n'Up at dawn'\n'Still sleepy?'\n'Coffee first'",
    ],
)
def test_lines_offered_as_versions_or_for_one_part_are_no_line_per_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    wired = [op.to_wire() for op in turn.operations]
    assert not any(op.get("operation") == "update_overlay" and op.get("sceneId") == "scene_2" for op in wired)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        (
            "un anuncio de 20 segundos para Sol de Mayo empanadas, alegre, que termine con 'Pedí las tuyas'",
            "Sol de Mayo",
        ),
        ("a 15s ad for Casa del Mar seafood", "Casa del Mar"),
        ("REELS AD FOR GLINT SUNGLASSES. 9 SECONDS. SUMMER.", "GLINT"),
    ],
)
def test_a_names_particle_stays_and_a_shouted_brief_without_a_business_keeps_its_reading(
    text: str, brand: str
) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name is not None
    assert turn.brief.brand_name.lower().startswith(brand.lower())
