"""A part of the ad named alone, its change in the next message (round thirty-three f, dev24).

Part of :mod:`adgen.agent.understanding`. On a phone one request comes as several short messages:
"the hook" / "make it red" / "no, the text". Read alone, "the hook" was no request (the help text),
and "make it red" then turned the whole palette red. A message that only names a part ("the hook",
"that end card", "ok the cta text…", "re: the music") is kept as an unfinished request
(:mod:`halves`): a question asks what should change, and the next message is read after it when
it speaks of the part as "it" or "them" ("make it red", "bigger", "it should say …"), so "it" is the
part named. A next message that names its own part ("make the cta red") is read on its own.
"""

from __future__ import annotations

import re

_I = re.I

_PART = (
    r"(?:hook|cta|call\s+to\s+action|intro|outro|opener|opening|ending|end\s+card|end\s+screen|last\s+card|"
    r"first\s+card|showcase|testimonial|review|reviews|social\s+proof|music|soundtrack|voice|voice-?over|vo|"
    r"logo|headline|title|tagline|captions?|subtitles?|background|product(?:\s+(?:shot|photo|image))?|"
    r"(?:first|second|third|fourth|last|final)\s+scene|scene\s+\d+)"
)
_PART_ALONE_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|next|also|re|about|then|um+|hmm+)\b[\s,:.!-]*)*"
    r"(?:(?:the|that|this|my|our)\s+)?" + _PART + r"(?:\s+(?:text|words|copy|scene|card|one|colou?r))?"
    r"\s*(?:pls|please)?\s*(?:[.:,…-]|\.\.\.)*\s*$",
    _I,
)
# The next message speaks of the part named before: "make it red", "it should say …", "bigger".
_ABOUT_IT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|then|pls|please|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:(?:make|set|turn|change|put|have|get)\s+(?:it|them)\b|(?:it|they)\s+(?:should|needs?|must|has\s+to|could)\b"
    r"|(?:it|they)'?s?\s+too\b)",
    _I,
)

PART_QUESTION = "What should change about {part}? Send the rest and I'll do it."


def part_alone(text: str) -> str | None:
    """The part a message only names ("the hook", "ok the cta text"), or None."""
    if len(text) > 60 or "\n" in text:
        return None
    m = _PART_ALONE_RE.match(text)
    if m is None:
        return None
    words = re.sub(
        r"^\W*(?:(?:ok(?:ay)?|so|and|now|next|also|re|about|then|um+|hmm+)\b[\s,:.!-]*)*", "", text, flags=_I
    )
    return words.strip(" .:,…-") or None


def about_it(text: str) -> bool:
    """Whether a message speaks of the part named before as "it" ("make it red")."""
    return bool(_ABOUT_IT_RE.match(text))


__all__ = ["PART_QUESTION", "about_it", "part_alone"]
