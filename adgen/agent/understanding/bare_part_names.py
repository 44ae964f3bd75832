"""A part of the ad named at the start of a message without "the": "listing text to the top",
"interest text smaller", "menu card text yellow".

Part of :mod:`adgen.agent.understanding` (round thirty-one b, dev22's follow-ups: a car dealer's
"listing text to the top" moved every scene's text to the top, "finance card text yellow" turned
every text yellow). Marketers drop the article in chat; the spread gate (:mod:`spread`) only saw a
text qualified after "the" ("the listing text"), so the bare form spread over every scene as if
"text" alone had been said. Here a message that opens on one or two words, then a word for a text
or a scene ("text", "line", "card", "slide" …), names one part: the gate asks which scene, unless
the words are a verb, a word for the whole ad's text ("main", "overlay", "all"), a colour or a
size (how the text looks, not which one).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import COLOR_NAMES

_PART_NOUN = r"(?:text|txt|words|line|lines|caption|copy|headline|title|card|slide|screen|frame|shot|clip)"
_BARE_RE = re.compile(rf"^\W*(?P<q>(?:[a-z][\w'&.-]*\s+){{1,2}}?){_PART_NOUN}\b", re.I)
# Words that open a request, or say which text by no name of its own ("make text bigger", "main
# text", "all text", "big text", "pls text smaller").
_NOT_A_NAME = frozenset(
    "make put move set change turn bump get let keep have give can could would pls please plz and also now then "
    "so ok okay just maybe i we you need want try use add remove drop cut swap shift push pull bring "
    "on-screen onscreen on screen overlay overlays main body big bigger small smaller little tiny large larger "
    "huge bold new old same current font text a an the my our your its their this that these those all every "
    "each any both whole entire some more less other another same first last final next previous only "
    "ad video".split()
)


def bare_part_named(masked: str) -> bool:
    """Whether ``masked`` opens on a part named by one or two words of its own, without "the"
    ("listing text to the top"); False for a verb, a generic word, a colour or a size."""
    m = _BARE_RE.match(masked)
    if m is None:
        return False
    words = [w.lower().strip(".'") for w in m.group("q").split()]
    return bool(words) and not any(w in _NOT_A_NAME or w in COLOR_NAMES or w.isdigit() for w in words)


__all__ = ["bare_part_named"]
