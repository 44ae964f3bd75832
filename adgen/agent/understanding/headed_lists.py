"""A heading of the marketer's own before a colon, over a list of scenes' changes ("restock energy
pls: hook 'Restocked.' and end card 'Sizes back'", "new lines: hook '…' and the cta '…'", "vibe
check: …").

Part of :mod:`adgen.agent.understanding` (round thirty-two d). The heading names no scene and no
ad-wide part; it only says what the list is for. Read whole, the colon kept the list one clause,
so the first quote went on every scene the list names (the end card got the hook's words). What
follows the colon is split as a message of its own, and used only when every request of it names
its own scene; otherwise the message is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import PLACEHOLDER_MARK
from adgen.project import AdProject

# One line: a heading of one to six words (no quote, no number), a colon, then the list.
_HEADED_RE = re.compile(r"^\W*(?P<head>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5})\s*:\s*(?P<rest>\S.*)$", re.I)
# A heading that names a part of the whole ad or a field is a scope, read elsewhere ("music: …").
_NOT_A_HEADING_RE = re.compile(
    r"\b(?:music|song|track|audio|sound|volume|voice\w*|vo|narrat\w*|brand\w*|tagline|slogan|logo|font|"
    r"colou?rs?|text|copy|scenes?|shots?|slides?|cards?|hook|cta|ads?|videos?|all|every|each|"
    # ("two variants please: one with …, one with …": versions, read by :mod:`variants`)
    r"versions?|variants?|variations?|options?|alts?|alternatives?|takes?|copies|one|two|three|both)\b",
    re.I,
)


def headed_list(
    masked: str,
    project: AdProject | None,
    quotes: list,
    split: Callable[[str], list[str]],
) -> list[str] | None:
    """The requests after a heading of the marketer's own and a colon, each naming its scene, or
    None when the message is no such list (``split`` splits a line into its clauses)."""
    if project is None or "\n" in masked.strip():
        return None
    m = _HEADED_RE.match(masked)
    if m is None or PLACEHOLDER_MARK in m.group("head") or _NOT_A_HEADING_RE.search(m.group("head")):
        return None
    if find_scene_refs(m.group("head"), project, quotes):
        return None
    clauses = split(m.group("rest"))
    if len(clauses) < 2 or not all(_own_scene(c, project, quotes) for c in clauses):
        return None
    return clauses


def _own_scene(clause: str, project: AdProject, quotes: list) -> bool:
    refs = find_scene_refs(clause, project, quotes)
    return len(refs) == 1 and bool(refs[0].ids) and not refs[0].error and not refs[0].question
