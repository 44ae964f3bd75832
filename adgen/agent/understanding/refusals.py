"""Requests adgen cannot carry out, with the reason and what it can do instead.

Part of :mod:`adgen.agent.understanding`. Two tables:

- ``UNSUPPORTED``: things adgen does not make ("a voiceover", "a 4:5 version"): a pattern and
  the one-line reason, naming the choices it does support;
- ``LIMITS``: the ranges of the document's numbers (CONTRACTS §1), used to turn a value out of
  range (from the parser or a validation error) into one sentence with the allowed range.

No raw validation message ("duration_sec: Input should be greater than or equal to 5") ever
reaches the marketer: :func:`friendly` writes it in their words.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from adgen.pipeline.types import Brief
from adgen.project import AD_MAX_SEC, AD_MIN_SEC, SCENE_MAX_SEC, SCENE_MIN_SEC
from adgen.tools.wording import invalid_value_sentence

UNSUPPORTED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), reason)
    for pattern, reason in (
        (
            r"\b(?:voice[\s-]?overs?|voiceovers?|narrat(?:ion|or|e)|spoken|speak(?:s|ing)?|read\s+out|announcer|jingle\s+with\s+lyrics|lyrics|singing)\b",
            "I can't add a voiceover or spoken words yet: the sound is music only. I can change the "
            "music's mood and volume, or put the words on screen.",
        ),
        (
            r"\b(?:4:5|5:4|4:3|3:4|21:9|2:3|3:2|9:21|1\.91:1)\b|\b(?:portrait\s+4|cinemascope|ultra[\s-]?wide)\b",
            "adgen makes 9:16 (vertical), 1:1 (square) and 16:9 (landscape); other aspect ratios aren't supported.",
        ),
        (
            r"\b(?:gif|mov|avi|webm|prores)\b",
            "adgen exports MP4 videos (H.264) in 9:16, 1:1 and 16:9; other formats aren't supported.",
        ),
        (
            r"\b(?:4k|8k|2160p|1440p|uhd|60\s*fps|120\s*fps)\b",
            "adgen renders at most 1080p (1080x1920, 1080x1080 and 1920x1080); say “render in full quality” for that.",
        ),
        (
            r"\b(?:my|our|a\s+specific|this|that|their)\s+(?:own\s+)?(?:song|track|mp3|tune|jingle)\b"
            r"|\b(?:song|track)\s+by\b|\blicensed\s+music\b|\bupload\s+(?:a\s+|the\s+)?(?:song|music|track)\b",
            "I can't use a specific song yet: the music is made for the ad from a mood. I can change the mood "
            "(calm, upbeat, epic, lo-fi…) and the volume.",
        ),
        (
            r"\btranslat(?:e|ion)\b",
            "I can't translate text; give me the words in that language (any script works) and I'll put them "
            "on screen.",
        ),
        (
            r"\b(?:qr\s*codes?|barcodes?|stickers?|watermarks?|(?:our|my|the|a)\s+logo\s+(?:image|file|in|on))\b",
            "I can't add images other than the product; each scene has its background, the product and one text.",
        ),
        (
            r"\b(?:subtitles?|closed\s+captions?)\b",
            "I can't add subtitles; each scene has one on-screen text, which I can change.",
        ),
        (
            r"\b(?:upload|post|publish)\s+(?:it\s+)?(?:to|on)\s+(?:instagram|tiktok|youtube|facebook|linkedin)\b",
            "I can't post to social networks; render the ad and download the videos to post them.",
        ),
    )
)

# field -> (low, high, what it is, how to say a value)
LIMITS: dict[str, tuple[float, float, str, str]] = {
    "ad_duration": (AD_MIN_SEC, AD_MAX_SEC, "An ad", "{:g} s"),
    "scene_duration": (SCENE_MIN_SEC, SCENE_MAX_SEC, "A scene", "{:g} s"),
    "font_size": (12, 200, "Text size", "{:g}"),
    "volume": (0.0, 1.0, "The music volume", "{:.0%}"),
    "scale": (0.1, 1.0, "The product's size", "{:.0%}"),
}
_FIELD_OF_LOC = {
    "duration_sec": "scene_duration",
    "durationSec": "scene_duration",
    "font_size": "font_size",
    "fontSize": "font_size",
    "volume": "volume",
    "scale": "scale",
}


def unsupported(text: str) -> str | None:
    """The reason adgen can't do what the text asks, or None."""
    for pattern, reason in UNSUPPORTED:
        if pattern.search(text):
            return reason
    return None


def out_of_range(kind: str, value: float, shown: str | None = None) -> str | None:
    """A sentence when ``value`` is outside the range of ``kind`` (a key of LIMITS), else None;
    ``shown`` is how the marketer wrote the value, when that reads better."""
    low, high, what, form = LIMITS[kind]
    if low - 1e-9 <= value <= high + 1e-9:
        return None
    length = "long" if "duration" in kind else ""
    range_words = f"{form.format(low)} to {form.format(high)}"
    if kind == "volume":
        range_words = "between 0 and 100 %"
    asked = shown or form.format(value)
    return f"{what} can be {range_words} {length}".replace("  ", " ").strip() + f"; {asked} is out of range."


def friendly(exc: ValidationError, *, operation: str | None = None) -> str:
    """One sentence about a refused value, in the marketer's words, with the allowed range."""
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if not isinstance(p, int)]
        field = next((f for f in reversed(loc) if f in _FIELD_OF_LOC), None)
        if field is None:
            continue
        kind = _FIELD_OF_LOC[field]
        if kind == "scene_duration" and (operation or exc.title) in ("set_duration", "SetDuration"):
            kind = "ad_duration"
        value = err.get("input")
        if isinstance(value, int | float):
            message = out_of_range(kind, float(value))
            if message:
                return message
        low, high, what, form = LIMITS[kind]
        return f"{what} must be between {form.format(low)} and {form.format(high)}."
    if any("string_too_short" in str(e.get("type")) for e in exc.errors()):
        return "The on-screen text can't be empty; give me the words to show."
    return invalid_value_sentence(exc)  # lengths, choices and the rest: the one wording for every front end


def brief_problem(brief: Brief) -> str | None:
    """Why a brief can't be planned (a length or scene count out of range), or None."""
    if brief.duration_sec is not None:
        problem = out_of_range("ad_duration", brief.duration_sec)
        if problem:
            return problem
    count = getattr(brief, "scene_count", None)
    if count is not None and not 3 <= count <= 12:
        return f"A new ad has 3 to 12 scenes; {count} was asked for."
    return None


def describe_error(exc: Any) -> str:
    """Any refusal as one sentence (validation errors rewritten, other messages kept)."""
    if isinstance(exc, ValidationError):
        return friendly(exc)
    return str(exc)


__all__ = [
    "LIMITS",
    "UNSUPPORTED",
    "brief_problem",
    "describe_error",
    "friendly",
    "out_of_range",
    "unsupported",
]
