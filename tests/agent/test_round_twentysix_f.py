"""Round twenty-six, part f (helper r26f, 2026-12-05): dev19's English edits, in the words of its
crowd of local small businesses (a taco truck, an open house, a plumber): conditions judged against
the ad ("if it's over 15 seconds, trim it to 15"), outcomes said instead of requests ("nobody
across the room could read that end card", "the hook looks like it was filmed in a cave", "too busy,
let it breathe"), where people watch given as the reason ("…, people are reading this on a phone
in the car"), "could come down a smidge", the typo "wite", "the longest you can do" after a
refusal, and variants ("a B version that ends on 'X'", "… with the hook and the cta swapped", "hop
back to the first one"). Each class is tested in other words than the crowd's, asserting the exact
resulting document (nothing else changed), or that nothing changed and what the reply says."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only, same_as, wires, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; three scenes.


def _twenty() -> AdProject:
    """basic_project at 20 s (the showcase 12 s)."""
    return basic_with(durationSec=20, scene_2__durationSec=12)


def _unchanged(text: str, project: AdProject, state: ConversationState | None = None) -> Any:
    """``text`` changes nothing; the turn."""
    turn = parse_message(text, project, state=state)
    changed, error = simulate(project, turn.operations)
    assert error is None and content(changed) == content(project), (text, turn)
    return turn


# --- 1. a condition on the whole ad's length, judged against the ad ---------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("if it's over 15 seconds, trim it down to 15", 15.0),
        ("if the ad is longer than 12 seconds cut it to 12", 12.0),
        ("if the video runs over 18 s, bring it down to 18", 18.0),
        ("only if it is longer than 16 seconds, shorten it to 16", 16.0),
    ],
)
def test_a_condition_on_the_ads_length_that_holds_is_done(text: str, seconds: float) -> None:
    start = _twenty()
    turn = parse_message(text, start)
    assert not turn.question and not turn.unknown, turn
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": seconds}]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("if it's over 15 seconds, trim it down to 15", "not over 15 s"),
        ("if the ad is longer than 20 seconds cut it to 20", "not over 20 s"),
        ("if the video is under 10 s, stretch it to 10", "not under 10 s"),
    ],
)
def test_a_condition_on_the_ads_length_that_does_not_hold_changes_nothing_and_says_so(
    text: str, said: str
) -> None:
    turn = _unchanged(text, basic_project())
    assert turn.answer and said in turn.answer and "15 s" in turn.answer, turn


def test_a_condition_under_a_length_that_holds_stretches_the_ad() -> None:
    turn = parse_message("if it's under 20 seconds, stretch it to 20", basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "set_duration", "durationSec": 20.0}]


def test_a_condition_on_a_scene_still_reads_the_scene() -> None:
    turn = parse_message("if the hook is longer than 3 seconds, trim it", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}
    ]


# --- 2. how people watch, given as the reason: never the text's words ----------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("hook text way bigger, people are reading this on a phone in the car", "hook text way bigger"),
        ("cta text bigger, people will read this on the bus", "cta text bigger"),
        (
            "the showcase text larger please, everyone sees it from across the street",
            "the showcase text larger",
        ),
        (
            "make the end card words bigger, most people watch it on their phones",
            "make the end card words bigger",
        ),
    ],
)
def test_where_people_watch_is_the_reason_not_new_words(text: str, plain: str) -> None:
    same_as(text, plain)


def test_quoted_words_about_reading_are_still_the_text() -> None:
    only('make the cta say "read this on the bus"', scene_3__overlay__text="read this on the bus")


# --- 3. nobody could read it: that text bigger ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("nobody standing across the room could read that end card", "make the end card text bigger"),
        ("nobody at the back could read the hook text", "make the hook text bigger"),
        ("no one across the street is going to read the cta", "make the cta text bigger"),
        ("nobody would be able to read the showcase words from the back", "make the showcase text bigger"),
    ],
)
def test_nobody_could_read_a_text_makes_it_bigger(text: str, plain: str) -> None:
    same_as(text, plain)


# --- 4. filmed in a cave: that scene too dark ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("the hook looks like it was filmed in a cave", "the hook is too dark"),
        ("the showcase feels like it was shot in a basement", "the showcase is too dark"),
        ("the cta looks like a dungeon", "the cta is too dark"),
        ("honestly the end card looks like it was shot in a cellar", "the cta is too dark"),
    ],
)
def test_filmed_in_a_dark_place_is_too_dark(text: str, plain: str) -> None:
    same_as(text, plain)


# --- 5. a text that could come down a smidge: a smidge smaller -------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("the end card writing could come down a smidge", "the cta text a smidge smaller"),
        ("the hook text could come down a touch", "the hook text a touch smaller"),
        ("the showcase words can go down a tad", "the showcase text a tad smaller"),
    ],
)
def test_text_that_could_come_down_a_little_is_a_little_smaller(text: str, plain: str) -> None:
    same_as(text, plain)


def test_the_music_coming_down_a_smidge_is_still_the_volume() -> None:
    only("music could come down a smidge", audio__volume=0.7)


# --- 6. too busy, let it breathe: asked, never guessed -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "too busy. it's a bakery, let it breathe",
        "way too cluttered, give it room to breathe",
        "the whole thing needs breathing room",
        "it feels crowded, let it breathe please",
    ],
)
@pytest.mark.parametrize("project", [basic_project(), _twenty()])
def test_room_to_breathe_asks_what_to_take_out(text: str, project: AdProject) -> None:
    turn = _unchanged(text, project)
    assert turn.question and "fewer words" in turn.question and "simpler" in turn.question, turn
    assert "fewer scenes" in turn.question and "slower" in turn.question


def test_room_to_breathe_after_a_precise_request_is_only_its_reason() -> None:
    same_as("make the hook text smaller, let it breathe", "make the hook text smaller")


# --- 7. "wite" is white -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("end crad txt in wite pls", {"scene_3__overlay__color": "#FFFFFF"}),
        ("make the showcase text wite", {"scene_2__overlay__color": "#FFFFFF"}),
        ("cta txt wite", {"scene_3__overlay__color": "#FFFFFF"}),
    ],
)
def test_wite_is_white(text: str, changes: dict[str, Any]) -> None:
    only(text, basic_with(scenes__overlay__color="#222222"), **changes)


# --- 8. after a refusal, "the longest you can do", "the biggest you're allowed" -------------------------


@pytest.mark.parametrize(
    ("first", "reply", "expected"),
    [
        ("cta font 400", "ok the biggest you're allowed then", {"sceneId": "scene_3", "fontSize": 200}),
        ("hook text size 500", "fine, the largest you can manage", {"sceneId": "scene_1", "fontSize": 200}),
        (
            "make the hook 45 seconds",
            "then the longest you can do",
            {"sceneId": "scene_1", "durationSec": 30.0},
        ),
        ("showcase 50 seconds", "ok the longest you're allowed", {"sceneId": "scene_2", "durationSec": 30.0}),
    ],
)
def test_the_limit_after_a_refusal(first: str, reply: str, expected: dict[str, Any]) -> None:
    project = basic_project()
    refused = parse_message(first, project)
    assert refused.unknown and "out of range" in refused.unknown and refused.pending is not None
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    turn = parse_message(reply, project, state=state)
    assert not turn.question and not turn.unknown, turn
    [op] = [op.to_wire() for op in turn.operations]
    assert {k: v for k, v in op.items() if k != "operation"} == expected


def test_the_longest_ad_after_a_refusal_names_it_first() -> None:
    project = basic_project()
    refused = parse_message("make it 4 minutes, it's for local TV", project)
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    turn = parse_message("fine, then the longest you can do", project, state=state)
    assert not turn.operations and turn.question and "longest" in turn.question


# --- 9. variants: one that ends on 'X', one with two scenes swapped, back to the first ---------------------


def _variation(text: str, project: AdProject | None = None) -> tuple[str, list[dict[str, Any]]]:
    turn = parse_message(text, project or basic_project())
    assert not turn.question and not turn.unknown, turn
    [op] = [op.to_wire() for op in turn.operations]
    assert op["operation"] == "create_variation", op
    return op["label"], op["operations"]


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("make a B version that ends on 'Follow us @northwind'", "scene_3", "Follow us @northwind"),
        ('make a variant that ends with "Book today"', "scene_3", "Book today"),
        ("a version B that opens with 'Still sleepy?'", "scene_1", "Still sleepy?"),
        ("can you do a B version which starts with 'Morning, sunshine'", "scene_1", "Morning, sunshine"),
    ],
)
def test_a_variant_that_ends_or_opens_on_words(text: str, scene: str, words: str) -> None:
    label, operations = _variation(text)
    assert label == "B"
    assert operations == [{"operation": "update_overlay", "sceneId": scene, "text": words}]


@pytest.mark.parametrize(
    ("text", "label", "order"),
    [
        ("B version with the hook and the cta swapped", "B", ["scene_3", "scene_2", "scene_1"]),
        ("a variant with the showcase and the cta switched around", "B", ["scene_1", "scene_3", "scene_2"]),
        ("make a C where the hook and the showcase are swapped", "C", ["scene_2", "scene_1", "scene_3"]),
    ],
)
def test_a_variant_with_two_scenes_swapped(text: str, label: str, order: list[str]) -> None:
    got, operations = _variation(text)
    assert got == label
    assert operations == [{"operation": "reorder_scenes", "order": order}]


@pytest.mark.parametrize(
    "text",
    ["now hop back to the first one for me", "jump back to the original", "ok pop back to the first version"],
)
def test_hop_back_to_the_first_version(text: str) -> None:
    original = basic_project()
    variant, family = with_version_b(original)
    turn = parse_message(text, variant, family=lambda: family)
    assert turn.switch_to == original.project_id and not turn.operations, turn


# --- 10. questions about a kind of thing the words show: a price, hours, a date, a number --------------


def _local_shop() -> AdProject:
    """basic_project with a price in the showcase and hours, a date and a number on the end card."""
    return basic_with(
        scene_2__overlay__text="Large cold brew · $4.50",
        scene_3__overlay__text="Open Mon-Fri 7am-3pm · Grand opening 9/21 · (555) 010-4477",
    )


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("what price is on there right now?", "$4.50", "7am"),
        ("what hours does the end card show?", "7am-3pm", "$4.50"),
        ("which date did we put on the cta?", "9/21", "$4.50"),
        ("what phone number is on screen?", "(555) 010-4477", "$4.50"),
    ],
)
def test_a_kind_of_thing_the_words_show_is_read_from_the_scenes(text: str, said: str, not_said: str) -> None:
    turn = _unchanged(text, _local_shop())
    assert turn.answer and said in turn.answer and not_said not in turn.answer, turn


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [
        ("what price is on there right now?", "and the opening date?", "9/21"),
        ("what hours does the end card show?", "and the phone number?", "(555) 010-4477"),
        ("what date is on the end card?", "what about the price?", "$4.50"),
    ],
)
def test_and_the_other_kind_after_a_question(first: str, then: str, said: str) -> None:
    project = _local_shop()
    assert _unchanged(first, project).answer
    state = ConversationState(project_id=project.project_id, last_question=first)
    turn = _unchanged(then, project, state)
    assert turn.answer and said in turn.answer, turn


@pytest.mark.parametrize(
    "text", ["what price is on there?", "what hours does the end card show?", "and the address?"]
)
def test_a_kind_no_scene_shows_is_said_to_be_missing(text: str) -> None:
    turn = _unchanged(text, basic_project())
    assert turn.answer and turn.answer.startswith("No scene's text shows"), turn


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("is the CTA text bigger than the hook's?", "Yes"),  # 72 against 64
        ("is the hook's text bigger than the cta text?", "No"),
        ("are the showcase words smaller than the end card's?", "Yes"),  # 56 against 72
        ("is the cta text smaller than the hook text?", "No"),
    ],
)
def test_is_one_text_bigger_than_another(text: str, verdict: str) -> None:
    turn = _unchanged(text, basic_project())
    assert turn.answer and turn.answer.startswith(verdict + ":"), turn
    assert "64" in turn.answer or "56" in turn.answer


# --- 11. the music "really low": much quieter; after "quieter, calmer, or none?" too -------------------


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("music really low", 0.4),
        ("make the music very low please", 0.4),
        ("the track super low", 0.4),
        ("music low", 0.6),
    ],
)
def test_music_low_is_quieter(text: str, volume: float) -> None:
    only(text, audio__volume=volume)


@pytest.mark.parametrize("text", ["move the hook text low", "low angle shot for the hook"])
def test_low_of_anything_but_the_music_is_not_the_volume(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert all(op.operation != "update_audio" for op in turn.operations), turn


@pytest.mark.parametrize(
    ("reply", "volume"),
    [
        ("actually not off, just really low", 0.4),
        ("no, keep it but way quieter", 0.4),
        ("not off, just low", 0.6),
    ],
)
def test_how_low_after_the_music_question(reply: str, volume: float) -> None:
    project = basic_project()
    asked = parse_message("music off", project)
    assert asked.question and asked.pending is not None and "music" in asked.question
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    only(reply, project, state, audio__volume=volume)


# --- 12. "one more touch" after a small step: another such step ----------------------------------------


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("music just a touch louder", "one more touch"),
        ("hook text a tad bigger", "one more tad"),
        ("music a smidge quieter", "one more smidge"),
        ("cta text a touch smaller", "ok one more touch"),
    ],
)
def test_one_more_step_is_another_step(first: str, again: str) -> None:
    changed, state = after(first, basic_project())
    plain = "another " + again.split()[-1]
    assert wires(again, changed, state) == wires(plain, changed, state)
    assert wires(again, changed, state)


# --- 13. "where's it at now?" after a change: the value it set ----------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [
        ("music a bit quieter", "where's it at now?", "volume is 70%"),
        ("hook text size 80", "what is it at now?", "text size is 80"),
        ("make the cta 6 seconds", "where did that land?", "length is 6 s"),
        ("make it 20 seconds", "so where's it at now", "length is 20 s"),
    ],
)
def test_where_the_last_change_left_it(first: str, then: str, said: str) -> None:
    changed, state = after(first, basic_project())
    turn = _unchanged(then, changed, state)
    assert turn.answer and said in turn.answer, turn


# --- 14. edits pasted as a JSON-ish object ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            '{"cta": "Call 24/7: (555) 010-9999", "cta_color": "#FFFFFF"}',
            {"scene_3__overlay__text": "Call 24/7: (555) 010-9999", "scene_3__overlay__color": "#FFFFFF"},
        ),
        (
            '{"hook_text": "Still sleepy?", "hook_font_size": 80}',
            {"scene_1__overlay__text": "Still sleepy?", "scene_1__overlay__fontSize": 80},
        ),
        (
            "{'cta': 'Order now', 'ctaColor': '#000000', 'music_volume': '50%'}",
            {
                "scene_3__overlay__text": "Order now",
                "scene_3__overlay__color": "#000000",
                "audio__volume": 0.5,
            },
        ),
        (
            "{cta: Shop the drop, cta_position: top}",
            {"scene_3__overlay__text": "Shop the drop", "scene_3__overlay__position": "top"},
        ),
    ],
)
def test_a_pasted_object_of_edits(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_a_pasted_object_with_a_key_no_reader_knows_changes_nothing() -> None:
    _unchanged('{"product": "bottle", "cta": "x"}', basic_project())


# --- 15. brand guidelines: a hex given, then where it goes; "same hex"; a font "per the style guide" ----


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "our brand orange is #FF7A00 per the guidelines, use it for the end card text",
            {"scene_3__overlay__color": "#FF7A00"},
        ),
        ("the brand blue is #1D4ED8, use it on the hook text please", {"scene_1__overlay__color": "#1D4ED8"}),
        (
            "our accent = #E63946. put that colour on the showcase text",
            {"scene_2__overlay__color": "#E63946"},
        ),
    ],
)
def test_a_hex_given_then_where_it_goes(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("then", "changes"),
    [
        ("same hex on the hook text", {"scene_1__overlay__color": "#FF7A00"}),
        ("same hex code for the showcase text", {"scene_2__overlay__color": "#FF7A00"}),
        ("same shade on the hook text", {"scene_1__overlay__color": "#FF7A00"}),
    ],
)
def test_the_same_hex_on_another_text(then: str, changes: dict[str, Any]) -> None:
    changed, state = after("make the end card text #FF7A00", basic_project())
    only(then, changed, state, **changes)


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("brand font per our style guide is Playfair Display, please set it", "Playfair Display"),
        ("our brand font per the guidelines is Lora", "Lora"),
        ("brand font is Montserrat according to the brand book", "Montserrat"),
    ],
)
def test_a_brand_font_per_the_guidelines(text: str, font: str) -> None:
    changed = only(text, brand__font=font)
    turn = _unchanged("what font is the brand on now?", changed)
    assert turn.answer and font in turn.answer


def test_words_in_quotes_about_guidelines_stay_the_text() -> None:
    only("the cta should say 'as per the guidelines'", scene_3__overlay__text="as per the guidelines")


# --- 16. "the number on the end is wrong": the right one asked for, then put in its place ---------------


@pytest.mark.parametrize(
    ("said", "reply", "text"),
    [
        (
            "the number on the end is wrong",
            "it's (555) 010-3300, same wording otherwise",
            "Open 7am-3pm · Call (555) 010-3300",
        ),
        ("the phone number is out of date", "should be (555) 010-8000", "Open 7am-3pm · Call (555) 010-8000"),
        ("the hours on the end card are wrong", "8am-4pm now", "Open 8am-4pm · Call (555) 010-4477"),
    ],
)
def test_a_wrong_number_is_asked_for_then_replaced(said: str, reply: str, text: str) -> None:
    project = basic_with(scene_3__overlay__text="Open 7am-3pm · Call (555) 010-4477")
    asked = _unchanged(said, project)
    assert asked.question and "What should the" in asked.question and asked.pending is not None, asked
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    only(reply, project, state, scene_3__overlay__text=text)


def test_the_price_in_a_named_scene_is_replaced_keeping_the_words() -> None:
    project = basic_with(scene_2__overlay__text="4 bed · 3 bath · $689,000")
    asked = _unchanged("the price in the showcase is outdated", project)
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    only("$675,000", project, state, scene_2__overlay__text="4 bed · 3 bath · $675,000")


@pytest.mark.parametrize(
    "said", ["the price is wrong", "the phone number is incorrect", "the address is off"]
)
def test_a_wrong_thing_no_scene_shows_is_asked_about_without_a_guess(said: str) -> None:
    turn = _unchanged(said, basic_project())
    assert turn.question and turn.question.startswith("Which") and turn.pending is None, turn


def test_a_reply_without_the_value_is_read_on_its_own() -> None:
    project = basic_with(scene_3__overlay__text="Call (555) 010-4477")
    asked = _unchanged("the number on the end is wrong", project)
    state = ConversationState(project_id=project.project_id, pending=asked.pending)
    _unchanged("hmm not sure yet", project, state)


# --- 17. "the phone number", "the price", "the hours": the text of the scene that shows it ---------------


def _with_number_and_price() -> AdProject:
    return basic_with(
        scene_2__overlay__text="Large cold brew · $4.50",
        scene_3__overlay__text="Open 7am-3pm · Call (555) 010-4477",
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("make the phone number bigger", "make the cta text bigger"),
        ("the hours are tiny", "the cta text is tiny"),
        ("make the price bigger", "make the showcase text bigger"),
        ("the price is hard to read", "the showcase text is hard to read"),
    ],
)
def test_a_kind_of_thing_names_the_text_that_shows_it(text: str, plain: str) -> None:
    same_as(text, plain, _with_number_and_price())


def test_the_phone_number_that_hardly_stands_out_asks_how() -> None:
    turn = _unchanged(
        "the phone number is the whole point and it hardly stands out", _with_number_and_price()
    )
    assert turn.question and "bigger text" in turn.question


@pytest.mark.parametrize("text", ["make the price bigger", "the phone number is tiny"])
def test_a_kind_no_scene_shows_names_no_text(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, turn


@pytest.mark.parametrize(
    "text",
    [
        "the cta text is orange on an orange background, nobody can read it",
        "nobody can read the hook, white on a white sky",
        "no one could read the showcase words against that bright photo",
    ],
)
def test_nobody_can_read_it_for_its_colours_is_no_size(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert all("fontSize" not in op.to_wire() for op in turn.operations), turn


@pytest.mark.parametrize(
    "text",
    [
        "which number is the one with the iced coffee on the counter?",
        "what number is the scene with the bottle on the table?",
        "which number is the slide with the logo on it?",
    ],
)
def test_which_number_is_a_scene_is_no_phone_number(text: str) -> None:
    turn = _unchanged(text, _local_shop())
    assert not (turn.answer or "").startswith("No scene's text") and "010-4477" not in (turn.answer or ""), (
        turn
    )


@pytest.mark.parametrize(
    "text",
    [
        "the music is too low",
        "the volume is way too low",
        "music is low enough",
        "i like the music low like this",
        "the music feels low energy",
    ],
)
def test_low_said_of_the_music_as_it_is_never_turns_it_down(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert all(op.to_wire().get("volume", 1.0) >= 0.8 for op in turn.operations), turn
