"""A text said to be right as it is: "the class times on the sunrise scene are right (6:30 is
correct)", "the price on the taco card is correct", "the phone number is accurate" (round
thirty-one d).

Part of :mod:`adgen.agent.understanding`. A local business checks its facts before anything else;
read as typed, the remark was no request (the chat answered with its help) and the scene it was
about was forgotten, so the next message's "put that text at the top" asked which scene. Nothing
changes; the one scene whose text was named is what "that text", "it" mean next. A remark that
names no one scene is left to the other readings.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.agent.understanding.text_parts import content_scenes
from adgen.project import AdProject

_I = re.I
_RIGHT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|fyi|btw|just\s+so\s+you\s+know|also|and)\b[\s,:]*)*(?P<what>(?:the|our)\s+[^,.;!?()\ue000]{2,60}?)\s+"
    r"(?:is|are|'s|’s|looks?|reads?)\s+(?:(?:all|still|totally|100%|definitely|actually)\s+)?"
    # (facts checked, not praise: "the hook is fine" is read as praise elsewhere)
    r"(?:right|correct|accurate|spot[\s-]on|up\s+to\s+date)"
    # ("(6:30 is correct)", "— 6:30 is right": the fact checked, said again)
    r"(?:\s*\([^()]{0,60}\)|\s*[-–—,]\s*[^,.;!?()]{1,30}?\s+(?:is|are)\s+(?:right|correct))?"
    r"(?:\s*[,;.!-]\s*(?:so\s+)?(?:(?:please|pls)\s+)?(?:leave|keep|don'?t\s+(?:touch|change)|do\s+not\s+(?:touch|change))"
    r"\s+(?:it|that|them|those)(?:\s+(?:alone|as\s+(?:it\s+)?is|please|pls))*)?\W*$",
    _I,
)


def confirmed_copy(masked: str, project: AdProject | None) -> ParsedTurn | None:
    """Nothing to change, the one scene whose text was said to be right remembered; None when the
    message is no such remark or names no one scene."""
    if project is None:
        return None
    m = _RIGHT_RE.match(masked.strip())
    if m is None:
        return None
    what = m.group("what")
    refs = [r for r in find_scene_refs(what, project, []) if (r.ids or r.question) and not r.error]
    ids = list(dict.fromkeys(i for r in refs for i in r.ids))
    if not refs:
        words = re.sub(r"\s+(?:text|line|words|copy|caption)$", "", what, flags=_I)
        ids = content_scenes(f"{words} line", project)
    if len(ids) != 1 or any(r.question for r in refs):
        return None
    scene = project.scene(ids[0])
    n = [s.id for s in project.scenes].index(scene.id) + 1
    return ParsedTurn(
        unknown=f"Good, I'll leave scene {n} ({ROLE_LABEL[scene.role]}, “{scene.overlay.text}”) as it is. "
        "Tell me what you'd like changed, or say “render”.",
        scene_ids=[scene.id],
        topic="overlay",
    )


__all__ = ["confirmed_copy"]
