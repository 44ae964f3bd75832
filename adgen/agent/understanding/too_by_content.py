"""The last change asked again for a part named by what its words show: "the address too", "and
the phone number as well", "same for the price", "also the finance card".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's follow-ups: after "make the
taco text bigger", "the address too" was not understood). A follow-up that names another scene by
its role ("the cta too") repeats the last change there (:mod:`followups`); a part named by the kind
of thing its text shows (an address, a phone number, the hours, a date, a price, a code, a rating,
a lender's terms: :data:`content_kinds.KINDS`, :func:`text_parts.content_scene`) named no scene.
Here, in such a short follow-up only, the words are said as the one scene whose text shows that
("scene 4 too"); none or several: left as typed.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.content_kinds import KINDS
from adgen.agent.understanding.text_parts import content_scene
from adgen.project import AdProject

_I = re.I
_TOO_RE = re.compile(
    r"^\W*(?P<lead>(?:(?:and|also|oh|ok(?:ay)?|now|plus)\b[\s,]*)*(?:(?:same|ditto|do\s+the\s+same)\s+(?:for|with|on)\s+)?)"
    r"(?:the\s+|our\s+)?(?P<what>[\w$%&.'’-]+(?:\s+[\w$%&.'’-]+)??)"
    r"(?P<noun>\s+(?:text|line|words|card|slide|screen|one|bit|part))?"
    r"(?P<tail>(?:[\s,]+(?:too|as\s+well|also|please|pls|then))*)\W*$",
    _I,
)


def too_by_content(masked: str, project: AdProject | None, last_operations: list[dict[str, Any]]) -> str:
    """``masked`` with a part named by what its words show said as "scene N", in a short
    follow-up ("the address too") after a change of another scene; else as typed."""
    if project is None or not last_operations:
        return masked
    m = _TOO_RE.match(masked)
    if m is None:
        return masked
    lead, tail = m.group("lead").strip(), m.group("tail").strip(" ,")
    if not (
        re.search(r"\b(?:too|as\s+well|also)\b", tail, _I)
        or re.search(r"\b(?:same|ditto|also|and)\b", lead, _I)
    ):
        return masked
    what = m.group("what")
    ids = _shown(what, project) or content_scene(
        f"the {what} {(m.group('noun') or ' text').strip()}", project
    )
    if len(ids) != 1 or ids[0] in {op.get("sceneId") for op in last_operations}:
        return masked  # ("same for the price" when the price is in the scene just changed)
    number = [s.id for s in project.scenes].index(ids[0]) + 1
    return f"{lead + ' ' if lead else ''}scene {number} {tail or 'too'}".strip()


def _shown(what: str, project: AdProject) -> list[str]:
    """The scenes whose text shows the kind of thing ``what`` names ("address", "phone number")."""
    for kind in KINDS:
        if re.fullmatch(kind.words, what, _I):
            hits = [s.id for s in project.scenes if kind.written.search(s.overlay.text or "")]
            return hits if len(hits) == 1 else []
    return []


__all__ = ["too_by_content"]
