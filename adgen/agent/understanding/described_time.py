""" "The number disappears before anyone can write it down", "the price flashes by": a part of the
ad's words on screen too briefly, named by what it says rather than by its scene.

Part of :mod:`adgen.agent.understanding` (round thirty-five c). Such a complaint with no scene
found lengthened the whole ad (every scene rescaled), when only the card that shows the number
is meant; the scene is asked for instead, never guessed. When one card alone shows what is named
("the closing date whizzes past before anyone can read it", dev27), that card is meant (the lead,
session 27; "the salary goes by too fast" lengthened the whole ad).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.content_kinds import scenes_showing_named
from adgen.project import AdProject, Scene

# The words of a card, named by what they give ("the number", "the phone number", "the date").
_CONTENT_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:and|but|also|so|honestly|tbh|hmm+|ok(?:ay)?)\W+)*(?:the|that|our|your)\s+"
    r"(?:[\w'-]+\s+){0,2}?"
    r"(?:number|phone|price|prices|date|dates|code|address|url|website|site|link|details|offer|deal|times|"
    r"hours|email|handle|qr(?:\s+code)?|salary|wages?|pay)\b",
    re.I,
)


def content_named(rest: str) -> bool:
    """Whether the clause's subject is a piece of the ad's words named by what it gives."""
    return _CONTENT_SUBJECT_RE.match(rest) is not None


def content_scene(rest: str, project: AdProject) -> Scene | None:
    """The one scene whose words show what the clause names ("the closing date": the card saying
    "Closing date 14 March"); None when none or several do (then it is asked)."""
    shown = scenes_showing_named(rest, project)
    return shown[0] if len(shown) == 1 else None


def which_scene_longer(labels: list[str]) -> str:
    """The question asked when the scene staying on screen longer is not named."""
    return f"Which scene should stay on screen longer: {', '.join(labels)}?"


__all__ = ["content_named", "content_scene", "which_scene_longer"]
