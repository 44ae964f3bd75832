""" "Same words", said beside a change to how a text looks: the words stay ("make it 44, same words",
"hook text bigger, same copy", "red, same wording please").

Part of :mod:`adgen.agent.understanding` (round thirty-two d). "keep the words" was read as what
stays; "same words" was not, and after an edit "same" sent the whole message to the reading of
"the same as last time", which found nothing, so the size asked for was lost. The remark is said
as "keep the words", which the parser reads as what stays.
"""

from __future__ import annotations

import re

_SAME_WORDS_RE = re.compile(
    r"(?P<sep>,|;|\s[-–—]|\band\b|\bbut\b)\s*(?:with\s+|keep(?:ing)?\s+)?(?:the\s+)?same\s+"
    r"(?:words|wording|text|copy|line|lines|message|caption)\b(?!\s+(?:as|like|on|in|for)\b)",
    re.I,
)


def same_words_kept(masked: str) -> str:
    """``masked`` with "same words" after a request said as "keep the words"."""
    return _SAME_WORDS_RE.sub(lambda m: f"{m.group('sep')} keep the words", masked)
