"""A request that starts with a list of scenes and no verb: "hook, problem and showcase 1 second
longer", "hook, cta, showcase text bigger", "the hook, the cta and the showcase: 1 second shorter".

Part of :mod:`adgen.agent.understanding` (round twenty-eight). Split at its commas, only the last
scene got the change ("I didn't understand: hook, problem"), and with a colon the words after it
became the last scene's text (the showcase said "1 second shorter": a wrong edit). Said with the
verb ("make the hook, problem and showcase 1 second longer") each scene gets the change, so the
list is read that way.
"""

from __future__ import annotations

import re

_SCENE = (
    r"(?:the\s+)?(?:hook|cta|showcase|intro|outro|problem|social\s+proof|testimonial|end\s+card|opener|closer|"
    r"opening|ending|solution|benefit|offer|scene\s*\d+)"
)
_LIST_RE = re.compile(
    rf"^(?P<lead>\W*)(?P<list>{_SCENE}(?:\s*,\s*{_SCENE})+(?:\s*,?\s*(?:and|&)\s+{_SCENE})?)"
    r"\s*[:\u2013\u2014-]?\s+(?P<rest>(?!(?:is|are|should|could|can|need|needs|look|looks|feel|feels|seem|seems|"
    r"were|was|have|has|all|both|each|too|and|or|but)\b)[^\ue000\n]+)$",
    re.I,
)


def scene_list_said(masked: str) -> str:
    """ "hook, problem and showcase 1 second longer" -> "make the hook, problem and showcase 1 second
    longer"; any other message as it is."""
    m = _LIST_RE.match(masked)
    if m is None:
        return masked
    listed = m.group("list")
    said = listed if listed.lower().startswith("the ") else f"the {listed}"
    return f"{m.group('lead')}make {said} {m.group('rest')}"


__all__ = ["scene_list_said"]
