"""Named looks and palette shifts: "give it the luxury look", "make it look playful", "a bold
style" -> the style's visualStyle (the named look the renderer draws, README "Looks"); "warmer
palette", "cooler colours" -> the palette's colours moved that way.

Part of :mod:`adgen.agent.understanding`; used by :mod:`look`. Two tables:

- ``NAMED_LOOKS``: the look id (``adgen.pipeline.services.video.look.NAMED_LOOKS``) and the
  words marketers use for it. A named look is read only with a look noun or verb around it
  ("the luxury look", "a playful style", "make it look minimal"); a comparative ("more
  luxurious", "look more premium") stays the relative look word it was (the mood).
- ``PALETTE_SHIFTS``: a relative look word's value (vocabulary.LOOK) and how it moves one
  colour of the palette, when the words name the palette ("warmer palette", "muted colours").
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Callable

_I = re.I

NAMED_LOOKS: tuple[tuple[str, str], ...] = (
    ("luxury", r"luxury|luxurious|premium|upscale|high[\s-]end|elegant"),
    ("playful", r"playful|fun|whimsical"),
    ("bold", r"bold"),
    ("minimal", r"minimal(?:ist)?|clean"),
    ("cinematic", r"cinematic|filmic"),
    ("retro", r"retro|vintage"),
    ("modern", r"modern|sleek"),
    ("fresh", r"fresh"),
    ("cozy", r"cozy|cosy"),
    ("dynamic", r"dynamic"),
)


def _names(tag: str) -> str:
    return "|".join(f"(?P<{tag}{look}>{pattern})" for look, pattern in NAMED_LOOKS)


_NAMED_RE = re.compile(
    rf"\b(?<!\bmore\s)(?:the\s+|a\s+|an\s+)?(?:{_names('n_')})\s+(?:look|style|aesthetic|vibe)\b",
    _I,
)
_LOOK_VERB_RE = re.compile(
    rf"\blook(?:s|ing)?\s+(?:really\s+|properly\s+)?(?:{_names('v_')})\b"
    rf"|\b(?:look|style)\s*(?:to|:|=|should\s+be)\s*(?:{_names('s_')})\b",
    _I,
)


# Brands marketers point at ("more of a Nike feel", "like those Apple ads", "Aesop-type"): the
# named look nearest what their ads are known for. Never their logos, type or music.
BRAND_LOOKS: tuple[tuple[str, str], ...] = (
    ("bold", r"nike|adidas|under\s+armou?r|puma|gatorade|beats"),
    ("minimal", r"apple|muji|everlane|cos|google"),
    ("luxury", r"chanel|dior|rolex|cartier|gucci|prada|aesop|tiffany|hermes|herm[eè]s|louis\s+vuitton|lv"),
    ("fresh", r"glossier|innocent|oatly"),
    ("playful", r"coca[\s-]?cola|coke|lego|m&ms?|skittles|duolingo"),
    ("dynamic", r"red\s+bull|gopro|monster"),
    ("cinematic", r"patagonia|volvo|guinness"),
)
# Their names as words, so the typo step leaves them as typed ("glossier" is no "classier").
BRAND_WORDS: frozenset[str] = frozenset(
    w
    for _, pattern in BRAND_LOOKS
    for w in re.findall(r"[a-z]{3,}", re.sub(r"\\s[+*]?|\[[^\]]*\]", " ", pattern.replace("?", "")))
)
_BRAND_LOOK_RE = re.compile(
    r"\b(?:like|of|a|an|more|the|some|that|those|go)\s+(?:(?:those|the|an?|more|of)\s+)*"
    rf"(?:{'|'.join(f'(?P<b_{look}>{pattern})' for look, pattern in BRAND_LOOKS)})"
    r"(?:['’]s)?(?:[\s-]+(?:style|type|like|esque|ish|inspired))?"
    r"\s+(?:feel|look|vibe|style|ads?|aesthetic|energy|spots?|commercials?|videos?|kind\s+of\s+thing|thing)\b"
    rf"|\b(?:{'|'.join(f'(?P<c_{look}>{pattern})' for look, pattern in BRAND_LOOKS)})"
    r"[\s-]+(?:style|type|like|esque|ish|inspired)\b",
    _I,
)


def find_named_look(text: str) -> tuple[int, int, str] | None:
    """The named look the words ask for: (start, end, look id), or None."""
    m = _NAMED_RE.search(text) or _LOOK_VERB_RE.search(text)
    if m is None:
        brand = _BRAND_LOOK_RE.search(text)
        if brand is None:
            return None
        look = next(
            name for name, _ in BRAND_LOOKS for tag in ("b_", "c_") if brand.groupdict().get(tag + name)
        )
        return brand.start(), brand.end(), look
    look = next(
        name for name, _ in NAMED_LOOKS for tag in ("n_", "v_", "s_") if m.groupdict().get(tag + name)
    )
    return m.start(), m.end(), look


def _hls_shift(dh: float = 0.0, dl: float = 0.0, ds: float = 0.0) -> Callable[[str], str]:
    def shift(hex_color: str) -> str:
        r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
        h, light, s = colorsys.rgb_to_hls(r, g, b)
        light = min(1.0, max(0.0, light + dl))
        s = min(1.0, max(0.0, s + ds))
        r, g, b = colorsys.hls_to_rgb((h + dh) % 1.0, light, s)
        return "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in (r, g, b)))

    return shift


def _temperature(warmer: bool) -> Callable[[str], str]:
    """Red up and blue down (warmer), or the other way, by a sixth of the range."""

    def shift(hex_color: str) -> str:
        r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
        step = 40 if warmer else -40
        r, b = min(255, max(0, r + step)), min(255, max(0, b - step))
        return f"#{r:02X}{g:02X}{b:02X}"

    return shift


# A look word's value (vocabulary.LOOK) -> how it moves one palette colour.
PALETTE_SHIFTS: dict[str, Callable[[str], str]] = {
    "warm": _temperature(True),
    "cool": _temperature(False),
    "bright": _hls_shift(dl=0.12),
    "dark": _hls_shift(dl=-0.12),
    "vibrant": _hls_shift(ds=0.25),
    "muted": _hls_shift(ds=-0.3),
}


def shifted_palette(palette: list[str], value: str) -> list[str] | None:
    """The palette moved the way ``value`` says, or None when the word does not move colours."""
    shift = PALETTE_SHIFTS.get(value)
    if shift is None or not palette:
        return None
    return [shift(c) for c in palette]


__all__ = [
    "BRAND_LOOKS",
    "BRAND_WORDS",
    "NAMED_LOOKS",
    "PALETTE_SHIFTS",
    "find_named_look",
    "shifted_palette",
]
