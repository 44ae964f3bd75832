"""Everyday complaints that name no fix in the usual words, and approximate numbers (round
thirty-four g).

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really say them).
Each is a class of phrasing the tables did not know, hooked into the reader that owns its field:

- a nuisance idiom about the music ("that music is doing my head in", "the track is driving me
  up the wall", "I can't stand that song"): the music question (quieter, calmer, none), as
  "annoying" is; it said nothing at all;
- words that shout ("that G2 card feels a bit shouty", "the cta is screaming at people"): one
  question, smaller or another colour (a shout is its size or its colour: never guessed);
- a text the same hue as what it sits on ("cyan text on a cyan glow";
  light on light is the contrast reader's): the contrast question; "the cta is cyan on cyan" set the text to cyan;
- a scene that stays too long said as it hangs around ("'Thirsty?' hangs around for ages",
  "the hook sits there forever", "the logo lingers for ages"): the scene shorter, as "drags on";
- an approximate number ("twenty-ish seconds", "20ish s", "15 seconds-ish"): the number, read as
  "about N" is.
"""

from __future__ import annotations

import re

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.values import NUMBER_WORD_PATTERN, round_half_up
from adgen.project import Scene

_I = re.I

# The music is a nuisance: idioms of being annoyed, with no word for what to change.
NUISANCE_RE = re.compile(
    r"\b(?:doing\s+(?:my|me|our)\s+head\s+in|driving\s+(?:me|us)\s+(?:nuts|mad|crazy|insane|bonkers|bananas|"
    r"up\s+the\s+wall|round\s+the\s+bend|around\s+the\s+bend)|gets?\s+on\s+(?:my|our)\s+(?:nerves|wick|tits)|"
    r"getting\s+on\s+(?:my|our)\s+(?:nerves|wick|tits)|grat(?:es|ing)\s+on\s+(?:me|us)|"
    r"(?:can'?t|cannot|can\s+not)\s+stand|sets?\s+my\s+teeth\s+on\s+edge|makes?\s+my\s+ears\s+bleed|"
    r"(?:is|'s)\s+killing\s+me)\b",
    _I,
)

# Words that shout: their size or their colour, which the marketer did not say.
SHOUTY_RE = re.compile(
    r"\b(?:shouty|shouting|yelling|yelly|screaming|screamy|(?:shouts|yells|screams)\s+(?:at\s+)?(?:you|me|us|people|everyone))\b",
    _I,
)
_SOUND_RE = re.compile(r"\b(?:music|song|track|soundtrack|audio|voice|vo|voice-?over|narrat\w*|sound)\b", _I)

# The text is the colour of what it sits on: "cyan text on a cyan glow", "dark on dark".
# (light on light, "white on white", and dark on dark, "navy text on black", "dark on a dark
# background", are the contrast reader's: the text made dark or white, round thirty-three e and
# round eleven c; a hue on the same hue has no one fix, so it asks)
_SHADE = r"(?:black|grey|gray|blue|cyan|teal|red|pink|green|orange|purple|brown|gold|yellow)"
SAME_ON_SAME_RE = re.compile(
    rf"\b(?P<c>{_SHADE})(?:[\s-]+(?:text|words|letters|lettering|type|font|copy))?\s+on\s+(?:an?\s+|the\s+|top\s+of\s+(?:an?\s+|the\s+)?)?"
    r"(?P=c)\b(?![\s-]+(?:text|words|letters|lettering|type|font|copy)\b)",
    _I,
)

# A scene that stays on too long, said of its staying: "hangs around for ages", "lingers".
LINGERS = (
    r"(?:hangs?|hanging|sits?|sitting|stays?|staying|lingers?|lingering)\s+(?:around\s+|about\s+|there\s+|on\s+(?:screen\s+)?|up\s+)?"
    r"(?:for\s+)?(?:ages|forever|an\s+age|an\s+eternity|a\s+lifetime|(?:way\s+|far\s+|much\s+)?too\s+long)"
    r"|goes\s+on\s+for\s+(?:ages|an\s+age|an\s+eternity)|lingers\b(?!\s+(?:a\s+bit|a\s+little|a\s+moment|longer))"
)

# "twenty-ish seconds", "20ish s", "15 seconds-ish": the number, "about" it.
_UNIT = r"(?:secs?|seconds?|s|pts?|points?|px|percent|%)"
_ISH_RE = re.compile(rf"\b(?P<n>\d+(?:\.\d+)?|{NUMBER_WORD_PATTERN})\s*-?\s*ish\b(?=\s*{_UNIT}\b|\s*%)", _I)
_UNIT_ISH_RE = re.compile(rf"\b(?P<n>\d+(?:\.\d+)?\s*{_UNIT})\s*-?\s*ish\b", _I)


def about_ish(text: str) -> str:
    """``text`` with "N-ish <unit>" and "N <unit>-ish" said as "about N <unit>"."""
    text = _ISH_RE.sub(lambda m: "about " + m.group("n"), text)
    return _UNIT_ISH_RE.sub(lambda m: m.group("n"), text)


# "next to everything else", "compared with the rest": the other scenes are the measure, not named.
_AGAINST_THE_REST_RE = re.compile(
    r"\b(?:next\s+to|compared\s+(?:to|with)|than|beside|alongside|vs\.?|versus|against)\s+"
    r"(?:everything\s+else|all\s+the\s+others?|the\s+rest|the\s+others?|every\s+other\s+(?:card|scene|slide))\b",
    _I,
)


def against_the_rest(clause: str) -> bool:
    """The rest of the ad named only as what a scene is measured against ("next to everything else")."""
    return bool(_AGAINST_THE_REST_RE.search(clause))


def same_on_same(clause: str) -> bool:
    """The text said to be the colour of what it sits on ("cyan text on a cyan glow")."""
    return bool(SAME_ON_SAME_RE.search(clause))


def shouts(clause: str) -> bool:
    """Words said to shout, never a sound's ("the voice is shouty" is the voice's)."""
    return bool(SHOUTY_RE.search(clause)) and not _SOUND_RE.search(clause)


def shouty_question(names: str, scenes: list[Scene]) -> PendingQuestion:
    """Smaller, or another colour (which is theirs to say); ``names``: "the social proof" or "the"."""
    smaller = [
        {
            "operation": "update_overlay",
            "sceneId": s.id,
            "fontSize": int(max(12, round_half_up(s.overlay.font_size * 0.85))),
        }
        for s in scenes
    ]
    return PendingQuestion(
        f"Should {names} text be smaller, or a calmer colour (which one)?",
        [PendingOption("smaller", ["smaller", "smaller text", "size", "make it smaller", "yes"], smaller)],
    )


__all__ = [
    "LINGERS",
    "NUISANCE_RE",
    "SAME_ON_SAME_RE",
    "SHOUTY_RE",
    "about_ish",
    "against_the_rest",
    "same_on_same",
    "shouts",
    "shouty_question",
]
