"""What a local business owner says the ad does, in the words the parser's readers already know:
"the hook looks like it was filmed in a cave" is a hook too dark, "the end card writing could come
down a smidge" is its text a smidge smaller, "too busy, let it breathe" asks what to take out.

Part of :mod:`adgen.agent.understanding` (round twenty-six f, dev19's crowd: a taco truck, an open
house, a plumber). Read as typed, the cave was a look ("cave style" in the hook's picture), "could
come down a smidge" of a text asked nothing, and "let it breathe" after "too busy" set the minimal
look, a guess at what was too much. Each row of :data:`OUTCOMES` rewrites one such saying into the
plain complaint or request; :func:`breathing_room` is the question for a whole ad said to need
room, when nothing more precise comes with it.
"""

from __future__ import annotations

import re

_I = re.I

# Dark places a picture may be said to have been filmed in.
_DARK_PLACES = (
    r"(?:cave|caves|basement|dungeon|cellar|closet|cupboard|crypt|tunnel|(?:coal\s+)?mine|bunker|"
    r"broom\s+closet|dark\s+room|black\s+hole|night\s+club|nightclub|pit)"
)
_TEXT_WORDS = r"(?:text|texts|writing|words|wording|font|fonts|caption|captions|type|lettering|copy|headline)"
_SMALL_AMOUNT = r"(?:a\s+)?(?:smidge|smidgen|touch|tad|hair|notch|bit|little|little\s+bit|wee\s+bit|fraction)"

OUTCOMES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "the hook looks like it was filmed in a cave", "the showcase feels like it was shot in a
    # basement", "the cta looks like a dungeon": too dark
    (
        re.compile(
            r"\b(?:looks?|looking|feels?|seems?)\s+like\s+(?:(?:it|they|this|that|we|you)\s+"
            r"(?:was|were|got|'s\s+been|has\s+been|have\s+been)\s+)?(?:(?:filmed|shot|lit|recorded|taken|made)\s+)?"
            rf"(?:in|inside|at\s+the\s+bottom\s+of)?\s*(?:a|an|the|some)\s+{_DARK_PLACES}\b",
            _I,
        ),
        "looks way too dark",
    ),
    # "the end card writing could come down a smidge", "hook text can go down a touch": a text
    # a bit smaller (the music's "come down" is its own reader's)
    (
        re.compile(
            rf"\b(?P<what>{_TEXT_WORDS})\s+(?:could|should|can|might|may|needs?\s+to|wants?\s+to)\s+"
            rf"(?:probably\s+|maybe\s+|just\s+)?(?:come|go|step|drop|be\s+brought)\s+down\s+(?P<amount>{_SMALL_AMOUNT})\b",
            _I,
        ),
        r"\g<what> \g<amount> smaller",
    ),
)


# "one more touch", "one more smidge": a step again, as "another touch" is (round 26 f)
_ONE_MORE_STEP_RE = re.compile(
    r"^(\W*(?:(?:ok(?:ay)?|and|now|yeah|yes|good|nice|better|hmm+)\b[\s,.!]*)*)one\s+more\s+"
    # ("one more tiny bit", "one more wee touch": round 28 c)
    r"(?P<a>(?:(?:tiny|teeny|wee|little|lil)\s+)?(?:touch|tad|smidge|smidgen|notch|bit|hair|nudge|step))\b",
    _I,
)


def one_more_step(raw: str) -> str:
    """ "one more touch" as "another touch" (read on the raw message, before the typo gate weighs
    its words)."""
    return _ONE_MORE_STEP_RE.sub(r"\1another \g<a>", raw, count=1)


# "our brand orange is #FF7A00 per the guidelines, use it for the end card text": the hex given,
# then where it goes (round 26 f: read as a palette colour, the target unread); "same hex on the
# hook text": the same colour
_HEX = r"#(?:[0-9a-f]{6}|[0-9a-f]{3})\b"
OUTCOMES += (
    (
        re.compile(
            rf"^\W*(?:(?:our|the|my)\s+)?(?:[\w-]+\s+){{0,3}}?(?:is|=|:)\s*(?P<hex>{_HEX})"
            r"(?:\s+(?:per|according\s+to|from|in|as\s+per)\s+(?:the\s+|our\s+)?[\w\s-]{1,30}?)?\s*[,.;:!-]+\s*"
            r"(?:so\s+|please\s+|pls\s+|can\s+you\s+|could\s+you\s+)*(?:use|put|apply|set)\s+(?:it|that|this|that\s+colou?r|this\s+colou?r)\s+"
            r"(?:for|on|to|as)\s+(?P<target>[^,.;!?]+?)\s*(?:please|pls)?[.!]*$",
            _I,
        ),
        r"make \g<target> \g<hex>",
    ),
    (
        re.compile(r"\bsame\s+(?:hex(?:\s+(?:code|colou?r|value))?|shade|swatch)\b", _I),
        "same colour",
    ),
)


# "brand font per our style guide is Playfair Display", "… #FF7A00 per the guidelines": where the
# value comes from, no part of it (round 26 f: "per our style guide is Playfair Display" was taken
# for the font's name)
_PER_GUIDE_RE = re.compile(
    r"\s*,?\s*\b(?:per|according\s+to|as\s+per|from|in)\s+(?:the\s+|our\s+|my\s+|their\s+)?(?:client'?s?\s+)?"
    r"(?:brand(?:ing)?\s+)?(?:style\s*guide|guidelines?|brand\s*book|brand\s+guide|style\s+sheet|styleguide|"
    r"brand\s+kit|guide)\b\s*(?=[,.;:!]|\s+(?:is|are|=)\b|$)",
    _I,
)


def plain_outcomes(masked: str) -> str:
    """``masked`` (a request, its quotes masked) with each saying of :data:`OUTCOMES` rewritten."""
    masked = _PER_GUIDE_RE.sub("", masked)
    for pattern, plain in OUTCOMES:
        masked = pattern.sub(plain, masked)
    return masked


# "music really low", "(the music) not off, just really low": the volume said as a level (round 26 f:
# "low" alone was no word of the music's)
_MUSIC_RE = re.compile(r"\b(?:music|song|track|soundtrack|tune|audio|background\s+music|bgm|volume)\b", _I)
# The whole message says the level it wants, nothing more ("the music is too low", "music is low
# enough", "low energy" are complaints or descriptions, never this)
_LOW_LEVEL_RE = re.compile(
    r"^\W*(?:(?:actually|no|nah|not\s+off|ok(?:ay)?|just|but|maybe|instead|then|so|please|pls)\b[\s,.!]*)*"
    r"(?:(?:make|keep|set|turn|put|have|bring)\s+(?:it\s+|that\s+)?)?"
    r"(?:(?:the\s+)?(?:music|song|track|soundtrack|audio|background\s+music|bgm|volume)\s+)?(?:down\s+)?(?:to\s+)?"
    r"(?:(?P<much>really|very|super|real|nice\s+and|extra|way)\s+)?low"
    r"(?:\s+(?:please|pls|then|instead|thanks|thx))*\W*$",
    _I,
)


def music_low(masked: str, music_asked: bool = False) -> str:
    """ "music really low" as "music much quieter", "music low" as "music quieter", when the whole
    message says only that level of the music (named, or just asked about)."""
    m = _LOW_LEVEL_RE.match(masked)
    if m is None or not (_MUSIC_RE.search(masked) or music_asked):
        return masked
    return "make the music much quieter" if m.group("much") else "make the music quieter"


# "let it breathe", "give it room to breathe", "it needs breathing room", "needs some air"
_BREATHE_RE = re.compile(
    r"(?:\blet\s+(?:it|the\s+(?:ad|video|thing|scenes?|house|place|shot|shots|frame|picture)|things?)\s+breathe\b"
    r"|\b(?:give|needs?|want|wants|could\s+use|needs?\s+some|more)\s+(?:it\s+|the\s+\w+\s+)?(?:some\s+|more\s+)?"
    r"(?:room|space|air)\s+to\s+breathe\b|\bbreathing\s+(?:room|space)\b)",
    _I,
)
# What may come with it and asks nothing more precise: "too busy", "way too cluttered", "it's a
# house" (what the ad is for), courtesy.
_WHAT_IT_IS_RE = re.compile(
    r"\b(?:it'?s|it\s+is|this\s+is|its)\s+(?:a|an|the|for\s+a|for\s+an)\s+[\w\s-]{1,30}?(?=[.,;:!?]|$)", _I
)
_VAGUE_WORDS = frozenset(
    "it its it's is are feels feel looks look seems seem the ad video whole thing scenes scene everything "
    "way far much a bit little kinda kind of so just really very all too pretty quite rather "
    "busy cluttered crowded hectic packed cramped noisy lot full chaotic messy overloaded "
    "needs need could use some more please pls plz honestly hmm ok okay and so but maybe i think feel "
    "like you know".split()
)


def _vague(rest: str) -> bool:
    words = re.findall(r"[a-z']+", _WHAT_IT_IS_RE.sub(" ", rest).lower())
    return all(word in _VAGUE_WORDS for word in words)


BREATHE_QUESTION = (
    "What should give it more room: fewer words on screen (shorter text), a simpler, calmer look, "
    "fewer scenes, or slower pacing (longer scenes)? Or tell me which scene feels too busy."
)


def breathing_room(plain: str) -> str | None:
    """The question to ask when the ad is said to need room to breathe and nothing more precise
    comes with it ("too busy. it's a house, let it breathe"); None otherwise."""
    said = _BREATHE_RE.search(plain)
    if said is None:
        return None
    rest = (plain[: said.start()] + " " + plain[said.end() :]).strip()
    return BREATHE_QUESTION if _vague(rest) else None


__all__ = ["BREATHE_QUESTION", "OUTCOMES", "breathing_room", "music_low", "one_more_step", "plain_outcomes"]
