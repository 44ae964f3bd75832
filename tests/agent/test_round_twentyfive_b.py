"""Round twenty-five b (dev18's compliance and price edits, versions for a campaign, refusals and
questions; each class in words of its own, never dev18's): part of a text replaced ("change today
to now on the cta"), a ™ or ® after a name wherever it shows, words put at the end of a text or a
voice-over line, a claim taken out of the text that has it, a scene named by what its text shows
("the rating card"), the tagline set after a question with long quoted words, versions for a
campaign, a market or a test cell ("Halloween version, …", "dupe it for Easter", "test cell D: …",
"another one, …" when versions exist, "without the '…' claim: …"), refusals (scheduling, a photo
made bigger with no product photo) and their retries ("max it then", "ok 1.25x then"), questions
(which scene makes a claim, what price a scene shows), and Singlish's closing "can".

Every edit is checked on the whole resulting document: what was asked changed, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import basic_with, content, set_paths, with_version_b
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: hook "Wake up to cold brew", showcase "Smooth. Bold. 100% arabica", cta "Order
# today" (product visible in the cta, no product photo); brand Northwind Coffee, no tagline.


def document_after(
    text: str, project: AdProject | None = None, state: ConversationState | None = None
) -> dict[str, Any]:
    """The whole ad once ``text`` is applied; the message must neither ask nor leave words unread."""
    project = project or basic_project()
    turn = parse_message(text, project, state=state)
    assert turn.operations and not turn.question and not turn.unknown, (text, turn)
    changed, error = simulate(project, turn.operations)
    assert error is None, (text, error)
    return content(changed)


def expected(project: AdProject | None = None, **changes: Any) -> dict[str, Any]:
    """``project`` (basic_project) with ``changes``, paths as in :func:`basic_with`."""
    doc = set_paths((project or basic_project()).model_dump(by_alias=True), changes)
    return content(AdProject.model_validate(doc))


def _nothing_changed(
    text: str, project: AdProject | None = None, state: ConversationState | None = None
) -> str:
    """No edit; the reply (a reason, a question or an answer) is returned."""
    turn = parse_message(text, project or basic_project(), state=state)
    assert not turn.operations, (text, turn)
    reply = turn.unknown or turn.question or turn.answer or ""
    assert reply, (text, turn)
    return reply


# --- 1. part of a text replaced, the rest kept -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("change today to now on the cta", {"scene_3__overlay__text": "Order now"}),
        (
            "swap arabica for robusta in the showcase",
            {"scene_2__overlay__text": "Smooth. Bold. 100% robusta"},
        ),
        ("replace 'cold brew' with 'iced latte'", {"scene_1__overlay__text": "Wake up to iced latte"}),
        (
            "pls switch Bold to Rich on the second scene",
            {"scene_2__overlay__text": "Smooth. Rich. 100% arabica"},
        ),
    ],
)
def test_part_of_a_text_is_replaced_the_rest_kept(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text) == expected(**changes)


@pytest.mark.parametrize(
    "text",
    [
        "hey, change today to now on the cta thanks",
        "change Order to Shop in the cta thx!",
        "swap today for now please",
    ],
)
def test_a_part_swap_with_courtesies_keeps_them_out(text: str) -> None:
    words = "Shop today" if "Order" in text else "Order now"
    assert document_after(text) == expected(scene_3__overlay__text=words)


def test_a_price_in_another_currency_replaces_only_the_price() -> None:
    project = basic_with(scene_3__overlay__text="Join now: $19/week")
    assert document_after("change $19/week to ₹999/month on the end card", project) == expected(
        project, scene_3__overlay__text="Join now: ₹999/month"
    )


@pytest.mark.parametrize(
    "text",
    [
        "change the price to ₹999/month",
        "swap the dollar price for ₹999/month on the last scene",
        "make it ₹999/month instead of $19/week",
    ],
)
def test_the_price_named_as_a_price_is_the_one_on_screen(text: str) -> None:
    project = basic_with(scene_3__overlay__text="Join now: $19/week")
    assert document_after(text, project) == expected(project, scene_3__overlay__text="Join now: ₹999/month")


def test_words_in_no_text_of_the_scene_named_are_said_back() -> None:
    reply = _nothing_changed("change arabica to robusta on the cta")
    assert "Order today" in reply and "arabica" in reply


@pytest.mark.parametrize(
    "text",
    [
        "swap bold for strong everywhere",
        "change bold to strong in all the scenes",
        "replace bold with strong throughout",
    ],
)
def test_words_in_two_texts_said_everywhere_change_in_both(text: str) -> None:
    project = basic_with(scene_1__overlay__text="Cold brew, bold")
    assert document_after(text, project) == expected(
        project,
        scene_1__overlay__text="Cold brew, strong",
        scene_2__overlay__text="Smooth. strong. 100% arabica",
    )


def test_words_in_two_texts_ask_which() -> None:
    project = basic_with(scene_1__overlay__text="Cold brew, bold")
    reply = _nothing_changed("swap bold for strong", project)
    assert "scene 1" in reply and "scene 2" in reply


# --- 2. a trademark sign after a name wherever it shows ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "project", "changes"),
    [
        (
            "legal: our product is Brewmaster™ on screen, every time",
            {
                "scene_1__overlay__text": "Brewmaster cold brew",
                "scene_3__overlay__text": "Order Brewmaster today",
            },
            {
                "scene_1__overlay__text": "Brewmaster™ cold brew",
                "scene_3__overlay__text": "Order Brewmaster™ today",
            },
        ),
        (
            "add ® after Brewmaster everywhere it appears",
            {"scene_2__overlay__text": "Brewmaster. 100% arabica"},
            {"scene_2__overlay__text": "Brewmaster®. 100% arabica"},
        ),
        (
            "compliance needs the TM on Brewmaster in the hook",
            {"scene_1__overlay__text": "Brewmaster cold brew", "scene_3__overlay__text": "Brewmaster today"},
            {"scene_1__overlay__text": "Brewmaster™ cold brew"},
        ),
    ],
)
def test_a_trademark_sign_goes_after_the_name(
    text: str, project: dict[str, Any], changes: dict[str, Any]
) -> None:
    start = basic_with(**project)
    assert document_after(text, start) == expected(start, **changes)


@pytest.mark.parametrize(
    "text",
    ["remove the ™ from Brewmaster", "the ™ after Brewmaster looks odd", "we don't need Brewmaster™ anymore"],
)
def test_a_trademark_sign_taken_off_or_disliked_is_never_added(text: str) -> None:
    turn = parse_message(text, basic_with(scene_1__overlay__text="Brewmaster cold brew"))
    assert all(
        "™" not in (op.to_wire().get("text") or "")
        for op in turn.operations
        if op.operation == "update_overlay"
    ), turn


# --- 3. words put at the end of a text or a voice-over line ------------------------------------------


def _voiced() -> AdProject:
    return basic_with(
        voice__enabled=True,
        captions__enabled=True,
        scene_1__voiceover={"text": "Mornings are hard.", "enabled": True},
        scene_3__voiceover={"text": "Order your first bag today", "enabled": True},
    )


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the closing voice-over line must finish with 'Offer ends Sunday.'",
            {
                "scene_3__voiceover": {
                    "text": "Order your first bag today. Offer ends Sunday.",
                    "enabled": True,
                }
            },
        ),
        (
            "end the cta text with 'T&Cs apply'",
            {"scene_3__overlay__text": "Order today. T&Cs apply"},
        ),
        (
            "tack 'while stocks last' onto the end of the showcase line",
            {"scene_2__overlay__text": "Smooth. Bold. 100% arabica while stocks last"},
        ),
        (
            "the hook vo should end with 'Not anymore.'",
            {"scene_1__voiceover": {"text": "Mornings are hard. Not anymore.", "enabled": True}},
        ),
    ],
)
def test_words_go_at_the_end_the_line_kept(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text, _voiced()) == expected(_voiced(), **changes)


# --- 4. a claim taken out of the text that has it ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we can't claim 100% - the showcase has to lose it",
        "legal won't let us say 100%, take it out of the arabica line",
        "we aren't allowed to say 100% so drop it",
    ],
)
def test_a_claim_comes_out_of_its_text_no_scene_goes(text: str) -> None:
    assert document_after(text) == expected(scene_2__overlay__text="Smooth. Bold. arabica")


# --- 5. a scene named by what its text shows ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the review card should say '4.9★ from 2,000 baristas'",
            {"scene_2__overlay__text": "4.9★ from 2,000 baristas"},
        ),
        ("make the stars slide text white", {"scene_2__overlay__color": "#FFFFFF"}),
        ("price screen should read 'Now $9'", {"scene_3__overlay__text": "Now $9"}),
    ],
)
def test_a_scene_named_by_its_rating_or_price(text: str, changes: dict[str, Any]) -> None:
    start = basic_with(
        scene_2__overlay__text="Rated 4.7★ by baristas", scene_3__overlay__text="Only $12 a bag"
    )
    assert document_after(text, start) == expected(start, **changes)


# --- 6. the tagline after a question about it, long quoted words ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "for the summer launch make it 'Cold coffee for the hottest days'",
        "for autumn change it to 'Cold coffee for the hottest days'",
        "then for spring set it to 'Cold coffee for the hottest days' please",
    ],
)
def test_the_tagline_asked_about_takes_the_long_quote(text: str) -> None:
    project = basic_with(brand__tagline="Brewed slow")
    asked = parse_message("what is the slogan right now?", project)
    assert asked.answer and "Brewed slow" in asked.answer
    state = ConversationState(
        project_id=project.project_id, topic=asked.topic, last_question="what is the slogan right now?"
    )
    assert document_after(text, project, state) == expected(
        project, brand__tagline="Cold coffee for the hottest days"
    )


# --- 7. versions for a campaign, a market or a test cell --------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "operation"),
    [
        (
            "Halloween version, cta 'Spooky cold brew', nothing else changes",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Spooky cold brew"},
        ),
        (
            "dupe it for Easter - hook 'Hop into cold brew'",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Hop into cold brew"},
        ),
        (
            "a version for the UK with the cta text white",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"},
        ),
        (
            "add a test cell: D with 'Brew o'clock' on the hook",
            "D",
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Brew o'clock"},
        ),
        (
            "a version for Cyber Monday without the '100%' claim: showcase 'Smooth. Bold. Arabica'",
            "B",
            {"operation": "update_overlay", "sceneId": "scene_2", "text": "Smooth. Bold. Arabica"},
        ),
    ],
)
def test_a_campaign_version_is_made_not_this_one_edited(
    text: str, label: str, operation: dict[str, Any]
) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "create_variation", "label": label, "operations": [operation]}
    ]


def test_a_quoted_claim_left_out_never_drops_its_scene() -> None:
    turn = parse_message("a version for the EU without the '100%' claim", basic_project())
    assert not turn.operations and turn.question, turn


@pytest.mark.parametrize(
    "text", ["another one, music calmer", "one more - cta text white", "and another, hook bigger"]
)
def test_another_one_with_versions_made_is_one_more_version(text: str) -> None:
    original = basic_project()
    _, family = with_version_b(original)
    turn = parse_message(text, original, family=lambda: family)
    assert not turn.question and not turn.unknown, (turn.question, turn.unknown)
    assert [op.operation for op in turn.operations] == ["create_variation"]


def test_another_one_without_versions_is_no_version() -> None:
    turn = parse_message("another one, cta text white", basic_project())
    assert all(op.operation != "create_variation" for op in turn.operations)


# --- 8. refusals and their retries -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "schedule it for 9am Monday",
        "can this go live on Friday at noon?",
        "please publish the ad tomorrow",
    ],
)
def test_scheduling_is_refused_nothing_changed(text: str) -> None:
    assert "schedule" in _nothing_changed(text)


@pytest.mark.parametrize(
    "text", ["make the bean photo bigger", "the mug picture a bit larger", "make the image smaller please"]
)
def test_a_photo_resized_without_a_product_photo_is_explained(text: str) -> None:
    project = basic_with(scenes__product__visible=False)
    assert "photo" in _nothing_changed(text, project)


@pytest.mark.parametrize(
    ("first", "retry", "changes"),
    [
        ("hook text size 260", "fine, max it then", {"scene_1__overlay__fontSize": 200}),
        ("showcase text size 450", "ugh ok, max that", {"scene_2__overlay__fontSize": 200}),
        ("make the cta text 999", "just max it out", {"scene_3__overlay__fontSize": 200}),
    ],
)
def test_max_it_after_a_range_refusal_is_the_limit(first: str, retry: str, changes: dict[str, Any]) -> None:
    project = basic_project()
    refused = parse_message(first, project)
    assert not refused.operations and refused.pending is not None, refused
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    assert document_after(retry, project, state) == expected(**changes)


@pytest.mark.parametrize(
    ("first", "retry", "rate"),
    [
        ("make the narrator talk at 4x", "ok 1.25x then", 1.25),
        ("voice speed 0.2x", "fine, 0.75x", 0.75),
        ("speed up the voice to 2.5x", "2x then", 2.0),
    ],
)
def test_a_pace_after_its_refusal_is_the_refused_request_again(first: str, retry: str, rate: float) -> None:
    project = _voiced()
    refused = parse_message(first, project)
    assert not refused.operations and refused.pending is not None, refused
    state = ConversationState(project_id=project.project_id, pending=refused.pending)
    assert document_after(retry, project, state) == expected(project, voice__rate=rate)


# --- 9. questions: which scene makes a claim, what price a scene shows ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "which scene makes the 100 percent claim?",
        "compliance question: what slide states 100% arabica?",
        "which one mentions arabica?",
    ],
)
def test_which_scene_makes_a_claim(text: str) -> None:
    assert "Scene 2 (showcase)" in _nothing_changed(text)


@pytest.mark.parametrize(
    "text",
    [
        "what price is shown on the cta?",
        "which price does the final scene show?",
        "what's the price on the end card?",
    ],
)
def test_the_price_a_scene_shows(text: str) -> None:
    project = basic_with(scene_3__overlay__text="Only £7.50 a bag")
    reply = _nothing_changed(text, project)
    assert "£7.50" in reply and "cost" not in reply


# --- 10. Singlish's closing "can" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the hook words move to bottom can", {"scene_1__overlay__position": "bottom"}),
        ("showcase text make white can or not", {"scene_2__overlay__color": "#FFFFFF"}),
        ("music lower a bit can?", {"audio__volume": 0.7}),
    ],
)
def test_a_closing_can_asks_if_possible(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text) == expected(**changes)


# --- 11. what the new readings leave to the others ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "project", "operation"),
    [
        # a colour for a colour is a colour change, even when a text has the word
        ("change blue to red", {"scene_1__overlay__text": "Feel the blue"}, "update_style"),
        # a whole text is new words, read as before
        ("change 'Order today' to 'Order now'", {}, "update_overlay"),
        # the copy's own "can", and a can in a scene
        ("the cta should say Grab a can", {}, "update_overlay"),
        ("change the showcase text to 3 lemons in every can", {}, "update_overlay"),
    ],
)
def test_what_stays_with_the_other_readings(text: str, project: dict[str, Any], operation: str) -> None:
    turn = parse_message(text, basic_with(**project))
    assert [op.operation for op in turn.operations] == [operation], (text, turn)
    if operation == "update_overlay":
        wire = turn.operations[0].to_wire()
        assert "can" not in text or wire["text"].endswith("can"), wire


def test_a_bare_number_swap_names_a_scene_to_be_words() -> None:
    assert all(
        op.operation != "update_overlay"
        for op in parse_message("change 100% to 90%", basic_project()).operations
    )
    assert document_after("change 100% to 90% on the showcase") == expected(
        scene_2__overlay__text="Smooth. Bold. 90% arabica"
    )


# --- 12. "Black Friday" names a campaign, no colour -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("for Black Friday make the cta say 'Half off'", {"scene_3__overlay__text": "Half off"}),
        ("black friday push: hook text white", {"scene_1__overlay__color": "#FFFFFF"}),
        (
            "for the Black Friday sale the showcase should read 'Two for one'",
            {"scene_2__overlay__text": "Two for one"},
        ),
    ],
)
def test_black_friday_is_no_colour(text: str, changes: dict[str, Any]) -> None:
    assert document_after(text) == expected(**changes)


@pytest.mark.parametrize(
    "text",
    ["which scene says 'Smooth. Bold.'?", "which scene has the 100% claim?", "which scene reads 'arabica'?"],
)
def test_which_scene_says_quoted_words_or_has_a_claim(text: str) -> None:
    reply = _nothing_changed(text)
    assert reply.startswith("Scene 2 (showcase)"), reply
