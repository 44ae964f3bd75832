"""Whether a question's own words are words the ad shows: "what date do the doors open?" asks about
the end card that says "Doors open Mon 3/9".

Part of :mod:`adgen.agent.understanding` (round thirty-one e, dev22's local businesses asking about
their ad). A question about a kind of content (:mod:`content_kinds`: "what date …", "which hours
…") is about the ad when it says where ("on the end card", "in the ad") or, now, when two words in
a row of it are two words in a row of a scene's text ("doors open", "happy hour"; "the bar open"
of "Bar opens 5pm": a plural's or a verb's "s" aside): the marketer quotes the ad without quote
marks.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Words too common to tie a question to a text ("is the", "do we", "on it").
_COMMON = frozenset(
    "a an the is are do does did we you it its it's on in of to at for and or this that our my your "
    "what which when where how who there here be was were has have".split()
)


def _stem(word: str) -> str:
    """ "opens" and "open", "doors" and "door": one word."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _pairs(text: str) -> set[tuple[str, str]]:
    words = [_stem(w) for w in _WORD_RE.findall(text.lower())]
    return {(a, b) for a, b in zip(words, words[1:], strict=False) if not {a, b} <= _COMMON}


def words_on_screen(words: str, project: AdProject | None) -> bool:
    """Whether two words in a row of ``words`` (not both common words) are two words in a row of
    some scene's text."""
    if project is None:
        return False
    asked = _pairs(words)
    return any(asked & _pairs(scene.overlay.text or "") for scene in project.scenes)


__all__ = ["words_on_screen"]
