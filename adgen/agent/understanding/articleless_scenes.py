"""A scene named by one of its own words without "the", at the start of a request: "G2 card to
5s", "inbox shot text yellow", "…, lineup slide 4 secs, and …".

Part of :mod:`adgen.agent.understanding` (round thirty-two d, dev23's lists). Marketers drop the
article in chat lists; with it ("the G2 card to 5s") the scene is found by its words, without it
the length went on the whole ad ("G2 card to 5s" made the ad 5 s) or on the scene before it in
the list (the hook). Here "the" is put back before a word and a scene noun at a request's start
when that word is said by, or shown in, exactly one scene (never a role word: "hook card" is read
as before); any other word is left alone, so nothing is guessed.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.scenes import ROLE_WORDS
from adgen.project import AdProject

# A request's start (the message's, or after a comma, a semicolon, a colon or "and"), a word, then
# a noun for a scene.
_BARE_SCENE_RE = re.compile(
    r"(?P<lead>^\W*|[,;:]\s*(?:and\s+|then\s+)?|\band\s+|\bthen\s+)"
    r"(?P<word>[a-z0-9][\w'&-]*)\s+(?=(?:card|shot|scene|slide|frame|screen|clip)\b)",
    re.I,
)
_NEVER = frozenset(
    {w for words in ROLE_WORDS.values() for phrase in words for w in phrase.split()}
    | set(
        "the a an this that each every all any both whole entire first last final next previous other "
        "same new old end ending closing opening middle one two three four five product title".split()
    )
)


def with_article(masked: str, project: AdProject | None) -> str:
    """``masked`` with "the" before a scene named at a request's start by a word only it has."""
    if project is None or len(project.scenes) < 2:
        return masked
    words = [_scene_words(f"{s.overlay.text} {s.background_prompt}") for s in project.scenes]

    def put_back(m: re.Match[str]) -> str:
        word = m.group("word").lower()
        if word in _NEVER or sum(word in w for w in words) != 1:
            return m.group(0)
        return f"{m.group('lead')}the {m.group('word')} "

    return _BARE_SCENE_RE.sub(put_back, masked)


def _scene_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z0-9]+", text or ""))
