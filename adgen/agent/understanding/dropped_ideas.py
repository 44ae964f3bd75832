"""An idea dropped before the request that replaces it: "ok forget the ding, just bump the music a
bit", "never mind the confetti, make the cta bigger instead" (round thirty d).

Why: after a refusal (no sound effects, no confetti) the marketer names the idea again to drop it
and then asks for something else. The idea's words were read again: the refusal came back, or the
message was not understood, and the request after it was lost. The lead-in that drops an idea is
no request; the words after it are. Only "forget", "never mind", "no need for", "don't worry about"
drop an idea ("skip the hook", "scrap the testimonial" may remove a scene and are read as before).
"""

from __future__ import annotations

import re

_DROPPED_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|alright|ah|oh|hmm+|no|nah|sure|right|well)\b[\s,.!]*)*"
    r"(?:forget(?:\s+about)?|never\s*mind(?:\s+about)?|nvm|no\s+need\s+for|don'?t\s+worry\s+about)\s+"
    r"(?:the|that|this|those|these|a|an)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s+(?:then|idea|thing|part|bit))?"
    r"\s*(?:[,;.!]|-+|\u2013|\u2014)\s*"
    r"(?:(?:just|instead|then|rather|so|and|but|ok(?:ay)?)\b[\s,]*)*(?P<rest>\S.*)$",
    re.I | re.S,
)


def without_dropped_idea(raw: str) -> str:
    """``raw`` without a lead-in that drops an idea ("forget the ding, just …"), when a request follows."""
    found = _DROPPED_RE.match(raw)
    if found is None:
        return raw
    return found.group("rest")


__all__ = ["without_dropped_idea"]
