"""A change asked for and said in the same breath to be there already: "someone said the end card
should be pink, it already is so nothing to do there", "my boss wants the hook text white but it's
already white", "the cta should be bold, it already is" (round thirty-eight c).

Part of :mod:`adgen.agent.understanding`. Dev27 (a dog groomer): the request before the comma was
read on its own and the end card's pink text was set to another pink, a wrong edit. Nothing
changes here; the chat says so. "It's already …" that names something other than what was asked
("make the text bigger, it's already bold") is a reason, not this, and is left to the other
readings.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.result import ParsedTurn

_I = re.I
_ALREADY_RE = re.compile(
    r"^\W*(?P<ask>[^\n]{3,160}?)\s*(?:[,;.!:—–-]+\s*|\s+)(?:(?:but|and|though|although|however)\s*,?\s*)?"
    r"(?:(?:it|they|that|this|which)\s*(?:'s|’s|'re|’re|is|are)?\s+(?:(?:actually|literally|already)\s+)+"
    r"(?:(?:is|are)\s+)?(?P<value>[\w#' -]{0,30}?)(?:\s+already)?"
    r"|(?:it|they|that|this)\s*(?:'s|’s|'re|’re|is|are)\s+(?P<value2>[\w#' -]{2,30}?)\s+already"
    r"|(?:that'?s\s+|it'?s\s+)?already\s+(?:done|the\s+case|sorted|there|like\s+that|that\s+way|so))"
    r"(?:\s*[,;.!]?\s*(?:so\s+|and\s+)?(?:there'?s\s+)?(?:nothing\s+(?:to\s+(?:do|change)|needed)|no\s+changes?(?:\s+needed)?"
    r"|no\s+need\s+to\s+change\s+(?:it|anything)|leave\s+it(?:\s+as\s+(?:it\s+)?is)?)(?:\s+(?:there|here|then))?)?"
    r"[\s.!)]*$",
    _I,
)
# what "already" may be followed by and still mean "as asked"
_SAME_RE = re.compile(
    r"^(?:is|are|(?:that|this|the\s+same)(?:\s+(?:colou?r|size|way|length))?|so|done|there|like\s+that|)$", _I
)
# a request or a report of one before it ("should be", "wants", "make", "can you …")
_ASKED_RE = re.compile(
    r"\b(?:should|wants?|wanted|asked|asks|said|says|suggested|make|making|set|put|turn|change|needs?\s+to\s+be|"
    r"could|can\s+(?:you|we)|would|let'?s|go|have)\b",
    _I,
)


def already_so(masked: str) -> ParsedTurn | None:
    """Nothing to change when a message asks for something and says it already is so; None when
    it is no such message or "already" names something else than what was asked."""
    m = _ALREADY_RE.match(masked.strip())
    if m is None:
        return None
    ask = m.group("ask")
    if not _ASKED_RE.search(ask) or re.search(r"\balready\b", ask, _I):
        return None
    value = (m.group("value") or m.group("value2") or "").strip()
    if not _SAME_RE.match(value) and not re.search(rf"\b{re.escape(value)}\b", ask, _I):
        return None
    return ParsedTurn(
        unknown="Right, that is how it is already, so I've left it. Tell me what you'd like changed, or say “render”."
    )


__all__ = ["already_so"]
