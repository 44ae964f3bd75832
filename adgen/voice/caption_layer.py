"""Burned-in captions: each cue drawn with Pillow into a same-sized RGBA image, the images
joined by stream copy into one QuickTime file of PNG frames with millisecond timestamps (alpha
kept), ready to be one more layer of a scene pass (``Layer(path, x, y)``; no change to it).

Why images and not ffmpeg's ``subtitles``/``ass`` filter: the text is drawn by the project's own
typesetter (:mod:`adgen.pipeline.services.overlay`: per-character font fallback, so CJK and colour emoji
are glyphs, where libass draws emoji as boxes); no caption text ever enters an ffmpeg argument
(only generated file names do), so ``%``, ``:``, quotes and backslashes need no escaping; and
the cost is one decode of a small PNG per caption change plus one overlay per frame. An image
shows from the first frame at or after its start time (ffmpeg's overlay takes the newest image
whose timestamp has passed), so captions land on the frame. (An ffconcat script would do as a
layer too, but its per-file time base can only be set with an ``option`` line, which ffmpeg
refuses in the safe mode a plain ``-i`` opens it in.)

Every image has the size of one band, placed inside the safe area and clear of the boxes to
avoid (the scene's headline), so the scene pass overlays it at one fixed position.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.ffmpeg import FFmpegError, ffmpeg_exe
from adgen.pipeline.services.overlay import Typesetter, font_chain
from adgen.voice.cues import join_words
from adgen.voice.types import Cue, Rect

CaptionStyleName = Literal["line", "highlight"]
CONCAT_NAME = "captions.ffconcat"
LAYER_NAME = "captions.mov"
_TIME_BASE = 1000  # frames a second the caption images are timed at: millisecond starts


@dataclass(frozen=True)
class CaptionStyle:
    """How captions look. Sizes are fractions of the frame's shorter side, so a style looks the
    same in 9:16, 1:1 and 16:9."""

    name: CaptionStyleName
    size: float
    min_size: float
    text: tuple[int, int, int]
    highlight: tuple[int, int, int]
    box: tuple[int, int, int, int] | None  # behind each line (line style)
    uppercase: bool
    max_chars: int  # per line, for this style's cues
    max_lines: int


LINE_STYLE = CaptionStyle(
    "line", 0.042, 0.026, (255, 255, 255), (255, 255, 255), (0, 0, 0, 170), False, 42, 2
)
# The UGC look: short bold chunks, outlined, the spoken word lit up.
HIGHLIGHT_STYLE = CaptionStyle("highlight", 0.062, 0.032, (255, 255, 255), (255, 210, 63), None, True, 22, 2)
STYLES: dict[str, CaptionStyle] = {"line": LINE_STYLE, "highlight": HIGHLIGHT_STYLE}


@dataclass
class CaptionLayer:
    """The burned-in captions of one clip: the timed layer file, where to put it, and what could
    not be done (shown to the user, never silent)."""

    path: Path
    band: Rect | None
    font_px: int
    images: list[tuple[float, float, Path]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def x(self) -> str:
        return str(self.band.left if self.band else 0)

    @property
    def y(self) -> str:
        return str(self.band.top if self.band else 0)


def _free_spans(safe: Rect, avoid: Sequence[Rect], margin: int) -> list[tuple[int, int]]:
    """Vertical stretches of the safe area that no avoided box (plus margin) reaches into."""
    blocked = sorted(
        (max(safe.top, b.top - margin), min(safe.bottom, b.bottom + margin))
        for b in avoid
        if b.left < safe.right
        and safe.left < b.right
        and b.top - margin < safe.bottom
        and safe.top < b.bottom + margin
    )
    spans, cursor = [], safe.top
    for top, bottom in blocked:
        if top > cursor:
            spans.append((cursor, top))
        cursor = max(cursor, bottom)
    if cursor < safe.bottom:
        spans.append((cursor, safe.bottom))
    return spans


def place_band(
    frame: tuple[int, int], safe: Rect, avoid: Sequence[Rect], height: int, prefer: float | None = None
) -> Rect | None:
    """The caption band: safe-area wide, ``height`` tall, clear of every avoided box, as near
    as possible to the preferred height (the lower part of the frame, where viewers look for
    captions); None when no free stretch is tall enough."""
    width, frame_h = frame
    if prefer is None:
        prefer = 0.72 if frame_h > width else 0.8
    target = safe.top + prefer * safe.height - height / 2
    margin = max(4, round(min(frame) * 0.015))
    best: tuple[float, int] | None = None
    for top, bottom in _free_spans(safe, avoid, margin):
        if bottom - top < height:
            continue
        y = int(min(max(target, top), bottom - height))
        if best is None or abs(y - target) < best[0]:
            best = (abs(y - target), y)
    if best is None:
        return None
    y = best[1] - best[1] % 2  # yuv420 overlays round odd positions down
    left = safe.left + safe.left % 2
    return Rect(left, y, safe.right, y + height)


class _Painter:
    """Draws the cues of one style at one size into band images."""

    def __init__(self, style: CaptionStyle, px: int, brand_font: str | None) -> None:
        self.style, self.px = style, px
        self.setter = Typesetter(font_chain(brand_font), px)
        self.stroke = 0 if style.box else max(2, round(px * 0.09))
        self.pad = round(px * 0.35)
        self.line_h = self.setter.line_height + (self.pad if style.box else 0)

    def band_height(self) -> int:
        lines = self.style.max_lines
        height = self.line_h * lines + 2 * self.pad + 2 * self.stroke
        return height + height % 2

    def text_of(self, word: str) -> str:
        return word.upper() if self.style.uppercase else word

    def widest(self, cues: Sequence[Cue]) -> float:
        return max((self.setter.width(self.text_of(line)) for c in cues for line in c.lines), default=0.0)

    def draw(self, size: tuple[int, int], cue: Cue, lit: int | None) -> Image.Image:
        """The cue's lines centred in the band; word ``lit`` (an index into cue.words) highlighted."""
        image = Image.new("RGBA", size, (0, 0, 0, 0))
        lines = [self.text_of(line) for line in cue.lines]
        block = self.line_h * (len(lines) - 1) + self.setter.ascent + self.setter.descent
        top = (size[1] - block) / 2
        words_left = [self.text_of(w.text) for w in cue.words]
        index = 0
        for row, line in enumerate(lines):
            width = self.setter.width(line)
            x = (size[0] - width) / 2
            baseline = top + self.setter.ascent + row * self.line_h
            if self.style.box:
                box = (x - self.pad, baseline - self.setter.ascent - self.pad * 0.5)
                box += (x + width + self.pad, baseline + self.setter.descent + self.pad * 0.5)
                ImageDraw.Draw(image).rounded_rectangle(
                    box, radius=round(self.px * 0.25), fill=self.style.box
                )
            if lit is None:
                self.setter.draw_line(
                    image, line, x, baseline, (*self.style.text, 255), self.stroke, (0, 0, 0, 255)
                )
                continue
            # The words of this line, in order, each drawn at its offset so one can be lit.
            count = 0
            while index + count < len(words_left) and line.startswith(
                join_words(words_left[index : index + count + 1])
            ):
                count += 1
            pieces = words_left[index : index + count] or [line]
            for k, word in enumerate(pieces):
                wx = x + self.setter.width(join_words(pieces[: k + 1])) - self.setter.width(word)
                colour = self.style.highlight if index + k == lit else self.style.text
                self.setter.draw_line(image, word, wx, baseline, (*colour, 255), self.stroke, (0, 0, 0, 255))
            index += count
        return image


def _save(image: Image.Image, path: Path) -> Path:
    with atomic_output(path) as tmp:
        image.save(tmp, format="PNG", compress_level=1)
    return path


def _concat_script(segments: list[tuple[float, float, str]], total: float, blank: str) -> str:
    """ffconcat lines: each image for its span, the blank between and after (ffmpeg's overlay
    repeats an input's last frame, so the script ends on the blank). Each image is opened at a
    1000 fps time base: at the image reader's default (25 fps) every start would be rounded to
    40 ms."""
    lines = ["ffconcat version 1.0"]

    def show(name: str, seconds: float | None) -> None:
        lines.extend([f"file '{name}'", f"option framerate {_TIME_BASE}"])
        if seconds is not None:
            lines.append(f"duration {seconds:.3f}")

    cursor = 0.0
    for start, end, name in segments:
        if start - cursor > 1e-4:
            show(blank, start - cursor)
        show(name, end - start)
        cursor = end
    show(blank, max(0.04, total - cursor))
    show(blank, None)
    return "\n".join(lines) + "\n"


def render_caption_layer(
    cues: Sequence[Cue],
    style: CaptionStyle,
    frame: tuple[int, int],
    safe: Rect,
    avoid: Sequence[Rect],
    duration_sec: float,
    out_dir: Path,
    brand_font: str | None = None,
) -> CaptionLayer:
    """Band images and their ffconcat script for one clip of ``duration_sec`` (cue times are
    seconds into that clip). The font shrinks, down to the style's minimum, until the widest
    line fits the safe width and a free band exists; if none does, nothing is burned in and the
    layer says why (the subtitle files still carry the captions)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    short = min(frame)
    px, floor = round(style.size * short), max(9, round(style.min_size * short))
    band, painter = None, None
    while True:
        painter = _Painter(style, px, brand_font)
        fits_width = painter.widest(cues) + 2 * painter.pad + 2 * painter.stroke <= safe.width
        band = place_band(frame, safe, avoid, painter.band_height()) if fits_width else None
        if band is not None or px <= floor:
            break
        px = max(floor, int(px * 0.92))
    blank_name = "blank.png"
    concat = out_dir / CONCAT_NAME
    layer = CaptionLayer(path=out_dir / LAYER_NAME, band=band, font_px=px)
    size = (band.width, band.height) if band else (2, 2)
    _save(Image.new("RGBA", size, (0, 0, 0, 0)), out_dir / blank_name)
    segments: list[tuple[float, float, str]] = []
    if band is None and cues:
        layer.warnings.append(
            "Captions were left off this scene: there is no room for them inside the safe area "
            "without covering the headline; shorten or move the headline (the subtitle files still have them)."
        )
    elif band is not None:
        for number, cue in enumerate(cues):
            start, end = max(0.0, cue.start), min(duration_sec, cue.end)
            if end <= start:
                continue
            if style.name == "highlight" and cue.words:
                starts = [max(start, w.start) for w in cue.words] + [end]
                for k in range(len(cue.words)):
                    a, b = (start if k == 0 else starts[k]), starts[k + 1]
                    if b - a > 1e-3:
                        name = f"cue_{number:03d}_{k:02d}.png"
                        segments.append((a, b, name))
                        layer.images.append((a, b, _save(painter.draw(size, cue, k), out_dir / name)))
            else:
                name = f"cue_{number:03d}.png"
                segments.append((start, end, name))
                layer.images.append((start, end, _save(painter.draw(size, cue, None), out_dir / name)))
    concat.write_text(_concat_script(segments, duration_sec, blank_name), encoding="utf-8")
    with atomic_output(layer.path) as tmp:
        args = [
            ffmpeg_exe(),
            "-hide_banner",
            "-nostdin",
            "-y",
            "-loglevel",
            "error",
            "-f",
            "concat",
            "-safe",
            "0",
        ]
        args += ["-i", str(concat), "-c:v", "copy", "-fps_mode", "passthrough", "-video_track_timescale"]
        args += [str(_TIME_BASE), "-f", "mov", str(tmp)]
        proc = subprocess.run(args, capture_output=True)
        if proc.returncode != 0:
            raise FFmpegError("joining the caption images failed", proc.stderr.decode("utf-8", "replace"))
    return layer


__all__ = [
    "CONCAT_NAME",
    "LAYER_NAME",
    "HIGHLIGHT_STYLE",
    "LINE_STYLE",
    "STYLES",
    "CaptionLayer",
    "CaptionStyle",
    "place_band",
    "render_caption_layer",
]
