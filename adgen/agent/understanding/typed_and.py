""" "an" typed for "and" at the head of a request: "an the date card aswell", "an also the music".

Part of :mod:`adgen.agent.understanding` (round thirty-seven a, dev23: after "tikcet card txt in
yelow", "an the date card aswell" changed nothing). "an" never stands before "the", "that", "my",
"also" …, so there it is "and" with its d dropped; read on the raw message (outside its quoted
copy), before the steps that read "and the … too" as the same change on another part.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.quotes import mask_quotes, unmask

_AN_RE = re.compile(
    r"\b(?P<an>an)(?=\s+(?:the|that|this|those|these|my|our|its|also|then|same|make|do)\b)", re.I
)


def and_as_typed(raw: str) -> str:
    """``raw`` with "an" before a word no "an" stands before read as "and"; as typed otherwise."""
    masked, quotes = mask_quotes(raw)
    if not _AN_RE.search(masked):
        return raw
    return unmask(_AN_RE.sub(lambda m: "And" if m.group("an")[0] == "A" else "and", masked), quotes)


__all__ = ["and_as_typed"]
