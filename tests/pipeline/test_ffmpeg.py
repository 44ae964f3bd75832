"""The ffmpeg module against the real ffmpeg: every check decodes or probes the output."""

from __future__ import annotations

import os
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from adgen.pipeline.ffmpeg import (
    FFmpegError,
    FrameWriter,
    concat_and_mux,
    ffmpeg_exe,
    ffprobe_exe,
    frame_count,
    poster,
    probe,
    read_frames,
    scene_pass,
    soundtrack,
)
from adgen.pipeline.types import Layer, encode_profile

DRAFT = encode_profile("9:16", "draft")  # 360x640 @ 24


def solid_clip(path: Path, rgb: tuple[int, int, int], width: int, height: int, fps: int, frames: int) -> Path:
    with FrameWriter(path, width, height, fps) as out:
        for i in range(frames):
            frame = np.empty((height, width, 3), np.uint8)
            frame[:] = rgb
            frame[: height // 8, : width // 8] = (i * 7) % 256  # something that changes
            out.write(frame)
    return path


def sine_wav(path: Path, seconds: float, freq: float = 440.0, rate: int = 44100) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    tone = (0.5 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.repeat(tone, 2).tobytes())
    return path


def decode_audio(path: Path) -> np.ndarray:
    out = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(out, "<i2").astype(np.float32) / 32768


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if ".tmp" in p.name]


def test_binaries_are_found():
    assert os.path.isfile(ffmpeg_exe())
    assert ffprobe_exe() is None or os.path.isfile(ffprobe_exe())


def test_frame_writer_upscales_and_keeps_exact_frame_count(tmp_path: Path):
    out = tmp_path / "clip.mp4"
    with FrameWriter(out, 60, 100, 12, upscale_to=(180, 300)) as writer:
        for _ in range(18):
            writer.write(np.full((100, 60, 3), (200, 40, 40), np.uint8))
    info = probe(out)
    assert (info.width, info.height, info.fps) == (180, 300, 12)
    assert info.video_codec == "h264" and info.pix_fmt == "yuv420p" and not info.has_audio
    assert info.frame_count == 18 and info.duration_sec == pytest.approx(1.5, abs=0.01)
    frames = read_frames(out)
    assert frames.shape == (18, 300, 180, 3)
    assert np.abs(frames[:, 100:200, 50:130].mean(axis=(0, 1, 2)) - (200, 40, 40)).max() < 6
    assert no_temp_files(tmp_path)


def test_frame_writer_rejects_wrong_frames_and_leaves_nothing_on_error(tmp_path: Path):
    out = tmp_path / "clip.mp4"
    with pytest.raises(ValueError, match="shape"):
        with FrameWriter(out, 64, 64, 10) as writer:
            writer.write(np.zeros((64, 64, 3), np.uint8))
            writer.write(np.zeros((32, 64, 3), np.uint8))
    assert not out.exists() and no_temp_files(tmp_path)
    with pytest.raises(ValueError, match="even"):
        FrameWriter(out, 63, 64, 10)


def test_probe_errors_are_clear(tmp_path: Path):
    with pytest.raises(FFmpegError, match="no such file"):
        probe(tmp_path / "missing.mp4")
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not a video" * 50)
    with pytest.raises(FFmpegError) as info:
        probe(junk)
    assert "junk.mp4" in str(info.value) and "\n" in str(info.value)  # stderr tail included


def test_scene_pass_normalises_background_and_draws_moving_layers(tmp_path: Path):
    # A background of the wrong size, fps and length: 200x200 @ 10 fps, 1 s.
    background = solid_clip(tmp_path / "bg.mp4", (20, 60, 200), 200, 200, 10, 10)
    Image.new("RGBA", (40, 40), (255, 0, 0, 255)).save(tmp_path / "red.png")
    half = Image.new("RGBA", (DRAFT.width, DRAFT.height), (0, 0, 0, 0))
    half.paste((255, 255, 0, 128), (0, 500, DRAFT.width, 560))
    half.save(tmp_path / "band.png")
    layers = [Layer(tmp_path / "red.png", x="100+60*t", y="max(0,200)"), Layer(tmp_path / "band.png")]
    out = scene_pass(background, layers, DRAFT, 2.5, tmp_path / "scene.mp4")

    info = probe(out)
    assert (info.width, info.height, info.fps) == (DRAFT.width, DRAFT.height, DRAFT.fps)
    assert info.frame_count == frame_count(2.5, DRAFT.fps) == 60
    assert not info.has_audio and info.video_codec == "h264"
    frames = read_frames(out).astype(int)
    first, last = frames[0], frames[-1]
    assert abs(first[220, 120] - (255, 0, 0)).max() < 40  # the square at x=100 at t=0
    assert abs(last[220, 120] - (255, 0, 0)).max() > 80  # ...has moved on by the end
    assert abs(last[220, 100 + 60 * 59 // 24 + 20] - (255, 0, 0)).max() < 40
    assert abs(first[400, 180] - (20, 60, 200)).max() < 30  # background, scaled to cover
    band = first[530, 180]
    assert band[0] > 100 and band[2] < 150  # half-transparent yellow over blue
    assert no_temp_files(tmp_path)


@pytest.mark.parametrize("aspect", ["9:16", "1:1", "16:9"])
def test_scene_pass_reframes_the_centre_of_a_square_canvas(tmp_path: Path, aspect: str):
    """Cropped to the frame's shape around the centre, then scaled: never letterboxed or squeezed."""
    size = 320
    canvas = np.zeros((size, size, 3), np.uint8)
    fifth = size // 5
    canvas[:, :fifth] = (220, 30, 30)  # left fifth red
    canvas[:, fifth : 4 * fifth] = (30, 200, 30)  # middle green
    canvas[:, 4 * fifth :] = (30, 30, 220)  # right fifth blue
    canvas[:fifth] = (240, 240, 240)  # top fifth white
    canvas[4 * fifth :] = (10, 10, 10)  # bottom fifth black
    with FrameWriter(tmp_path / "canvas.mp4", size, size, 24) as out:
        for _ in range(12):
            out.write(canvas)
    profile = encode_profile(aspect, "draft")
    frame = read_frames(scene_pass(tmp_path / "canvas.mp4", [], profile, 0.5, tmp_path / "s.mp4"))[0].astype(
        int
    )
    assert frame.shape[:2] == (profile.height, profile.width)
    h, w = frame.shape[:2]

    def colour_at(fx: float, fy: float) -> tuple[int, ...]:
        return tuple(frame[int(fy * h), int(fx * w)])

    green, red, blue, white, black = (
        (30, 200, 30),
        (220, 30, 30),
        (30, 30, 220),
        (240, 240, 240),
        (10, 10, 10),
    )
    near = lambda a, b: max(abs(x - y) for x, y in zip(a, b, strict=True)) < 45  # noqa: E731
    assert near(colour_at(0.5, 0.5), green)
    if aspect == "9:16":  # a 180-wide column of the middle: green edge to edge, white top, black bottom
        assert near(colour_at(0.03, 0.5), green) and near(colour_at(0.97, 0.5), green)
        assert near(colour_at(0.5, 0.05), white) and near(colour_at(0.5, 0.95), black)
    elif aspect == "16:9":  # a 180-high band of the middle: red and blue at the sides, no white or black
        assert near(colour_at(0.05, 0.5), red) and near(colour_at(0.95, 0.5), blue)
        assert near(colour_at(0.5, 0.03), green) and near(colour_at(0.5, 0.97), green)
    else:  # the whole canvas
        assert near(colour_at(0.1, 0.5), red) and near(colour_at(0.9, 0.5), blue)
        assert near(colour_at(0.5, 0.1), white) and near(colour_at(0.5, 0.9), black)


def test_scene_pass_encoder_threads(tmp_path: Path):
    """x264 records its options in the stream: the cap is what it ran with, the pictures the same."""
    bg = solid_clip(tmp_path / "bg.mp4", (10, 120, 60), 180, 320, 24, 12)
    capped = scene_pass(bg, [], DRAFT, 0.5, tmp_path / "one.mp4", threads=1)
    free = scene_pass(bg, [], DRAFT, 0.5, tmp_path / "free.mp4")
    assert b" threads=1 " in capped.read_bytes()
    if (os.cpu_count() or 1) > 1:
        assert b" threads=1 " not in free.read_bytes()
    assert probe(capped).frame_count == probe(free).frame_count == 12
    assert np.abs(read_frames(capped).astype(int) - read_frames(free).astype(int)).mean() < 2


def test_scene_pass_rejects_unsafe_expressions_and_reports_ffmpeg_errors(tmp_path: Path):
    background = solid_clip(tmp_path / "bg.mp4", (0, 0, 0), 64, 64, 10, 5)
    Image.new("RGBA", (4, 4), (255, 0, 0, 255)).save(tmp_path / "l.png")
    with pytest.raises(ValueError, match="expression"):
        scene_pass(
            background,
            [Layer(tmp_path / "l.png", x="0[out];movie=/etc/passwd")],
            DRAFT,
            1,
            tmp_path / "x.mp4",
        )
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00" * 1000)
    with pytest.raises(FFmpegError, match="scene pass"):
        scene_pass(broken, [], DRAFT, 1, tmp_path / "x.mp4")
    assert not (tmp_path / "x.mp4").exists() and no_temp_files(tmp_path)


def _has_faststart(path: Path) -> bool:
    data = path.read_bytes()
    return 0 <= data.find(b"moov") < data.find(b"mdat")


def test_concat_and_mux_joins_by_copy_with_music(tmp_path: Path):
    bg = solid_clip(tmp_path / "bg.mp4", (10, 120, 60), 180, 320, 24, 24)
    seg1 = scene_pass(bg, [], DRAFT, 1.5, tmp_path / "s1.mp4")
    seg2 = scene_pass(bg, [], DRAFT, 1.0, tmp_path / "s2.mp4")
    music = sine_wav(tmp_path / "music.wav", 4.0)
    sound = soundtrack(music, 0.5, 2.5, DRAFT.audio_bitrate, tmp_path / "sound.m4a")
    out = concat_and_mux([seg1, seg2], sound, 2.5, tmp_path / "ad.mp4")

    info = probe(out)
    assert info.duration_sec == pytest.approx(2.5, abs=0.06)
    assert info.video_codec == "h264" and info.audio_codec == "aac"
    assert info.audio_sample_rate == 48000 and info.audio_channels == 2
    assert info.frame_count == 60  # 36 + 24 frames, copied
    assert _has_faststart(out)
    audio = decode_audio(out)
    assert len(audio) / 44100 == pytest.approx(2.5, abs=0.06)
    middle = np.sqrt(np.mean(audio[22050:44100] ** 2))
    assert middle == pytest.approx(0.5 * 0.5 / np.sqrt(2), rel=0.15)  # volume applied
    assert np.sqrt(np.mean(audio[-2000:] ** 2)) < 0.2 * middle  # faded out
    assert no_temp_files(tmp_path)


def test_concat_without_music_has_a_silent_track(tmp_path: Path):
    bg = solid_clip(tmp_path / "bg.mp4", (10, 120, 60), 180, 320, 24, 24)
    seg = scene_pass(bg, [], DRAFT, 1.0, tmp_path / "s.mp4")
    out = concat_and_mux(
        [seg, seg], soundtrack(None, 0.8, 2.0, "96k", tmp_path / "s.m4a"), 2.0, tmp_path / "ad.mp4"
    )
    info = probe(out)
    assert info.has_audio and info.audio_codec == "aac"
    assert info.duration_sec == pytest.approx(2.0, abs=0.06)
    assert np.abs(decode_audio(out)).max() < 1e-3


def test_concat_errors(tmp_path: Path):
    sound = soundtrack(None, 1.0, 1.0, "96k", tmp_path / "s.m4a")
    with pytest.raises(ValueError):
        concat_and_mux([], sound, 1.0, tmp_path / "a.mp4")
    with pytest.raises(FFmpegError, match="segment .* does not exist"):
        concat_and_mux([tmp_path / "nope.mp4"], sound, 1.0, tmp_path / "a.mp4")
    bg = solid_clip(tmp_path / "bg.mp4", (10, 120, 60), 180, 320, 24, 12)
    with pytest.raises(FFmpegError, match="soundtrack .* does not exist"):
        concat_and_mux([bg], tmp_path / "none.m4a", 1.0, tmp_path / "a.mp4")
    with pytest.raises(FFmpegError, match="audio track .* does not exist"):
        soundtrack(tmp_path / "none.wav", 1.0, 1.0, "96k", tmp_path / "t.m4a")
    assert not (tmp_path / "a.mp4").exists() and not (tmp_path / "t.m4a").exists()


def test_one_soundtrack_serves_every_aspect_in_sync(tmp_path: Path):
    """The sound is encoded once and copied: each aspect has the same audio, of the ad's length."""
    sound = soundtrack(sine_wav(tmp_path / "m.wav", 1.0, freq=880), 1.0, 3.0, "96k", tmp_path / "s.m4a")
    lengths = []
    for aspect in ("9:16", "1:1", "16:9"):
        profile = encode_profile(aspect, "draft")
        bg = solid_clip(tmp_path / f"bg{aspect[0]}.mp4", (10, 120, 60), profile.width, profile.height, 24, 24)
        segs = [scene_pass(bg, [], profile, d, tmp_path / f"{aspect[0]}-{d}.mp4") for d in (1.25, 1.75)]
        out = concat_and_mux(segs, sound, 3.0, tmp_path / f"ad{aspect[0]}.mp4")
        info = probe(out)
        assert (info.width, info.height) == (profile.width, profile.height)
        assert info.duration_sec == pytest.approx(3.0, abs=0.06) and info.frame_count == 72
        audio = decode_audio(out)
        lengths.append(len(audio))
        # the music (1 s) is padded with silence to the ad's 3 s: loud first, silent last
        assert np.sqrt(np.mean(audio[4410:40000] ** 2)) > 0.2
        assert np.abs(audio[-30000:]).max() < 1e-3
    assert max(lengths) - min(lengths) < 0.03 * 44100


def test_poster_is_a_jpeg_of_the_frame_even_past_the_end(tmp_path: Path):
    clip = solid_clip(tmp_path / "c.mp4", (230, 120, 20), 64, 96, 10, 10)
    out = poster(clip, tmp_path / "poster.jpg", at_sec=50.0)
    with Image.open(out) as image:
        assert image.format == "JPEG" and image.size == (64, 96)
        assert np.abs(np.asarray(image)[60, 40].astype(int) - (230, 120, 20)).max() < 25
    assert no_temp_files(tmp_path)


def test_probe_without_ffprobe_parses_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import adgen.pipeline.ffmpeg as ff

    clip = solid_clip(tmp_path / "c.mp4", (10, 10, 10), 180, 300, 12, 18)
    seg = scene_pass(clip, [], DRAFT, 1.0, tmp_path / "s.mp4")
    muxed = concat_and_mux(
        [seg], soundtrack(None, 1.0, 1.0, "96k", tmp_path / "s.m4a"), 1.0, tmp_path / "m.mp4"
    )
    expected = probe(muxed)
    monkeypatch.setattr(ff, "ffprobe_exe", lambda: None)
    parsed = probe(muxed)
    assert (parsed.width, parsed.height, parsed.fps) == (expected.width, expected.height, expected.fps)
    assert parsed.duration_sec == pytest.approx(expected.duration_sec, abs=0.02)
    assert (parsed.video_codec, parsed.audio_codec, parsed.audio_sample_rate) == ("h264", "aac", 48000)
