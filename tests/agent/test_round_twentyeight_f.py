"""Round twenty-eight f (2026-12-05): client notes relayed by an account manager, dictated or
pasted (:mod:`adgen.agent.understanding.relayed_notes`, and rows in :mod:`history`,
:mod:`lead_ins`, :mod:`scenes`).

1. A dictated quote ("say quote see you soon end quote") is the copy between the words, with its
   spoken punctuation ("question mark", "comma") as marks: the whole "quote … end quote" was the
   new text.
2. "Undo both", "revert both of those", "take back the last 2 edits": two steps (one, or none).
3. One change announced ("Small tweak from them: …", "one small change: …") is no size: the
   text was made smaller.
4. A plan with a guard that keeps the colours ("they're rebranding to navy and gold next year, so
   no colour changes for now") is no colour: the palette became the plan's.
5. An approval said without a verb among requests ("music fine.", "visuals ok.") is no request:
   the requests beside it were only proposed.
6. The colour the last change replaced, kept after all ("never mind, leave the orange"): the last
   change taken back (orange was set as a new colour).
7. "make it white" after a question about the text that named no one scene: the text, never the
   palette; "the text on the end" is the last scene's.
8. "the scene with the bagels" when two scenes say "bagels" and one of them shows them too: the
   one that both says and shows them (asked which of all the scenes).
9. "the one with the product photo": the one scene that shows the product; several -> which.
10. "FW:", "Fwd:", "Re:" at the start of a line are no label: half of the request was lost.
11. "in up", "in down" (learners' English) are the top and the bottom; "the text of the end" is the
    last scene's.
12. "brand team says it's Manrope now" right after a question about the font (or tagline): the
    brand's font (tagline) set; "the brand font is Manrope now" is the font "Manrope" ("Manrope now").
13. A new phone number for the text that shows the old one: the number replaced, its words kept
    (nothing understood, or the sentence asked as a text); a sentence that only keeps a line ("…,
    so that line stays.") and a lead-in "What they DO need:" ask nothing.
14. "what does the ad end on?", "what does it open with?": what the last (first) scene says.

Every test checks the whole resulting document (or the exact operations of an undo)."""

from __future__ import annotations

import pytest
from parse_helpers import after, basic_with, only, wires
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message

# basic_project: 15 s; hook 4 s (64, white, "Wake up to cold brew"), showcase 7 s (56, white, "Smooth.
# Bold. 100% arabica"), cta 4 s (72, #F2A541, "Order today"); palette #1F3A5F, #F2A541.


# --- 1. a dictated quote ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "copy"),
    [
        ("make the opener say open quote brewed overnight close quote", 1, "Brewed overnight"),
        ("end card text quote order now exclamation point unquote", 3, "Order now!"),
        ("change scene 2 to quote just $4 comma all week end quote period", 2, "Just $4, all week"),
        ("the last scene should read quote need a boost question mark end quote thanks", 3, "Need a boost?"),
        ("set the first line to quote good morning end of quote", 1, "Good morning"),
    ],
)
def test_a_dictated_quote_is_the_copy(text: str, scene: int, copy: str) -> None:
    only(text, **{f"scene_{scene}__overlay__text": copy})


def test_a_dictated_quote_among_other_requests() -> None:
    only(
        "ok so the opening text should say quote fuel your morning end quote and the closing text white",
        scene_1__overlay__text="Fuel your morning",
        scene_3__overlay__color="#FFFFFF",
    )


# --- 2. undo both ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["undo both", "please revert both of those", "take back the last 2 edits", "undo those two"],
)
def test_undo_both_takes_back_two_steps(text: str) -> None:
    assert wires(text) == [{"operation": "undo"}, {"operation": "undo"}]


# --- 3. one change announced -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi! Client approved the rest. Small tweak from them: the last scene should read 'Order ahead'. Cheers",
        "one small change: the end card should say 'Order ahead'",
        "Looks good. A quick fix from the client: the CTA needs to say 'Order ahead'",
        "another tiny thing - the cta text should be 'Order ahead'",
    ],
)
def test_one_change_announced_is_no_size(text: str) -> None:
    only(text, scene_3__overlay__text="Order ahead")


# --- 4. a plan that keeps the colours ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They're rebranding to navy and gold next year, so no colour changes for now. Music a bit quieter please.",
        "we're moving to a green palette in the autumn, so leave the colours alone. the music could be quieter",
        "New brand colours (teal + coral) land in March, which means don't touch the colours yet. "
        "Make the music quieter.",
    ],
)
def test_a_plan_that_keeps_the_colours_is_no_colour(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question, turn.question
    wire = [op.to_wire() for op in turn.operations]
    assert (
        len(wire) == 1 and wire[0]["operation"] == "update_audio" and set(wire[0]) == {"operation", "volume"}
    )
    assert wire[0]["volume"] < basic_project().audio.volume


# --- 5. an approval without a verb -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "opening is great. music fine. end card should say 'Order ahead'.",
        "visuals ok. voiceover good. the cta needs to read 'Order ahead'.",
        "Pacing fine. Track all good. Last scene text 'Order ahead' please.",
    ],
)
def test_an_approval_without_a_verb_is_no_request(text: str) -> None:
    only(text, scene_3__overlay__text="Order ahead")


def test_an_approval_alone_changes_nothing() -> None:
    turn = parse_message("music fine.", basic_project())
    assert not turn.operations


# --- 6. the replaced colour kept after all ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hmm no never mind, leave the orange",
        "actually no, keep the orange",
        "on second thought leave it orange",
        "nah, the orange was better",
    ],
)
def test_the_replaced_colour_kept_after_all_is_an_undo(text: str) -> None:
    _, state = after("make the cta text white", basic_project())
    assert wires(text, state=state) == [{"operation": "undo"}]


def test_keeping_the_new_colour_is_no_undo() -> None:
    project, state = after("make the cta text white", basic_project())
    turn = parse_message("keep it white", project, state=state)
    assert not any(op.to_wire()["operation"] == "undo" for op in turn.operations)


# --- 7. "it" after a question about the text; "on the end" ------------------------------------------


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("what colour is the phone number text?", "make it white"),
        ("what color is the writing", "change it to white"),
        ("which colour are the words?", "turn them white"),
    ],
)
def test_it_after_a_question_about_the_text_is_the_text(question: str, text: str) -> None:
    state = ConversationState(project_id="p_sample1", last_question=question)
    only(text, state=state, scene_3__overlay__color="#FFFFFF")


@pytest.mark.parametrize(
    "text",
    [
        "make the text on the end white",
        "the words on the end should be white",
        "on the end, text white please",
    ],
)
def test_on_the_end_is_the_last_scene(text: str) -> None:
    only(text, project=basic_with(scene_1__overlay__color="#000000"), scene_3__overlay__color="#FFFFFF")


# --- 8. the scene that both says and shows it ---------------------------------------------------------

_BAGELS = {
    "scene_1__overlay__text": "Fresh bagels daily",
    "scene_1__backgroundPrompt": "sesame bagels piled on a wooden board",
    "scene_2__overlay__text": "Bagels, coffee, smiles",
    "scene_2__backgroundPrompt": "a barista pouring latte art",
}


@pytest.mark.parametrize(
    "text",
    [
        "the scene with the bagels should say 'Hot out of the oven'",
        "change the text of the scene that has the bagels to 'Hot out of the oven'",
        "the one with the bagels - text should be 'Hot out of the oven'",
    ],
)
def test_the_scene_that_says_and_shows_it(text: str) -> None:
    only(text, project=basic_with(**_BAGELS), scene_1__overlay__text="Hot out of the oven")


def test_words_two_scenes_say_and_none_shows_still_ask() -> None:
    project = basic_with(**{**_BAGELS, "scene_1__backgroundPrompt": "a sunny street corner"})
    turn = parse_message("the scene with the bagels should say 'Hot out of the oven'", project)
    assert turn.question and not turn.operations


# --- 9. the one with the product photo ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the one with the product photo - text should be 'Now in cans'",
        "the scene with the product shot should say 'Now in cans'",
        "the bit with the product image: 'Now in cans'",
    ],
)
def test_the_one_with_the_product_photo(text: str) -> None:
    project = basic_with(scene_3__product__visible=False)
    only(text, project=project, scene_2__overlay__text="Now in cans")


def test_the_product_photo_in_two_scenes_asks_which() -> None:
    turn = parse_message("the one with the product photo should say 'Now in cans'", basic_project())
    assert turn.question and not turn.operations
    assert "scene 2" in turn.question and "scene 3" in turn.question


# --- 10. email marks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FW: we need it on YouTube Shorts as well, and the end card should read 'Order ahead'.",
        "Fwd: Re: add YouTube Shorts, and the last scene should say 'Order ahead'",
        "RE: RE: also for YouTube Shorts please, and the cta text 'Order ahead'",
    ],
)
def test_email_marks_are_no_label(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    wire = [op.to_wire() for op in turn.operations]
    assert wire == [
        {"operation": "add_presets", "presets": ["shorts"]},
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Order ahead"},
    ]


# --- 11. "in up", "in down", "of the end" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "please to put the words of the first scene in up, not in the middle",
            {"scene_1__overlay__position": "top"},
        ),
        ("the cta title put in down please", {"scene_3__overlay__position": "bottom"}),
        ("the text of the second scene to the up", {"scene_2__overlay__position": "top"}),
        ("the text of the end make it in yellow", {"scene_3__overlay__color": "#FFFF00"}),
        ("the words of the end, more white please", {"scene_3__overlay__color": "#FFFFFF"}),
    ],
)
def test_in_up_and_of_the_end(text: str, changes: dict[str, str]) -> None:
    only(text, **changes)


def test_to_up_the_music_is_a_verb() -> None:
    turn = parse_message("we want to up the music a little", basic_project())
    assert all(op.to_wire()["operation"] == "update_audio" for op in turn.operations)


# --- 12. the answer to a question about the font, reported ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "text", "changes"),
    [
        ("what font is the brand set to?", "the design team says it's Outfit now", {"brand__font": "Outfit"}),
        ("what font do we use?", "the client told us it's Poppins", {"brand__font": "Poppins"}),
        ("which font is it?", "it's Work Sans now", {"brand__font": "Work Sans"}),
        (
            "what's the tagline?",
            "marketing says it's 'Brewed for you' now",
            {"brand__tagline": "Brewed for you"},
        ),
    ],
)
def test_a_reported_answer_to_a_font_question(question: str, text: str, changes: dict[str, str]) -> None:
    state = ConversationState(project_id="p_sample1", last_question=question)
    only(text, state=state, **changes)


@pytest.mark.parametrize(
    "text",
    ["the brand font is Outfit now", "our font is Outfit from now on", "brand font: Outfit going forward"],
)
def test_now_is_no_part_of_a_font(text: str) -> None:
    only(text, brand__font="Outfit")


def test_a_judgement_after_a_font_question_sets_no_font() -> None:
    state = ConversationState(project_id="p_sample1", last_question="what font do we use?")
    turn = parse_message("it's fine", basic_project(), state=state)
    assert not turn.operations


# --- 13. a new phone number ---------------------------------------------------------------------------------

_PHONE_AD = {"scene_3__overlay__text": "Call 0161 555 0199 today"}


@pytest.mark.parametrize(
    "text",
    [
        "the phone number on the last scene should be 0161 555 0200",
        "please update the number to 0161 555 0200",
        "new phone number: 0161 555 0200",
        "Legal says we may only say 'today' if we answer same day, and we do, so that line stays. "
        "What they DO need: the contact number should be 0161 555 0200, the old one is gone.",
    ],
)
def test_a_new_phone_number_replaces_the_old_one(text: str) -> None:
    only(text, project=basic_with(**_PHONE_AD), scene_3__overlay__text="Call 0161 555 0200 today")


def test_a_new_phone_number_with_another_request() -> None:
    only(
        "change our number to 0161 555 0200 and make the opening text yellow",
        project=basic_with(**_PHONE_AD),
        scene_3__overlay__text="Call 0161 555 0200 today",
        scene_1__overlay__color="#FFFF00",
    )


def test_a_phone_number_in_no_scene_is_no_rewrite() -> None:
    turn = parse_message("the phone number should be 0161 555 0200", basic_project())
    assert all(
        op.to_wire().get("text") != "0161 555 0200" or op.to_wire()["sceneId"] for op in turn.operations
    )
    assert not any("Call" in str(op.to_wire()) for op in turn.operations)


# --- 14. what it ends on ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what does the ad end on?", "Order today"),
        ("what do we finish with?", "Order today"),
        ("what does it open with?", "Wake up to cold brew"),
        ("so what does the video start on", "Wake up to cold brew"),
    ],
)
def test_what_it_ends_on_is_what_the_last_scene_says(text: str, said: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer and said in turn.answer, (text, turn.answer)
