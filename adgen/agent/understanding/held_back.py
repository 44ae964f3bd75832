"""A remark that says, in the same breath, that nothing should change: "maybe the music's a bit
loud? not sure. don't change it yet", "people ask if yellow on black is readable. it is, I checked.
nothing to do", "the cta feels small, just flagging, no action needed" (round forty b).

Part of :mod:`adgen.agent.understanding`. Dev28 (a comedy club): the remark before the closing
words was read as a request and the music was turned down, or the palette was set to the colours
named, both wrong edits. A message that ENDS by holding the change back ("don't change it yet",
"nothing to do", "no need to change anything", "leave it for now", "just flagging") changes
nothing; the chat says so. "Don't change anything ELSE" / "don't touch the words" keep a part and
are not this (they are left to the other readings).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.result import ParsedTurn

_I = re.I

_NOT_YET = (
    r"(?:yet|just\s+yet|for\s+now|for\s+the\s+moment|right\s+now|at\s+the\s+moment"
    r"|until\s+i\s+(?:say|confirm|check)[^.!?]{0,30})"
)
_HOLD = (
    r"(?:(?:please\s+|but\s+|so\s+|and\s+)*"
    # ("…, don't change it yet"; never "bonfire scene ate, don't touch it": that scene kept, dev20)
    r"(?:(?:do\s+not|don['’]?t|dont)\s+(?:change|touch|edit|do)\s+(?:it|that|this|them)\s+" + _NOT_YET + r""
    r"|no\s+need\s+to\s+(?:change|touch|edit|do)\s+(?:it|that|this|anything|them)(?:\s+" + _NOT_YET + r")?"
    r"|(?:do\s+not|don['’]?t|dont)\s+(?:change|touch|edit|do)\s+anything(?:\s+" + _NOT_YET + r")?"
    r"|(?:there['’]?s\s+)?nothing\s+(?:to\s+(?:do|change|fix)|needed|needs\s+(?:doing|changing))(?:\s+(?:here|there|for\s+now|yet))?"
    r"|no\s+(?:action|changes?|edits?)\s+(?:needed|required|yet|for\s+now)"
    r"|(?:leave|keep)\s+it\s+(?:as\s+(?:it\s+)?is\s+)?" + _NOT_YET + r""
    r"|(?:i['’]?m\s+)?just\s+(?:flagging|noting|saying|mentioning|thinking\s+out\s+loud)(?:\s+(?:it|that))?"
    r"|hold\s+off(?:\s+(?:on\s+(?:it|that|changing\s+it)|for\s+now))?"
    r"))"
)
# the closing words, after the remark, ending the message
_HELD_BACK_RE = re.compile(
    rf"^(?P<remark>.{{6,}}?)(?:[,;.!?:—–-]\s*|\s+[-—–]\s+|\s+)(?:{_HOLD}[\s,;.!?]*)+$",
    _I | re.S,
)
# "don't change anything else / the words / the colour": keeps a part, not this
_PART_KEPT_RE = re.compile(r"\b(?:else|other|the\s+\w+)\s*[.!]*\s*$", _I)


def held_back(masked: str) -> ParsedTurn | None:
    """Nothing to change when a message ends by holding the change back; None otherwise."""
    text = masked.strip()
    m = _HELD_BACK_RE.match(text)
    if m is None or _PART_KEPT_RE.search(text):
        return None
    return ParsedTurn(
        unknown="Noted, I've left the ad as it is for now. Say what to change when you're ready, or “render”."
    )


__all__ = ["held_back"]
