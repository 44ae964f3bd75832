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
"pictuer", "slied", "voise", "frist", "lsat") are read first, by :func:`plain_slip` (the typo
step's rapidfuzz matching over :data:`PLAIN_VOCABULARY`), as the typo step comes later than this
one. Only an open ad's requests are rewritten: a brief keeps its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from adgen.agent.understanding.normaliser import (
    ANALYTIC_COMPARATIVES,
    SHORTHAND,
    in_dictionary,
    is_english,
    slip,
)

_I = re.I

# The words the rows below and the scene readers place them with. Their slips ("writting",
# "pictuer", "slied", "voise", "frist", "lsat") are read first, by the typo step's own matching
# (:func:`plain_slip`), as that step runs after this one.
PLAIN_VOCABULARY: tuple[str, ...] = (
    "writing",
    "picture",
    "slide",
    "voice",
    "first",
    "second",
    "last",
    "beginning",
    "bottom",
    "small",
    "still",
    "the",
)
_WORD_RE = re.compile(r"\b[A-Za-z]{3,}\b")

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|last|final|opening|closing|middle|next|end|ending|"
    r"\d(?:st|nd|rd|th))"
)
# What may follow "the film" when it is the ad (never "a film look", "the film grain").
_NOT_FILM_LOOK = r"(?!\s+(?:look|grain|stock|style|noir|feel|effect|camera|poster|still)\b)"

# (pattern, replacement): one row per plain word.
# "great, the opening shot looks even darker than yesterday", "now the music is even louder": how
# it is now, said as a complaint (never a wish for more of it): "too dark", "too loud". Only with
# "even" or a "than" that points back in time ("the hook looks darker than before"), read on the
# whole message (praise after it, "…, nice", says it is what was wanted).
_BASE_OF = {v: k for k, v in ANALYTIC_COMPARATIVES.items()}
_EVEN_MORE_NOW_RE = re.compile(
    r"(?P<v>\b(?:is|are|looks?|seems?|feels?|sounds?|got|gets|has\s+gotten|has\s+got|became|is\s+getting)|(?<=\w)'s)"
    rf"\s+(?:now\s+)?(?:(?P<even>even|somehow)\s+)?(?:(?P<deg>way|much|far|a\s+lot|a\s+bit|a\s+little|slightly)\s+)?"
    rf"(?P<c>{'|'.join(_BASE_OF)})\b"
    r"(?P<than>\s+than\s+(?:before|yesterday|last\s+time|ever|it\s+was|the\s+last\s+(?:one|version|cut)"
    # ("it's darker than I expected": more than was wanted)
    r"|(?:i|we)\s+(?:expected|thought|wanted|hoped|imagined|asked\s+for|pictured)))?"
    r"(?=\s*(?:now\b|$|[,.!?;:]|(?:and|but|somehow|again)\b))",
    re.I,
)
_PRAISED_AFTER_RE = re.compile(
    r"^[^.!?]*?\b(?:nice|love\s+it|perfect|great|good|better|lovely|brilliant|awesome|exactly|spot\s+on)\b",
    re.I,
)


def _too_now(m: re.Match[str]) -> str:
    if not (m.group("even") or m.group("than")) or _PRAISED_AFTER_RE.match(m.string[m.end() :]):
        return m.group(0)
    degree = f"{m.group('deg')} " if m.group("deg") else ""
    return f"{m.group('v')} {degree}too {_BASE_OF[m.group('c').lower()]}"


_PIDGIN_ING = {
    "rush": "rushing",
    "run": "running",
    "mumble": "mumbling",
    "shout": "shouting",
    "blast": "blasting",
    "fly": "flying",
    "talk": "talking",
    "speak": "speaking",
    "play": "playing",
}
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
    # Nigerian Pidgin "dey" before a verb: "is …ing" ("the voice dey rush too much": is rushing);
    # before a state: "is" ("the music dey too loud")
    (
        re.compile(r"\bdey\s+(rush|run|mumble|shout|blast|fly|talk|speak|play)\b", _I),
        lambda m: "is " + _PIDGIN_ING[m.group(1).lower()],
    ),
    (
        re.compile(
            r"\bdey\s+(?=(?:too|so|very|small|big|loud|quiet|dark|bright|long|short|fast|slow)\b)", _I
        ),
        "is ",
    ),
    (_EVEN_MORE_NOW_RE, _too_now),
    # "the text in the problem scene is not at all visible only", "the cta words aren't readable":
    # words that cannot be made out, as "hard to read" (it was no request at all)
    (
        re.compile(
            r"\b((?:text|words|caption|copy|headline|lettering|writing)\b[^.,;!?]{0,40}?)\s*\b(?:is|are|'s)\s*(?:not|n't)\s+"
            r"(?:at\s+all\s+|really\s+|even\s+|properly\s+|clearly\s+|very\s+|easily\s+)?(?:visible|readable|legible)"
            r"(?:\s+at\s+all)?(?:\s+only)?\b",
            _I,
        ),
        r"\1 is hard to read",
    ),
    # "prepone the rating card before the demo" (Indian English: bring earlier): "move", where the
    # place it goes is said (read before "the card before the demo" names a scene by its neighbour)
    (
        re.compile(
            r"\bprepone(?=\s+[^.;!?]*?\b(?:before|ahead\s+of|in\s+front\s+of|to\s+(?:the\s+)?(?:start|beginning|front))\b)",
            _I,
        ),
        "move",
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
    text = _WORD_RE.sub(_unslipped, text)
    for pattern, meaning in PLAIN_WORDS:
        text = pattern.sub(meaning, text)
    return without_life_story(text)


@lru_cache(maxsize=4096)
def plain_slip(typed: str) -> str | None:
    """The one word of :data:`PLAIN_VOCABULARY` ``typed`` is a slip of, or None: never a dictionary
    word ("fist", "slid", "vice") or one of these words with an ending, and for words of up to four
    letters only the usual slips (a letter dropped, two swapped: "lsat", "teh", "smal"), as "ths"
    may as well be "this"."""
    word = typed.lower()
    if word in SHORTHAND:  # "teh", "frist": the typo step's own rows
        return SHORTHAND[word] if SHORTHAND[word] in PLAIN_VOCABULARY else None
    if word in PLAIN_VOCABULARY or in_dictionary(word) or word.startswith(PLAIN_VOCABULARY):
        return None  # a word ("slid", "fist") or an ending on one of these ("pictures", "lastly")
    limit = 1 if len(word) <= 6 or is_english(word) else 2  # "sliding" is no slip of "slide"
    near = process.extract(word, PLAIN_VOCABULARY, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if len(near) != 1 or (len(word) <= 4 and slip(word, near[0][0])):
        return None
    return near[0][0]


def _unslipped(m: re.Match[str]) -> str:
    meant = plain_slip(m.group(0))
    return m.group(0) if meant is None else _cased(meant, m.group(0))


def _cased(word: str, typed: str) -> str:
    return word.capitalize() if typed[:1].isupper() else word


__all__ = ["PLAIN_VOCABULARY", "PLAIN_WORDS", "plain_slip", "plain_words"]
