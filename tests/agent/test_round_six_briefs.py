"""Round six (issue 15), the categories non_english, brief and new_brief_open: whole requests in
Spanish, French, German, Portuguese, Italian and Dutch read through one vocabulary table per
language; open briefs ask what the ad is for and the answer completes them; a brief's listed
scenes are kept as listed; "a vertical ad" is made for the 9:16 presets."""

from __future__ import annotations

import pytest
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.session import ChatSession
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.briefs import (
    brief_settings,
    extract_brief,
    listed_structure_edits,
    read_structure,
)
from adgen.agent.understanding.foreign import language_of, to_english
from adgen.agent.understanding.open_brief import OPEN_BRIEF, answer_brief, is_open_brief
from adgen.agent.understanding.quotes import mask_quotes
from adgen.project import AdProject
from adgen.tools import operations as ops

# --- non_english: one table per language ----------------------------------------------------------

# (message, language, its English reading): whole requests, not only quoted copy.
READINGS = [
    ("haz el texto más grande en la segunda escena", "es", "make the text bigger in the second scene"),
    ("quita la última escena", "es", "remove the last scene"),
    ("haz el anuncio de veinte segundos", "es", "make the ad 20 seconds"),
    ("deshaz eso", "es", "undo"),
    ("mets la musique un peu moins forte", "fr", "make the music a bit quieter"),
    ("fais la pub de vingt secondes", "fr", "make the ad 20 seconds"),
    ("supprime la dernière scène", "fr", "remove the last scene"),
    ("Mach den Text in der ersten Szene größer", "de", "make the text in the first scene bigger"),
    ("entferne die letzte Szene", "de", "remove the last scene"),
    ("Wie lang ist die Anzeige insgesamt?", "de", "how long is the ad in total?"),
    ("mach das rückgängig", "de", "undo"),
    ("deixa a música mais baixa", "pt", "make the music quieter"),
    ("e coloca ele no centro", "pt", "and put it in the center"),
    ("faz o vídeo com vinte segundos", "pt", "make the ad 20 seconds"),
    ("e la musica un po' più bassa", "it", "and the music a bit quieter"),
    ("togli l'ultima scena", "it", "remove the last scene"),
    ("rendi il testo più grande nella prima scena", "it", "make the text bigger in the first scene"),
    ("maak de muziek wat zachter", "nl", "make the music a bit quieter"),
    ("maak de tekst in de eerste scène geel", "nl", "make the text in the first scene yellow"),
    ("maak het ongedaan", "nl", "undo"),
]


@pytest.mark.parametrize(("text", "language", "english"), READINGS)
def test_whole_requests_in_six_languages_read_as_english(text: str, language: str, english: str) -> None:
    masked, _ = mask_quotes(text)
    assert language_of(masked) == language
    assert to_english(masked) == english


def test_a_word_shared_by_two_languages_is_read_in_the_message_s_language() -> None:
    # "cambia" is Spanish and Italian; "lo slogan", "in" before the quote make it Italian.
    masked, _ = mask_quotes("cambia lo slogan in 'Serate lente'")
    assert language_of(masked) == "it"
    assert to_english(masked).startswith("change the tagline to ")
    # "en" is "and" in Dutch, "in" in Spanish and French.
    assert (
        to_english("maak de muziek zachter en de tekst groter")
        == "make the music quieter and the text bigger"
    )


@pytest.mark.parametrize(
    "text",
    [
        "a 15s ad for Mach energy drink, bold",
        "make the hook say Pon de Replay",
        "remove the problem scene",
        "what does the last scene say?",
        "make the text red please",
    ],
)
def test_english_with_a_foreign_looking_name_is_left_alone(text: str) -> None:
    assert language_of(text) is None and to_english(text) == text


def test_foreign_requests_make_only_the_edit_asked() -> None:
    project = basic_project()
    size = [
        op.to_wire() for op in parse_message("Mach den Text in der ersten Szene größer", project).operations
    ]
    assert [op["sceneId"] for op in size] == ["scene_1"] and size[0]["fontSize"] > 64
    quieter = [op.to_wire() for op in parse_message("maak de muziek wat zachter", project).operations]
    assert len(quieter) == 1 and 0 < quieter[0]["volume"] < project.audio.volume
    tagline = [op.to_wire() for op in parse_message("cambia lo slogan in 'Serate lente'", project).operations]
    assert tagline == [{"operation": "update_brand", "tagline": "Serate lente"}]  # the quote, as written
    removed = [op.to_wire() for op in parse_message("togli l'ultima scena", project).operations]
    assert removed == [{"operation": "remove_scene", "sceneId": "scene_3"}]
    for undo in ("deshaz eso", "annule", "mach das rückgängig", "desfaz", "annulla", "maak het ongedaan"):
        assert [op.to_wire() for op in parse_message(undo, project).operations] == [{"operation": "undo"}], (
            undo
        )


@pytest.mark.parametrize(
    "text",
    [
        "¿qué dice la primera escena?",
        "qu'est-ce que dit la première scène ?",
        "was steht in der ersten Szene?",
        "o que diz a primeira cena?",
        "cosa dice la prima scena?",
        "wat staat er in de eerste scène?",
    ],
)
def test_a_question_in_another_language_is_answered_and_changes_nothing(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.operations == [] and turn.answer and turn.answer.startswith("Scene 1 (hook)")


@pytest.mark.parametrize(
    ("text", "seconds", "product"),
    [
        ("haz un anuncio de 15 segundos para nuestro café Brisa, tranquilo", 15, "Brisa"),
        ("fais une pub de 20 secondes pour nos bougies Lumière, calme", 20, "bougies Lumière"),
        (
            "mach eine Anzeige für unsere Kaffeebohnen Nordwind, 15 Sekunden, ruhig",
            15,
            "Kaffeebohnen Nordwind",
        ),
        ("faz um anúncio de 15 segundos para o nosso café Aurora, calmo", 15, "café Aurora"),
        ("fai uno spot di 15 secondi per il nostro caffè Aurora, calmo", 15, "caffè Aurora"),
        ("maak een advertentie van 15 seconden voor onze koffie Aurora, rustig", 15, "koffie Aurora"),
    ],
)
def test_a_brief_in_another_language_makes_a_new_ad(text: str, seconds: int, product: str) -> None:
    turn = parse_message(text, None)
    assert turn.brief is not None and turn.brief.duration_sec == seconds
    assert product in (turn.brief.product or "")  # the name stays as written
    assert turn.brief.mood == "calm"


# --- new_brief_open: ask what the ad is for ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hey, I need an ad",
        "new ad please, different product this time",
        "we need something for black friday",
        "something short for instagram",
        "I want an ad",
        "new campaign, something totally different",
    ],
)
def test_an_open_brief_asks_what_the_ad_is_for(text: str) -> None:
    assert is_open_brief(text)
    turn = parse_message(text, None)
    assert turn.brief is None and turn.operations == []
    assert turn.question and "product or brand" in turn.question
    assert turn.pending is not None and turn.pending.value_kind == OPEN_BRIEF and turn.pending.retry == text


@pytest.mark.parametrize(
    "text",
    [
        "help me advertise my podcast",
        "can u make something for my candle shop",
        "ad for Kite Coffee, 6s",
        "thanks",
    ],
)
def test_a_brief_that_says_what_it_is_for_is_not_open(text: str) -> None:
    turn = parse_message(text, None)
    assert not (turn.pending and turn.pending.value_kind == OPEN_BRIEF)


def test_with_an_ad_open_a_new_ad_for_an_unnamed_product_asks_and_keeps_the_open_ad() -> None:
    turn = parse_message("new ad please, different product this time", basic_project())
    assert turn.brief is None and turn.operations == [] and "product" in (turn.question or "")


def test_the_answer_completes_the_open_brief() -> None:
    asked = parse_message("I want an ad", None)
    state = ConversationState(pending=asked.pending)
    turn = parse_message("for my bike repair shop, 15 seconds", None, state=state)
    assert turn.brief is not None and turn.brief.duration_sec == 15
    assert turn.brief.product == "bike repair shop"
    named = parse_message("it's for a vegan bakery called Crumb", None, state=state)
    assert named.brief is not None and named.brief.brand_name == "Crumb"


def test_a_request_of_its_own_is_not_taken_as_the_answer() -> None:
    assert answer_brief("I want an ad", "undo", None) is None
    assert answer_brief("I want an ad", "another ad please", None) is None
    assert answer_brief("new ad please", "make the hook red", basic_project()) is None
    state = ConversationState(pending=parse_message("new ad please", basic_project()).pending)
    edit = parse_message("make the hook red", basic_project(), state=state)
    assert edit.brief is None and [op.to_wire()["sceneId"] for op in edit.operations] == ["scene_1"]


# --- brief: the scenes as listed --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("quick 6s bumper for Kite Coffee, just a hook and a cta", ["hook", "cta"]),
        (
            "brief: summer sale for Sunny Swimwear. 12s. hook / showcase / showcase / cta",
            ["hook", "showcase", "showcase", "cta"],
        ),
        (
            "20 sec ad for our banking app Tally. scenes:\n1. problem - fees\n2. showcase - alerts\n"
            "3. social proof - 1M users\n4. cta - Download Tally",
            ["problem", "showcase", "social_proof", "cta"],
        ),
    ],
)
def test_a_list_of_scenes_is_read_as_listed_and_exact(text: str, roles: list[str]) -> None:
    masked, quotes = mask_quotes(text)
    structure = read_structure(masked, quotes)
    assert structure.roles == roles and structure.exact


def test_a_story_told_in_beats_is_not_an_exact_list() -> None:
    text = "ad for Cloudnap pillows. open with the problem, then the product, then reviews"
    masked, quotes = mask_quotes(text)
    structure = read_structure(masked, quotes)
    assert structure.roles == ["problem", "showcase", "social_proof"] and not structure.exact
    assert listed_structure_edits(basic_project(), text) == []


def test_the_planned_scenes_the_list_did_not_name_are_removed_at_the_same_length() -> None:
    planned = basic_project()  # hook, showcase, cta, 15 s
    edits = listed_structure_edits(planned, "15s bumper for Kite Coffee, just a hook and a cta")
    assert edits == [ops.RemoveScene(scene_id="scene_2"), ops.SetDuration(duration_sec=15.0)]
    assert listed_structure_edits(planned, "15s ad for Kite, scenes: hook, showcase, cta") == []


def test_the_cta_line_of_a_list_is_the_cta_not_the_brand() -> None:
    text = "need a 20 sec vertical ad for our banking app Tally. scenes:\n1. problem - fees\n4. cta - Download Tally"
    masked, quotes = mask_quotes(text)
    brief = extract_brief(text, masked, quotes)
    assert brief.cta_text == "Download Tally" and brief.brand_name != "Download Tally"
    assert brief.product and "/" not in brief.product


def test_a_product_never_swallows_a_listed_structure() -> None:
    text = "brief: summer sale for Sunny Swimwear. 12s. hook / showcase / showcase / cta"
    masked, quotes = mask_quotes(text)
    brief = extract_brief(text, masked, quotes)
    assert brief.brand_name == "Sunny Swimwear" and "showcase" not in (brief.product or "")


def test_a_vertical_ad_is_made_for_the_vertical_presets_only() -> None:
    [shape] = brief_settings("need a 20 sec vertical ad for our banking app Tally")
    assert shape == ops.SetPresets(presets=["tiktok", "reels", "stories", "shorts"])
    assert brief_settings("a vertical tiktok ad for Kite") == []  # a platform named: no shape guessed
    assert brief_settings("a 15s ad for Kite Coffee") == []


async def test_a_bumper_of_a_hook_and_a_cta_is_made_with_those_two_scenes(settings) -> None:
    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="r6", channel="test", auto_render=False
    )
    reply = await session.send("quick 6s bumper for Kite Coffee, just a hook and a cta")
    project: AdProject = reply.project
    assert [s.role for s in project.scenes] == ["hook", "cta"]
    assert project.duration_sec == 6 and abs(sum(s.duration_sec for s in project.scenes) - 6) < 0.05
    await session.close()
