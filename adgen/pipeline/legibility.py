"""Text that stands out from the background it is drawn on, measured before the scene is encoded
(issue 16's contrast fix).

The text layer is drawn, laid over frames of the scene's own background clip (cut and scaled as
the scene pass does), and measured exactly as the pre-flight check will measure the export:
WCAG contrast of the text colour against the ring of pixels around its glyphs, the 5th
percentile over every sampled frame, against 4.5:1 (3:1 for large text) on the export's
presets. The pixels are measured as the export will show them: its yuv420p keeps one colour
(chroma) per 2x2 pixels, so the pixels right around a glyph take a share of the glyph's colour.
That costs little where text and background differ in lightness, but a lot where they differ
in colour: black on a magenta button measured 6.7:1 as drawn and 3.9:1 in the export.

When it falls short, first another colour of the ad's palette that clears it is used; when none
does, a scrim (a translucent band behind the words) of the least opacity that clears it. Either
way the report says what was changed. A margin above the target leaves room for the rest of the
encode (x264's quantisation), which softens edges a little more.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image

from adgen.pipeline.ffmpeg import ffmpeg_exe
from adgen.pipeline.transitions import keyframe_times
from adgen.pipeline.types import Layer, TextStyle
from adgen.platforms.geometry import Rect
from adgen.preflight.contrast import (
    contrast_ratio,
    halo_opacity,
    hex_to_rgb,
    measure_contrast,
    relative_luminance,
)
from adgen.preflight.legibility import SizeThresholds

# Measured contrast must clear the target by this factor before the encode.
CONTRAST_MARGIN = 1.15
# A GOP a second: where the frames the check decodes may be (with the cuts of sampled_frames).
SAMPLES_PER_SEC = 1.0
MAX_SAMPLES = 30
MAX_SCRIM = 0.95

TextDrawer = Callable[[TextStyle], Layer]


@dataclass(frozen=True)
class Legibility:
    """What the text was drawn with and how it measured: ``worst`` is the 5th-percentile
    contrast on the sampled frames (None when there was nothing to measure), ``target`` the
    WCAG line for its size, ``fix`` what was changed to reach it (None: nothing)."""

    style: TextStyle
    worst: float | None
    target: float
    fix: str | None = None


def sampled_frames(fps: int, duration_sec: float) -> list[int]:
    """The frames of a scene the check can decode: where its key frames may be. A GOP a second
    from the scene's start, and, where the assembly cuts the scene pass for its transitions, a
    GOP a second from the end of its head and one where its tail starts
    (:func:`adgen.pipeline.transitions.keyframe_times`); at most :data:`MAX_SAMPLES`."""
    frames = max(1, round(duration_sec * fps))
    step = max(1, round(fps / SAMPLES_PER_SEC))
    head, tail = (round(t * fps) for t in keyframe_times(duration_sec, fps))
    wanted = {*range(0, frames, step), *range(head, frames, step), tail}
    return sorted(n for n in wanted if 0 <= n < frames)[:MAX_SAMPLES]


def background_frames(
    background: Path, width: int, height: int, fps: int, duration_sec: float, region: Rect
) -> np.ndarray:
    """Frames of the background as the scene pass frames it (centre-cropped to the export's
    shape, scaled to its size), at :func:`sampled_frames`, cut to ``region``: (N, h, w, 3)."""
    x, y = int(region.x), int(region.y)
    w, h = int(region.w), int(region.h)
    picked = sampled_frames(fps, duration_sec)
    count = len(picked)
    which = "+".join(f"eq(n\\,{n})" for n in picked)
    chain = (
        f"fps={fps},select='{which}',"
        f"crop=w='min(iw,ih*{width}/{height})':h='min(ih,iw*{height}/{width})',"
        f"scale={width}:{height}:flags=bicubic,crop={w}:{h}:{x}:{y}"
    )
    proc = subprocess.run(
        # One decoding thread: a few hundred small frames, where frame threads cost more CPU
        # than they save (0.31 -> 0.28 CPU s a clip; the same pixels).
        [ffmpeg_exe(), "-v", "error", "-nostdin", "-threads", "1", "-i", str(background), "-an", "-vf", chain]
        + [
            "-fps_mode",
            "passthrough",
            "-frames:v",
            str(count),
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "pipe:1",
        ],
        capture_output=True,
    )
    data = np.frombuffer(proc.stdout, np.uint8)
    frames = data.size // (w * h * 3)
    if proc.returncode != 0 or frames == 0:
        return np.zeros((0, h, w, 3), np.uint8)
    return data[: frames * w * h * 3].reshape(frames, h, w, 3)


class BackgroundSource:
    """A scene's background as one export frames it (:func:`background_frames`), decoded once
    for an ``area`` and cut for every region asked inside it: cutting the decoded frames gives
    the same pixels as decoding the region (the crop follows the scale), so an end card's button
    backdrop and its text's contrast are measured on one decode of the clip, not two. A region
    outside the area is decoded on its own (and kept for the next). ``decodes`` counts them."""

    def __init__(
        self,
        background: Path,
        width: int,
        height: int,
        fps: int,
        duration_sec: float,
        area: Rect | None = None,
    ) -> None:
        self.background, self.size, self.fps, self.duration_sec = (
            background,
            (width, height),
            fps,
            duration_sec,
        )
        self.area = _whole(area.intersect(Rect(0, 0, width, height))) if area is not None else None
        self.decodes = 0
        self._kept: tuple[Rect, np.ndarray] | None = None

    def frames(self, region: Rect) -> np.ndarray:
        """The frames cut to ``region`` (whole pixels): (N, h, w, 3)."""
        region = _whole(region)
        if self._kept is None or not self._kept[0].contains(region):
            wanted = self.area if self.area is not None and self.area.contains(region) else region
            width, height = self.size
            decoded = background_frames(self.background, width, height, self.fps, self.duration_sec, wanted)
            self.decodes += 1
            if decoded.shape[0] == 0:
                return decoded[:, : int(region.h), : int(region.w)]
            self._kept = (wanted, decoded)
        kept, frames = self._kept
        x, y = int(region.x - kept.x), int(region.y - kept.y)
        return frames[:, y : y + int(region.h), x : x + int(region.w)]


def _whole(rect: Rect) -> Rect:
    """``rect`` with integer corners as :func:`background_frames` cuts it (int of each)."""
    return Rect(int(rect.x), int(rect.y), int(rect.w), int(rect.h))


def _over(frames: np.ndarray, layer: Layer, region: Rect) -> np.ndarray:
    """The text layer composited over the background frames of ``region`` (as the scene pass
    blends it). Only the layer's own rectangle is blended: outside it the frames are unchanged
    (a transparent pixel leaves the background as it is), so they are copied, not computed."""
    with Image.open(layer.path) as image:
        rgba = np.asarray(image.convert("RGBA"), np.float32)
    out = frames.copy()
    ox, oy = int(float(layer.x)) - int(region.x), int(float(layer.y)) - int(region.y)
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(frames.shape[2], ox + rgba.shape[1]), min(frames.shape[1], oy + rgba.shape[0])
    if x1 > x0 and y1 > y0:
        patch = rgba[y0 - oy : y1 - oy, x0 - ox : x1 - ox]
        alpha = patch[..., 3:] / 255.0
        under = frames[:, y0:y1, x0:x1].astype(np.float32)
        under *= 1 - alpha
        under += patch[..., :3] * alpha
        out[:, y0:y1, x0:x1] = np.round(under, out=under)
    return out


# BT.601 luma weights: what ffmpeg's RGB <-> yuv420p conversions use for these untagged files.
_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def as_encoded(frames: np.ndarray) -> np.ndarray:
    """``frames`` (..., H, W, 3, uint8; their corner on even frame coordinates) with the colour
    resolution of yuv420p: each pixel keeps its luma, and its chroma is the mean of the 2x2 block
    it is in (as the encoder stores it and the decoder repeats it). The export's own pixels,
    but for the encoder's quantisation, which :data:`CONTRAST_MARGIN` covers.

    Computed one colour plane at a time on contiguous float32 arrays (a plane cut from the
    interleaved RGB is strided, and numpy's block mean over two axes is slow): the 2x2 block
    mean is the sum of the four corners' planes, added in the order ``mean()`` adds them, so
    the pixels are the same to the bit. The text's contrast is measured on every sampled frame
    at each retry. An odd last row or column is its own block, repeated (as the edge-padded
    encode sees it)."""
    h, w = frames.shape[-3], frames.shape[-2]
    if h % 2 or w % 2:
        pad = [(0, 0)] * (frames.ndim - 3) + [(0, h % 2), (0, w % 2), (0, 0)]
        return as_encoded(np.pad(frames, pad, mode="edge"))[..., :h, :w, :]
    luma = frames.astype(np.float32) @ _LUMA
    blocked = luma.shape[:-2] + (h // 2, 2, w // 2, 2)

    def with_block_chroma(channel: int) -> np.ndarray:
        """The channel as luma + the 2x2 block mean of (the channel - luma)."""
        plane = frames[..., channel].astype(np.float32)
        plane -= luma
        mean = plane[..., 0::2, 0::2] + plane[..., 0::2, 1::2]
        mean += plane[..., 1::2, 0::2] + plane[..., 1::2, 1::2]
        mean /= 4
        np.add(luma.reshape(blocked), mean[..., :, None, :, None], out=plane.reshape(blocked))
        return plane

    r, b = with_block_chroma(0), with_block_chroma(2)
    g = np.multiply(_LUMA[0], r)
    np.subtract(luma, g, out=g)
    g -= _LUMA[2] * b
    g /= _LUMA[1]
    out = np.empty(frames.shape, np.uint8)
    for channel, plane in enumerate((r, g, b)):
        np.clip(plane, 0, 255, out=plane)
        np.round(plane, out=plane)
        out[..., channel] = plane
    return out


def _ring(cap: float) -> int:
    """The pre-flight check's ring around the glyphs: a tenth of the cap height, 2 px at least."""
    return max(2, round(0.1 * cap))


@dataclass
class _Measure:
    worst: float  # the lowest of the frames' 5th-percentile contrasts
    frame: int  # the frame it was on


def _words(layer: Layer) -> Rect:
    """The words' own ink (the layer's box without a band or shadow), as the check looks at it."""
    found = layer.detail.get("textBox")
    return Rect(*found) if found else layer.box


def _measure(layer: Layer, frames: np.ndarray, region: Rect, colour: str) -> _Measure:
    """The text's contrast on each sampled frame, the worst frame's. The check pools the
    pixels of a few keyframes; no pool of frames can measure below its worst frame (each has at
    most 5 % of its ring under that line), so passing here on every frame passes there."""
    box = _words(layer)
    assert box is not None
    inner = Rect(box.x - region.x, box.y - region.y, box.w, box.h)
    cap = float(layer.detail.get("capHeightPx") or 0.0)
    per_frame = [
        measure_contrast([frame], inner, colour, _ring(cap))[0].worst
        for frame in as_encoded(_over(frames, layer, region))
    ]
    worst = int(np.argmin(per_frame))
    return _Measure(per_frame[worst], worst)


# A button's label is checked as any text; its colours are picked before its size is known, so
# they are measured on a sample label at the smallest cap height the default presets advise
# (9:16: 26 px), where the encode's 2x2 colour blocks take the largest share of its edges.
LABEL_SAMPLE = "Shop now"
LABEL_CAP_PX = 26.0


@lru_cache(maxsize=256)
def label_contrast(fill: str, label: str) -> float:
    """The contrast a button's ``label`` colour keeps on its ``fill`` in the export: a sample
    label drawn as the renderer draws one, with the export's colour resolution
    (:func:`as_encoded`), measured as the check measures it (5th percentile of the ring around
    the glyphs). Lower than the two colours' own ratio where they differ in colour more than in
    lightness."""
    from adgen.pipeline.services.overlay import Typesetter, font_chain

    setter = Typesetter(font_chain(None), max(9, round(LABEL_CAP_PX / 0.73)))
    pad = 12
    width = round(setter.width(LABEL_SAMPLE)) + 2 * pad
    height = setter.ascent + setter.descent + 2 * pad
    image = Image.new("RGBA", (width, height), (*hex_to_rgb(fill), 255))
    setter.draw_line(
        image, LABEL_SAMPLE, pad, pad + setter.ascent, (*hex_to_rgb(label), 255), 0, (0, 0, 0, 0)
    )
    pixels = as_encoded(np.asarray(image.convert("RGB")))
    box = Rect(pad, pad, width - 2 * pad, height - 2 * pad)
    return measure_contrast([pixels], box, label, _ring(LABEL_CAP_PX))[0].worst


def _target(layer: Layer, limits: SizeThresholds) -> float:
    cap = float(layer.detail.get("capHeightPx") or 0.0)
    return limits.contrast_target(cap, bool(layer.detail.get("bold")))


def _raw_pixels(frames: np.ndarray, layer: Layer, region: Rect) -> np.ndarray:
    """The background under the words on each sampled frame, (frames, N, 3)."""
    box = _words(layer)
    assert box is not None
    x0, y0 = int(box.x - region.x), int(box.y - region.y)
    patch = frames[:, y0 : y0 + int(box.h), x0 : x0 + int(box.w)]
    return patch.reshape(patch.shape[0], -1, 3)


def _p5(colour: str, pixels: np.ndarray) -> float:
    """The lowest, over frames, of the 5th-percentile contrast of ``colour`` on ``pixels``."""
    if pixels.size == 0:
        return 0.0
    rgb = hex_to_rgb(colour)
    step = max(1, pixels.shape[1] // 5000)
    return min(float(np.percentile(contrast_ratio(frame[::step], rgb), 5)) for frame in pixels)


def _shade(colour: str) -> str:
    return "dark" if colour.upper() == "#000000" else "light"


def legible_text(
    draw: TextDrawer,
    planned: str,
    palette: Sequence[str],
    background: Path | None,
    size: tuple[int, int],
    fps: int,
    duration_sec: float,
    limits: SizeThresholds,
    fix: bool = True,
    source: BackgroundSource | None = None,
) -> tuple[Layer, Legibility]:
    """The text layer drawn so that it passes the contrast check on ``background``: in its
    planned colour when that passes, else in the palette colour that passes best, else with the
    least scrim that passes (``fix`` False: as planned, only measured). ``source``, when given,
    is that background already framed for this export (and maybe decoded): its frames are used."""
    planned = planned.upper()
    style = TextStyle(color=planned)
    layer = draw(style)
    if layer.box is None or background is None:
        return layer, Legibility(style, None, _target(layer, limits) if layer.box else 0.0)
    width, height = size
    target = _target(layer, limits)
    wanted = target * CONTRAST_MARGIN
    frame = Rect(0, 0, width, height)
    region = layer.box.expanded(_ring(float(layer.detail.get("capHeightPx") or 0.0)) + 4).intersect(frame)
    # On even coordinates, so that its 2x2 blocks are the encoder's (:func:`as_encoded`).
    x, y = int(region.x) // 2 * 2, int(region.y) // 2 * 2
    region = Rect(x, y, int(region.right) - x, int(region.bottom) - y)
    if source is None:
        source = BackgroundSource(background, width, height, fps, duration_sec)
    frames = source.frames(region)
    if frames.shape[0] == 0:
        return layer, Legibility(style, None, target)
    first = _measure(layer, frames, region, planned)
    if first.worst >= wanted or not fix:
        return layer, Legibility(style, first.worst, target)
    raw = _raw_pixels(frames, layer, region)
    candidates = [c.upper() for c in dict.fromkeys(palette) if c.upper() != planned]
    ranked = sorted(((c, _p5(c, raw)) for c in candidates), key=lambda item: -item[1])
    for colour, estimate in ranked[:2]:
        if estimate < wanted:
            break
        other = TextStyle(color=colour)
        drawn = draw(other)
        if drawn.box is None:
            continue
        measured = _measure(drawn, frames, region, colour)
        if measured.worst >= wanted:
            note = (
                f"text colour {planned} changed to the palette's {colour} to reach {target:g}:1 "
                f"({measured.worst:.1f}:1 on its background)"
            )
            return drawn, Legibility(other, measured.worst, target, note)
    halo = halo_opacity(planned, raw[first.frame], wanted)
    light_text = float(relative_luminance(np.asarray(hex_to_rgb(planned)))) > 0.18
    scrim_colour = halo.colour if halo else ("#000000" if light_text else "#FFFFFF")
    opacity = halo.opacity if halo else MAX_SCRIM
    while True:
        scrimmed = TextStyle(color=planned, scrim_color=scrim_colour, scrim_opacity=round(opacity, 2))
        drawn = draw(scrimmed)
        measured = _measure(drawn, frames, region, planned) if drawn.box else _Measure(0.0, 0)
        if measured.worst >= wanted or opacity >= MAX_SCRIM:
            break
        opacity = min(MAX_SCRIM, opacity + 0.1)
    reached = "to reach" if measured.worst >= target else "but it still falls short of"
    note = (
        f"{_shade(scrim_colour)} scrim at {opacity:.0%} behind the text {reached} {target:g}:1 "
        f"({measured.worst:.1f}:1 on its background, {first.worst:.1f}:1 without)"
    )
    return drawn, Legibility(scrimmed, measured.worst, target, note)


__all__ = [
    "CONTRAST_MARGIN",
    "BackgroundSource",
    "Legibility",
    "as_encoded",
    "background_frames",
    "label_contrast",
    "legible_text",
]
