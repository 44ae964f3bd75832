"""A word the ad may not say: checked in every scene's words, never an edit by itself.

Part of :mod:`adgen.agent.understanding`. "Sarah from legal says we can't say 'best' anywhere, is
that ok?", "we're not allowed to use the word 'free'", "legal won't let us say 'cure'": a rule
about the ad's words. Read as an edit, it once asked which scene should say the rule. The answer
says which scenes' text or voice-over has the word (and offers to reword them, changing nothing
without an answer) or that none has it.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.quotes import PLACEHOLDER_RE, Quoted
from adgen.agent.understanding.result import ParsedTurn
from adgen.project import AdProject

_I = re.I
_WORD = r"(?P<q>\ue000[\ue100-\ue1ff])|(?P<w>[A-Za-z][\w'-]*)"
_NOT_ALLOWED = (
    r"(?:can'?t|cannot|can\s+not|mustn'?t|must\s+not|shouldn'?t|should\s+not|may\s+not|"
    r"(?:are|is|am)(?:\s+not|n'?t)\s+(?:allowed|permitted)\s+to|not\s+allowed\s+to|"
    r"(?:won'?t|will\s+not|doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:let|allow)\s+(?:us|me|you)(?:\s+to)?|"
    r"(?:need|have|has)\s+to\s+(?:avoid|drop)|(?:need|have|has)\s+to\s+stop|(?:never|no\s+longer)\s+(?:to\s+)?)"
)
# "we can't say 'best' anywhere", "not allowed to use the word free", "legal won't let us say 'cure'"
_RULE_RE = re.compile(
    rf"\b{_NOT_ALLOWED}\s+(?:say(?:ing)?|us(?:e|ing)|claim(?:ing)?|writ(?:e|ing)|put(?:ting)?|mention(?:ing)?)\s+"
    rf"(?:the\s+word\s+|the\s+term\s+|the\s+claim\s+)?(?:{_WORD})"
    r"(?=\s*(?:$|[,.;!?]|\s+(?:anywhere|in\s+(?:the|any|our)\b|on\s+(?:screen|the)\b|at\s+all|any\s*more|anymore|either|is\b|so\b|and\b)))",
    _I,
)
# "the word 'best' is banned", "'guaranteed' is off limits"
_BANNED_RE = re.compile(
    rf"(?:\bthe\s+(?:word|term|claim)\s+)?(?:{_WORD})\s+(?:is|are)\s+(?:now\s+)?(?:banned|off[\s-]limits|not\s+allowed|"
    r"forbidden|prohibited|a\s+no[\s-]go)\b",
    _I,
)
# Words a rule says too often to be the banned word itself ("we can't say it").
_NOT_A_WORD = {"it", "that", "this", "them", "anything", "something", "so", "yes", "no", "much", "more"}


def banned_word_check(plain: str, project: AdProject | None, quotes: list[Quoted]) -> ParsedTurn | None:
    """The answer to a rule about a word the ad may not say, or None when the message is none."""
    if project is None:
        return None
    m = _RULE_RE.search(plain)
    if m is None:
        m = _BANNED_RE.search(plain)
        if m is None or (m.group("w") and not re.search(r"\bthe\s+(?:word|term|claim)\b", m.group(0), _I)):
            return None
    if m.group("q"):
        word = quotes[ord(m.group("q")[1]) - 0xE100].inner.strip()
    else:
        word = m.group("w")
        if word.lower() in _NOT_A_WORD:
            return None
    if not word or PLACEHOLDER_RE.search(word):
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", _I)
    found = []
    for n, scene in enumerate(project.scenes, start=1):
        where = []
        if pattern.search(scene.overlay.text or ""):
            where.append(f"its text “{scene.overlay.text}”")
        if scene.voiceover is not None and pattern.search(scene.voiceover.text or ""):
            where.append(f"its voice-over “{scene.voiceover.text}”")
        if where:
            found.append(f"scene {n} ({scene.role}): " + " and ".join(where))
    if not found:
        answer = f"That's fine: no scene's text or voice-over says “{word}”, so nothing needs to change."
    else:
        answer = (
            f"“{word}” is in " + "; ".join(found) + ". I haven't changed anything: give me new words "
            "for it (in quotes), or say “remove the word " + word + "” and the scene."
        )
    return ParsedTurn(answer=answer, asked=plain)


__all__ = ["banned_word_check"]
