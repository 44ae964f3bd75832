"""Complaints that name a problem but no fix ("the music is distracting", "the CTA text clashes
with the background", "the yellow is ugly"): one specific question naming the options, which a
one-word answer resolves ("quieter", "white").

Part of :mod:`adgen.agent.understanding`. Complaints that do imply their fix ("too dark", "too
loud", "looks tiny") are read by the field modules as the opposite instruction; these are the
ones where guessing would be an edit the marketer did not ask for. A table: what the complaint
is about, the words of the complaint, and the question with its options.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.values import find_colors, round_half_up
from adgen.project import AdProject, Scene

_I = re.I
_DISLIKE = (
    r"ugly|awful|horrible|terrible|gross|bad|meh|weird|wrong|off|hate|not\s+(?:right|great|good|working)"
    r"|(?:don'?t|do\s+not)\s+(?:like|love)|doesn'?t\s+(?:fit|work)"
)
_MUSIC_RE = re.compile(r"\b(?:music|song|soundtrack|track|audio|tune)\b", _I)
_MUSIC_PROBLEM_RE = re.compile(
    rf"\b(?:distracting|annoying|irritating|repetitive|grating|cheesy|{_DISLIKE})\b", _I
)
_TEXT_RE = re.compile(r"\b(?:text|words|headline|caption|copy|font|lettering)\b", _I)
_CONTRAST_RE = re.compile(
    r"\b(?:clash(?:es|ing)?|blends?(?:\s+in(?:to)?)?|hard\s+to\s+(?:see|make\s+out)|unreadable|illegible|too\s+bright|"
    r"washed\s+out|lost|disappears?|disappearing|vanish(?:es)?|fades?\s+(?:in)?to|(?:can'?t|cannot)\s+make\s+(?:it\s+)?out)\b",
    _I,
)
_CUT_OFF_RE = re.compile(r"\b(?:cut\s+off|cropped|off[\s-]?screen|(?:doesn'?t|does\s+not)\s+fit)\b", _I)
_COLOUR_DISLIKE_RE = re.compile(
    rf"\b(?:is|are|looks?|feels?)\s+(?:\w+\s+)?(?:{_DISLIKE})\b|\b(?:hate|don'?t\s+like)\s+the\b", _I
)


def _music(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    volume = project.audio.volume
    return PendingQuestion(
        "What should change in the music: quieter, a calmer mood, or no music at all?",
        [
            PendingOption(
                "quieter",
                ["quieter", "quiet", "lower", "softer", "volume"],
                [{"operation": "update_audio", "volume": round(max(0.0, volume - 0.2), 2)}],
            ),
            PendingOption(
                "a calmer mood",
                ["calmer", "calm", "mood", "calmer mood", "different", "another"],
                [{"operation": "update_style", "musicMood": "calm"}],
            ),
            PendingOption(
                "no music",
                ["no music", "none", "mute", "off", "remove", "no"],
                [{"operation": "update_audio", "volume": 0.0}],
            ),
        ],
    )


def _contrast(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    names = _names(project, scenes)
    return PendingQuestion(
        f"Should {names} text be white, black, or bigger?",
        [
            PendingOption("white", ["white"], [_overlay(s, color="#FFFFFF") for s in scenes]),
            PendingOption("black", ["black", "dark"], [_overlay(s, color="#000000") for s in scenes]),
            PendingOption(
                "bigger",
                ["bigger", "larger", "big", "size"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 1.25)) for s in scenes],
            ),
        ],
    )


def _cut_off(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    names = _names(project, scenes)
    return PendingQuestion(
        f"Should I make {names} text smaller, or move it to the center?",
        [
            PendingOption(
                "smaller",
                ["smaller", "small", "shrink"],
                [_overlay(s, fontSize=_size(s.overlay.font_size * 0.8)) for s in scenes],
            ),
            PendingOption(
                "center",
                ["center", "centre", "middle", "move", "move it"],
                [_overlay(s, position="center") for s in scenes],
            ),
        ],
    )


def _colour(project: AdProject, scenes: list[Scene]) -> PendingQuestion:
    return PendingQuestion("Which colour should replace it, and where: the text or the ad's palette?")


def _overlay(scene: Scene, **fields: Any) -> dict[str, Any]:
    return {"operation": "update_overlay", "sceneId": scene.id, **fields}


def _size(value: float) -> int:
    return int(max(12, min(200, round_half_up(value))))


def _names(project: AdProject, scenes: list[Scene]) -> str:
    if len(scenes) == len(project.scenes):
        return "the"
    return "the " + " and ".join(ROLE_LABEL[s.role] for s in scenes)


# (what it is about, the complaint, the question): first row that fits.
ROWS: tuple[
    tuple[re.Pattern[str], re.Pattern[str], Callable[[AdProject, list[Scene]], PendingQuestion]], ...
] = (
    (_MUSIC_RE, _MUSIC_PROBLEM_RE, _music),
    (_TEXT_RE, _CONTRAST_RE, _contrast),
    (_TEXT_RE, _CUT_OFF_RE, _cut_off),
)


def vague_complaint(clause: str, project: AdProject, quotes: list[Any]) -> PendingQuestion | None:
    """The question to ask for a complaint that names no fix, or None."""
    refs = [r for r in find_scene_refs(clause, project, quotes) if r.ids and not r.error]
    scenes = [project.scene(sid) for r in refs for sid in r.ids] or list(project.scenes)
    if find_colors(clause) and _COLOUR_DISLIKE_RE.search(clause):
        return _colour(project, scenes)  # the colour named is the problem: never applied
    for subject, problem, ask in ROWS:
        if subject.search(clause) and problem.search(clause):
            return ask(project, scenes)
    return None


__all__ = ["ROWS", "vague_complaint"]
