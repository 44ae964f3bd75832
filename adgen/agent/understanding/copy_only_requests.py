"""A request for a new ad that gives only the words to put on it (round thirty-seven b).

Part of :mod:`adgen.agent.understanding`. "do me a 15 second one with '2 nights for 1' on it",
"make a short one saying 'Half off this weekend'", "need an ad that says 'Buy one get one free'":
with no ad open, the quoted words are copy for the screen, and they say what is offered but not
who offers it or what is sold. Made as it is, the ad would be for "your product"; a question is
better (:data:`open_brief.OPEN_QUESTION`), and the answer is read as one brief with the request,
so the quoted copy is kept: it is the new ad's first words (:func:`placed_copy`), as a hook given
in the brief is ("hook 'Still running on coffee?'"); before, it was dropped.

The quote counts as copy only when it is placed ("with '…' on it", "saying '…'", "that reads
'…'") and names no one: a capitalised word after its first ("'Fresh bread at Crumb Bakery'"), an
address or a handle may be the business, so those stay a brief as before.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, Quoted

# The quote placed on the ad: before it a verb of saying or "with (the words)", after it "on it".
_SLOT = rf"{PLACEHOLDER_MARK}."
_PLACED_RE = re.compile(
    rf"\b(?:with|w/)\s+(?:the\s+(?:words?|text|line|copy|offer|slogan)\s+)?(?P<q>{_SLOT})"
    r"(?=\s+(?:on|in|across|over)\s+(?:it|there|screen|the\s+(?:screen|end|video|ad)))"
    rf"|\b(?:saying|says|say|reads|reading|read|that\s+says|which\s+says|that\s+reads|with\s+the\s+(?:words?|text|line))"
    rf"\s*:?\s*(?P<q2>{_SLOT})",
    re.I,
)
# "… on it", "… on screen": the words that place the quote, no subject of the ad.
_PLACING_TAIL_RE = re.compile(
    r"\s+(?:on|in|across|over)\s+(?:it|there|screen|the\s+(?:screen|end|video|ad))\b",
    re.I,
)
# A word in the quote that may name who offers it: capitalised after the first word, a web
# address, a handle, a trademark sign.
_NAMES_SOMEONE_RE = re.compile(r"(?<=\s)[A-Z][\w'&-]*|\.\w{2,}\b|@\w|[™®©]")


def _names_no_one(words: str) -> bool:
    return not _NAMES_SOMEONE_RE.search(words.strip())


def without_placed_copy(masked: str, quotes: list[Quoted]) -> str | None:
    """``masked`` with its quotes (and the words placing them: "saying", "on it") taken out when
    every quote is copy placed on the ad that names no one; None when any quote may say what the
    ad is for."""
    if not quotes:
        return None
    placed = list(_PLACED_RE.finditer(masked))
    if len(placed) != len(quotes):
        return None
    for found in placed:
        inner = quotes[ord((found.group("q") or found.group("q2"))[1]) - 0xE100].inner
        if not _names_no_one(inner):
            return None
    out = masked
    for found in reversed(placed):
        start, end = found.start(), found.end()
        tail = _PLACING_TAIL_RE.match(out, end)
        out = out[:start] + " " + out[tail.end() if tail else end :]
    return out


# A quote that belongs to a part already ("a CTA with the text 'Shop now'", "end card saying …").
_PART_BEFORE_RE = re.compile(
    r"\b(?:cta|call\s+to\s+action|end(?:\s+card)?|button|tagline|slogan|hook|opener|scene|card|slide|"
    r"close|closing|last|first|voice(?:[\s-]?over)?|vo|caption)\W*(?:\w+\W+){0,2}$",
    re.I,
)


def placed_copy(masked: str, quotes: list[Quoted]) -> str | None:
    """The one quote a new ad's request places on the ad as a whole ("with '2 nights for 1' on
    it", "saying 'Half off this weekend'"), for its opening scene; None when there is none, or
    more than one, or the quote belongs to a part ("a CTA saying 'Shop now'")."""
    placed = list(_PLACED_RE.finditer(masked))
    if len(placed) != 1:
        return None
    found = placed[0]
    if _PART_BEFORE_RE.search(masked[: found.start()]):
        return None
    words = quotes[ord((found.group("q") or found.group("q2"))[1]) - 0xE100].inner.strip()
    return words or None


__all__ = ["placed_copy", "without_placed_copy"]
