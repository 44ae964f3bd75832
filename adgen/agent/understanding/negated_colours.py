"""A colour said NOT to be: never the colour to set (round thirty-one, lead; dev23's negations).

Part of :mod:`adgen.agent.understanding`. "the discount text doesn't need to be quite so orange.
white would do", "don't want the hook text purple, white please", "the hook text not purple" and
"not so orange on the cta text" each set the very colour they turn down: the colour reader finds a
colour and never sees the "not" before it. The colour turned down is taken out of the request;
when another colour is left ("white would do"), that one is the request; when none is, the chat
asks which colour instead, and nothing changes.

"not red enough" wants more of it, so it is no negation; "not the hook, the cta should be red"
turns down a scene, not a colour (the colour must follow the "not" and its softeners directly).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import COLOR_WORD, find_colors

_SOFTENERS = r"(?:(?:quite|so|that|this|as|too|very|all|the|colou?r|shade\s+of)\s+)*"
_NEGATION_RE = re.compile(
    r"(?P<neg>"
    # "not (so) orange", "isn't orange", "doesn't need to be (quite so) orange", "shouldn't be orange"
    r"\bnot\s+(?:be\s+)?|\b(?:is|are|does|do|should|must|need)n'?t\s+(?:(?:need|have)\s+to\s+)?be\s+"
    r"|\b(?:does|do)n'?t\s+(?:need|have)\s+to\s+be\s+"
    # "don't want the hook text purple", "no more orange"
    r"|\bdon'?t\s+want\s+(?P<obj>(?:the\s+|it\s+|that\s+|this\s+)?(?:[\w'-]+\s+){0,3}?)"
    r"|\bno\s+more\s+"
    r")" + _SOFTENERS + r"(?P<c>" + COLOR_WORD + r")",
    re.I,
)
_ENOUGH_RE = re.compile(r"^\s*enough\b", re.I)


def _negated(masked: str) -> list[tuple[re.Match[str], int, int]]:
    """Each "not <colour>" in ``masked``: the match and the span of its colour."""
    found = []
    for m in _NEGATION_RE.finditer(masked):
        if not _ENOUGH_RE.match(masked[m.end("c") :]):
            found.append((m, m.start("c"), m.end("c")))
    return found


def without_negated_colour(masked: str) -> tuple[str, str | None]:
    """``masked`` without the colours it turns down, and the colour turned down when no other
    colour is left (then nothing is read: :func:`negated_colour_question`)."""
    found = _negated(masked)
    if not found:
        return masked, None
    text = masked
    refused = ""
    for m, start, end in reversed(found):
        refused = masked[start:end]
        keep = m.group("obj") or ""  # "don't want the hook text purple": the hook text stays named
        text = text[: m.start()] + keep + text[end:]
    if not find_colors(text):
        return masked, refused
    return re.sub(r"\s{2,}", " ", text), None


def negated_colour_question(colour: str) -> str:
    """The question when a colour was only turned down."""
    return (
        f"I haven't changed anything. Which colour should it be instead of {colour}? (e.g. “make it white”)"
    )


__all__ = ["negated_colour_question", "without_negated_colour"]
