"""Where a local business or an event gives its name in a brief: after what is sold there ("the
pumpkin spice latte at Bean There Cafe"), after its occasion ("the grand opening of Fig & Fennel")
or after the kind of event ("our event TechNight Nairobi: doors open 7pm", "my pottery workshop
Clay Days, 15s").

Part of :mod:`adgen.agent.understanding` (round thirty-one e, dev22's restaurants and local
services). Read as typed, no rule of :mod:`briefs` found the name: the ad was for "your product",
with the whole phrase ("event TechNight Nairobi") as the product and on screen. These patterns are
tried after every other rule of ``briefs._BRAND_RES`` (so a name said another way wins), and a
name in ``briefs._NOT_BRANDS`` ("Christmas", "Friday") is still no name.

A new kind of event is a word in ``EVENT_KINDS``.
"""

from __future__ import annotations

import re

# Kinds of event (or class) a name follows ("our event TechNight Nairobi", "the festival Roots").
EVENT_KINDS = (
    r"event|festival|fest|fair|expo|conference|summit|meetup|meet-up|hackathon|course|class|classes|"
    r"workshop|workshops|camp|retreat|concert|gig|tour|series|tournament|race|night|club|market|"
    r"pop-up|popup|fundraiser|gala|party"
)
# A capitalised name (letters first, so "at 7pm" is no name), never a day or a month.
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Noon|Midnight|"
    r"Christmas|Easter|Halloween|Thanksgiving)\b)"
)
_WORD = r"[A-Z][\w&+'’-]*"
_NAME = rf"(?P<n>{_NOT_A_NAME}{_WORD}(?:[ \t]+(?:(?:&|de|del|da|di|du|of|the)[ \t]+)?{_WORD}){{0,4}})"
_CLAUSE_END = r"(?=\s*(?:[,;:!?()\u2013\u2014]|\.(?:\s|$)|\s-\s|$))"

LOCAL_NAME_RES: tuple[re.Pattern[str], ...] = (
    # "the pumpkin spice latte at Bean There Cafe", "our lunch special at Rosa's Kitchen": what is
    # sold, in small letters, then the place that sells it
    re.compile(
        rf"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){{1,4}}(?:at|@)\s+(?:the\s+)?{_NAME}{_CLAUSE_END}"
    ),
    # "the grand opening of Fig & Fennel", "the 10th anniversary of Rosa's Kitchen": the occasion of a place
    re.compile(
        r"\b(?:opening|re-?opening|launch|anniversary|birthday|relaunch|debut)\s+of\s+(?:the\s+)?"
        rf"{_NAME}{_CLAUSE_END}"
    ),
    # "our event TechNight Nairobi: doors open 7pm", "my pottery workshop Clay Days, 15s"
    re.compile(
        rf"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?:{EVENT_KINDS})\s+{_NAME}{_CLAUSE_END}"
    ),
)

__all__ = ["EVENT_KINDS", "LOCAL_NAME_RES"]
