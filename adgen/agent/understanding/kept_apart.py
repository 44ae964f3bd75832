"""A text named by its words or its kind that several scenes show, where the same message says one
of them stays: the other one ("the APY line larger, the FDIC sentence stays word for word", "APY
text to the top, leave the disclosure alone"); and a text named by its kind moved ("put the ticket
prices at the top", "move the date to the bottom").

Part of :mod:`adgen.agent.understanding` (round thirty-four h, dev23's bank and gig ads). A bank's
rate line and its disclosure both say "APY", so "the APY line" asked which, though the message had
said the disclosure stays; "put the prices at the top" was read as the whole ad's text, since a
kind was named only for how it looks ("the price bigger"). Here the text is said as "the scene N
text" only when exactly one scene is left; otherwise the message is left as typed (it asks).
This runs before the "stays" remark is taken out of the message.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.content_kinds import scenes_showing, without_locator
from adgen.agent.understanding.scenes import scenes_with_words, scenes_with_words_loosely
from adgen.project import AdProject

_I = re.I
_NOUN = r"(?:text|txt|line|copy|sentence|wording|words|card|bit|caption)"
# What the same message says stays: "leave the disclosure alone", "the FDIC sentence stays word for
# word", "don't touch the date card", "keep the price line as is".
_KEPT_RE = re.compile(
    r"\b(?:leave|keep)\s+(?:the\s+)?(?P<a>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
    r"(?:alone|as\s+(?:it\s+)?is|untouched|exactly\s+as\s+it\s+is|word\s+for\s+word)\b"
    r"|\b(?:the\s+)(?P<b>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:stays|remains|must\s+stay|should\s+stay|is\s+staying)\b"
    r"|\bdon'?t\s+(?:touch|change)\s+(?:the\s+)?(?P<c>[\w'-]+(?:\s+[\w'-]+){0,2}?)(?=\s*(?:[,.;!]|$))",
    _I,
)
_DISCLOSURE_WORDS = ("disclosure", "disclaimer", "legal", "legals", "small print", "fine print", "terms")
_DISCLOSURE_RE = re.compile(
    r"\bmember\s+fdic\b|\bfdic\b|\bmay\s+change\b|\bterms\s+(?:and\s+conditions\s+)?apply\b|\bt\s?&\s?cs\b"
    r"|\bequal\s+housing\b|\brestrictions\s+apply\b|\bcapital\s+at\s+risk\b|\baccurate\s+as\s+of\b",
    _I,
)
# A text named by words before a noun for a text: "the APY line", "APY txt"
_NAMED_RE = re.compile(
    rf"(?P<lead>\bthe\s+|^\W*|(?<=[,;:.!?])\s*|\b(?:make|move|put|set|get|change|nudge|shift)\s+)"
    rf"(?P<what>(?!the\b)[\w$%£€&.'-]+(?:\s+(?!the\b)[\w$%£€&.'-]+)?)\s+{_NOUN}\b",
    _I,
)
_PLACE = (
    r"(?=\s+(?:(?:at|to|in|into|on)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|middle|centre|center)\b"
    r"|up\s+top\b|(?:higher|lower)\b))"
)
# A kind moved: "the ticket prices at the top", "the date to the bottom"
_KIND_PLACED_RE = re.compile(
    rf"\bthe\s+(?:(?P<pre>[a-z]+)\s+)?(?P<kind>prices?|dates?|hours|address|phone\s+number)"
    rf"(?:\s+{_NOUN})?{_PLACE}",
    _I,
)
_NOT_WORDS = frozenset(
    "a an this that these those new other same whole each every any my our your its their all first last "
    "end final opening closing hook cta scene text".split()
)


def _anagram(said: str, word: str) -> bool:
    return len(said) >= 5 and sorted(said) == sorted(word)


def _kept_scenes(message: str, project: AdProject) -> set[str]:
    """The scenes the message says stay, named by their words or as the disclosure."""
    kept: set[str] = set()
    for m in _KEPT_RE.finditer(message):
        words = (m.group("a") or m.group("b") or m.group("c") or "").lower().split()
        while words and re.fullmatch(_NOUN, words[-1]):
            words.pop()
        what = " ".join(words)
        if not what or what in _NOT_WORDS:
            continue
        if any(what == d or _anagram(what, d) for d in _DISCLOSURE_WORDS):
            kept |= {s.id for s in project.scenes if _DISCLOSURE_RE.search(s.overlay.text or "")}
            continue
        kept |= set(scenes_with_words(project, what))
    return kept


def _one(ids: list[str], kept: set[str]) -> list[str]:
    left = [i for i in ids if i not in kept]
    return left if len(left) == 1 and len(ids) > 1 else ids


def kept_apart(masked: str, project: AdProject | None) -> str:
    """``masked`` with a text named by its words (several scenes hold, all but one said to stay) or
    by its kind (moved) said as "the scene N text"; else as typed."""
    if project is None or len(project.scenes) < 2:
        return masked
    kept = _kept_scenes(masked, project)
    order = [s.id for s in project.scenes]

    def placed(m: re.Match[str]) -> str:
        if "\ue000" in m.group(0):
            return m.group(0)
        kind = m.group("kind").lower()
        kind = {"prices": "price", "dates": "date"}.get(kind, kind)
        ids = [s.id for s in scenes_showing(kind, project)]
        pre = (m.group("pre") or "").lower()
        if len(ids) > 1 and pre and pre not in _NOT_WORDS:
            named = set(scenes_with_words(project, pre) or scenes_with_words_loosely(project, pre))
            ids = [i for i in ids if i in named] or ids
        ids = _one(ids, kept)
        if len(ids) != 1:
            return m.group(0)
        return f"the scene {order.index(ids[0]) + 1} text"

    masked = _KIND_PLACED_RE.sub(placed, without_locator(masked))
    if not kept:
        return masked

    def named(m: re.Match[str]) -> str:
        words = m.group("what").split()
        if (
            "\ue000" in m.group(0)
            or any(w.lower() in _NOT_WORDS for w in words)
            or m.group("what").startswith("scene")
        ):
            return m.group(0)
        ids = scenes_with_words(project, " ".join(words))
        if len(ids) < 2:
            return m.group(0)
        ids = _one(ids, kept)
        if len(ids) != 1:
            return m.group(0)
        lead = m.group("lead")
        lead = lead if re.search(r"\bthe\s+$", lead, _I) else lead + "the "
        return f"{lead}scene {order.index(ids[0]) + 1} text"

    return _NAMED_RE.sub(named, masked)


__all__ = ["kept_apart"]
