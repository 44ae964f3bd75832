"""Issue 19 "done when": a 3-scene ad with a voice-over rendered by the real pipeline (espeak-ng,
ffmpeg, the stage store), then measured from the exported video: speech in every scene above
the music, caption cues on the measured speech onsets, the music ducked under the voice, the
sidecar files parsed back and saying what is burned in, and a voice-over edit re-running only
that scene's speech, captions and scene pass and the assembly (stage run records)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import srt
import webvtt
from PIL import Image
from voice_measure import band, complement, level_db, onsets, speech_spans

from adgen.pipeline.context import render_context
from adgen.pipeline.ffmpeg import ffmpeg_exe, probe
from adgen.pipeline.keys import project_keys
from adgen.pipeline.orchestrator import render_project
from adgen.pipeline.stages import STAGE_BACKGROUND, STAGE_CAPTIONS, STAGE_SCENE_PASS, STAGE_SPEECH
from adgen.pipeline.types import encode_profile
from adgen.pipeline.voice_stages import safe_rect
from adgen.project import AdProject
from adgen.settings import Settings
from adgen.tools.apply import apply_operation
from adgen.voice.mix import music_bed

RATE = 48_000
LINES = {
    "scene_1": "Still tired at three? Wake up to cold brew.",
    "scene_2": "Smooth and bold. Brewed slowly for twenty hours, with one hundred percent arabica.",
    "scene_3": "Order today. Northwind Coffee.",
}
STARTS = {"scene_1": 0.0, "scene_2": 4.0, "scene_3": 11.0}


def three_scenes() -> AdProject:
    """A 15 s ad (hook 4 s, showcase 7 s, CTA 4 s) with a headline in each scene, no product."""
    scenes = [
        ("scene_1", "hook", 4, "splash of iced coffee, energetic, bright", "Wake up to cold brew", "top"),
        (
            "scene_2",
            "showcase",
            7,
            "cold brew bottle on a sunny counter",
            "Smooth. Bold. 100% arabica",
            "bottom",
        ),
        ("scene_3", "cta", 4, "bold closing frame, coffee beans", "Order today", "center"),
    ]
    return AdProject.model_validate(
        {
            "projectId": "p_voiced1",
            "brand": {"name": "Northwind Coffee", "colors": ["#1F3A5F", "#F2A541"]},
            "style": {"mood": "energetic", "palette": ["#1F3A5F", "#F2A541"]},
            "durationSec": 15,
            "scenes": [
                {
                    "id": sid,
                    "role": role,
                    "durationSec": length,
                    "backgroundPrompt": prompt,
                    "overlay": {"text": text, "position": where},
                    "product": {"visible": False},
                }
                for sid, role, length, prompt, text, where in scenes
            ],
        }
    )


def voiced(project: AdProject) -> AdProject:
    wire = project.to_wire()
    for scene in wire["scenes"]:
        scene["voiceover"] = {"text": LINES[scene["id"]]}
    wire["voice"] = {"enabled": True, "voice": "en-us+f3"}
    wire["captions"] = {"enabled": True, "style": "line"}
    return AdProject.from_wire(wire)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The voiced ad rendered at draft quality in every aspect, then scene_2's line edited and
    rendered again into the same store."""
    data = tmp_path_factory.mktemp("voice_render")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ADGEN_DATA_DIR", str(data))
        for key in ("OPENAI_API_KEY", "REPLICATE_API_TOKEN", "ADGEN_S3_BUCKET", "ADGEN_TTS_ENGINE"):
            mp.delenv(key, raising=False)
        settings = Settings()
        project = voiced(three_scenes())
        ctx = render_context(settings, "draft")
        first = render_project(project, ctx)
        edited = apply_operation(
            first.project,
            {"operation": "update_voiceover", "sceneId": "scene_2", "text": "Smooth, bold and slow."},
        ).project
        second = render_project(edited, ctx)
        yield {
            "ctx": ctx,
            "project": project,
            "first": first,
            "edited": edited,
            "second": second,
            "dir": data,
        }


def audio_of(video: Path) -> np.ndarray:
    raw = subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-i",
            str(video),
            "-f",
            "f32le",
            "-ac",
            "1",
            "-ar",
            str(RATE),
            "pipe:1",
        ],
        check=True,
        capture_output=True,
    ).stdout
    return np.frombuffer(raw, np.float32)


def placed_voice(ctx, project: AdProject) -> np.ndarray:
    """The stored speech of each scene placed at its scene's start plus the lead-in (0.25 s):
    where words are, measured from the speech audio itself."""
    from adgen.voice.pcm import read_wav, resample, to_mono

    track = np.zeros(int(project.duration_sec * RATE), np.float32)
    keys = project_keys(project, "draft", ctx.providers)
    start = 0.0
    for scene in project.scenes:
        url = ctx.find(STAGE_SPEECH, keys.speech[scene.id], "wav")
        samples, rate = read_wav(ctx.media.local_path(url))
        speech = resample(to_mono(samples), rate, RATE)
        at = int((start + 0.25) * RATE)
        track[at : at + len(speech)] += speech[: len(track) - at]
        start += scene.duration_sec
    return track


def spans_of(voice: np.ndarray) -> list[tuple[float, float]]:
    return speech_spans(voice, RATE)


def test_the_render_is_complete_with_an_audio_track_of_the_ad_length(rendered):
    first = rendered["first"]
    assert first.project.render_status.state == "completed", first.project.render_status.error
    for aspect, url in first.report.exports.items():
        info = probe(rendered["ctx"].media.local_path(url))
        assert info.has_audio and abs(info.duration_sec - 15.0) < 0.1, (aspect, info)
    assert set(first.project.subtitle_exports) == {"9:16", "1:1", "16:9"}


def test_speech_is_present_in_every_scene_above_the_music(rendered):
    ctx, project = rendered["ctx"], rendered["first"].project
    mix = audio_of(ctx.media.local_path(rendered["first"].report.exports["9:16"]))
    voice = placed_voice(ctx, project)
    spans = spans_of(voice)
    voiced_band = band(mix, RATE, 300, 3400)
    bed_level = level_db(voiced_band, RATE, complement(spans, 0.3, 14.0, 0.4))
    for scene_id, start in STARTS.items():
        length = project.scene(scene_id).duration_sec
        inside = [(a, b) for a, b in spans if start <= a < start + length]
        assert inside, f"no speech measured in {scene_id}"
        assert level_db(voiced_band, RATE, inside) >= bed_level + 6.0, scene_id


def test_caption_cues_start_on_the_measured_speech_onsets(rendered):
    ctx, project = rendered["ctx"], rendered["first"].project
    measured = onsets(placed_voice(ctx, project), RATE)
    files = project.subtitle_exports["9:16"]
    cues = list(srt.parse(ctx.media.local_path(files["srt"]).read_text(encoding="utf-8")))
    assert len(cues) >= 3
    for cue in cues:
        start = cue.start.total_seconds()
        assert min(abs(t - start) for t in measured) <= 0.15, (cue, measured)
    for onset in measured:
        assert min(abs(c.start.total_seconds() - onset) for c in cues) <= 0.15, onset


def test_the_music_is_ducked_at_least_6_db_under_the_voice(rendered):
    """Below 110 Hz the export carries music and next to no voice: how much more that band drops
    while the voice speaks than the music itself does is the ducking depth."""
    ctx, project = rendered["ctx"], rendered["first"].project
    mix = audio_of(ctx.media.local_path(rendered["first"].report.exports["9:16"]))
    music = ctx.media.local_path(project.audio.track_url)
    bed = music_bed(music, 15.0, project.audio.volume)
    voice = placed_voice(ctx, project)
    spans = spans_of(voice)
    outside = complement(spans, 0.3, 14.0, 0.4)
    low_mix, low_bed, low_voice = (band(x, RATE, None, 110) for x in (mix, bed, voice))
    assert level_db(low_voice, RATE, spans) < level_db(low_mix, RATE, spans) - 10
    depth = (level_db(low_mix, RATE, outside) - level_db(low_mix, RATE, spans)) - (
        level_db(low_bed, RATE, outside) - level_db(low_bed, RATE, spans)
    )
    print(f"ducking depth in the export {depth:.1f} dB")
    assert depth >= 6.0


def frame(video: Path, t: float, size: tuple[int, int]) -> np.ndarray:
    width, height = size
    raw = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-ss", f"{t:.3f}", "-i", str(video), "-frames:v", "1"]
        + ["-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
        check=True,
        capture_output=True,
    ).stdout
    return np.frombuffer(raw, np.uint8)[: width * height * 3].reshape(height, width, 3)


def test_sidecars_parse_back_and_match_the_burned_in_captions(rendered, artifacts_dir):
    """The .srt and .vtt say the same cues; every spoken word is in them in order; and each cue
    is burned in: at its middle the export's frame differs from the same scene rendered without
    captions inside a band within the safe area, and between cues it does not."""
    ctx, first = rendered["ctx"], rendered["first"]
    files = first.project.subtitle_exports["9:16"]
    parsed = list(srt.parse(ctx.media.local_path(files["srt"]).read_text(encoding="utf-8")))
    vtt = webvtt.read(str(ctx.media.local_path(files["vtt"])))
    assert len(parsed) == len(vtt.captions)
    for sub, cap in zip(parsed, vtt.captions, strict=True):
        assert sub.content == cap.text
    spoken = " ".join(LINES.values()).split()
    assert " ".join(s.content.replace("\n", " ") for s in parsed).split() == spoken

    silent = first.project.model_copy(
        update={"captions": first.project.captions.model_copy(update={"enabled": False})}
    )
    plain = render_project(AdProject.model_validate(silent.model_dump()), ctx, ["9:16"])
    profile = encode_profile("9:16", "draft")
    size = (profile.width, profile.height)
    safe = safe_rect(ctx.settings, "9:16", *size)
    with_captions = ctx.media.local_path(first.report.exports["9:16"])
    without = ctx.media.local_path(plain.report.exports["9:16"])
    for number, sub in enumerate(parsed):
        middle = (sub.start.total_seconds() + sub.end.total_seconds()) / 2
        a, b = frame(with_captions, middle, size), frame(without, middle, size)
        changed = np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 40
        rows, cols = np.nonzero(changed)
        assert rows.size > 200, f"cue {sub.content!r} is not burned in at {middle:.2f}s"
        assert (
            safe.top <= rows.min()
            and rows.max() < safe.bottom
            and safe.left <= cols.min()
            and cols.max() < safe.right
        )
        if number == 1:
            Image.fromarray(a).save(artifacts_dir / "voiced_frame.png")
    gaps = [
        (x.end.total_seconds(), y.start.total_seconds()) for x, y in zip(parsed, parsed[1:], strict=False)
    ]
    gap = max(gaps, key=lambda g: g[1] - g[0])
    if gap[1] - gap[0] > 0.2:
        t = (gap[0] + gap[1]) / 2
        diff = np.abs(frame(with_captions, t, size).astype(int) - frame(without, t, size).astype(int))
        assert (diff.max(axis=2) > 40).sum() < 50, f"a caption shows between cues at {t:.2f}s"


def test_captions_never_overlap_the_headline(rendered):
    """The caption band of every scene and aspect is clear of that scene's headline box."""
    from adgen.pipeline.voice_stages import headline_box

    ctx, project = rendered["ctx"], rendered["first"].project
    keys = project_keys(project, "draft", ctx.providers)
    import json

    checked = 0
    for scene_id, aspects in keys.scenes.items():
        for aspect, k in aspects.items():
            cap = json.loads(ctx.media.read_bytes(ctx.find(STAGE_CAPTIONS, k.captions, "json")))
            text = json.loads(ctx.media.read_bytes(ctx.find("overlay", k.overlay, "json")))
            from adgen.pipeline.types import Layer

            head = headline_box(Layer(ctx.media.local_path(text["url"]), text["x"], text["y"]))
            with Image.open(ctx.media.local_path(text["url"])):
                pass
            profile = encode_profile(aspect, "draft")
            safe = safe_rect(ctx.settings, aspect, profile.width, profile.height)
            top = int(cap["y"])
            cap_probe = probe(ctx.media.local_path(cap["url"]))
            bottom = top + cap_probe.height
            assert safe.top <= top and bottom <= safe.bottom, (scene_id, aspect)
            assert head is None or bottom <= head.top or top >= head.bottom, (
                scene_id,
                aspect,
                head,
                top,
                bottom,
            )
            checked += 1
    assert checked == 9


def test_a_voiceover_edit_re_renders_only_that_scene_s_speech_captions_pass_and_the_assembly(rendered):
    second = rendered["second"].report
    ran = {(r.stage, r.scene_id) for r in second.ran()}
    assert {s for s, _ in ran} <= {STAGE_SPEECH, STAGE_CAPTIONS, STAGE_SCENE_PASS, "assembly"}, ran
    assert {(s, sc) for s, sc in ran if s != "assembly"} == {
        (STAGE_SPEECH, "scene_2"),
        (STAGE_CAPTIONS, "scene_2"),
        (STAGE_SCENE_PASS, "scene_2"),
    }
    assert len(second.ran(STAGE_CAPTIONS)) == len(second.ran(STAGE_SCENE_PASS)) == 3  # one per aspect
    assert not second.ran(STAGE_BACKGROUND)
    assert {r.scene_id for r in second.reused(STAGE_SPEECH)} == {"scene_1", "scene_3"}
    assert rendered["second"].project.render_status.state == "completed"
    # and the subtitles say the new line
    ctx = rendered["ctx"]
    text = ctx.media.local_path(rendered["second"].project.subtitle_exports["9:16"]["srt"]).read_text()
    assert "Smooth, bold and slow." in " ".join(text.split("\n"))
    assert "arabica" not in text


def test_a_document_without_a_voice_renders_with_the_keys_it_had(sample_project):
    """Issue 19 is additive: with the voice off (every document from before), no key changes."""
    from adgen.pipeline.providers import local_providers

    providers = local_providers()
    plain = project_keys(sample_project, "draft", providers).flat()
    lines_only = voiced(sample_project).model_copy(update={"voice": sample_project.voice})
    assert project_keys(AdProject.model_validate(lines_only.model_dump()), "draft", providers).flat() == plain
    assert not any(
        name.startswith(("speech", "voice_mix", "subtitles")) or "captions" in name for name in plain
    )


# --- a line longer than its scene; a voice that cannot speak ---------------------------------------

LONG = "Smooth and bold, brewed slowly for twenty hours with one hundred percent arabica beans from Colombia."


def long_line_project() -> AdProject:
    """The voiced ad with scene_2 cut to 3 s under a line that takes about 6 s to say; built as a
    document (not through update_voiceover, which would lengthen the scene by its estimate)."""
    wire = voiced(three_scenes()).to_wire()
    wire["scenes"][1]["durationSec"] = 3
    wire["scenes"][1]["voiceover"]["text"] = LONG
    wire["durationSec"] = 11
    return AdProject.from_wire(wire)


def test_a_render_stretches_a_scene_its_speech_does_not_fit_and_says_so(settings):
    ctx = render_context(settings, "draft")
    done = render_project(long_line_project(), ctx, ["9:16"])
    scene = done.project.scene("scene_2")
    assert scene.duration_sec > 5.0, scene.duration_sec
    assert done.project.duration_sec == pytest.approx(4 + scene.duration_sec + 4)
    warned = [w for w in done.report.warnings if w.code == "voice_stretched"]
    assert [w.scene_id for w in warned] == ["scene_2"] and "stretched" in warned[0].message
    assert done.project.render_status.state == "completed_with_warnings"
    assert "stretched" in (done.project.render_status.error or "")
    info = probe(ctx.media.local_path(done.report.exports["9:16"]))
    assert abs(info.duration_sec - done.project.duration_sec) < 0.1
    cues = list(srt.parse(ctx.media.local_path(done.project.subtitle_exports["9:16"]["srt"]).read_text()))
    words = " ".join(c.content.replace("\n", " ") for c in cues)
    assert "Colombia." in words and all(c.end.total_seconds() <= 4 + scene.duration_sec + 4 for c in cues)


def test_the_queue_s_preparation_says_when_a_line_overruns_its_scene(settings):
    """A render split into jobs cannot stretch a scene its jobs already have: the prepare job's
    warnings say which scene and what to do."""
    from adgen.pipeline.prepare import prepare

    prepared = prepare(long_line_project(), render_context(settings, "draft"))
    overrun = [w for w in prepared.warnings if w.code == "voice_overrun"]
    assert [w.scene_id for w in overrun] == ["scene_2"] and "scene_2" in overrun[0].action
    assert {r.scene_id for r in prepared.stages if r.stage == STAGE_SPEECH} == {
        "scene_1",
        "scene_2",
        "scene_3",
    }


def test_a_voice_that_cannot_speak_leaves_the_scenes_uncaptioned_with_a_warning_not_a_stand_in(settings):
    """The cloud voice without its key: every scene is rendered (no stand-in clip), the music
    plays alone, each scene says why it has no voice; nothing half-made is stored under the
    voiced keys, so a later render with a working voice makes them."""
    wire = voiced(three_scenes()).to_wire()
    wire["voice"]["engine"] = "openai"
    project = AdProject.from_wire(wire)
    ctx = render_context(settings, "draft")
    done = render_project(project, ctx, ["9:16"])
    assert done.project.render_status.state == "completed_with_warnings"
    codes = {w.code for w in done.report.warnings}
    assert "voice_failed" in codes and "scene_fallback" not in codes, codes
    assert "OPENAI_API_KEY" in done.project.render_status.error
    assert not done.report.ran(STAGE_CAPTIONS) and not done.report.ran(STAGE_SPEECH)
    assert done.project.subtitle_exports == {}
    full = project_keys(project, "draft", ctx.providers)
    for scene_id, aspects in full.scenes.items():
        assert ctx.find(STAGE_SCENE_PASS, aspects["9:16"].scene_pass, "mp4") is None, scene_id
    assert ctx.find("assembly", full.assembly["9:16"], "mp4") is None
    mix = audio_of(ctx.media.local_path(done.report.exports["9:16"]))
    assert 20 * np.log10(np.sqrt(np.mean(mix**2)) + 1e-9) > -40  # the music is there


def test_adgen_render_writes_the_subtitle_files_beside_each_export(settings, tmp_path):
    import json

    from adgen.pipeline.document import render_document

    wire = voiced(three_scenes()).to_wire()
    wire["aspectRatios"] = ["9:16", "1:1"]
    path = tmp_path / "voiced.json"
    path.write_text(json.dumps(wire))
    rendered = render_document(path, tmp_path / "out", "draft", settings)
    for tag in ("9x16", "1x1"):
        srt_file, vtt_file = tmp_path / "out" / f"ad_{tag}.srt", tmp_path / "out" / f"ad_{tag}.vtt"
        cues = list(srt.parse(srt_file.read_text(encoding="utf-8")))
        assert (
            " ".join(c.content.replace("\n", " ") for c in cues).split() == " ".join(LINES.values()).split()
        )
        assert len(webvtt.read(str(vtt_file)).captions) == len(cues)
    written = json.loads((tmp_path / "out" / "project.json").read_text())
    assert written["subtitleExports"]["9:16"]["srt"] == str((tmp_path / "out" / "ad_9x16.srt").resolve())
    assert rendered.subtitle_exports["1:1"]["vtt"].endswith("ad_1x1.vtt")
