"""A text named by the kind of thing it shows (the hours, the address, the discount, the finance
card) when the name is mistyped, or names no one text (round thirty-one c, dev22's local shops).

Part of :mod:`adgen.agent.understanding`. Each used to be read as something else:

- the kind's name mistyped ("the adress text bigger", "chnage the finace card colour to red"):
  typos are corrected after the scene named by its content is looked for, so the card was "a
  scene I can't place" and the whole ad's palette was offered; now the word is corrected first;
- a card named by its own words with a number or a sign in them ("the 0% APR card", "the $21,900
  card", "the 2am slide"): no scene was found and "disappears too fast" made the whole ad longer;
  now it is the one scene whose words say them;
- a kind that no scene's text shows, or several do ("discount text bigger" in an ad without a
  discount, "the hours are hard to read, make the text bigger" when two cards show a time): every
  scene's text grew; now it asks which text (or says there is none), never all of them.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.content_kinds import (
    _LOOKS_RE,
    _NAMED_KIND_RE,
    NEW_VALUE_RE,
    named_by_kind,
    scenes_showing,
)
from adgen.agent.understanding.normaliser import correct
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs, scenes_with_words
from adgen.project import AdProject

_I = re.I

# The names of a kind of text a typo may stand for (as :mod:`content_kinds` and :mod:`text_parts`
# name them).
_KIND_NAMES = frozenset(
    "address finance financing discount coupon promo price pricing rating review reviews hours phone website".split()
)
_CARD = r"(?:card|screen|slide|frame|text|line|words|copy|caption|code|number|bit|part|one|banner|badge)"
_BEFORE_CARD_RE = re.compile(rf"\b(?P<w>[a-z]{{5,}})(?=\s+{_CARD}\b)", _I)


def _kind_swapped(word: str) -> str | None:
    """ "ratign", "raitng": a kind's name with two neighbouring letters swapped (round thirty-four h,
    dev23: "rating" is no word of the typo corrector's vocabulary, so "ratign card" named no scene)."""
    for name in _KIND_NAMES:
        if len(name) == len(word) and sorted(name) == sorted(word):
            diff = [i for i in range(len(word)) if word[i] != name[i]]
            if len(diff) == 2 and diff[1] == diff[0] + 1:
                return name
    return None


def kind_typos(masked: str) -> str:
    """ "the adress text", "the finace card": the kind's name as meant (only before a word for a
    text or a card, and only a word the typo corrector reads as that name)."""

    def fix(m: re.Match[str]) -> str:
        word = m.group("w")
        meant = correct(word.lower()) or _kind_swapped(word.lower())
        return meant if meant in _KIND_NAMES else word

    def noun(m: re.Match[str]) -> str:
        return f"{m.group('k')} {correct(m.group('w').lower()) or m.group('w')}"

    # ("fone numbr bigger", "phone nmber in white": the card's noun mistyped after its kind;
    # round thirty-six b)
    return _KIND_THEN_NOUN_RE.sub(noun, _BEFORE_CARD_RE.sub(fix, masked))


_KIND_THEN_NOUN_RE = re.compile(
    r"\b(?P<k>phone|fone|phne|telephone|contact)\s+(?P<w>(?!number\b)n[a-z]{2,6})\b(?=\s|[,.;!?]|$)", _I
)


# "the 0% APR card", "the $21,900 card": up to five words of a scene's text, one of them with a
# digit or a sign, then a word for a card
_NUMBERED_CARD_RE = re.compile(
    r"\bthe\s+(?P<words>(?:[\w$€£%&.,:/+-]+\s+){0,4}?[\w$€£%&.,:/+-]*[\d$€£%][\w$€£%&.,:/+-]*"
    r"(?:\s+[\w$€£%&.,:/+-]+){0,4}?)\s+(?P<card>card|screen|slide|frame|one)\b",
    _I,
)


def numbered_card(masked: str, project: AdProject | None) -> str:
    """ "the 0% APR card disappears too fast": "scene 3 disappears too fast" when exactly one
    scene's text says those words (a number or a sign among them); else as typed."""
    if project is None:
        return masked

    def scene(m: re.Match[str]) -> str:
        ids = scenes_with_words(project, m.group("words"))
        if len(ids) != 1:
            return m.group(0)
        return f"scene {[s.id for s in project.scenes].index(ids[0]) + 1}"

    return _NUMBERED_CARD_RE.sub(scene, masked)


def unshown_kind(masked: str, project: AdProject | None) -> str | None:
    """The question when a text named by its kind for how it looks ("discount text bigger", "the
    hours are hard to read, make the text bigger") is in no scene's text or in several; None when
    it names one text (:func:`content_kinds.named_by_kind` reads it) or asks nothing of the kind."""
    if project is None or not _LOOKS_RE.search(masked) or named_by_kind(masked, project) != masked:
        return None
    if NEW_VALUE_RE.search(masked):
        return None  # a new value for it, or a question about it: read elsewhere
    m = _NAMED_KIND_RE.search(masked)
    if m is None:
        return None
    if re.match(r"\s+(?:card|slide|screen|frame|shot)\b", masked[m.end() :], _I):
        return None  # "make the hours card yellow": a card named by its words asks, and keeps the request
    word = (m.group("what") or m.group("offer")).lower()
    others = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    if any(r.ids or r.question or r.error for r in find_scene_refs(others, project, [])):
        return None  # "the shopfront scene is over before I can read the address": that scene
    if scenes_with_words(project, word) or any(word in s.background_prompt.lower() for s in project.scenes):
        return None  # "the sale text" when a scene says "Summer sale": its own words
    showing = scenes_showing(word, project)
    shown = [(i + 1, s) for i, s in enumerate(project.scenes) if s in showing]
    if len(shown) == 1:
        return None
    if not shown:
        names = ", ".join(f"scene {i + 1} (“{s.overlay.text}”)" for i, s in enumerate(project.scenes))
        return f"No scene's text shows {_a(word)}. Which text do you mean: {names}?"
    named = " or ".join(f"scene {i} ({ROLE_LABEL[s.role]}: “{s.overlay.text}”)" for i, s in shown)
    return f"Several texts show {_a(word)}: which one do you mean, {named}?"


def _a(word: str) -> str:
    if word in ("hours", "opening hours", "stats"):
        return f"the {word}"
    return ("an " if word[0] in "aeiou" else "a ") + word


__all__ = ["kind_typos", "numbered_card", "unshown_kind"]
