"""Refusals that name what was asked and remember where: a logo asked for on its own ("+ logo end",
"logo at the end pls", "add a logo on the last frame"), and the scene a refused request named by
its on-screen words ("add a QR code to the open house card …" then "fine, then just add '…' on
that card as text").

Part of :mod:`adgen.agent.understanding` (round thirty-one f, refusals). "+ logo end" got the help
text, which says nothing of the logo; the logo comes from the brand kit, so the reply says how to
send one (the ad is not changed). A refusal kept the scenes its words named by role ("the end
card"), so "that card" next meant it; named by two or more words its text shows ("the open house
card"), no scene was kept and the text that followed was asked about again.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

_END = (
    r"(?:(?:very\s+)?end(?:\s*card|\s+screen|\s+frame|\s+slate)?|endcard|ending|outro|close|closing(?:\s+(?:frame|scene|shot|card))?|"
    r"(?:last|final)\s+(?:frame|scene|shot|card|slide|bit|second)|cta)"
)
LOGO_ALONE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^\W*(?:(?:pls|please|can\s+(?:you|we|u)|could\s+(?:you|we|u)|and|also)\s+)*"
            r"(?:(?:\+|plus|add|put|stick|place|show|include|slap|pop|throw|need|want)\s*(?:in\s+)?)?"
            r"(?:(?:the|a|our|my)\s+)?(?:brand\s+|company\s+)?logo\b"
            rf"(?:\s+(?:at|on|to|in|for|into)?\s*(?:the\s+)?{_END})?(?:\s+(?:please|pls|too|as\s+well))?\W*$",
            re.I,
        ),
        "The logo comes from your brand kit, and the kit's logo is shown on the end card: attach your logo "
        "(a PNG with a transparent background, or an SVG) and say “here is our logo”. I didn't change the ad.",
    ),
)

# "the open house card", "the 'Birch Lane' slide": two to four words, then the word for a scene
_NAMED_BY_WORDS_RE = re.compile(
    r"\bthe\s+(?P<words>[a-z0-9][\w'&-]*(?:\s+[a-z0-9][\w'&-]*){1,3}?)\s+(?:card|slide|scene|screen|frame|shot)\b",
    re.I,
)


def scenes_named_by_words(masked: str, project: AdProject | None) -> list[str]:
    """The one scene whose on-screen text holds the words a scene is named by ("the open house
    card": "Open house Sat 6/14"), as a list; [] when none or several do."""
    if project is None:
        return []
    for m in _NAMED_BY_WORDS_RE.finditer(masked):
        words = re.compile(rf"\b{re.escape(m.group('words'))}\b", re.I)
        found = [s.id for s in project.scenes if words.search(s.overlay.text or "")]
        if len(found) == 1:
            return found
    return []


__all__ = ["LOGO_ALONE", "scenes_named_by_words"]
