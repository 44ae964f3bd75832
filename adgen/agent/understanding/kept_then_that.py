"""A card's words kept, then "that card" changed: "keep the NHS vouchers wording exactly, just move
that card's text up to the top", "leave the tickets line as it is but make that one yellow", "the
survey number stays, just put that card's text in the middle".

Part of :mod:`adgen.agent.understanding` (round forty e, dev28). The sentence that keeps the words
was dropped as a thing kept (:func:`conditionals.without_kept`) or read as a request, and "that
card" after it pointed at nothing, so the move was offered for every scene. The words kept are the
card's; the request after them is said to that card ("scene 2"), and the kept words go (the
request only moves or recolours the text, so they stay as they are). A request that rewords the
card, or words that name no single scene, are left as typed.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.scenes import find_scene_refs
from adgen.project import AdProject

_KEPT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|please|pls)\b[\s,]*)*"
    r"(?:(?:keep|leave|don'?t\s+(?:touch|change))\s+(?P<part>the\s+[^,;.]{2,60}?)"
    r"|(?P<part2>the\s+[^,;.]{2,60}?)\s+(?:stays?|remains?|is\s+staying|can\s+stay))"
    r"(?:\s+(?:exactly|as\s+(?:it\s+is|is|they\s+are|written)|word\s+for\s+word|alone|untouched|intact|the\s+same|"
    r"please|pls|though|tho|too))*"
    r"\s*(?:[,;.]|\s[-–—]|\s(?=but\b|just\b))\s*(?:(?:but|just|and|only|then|please|pls)\s+)*(?P<rest>\S.*)$",
    re.I,
)
# "that card's text", "that one", "this slide": the card just named
_THAT_RE = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?:card|one|scene|slide|screen|frame|line)(?P<s>'s|’s)?(?!\w)", re.I
)
_WORDING_RE = re.compile(r"\b(?:wording|writing|lettering)$", re.I)
# A request that gives new words ("say", "read", a colon, a quote) changes what was kept.
_REWORDS_RE = re.compile(r"\b(?:say|says|read|reads|reword|rewrite|wording|words|copy)\b|[:\ue000\"“]", re.I)


def kept_then_that(masked: str, project: AdProject | None) -> str:
    """``masked`` as its request said to the one card whose words it keeps ("move scene 2's text
    up to the top"); else as typed."""
    if project is None:
        return masked
    m = _KEPT_RE.match(masked)
    if m is None:
        return masked
    rest = m.group("rest")
    that = _THAT_RE.search(rest)
    if that is None or _REWORDS_RE.search(rest) or len(_THAT_RE.findall(rest)) > 1:
        return masked
    part = _WORDING_RE.sub("words", m.group("part") or m.group("part2"))  # "the NHS vouchers wording"
    refs = [r for r in find_scene_refs(part, project, []) if r.kind != "all"]
    ids = {i for r in refs for i in r.ids}
    if len(refs) != 1 or len(ids) != 1 or refs[0].question:
        return masked
    number = [s.id for s in project.scenes].index(ids.pop()) + 1
    said = f"scene {number}{that.group('s') or ''}"
    return rest[: that.start()] + said + rest[that.end() :]


__all__ = ["kept_then_that"]
