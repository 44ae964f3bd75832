"""The text layer of a scene: the overlay's words drawn with Pillow into a full-frame RGBA PNG.

Drawing text here rather than with ffmpeg's drawtext removes every escaping problem (``%``,
``:``, quotes, backslashes are just characters to Pillow) and gives what drawtext cannot:
wrapping inside a safe zone, shrink-to-fit, and per-character font fallback, so CJK text and
emoji render as glyphs instead of boxes.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.types import Box, Button, Layer, TextBox, TextStyle
from adgen.project import Brand, Overlay

DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
EMOJI_FONT = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
_EMOJI_SIZE = 109  # the only size Noto Color Emoji's bitmaps load at
# Overlay.font_size is in pixels of a frame whose shorter side is 1080, so a line has the same
# size relative to the picture's height in 9:16 and 16:9 (a landscape frame is not 'bigger').
_REFERENCE_SHORT_SIDE = 1080
_MIN_SIZE = 9
_LINE_SPACING = 1.18


class OverlayError(ValueError):
    """The text layer cannot be drawn (no usable font, bad size)."""


def text_safe_zone(width: int, height: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) that text stays inside. Vertical video keeps clear of the
    top and bottom where platforms draw their own interface."""
    mx = round(width * 0.07)
    my = round(height * (0.12 if height > width * 1.3 else 0.08))
    return mx, my, width - mx, height - my


# --- fonts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Face:
    path: str | None  # None: Pillow's built-in font
    index: int = 0
    emoji: bool = False


@lru_cache(maxsize=16)
def _coverage(path: str | None, index: int) -> frozenset[int]:
    if path is None:
        return frozenset(range(32, 127))
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception:  # noqa: BLE001 - an unreadable font covers nothing, the chain goes on
        return frozenset()


@lru_cache(maxsize=64)
def _font(face: _Face, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if face.path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(face.path, _EMOJI_SIZE if face.emoji else size, index=face.index)


@lru_cache(maxsize=32)
def resolve_font(name: str | None) -> str | None:
    """A font file for a brand font: a path to a font file, or an installed family name
    (matched with fontconfig); None when neither, so the default is used."""
    if not name or not name.strip():
        return None
    name = name.strip()
    candidate = Path(name).expanduser()
    if candidate.suffix.lower() in (".ttf", ".otf", ".ttc") and candidate.is_file():
        return str(candidate)
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    wanted = name.casefold()
    for pattern in (f"{name}:bold", name):
        try:
            out = subprocess.run(
                [exe, "-f", "%{family}|%{file}", pattern], capture_output=True, text=True, timeout=10
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        families, _, file = out.partition("|")
        if file and any(f.strip().casefold() == wanted for f in families.split(",")):
            return file
    return None


@lru_cache(maxsize=32)
def _loads(path: str) -> bool:
    try:
        ImageFont.truetype(path, 12)
        return True
    except OSError:
        return False


def _chain(brand_font: str | None) -> list[_Face]:
    """The fonts tried for each character: the brand's, DejaVu Sans Bold, Noto Sans CJK, emoji."""
    main = resolve_font(brand_font)
    faces = []
    for path in (main, DEFAULT_FONT, CJK_FONT):
        if path and os.path.isfile(path) and _loads(path) and all(f.path != path for f in faces):
            faces.append(_Face(path))
    if not faces:
        faces.append(_Face(None))
    if os.path.isfile(EMOJI_FONT):
        faces.append(_Face(EMOJI_FONT, emoji=True))
    return faces


_JOINERS = {0x200D, 0xFE0F, 0xFE0E, 0x20E3}
# Characters below U+1F000 that are emoji by default (Unicode's Emoji_Presentation=Yes); text
# fonts often have a plain glyph for them too, but a marketer typing ☕ means the emoji.
_BMP_EMOJI = frozenset(
    [
        0x231A,
        0x231B,
        0x23E9,
        0x23EA,
        0x23EB,
        0x23EC,
        0x23F0,
        0x23F3,
        0x25FD,
        0x25FE,
        0x2614,
        0x2615,
        *range(0x2648, 0x2654),
        0x267F,
        0x2693,
        0x26A1,
        0x26AA,
        0x26AB,
        0x26BD,
        0x26BE,
        0x26C4,
        0x26C5,
        0x26CE,
        0x26D4,
        0x26EA,
        0x26F2,
        0x26F3,
        0x26F5,
        0x26FA,
        0x26FD,
        0x2705,
        0x270A,
        0x270B,
        0x2728,
        0x274C,
        0x274E,
        0x2753,
        0x2754,
        0x2755,
        0x2757,
        0x2795,
        0x2796,
        0x2797,
        0x27B0,
        0x27BF,
        0x2B1B,
        0x2B1C,
        0x2B50,
        0x2B55,
    ]
)


def _joins_previous(cp: int) -> bool:
    """Characters that belong to the grapheme before them (ZWJ sequences, skin tones,
    variation selectors, tags, combining marks)."""
    return (
        cp in _JOINERS
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
        or unicodedata.category(chr(cp)) in ("Mn", "Me")
    )


def _runs(text: str, faces: list[_Face]) -> list[tuple[_Face, str]]:
    """Split text into runs, each drawn with the first face that has its characters."""
    runs: list[tuple[_Face, str]] = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if runs and _joins_previous(cp):
            face, chunk = runs[-1]
            runs[-1] = (face, chunk + ch)
            continue
        wants_emoji = (cp >= 0x1F000 or cp in _BMP_EMOJI) and not (
            i + 1 < len(text) and ord(text[i + 1]) == 0xFE0E
        )
        wants_emoji = wants_emoji or (i + 1 < len(text) and ord(text[i + 1]) == 0xFE0F)
        face = (
            next((f for f in faces if f.emoji and cp in _coverage(f.path, f.index)), None)
            if wants_emoji
            else None
        )
        if face is None:
            if ch.isspace():
                face = faces[0]
            else:
                face = next((f for f in faces if cp in _coverage(f.path, f.index)), faces[0])
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + ch)
        else:
            runs.append((face, ch))
    return runs


# --- layout ----------------------------------------------------------------------------

_BREAKABLE = re.compile(
    r"\s+|[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\U00020000-\U0002FFFF]"
    r"|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\U00020000-\U0002FFFF]+"
)


def clean_text(text: str) -> str:
    """Newlines kept, tabs as spaces, other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


class _Typesetter:
    def __init__(self, faces: list[_Face], size: int) -> None:
        self.faces, self.size = faces, size
        self.emoji_scale = size / _EMOJI_SIZE * 0.92
        main = _font(faces[0], size)
        ascent, descent = main.getmetrics() if hasattr(main, "getmetrics") else (size, size // 4)
        self.ascent, self.descent = ascent, descent
        self.line_height = round((ascent + descent) * _LINE_SPACING)

    def width(self, text: str) -> float:
        total = 0.0
        for face, chunk in _runs(text, self.faces):
            font = _font(face, self.size)
            length = font.getlength(chunk)
            total += length * self.emoji_scale if face.emoji else length
        return total

    def wrap(self, text: str, max_width: float) -> list[str]:
        """Greedy line breaking at spaces and between CJK characters; a word wider than the
        line is broken between characters (never inside an emoji sequence)."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for token in _BREAKABLE.findall(paragraph):
                if token.isspace():
                    line += token if line else ""
                    continue
                if self.width((line + token).rstrip()) <= max_width:
                    line += token
                    continue
                if line.strip():
                    lines.append(line.rstrip())
                line = ""
                if self.width(token) <= max_width:
                    line = token
                    continue
                for ch in token:
                    if line and not _joins_previous(ord(ch)) and self.width(line + ch) > max_width:
                        lines.append(line)
                        line = ""
                    line += ch
            lines.append(line.rstrip())
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        return lines

    def draw_line(
        self,
        image: Image.Image,
        text: str,
        x: float,
        baseline: float,
        fill: tuple[int, ...],
        stroke: int,
        stroke_fill: tuple[int, ...],
    ) -> None:
        draw = ImageDraw.Draw(image)
        for face, chunk in _runs(text, self.faces):
            font = _font(face, self.size)
            if face.emoji:
                w = max(1, round(font.getlength(chunk)))
                tile = Image.new("RGBA", (w + 8, round(_EMOJI_SIZE * 1.4)), (0, 0, 0, 0))
                ImageDraw.Draw(tile).text(
                    (4, round(_EMOJI_SIZE * 1.1)), chunk, font=font, anchor="ls", embedded_color=True
                )
                scaled = tile.resize(
                    (
                        max(1, round(tile.width * self.emoji_scale)),
                        max(1, round(tile.height * self.emoji_scale)),
                    ),
                    Image.LANCZOS,
                )
                top = baseline - round(_EMOJI_SIZE * 1.1 * self.emoji_scale)
                image.alpha_composite(scaled, (max(0, round(x - 4 * self.emoji_scale)), max(0, int(top))))
                x += font.getlength(chunk) * self.emoji_scale
                continue
            draw.text(
                (x, baseline),
                chunk,
                font=font,
                fill=fill,
                anchor="ls",
                stroke_width=stroke,
                stroke_fill=stroke_fill,
            )
            x += font.getlength(chunk)


# --- colours ---------------------------------------------------------------------------


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _band_colour(text: tuple[int, int, int], brand: Brand) -> tuple[int, int, int]:
    """Behind dark text: the brand colour that contrasts with it best, else white."""
    best = max((_rgb(c) for c in brand.colors), key=lambda c: _contrast(c, text), default=None)
    if best is not None and _contrast(best, text) >= 4.5:
        return best
    return (255, 255, 255) if _luminance(text) < 0.4 else (0, 0, 0)


# --- the renderer ----------------------------------------------------------------------


Look = Literal["band", "outline", "plain"]  # on a band; light words with an outline and shadow; as they are


def _effects(size: int, look: Look) -> tuple[int, int, int]:
    """Outline width, shadow offset and shadow blur radius for a font size (only light words
    without a band get them: a dark outline around dark words would only hide their edges)."""
    if look != "outline":
        return 0, 0, 0
    return max(1, round(size * 0.045)), max(1, round(size * 0.05)), max(1, round(size * 0.06))


def _atomic_png(image: Image.Image, out_path: Path) -> None:
    with atomic_output(out_path) as tmp:
        image.save(tmp, format="PNG", compress_level=3)


def _cap_ratio(faces: list[_Face]) -> float:
    """Cap height / font size of the main face (DejaVu Sans Bold: 0.73), measured on an "H"."""
    probe = 100
    font = _font(faces[0], probe)
    try:
        top, bottom = font.getbbox("H", anchor="ls")[1::2]
    except (TypeError, ValueError, AttributeError):  # Pillow's bitmap default font
        return 0.73
    return max(0.3, (bottom - top) / probe)


def _is_bold(faces: list[_Face]) -> bool:
    font = _font(faces[0], 20)
    style = font.getname()[1] if hasattr(font, "getname") else ""
    return any(word in (style or "").lower() for word in ("bold", "black", "heavy"))


# Room kept around an area drawn on its own canvas, beyond its effects' reach (px).
CANVAS_MARGIN = 16


def _canvas(
    frame: tuple[int, int], area: tuple[int, int, int, int], reach: int
) -> tuple[int, int, tuple[int, int]]:
    """The corner and size of a canvas holding ``area`` of ``frame`` and ``reach`` px (plus
    :data:`CANVAS_MARGIN`) around it, cut to the frame. The corner is even: a shape's half-pixel
    coordinates round to even (Python's and Pillow's rounding), which an even shift keeps."""
    room = max(0, reach) + CANVAS_MARGIN
    x0, y0 = max(0, area[0] - room) // 2 * 2, max(0, area[1] - room) // 2 * 2
    x1, y1 = min(frame[0], area[2] + room), min(frame[1], area[3] + room)
    return x0, y0, (max(1, x1 - x0), max(1, y1 - y0))


@dataclass
class _Setting:
    """The words typeset at one size: lines, their widths and the block's height."""

    setter: _Typesetter
    lines: list[str]
    widths: list[float]
    block_h: float
    pad: int
    stroke: int
    offset: int
    blur: int

    @property
    def block_w(self) -> float:
        return max(self.widths, default=0.0)


def _set(faces: list[_Face], text: str, size: int, width: float, look: Look) -> _Setting:
    setter = _Typesetter(faces, size)
    stroke, offset, blur = _effects(size, look)
    # Room for the band's padding, or the outline with the shadow's offset and blur.
    pad = round(size * 0.4) if look == "band" else stroke + offset + 2 * blur + 1
    lines = setter.wrap(text, width - 2 * pad)
    widths = [setter.width(line) for line in lines]
    block_h = setter.line_height * (len(lines) - 1) + setter.ascent + setter.descent
    return _Setting(setter, lines, widths, block_h, pad, stroke, offset, blur)


def _fits(setting: _Setting, width: float, height: float) -> bool:
    return setting.block_h + 2 * setting.pad <= height and setting.block_w <= width - 2 * setting.pad


def _cut_to_fit(setting: _Setting, height: float) -> _Setting:
    """The lines that fit in ``height``, the last one ending in an ellipsis."""
    setter = setting.setter
    room = int((height - 2 * setting.pad - setter.ascent - setter.descent) // setter.line_height) + 1
    room = max(1, min(room, len(setting.lines)))
    lines = setting.lines[:room]
    limit = max(setting.widths, default=0.0)
    last = lines[-1]
    while last and setter.width(last + "…") > limit:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    widths = [setter.width(line) for line in lines]
    block_h = setter.line_height * (len(lines) - 1) + setter.ascent + setter.descent
    return _Setting(setter, lines, widths, block_h, setting.pad, setting.stroke, setting.offset, setting.blur)


class TextOverlayRenderer:
    """Draws one scene's overlay text as an RGBA layer positioned in the frame."""

    name = "local"
    model = "pillow-text-v1"
    version = 6  # part of the overlay stage's cache key

    def render(
        self,
        overlay: Overlay,
        brand: Brand,
        width: int,
        height: int,
        out_path: Path,
        *,
        box: TextBox | None = None,
        style: TextStyle | None = None,
        text: str | None = None,
        button: Button | None = None,
    ) -> Layer:
        """Lay the text out on a frame of ``width`` x ``height`` and keep only the part with ink.

        With ``box`` (the layout's, see :mod:`adgen.pipeline.layout`) the words are fitted into
        its area: wrapped, shrunk down to its advised cap height, below that only to its floor
        (``detail["shrunk"]``), and cut with an ellipsis if even that does not fit
        (``detail["cut"]``). Without it they go in the old fixed safe zone at the overlay's
        position. ``style`` sets the colour and a scrim behind the words; without it, dark text
        gets a band in the brand colour that contrasts best.

        The layer is cropped to what was drawn and placed by its position, so the scene pass
        blends a text-sized patch into every frame rather than a mostly transparent full frame.
        The corner is even: yuv420 overlays round odd positions down, which would move the text.
        ``Layer.box`` is the ink's box on the frame; ``Layer.detail`` the font size, cap height,
        weight, colour and scrim used.

        An end card passes its headline as ``text`` (instead of the overlay's words) and its
        call to action as ``button``: a rounded button in its fill colour with the label set
        inside it, drawn into its own box; ``detail["button"]`` says where and how.
        """
        if width <= 0 or height <= 0:
            raise OverlayError(f"frame size must be positive, got {width}x{height}")
        out_path = Path(out_path)
        frame = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        words = clean_text(overlay.text if text is None else text)
        detail: dict[str, Any] = {}
        if words.strip():
            detail = self._draw(frame, words, overlay, brand, box, style)
        if button is not None and clean_text(button.label).strip():
            detail["button"] = _draw_button(frame, button, _chain(brand.font), box)
            # A label set below the advised size (or cut) is the text's fit warning too.
            for flag in ("shrunk", "cut"):
                detail[flag] = bool(detail.get(flag)) or bool(detail["button"][flag])
        ink = frame.getchannel("A").getbbox()
        if ink is None:
            _atomic_png(Image.new("RGBA", (2, 2), (0, 0, 0, 0)), out_path)
            return Layer(path=out_path, detail=detail)
        left, top = ink[0] - ink[0] % 2, ink[1] - ink[1] % 2
        _atomic_png(frame.crop((left, top, ink[2], ink[3])), out_path)
        parts = list(detail.pop("wordParts", []) or [])
        if "button" in detail:
            parts.append([round(v) for v in (button.area.x, button.area.y, button.area.w, button.area.h)])
        detail["parts"] = _in_image(parts, left, top, ink[2] - left, ink[3] - top)
        drawn = Box(ink[0], ink[1], ink[2] - ink[0], ink[3] - ink[1])
        return Layer(path=out_path, x=str(left), y=str(top), box=drawn, detail=detail)

    def _draw(
        self,
        frame: Image.Image,
        text: str,
        overlay: Overlay,
        brand: Brand,
        box: TextBox | None,
        style: TextStyle | None,
    ) -> dict[str, Any]:
        width, height = frame.size
        if box is None:
            left, top, right, bottom = text_safe_zone(width, height)
            align = overlay.position
            max_block = (bottom - top) * (1.0 if align == "center" else 0.55)
            min_cap = floor_cap = 0.0
        else:
            area = box.area
            left, top, right, bottom = round(area.x), round(area.y), round(area.right), round(area.bottom)
            align, max_block = box.align, bottom - top
            min_cap, floor_cap = box.min_cap_px, box.floor_cap_px
        colour_hex = style.color if style is not None else overlay.color
        colour = _rgb(colour_hex)
        band: tuple[int, ...] | None = None
        if style is None and _luminance(colour) < 0.3:
            band = (*_band_colour(colour, brand), 205)
        elif style is not None and style.scrim_opacity > 0:
            band = (*_rgb(style.scrim_color), round(255 * min(1.0, style.scrim_opacity)))
        faces = _chain(brand.font)
        ratio = _cap_ratio(faces)
        advised = max(_MIN_SIZE, math.ceil(min_cap / ratio))
        floor = max(_MIN_SIZE, math.ceil(floor_cap / ratio))
        size = max(advised, round(overlay.font_size * min(width, height) / _REFERENCE_SHORT_SIDE))
        look: Look = "band" if band is not None else ("outline" if _luminance(colour) >= 0.3 else "plain")
        setting = _set(faces, text, size, right - left, look)
        while not _fits(setting, right - left, max_block) and size > advised:
            size = max(advised, int(size * 0.92))
            setting = _set(faces, text, size, right - left, look)
        shrunk = cut = False
        while not _fits(setting, right - left, max_block) and size > floor:
            shrunk = True
            size = max(floor, int(size * 0.92))
            setting = _set(faces, text, size, right - left, look)
        if not _fits(setting, right - left, max_block) and box is not None:
            setting, cut = _cut_to_fit(setting, max_block), True
        pad, block_h, setter = setting.pad, setting.block_h, setting.setter
        rows = [
            (setter, line, w, setter.ascent + i * setter.line_height)
            for i, (line, w) in enumerate(zip(setting.lines, setting.widths, strict=True))
        ]
        block_w, sub_size = setting.block_w, None
        ranked = None if cut else _ranked(faces, text, size, advised, right - left, max_block, look)
        if ranked is not None:
            rows, block_h, block_w, sub_size = ranked
        if align == "top":
            y0 = top + pad
        elif align == "bottom":
            y0 = bottom - pad - block_h
        else:
            y0 = (top + bottom - block_h) / 2
        y0 = max(top + pad, y0)
        # Drawn on a canvas around the text's area, not the whole frame: nothing leaves the area
        # (see the clip below), and what lies further out than the shadow's offset and blur
        # reach cannot change a pixel inside it. Positions move by whole pixels, so every
        # glyph, band and shadow pixel is the one a full-frame canvas would get.
        cx, cy, canvas = _canvas(frame.size, (left, top, right, bottom), setting.offset + 4 * setting.blur)
        text_layer = Image.new("RGBA", canvas, (0, 0, 0, 0))
        spans: list[tuple[float, float, list[tuple[float, float]]]] = []  # per line: top, bottom, words
        for row_setter, line, w, offset in rows:
            x = (left + right - w) / 2
            baseline = y0 + offset
            stroke = _effects(row_setter.size, look)[0]
            row_setter.draw_line(
                text_layer, line, x - cx, baseline - cy, (*colour, 255), stroke, (0, 0, 0, 150)
            )
            words = [
                (x + row_setter.width(line[: m.start()]), x + row_setter.width(line[: m.end()]))
                for m in re.finditer(r"\S+", line)
            ]
            spans.append((baseline - row_setter.ascent, baseline + row_setter.descent, words))
        drawn = Image.new("RGBA", canvas, (0, 0, 0, 0))
        if band is not None:
            x0 = (left + right - block_w) / 2 - pad
            rect = [x0, y0 - pad, x0 + block_w + 2 * pad, y0 + block_h + pad]
            rect = [max(left, rect[0]), max(top, rect[1]), min(right, rect[2]), min(bottom, rect[3])]
            rect = [rect[0] - cx, rect[1] - cy, rect[2] - cx, rect[3] - cy]
            band_layer = Image.new("RGBA", canvas, (0, 0, 0, 0))
            ImageDraw.Draw(band_layer).rounded_rectangle(rect, radius=round(size * 0.3), fill=band)
            drawn.alpha_composite(band_layer)
        elif look == "outline":
            alpha = text_layer.getchannel("A").point(lambda a: a * 0.55)
            shadow = Image.new("RGBA", canvas, (0, 0, 0, 0))
            shadow.putalpha(
                alpha.transform(canvas, Image.AFFINE, (1, 0, 0, 0, 1, -setting.offset)).filter(
                    ImageFilter.GaussianBlur(setting.blur)
                )
            )
            drawn.alpha_composite(shadow)
        drawn.alpha_composite(text_layer)
        # The shadow's faint tail may reach past the padding: nothing leaves the text's area.
        area = (left - cx, top - cy, right - cx, bottom - cy)
        clip = Image.new("L", canvas, 0)
        clip.paste(255, area)
        drawn.putalpha(Image.composite(drawn.getchannel("A"), clip, clip))
        frame.paste(drawn, (cx, cy))
        glyphs = text_layer.getchannel("A").crop(area).getbbox()
        return {
            # The words' own ink (glyphs and outline, not the band or the shadow): where a reader,
            # and the pre-flight check, looks for the text.
            "textBox": [glyphs[0] + left, glyphs[1] + top, glyphs[2] - glyphs[0], glyphs[3] - glyphs[1]]
            if glyphs
            else None,
            "fontPx": size,
            # The smallest capitals drawn (a sub-line's, under a headline): what the check holds
            # to the size and contrast rules.
            "capHeightPx": round(ratio * (sub_size or size), 1),
            "subFontPx": sub_size,
            "bold": _is_bold(faces),
            "color": colour_hex.upper(),
            "scrim": [f"#{band[0]:02X}{band[1]:02X}{band[2]:02X}", round(band[3] / 255, 2)] if band else None,
            "lines": len(rows),
            "shrunk": shrunk,
            "cut": cut,
            # Word by word, each word's own part of the area (on a band the words stay together).
            "wordParts": _word_parts(spans, left, top, right, bottom) if band is None else [],
        }


SUB_LINE_SCALE = 0.62  # a sub-line's size beside its headline's


def _ranked(
    faces: list[_Face], text: str, size: int, advised: int, width: float, height: float, look: Look
) -> tuple[list[tuple[_Typesetter, str, float, float]], float, float, int] | None:
    """A headline and its sub-line: the first line of a text of several at ``size``, the rest
    smaller (:data:`SUB_LINE_SCALE`, never below the advised size), a little apart. (rows of
    setter, line, width, baseline offset; the block's height and width; the sub-line's size),
    or None when the text is one line, or the pair would not fit where the single size did."""
    head_text, _, sub_text = text.partition("\n")
    sub_size = max(advised, round(size * SUB_LINE_SCALE))
    if not sub_text.strip() or not head_text.strip() or sub_size >= size:
        return None
    head = _set(faces, head_text, size, width, look)
    sub = _set(faces, sub_text, sub_size, width, look)
    gap = round(0.3 * sub.setter.line_height)
    block_h = head.block_h + gap + sub.block_h
    block_w = max(head.block_w, sub.block_w)
    if block_h + 2 * head.pad > height or block_w > width - 2 * head.pad:
        return None
    rows = [
        (head.setter, line, w, head.setter.ascent + i * head.setter.line_height)
        for i, (line, w) in enumerate(zip(head.lines, head.widths, strict=True))
    ]
    below = head.block_h + gap + sub.setter.ascent
    rows += [
        (sub.setter, line, w, below + j * sub.setter.line_height)
        for j, (line, w) in enumerate(zip(sub.lines, sub.widths, strict=True))
    ]
    return rows, block_h, block_w, sub_size


def _word_parts(
    spans: list[tuple[float, float, list[tuple[float, float]]]], left: int, top: int, right: int, bottom: int
) -> list[list[int]]:
    """The text area cut into one piece per word, in reading order: lines split half-way
    between them, words half-way between them, the first and last of each reaching the area's
    edges, so the pieces cover every pixel of the area once (the outline and shadow included)."""
    parts: list[list[int]] = []
    for i, (line_top, line_bottom, words) in enumerate(spans):
        y0 = top if i == 0 else round((spans[i - 1][1] + line_top) / 2)
        y1 = bottom if i == len(spans) - 1 else round((line_bottom + spans[i + 1][0]) / 2)
        for k, (start, end) in enumerate(words):
            x0 = left if k == 0 else round((words[k - 1][1] + start) / 2)
            x1 = right if k == len(words) - 1 else round((end + words[k + 1][0]) / 2)
            parts.append([x0, y0, x1 - x0, y1 - y0])
    return parts


def _in_image(parts: list[list[int]], left: int, top: int, width: int, height: int) -> list[list[int]]:
    """Frame boxes as boxes of the layer's image (its corner at ``left``, ``top``), cut to it."""
    out = []
    for x, y, w, h in parts:
        x0, y0 = max(0, x - left), max(0, y - top)
        x1, y1 = min(width, x + w - left), min(height, y + h - top)
        if x1 > x0 and y1 > y0:
            out.append([x0, y0, x1 - x0, y1 - y0])
    return out


# A button's padding around its label (shares of its height: sides, top and bottom): roomy, then
# tight, for a label that would otherwise be set below the advised size.
BUTTON_PADDING = ((0.5, 0.16), (0.22, 0.06))


def _draw_button(
    frame: Image.Image, button: Button, faces: list[_Face], box: TextBox | None
) -> dict[str, Any]:
    """A call-to-action button in ``button.area``: a rounded rectangle in its fill with a soft
    shadow under it, and the label centred inside, one line if it can be, at the size the text
    box advises at least (smaller only to its floor, then cut, as any text)."""
    area = button.area
    left, top = round(area.x), round(area.y)
    width, height = max(1, round(area.w)), max(1, round(area.h))
    shadow = max(2, round(height * 0.06))
    bh = height - 2 * shadow
    ratio = _cap_ratio(faces)
    advised = max(_MIN_SIZE, math.ceil((box.min_cap_px if box else 0.0) / ratio))
    floor = max(_MIN_SIZE, math.ceil((box.floor_cap_px if box else 0.0) / ratio))
    label = clean_text(button.label)
    size = max(advised, round(bh * 0.42))
    # A long label keeps the advised size: first smaller, then with less padding (on two lines
    # if it must), and only then below the advised size, to the floor (said: ``shrunk``).
    for pad_share in BUTTON_PADDING:
        pad_x, pad_y = round(bh * pad_share[0]), round(bh * pad_share[1])
        room_w, room_h = width - 2 * shadow - 2 * pad_x, bh - 2 * pad_y
        size = max(advised, round(bh * 0.42))
        setting = _set(faces, label, size, room_w, "plain")
        while not _fits(setting, room_w, room_h) and size > advised:
            size = max(advised, int(size * 0.92))
            setting = _set(faces, label, size, room_w, "plain")
        if _fits(setting, room_w, room_h):
            break
    shrunk = cut = False
    while not _fits(setting, room_w, room_h) and size > floor:
        shrunk, size = True, max(floor, int(size * 0.92))
        setting = _set(faces, label, size, room_w, "plain")
    if not _fits(setting, room_w, room_h):
        setting, cut = _cut_to_fit(setting, room_h), True
    setter = setting.setter
    bw = min(width - 2 * shadow, max(round(setting.block_w) + 2 * pad_x, round(bh * 3)))
    x0, y0 = left + (width - bw) / 2, top + shadow / 2
    rect = [x0, y0, x0 + bw, y0 + bh]
    radius = round(bh * 0.3)
    # On a canvas around the button's area (see _draw): the same pixels, fewer of them.
    cx, cy, canvas = _canvas(frame.size, (left, top, left + width, top + height), 4 * shadow)
    at = [rect[0] - cx, rect[1] - cy, rect[2] - cx, rect[3] - cy]
    card = Image.new("RGBA", canvas, (0, 0, 0, 0))
    shade = Image.new("L", canvas, 0)
    ImageDraw.Draw(shade).rounded_rectangle(
        [at[0], at[1] + shadow, at[2], at[3] + shadow], radius=radius, fill=110
    )
    card.putalpha(shade.filter(ImageFilter.GaussianBlur(shadow / 2)))
    ImageDraw.Draw(card).rounded_rectangle(at, radius=radius, fill=(*_rgb(button.fill), 255))
    words = Image.new("RGBA", canvas, (0, 0, 0, 0))
    y = y0 + (bh - setting.block_h) / 2
    colour = (*_rgb(button.label_color), 255)
    for i, (line, w) in enumerate(zip(setting.lines, setting.widths, strict=True)):
        baseline = y + setter.ascent + i * setter.line_height
        setter.draw_line(words, line, x0 + (bw - w) / 2 - cx, baseline - cy, colour, 0, (0, 0, 0, 0))
    card.alpha_composite(words)
    clip = Image.new("L", canvas, 0)
    clip.paste(255, (left - cx, top - cy, left + width - cx, top + height - cy))
    card.putalpha(Image.composite(card.getchannel("A"), clip, clip))
    frame.alpha_composite(card, (cx, cy))
    ink = words.getchannel("A").getbbox()
    glyphs = (ink[0] + cx, ink[1] + cy, ink[2] + cx, ink[3] + cy) if ink else None
    return {
        "box": [round(rect[0]), round(rect[1]), round(bw), round(bh)],
        "textBox": [glyphs[0], glyphs[1], glyphs[2] - glyphs[0], glyphs[3] - glyphs[1]] if glyphs else None,
        "label": " ".join(setting.lines),
        "fill": button.fill.upper(),
        "color": button.label_color.upper(),
        "fontPx": size,
        "capHeightPx": round(ratio * size, 1),
        "bold": _is_bold(faces),
        "shrunk": shrunk,
        "cut": cut,
    }


# Public names of the font fallback chain and the typesetter, for other text layers (the
# burned-in captions of adgen.voice.caption_layer) that must draw text exactly as the headline does.
font_chain = _chain
Typesetter = _Typesetter

__all__ = [
    "OverlayError",
    "TextOverlayRenderer",
    "Typesetter",
    "clean_text",
    "font_chain",
    "resolve_font",
    "text_safe_zone",
]
