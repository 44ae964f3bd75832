"""A thing said to cover the screen itself: "great, now it covers half the screen", "the text takes
up the whole frame", "the can is eating half the screen now": it is too big.

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's follow-ups: after "price card
text bigger", "great, now it covers half the screen" moved the text to the bottom, as if it covered
something in the picture). Covering a thing in the picture asks the text to move out of the way
(:mod:`text_edits`); covering the screen, the frame or most of it says the thing is too big. The
complaint is said again as "<it> is too big", which the reader knows (after a change that made it
bigger, that change is taken back). A wish ("make the product fill the screen") is no complaint
and is left as typed.
"""

from __future__ import annotations

import re

_I = re.I
_COVERS_SCREEN_RE = re.compile(
    r"\b(?P<who>it|that|this|they|the\s+(?:[\w'-]+\s+){0,2}?(?:text|words|writing|headline|caption|copy|line|title|"
    r"font|product|logo|can|bottle|box|pack|photo|image|picture))(?:'s|\s+is|\s+are)?\s+"
    r"(?:now\s+|literally\s+|basically\s+|like\s+)?(?:covers?|covering|takes?\s+up|taking\s+up|fills?|filling|eats?(?:\s+up)?|eating(?:\s+up)?|"
    r"hogs?|hogging|swallows?|swallowing)\s+"
    r"(?:(?:like\s+)?(?:half|most|all|two[\s-]thirds|a\s+third|a\s+quarter|a\s+lot|way\s+too\s+much|too\s+much)(?:\s+of)?\s+)?"
    r"(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(?:screen|frame|video|picture|shot)\b",
    _I,
)
_WISH_RE = re.compile(
    r"\b(?:make|should|want|wanna|let|could|can\s+(?:you|we)|need|needs|please|pls|i'?d\s+like)\b", _I
)


def screen_covered(masked: str) -> str:
    """``masked`` with "<it> covers half the screen" said as "<it> is too big"; else as typed."""
    m = _COVERS_SCREEN_RE.search(masked)
    if m is None or _WISH_RE.search(masked):
        return masked
    return masked[: m.start()] + f"{m.group('who')} is too big" + masked[m.end() :]


__all__ = ["screen_covered"]
