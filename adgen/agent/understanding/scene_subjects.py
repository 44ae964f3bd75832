"""A scene's subject: "make the problem scene about slow drains", "the hook should be about a
marathon runner", "make the backyard scene about the pool".

Part of :mod:`adgen.agent.understanding` (round twenty-eight). Read before, "about" was taken for
an approximate length ("How long should scene 2 be?") or not read at all. What a scene is about is
what it shows: its background becomes the subject (as "change the hook scene to a clogged toilet"
does); its text stays. A scene the words cannot pin down is asked, an ad-wide "make it about …" is
left to the other readings.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, Quoted
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject
from adgen.tools import operations as ops

_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|also|please|pls|hey|actually|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:(?:make|have|let|change|turn|switch)\s+)?(?P<scene>(?:the\s+)?[\w\s'-]{2,40}?)"
    r"(?:\s+(?:scene|shot|part|bit|one))?\s+(?:(?:should|could|can|must|needs?\s+to|has\s+to)\s+)?(?:be\s+|to\s+be\s+)?"
    r"(?:really\s+)?about\s+(?P<what>(?!(?:\d|half|a\s+second|a\s+sec\b|the\s+same\b)).{3,80}?)"
    r"(?:\s+(?:instead|please|pls|now))*[\s.!]*$",
    re.I,
)
_WHOLE_RE = re.compile(r"^(?:the\s+)?(?:it|this|ad|video|whole\s+(?:ad|thing|video)|everything|all)$", re.I)


def scene_subject(masked: str, project: AdProject | None, quotes: list[Quoted]) -> ParsedTurn | None:
    """The background of the one scene ``masked`` names set to what it should be about."""
    if project is None or PLACEHOLDER_MARK in masked or masked.rstrip().endswith("?"):
        return None
    m = _SUBJECT_RE.match(masked)
    if m is None or _WHOLE_RE.match(m.group("scene").strip()):
        return None
    refs = [r for r in find_scene_refs(m.group("scene"), project, quotes) if r.kind != "all"]
    if len(refs) != 1:
        return None
    ref = refs[0]
    if ref.question:
        return ParsedTurn(question=ref.question)
    if ref.error or len(ref.ids) != 1 or m.group("scene")[ref.end :].strip():
        return None
    what = re.sub(r"^(?:our|my)\s+", "", m.group("what").strip(), flags=re.I)
    operation = ops.parse_operation(
        {"operation": "update_scene", "sceneId": ref.ids[0], "backgroundPrompt": what}
    )
    return ParsedTurn(operations=[operation], scene_ids=list(ref.ids), topic="background")


__all__ = ["scene_subject"]
