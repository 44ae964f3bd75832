"""A text's size said as a multiple, the verb first: "double the size of the free eye test text",
"halve the size of the opening hours line", "triple the size of the price words" (round forty b).

Part of :mod:`adgen.agent.understanding`. Dev28 (an optician): "double the size of the free eye
test text" asked which scene was meant, while "make the free eye test text double the size" was
read; a text named by its words or what it shows is found only after "make … the". The verb-first
form is said as that one. Only a text (its words, line, copy, caption, title, number…) is moved:
"double the size of the product" is the product's size and stays as typed.
"""

from __future__ import annotations

import re

_MULTIPLE_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:ok(?:ay)?|so|and|also|can\s+(?:you|we)|could\s+(?:you|we)|please|pls)\b[\s,]*)*)"
    r"(?P<verb>double|triple|halve|half)\s+the\s+(?:text\s+|font\s+)?size\s+of\s+(?:the\s+)?"
    r"(?P<what>(?:(?!the\b)[\w'’£$%.-]+\s+){0,6}?(?:text|words|line|copy|caption|title|headline|writing|number))\b"
    r"(?P<rest>[^,;\n]*)$",
    re.I,
)
_SAID = {"double": "double", "triple": "triple", "halve": "half", "half": "half"}


def size_multiple_said(masked: str) -> str:
    """``masked`` with "double the size of the X text" said as "make the X text double the size";
    else as typed."""
    m = _MULTIPLE_RE.match(masked)
    if m is None:
        return masked
    said = _SAID[m.group("verb").lower()]
    return f"{m.group('lead')}make the {m.group('what')} {said} the size{m.group('rest')}"


__all__ = ["size_multiple_said"]
