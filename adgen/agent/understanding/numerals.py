"""Numbers written as words, before a unit, read as digits: "make scene three six seconds long",
"hook text ten points bigger", "a two-second hook", "like four sec".

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
The readers of lengths, sizes and percentages read digits; a few also read some number words,
each its own few. Found by a metamorphic check (the development sets' readable messages with
their numbers spelled out must read the same): 5 of 42 did not, and one of them was a wrong edit
("maek the hook longer, like four sec" moved the hook after the showcase). Rewriting the number
words once, here, before any reader, makes every reader read both.

Only a number word before a unit (seconds, points, pixels, percent, scenes, times) or after
"scene" is rewritten: "one with a calm mood and one with a bold one", "the first one", "a
one-off" keep their words. Nothing in a quote changes, nor anything after the start of a text
typed without quotes ("the cta should say Two seconds to glow").
"""

from __future__ import annotations

import re

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.idiom_complaints import about_ish
from adgen.agent.understanding.values import NUMBER_WORD_PATTERN, number_value

_UNIT = (
    r"(?:secs?|seconds?|s|pts?|points?|px|pixels?|percent|per\s+cent|%|scenes?|shots?|slides?|times|"
    r"minutes?|mins?)"
)
_BEFORE_UNIT_RE = re.compile(rf"\b(?P<n>{NUMBER_WORD_PATTERN})(?P<gap>\s*-\s*|\s+)(?={_UNIT}\b|%)", re.I)
# "font size sixty", "text size to forty-eight": a number word as a size's value.
_SIZE_NUMBER_RE = re.compile(
    rf"\b(?P<scene>(?:font|text)\s+size\s+(?:(?:to|of|at)\s+)?|(?:font|text)\s+(?:to|at)\s+)(?P<n>{NUMBER_WORD_PATTERN})\b(?![\s-]+(?:hundred|thousand)\b)",
    re.I,
)
_SCENE_NUMBER_RE = re.compile(rf"\b(?P<scene>scene\s+)(?P<n>{NUMBER_WORD_PATTERN})\b", re.I)


# "a thousand", "two hundred": before a unit, or as the value of a size or level ("font size a
# thousand", "music at two hundred percent"), in digits, so the range checks read them.
_BIG_RE = re.compile(
    r"\b(?P<m>a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>hundred|thousand)\b", re.I
)
_BIG_BEFORE_RE = re.compile(r"\b(?:size|font|volume|level|pitch|speed|to|at)\s+$", re.I)


# "one point five seconds", "1 point 5x", "two point five": a decimal said in words, in digits
# (it read "five seconds" alone: 5 s shorter for 1.5 s).
_DIGIT_WORDS = {
    w: str(int(number_value(w)))
    for w in ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}
_POINT_RE = re.compile(
    rf"\b(?P<whole>\d+|{NUMBER_WORD_PATTERN})\s+point\s+(?P<tenth>\d|zero|one|two|three|four|five|six|seven|eight|nine)\b",
    re.I,
)


def _point(match: re.Match[str]) -> str:
    tenth = match.group("tenth").lower()
    return f"{int(number_value(match.group('whole')))}.{_DIGIT_WORDS.get(tenth, tenth)}"


def _big(match: re.Match[str], text: str) -> str:
    if not (
        re.match(rf"\s*(?:{_UNIT}\b|%)", text[match.end() :], re.I)
        or _BIG_BEFORE_RE.search(text[: match.start()])
    ):
        return match.group(0)
    many = 1 if match.group("m").lower() in ("a", "one") else number_value(match.group("m"))
    return str(int(many * (100 if match.group("u").lower() == "hundred" else 1000)))


def _digits(match: re.Match[str]) -> str:
    return str(int(number_value(match.group("n"))))


def with_numerals(masked: str) -> str:
    """``masked`` with the number words before a unit or after "scene" in digits, up to where
    a text typed without quotes may start."""
    end = text_cue_end(masked)
    request, copy = masked[:end], masked[end:]
    request = about_ish(request)  # "twenty-ish seconds": about twenty
    request = _POINT_RE.sub(_point, request)
    request = _BIG_RE.sub(lambda m: _big(m, request), request)
    request = _BEFORE_UNIT_RE.sub(lambda m: _digits(m) + m.group("gap"), request)
    request = _SCENE_NUMBER_RE.sub(lambda m: m.group("scene") + _digits(m), request)
    request = _SIZE_NUMBER_RE.sub(lambda m: m.group("scene") + _digits(m), request)
    return request + copy


__all__ = ["with_numerals"]
