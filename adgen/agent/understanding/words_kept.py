""" "Same words", said beside a change to how a text looks: the words stay ("make it 44, same words",
"hook text bigger, same copy", "red, same wording please"), or as "…, don't touch the words".

Part of :mod:`adgen.agent.understanding` (round thirty-two d). "keep the words" was read as what
stays; "same words" was not, and after an edit "same" sent the whole message to the reading of
"the same as last time", which found nothing, so the size asked for was lost. The remark is said
as "keep the words", which the parser reads as what stays. "dvsa card in the centre, don't touch
the words" (dev27) was read as a decline of the whole message, since no verb came before it.
"""

from __future__ import annotations

import re

_SAME_WORDS_RE = re.compile(
    r"(?P<sep>,|;|\s[-–—]|\band\b|\bbut\b)\s*(?:with\s+|keep(?:ing)?\s+)?(?:the\s+)?same\s+"
    r"(?:words|wording|text|copy|line|lines|message|caption)\b(?!\s+(?:as|like|on|in|for)\b)",
    re.I,
)
# "…, don't touch the words", "… but don't change the wording": the words stay (the text itself may
# move or change colour: "text" stays out, since "don't touch the text" may mean all of it)
_WORDS_UNTOUCHED_RE = re.compile(
    r"(?P<sep>,|;|\s[-–—]|\band\b|\bbut\b)\s*(?:(?:but|just|and|please|pls)\s+)*"
    r"(?:don'?t|do\s+not|dont)\s+(?:touch|change|alter|edit|mess\s+with)\s+(?:the\s+|its\s+|their\s+|any\s+(?:of\s+the\s+)?)?"
    r"(?:words|wording|copy)(?:\s+(?:though|tho|please|pls))?(?=\s*(?:$|[.!;,]))",
    re.I,
)


def same_words_kept(masked: str) -> str:
    """``masked`` with "same words" after a request said as "keep the words"."""
    return _SAME_WORDS_RE.sub(lambda m: f"{m.group('sep')} keep the words", masked)


def words_untouched_kept(masked: str) -> str:
    """``masked`` with "don't touch the words" after a request said as "keep the words" (called
    after hurried typing is read: "dont touch the wrds")."""
    return _WORDS_UNTOUCHED_RE.sub(lambda m: f"{m.group('sep')} keep the words", masked)
