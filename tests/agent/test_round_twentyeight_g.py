"""Round twenty-eight g (2026-12-05): dev20's complaints, briefs, open briefs and questions, as
classes in other words.

1. "the middle" said as what the ad does over time ("the middle drags a bit", "it drags in the
   middle") is the middle scene, as "the middle scene" was: it shortened the whole ad (a wrong
   edit); of an even number of scenes, which one is asked.
2. An ad asked for as "a <mood> one" ("a calm one, 12 seconds, for the holidays") says nothing of
   what it is for: the open-brief question, not an ad for "calm one" (a wrong edit); so does an
   open request opening on another language's greeting ("Hola, ¿me haces un anuncio de 20
   segundos?": the ad was made for "Hola").
3. The brand said as "the name is X" / "its name is X", and an agency's new client ("we just
   signed X, …", "we've landed X as a client"): the ad was for "your product", or for the
   sign-off's name.
4. A relayed note that is a question ("FW from the client: 'what does the last screen say
   again?'", "client asks: '…'") is the question it asks; a Slack / DM / text "from the client"
   labels a forwarded note as an email did.
   Said with no article, "an ad for coffee shop Kopi Senja" (Indonesian "untuk kedai kopi Kopi
   Senja"): the capitalised name closing the clause is the brand.
5. Non-native English: "how much long is the video?" asks how long; "the musics are too strong" is
   the music too loud.

6. Slang and plain verdicts: "the hook is mid" is "meh" (which part is asked); text "kinda
   invisible" is hard to see. A "funeral-ish" track is too sombre (upbeat music). "the first 3
   seconds fly by", "I can't even finish reading it" is a scene on screen too briefly.
7. An open request forwarded or pasted: the quoted words ask as vaguely ("FW: client wants 'a fun
   ad' by Friday"), and a note's sign-off names the writer ("… wants another. Same vibe. Thanks! -
   Sarah"): the open-brief question, never "no ad yet to ask about" or the help text.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

import pytest
from parse_helpers import content, only, same_as
from phrase_suite import basic_project, two_showcases_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.open_brief import OPEN_QUESTION
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; palette #1F3A5F, #F2A541; lighting bright; three scenes.


def four_scenes() -> AdProject:
    """two_showcases_project without its social proof: four scenes, no middle one."""
    doc = two_showcases_project().model_dump(by_alias=True)
    doc["scenes"] = [s for s in doc["scenes"] if s["role"] != "social_proof"]
    doc["durationSec"] = sum(s["durationSec"] for s in doc["scenes"])
    return AdProject.model_validate(doc)


def unchanged_with_question(text: str, project: AdProject | None) -> str:
    """``text`` asks and changes nothing; the question."""
    turn = parse_message(text, project)
    assert turn.question, (text, turn.unknown, turn.operations, turn.brief)
    assert not turn.operations and turn.brief is None, text
    return turn.question


# --- 1. "the middle" as a time in the ad ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("the middle drags a bit", 6.0),
        ("honestly the middle feels kinda slow", 6.0),
        ("it drags in the middle", 5.6),
        ("the whole thing drags a little in the middle", 6.0),
        ("the middle is a bit slow", 6.0),
    ],
)
def test_the_middle_dragging_shortens_the_middle_scene(text: str, seconds: float) -> None:
    changed = only(text, scene_2__durationSec=seconds, durationSec=8.0 + seconds)
    assert [s.duration_sec for s in changed.scenes] == [4.0, seconds, 4.0]


def test_the_middle_too_long_shortens_the_middle_scene() -> None:
    only("the middle is too long, tighten it", scene_2__durationSec=5.6, durationSec=13.6)


@pytest.mark.parametrize("text", ["the middle drags", "the middle feels slow", "it drags in the middle"])
def test_the_middle_of_an_even_number_of_scenes_is_asked(text: str) -> None:
    project = four_scenes()
    question = unchanged_with_question(text, project)
    assert "middle" in question and "4 scenes" in question


def test_the_middle_of_the_screen_is_no_scene() -> None:
    turn = parse_message("the middle of the screen is empty", basic_project())
    assert not turn.operations


# --- 2. "a calm one", and a greeting in another language ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a calm one, 12 seconds, for the holidays",
        "an upbeat one for summer, 20s",
        "a cozy little one for winter",
        "Hola, ¿me haces un anuncio de 20 segundos?",
        "hola! un anuncio de 15 segundos, por favor",
        "halo kak, bisa bikin iklan 15 detik?",
    ],
)
def test_an_ad_that_says_nothing_of_what_it_is_for_asks(text: str) -> None:
    assert unchanged_with_question(text, None) == OPEN_QUESTION


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("a cozy one for my candle shop Emberly, 15 seconds", "Emberly"),
        ("an upbeat one for Pedal Pushers bike repair, 20s", "Pedal Pushers"),
    ],
)
def test_a_mood_one_that_names_the_brand_is_a_brief(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand and not turn.question


# --- 3. the name said outright, an agency's new client ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("I want an ad of 15 seconds for my bakery, the name is Sweet Crumb, cheerful", "Sweet Crumb"),
        ("make a 20 second ad for our yoga studio, its name is Blue Lotus", "Blue Lotus"),
        ("one ad for my shop of flowers, 10 seconds, the name is Petalia", "Petalia"),
        (
            "we just signed Brightwave, a solar installer. can you do a 20s ad for them, confident?",
            "Brightwave",
        ),
        (
            "Hi! We've landed Mossy Stone Pottery as a client, they'd like a cozy 15 second ad. Thanks, Tom",
            "Mossy Stone Pottery",
        ),
        (
            "Morning all,\n\nWe recently onboarded Tidewell, a water filter startup. Could you draft a 15s ad "
            "for them, fresh and clean?\n\nCheers,\nMaria",
            "Tidewell",
        ),
    ],
)
def test_the_name_said_outright_is_the_brand(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand, (text, turn.brief)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("make a 15 second ad for coffee shop Kopi Senja, relaxed", "Kopi Senja"),
        ("ad for flower shop Petal Lane", "Petal Lane"),
        ("20s ad for vegan bakery Crumb & Co", "Crumb & Co"),
        ("an ad for handmade soap Lavender Fields. cozy", "Lavender Fields"),
    ],
)
def test_a_name_after_what_it_is_without_an_article_is_the_brand(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand, (text, turn.brief)


@pytest.mark.parametrize(
    "text",
    [
        "an ad for running shoes for women, 15s",
        "ad for cold brew in Brooklyn, 15s",
        "a christmas ad for candles Instagram",
        "ad for our bakery, 15s. Thanks, Sarah",
    ],
)
def test_a_place_a_platform_or_a_sign_off_is_no_brand(text: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name is None, (text, turn.brief)


# --- 4. a relayed question, a Slack note ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("FW from the client: 'what does the last screen say again?'", "Order today"),
        ('client asks: "how long is the ad?"', "15"),
        ("DM from the owner: 'how loud is the music?'", "80%"),
        ('fwd from Dana: "what colour is the end text?"', "#F2A541"),
    ],
)
def test_a_relayed_question_is_answered(text: str, words: str) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert turn.answer and words in turn.answer, (text, turn.answer, turn.unknown, turn.question)
    assert not turn.operations


def test_a_relayed_line_of_copy_is_not_a_question() -> None:
    turn = parse_message("the client says: 'Summer is here?'", basic_project())
    assert not turn.answer


@pytest.mark.parametrize(
    ("text", "brand", "seconds"),
    [
        (
            "Slack from the client: 'can we get a 20s ad for Northwind Outfitters, rugged'",
            "Northwind Outfitters",
            20,
        ),
        (
            'text from the owner: "could you make a 15 second ad for Pine & Pour candles, cozy?"',
            "Pine & Pour",
            15,
        ),
        ("DM from the client: 'we need a 10s spot for Lumen Lamps, calm please'", "Lumen Lamps", 10),
    ],
)
def test_a_brief_slacked_or_texted_is_the_brief(text: str, brand: str, seconds: int) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None, (text, turn.question, turn.unknown)
    assert turn.brief.brand_name == brand and turn.brief.duration_sec == seconds


# --- 5. non-native English --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("how much long is the video?", "15 s"),
        ("how much long is the ad in total", "15 s"),
        ("how much big is the text of the end?", "72"),
    ],
)
def test_how_much_long_asks_how_long(text: str, words: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.answer and words in turn.answer, (text, turn.answer, turn.unknown)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("for me the musics are too strong", 0.6),
        ("the music is a bit too strong", 0.7),
        ("honestly the song feels too powerful", 0.6),
        ("the track is way too heavy", 0.4),
    ],
)
def test_music_too_strong_is_too_loud(text: str, volume: float) -> None:
    only(text, audio__volume=volume)


def test_a_question_changes_nothing() -> None:
    project = basic_project()
    before = content(project)
    parse_message("how much long is the video?", project)
    assert content(project) == before


# --- 6. slang and plain verdicts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the hook is mid tbh", "the hook"),
        ("ngl the cta is kinda mid", "the CTA"),
        ("the opening is mid, idk", "the hook"),
    ],
)
def test_mid_asks_what_to_change(text: str, label: str) -> None:
    question = unchanged_with_question(text, basic_project())
    assert question.startswith(f"What should change in {label}")


def test_mid_as_a_place_or_a_length_is_no_verdict() -> None:
    for text in ("move the text to mid screen", "the hook is mid-length"):
        turn = parse_message(text, basic_project())
        assert not turn.question or "What should change" not in turn.question, text


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the cta text is invisible", {"scene_3__overlay__fontSize": 90}),
        ("the words on the last scene are basically invisible", {"scene_3__overlay__fontSize": 90}),
        ("the end card text is practically invisible", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_invisible_text_is_hard_to_see(text: str, changes: dict[str, object]) -> None:
    only(text, **changes)
    same_as(text, "the cta text is hard to see")


@pytest.mark.parametrize(
    "text",
    [
        "the music feels a bit funeral-ish for a kids' brand",
        "the track sounds like a funeral",
        "honestly the song is funereal",
    ],
)
def test_funeral_music_is_too_sombre(text: str) -> None:
    only(text, style__musicMood="upbeat")


@pytest.mark.parametrize(
    "text",
    [
        "the first 4 seconds fly by",
        "the opening lines fly past",
        "I can't even finish reading the hook",
    ],
)
def test_gone_too_soon_lengthens_the_scene(text: str) -> None:
    only(text, scene_1__durationSec=5.0, durationSec=16.0)


# --- 7. an open request forwarded or pasted --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FW: client wants 'a fun ad' by Friday. Can you get started?",
        'client wants "something fresh" for next week, can you start?',
        "boss says 'make us a cool video', where do we begin?",
        "Hi team, the client loved the last one and wants another. Same vibe. Thanks! - Sarah",
        "hey, they liked the last one and want another please. cheers, Tom",
    ],
)
def test_a_forwarded_open_request_asks_what_for(text: str) -> None:
    assert unchanged_with_question(text, None) == OPEN_QUESTION


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("an ad for Crumb bakery, 15s, cheerful. Thanks! - Sarah", "Crumb"),
        ("client wants 'Fresh bread daily' as the tagline for Crumb bakery ad", "Crumb"),
        ("hi, can you make an ad for Luma - Tom", "Luma"),
    ],
)
def test_a_brief_with_a_sign_off_or_copy_is_still_a_brief(text: str, brand: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.brand_name == brand and not turn.question
