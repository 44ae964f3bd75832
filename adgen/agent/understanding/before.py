"""The values the last request replaced: "and what was it before?", "what did it say before?".

Part of :mod:`adgen.agent.understanding`. The conversation state keeps the last request's
operations with the values their fields had before it (:func:`memory.remember_before`); a
question about "before" is answered from them, never from the ad as it is now (which holds the
new value) and never as an edit.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.memory import fields_named

_I = re.I
_BEFORE_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|wait|hmm+|sorry)\b[\s,]*)*"
    r"(?:what\s+(?:was|were|did)|what's|whats)\s+(?P<what>.{0,40}?)\s*"
    r"(?:be|say|read|used\s+to\s+be|use\s+to\s+be)?\s*"
    r"\b(?:before|previously|originally|at\s+first|before\s+that|before\s+(?:the|my|this|that)\s+change)\b\W*$",
    _I,
)
# How each field's old value reads in a sentence: wire field -> (label, format).
_LABELS: dict[str, tuple[str, Any]] = {
    "volume": ("the music volume", lambda v: f"{round(float(v) * 100):g}%"),
    "text": ("the text", lambda v: f"“{v}”"),
    "tagline": ("the tagline", lambda v: f"“{v}”"),
    "name": ("the brand name", str),
    "font": ("the font", str),
    "fontSize": ("the text size", lambda v: f"{v}"),
    "color": ("the text colour", str),
    "position": ("the position", str),
    "scale": ("the product size", lambda v: f"{round(float(v) * 100):g}%"),
    "visible": ("the product", lambda v: "shown" if v else "hidden"),
    "durationSec": ("the length", lambda v: f"{float(v):g} s"),
    "backgroundPrompt": ("the background", lambda v: f"“{v}”"),
    "mood": ("the mood", str),
    "lighting": ("the lighting", str),
    "visualStyle": ("the look", str),
    "musicMood": ("the music", str),
    "palette": ("the palette", lambda v: ", ".join(v)),
    "colors": ("the brand colours", lambda v: ", ".join(v)),
}


def answer_before(text: str, last_operations: list[dict[str, Any]]) -> str | None:
    """The old values of the last change, when ``text`` asks what they were; else None."""
    m = _BEFORE_RE.match(text)
    if m is None:
        return None
    wanted = fields_named(m.group("what"))
    parts = []
    for op in last_operations:
        for key, value in (op.get("before") or {}).items():
            if key not in _LABELS or value is None:
                continue
            if wanted is not None and f"{op.get('operation')}.{key}" not in wanted:
                continue
            label, shown = _LABELS[key]
            where = f" of {op['sceneId'].replace('_', ' ')}" if op.get("sceneId") else ""
            parts.append(f"{label[0].upper()}{label[1:]}{where} was {shown(value)}.")
    return " ".join(dict.fromkeys(parts)) or None


__all__ = ["answer_before"]
