"""Issue 19 wired into the product, without rendering: the document's new fields and their
defaults, the three edit operations, what a voice-over edit makes stale (read off the content
keys), the planners' lines, the parser's phrasings and the downloads' names."""

from __future__ import annotations

import pytest

from adgen.agent.delivery import subtitle_downloads
from adgen.agent.understanding.message import parse_message
from adgen.pipeline.keys import project_keys
from adgen.pipeline.providers import local_providers
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.types import Brief
from adgen.pipeline.voice_stages import SpeechProvider, voice_for
from adgen.project import AdProject
from adgen.tools.apply import EditError, apply_operation
from adgen.voice.script import MAX_WPS, estimate_seconds, speech_budget

OLD_DOCUMENT = {  # as written before issue 19: no voice, captions or subtitle fields anywhere
    "projectId": "p_old1",
    "durationSec": 15,
    "scenes": [
        {"id": "scene_1", "role": "hook", "durationSec": 4, "backgroundPrompt": "coffee splash"},
        {"id": "scene_2", "role": "showcase", "durationSec": 7, "backgroundPrompt": "bottle on a counter"},
        {"id": "scene_3", "role": "cta", "durationSec": 4, "backgroundPrompt": "closing frame"},
    ],
}


def planned(text: str = "a 15 s ad for our cold brew, energetic", **brief) -> AdProject:
    return LocalPlanner().plan(Brief(text=text, brand_name="Northwind Coffee", **brief), owner="alice")


def ops_of(text: str, project: AdProject) -> list[dict]:
    return [op.to_wire() for op in parse_message(text, project).operations]


# --- the document -------------------------------------------------------------------------------


def test_an_old_document_loads_with_the_voice_off_and_round_trips():
    project = AdProject.from_wire(OLD_DOCUMENT)
    assert not project.voice.enabled and not project.captions.enabled and project.captions.style == "line"
    assert project.subtitle_exports == {} and all(s.voiceover is None for s in project.scenes)
    assert project.voiced_scenes == []
    wire = project.to_wire()
    assert wire["voice"]["enabled"] is False and wire["scenes"][0]["voiceover"] is None
    assert AdProject.from_wire(wire) == project


def test_the_schema_carries_the_new_fields():
    from adgen.project import json_schema
    from adgen.tools.operations import operation_schema

    schema = json_schema()
    assert {"voice", "captions", "subtitleExports"} <= set(schema["properties"])
    assert "voiceover" in schema["$defs"]["Scene"]["properties"]
    names = str(operation_schema())
    assert all(n in names for n in ("update_voiceover", "update_voice", "update_captions"))


def test_bad_voice_values_are_refused_in_one_sentence():
    project = AdProject.from_wire(OLD_DOCUMENT)
    with pytest.raises(EditError, match="can't be empty"):
        apply_operation(project, {"operation": "update_voiceover", "sceneId": "scene_1", "text": "  "})
    with pytest.raises(EditError, match="no voice-over lines yet"):
        apply_operation(project, {"operation": "update_voice", "enabled": True})
    with pytest.raises(EditError):
        apply_operation(project, {"operation": "update_voice", "rate": 3.0})
    with pytest.raises(EditError, match="no scene"):
        apply_operation(project, {"operation": "update_voiceover", "sceneId": "scene_9", "text": "Hi."})


# --- the operations ---------------------------------------------------------------------------------


def test_writing_a_line_turns_the_voice_and_captions_on_and_a_long_line_stretches_its_scene():
    project = AdProject.from_wire(OLD_DOCUMENT)
    short = apply_operation(
        project, {"operation": "update_voiceover", "sceneId": "scene_1", "text": "Wake up."}
    )
    after = short.project
    assert after.voice.enabled and after.captions.enabled and after.version == 2
    assert after.scene("scene_1").voiceover.text == "Wake up." and after.duration_sec == 15
    long_line = "Still tired at three in the afternoon? Wake up to smooth, bold cold brew, made slowly."
    stretched = apply_operation(
        after, {"operation": "update_voiceover", "sceneId": "scene_1", "text": long_line}
    ).project
    scene = stretched.scene("scene_1")
    assert scene.duration_sec > 4 and estimate_seconds(long_line) <= speech_budget(scene.duration_sec)
    assert stretched.duration_sec == pytest.approx(15 - 4 + scene.duration_sec)
    assert [s.duration_sec for s in stretched.scenes[1:]] == [7, 4]  # the others keep their timing


def test_turning_a_scene_or_the_whole_voice_off_and_the_caption_style():
    project = planned("a 15 s ad for our cold brew with a voice-over")
    hook_off = apply_operation(
        project, {"operation": "update_voiceover", "sceneId": "scene_1", "enabled": False}
    )
    assert [s.id for s in hook_off.project.voiced_scenes] == ["scene_2", "scene_3"]
    off = apply_operation(hook_off.project, {"operation": "update_voice", "enabled": False}).project
    assert off.voiced_scenes == [] and off.scene("scene_2").voiceover.text  # the lines are kept
    word = apply_operation(project, {"operation": "update_captions", "style": "word"}).project
    assert word.captions.enabled and word.captions.style == "word"
    none = apply_operation(word, {"operation": "update_captions", "enabled": False}).project
    assert not none.captions.enabled and none.voice.enabled


def test_a_voiceover_edit_makes_stale_only_that_scene_s_speech_captions_pass_and_the_ad_wide_sound():
    providers = local_providers()
    before = planned("a 15 s ad for our cold brew with a voice-over")
    after = apply_operation(
        before, {"operation": "update_voiceover", "sceneId": "scene_2", "text": "Smooth and bold."}
    ).project
    old, new = project_keys(before, "draft", providers).flat(), project_keys(after, "draft", providers).flat()
    changed = {name for name in new if old.get(name) != new[name]}
    per_aspect = {n.rsplit("/", 1)[-1] for n in changed if n.startswith("scene_")}
    assert {n for n in changed if n.startswith("scene_")} == {
        f"scene_2/{a}/{stage}" for a in ("9:16", "1:1", "16:9") for stage in ("captions", "scene_pass")
    }, changed
    assert per_aspect == {"captions", "scene_pass"}
    assert {n for n in changed if not n.startswith("scene_")} == {
        "speech/scene_2",
        "subtitles",
        "voice_mix",
        "assembly/9:16",
        "assembly/1:1",
        "assembly/16:9",
    }
    # a slower voice re-speaks every scene, but still draws no background
    slower = apply_operation(before, {"operation": "update_voice", "rate": 0.85}).project
    slow = project_keys(slower, "draft", providers).flat()
    assert all(slow[n] == old[n] for n in old if n.endswith(("/background", "/overlay", "audio")))
    assert all(slow[f"speech/{s}"] != old[f"speech/{s}"] for s in ("scene_1", "scene_2", "scene_3"))


# --- the planners ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a 15 s ad for our cold brew, energetic",
        "a 30 s ad for Bean There coffee, calm, for busy parents",
        "a 6 s bumper for Zing soda, playful",
        "a 60 s ad for our running shoes, dramatic",
    ],
)
def test_the_offline_planner_writes_a_line_per_scene_that_fits_at_a_natural_pace(text):
    project = planned(text, cta_text="Shop Now")
    for scene in project.scenes:
        line = scene.voiceover.text
        assert line.strip(), scene.id
        budget = speech_budget(scene.duration_sec)
        assert estimate_seconds(line) <= budget + 1e-6, (scene.id, line)
        assert len(line.split()) <= MAX_WPS * max(budget, 0.5) + 1, (scene.id, line)
    assert not project.voice.enabled  # written, not spoken, unless the brief asks


def test_a_brief_that_asks_for_a_voice_gets_the_voice_and_captions_on():
    for text in ("a 15 s cold brew ad with a voice-over", "an ad for our tea, narrated, calm"):
        project = planned(text)
        assert project.voice.enabled and project.captions.enabled, text
    assert not planned("a 15 s cold brew ad, no voice-over, just music").voice.enabled


def test_a_line_says_nothing_the_copy_and_the_brief_do_not():
    """No figure in a line that the scene's text or the brief does not have; a social-proof
    scene says only its own words."""
    import re

    project = planned(
        "a 30 s ad for Bean There coffee with a voice-over: a problem, then a testimonial",
        cta_text="Order now",
    )
    words_given = " ".join([project.brief, *(s.overlay.text for s in project.scenes)])
    for scene in project.scenes:
        for figure in re.findall(r"\d[\d.,%]*", scene.voiceover.text):
            assert figure in words_given, (scene.id, scene.voiceover.text)
        if scene.role == "social_proof":
            spoken = set(re.findall(r"\w+", scene.voiceover.text.lower()))
            assert spoken <= set(re.findall(r"\w+", scene.overlay.text.lower())), scene.voiceover.text


# --- the parser -----------------------------------------------------------------------------------------


def test_the_phrasings_of_the_issue_map_to_the_new_operations():
    quiet = planned()
    voiced = planned("a 15 s ad for our cold brew with a voice-over")
    assert ops_of("add a voice-over", quiet) == [{"operation": "update_voice", "enabled": True}]
    assert ops_of("make the voice-over in the hook say 'Wake up.'", voiced) == [
        {"operation": "update_voiceover", "sceneId": "scene_1", "text": "Wake up."}
    ]
    assert ops_of("no voice-over in the hook", voiced) == [
        {"operation": "update_voiceover", "sceneId": "scene_1", "enabled": False}
    ]
    assert ops_of("a slower, deeper voice", voiced) == [
        {"operation": "update_voice", "rate": 0.85, "pitch": 0.85}
    ]
    assert ops_of("turn the voice off", voiced) == [{"operation": "update_voice", "enabled": False}]
    assert ops_of("captions in the word-by-word style", voiced) == [
        {"operation": "update_captions", "enabled": True, "style": "word"}
    ]
    assert ops_of("no captions", voiced) == [{"operation": "update_captions", "enabled": False}]
    # what is not about the voice stays what it was
    assert ops_of("make the CTA say Shop Now", voiced) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop Now"}
    ]
    assert parse_message("make the voice-over say 'Hi'", voiced).question  # which scene?


def test_voice_requests_among_others_complaints_and_bringing_a_scene_back():
    voiced = planned("a 15 s ad for our cold brew with a voice-over")
    mixed = ops_of("make the hook brighter and no voice-over in the cta", voiced)
    assert [op["operation"] for op in mixed] == ["update_scene", "update_voiceover"]
    assert mixed[1] == {"operation": "update_voiceover", "sceneId": "scene_3", "enabled": False}
    assert ops_of("the voice-over is too fast", voiced) == [{"operation": "update_voice", "rate": 0.85}]
    assert ops_of("bring the voice-over back in the hook", voiced) == [
        {"operation": "update_voiceover", "sceneId": "scene_1", "enabled": True}
    ]
    assert ops_of("the voice sounds robotic", voiced) == []  # nothing it can act on: not a switch


def test_adding_a_voice_to_an_ad_without_lines_writes_them():
    project = AdProject.from_wire(OLD_DOCUMENT)
    wire = project.to_wire()
    wire["scenes"][0]["overlay"] = {"text": "Wake up to cold brew"}
    made = ops_of("add a voice-over", AdProject.from_wire(wire))
    assert [op["operation"] for op in made] == ["update_voiceover"] * 3
    assert "cold brew" in made[0]["text"].lower()


# --- voices and downloads -----------------------------------------------------------------------------


def test_a_voice_named_for_another_engine_is_mapped_to_the_nearest():
    assert voice_for("espeak", "onyx", "en-us") == "en-us+m3"
    assert voice_for("openai", "en-gb+f3", "alloy") == "nova"
    assert voice_for("openai", None, "alloy") == "alloy"
    project = AdProject.from_wire(
        {**OLD_DOCUMENT, "voice": {"enabled": True, "voice": "en-gb+m3", "rate": 0.9}}
    )
    spec = SpeechProvider().spec(project, project.scenes[0])
    assert (spec.engine, spec.voice, spec.rate) == ("espeak", "en-gb+m3", 0.9)


def test_subtitle_downloads_are_named_like_their_video():
    project = AdProject.from_wire(
        {
            **OLD_DOCUMENT,
            "brand": {"name": "Bean There"},
            "subtitleExports": {"9:16": {"srt": "media://a.srt", "vtt": "media://a.vtt"}},
        }
    )
    assert subtitle_downloads(project, "9:16") == [
        ("bean-there-v1-draft-9x16.srt", "media://a.srt"),
        ("bean-there-v1-draft-9x16.vtt", "media://a.vtt"),
    ]
    assert subtitle_downloads(project, "1:1") == []
