"""The last question asked again about a scene named by what it shows: "what colour is the free
class text?" then "and the sea shot's?", "what about the crowd scene text?", "and the bottle
close-up card?".

Part of :mod:`adgen.agent.understanding` (round thirty-four, j). A follow-up question was known
only with a scene's role, its number, or one word before "scene"; a scene named by two or three
words of its picture ("the sea shot", "the packed crowd slide") was answered with that scene's
summary instead of the question asked. The words must still name one scene of the ad
(:func:`questions.answer_follow_up` finds it), else nothing is answered.
"""

from __future__ import annotations

import re

_I = re.I
_NOUN = r"(?:scene|shot|card|slide|frame|screen|bit|part|clip|one)"
# "and the sea shot's?", "what about the big crowd slide text?"
_NAMED_FOLLOW_UP_RE = re.compile(
    r"^\W*(?:and|also|what\s+about|how\s+about|same\s+for|ditto\s+for)\s+(?:(?:in|for|on|to)\s+)?(?:the\s+)?"
    rf"(?:[\w’'-]+\s+){{1,3}}{_NOUN}s?(?:['’]s)?(?:\s+(?:text|line|copy|caption|headline|words))?"
    r"(?:\s+(?:then|too|now))?\s*\?*\W*$",
    _I,
)
# Words that make it a request, not a question ("and make the sea shot?")
_ASKS_CHANGE_RE = re.compile(r"\b(?:make|set|change|move|put|add|drop|remove|cut|swap|turn|use)\b", _I)


def named_follow_up(text: str) -> bool:
    """``text`` only names a scene by two to four words ending in a scene noun, as a follow-up."""
    return bool(_NAMED_FOLLOW_UP_RE.search(text)) and not _ASKS_CHANGE_RE.search(text)


__all__ = ["named_follow_up"]
