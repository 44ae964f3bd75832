"""Scenes named by their neighbour: "the scene right after the hook", "the bit before the cta",
"the one following the showcase".

Why: a marketer who has just watched a render names a scene by what comes next to it more often
than by its role or number, and the role in such a phrase named the neighbour, so it was edited
instead (a wrong edit: "the scene right after the hook, make the text smaller" shrank the hook's
text). A row per way of saying it; the noun before ("the scene", "the bit", "the one") is required,
so "add a scene after the hook" (a new scene's place) is never read as one.
"""

from __future__ import annotations

import re
from typing import Any

# (pattern just before the neighbour's reference, step from it). Each pattern ends at the reference.
_NOUN = r"\bthe\s+(?:scene|bit|part|shot|one|section|clip|slide|moment)\s+(?:that\s+(?:comes|is)\s+)?"
_CLOSE = r"(?:(?:right|just|immediately|directly)\s+)?"
NEIGHBOUR_ROWS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern + r"\s+(?:the\s+)?$", re.I), step)
    for pattern, step in (
        (_NOUN + _CLOSE + r"(?:after|following)", 1),
        (_NOUN + _CLOSE + r"before|" + _NOUN + r"(?:preceding|leading\s+(?:up\s+)?(?:in)?to)", -1),
    )
)


# "the 2 scenes after the hook", "the scenes before the cta", "the next two bits after the open":
# several neighbours (the named scene was edited instead). The count, when said, must fit.
PLURAL_NEIGHBOURS_RE = re.compile(
    r"\b(?:the\s+)?(?:(?:next|last|other|following)\s+)?(?:(?P<n>\d|two|three|four|five)\s+)?"
    r"(?:scenes|bits|parts|shots|ones|sections|clips|slides|screens|moments)\s+(?:that\s+(?:come|are)\s+)?"
    + _CLOSE
    + r"(?P<way>after|following|before|preceding)\s+(?:the\s+)?$",
    re.I,
)


# "the bit before the logo", "the shot before the final frame": the logo is on the last scene (the end
# card), so the scene before it is the one before the last; the logo names no scene alone.
BEFORE_THE_END_RE = re.compile(
    _NOUN
    + _CLOSE
    + r"before\s+(?:the\s+|our\s+)?(?:logo|brand\s+mark|last\s+frame|final\s+frame|very\s+end)\b",
    re.I,
)


def neighbour_step(before: str) -> tuple[int, int] | None:
    """The step (+1 after, -1 before) the words just before a scene reference say, and where those
    words start; None when they name no neighbour."""
    for pattern, step in NEIGHBOUR_ROWS:
        m = pattern.search(before)
        if m:
            return step, m.start()
    return None


def neighbour_of(scene_ids: list[str], scene_id: str, step: int) -> str | None:
    """The id of the scene ``step`` places from ``scene_id`` in the ad's order, or None past an end."""
    at = scene_ids.index(scene_id) + step
    return scene_ids[at] if 0 <= at < len(scene_ids) else None


# "the cta after the social proof should say …", "the showcase, after the hook, should be red":
# a scene named by its role, placed by its neighbour only to say which it is. Read as typed, the
# neighbour was a second target (sweep 40: the social proof said the cta's new words too). The
# neighbour's words are dropped when the role names one scene and nothing is being moved or added.
_PLACED_BETWEEN_RE = re.compile(
    r"^\s*,?\s*(?:(?:which|that)\s+(?:comes|is|plays)\s+)?(?:(?:right|just|immediately|directly)\s+)?"
    r"(?:after|before|following|preceding)\s+(?:the\s+|our\s+)?$",
    re.I,
)
_MOVES_RE = re.compile(
    r"\b(?:move|put|place|swap|switch|add|insert|drag|shift|reorder|bring|push|slot|stick|drop|"
    r"duplicate|copy|repeat|new|another|extra|cut\s+to|transition|fade|go(?:es)?)\b",
    re.I,
)


def without_placing_neighbour(text: str, project: Any, quotes: list) -> str:
    """``text`` without "after the social proof" in "the cta after the social proof should say …"."""
    if project is None or not re.search(r"\b(?:after|before|following|preceding)\b", text, re.I):
        return text
    from adgen.agent.understanding.scenes import find_scene_refs

    refs = find_scene_refs(text, project, quotes)
    for first, second in zip(refs, refs[1:], strict=False):
        if first.kind != "role" or len(first.ids) != 1 or first.plural or not second.ids:
            continue
        if not _PLACED_BETWEEN_RE.match(text[first.end : second.start]):
            continue
        if _MOVES_RE.search(text[: first.start]) or _MOVES_RE.search(text[first.end : second.start]):
            continue
        if re.match(r"\s*(?:scene|one|bit|part)s?\b", text[first.start :], re.I):
            continue
        end = second.end
        comma = re.match(r"\s*,", text[end:])
        cut_from = first.end
        if comma and text[first.end : second.start].lstrip().startswith(","):
            end += comma.end()
        return text[:cut_from] + text[end:]
    return text
