"""A card named by its offer in other words: "the half-off text" where a card says "50% off".

Part of :mod:`adgen.agent.understanding` (round thirty-nine c). "make the half-off text bigger"
asked which scene, though one card says "First box 50% off". After "the", "that", "this" (a part
named, never a new value: "make it half off" is left alone), "the half-off text" / "the half price
bit" is said as that card's text ("the text of scene 2"; "the half-off card": "scene 2"), when
exactly one scene's text shows "50%" and none says "half"; otherwise the message is left as it is.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_HALF_RE = re.compile(
    r"\b(?:the|that|this|our)\s+half[\s-]?(?:off|price)(?:\s+(?P<card>card|slide|scene|one|screen)|\s+(?:text|line|words|"
    r"copy|bit|offer|deal|banner|badge|thing|part)|(?=\s*(?:is|are|'s|looks|should|needs|to|in|bigger|smaller|[,.;!?]|$)))\b",
    re.I,
)


def half_as_shown(raw: str, project: AdProject | None) -> str:
    """``raw`` with "the half-off text" as "the 50% off text" (see the module docstring), else
    ``raw`` unchanged."""
    if project is None or not _HALF_RE.search(raw):
        return raw
    texts = [s.overlay.text or "" for s in project.scenes]
    if any(re.search(r"\bhalf\b", t, re.I) for t in texts):
        return raw  # "Half price Fridays": its own words name it already
    shown = [n for n, t in enumerate(texts, 1) if re.search(r"\b50\s?%", t)]
    if len(shown) != 1:
        return raw
    return _HALF_RE.sub(
        lambda m: f"scene {shown[0]}" if m.group("card") else f"the text of scene {shown[0]}", raw
    )


__all__ = ["half_as_shown"]
