""" "Blue is fine but make it bigger", "make the cta red, top is fine", "the size is right, just move
it": a value said to be fine is what stays, never a value to apply.

Part of :mod:`adgen.agent.understanding` (round thirty-five c). The value's words were read as the
change ("blue is fine but make it bigger" set the text pure blue, "top is fine" moved the text to
the top), and after "the cta:" the remark became the card's words. The remark asks for nothing, so
it is taken out of the message (its "but"/"just" with it) and the rest is read as it is.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import COLOR_WORD

# The value judged: a colour, a place on screen, or the name of what it is ("the colour", "the size").
_VALUE = (
    rf"(?:(?:the|this|that|its|that\s+shade\s+of|the\s+shade\s+of)\s+)?(?:{COLOR_WORD}"
    r"|\b(?:top|bottom|centre|center|middle|left|right)(?:\s+(?:position|placement|spot))?"
    r"|\b(?:colou?r|shade|size|font|font\s+size|position|placement|spot|typeface))\b"
)
_FINE = (
    r"(?:is|'s|’s|looks?|seems?|feels?|was|are)\s+(?:(?:totally|perfectly|just|still|pretty|really|all)\s+)?"
    r"(?:fine|ok(?:ay)?|good|great|right|perfect|spot\s+on|nice|alright|all\s+right)"
    r"(?:\s+(?:as\s+(?:it\s+is|is)|as\s+they\s+are|where\s+it\s+is|now))?"
)
# At a clause's start: "blue is fine but make it bigger", "the cta: top is fine, just bigger".
_LEADING_RE = re.compile(
    rf"(?P<pre>^|[:;,.!?\n]|\s[-–—])(?P<ws>\s*)(?:(?:the|its)\s+)?{_VALUE}\s+{_FINE}\s*[,;.!]?\s*"
    r"(?:(?:but|just|though|only|so|and)\s+)*(?=\S)",
    re.I,
)
# At a clause's end: "make the cta red, top is fine", "bigger on the hook; the colour's fine".
_TRAILING_RE = re.compile(
    rf"(?:\s*[,;]\s*|\s+(?:but|and|though)\s+|\.\s+)(?:(?:the|its)\s+)?{_VALUE}\s+{_FINE}\s*(?:though|tho)?\s*(?P<end>[.!]*\s*$)",
    re.I,
)


# An approval said with an emoji: "… and 👍 on the colours", "colours 👍", "the font is 👌".
_APPROVED = r"(?:👍|👌|✅|💯)(?:\ufe0f|[\U0001F3FB-\U0001F3FF])?"
_THINGS = r"(?:the\s+)?(?:colou?rs?|fonts?|sizes?|positions?|placement|look|music|shades?|palette)"
_APPROVED_RE = re.compile(
    rf"(?:\s*[,;.]\s*|\s+|^)(?:(?:and|but|also)\s+)?(?:{_APPROVED}\s*(?:on|to|for)\s+{_THINGS}"
    rf"|{_THINGS}\s+(?:(?:are|is|look|looks?)\s+)?{_APPROVED})\s*(?P<end>[.!]*\s*$)",
    re.I,
)


def values_kept(masked: str) -> str:
    """``masked`` without a remark that a value (a colour, a place, the size) is fine."""
    approved = _APPROVED_RE.sub(lambda m: m.group("end"), masked)
    text = approved if re.search(r"\w", approved) else masked  # (an approval alone is left as typed)
    text = _TRAILING_RE.sub(lambda m: m.group("end"), text)
    return _LEADING_RE.sub(lambda m: m.group("pre") + m.group("ws"), text)


__all__ = ["values_kept"]
