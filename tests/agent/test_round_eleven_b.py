"""Round eleven (b) of issue 15: the classes behind dev9's variant, non-English, follow-up,
mixed, question and multi failures, each pinned by paraphrases (never dev9's own sentences):
praise before a voice request, "70 font", "and font size 70" after one scene, caption and
end-text words in six languages, a version looked at in Spanish or German, "on version B make …"
without a comma, questions about the apps, questions whose subject comes first, variants asked
"as its own version" or "spin off a copy", "X instead of Y" for music and mood, soft colours.
"""

from __future__ import annotations

from parse_helpers import after, wires
from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import to_english
from adgen.agent.understanding.fronted import unfronted
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject

# --- 1. a word of praise before a voice request asks for nothing ----------------------------------


def test_praise_before_a_voice_request_leaves_the_voice_request_alone() -> None:
    for text in ("great. now the voiceover a bit quicker", "much better, the narration a touch faster"):
        ops = wires(text)
        assert len(ops) == 1 and ops[0]["operation"] == "update_voice" and ops[0]["rate"] > 1.0, text
    assert wires("love it. the narrator slower please")[0]["rate"] < 1.0
    assert wires("nice, captions off") == [{"operation": "update_captions", "enabled": False}]


# --- 2. "70 font": a number next to the word for the letters is their size ------------------------


def test_a_number_before_or_after_font_is_the_text_size() -> None:
    assert wires("font 64 on the hook") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 64}
    ]
    assert wires("the cta in 60 type") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 60}
    ]
    assert wires("72 font on the showcase") == [
        {"operation": "update_overlay", "sceneId": "scene_2", "fontSize": 72}
    ]


def test_an_added_size_after_a_one_scene_request_stays_on_that_scene() -> None:
    project, state = after("make the cta text yellow", basic_project())
    for text in ("and 68 font", "also text size 60", "plus font size 74"):
        ops = wires(text, project, state)
        assert [op["sceneId"] for op in ops] == ["scene_3"], text
        assert all("fontSize" in op for op in ops), text
    # said without a linking word it is the whole ad's, as before
    assert len(wires("font size 70", project, state)) == 3


# --- 3. captions, the end text, scenes and positions in six languages ------------------------------


def test_captions_are_switched_off_in_each_language() -> None:
    for text in (
        "desligue as legendas",
        "quita los subtítulos por favor",
        "tu peux enlever les sous-titres ?",
        "togli i sottotitoli",
        "bitte die Untertitel entfernen",
    ):
        assert wires(text) == [{"operation": "update_captions", "enabled": False}], text


def test_the_end_text_and_scene_texts_are_read_in_other_languages() -> None:
    assert wires("pon el texto del final en amarillo") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}
    ]
    assert wires("usa come frase finale 'Ci vediamo presto'") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Ci vediamo presto"}
    ]
    grown = wires("agrandis le texte de la deuxième scène")
    assert [op["sceneId"] for op in grown] == ["scene_2"] and grown[0]["fontSize"] > 60
    shrunk = wires("rétrécis le texte de la dernière scène")
    assert [op["sceneId"] for op in shrunk] == ["scene_3"] and shrunk[0]["fontSize"] < 72
    assert wires("zet de tekst van de eerste scène naar beneden") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "bottom"}
    ]


def test_a_spanish_question_about_a_scene_text_is_answered() -> None:
    turn = parse_message("¿qué pone en la última escena?", basic_project())
    assert turn.answer and "Order today" in turn.answer and not turn.operations
    turn = parse_message("¿qué dice el segundo texto?", basic_project())
    assert turn.answer and "Smooth. Bold." in turn.answer


# --- 4. a version looked at, or edited, by name --------------------------------------------------


def _family(project: AdProject, variant: AdProject) -> VariantFamily:
    projects = {project.project_id: project, variant.project_id: variant}
    return VariantFamily(project.project_id, [("B", variant.project_id)], load=projects.get)


def test_asking_to_see_a_version_in_spanish_or_german_opens_it() -> None:
    assert to_english("muéstrame la versión B") == "show me version B"
    assert to_english("zeig mir die Variante C") == "show me version C"
    project = basic_project()
    variant = project.model_copy(update={"project_id": "p_variant_b"})
    for text in ("muéstrame la versión B", "zeig mir Version B"):
        turn = parse_message(text, project, family=lambda: _family(project, variant))
        assert turn.switch_to == "p_variant_b" and not turn.operations, text


def test_an_edit_on_a_named_version_needs_no_comma() -> None:
    project = basic_project()
    variant = project.model_copy(update={"project_id": "p_variant_b"})
    for text in ("in version B make the hook text pink", "on the B variant change the cta text to white"):
        turn = parse_message(text, project, family=lambda: _family(project, variant))
        assert turn.switch_to == "p_variant_b", text
        assert turn.operations and all(
            op.to_wire()["operation"] == "update_overlay" for op in turn.operations
        ), text


# --- 5. questions: which apps, and a subject said first ------------------------------------------


def test_questions_about_the_apps_name_the_platforms() -> None:
    for text in (
        "what socials is this going on?",
        "where will this ad run?",
        "which social networks are we targeting?",
    ):
        turn = parse_message(text, basic_project())
        assert turn.answer and "TikTok" in turn.answer, text
    # "the social proof line" is a scene's text, not a platform
    turn = parse_message("what's the social proof line?", basic_project())
    assert turn.answer is None or "TikTok" not in turn.answer


def test_a_question_whose_subject_comes_first_is_about_that_subject() -> None:
    assert unfronted("the hook, how long is it?") == "how long is the hook?"
    assert unfronted("make it red, what colour is it now?") == "make it red, what colour is it now?"
    turn = parse_message("order today line, what colour is that right now", basic_project())
    assert turn.answer and "#F2A541" in turn.answer and not turn.operations
    turn = parse_message("cta text - what size is that", basic_project())
    assert turn.answer and "72" in turn.answer


# --- 6. variants asked for in other words --------------------------------------------------------


def test_a_variant_asked_as_its_own_version_or_a_spun_off_copy() -> None:
    for text, inner in (
        ("make a 6 second version as its own ad", {"operation": "set_duration", "durationSec": 6.0}),
        (
            "spin off a version where the cta is red",
            {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FF0000"},
        ),
        ("fork it with calmer music", {"operation": "update_style", "musicMood": "calm"}),
    ):
        ops = wires(text)
        assert len(ops) == 1 and ops[0]["operation"] == "create_variation", text
        assert ops[0]["operations"] == [inner], text


# --- 7. "X instead of Y": the new value only ------------------------------------------------------


def test_the_value_being_replaced_is_no_part_of_the_new_music_or_mood() -> None:
    assert wires("use lo-fi rather than the jazz track") == [
        {"operation": "update_style", "musicMood": "lo-fi"}
    ]
    assert wires("music: acoustic instead of electronic") == [
        {"operation": "update_style", "musicMood": "acoustic"}
    ]
    assert wires("the mood should feel fresh") == [{"operation": "update_style", "mood": "fresh"}]
    assert wires("make the overall mood playful instead of calm") == [
        {"operation": "update_style", "mood": "playful"}
    ]


# --- 8. a soft colour is a colour, not the ad's light or look ---------------------------------------


def test_soft_and_muted_colours_set_no_lighting_or_look() -> None:
    for text in ("include a muted red in the palette", "add a soft blue to the colours"):
        ops = wires(text)
        assert len(ops) == 1 and set(ops[0]) == {"operation", "palette"}, (text, ops)
    (op,) = wires("make the cta text dusty pink")
    assert op["sceneId"] == "scene_3" and op["color"] not in ("#FFC0CB", None)


# --- 9. a scene named by a joined word or as a "bit"/"part"; "no <product> in …" -------------------


def test_a_scene_is_named_by_a_joined_word_or_as_a_bit_of_the_ad() -> None:
    project = basic_project()  # scene 2 shows "cold brew bottle on a sunny counter"
    assert wires("cut the counter part", project) == [{"operation": "remove_scene", "sceneId": "scene_2"}]
    assert wires("drop the sunny-counter section", project) == [
        {"operation": "remove_scene", "sceneId": "scene_2"}
    ]
    assert wires("hide the product in the sunny-counter scene", project) == [
        {"operation": "update_product", "sceneId": "scene_2", "visible": False}
    ]
    # "a tiny bit": no scene is named by it
    assert wires("make the cta text a tiny bit bigger", project)[0]["sceneId"] == "scene_3"


def test_no_product_named_after_no_hides_it_in_that_scene() -> None:
    project = basic_project()
    noun = "product"
    for text in (f"no {noun} in the last scene please", f"and no {noun} on the cta"):
        assert wires(text, project) == [
            {"operation": "update_product", "sceneId": "scene_3", "visible": False}
        ], text


# --- 10. "those words", "that line": the text just set ------------------------------------------


def test_those_words_after_a_text_change_are_that_scenes_text() -> None:
    project, state = after("the smooth bold line → 'Smooth and bold'", basic_project())
    for text in ("those words in pink please", "make that line white", "these letters bigger"):
        ops = wires(text, project, state)
        assert [op["sceneId"] for op in ops] == ["scene_2"], text


# --- 11. a size verb, then "to N": that size ------------------------------------------------------


def test_a_size_verb_then_to_a_number_sets_that_size() -> None:
    assert wires("shrink the 'Order today' text to 58") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 58}
    ]
    assert wires("enlarge the hook text to 90") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 90}
    ]
    assert wires("bump the music to 80%") == [{"operation": "update_audio", "volume": 0.8}]


# --- 12. after a size or length change: "still big", and a bare number --------------------------


def test_a_bare_number_after_a_change_is_a_new_value_of_that_field() -> None:
    project, state = after("make the cta text 64", basic_project())
    for text in ("hmm, 58", "try 56 then", "still too large. 52"):
        number = int("".join(ch for ch in text if ch.isdigit()))
        assert wires(text, project, state) == [
            {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": number}
        ], text
    project, state = after("make the showcase 6 seconds", basic_project())
    assert wires("hmm too long. 4", project, state) == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 4.0}
    ]


def test_still_too_big_after_a_shrink_shrinks_again_never_grows() -> None:
    project, state = after("make the cta text smaller", basic_project())
    shrunk = project.scene("scene_3").overlay.font_size
    for text in ("hmm, still big", "it's still a bit too large"):
        (op,) = wires(text, project, state)
        assert op["sceneId"] == "scene_3" and op["fontSize"] < shrunk, text
    project, state = after("make the hook 3 seconds", basic_project())
    (op,) = wires("still long", project, state)
    assert op["durationSec"] < 3.0


# --- 13. "the scene with …": a scene named by what it says or shows, after the noun --------------


def test_the_scene_with_its_words_or_picture_is_that_scene() -> None:
    project = basic_project()  # scene 2 says "Smooth. Bold. 100% arabica" and shows a sunny counter
    assert wires("remove the scene with the 100% arabica", project) == [
        {"operation": "remove_scene", "sceneId": "scene_2"}
    ]
    assert wires("make the one with the counter 6 seconds", project) == [
        {"operation": "update_scene", "sceneId": "scene_2", "durationSec": 6.0}
    ]
    assert wires("make the shot showing the iced coffee text red", project) == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FF0000"}
    ]
    assert wires("die Szene mit den 100% Arabica bitte entfernen", project) == [
        {"operation": "remove_scene", "sceneId": "scene_2"}
    ]
