"""A brand's name said just before the kind of product it is: "Product: Quill notebooks", "Product:
Nimbus Pillow", "ad for drip & co iced lattes", "for GlowPup LED dog collars".

Part of :mod:`adgen.agent.understanding` (round thirty-seven e, dev13/dev14's briefs). The other
rules of ``briefs._BRAND_RES`` find a name by its shape (capitals, a coined word); these names are
dictionary words ("Quill", "Nimbus"), in small letters ("drip & co"), or carry a technical word that
is no part of them ("GlowPup LED"). Three rules, tried only once the others found no name (the
last one mends a name they found):

- a labelled product ("Product: X …", "Item: X …") whose first word is capitalised and the rest is
  the kind of product (its last word an everyday product noun): the first word is the name, unless
  it describes the product (a colour, a material, a scent, an adjective: "Product: Bamboo
  toothbrush", "Product: Organic coffee beans" keep no name);
- words joined to "& co" / "and co" are a name in any case ("drip & co iced lattes": "drip & co");
- a technical word in capitals at the end of a name ("LED", "USB", "UV") before the product in
  small letters belongs to the product ("GlowPup LED dog collars": "GlowPup").
"""

from __future__ import annotations

import re

from adgen.agent.understanding.product_typos import PRODUCT_NOUNS
from adgen.agent.understanding.values import COLOR_NAMES

# Product kinds the everyday table lacks, read here only (no typo is corrected to them).
_MORE_KINDS = frozenset(
    """
    notebook notebooks journal journals planner planners pen pens pencils diary diaries duvet duvets
    sheets towel towels rug rugs panel panels collars leashes harness harnesses lattes teas bars
    gum mints sunglasses glasses bottles tumbler tumblers blinds curtains slippers leggings shorts
    """.split()
)
_KINDS = PRODUCT_NOUNS | _MORE_KINDS

# Words that describe a product rather than name it: what it is made of, how it smells or tastes,
# how it is made.
_DESCRIBING = frozenset(
    """
    bamboo leather cotton wool merino cashmere silk linen velvet suede denim canvas ceramic glass steel
    metal wooden wood oak walnut marble stone clay copper brass gold silver plastic paper cork rubber
    foam memory soy beeswax vegan organic natural handmade lavender vanilla mint peppermint lemon
    citrus rose coconut almond cinnamon sea salt sugar herbal green black white iced cold hot smart
    wireless electric folding portable kids baby mens womens pet dog cat luxury premium new our my the
    big small mini large tiny giant artisan craft homemade home local fresh eco travel classic signature
    original summer winter spring autumn holiday gift limited best top
    """.split()
)
_DESCRIBING_END_RE = re.compile(r"(?:ic|al|ous|ful|ive|ish|ed|ing|able|ible|less|y)$", re.I)

# A word of the kind of product, never a joining word ("Product: Big sale on shoes" names no kind).
_KIND_WORD = r"(?!(?:on|for|with|and|or|in|of|the|a|an|to|at|by|sale|deal|offer)\b)[A-Za-z][\w-]*"
_LABELLED_RE = re.compile(
    rf"\b(?i:product|item)\s*[:=-]\s*(?P<n>[A-Z][\w'’-]*)\s+(?P<k>{_KIND_WORD}(?:\s+{_KIND_WORD}){{0,2}})"
    r"(?=\s*(?:[,;.!?]|\d+\.\s|$|\s[\u2013\u2014-]\s|\s+\d+\s*(?:s|sec|seconds?)\b))"
)
_COMPANY_RE = re.compile(
    r"\b(?:for|about|promoting|selling|from|by|called|named)\s+(?P<n>(?:[\w'’]+\s+){1,2}(?:&|and)\s+co\.?)"
    r"(?:\s+(?P<k>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?))?(?=\s*(?:[,;.!?]|$))",
    re.I,
)
_TECH_WORDS = r"(?:LED|LEDs|USB|UV|GPS|HD|4K|OLED|LCD|RGB|USB-C|UV-C|NFC|3D|AI)"
_TECH_END_RE = re.compile(rf"^(?P<n>.*\S)\s+(?P<t>{_TECH_WORDS})$")


def _describes(word: str) -> bool:
    """Whether a word says what the product is made of, how it smells or what it is like."""
    low = word.lower()
    return low in _DESCRIBING or low in _KINDS or low in COLOR_NAMES or bool(_DESCRIBING_END_RE.search(low))


def _is_kind(words: str) -> bool:
    """Whether words are the kind of a product: its last word an everyday product noun."""
    return words.split()[-1].lower() in _KINDS and not any(w[0].isdigit() for w in words.split())


def named_before_kind(masked: str, brand: str | None, product: str | None) -> tuple[str | None, str | None]:
    """The brand (and the product without it) when the brief says the name before the kind of
    product; what the other rules found otherwise."""
    if brand is None:
        m = _LABELLED_RE.search(masked)
        if m and _is_kind(m.group("k")) and not _describes(m.group("n")):
            return m.group("n"), m.group("k").lower() if m.group("k").istitle() else m.group("k")
        m = _COMPANY_RE.search(masked)
        if m:
            kind = m.group("k")
            return " ".join(m.group("n").split()), kind if kind and _is_kind(kind) else product
        return brand, product
    tech = _TECH_END_RE.match(brand)
    if tech and product and product[:1].islower():
        return tech.group("n"), f"{tech.group('t')} {product}"
    return brand, product


__all__ = ["named_before_kind"]
