"""Round five of issue 15: precision first. Each test is one general cause of a wrong edit (or of
a request not understood) found in the test2 set, checked in phrasings that are in no held-out
set, so that the fix is a class and not a sentence."""

from typing import Any

from phrase_suite import basic_project

from adgen.agent.answers import describe_differences
from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.new_ad import is_new_ad_request
from adgen.agent.understanding.normaliser import normalise
from adgen.agent.understanding.switching import VariantFamily, read_switch
from adgen.project import AdProject


def wires(text: str, state: ConversationState | None = None) -> list[dict[str, Any]]:
    turn = parse_message(text, basic_project(), state=state)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    return [op.to_wire() for op in turn.operations]


def test_a_text_named_by_its_own_words_changes_only_that_scene() -> None:
    # basic_project: scene_1 "Wake up to cold brew", scene_2 "Smooth. Bold. 100% arabica", scene_3 "Order today".
    (op,) = wires("the order today text is way too big")
    assert op["sceneId"] == "scene_3" and op["fontSize"] < 72
    (op,) = wires("make the smooth bold line a bit smaller")
    assert op["sceneId"] == "scene_2" and op["fontSize"] < 56
    (op,) = wires("make the 'Wake up to cold brew' caption much bigger")
    assert op["sceneId"] == "scene_1" and op["fontSize"] > 64
    assert wires("the order today copy should be yellow") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFF00"}
    ]
    # Words no scene shows name no scene: the request reads as before (every text).
    assert len(wires("make the on-screen text bigger")) == 3


def test_a_place_one_background_shows_names_that_scene() -> None:
    # Only scene_2's background has a counter: "bigger on the counter" is that scene's product.
    (op,) = wires("make the bottle a little bigger on the counter")
    assert op == {"operation": "update_product", "sceneId": "scene_2", "scale": op["scale"]}
    # A place on the screen is no scene.
    assert wires("put the hook text at the top") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "top"}
    ]


def test_a_cue_word_is_a_whole_word_so_too_never_leaks_into_the_value() -> None:
    assert wires("tagline too: Brewed for the brave") == [
        {"operation": "update_brand", "tagline": "Brewed for the brave"}
    ]
    assert wires("slogan as well: Brewed for you") == [
        {"operation": "update_brand", "tagline": "Brewed for you"}
    ]
    assert wires("and the font too: Lora") == [{"operation": "update_brand", "font": "Lora"}]


def test_a_complaint_word_is_the_problem_and_a_reason_is_no_request() -> None:
    for text in ("the soundtrack is booming", "music's blasting, it's a gentle skincare brand"):
        assert wires(text) == [{"operation": "update_audio", "volume": 0.6}], text
    # The reason alone asks for nothing, and changes nothing.
    turn = parse_message("it's a calm coffee ad", basic_project())
    assert not turn.operations


def test_the_same_value_as_a_named_scene_goes_to_the_scene_last_edited() -> None:
    state = ConversationState(
        project_id="p_sample1",
        scene_ids=["scene_1"],
        topic="overlay",
        last_operations=[{"operation": "update_overlay", "sceneId": "scene_1", "text": "Hi"}],
    )
    project = basic_project()
    project.scenes[2].overlay.color = "#F2A541"
    turn = parse_message("now use the same text colour as the end card", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#F2A541"}
    ]


def test_short_words_never_become_commands_and_shorthand_undo_is_undo() -> None:
    assert normalise("und die Musik") == "and die Musik"
    assert wires("nvm, undoo that") == [{"operation": "undo"}]
    assert wires("never mind undo") == [{"operation": "undo"}]


def test_a_variant_that_names_itself_keeps_only_its_words() -> None:
    (made,) = wires("let's A/B the hook: variant B reads 'Cold brew, warm heart'")
    assert made["operations"] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Cold brew, warm heart"}
    ]


def test_a_variant_without_a_difference_takes_the_next_message_as_its_difference() -> None:
    asked = parse_message("can you make a variation named summer", basic_project())
    assert asked.question and asked.pending is not None and not asked.operations
    state = ConversationState(project_id="p_sample1", pending=asked.pending)
    turn = parse_message("on it, make the music more upbeat", basic_project(), state=state)
    (made,) = [op.to_wire() for op in turn.operations]
    assert made["operation"] == "create_variation" and made["label"] == "summer"
    assert made["operations"][0]["operation"] == "update_style"
    # A reply that is no difference (a question) is read as itself.
    other = parse_message("how long is the ad?", basic_project(), state=state)
    assert other.answer and not other.operations


def _family() -> VariantFamily:
    original = basic_project()
    other = original.model_copy(deep=True, update={"project_id": "p_b"})
    docs: dict[str, AdProject] = {"p_sample1": original, "p_b": other}
    return VariantFamily("p_sample1", [("B", "p_b")], load=docs.get)


def test_the_original_is_named_with_its_letter_too() -> None:
    for text in ("switch back to the original A version", "go back to the original (A) one"):
        found = read_switch(text, _family, describe=describe_differences, current="p_b")
        assert found is not None and found.project_id == "p_sample1", text


def test_a_listed_ad_for_starts_a_new_ad_while_one_is_open() -> None:
    project = basic_project()
    assert is_new_ad_request("3 scenes, 15 seconds, ad for Brightpaw dog treats, go", project)
    assert is_new_ad_request("20s, playful, video for our new oat bars", project)
    # An edit that names the open ad stays an edit.
    assert not is_new_ad_request("make the hook 3 seconds, and the cta 4", project)


def test_where_the_ads_do_not_run_drops_that_platform_once() -> None:
    assert wires("we don't advertise on tiktok anymore, drop that format") == [
        {"operation": "remove_presets", "presets": ["tiktok"]}
    ]


def test_the_music_and_a_direction_without_a_verb() -> None:
    assert wires("music WAY down") == [{"operation": "update_audio", "volume": 0.4}]
    assert wires("make the soundtrack lower") == [{"operation": "update_audio", "volume": 0.6}]
    assert wires("volume a touch up")[0]["volume"] > 0.8


def test_a_bare_bit_more_and_the_same_thing_named_for_another_scene() -> None:
    last = [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 58, "before": {"fontSize": 64}}]
    state = ConversationState(
        project_id="p_sample1", scene_ids=["scene_1"], topic="overlay", last_operations=last
    )
    project = basic_project()
    project.scenes[0].overlay.font_size = 58
    (op,) = [o.to_wire() for o in parse_message("bit more", project, state=state).operations]
    assert op["sceneId"] == "scene_1" and op["fontSize"] < 58
    moved = [
        {
            "operation": "update_overlay",
            "sceneId": "scene_1",
            "position": "bottom",
            "before": {"position": "top"},
        }
    ]
    state = ConversationState(
        project_id="p_sample1", scene_ids=["scene_1"], topic="overlay", last_operations=moved
    )
    assert wires("and the cta text as well", state) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "bottom"}
    ]


def test_a_correction_word_before_redo_is_no_correction() -> None:
    state = ConversationState(
        project_id="p_sample1", last_operations=[{"operation": "update_audio", "volume": 0.6}]
    )
    assert wires("no wait, I want it back, redo", state) == [{"operation": "redo"}]


def test_a_length_with_a_filler_word_is_a_length() -> None:
    turn = parse_message("stretch it out to five whole minutes", basic_project())
    assert not turn.operations and turn.unknown and "120 s" in turn.unknown
    assert wires("make it 20 full seconds") == [{"operation": "set_duration", "durationSec": 20.0}]


def test_questions_about_a_texts_colour_and_size_and_what_it_means_next() -> None:
    colour = parse_message("is the last caption orange?", basic_project())
    assert colour.answer and "#F2A541" in colour.answer and not colour.operations
    size = parse_message("what size is the order today text?", basic_project())
    assert size.answer and "72" in size.answer and size.topic == "text_size" and size.scene_ids == ["scene_3"]
    state = ConversationState(
        project_id="p_sample1", scene_ids=["scene_3"], topic="text_size", last_question="what size…?"
    )
    assert wires("take it down to 50", state) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 50}
    ]
    font = parse_message("what typeface does the brand use?", basic_project())
    assert font.answer and font.topic == "font"
    state = ConversationState(project_id="p_sample1", topic="font", last_question="what typeface…?")
    assert wires("change it to Poppins", state) == [{"operation": "update_brand", "font": "Poppins"}]


def test_whole_requests_in_spanish_french_german_and_portuguese() -> None:
    assert wires("quita la escena final") == [{"operation": "remove_scene", "sceneId": "scene_3"}]
    assert wires("baissez un peu la musique") == [{"operation": "update_audio", "volume": 0.7}]
    assert wires("le produit doit être plus petit dans la première scène")[0]["sceneId"] == "scene_1"
    assert wires("Ändere den Markennamen zu Nordlicht Kaffee") == [
        {"operation": "update_brand", "name": "Nordlicht Kaffee"}
    ]
    assert wires("deixa o texto do hook amarelo") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"}
    ]
    assert wires("y el cta arriba") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"}
    ]
    assert wires("gracias! y la música más baja") == [{"operation": "update_audio", "volume": 0.6}]


def test_learners_comparatives_and_a_complaint_after_its_fix_count_once() -> None:
    assert wires("you make the text more big please")[0]["fontSize"] == 80
    assert wires("make the music more quiet, is too much loud") == [
        {"operation": "update_audio", "volume": 0.6}
    ]
    # "more" before a noun is no comparative: "more long scenes" is not "longer scenes".
    assert normalise("add more long scenes") == "add more long scenes"


def test_a_slash_between_two_names_of_one_scene_is_one_request() -> None:
    # basic_project: scene_2's background is "cold brew bottle on a sunny counter, warm light".
    assert wires("delete the sunny counter / showcase scene") == [
        {"operation": "remove_scene", "sceneId": "scene_2"}
    ]
    # Two requests with their own words still split at the slash.
    assert [op["sceneId"] for op in wires("hook: 'Up early?' / cta: 'Order now'")] == ["scene_1", "scene_3"]
    # A complaint about the product in a scene is never a removal of the scene.
    cut_off = parse_message("the bottle gets cut off in the showcase", basic_project())
    assert cut_off.question and not cut_off.operations


def test_keeping_the_original_beside_a_variant_asks_for_nothing_more() -> None:
    (made,) = wires("could I get another version with jazz music, leave this one untouched")
    assert made["operation"] == "create_variation"
    assert made["operations"] == [{"operation": "update_style", "musicMood": "jazz"}]


def test_back_up_is_a_direction_not_a_redo() -> None:
    state = ConversationState(
        project_id="p_sample1",
        topic="audio",
        last_operations=[{"operation": "update_audio", "volume": 0.4, "before": {"volume": 0.8}}],
    )
    project = basic_project()
    project.audio.volume = 0.4
    ops = [op.to_wire() for op in parse_message("bring it back up a little", project, state=state).operations]
    assert ops and ops[0]["operation"] == "update_audio" and 0.4 < ops[0]["volume"] < 0.8


def test_one_fields_value_used_for_another() -> None:
    state = ConversationState(
        project_id="p_sample1",
        topic="brand",
        last_operations=[{"operation": "update_brand", "colors": ["#000080"]}],
    )
    project = basic_project()
    project.brand.colors = ["#000080", "#FFD700"]
    turn = parse_message("ok now apply those to the colour scheme too", project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_style", "palette": ["#000080", "#FFD700"]}
    ]
    # Without a change of the brand colours just before, "them" names nothing to copy.
    assert not parse_message("use them for the palette", project).operations


def test_the_vibe_right_after_a_music_change_is_the_musics() -> None:
    state = ConversationState(
        project_id="p_sample1", topic="audio", last_operations=[{"operation": "update_audio", "volume": 0.5}]
    )
    assert wires("and make the vibe more jazzy", state) == [
        {"operation": "update_style", "musicMood": "jazz"}
    ]


def test_brand_names_in_terse_and_chatty_briefs() -> None:
    from adgen.agent.understanding.briefs import extract_brief
    from adgen.agent.understanding.quotes import mask_quotes

    def brief(text: str) -> tuple[str | None, str | None]:
        masked, quotes = mask_quotes(text)
        found = extract_brief(text, masked, quotes)
        return found.brand_name, found.product

    assert brief("artisan sourdough ad, Crumbly, 15s") == ("Crumbly", "artisan sourdough")
    assert brief("so we sell Pawsome dog treats 🐶 can you make a 10s ad?") == ("Pawsome", "dog treats")
    assert brief("next: Lumo desk lamp, 12s, calm")[0] == "Lumo"
    assert is_new_ad_request("next: Lumo desk lamp, 12s, calm", basic_project())


def test_where_we_post_is_a_platform_request_and_posting_for_us_is_refused() -> None:
    assert wires("we only post on tiktok and reels") == [
        {"operation": "set_presets", "presets": ["tiktok", "reels"]}
    ]
    refused = parse_message("post it to tiktok", basic_project())
    assert refused.unknown and "post" in refused.unknown and not refused.operations


def test_a_described_scene_several_scenes_fit_is_asked_and_a_one_word_answer_resolves_it() -> None:
    project = basic_project()
    # "cold" is in scene_1's text and scene_2's background: "the cold scene" is either.
    asked = parse_message("the cold scene is too long", project)
    assert asked.question and "scene 1" in asked.question and "scene 2" in asked.question
    assert not asked.operations and asked.pending is not None
    state = ConversationState(project_id="p_sample1", pending=asked.pending)
    answered = parse_message("scene 2", project, state=state)
    assert [op.to_wire()["sceneId"] for op in answered.operations] == ["scene_2"]


def test_complaints_in_other_languages_never_fuzzy_match_into_english_words() -> None:
    # "trop" is no typo of "top": the text gets bigger, it does not move.
    ops = wires("le texte est trop petit")
    assert ops and all(op.get("fontSize") and "position" not in op for op in ops)
    assert wires("la musique est trop forte") == [{"operation": "update_audio", "volume": 0.6}]
    assert wires("die Musik ist zu laut") == [{"operation": "update_audio", "volume": 0.6}]
    assert wires("baja la música") == [{"operation": "update_audio", "volume": 0.6}]


def test_a_named_version_is_a_variant_not_an_edit_of_the_original() -> None:
    (made,) = wires("make a version called night with darker lighting")
    assert made["operation"] == "create_variation" and made["label"] == "night"


def test_the_first_caption_and_the_last_line_are_scenes_texts() -> None:
    assert [op["sceneId"] for op in wires("the first caption should be bigger")] == ["scene_1"]
    assert [op["sceneId"] for op in wires("the last line is hard to read")] == ["scene_3"]
    # A text named by its words, whatever the words ("long" is no place in the ad here).
    project = basic_project()
    project.scenes[1].overlay.text = "Long day? Sip slow."
    turn = parse_message("the long day text should be gold", project)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_2", "color": "#FFD700"}
    ]


def test_where_a_text_is_is_answered_with_its_layout() -> None:
    turn = parse_message("is the cta text centered?", basic_project())
    assert turn.answer and "center" in turn.answer and not turn.operations


def test_a_texts_words_that_start_like_a_described_scene_still_name_the_text() -> None:
    project = basic_project()
    project.scenes[2].overlay.text = "Ride one free this weekend"
    turn = parse_message("put the ride one free text at the top", project)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_3", "position": "top"}
    ]


def test_a_shorter_version_as_a_separate_ad_is_a_variant() -> None:
    (made,) = wires("can you make a 10 second version as a separate ad")
    assert made["operation"] == "create_variation"
    assert made["operations"][0] == {"operation": "set_duration", "durationSec": 10.0}


def test_but_between_two_requests_splits_them_and_to_say_starts_the_words() -> None:
    assert wires("make the text bigger in the hook but smaller in the cta") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 80},
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 58},
    ]
    assert wires("the music is nice but too loud") == [{"operation": "update_audio", "volume": 0.6}]
    assert wires("change the hook to say Rise and brew and make it yellow") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "Rise and brew"},
        {"operation": "update_overlay", "sceneId": "scene_1", "color": "#FFFF00"},
    ]
    # Reading is still reading: "hard to read" is no new words.
    assert not parse_message("the cta is hard to read", basic_project()).operations or all(
        "text" not in op.to_wire()
        for op in parse_message("the cta is hard to read", basic_project()).operations
    )


def test_a_bare_darker_after_a_text_colour_asks_shade_or_scene_and_a_word_answers() -> None:
    project = basic_project()
    project.scenes[2].overlay.color = "#FFA500"
    state = ConversationState(
        project_id="p_sample1",
        scene_ids=["scene_3"],
        topic="overlay",
        last_operations=[{"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFA500"}],
    )
    asked = parse_message("a bit darker", project, state=state)
    assert asked.question and "shade" in asked.question and "scene" in asked.question and not asked.operations
    answered = parse_message(
        "the text", project, state=ConversationState(project_id="p_sample1", pending=asked.pending)
    )
    (op,) = [o.to_wire() for o in answered.operations]
    assert op["sceneId"] == "scene_3" and op["color"] != "#FFA500"
    assert all(int(op["color"][i : i + 2], 16) <= int("FFA500"[i - 1 : i + 1], 16) for i in (1, 3, 5))
    scene = parse_message(
        "the scene", project, state=ConversationState(project_id="p_sample1", pending=asked.pending)
    )
    assert scene.operations[0].to_wire()["backgroundPrompt"].endswith("darker")


def test_named_music_genres_are_kept_as_named() -> None:
    assert wires("put some reggae on it") == [{"operation": "update_style", "musicMood": "reggae"}]
    assert wires("let's go with techno for the soundtrack") == [
        {"operation": "update_style", "musicMood": "techno"}
    ]
    assert wires("funky music please") == [{"operation": "update_style", "musicMood": "funk"}]


def test_lighting_named_without_a_connector_is_lighting_not_a_colour() -> None:
    assert wires("lighting golden hour") == [{"operation": "update_style", "lighting": "golden hour"}]
    assert wires("golden lighting") == [{"operation": "update_style", "lighting": "golden"}]
    assert not parse_message("change the lighting in the hook", basic_project()).operations


def test_the_winner_is_chosen_and_a_missing_version_is_said_plainly() -> None:
    found = read_switch("B is the winner, switch over to it", _family, describe=describe_differences)
    assert found is not None and found.project_id == "p_b"
    missing = read_switch("pick C", _family)
    assert (
        missing is not None and missing.project_id is None and "has no version" not in (missing.reason or "")
    )


def test_an_ab_test_that_keeps_the_original_line_as_a_gives_b_only_its_words() -> None:
    (made,) = wires("A/B the cta: keep 'Order today' as A, and B says 'Order now'")
    assert made["operations"] == [{"operation": "update_overlay", "sceneId": "scene_3", "text": "Order now"}]


def test_lets_do_a_new_one_starts_a_new_ad() -> None:
    assert is_new_ad_request("let's do a new one - Fizzy lemonade, 10 seconds, fun", basic_project())


def test_a_background_named_by_what_it_shows_is_that_scenes() -> None:
    (op,) = wires("the counter background is way too busy")
    assert op["operation"] == "update_scene" and op["sceneId"] == "scene_2"


def test_an_empty_text_is_refused_with_the_reason() -> None:
    turn = parse_message("make the hook text blank", basic_project())
    assert not turn.operations and turn.unknown and "empty" in turn.unknown


def test_typos_that_are_words_only_where_they_must_be_typos() -> None:
    assert normalise("turn of the subtitles") == "turn off the subtitles"
    assert normalise("and the music to pls") == "and the music too please"
    assert normalise("set the hook to 3 seconds") == "set the hook to 3 seconds"


def test_turning_one_thing_off_then_another_too() -> None:
    state = ConversationState(
        project_id="p_sample1",
        topic="voice",
        last_operations=[{"operation": "update_captions", "enabled": False}],
    )
    assert wires("and the narration too", state) == [{"operation": "update_voice", "enabled": False}]


def test_two_variants_each_in_one_word() -> None:
    made = wires("two variants please, one playful one luxurious")
    assert [m["label"] for m in made] == ["B", "C"]
    assert [m["operations"] for m in made] == [
        [{"operation": "update_style", "mood": "playful"}],
        [{"operation": "update_style", "mood": "luxurious"}],
    ]
    # "one" inside the words of a single variant splits nothing.
    (one,) = wires("a variant where the cta says Buy one today")
    assert one["operations"][0]["text"] == "Buy one today"


def test_a_text_hidden_under_the_apps_bar_moves_away() -> None:
    assert wires("the hook text is hidden under the app's top bar") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "bottom"}
    ]


def test_naming_a_scene_just_removed_again_is_the_same_request() -> None:
    assert wires("get rid of the counter scene, we don't need the showcase") == [
        {"operation": "remove_scene", "sceneId": "scene_2"}
    ]


def test_the_voice_overs_words_put_on_screen() -> None:
    state = ConversationState(
        project_id="p_sample1",
        scene_ids=["scene_3"],
        topic="voice",
        last_operations=[
            {"operation": "update_voiceover", "sceneId": "scene_3", "text": "Order yours today."}
        ],
    )
    assert wires("and show those words on screen too", state) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Order yours today."}
    ]


def test_a_brief_names_its_font_music_and_format() -> None:
    from adgen.agent.understanding.briefs import brief_settings

    made = [
        op.to_wire() for op in brief_settings("12s ad for Lumo lamps, 4:5 feed ad, font Inter, lo-fi music")
    ]
    assert {"operation": "set_presets", "presets": ["meta_feed"]} in made
    assert {"operation": "update_brand", "font": "Inter"} in made
    assert {"operation": "update_style", "musicMood": "lo-fi"} in made
    # "a TikTok ad" is a kind of ad: it keeps every preset.
    assert not [
        op for op in brief_settings("a TikTok ad for Glow Serum, 15 seconds") if op.operation == "set_presets"
    ]


def test_one_scenes_field_copied_to_another_from_the_side_the_verb_says() -> None:
    # basic_project: the hook text is white (#FFFFFF) at size 64, the cta text #F2A541 at 72.
    assert wires("copy the hook text colour to the cta") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "color": "#FFFFFF"}
    ]
    assert wires("match the cta text size to the hook") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "fontSize": 64}
    ]
    assert wires("match the hook text size with the cta") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 72}
    ]


def test_a_complaint_about_the_font_names_no_font() -> None:
    for text in ("the font is ugly", "the font is too thin", "hmm the font is kinda cheap"):
        assert not parse_message(text, basic_project()).operations, text
    assert wires("the font should be Inter") == [{"operation": "update_brand", "font": "Inter"}]
