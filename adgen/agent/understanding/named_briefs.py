"""A new ad's brief that opens on the business's name, with no word for an ad (round thirty-three f).

Part of :mod:`adgen.agent.understanding` (dev24's briefs). "Fade Street Barbers, walk-ins welcome,
10 s, end card 'Walk-ins welcome'", "Lumen Yoga — 15s, calm, ending on 'Book a class'": with no ad
open, a message that opens on a name in capitals, set off by a comma or a dash, and gives a length
is a brief; no word of it said "ad", so it got the help text (a message that reads as a brief
already is left as it is). It is read as "an ad for <message>".
A name that is a request's first word ("Make it 10 s, …", "Need one, 15s") is no name.

Written as short sentences (round thirty-seven d): "Lumo lamps. 12s. minimal.", "Ironleaf protein
bars. 20s. Start with a hook, …": the name and what it sells, a full stop, then a sentence that
opens on the length. The first sentence is a name in capitals and at most three plain words
("Lumo desk lamps"), none a request's word ("Make it shorter. 10s." is an edit).
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
# "Lumo lamps. 12s. …": a name and up to three plain words, a full stop, then the length.
_SENTENCE_NAMED_RE = re.compile(
    r"^\s*(?P<name>(?-i:[A-Z0-9][\w&'-]*)(?:\s+(?:&|(?-i:[A-Z0-9][\w&'-]*))){0,3})"
    r"(?P<what>(?:\s+[a-z][\w'-]*){0,3})\s*\.\s+(?P<rest>\S.*)$",
    re.S,
)
# Words that make the first sentence a request or a remark, not what is sold.
_NOT_SOLD = frozenset(
    "it its this that the a an to is are was be too more less so very please now again here there all "
    "it's bigger smaller shorter longer louder quieter scene scenes hook cta text music".split()
)


def _sentence_named(raw: str) -> bool:
    """ "Lumo lamps. 12s. minimal.": see the module."""
    m = _SENTENCE_NAMED_RE.match(raw)
    if m is None or m.group("name").split()[0].lower() in _NOT_A_NAME:
        return False
    if any(w.lower() in _NOT_SOLD or w.lower() in _NOT_A_NAME for w in m.group("what").split()):
        return False
    durations = find_durations(m.group("rest"))
    return bool(durations) and durations[0].start == 0


def named_brief(raw: str) -> str | None:
    """ "an ad for <raw>" when ``raw`` opens on a name and gives a length (see the module), else None."""
    if not looks_like_brief(raw) and _sentence_named(raw):
        return f"an ad for {raw.strip()}"
    m = _NAMED_RE.match(raw)
    if m is None or looks_like_brief(raw) or m.group("name").split()[0].lower() in _NOT_A_NAME:
        return None
    if not find_durations(m.group("rest")):
        return None
    return f"an ad for {raw.strip()}"


__all__ = ["named_brief"]
