"""Brand colours from what the page declares: theme-color, CSS custom properties, the logo's palette.

Shops name their colours for their own theme: ``<meta name="theme-color">``, custom properties
such as ``--color-primary: #0a2463`` or Shopify's ``--color-base-accent-1: 18, 52, 86`` (bare RGB
triples). Names that say *brand* or *primary* rank first, *accent*/*secondary* next, *button*/
*link* last; backgrounds, text, borders and status colours are not brand colours. The logo's
palette is its most frequent non-neutral colours.
"""

from __future__ import annotations

import colorsys
import io
import re

from lxml.html import HtmlElement
from PIL import Image

from adgen.product_page.model import BrandColour

# rgb()/rgba()/hsl()/hsla() with commas or spaces and an optional alpha, or a bare "r, g, b".
_FUNCTION = re.compile(
    r"(rgba?|hsla?)?\(?\s*([\d.%]+)[\s,]+([\d.%]+)[\s,]+([\d.%]+)(?:\s*[,/]\s*[\d.%]+)?\s*\)?"
)
_PROPERTY = re.compile(r"--([A-Za-z0-9_-]+)\s*:\s*([^;{}]+)")
_RANKS = (
    ("brand", "primary", "main"),
    ("accent", "secondary", "highlight", "theme"),
    ("button", "cta", "link"),
)
_NOT_BRAND = (
    "background", "bg", "text", "foreground", "border", "shadow", "overlay", "gray", "grey", "white", "black",
    "error", "success", "warning", "info", "disabled", "focus", "input", "placeholder", "divider", "muted",
)  # fmt: skip
MAX_CSS_COLOURS = 4


def parse_colour(value: str, *, bare_triples: bool = True) -> str | None:
    """A CSS colour value as ``#RRGGBB``: hex (3/4/6/8 digits), rgb()/rgba(), hsl(), or a bare "r, g, b"."""
    text = value.strip().lower().removesuffix("!important").strip()
    match = re.fullmatch(r"#([0-9a-f]{3,8})", text)
    if match:
        digits = match.group(1)
        if len(digits) in (3, 4):
            return "#" + "".join(c * 2 for c in digits[:3]).upper()
        if len(digits) in (6, 8):
            return "#" + digits[:6].upper()
        return None
    match = _FUNCTION.fullmatch(text)
    if not match:
        return None
    if match.group(1) is None and not bare_triples:
        return None
    kind = (match.group(1) or "rgb")[:3]
    numbers = match.group(2, 3, 4)
    if kind == "rgb" and (match.group(1) or "(" not in text):
        channels = [_channel(n) for n in numbers]
        if any(c is None for c in channels):
            return None
        return "#" + "".join(f"{c:02X}" for c in channels)  # type: ignore[str-format]
    if kind == "hsl":
        try:
            hue = float(numbers[0]) / 360
            sat, light = (float(n.rstrip("%")) / 100 for n in numbers[1:])
        except ValueError:
            return None
        r, g, b = colorsys.hls_to_rgb(hue % 1, min(light, 1), min(sat, 1))
        return "#" + "".join(f"{round(c * 255):02X}" for c in (r, g, b))
    return None


def _channel(text: str) -> int | None:
    try:
        value = float(text.rstrip("%")) * (2.55 if text.endswith("%") else 1)
    except ValueError:
        return None
    return round(value) if 0 <= value <= 255 else None


def css_brand_colours(tree: HtmlElement) -> list[BrandColour]:
    """Brand-named custom properties from ``<style>`` blocks and ``style`` attributes, best-named first."""
    css = " ".join(s.text or "" for s in tree.xpath("//style")) + " " + " ".join(tree.xpath("//@style"))
    ranked: list[tuple[int, int, BrandColour]] = []
    seen: set[str] = set()
    for order, match in enumerate(_PROPERTY.finditer(css)):
        name = match.group(1).lower()
        if any(word in name for word in _NOT_BRAND):
            continue
        rank = next((i for i, words in enumerate(_RANKS) if any(w in name for w in words)), None)
        if rank is None or (rank > 0 and "color" not in name and "colour" not in name):
            continue
        says_colour = any(w in name for w in ("color", "colour", "rgb"))
        colour = parse_colour(match.group(2), bare_triples=says_colour)
        if colour is None or colour in seen:
            continue
        seen.add(colour)
        ranked.append((rank, order, BrandColour(hex=colour, source=f"--{match.group(1)}")))
    return [c for _, _, c in sorted(ranked, key=lambda t: t[:2])][:MAX_CSS_COLOURS]


def theme_colours(values: list[str]) -> list[BrandColour]:
    colours: list[BrandColour] = []
    for value in values:
        colour = parse_colour(value)
        if colour and all(c.hex != colour for c in colours):
            colours.append(BrandColour(hex=colour, source="theme-color"))
    return colours


def logo_palette(data: bytes, count: int = 3) -> list[BrandColour]:
    """The logo's most frequent colours, leaving out transparency, near-white, near-black and greys."""
    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail((128, 128))
        rgba = image.convert("RGBA")
    pixels = [p[:3] for p in rgba.getdata() if p[3] >= 128 and not is_neutral(_hex(p))]
    if len(pixels) < 20:
        return []
    sample = Image.new("RGB", (len(pixels), 1))
    sample.putdata(pixels)
    quantised = sample.quantize(colors=6, method=Image.Quantize.MEDIANCUT)
    palette = quantised.getpalette() or []
    counts = sorted(quantised.getcolors() or [], reverse=True)
    colours: list[BrandColour] = []
    for n, index in counts:
        if n < len(pixels) * 0.05:
            break
        r, g, b = palette[index * 3 : index * 3 + 3]
        hex_colour = f"#{r:02X}{g:02X}{b:02X}"
        if all(_distance(hex_colour, c.hex) > 40 for c in colours):
            colours.append(BrandColour(hex=hex_colour, source="logo"))
        if len(colours) == count:
            break
    return colours


def _hex(pixel: tuple[int, ...]) -> str:
    return "#" + "".join(f"{c:02X}" for c in pixel[:3])


def is_neutral(hex_colour: str) -> bool:
    """White-ish, black-ish or grey: a page's canvas and ink rather than its brand."""
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    _h, light, sat = colorsys.rgb_to_hls(r, g, b)
    return light > 0.93 or light < 0.07 or sat < 0.12


def _distance(a: str, b: str) -> float:
    return sum(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) for i in (1, 3, 5))


def merge_colours(*groups: list[BrandColour]) -> list[BrandColour]:
    """All colours in order of trust, near-duplicates dropped."""
    merged: list[BrandColour] = []
    for group in groups:
        for colour in group:
            if all(_distance(colour.hex, c.hex) > 24 for c in merged):
                merged.append(colour)
    return merged


def brand_palette(colours: list[BrandColour], limit: int = 3) -> list[str]:
    """Up to ``limit`` colours for the ad: brand-like (non-neutral) ones first, then a dark neutral if needed."""
    chosen = [c.hex for c in colours if not is_neutral(c.hex)][:limit]
    if not chosen:
        chosen = [c.hex for c in colours if not _light(c.hex)][:1]
    return chosen


def _light(hex_colour: str) -> bool:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[1] > 0.85


__all__ = [
    "brand_palette",
    "css_brand_colours",
    "is_neutral",
    "logo_palette",
    "merge_colours",
    "parse_colour",
    "theme_colours",
]
