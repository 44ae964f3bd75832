"""How much a relative change changes: "a bit bigger" < "bigger" < "way bigger".

Part of :mod:`adgen.agent.understanding`. A table of intensity words (rows) and the step each
kind of value takes at each level. Ratios multiply (sizes, lengths), steps add (volume).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.values import SHARE_PATTERN, find_times, share_of

BIT, NORMAL, MUCH = 0.5, 1.0, 2.5  # the step at each level, as a multiple of the normal step

# Intensity words -> level. First match in the clause wins.
LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    # "music right down", "turn it right up", "almost silent": all the way (round thirty-eight b,
    # dev27; "down so it's barely there" is :mod:`look_alike`'s, "it's barely there" a complaint)
    (
        r"right\s+(?:down|up|back)"
        r"|(?:almost|nearly|practically)\s+(?:silent|inaudible|nothing)",
        "much",
    ),
    # "a fair bit louder", "quite a bit bigger", "louder by a mile" (British, Irish, Australian):
    # much, though "bit" is in them
    (
        r"a\s+(?:fair|good)\s+(?:bit|deal|whack)|quite\s+a\s+(?:bit|lot)|a\s+great\s+deal"
        r"|by\s+a\s+(?:mile|country\s+mile|long\s+way|lot|fair\s+bit)",
        "much",
    ),
    (
        r"a\s+(?:tiny\s+|little\s+|wee\s+|teeny\s+|teensy\s+)?(?:bit|touch|tad|smidge|notch|hair)|a\s+little|slightly|somewhat|marginally|just\s+a\s+little",
        "bit",
    ),
    # "bit lower", "tad louder", "lil bit bigger": the article dropped, before a comparative
    (
        # ("a skosh quieter", "a shade darker", "a whisker bigger": the same small amounts)
        r"(?:(?:lil|little|tiny|wee|teeny)\s+)?(?:bit|tad|smidge|smidgen|touch|notch|hair|skosh|shade|whisker|fraction|"
        r"titch|tich|squidge)(?=\s+(?:\w+er|more|less)\b)",
        "bit",
    ),
    (r"kind\s+of|kinda|a\s+bit\s+too|a\s+tad\s+too|a\s+little\s+too", "bit"),
    # "a moment shorter", "a tick longer": a small amount of time (round thirty-eight b, dev27)
    (r"a\s+(?:moment|tick)(?=\s+(?:longer|shorter|more|less|later|earlier)\b)", "bit"),
    # "just barely quieter", "ever so slightly louder", "the tiniest bit bigger": the smallest step
    # (round 28 c: "barely" had taken the normal step)
    (
        r"(?:just\s+)?(?:barely|ever\s+so\s+(?:slightly|little))(?=\s+(?!(?:ever|over|under|after|never|other)\b)(?:\w+er|more|less)\b)"
        r"|the\s+(?:tiniest|smallest|slightest|teeniest)\s+(?:bit|touch|amount|fraction)",
        "bit",
    ),
    (
        r"much|way|a\s+lot|lots|far|massively|hugely|dramatically|significantly|really|super|heaps|tons",
        "much",
    ),
    (r"massive|huge|giant|enormous|tiny|minuscule|double|twice|forever|ages|an\s+eternity", "much"),
    # "loads bigger", "a ton shorter", "miles better": a quantity before a comparative ("the page
    # loads" is a verb: only before the comparative)
    (r"(?:loads|miles|a\s+(?:ton|load|heap|whole\s+lot))(?=\s+(?:\w+er|more|less)\b)", "much"),
)
_LEVEL_RE = tuple((re.compile(rf"\b(?:{pattern})\b", re.I), level) for pattern, level in LEVEL_WORDS)

# Relative steps at the normal level: sizes x1.25 (x0.8), volume ±0.2, lengths x1.25 (x0.8).
SIZE_UP = {"bit": 1.15, "normal": 1.25, "much": 1.6}
SIZE_DOWN = {"bit": 0.87, "normal": 0.8, "much": 0.55}
VOLUME_STEP = {"bit": 0.1, "normal": 0.2, "much": 0.4}
LENGTH_UP = {"bit": 1.2, "normal": 1.25, "much": 1.5}
LENGTH_DOWN = {"bit": 0.85, "normal": 0.8, "much": 0.5}
# "as big as it goes": a factor past any range, so the size stops at its maximum.
SIZE_MAX_FACTOR = 100.0


# How a complaint softens a size ("is a bit small", "looks kind of big").
_HEDGE = (
    r"(?:a\s+(?:(?:little|tiny|wee)\s+)?(?:bit|tad|touch|smidge)|a\s+little|bit|kinda|kind\s+of|sort\s+of|slightly|"
    r"somewhat|rather|quite|pretty|fairly)"
)
# Which way a size goes, first match wins: a complaint ("too big", "looks tiny", "hard to read")
# is the problem, so it asks for the opposite; "twice"/"half" are exact.
SIZE_ROWS: tuple[tuple[str, str], ...] = (
    # "as big as it goes", "the biggest it can be": the top of the range
    (
        r"as\s+(?:big|large)\s+as\s+(?:it\s+(?:goes|can\s+go|gets|can\s+get|can\s+be)|possible|you\s+can)"
        r"|(?:the\s+)?(?:biggest|largest)\s+(?:it\s+can\s+be|possible)",
        "max",
    ),
    (r"twice\s+as\s+(?:big|large)|double\s+(?:the\s+)?(?:size|it)|double", "x2"),
    (r"half\s+(?:the\s+|its\s+)?size|half\s+as\s+(?:big|large)|halve", "x0.5"),
    # a negated size word asks for the other way ("less tiny", "not so huge")
    (r"(?:less|not\s+(?:so|as|that))\s+(?:tiny|small|little|minuscule|cramped)", "up_plain"),
    (r"(?:less|not\s+(?:so|as|that))\s+(?:big|large|huge|massive|enormous|giant)", "down_plain"),
    (
        r"too\s+(?:big|large|huge|massive|prominent)|(?:is|are|'s|looks?|seems?|feels?)\s+(?:\w+\s+)?(?:huge|massive|enormous|overwhelming|gigantic|ginormous)"
        # "is so big", "looks way large": a size said with an intensifier is the complaint
        r"|(?:is|are|'s|looks?|seems?|feels?)\s+(?:so|way|really|very|kinda|super|pretty|quite|rather)\s+(?:big|large)"
        # ("is a bit big", "looks a tad large": a hedged size is the complaint too)
        rf"|(?:is|are|'s|looks?|seems?|feels?)\s+{_HEDGE}\s+(?:too\s+)?(?:big|large)"
        # ("still big, less": the complaint again after a step)
        r"|still\s+(?:(?:too|a\s+bit|kinda|quite|so|way)\s+)?(?:big|large|huge)",
        "down",
    ),
    (
        r"too\s+(?:small|tiny|little|puny)|(?:is|are|'s|looks?|seems?|feels?)\s+(?:\w+\s+)?(?:tiny|small|little|minuscule|puny|weedy|teeny|itty[\s-]bitty|microscopic)"
        r"|(?:hard|tough|difficult|impossible)\s+to\s+(?:read|see)"
        # ("she can't read them against the pink": the colour, read by the colour readers, not the size)
        r"|(?:can'?t|cannot)\s+(?:(?:really|even|quite|properly|easily|clearly)\s+)?(?:read|see)(?![^,.;!?]*\bagainst\b)"
        r"|illegible|(?:barely|hardly)\s+(?:visible|readable|read|see)"
        # ("nobody standing across the room could read that end card": round 26 f; from a distance
        # only: "brown on brown, nobody can read it" is the colour's)
        r"|(?:nobody|no\s+one|no-one)(?=[^.;!?]*\b(?:across|back|far|distance|away|street|room|road|aisle|counter)\b)\s+(?:[\w-]+\s+){0,5}?(?:can|could|would|will|is\s+going\s+to|'?s\s+gonna)\s+"
        r"(?:(?:be\s+able\s+to|ever|even|really|actually)\s+)*(?:read|make\s+out)(?![^,.;!?]*\bagainst\b)"
        # ("is a bit small", "looks kind of small")
        rf"|(?:is|are|'s|looks?|seems?|feels?)\s+{_HEDGE}\s+(?:too\s+)?(?:small|tiny|little)"
        # ("still small, more": the complaint again after a step, never "smaller")
        r"|still\s+(?:(?:too|a\s+bit|kinda|quite|so|way)\s+)?(?:small|tiny|little)",
        "up",
    ),
    (r"massive|huge|huger|giant|enormous", "up_much"),
    (
        r"bigger|larger|big|large|enlarge|(?:scale|size|bump|blow)\s+(?:it\s+|them\s+|\w+\s+){0,2}?up|(?:font|type|font\s+size)\s+up"
        r"|(?:increase|raise|bump)\s+(?:the\s+)?(?:\w+\s+)?size|\bup\s+(?:(?:a\s+)?(?:little|bit|touch|tad|notch|smidge|lot|slightly)\s+)*in\s+(?:font\s+)?size|(?:more|most)\s+prominent|zoom\s+in(?:\s+on)?|grow"
        # "fill more of the frame", "take up more of the screen", "be the hero of the shot"
        r"|(?:fill|fills|filling|take\s+up|takes\s+up|taking\s+up|cover|covers)\s+(?:up\s+)?(?:more\s+of\s+|most\s+of\s+)?the\s+(?:frame|screen|shot|picture)"
        r"|\bthe\s+(?:hero|star)\b(?!\s*(?:image|banner|section|video|product|brand|of\s+(?:our|my)\b))",
        "up",
    ),
    (
        r"smaller|small|tinier|tiny(?!\s+(?:bit|touch|tad|notch|amount))|shrink|(?:scale|size)\s+(?:it\s+|them\s+|\w+\s+){0,2}?down|(?:font|type|font\s+size)\s+down"
        r"|(?:reduce|decrease|lower)\s+(?:the\s+)?(?:\w+\s+)?size|\bdown\s+(?:(?:a\s+)?(?:little|bit|touch|tad|notch|smidge|lot|slightly)\s+)*in\s+(?:font\s+)?size|less\s+prominent|zoom\s+out",
        "down",
    ),
)
_SIZE_RE = tuple((re.compile(rf"\b(?:{pattern})\b", re.I), way) for pattern, way in SIZE_ROWS)


# "20% bigger", "larger by 15 percent", "shrink it 10%": the factor is the percentage as said.
_PERCENT = r"(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b)"
_UP_WORDS = r"bigger|larger|up|enlarge|grow|increase|raise|bump"
_DOWN_WORDS = r"smaller|down|shrink|reduce|decrease|lower"
_SPEED_RE = re.compile(r"\b(?:speed|slow)\s+(?:[\w-]+\s+){0,3}?(?:up|down)\b", re.I)
_PERCENT_SIZE_RE = re.compile(
    rf"{_PERCENT}\s+(?:(?P<u1>{_UP_WORDS})|(?P<d1>{_DOWN_WORDS}))\b"
    rf"|\b(?:(?P<u2>{_UP_WORDS})|(?P<d2>{_DOWN_WORDS}))\b(?:\s+(?:it|them|the\s+\w+|\w+))?\s+(?:by\s+)?"
    + _PERCENT.replace("?P<p>", "?P<q>"),
    re.I,
)


# "font down by a quarter", "a third smaller", "two-thirds the size", "4x bigger", "3 times as
# big": an exact factor of the size, said as a share or a multiple. Rows: (pattern, sign): -1 a
# share off, +1 a share added, 0 the share kept.
_SHARE2 = SHARE_PATTERN.replace("share", "share2")
SIZE_SHARES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern, re.I), sign)
    for pattern, sign in (
        (
            rf"\b(?:{_DOWN_WORDS})\b[^,;.!?]{{0,30}}?\bby\s+"
            + SHARE_PATTERN
            + r"\b|\b"
            + _SHARE2
            + r"\s+(?:smaller|down)\b",
            -1,
        ),
        (
            rf"\b(?:{_UP_WORDS})\b[^,;.!?]{{0,30}}?\bby\s+"
            + SHARE_PATTERN
            + r"\b|\b"
            + _SHARE2
            + r"\s+(?:bigger|larger)\b",
            1,
        ),
        (r"\b" + SHARE_PATTERN + r"\s+(?:as\s+(?:big|large)|(?:the|its)\s+(?:current\s+)?size)\b", 0),
    )
)
_TIMES_BIG_RE = re.compile(
    r"^\s*(?:as\s+(?:big|large)|bigger|larger|(?:the|its)\s+(?:current\s+)?size)\b", re.I
)


def exact_size_factor(text: str) -> float | None:
    """A size's factor said exactly ("down by a quarter" 0.75, "4x bigger" 4, "20% bigger" 1.2),
    or None; what it makes is refused when out of range, never clamped."""
    for pattern, sign in SIZE_SHARES:
        m = pattern.search(text)
        if m:
            share = share_of(m.group("share") or m.group("share2"))
            return share if sign == 0 else 1 + sign * share
    times = find_times(text)
    if times is not None and times.factor > 1 and _TIMES_BIG_RE.match(text[times.end :]):
        return times.factor
    return None


def _percent_factor(text: str) -> float | None:
    m = _PERCENT_SIZE_RE.search(text)
    if m is None or _SPEED_RE.search(text):
        return None  # ("speed the whole thing up by 20%": the pace, read by timing)
    percent = float(m.group("p") or m.group("q"))
    if not 0 < percent <= 300:
        return None
    up = bool(m.group("u1") or m.group("u2"))
    if not up and percent >= 100:
        return None
    return 1 + percent / 100 if up else 1 - percent / 100


def size_factor(text: str) -> float | None:
    """The factor a size is multiplied by ("a bit bigger" 1.15, "way smaller" 0.55, "20% bigger"
    1.2), or None."""
    if (exact := _percent_factor(text)) is not None or (exact := exact_size_factor(text)) is not None:
        return exact
    for pattern, way in _SIZE_RE:
        if pattern.search(text):
            if way == "max":
                return SIZE_MAX_FACTOR
            if way == "x2":
                return 2.0
            if way == "x0.5":
                return 0.5
            if way == "up_much":
                return SIZE_UP["much"]
            if way in ("up_plain", "down_plain"):  # "less tiny": a step, whatever "tiny" says
                return SIZE_UP["normal"] if way == "up_plain" else SIZE_DOWN["normal"]
            level = level_of(text)
            return SIZE_UP[level] if way == "up" else SIZE_DOWN[level]
    return None


def level_of(text: str) -> str:
    """ "bit", "normal" or "much", from the intensity words in ``text``."""
    for pattern, level in _LEVEL_RE:
        if pattern.search(text):
            return level
    return "normal"


__all__ = [
    "BIT",
    "LENGTH_DOWN",
    "LENGTH_UP",
    "MUCH",
    "NORMAL",
    "SIZE_DOWN",
    "SIZE_UP",
    "VOLUME_STEP",
    "level_of",
]
