"""Transitions on the beat: the mood picks the kind, the music's beats place it, the document's
durations stay the contract, and a text edit re-encodes no window unless its text is on one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from adgen.pipeline.ffmpeg import probe, read_frames
from adgen.pipeline.orchestrator import render_context, render_project
from adgen.pipeline.services.audio.local import LocalAudioEngine, arrangement_for, beat_grid
from adgen.pipeline.transitions import (
    SNAP_WINDOW,
    Transition,
    handle_frames,
    keyframe_times,
    plan_transition,
    snap_to_beat,
    transitions_for,
)
from adgen.pipeline.types import MusicRequest, encode_profile
from adgen.project import ALL_ASPECTS, AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

# --- the plan, as numbers -------------------------------------------------------------------------


def test_the_mood_picks_the_transitions() -> None:
    assert {t.kind for t in transitions_for("calm", 3)} == {"fade"}
    assert [t.kind for t in transitions_for("dramatic", 2)] == ["cut", "cut"]
    assert [t.kind for t in transitions_for("energetic", 3)] == ["slideleft", "slideup", "slideleft"]
    assert transitions_for("luxurious", 1)[0].kind == "fadeblack"
    assert transitions_for("something new", 1)[0].kind == "fade"


def test_a_transition_snaps_to_the_nearest_beat_within_the_window() -> None:
    beats = [i * 0.5 for i in range(40)]  # 120 bpm
    assert snap_to_beat(4.12, beats, 30) == pytest.approx(4.0)
    assert snap_to_beat(4.3, beats, 30) == pytest.approx(4.5)
    slow = [i * 0.8 for i in range(30)]  # 75 bpm: no beat within 0.25 s of 4.4, a half beat is
    assert snap_to_beat(4.4, slow, 30) == pytest.approx(4.4, abs=1 / 30)
    assert snap_to_beat(4.1, [], 30) == pytest.approx(4.1, abs=1 / 60)
    for boundary in np.arange(1.0, 10.0, 0.37):
        assert abs(snap_to_beat(boundary, beats, 24) - boundary) <= SNAP_WINDOW + 1 / 24


def test_the_plan_stays_inside_its_window() -> None:
    for beat_offset in (-0.25, -0.1, 0.0, 0.12, 0.25):
        for transition in (Transition("fade", 0.48), Transition("cut", 0.0), Transition("slideleft", 0.24)):
            plan = plan_transition(transition, 4.0, 4.0 + beat_offset, 12, 12, 24)
            assert 0 <= plan.start and plan.start + plan.frames <= 24, (transition, beat_offset, plan)
            middle = plan.start + plan.frames / 2
            assert abs(middle - (12 + beat_offset * 24)) <= 1.0


def test_key_frames_sit_at_the_handles() -> None:
    assert keyframe_times(4.0, 24) == [0.5, 3.5]
    assert handle_frames(1.0, 30) == 7  # a short scene gives a quarter of itself
    assert keyframe_times(1.0, 30) == pytest.approx([7 / 30, 23 / 30])


# --- the beats ------------------------------------------------------------------------------------


def test_the_synthesiser_plays_on_its_grid(tmp_path: Path) -> None:
    """The grid the assembly uses is where the kick drum hits in the track."""
    request = MusicRequest("energetic", 6.0, 1)
    wav = LocalAudioEngine().generate(request, tmp_path / "m.wav")
    import wave

    with wave.open(str(wav)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2).astype(np.float32)
    energy = np.abs(pcm).sum(axis=1)
    hop = 441  # 10 ms
    env = np.add.reduceat(energy, np.arange(0, len(energy), hop))
    grid = LocalAudioEngine().beats(request)
    assert grid == beat_grid("energetic", 6.0)
    assert grid[1] == pytest.approx(60 / arrangement_for("energetic").bpm)
    rise = np.diff(env, prepend=env[0])
    for beat in grid[4:-2]:  # after the fade-in, before the fade-out
        k = int(round(beat * 100))
        assert rise[k - 1 : k + 3].max() > 4 * np.median(np.abs(rise)), beat


@pytest.mark.slow
def test_beats_are_detected_in_a_track_without_a_grid(tmp_path: Path) -> None:
    """Cloud music comes with no grid: librosa's tracker finds the synthesiser's beats again."""
    from adgen.pipeline.beats import detect_beats

    for mood in ("energetic", "calm"):
        request = MusicRequest(mood, 12.0, 2)
        wav = LocalAudioEngine().generate(request, tmp_path / f"{mood}.wav")
        grid = np.array(beat_grid(mood, 12.0))
        found = detect_beats(wav)
        assert len(found) >= len(grid) // 2 - 1, (mood, found)
        errors = [float(np.abs(grid - t).min()) for t in found]
        assert np.median(errors) < 0.06, (mood, errors)


# --- rendered ads ---------------------------------------------------------------------------------


def _ad(media, mood: str, colours: list[str], durations: list[float]) -> AdProject:
    """An ad whose scenes are one colour each (a colour word in each prompt), no product."""
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief

    project = LocalPlanner().plan(
        Brief(text=f"an ad for our tea, {mood}", brand_name="Tealeaf", duration_sec=sum(durations)), owner="t"
    )
    wire = project.to_wire()
    template = wire["scenes"][1]
    wire["scenes"] = [
        {
            **template,
            "id": f"scene_{i + 1}",
            "role": "showcase",
            "durationSec": d,
            "backgroundPrompt": f"{colour} backdrop, plain",
            "product": {"visible": False, "scale": 0.5, "position": "center"},
            "overlay": {**template["overlay"], "text": f"Scene {i + 1}"},
        }
        for i, (colour, d) in enumerate(zip(colours, durations, strict=True))
    ]
    wire["sceneCounter"] = len(durations)
    wire["durationSec"] = sum(durations)
    return AdProject.from_wire(wire)


def _blend_weights(frames: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How far each frame is from ``a`` towards ``b`` (0 = a, 1 = b), over the whole picture."""
    axis = (b - a).ravel()
    return np.array([float((f - a).ravel() @ axis / (axis @ axis)) for f in frames])


@pytest.mark.slow
@pytest.mark.parametrize(("mood", "kind"), [("calm", "blend"), ("dramatic", "cut")])
def test_boundaries_blend_or_cut_on_a_beat(settings, mood: str, kind: str) -> None:
    ctx = render_context(settings, "draft")
    durations = [3.0, 3.4, 3.1]
    project = _ad(ctx.media, mood, ["red", "blue", "green"], durations)
    done = render_project(project, ctx).project
    assert done.render_status.state == "completed", done.render_status
    beats = beat_grid(project.audio.mood, project.duration_sec)
    # Beats, and the half beats between them where no beat is within the snapping window.
    grid = sorted(beats + [(x + y) / 2 for x, y in zip(beats, beats[1:], strict=False)])
    for aspect in ALL_ASPECTS:
        fps = encode_profile(aspect, "draft").fps
        export = ctx.media.local_path(done.aspect_exports[aspect])
        frames = read_frames(export).astype(np.float32)
        at = 0
        for i in range(len(durations) - 1):
            at += round(durations[i] * fps)
            h = handle_frames(durations[i], fps)
            window = frames[at - h - 4 : at + h + 4]
            a, b = frames[at - h - 6], frames[at + h + 6]  # well inside each scene
            w = _blend_weights(window, a, b)
            crossing = int(np.argmax(w > 0.5))
            assert w[0] < 0.15 and w[-1] > 0.85, (aspect, i, w.round(2))
            middle = (at - h - 4 + crossing) / fps
            if kind == "blend":
                assert ((w > 0.2) & (w < 0.8)).sum() >= 3, (aspect, i, w.round(2))  # frames in between
                middle -= 0.5 / fps  # the crossing frame is the first past half way
            else:
                assert ((w > 0.25) & (w < 0.75)).sum() == 0, (aspect, i, w.round(2))  # no blend at all
            nearest = min(grid, key=lambda t: abs(t - middle))
            assert abs(nearest - middle) <= 1.0 / fps + 1e-6, (aspect, i, middle, nearest)
            assert abs(middle - at / fps) <= SNAP_WINDOW + 1.0 / fps, (aspect, i)
        info = probe(export)
        assert abs(info.duration_sec - project.duration_sec) <= 1.0 / fps, (aspect, info.duration_sec)
        assert len(frames) == sum(round(d * fps) for d in durations), aspect
        audio = _audio_seconds(export)
        assert abs(audio - project.duration_sec) <= 1.0 / fps, (aspect, audio)


def _audio_seconds(path: Path) -> float:
    import json
    import subprocess

    from adgen.pipeline.ffmpeg import ffprobe_exe

    out = subprocess.run(
        [
            ffprobe_exe(),
            "-v",
            "error",
            "-select_streams",
            "a:0",
            "-show_entries",
            "stream=duration",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        check=True,
    ).stdout
    return float(json.loads(out)["streams"][0]["duration"])


@pytest.mark.slow
def test_a_text_edit_re_encodes_no_window_unless_its_text_is_on_one(settings) -> None:
    ctx = render_context(settings, "draft")
    project = _ad(ctx.media, "calm", ["red", "blue", "green", "purple"], [2.5, 2.5, 2.5, 2.5])
    first = render_project(project, ctx).project
    root = Path(ctx.media.local_path(first.aspect_exports["9:16"])).parent

    def clips() -> set[str]:
        return {p.name for p in root.glob("*.mp4") if p.name.count(".") == 1}

    before = clips()
    edited = apply_operation(first, ops.UpdateOverlay(scene_id="scene_2", text="New words")).project
    outcome = render_project(edited, ctx)
    assert outcome.project.render_status.state == "completed"
    # Per aspect only the export: the text keeps off the windows scene_1|scene_2 and
    # scene_2|scene_3 (adgen.pipeline.text_span), which are reused, and every body is copied.
    assert len(clips() - before) == 3, sorted(clips() - before)
    ran = {(r.stage, r.scene_id) for r in outcome.report.ran()}
    assert ("background", "scene_2") not in ran and {s for st, s in ran if st == "scene_pass"} == {"scene_2"}
    # A text that needs the whole scene to be read (7 words, 2.8 s) stays on its windows: those
    # two are encoded again with it, the window scene_3|scene_4 is still copied as it was.
    before = clips()
    longer = apply_operation(
        outcome.project, ops.UpdateOverlay(scene_id="scene_2", text="seven words that need the whole scene")
    ).project
    assert render_project(longer, ctx).project.render_status.state == "completed"
    assert len(clips() - before) == 3 * (1 + 2), sorted(clips() - before)


@pytest.mark.slow
def test_music_without_a_grid_is_analysed_once_and_its_beats_kept(settings, tmp_path: Path) -> None:
    """A track the offline synthesiser did not make (a music service's) gets its beats from the
    tracker; they are stored beside the exports, so the next assembly reads them back."""
    from adgen.pipeline.assembly import beat_times
    from adgen.pipeline.report import PreparedAssets

    ctx = render_context(settings, "draft")
    project = _ad(ctx.media, "energetic", ["red", "blue"], [3.0, 3.0])
    wav = LocalAudioEngine().generate(MusicRequest("energetic", 6.0, 4), tmp_path / "cloud.wav")
    prepared = PreparedAssets(
        audio_url=ctx.media.put_bytes(wav.read_bytes(), suffix=".wav"), audio_key="cloud-1"
    )
    beats = beat_times(project, ctx, prepared)
    grid = np.array(beat_grid("energetic", 6.0))
    assert len(beats) >= 6 and np.median([np.abs(grid - b).min() for b in beats]) < 0.06
    ctx.media.local_path(prepared.audio_url).unlink()  # a second call must not need the track
    assert beat_times(project, ctx, prepared) == beats
    assert beat_times(project, ctx, PreparedAssets()) == []  # a silent ad: transitions stay put
