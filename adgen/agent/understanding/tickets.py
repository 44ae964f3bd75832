"""A product manager's ticket ("Bug: … Expected: … Actual: …"): the "Actual" part says how the
ad is now, never what to change.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
Read as a request, "Actual: green text on yellow." set the text green and added "yellow
background" to the picture (a wrong edit). The "Actual"/"Current behaviour" part, up to the next
labelled part ("Expected:", "Also", a new line) or the end, is dropped; "Expected:" and the rest
are read as before.
"""

from __future__ import annotations

import re

_ACTUAL_RE = re.compile(
    r"(?:^|(?<=[.!?;\n])|(?<=\s))\s*(?:actual(?:ly\s+happens)?|actual\s+(?:result|behaviou?r)|current(?:ly)?|"
    r"current\s+(?:state|behaviou?r)|observed|what\s+happens|is\s+now)\s*:"
    r"[^\n]*?(?=(?:\b(?:expected|also|plus|and\s+also|ac|acceptance\s+criteria)\b\s*[:,]?|\n|$))",
    re.I,
)


# "Req: the text …", "Q: which font …": a label for a request or a question, no part of it.
_LABEL_RE = re.compile(r"^\s*(?:req|request|q|question|ask)\s*:\s*(?=\S)", re.I)


def without_actual(masked: str) -> str:
    """``masked`` without the part of a ticket that describes the ad as it is now, and without
    a leading "Req:"/"Q:" label."""
    return _LABEL_RE.sub("", _ACTUAL_RE.sub(" ", masked).strip() or masked)
