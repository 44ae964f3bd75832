"""Burned-in captions, looked at on rendered frames: inside the safe area, clear of the
headline, on screen from the cue's first frame to its last, the spoken word lit in the UGC
style, and CJK/emoji/hostile text drawn (the layer goes through the real scene pass)."""

from __future__ import annotations

import math
import subprocess

import numpy as np
import pytest
from PIL import Image

from adgen.pipeline.ffmpeg import read_frames, scene_pass
from adgen.pipeline.services.overlay import TextOverlayRenderer, text_safe_zone
from adgen.pipeline.types import Layer, encode_profile
from adgen.project import Brand, Overlay
from adgen.voice.caption_layer import HIGHLIGHT_STYLE, LINE_STYLE, place_band, render_caption_layer
from adgen.voice.cues import build_cues
from adgen.voice.espeak import EspeakEngine
from adgen.voice.timeline import scene_cues
from adgen.voice.types import Rect, VoiceSpec, WordTiming

PROFILE = encode_profile("9:16", "final")
FRAME = (PROFILE.width, PROFILE.height)
SAFE = Rect(*text_safe_zone(*FRAME))
DURATION = 4.0
SMALL = (270, 480)  # frames are compared at quarter size


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """Scene 1 of the example: a moving background, the headline at the bottom, the voice."""
    folder = tmp_path_factory.mktemp("caption_frames")
    background = folder / "bg.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-y",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=s=640x640:r=30:d={DURATION}",
            "-pix_fmt",
            "yuv420p",
            str(background),
        ],
        check=True,
    )
    overlay = Overlay(text="Wake up to cold brew", position="bottom", font_size=72, color="#FFFFFF")
    headline = TextOverlayRenderer().render(overlay, Brand(name="Northwind"), *FRAME, folder / "headline.png")
    w, h = Image.open(headline.path).size
    box = Rect(int(headline.x), int(headline.y), int(headline.x) + w, int(headline.y) + h)
    speech = EspeakEngine().synthesise(
        "Still tired at three? Wake up to cold brew.", VoiceSpec(), folder / "s.wav"
    )
    plain = scene_pass(background, [headline], PROFILE, DURATION, folder / "plain.mp4")
    return {
        "folder": folder,
        "background": background,
        "headline": headline,
        "box": box,
        "speech": speech,
        "plain": read_frames(plain, *SMALL).astype(np.int16),
    }


def render(scene, style):
    cues = scene_cues(scene["speech"], DURATION, max_chars=style.max_chars)
    layer = render_caption_layer(
        cues, style, FRAME, SAFE, [scene["box"]], DURATION, scene["folder"] / style.name
    )
    out = scene_pass(
        scene["background"],
        [scene["headline"], Layer(layer.path, layer.x, layer.y)],
        PROFILE,
        DURATION,
        scene["folder"] / f"{style.name}.mp4",
    )
    return cues, layer, out


def save_frame(video, at: str, out) -> None:
    """One full-size frame as a PNG, for a person to look at."""
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-ss", at, "-i", str(video), "-frames:v", "1", str(out)],
        check=True,
    )


def ink(frames: np.ndarray, plain: np.ndarray) -> np.ndarray:
    """Per frame and pixel: did the captions change it?"""
    return np.abs(frames - plain).max(axis=-1) > 60


def small(rect: Rect) -> tuple[slice, slice]:
    sx, sy = SMALL[0] / FRAME[0], SMALL[1] / FRAME[1]
    return slice(int(rect.top * sy), math.ceil(rect.bottom * sy)), slice(
        int(rect.left * sx), math.ceil(rect.right * sx)
    )


def test_line_captions_on_their_frames_inside_the_safe_area_and_clear_of_the_headline(scene, artifacts_dir):
    cues, layer, video = render(scene, LINE_STYLE)
    assert layer.band is not None and not layer.warnings
    band = layer.band
    assert (
        SAFE.left <= band.left
        and band.right <= SAFE.right
        and SAFE.top <= band.top
        and band.bottom <= SAFE.bottom
    )
    assert not band.intersects(scene["box"])
    frames = read_frames(video, *SMALL).astype(np.int16)
    changed = ink(frames, scene["plain"])
    rows, cols = small(band)
    inside = changed[:, rows, cols].sum(axis=(1, 2))
    outside = changed.sum(axis=(1, 2)) - inside
    assert outside.max() <= 0.002 * SMALL[0] * SMALL[1]  # nothing drawn beyond the band (codec noise aside)
    fps = PROFILE.fps
    shown = inside > 40
    for cue in cues:
        first, last = math.ceil(cue.start * fps - 1e-6), math.ceil(cue.end * fps - 1e-6) - 1
        assert shown[first : last + 1].all(), cue
        assert (
            not shown[max(0, first - 1)]
            or first == 0
            or any(c.end > (first - 1) / fps > c.start for c in cues if c is not cue)
        )
    assert not shown[: math.ceil(cues[0].start * fps) - 1].any()  # nothing before the voice
    # the cues show different text: their frames differ inside the band
    a = frames[math.ceil((cues[0].start + 0.3) * fps), rows, cols]
    b = frames[math.ceil((cues[1].start + 0.3) * fps), rows, cols]
    assert np.abs(a - b).max(axis=-1).mean() > 5
    still = artifacts_dir / "captions_line.png"
    save_frame(video, f"{cues[1].start + 0.5:.2f}", still)
    assert Image.open(still).size == FRAME


def test_highlight_captions_light_the_spoken_word(scene, artifacts_dir):
    cues, layer, video = render(scene, HIGHLIGHT_STYLE)
    assert layer.band is not None and not layer.band.intersects(scene["box"])
    cue = next(c for c in cues if len(c.words) >= 3)
    rows, cols = small(layer.band)
    fps = PROFILE.fps
    frames = read_frames(video, *SMALL).astype(np.int16)

    def lit_columns(t: float) -> np.ndarray:
        patch = frames[math.ceil(t * fps), rows, cols]
        yellow = (patch[..., 0] > 180) & (patch[..., 1] > 150) & (patch[..., 2] < 110)
        return np.nonzero(yellow.any(axis=0))[0]

    centres = []
    for word in cue.words[:3]:
        columns = lit_columns(word.start + 0.06)
        assert columns.size > 3, word
        centres.append(columns.mean())
    assert centres[0] != centres[1] != centres[2]  # the light moves from word to word
    still = artifacts_dir / "captions_highlight.png"
    save_frame(video, f"{cue.words[1].start + 0.06:.2f}", still)


def test_cjk_emoji_and_hostile_text_are_drawn(tmp_path):
    text = "咖啡 ☕ \"100%\" off: C:\\temp\\%d 'quoted' --> done"
    words = [WordTiming(w, 0.2 + i * 0.3, 0.45 + i * 0.3) for i, w in enumerate(text.split())]
    cues = build_cues(words)
    layer = render_caption_layer(cues, LINE_STYLE, FRAME, SAFE, [], 4.0, tmp_path)
    assert layer.images
    for _, _, path in layer.images:
        image = np.asarray(Image.open(path))
        assert image.shape[:2] == (layer.band.height, layer.band.width)
        assert (image[..., 3] > 0).mean() > 0.01
    script = (tmp_path / "captions.ffconcat").read_text()
    assert "%" not in script and "\\" not in script and '"' not in script  # no caption text reaches ffmpeg
    emoji = np.asarray(Image.open(layer.images[0][2]).convert("RGB")).astype(int)
    colourful = (
        emoji.max(axis=-1) - emoji.min(axis=-1)
    ) > 40  # text and box are grey; the cup's coffee is brown
    assert colourful.sum() > 50  # the coffee emoji is drawn in colour, not as a box


def test_no_room_leaves_captions_off_and_says_so(tmp_path):
    blocker = Rect(SAFE.left, SAFE.top + 40, SAFE.right, SAFE.bottom - 40)
    assert place_band(FRAME, SAFE, [blocker], 200) is None
    cues = build_cues([WordTiming("Hello", 0.2, 0.6)])
    layer = render_caption_layer(cues, LINE_STYLE, FRAME, SAFE, [blocker], 2.0, tmp_path)
    assert layer.band is None and not layer.images
    assert "headline" in layer.warnings[0]


def test_band_moves_above_or_below_the_headline():
    for headline in (Rect(100, 1300, 980, 1560), Rect(100, 900, 980, 1100), Rect(100, 300, 980, 700)):
        band = place_band(FRAME, SAFE, [headline], 180)
        assert band is not None and not band.intersects(headline)
        assert SAFE.top <= band.top and band.bottom <= SAFE.bottom
