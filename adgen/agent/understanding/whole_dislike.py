"""The whole ad disliked, with nothing named: "I hate it", "the ad is awful", "my boss didn't like
it", and praise taken back as sarcasm ("amazing. truly. my CEO loved it. not.", "love it /s",
"great job, said no one").

Part of :mod:`adgen.agent.understanding` (round twenty-five d, dev18's complaints). Read as typed,
these got the help text (or the praise was taken at its word). What is wrong is not said, so what
should change is asked, never guessed.
"""

from __future__ import annotations

import re

_I = re.I
_LEAD = r"^\W*(?:(?:honestly|ugh+|hmm+|well|so|tbh|sorry|um+|uh+|wow|yeah|ok(?:ay)?|look)\W+)*"
_WHO = (
    r"(?:i|we|my\s+(?:ceo|boss|client|manager|team|partner|wife|husband|cofounder|co-founder)|the\s+(?:client|ceo|boss|team)|"
    r"our\s+(?:ceo|client|boss|team)|everyone|everybody|they|he|she|nobody|no\s+one)"
)
_THE_AD = (
    r"(?:it|this|that|the\s+(?:ad|video|cut|edit|result|whole\s+thing|new\s+(?:version|cut|one))"
    r"|this\s+(?:ad|video|version|one))"
)
# One row per way the whole ad is found bad.
_DISLIKE_RES: tuple[re.Pattern[str], ...] = (
    # "I hate it", "my CEO didn't like it at all", "the client really dislikes the new cut"
    re.compile(
        rf"{_LEAD}{_WHO}\s+(?:really\s+|just\s+|absolutely\s+|totally\s+)?(?:hate[sd]?|dislike[sd]?|"
        rf"(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|did\s+not)\s+(?:really\s+)?like)\s+{_THE_AD}"
        r"(?:\s+at\s+all)?(?:\s+(?:one\s+bit|tbh|honestly))?\W*$",
        _I,
    ),
    # "the ad is awful", "this looks terrible", "it's really not good"
    re.compile(
        rf"{_LEAD}(?:{_THE_AD}\s+(?:is|looks|feels|seems)|it'?s|this'?s|that'?s)\s+(?:so\s+|really\s+|pretty\s+|just\s+|honestly\s+)?"
        r"(?:bad|awful|terrible|horrible|rubbish|crap|garbage|trash|a\s+mess|not\s+(?:good|great|it|right))\W*$",
        _I,
    ),
)
# Praise taken back: the last sentence "not." (or "/s", "said no one") after words of praise.
_PRAISE_RE = re.compile(
    r"\b(?:amazing|great|love[sd]?|loved|perfect|brilliant|fantastic|wonderful|awesome|stunning|incredible|nice|good)\b",
    _I,
)
_TAKEN_BACK_RE = re.compile(r"[.!]\s*not\s*[.!]*\s*$|\s/s\s*$|\bsaid\s+no\s*(?:one|body)\W*$", _I)

QUESTION = (
    "Sorry it missed. What should change: the words, the look (colours, lighting), the music, "
    "or the length? Or tell me which scene is the problem."
)


def whole_dislike(plain: str) -> str | None:
    """The question for a dislike of the whole ad that names nothing to change, or None."""
    if any(pattern.match(plain) for pattern in _DISLIKE_RES):
        return QUESTION
    if _TAKEN_BACK_RE.search(plain) and _PRAISE_RE.search(plain[: _TAKEN_BACK_RE.search(plain).start()]):
        return QUESTION
    return None


__all__ = ["QUESTION", "whole_dislike"]
