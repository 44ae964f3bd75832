"""A product manager's ticket ("Bug: … Expected: … Actual: …"): the "Actual" part says how the
ad is now, never what to change.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
Read as a request, "Actual: green text on yellow." set the text green and added "yellow
background" to the picture (a wrong edit). The "Actual"/"Current behaviour" part, up to the next
labelled part ("Expected:", "Also", a new line) or the end, is dropped; "Expected:" and the rest
are read as before. One exception: a ticket that says the text is hard to read, whose "Actual"
part names the text's colour on the background's ("green text on yellow"), is a contrast
complaint: that part is kept as the shades it describes ("dark text on a light background"),
which :mod:`contrast` answers with a text colour that stands out (and the text is not grown).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.contrast import lightness
from adgen.agent.understanding.values import find_colors

_ACTUAL_RE = re.compile(
    r"(?:^|(?<=[.!?;\n])|(?<=\s))\s*(?:actual(?:ly\s+happens)?|actual\s+(?:result|behaviou?r)|current(?:ly)?|"
    r"current\s+(?:state|behaviou?r)|observed|what\s+happens|is\s+now)\s*:"
    r"[^\n]*?(?=(?:\b(?:expected|also|plus|and\s+also|ac|acceptance\s+criteria)\b\s*[:,]?|\n|$))",
    re.I,
)


# "Req: the text …", "Q: which font …": a label for a request or a question, no part of it.
_LABEL_RE = re.compile(r"^\s*(?:req|request|q|question|ask)\s*:\s*(?=\S)", re.I)


# "hard to read", "illegible", "low contrast": the ticket's complaint is that the text is not seen.
_UNREADABLE_RE = re.compile(
    r"\b(?:(?:hard|tough|difficult|impossible)\s+to\s+(?:read|see)|(?:can'?t|cannot)\s+(?:read|see)|illegible|"
    r"unreadable|not\s+readable|(?:no|low|poor|bad)\s+contrast)\b[^.!?;\n]*",
    re.I,
)
# "green text on yellow", "white copy over a cream background": a text colour on a ground colour.
_COLOUR_ON_RE = re.compile(
    r"\b(?P<t>[\w#-]+)\s+(?:text|font|letters|lettering|words|copy|writing)\s+(?:on|against|over)\s+"
    r"(?:an?\s+|the\s+)?(?P<b>[\w#-]+)(?:\s+(?:background|bg|backdrop))?\b",
    re.I,
)


def _shade(word: str) -> str | None:
    colours = find_colors(word)
    value = lightness(colours[0].hex) if len(colours) == 1 else None
    return None if value is None else ("dark" if value < 128 else "light")


def _contrast_of(actual: str) -> str | None:
    """ "Actual: green text on yellow" -> "dark text on a light background", or None."""
    m = _COLOUR_ON_RE.search(actual)
    if m is None:
        return None
    text, ground = _shade(m.group("t")), _shade(m.group("b"))
    return f"{text} text on a {ground} background" if text and ground else None


def without_actual(masked: str) -> str:
    """``masked`` without the part of a ticket that describes the ad as it is now, and without
    a leading "Req:"/"Q:" label."""
    unreadable = _UNREADABLE_RE.search(masked)
    if unreadable is not None:
        actual = _ACTUAL_RE.search(masked)
        contrast = _contrast_of(actual.group(0)) if actual else None
        if contrast is not None:
            # the complaint is the colour: said once, as the shades, in place of "hard to read"
            kept = masked[: actual.start()] + " " + masked[actual.end() :]
            kept = re.sub(
                r"\bexpected\s*:\s*(?:readable|legible|visible|easy\s+to\s+read)\W*", " ", kept, flags=re.I
            )
            start, end = _UNREADABLE_RE.search(kept).span()
            masked = kept[:start] + contrast + kept[end:]
    return _LABEL_RE.sub("", _ACTUAL_RE.sub(" ", masked).strip() or masked)
