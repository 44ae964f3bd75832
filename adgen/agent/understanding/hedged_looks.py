"""A whole-ad "warmer" or "cooler" said with a hedge ("maybe a touch warmer overall? not sure",
"perhaps a bit cooler?", "warmer maybe, idk"): a question naming the two readings, not a guess.

Part of :mod:`adgen.agent.understanding` (round twenty-seven c). Read as typed, "warmer" alone set
the lighting to warm; a marketer who hedges has not said whether the light or the colours should
move, and may not want the change at all. The reply says it was hedged and offers the warm (or
cool) lighting and the palette moved warmer (or cooler); the next message picks one in a word
("the colours", "lighting", "both").
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.named_looks import shifted_palette
from adgen.project import AdProject

_I = re.I
_HEDGE = (
    r"maybe|perhaps|possibly|probably|hmm+|idk|dunno|i\s+don[’']?t\s+know|i\s+guess|i\s+think|i\s+wonder\s+if|not\s+sure"
    r"|kinda|kind\s+of|sort\s+of|might\s+be\s+nice|could\s+be\s+nice|what\s+if|how\s+about|what\s+about"
)
_DEGREE = r"(?:a\s+(?:touch|tad|bit|little|smidge|hair|shade)(?:\s+bit)?|slightly|somewhat|a\s+little\s+bit)"
_WHOLE = (
    r"(?:overall|all\s+over|in\s+general|throughout|generally|everywhere|over(?:all)?\s+the\s+whole\s+thing)"
)
_HEDGED_RE = re.compile(
    rf"^\W*(?P<lead>(?:(?:{_HEDGE})\b[\s,.…-]*)*)"
    r"(?:(?:make|go|have|get)\s+(?:it|the\s+(?:whole\s+)?(?:ad|video|thing))\s+|(?:it\s+)?(?:could|should)\s+(?:be|go)\s+)?"
    rf"(?:{_DEGREE}\s+)?(?P<w>warmer|cooler)(?:\s+{_WHOLE})?"
    rf"(?P<tail>(?:[\s?,.!…-]*(?:{_HEDGE})\b)*[\s?.!…]*)$",
    _I,
)


def hedged_temperature(text: str, project: AdProject | None) -> PendingQuestion | None:
    """The question for a hedged whole-ad "warmer" / "cooler", or None."""
    if project is None:
        return None
    m = _HEDGED_RE.match(text.strip())
    if m is None:
        return None
    # a hedge word before or after, or the wish asked as a question ("slightly warmer?")
    tail = m.group("tail")
    hedged = bool(m.group("lead").strip(" ,.…-")) or "?" in tail or bool(re.search(_HEDGE, tail, _I))
    if not hedged:
        return None
    warm = m.group("w").lower() == "warmer"
    value = "warm" if warm else "cool"
    palette = shifted_palette(list(project.style.palette), value) or list(project.style.palette)
    lighting = [{"operation": "update_style", "lighting": value}]
    colours = [{"operation": "update_style", "palette": palette}]
    word = "warmer" if warm else "cooler"
    return PendingQuestion(
        f"You sounded unsure, so I haven't changed anything yet. {word.capitalize()} how: "
        f"{value} lighting, the colour palette {word}, or both?",
        [
            PendingOption(f"{value} lighting", ["lighting", "light", "the lighting", "the light"], lighting),
            PendingOption(
                f"the colour palette {word}",
                [
                    "palette",
                    "the palette",
                    "colours",
                    "colors",
                    "the colours",
                    "the colors",
                    "colour",
                    "color",
                ],
                colours,
            ),
            PendingOption("both", ["both", "both of them", "both please"], lighting + colours),
        ],
    )


__all__ = ["hedged_temperature"]
