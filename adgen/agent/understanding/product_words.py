"""The words that name the product in a marketer's message: "make the shoe bigger", "hide the
bike in scene 4", "the headphones on the right", "the can bigger" all mean the product layer.

Part of :mod:`adgen.agent.understanding`. Two sources, both tables rather than branches:

- ``GENERIC_NOUNS``: words that mean the product in any ad ("product", "packshot", "bottle",
  "jar", "can" …); each row says whether it needs a guard (a word that is also a verb or a
  description: "can you…", "show a bottle of cold brew on ice");
- the ad's own product, read from its brief ("20 s ad for the Stride AirLite running shoe" ->
  "shoe", "shoes"; "the Volt One folding e-bike" -> "e-bike", "bike").

A guarded noun counts only as "the shoe" / "our can" / "shoe bigger", never after "a", "an",
"some" or "of" (a description of a background: "show a bottle of cold brew on ice"), and "can"
never as the verb ("can you", "it can be").
"""

from __future__ import annotations

import re
from functools import lru_cache

from adgen.agent.understanding.occasion_nouns import product_head
from adgen.agent.understanding.quotes import mask_quotes
from adgen.project import AdProject

_I = re.I

# (pattern, guarded): the nouns that name the product in any ad.
GENERIC_NOUNS: tuple[tuple[str, bool], ...] = (
    # ("the cut-out", "the cutout", "the cut out looks jagged": the product's; "cut out the hook
    # scene", "with the train scene cut out": a scene removed)
    (
        # ("under the product name": the words that name it, not the product layer)
        r"products?(?!['’]?s?\s+(?:name|title|names)\b)|packshot|pack\s+shot|cut-out|cutout|(?<=the\s)cut\s+out(?!\s+(?:the|a|an|this|that|scene|shot)\b)"
        r"|packaging|item",
        False,
    ),
    (r"bottles?", False),
    (r"jars?|tubes?|tins?|cartons?|pouch(?:es)?|packets?|boxes|box", True),
    (r"cans?", True),
)
# Names that mean the same kind of product: an ad for a "running shoe" has "the sneaker" too.
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "shoe shoes sneaker sneakers trainer trainers kicks",
        "bike bikes e-bike e-bikes ebike bicycle",
        "headphones headphone headset earphones earbuds buds",
        "bottle bottles flask",
        "can cans tin tins",
        "phone phones smartphone",
        "watch watches smartwatch",
        "bag bags backpack",
        "serum serums dropper",
        "candle candles",
        "jar jars pot",
    )
)
# Words a brief's product may end in that never name the product layer on their own.
_NOT_PRODUCT = frozenset(
    """
    ad ads video videos brand scene scenes text music hook cta intro outro showcase line
    bakery shop store cafe restaurant app service services company business range line collection
    """.split()
)
# Before a guarded noun: a description of something else, not the product ("a bottle of …").
_DESCRIPTION_BEFORE_RE = re.compile(r"\b(?:a|an|some|of|two|three|several|many|more|with|showing)\s+$", _I)
# "can" is the product only as a noun: after a determiner ("the can") or before a size or place
# ("showcase can bigger", "can on the left"); otherwise the verb ("nobody can read it", "can you").
_CAN_NOUN_BEFORE_RE = re.compile(
    r"\b(?:the|our|my|its|your|this|that|soda|drink|bigger|smaller|larger|tinier|huger)\s+$", _I
)
_CAN_NOUN_AFTER_RE = re.compile(
    r"^\s+(?:(?:a\s+(?:bit|little|lot)|way|much|slightly|even)\s+)?(?:bigger|smaller|larger|tinier|huge|tiny|"
    r"size|scale|(?:to|on|in|at)\s+the\b|left|right|center|centre|\d{1,3}\s*%)"
    r"|^\s*[,.;!?]|^\s*$",
    _I,
)
_GENERIC_RE = tuple((re.compile(rf"\b(?:{pattern})\b", _I), guarded) for pattern, guarded in GENERIC_NOUNS)


@lru_cache(maxsize=256)
def _brief_nouns(brief: str) -> tuple[str, ...]:
    """The head noun of the product a brief names, its singular/plural and hyphen parts."""
    from adgen.agent.understanding.briefs import product_of  # the brief reader is heavier

    masked, quotes = mask_quotes(brief)
    product = product_of(masked, quotes)
    if not product:
        return ()
    # ("the … trail shoe in olive", "a serum with vitamin C": the head noun comes before its colour)
    product = re.split(r"\s+(?:in|with)\s+", product)[0] or product
    head = product_head(product)
    if not head:
        return ()
    words = {head, *head.split("-")[1:]}
    for group in SYNONYMS:
        if words & group:
            words |= group
    forms: set[str] = set()
    for word in words:
        if len(word) < 3 or not word.isalpha() and "-" not in word:
            continue
        forms.add(word)
        forms.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word + "s")
    return tuple(sorted(w for w in forms if w not in _NOT_PRODUCT and len(w) >= 3))


@lru_cache(maxsize=256)
def _brief_pattern(brief: str) -> re.Pattern[str] | None:
    nouns = _brief_nouns(brief)
    if not nouns:
        return None
    alternatives = "|".join(
        re.escape(n).replace(r"\-", r"[\s-]?") for n in sorted(nouns, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b", _I)


def product_spans(text: str, project: AdProject | None) -> list[tuple[int, int]]:
    """Where the text names the product (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    patterns = list(_GENERIC_RE)
    own = _brief_pattern(project.brief) if project is not None and project.brief else None
    if own is not None:
        patterns.append((own, True))
    for pattern, guarded in patterns:
        for m in pattern.finditer(text):
            if guarded and not _names_it(text, m):
                continue
            spans.append(m.span())
    return sorted(spans)


def _names_it(text: str, m: re.Match[str]) -> bool:
    before, after = text[: m.start()], text[m.end() :]
    if _DESCRIPTION_BEFORE_RE.search(before):
        return False
    if m.group(0).lower() in ("can", "cans"):
        return bool(_CAN_NOUN_BEFORE_RE.search(before) or _CAN_NOUN_AFTER_RE.match(after)) and not re.search(
            r"\b(?:i|we|you|u|it|they|he|she|who|nobody|no\s+one|anyone|everyone|people)\s+$", before, _I
        )
    return True


def product_nouns(project: AdProject | None) -> tuple[str, ...]:
    """The ad's own words for its product ("shoe", "shoes", "sneaker" …)."""
    return _brief_nouns(project.brief) if project is not None and project.brief else ()


def names_product(text: str, project: AdProject | None) -> bool:
    """True when the text names the product layer ("the shoe", "packshot", "the can")."""
    return bool(product_spans(text, project))


def as_product_word(text: str, project: AdProject | None) -> str:
    """The text with the ad's own names for the product written "product" (for answers)."""
    for start, end in reversed(product_spans(text, project)):
        text = text[:start] + "product" + text[end:]
    return text


__all__ = ["GENERIC_NOUNS", "SYNONYMS", "as_product_word", "names_product", "product_nouns", "product_spans"]
