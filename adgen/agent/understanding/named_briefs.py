"""A new ad's brief that opens on the business's name, with no word for an ad (round thirty-three f).

Part of :mod:`adgen.agent.understanding` (dev24's briefs). "Fade Street Barbers, walk-ins welcome,
10 s, end card 'Walk-ins welcome'", "Lumen Yoga — 15s, calm, ending on 'Book a class'": with no ad
open, a message that opens on a name in capitals, set off by a comma or a dash, and gives a length
is a brief; no word of it said "ad", so it got the help text (a message that reads as a brief
already is left as it is). It is read as "an ad for <message>".
A name that is a request's first word ("Make it 10 s, …", "Need one, 15s") is no name.
"""

from __future__ import annotations

import re

from adgen.agent.understanding.new_ad import looks_like_brief
from adgen.agent.understanding.values import find_durations

_I = re.I

# Words that open a sentence, never a business's name.
_NOT_A_NAME = frozenset(
    "make set change need needs want can could would please pls hey hi hello yo ok okay so just new another "
    "our my your i we you it this that quick do create give build add cut trim render undo help what how why "
    "yes no thanks thank also and then now something anything ad ads video videos one".split()
)
_NAMED_RE = re.compile(
    r"^\s*(?P<name>(?-i:[A-Z0-9][\w&'.-]*)(?:\s+(?:&|(?-i:[A-Z0-9][\w&'.-]*))){0,4})\s*(?:,|\s[-\u2013\u2014]\s|:)\s*(?P<rest>\S.*)$",
    _I | re.S,
)


def named_brief(raw: str) -> str | None:
    """ "an ad for <raw>" when ``raw`` opens on a name and gives a length (see the module), else None."""
    m = _NAMED_RE.match(raw)
    if m is None or looks_like_brief(raw) or m.group("name").split()[0].lower() in _NOT_A_NAME:
        return None
    if not find_durations(m.group("rest")):
        return None
    return f"an ad for {raw.strip()}"


__all__ = ["named_brief"]
