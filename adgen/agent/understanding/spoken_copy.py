"""A text said out loud: "say the price out loud too", "read the phone number aloud", "have the
voice-over say the hours too" (round thirty-one d).

Part of :mod:`adgen.agent.understanding`. Read as typed, "the price out loud too" became the words
to put on screen and the chat asked which scene should show them. The text named (by what it
shows, :func:`text_parts.content_scenes`, or by its scene: "the hook text") is the voice-over of
its one scene, with the same words: said as "scene N voice-over should say the same as the text".
When the words name no one text, nothing is rewritten.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.text_parts import content_scenes
from adgen.project import AdProject

_I = re.I
_LEAD = r"^\W*(?:(?:please|pls|can\s+you|could\s+you|also|and|then|now|just|ok(?:ay)?|oh)\b[\s,]*)*"
_ALOUD = r"(?:out\s+loud|aloud|in\s+the\s+voice[\s-]?over|in\s+the\s+vo|on\s+the\s+voice[\s-]?over)"
_TAIL = r"(?:\s+(?:too|as\s+well|also|please|pls))*\W*$"
_SPOKEN_RE = re.compile(
    # "say the price out loud too", "read out the phone number aloud", "read the hours in the voice-over"
    _LEAD
    + r"(?:say|read|speak|voice|narrate)\s+(?:out\s+)?(?P<what>(?:the|our)\s+[^,.;!?\ue000]{2,40}?)\s+"
    + _ALOUD
    + _TAIL
    # "have the voice-over say the price too", "let the narrator read the address"
    + "|"
    + _LEAD
    + r"(?:have|let|get|make)\s+the\s+(?:voice[\s-]?over|vo|voice|narrator)\s+(?:say|read|mention)\s+(?:out\s+)?"
    r"(?P<what2>(?:the|our)\s+[^,.;!?\ue000]{2,40}?)" + _TAIL,
    _I,
)
_TEXT_NOUN_RE = re.compile(r"\s(?:text|line|words|copy|caption|card|screen|slide)$", _I)


def spoken_copy(masked: str, project: AdProject | None) -> str:
    """``masked`` with "say the price out loud too" said as "scene N voice-over should say the same
    as the text" when the words name the text of one scene; else as typed."""
    if project is None:
        return masked
    m = _SPOKEN_RE.match(masked.strip())
    if m is None:
        return masked
    what = (m.group("what") or m.group("what2")).strip()
    named = what if _TEXT_NOUN_RE.search(what) else f"{what} line"
    ids = content_scenes(named, project)
    if not ids:
        refs = [r for r in find_scene_refs(what, project, []) if r.ids and not r.error and not r.question]
        ids = list(dict.fromkeys(i for r in refs for i in r.ids)) if len(refs) == 1 else []
    if len(ids) > 1 and named.endswith(" line"):
        # ("say the hours out loud" when two scenes show hours: which one is asked, by the card's name)
        return f"{what} card voice-over should say the same as the text"
    if len(ids) != 1 or not (project.scene(ids[0]).overlay.text or "").strip():
        return masked
    n = [s.id for s in project.scenes].index(ids[0]) + 1
    return f"scene {n} voice-over should say the same as the text"


__all__ = ["spoken_copy"]
