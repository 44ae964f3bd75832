""" "The ukulele louder", "the guitar a bit quieter", "piano's too loud": the music's volume, said
by the instrument the music is played on.

Part of :mod:`adgen.agent.understanding` (round thirty-five c). The instrument's name was read as
a new music mood ("the guitar quieter" set acoustic music as well as the volume). The offline music
is one track, so its instrument louder is the music louder, when the ad's music is that instrument
or names none; when it names another instrument the words are left as they are.
"""

from __future__ import annotations

import re

from adgen.project import AdProject

# (the instrument's words, how a music mood names it)
_INSTRUMENTS: dict[str, str] = {
    "guitar": r"guitar|acoustic|folk",
    "piano": r"piano|keys",
    "ukulele": r"ukulele|uke",
    "strings": r"strings|violin|orchestra|orchestral|cinematic",
    "violin": r"strings|violin|orchestra|orchestral",
    "banjo": r"banjo|country|bluegrass",
    "sax": r"sax|saxophone|jazz",
    "synth": r"synth|electronic|edm|synthwave",
    "drums": r"drums?|percussion",
}
_ANY_INSTRUMENT_RE = re.compile(
    r"\b(?:guitars?|piano|keys|ukulele|uke|strings|violins?|orchestra\w*|banjo|sax\w*|synth\w*|drums?|percussion|"
    r"acoustic|folk|jazz|electronic|edm|country|bluegrass|cinematic)\b",
    re.I,
)
_WORD = {
    "guitars": "guitar",
    "uke": "ukulele",
    "violins": "violin",
    "saxophone": "sax",
    "synths": "synth",
    "drum": "drums",
}
_AMOUNT = r"(?:(?:a\s+(?:bit|little|touch|tad|lot)|slightly|way|much|even|far|kinda|a\s+little\s+bit)\s+)?"
_VOLUME_WORDS = (
    rf"{_AMOUNT}(?:louder|quieter|softer|lower|up|down)\b"
    rf"|(?:is|are|'s|sounds?|feels?)\s+{_AMOUNT}(?:too\s+)?(?:loud|quiet|soft|faint)\b"
    rf"|too\s+(?:loud|quiet|soft|faint)\b"
)
_INSTRUMENT_RE = re.compile(
    r"\b(?P<the>the\s+|that\s+|this\s+)?(?P<inst>guitars?|piano|ukulele|uke|strings|violins?|banjo|sax(?:ophone)?|"
    rf"synths?|drums?)(?='?s?\s+(?:{_VOLUME_WORDS}))",
    re.I,
)


def instrument_as_music(masked: str, project: AdProject | None) -> str:
    """``masked`` with "the ukulele" said of a volume written as "the music", when the ad's music
    is played on it or names no instrument."""
    if project is None:
        return masked
    mood = project.audio.mood or ""

    def music(m: re.Match[str]) -> str:
        word = m.group("inst").lower()
        word = _WORD.get(word, word)
        if _ANY_INSTRUMENT_RE.search(mood) and not re.search(rf"\b(?:{_INSTRUMENTS[word]})\b", mood, re.I):
            return m.group(0)  # ("the guitar quieter" of a piano track: not this)
        return "the music"

    return _INSTRUMENT_RE.sub(music, masked)


__all__ = ["instrument_as_music"]
