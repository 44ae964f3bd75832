"""The everyday words an owner who never made an ad uses for its parts, in the parser's own words:
"the writing" is a scene's text, "the last picture" or "slide 4" a scene, "the film" the ad,
"the tune" the music, "the talking lady" the voice-over.

Part of :mod:`adgen.agent.understanding`. A bakery's owner writes "PLEASE MAKE THE LAST WRITING
SAY 'OPEN 7 DAYS'" or "could the talking be a bit slower"; read as typed, the first asked which
scene, and the second set the whole ad's length ("slower" of nothing the parser knew). Each row
of :data:`PLAIN_WORDS` rewrites one such word into the word the scene, text, music and voice
readers already know, only where it surely names that part ("the first picture", "slide 2",
"the writing on …"), never where it is the word's own sense ("a picture of a beach", "the
middle of the picture", "tune it down", "a film look"). Their commonest slips ("writting",
"pictuer", "slied", "voise", "frist", "lsat") are read first, by :data:`SLIPS`, as the typo step
comes later than this one. Only an open ad's requests are rewritten: a brief keeps its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.I

# Slips of these words and of the words that place them, read before the rows below (the typo
# step runs after them). Each is no English word.
SLIPS: dict[str, str] = {
    "writting": "writing",
    "wrting": "writing",
    "writeing": "writing",
    "wirting": "writing",
    "writng": "writing",
    "wrtiting": "writing",
    "pictuer": "picture",
    "pitcure": "picture",
    "picutre": "picture",
    "pciture": "picture",
    "picure": "picture",
    "slied": "slide",
    "sldie": "slide",
    "voise": "voice",
    "vocie": "voice",
    "frist": "first",
    "fisrt": "first",
    "lsat": "last",
    "lasst": "last",
    "begining": "beginning",
    "beggining": "beginning",
    "secnd": "second",
    "teh": "the",
    "hte": "the",
    "smal": "small",
    "stil": "still",
    "botom": "bottom",
    "bottem": "bottom",
}
_SLIP_RE = re.compile(r"\b(" + "|".join(SLIPS) + r")\b", _I)

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|last|final|opening|closing|middle|next|end|ending|"
    r"\d(?:st|nd|rd|th))"
)
# What may follow "the film" when it is the ad (never "a film look", "the film grain").
_NOT_FILM_LOOK = r"(?!\s+(?:look|grain|stock|style|noir|feel|effect|camera|poster|still)\b)"

# (pattern, replacement): one row per plain word.
PLAIN_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "the first writing", "the green writing on the last slide", "the writing on the 2nd picture":
    # a scene's text (only after a determiner and up to two words: "in writing" stays)
    (
        re.compile(
            r"\b(?P<d>the|that|this|its|their)\s+(?P<w>(?:[\w-]+\s+){0,2}?)writing\b(?!\s+(?:style|desk)\b)",
            _I,
        ),
        r"\g<d> \g<w>text",
    ),
    # "the writing at the start of the film", "the words at the end": the opening or closing scene's text
    (
        re.compile(
            r"\bthe\s+(?:text|words|writing)\s+at\s+the\s+(?:very\s+)?(?:start|beginning)(?:\s+of\s+(?:the|this)\s+(?:ad|film|video))?\b(?!\s+of\b)",
            _I,
        ),
        "the opening text",
    ),
    (
        re.compile(
            r"\bthe\s+(?:text|words|writing)\s+at\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:the|this)\s+(?:ad|film|video))?\b(?!\s+of\b)",
            _I,
        ),
        "the ending text",
    ),
    # "the line about the studios", "the writing about cold brew": the text with those words
    (
        re.compile(
            r"\bthe\s+(?P<n>line|text|words|writing|caption)\s+(?:about|mentioning|that\s+mentions)\s+(?:the\s+|our\s+)?"
            r"(?P<w>[\w'-]+(?:\s+(?!(?:should|shall|is|are|needs?|must|to|goes|go|looks?|feels?|and|or|on|in|at|could|can|"
            r"would|will|be|please)\b)[\w'-]+)?)",
            _I,
        ),
        r"the \g<w> line",
    ),
    # "the last picture", "the very first picture", "the 2nd slide": the scene in that place
    (
        re.compile(
            rf"\b(?P<d>the|that|this)\s+(?P<o>(?:very\s+)?{_ORDINAL})\s+(?:picture|slide|image)\b", _I
        ),
        r"\g<d> \g<o> scene",
    ),
    # "picture 2": scene 2 ("slide 4" is read by the scene readers themselves)
    (re.compile(r"\bpicture\s+(?=\d\b)", _I), "scene "),
    # "how long the whole film is", "the film is too long": the ad
    (
        re.compile(
            rf"\b(?P<d>the|this|our|my|that)\s+(?P<w>(?:whole|entire|full|little)\s+)?film\b{_NOT_FILM_LOOK}",
            _I,
        ),
        r"\g<d> \g<w>ad",
    ),
    # "the tune": the music (a noun after its article: "tune it down" stays)
    (re.compile(r"\b(?P<d>the|this|that|our|my)\s+tune\b", _I), r"\g<d> music"),
    # "the talking", "the talking lady", "the lady talking": the voice-over
    (
        re.compile(
            r"\b(?P<d>the|that|this)\s+(?:talking(?:\s+(?:lady|woman|man|guy|bit|part|voice))?|"
            r"(?:lady|woman|man|guy|person|narrator)\s+(?:talking|speaking))\b",
            _I,
        ),
        r"\g<d> voice",
    ),
    # "the narrator should read a bit more slowly", "can the voiceover read it faster": how the
    # voice speaks (a pace), never words a scene should say ("read" once asked which scene)
    (
        re.compile(
            r"\b(?P<v>voice|voiceover|voice-over|narrator|narration|announcer|vo)\s+(?P<m>(?:should|could|can|must|"
            r"needs?\s+to|has\s+to|ought\s+to|to)\s+)?read(?P<s>s)?(?:ing)?(?:\s+(?:it|that|this|the\s+(?:lines?|script|text)))?"
            r"\s+(?P<i>(?:(?:a\s+(?:bit|little|touch|tad)|much|way|far|slightly|somewhat|too|way\s+too|far\s+too|much\s+too|a\s+bit\s+too)\s+)?)(?:more\s+)?"
            r"(?P<p>slow(?:er|ly)?|fast(?:er)?|quick(?:er|ly)?|rapidly)\b",
            _I,
        ),
        lambda m: (
            f"{m.group('v')} {m.group('m') or ''}speak{m.group('s') or ''} {m.group('i')}"
            + ("slower" if m.group("p").lower().startswith("slow") else "faster")
            if "too" not in m.group("i").lower().split()
            else f"{m.group('v')} is too " + ("slow" if m.group("p").lower().startswith("slow") else "fast")
        ),
    ),
    # "the voice gabbles", "the voice rattles on": it speaks too fast
    (
        re.compile(
            r"\b(?P<v>voice|voiceover|voice-over|narrator|narration)\s+(?:gabbles|gabbled|babbles|"
            r"rattles\s+(?:on|through\s+it)|races|gallops)\b",
            _I,
        ),
        r"\g<v> is too fast",
    ),
    # "the end feels rushed", "the end is hurried": the closing scene wants more time
    (
        re.compile(
            r"\bthe\s+end\b(?=\s+(?:feels|felt|is|was|seems|looks)\s+(?:(?:a\s+bit|so|too|really|very|kind\s+of|kinda)\s+)?(?:rushed|hurried)\b)",
            _I,
        ),
        "the ending",
    ),
    # "slide 2 is depressing": too dark ("dreary", "gloomy" are the mood's, read by the look readers)
    (
        re.compile(
            r"\b(?:is|looks|feels|seems)\s+(?:(?:kind\s+of|kinda|sort\s+of|sorta|a\s+bit|rather|quite|very|so|too|really)\s+)?depressing\b",
            _I,
        ),
        "is too dark",
    ),
)


# "I'm a retired schoolteacher and this shop is my little dream come true, so please forgive me if I
# use the wrong words.": a sentence about the writer, asking nothing ("little" is no size). Only a
# whole sentence with one of these words, naming no part of the ad, before another sentence.
_ABOUT_ME_RE = re.compile(
    r"\b(?:forgive\s+me|bear\s+with\s+me|excuse\s+my|pardon\s+my|dream\s+come\s+true|"
    r"not\s+(?:very\s+|too\s+|so\s+)?(?:good|great|clever)\s+with\s+(?:computers|technology|tech|these\s+things|this)|"
    r"new\s+to\s+(?:all\s+)?(?:this|computers|technology)|(?:reading\s+)?glasses\s+(?:are|is)\s+(?:at\s+home|upstairs|in\s+the\s+car)|"
    r"my\s+eyes\s+(?:aren'?t|are\s+not)\s+what\s+they\s+(?:were|used\s+to\s+be))\b",
    _I,
)
_AD_PART_RE = re.compile(
    r"\b(?:text|writing|scenes?|pictures?|slides?|music|tune|voice|colou?rs?|ad|film|video|seconds?|"
    r"bigger|smaller|longer|shorter|louder|quieter|brighter|darker|say|says|logo|product|background)\b|\ue000",
    _I,
)
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+\s*|$)")


def without_life_story(text: str) -> str:
    """``text`` without the sentences that only tell about the writer ("I'm a retired
    schoolteacher …, so please forgive me if I use the wrong words.", "My reading glasses are at
    home."), when a request is left."""
    sentences = [m.group(0) for m in _SENTENCE_RE.finditer(text)]
    if "".join(sentences) != text:
        return text
    kept = [s for s in sentences if not (_ABOUT_ME_RE.search(s) and not _AD_PART_RE.search(s))]
    return "".join(kept).rstrip() if kept and len(kept) < len(sentences) else text


def plain_words(text: str) -> str:
    """``text`` with an owner's everyday words for the parts of an ad said as the parser says them."""
    text = _SLIP_RE.sub(lambda m: _cased(SLIPS[m.group(1).lower()], m.group(1)), text)
    for pattern, meaning in PLAIN_WORDS:
        text = pattern.sub(meaning, text)
    return without_life_story(text)


def _cased(word: str, typed: str) -> str:
    return word.capitalize() if typed[:1].isupper() else word


__all__ = ["PLAIN_WORDS", "SLIPS", "plain_words"]
