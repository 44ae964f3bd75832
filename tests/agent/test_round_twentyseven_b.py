"""Round twenty-seven b (words that look like values but point at something; each class in words
of its own):

1. quoted old words with the scene put first or the new words said with "should be" ("in scene 2,
   'bath' should be 'baths'", "on the cta: change 'A' to 'B'", "'Licensed' should be 'Certified'"):
   only the old words change (it was: the second quote became the whole text);
2. "the text on the navy background is hard to read": how the text is, never a picture (it was:
   the background became "hard to read"); the text still made bigger;
3. a colour named to point at a thing ("the green cilantro pops", "the brown coffee looks muddy",
   "the white house looks too bright"): asked about, never the palette (it was: the palette became
   that colour); a colour said as the value too stands ("the navy door is great, make the end
   text navy");
4. another version's scene praised ("version 3 had a better hook", "v2 had a better cta", "the old
   one had a better hook"): a question, never a new take with new words;
5. quoted words said to be loud or aggressive ("the word 'Bold' is too loud", "the phrase 'Wake
   up' feels aggressive"): a question naming size, colour or words, never the music's volume or
   the whole look;
6. a price or a percentage said for a scene ("show 20% off in the cta"): never its picture (it
   was: the background became "20% off");
7. quoted words wanted in a scene "too" ("the word 'fresh' should be in the hook too", "put 'Bold'
   in the cta as well"): added or instead is asked, "add" adds them on a line of their own (it
   was: they became the whole text);
8. quoted words said to be too long ("hmm, 'Order today' — is that too long?", "'Smooth. Bold.'
   is too wordy"): a question, never the ad's length (it was: the ad was set to 16 s);
9. a remark after a scene's label ("the showcase: 3 tacos is right, no change", "the cta: the
   price is fine, keep it"): asked, never the scene's words (it was: the remark became the text);
10. a number on one scene's screen named to say which ("the 689 price, make the text gold", "the
   4 bed 3 bath text is fine but the font is too small"): asked when the edit reaches other scenes
   (it was: every scene's text changed);
11. a new scene's quoted words followed by its place in other words ("add a scene that says '20%
   off Tuesdays' after the tacos"): asked (it was: the place became part of its words).

Every edit is checked on the whole resulting document: what was asked changed, nothing else."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

# basic_project: scene 1 hook "Wake up to cold brew", 2 showcase "Smooth. Bold. 100% arabica",
# 3 cta "Order today" (15 s, text #FFFFFF, sizes 64 / 56 / 72).


def listing() -> AdProject:
    """basic_project whose showcase shows a listing's facts and whose cta shows an address."""
    return basic_with(
        scene_2__overlay__text="4 bed · 3 bath · $689,000",
        scene_3__overlay__text="Open Tue-Sat · 210 Main St",
    )


def asks(text: str, project: AdProject, *words: str) -> str:
    """No edit, a question that names ``words``."""
    turn = parse_message(text, project)
    assert not turn.operations, (text, [op.to_wire() for op in turn.operations])
    assert turn.question, (text, turn.unknown)
    for word in words:
        assert word.lower() in turn.question.lower(), (text, turn.question)
    return turn.question


# --- 1. quoted old words, the scene first or "should be" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "want"),
    [
        ("in scene 2, 'bath' should be 'baths'", "scene_2", "4 bed · 3 baths · $689,000"),
        ("in the showcase change 'bath' to 'baths'", "scene_2", "4 bed · 3 baths · $689,000"),
        (
            "on the last scene: 'Main St' should say 'Main Street'",
            "scene_3",
            "Open Tue-Sat · 210 Main Street",
        ),
        ("in the cta, 'Tue-Sat' needs to say 'Tue-Sun'", "scene_3", "Open Tue-Sun · 210 Main St"),
        ("'$689,000' should be '$675,000'", "scene_2", "4 bed · 3 bath · $675,000"),
        ("'Main St' should read 'Main Street' please", "scene_3", "Open Tue-Sat · 210 Main Street"),
    ],
)
def test_quoted_old_words_change_in_place(text: str, scene: str, want: str) -> None:
    n = int(scene.removeprefix("scene_"))
    only(text, listing(), **{f"scene_{n}__overlay__text": want})


@pytest.mark.parametrize(
    "text",
    ["'Order today' should be 'Order now'", "in the cta, 'Order today' should say 'Order now'"],
)
def test_quoted_whole_text_should_be(text: str) -> None:
    only(text, basic_project(), scene_3__overlay__text="Order now")


def test_quoted_old_words_not_in_named_scene_change_nothing() -> None:
    turn = parse_message("in scene 3, 'bath' should be 'baths'", listing())
    assert not turn.operations
    assert "has no" in (turn.unknown or turn.question or "")


# --- 2. the text on a coloured background is hard to read ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the text on the navy background in the cta is hard to read",
        "the words on the cta background are hard to read",
        "the cta text on that background is hard to see",
    ],
)
def test_hard_to_read_is_no_background(text: str) -> None:
    turn = parse_message(text, basic_project())
    wires = [op.to_wire() for op in turn.operations]
    assert not any("backgroundPrompt" in w for w in wires), (text, wires)
    assert not any("hard to" in str(w) for w in wires), (text, wires)


def test_hard_to_read_on_a_background_makes_the_text_bigger() -> None:
    changed = only(
        "the text on the cta background is hard to read", basic_project(), scene_3__overlay__fontSize=90
    )
    assert changed.scenes[2].background_prompt == basic_project().scenes[2].background_prompt


# --- 3. a colour that points at a thing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the green cilantro pops, keep it", "green cilantro"),
        ("the brown coffee looks muddy", "brown coffee"),
        ("the white house looks too bright", "white house"),
        ("the blue uniform looks washed out", "blue uniform"),
        ("the red one in the cta, make it 5 seconds", "red one"),
        ("the cta should show a red sale sign", "red sale"),
    ],
)
def test_pointing_colour_is_asked(text: str, words: str) -> None:
    asks(text, basic_project(), words, "yes")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make the palette green", {"style__palette": ["#008000"]}),
        ("use the red one for the cta text", {"scene_3__overlay__color": "#FF0000"}),
        ("red hook text please", {"scene_1__overlay__color": "#FF0000"}),
        ("the navy door looks great, make the cta text navy", {"scene_3__overlay__color": "#000080"}),
        ("the white bottle is fine, make the hook text orange", {"scene_1__overlay__color": "#FFA500"}),
        ("the gold text in the cta should be white", {}),
    ],
)
def test_colour_said_as_value_stands(text: str, changes: dict[str, object]) -> None:
    if not changes:  # already white: nothing changes, and nothing is asked about a pointer
        turn = parse_message(text, basic_project())
        assert not turn.question or "which thing" not in turn.question
        return
    only(text, basic_project(), **changes)


# --- 4. another version's scene praised ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("version 3 had a better hook", "hook"),
        ("v2 had a better cta", "cta"),
        ("the old one had a better hook", "hook"),
        ("the last version had a much better cta", "cta"),
        ("the other ad had a better hook", "hook"),
    ],
)
def test_other_version_better_is_asked(text: str, what: str) -> None:
    asks(text, basic_project(), what, "put back", "new take")


def test_a_better_hook_is_still_a_new_take() -> None:
    turn = parse_message("a better hook please", basic_project())
    assert [op.to_wire()["operation"] for op in turn.operations][:1] == ["regenerate_scene"]


# --- 5. quoted words said to be loud -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the word 'Bold' is too loud", "Bold"),
        ("the phrase 'Wake up' feels a bit aggressive", "Wake up"),
        ("'Order today' is way too loud", "Order today"),
        ("the word 'Smooth' is too loud, tone it down", "Smooth"),
        ("hmm, 'Order today' — is that too long?", "Order today"),
        ("'Smooth. Bold.' feels too long", "Smooth. Bold."),
    ],
)
def test_quoted_words_loud_is_asked(text: str, words: str) -> None:
    asks(text, basic_project(), words, "size", "colour", "words")


@pytest.mark.parametrize(
    ("text", "volume"), [("the music is too loud", 0.6), ("the music is way too loud, tone it down", 0.4)]
)
def test_music_too_loud_still_turns_it_down(text: str, volume: float) -> None:
    only(text, basic_project(), audio__volume=volume)


# --- 6. a price or a percentage is no picture ----------------------------------------------------


@pytest.mark.parametrize(
    "text", ["show 20% off in the cta", "the cta should show 15% off", "cta background: $5 off"]
)
def test_offer_is_no_background(text: str) -> None:
    turn = parse_message(text, basic_project())
    wires = [op.to_wire() for op in turn.operations]
    assert not any("backgroundPrompt" in w for w in wires), (text, wires)


def test_a_picture_is_still_a_background() -> None:
    only("the cta should show a sale sign", basic_project(), scene_3__backgroundPrompt="a sale sign")


# --- 7. quoted words wanted in a scene too -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("the word 'Bold' should be in the cta too", 3, "Bold"),
        ("put 'Bold' in the cta as well", 3, "Bold"),
        ("the hook should say 'Cold brew, fast' too", 1, "Cold brew, fast"),
    ],
)
def test_quoted_words_too_asks_then_adds(text: str, scene: int, words: str) -> None:
    start = basic_project()
    turn = parse_message(text, start)
    assert not turn.operations and turn.question and "add" in turn.question, (text, turn.question)
    assert turn.pending is not None
    options = {o.label: o.operations for o in turn.pending.options}
    old = start.scenes[scene - 1].overlay.text
    assert options["add"] == [
        {"operation": "update_overlay", "sceneId": f"scene_{scene}", "text": f"{old}\n{words}"}
    ]
    assert options["replace"] == [{"operation": "update_overlay", "sceneId": f"scene_{scene}", "text": words}]


def test_too_before_the_words_is_no_addition() -> None:
    turn = parse_message("cta in Spanish too: 'Pídelo hoy'", basic_project())
    assert not (turn.question or "").startswith("Should “Pídelo hoy” be added"), turn.question


def test_add_words_to_a_scene_still_adds() -> None:
    only("add 'Bold' to the cta too", basic_project(), scene_3__overlay__text="Order today\nBold")


def test_a_quoted_scene_too_long_is_still_its_length() -> None:
    turn = parse_message("the 'Order today' scene is too long", basic_project())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 3.2}
    ]


@pytest.mark.parametrize("text", ["'Smooth. Bold.' is too wordy", "'Wake up to cold brew', is it too long?"])
def test_quoted_words_too_long_change_nothing(text: str) -> None:
    assert not parse_message(text, basic_project()).operations


# --- 9. a remark after a scene's label -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the showcase: 100% arabica is right, no change",
        "the cta: the price is fine, keep it as is",
        "hook text: the wording is good, just make it pop",
    ],
)
def test_remark_after_label_is_no_text(text: str) -> None:
    turn = parse_message(text, basic_project())
    texts = [op.to_wire() for op in turn.operations if "text" in op.to_wire()]
    assert not texts, (text, texts)


@pytest.mark.parametrize(
    ("text", "want"),
    [("hook text: Tacos done right", "Tacos done right"), ("the hook: 'Life is good'", "Life is good")],
)
def test_label_with_copy_still_sets_text(text: str, want: str) -> None:
    only(text, basic_project(), scene_1__overlay__text=want)


# --- 10. a number on one scene's screen ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the 689 price, make the text gold",
        "the 4 bed 3 bath text is fine but the font is too small",
        "the 6/14 date should be white",
    ],
)
def test_number_pointer_is_asked(text: str) -> None:
    asks(text, listing_with_date(), "scene", "yes")


def test_the_price_text_named_with_its_figure_is_the_one_scene_showing_a_price() -> None:
    # Asked before round thirty-one; since then "the price text" names the one scene whose text
    # shows a price (content kinds), and the figure agrees with it.
    only("the 689 price text should be gold", listing_with_date(), scene_2__overlay__color="#FFD700")


def test_a_text_named_by_the_figure_it_shows_is_that_text() -> None:
    # Asked before round thirty-one; since then a card named by the figures its words show
    # ("the 24/7 text", "the 0% APR card") is that one scene's text.
    only(
        "the 24/7 text should be bigger",
        basic_with(scene_2__overlay__text="Licensed, 24/7", scene_3__overlay__text="Call (555) 014-2277"),
        scene_2__overlay__fontSize=70,
    )


def listing_with_date() -> AdProject:
    """listing() with a price in thousands and a date whose digits overlap ("1-4pm")."""
    return basic_with(
        scene_2__overlay__text="4 bed · 3 bath · $689,000",
        scene_3__overlay__text="Open house Sat 6/14, 1-4pm",
    )


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("make all the text gold", {"scenes__overlay__color": "#FFD700"}),
        ("the 689 price is fine, make the cta text gold", {"scene_3__overlay__color": "#FFD700"}),
    ],
)
def test_numbers_not_pointing_elsewhere_stand(text: str, changes: dict[str, object]) -> None:
    only(text, listing_with_date(), **changes)


def test_a_length_next_to_a_number_stands() -> None:
    turn = parse_message("the 15 is fine, but make the hook 2 seconds", listing_with_date())
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 2.0}
    ]


@pytest.mark.parametrize(
    "text",
    ["the 555 number should be white", "the 555 number, make it gold"],
)
def test_number_with_slashes_or_on_the_palette_is_asked(text: str) -> None:
    asks(
        text,
        basic_with(scene_2__overlay__text="Licensed, 24/7", scene_3__overlay__text="Call (555) 014-2277"),
        "yes",
    )


# --- 11. a new scene's quoted words and a place after them ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "add a scene that says '20% off Tuesdays' after the iced coffee",
        "add a scene saying 'Now in cans' right after the splash",
        "add a card that says 'Free shipping' before the ending",
    ],
)
def test_new_scene_words_with_a_place_after_are_asked(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations, (text, [op.to_wire() for op in turn.operations])
    for op in turn.pending.options[0].operations if turn.pending else []:
        assert "'" not in str(op.get("text", "")) or turn.question


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("add a scene that says 'Now in cans'", "Now in cans"),
        ("add a scene saying 'Bold' before the cta", "Bold"),
    ],
)
def test_new_scene_quoted_words_still_added(text: str, words: str) -> None:
    turn = parse_message(text, basic_project())
    texts = [op.to_wire().get("text") for op in turn.operations]
    assert texts == [words], (text, texts)


@pytest.mark.parametrize(
    "text", ["hmm, actually make that white again", "turn it white now", "ok make that white instead"]
)
def test_colour_after_a_made_pronoun_is_a_value(text: str) -> None:
    from adgen.agent.understanding.pointers import pointing_colour
    from adgen.tools import operations as ops

    op = ops.parse_operation({"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFFFF"})
    assert pointing_colour(text, [op]) is None
