"""A message that only names a part of the ad ("the hook", "hook text", "delivery card", "the
class times text", "ok the music…"), and the next one that says what it should be ("could it be
Tiffany blue?", "make it red").

Part of :mod:`adgen.agent.understanding` (round thirty-three c and f, dev24's chat crowd, who send
the target and the value as two messages: "the hook" / "make it red" / "no, the text"). Read
alone, the first changed nothing and was forgotten, so the second ("Pantone 485 please", "make it
red") had no target and recoloured the whole palette, or every scene's text. Now a short message
that is only a part's name (a role, or a few words ending on "text", "card", "line" … with no
verb, number or colour) is kept like a half-sent request
(:mod:`halves`): a question asks what should change, and the next message is read after it. The
reply's own question framing ("could it be …?", "how about …", "maybe …") is dropped first, so
"the class times text" + "could it be Tiffany blue?" reads as "the class times text Tiffany blue".
A next message that speaks of the part as "it" ("make it red", "it should say …") is read after
it even though it is a request of its own; one that names its own part ("make the cta red") is
read alone.
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
# A part named by its role or place ("the hook", "that end card", "re: the music", "scene 2 pls").
_ROLE = (
    r"(?:hook|cta|call\s+to\s+action|intro|outro|opener|opening|ending|end\s+card|end\s+screen|last\s+card|"
    r"first\s+card|showcase|testimonial|review|reviews|social\s+proof|music|soundtrack|voice|voice-?over|vo|"
    r"logo|headline|title|tagline|captions?|subtitles?|background|product(?:\s+(?:shot|photo|image))?|"
    r"(?:first|second|third|fourth|last|final)\s+scene|scene\s+\d+)"
)
_LEAD_IN = r"^\W*(?:(?:ok(?:ay)?|so|and|now|next|also|re|about|then|um+|hmm+)\b[\s,:.!-]*)*"
_ROLE_ALONE_RE = re.compile(
    _LEAD_IN
    + r"(?:(?:the|that|this|my|our)\s+)?"
    + _ROLE
    + r"(?:\s+(?:text|words|copy|scene|card|one|colou?r))?"
    r"\s*(?:pls|please)?\s*(?:[.:,…-]|\.\.\.)*\s*$",
    re.I,
)
# The next message speaks of the part named before: "make it red", "it should say …", "it's too …".
_ABOUT_IT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|then|pls|please|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:(?:make|set|turn|change|put|have|get)\s+(?:it|them)\b|(?:it|they)\s+(?:should|needs?|must|has\s+to|could)\b"
    r"|(?:it|they)'?s?\s+too\b)",
    re.I,
)
_FRAMING_RE = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|so|and|um+)\b[\s,]*)*"
    r"(?:(?:could|can|would|should)\s+(?:it|that|they|we)\s+(?:be|go|have|get)|how\s+about|what\s+about|"
    r"maybe|perhaps|let'?s\s+(?:go\s+with|try|do)|go\s+with|try|i'?d\s+like|i\s+think)\s+(?P<rest>.+?)\W*$",
    re.I,
)


def only_a_part(masked: str) -> bool:
    """Whether ``masked`` only names a part of the ad ("the hook", "hook text", "the delivery
    card"), with nothing said of it (no verb, number, colour or quote)."""
    text = masked.strip()
    if not text or len(text) > 60 or "\n" in text:
        return False
    if _ROLE_ALONE_RE.match(text):
        return True
    if re.search(r"[\d#\"“”\ue000-\uf8ff]", text):
        return False
    return bool(_ONLY_PART_RE.match(text)) and not _NOT_BARE_RE.search(text) and not find_colors(text)


def about_it(text: str) -> bool:
    """Whether a message speaks of the part named before as "it" ("make it red")."""
    return bool(_ABOUT_IT_RE.match(text))


def question(raw: str) -> str:
    """What is asked after a bare part name: its words, colour, size or place for a text or a card,
    else just what should change."""
    said = re.sub(_LEAD_IN, "", " ".join(raw.split()), flags=re.I).strip(" .:,…-")
    said = re.sub(r"\s*\b(?:pls|please)$", "", said, flags=re.I)
    part = said.removeprefix("the ")
    if re.search(rf"\b{_PART_NOUN}$", part, re.I):
        return f"What should change about the {part}: its words, colour, size or place?"
    return f"What should change about the {part}? Send the rest and I'll do it."


def reframed(reply: str) -> str:
    """The reply without its question framing ("could it be Tiffany blue?": "Tiffany blue")."""
    reply = codes_as_hex(reply)  # ("could it be rgb(0, 177, 64)?": its bracket is no framing)
    framed = _FRAMING_RE.match(reply)
    return framed.group("rest") if framed else reply


__all__ = ["about_it", "only_a_part", "question", "reframed"]
