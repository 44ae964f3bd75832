"""Round ten (b) of issue 15: general causes of not-understood variant, non-English, mixed and
follow-up conversations found in dev8, one class each.

Every phrasing here is in no held-out set: the tests pin the class (a bare number after a
scene's text is its size, "spin up" makes a version, looking at a version opens it, a list of
quotes under a heading, what the original keeps, a verb at the end of the sentence in German,
Dutch and Turkish, "the same for X" with new words, "change that" after a voice question), not
a sentence.
"""

from __future__ import annotations

from typing import Any

from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.asked_words import voice_question
from adgen.agent.understanding.foreign import language_of, to_english
from adgen.agent.understanding.memory import remember_before
from adgen.agent.understanding.quotes import mask_quotes
from adgen.agent.understanding.variants import VariantFamily
from adgen.project import AdProject


def wire(text: str, project: AdProject | None = None, **kwargs: Any) -> list[dict[str, Any]]:
    turn = parse_message(text, project or basic_project(), **kwargs)
    return [op.to_wire() for op in turn.operations]


def voiced_project() -> AdProject:
    """The basic project with its voice on and a line over every scene."""
    doc = basic_project().model_dump(by_alias=True)
    doc["voice"] = {"enabled": True}
    for n, scene in enumerate(doc["scenes"], start=1):
        scene["voiceover"] = {"text": f"Line number {n} of the narration."}
    return AdProject.model_validate(doc)


def family_of(project: AdProject, variants: list[tuple[str, AdProject]]) -> VariantFamily:
    by_id = {project.project_id: project, **{v.project_id: v for _, v in variants}}
    return VariantFamily(
        original_id=project.project_id,
        variants=[(label, v.project_id) for label, v in variants],
        load=by_id.get,
    )


def variant_of(project: AdProject, project_id: str) -> AdProject:
    return project.model_copy(update={"project_id": project_id})


# --- a bare number after a scene's text is its size -----------------------------------------------


def test_a_bare_number_after_the_text_of_a_scene_is_its_size() -> None:
    for text, scene, size in (
        ("set the cta text to 90", "scene_3", 90),
        ("outro text 48 please", "scene_3", 48),
        ("could you take the intro lettering to 70", "scene_1", 70),
    ):
        assert wire(text) == [{"operation": "update_overlay", "sceneId": scene, "fontSize": size}], text
    # A percentage, a length or a decimal after "text" is no size.
    for text in ("cta text 20% bigger", "hook text for 3 seconds"):
        assert all(op.get("fontSize") not in (20, 3) for op in wire(text)), text


# --- "spin up a version" makes a version; a spinning product is still refused ---------------------


def test_spin_up_makes_a_version_and_a_spinning_product_is_still_refused() -> None:
    turn = parse_message("spin up a C version where the cta says 'Last call'", basic_project())
    made = [op.to_wire() for op in turn.operations]
    assert [op["operation"] for op in made] == ["create_variation"], turn.unknown
    assert made[0]["operations"] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Last call"}
    ]
    refused = parse_message("can the bottle spin around in the showcase", basic_project())
    assert refused.operations == [] and "spin" in (refused.unknown or "")


# --- looking at, or reverting to, a version opens it (only when there are versions) ---------------


def test_looking_at_or_reverting_to_a_version_opens_it() -> None:
    project = basic_project()
    c = variant_of(project, "p_sample1_c")
    family = family_of(project, [("B", variant_of(project, "p_sample1_b")), ("C", c)])
    for text, target in (
        ("let me view C", "p_sample1_c"),
        ("alright let's see the C one", "p_sample1_c"),
        ("could I look at version C", "p_sample1_c"),
        ("hmm revert back to the original", "p_sample1"),
        ("the original was way better, go back", "p_sample1"),
        ("switch back please, the first one looked better", "p_sample1"),
    ):
        turn = parse_message(text, c, family=lambda: family)
        assert turn.switch_to == target, (text, turn.switch_to, turn.unknown)
        assert turn.operations == [], text


def test_reverting_to_the_original_without_versions_is_no_switch() -> None:
    project = basic_project()
    alone = family_of(project, [])
    for text in ("revert to the original", "let me see the original"):
        turn = parse_message(text, project, family=lambda: alone)
        assert turn.switch_to is None, text


# --- versions: a list of quotes under a heading, the kinds of take, what the original keeps --------


def test_a_list_of_quotes_under_a_heading_makes_one_version_each() -> None:
    text = "3 different versions of the closing line:\n* 'Last call'\n* 'Get yours'\n* 'Try it free'"
    made = wire(text)
    assert [op["operation"] for op in made] == ["create_variation"] * 3
    assert [op["operations"][0]["text"] for op in made] == ["Last call", "Get yours", "Try it free"]
    assert {op["operations"][0]["sceneId"] for op in made} == {"scene_3"}
    # One quote under a heading is that heading's value; two under a heading that asks for no
    # versions offer a choice, and no edit guesses it.
    assert wire("Outro:\n- 'See you soon'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "See you soon"}
    ]
    assert wire("Ending ideas:\n- 'See you soon'\n- 'Until tomorrow'") == []
    # A heading without quotes under it still goes ("Changes:" then the requests).
    assert wire("Changes:\n- hook 3 seconds") == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 3.0}
    ]


def test_an_adjective_take_and_one_version_per_adjective() -> None:
    made = wire("let's A/B test a calm take on this")
    assert [(op["operation"], op["operations"]) for op in made] == [
        ("create_variation", [{"operation": "update_style", "mood": "calm"}])
    ]
    made = wire("two versions please: a dreamy and a professional one")
    assert [op["operations"] for op in made] == [
        [{"operation": "update_style", "mood": "dreamy"}],
        [{"operation": "update_style", "mood": "professional"}],
    ]


def test_what_the_original_keeps_is_no_part_of_the_version() -> None:
    for text in (
        "make a B with a 10 second length. Leave the original as it is.",
        "a second version that is 10 seconds long, keep the current one untouched",
        "version B with a 10 s length; don't touch the original",
        "could I get an alternate version at 10 seconds? don’t change this one",
    ):
        made = wire(text)
        assert [op["operation"] for op in made] == ["create_variation"], text
        assert [sub["operation"] for sub in made[0]["operations"]] == ["set_duration"], text


# --- requests in another language: the verb at the end, new words, Turkish and Polish -------------


def test_a_verb_at_the_end_is_read_first() -> None:
    assert (
        to_english("Kannst du den Hook bitte auf 2 Sekunden verkürzen?")
        == "can you shorten the hook to 2 seconds?"
    )
    assert to_english("die Szene mit dem Problem entfernen").lower() == "remove the problem scene"
    assert to_english("kun je de muziek zachter maken?") == "can you make the music quieter?"
    assert to_english("verwissel scène 1 en 2 om") == "swap scene 1 and 2"
    assert to_english("ilk sahneyi kaldır lütfen") == "remove the first scene"
    assert to_english("müziği biraz daha sessiz yap") == "make the music a bit quieter"


def test_requests_in_another_language_edit_as_in_english() -> None:
    for text, expected in (
        ("súbela un poco, la música", "update_audio"),
        ("pouvez-vous mettre le produit à droite ?", "update_product"),
        ("nella scena iniziale il testo deve essere più piccolo", "update_overlay"),
        ("reklamı 12 saniye yap", "set_duration"),
        ("usuń ostatnią scenę", "remove_scene"),
    ):
        made = wire(text)
        assert [op["operation"] for op in made][:1] == [expected], (text, made)


def test_an_infinitive_after_can_you_and_a_reviews_scene_read_as_in_english() -> None:
    for text, english in (
        ("¿podrías quitar la escena de reseñas?", "¿can you remove the review scene?"),
        ("pouvez-vous enlever la scène des témoignages", "can you remove the review scene"),
        ("potresti eliminare la scena delle testimonianze", "can you remove the review scene"),
        ("você pode remover a cena dos depoimentos?", "can you remove the review scene?"),
    ):
        assert to_english(mask_quotes(text)[0]) == english, text
    assert wire("puoi rendere il testo più grande nella prima scena?") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 80}
    ]


def test_how_long_now_is_asked_in_every_language() -> None:
    for text in (
        "¿y cuánto dura ahora?",
        "et combien de temps dure la vidéo maintenant ?",
        "hoe lang duurt het nu?",
        "quanto dura adesso?",
        "ne kadar sürüyor şimdi?",
        "ile trwa teraz?",
    ):
        turn = parse_message(text, basic_project())
        assert turn.operations == [] and "15" in (turn.answer or ""), (text, turn.answer, turn.unknown)


def test_a_scenes_text_in_turkish_and_polish() -> None:
    assert wire("hook yazısını 'Günaydın' yap") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Günaydın"}
    ]
    assert wire("zmień tekst w ostatniej scenie na 'Do jutra'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Do jutra"}
    ]


def test_polish_and_turkish_are_told_from_english() -> None:
    assert language_of(mask_quotes("wyłącz muzykę proszę")[0]) == "pl-core"
    assert language_of(mask_quotes("sahneyi sil")[0]) == "tr"
    # English with a brand name that looks foreign stays English.
    assert language_of(mask_quotes("make the hook say Daha for our Daha soda ad")[0]) is None


def test_a_product_then_its_capitalised_name_is_the_brand_of_a_brief() -> None:
    assert "called Lumi" in to_english("quero um anúncio de 20 segundos para a vela Lumi")
    assert "called Brisa" in to_english("necesito un anuncio para el té Brisa")


# --- "the same for X" with new words; "change that" after a voice question -------------------------


def test_the_same_kind_of_change_with_new_words_keeps_the_kind() -> None:
    project = voiced_project()
    said = {"operation": "update_voiceover", "sceneId": "scene_2", "text": "Brewed slow."}
    state = ConversationState(project_id=project.project_id, last_operations=[remember_before(said, project)])
    assert wire("likewise for the outro: 'Order now.'", project, state=state) == [
        {"operation": "update_voiceover", "sceneId": "scene_3", "text": "Order now."}
    ]
    shown = {"operation": "update_overlay", "sceneId": "scene_2", "text": "Brewed slow"}
    state = ConversationState(
        project_id=project.project_id, last_operations=[remember_before(shown, project)]
    )
    assert wire("same sort of change on the intro: 'Up early?'", project, state=state) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Up early?"}
    ]


def test_the_same_kind_of_change_without_words_repeats_it() -> None:
    project = basic_project()
    longer = {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0}
    state = ConversationState(
        project_id=project.project_id, last_operations=[remember_before(longer, project)]
    )
    for text in ("same deal for the outro", "do the same sort of thing to the cta"):
        assert wire(text, project, state=state) == [
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0}
        ], text


def test_change_that_after_a_voice_question_changes_the_voice_over() -> None:
    project = voiced_project()
    asked = ConversationState(
        project_id=project.project_id,
        scene_ids=["scene_1"],
        topic="voice",
        last_question="what's the narrator saying in the hook?",
    )
    assert wire("ok make it say 'Up before dawn?'", project, state=asked) == [
        {"operation": "update_voiceover", "sceneId": "scene_1", "text": "Up before dawn?"}
    ]
    # After a question about the on-screen text, "that" is the on-screen text.
    shown = ConversationState(
        project_id=project.project_id,
        scene_ids=["scene_1"],
        topic="overlay",
        last_question="what does the hook say?",
    )
    assert wire("change that to 'Up before dawn?'", project, state=shown)[0]["operation"] == "update_overlay"


def test_it_after_a_voice_question_is_the_voice_over_and_the_end_is_the_last_scene() -> None:
    state = ConversationState(topic="voice", last_question="is there narration?")
    assert voice_question("and what is it saying at the very end?", state) == (
        "and what is the voice-over saying in the last scene?"
    )
    assert voice_question("what does it say at the start", ConversationState()) == (
        "what does it say in the first scene"
    )


# --- an earlier ad named by what it shows -------------------------------------------------------


def test_an_earlier_ad_named_by_what_its_scenes_show_is_switched_to() -> None:
    project = basic_project()
    other = project.model_copy(update={"project_id": "p_other", "brief": "a 10 s ad, warm"})
    current = project.model_copy(update={"project_id": "p_new", "scenes": project.scenes[:1]})
    family = VariantFamily(
        original_id="p_new",
        variants=[],
        load={"p_other": other, "p_new": current}.get,
        others=[("p_other", "Northwind a 10 s ad, warm")],
    )
    turn = parse_message("go back to the arabica ad", current, family=lambda: family)
    assert turn.switch_to == "p_other", turn.unknown
    turn = parse_message("go back to the matcha ad", current, family=lambda: family)
    assert turn.switch_to is None and "none of your other ads" in (turn.unknown or "").lower()
