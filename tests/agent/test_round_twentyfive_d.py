"""Round twenty-five d (dev18's first run, 2026-12-05): several requests in one message, and
complaints (sarcasm, frustration, compliance).

1. "music louder, cta bigger": after a music change, a scene and a size word is that scene's text
   (it was read as the music "bigger" in that scene: nothing).
2. "Black Friday: …", "Cyber Monday", "Green Monday": a sales day, never a colour (the CTA was
   made black).
3. "a small bit shorter" (Irish English) is "a little bit" (the text was made small as well).
4. "the rating card", "the ratings scene" is the social proof; "the app demo" the showcase.
5. "prepone X before Y" (Indian English) moves X; "please do the needful:" only says a request
   follows (the whole message got the help text); "two legal fixes:", "compliance:" are labels.
6. "take 'X' off the showcase" takes the words out (it set the text to them), also among other
   requests (there "remove 'X' from the showcase" removed the whole scene).
7. "the last voice-over has to say '…' and the on-screen text '…'": that scene's line and its
   words (asked which scene, or the words became the line).
8. "great, the hook looks even darker than before": too dark (it was made darker still).
9. "just put the old one back" after a change of one thing takes it back; "wow. the music. again."
   asks what should change in the music.
10. "legal flagged 'Rated 4.9 …' - we can't back that up": what the scene should say instead, asked
    (or "remove it").
11. "people keep asking where the promo code is. it's SAVE20": where it goes, asked ("yes": at the
    end of the CTA's words).
12. "the text in the problem scene is not at all visible (only)": bigger, as "hard to read" is.
13. "the voice is rushing too much, it's not clear", Pidgin "the voice dey rush": a slower voice.
14. "I hate it", "my CEO loved it. not.": what should change, asked.
15. "it looks like a funeral": asked what should make it livelier (it set the look to "funeral").
16. "and the same trim on the hook": the same change on the hook (a second off, not a fifth).

Every test below is in other words than dev18's, and checks the whole resulting document."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, basic_with, content, only, same_as
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (white text "Wake up to cold brew", 64, top), showcase 7 s ("Smooth.
# Bold. 100% arabica", white, 56, bottom), cta 4 s ("Order today", #F2A541, 72, center); music
# upbeat at 0.8; voice off.

VOICED = {
    "voice__enabled": True,
    "scene_1__voiceover": {"text": "Ready?"},
    "scene_2__voiceover": {"text": "Smooth."},
    "scene_3__voiceover": {"text": "Order today."},
}


def four() -> AdProject:
    """basic_project with a social proof scene (3 s, "Rated 4.8 by 2,000 cafes") before the cta."""
    doc = basic_project().model_dump(by_alias=True)
    proof = {
        "id": "scene_4",
        "role": "social_proof",
        "durationSec": 3,
        "backgroundPrompt": "baristas smiling behind a counter",
        "overlay": {
            "text": "Rated 4.8 by 2,000 cafes",
            "position": "bottom",
            "fontSize": 52,
            "color": "#FFFFFF",
        },
        "product": {"visible": False, "scale": 0.4, "position": "right"},
    }
    doc["scenes"].insert(2, proof)
    doc["durationSec"] = 18
    return AdProject.model_validate(doc)


def asks(
    text: str, *words: str, project: AdProject | None = None, state: ConversationState | None = None
) -> Any:
    """``text`` changes nothing and asks a question naming ``words``; the turn."""
    turn = parse_message(text, project or basic_project(), state=state)
    assert not turn.operations and turn.question, (text, turn.question, turn.unknown)
    for word in words:
        assert word.lower() in turn.question.lower(), (text, turn.question)
    return turn


# 1. a size after a music change ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("volume up, the cta bigger", {"audio__volume": 1.0, "scene_3__overlay__fontSize": 90}),
        ("the music quieter, hook bigger", {"audio__volume": 0.6, "scene_1__overlay__fontSize": 80}),
        ("turn the music up a bit, cta larger", {"audio__volume": 0.9, "scene_3__overlay__fontSize": 90}),
    ],
)
def test_a_scene_and_a_size_after_the_music_is_that_scenes_text(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# 2. sales days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("Black Friday: hook text 'Doors open at 6'", {"scene_1__overlay__text": "Doors open at 6"}),
        (
            "black friday deal - make the cta 'Half price today'",
            {"scene_3__overlay__text": "Half price today"},
        ),
        ("our Green Monday promo: cta 'Free shipping'", {"scene_3__overlay__text": "Free shipping"}),
    ],
)
def test_a_sales_day_is_no_colour(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_a_sales_day_beside_a_colour_keeps_the_colour() -> None:
    only("for black friday make the cta red", scene_3__overlay__color="#FF0000")


# 3. "a small bit" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("make the showcase a small bit longer", "make the showcase a little bit longer"),
        ("the music a small bit quieter", "the music a little bit quieter"),
        ("cta text a small little bit bigger", "cta text a little bit bigger"),
    ],
)
def test_a_small_bit_is_a_little_bit(text: str, plain: str) -> None:
    same_as(text, plain)


# 4. the rating card, the app demo ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("rating card 2 seconds longer", {"scene_3__durationSec": 5.0, "durationSec": 20.0}),
        ("make the ratings scene text bigger", {"scene_3__overlay__fontSize": 65}),
        ("the star rating slide a second shorter", {"scene_3__durationSec": 2.0, "durationSec": 17.0}),
        # (a qualifier before the kind of card: the lead, after merging the round's helpers)
        ("the 5-star review card a second longer", {"scene_3__durationSec": 4.0, "durationSec": 19.0}),
        ("the customer reviews screen text bigger", {"scene_3__overlay__fontSize": 65}),
        (
            "make the five star rating card shorter by a second",
            {"scene_3__durationSec": 2.0, "durationSec": 17.0},
        ),
    ],
)
def test_the_rating_card_is_the_social_proof(text: str, changes: dict[str, Any]) -> None:
    only(text, four(), **changes)


@pytest.mark.parametrize(
    "text",
    [
        "move the rating card before the app demo",
        "put the social proof ahead of the app walkthrough",
        "swap the app demo and the ratings scene",
    ],
)
def test_the_app_demo_is_the_showcase(text: str) -> None:
    project = four()
    order = ["scene_1", "scene_4", "scene_2", "scene_3"]
    turn = parse_message(text, project)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "reorder_scenes", "order": order}], (
        text,
        turn.question,
        turn.unknown,
    )


# 5. prepone, do the needful, labels --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("prepone the rating card before the showcase", ["scene_1", "scene_4", "scene_2", "scene_3"]),
        (
            "kindly prepone the ratings scene ahead of the showcase",
            ["scene_1", "scene_4", "scene_2", "scene_3"],
        ),
        ("prepone scene 3 to the start", ["scene_4", "scene_1", "scene_2", "scene_3"]),
    ],
)
def test_prepone_moves_a_scene_earlier(text: str, order: list[str]) -> None:
    turn = parse_message(text, four())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "reorder_scenes", "order": order}], (
        text,
        turn.question,
        turn.unknown,
    )


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("please do the needful: hook text 'Morning, sorted'", {"scene_1__overlay__text": "Morning, sorted"}),
        ("do the needful - cta text white", {"scene_3__overlay__color": "#FFFFFF"}),
        (
            "kindly do the needful: make the hook 3 seconds",
            {"scene_1__durationSec": 3.0, "durationSec": 14.0},
        ),
    ],
)
def test_do_the_needful_only_says_a_request_follows(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "two legal fixes: hook text 'Wake up' and the cta 'Order now'",
            {"scene_1__overlay__text": "Wake up", "scene_3__overlay__text": "Order now"},
        ),
        ("compliance: the cta text 'Order today*'", {"scene_3__overlay__text": "Order today*"}),
        ("legal review: take '100% arabica' off the showcase", {"scene_2__overlay__text": "Smooth. Bold."}),
    ],
)
def test_legal_and_compliance_labels(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# 6. words taken off a scene ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("take 'Bold.' off the showcase", {"scene_2__overlay__text": "Smooth. 100% arabica"}),
        ("strip '100% arabica' off the showcase text", {"scene_2__overlay__text": "Smooth. Bold."}),
        (
            "hook text red, and remove 'Smooth.' from the showcase",
            {"scene_1__overlay__color": "#FF0000", "scene_2__overlay__text": "Bold. 100% arabica"},
        ),
        (
            "cut 'today' off the cta, and the hook text yellow",
            {"scene_3__overlay__text": "Order", "scene_1__overlay__color": "#FFFF00"},
        ),
    ],
)
def test_words_taken_off_a_scene(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_words_not_in_the_scene_are_said_back() -> None:
    turn = parse_message("take 'zzz' off the showcase", basic_project())
    assert not turn.operations and turn.unknown and "Smooth. Bold. 100% arabica" in turn.unknown


# 7. a voice-over line and the words on screen ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "the last voice-over has to say 'Order now.' and the on-screen text 'Order now*'",
            {"scene_3__voiceover": {"text": "Order now."}, "scene_3__overlay__text": "Order now*"},
        ),
        (
            "the first voiceover should say 'Hey.' and the on-screen text 'Hey*'",
            {"scene_1__voiceover": {"text": "Hey."}, "scene_1__overlay__text": "Hey*"},
        ),
        ("the final voice over must say 'Go.'", {"scene_3__voiceover": {"text": "Go."}}),
    ],
)
def test_the_nth_voice_over_and_the_words_on_screen(text: str, changes: dict[str, Any]) -> None:
    voiced = basic_with(**VOICED)
    expected = {}
    for path, value in changes.items():
        if path.endswith("__voiceover"):
            scene = int(path.split("__")[0].removeprefix("scene_")) - 1
            value = {**voiced.scenes[scene].voiceover.model_dump(by_alias=True), **value}
        expected[path] = value
    only(text, voiced, **expected)


# 8. even darker than before ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "great, the hook looks even darker than before",
            {"scene_1__backgroundPrompt": "splash of iced coffee, energetic, bright, brighter"},
        ),
        (
            "the cta looks darker than last time",
            {"scene_3__backgroundPrompt": "brand colours, bold closing frame, brighter"},
        ),
        ("wow, the music is even louder now", {"audio__volume": 0.6}),
        ("it's darker than I expected", {"style__lighting": "bright"}),
        ("the music is louder than we wanted", {"audio__volume": 0.6}),
        (
            "the hook is way darker than I pictured",
            {"scene_1__backgroundPrompt": "splash of iced coffee, energetic, bright, brighter"},
        ),
        ("the hook text looks even smaller than yesterday", {"scene_1__overlay__fontSize": 80}),
    ],
)
def test_even_more_than_before_is_a_complaint(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


@pytest.mark.parametrize(
    "text",
    ["add a 5-star rating to the cta", "add our star rating after the showcase", "put our rating in the cta"],
)
def test_a_rating_alone_names_no_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not any(op.to_wire().get("operation") == "add_scene" for op in turn.operations), text
    assert not (turn.unknown and "no social proof" in turn.unknown), text


def test_praise_after_even_more_keeps_it_a_description() -> None:
    turn = parse_message("the hook is even darker now, nice", basic_project())
    assert not any("brighter" in str(op.to_wire()) for op in turn.operations)


def test_a_wish_for_even_more_stays_a_wish() -> None:
    only(
        "make the hook even darker",
        scene_1__backgroundPrompt="splash of iced coffee, energetic, bright, darker",
    )


# 9. the old one back; the music again ------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("music mood chill", "just put the old one back"),
        ("music mood chill", "wow. the music. again. put the old one back"),
        ("make the cta text navy", "ugh. put the old one back"),
        ("make the cta text navy", "just put the old one back"),
        ("hook text 'Cold brew o clock'", "put the old one back please"),
    ],
)
def test_the_old_one_back_after_one_change(first: str, text: str) -> None:
    start = basic_project()
    changed, state = after(first, start)
    turn = parse_message(text, changed, state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    back, error = simulate(changed, turn.operations)
    assert error is None
    assert content(back) == content(start), (first, text)


def test_the_old_one_after_several_changes_is_not_guessed() -> None:
    changed, state = after("make the cta text navy and the music quieter", basic_project())
    turn = parse_message("just put the old one back", changed, state=state)
    assert not turn.operations


@pytest.mark.parametrize("text", ["ugh, the music again", "the music. again.", "wow. the track. again!"])
def test_the_music_again_asks_what_should_change(text: str) -> None:
    asks(text, "music", "quieter")


# 10. a line flagged by legal ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("legal flagged 'Smooth. Bold. 100% arabica' - we can't back that up", "showcase"),
        ("'Smooth. Bold. 100% arabica' isn't compliant", "showcase"),
        ("compliance won't approve 'Order today'", "CTA"),
    ],
)
def test_a_flagged_line_asks_for_new_words(text: str, scene: str) -> None:
    asks(text, scene, "instead", "remove it")


def test_remove_it_after_a_flagged_line_removes_that_scene() -> None:
    start = four()
    turn = parse_message("legal says we cannot substantiate 'Rated 4.8 by 2,000 cafes'", start)
    assert turn.question and turn.pending is not None and not turn.operations
    state = ConversationState(project_id=start.project_id, pending=turn.pending)
    answer = parse_message("remove it", start, state=state)
    assert [op.to_wire() for op in answer.operations] == [{"operation": "remove_scene", "sceneId": "scene_4"}]


# 11. a promo code nobody can find ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("customers keep asking where the discount code is. it's BREW15", "BREW15"),
        ("nobody can find the promo code - it's COLD10", "COLD10"),
        ("the coupon code isn't showing anywhere, the code is WAKEUP5", "WAKEUP5"),
    ],
)
def test_a_missing_promo_code_asks_where_and_yes_adds_it_to_the_cta(text: str, code: str) -> None:
    start = basic_project()
    turn = asks(text, code, "scene 3", project=start)
    state = ConversationState(project_id=start.project_id, pending=turn.pending)
    only("yes", start, state, scene_3__overlay__text=f"Order today - code {code}")


def test_a_code_already_on_screen_is_no_such_question() -> None:
    start = basic_with(scene_3__overlay__text="Order today with BREW15")
    turn = parse_message("people keep asking where the promo code is. it's BREW15", start)
    assert not (turn.question and "Where should the code" in turn.question)


# 12. words that cannot be seen -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the text in the showcase is not at all visible", {"scene_2__overlay__fontSize": 70}),
        ("the cta words aren't readable", {"scene_3__overlay__fontSize": 90}),
        ("the hook text is not legible at all only", {"scene_1__overlay__fontSize": 80}),
    ],
)
def test_words_not_visible_are_made_bigger(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


# 13. a rushed voice ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("the voice is rushing too much, it's not clear", 0.6),
        ("the narrator rushes, can't understand a word", 0.85),
        ("the voice dey rush too much", 0.6),
        ("the voice dey rush, e no clear", 0.85),
    ],
)
def test_a_rushed_voice_is_slowed(text: str, rate: float) -> None:
    only(text, basic_with(**VOICED), voice__rate=rate)


def test_pidgin_dey_before_a_state() -> None:
    only("the music dey too loud", audio__volume=0.6)


# 14. the whole ad disliked -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my boss hated it",
        "honestly I don't like it at all",
        "this looks awful",
        "wow. stunning. the client loved it. not.",
        "great job, said no one",
    ],
)
def test_the_whole_ad_disliked_asks_what_to_change(text: str) -> None:
    asks(text, "what should change")


def test_the_whole_ad_disliked_right_after_a_change_offers_undo() -> None:
    changed, state = after("make the cta text red", basic_project())
    asks("I don't like it", "what should change", "undo", project=changed, state=state)
    turn = parse_message("undo", changed, state=state)
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}]


@pytest.mark.parametrize("text", ["I love it", "the hook is great, the cta not", "great, not"])
def test_praise_and_a_plain_not_are_no_such_question(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and not (turn.question and "Sorry it missed" in turn.question)


# 15. likened to something grim -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "it looks like a funeral",
        "honestly this feels like a horror movie",
        "it's for Eid and the whole thing looks like a hospital ad",
    ],
)
def test_likened_to_something_grim_asks(text: str) -> None:
    asks(text, "festive", "music")


def test_a_look_wished_for_is_still_set() -> None:
    only("make it look like a movie poster", style__visualStyle="movie poster")


# 16. the same trim -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "text", "changes"),
    [
        (
            "take a second off the showcase and the music down a touch",
            "and the same trim on the hook",
            {"scene_1__durationSec": 3.0, "durationSec": 13.0},
        ),
        (
            "shave two seconds off the showcase",
            "same cut for the hook please",
            {"scene_1__durationSec": 2.0, "durationSec": 11.0},
        ),
        ("make the hook text 10% bigger", "the same bump for the cta", {"scene_3__overlay__fontSize": 70}),
    ],
)
def test_the_same_change_named_by_its_kind(first: str, text: str, changes: dict[str, Any]) -> None:
    changed, state = after(first, basic_project())
    only(text, changed, state, **changes)


# 17. the product said not to be visible ----------------------------------------------------------

PHOTO = {"productAsset": {"sourceUrl": "media/uploads/bottle.png", "checksum": "5c" * 32}}


@pytest.mark.parametrize(
    "text",
    [
        "the product is not visible in the hook",
        "the bottle isn't visible in the hook at all",
        "the product's not really visible in the hook",
    ],
)
def test_a_product_not_visible_is_shown(text: str) -> None:
    only(text, basic_with(**PHOTO), scene_1__product__visible=True)


def test_a_product_asked_not_to_be_visible_is_hidden() -> None:
    only("make the product not visible in the cta", basic_with(**PHOTO), scene_3__product__visible=False)
