"""A part named with its own words in brackets: "the class text (Tue & Thu 6:30am) in yellow", "the
price line ($21,900) bigger", "move the hours card (11am-10pm) to the top".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's multi-part messages: a yoga
studio's "class text (Tue & Thu 6:30am)" turned the end card yellow, whose words say "First class
free"). A marketer who quotes what a text says in brackets says which one it is; the name before
the brackets is only a loose word for it, and may fit another scene better ("class"). When the
bracketed words are one scene's words (exactly, else loosely: a word left out, a typo), the name
and the brackets are said as that scene ("the scene 2 text"); words no scene or several show are
left as typed.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.scenes import scenes_with_words, scenes_with_words_loosely
from adgen.project import AdProject

_I = re.I
_TEXT_NOUN = r"(?:text|line|words|caption|headline|copy)"
_BRACKETED_RE = re.compile(
    r"(?P<name>\b(?:the\s+|our\s+|that\s+)?(?:[\w'’&-]+\s+){0,3}?"
    rf"(?P<noun>{_TEXT_NOUN}|card|slide|screen|frame|scene|shot|one|bit|part))\s*"
    r"\((?:(?:the\s+one\s+)?(?:that\s+|which\s+)?(?:says|saying|reads|with)\s+)?(?P<words>[^()\ue000]{2,80}?)\)",
    _I,
)


def bracketed_words(masked: str, project: AdProject | None) -> str:
    """``masked`` with a part named with its words in brackets said as that scene; else as typed."""
    if project is None or "(" not in masked:
        return masked
    head_end = text_cue_end(masked)

    def repl(m: re.Match[str]) -> str:
        if m.end() > head_end:
            return m.group(0)
        words = m.group("words").strip(" .,;:'\"“”‘’")
        ids = scenes_with_words(project, words) or scenes_with_words_loosely(project, words)
        if len(ids) != 1:
            return m.group(0)
        number = [s.id for s in project.scenes].index(ids[0]) + 1
        text = re.fullmatch(_TEXT_NOUN, m.group("noun"), _I) is not None
        return f"the scene {number} text" if text else f"scene {number}"

    return _BRACKETED_RE.sub(repl, masked)


__all__ = ["bracketed_words"]
