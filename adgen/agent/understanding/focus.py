"""A message that only names the scene to work on next ("let's look at scene 4", "now the CTA",
"let's work on the second showcase"): the scene is described and remembered; nothing changes.

Part of :mod:`adgen.agent.understanding` (a step of :mod:`message`).
"""

from __future__ import annotations

import re

from adgen.agent.answers import describe_scene
from adgen.agent.understanding.quotes import Quoted
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject

# "let's look at scene 4", "now the CTA", "let's work on the second showcase": which scene the
# next requests are about; nothing changes yet.
_FOCUS_VERBS = (
    r"(?:take\s+a\s+)?look\s+at|work\s+on|focus\s+on|go\s+to|talk\s+about|move\s+on\s+to|turn\s+to|zoom\s+in\s+on|"
    r"jump\s+to|head\s+to|on\s+to|onto|over\s+to|deal\s+with|fix\s+up|tackle"
)
_FOCUS_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|alright)\b[\s,]*)*(?:(?:now|next)\b[\s,]*)?"
    r"(?:let'?s\s+|can\s+we\s+|i\s+want\s+to\s+|we\s+need\s+to\s+)?"
    rf"(?:(?:{_FOCUS_VERBS})\s+)?(?P<ref>.+?)(?:\s+(?:now|next|please))?\W*$",
    re.I,
)
_FOCUS_VERB_RE = re.compile(rf"\b(?:{_FOCUS_VERBS})\b", re.I)
_FOCUS_NOW_RE = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|right|alright)\b[\s,]*)*(?:now|next)\b", re.I)


def read_focus(plain: str, project: AdProject | None, quotes: list[Quoted]) -> ParsedTurn | None:
    """A message that only names a scene to work on: say what it is, remember it."""
    if project is None:
        return None
    focus = _FOCUS_RE.match(plain)
    if focus is None or not (_FOCUS_VERB_RE.search(plain) or _FOCUS_NOW_RE.match(plain)):
        return None
    refs = find_scene_refs(focus.group("ref"), project, quotes)
    leftover = focus.group("ref")
    for ref in sorted(refs, key=lambda r: r.start, reverse=True):
        leftover = leftover[: ref.start] + leftover[ref.end :]
    if not refs or re.sub(r"\b(?:the|a|an|scene|one|and)\b|\W", "", leftover, flags=re.I):
        return None
    problem = next((r.error or r.question for r in refs if r.error or r.question), None)
    if problem:
        return ParsedTurn(unknown=problem)
    ids = list(dict.fromkeys(sid for r in refs for sid in r.ids))
    lines = [describe_scene(project, project.scene(sid)) for sid in ids]
    turn = ParsedTurn(answer="\n".join(lines) + "\nWhat should change?")
    turn.scene_ids = ids
    return turn


__all__ = ["read_focus"]
