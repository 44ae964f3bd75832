"""The look: colours (text colour, palette, a scene's background colour), lighting, visual
style, mood and what a background shows ("make the hook brighter", "warmer colours", "golden
hour lighting", "a retro style", "the showcase should show a beach").

Part of :mod:`adgen.agent.understanding`; steps of the field reader (:mod:`fields`). For named
scenes a look word's phrase is appended to each scene's background prompt (same seed, so only
the look changes); for the whole ad it sets a field of the style (:data:`vocabulary.LOOK`).
A complaint is the problem, not the instruction: "the hook is kind of dark" asks for brighter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from adgen.agent.conversation_state import PendingQuestion
from adgen.agent.understanding.brand import BRAND_COLORS_RE
from adgen.agent.understanding.clause import Q_TOKEN, ClauseReaderBase, Frame, blank, dedupe
from adgen.agent.understanding.contrast import lightness
from adgen.agent.understanding.named_looks import find_named_look, shifted_palette
from adgen.agent.understanding.normaliser import is_english
from adgen.agent.understanding.quotes import text_value
from adgen.agent.understanding.retry import COLOUR, MARK
from adgen.agent.understanding.scenes import ROLE_LABEL, join_words
from adgen.agent.understanding.text_edits import looks_like_value
from adgen.agent.understanding.values import Color, find_colors, hue_distance
from adgen.agent.understanding.vocabulary import LookWord, find_looks

_I = re.I

_LIGHTING_RE = re.compile(
    r"\b(?P<l>golden[\s-]hour|golden|neon|natural|studio|soft|harsh|candle[\s-]?lit|candlelight|sunset|sunrise|"
    r"moody|dim|backlit|low[\s-]key|high[\s-]key|daylight|night(?:time)?|morning|evening|sunny|warm|cool|cold|"
    r"bright|dark|dramatic|cinematic)\s+(?:lighting|light|lights)\b"
    # ("more golden hour", "a magic-hour feel": light by its time of day, never a colour)
    r"|\b(?P<l3>golden[\s-]hour|magic[\s-]hour|blue[\s-]hour)\b(?!\s+(?:scene|shot|bit|part|clip|one|frame)\b)"
    # ("the lighting is too dark", "lighting's way too harsh": a complaint, read with the look words)
    r"|\blighting\s*(?:to|:|=|should\s+be|is)?\s*(?P<l2>(?!(?:for|in|on|of|and|the|a|it|this|that|too|so|way|much|far|"
    r"overly|really|very|kinda|kind|bit|a\s+bit|a\s+little|not|way\s+too|quite|pretty|super|is|are|looks?|seems?|feels?)\b)[a-z][^,.;!?]{1,39}?)\s*[.!]?\s*$",
    _I,
)
_STYLE_RE = re.compile(
    r"\b(?:visual\s+style|style|look|aesthetic)\s*(?:to|:|=|should\s+be|is)\s*(?:an?\s+|more\s+)?(?P<v>[^,.;!?]{2,40}?)\s*(?:style|look)?\s*[.!]?\s*$"
    # ("let's look at …": no "s style"; "look at" is the verb)
    r"|(?<!['’])\b(?:an?\s+|more\s+)?(?P<v2>(?!(?:a|an|the|this|that|new|different|visual|video|same|overall|whole|its|our|"
    r"brand|current|old|other|better|nicer|more|less|of"
    # ("the hook would look great in yellow": a verb before "look", never a style; sweep 40 added
    # "would style" to the picture)
    r"|would|could|should|might|will|must|can|may|does|do|did|doesn'?t|don'?t|didn'?t|wouldn'?t|won'?t|it|they|"
    r"which|what|how|also|still|just|really|all|to|not|gonna)\b)[\w-]{2,}(?:\s+(?!style|look)[\w-]+)?)\s+"
    r"(?:style|look|aesthetic)\b"
    r"(?!\s+(?:at|into|over|through|for)\b)",
    _I,
)
_LOOK_LIKE_RE = re.compile(
    r"\b(?:look|feel)s?\s+(?:(?:a\s+(?:bit|little|lot)\s+|much\s+)?more\s+)?like\s+(?:an?\s+|the\s+)?(?P<v3>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
    _I,
)
_TEXT_AFTER_COLOR_RE = re.compile(
    r"^\s+(?:text|font|letters|lettering|words|headlines?|captions?|copy|type)\b", _I
)
_TEXT_BEFORE_COLOR_RE = re.compile(
    r"\b(?:text|font|letters|words|headlines?|captions?|copy)\s+(?:in\s+|colou?r\s+(?:to\s+|of\s+)?|to\s+)?$",
    _I,
)
_STYLE_STOPWORDS = {
    # ("15 seconds feels like a lot", "feels like forever": a length judged, no style)
    "lot",
    "forever",
    "ages",
    "eternity",
    "lifetime",
    "colours",
    "colors",
    "colour",
    "color",
    "text",
    "music",
    "hook",
    "cta",
    "showcase",
    "make",
    "it",
    "to",
    "give",
    "a",
    "an",
    "the",
    "this",
    "that",
    "new",
    "different",
    "visual",
    "video",
    "same",
    "overall",
    "whole",
    "its",
    "our",
    "brand",
    "current",
    "old",
    "other",
    "better",
    "nicer",
    "more",
    "less",
    "of",
    "and",
    "with",
    "for",
    "go",
    "use",
    "try",
    "want",
    "like",
    "should",
    "be",
    "is",
    "me",
    "i",
    "we",
    "you",
    "can",
    "could",
    "please",
    "have",
    "has",
    "get",
    "into",
    "in",
    "on",
    "at",
    "ad",
    "scene",
    "everything",
    "them",
    "all",
    "feel",
    "look",
    "style",
    "so",
    "too",
    "very",
    "just",
    "really",
}
# "mood: fresh", "the mood should feel fresh", "make the overall mood fresh rather than cozy"
_MOOD_RE = re.compile(
    r"(?:\bmood\s*(?:to|:|=|(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+(?:be|feel|read|seem)|feels?|is)"
    r"|\b(?:make|set|turn|get|switch|change|shift|move|flip)\s+(?:the\s+)?(?:overall\s+|whole\s+|general\s+)?mood(?:\s+over)?(?=\s+(?!more\b|less\b))"
    # ("…, and the whole mood cosier": the verb of the request before, left out)
    r"|^\W*(?:(?:and|also|plus|then)\s+)?(?:the\s+)?(?:whole|overall|general|entire)\s+mood(?=\s+(?!more\b|less\b|of\b)))"
    # ("set the mood to warm", "the mood to be cool": the connector is no part of the word)
    r"\s*(?:from\s+[^,.;!?]{2,30}?\s+(?=(?:to|into)\s))?(?:(?:to|into|as)\s+)?(?:(?:be|feel)\s+)?(?:more\s+)?(?P<m>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
    _I,
)
# "give it an uplifting mood", "go for a dreamy vibe": the mood's word before the noun
_MOOD_BEFORE_RE = re.compile(
    r"\b(?:give|gives|giving|want|wants|go\s+for|needs?|with)\s+(?:it\s+|this\s+|the\s+ad\s+)?(?:an?|some)\s+"
    r"(?:more\s+)?(?P<m>[a-z][a-z-]{2,20})\s+(?:mood|vibe|feel)\b",
    _I,
)
# "an uplifting mood rather than calm": the look being replaced is no part of the new one
_REPLACED_LOOK_RE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:the\s+|a\s+|an\s+|this\s+)?(?:current\s+|old\s+)?"
    r"[\w-]+(?:\s+(?:one|mood|vibe|feel|look))?",
    _I,
)
_PALETTE_RE = re.compile(r"\b(?:palette|colou?r\s+scheme|colou?rs|colou?r\s+palette|tones|hues)\b", _I)
_BG_SHOW_RE = re.compile(
    r"\b(?:should\s+(?:show|feature|depict|have|be\s+set\s+(?:in|at|on))|shows?|showing|features?|depicts?|"
    r"set\s+(?:it\s+|them\s+)?(?:in|at|on)|take\s+place\s+(?:in|at|on))\s+"
    # ("the hook should have 'New' added": words joined to its text, never its picture)
    r"(?!(?:'[^']*'|\"[^\"]*\"|[\u201c\u2018][^\u201d\u2019]*[\u201d\u2019]|\S+)\s+(?:to\s+be\s+)?(?:added|appended|prepended|"
    r"tacked\s+on|(?:at|to|on)\s+the\s+(?:very\s+)?(?:start|beginning|front|end))\b)(?P<x>\S.*?)\s*[.!]?\s*$"
    # "the opening shot should be at a beach instead", "put the hook in a cafe": a place, named
    # with its article (never "at the top", "in the end", "in yellow")
    r"|\b(?:should\s+(?:be|happen)|(?:put|place|relocate)\s+(?:it|them)?)\s*(?:in|at|on|inside)\s+"
    r"(?P<x2>(?:an?|the|some)\s+(?!(?:top|bottom|middle|cent(?:er|re)|end|start|beginning|front|back|same|corner|left|right|"
    r"side|edge|frame|scene|shot|slide|video|ad|first|last|second|third)\b)\S.*?)\s*[.!]?\s*$",
    _I,
)
# "… a beach instead", "… a cafe this time": how the place replaces the one there, not the place
_INSTEAD_TAIL_RE = re.compile(r"\s*,?\s*\b(?:instead|this\s+time|for\s+a\s+change)\s*$", _I)
_BG_TO_RE = re.compile(
    r"\b(?:backgrounds?|backdrops?|setting|scenery|visuals?|footage|location)(?:\s+(?:of|for|in))?"
    # "the background is too buy": how it is, a complaint, never what it should show
    r"(?:\s*[:=]|\s+(?:to|should\s+(?:be|show)|is(?!\s+(?:too|so|very|really|kind\s+of|kinda|a\s+bit|quite|pretty|way|"
    r"not|a\s+little)\b)|into|with|showing|of))\s+(?P<x>\S.*?)\s*[.!]?\s*$"
    # "make the hook background a sunny beach": a thing (an article first), never "a bit darker"
    r"|\bmake\s+(?:the\s+|its\s+|their\s+)?backgrounds?\s+(?P<x2>(?:an?|the|some)\s+"
    r"(?!(?:bit|little|lot|touch|tad|shade|notch|hair)\b)\S.*?)\s*[.!]?\s*$",
    _I,
)
_MONOCHROME_RE = re.compile(r"\bblack\s+(?:and|&)\s+white\b(?!\s+(?:text|font|letters|words))", _I)
_TRAILING_PREP_RE = re.compile(
    r"\s+(?:in|on|at|for|of|to|from|during|inside)(?:\s+(?:the|this|that))?\s*$", _I
)


def background_value(text: str) -> tuple[int, int] | None:
    """Where the words a background is set to are ("hook background: a navy wall at sunrise"):
    every word there is the picture's, never a colour, a light or a look of its own."""
    bm = _BG_TO_RE.search(text)
    if bm is None:
        return None
    span = bm.span("x") if bm.group("x") is not None else bm.span("x2")
    words = text[span[0] : span[1]]
    if looks_like_value(words) and not _pictures_something(words):
        return None  # "hook background: navy": a colour, read as one
    return span


def scene_place(text: str) -> tuple[int, int] | None:
    """Where the place a scene is set in is ("put the showcase on a snowy mountain top"): its
    words are the picture's, never a position or a size of the text."""
    bm = _BG_SHOW_RE.search(text)
    if bm is None or bm.group("x2") is None:
        return None
    span = bm.span("x2")
    words = text[span[0] : span[1]]
    return span if _pictures_something(words) or not looks_like_value(words) else None


def _inside(span: tuple[int, int] | None, start: int) -> bool:
    return span is not None and span[0] <= start < span[1]


def read_lighting(r: ClauseReaderBase, f: Frame) -> None:
    """Lighting phrases, read before colours ("golden hour" is not a colour)."""
    lm = _LIGHTING_RE.search(f.rest)
    if not lm or f.has["audio"] or _inside(background_value(f.rest), lm.start()):
        return
    removed = _REMOVED_LOOK_RE.search(f.rest)
    if removed is not None and removed.start() <= lm.start() < removed.end():
        return  # "lose the neon lighting": taken away (read_look), never set
    typed = _MOOD_RE.search(f.rest)
    if typed and typed.start("m") <= lm.start() < typed.end("m") and as_typed(typed.group("m")):
        return  # "change the mood to warm": the mood's word, not the lighting
    lighting = (lm.group("l") or lm.group("l2") or lm.group("l3") or "").strip().lower()
    if lm.group("l2"):
        lighting = _OLD_VALUE_TAIL_RE.sub("", lighting).strip()  # "golden hour instead of soft"
        if not lighting or not as_typed(lighting):
            return  # "the lighting should be softer": a look word, read with the others
    f.lighting = lighting
    f.consumed.append(lm.span())


# "golden hour instead of soft", "warm, not cold": what follows names the value being replaced.
_OLD_VALUE_TAIL_RE = re.compile(r"\s*(?:,\s*|\b)(?:instead\s+of|rather\s+than|in\s+place\s+of|not)\b.*$", _I)
# A look word that compares ("softer", "more calm"): a step from the current value, not a new one.
_COMPARING_RE = re.compile(r"\b(?:more|less)\b|\w(?:er|ier)$", _I)


def as_typed(value: str) -> bool:
    """A value given for a field ("mood to chill", "lighting: warm sunset") is kept as typed
    unless a look word in it compares ("lighting should be softer"): a set value is the
    marketer's word, not the nearest word of the vocabulary ("cheerful" is not "playful")."""
    return not any(_COMPARING_RE.search(value[s:e]) for s, e, _ in find_looks(value))


# "the second palette colour", "our main brand colour", "brand colour #2": a colour of the ad's own,
# named by its place in the palette or the brand's colours.
_NTH_COLOUR_RE = re.compile(
    r"\b(?:the\s+|our\s+|its\s+)?(?:(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last|main|primary|secondary)\s+"
    r"(?:(?P<src>palette|brand)(?:['’]s)?\s+)?colou?r(?:\s+(?:of|in|from)\s+the\s+(?P<src2>palette|brand))?"
    r"|(?P<src3>palette|brand)\s+colou?r\s*(?:#|no\.?|number)?\s*(?P<d>[1-4]))\b",
    _I,
)
_NTH = {
    "first": 0,
    "1st": 0,
    "main": 0,
    "primary": 0,
    "second": 1,
    "2nd": 1,
    "secondary": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "last": -1,
}


_CHANGED_ONE_RE = re.compile(r"\s*(?:should|must|needs?|to|is|becomes?|=|:|->)", _I)
_CHANGING_RE = re.compile(r"\b(?:change|replace|swap|switch|make)\s+(?:the\s+|our\s+)?$", _I)


def _own_colours_as_values(r: ClauseReaderBase, f: Frame) -> None:
    """The ad's own colours named by place are written as their values, in place (the words
    "brand" and "palette" there name where the colour comes from, never what changes)."""
    for m in reversed(list(_NTH_COLOUR_RE.finditer(f.rest))):
        if _CHANGED_ONE_RE.match(f.rest, m.end()) or _CHANGING_RE.search(f.rest[: m.start()]):
            continue  # "the second palette colour should be navy": the colour that changes
        source = (m.group("src") or m.group("src2") or m.group("src3") or "").lower()
        if not source and m.group("n").lower() in (
            "first",
            "1st",
            "second",
            "2nd",
            "third",
            "3rd",
            "fourth",
            "4th",
            "last",
        ):
            continue  # "the second colour" alone: of what is unsaid
        colours = list(r.project.brand.colors) if source == "brand" else list(r.project.style.palette)
        if source == "" and not colours:
            colours = list(r.project.brand.colors)
        index = int(m.group("d")) - 1 if m.group("d") else _NTH[m.group("n").lower()]
        if not colours or index >= len(colours):
            continue
        value = colours[index].upper()
        f.rest = f.rest[: m.start()] + value.ljust(m.end() - m.start()) + f.rest[m.end() :]


def read_colours(r: ClauseReaderBase, f: Frame) -> None:
    if f.has["audio"]:
        return
    _own_colours_as_values(r, f)
    mono = None if (f.has["brand"] or _PALETTE_RE.search(f.rest)) else _MONOCHROME_RE.search(f.rest)
    picture = background_value(f.rest)
    named = find_named_look(f.rest)  # ("a red bull kind of thing": a brand's look, no red)
    colors = [
        c
        for c in find_colors(f.rest)
        if not any(s <= c.start < e for s, e in f.consumed)
        and not _inside(picture, c.start)
        and not (mono and mono.start() <= c.start < mono.end())
        and not (named and named[0] <= c.start < named[1])
    ]
    stated = [c for c in colors if _states_current(r, f, c)] + _changed_from(f.rest, colors)
    if stated:  # "the caption is cyan, I want it white": the colour it has now, no request
        f.consumed.extend((c.start, c.end) for c in stated)
        colors = [c for c in colors if c not in stated]
        if not colors:
            return
    if not colors and _BRAND_EVERYWHERE_RE.search(f.body) and r.project.brand.colors:
        # "use our brand colours everywhere": the palette becomes the brand's colours
        f.ch.style["palette"] = [c.upper() for c in r.project.brand.colors]
        f.topic = f.topic or "style"
        return
    if (
        not colors
        and f.has["overlay"]
        and f.target.ids
        and _MATCH_BRAND_RE.search(f.body)
        and r.project.brand.colors
    ):
        # "swap the showcase text colour to match the brand": a brand colour it does not have yet
        # (the one nearest the text's own lightness, so it reads as well as it did on its picture)
        brand = [c.upper() for c in r.project.brand.colors]
        for sid in f.target.ids:
            current = r.project.scene(sid).overlay.color.upper()
            others = [c for c in brand if c != current] or brand
            f.ch.overlay_of(sid)["color"] = min(
                others, key=lambda c: abs(_lightness(c) - _lightness(current))
            )
        f.topic = f.topic or "overlay"
        return
    if not colors:
        problem = _not_a_colour(r, f)
        if problem:
            f.problems.append(problem)
        elif (asked := colour_asked(r, f)) is not None:
            f.questions.append(asked.question)
            f.pending = asked
        return
    colors = _brand_shades(r, f, colors)
    placed = _place_colours(r, f, colors)
    if placed:
        f.consumed.extend((c.start, c.end) for c in colors)
        f.topic = f.topic or placed


def _lightness(hex_colour: str) -> float:
    value = lightness(hex_colour)
    return 128.0 if value is None else value


_MATCH_BRAND_RE = re.compile(
    r"\b(?:to\s+)?match(?:es|ing)?\s+(?:the|our|my)\s+brand\b(?!['’]?s?\s+colou?rs\b)"
    r"|\b(?:in|to)\s+(?:our|the|my)\s+brand(?:['’]s)?\s+colou?r\b|\bon[\s-]brand\b",
    re.I,
)
_BRAND_EVERYWHERE_RE = re.compile(
    r"\b(?:use|apply|stick\s+to|go\s+with)\s+(?:our|the|my)\s+brand(?:'s)?\s+colou?rs?\s+"
    r"(?:everywhere|throughout|across\s+the\s+(?:(?:whole|entire)\s+)?(?:ad|video|board|scenes)|for\s+(?:the\s+)?(?:whole|entire)\s+(?:ad|video|thing)|"
    r"on\s+everything|in\s+(?:every|each|all\s+the)\s+scenes?)"
    r"|\b(?:match|follow)\s+(?:our|the)\s+brand(?:'s)?\s+colou?rs?\b(?!\s*(?:to|:|=))",
    re.I,
)
# "the cta should match our brand pink", "use the brand's blue for the hook text": a colour of the
# brand's, named by its hue; it is that brand colour, and the brand's colours stay as they are.
_BRAND_SHADE_RE = re.compile(r"\b(?:our|the|my|their)\s+brand(?:'s|s)?\s+$|\bbrand['’]s\s+$", re.I)


def _brand_shades(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> list[Color]:
    brand = [c.upper() for c in r.project.brand.colors]
    shades = [c for c in colors if _BRAND_SHADE_RE.search(f.rest[: c.start])]
    if not shades or not brand:
        return colors
    out = []
    for c in colors:
        if c in shades:
            nearest = min(brand, key=lambda hex_value: hue_distance(hex_value, c.hex))
            c = replace(c, hex=nearest)
            m = _BRAND_SHADE_RE.search(f.rest[: c.start])
            f.rest = f.rest[: m.start()] + " " * (m.end() - m.start()) + f.rest[m.end() :]
        out.append(c)
    f.has["brand"] = False
    return out


# "red to white", "from orange → navy": between an old colour and the new one.
_FROM_TO_GAP_RE = re.compile(r"^\s*(?:to|into|->|→|=>|>|becomes?|turns?\s+into)\s*(?:an?\s+)?$", _I)


def _changed_from(rest: str, colors: list[Any]) -> list[Any]:
    """ "cta red to white", "the caption from black to yellow": the colour before "to" is the one
    the text has now, the change is to the colour after it."""
    return [
        a for a, b in zip(colors, colors[1:], strict=False) if _FROM_TO_GAP_RE.match(rest[a.end : b.start])
    ]


# "change the cta colour", "give the hook text a new colour": a colour asked for, none said.
_NEW_COLOUR_RE = re.compile(
    r"\b(?:change|switch|swap|pick|choose|update)\b[^.;!?]*\bcolou?r\b(?!\s*(?:to|:|=|into)\s*\S)"
    r"|\b(?:a\s+)?(?:new|different|another|other)\s+colou?r\b(?!\s*(?:like|such\s+as|:)\s*\S)|\brecolou?r\b",
    _I,
)
_OTHER_COLOURED_RE = re.compile(
    r"\b(?:background|backdrop|palette|scheme|brand|logo|product|lighting|light|bottle|theme)\b", _I
)


def colour_asked(r: ClauseReaderBase, f: Frame) -> PendingQuestion | None:
    """ "recolour the hook text": which colour, asked once; the reply ("cyan") is that colour,
    for the texts named (the message read again with it, :mod:`retry`)."""
    if not _NEW_COLOUR_RE.search(f.rest) or _OTHER_COLOURED_RE.search(f.rest):
        return None
    if not (f.has["overlay"] or f.target.ids is not None) or f.has["product"] or f.has["brand"]:
        return None
    ids = f.target.ids if f.target.ids is not None else [s.id for s in r.project.scenes]
    if not ids:
        return None
    order = [s.id for s in r.project.scenes]
    places = [order.index(sid) + 1 for sid in ids if sid in order]
    if len(places) == len(order):
        names = "all the"
    else:
        names = "the " + join_words([ROLE_LABEL[r.project.scene(sid).role] for sid in ids], "and")
    template = ", ".join(f"make scene {n} text {MARK}" for n in places)
    return PendingQuestion(
        question=f"Which colour should {names} text be?", retry=template, value_kind=COLOUR
    )


# "the caption is cyan", "its text's currently yellow": how it is, said before what it should be.
_IS_COLOUR_RE = re.compile(
    r"\b(?:is|are|'s)\s+(?:(?:currently|still|all|kind\s+of|kinda|this|a|an|some|sort\s+of|bright|pale|dark|light)\s+)*$",
    _I,
)
_WISH_RE = re.compile(
    r"\b(?:make|should|want|wanna|needs?|has\s+to|must|set|change|turn|go|let|ensure|sure|keep|would|could|i'?d|try|prefer)\b",
    _I,
)


def _states_current(r: ClauseReaderBase, f: Frame, colour: Any) -> bool:
    """A colour said as what a scene's text already is ("the caption is cyan"), not asked for."""
    if not _IS_COLOUR_RE.search(f.rest[: colour.start]) or _WISH_RE.search(f.rest[: colour.start]):
        return False
    ids = f.target.ids or []
    current = [r.project.scene(sid).overlay.color for sid in ids]
    return any(_near(colour.hex, c) for c in current)


def _near(a: str, b: str) -> bool:
    """Two #RRGGBB colours a marketer would call by one name (cyan for #00B4D8)."""
    try:
        x = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
        y = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    except (ValueError, IndexError):
        return False
    return sum((p - q) ** 2 for p, q in zip(x, y, strict=True)) ** 0.5 < 110


# "#ZZ12G9": written as a hex colour, but not one.
_BAD_HEX_RE = re.compile(r"(?<![\w#])#(?P<h>[0-9a-z]{2,8})\b", _I)
# "the colour of monday mornings", "colour: sunshine": a colour asked for by a name it doesn't have.
_COLOUR_VALUE_RE = re.compile(
    r"\b(?:colou?r|shade|hue)\s*(?:of|to|:|=|should\s+be|like)\s*(?:an?\s+|the\s+)?(?P<w>[^,.;!?]{2,40}?)\s*[.!]?\s*$",
    _I,
)
_NAMES_A_PART_RE = re.compile(
    r"^(?:the\s+|its\s+|our\s+)?(?:text|words|font|background|brand|logo|product|bottle|hook|cta|scene|palette|"
    r"something|anything|the\s+same|same|it|that|this|them|before|original|default)\b",
    _I,
)


def _not_a_colour(r: ClauseReaderBase, f: Frame) -> str | None:
    """Why a colour that was asked for can't be used (a bad hex value, a name that is no colour)."""
    bad = _BAD_HEX_RE.search(f.rest)
    if bad and not re.fullmatch(r"[0-9a-f]{3}|[0-9a-f]{6}", bad.group("h"), _I):
        return (
            f"“#{bad.group('h')}” isn't a colour: a hex colour is # and six digits 0–9 or A–F, like #FF5500."
        )
    named = _COLOUR_VALUE_RE.search(f.rest)
    if named is None:
        return None
    words = named.group("w").strip()
    if (
        _NAMES_A_PART_RE.match(words)
        or find_looks(words)
        or looks_like_value(words)
        or re.search(Q_TOKEN, words)
    ):
        return None
    return (
        f"I don't know the colour “{words}”; name a colour (like navy, coral or gold) "
        "or give a hex value like #FF5500."
    )


def _names(colors: list[Color]) -> str:
    return " and ".join(c.name.lower() if not c.name.startswith("#") else c.hex for c in colors)


def _place_colours(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    """Where the colours go: the first row of ``COLOUR_PLACES`` that takes them (its topic)."""
    for place in COLOUR_PLACES:
        topic = place(r, f, colors)
        if topic is not None:
            return topic or None
    return None


def _scene_ids(r: ClauseReaderBase, f: Frame) -> list[str]:
    return f.target.ids if f.target.ids is not None else [s.id for s in r.project.scenes]


def _text_and_scene(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    """ "make the hook blue with white text": the text's colour, and the scene's."""
    rest = f.rest
    for_text = [
        c
        for c in colors
        if _TEXT_AFTER_COLOR_RE.match(rest[c.end :]) or _TEXT_BEFORE_COLOR_RE.search(rest[: c.start])
    ]
    others = [c for c in colors if c not in for_text]
    if not (for_text and others) or BRAND_COLORS_RE.search(rest):
        return None
    for sid in _scene_ids(r, f):
        f.ch.overlay_of(sid)["color"] = for_text[0].hex
    if f.target.ids is None:
        f.ch.style["palette"] = dedupe([c.hex for c in others])[:8]
    for sid in f.target.ids or []:
        f.ch.scene_of(sid).setdefault("append", []).append(f"{_names(others)} background")
    return "overlay"


def _brand_colours(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    if not BRAND_COLORS_RE.search(f.rest):
        return None
    f.ch.brand["colors"] = _palette_of(r, f, colors, list(r.project.brand.colors))
    return "brand"


# "add a soft green to the palette", "work some navy into the colours", "palette: add gold": a
# colour joins the ones there, it does not replace them.
_JOINS_RE = re.compile(
    r"\b(?:add|adding|include|including|put|throw|mix|work|bring|slip|sneak|fold)\b[^.;!?]*?"
    r"\b(?:to|in|into|onto)\s+(?:the\s+|our\s+|my\s+|its\s+|this\s+|that\s+)?(?:(?:ad'?s?|current|existing|brand'?s?)\s+)?"
    r"(?:colou?r\s+palette|palette|colou?r\s+scheme|colou?r\s+mix|colou?rs|tones|hues)\b"
    r"|\b(?:palette|colou?r\s+scheme|colou?rs)\b\s*(?::|\+|plus)\s*(?:add\b|\+|plus\b)",
    _I,
)


def _palette_of(r: ClauseReaderBase, f: Frame, colors: list[Color], current: list[str]) -> list[str]:
    """The palette the colours make: themselves, or the current one with them added."""
    if not _JOINS_RE.search(f.rest):
        return _hexes(colors)
    return dedupe([c.upper() for c in current] + [c.hex for c in colors])[:8]


def _palette(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    """ "a navy and gold palette", "a pink background" for the whole ad."""
    overlay, background = f.has["overlay"], f.has["background"]
    named_palette = _PALETTE_RE.search(f.rest) and not overlay and not background
    if not (named_palette or (background and not overlay and f.target.ids is None)):
        return None
    f.ch.style["palette"] = _palette_of(r, f, colors, list(r.project.style.palette))
    return "style"


def _background_colour(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    if not (f.has["background"] and not f.has["overlay"]):
        return None
    for sid in f.target.ids or []:
        f.ch.scene_of(sid).setdefault("append", []).append(f"{_names(colors)} background")
    return "scene"


def _not_for_the_product(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    return "" if f.has["product"] else None  # the product has no colour to set: left unplaced


def _text_colour(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    """ "make the CTA gold", "yellow text": the text of the scenes named (or of every scene)."""
    if not (f.has["overlay"] or f.target.ids is not None):
        return None
    for sid in _scene_ids(r, f):
        f.ch.overlay_of(sid)["color"] = _hexes(colors)[0]
    return "overlay"


def _ad_palette(r: ClauseReaderBase, f: Frame, colors: list[Color]) -> str | None:
    f.ch.style["palette"] = _palette_of(r, f, colors, list(r.project.style.palette))
    return "style"


def _hexes(colors: list[Color]) -> list[str]:
    return dedupe([c.hex for c in colors])[:8]


# Where colours go, first row that takes them (a topic; "": read, but placed nowhere).
COLOUR_PLACES: tuple[Callable[[ClauseReaderBase, Frame, list[Color]], str | None], ...] = (
    _text_and_scene,
    _brand_colours,
    _palette,
    _background_colour,
    _not_for_the_product,
    _text_colour,
    _ad_palette,
)


# The words before a look word that make it the value being replaced, not the new one: "from
# calm to energetic", "energetic instead of calm". (cue, needs a look word after it)
OLD_VALUE_CUES: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(r"\bfrom\s+(?:the\s+|a\s+|an\s+|being\s+|so\s+)?$", re.I), True),
    (
        re.compile(
            r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+|a\s+|an\s+|being\s+)?$", re.I
        ),
        False,
    ),
)


def _new_values(text: str, looks: list[tuple[int, int, LookWord]]) -> list[tuple[int, int, LookWord]]:
    """The look words that are the new look, without the one being replaced."""
    kept = []
    for n, look in enumerate(looks):
        before = text[: look[0]]
        old = any(
            cue.search(before) and (not needs_next or n + 1 < len(looks))
            for cue, needs_next in OLD_VALUE_CUES
        )
        if not old:
            kept.append(look)
    return kept if kept else looks


def _plain_mood(value: str | None) -> str | None:
    """ "cosier", "dreamier", "calmer": a mood asked for as more of it is that mood ("cosy")."""
    if not value or " " in value.strip():
        return value
    word = value.strip()
    if word.lower().endswith("ier") and len(word) > 5:
        return word[:-3] + "y"
    if word.lower().endswith("er") and len(word) > 5 and is_english(word[:-2].lower()):
        return word[:-2]
    return value


# Lighting words that are moods as well: said of the mood ("make the mood more warm", "a warmer
# mood"), they set the mood, not the lighting.
MOOD_LIGHTS = frozenset({"warm", "dramatic"})
_OF_MOOD_RE = re.compile(r"\b(?:mood|vibe)\b", _I)
_OF_LIGHT_RE = re.compile(r"\b(?:light|lighting|lit|lights)\b", _I)


def _said_of_mood(rest: str, looks: list[tuple[int, int, LookWord]]) -> list[tuple[int, int, LookWord]]:
    """The look words, those of ``MOOD_LIGHTS`` read as the mood's when the clause names the mood
    and no light."""
    if not _OF_MOOD_RE.search(rest) or _OF_LIGHT_RE.search(rest):
        return looks
    return [
        (s, e, replace(w, field="mood") if w.field == "lighting" and w.value in MOOD_LIGHTS else w)
        for s, e, w in looks
    ]


_VOICE_RE = re.compile(r"\b(?:voice(?:[\s-]?over)?s?|vo|narrat(?:or|ion)|speaker)\b", _I)
# "can we get rid of the neon look", "lose the warm lighting": the look taken away, never set.
_REMOVED_LOOK_RE = re.compile(
    r"\b(?:get\s+rid\s+of|lose|drop|remove|ditch|kill|scrap|take\s+out|no\s+more|without|tone\s+down\s+all)\s+"
    r"(?:the\s+|that\s+|this\s+|all\s+(?:the\s+|that\s+)?)?(?P<w>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?P<kind>look|style|aesthetic|vibe|feel|lighting|light|filter|effect)s?\b",
    _I,
)
# What a look taken away leaves: the plain value of its field.
_PLAIN_LOOK = {"visual_style": "minimal", "lighting": "natural"}


def _removed_look(r: ClauseReaderBase, f: Frame) -> bool:
    """ "get rid of the neon look": the ad's look (or lighting) back to a plain one, when the words
    name what it is now; True when the clause was that."""
    m = _REMOVED_LOOK_RE.search(f.look_text)
    if m is None or f.target.ids is not None:
        return False
    words = [w for w in m.group("w").lower().split() if w not in ("whole", "current", "old", "new")]
    if not words:
        return False
    style = r.project.style
    fields = (
        ["lighting", "visual_style"]
        if m.group("kind").lower() in ("lighting", "light")
        else ["visual_style", "lighting"]
    )
    for field in fields:
        current = (style.lighting if field == "lighting" else style.visual_style) or ""
        if all(re.search(rf"\b{re.escape(w)}", current, _I) for w in words):
            f.ch.style[field] = _PLAIN_LOOK[field]
            f.topic = f.topic or "scene"
            return True
    # ("get rid of the vintage look" when the ad has none: never set it)
    f.problems.append(
        f"This ad has no {m.group('w')} {m.group('kind')} to remove: its look is {style.visual_style or 'plain'} "
        f"and its lighting {style.lighting or 'natural'}. Say which look it should have instead."
    )
    return True


def read_look(r: ClauseReaderBase, f: Frame) -> None:
    """Relative look words, lighting, visual style, mood and what the background shows."""
    if f.has["audio"] or f.has["product"] or (f.has["overlay"] and not f.has["background"]):
        return
    if _VOICE_RE.search(f.rest):
        return  # "the voiceover is so flat": the voice's sound, never the picture's look
    if _removed_look(r, f):
        return
    rest = blank(f.look_text, [m.span() for m in _REPLACED_LOOK_RE.finditer(f.look_text)])
    picture = background_value(rest)
    looks = [lk for lk in _new_values(rest, find_looks(rest)) if not _inside(picture, lk[0])]
    looks = _said_of_mood(rest, looks)
    typed = _MOOD_RE.search(rest)
    if typed and not re.search(r"\bmore\s*$", rest[typed.start() : typed.start("m")], _I):
        value = _OLD_VALUE_TAIL_RE.sub("", typed.group("m")).strip()
        if value and as_typed(value):
            # "change the mood to cheerful": that word, not the vocabulary's nearest mood.
            # ("mood to warm": "warm" is the mood's word here, not the lighting it names alone)
            looks = [lk for lk in looks if not typed.start("m") <= lk[0] < typed.end("m")]
            rest = (
                rest[: typed.start("m")]
                + value
                + " " * (len(typed.group("m")) - len(value))
                + rest[typed.end("m") :]
            )
    named = find_named_look(rest)
    if named is not None:  # "the luxury look": the named look, not the mood its word would set
        looks = [lk for lk in looks if lk[1] <= named[0] or lk[0] >= named[1]]
    if f.target.ids is None and not f.target.each and _PALETTE_RE.search(rest) and looks:
        # "warmer palette", "muted colours": the palette's colours move, not the lighting.
        palette = list(r.project.style.palette)
        for _, _, w in looks:
            palette = shifted_palette(palette, w.value) or palette
        if palette != list(r.project.style.palette):
            f.ch.style["palette"] = palette
            looks = [lk for lk in looks if shifted_palette(["#808080"], lk[2].value) is None]
    phrases = [w.scene_phrase for _, _, w in looks]
    style: dict[str, list[str]] = {}
    if named is not None:
        phrases.append(f"{named[2]} look")
        style["visual_style"] = [named[2]]
    for _, _, w in looks:
        style.setdefault(w.field, []).append(w.value)
    if f.lighting:
        phrases.append(f"{f.lighting} lighting")
        style.setdefault("lighting", []).append(f.lighting)
    rest_wo_looks = blank(rest, [(s, e) for s, e, _ in looks] + ([named[:2]] if named else []))
    if named is None:
        _named_style(rest_wo_looks, phrases, style)
    mm = _MOOD_RE.search(rest_wo_looks) or _MOOD_BEFORE_RE.search(rest_wo_looks)
    if mm and not looks:
        value = _plain_mood(text_value(mm.group("m"), r.quotes))
        if value:
            phrases.append(f"{value.lower()} mood")
            style.setdefault("mood", []).append(value.lower())
    if _whole_ad_background(r, f, rest):
        return
    if f.target.ids is not None:
        background = _scene_background(r, rest)
        for sid in f.target.ids:
            if background:
                f.ch.scene_of(sid)["background_prompt"] = background
            if phrases:
                f.ch.scene_of(sid).setdefault("append", []).extend(phrases)
    else:
        for field_name, values in style.items():
            f.ch.style[field_name] = ", ".join(dedupe(values))
    if f.ch.scene or f.ch.style:
        f.topic = f.topic or "scene"


def _named_style(rest: str, phrases: list[str], style: dict[str, list[str]]) -> None:
    like = _LOOK_LIKE_RE.search(rest)
    for vm in ([like] if like else []) + list(_STYLE_RE.finditer(rest)):
        groups = vm.groupdict()
        value = (groups.get("v") or groups.get("v2") or groups.get("v3") or "").strip().lower()
        if value and not find_looks(value) and not set(value.split()) & _STYLE_STOPWORDS:
            phrases.append(f"{value} style")
            style.setdefault("visual_style", []).append(value)
            return


def _background_words(r: ClauseReaderBase, fragment: str, *, trim: bool) -> str | None:
    words = _INSTEAD_TAIL_RE.sub("", " ".join(fragment.split()))
    words = text_value(_TRAILING_PREP_RE.sub("", words) if trim else words, r.quotes)
    if words and _ADDRESS_WORDS_RE.fullmatch(words.strip()):
        return None  # "the cta should have our website …": the words' address, no picture
    if words and _OFFER_WORDS_RE.match(words.strip()):
        return None  # "show 20% off in the cta": an offer's words, no picture
    if words and _STATE_WORDS_RE.match(words.strip()):
        return None  # "the text on the navy background is hard to read": how a thing is, no picture
    if words and not (looks_like_value(words) and not _pictures_something(words)):
        if not re.match(r"^(?:the\s+)?(?:product|text)\b", words, _I):
            return words
    return None


# "… background is hard to read", "… background are hard to see", "… background looks unreadable":
# a state of what is on it, never a picture (it was: the background became "hard to read")
_STATE_WORDS_RE = re.compile(
    r"(?:(?:is|are|was|were|'s|'re|looks?|seems?|feels?|gets?|getting)\s+)?(?:(?:a\s+bit|kind\s+of|kinda|really|"
    r"very|so|too|pretty|quite|super|way|a\s+little)\s+)*(?:hard|difficult|tough|impossible|tricky|easy|harder)\s+to\b"
    r"|(?:is|are|was|were|'s|'re|looks?|seems?|feels?)\s+(?:\w+\s+)?(?:unreadable|illegible|invisible|lost|"
    r"hidden|washed\s+out)\b|(?:unreadable|illegible)\b",
    _I,
)
_OFFER_WORDS_RE = re.compile(
    r"(?:(?:an?|the|our|a\s+flat)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|percent\b)|[$€£¥₹]\s?\d)", _I
)
_ADDRESS_WORDS_RE = re.compile(
    r"(?:(?:our|my|the|a|an|your)\s+)?(?:(?:instagram|insta|tiktok|twitter|x|facebook|ig)\s+)?"
    r"(?:web(?:site)?|web\s+address|url|link|handle|hashtag|promo\s+code|discount\s+code|code|phone\s+number)",
    _I,
)
# Words of a value that picture nothing: "a bit darker", "the top", "navy", "10 px".
_NOT_PICTURE_RE = re.compile(
    r"\b(?:a|an|the|some|bit|little|lot|more|less|very|really|way|much|and|or|colou?rs?|tones?|shades?|"
    r"top|bottom|center|centre|middle|left|right|bigger|smaller|larger|px|pt|background|one|please)\b|\d+%?|[^\w\s]",
    _I,
)


def _pictures_something(words: str) -> bool:
    """ "a navy wall", "a bright sunny beach": a thing is left once colours, look words and
    fillers are gone, so the words are a picture even though they start like a value."""
    spans = [(c.start, c.end) for c in find_colors(words)] + [(a, b) for a, b, _ in find_looks(words)]
    left = _NOT_PICTURE_RE.sub(" ", blank(words, spans))
    return any(len(w) >= 3 for w in left.split())


def _scene_background(r: ClauseReaderBase, rest: str) -> str | None:
    bm = _BG_TO_RE.search(rest) or _BG_SHOW_RE.search(rest)
    return _background_words(r, bm.group("x") or bm.group("x2"), trim=True) if bm else None


def _whole_ad_background(r: ClauseReaderBase, f: Frame, rest: str) -> bool:
    """ "every scene should show a snowy forest"; with no scene named, ask which one."""
    if f.target.ids is not None or not (f.target.each or not f.target.explicit):
        return False
    bm = _BG_TO_RE.search(rest) or (_BG_SHOW_RE.search(rest) if f.target.each else None)
    words = _background_words(r, bm.groupdict().get("x") or bm.group("x2"), trim=False) if bm else None
    if not words:
        return False
    if f.target.each:
        for scene in r.project.scenes:
            f.ch.scene_of(scene.id)["background_prompt"] = words
    else:
        scenes = join_words([r._label(s.id) for s in r.project.scenes], "or")
        f.questions.append(f"Which scene should show {words}: {scenes}?")
    return True


__all__ = ["background_value", "read_colours", "read_lighting", "read_look", "scene_place"]
