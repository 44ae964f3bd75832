"""Where on screen a text named by what it shows sits: "where on screen is the price?", "where
does the phone number sit?", "whereabouts is the web address?".

Part of :mod:`adgen.agent.understanding` (round thirty-nine c). These got the help text. The kind
is read as :mod:`content_kinds` reads it ("the booking link" is the web address, "the booking
number" the phone number); the answer names each scene whose words show it and where its text
sits, or says no scene's text shows one. A question naming no kind is left to the other readers.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.content_kinds import names_a_kind, scenes_showing
from adgen.agent.understanding.everyday_parts import said_kind
from adgen.agent.understanding.scenes import ROLE_LABEL
from adgen.project import AdProject

_WHERE_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|also|hey|quick\s+q(?:uestion)?)\b[\s,:]*)*"
    r"(?:where(?:abouts)?|wheres)(?:\s+on\s+(?:the\s+)?screen|\s+in\s+the\s+frame)?\s*"
    r"(?:is|are|does|do|'s|’s|s|did\s+(?:we|you)\s+put)\s+(?:the|our|that|those)\s+(?P<what>[\w\s-]{2,30}?)"
    r"(?:\s+(?:text|line|words|card))?"
    r"(?:\s+(?:sit|sitting|go|going|appear|appearing|show(?:\s+up)?|shown|placed|sit\s+on\s+screen|"
    r"positioned|located|at|end\s+up|live|on\s+(?:the\s+)?screen|in\s+the\s+frame|(?:right\s+)?now))*"
    r"\s*\?*\W*$",
    re.I,
)
_PLACE = {
    "top": "at the top",
    "bottom": "at the bottom",
    "center": "in the centre",
    "centre": "in the centre",
}


def text_place_question(text: str, project: AdProject | None) -> str | None:
    """The answer to "where on screen is the price?" (see the module docstring), or None."""
    m = _WHERE_RE.match(text.strip())
    if project is None or m is None:
        return None
    word = said_kind(m.group("what"))
    if not names_a_kind(word):
        return None
    kind = m.group("what").strip().lower()
    shown = [(i, s) for i, s in enumerate(project.scenes, 1) if s in scenes_showing(word, project)]
    if not shown:
        return f"No scene's text shows {'the' if kind.endswith('s') else 'a'} {kind} right now."
    return "\n".join(
        f"Scene {i} ({ROLE_LABEL[s.role]}): “{s.overlay.text}” sits "
        f"{_PLACE.get(str(s.overlay.position), f'at the {s.overlay.position}')} of the screen."
        for i, s in shown
    )


__all__ = ["text_place_question"]
