"""A message that only names a part of the ad ("hook text", "delivery card", "the class times
text"), and the next one that says what it should be ("could it be Tiffany blue?").

Part of :mod:`adgen.agent.understanding` (round thirty-three c, dev24's chat crowd, who send the
target and the value as two messages). Read alone, the first changed nothing and was forgotten, so
the second ("Pantone 485 please", "text colour rgb(0,128,255)") had no target and recoloured the
whole palette, or every scene's text. Now a short message that is only a part's name (a few words
ending on "text", "card", "line" … with no verb, number or colour) is kept like a half-sent request
(:mod:`halves`): a question asks what should change, and the next message is read after it. The
reply's own question framing ("could it be …?", "how about …", "maybe …") is dropped first, so
"the class times text" + "could it be Tiffany blue?" reads as "the class times text Tiffany blue".
"""

from __future__ import annotations

import re

from adgen.agent.understanding.colour_codes import codes_as_hex
from adgen.agent.understanding.values import find_colors

_PART_NOUN = r"(?:text|txt|words|line|caption|copy|headline|title|card|slide|button|tagline|subtitle)"
_ONLY_PART_RE = re.compile(
    rf"^\W*(?:(?:the|our|my|that|this)\s+)?(?:[a-z][\w'&-]*\s+){{0,3}}{_PART_NOUN}\s*[.:…-]*$",
    re.I,
)
# Words that make the message a request or a remark of its own, never a bare name.
_NOT_BARE_RE = re.compile(
    r"\b(?:make|set|change|put|move|add|remove|delete|drop|cut|swap|use|undo|redo|render|keep|leave|"
    r"love|like|hate|want|need|no|not|new|more|less|bigger|smaller|all|every|each|whole|same|other)\b",
    re.I,
)
_FRAMING_RE = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|so|and|um+)\b[\s,]*)*"
    r"(?:(?:could|can|would|should)\s+(?:it|that|they|we)\s+(?:be|go|have|get)|how\s+about|what\s+about|"
    r"maybe|perhaps|let'?s\s+(?:go\s+with|try|do)|go\s+with|try|i'?d\s+like|i\s+think)\s+(?P<rest>.+?)\W*$",
    re.I,
)


def only_a_part(masked: str) -> bool:
    """Whether ``masked`` only names a part of the ad ("hook text", "the delivery card"), with
    nothing said of it (no verb, number, colour or quote)."""
    text = masked.strip()
    if not text or len(text) > 60 or "\n" in text or re.search(r"[\d#\"“”\ue000-\uf8ff]", text):
        return False
    return bool(_ONLY_PART_RE.match(text)) and not _NOT_BARE_RE.search(text) and not find_colors(text)


def question(raw: str) -> str:
    """What is asked after a bare part name."""
    said = " ".join(raw.split()).strip(" .:…-")
    return f"What should change about the {said.removeprefix('the ')}: its words, colour, size or place?"


def reframed(reply: str) -> str:
    """The reply without its question framing ("could it be Tiffany blue?": "Tiffany blue")."""
    reply = codes_as_hex(reply)  # ("could it be rgb(0, 177, 64)?": its bracket is no framing)
    framed = _FRAMING_RE.match(reply)
    return framed.group("rest") if framed else reply


__all__ = ["only_a_part", "question", "reframed"]
