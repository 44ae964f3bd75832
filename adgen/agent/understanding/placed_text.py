"""Texts named by where they sit on screen or by the colour they have: "the words at the top are
hard to see", "make the text at the bottom bigger", "the orange writing at the end, can it be bigger".

Why: a marketer who has just watched a render names a text by its place as often as by its
scene, and the place was read as a request, so every scene's text moved there (a wrong edit:
"the words at the top are hard to see" moved all the texts to the top and grew them). The place
is an identifier when the text noun comes right before it and what follows says how it looks or
what to do with it (a verb or a comparative, never "put the text at the top"); the scenes meant are
those whose text sits there now. When no text sits there, the reference asks rather than moving any.
Likewise a colour the text already has ("the orange writing") names it: it had been read as a new
colour, so the text was recoloured to plain orange as it grew.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.values import COLOR_WORD, colour_name, find_colors

_TEXT_NOUN = r"(?:text|txt|words|writing|lines?|captions?|copy|headlines?|titles?)"
_PLACES = {"top": "top", "bottom": "bottom", "middle": "center", "centre": "center", "center": "center"}
_PLACE = r"(?:top|bottom|middle|centre|center)"
# The noun then its place ("the words at the top (of the screen)") or the place first ("the top text").
_PLACED_RE = re.compile(
    rf"\bthe\s+(?:(?:little|small|tiny|wee|fine|smaller|tinier)\s+)?{_TEXT_NOUN}\s+(?:at|in|on)\s+the\s+(?:very\s+)?(?P<after>{_PLACE})(?:\s+of\s+the\s+(?:screen|frame))?\b"
    # ("the middle text" is the middle scene's: only the top and the bottom are said first)
    rf"|\bthe\s+(?P<first>top|bottom)\s+{_TEXT_NOUN}\b",
    re.I,
)
# What follows an identifier: how it looks ("are hard to see", "looks tiny") or a change
# ("bigger", "can it be bigger", "in white"); "put the text at the top" ends on the place.
_AFTER_RE = re.compile(
    r"\s*,?\s*(?:is|are|'s|looks?|seems?|feels?|reads?|can|could|should|needs?|must|gets?|too|way|a\s+bit|"
    r"bigger|smaller|larger|bolder|brighter|darker|in\s+\w+|more|less|\w+er\b)",
    re.I,
)
# The same place wished for after it: "can they sit at the top", "should go at the bottom".
_WISHED_PLACE_RE = re.compile(
    rf"\b(?:sit|sits|go|goes|stay|stays|be|live|appear|show)\b[^.?!]{{0,20}}?\b(?:at|in|on)\s+the\s+(?:very\s+)?"
    rf"(?P<place>{_PLACE})\b",
    re.I,
)
# A request to place the text ("move the words at the top", "put the text in the middle").
_PLACING_RE = re.compile(r"\b(?:move|put|place|shift|push|set|bring|drag|stick|position|align)\b", re.I)


def placed_text(clause: str, project: Any) -> tuple[int, int, list[str], str] | None:
    """(start, end, the scenes whose text sits at the place named, the place) when ``clause`` names
    a text by its place on screen as an identifier; None when it names none or asks to place it."""
    m = _PLACED_RE.search(clause)
    if m is None or _PLACING_RE.search(clause[: m.start()]):
        return None
    if m.group("after") and not _AFTER_RE.match(clause, m.end()):
        return None  # ("the top text" says its place first: always an identifier)
    place = _PLACES[(m.group("after") or m.group("first")).lower()]
    wished = _WISHED_PLACE_RE.search(clause, m.end())
    if wished and _PLACES[wished.group("place").lower()] == place:
        return None  # ("the words at the top, can they sit at the top of the screen": a wish)
    ids = [
        s.id
        for s in project.scenes
        if s.overlay is not None and s.overlay.text and s.overlay.position == place
    ]
    return m.start(), m.end(), ids, place


# "the orange writing at the end, can it be bigger": a colour between the article and the text noun.
_COLOURED_RE = re.compile(rf"\bthe\s+(?P<colour>{COLOR_WORD})\s+{_TEXT_NOUN}\b", re.I)


def coloured_text(clause: str, project: Any, named: list[str] | None) -> tuple[int, int, list[str]] | None:
    """(start, end, scenes) when ``clause`` names a text by the colour it already has ("the orange
    writing", "the white words"): those scenes (of ``named``, the scenes the clause names besides,
    when it names any). A colour no such text has is a request ("make the white text …" when none is
    white reads on), so None."""
    m = _COLOURED_RE.search(clause)
    if m is None:
        return None
    colours = find_colors(m.group("colour"))
    if len(colours) != 1:
        return None
    name = colour_name(colours[0].hex)
    pool = [s for s in project.scenes if named is None or s.id in named]
    ids = [
        s.id
        for s in pool
        if s.overlay is not None and s.overlay.text and colour_name(s.overlay.color) == name
    ]
    return (m.start(), m.end(), ids) if ids else None


# "make the end words 'Zest it up'", "the opening writing is too small": a text named by the end of
# the ad it is at (the end card's, the first scene's); it had asked which scene.
_AT_AN_END_RE = re.compile(
    rf"\bthe\s+(?:very\s+)?(?:(?P<last>end(?:ing)?|closing|end[\s-]card)|(?P<first>start(?:ing)?|beginning|opening|intro))\s+{_TEXT_NOUN}\b"
    # ("change the words at the very start to '…'": the noun first, then the end of the ad it is at)
    rf"|\bthe\s+{_TEXT_NOUN}\s+(?:at|in)\s+the\s+(?:very\s+)?(?:(?P<last3>end(?:ing)?)|(?P<first3>start|beginning))\b(?!\s+of\b)"
    # ("one where the end says 'Run with us'": the end that says something is its text)
    r"|\bthe\s+(?:very\s+)?(?P<last2>end)(?=\s+(?:says?|should\s+(?:say|read)|reads?)\b)",
    re.I,
)


def text_at_an_end(clause: str, project: Any) -> tuple[int, int, list[str]] | None:
    """(start, end, [the first or the last scene]) for "the end words", "the opening text"."""
    m = _AT_AN_END_RE.search(clause)
    if m is None or not project.scenes:
        return None
    scene = (
        project.scenes[-1] if m.group("last") or m.group("last2") or m.group("last3") else project.scenes[0]
    )
    return m.start(), m.end(), [scene.id]
