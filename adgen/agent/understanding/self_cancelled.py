"""A request taken back inside the same message: "doors card red, no hang on, ignore that", "make
the music louder... actually never mind", "shorten the hook - wait, scratch that", "cta in gold.
no, forget it".

Why: read as typed, the request before the take-back was applied and the words after it were
dropped as filler (a wrong edit: the marketer said not to do it). When the message ENDS with words
that take back what it said before them, nothing changes and the reply says so. Words after the
take-back that ask for something else ("…, scratch that, make it blue") are left to the other
readers (:mod:`self_corrections`), so this only fires when nothing follows the take-back.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.retractions import _FILLER, _TAKE_BACK

# A break, then hesitation words ("no hang on", "wait", "actually", "on second thoughts") or none,
# then the take-back, at the very end of the message.
_CANCELLED_RE = re.compile(
    rf"^(?P<request>.*?\w.*?)(?:[\s,.!;:]|-+|\u2013|\u2014|\.\.\.|\u2026)+"
    rf"(?:(?:no+|nah|wait|hang\s+on|hold\s+on|hold\s+that|actually|hmm+|on\s+second\s+thoughts?|sorry|oops)\b[\s,.!;:-]*)+"
    rf"{_FILLER}{_TAKE_BACK}(?:[\s,.!;:-]+(?:please|pls|thanks|sorry))*\W*$",
    re.I | re.S,
)


def self_cancelled(text: str) -> ParsedTurn | None:
    """Nothing to do when the message takes back its own request at its end; None otherwise."""
    found = _CANCELLED_RE.match(text.strip())
    if found is None or len(found.group("request").split()) < 2:
        return None
    return ParsedTurn(answer="OK, I've left that as it was: nothing changed.")
