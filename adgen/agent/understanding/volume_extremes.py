"""The music's volume to an extreme said loosely: "crank it right up", "turn the music right up"
(the maximum); "just a whisper", "music barely audible please", "a whisper under the voice" (much
quieter).

Part of :mod:`adgen.agent.understanding` (round thirty-two b, intensity). "right up" took the
normal step (75 % -> 95 %, not the "much louder" asked), and "music barely audible please, just a
whisper" was read as the complaint "the music is barely audible" and made it louder (a wrong
edit). The complaint ("the music is barely audible", "it's a whisper") stays the reader's in
:mod:`audio`: a request here has no "is"/"'s"/"sounds" before it.
"""

from __future__ import annotations

import re

_I = re.I
# Right up: the top of the range ("right down" is left to the "much" step; never "right up front").
_RIGHT_UP_RE = re.compile(
    r"\b(?:crank|turn|whack|pump|bump|push|dial|ramp|bring)\s+(?:(?:it|that|(?:the\s+)?(?:music\s+|background\s+)?(?:music|volume|sound|audio|track))\s+)?"
    r"right\s+up\b(?!\s+(?:front|to|against|the|top)\b)",
    _I,
)
# A request for a whisper of music; never after "is", "'s", "sounds", "it" (a complaint).
_COMPLAINT_RE = re.compile(
    r"\b(?:is|['’]s|are|was|sounds?|it)\s+(?:(?:just|only|like|barely|hardly)\s+)*(?:a\s+)?(?:whisper|murmur|audible)\b",
    _I,
)
_WHISPER_RE = re.compile(
    r"\b(?:just\s+|only\s+)?(?:a\s+)?(?:whisper|murmur)(?:[\s-]quiet)?\b"
    r"|(?:music|track|song|soundtrack|audio|volume)\s+(?:(?:just|only)\s+)?(?:barely|hardly)\s+(?:audible|there)\b"
    r"(?=[^.;!?]*\b(?:please|pls|plz|whisper|murmur|thanks)\b)",
    _I,
)
# "much quieter" as a share of the level it has: at most a third of it.
WHISPER_SHARE = 0.3


def loose_volume(rest: str, volume: float, louder: bool) -> float | None:
    """The volume a loose extreme in ``rest`` asks for, or None; ``louder`` when the clause is
    about the music or asks it louder ("crank it right up" after a question about the volume)."""
    if not louder:
        return None
    if _RIGHT_UP_RE.search(rest):
        return 1.0
    if _WHISPER_RE.search(rest) and not _COMPLAINT_RE.search(rest):
        return round(volume * WHISPER_SHARE, 2)
    return None


__all__ = ["loose_volume"]
