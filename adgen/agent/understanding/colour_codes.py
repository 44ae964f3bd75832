"""Colours written as codes or by a brand's name: "rgb(0,128,255)", "Pantone 485", "Tiffany blue".

Part of :mod:`adgen.agent.understanding` (round thirty-three c, dev24's brand-kit crowd: "Pantone
485 please, that's the red on our invitations" turned the whole palette pure red; "text colour
rgb(0,128,255)" changed nothing; "could it be Tiffany blue?" set the palette #0000FF). The readers
know colour names and hex values only, so a code is written as the hex value it stands for before
any of them reads the message (:func:`codes_as_hex`):

- ``rgb(r, g, b)`` / ``rgba(r, g, b, a)`` (0-255 each, or percentages) is exactly its hex value;
  a channel out of range is left as written.
- ``Pantone N`` (or "PMS N", "N C") is its coated value from ``PANTONE_COATED``, Pantone's own
  published sRGB values for a few common coated colours. A number not in the table, or an
  uncoated/textile one ("485 U", "18-1750 TCX"), is never guessed: :func:`unknown_pantone` makes
  the question asking for its hex value.
- "that's the red on our invitations" after a code is the code's description, never a second
  colour: a plain colour word of the code's own hue family right after it is dropped.

``NAMED_SHADES`` are shades and brand colours by name ("Tiffany blue", "Coca-Cola red", "powder
blue"); :mod:`values` adds them to ``COLOR_NAMES``, so every table that spots a colour word knows them.
"""

from __future__ import annotations

import colorsys
import re

# Shades named by a thing or a brand, with their usual published values (CSS where the name is a
# CSS colour; the brand's own guideline value otherwise).
NAMED_SHADES: dict[str, str] = {
    "tiffany blue": "#81D8D0",
    "powder blue": "#B0E0E6",
    "cornflower blue": "#6495ED",
    "dodger blue": "#1E90FF",
    "electric blue": "#7DF9FF",
    "klein blue": "#002FA7",
    "international klein blue": "#002FA7",
    "baby pink": "#F4C2C2",
    "barbie pink": "#DA1884",
    "bottle green": "#006A4E",
    "racing green": "#004225",
    "british racing green": "#004225",
    "neon green": "#39FF14",
    "burnt orange": "#CC5500",
    "coca cola red": "#F40009",  # (a hyphen reads as a space: "Coca-Cola red")
    "coke red": "#F40009",
    "ferrari red": "#D40000",
    "netflix red": "#E50914",
    "cadbury purple": "#330072",
    "facebook blue": "#1877F2",
    "twitter blue": "#1DA1F2",
    "ikea blue": "#0058A3",
    "ikea yellow": "#FFDA1A",
    "starbucks green": "#00704A",
    "spotify green": "#1DB954",
    "whatsapp green": "#25D366",
    "john deere green": "#367C2B",
    # Colours named by a thing in front of the colour word ("pillar-box red", "mustard yellow"):
    # read as a plain name the thing was dropped or, worse, read as a scene's words.
    "pillar box red": "#DA202A",
    "post box red": "#DA202A",
    "postbox red": "#DA202A",
    "pillarbox red": "#DA202A",
    "letterbox red": "#DA202A",
    "letter box red": "#DA202A",
    "royal mail red": "#DA202A",
    "fire engine red": "#CE2029",
    "fire truck red": "#CE2029",
    "london bus red": "#DA291C",
    "bus red": "#DA291C",
    "tomato red": "#FF6347",
    "cherry red": "#D2042D",
    "blood red": "#8A0303",
    "brick red": "#CB4154",
    "lipstick red": "#C41E3A",
    "mustard yellow": "#E1AD01",
    "lemon yellow": "#FFF44F",
    "canary yellow": "#FFEF00",
    "sunflower yellow": "#FFC512",
    "sunshine yellow": "#FFFD37",
    "golden yellow": "#FFDF00",
    "butter yellow": "#FFFD74",
    "banana yellow": "#FFE135",
    "grass green": "#3F9B0B",
    "pea green": "#8EAB12",
    "sea green": "#2E8B57",
    "sage green": "#9CAF88",
    "emerald green": "#50C878",
    "jade green": "#00A86B",
    "pine green": "#01796F",
    "moss green": "#8A9A5B",
    "kelly green": "#4CBB17",
    "apple green": "#8DB600",
    "ocean blue": "#4F42B5",
    "sea blue": "#006994",
    "cobalt blue": "#0047AB",
    "duck egg blue": "#C3E4E8",
    "petrol blue": "#005F6A",
    "denim blue": "#1560BD",
    "slate grey": "#708090",
    "slate gray": "#708090",
    "charcoal grey": "#36454F",
    "charcoal gray": "#36454F",
    "dove grey": "#6D6C6C",
    "battleship grey": "#848482",
    "battleship gray": "#848482",
    "ash grey": "#B2BEB5",
    "stone grey": "#928E85",
    "chocolate brown": "#7B3F00",
    "coffee brown": "#6F4E37",
    "pumpkin orange": "#FF7518",
    "traffic cone orange": "#FF7518",
    "royal purple": "#7851A9",
    "salmon pink": "#FF91A4",
    "bubblegum pink": "#FFC1CC",
    "snow white": "#FFFAFA",
    "jet black": "#0A0A0A",
    "pitch black": "#000000",
}

# Pantone Matching System, coated (C): Pantone's published sRGB values. Only these are converted;
# any other number is asked about.
PANTONE_COATED: dict[str, str] = {
    "021": "#FE5000",
    "032": "#EF3340",
    "072": "#10069F",
    "109": "#FFD100",
    "116": "#FFCD00",
    "123": "#FFC72C",
    "151": "#FF8200",
    "185": "#E4002B",
    "186": "#C8102E",
    "199": "#D50032",
    "219": "#DA1884",
    "286": "#0033A0",
    "293": "#003DA5",
    "300": "#005EB8",
    "347": "#009A44",
    "354": "#00B140",
    "355": "#009639",
    "485": "#DA291C",
    "2685": "#330072",
    "2728": "#0047BB",
    "3005": "#0077C8",
    "reflex blue": "#001489",
    "process blue": "#0085CA",
    "warm red": "#F9423A",
    "rubine red": "#CE0058",
    "rhodamine red": "#E10098",
    "black": "#2D2926",
}

_NUM = r"\d{1,3}(?:\.\d+)?%?"
_RGB_RE = re.compile(
    rf"\brgba?\s*\(\s*(?P<r>{_NUM})\s*[,\s]\s*(?P<g>{_NUM})\s*[,\s]\s*(?P<b>{_NUM})"
    r"(?:\s*[,/]\s*[\d.]+%?)?\s*\)",
    re.I,
)
_PANTONE_NAMES = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in PANTONE_COATED if not n.isdigit())
_PANTONE_RE = re.compile(
    r"\b(?:pantone|pms)\s*(?:no\.?\s*|number\s+|#\s*)?"
    rf"(?P<code>\d{{2}}-\d{{4}}|\d{{3,4}}|{_PANTONE_NAMES})"
    r"(?:\s*(?P<kind>c|cp|u|up|m|coated|uncoated|tcx|tpx|tpg)\b)?",
    re.I,
)
_FAMILY_WORDS = r"red|orange|yellow|green|teal|blue|purple|pink|white|black|grey|gray"
# "Pantone 485 please, that's the red on our invitations", "#DA291C (our red)", "354 – the green one"
_GLOSS_RE = re.compile(
    rf"(?P<lead>[\s,;:(–—-]+(?:please[\s,]+)?(?:(?:that'?s|that\s+is|it'?s|which\s+is|i\.e\.?|aka|our|the)\s+)+"
    rf"(?:(?:brand|same|exact)\s+)?)(?P<word>{_FAMILY_WORDS})\b",
    re.I,
)


def _channel(token: str) -> int | None:
    value = float(token.rstrip("%"))
    if token.endswith("%"):
        value = value * 255 / 100
    return round(value) if 0 <= value <= 255 else None


def _rgb_hex(m: re.Match[str]) -> str | None:
    channels = [_channel(m.group(k)) for k in "rgb"]
    if any(c is None for c in channels):
        return None
    return "#" + "".join(f"{c:02X}" for c in channels if c is not None)


def _pantone_hex(m: re.Match[str]) -> str | None:
    kind = (m.group("kind") or "c").lower()
    if kind not in {"c", "cp", "coated"}:
        return None
    return PANTONE_COATED.get(re.sub(r"\s+", " ", m.group("code").lower()))


def _family(hex_value: str) -> str:
    r, g, b = (int(hex_value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if v < 0.2:
        return "black"
    if s < 0.15:
        return "white" if v > 0.85 else "grey"
    hue = h * 360
    for top, name in (
        (15, "red"),
        (45, "orange"),
        (70, "yellow"),
        (165, "green"),
        (190, "teal"),
        (255, "blue"),
    ):
        if hue < top:
            return name
    return "purple" if hue < 290 else "pink" if hue < 340 else "red"


def _without_gloss(text: str, at: int, hex_value: str) -> str:
    """The text with "that's the red …" right after a code at ``at`` dropped when it names the
    code's own hue (a different colour word stays: it may be a second request)."""
    gloss = _GLOSS_RE.match(text, at)
    if gloss is None:
        return text
    word = gloss.group("word").lower().replace("gray", "grey")
    near = {_family(hex_value)} | ({"teal", "blue"} if _family(hex_value) in {"teal", "blue"} else set())
    near |= {"red", "pink"} if _family(hex_value) in {"red", "pink"} else set()
    if word not in near:
        return text
    return text[: gloss.start("word")] + "one" + text[gloss.end("word") :]


def codes_as_hex(text: str) -> str:
    """``text`` with every rgb()/rgba() value and every known coated Pantone number written as
    its #RRGGBB value; anything else unchanged."""
    out = text
    for pattern, convert in ((_RGB_RE, _rgb_hex), (_PANTONE_RE, _pantone_hex)):
        while True:
            found = next((m for m in pattern.finditer(out) if convert(m)), None)
            if found is None:
                break
            value = convert(found) or ""
            out = out[: found.start()] + value + out[found.end() :]
            out = _without_gloss(out, found.start() + len(value), value)
    return out


def unknown_pantone(text: str) -> str | None:
    """The question for a Pantone number this table cannot convert exactly, else None."""
    for m in _PANTONE_RE.finditer(text):
        if _pantone_hex(m) is None:
            said = " ".join(m.group(0).split())
            return (
                f"I don't have an exact screen value for {said}. What's its hex code (like #DA291C) "
                "or RGB value? Your brand guide usually lists it next to the Pantone number."
            )
    return None


__all__ = ["NAMED_SHADES", "PANTONE_COATED", "codes_as_hex", "unknown_pantone"]
