"""A version asked for as a copy, then named as "the copy": "copy this, and in the copy the finance
card says '…'", "duplicate it; on the duplicate the hook reads '…'", "clone the ad, then in the new
one make the music calmer".

Part of :mod:`adgen.agent.understanding` (round thirty-one f, variants). "copy this" was no request
for a version ("duplicate it" was), so the words for the copy changed the ad itself (a wrong
edit: the marketer wanted the original kept). :data:`COPY_THIS` is the request, said first in the
message and followed by what the copy changes (never "copy this line to the cta", which copies
words); :func:`without_copy_named` takes "in the copy" out of the copy's own changes, as "in the
new version" is.
"""

from __future__ import annotations

import re

# "copy this, and …", "can you copy the ad then …", "duplicate it;": the whole ad, said first,
# then a break ("copy this to B", "copy this line" copy words)
COPY_THIS = (
    r"^\W*(?:(?:ok(?:ay)?|so|pls|please|can\s+(?:you|u)|could\s+(?:you|u)|just)\W+)*(?:copy|duplicate|clone|dupe)\s+"
    r"(?:it|this(?:\s+(?:one|ad|video))?|the\s+(?:ad|video|whole\s+(?:ad|thing)))(?:\s+(?:please|pls))?"
    r"(?=\s*(?:[,;:.—–-]|\s(?:and|then|&)\b|$))"
)
# "do a copy of this to test the hook in red", "dupe it to try calmer music", "make a duplicate to
# trial a yellow cta": a copy made to try a change, which is the copy's, never this ad's (round
# thirty-eight f); :data:`TO_TRY` leads into what the copy changes.
_TRIED = r"(?=\s+to\s+(?:test|try|trial)\b)"
COPY_TO_TRY = (
    r"\b(?:do|make|create|give\s+me|get|have|want|need|run\s+off|knock\s+up)\s+(?:me\s+|us\s+)?"
    r"(?:a|another|one\s+more|a\s+second)\s+(?:copy|duplicate|dupe|clone)"
    r"(?:\s+of\s+(?:it|this(?:\s+(?:one|ad|video))?|the\s+(?:ad|video)))?" + _TRIED + r"|"
    r"\b(?:copy|duplicate|dupe|clone)\s+(?:it|this(?:\s+(?:one|ad|video))?|the\s+(?:ad|video))" + _TRIED
)
TO_TRY = r"to\s+(?:test|try|trial)(?:\s+out)?(?:\s+(?:having|with|using))?(?=\s)"
_COPY_NAMED_RE = re.compile(
    r"^[\W_]*(?:(?:and|then|&|but)\s+)*(?:in|on|for|with)\s+(?:the|that|this)\s+(?:new\s+)?"
    r"(?:copy|duplicate|dupe|clone|new\s+one)\b\s*[,:]?\s*(?:(?:just|only|please|pls)\s+)?",
    re.I,
)


def without_copy_named(body: str) -> str:
    """``body`` without a leading "and in the copy": the copy is the version being made."""
    return _COPY_NAMED_RE.sub("", body, count=1)


def body_after_copy(rest: str) -> str:
    """What the copy changes, when ``rest`` (the words after the request) starts by naming the copy
    ("… then on the copy make the music calmer"); "" otherwise."""
    m = _COPY_NAMED_RE.match(rest)
    return rest[m.end() :] if m is not None else ""


__all__ = ["COPY_THIS", "COPY_TO_TRY", "TO_TRY", "body_after_copy", "without_copy_named"]
