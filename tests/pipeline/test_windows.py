"""The transition windows and the soundtrack's loudness, made once (issue 17's speed bar): handles
only as long as the mood's transitions reach, a window shared by two exports encoded once, one
loudness measurement per mix, and a text edit that measures nothing again."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import numpy as np
import pytest

import adgen.pipeline.ffmpeg as ffmpeg_module
import adgen.pipeline.windows as windows_module
from adgen.pipeline.ffmpeg import (
    AUDIO_RATE,
    ffmpeg_exe,
    normalised_soundtrack,
    probe,
    read_frames,
    scene_pass,
    split_scene_pass,
)
from adgen.pipeline.orchestrator import render_context
from adgen.pipeline.transitions import (
    SNAP_WINDOW,
    handle_frames,
    keyframe_times,
    plan_transition,
    transitions_for,
)
from adgen.pipeline.types import encode_profile
from adgen.pipeline.windows import Window, make_windows
from adgen.preflight.loudness import MAX_TRUE_PEAK_DBTP, TARGET_LUFS, TOLERANCE_LU, measure_loudness

# --- handles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mood", ["energetic", "calm", "dramatic", "luxurious", "playful", "professional"])
@pytest.mark.parametrize("fps", [24, 30])
def test_the_moods_handles_hold_every_transition_where_half_a_second_did(mood: str, fps: int) -> None:
    """With the mood's (shorter) handles, a transition centred anywhere within the snapping
    window of the boundary lands on the same frames as with the half-second handles: on its beat
    (a 0.5 s fade that reaches past even those is held at their edge as before)."""
    handle, full = handle_frames(6.0, fps, mood), handle_frames(6.0, fps)
    assert handle <= full
    for transition in transitions_for(mood, 2):
        reach = round(SNAP_WINDOW * fps)
        for offset in range(-reach, reach + 1):
            beat = 3.0 + offset / fps
            short = plan_transition(transition, 3.0, beat, handle, handle, fps)
            long = plan_transition(transition, 3.0, beat, full, full, fps)
            assert short.start - handle == long.start - full, (mood, fps, transition, offset)
            assert short.frames == long.frames
            if handle < full:  # a shortened handle still reaches every beat in the window
                assert short.start + short.frames // 2 == handle + offset, (mood, fps, transition, offset)


def test_an_energetic_ad_encodes_fewer_handle_frames() -> None:
    assert handle_frames(4.0, 30, "energetic") == 12  # 0.25 s of snap + half a 0.24 s slide
    assert handle_frames(4.0, 30, "calm") == 15  # a 0.48 s fade needs the whole half second
    assert handle_frames(4.0, 30, "dramatic") == 9  # a cut: the snap and one frame
    assert keyframe_times(4.0, 30, "energetic") == pytest.approx([12 / 30, 108 / 30])
    assert handle_frames(1.0, 30, "calm") == 7  # a short scene still gives at most a quarter


# --- windows ---------------------------------------------------------------------------------------


def _scene(path: Path, colour: str, seconds: float, fps: int, handle: int, size: str = "360x640") -> Path:
    """A one-colour scene pass with key frames at its handles, as the scene chain encodes it."""
    w, h = size.split("x")
    src = path.with_suffix(".src.mp4")
    subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"color=c={colour}:s={size}:r={fps}:d={seconds}",
        ]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(src)],
        check=True,
    )
    profile = encode_profile("9:16", "draft")
    assert (profile.width, profile.height, profile.fps) == (int(w), int(h), fps)
    frames = round(seconds * fps)
    return scene_pass(src, [], profile, seconds, path, keyframes=[handle / fps, (frames - handle) / fps])


def test_a_window_two_exports_share_is_encoded_once(settings, tmp_path: Path, monkeypatch) -> None:
    """Two exports of one size joining the same scene passes (two presets' encode) list the same
    window: it is encoded once, and a later render finds it stored."""
    ctx = render_context(settings, "draft")
    profile = encode_profile("9:16", "draft")
    fps, handle = profile.fps, handle_frames(2.0, 24, "energetic")
    parts = []
    for colour in ("red", "blue"):
        clip = _scene(tmp_path / f"{colour}.mp4", colour, 2.0, fps, handle)
        parts.append(split_scene_pass(clip, handle, handle, tmp_path / colour, frames=2 * fps, fps=fps))
    plan = plan_transition(transitions_for("energetic", 1)[0], 2.0, 2.0, handle, handle, fps)
    window = Window("shared-window-key", parts[0][2], parts[1][0], plan, profile)

    calls: list[str] = []
    real = windows_module.transition_clip

    def counted(*args, **kwargs):
        calls.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(windows_module, "transition_clip", counted)
    made = make_windows(ctx, [window, Window(window.key, window.tail, window.head, plan, profile)])
    assert calls == ["slideleft"]
    clip = made[window.key]
    assert isinstance(clip, Path)
    info = probe(clip)
    assert info.frame_count == 2 * handle and (info.width, info.height) == (360, 640)
    frames = read_frames(clip).astype(np.float32)
    red, blue = frames[0].mean(axis=(0, 1)), frames[-1].mean(axis=(0, 1))
    assert red[0] > 200 > red[2] and blue[2] > 200 > blue[0]  # from the red scene to the blue
    # The slide moves across: part of the frame already blue while part is still red.
    middle = frames[plan.start + plan.frames // 2]
    assert middle[..., 0].max() > 200 and middle[..., 2].max() > 200

    again = make_windows(ctx, [window])
    assert calls == ["slideleft"] and again[window.key] == clip


def test_a_window_that_fails_is_reported_not_raised(settings, tmp_path: Path) -> None:
    ctx = render_context(settings, "draft")
    profile = encode_profile("9:16", "draft")
    plan = plan_transition(transitions_for("calm", 1)[0], 2.0, 2.0, 12, 12, profile.fps)
    missing = Window("a-missing-window", tmp_path / "no-tail.mp4", tmp_path / "no-head.mp4", plan, profile)
    made = make_windows(ctx, [missing])
    assert isinstance(made[missing.key], Exception)


# --- the soundtrack's loudness ---------------------------------------------------------------------


def _tone(path: Path, seconds: float, volume_db: float, clicks: bool = False) -> Path:
    """A loud steady tone (or, with ``clicks``, a quiet one with sharp peaks)."""
    source = f"sine=frequency=220:sample_rate={AUDIO_RATE}:duration={seconds}"
    af = f"volume={volume_db}dB"
    if clicks:
        source = f"aevalsrc='0.02*sin(2*PI*220*t)+0.95*lt(mod(t\\,0.5)\\,0.002)':s={AUDIO_RATE}:d={seconds}"
        af = "anull"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", source, "-af", af, "-ac", "2", str(path)],
        check=True,
    )
    return path


def test_one_linear_gain_brings_a_loud_track_to_the_target(tmp_path: Path, monkeypatch) -> None:
    track = _tone(tmp_path / "loud.wav", 6.0, 14.0)  # peaks at -4 dBFS
    used: list[str] = []
    monkeypatch.setattr(
        ffmpeg_module,
        "normalise_loudness",
        lambda *a, **k: used.append("loudnorm") or pytest.fail("two passes"),
    )
    levels = normalised_soundtrack(track, 1.0, 6.0, "128k", tmp_path / "sound.m4a")
    assert not used
    assert levels.before is not None and levels.before.integrated_lufs > TARGET_LUFS + 3
    measured = measure_loudness(tmp_path / "sound.m4a")
    assert abs(measured.integrated_lufs - TARGET_LUFS) <= TOLERANCE_LU
    assert measured.true_peak_dbtp <= MAX_TRUE_PEAK_DBTP
    assert levels.after is not None and levels.after.normalization == "linear"
    info = probe(tmp_path / "sound.m4a")
    assert info.audio_codec == "aac" and info.audio_sample_rate == AUDIO_RATE and info.audio_channels == 2
    assert abs(info.duration_sec - 6.0) < 0.05


def test_a_track_whose_peaks_a_gain_would_clip_goes_through_loudnorm(tmp_path: Path, monkeypatch) -> None:
    track = _tone(tmp_path / "peaky.wav", 6.0, 0.0, clicks=True)
    used: list[str] = []
    real = ffmpeg_module.normalise_loudness

    def counted(*args, **kwargs):
        used.append("loudnorm")
        return real(*args, **kwargs)

    monkeypatch.setattr(ffmpeg_module, "normalise_loudness", counted)
    levels = normalised_soundtrack(track, 1.0, 6.0, "128k", tmp_path / "sound.m4a")
    assert used  # a linear gain up to -14 LUFS would put these clicks over the ceiling
    assert levels.after is not None and levels.after.true_peak_dbtp <= MAX_TRUE_PEAK_DBTP
    assert math.isfinite(levels.after.integrated_lufs)


def test_a_measured_mix_is_not_measured_again(tmp_path: Path, monkeypatch) -> None:
    track = _tone(tmp_path / "loud.wav", 4.0, 12.0)
    first = normalised_soundtrack(track, 0.8, 4.0, "96k", tmp_path / "draft.m4a")
    assert first.before is not None
    measured: list[Path] = []
    real = ffmpeg_module.measure_loudness

    def counted(path):
        measured.append(Path(path))
        return real(path)

    monkeypatch.setattr(ffmpeg_module, "measure_loudness", counted)
    second = normalised_soundtrack(track, 0.8, 4.0, "160k", tmp_path / "final.m4a", measured=first.before)
    assert [p.name for p in measured] == ["final.m4a"]  # only the result, to check its peak
    assert second.after is not None and abs(second.after.integrated_lufs - TARGET_LUFS) <= TOLERANCE_LU


def _counting(monkeypatch, module, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(Path(args[0]).name if args else "")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_mix_is_measured_once_whatever_it_is_encoded_at(settings, tmp_path: Path, monkeypatch) -> None:
    """The soundtrack at another bitrate (a draft, then the final) reuses the mix's measurement,
    kept by the mix's key: only the new encode is measured, to check its peak."""
    from test_transitions import _ad

    from adgen.pipeline.assembly import _soundtrack
    from adgen.pipeline.report import PreparedAssets
    from adgen.pipeline.services.audio.local import LocalAudioEngine
    from adgen.pipeline.types import MusicRequest

    ctx = render_context(settings, "draft")
    project = _ad(ctx.media, "energetic", ["red", "blue"], [3.0, 3.0])
    wav = LocalAudioEngine().generate(MusicRequest("energetic", 6.0, 1), tmp_path / "music.wav")
    prepared = PreparedAssets(
        audio_url=ctx.media.put_bytes(wav.read_bytes(), suffix=".wav"), audio_key="music-1"
    )
    measured = _counting(monkeypatch, ffmpeg_module, "measure_loudness")
    draft = _soundtrack(project, ctx, prepared, "96k")
    assert len(measured) == 2  # the mix, then the result
    final = _soundtrack(project, ctx, prepared, "160k")
    assert len(measured) == 3 and final != draft  # the result only
    assert _soundtrack(project, ctx, prepared, "160k") == final and len(measured) == 3  # stored
    for path in (draft, final):
        loudness = measure_loudness(path)
        assert abs(loudness.integrated_lufs - TARGET_LUFS) <= TOLERANCE_LU
        assert loudness.true_peak_dbtp <= MAX_TRUE_PEAK_DBTP


@pytest.mark.slow
def test_a_text_edit_measures_and_normalises_nothing_again(settings, monkeypatch) -> None:
    """A text edit's render re-encodes its scene, and copies the sound: no loudness measured,
    nothing normalised, no window encoded (the text keeps off the window before the last scene:
    adgen.pipeline.text_span); the export still has every frame and its sound."""
    from test_transitions import _ad

    from adgen.pipeline.orchestrator import render_project
    from adgen.tools import operations as ops
    from adgen.tools.apply import apply_operation

    ctx = render_context(settings, "draft")
    durations = [2.5, 3.0, 2.5]
    project = _ad(ctx.media, "energetic", ["red", "blue", "green"], durations)
    first = render_project(project, ctx).project
    assert first.render_status.state == "completed", first.render_status
    measured = _counting(monkeypatch, ffmpeg_module, "measure_loudness")
    normalised = _counting(monkeypatch, ffmpeg_module, "normalise_loudness")
    encoded = _counting(monkeypatch, windows_module, "transition_clip")
    edited = apply_operation(first, ops.UpdateOverlay(scene_id="scene_3", text="Fresh words")).project
    outcome = render_project(edited, ctx)
    assert outcome.project.render_status.state == "completed", outcome.project.render_status
    assert measured == [] and normalised == []
    assert encoded == []  # the window scene_2 | scene_3 is reused: it shows no text
    for aspect, url in outcome.project.aspect_exports.items():
        export = ctx.media.local_path(url)
        info = probe(export)
        fps = encode_profile(aspect, "draft").fps
        assert info.has_audio and info.audio_codec == "aac" and info.video_codec == "h264"
        assert info.frame_count == sum(round(d * fps) for d in durations), aspect
        assert abs(info.duration_sec - sum(durations)) <= 1.5 / fps
        frames = read_frames(export)
        green = frames[-1].reshape(-1, 3).mean(axis=0)  # the last scene is the green one
        assert green[1] > green[0] and green[1] > green[2], (aspect, green)
        assert url != first.aspect_exports[aspect]


def _packets(path: Path) -> list[str]:
    out = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-map", "0:v", "-c", "copy", "-f", "framemd5", "-"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [line for line in out.splitlines() if not line.startswith("#")]


def test_a_scene_pass_writes_the_parts_the_assembly_would_cut(tmp_path: Path) -> None:
    """The head, body and tail a pass writes beside itself are the very packets (and times) that
    cutting the pass afterwards gives, so the windows and the join see the same pictures."""
    profile = encode_profile("9:16", "draft")
    fps, seconds = profile.fps, 3.0
    handle = handle_frames(seconds, fps, "energetic")
    src = tmp_path / "src.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc2=s=360x640:r={fps}:d={seconds}"]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(src)],
        check=True,
    )
    frames = round(seconds * fps)
    keyframes = keyframe_times(seconds, fps, "energetic")
    clip = scene_pass(
        src, [], profile, seconds, tmp_path / "pass.mp4", keyframes=keyframes, parts=(handle, tmp_path / "w")
    )
    written = [tmp_path / "w" / f"part{i}.mp4" for i in range(3)]
    assert all(p.is_file() for p in written) and not (tmp_path / "w" / "part3.mp4").exists()
    cut = split_scene_pass(clip, handle, handle, tmp_path / "cut", frames=frames, fps=fps)
    for mine, theirs, count in zip(written, cut, (handle, frames - 2 * handle, handle), strict=True):
        assert _packets(mine) == _packets(theirs)
        assert probe(mine).frame_count == count
    assert probe(clip).frame_count == frames
    assert sum(len(read_frames(p)) for p in written) == len(read_frames(clip))


@pytest.mark.slow
def test_the_poster_is_the_exports_frame_and_an_edit_elsewhere_keeps_it(settings, monkeypatch) -> None:
    """The poster is taken from the middle of its scene's pass, which is the export's picture at
    that time; a text edit of another scene takes no new poster. The soundtrack was made beside
    the scenes: the assembly found it stored."""
    from test_transitions import _ad

    import adgen.pipeline.assembly as assembly_module
    from adgen.pipeline.orchestrator import render_project
    from adgen.tools import operations as ops
    from adgen.tools.apply import apply_operation

    ctx = render_context(settings, "draft")
    durations = [2.5, 3.0, 2.5]
    project = _ad(ctx.media, "calm", ["red", "blue", "green"], durations)
    first = render_project(project, ctx)
    assert first.project.render_status.state == "completed", first.project.render_status
    for aspect, url in first.project.aspect_exports.items():
        fps = encode_profile(aspect, "draft").fps
        frames = read_frames(ctx.media.local_path(url)).astype(np.float32)
        poster = ctx.media.local_path(first.report.posters[aspect])
        still = read_frames(poster, frames.shape[2], frames.shape[1]).astype(np.float32)[0]
        at = round((durations[0] + durations[1] / 2) * fps)  # mid-way through the middle scene
        assert np.abs(still - frames[at]).mean() < 6, aspect  # a JPEG of that very frame
        assert still[..., 2].mean() > 150 > still[..., 0].mean()  # the blue scene
    posters = _counting(monkeypatch, assembly_module, "poster")
    edited = apply_operation(first.project, ops.UpdateOverlay(scene_id="scene_1", text="Other words")).project
    again = render_project(edited, ctx)
    assert again.project.render_status.state == "completed", again.project.render_status
    assert posters == []
    assert set(again.report.posters) == set(first.report.posters)


@pytest.mark.slow
def test_the_preflight_meters_a_soundtrack_once_and_not_after_a_text_edit(settings, monkeypatch) -> None:
    """A final render's three exports share one soundtrack: the pre-flight meters it once, and the
    render after a text edit (the same sound, copied) not at all, yet reports its loudness."""
    from test_transitions import _ad

    import adgen.preflight.engine as engine
    from adgen.pipeline.orchestrator import render_project
    from adgen.tools import operations as ops
    from adgen.tools.apply import apply_operation

    ctx = render_context(settings, "final")
    project = _ad(ctx.media, "energetic", ["red", "blue"], [2.5, 2.5])
    metered = _counting(monkeypatch, engine, "measure_loudness")
    first = render_project(project, ctx)
    assert first.project.render_status.state in ("completed", "completed_with_warnings")
    assert len(metered) == 1 and len(first.report.exports) == 3
    edited = apply_operation(first.project, ops.UpdateOverlay(scene_id="scene_2", text="New words")).project
    again = render_project(edited, ctx)
    assert len(metered) == 1
    for export in again.project.preflight["exports"]:
        loudness = next(c for c in export["checks"] if c["check"] == "loudness")
        assert loudness["status"] == "pass", loudness
