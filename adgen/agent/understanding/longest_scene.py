"""Which scene runs longest or shortest: "which scene is on screen the longest?", "what's the
shortest shot?", "which part of the ad gets the most screen time?".

Part of :mod:`adgen.agent.understanding` (round thirty-four, j). Such a question named no scene
and no field the answerers know, so it was answered with the ad's length limits. It is answered
from the scenes' lengths: the scene (or the scenes, when several tie) at the top or the bottom,
with its length and the ad's. A message that asks for a change ("make the longest scene
shorter") is no such question.
"""

from __future__ import annotations

import re

from adgen.agent.answers import ROLE_LABEL, Answer
from adgen.project import AdProject

_I = re.I
_SCENE = r"(?:scenes?|shots?|slides?|parts?|sections?|cards?|bits?|clips?|frames?)"
_MOST = r"(?:the\s+)?(?:longest|shortest|most|least|biggest|smallest)"
_MOST_RE = re.compile(r"\b(?:longest|shortest|most|least|biggest|smallest)\b", _I)
# "which scene is (on screen) the longest", "what's the shortest shot", "which scene gets the
# most screen time", "which one runs longest", "longest scene?"
_ASKED_RE = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|so|hey|quick\s+q(?:uestion)?|q|just\s+curious|out\s+of\s+curiosity)\b[\s,:.!-]*)*"
    rf"(?:(?:which|what)(?:'?s|\s+is)?\s+(?:{_SCENE}|one)\b.*?\b{_MOST}\b"
    rf"|(?:which|what)(?:'?s|\s+is)\s+{_MOST}\s+(?:{_SCENE}|one)\b"
    rf"|{_MOST}\s+{_SCENE}\b)",
    _I,
)
_TIME_RE = re.compile(
    r"\b(?:longest|shortest|long|screen\s*time|time|seconds|on\s+screen|runs?|lasts?|length)\b", _I
)
_CHANGE_RE = re.compile(
    r"\b(?:make|set|change|cut|trim|shorten|lengthen|extend|stretch|move|swap|drop|delete|remove|add|give)\b",
    _I,
)


def longest_scene_answer(text: str, project: AdProject | None) -> Answer | None:
    """The scene(s) that run longest or shortest, when ``text`` asks which; else None."""
    if project is None or not project.scenes:
        return None
    m = _ASKED_RE.search(text)
    if m is None or _CHANGE_RE.search(text) or not _TIME_RE.search(text):
        return None
    most = _MOST_RE.search(text[m.start() :]).group(0).lower()  # type: ignore[union-attr]
    if most in ("biggest", "smallest") or (
        most in ("most", "least") and not re.search(r"time|seconds", text, _I)
    ):
        return None
    longest = most in ("longest", "most")
    lengths = [s.duration_sec for s in project.scenes]
    target = max(lengths) if longest else min(lengths)
    found = [(i, s) for i, s in enumerate(project.scenes, start=1) if s.duration_sec == target]
    names = " and ".join(f"scene {i} ({ROLE_LABEL[s.role]})" for i, s in found)
    word = "longest" if longest else "shortest"
    verb = "are" if len(found) > 1 else "is"
    return Answer(
        f"{names[0].upper() + names[1:]} {verb} the {word}: {target:g} s (of {project.duration_sec:g} s).",
        scene_ids=[s.id for _, s in found],
        topic="scene",
    )


__all__ = ["longest_scene_answer"]
