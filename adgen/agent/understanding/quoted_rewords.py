"""A word for how the copy should read, then the new copy in quotes ("hook -> punchier: 'Al pastor.
Open late.'", "cta snappier: 'Order now'", "make the hook catchier — 'Tacos till 2am'").

The quote is the new on-screen words and the adjective only says how they read, as in the older
"make it punchier, like '…'" (:mod:`text_edits`). Without this, the adjective alone was read as a
change of look ("punchier" made the background "more energetic") or of length ("shorter") and the
words were dropped: a wrong edit. Only adjectives that describe wording are taken ("bigger: '…'"
may mean that text bigger, so it is left to the other rules), and only when what comes before the
adjective is a part named tersely or a request to make it so ("hook ->", "make the CTA text")."""

from __future__ import annotations

import re

from adgen.agent.understanding.clause import Q_TOKEN
from adgen.agent.understanding.scenes import SceneRef

_I = re.I

# Adjectives that describe how words read (never how the scene looks or how long it lasts alone).
_HOW = (
    r"(?:punchier|snappier|catchier|shorter|tighter|crisper|sharper|simpler|clearer|friendlier|"
    r"funnier|wittier|more\s+(?:punchy|direct|urgent|playful|casual|catchy|friendly|concise|to\s+the\s+point)|"
    r"less\s+(?:wordy|formal|salesy|stiff|corporate))"
)
_HOW_QUOTE_RE = re.compile(
    rf"\b(?P<how>{_HOW})(?:\s*,?\s*(?:please|pls|thanks))?\s*(?:[:;,]|->|→|=>|⇒|—|–|-)?\s*"
    rf"(?:(?:(?:something\s+)?like|such\s+as|e\.?\s?g\.?|for\s+example|maybe|say)\s*[:,-]?\s*)?"
    rf"(?P<q>{Q_TOKEN})\s*[.!]*\s*$",
    _I,
)
# What may stand before the adjective once the part is taken out: arrows, colons and a few words
# of request ("make the … text a bit").
_LEAD_RE = re.compile(
    r"^(?:\s|->|→|=>|⇒|[:,;—–-]|\b(?:please|pls|and|now|then|just|make|get|to|the|it|its|it's|this|that|"
    r"text|copy|line|words|wording|headline|a\s+bit|a\s+touch|a\s+little|way|much|bit|slightly)\b)*$",
    _I,
)


def how_quote(clause: str, refs: list[SceneRef], floor: int) -> tuple[int, str] | None:
    """(where the adjective starts, the quote token) when ``clause`` ends "<adjective>: '<words>'"
    and what comes before the adjective is a named part and words of request only; else None."""
    m = _HOW_QUOTE_RE.search(clause, floor)
    if m is None:
        return None
    lead = clause[: m.start()]
    for ref in sorted(refs, key=lambda ref: ref.start, reverse=True):
        if ref.end <= m.start():
            lead = lead[: ref.start] + " " + lead[ref.end :]
    if not _LEAD_RE.match(lead):
        return None
    return m.start(), m.group("q")
