"""Every scene the same length: "make all the scenes equal length", "equal scene lengths please",
and, right after a question about length ("How long should the ad be?", or the marketer's "how
long should each scene be?" answered), "make them all equal".

Part of :mod:`adgen.agent.understanding`. Without a length in view, "make them all equal" could
be any field (the text sizes, the colours), so the bare form is read only as the answer to a
question about length; the forms that say "length" or "long" are read anywhere. Either way the
ad keeps its length, shared out (:func:`followups.equal_lengths`).
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding.followups import Repeat, equal_lengths
from adgen.project import AdProject

_I = re.I
_LEAD = r"^\W*(?:(?:ok(?:ay)?|just|so|hmm+|well|please|pls|can\s+you|could\s+you|i'?d\s+say|let'?s)\b[\s,]*)*"
_END = r"(?:\s+(?:please|pls|then|i\s+guess|for\s+now))*\W*$"
_SCENES = (
    r"(?:(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?scenes?|the\s+scenes|them\s+all|all\s+of\s+them|them|all|"
    r"every\s+one)"
)
_EQUAL = r"(?:equal|even|the\s+same|identical)"

# (pattern, read only as the answer to a length question)
EVEN_ROWS: tuple[tuple[re.Pattern[str], bool], ...] = (
    # "make all the scenes equal length", "every scene the same length", "all scenes equally long"
    (
        re.compile(
            _LEAD
            + r"(?:make\s+|set\s+|keep\s+)?"
            + _SCENES
            + r"\s+(?:(?:be|are)\s+)?(?:"
            + _EQUAL
            + r"\s+(?:in\s+)?(?:length|duration|long)|equally\s+long|(?:of\s+)?(?:equal|the\s+same)\s+length)"
            + _END,
            _I,
        ),
        False,
    ),
    # "equal scene lengths please", "equal lengths", "split it evenly"
    (
        re.compile(
            _LEAD
            + r"(?:(?:equal|even|same)\s+(?:scene\s+)?(?:lengths?|durations?)|split\s+(?:it|the\s+time)\s+evenly)"
            + _END,
            _I,
        ),
        False,
    ),
    # after "How long should the ad be?": "make them all equal", "all equal", "equal", "the same for all"
    (
        re.compile(
            _LEAD
            + r"(?:(?:make|set|keep)\s+)?(?:"
            + _SCENES
            + r"\s+)?(?:(?:be|are)\s+)?"
            + _EQUAL
            + r"(?:\s+(?:for\s+all|for\s+each|across\s+the\s+board|each))?"
            + _END,
            _I,
        ),
        True,
    ),
)
_LENGTH_KINDS = frozenset({"ad_duration", "scene_duration"})
_LENGTH_ASKED_RE = re.compile(r"\bhow\s+long\b|\blengths?\b|\bdurations?\b|\bhow\s+many\s+seconds\b", _I)


def even_lengths(text: str, project: AdProject, state: ConversationState) -> Repeat | None:
    """Every scene the same length, when the message asks for it (see the module docstring)."""
    asked = state.pending is not None and getattr(state.pending, "value_kind", None) in _LENGTH_KINDS
    # (or the marketer's own question, answered with the lengths: "how long is each scene?")
    asked = asked or bool(state.last_question and _LENGTH_ASKED_RE.search(state.last_question))
    if len(project.scenes) < 2:
        return None
    for pattern, only_asked in EVEN_ROWS:
        if pattern.match(text) and (asked or not only_asked):
            return equal_lengths(project)
    return None


__all__ = ["EVEN_ROWS", "even_lengths"]
