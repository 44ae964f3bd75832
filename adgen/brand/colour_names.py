"""Colour words and hex codes: "our colours are navy and coral" -> ``#000080``, ``#FF7F50``.

The names are CSS's 147 (from ``webcolors``, what designers and browsers agree on) plus a few
words marketers use that CSS lacks (burgundy, sage, terracotta, ...). Multi-word names are
found whether written apart or together ("forest green", "forestgreen"). The other way,
:func:`nearest_name` gives a readable name for any hex, for summaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import cv2
import numpy as np
import webcolors

from adgen.brand.model import normalise_hex

# Common marketing colour words that CSS does not name (values as usually published).
MARKETING_NAMES: dict[str, str] = {
    "navy blue": "#000080",
    "burgundy": "#800020",
    "wine": "#722F37",
    "ruby": "#E0115F",
    "scarlet": "#FF2400",
    "blush": "#DE5D83",
    "rose gold": "#B76E79",
    "mauve": "#E0B0FF",
    "lilac": "#C8A2C8",
    "sapphire": "#0F52BA",
    "cobalt": "#0047AB",
    "cobalt blue": "#0047AB",
    "baby blue": "#89CFF0",
    "teal blue": "#367588",
    "mint": "#98FF98",
    "sage": "#9CAF88",
    "emerald": "#50C878",
    "jade": "#00A86B",
    "forest": "#228B22",
    "mustard": "#FFDB58",
    "amber": "#FFBF00",
    "champagne": "#F7E7CE",
    "cream": "#FFFDD0",
    "off white": "#FAF9F6",
    "sand": "#C2B280",
    "terracotta": "#E2725B",
    "rust": "#B7410E",
    "copper": "#B87333",
    "bronze": "#CD7F32",
    "charcoal": "#36454F",
    "graphite": "#383838",
    "midnight": "#191970",
    "tangerine": "#F28500",
    "apricot": "#FBCEB1",
    "peach": "#FFE5B4",
}

_SUFFIX_WORDS = (
    "blue|green|red|gray|grey|pink|purple|violet|yellow|orange|brown|white|cyan|turquoise|orchid|"
    "aquamarine|salmon|khaki|magenta|goldenrod|slate|sea|spring|sky|steel|lace|smoke|wood|puff|"
    "blush|whip|rose|drab|chiffon|cream|almond|olive|coral"
)

Role = Literal["primary", "secondary", "accent"]
ROLES: tuple[Role, ...] = ("primary", "secondary", "accent")


@dataclass(frozen=True)
class NamedColour:
    name: str  # as a person would write it ("forest green")
    hex: str  # "#RRGGBB"


def readable(css_name: str) -> str:
    """``"darkslategray"`` -> ``"dark slate gray"``."""
    return re.sub(rf"(?<=[a-z])({_SUFFIX_WORDS})", r" \1", css_name)


@lru_cache(maxsize=1)
def colour_table() -> dict[str, str]:
    """Every known name (lower case, words separated by single spaces) -> ``#RRGGBB``."""
    table = {readable(name): normalise_hex(webcolors.name_to_hex(name)) for name in webcolors.names("css3")}
    for name, value in MARKETING_NAMES.items():
        table.setdefault(name, normalise_hex(value))
    return table


@lru_cache(maxsize=1)
def _joined_table() -> dict[str, str]:
    """The same names with the spaces taken out, so "forestgreen" and "forest green" both match."""
    return {name.replace(" ", ""): name for name in colour_table()}


_TOKEN = re.compile(r"#[0-9a-fA-F]{6}(?![0-9a-zA-Z])|#[0-9a-fA-F]{3}(?![0-9a-zA-Z])|[A-Za-z]+")


def find_colours(text: str) -> list[tuple[NamedColour, int]]:
    """Colours named or written as hex in ``text``, in order, each with its token index."""
    tokens = [m.group(0) for m in _TOKEN.finditer(text or "")]
    table, joined = colour_table(), _joined_table()
    found: list[tuple[NamedColour, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].startswith("#"):
            found.append((NamedColour(name=tokens[i].upper(), hex=normalise_hex(tokens[i])), i))
            i += 1
            continue
        for span in (3, 2, 1):  # longest name first: "dark slate gray" before "dark"
            words = [t.lower() for t in tokens[i : i + span]]
            if len(words) < span or any(w.startswith("#") for w in words):
                continue
            name = joined.get("".join(words))
            if name:
                found.append((NamedColour(name=name, hex=table[name]), i))
                i += span
                break
        else:
            i += 1
    return found


def parse_colours(text: str) -> list[NamedColour]:
    """The colours in a phrase like "navy and coral" or "#0a2463, gold", in order, no repeats."""
    out: list[NamedColour] = []
    for colour, _ in find_colours(text):
        if colour.hex not in (c.hex for c in out):
            out.append(colour)
    return out


def colours_with_roles(text: str) -> dict[Role, NamedColour]:
    """Colours placed in the kit's roles: "primary navy, accent coral" names them; otherwise
    they fill primary, secondary, accent in the order given."""
    tokens = [m.group(0).lower() for m in _TOKEN.finditer(text or "")]
    roles: dict[Role, NamedColour] = {}
    unplaced: list[NamedColour] = []
    for colour, index in find_colours(text):
        near = tokens[max(0, index - 2) : index]
        role = next((r for r in ROLES if r in near and r not in roles), None)
        if role is None and index + 1 < len(tokens) and tokens[index + 1] in ("for", "as"):
            role = next((r for r in ROLES if r in tokens[index + 2 : index + 4] and r not in roles), None)
        if role:
            roles[role] = colour
        elif colour.hex not in (c.hex for c in unplaced):
            unplaced.append(colour)
    for role in ROLES:
        if role not in roles and unplaced:
            roles[role] = unplaced.pop(0)
    return roles


def _lab(rgb: np.ndarray) -> np.ndarray:
    """CIELAB (L 0..100) of an (N, 3) uint8 RGB array, with OpenCV's D65 conversion."""
    pixels = (rgb.reshape(-1, 1, 3).astype(np.float32)) / 255.0
    return cv2.cvtColor(pixels, cv2.COLOR_RGB2Lab).reshape(-1, 3)


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    text = normalise_hex(value)
    return int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16)


@lru_cache(maxsize=1)
def _name_labs() -> tuple[list[str], np.ndarray]:
    names = list(colour_table())
    rgb = np.array([hex_to_rgb(colour_table()[n]) for n in names], dtype=np.uint8)
    return names, _lab(rgb)


def nearest_name(value: str) -> str:
    """The name of ``#RRGGBB`` if it has one, else the nearest name (CIE76 distance in Lab)."""
    wanted = normalise_hex(value)
    for name, colour in colour_table().items():
        if colour == wanted:
            return name
    names, labs = _name_labs()
    target = _lab(np.array([hex_to_rgb(wanted)], dtype=np.uint8))[0]
    return names[int(np.argmin(np.linalg.norm(labs - target, axis=1)))]


def describe(value: str) -> str:
    """``"#000080 navy"`` or ``"#1B2A4A ≈ midnight blue"``: hex first, then a name."""
    wanted = normalise_hex(value)
    name = nearest_name(wanted)
    exact = colour_table()[name] == wanted
    return f"{wanted} {name}" if exact else f"{wanted} ≈ {name}"


__all__ = [
    "MARKETING_NAMES",
    "ROLES",
    "NamedColour",
    "colour_table",
    "colours_with_roles",
    "describe",
    "find_colours",
    "hex_to_rgb",
    "nearest_name",
    "parse_colours",
    "readable",
]
