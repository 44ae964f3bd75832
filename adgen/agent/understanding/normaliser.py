"""Typos and chat shorthand made readable: "pls mkae the cta txt biger" -> "please make the cta
text bigger".

Part of :mod:`adgen.agent.understanding`. Two steps, both word by word:

1. ``SHORTHAND``: a table of chat shorthand and its meaning ("pls" -> "please", "tbh" -> "",
   "n" between two words -> "and"). Adding a shorthand is adding a row.
2. Typos: a word that is neither in the parser's vocabulary nor an English word (the GCIDE
   word list of the ``english-words`` package, with plural and -ed/-ing endings) nor a word of
   the current ad (its brand, brief and texts) is replaced by the closest vocabulary word when
   one is close enough: at most one edit (a transposition counts as one) for words
   of up to six letters, two for longer ones; ties go to the most similar, then to the word
   listed first. Matching is `rapidfuzz`'s, over :data:`vocabulary.WORDS`.

Never inside quotes (they are masked before this runs), never after a word that starts
literal text ("say …", "called …", "CTA: …"), never on a capitalised word inside a sentence
(a name), never on a brief (product and brand names are not typos).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.named_looks import BRAND_WORDS
from adgen.agent.understanding.platforms import platform_names
from adgen.agent.understanding.quotes import PLACEHOLDER_RE
from adgen.agent.understanding.vocabulary import COMMON_WORDS, WORDS

SHORTHAND: dict[str, str] = {
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "pleae": "please",
    "txt": "text",
    "musci": "music",  # (an English word to the word list, never meant)
    "moosic": "music",  # (said as it sounds, two slips from the word; round thirty-five c)
    "teh": "the",
    "hte": "the",
    "tbh": "",
    "imo": "",
    "ngl": "",
    "fyi": "",
    "btw": "",
    "lol": "",
    "rn": "now",
    "thx": "thanks",
    "thanx": "thanks",
    "ty": "thanks",
    "u": "you",
    "ur": "your",
    "cn": "can",
    "cud": "could",
    "wud": "would",
    "vid": "video",
    "vids": "videos",
    "pic": "photo",
    "bg": "background",
    "b4": "before",
    "abt": "about",
    "w/": "with",
    "w/o": "without",
    "whats": "what's",
    "wats": "what's",
    "hows": "how's",
    "wheres": "where's",
    "lemme": "let me",
    "aswell": "as well",  # ("ordr card txt blak aswell": round thirty-six a, dev26)
    "gimme": "give me",
    "wanna": "want to",
    "gonna": "going to",
    "kinda": "kind of",
    "sorta": "sort of",
    "lets": "let's",
    "dont": "don't",
    "cant": "can't",
    "isnt": "isn't",
    "doesnt": "doesn't",
    "sec": "second",
    "secs": "seconds",
    "mins": "minutes",
    "msg": "message",
    "cta's": "cta's",
    "idk": "",
    "dunno": "",
    "hw": "how",
    "wat": "what",
    "wat's": "what's",
    "r": "are",
    "wut": "what",
    "shld": "should",
    "shd": "should",
    "shud": "should",
    "wld": "would",
    "cld": "could",
    "wht": "what",
    "lil": "little",
    "alt": "alternative",
    "alts": "alternatives",
    # dictionary words that are, in a chat about an ad, "meant" and "wait" mistyped
    "ment": "meant",
    "mant": "meant",
    "wati": "wait",
    "ppl": "people",
    "iz": "is",
    "tho": "though",
    "nvm": "never mind",
    "nm": "never mind",
    # "und": German "and" or a typo of it, never a three-letter "undo" (which edits).
    "und": "and",
    # Typos that happen to be (rare) dictionary words, so the fuzzy step would keep them.
    "orang": "orange",
    "whit": "white",
    "wite": "white",
    # (round 33 b) "nobdy can raed it": read, never the colour red
    "raed": "read",
    "nobdy": "nobody",  # (round 26 f: "end crad txt in wite pls")
    "swich": "switch",
    # Archaic dictionary words that are an instruction word with two letters swapped.
    "frist": "first",
    "thrid": "third",
    "dorp": "drop",
    "veery": "every",
    "gery": "grey",
    "erd": "red",
    "tael": "teal",
    "grene": "green",
    "dobule": "double",
    "tripel": "triple",
    "fele": "feel",
    "b/c": "because",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bcuz": "because",
    "bcoz": "because",
    # (round twenty-five: slips the fuzzy step leaves, being as near another word)
    "moar": "more",
    "littel": "little",
    "litle": "little",
    "lil'": "little",
    "smal": "small",
    "longr": "longer",
    "shortr": "shorter",
    "loudr": "louder",
    "biger": "bigger",
}
# Shorthand spelled out in the message itself, before anything reads it, up to where a text typed
# without quotes may start: the steps that take words as typed after a colon ("one w/ pink CTA
# text", "background: a rooftop w/ a glass of cold brew") would otherwise keep it.
SPELLED_OUT: dict[str, str] = {
    "w/": "with",
    "w/o": "without",
}
_SPELLED_OUT_RE = re.compile(
    r"(?<![\w/])(" + "|".join(re.escape(k) for k in sorted(SPELLED_OUT, key=len, reverse=True)) + r")(?=\s)",
    re.I,
)
# Shorthand that is only shorthand between two words ("black n white", "hook n cta").
_BETWEEN_WORDS = {"n": "and", "nd": "and", "&": "and"}
# Typos that are words of the dictionary, read as the instruction they stand for only where the
# next word makes that the one reading ("ad a voiceover", "swich scenes 2 and 3").
BEFORE_WORD: dict[str, tuple[str, re.Pattern[str]]] = {
    "ad": ("add", re.compile(r"\s+(?:a|an|another|some|the|more|back)\b", re.I)),
    "swop": ("swap", re.compile(r"\s+(?:the|scenes?|them|it)\b", re.I)),
}

# Comparatives as learners of English write them ("more low", "too much loud"): the English
# comparative, one row per adjective.
ANALYTIC_COMPARATIVES: dict[str, str] = {
    "low": "lower",
    "high": "higher",
    "loud": "louder",
    "quiet": "quieter",
    "big": "bigger",
    "small": "smaller",
    "little": "smaller",  # ("make text more little": smaller)
    "large": "larger",
    "short": "shorter",
    "long": "longer",
    "bright": "brighter",
    "dark": "darker",
    "fast": "faster",
    "slow": "slower",
    "warm": "warmer",
    "cool": "cooler",
    "soft": "softer",
    "strong": "stronger",  # ("the music is too much strong": too loud, read by :mod:`audio`)
}
_ANALYTIC_RE = re.compile(
    rf"\bmore\s+({'|'.join(ANALYTIC_COMPARATIVES)})\b(?=\s*(?:$|[,.!?;]|(?:please|pls|for|and|than|now|in|on)\b))",
    re.I,
)
_TOO_MUCH_RE = re.compile(rf"\btoo\s+much\s+(?=(?:{'|'.join(ANALYTIC_COMPARATIVES)})\b)", re.I)


# Typos that are words of their own, read as the typo only in these places: (pattern, meaning).
TYPO_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "turn of the captions": "off"
    (
        re.compile(
            r"\b(turn|switch)\s+of\b(?=\s+(?:the|all|it|them|captions?|subtitles|music|voice|sound)\b)", re.I
        ),
        r"\1 off",
    ),
    # non-native English (round twenty-eight g): "how much long is the video?" asks how long, "the
    # musics are too strong" says the music is too loud
    (re.compile(r"\bhow\s+much\s+(?=(?:long|big|loud|fast|slow|tall|wide)\b)", re.I), "how "),
    (re.compile(r"\bmusics\b", re.I), "music"),
    # slang and plain words for a verdict (round twenty-eight g): "the hook is mid tbh" is "meh";
    # text "kinda invisible on the mint" is hard to see
    (
        re.compile(
            r"\b(is|are|'s|was|were|feels?|looks?|seems?)\s+((?:so|kinda|lowkey|honestly|pretty|kind\s+of|a\s+bit|"
            r"super|very|really|mega|hella|just|lowk)\s+)?mid\b(?=\s*(?:$|[,.!?;:)]|tbh|ngl|fr|honestly|rn|imo|lol|"
            r"no\s+cap|af|though|tho|but|and)\b|\s*$|\s*[,.!?;:)])",
            re.I,
        ),
        r"\1 \2meh",
    ),
    (
        re.compile(
            r"\b(is|are|'s|was|were|looks?|gets?|goes)\s+((?:so|kinda|lowkey|honestly|pretty|kind\s+of|a\s+bit|"
            r"basically|almost|nearly|practically|totally|completely|just)\s+)?(?:invisible|barely\s+visible)\b",
            re.I,
        ),
        r"\1 \2hard to see",
    ),
    (
        re.compile(
            r"\b(music|song|track|soundtrack|tune|beat)(\s+(?:is|are|feels?|seems?|sounds?|'s)\s+"
            r"(?:(?:a\s+bit|a\s+little|way|much|really|very|kind\s+of|kinda|so)\s+)?too)\s+(?:strong|powerful|heavy)\b",
            re.I,
        ),
        r"\1\2 loud",
    ),
    # "make the whole add 15 secnds", "this add is too long": "add" after a determiner is the ad
    (
        re.compile(
            r"\b((?:the|this|that|my|our|your|whole|entire|full|new|an)\s+)add\b"
            r"(?!\s+(?:a|an|the|some|more|another|it|them|\d)\b)",
            re.I,
        ),
        r"\1ad",
    ),
    # "and the voice to pls": "too" at the end of a request
    (re.compile(r"(?<=\w)\s+to(?=\s*,?\s*(?:please|pls|thanks|thx)?\s*[.!]*\s*$)", re.I), " too"),
    # "put it in down please", "the cta words in up": learners' "in down" / "in up" is a place on the
    # screen (round 28 c)
    # ("in the up", "to the down" too; "to up the music" is a verb: "to" only with "the")
    (
        re.compile(
            r"\b(?:(?:in|on)\s+(?:the\s+)?|to\s+the\s+)down\b(?!\s*(?:to|of|here|there|a\s+bit|[\w-]+ly)\b)",
            re.I,
        ),
        "at the bottom",
    ),
    (
        re.compile(
            r"\b(?:(?:in|on)\s+(?:the\s+)?|to\s+the\s+)up\b(?!\s*(?:to|of|here|there|a\s+bit|[\w-]+ly)\b)",
            re.I,
        ),
        "at the top",
    ),
    # "turn the music down too 50%", "set it too 8 seconds": dictation's "too" before a number is "to"
    (re.compile(r"\btoo\s+(?=\d)", re.I), "to "),
    # "make the shoe scene for seconds long", "to seconds shorter": dictation's homophones of a number
    # (no length is "for seconds" without one)
    (re.compile(r"\b(?<!\d\s)for\s+(?=seconds?\s+(?:long|longer|shorter|more|less)\b)", re.I), "four "),
    (re.compile(r"\b(?<!\d\s)to\s+(?=seconds?\s+(?:long|longer|shorter|more|less)\b)", re.I), "two "),
    # "music way to loud", "it's a bit to long": "to" between a degree (or "is") and an adjective
    (
        re.compile(
            r"\b(way|waay+|so|bit|far|just|much|kinda|little|still|is|are|was|it'?s|its|that'?s|they'?re)\s+to\s+"
            r"(?=(?:loud|quiet|long|short|big|small|tiny|huge|fast|slow|quick|bright|dark|dim|busy|soft|low|high|"
            r"harsh|plain|boring|much|many|cluttered|rushed|bland)\b)",
            re.I,
        ),
        r"\1 too ",
    ),
)


# "font sise on the hook 48", "text colon #fff": a dictionary word one slip from a text field's
# name, right after "font" or "text" and before the field's value, is that field mistyped.
_TEXT_FIELDS = ("size", "colour", "color")
_FIELD_AFTER_TEXT_RE = re.compile(
    r"\b(?P<noun>font|text|lettering)\s+(?P<w>[a-z]{3,6})\b"
    r"(?=[^.,;!?]*?(?:[#\d]|\b(?:bigger|smaller|larger|up|down|white|black|red|blue|green|yellow)\b))",
    re.I,
)


def _field_after_text(m: re.Match[str]) -> str:
    word = m.group("w").lower()
    if word in _TEXT_FIELDS or word in _VOCABULARY:
        return m.group(0)
    meant = [f for f in _TEXT_FIELDS if OSA.distance(word, f) == 1]
    return f"{m.group('noun')} {meant[0]}" if meant else m.group(0)


# "way longer than it needs to be", "louder than necessary": more than wanted, so "too long".
_BASE_OF = {v: k for k, v in ANALYTIC_COMPARATIVES.items()}
_MORE_THAN_NEEDED_RE = re.compile(
    rf"\b(?:(?P<deg>way|much|far|a\s+lot|a\s+bit|a\s+little|slightly)\s+)?(?P<c>{'|'.join(_BASE_OF)})\s+than\s+"
    r"(?:(?:it|this|that|they|the\s+\w+)\s+(?:really\s+)?(?:needs?\s+to|has\s+to|have\s+to|should|ought\s+to|must)\s+be"
    r"|(?:is\s+)?(?:necessary|needed|required|it\s+should|ideal))\b",
    re.I,
)


def _too(m: re.Match[str]) -> str:
    degree = f"{m.group('deg')} " if m.group("deg") else ""
    return f"{degree}too {_BASE_OF[m.group('c').lower()]}"


def _comparatives(text: str) -> str:
    text = _MORE_THAN_NEEDED_RE.sub(_too, text)
    text = _FIELD_AFTER_TEXT_RE.sub(_field_after_text, text)
    text = _ANALYTIC_RE.sub(lambda m: ANALYTIC_COMPARATIVES[m.group(1).lower()], text)
    for pattern, meaning in TYPO_PHRASES:
        text = pattern.sub(meaning, text)
    text = _TOO_MUCH_RE.sub("too ", text)
    for pattern, meaning in LEARNER_PHRASES:
        text = pattern.sub(meaning, text)
    return text


_ADJECTIVES = "|".join(ANALYTIC_COMPARATIVES)
# Learners' English (round twenty-nine i), after the rows above: one row per way of saying it.
LEARNER_PHRASES: tuple[tuple[re.Pattern[str], Any], ...] = (
    # "make more small the text of the start": the comparative before what it is of
    (
        re.compile(
            rf"\b(make|put|do)\s+more\s+({_ADJECTIVES})\s+(the\s+[a-z][a-z\s']{{1,40}}?)"
            r"(?=\s*(?:$|[,.!?;]|\b(?:please|pls|for\s+me)\b))",
            re.I,
        ),
        lambda m: f"{m.group(1)} {m.group(3)} {ANALYTIC_COMPARATIVES[m.group(2).lower()]}",
    ),
    # "the text of the start", "the words in the beginning", "the text of the end": the first or the
    # last scene's
    (
        re.compile(
            r"\b(text|texts|words|writing|letters|title|font)\s+(?:of|in|at|on)\s+the\s+(?:very\s+)?"
            r"(?:start|beginning|begin)\b(?!\s+of\b)",
            re.I,
        ),
        r"\1 of the first scene",
    ),
    (
        re.compile(
            r"\b(text|texts|words|writing|letters|title|font)\s+(?:of|in|at|on)\s+the\s+(?:very\s+)?"
            r"(?:end|ending|finish|final)\b(?!\s+of\b)",
            re.I,
        ),
        r"\1 of the last scene",
    ),
    # "the music very very loud": the word said twice is said once
    (re.compile(r"\b(very|really|so|too)(?:\s+\1\b)+", re.I), r"\1"),
    # "the music is too low", "music too high": its volume (never a pitch of an ad's music)
    (
        re.compile(
            r"\b((?:music|song|soundtrack|background\s+music|volume|sound)(?:\s+(?:is|are|'s))?\s+"
            r"(?:(?:way|much|far|a\s+bit|so|very|really)\s+)?too)\s+low\b",
            re.I,
        ),
        r"\1 quiet",
    ),
    (
        re.compile(
            r"\b((?:music|song|soundtrack|background\s+music|volume|sound)(?:\s+(?:is|are|'s))?\s+"
            r"(?:(?:way|much|far|a\s+bit|so|very|really)\s+)?too)\s+high\b",
            re.I,
        ),
        r"\1 loud",
    ),
    # "the cta text the smallest bit bigger": the least step, "a tiny bit"
    (
        re.compile(
            r"\bthe\s+(?:smallest|tiniest|littlest|slightest|teeniest|least)\s+(?:little\s+)?bit\b"
            r"(?=\s+(?:more\s+|less\s+)?[a-z]+(?:er|more|less)?\b)",
            re.I,
        ),
        "a tiny bit",
    ),
)


# (a hex value is kept whole: "#ffffff" is no held key, "#fab" no typo)
_WORD_RE = re.compile(r"#[0-9A-Fa-f]{3,8}\b|[A-Za-z][A-Za-z'/0-9]*")
# Everything after one of these is literal (words to show, a name): left exactly as typed.
# "font szie 72", "font colr #fff": a lower-case word then a number after "font" is a field
# mistyped (a size, a colour), not a font's name, so it is read for typos.
_LITERAL_CUE_RE = re.compile(
    r"\b(?:say|says|saying|said|read|reads|reading|called|named|titled|tagline|slogan|motto)\b"
    # ("font sise on the hook 48": the scene it is for may come between the field and the number)
    r"|\b(?:font|typeface)\b(?!\s+(?-i:[a-z])\w*\s+(?:(?:on|for|in|of)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?"
    r"(?:to\s+|at\s+|is\s+)?[#\d])"
    r"|[:=→]|->",
    re.I,
)


_ARROW_RE = re.compile(r"->|→")
_ARROW_LEAD_RE = re.compile(r"[ \t]*(?:->|→)[ \t]*")


# A phone's curly apostrophe inside a word ("doesn’t", "that’s"): the parser's patterns are typed
# with the straight one.
_CURLY_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])[’ʼ](?=[^\W\d_])")


# "all text red except the cta (it already is)": an aside that says how a thing already is asks
# for nothing (its "it" once made the cta the target of the request).
_ALREADY_ASIDE_RE = re.compile(
    r"\s*\(\s*(?:(?:it|that|this|which|they|those)\s*(?:'s|is|are|'re)?\s+|(?:is|are)\s+)?already\b[^()]{0,30}\)",
    re.I,
)


def spelled_out(masked: str) -> str:
    """``masked`` with the shorthand of :data:`SPELLED_OUT` written out and curly apostrophes
    straightened, except in a text typed without quotes ("the cta should say: Don’t wait w/ it"
    keeps its copy as typed)."""
    end = len(masked) if PLACEHOLDER_RE.search(masked) else text_cue_end(masked)
    head = _SPELLED_OUT_RE.sub(lambda m: SPELLED_OUT[m.group(1).lower()], masked[:end])
    head = _ALREADY_ASIDE_RE.sub("", head)
    return _CURLY_APOSTROPHE_RE.sub("'", head) + masked[end:]


@lru_cache(maxsize=4096)
def normalise(text: str, *, known: frozenset[str] = frozenset(), fuzzy: bool = True) -> str:
    """``text`` with shorthand expanded and typos corrected (see the module docstring). Kept for
    the same text: one message is normalised by several steps, and again by the gates."""
    cue = _LITERAL_CUE_RE.search(text)
    head, tail = (text[: cue.end()], text[cue.end() :]) if cue else (text, "")
    out: list[str] = []
    pos = 0
    for m in _WORD_RE.finditer(head):
        out.append(head[pos : m.start()])
        hexed = m.group(0).startswith("#")
        out.append(m.group(0) if hexed else _word(m.group(0), head, m.start(), m.end(), known, fuzzy))
        pos = m.end()
    out.append(head[pos:])
    head = _comparatives(re.sub(r"[ \t]{2,}", " ", "".join(out)))
    if cue and _ARROW_RE.fullmatch(cue.group(0)):
        # "mood -> dreamy", "cta colour → white": an arrow between a field and its value says
        # "to"; what follows it stays as typed (it is the value).
        head, tail = head.removesuffix(cue.group(0)).rstrip() + " to ", tail.lstrip()
    elif cue and (arrow := _ARROW_LEAD_RE.match(tail)):
        # "tagline → Made for slow nights": the arrow after a field word says "to" as well.
        head, tail = head.rstrip() + " to ", tail[arrow.end() :]
    return head + tail


# A word that is part of a web address or an e-mail ("www.northwind.com", "hi@brew.co"): kept as typed.
_ADDRESS_AFTER_RE = re.compile(r"^(?:\.[A-Za-z0-9-]+)+(?:/\S*)?(?=$|[\s,;:!?)'\"]|\.(?:\s|$))")


def _in_address(text: str, start: int, end: int) -> bool:
    return bool(_ADDRESS_AFTER_RE.match(text[end:])) or (start > 0 and text[start - 1] in ".@/")


def _word(word: str, text: str, start: int, end: int, known: frozenset[str], fuzzy: bool) -> str:
    lower = word.lower()
    if _in_address(text, start, end):
        return word
    if lower in _BETWEEN_WORDS and (_between_words(text, start, end) or _leads(text, start, end)):
        return _BETWEEN_WORDS[lower]
    if lower in SHORTHAND:
        return SHORTHAND[lower]
    if lower in BEFORE_WORD and _leads(text, start, end) and BEFORE_WORD[lower][1].match(text[end:]):
        return BEFORE_WORD[lower][0]
    after_number = bool(_AFTER_A_NUMBER_RE.search(text[:start]))
    if not fuzzy and not (after_number and not _known(lower)):
        return word  # (a unit after a number is corrected even in a brief: "12 seccond ad")
    if _is_name(word, text, start) or lower in known or lower in platform_names():
        return word  # (a platform's name is a name: "vimeo" is no slip for "video")
    if lower in SLIPPED_ENGLISH:
        return SLIPPED_ENGLISH[lower]
    corrected = correct(lower)
    in_ad = _document_typo(lower, known)
    if in_ad is not None and (corrected is None or OSA.distance(lower, corrected) > 1):
        return in_ad  # "preoder" with "Pre-order" on screen: one slip from the ad's word, not "render"
    if corrected is None:
        return word
    if not fuzzy and corrected not in _UNITS:
        return word
    if corrected in _UNITS and after_number:
        # "5 seconsd": a typo after a number is its unit, plural unless the number is one
        # ("5 second" would read as a place in the order, "make scene 4 5 second").
        plural = not re.search(r"(?<![\d.])1\s*$", text[:start])
        return _UNITS[corrected] if plural else corrected
    return corrected


def _document_typo(word: str, known: frozenset[str]) -> str | None:
    """ "move the candel": one slip from exactly one word of the ad itself ("candle"), which the
    vocabulary does not hold; short words and ordinary English words are left as typed."""
    if len(word) < 5 or not word.isalpha() or not known or is_english(word):
        return None
    close = [w for w in known if len(w) >= 5 and abs(len(w) - len(word)) <= 1 and OSA.distance(word, w) == 1]
    return close[0] if len(close) == 1 else None


# A consonant doubled before an ending ("skipping", "fitted", "bigger"): English spelling, not a key held.
_DOUBLED_ENDING_RE = re.compile(r"([bcdfgklmnprstvz])\1(?:ing|ed|er|ers|est|y|ie|ies)s?$")


def fix_units(text: str) -> str:
    """Only the length units mistyped after a number corrected ("20 seonds" -> "20 seconds"): for
    a brief, whose other words (names) are kept as typed."""
    return _UNIT_AFTER_NUMBER_RE.sub(lambda m: m.group(1) + _unit(m.group(2), m.group(1)), text)


def _unit(word: str, number: str) -> str:
    if _known(word.lower()):
        return word
    corrected = correct(word.lower())
    if corrected not in _UNITS:
        return word
    return corrected if re.search(r"(?<![\d.])1[\s-]*$", number) else _UNITS[corrected]


# A length unit a typo may stand for, and its plural.
_UNITS = {"second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes"}
_AFTER_A_NUMBER_RE = re.compile(
    r"(?:\d(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|ninety))[\s-]*$",
    re.I,
)


def _between_words(text: str, start: int, end: int) -> bool:
    # A quote's placeholder counts as a word: "hook 'Hola' n cta 'Adiós'".
    return bool(
        re.search(r"[A-Za-z\ue000-\ue1ff]\s+$", text[:start])
        and re.match(r"\s+[A-Za-z\ue000]", text[end:])
        # between two numbers too ("swap scenes 2 n 3"; "the 2 nd scene" is no "and")
        or re.search(r"\d\s+$", text[:start])
        and re.match(r"\s+\d", text[end:])
    )


def _leads(text: str, start: int, end: int) -> bool:
    """ "n bigger": shorthand for "and" at the start of a message, before a word."""
    return not text[:start].strip() and bool(re.match(r"\s+[A-Za-z]", text[end:]))


def _is_name(word: str, text: str, start: int) -> bool:
    """A capitalised word that does not start a sentence, or a word with capitals inside."""
    if any(c.isupper() for c in word[1:]) and not word.isupper():
        return True
    if not word[0].isupper() or word.isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\n-*•:"


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def in_dictionary(word: str) -> bool:
    """The word itself is in the dictionary (no ending taken off: "bloomly" is not, "lovely" is)."""
    return word in _english()


def is_english(word: str) -> bool:
    """A dictionary word, or one with a plural, -ed, -ing or -ly ending on a dictionary word."""
    english = _english()
    if word in english:
        return True
    for ending, stem_end in (
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ly", ""),
    ):
        if (
            word.endswith(ending)
            and len(word) - len(ending) >= 3
            and word[: -len(ending)] + stem_end in english
        ):
            return True
    return False


_VOCABULARY = frozenset(WORDS) | COMMON_WORDS | BRAND_WORDS
_INSTRUCTION = frozenset(WORDS)


def _known(word: str) -> bool:
    if word in _VOCABULARY or (word.endswith("s") and word[:-1] in _VOCABULARY):
        return True
    return is_english(word)


@lru_cache(maxsize=4096)
def correct(word: str) -> str | None:
    """The vocabulary word a typo stands for, or None (a known word, or nothing close enough)."""
    if len(word) < 3 or not word.isalpha() or _known(word):
        return None
    held = held_key(word)
    if held is not None:
        return held
    moved = _double_moved(word)
    if moved is not None:
        return moved  # "bigerr", "smalerr": the doubled letter typed on the wrong one
    for squeezed in (re.sub(r"(.)\1\1+", r"\1\1", word), re.sub(r"(.)\1+", r"\1", word)):
        # A key held down on an everyday word ("withhout", "chheap"); "skipping" is no typo.
        if squeezed != word and _known(squeezed) and not _DOUBLED_ENDING_RE.search(word):
            if squeezed.endswith("s") and is_english(squeezed[:-1]):
                # "sodaas": a plural, likely the product (the parser's own plurals were read above)
                return None
            return squeezed
    limit = 1 if len(word) <= 6 else 2
    candidates = process.extract(word, WORDS, scorer=OSA.distance, score_cutoff=limit, limit=None)
    swapped = _swapped_everyday(word)
    if swapped is not None and not any(_swapped_or_dropped(word, c[0]) for c in candidates):
        return swapped  # "taht", "cna", "adn": an everyday word with two letters swapped
    if not candidates:
        return None
    # Closest first; of equally close words, one not made by a letter struck for another (two
    # letters swapped: "waht" is "what", not "want"), then the most similar, then the first listed.
    best = min(candidates, key=lambda c: (c[1], _struck(word, c[0]), -fuzz.ratio(word, c[0]), c[2]))
    if len(word) == 3 and best[1] and sorted(best[0]) != sorted(word):
        # Three letters: a swap of two ("teh"), or one dropped letter with a single reading
        # ("hok" -> "hook", "mak" -> "make"); anything else is too short to guess.
        dropped = [c[0] for c in candidates if len(c[0]) == 4 and _is_subsequence(word, c[0])]
        return dropped[0] if len(dropped) == 1 else None
    return best[0]


def _double_moved(word: str) -> str | None:
    """The one instruction word that is ``word`` with its doubled letters typed elsewhere ("bigerr"
    for "bigger", "smalerr" for "smaller"): the same letters once each (round thirty-six b)."""
    single = re.sub(r"(.)\1+", r"\1", word)
    if single == word and not re.search(r"(.)\1", word):
        return None
    found = [w for w in _INSTRUCTION if len(w) == len(word) and re.sub(r"(.)\1+", r"\1", w) == single]
    return found[0] if len(found) == 1 else None


# English words that are, in a request about an ad, slips for an everyday word of one ("ICAEW lien
# bigger", "leve the APR line"): corrected unless the ad's own words hold them (round thirty-six b).
SLIPPED_ENGLISH: dict[str, str] = {"lien": "line", "liens": "lines", "leve": "leave", "wrds": "words"}


@lru_cache(maxsize=4096)
def held_key(word: str) -> str | None:
    """The word a key held down made ("actuallly", "unndoo", "soooo", "variiations"), with its
    repeats squeezed: a word of the vocabulary or its plural, or an everyday word with two letters
    swapped ("taaht"); None when squeezing makes no such word."""
    for squeezed in (re.sub(r"(.)\1\1+", r"\1\1", word), re.sub(r"(.)\1+", r"\1", word)):
        if squeezed == word:
            continue
        if squeezed in _VOCABULARY or squeezed.removesuffix("s") in _INSTRUCTION:
            return squeezed
        if (swapped := _swapped_everyday(squeezed)) is not None:
            return swapped
        swaps = [
            w for w in _instruction_by_letters().get("".join(sorted(squeezed)), ()) if _is_swap(squeezed, w)
        ]
        near = process.extract(squeezed, WORDS, scorer=OSA.distance, score_cutoff=1, limit=3)
        if len(swaps) == 1 and len(near) == 1:
            return swaps[0]  # "udnoo": a key held down and two letters of an instruction word swapped
    return None


@lru_cache(maxsize=1)
def _instruction_by_letters() -> dict[str, tuple[str, ...]]:
    by_letters: dict[str, list[str]] = {}
    for w in WORDS:
        by_letters.setdefault("".join(sorted(w)), []).append(w)
    return {k: tuple(v) for k, v in by_letters.items()}


_UNIT_AFTER_NUMBER_RE = re.compile(
    r"((?:\d(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|ninety))[\s-]*)([a-z]{4,10})\b",
    re.I,
)


def slip(typed: str, meant: str) -> int:
    """How unlikely a slip turns ``meant`` into ``typed``: 0 for a dropped letter, two letters
    swapped or a letter doubled (the usual slips), 1 for anything else ("colr" is "color" with a
    letter dropped rather than "cold" with one changed)."""
    if len(typed) + 1 == len(meant) and _is_subsequence(typed, meant):
        return 0
    if len(typed) == len(meant) + 1 and any(
        typed[i] == typed[i + 1] and typed[:i] + typed[i + 1 :] == meant for i in range(len(typed) - 1)
    ):
        return 0
    if len(typed) == len(meant) and sorted(typed) == sorted(meant):
        diffs = [i for i in range(len(typed)) if typed[i] != meant[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            return 0
    return 1


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _is_swap(typed: str, meant: str) -> bool:
    """Two neighbouring letters of ``meant`` typed the other way round."""
    if len(typed) != len(meant) or typed == meant:
        return False
    diffs = [i for i in range(len(typed)) if typed[i] != meant[i]]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and typed[diffs[0]] == meant[diffs[1]]
        and typed[diffs[1]] == meant[diffs[0]]
    )


def _struck(typed: str, meant: str) -> bool:
    """``typed`` is ``meant`` with a letter struck for another (same length, not a swap)."""
    return len(typed) == len(meant) and not _is_swap(typed, meant)


def _swapped_or_dropped(typed: str, meant: str) -> bool:
    return _is_swap(typed, meant) or (len(typed) + 1 == len(meant) and _is_subsequence(typed, meant))


@lru_cache(maxsize=1)
def _everyday_by_letters() -> dict[str, tuple[str, ...]]:
    by_letters: dict[str, list[str]] = {}
    for w in sorted(COMMON_WORDS):
        by_letters.setdefault("".join(sorted(w)), []).append(w)
    return {k: tuple(v) for k, v in by_letters.items()}


def _swapped_everyday(word: str) -> str | None:
    """The one everyday word (:data:`vocabulary.COMMON_WORDS`) ``word`` is with two neighbouring
    letters swapped, or None: the commonest slip of all, on the words around an instruction
    ("undo taht", "cna you") that the instruction vocabulary does not hold."""
    found = [w for w in _everyday_by_letters().get("".join(sorted(word)), ()) if _is_swap(word, w)]
    return found[0] if len(found) == 1 else None


def swapped_everyday(word: str) -> str | None:
    """The everyday word a typo surely is (two neighbouring letters swapped, one reading), or None."""
    return _swapped_everyday(word.lower()) if word.isalpha() and not _known(word.lower()) else None


def document_words(project: Any) -> frozenset[str]:
    """Words of the ad itself (its brief, brand, texts, backgrounds): never typos."""
    parts = [project.brief, project.brand.name or "", project.brand.tagline or ""]
    for scene in project.scenes:
        parts += [scene.overlay.text, scene.background_prompt]
    return _words_of(" ".join(parts))


@lru_cache(maxsize=256)
def _words_of(text: str) -> frozenset[str]:
    # ("Pre-order now": "preorder" too, as it is typed)
    joined = (w.replace("-", "") for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", text))
    return frozenset(w.lower() for w in (*re.findall(r"[A-Za-z]+", text), *joined))


def is_shorthand(lower: str, text: str, start: int, end: int) -> bool:
    """A word the shorthand step reads ("pls", "n" between two words, "ad a" for "add a")."""
    if lower in _BETWEEN_WORDS and (_between_words(text, start, end) or _leads(text, start, end)):
        return True
    if lower in SHORTHAND:
        return True
    return lower in BEFORE_WORD and _leads(text, start, end) and bool(BEFORE_WORD[lower][1].match(text[end:]))


is_name = _is_name
is_known = _known
LITERAL_CUE_RE = _LITERAL_CUE_RE

__all__ = [
    "LITERAL_CUE_RE",
    "swapped_everyday",
    "SHORTHAND",
    "correct",
    "document_words",
    "held_key",
    "fix_units",
    "is_english",
    "is_known",
    "is_name",
    "is_shorthand",
    "spelled_out",
    "normalise",
    "slip",
]
