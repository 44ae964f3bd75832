"""A moment of the ad named by what the viewer sees then: "when the price pops up can it sit at the
top of the screen instead", "once the hours come on, make them yellow", "the bit where the price
shows up, text bigger".

Part of :mod:`adgen.agent.understanding` (the lead, session 27; dev27's "references to what the
viewer sees"). Read as typed, the "when" made the message a question ("when … can it sit at the
top?" answered with where the text sits now) and the edit was lost. The moment is the one scene
whose words show what is named (a kind of text, "the price", or its own words, "'Full groom'");
the pronoun after it ("it", "them") is that scene's text, and a request with no pronoun is said
"on scene N". A moment several scenes or none show is left as typed (asked, or read elsewhere).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.content_kinds import scenes_showing_named
from adgen.agent.understanding.scenes import scenes_with_words
from adgen.project import AdProject

_MOMENT_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:and|also|so|ok(?:ay)?|oh)\W+)?)"
    r"(?:(?:just\s+|right\s+)?(?:when|whenever|once|as\s+soon\s+as)"
    r"|(?:in\s+|at\s+|on\s+)?the\s+(?:bit|part|moment|point|second)\s+(?:when|where))\s+"
    r"(?:the\s+|our\s+|that\s+|those\s+)?(?P<what>[\w£$€%'’-]+(?:\s+[\w£$€%'’-]+){0,2}?)\s+"
    r"(?:pops?\s+up|popping\s+up|appears?|shows?\s+up|comes?\s+(?:on|up|in)|(?:is|are)\s+(?:on\s+screen|up|showing)|"
    r"flash(?:es)?\s+up|lands?)\b\s*[,:;—–-]?\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# The text meant after the moment: "can it sit …", "make them yellow"
_PRONOUN_RE = re.compile(r"\b(?:it|them|they)\b", re.I)


def _moment_scene(what: str, project: AdProject) -> int | None:
    """The 1-based number of the one scene that shows ``what``; None when none or several do."""
    ids = [s.id for s in scenes_showing_named(what, project)] or scenes_with_words(project, what)
    if len(ids) != 1:
        return None
    return [s.id for s in project.scenes].index(ids[0]) + 1


def moment_as_scene(masked: str, project: AdProject | None) -> str:
    """``masked`` with a moment named by what the viewer sees said as that scene ("when the price
    pops up can it sit at the top": "can the scene 2 text sit at the top"); else as typed."""
    if project is None:
        return masked
    m = _MOMENT_RE.match(masked)
    if m is None:
        return masked
    number = _moment_scene(m.group("what"), project)
    if number is None:
        return masked
    rest = m.group("rest")
    if _PRONOUN_RE.search(rest):
        rest = _PRONOUN_RE.sub(f"the scene {number} text", rest, count=1)
        return f"{m.group('lead')}{rest}"
    return f"{m.group('lead')}on scene {number} {rest}"


# A figure a message quotes from the ad's words ("can the £20 spin in", "the 92% should pop")
_FIGURE_RE = re.compile(r"(?:(?<=\s)|^)[£$€]\d[\d,.]*k?|\b\d{1,3}(?:\.\d)?\s?%")


def figure_scene(text: str, project: AdProject | None) -> list[str]:
    """The one scene whose words show a figure ``text`` quotes ("can the £20 spin in": the card
    saying "First lesson £20"), which "it" means next ("fine, make it bigger instead"); none when
    none or several do."""
    if project is None:
        return []
    ids = list(
        dict.fromkeys(
            sid for m in _FIGURE_RE.finditer(text) for sid in scenes_with_words(project, m.group(0))
        )
    )
    return ids if len(ids) == 1 else []


__all__ = ["figure_scene", "moment_as_scene"]
