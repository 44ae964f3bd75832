"""A description of the ad as it is, said with praise ("the lighting is moody, I love it", "the
music is loud, perfect"): nothing to change.

Part of :mod:`adgen.agent.understanding` (issue 15: precision). Read as a complaint, "the hook is
dark, love it" made the hook brighter and "the cta is bright and I like that" darker: wrong edits
of what the marketer had just said they liked. A message is praise of the ad as it is only when,
with the praise taken out, what is left is one description ("the X is <word>", "it's <word> and
<word>") and nothing says it should change ("too", "but", "not", a number, a quote).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The words that say a thing is good as it is ("looks great", "white was fine", "it's spot on"):
# one table for praise here, an approval (followups.is_approval) and a thanks (meta.ACK_RE).
PRAISE_WORDS = (
    "great",
    "good",
    "amazing",
    "perfect",
    "nice",
    "lovely",
    "fine",
    "awesome",
    "gorgeous",
    "beautiful",
    r"spot\s+on",
)
PRAISE_ALT = "|".join(PRAISE_WORDS)

_PRAISE_RE = re.compile(
    r"[,;.!]?\s*(?:\b(?:and|which|that)\s+(?:is|'s)\s+|\band\s+)?"
    r"(?:\b(?:i|we)\s+)?(?:\b(?:really|absolutely|totally|kinda|so)\s+)?"
    r"\b(?:(?:love|like|dig|adore)\s+(?:it|that|this|them)|"
    r"perfect|great|nice|awesome|amazing|beautiful|gorgeous|lovely|spot\s+on|chef'?s\s+kiss|"
    rf"(?:looks?|sounds?|feels?|is|are|'s)\s+(?:so\s+|really\s+|just\s+)?(?:{PRAISE_ALT}|"
    r"the\s+best(?:\s+(?:part|bit|scene))?|"
    # "the social proof scene is my favourite" (round 27 c)
    r"my\s+(?:absolute\s+)?fav(?:ou?rite|e)(?:\s+(?:part|bit|scene|one))?))\b[\s!.]*",
    _I,
)
# What the rest may be: one description of how something is ("the lighting is moody", "it's dark
# and moody", "the music is loud").
_DESCRIPTION_RE = re.compile(
    r"^\W*(?:(?:the|this|that|our)\s+(?:[\w-]+\s+){0,3}?(?:is|are|'s|looks?|feels?|sounds?|seems?)|it'?s|its|"
    r"(?:it|this|that)\s+(?:is|looks?|feels?|sounds?|seems?))\s*(?:so\s+|really\s+|very\s+|super\s+|nice\s+and\s+|all\s+)?"
    r"[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?\W*$",
    _I,
)
_CHANGE_RE = re.compile(
    r"\b(?:too|not|no|but|however|though|although|instead|should|could|would|can|needs?|want|make|change|"
    r"more|less|bit|please|pls|still|enough|why)\b|\d|[\ue000-\ue1ff?]",
    _I,
)


# What is praised, said alone: "the splash looks amazing", "the showcase is the best part".
_SUBJECT_RE = re.compile(r"^\W*(?:the|this|that|our|your)\s+(?:[\w-]+\s+){0,3}?[\w-]+\W*$", _I)
# "…, leave it": the same liking, said as an instruction to change nothing.
_LEAVE_IT_RE = re.compile(
    r"[,;.]?\s*\b(?:leave|keep)\s+(?:it|them|that)(?:\s+(?:alone|as\s+is|like\s+that))?\W*$", _I
)


# "honestly the showcase is my favourite": a lead-in that changes nothing
_LEAD_IN_RE = re.compile(r"^\W*(?:(?:honestly|tbh|ngl|ok(?:ay)?|so|well|actually|oh|wow)\b[\s,.!]*)+", _I)


def praises_as_is(masked: str) -> bool:
    """Whether ``masked`` (quotes masked) describes the ad as it is and says it likes it."""
    masked = _LEAD_IN_RE.sub("", _LEAVE_IT_RE.sub("", masked))
    praise = _PRAISE_RE.search(masked)
    if praise is None or _CHANGE_RE.search(masked):
        return False
    rest = (masked[: praise.start()] + " " + masked[praise.end() :]).strip()
    said_of = re.search(r"\b(?:looks?|sounds?|feels?|is|are)\b|'s\b", praise.group(0), _I) is not None
    return bool(rest) and (
        _DESCRIPTION_RE.match(rest) is not None or (said_of and _SUBJECT_RE.match(rest) is not None)
    )


__all__ = ["PRAISE_ALT", "PRAISE_WORDS", "praises_as_is"]
