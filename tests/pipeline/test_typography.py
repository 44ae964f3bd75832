"""Animated type (issue 17): the text enters and leaves by the ad's mood, measured on encoded
frames of real scene passes.

- The mood picks the motion (energetic slides, playful pops, calm goes word by word, luxury
  slides slowly); entrance and exit take at most 40 % of a scene; a text too long to go word by
  word in its scene slides.
- Word by word, the text is cut into one piece per word that together cover every pixel of ink
  exactly once.
- On the frames of a scene pass (flat grey background, white words): nothing of the text at the
  first frame; a slide starts low and rises into place, a pop starts small and grows, word by
  word the first word is in before the last; all of it whole and in place during its steady
  span; faded by the last frame.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from adgen.pipeline.ffmpeg import FrameWriter, read_frames, scene_pass
from adgen.pipeline.services.overlay import TextOverlayRenderer
from adgen.pipeline.types import Box, EncodeProfile, TextBox, TextStyle
from adgen.pipeline.typography import MAX_SHARE, TextMotion, steady_span, text_motion
from adgen.project import Brand, Overlay

W, H, FPS = 540, 960, 30
DURATION = 3.0


def test_the_mood_picks_the_motion() -> None:
    assert text_motion("energetic", 4.0, 5).kind == "slide"
    assert text_motion("playful", 4.0, 5).kind == "pop"
    assert text_motion("calm", 4.0, 5).kind == "words"
    luxury = text_motion("luxurious", 4.0, 5)
    assert luxury.kind == "slide" and luxury.enter_sec > text_motion("energetic", 4.0, 5).enter_sec
    assert text_motion("unheard-of", 4.0, 5).kind == "slide"
    # Entrance and exit fit the scene; a long text in a short scene slides instead.
    for mood in ("energetic", "playful", "calm", "luxurious", "dramatic", "professional"):
        for duration in (1.0, 2.0, 6.0):
            motion = text_motion(mood, duration, 12)
            assert motion.entered_at(12) + motion.leave_sec <= MAX_SHARE * duration + 1e-9, (mood, duration)
    assert text_motion("calm", 1.5, 12).kind == "slide"
    start, end = steady_span(text_motion("calm", 4.0, 5), 4.0, 5)
    assert 0 < start < end < 4.0


def _text_layer(tmp_path: Path, text: str = "Sleep deeper tonight") -> tuple:
    box = TextBox(Box(40, 120, W - 80, 300), "center", 20.0, 14.0)
    layer = TextOverlayRenderer().render(
        Overlay(text=text, position="center", font_size=90, color="#FFFFFF"),
        Brand(name="Calm"),
        W,
        H,
        tmp_path / "text.png",
        box=box,
        style=TextStyle(color="#FFFFFF"),
    )
    return layer, box


def test_word_pieces_cover_the_ink_once(tmp_path: Path) -> None:
    layer, _ = _text_layer(tmp_path, "Sleep deeper tonight with our new linen")
    parts = layer.detail["parts"]
    assert len(parts) == 7
    alpha = np.asarray(Image.open(layer.path).getchannel("A")) > 0
    cover = np.zeros(alpha.shape, int)
    for x, y, w, h in parts:
        cover[y : y + h, x : x + w] += 1
    assert cover.max() == 1  # no pixel in two pieces
    assert (cover[alpha] == 1).all()  # every pixel of ink in one
    # In reading order: the first piece is left of the second on the first line.
    assert parts[0][0] < parts[1][0] and parts[0][1] == parts[1][1]


def _grey_background(path: Path) -> Path:
    with FrameWriter(path, 64, 64, FPS) as writer:
        for _ in range(round(DURATION * FPS)):
            writer.write(np.full((64, 64, 3), 60, np.uint8))
    return path


def _pass(tmp_path: Path, motion: TextMotion, name: str) -> tuple[np.ndarray, object]:
    layer, _ = _text_layer(tmp_path)
    layer = replace(layer, motion=motion.to_wire())
    profile = EncodeProfile("9:16", W, H, fps=FPS, preset="ultrafast", crf=18, audio_bitrate="96k")
    out = scene_pass(
        _grey_background(tmp_path / "bg.mp4"), [layer], profile, DURATION, tmp_path / f"{name}.mp4"
    )
    frames = np.stack(list(read_frames(out, W, H))).astype(int)
    return frames, layer


def _ink(frame: np.ndarray) -> np.ndarray:
    return frame.mean(axis=-1) > 160  # white words on grey 60


@pytest.mark.parametrize("kind", ["slide", "pop", "words"])
def test_the_text_enters_settles_and_leaves(tmp_path: Path, kind: str) -> None:
    motion = {
        "slide": TextMotion("slide", 0.4, 0.3, rise=0.06),
        "pop": TextMotion("pop", 0.4, 0.3),
        "words": TextMotion("words", 0.3, 0.3, stagger_sec=0.2),
    }[kind]
    frames, layer = _pass(tmp_path, motion, kind)
    assert len(frames) == round(DURATION * FPS)
    parts = len(layer.detail["parts"])
    start, end = steady_span(motion, DURATION, parts)
    steady = [_ink(f) for f in frames[int(start * FPS) + 1 : int(end * FPS) - 1]]
    full = steady[len(steady) // 2]
    total = full.sum()
    assert total > 2000
    # Whole and in place through the steady span: the same ink in every frame.
    for ink in steady:
        assert (ink != full).sum() < 0.03 * total
    # Nothing at the first frame; faded by the last.
    assert _ink(frames[0]).sum() < 0.02 * total
    assert _ink(frames[-1]).sum() < 0.3 * total
    ys, xs = np.nonzero(full)
    early = frames[round(motion.enter_sec * FPS * 0.6)]
    ink = _ink(early)
    assert 0 < ink.sum() < total  # on its way in
    eys, exs = np.nonzero(ink)
    if kind == "slide":  # lower than where it settles
        assert eys.mean() > ys.mean() + 3
    elif kind == "pop":  # smaller, around the same centre
        assert exs.max() - exs.min() < 0.97 * (xs.max() - xs.min())
        assert abs(exs.mean() - xs.mean()) < 12
    else:  # the first word is in before the last one starts
        x0, y0, w0, h0 = (int(v) for v in layer.detail["parts"][0])
        lx, ly = int(float(layer.x)), int(float(layer.y))
        first_in = frames[round((0.3 + 0.02) * FPS)]
        first = _ink(first_in)[ly + y0 : ly + y0 + h0, lx + x0 : lx + x0 + w0].sum()
        first_full = full[ly + y0 : ly + y0 + h0, lx + x0 : lx + x0 + w0].sum()
        assert first > 0.7 * first_full
        xl, yl, wl, hl = (int(v) for v in layer.detail["parts"][-1])
        last = _ink(first_in)[ly + yl : ly + yl + hl, lx + xl : lx + xl + wl].sum()
        assert last < 0.1 * full[ly + yl : ly + yl + hl, lx + xl : lx + xl + wl].sum()


def test_a_second_line_is_a_smaller_sub_line_under_its_headline(tmp_path: Path) -> None:
    layer, box = _text_layer(tmp_path, "Northwind Coffee\nBrewed cold, poured slow")
    detail = layer.detail
    assert detail["subFontPx"] and detail["subFontPx"] < detail["fontPx"]
    assert detail["capHeightPx"] >= box.min_cap_px  # the sub-line is never below the advised size
    alpha = np.asarray(Image.open(layer.path).getchannel("A")) > 128
    rows = np.flatnonzero(alpha.any(axis=1))
    # Two bands of ink: the headline's taller than the sub-line's, the sub-line below.
    breaks = np.flatnonzero(np.diff(rows) > 1)
    assert len(breaks) >= 1
    head = rows[: breaks[0] + 1]
    sub = rows[breaks[-1] + 1 :]
    assert len(head) > 1.3 * len(sub) and sub.min() > head.max()
    # One text of one line keeps one size.
    single, _ = _text_layer(tmp_path, "Brewed cold, poured slow")
    assert single.detail["subFontPx"] is None


@pytest.mark.parametrize("kind", ["slide", "pop", "words"])
def test_a_text_kept_off_the_windows_is_not_drawn_outside_its_span(tmp_path: Path, kind: str) -> None:
    """A text that keeps off the transition windows (adgen.pipeline.text_span) starts entering at
    its span's start and is gone by its end: the frames before are the frames of the same pass
    without the text, exactly; the frames after show no ink and differ from those only by the
    encoder's noise (x264 predicts them from frames that had the text); inside the span, it
    enters, stands whole and leaves as before."""
    begin, until = 0.4, 2.6
    motion = {
        "slide": TextMotion("slide", 0.4, 0.3, rise=0.06),
        "pop": TextMotion("pop", 0.4, 0.3),
        "words": TextMotion("words", 0.3, 0.3, stagger_sec=0.2),
    }[kind]
    motion = replace(motion, start_sec=begin, end_sec=until)
    frames, layer = _pass(tmp_path, motion, kind)
    profile = EncodeProfile("9:16", W, H, fps=FPS, preset="ultrafast", crf=18, audio_bitrate="96k")
    bare = scene_pass(tmp_path / "bg.mp4", [], profile, DURATION, tmp_path / "bare.mp4")
    plain = np.stack(list(read_frames(bare, W, H))).astype(int)
    first, last = round(begin * FPS), round(until * FPS)  # the first frame of the span, the first after
    assert np.array_equal(frames[:first], plain[:first])
    assert all(_ink(f).sum() == 0 for f in frames[last:])
    assert np.abs(frames[last:] - plain[last:]).mean(axis=(1, 2, 3)).max() < 0.5
    start, end = steady_span(motion, DURATION, len(layer.detail["parts"]))
    assert begin < start < end < until
    steady = _ink(frames[round((start + end) / 2 * FPS)])
    assert steady.sum() > 2000
    assert _ink(frames[first + 1]).sum() < 0.5 * steady.sum()  # entering, from its span's start
    assert _ink(frames[last - 1]).sum() < 0.3 * steady.sum()  # faded by its span's end
