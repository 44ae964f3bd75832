"""Agency jargon in the parser's own words: "the open" is the opener (the hook scene), "the
close" the closer, "supers" the on-screen text, "punch in on" zooms in on the product.

Part of :mod:`adgen.agent.understanding`. Creative directors name the parts of a spot as an
edit suite does; each row of ``JARGON`` rewrites one such word into the word the scene, text
and product readers already know, only where it is surely that noun ("the open feels flat",
"super on the open should read …"), never where it is the everyday word ("open B", "super
bright", "the open road"). Only an open ad's requests are rewritten: a brief keeps its words.
("VO", "end card" and "the button" are read by the scene and voice tables themselves.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

# What may follow "the open" / "the close" when it names a scene: a verb of how it is or
# should be, a preposition of a value, a text noun, or the end of the clause.
_AFTER_SCENE_NOUN = (
    r"(?=\s*(?:$|[,.;:!?)'\"’”]|['’]s\b|\s(?:is|isn'?t|was|feels?|felt|looks?|seems?|should|needs?|reads?|says?|"
    r"could|would|will|has|gets?|goes|lands?|drags?|to|at|by|and|or|too|text|super|supers|line|copy|card|scene|"
    r"shot|with|on|in|for|a|more|less|down|up|over)\b))"
)
_ARTICLE = r"(?<![\w-])(?<!out\sin\s)(?P<a>the|this|that|our|your|an?)\s+"

# (pattern, replacement): one row per jargon word.
JARGON: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "the open feels flat", "super on the open", "trim the open to 4": the opening scene
    (re.compile(_ARTICLE + r"open" + _AFTER_SCENE_NOUN, re.I), r"\g<a> opener"),
    # "the close feels rushed": the closing scene (never "a close shot", "the close up")
    (
        re.compile(_ARTICLE + r"close(?![\s-]+(?:shot|up|scene|on)\b)(?!-)" + _AFTER_SCENE_NOUN, re.I),
        r"\g<a> closer",
    ),
    # "the start is so dark", "the beginning feels slow": the opening scene said as the ad's
    # start, as the subject of how it is (never "from the start", "at the start of the ad")
    (
        re.compile(
            r"(?:^|(?<=[.;!?,]\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=\bso\s)|(?<=\btbh\s)|(?<=\bok\s))(?:the\s+)?(?:start|beginning)"
            r"(?=\s+(?:is|isn'?t|was|feels?|felt|looks?|seems?|needs?|should|drags?|goes)\b)",
            re.I,
        ),
        "the opener",
    ),
    # "the picture behind the bottle is too busy": what is behind the product is the background
    (
        re.compile(
            r"\b(?:picture|image|photo|pic|stuff|scenery|setting)\s+(?:behind|around)\s+(?:the|our|my|its)\s+[\w-]+",
            re.I,
        ),
        "background",
    ),
    # "the supers", "all supers yellow": the on-screen texts
    (re.compile(r"\bsupers\b", re.I), "texts"),
    # "the super on the open", "super on the opener should read …": a scene's on-screen text
    # (never "super bright", "super quick")
    # (and never "a super energetic mood", "a super dark blue": only before where it is or what it says)
    (
        re.compile(
            r"(?<![\w-])(?P<a>the|this|that|each|every|a)\s+super\b(?!\s*-)"
            r"(?=\s*(?:$|[,.;:!?]|\s(?:on|in|for|of|should|reads?|says?|needs?|to|is|at|and)\b))",
            re.I,
        ),
        r"\g<a> text",
    ),
    (
        re.compile(r"(?:^|(?<=[.;!?,]\s))super(?=\s+(?:on|in|for|of|should|reads?|says?|needs?|to)\b)", re.I),
        "text",
    ),
    # "punch in on the mat", "punch out a touch": zooming on the product
    # (a verb: never "more punch in the first second")
    (
        re.compile(
            r"(?<!\bmore\s)(?<!\bsome\s)(?<!\bmuch\s)(?<!\bextra\s)(?<!\ba\s)\bpunch(?:ed|ing)?\s+"
            r"(?=(?:in|out)\b(?!\s+(?:the|this|that|its?|our)\s+(?:first|last|opening|end|beginning|middle)\b))",
            re.I,
        ),
        "zoom ",
    ),
)


# "the ad needs to open with the price: 'From $1,499'", "end on 'Shop now'": the opening or the
# closing scene's words (only before quoted words: "start with the product" is no text)
_SAID_WITH = (
    # said of the ad, at the start of a request ("the cta should end with 'today'" adds to a text)
    r"(?:^|(?<=[,.;:!?\n])|(?<=\band)|(?<=\bthen)|(?<=\balso))\s*(?:(?:ok|so|and|also|then|pls|please)\s+)*"
    r"(?:(?:the|this|our)\s+(?:[\w-]+\s+)?(?:ad|video|spot|clip|commercial)\s+|it\s+|we\s+)?"
    r"(?:\b(?:needs?\s+to|should|must|has\s+to|have\s+to|gotta|got\s+to|to|let'?s|please|pls)\s+)?"
    r"\b(?:{verbs})\s+(?:with|on)\s+(?:(?:the|our|a|this|that)\s+(?:[\w$-]+\s*){{0,2}}?)?"
    "\\s*[:\\-\u2013]?\\s*(?=\ue000)"
)
JARGON += (
    # "it ends too abruptly", "the end is too sudden", "it just cuts off": the closing scene is cut
    # short, so it wants more time (as "the ending feels rushed" already says)
    (
        re.compile(
            r"^\W*(?:(?:hmm+|honestly|tbh|ok|so|but|and|also)\W+)*(?:it|the\s+(?:ad|video|spot))\s+(?:just\s+)?"
            r"(?:ends|stops|finishes|cuts\s+off|cuts\s+out)\s+(?:(?:way|a\s+bit|kind\s+of|kinda)\s+)?"
            r"(?:too\s+|so\s+|really\s+|very\s+)?(?:abruptly|suddenly|quickly|fast|soon|early|short)\b"
            r"|^\W*(?:(?:hmm+|honestly|tbh|ok|so|but|and|also)\W+)*the\s+(?:end|ending)\s+(?:is|feels|seems)\s+"
            r"(?:(?:way|a\s+bit|kind\s+of|kinda)\s+)?(?:too\s+|so\s+|really\s+|very\s+)?(?:abrupt|sudden)\b",
            re.I,
        ),
        "the ending feels rushed",
    ),
    # "A/B the tagline: B gets 'Light something slow'", "split-test the headline, C has '…'": a
    # version whose named part is the words quoted
    (
        re.compile(
            r"^\W*(?:(?:let'?s|can\s+you|could\s+you|please|pls|ok|so)\s+)*(?:a\s*/\s*b|split[\s-]?test)\s+(?:test\s+)?"
            r"(?:the\s+|our\s+)?(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)\s*[:,;\u2013\u2014-]+\s*(?:and\s+)?(?:have\s+|let\s+)?"
            r"(?P<l>(?-i:[B-G]))\s+(?:gets?|has|uses?|shows?|=|:)\s*(?=\ue000)",
            re.I,
        ),
        r"make a \g<l> where the \g<thing> is ",
    ),
    # "B cell: …", "test cell C: …", "the C cell": a performance marketer's test cell is a version
    (
        re.compile(
            r"\b(?:(?:the|a|an)\s+)?(?:(?:test|split)\s+)?(?:cell\s+(?P<a>(?-i:[B-G]))|(?P<b>(?-i:[B-G]))\s+(?:test\s+)?cell)\b",
            re.I,
        ),
        lambda m: f"version {m.group('a') or m.group('b')}",
    ),
    # "the shop scene ends so abruptly", "the cta just stops too suddenly": that scene is cut short,
    # so it wants more time, as "the cta feels rushed" (the music's or the voice's end is no scene)
    (
        re.compile(
            r"(?P<s>\bthe\s+(?![^,.;:!?]*?\b(?:ad|video|spot|music|song|track|audio|voice\w*|vo|narration)\b)"
            r"(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:just\s+)?(?:ends|stops|finishes|cuts\s+(?:off|out))\s+"
            r"(?:(?:way|a\s+bit|kind\s+of|kinda)\s+)?(?:too\s+|so\s+|really\s+|very\s+)?(?:abruptly|suddenly)\b",
            re.I,
        ),
        r"\g<s> feels rushed",
    ),
    # "drop it to the bottom", "push the headline down to the bottom for the safe zone", "bump the
    # cta text up to the top": the words moved there (never "drop" as taking a scene out)
    (
        re.compile(
            r"\b(?:drop|push|shift|slide|nudge|bump|shove|scoot)(?:s|ped|ed)?(?P<obj>\s+(?:it|them|that|this|"
            r"(?:the|that|this)\s+(?:[\w'-]+\s+){0,4}?(?:text|line|words|headline|caption|copy|tagline|writing)))"
            r"(?=\s+(?:(?:down|up|over)\s+)?to\s+the\s+(?:very\s+)?(?:bottom|top|middle|center|centre)\b)",
            re.I,
        ),
        r"move\g<obj>",
    ),
    # "put it back on like it was", "switch the voice-over back on": what was turned off, on again
    (
        re.compile(
            r"\b(?:put|switch|flip|bring)\s+(?P<obj>it|that|them|the\s+(?:voice(?:[\s-]?over)?|vo|narration|music|captions?))"
            r"\s+back\s+on\b(?:\s+(?:like|as|how)\s+it\s+was\b)?",
            re.I,
        ),
        r"turn \g<obj> back on",
    ),
    # "A/B test: B opens on 'Iced. Bold. Done.'", "C starts with 'Hot sleeper?'": in that version the
    # hook says the words (read before "open with …" below, which would lose the letter)
    (
        re.compile(
            r"(?<![\w'/])(?P<l>(?-i:[B-G]))\s+(?:opens|starts|begins|kicks\s+off|leads(?:\s+off)?|goes)\s+"
            r"(?:on|with)\s+(?=\ue000)",
            re.I,
        ),
        r"in \g<l> the hook says ",
    ),
    (
        re.compile(_SAID_WITH.format(verbs=r"open|start|begin|kick\s+off|lead\s+off"), re.I),
        "the opener should say ",
    ),
    (
        re.compile(_SAID_WITH.format(verbs=r"end|finish|close|wrap\s+up|sign\s+off"), re.I),
        "the closer should say ",
    ),
)


def _shadowed(m: re.Match[str]) -> str:
    """ "white with a shadow": light words get an outline and a shadow anyway, so the words say
    the text's colour ("white text"), or nothing more when the text is named already."""
    text_named = re.search(
        r"\b(?:text|words|font|letters|lettering|captions?|headlines?|copy)\b", m.string, re.I
    )
    return "" if text_named else " text"


_SHADOW_RE = re.compile(
    r"\s+with\s+(?:an?\s+)?(?:drop\s+|soft\s+|subtle\s+|dark\s+|black\s+)?(?:shadow|outline|stroke)s?\b", re.I
)


def plain_jargon(text: str) -> str:
    """``text`` with the edit suite's words for the parts of an ad said as the parser says them."""
    for pattern, meaning in JARGON:
        text = pattern.sub(meaning, text)
    return _SHADOW_RE.sub(_shadowed, text)


__all__ = ["JARGON", "plain_jargon"]


# "keep the cta text out of the bottom UI", "move the hook words away from the top": the place the
# text should leave; the middle is the one place clear of both edges (it read as "to the bottom")
JARGON += (
    (
        re.compile(
            r"\b(?:out\s+of|away\s+from|off|clear\s+of)\s+the\s+(?:very\s+)?(?:bottom|top)"
            r"(?:\s+(?:ui|bar|buttons|edge|area|part|of\s+the\s+(?:screen|frame)))?\b",
            re.I,
        ),
        "to the center",
    ),
)
