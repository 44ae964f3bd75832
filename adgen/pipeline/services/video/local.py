"""The offline video provider: procedural motion-graphics backgrounds drawn in numpy.

A clip is one of several background families (studio sweep, gradient mesh, geometric shapes,
light leaks, flowing abstract, bokeh: :mod:`.families`), chosen from the scene's words and the
style's named look, in the palette, with a slow camera. What it looks like follows the style
and the words of the prompt (:mod:`.look`): the *take* (family, accent, composition) comes from
the subject words, the named look and the seed, never from look words; the *grade* (exposure,
lift, warmth, spread, speed) from the look words. So "brighter" lifts the same picture instead
of drawing a new one, and "warmer" turns the same picture warmer at the same luma.

Frames are drawn at most 448 pixels on the long side and upscaled by ffmpeg: every element is
soft, so nothing is lost. The grade is folded into the colours (saturation and warmth, a linear
map) and a per-channel lookup table (tone curve fitted to the look's exposure, then the edit
grade: the spread about the clip's mean and the lift), so it costs one table lookup per pixel.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
from threadpoolctl import threadpool_limits

from adgen.pipeline.ffmpeg import FrameWriter, frame_count
from adgen.pipeline.services.video.families import FAMILY_PAINTERS, Accent, Canvas, Family
from adgen.pipeline.services.video.look import Look, look_from
from adgen.pipeline.types import BackgroundRequest

# Luma weights of BT.601, the matrix ffmpeg uses for yuv420p at these sizes.
_LUMA = np.array([0.299, 0.587, 0.114], np.float32)
# Frames are drawn at most this large and upscaled by ffmpeg: every element is soft (shapes
# have anti-aliased edges a few pixels wide at the export size), so drawing larger only costs.
_DRAW_LONG_SIDE = 448
_LUT_SIZE = 256
_LUT_RANGE = 1.25  # linear values 0..1.25 map onto the 8-bit table index
# A chroma shift at constant luma (BT.601: Cr up, Cb down): R +1.402, G -0.371, B -1.772 per unit.
_WARM = np.array([1.402, -0.3713, -1.772], np.float32)


def _role_look(look: Look, role: str) -> Look:
    """Scene roles read differently: a hook moves more, a problem is quieter and cooler."""
    if role == "hook":
        return replace(look, speed=look.speed * 1.2, glow=look.glow + 0.1)
    if role == "problem":
        return replace(
            look, saturation=look.saturation * 0.8, warmth=look.warmth - 0.1, speed=look.speed * 0.8
        )
    if role == "cta":
        return replace(look, saturation=look.saturation * 1.05, glow=look.glow + 0.1)
    return look


class _Painter:
    """One clip: its family (and accent), its colour grade and its tone tables."""

    def __init__(self, look: Look, role: str, w: int, h: int, duration: float) -> None:
        self.look = look
        rng = np.random.default_rng(look.take.seed)
        canvas = Canvas(w, h, duration, look.speed, role, rng)
        # The colour grade as a row-vector matrix: saturation about luma, then warmth as a
        # luma-neutral chroma shift proportional to luma (white balance, not a tint), then the
        # scale of the lookup table's index.
        sat = look.saturation
        grade = sat * np.eye(3) + (1 - sat) * np.outer(_LUMA, np.ones(3))
        grade = grade @ (np.eye(3) + 0.09 * look.warmth * np.outer(_LUMA, _WARM))
        self.grade = (grade * ((_LUT_SIZE - 1) / _LUT_RANGE)).astype(np.float32)
        col = lambda c: np.asarray(c, np.float32) @ self.grade  # noqa: E731
        self.family: Family = FAMILY_PAINTERS[look.take.family](look, role, canvas, rng, col)
        self.accent = Accent(look.take.accent, self.family) if look.take.accent else None
        self.grain = _grain_tiles(w, h, look.grain, rng) if look.grain > 0.01 else None
        self.lut = np.round(255 * np.stack([self._tone(0.0)] * 3, axis=1)).astype(np.uint8)[:, None, :]

    def linear(self, t: float) -> np.ndarray:
        """The frame before the tone curve: (h, w, 3) floats in lookup-table index units."""
        img = self.family.frame(t)
        if self.accent is not None:
            self.accent.draw(img, t)
        return img

    def _tone(self, q: float) -> np.ndarray:
        """The take's tone curve (0..1 floats): exposure and gamma move together with q."""
        x = np.linspace(0, _LUT_RANGE, _LUT_SIZE, dtype=np.float64) * math.exp(0.6 * q)
        pivot = 0.45
        return np.clip(pivot + (x - pivot) * self.look.contrast, 0, 1) ** math.exp(-0.5 * q)

    @staticmethod
    def _indices(img: np.ndarray) -> np.ndarray:
        np.clip(img, 0, _LUT_SIZE - 1, out=img)
        return img.astype(np.uint8)

    def fit(self, samples: int = 8) -> None:
        """Fit the tone curve so the take's mean luma is the look's exposure, whatever the
        palette; then build each channel's table with the edit grade on top: the spread about
        the clip's channel means (contrast steps) and the lift (brightness steps)."""
        hists = np.zeros((3, _LUT_SIZE), np.float64)
        for i in range(samples):
            t = self.family.canvas.duration * i / max(samples - 1, 1) * 0.999
            idx = self._indices(self.linear(t))
            for c in range(3):
                hists[c] += np.bincount(idx[:, :, c].ravel(), minlength=_LUT_SIZE)
        hists /= hists[0].sum()

        def mean_luma(q: float) -> float:
            tone = self._tone(q)
            return float(sum(_LUMA[c] * (hists[c] @ tone) for c in range(3)))

        lo, hi = -4.0, 4.0
        for _ in range(30):
            mid = (lo + hi) / 2
            if mean_luma(mid) < self.look.brightness:
                lo = mid
            else:
                hi = mid
        tone = self._tone((lo + hi) / 2)
        means = [float(hists[c] @ tone) for c in range(3)]
        luts = [_shoulder(m + self.look.spread * (tone - m) + self.look.lift) for m in means]
        self.lut = np.round(255 * np.stack(luts, axis=1)).astype(np.uint8)[:, None, :]  # (256, 1, 3)

    def frame(self, t: float, index: int) -> np.ndarray:
        """The finished frame, uint8 RGB (h, w, 3)."""
        img = self.linear(t)
        if self.grain is not None:
            img += self.grain[index % len(self.grain)][:, :, None]
        return cv2.LUT(self._indices(img), self.lut)


def _shoulder(y: np.ndarray) -> np.ndarray:
    """Clip to 0..1 with a soft knee at both ends, so a lift or a spread never bands."""
    hi, lo = 0.92, 0.05
    y = np.where(y > hi, hi + (1 - hi) * np.tanh((y - hi) / (1 - hi)), y)
    y = np.where(y < lo, lo * np.exp((y - lo) / lo), y)
    return np.clip(y, 0.0, 1.0)


def _grain_tiles(w: int, h: int, amount: float, rng: np.random.Generator, count: int = 6) -> list[np.ndarray]:
    """A few frames of soft film grain (in table index units), cycled through the clip."""
    scale = amount * 0.022 * (_LUT_SIZE - 1) / _LUT_RANGE
    tiles = []
    for _ in range(count):
        noise = rng.standard_normal((h, w)).astype(np.float32)
        tiles.append(cv2.GaussianBlur(noise, (0, 0), 0.7) * scale)
    return tiles


class LocalVideoGenerator:
    """Procedural, deterministic, offline background clips."""

    name = "local"
    model = "procedural-v1"
    version = 3  # bump when the same request would draw a different clip (part of the cache key)

    def generate(self, request: BackgroundRequest, out_path: Path) -> Path:
        width, height, fps = int(request.width), int(request.height), request.fps
        if width <= 0 or height <= 0 or width % 2 or height % 2:
            raise ValueError(f"background size must be positive and even, got {width}x{height}")
        if fps <= 0 or request.duration_sec <= 0:
            raise ValueError("fps and duration must be positive")
        look = _role_look(look_from(request.prompt, request.style, request.seed, request.role), request.role)
        scale = max(1.0, max(width, height) / _DRAW_LONG_SIDE)
        w, h = max(16, round(width / scale)), max(16, round(height / scale))
        painter = _Painter(look, request.role, w, h, request.duration_sec)
        frames = frame_count(request.duration_sec, fps)
        # One BLAS thread: the products are small, and a render runs a generator per core
        # beside ffmpeg encodes; more threads only contend for the same cores.
        with threadpool_limits(limits=1, user_api="blas"):
            painter.fit()
            with FrameWriter(
                Path(out_path), w, h, fps, preset="ultrafast", crf=18, upscale_to=(width, height)
            ) as out:
                for i in range(frames):
                    out.write(painter.frame(i / fps, i))
        return Path(out_path)


__all__ = ["Look", "LocalVideoGenerator", "look_from"]
