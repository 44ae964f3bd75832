"""A request sent in two halves (round thirty c, dev21's mobile crowd): "change the hook text to"
then "'new drop who dis'"; "make the bonfire scene" then "shorter pls 4 sec".

Part of :mod:`adgen.agent.understanding`. Read alone, each half was no request (the first) or
another one (the second: "shorter pls 4 sec" asked for a 4-second ad, out of range). A message
the parser cannot read that stops where a request cannot end (on "to", "the", "should say", or a
verb and its scene with nothing said about it) is kept, and a question asks for the rest; the
next message is read after it, unless it is a whole request of its own.
"""

from __future__ import annotations

import re

UNFINISHED = "unfinished"  # PendingQuestion.value_kind of the question below

# Where a request cannot end: a preposition, an article, "should say", "make it" …
_DANGLING_RE = re.compile(
    r"\b(?:to|into|the|a|an|with|as|from|and|&|should\s+(?:say|read|be)|say|says|read|reads|"
    r"make\s+it|set\s+it\s+to|change\s+it\s+to|is\s+now)\s*[-–—:,…]*\s*(?:\.\.\.)?$",
    re.I,
)
# … or a verb and what it is about, with nothing said of it: "make the bonfire scene".
_BARE_OBJECT_RE = re.compile(
    r"^\W*(?:(?:pls|please|can\s+you|could\s+you|ok(?:ay)?|so)\s+)*(?:make|set|turn|change|put)\s+"
    r"(?:the|that|this|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:scene|text|card|hook|cta|music|voice|intro|outro|showcase|product|logo|photo|picture|image|"
    r"testimonial|reviews?|captions?|tagline|opener|ending|shot|line|title|headline|background|part|bit|one|slide)\s*[-–—:,…]*\s*(?:\.\.\.)?$",
    re.I,
)


def unfinished(masked: str) -> bool:
    """Whether ``masked`` stops where a request cannot end."""
    text = masked.strip()
    if not text or len(text) > 120 or "\n" in text or text.endswith(("?", "!")):
        return False
    return bool(_DANGLING_RE.search(text.rstrip(". ")) or _BARE_OBJECT_RE.match(text))


# A second message that is a request of its own: it starts as one ("make the cta red", "undo").
_OWN_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|also|and|then|actually|no|nvm|never\s*mind|forget\s+(?:it|that))\b[\s,.!]*)*"
    r"(?:make|set|change|add|remove|delete|cut|turn|put|swap|replace|move|use|undo|redo|render|export|"
    r"can\s+you|could\s+you|please|pls|let'?s|i\s+want|give\s+me)\b",
    re.I,
)


def own_request(text: str) -> bool:
    """Whether the message after an unfinished one starts as a request of its own."""
    return bool(_OWN_RE.match(text))


def question_for(raw: str) -> str:
    tail = " ".join(raw.split()[-4:])
    return f"Your message stops at “…{tail}”: what should come next? Send the rest and I'll do it."


__all__ = ["UNFINISHED", "own_request", "question_for", "unfinished"]
