"""A text moved by an amount ("move the hearing card text up 10%", "shift it 20px lower",
"nudge the words down by 15 percent"): the amount is how far it goes, never its size.

The size readers (:mod:`intensity`'s percent factor, ``text_edits``' pixel delta and absolute
size) took "up 10%" as 10% bigger and "up 20px" as a 20px font, so a move grew or shrank the
text as well. The move is a step to the next place (the text only sits at the top, centre or
bottom): an amount is a small move, like "a bit".
"""

from __future__ import annotations

import re

_AMOUNT = (
    r"(?:by\s+)?(?:about\s+|around\s+|roughly\s+|like\s+)?\d{1,3}(?:\.\d+)?\s*"
    r"(?:%|percent\b|per\s*cent\b|pct\b|px\b|pixels?\b|pts?\b|points?\b)"
)
_WAY = r"(?:up|down|higher|lower|upwards|downwards)"
# A move verb ("move", "shift", "nudge" …) and, later, a direction with an amount right before or
# after it ("up 10%", "up by 20px", "10% higher", "20 pixels lower"); not the font's own direction
# ("nudge the font up 10%" is its size).
_MOVED_BY_RE = re.compile(
    r"\b(?:move|moving|moved|shift|shifted|push|pushed|bring|nudge|nudged|slide|drag|lift|raise|drop)\b"
    r"(?P<between>[^.;,]*?)"
    rf"(?P<amount>(?<!\bfont\s)(?<!\btype\s)(?<!\bsize\s)\b{_WAY}\s+{_AMOUNT}|\b{_AMOUNT}\s+{_WAY}\b)",
    re.I,
)
_SIZE_NAMED_RE = re.compile(r"\b(?:font|size|type(?:face)?|letters?\s+size)\b", re.I)


def _match(text: str) -> re.Match[str] | None:
    m = _MOVED_BY_RE.search(text)
    if m is None or _SIZE_NAMED_RE.search(m.group("between")):
        return None  # "bump the font size up 10%": the size, read as one
    return m


def moved_by_amount(text: str) -> bool:
    """``text`` moves something up or down by an amount ("move it up 10%")."""
    return _match(text) is not None


def without_move_amount(text: str) -> str:
    """``text`` with a move's amount blanked (same length), so no size reader takes it; the
    direction word stays for the move."""
    m = _match(text)
    if m is None:
        return text
    start, end = m.span("amount")
    words = m.group("amount")
    way = re.search(_WAY, words, re.I)
    assert way is not None
    kept = " " * way.start() + way.group(0) + " " * (len(words) - way.end())
    return text[:start] + kept + text[end:]
