"""A list said aloud, its items counted in words: "number one music quieter number two hours card
at the top", "first thing, hook red; second thing, cta bigger; that's it", "firstly … secondly …".

Part of :mod:`adgen.agent.understanding` (the lead, session 27; dev27's voice-dictated messages
with spoken structure). A dictated message has no line breaks or list marks, so its items ran
together: "number two hours card at the top" read "number" as a text showing a number (and asked
which), and only the first item was done. Here two or more markers counting up from one ("number
one", "thing two", "first thing", "secondly") make the message a numbered list, one item a line;
a closing item ("that's it", "that's all actually just two") ends it, and the words before the
first marker may only announce the list ("okay three things"). Anything else is left as typed.
"""

from __future__ import annotations

import re

_I = re.I
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

# A marker, at the start or after a space or a mark: "number one", "no. 2", "thing two", "point 3",
# "first thing", "second change", "firstly", "first off", "first of all", or an ordinal and a
# comma or colon ("first, …"). "the first scene" is no marker (an ordinal needs its own word).
_MARKER_RE = re.compile(
    r"(?:^|(?<=[\s,.;:!?]))(?:"
    r"(?:number|no\.|thing|point|item|change)\s+(?P<n>one|two|three|four|five|[1-5])\b"
    r"|(?P<o>first|second|third|fourth|fifth)(?:ly\b|\s+(?:thing|change|point|item)\b|\s+off\b|\s+of\s+all\b|(?=\s*[,:]))"
    r")\s*(?:is\s+)?[,:.;—–-]*\s*",
    _I,
)
# The words before the first marker that only announce the list ("okay three things", "right, two
# changes please:"), or none.
_ANNOUNCE_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|so|alright|um+|er+|hi|hey|hello|dictating|dictated)\W+)*"
    r"(?:(?:a\s+few|a\s+couple(?:\s+of)?|two|three|four|five|\d)\s+(?:quick\s+|small\s+|little\s+|more\s+)?"
    r"(?:things|changes|tweaks|edits|points|notes|bits)\W*)?(?:(?:please|pls)\W*)?$",
    _I,
)
# An item that ends the list ("that's all actually just two", "that's it", "nothing else").
_CLOSING_RE = re.compile(
    r"^\W*(?:that'?s|thats|that\s+is)\s+(?:it|all|everything)\b|^\W*(?:nothing\s+else|done|scratch\s+that|never\s*mind)\b",
    _I,
)
# A closing said at an item's end ("…at the top, that's it").
_CLOSING_TAIL_RE = re.compile(
    r"[\s,.;:—–-]*\b(?:(?:and\s+)?(?:that'?s|thats|that\s+is)\s+(?:it|all|everything)|nothing\s+else)\b.*$",
    _I | re.S,
)


def _marker_number(m: re.Match[str]) -> int:
    word = (m.group("n") or m.group("o")).lower()
    return _COUNTS.get(word) or _ORDINALS[word]


def spoken_list(masked: str) -> str:
    """``masked`` as a numbered list, one item a line, when its items are counted aloud; else as
    typed."""
    if "\n" in masked.strip():
        return masked
    markers = list(_MARKER_RE.finditer(masked))
    if len(markers) < 2 or [_marker_number(m) for m in markers] != list(range(1, len(markers) + 1)):
        return masked
    if not _ANNOUNCE_RE.match(masked[: markers[0].start()]):
        return masked
    items: list[str] = []
    for m, after in zip(markers, [*markers[1:], None], strict=True):
        item = masked[m.end() : after.start() if after else len(masked)]
        if _CLOSING_RE.match(item):
            break
        item = _CLOSING_TAIL_RE.sub("", item)
        item = re.sub(r"^[\s,.;:—–-]+|[\s,;:—–-]+$|\s+(?:and|then)$", "", item, flags=_I).strip()
        if item:
            items.append(item)
    if len(items) < 2:
        return masked
    return "\n".join(f"{n}) {item}" for n, item in enumerate(items, 1))


__all__ = ["spoken_list"]
