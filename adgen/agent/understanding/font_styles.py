"""A font asked for by its style ("something more elegant", "a cleaner, modern font", "a
typewriter font"): an installed family of that style, not a family named after the adjective.

"use an elegant font" used to set the brand font to a family called "Elegant", which no machine
has, so the videos kept the default type while the confirmation said otherwise. Each row names
the family the offline renderer draws with for that style (fonts-dejavu is installed with the
project, so the choice is the same on every machine and in every replay); a style with no
installed family is answered with what to do instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

# (family, style words). The first row whose word is in the clause wins.
FONT_STYLES: tuple[tuple[str, str], ...] = (
    ("DejaVu Sans Mono", r"typewriter|mono|monospaced?|code|coding|techy|terminal"),
    (
        "DejaVu Sans",
        r"modern|clean|cleaner|minimal|minimalist|simple|simpler|sans|sans[\s-]serif|sleek|sleeker|"
        r"geometric|neutral|contemporary|crisp|crisper",
    ),
    (
        "DejaVu Serif",
        r"elegant|classy|classier|classic|classical|(?<!sans\s)(?<!sans-)serif|luxurious|luxury|sophisticated|"
        r"refined|editorial|formal|timeless|upscale|premium|posh|fancy|fancier|traditional|bookish",
    ),
)
# Styles no installed family has: said, with what to do, rather than a silent default.
_MISSING_RE = re.compile(
    r"\b(?P<s>handwritten|hand[\s-]?written|hand[\s-]?drawn|script|cursive|calligraphy|calligraphic|brush|"
    r"playful|fun|funky|quirky|rounded|bubbly|comic|grungy|grunge|gothic|blackletter|retro|vintage|"
    r"stencil|graffiti)\b",
    _I,
)
_FILLER = (
    r"(?:(?:a|an|some|something|more|a\s+bit|a\s+little|bit|little|kind\s+of|kinda|really|very|much|super|"
    r"nice|and|,)\s+)*"
)
_TYPE_WORD = r"(?:font|typeface|type|lettering|typography)"
# "a cleaner, more modern font", "pick a classier typeface", "a typewriter style font"
_BEFORE_RE = re.compile(
    rf"\b(?P<w>[\w-]+)(?:[\s,]+(?:more\s+)?[\w-]+)?\s+(?:(?:style|looking|-looking)\s+)?{_TYPE_WORD}\b", _I
)
# "change the font to something more elegant", "the font should be more modern"
_AFTER_RE = re.compile(
    rf"\b{_TYPE_WORD}\b\s*(?:to|should\s+be|could\s+be|needs\s+to\s+be|is\s+too\s+\w+\s*,?|that'?s|that\s+is|which\s+is|:)?\s*"
    rf"{_FILLER}(?P<w>[\w-]+(?:\s+serif)?)(?:\s+(?:one|style|font|typeface))?\s*(?:please|pls)?\s*[.!]?\s*$",
    _I,
)


@dataclass(frozen=True)
class FontStyle:
    family: str | None  # the installed family for the style, or None when there is none
    word: str  # the style as the marketer said it
    span: tuple[int, int]


def _family(words: str) -> str | None:
    for family, pattern in FONT_STYLES:
        if re.search(rf"\b(?:{pattern})\b", words, _I):
            return family
    return None


def font_style(text: str) -> FontStyle | None:
    """The style a font is asked for in, when the clause describes one instead of naming it."""
    for pattern in (_AFTER_RE, _BEFORE_RE):
        m = pattern.search(text)
        if m is None:
            continue
        said = text[m.start() : m.end()]
        if (missing := _MISSING_RE.search(said)) is not None:
            return FontStyle(None, missing.group("s"), m.span())
        family = _family(said)
        if family is not None:
            return FontStyle(family, m.group("w"), m.span())
    return None


def missing_style_problem(style: FontStyle) -> str:
    return (
        f"No {style.word} font is installed here. Name an installed family (DejaVu Serif for a classic "
        "look, DejaVu Sans for a clean one, DejaVu Sans Mono for a typewriter one), or send the font's "
        "TTF or OTF file and I'll use that."
    )
