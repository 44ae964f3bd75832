"""Less of a colour: "less orange overall", "way too much red", "tone down the green".

A colour named as the thing there is too much of is the one the palette should lose, not the
new palette: these used to set the palette to that very colour, and "the orange is overpowering,
tone it down" turned the music down. The colours of the palette close to the named one (by hue,
or by lightness for white, black and grey) are taken out; when none is, or every one is, the
reader asks which colours the ad should use, naming the palette, instead of guessing.
"""

from __future__ import annotations

import colorsys
import re

from adgen.agent.understanding.clause import ClauseReaderBase, Frame, dedupe
from adgen.agent.understanding.values import Color, find_colors

_I = re.IGNORECASE

# The words before a colour that make it the one there is too much of ("less orange", "lose
# some of the red", "tone down the green", "too orange").
_LESS_BEFORE_RE = re.compile(
    r"\b(?:less|fewer|too\s+much|so\s+much|way\s+too|too|overly|(?:get\s+)?rid\s+of|lose|remove|ditch|"
    r"cut\s+(?:back\s+)?(?:on\s+)?|tone\s+down|dial\s+(?:back|down)(?:\s+on)?|reduce|minimi[sz]e|"
    r"no\s+more|not\s+(?:so|as)\s+much|less\s+of)\s+"
    r"(?:(?:some|most|all|a\s+bit|a\s+little)\s+(?:of\s+)?)?(?:the\s+|that\s+|this\s+|all\s+the\s+)?$",
    _I,
)
# ... or after it ("the orange is a bit overpowering", "dial the orange back", "orange is too much").
_LESS_AFTER_RE = re.compile(
    r"^\s*(?:(?:tones?|hues?|shades?|colou?r)\s+)?(?:(?:is|'s|are|feels?|looks?|seems?)\s+(?:\w+\s+){0,3}?"
    r"(?:overpowering|overwhelming|too\s+(?:much|strong|loud|bright|intense)|over\s+the\s+top|a\s+lot|way\s+much)\b"
    r"|(?:back|down)\b)",
    _I,
)
# A clause about a part of the ad (its text, a scene's background, the brand) is not the palette.
_A_PART_RE = re.compile(
    r"\b(?:text|words|font|caption|captions|headline|button|background|backdrop|brand|logo|product|"
    r"lighting|light|music|song|track|volume|voice)\b",
    _I,
)


def _hsv(hex_value: str) -> tuple[float, float, float]:
    r, g, b = (int(hex_value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)


def _is_like(candidate: str, named: str) -> bool:
    """The palette colour reads as the named one: the same family of hue, or of lightness."""
    h1, s1, v1 = _hsv(candidate)
    h2, s2, v2 = _hsv(named)
    if s2 < 0.15:  # white, grey, black: by lightness
        return s1 < 0.15 and abs(v1 - v2) < 0.25
    if s1 < 0.2 or v1 < 0.2:
        return False
    distance = abs(h1 - h2) * 360
    return min(distance, 360 - distance) <= 30


def _too_much_of(rest: str) -> list[Color]:
    return [
        c
        for c in find_colors(rest)
        if not c.name.startswith("#")
        and (_LESS_BEFORE_RE.search(rest[: c.start]) or _LESS_AFTER_RE.match(rest[c.end :]))
    ]


def read_fewer_colours(r: ClauseReaderBase, f: Frame) -> None:
    """The palette without the colours there is too much of, or a question naming the palette."""
    if f.target.ids is not None or f.has["brand"] or f.has["overlay"] or f.has["background"]:
        return
    named = _too_much_of(f.rest)
    if not named or _A_PART_RE.search(f.rest):
        return
    palette = [c.upper() for c in r.project.style.palette]
    kept = [p for p in palette if not any(_is_like(p, c.hex) for c in named)]
    words = " and ".join(c.name.lower() for c in named)
    listed = ", ".join(palette)
    if kept and len(kept) < len(palette):
        f.ch.style["palette"] = dedupe(kept)
    elif kept:
        f.questions.append(
            f"There is no {words} in the palette ({listed}). Which colours should the ad use? "
            "Name them, like “navy and cream”."
        )
    else:
        f.questions.append(
            f"The whole palette is {words} ({listed}). Which colour should take its place? "
            "Name one, like “navy” or “#1F3A5F”."
        )
    f.topic = f.topic or "style"
    f.rest = " " * len(f.rest)  # read: no later step takes the colour or "tone it down" again
