"""Values that do not look like what the marketer typed for them: asked about, not applied.

Part of :mod:`adgen.agent.understanding` (issue 15, "Precision first"). A value typed without
quotes (a font, a brand name, a tagline, a scene's words) is taken from where its cue ends to
where the clause ends, and when a reader takes the wrong span, the request's own words become
the value: the brand font "over to Lora", the tagline "for 'Light the quiet'", the showcase text
"me the showcase text" (from "read me the showcase text"), the font "sise on 48". Each such
reader was fixed once it was seen, but the next phrasing no one had seen went wrong the same way.

Measured on the development sets as they were first run (each on the parser of its day, before
any work on it: 932 conversations, 80 wrong edits), this check finds 13 to 17 of the wrong edits
by the value alone, and flags no value of a conversation that was understood once quotes are
read as the parser reads them. So the reader asks, naming its reading ("Did you mean: the brand
font “over to Lora”?"), and a "yes" applies it.

A value is odd when, typed without quotes, it

- holds a quote and other words ("in 'Serate lente'") or a quote mark;
- starts with a lower-case word that leads into a value rather than being one ("to", "for",
  "over", "me", "it", "up", "in" …: "in the first scene to: Dinner sorted");
- ends with a word that belongs to the request ("… now instead", "… too", "… again");
- opens a bracket it never closes ("Ember and Oak Co. (spelled out");
- is a font with a number or a word of the request in it ("szie 72", "up a touch");
- is a field label and its value ("the brand: Sleep cooler").

A quoted value is never odd: the marketer's quotes say exactly what the words are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from adgen.agent.understanding.quotes import Quoted

# The fields whose values are the marketer's own words, and how a question names them.
_FIELDS: dict[tuple[str, str], str] = {
    ("update_brand", "font"): "the brand font",
    ("update_brand", "name"): "the brand name",
    ("update_brand", "tagline"): "the tagline",
    ("update_overlay", "text"): "the words on screen",
    ("add_scene", "text"): "the new scene's words",
    ("update_voiceover", "text"): "the voice-over line",
}
_LEAD_WORDS = frozenset(
    "to for in into on onto over from me it its back up down with as at by of instead too also "
    "is be should will would into than then".split()
)
_TRAIL_WORDS = frozenset("instead too also again please pls plz thanks".split())
_QUOTE_MARKS_RE = re.compile("[\"“”«»„「」『』]|(?:^|\\s)'|'(?:\\s|$)")
_PLACE_AFTER_QUOTE_RE = re.compile(
    r"['\"”’]\s+(?:right\s+|just\s+)?(?:after|before|between|following|ahead\s+of|at\s+the\s+(?:start|end)|in\s+the)\s",
    re.I,
)
# A remark on the words and a request after it ("3 tacos is right, no change", "fishing hook
# vibes, make it punchier"): never the words to show.
_JUDGED_RE = re.compile(
    r"\b(?:is|are|looks?|seems?|'s)\s+(?:right|fine|good|great|ok|okay|perfect|correct|wrong|bad|off)\s*[,;-]+\s*"
    r"(?:no\s+changes?|keep|leave|make|but|don'?t|do\s+not|just)\b"
    r"|,\s*(?:make|keep|leave)\s+(?:it|them|this|that)\b"
    r"|^(?:the|this|that|it|its|these|those)\b[^.!?]{0,40}\b(?:is|are|looks?|seems?|'s)\s+"
    r"(?:right|fine|good|great|ok|okay|perfect|correct|wrong|bad)\s*[.!]*$",
    re.I,
)
_LABEL_RE = re.compile(r"^[a-z][a-z ]{0,30}:\s")
_FONT_ODD_RE = re.compile(
    r"\d|\b(?:size|sise|szie|text|hook|cta|scene|bigger|smaller|larger|up|down|touch|bit|little|more|less"
    r"|should|switch|change|make|set|use|the|to|over|into|for|as|be|is|instead|too|also)\b",
    re.I,
)


@dataclass(frozen=True)
class OddValue:
    """A value the reading would set that does not look like the marketer's words for it."""

    field: str  # how the question names it: "the brand font"
    value: str


def odd_value(operations: list[Any], quotes: list[Quoted], raw: str) -> OddValue | None:
    """The first value of ``operations`` (variants' included) typed without quotes that does
    not look like a value (see the module's list), or None. ``raw`` is the message as typed: a
    value right after a colon, "=" or an arrow was marked off by the marketer ("cta text: in
    stock now"), and only a quote or a bracket in it is odd."""
    quoted = {q.inner.strip().rstrip(".!?") for q in quotes}
    for name, field, value in _values([op.to_wire() for op in operations]):
        if value.strip().rstrip(".!?") in quoted or not value.strip():
            continue
        marked = re.search(r"(?:[:=→]|->)\s*" + re.escape(value.strip()), raw, re.I) is not None
        if _odd(field, value.strip(), quotes, marked):
            return OddValue(_FIELDS[(name, field)], value)
    return None


def odd_why(odd: OddValue) -> str:
    """Why the reading is asked about."""
    return (
        f"I'm not sure “{odd.value}” is what you want as {odd.field}; if not, say the exact words in quotes"
    )


def _values(wires: list[dict[str, Any]]) -> Iterator[tuple[str, str, str]]:
    for wire in wires:
        name = wire.get("operation", "")
        if name == "create_variation":
            yield from _values(list(wire.get("operations") or []))
            continue
        for op_name, field in _FIELDS:
            value = wire.get(field)
            if op_name == name and isinstance(value, str):
                yield name, field, value


def _odd(field: str, value: str, quotes: list[Quoted], marked: bool) -> bool:
    words = value.split()
    first, last = words[0], words[-1].rstrip(".!?,").lower()
    if value.count("(") > value.count(")"):
        return True
    quoted = any(q.inner.strip() and q.inner.strip() in value for q in quotes) or _QUOTE_MARKS_RE.search(
        value
    )
    if quoted:  # "“Love these shoes” – Ana": a quote first and its attribution are the line itself
        # ("'20% off Tuesdays' after the tacos": a place for a scene after the quote is no line)
        return first[:1].islower() or _PLACE_AFTER_QUOTE_RE.search(value) is not None
    if field == "text" and _JUDGED_RE.search(value):
        return True  # "the showcase: 3 tacos is right, no change": a remark and a request, no copy
    if marked:  # "cta text: in stock now": marked off by the marketer
        return False
    if first.islower() and first.strip(",:") in _LEAD_WORDS:
        return True
    if len(words) > 1 and last in _TRAIL_WORDS and words[-1][:1].islower():
        return True
    if _LABEL_RE.match(value):
        return True
    if field == "font" and _FONT_ODD_RE.search(value):
        return True
    return field in ("name", "tagline", "font") and value.endswith("?")


__all__ = ["OddValue", "odd_value", "odd_why"]
