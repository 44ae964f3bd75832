"""Values inside a marketer's message: colours, durations, numbers.

Part of the offline parser (:mod:`adgen.agent.understanding.message`). Everything here is pure and
deterministic; every regex is compiled once at import.

Quoted texts are in :mod:`adgen.agent.understanding.quotes` (re-exported here).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from adgen.agent.understanding.colour_codes import NAMED_SHADES
from adgen.agent.understanding.quotes import (  # noqa: F401 (re-exported for the readers)
    PLACEHOLDER_MARK,
    PLACEHOLDER_RE,
    Quoted,
    mask_quotes,
    placeholder,
    text_value,
    unmask,
)

# --- numbers ----------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
NUMBER_WORD_PATTERN = (
    rf"(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
NUMBER_PATTERN = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORD_PATTERN})"

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
}
ORDINAL_PATTERN = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
)


def number_value(token: str) -> float:
    """A number written in digits ("2", "1.5", "1,5") or words ("two", "twenty-five")."""
    t = token.strip().lower()
    if t and (t[0].isdigit()):
        return float(t.replace(",", "."))
    total = 0
    for part in re.split(r"[\s-]+", t):
        total += NUMBER_WORDS[part]
    return float(total)


def ordinal_value(token: str) -> int:
    t = token.strip().lower()
    if t in ORDINALS:
        return ORDINALS[t]
    return int(re.match(r"\d+", t).group(0))  # type: ignore[union-attr]


def round_half_up(value: float, digits: int = 0) -> float:
    """Round halves away from zero (0.625 -> 0.63), unlike Python's banker's rounding."""
    scale = 10**digits
    return math.floor(value * scale + 0.5 + 1e-9) / scale


# --- shares and multiples -------------------------------------------------------------------

# "cut it by a third", "a quarter off", "two-thirds as loud", "down by a fifth": a share of a
# value, taken off, added, or kept. The shares as said (a space or a hyphen inside either way).
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "a half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "a fourth": 0.25,
    "three quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "two fifths": 0.4,
    "a tenth": 0.1,
}
SHARE_PATTERN = (
    "(?P<share>"
    + "|".join(sorted((k.replace(" ", r"[\s-]+") for k in FRACTIONS), key=len, reverse=True))
    + ")"
)


def share_of(words: str) -> float:
    """The share ``words`` say ("two-thirds" 2/3, "a fifth" 0.2)."""
    return FRACTIONS[" ".join(re.split(r"[\s-]+", words.lower().strip()))]


# "1.5x", "4x bigger", "3 times as long", "twice": a multiple said as a number of times (number
# words before "times" are digits by then: see numerals).
_TIMES_RE = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:x|times)(?![\w])|\b(?P<twice>twice)\b|\b(?P<thrice>thrice)\b", re.I
)


@dataclass(frozen=True)
class Times:
    start: int
    end: int
    factor: float


def find_times(text: str) -> Times | None:
    """The first multiple said as so many times ("1.5x" 1.5, "3 times" 3, "twice" 2), or None."""
    m = _TIMES_RE.search(text)
    if m is None:
        return None
    factor = 2.0 if m.group("twice") else 3.0 if m.group("thrice") else float(m.group("n"))
    return Times(m.start(), m.end(), factor)


# --- durations ------------------------------------------------------------------------------

_SEC_UNIT = r"(?:seconds?|secs?|s)"
_MIN_UNIT = r"(?:minutes?|mins?)"
_HOUR_UNIT = r"(?:hours?|hrs?)"
_DURATION_RE = re.compile(
    rf"(?P<half_min>\bhalf[\s-](?:a[\s-])?minute\b)"
    rf"|(?P<half_sec>\bhalf\s+a\s+second\b)"
    rf"|(?P<min_half>\b(?:a|one|1)\s+minute\s+and\s+a\s+half\b)"
    # ("a second and a half longer", "another sec and a half": 1.5 s)
    rf"|(?P<sec_half>(?:\b(?:a|one|1)\s+|(?<=\banother\s))(?:second|sec)\s+and\s+a\s+half\b)"
    # ("shave 500ms off", "250 milliseconds": thousandths of a second)
    rf"|(?P<ms>(?<![\w.])(?P<msn>\d+(?:[.,]\d+)?)\s*(?:ms|msecs?|millisecs?|milliseconds?)(?!\w))"
    rf"|(?P<n_half>\b(?P<nh>{NUMBER_PATTERN})\s+and\s+a\s+half\s+(?P<nh_unit>{_MIN_UNIT}|{_SEC_UNIT})\b)"
    rf"|(?P<couple>\ba\s+couple\s+(?:of\s+)?(?P<cmore>more\s+|extra\s+)?{_SEC_UNIT}\b)"
    rf"|(?P<a_min>\b(?:a|one)[\s-]minute\b)"
    rf"|(?P<a_sec>\ba\s+(?:second|sec)\b(?=\s+(?:longer|shorter|more|less|extra|off)\b)|(?<=\bby\s)a\s+(?:second|sec)\b)"
    rf"|(?P<colon>(?<![\d:])0?:(?P<colon_sec>[0-5]\d)\b)"
    rf"|(?P<num>(?<![\w.])(?P<n>{NUMBER_PATTERN})\s*-?\s*(?P<more>(?:more|extra|additional)\s+)?(?:(?:whole|full|entire|total)\s+)?"
    rf"(?P<unit>{_HOUR_UNIT}|{_MIN_UNIT}|{_SEC_UNIT})(?![\w]))",
    re.I,
)


# "retro 80s synth", "a 1980s arcade look", "'90s vibe": a decade, not a length. A two-digit
# decade needs a sign of one: an apostrophe, a word for old times before it, or one of these after.
DECADE_AFTER = (
    "retro",
    "synth\\w*",
    "disco",
    "vhs",
    "neon",
    "vibes?",
    "looks?",
    "style",
    "aesthetics?",
    "feel",
    "arcade",
    "vintage",
    "fashion",
    "film",
    "music",
    "pop",
    "rock",
    "grunge",
    "glam",
    "nostalgi\\w*",
    "inspired",
    "era",
    "kids?",
    "tv",
)
_DECADE_RE = re.compile(
    r"(?:(?<![\w.])(?:19|20)[0-9]0s(?!\w))"
    r"|(?:(?:['’]|\b(?:retro|vintage|old[\s-]school|throwback|late|early|mid)[\s-])[1-9]0s(?!\w))"
    rf"|(?:(?<![\w.])[1-9]0s[\s-]+(?:{'|'.join(DECADE_AFTER)})\b)",
    re.I,
)


def _decades(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DECADE_RE.finditer(text)]


@dataclass(frozen=True)
class Duration:
    start: int
    end: int
    seconds: float
    more: bool = False  # "3 more seconds": added to the current length


# Words that are only about a length ("half as long", "longer", "20 seconds"): what has no length
# (the music, the voice, the product) is never what "it" means in them.
_LENGTH_WORD_RE = re.compile(
    r"\b(?:long|longer|shorter|shorten|lengthen|length|duration|runtime|running\s+time)\b", re.I
)


def speaks_of_length(text: str) -> bool:
    """ "make it half as long", "make it 20 seconds": the clause asks for a length, which only the
    ad and its scenes have ("make the music calmer" then "make it half as long" is the ad's)."""
    return bool(_LENGTH_WORD_RE.search(text) or find_durations(text))


def find_durations(text: str) -> list[Duration]:
    """Every duration in the text, in order; "1 minute 30 seconds" is one duration of 90 s."""
    found: list[Duration] = []
    decades = _decades(text)
    for m in _DURATION_RE.finditer(text):
        if any(a <= m.start() < b for a, b in decades):
            continue  # "retro 80s synth": a decade
        if m.group("half_min"):
            sec = 30.0
        elif m.group("half_sec"):
            sec = 0.5
        elif m.group("min_half"):
            sec = 90.0
        elif m.group("sec_half"):
            sec = 1.5
        elif m.group("ms"):
            sec = number_value(m.group("msn")) / 1000
        elif m.group("n_half"):
            base = number_value(m.group("nh")) + 0.5
            sec = base * 60 if m.group("nh_unit").lower().startswith("m") else base
        elif m.group("a_sec"):
            sec = 1.0
        elif m.group("couple"):
            sec = 2.0
        elif m.group("a_min"):
            sec = 60.0
        elif m.group("colon"):
            sec = float(m.group("colon_sec"))
        else:
            value = number_value(m.group("n"))
            unit = m.group("unit").lower()
            sec = value * 3600 if unit.startswith("h") else value * 60 if unit.startswith("m") else value
        more = bool(m.group("more") or m.group("cmore"))  # "a couple more seconds": 2 s added
        start, end = m.span()
        if re.search(r"[ \t(]-$", text[:start]) and not more:
            sec = -sec  # "make the hook -2 seconds": a negative length (refused), not 2 s
            start = text.rindex("-", 0, start)
        if (
            found
            and text[found[-1].end : start].strip().lower() in ("", "and")
            and (found[-1].seconds % 60 == 0 and sec < 60)
        ):
            prev = found.pop()
            found.append(Duration(prev.start, end, prev.seconds + sec))
            continue
        found.append(Duration(start, end, sec, more))
    return found


# --- colours --------------------------------------------------------------------------------

# CSS values where the name is a CSS colour, so the LLM path (which tends to answer with CSS
# hex values) and this table agree.
COLOR_NAMES: dict[str, str] = {
    "red": "#FF0000",
    "dark red": "#8B0000",
    "crimson": "#DC143C",
    "scarlet": "#FF2400",
    "maroon": "#800000",
    "burgundy": "#800020",
    "wine": "#722F37",
    "ruby": "#E0115F",
    "pink": "#FFC0CB",
    "hot pink": "#FF69B4",
    "light pink": "#FFB6C1",
    "magenta": "#FF00FF",
    "fuchsia": "#FF00FF",
    "rose": "#FF007F",
    "blush": "#DE5D83",
    "purple": "#800080",
    "violet": "#EE82EE",
    "lavender": "#E6E6FA",
    "lilac": "#C8A2C8",
    "plum": "#DDA0DD",
    "indigo": "#4B0082",
    "navy": "#000080",
    "navy blue": "#000080",
    "blue": "#0000FF",
    "dark blue": "#00008B",
    "royal blue": "#4169E1",
    "sky blue": "#87CEEB",
    "light blue": "#ADD8E6",
    "baby blue": "#89CFF0",
    "cobalt": "#0047AB",
    "azure": "#007FFF",
    "midnight blue": "#191970",
    "steel blue": "#4682B4",
    "teal": "#008080",
    "turquoise": "#40E0D0",
    "cyan": "#00FFFF",
    "aqua": "#00FFFF",
    "mint": "#98FF98",
    "mint green": "#98FF98",
    "green": "#008000",
    "dark green": "#006400",
    "forest green": "#228B22",
    "lime": "#00FF00",
    "lime green": "#32CD32",
    "olive": "#808000",
    "emerald": "#50C878",
    "sage": "#9CAF88",
    "khaki": "#F0E68C",
    "yellow": "#FFFF00",
    "gold": "#FFD700",
    "golden": "#FFD700",
    "mustard": "#FFDB58",
    "amber": "#FFBF00",
    "orange": "#FFA500",
    "dark orange": "#FF8C00",
    "coral": "#FF7F50",
    "peach": "#FFE5B4",
    "salmon": "#FA8072",
    "apricot": "#FBCEB1",
    "tangerine": "#F28500",
    "brown": "#A52A2A",
    "tan": "#D2B48C",
    "beige": "#F5F5DC",
    "cream": "#FFFDD0",
    "ivory": "#FFFFF0",
    "sand": "#C2B280",
    "terracotta": "#E2725B",
    "copper": "#B87333",
    "bronze": "#CD7F32",
    "white": "#FFFFFF",
    "off white": "#FAF9F6",
    "off-white": "#FAF9F6",
    "black": "#000000",
    "charcoal": "#36454F",
    "grey": "#808080",
    "gray": "#808080",
    "light grey": "#D3D3D3",
    "light gray": "#D3D3D3",
    "dark grey": "#A9A9A9",
    "dark gray": "#A9A9A9",
    "silver": "#C0C0C0",
    "slate": "#708090",
}
COLOR_NAMES.update(NAMED_SHADES)  # "Tiffany blue", "Coca-Cola red", "powder blue" (:mod:`colour_codes`)

# Shades not in the table: "light"/"pale"/"pastel" mix the base with white, "dark"/"deep" with black.
_LIGHTEN = {"light", "pale", "pastel"}
_DARKEN = {"dark", "deep"}
# "a soft green", "muted red", "dusty pink": the colour made gentler, never the ad's lighting or look.
_SOFTEN = {"soft", "muted", "dusty", "faded"}

# Every colour name as an alternation, longest first, a space or hyphen inside a name either way
# ("navy blue", "navy-blue"); shared with the tables that spot a colour word in a sentence.
COLOR_NAMES_PATTERN = "|".join(
    re.escape(n).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
    for n in sorted(COLOR_NAMES, key=len, reverse=True)
)

# "Black Friday" is a day of sales, never a colour ("blakc friday: end card '…'" set the text black).
# ("Black Friday: cta 'Up to 40% off'", "our Green Monday promo": the name of a sales day, no colour)
_NOT_A_DAY = r"(?![\s-]+(?:friday|monday)\b)"
# A colour as the readers take it, without groups, for other tables' patterns ("make the logo navy").
COLOR_WORD = (
    r"(?:#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z])"
    rf"|\b(?:(?:light|pale|pastel|dark|deep|bright|soft|muted|dusty|faded)[\s-])?(?:{COLOR_NAMES_PATTERN})\b{_NOT_A_DAY})"
)
_COLOR_RE = re.compile(
    r"(?P<hex>#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z]))"
    rf"|\b(?:(?P<shade>light|pale|pastel|dark|deep|bright|soft|muted|dusty|faded)[\s-])?(?P<name>{COLOR_NAMES_PATTERN})\b{_NOT_A_DAY}",
    re.I,
)


@dataclass(frozen=True)
class Color:
    start: int
    end: int
    hex: str
    name: str  # as the marketer wrote it (a hex value for hex)


def hue_distance(a: str, b: str) -> float:
    """How far apart two colours look, by hue first (0-180 degrees), then by lightness and
    saturation: the brand colour a marketer means by "our brand pink"."""
    import colorsys

    def hsv(hex_value: str) -> tuple[float, float, float]:
        return colorsys.rgb_to_hsv(*(int(hex_value[i : i + 2], 16) / 255 for i in (1, 3, 5)))

    (h1, s1, v1), (h2, s2, v2) = hsv(a), hsv(b)
    turn = abs(h1 - h2) * 360
    return min(turn, 360 - turn) * min(s1, s2) + 100 * (abs(s1 - s2) + abs(v1 - v2))


def _mix(hex_value: str, target: int, amount: float) -> str:
    channels = [int(hex_value[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (target - c) * amount) for c in channels]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def normalise_hex(value: str) -> str:
    v = value.lstrip("#").upper()
    if len(v) == 3:
        v = "".join(c * 2 for c in v)
    return "#" + v


def find_colors(text: str) -> list[Color]:
    """Every colour named or written as hex (#abc, #aabbcc), in order, as #RRGGBB."""
    found: list[Color] = []
    for m in _COLOR_RE.finditer(text):
        if m.group("hex"):
            found.append(Color(m.start(), m.end(), normalise_hex(m.group("hex")), m.group("hex")))
            continue
        name = re.sub(r"[\s-]+", " ", m.group("name").lower())
        shade = (m.group("shade") or "").lower()
        full = f"{shade} {name}".strip()
        if full in COLOR_NAMES:
            value = COLOR_NAMES[full]
        elif name in COLOR_NAMES:
            value = COLOR_NAMES[name]
            if shade in _LIGHTEN:
                value = _mix(value, 255, 0.45)
            elif shade in _DARKEN:
                value = _mix(value, 0, 0.4)
            elif shade in _SOFTEN:
                value = _mix(value, 160, 0.35)
        else:  # "off white" written "off-white" etc.
            value = COLOR_NAMES.get(name.replace(" ", "-"), "#808080")
        found.append(Color(m.start(), m.end(), value, m.group(0)))
    return _hue_suffixes_joined(text, found)


# "sage green", "charcoal grey", "olive green": a named colour with its hue after it is one colour
# (read as two, "brand colours sage green and sand" gave the brand three colours).
_HUE_SUFFIXES = frozenset(
    {"red", "orange", "yellow", "green", "blue", "purple", "pink", "grey", "gray", "brown"}
)


def _hue_suffixes_joined(text: str, found: list[Color]) -> list[Color]:
    joined: list[Color] = []
    for colour in found:
        before = joined[-1] if joined else None
        if (
            before is not None
            and colour.name.lower() in _HUE_SUFFIXES
            and not before.name.startswith("#")
            and before.name.lower().split()[-1] not in _HUE_SUFFIXES | {"white", "black"}
            and re.fullmatch(r"[\s-]", text[before.end : colour.start])
        ):
            joined[-1] = Color(before.start, colour.end, before.hex, text[before.start : colour.end])
            continue
        joined.append(colour)
    return joined


# Hue ranges (degrees, upper bound) and their plain names, for saying a colour in a sentence.
_HUE_NAMES = (
    (15, "red"),
    (40, "orange"),
    (68, "yellow"),
    (160, "green"),
    (190, "teal"),
    (250, "blue"),
    (290, "purple"),
    (335, "pink"),
    (360, "red"),
)


def colour_name(hex_value: str) -> str:
    """A plain name for a #RRGGBB colour ("#FFBE0B" -> "yellow", "#1F3A5F" -> "blue")."""
    import colorsys

    r, g, b = (int(hex_value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    if light > 0.93 or (sat < 0.15 and light > 0.8):
        return "white"
    if light < 0.12:
        return "black"
    if sat < 0.15:
        return "grey"
    degrees = hue * 360
    name = next(n for upper, n in _HUE_NAMES if degrees < upper)
    if name in ("orange", "red") and light < 0.35:
        return "brown" if name == "orange" else "dark red"
    if name == "red" and light > 0.75:
        return "pink"
    return name


# --- positions ------------------------------------------------------------------------------

POSITION_WORDS = {"centre": "center", "centered": "center", "centred": "center", "middle": "center"}
POSITION_RE = re.compile(
    r"\b(?:to|at|on|in|towards?|into)\s+(?:the\s+)?(?:very\s+)?(?P<a>top|bottom|center|centre|middle|left|right)"
    r"(?:\s+(?:of\s+the\s+(?:screen|frame|video)|side|part|edge|third))?\b"
    # ("from the bottom of the frame to the top": where it is now is no place to put it)
    r"|\b(?P<b>left|right)[\s-](?:side|aligned|align)\b|(?<!from\s)(?<!from\sthe\s)\b(?P<c>centre|center|centered|centred)\b"
    # ("keep the cta text out of the bottom UI": the place it should leave, no place to put it)
    r"|(?<!from\s)(?<!from\sthe\s)(?<!out\sof\sthe\s)(?<!off\sthe\s)(?<!clear\sof\sthe\s)(?<!away\sfrom\sthe\s)"
    r"\b(?P<d>top|bottom)\b",
    re.I,
)
