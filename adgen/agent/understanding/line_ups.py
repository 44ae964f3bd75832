"""A gig's line-up named as a card or a text: "the lineup text bigger", "put the line up txt in the
centre", "the line-up card to 4 secs".

Part of :mod:`adgen.agent.understanding` (round thirty-seven a, dev23's band night at a venue: the
crowd shot says "The Velvet Owls + June Kite"). The line-up is a kind of thing a scene's text shows,
like a price or a date, but no row of :data:`text_parts._CONTENT_KIND_WORDS` knew it, so the parser
asked which scene was meant. :data:`LINE_UP_WRITTEN` is how a line-up is written: two names joined
by "+", "&", "w/", "b2b", "feat." or "with special guest(s)", each name starting with a capital (or
a digit); text_parts names the kind with "lineup", "line up", "acts", "bands" ….
"""

from __future__ import annotations

import re

# ("Tue & Thu 6:30am", "Fri & Sat", "Nov & Dec": days and months joined, never a line-up)
_NOT_A_NAME = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A name: one to four words each starting with a capital or a digit ("The Velvet Owls", "DJ Koze",
# "2manydjs"); "the"/"a" may lead it in lower case.
_NAME = rf"(?:[Tt]he\s+)?(?!{_NOT_A_NAME}\b)[A-Z0-9][\w'’.!-]*(?:\s+[A-Z0-9][\w'’.!-]*){{0,3}}"
_JOIN = r"(?:\+|&|w/|b2b|B2B|feat\.?|ft\.?|Feat\.?|[Ww]ith\s+(?:special\s+)?guests?|[Ss]upport(?:ed)?\s+(?:from|by))"

LINE_UP_WRITTEN: re.Pattern[str] = re.compile(
    rf"(?<![\w'’]){_NAME}\s+{_JOIN}\s+{_NAME}"
    # ("The Velvet Owls + friends", "Headliner & guests"): a name and its company
    rf"|(?<![\w'’]){_NAME}\s+(?:\+|&|and|w/|with)\s+(?:special\s+)?(?:friends|guests?|support)\b"
)

__all__ = ["LINE_UP_WRITTEN"]
