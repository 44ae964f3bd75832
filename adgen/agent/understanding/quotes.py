"""Quoted texts in a marketer's message: lifted out first and kept exactly.

Part of :mod:`adgen.agent.understanding`. Quoted texts are replaced by placeholders (a
private-use character pair) before anything else reads the message, so words inside a quote
("say 'render now'") never trigger an intent, commas or "and" inside a quote never split a
request, and the typo normaliser never touches them. The quote's inner text is kept exactly,
without its quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER_MARK = "\ue000"
_PLACEHOLDER_BASE = 0xE100
PLACEHOLDER_RE = re.compile(PLACEHOLDER_MARK + "([\ue100-\ue1ff])")

# Paired quotes of many scripts. Straight single quotes only count when they are not an
# apostrophe: the opening one is not preceded by a letter, the closing one not followed by one
# (but for a Korean or Japanese particle, written on the quote: "'더운 밤'으로", "'夏'を").
_NOT_A_LETTER_AFTER = r"(?!(?![\uac00-\ud7a3\u3040-\u309f])\w)"
# Hebrew writes "to", "that", "in", "the", "and", "as", "from" on the word, and on a quote too
# ("ל'הזמינו עכשיו'", "וש'...'"): one or two such letters at a word's start open a single quote.
_HEBREW_PREFIX = r"(?:(?<=(?<![\w'])[ולשבהכמ])|(?<=(?<![\w'])[ולשבהכמ][ולשבהכמ]))"
# Japanese and Thai write a particle before a quote ("を'夏だ'に", "เป็น'ลดราคา'"): no apostrophe.
_AFTER_A_PARTICLE = r"(?<=[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f])"
_QUOTE_RE = re.compile(
    r"\"(?P<d>[^\"]*)\""
    r"|“(?P<c>[^”]*)”"
    r"|„(?P<l>[^“”]*)[“”]"
    r"|«(?P<g>[^»]*)»"
    r"|‹(?P<sg>[^›]*)›"
    r"|「(?P<j>[^」]*)」"
    r"|『(?P<jj>[^』]*)』"
    r"|＂(?P<fw>[^＂]*)＂"
    # Hebrew gershayim as quote marks ("ל״רעבים?״", round twenty-eight), never the mark of an
    # acronym (צה״ל, ארה״ב: one letter after it, then the word ends)
    r"|״(?![\u05d0-\u05ea](?![\u05d0-\u05ea]))(?P<hg>(?:[^״]|״(?=[\u05d0-\u05ea](?![\u05d0-\u05ea])))*)״(?![\u05d0-\u05ea])"
    rf"|‘(?P<cs>.*?)’{_NOT_A_LETTER_AFTER}"
    r"|`(?P<b>[^`]*)`"
    rf"|(?:(?<![\w'])|{_HEBREW_PREFIX}|{_AFTER_A_PARTICLE})'(?P<s>.*?)'{_NOT_A_LETTER_AFTER}"
)


# One space (plain, no-break or narrow no-break) inside each guillemet, words between.
_FRENCH_SPACED_RE = re.compile(r"^[ \u00a0\u202f]\S(?:.*\S)?[ \u00a0\u202f]$", re.S)


@dataclass(frozen=True)
class Quoted:
    """One quoted text: its inner words (kept exactly) and the raw span with its quote marks."""

    inner: str
    raw: str


def mask_quotes(text: str) -> tuple[str, list[Quoted]]:
    """Replace each quoted text by a placeholder; return the masked text and the quotes."""
    quotes: list[Quoted] = []

    def repl(match: re.Match[str]) -> str:
        if len(quotes) >= 255:
            return match.group(0)
        inner = next(g for g in match.groups() if g is not None)
        if match.lastgroup in ("g", "sg") and _FRENCH_SPACED_RE.match(inner):
            inner = inner[1:-1]  # French sets « Le soir » with one space inside each mark
        quotes.append(Quoted(inner=inner, raw=match.group(0)))
        return PLACEHOLDER_MARK + chr(_PLACEHOLDER_BASE + len(quotes) - 1)

    return _QUOTE_RE.sub(repl, text), quotes


def placeholder(index: int) -> str:
    return PLACEHOLDER_MARK + chr(_PLACEHOLDER_BASE + index)


def unmask(text: str, quotes: list[Quoted]) -> str:
    """Put the quoted texts (with their quote marks) back into a masked text."""
    return PLACEHOLDER_RE.sub(lambda m: quotes[ord(m.group(1)) - _PLACEHOLDER_BASE].raw, text)


# "'Burn slow' and the ad 20s": a quote, then another request; the value is the quote.
_QUOTE_THEN_MORE_RE = re.compile(
    r"^\s*"
    + PLACEHOLDER_MARK
    + r"([\ue100-\ue1ff])\s*(?:[,;]|\.\s|[-\u2013\u2014]\s|\b(?:and|then|plus|also|but)\b)",
    re.I,
)
_ONLY_PLACEHOLDER_RE = re.compile(
    r"^\s*(?:the\s+(?:text|words|line)\s+)?"
    + PLACEHOLDER_MARK
    + r"([\ue100-\ue1ff])\s*[.!,;]*\s*(?:please)?[.!]*\s*$",
    re.I,
)
# Unquoted words end before a closing courtesy or "instead" ("so it says Shop now instead?",
# "CTA: Book today please", "… Grab one, thanks!"): how the request is said, never the line.
_TRAILING_NOISE_RE = re.compile(
    r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|instead|rather))+\s*[?!.]*\s*$|(?:[\s,]+please)?\s*$",
    re.I,
)
# Unquoted words end before a sign-off after a dash ("Order today — Maria", "… - thanks, Tom"):
# who asked, never the line. Only the one dash of the words ("Brew - Drink - Repeat" is a line), a
# courtesy or a lone name after it ("Cold brew - on tap" is words), never a word of ad copy.
_SIGN_OFF_RE = re.compile(
    r"^(?P<words>[^-–—]*?\S)\s*(?:\s-{1,2}|[–—])\s*"
    r"(?:(?:thanks|thank\s+you|thx|ty|cheers|best|regards|ta|xx?)\b[\s,!]*)?"
    r"(?P<name>(?!(?:Free|Now|Today|Tonight|New|Sale|Only|Limited|Forever|Daily|Always|Online|Here|Inside|Included|"
    r"Guaranteed|Fast|Fresh|Delivered|Everywhere|Again|More|Less|Off|Soon)\b)[A-Z][a-z]+(?:\s+[A-Z]\.?)?)?\s*[.!]*\s*$"
)
_COURTESY_RE = re.compile(r"[-–—]\s*(?:thanks|thank\s+you|thx|ty|cheers|best|regards|ta|xx?)\b", re.I)


def _without_sign_off(words: str) -> str:
    """``words`` without a sign-off after a dash (see ``_SIGN_OFF_RE``)."""
    m = _SIGN_OFF_RE.match(words)
    if m is None or not (m.group("name") or _COURTESY_RE.search(words[len(m.group("words")) :])):
        return words
    return m.group("words")


_UNMATCHED_QUOTES = "\"'“”‘’«»「」『』„`"


# Words that link a field to its value ("tagline should be '…'", "font over to Lora"); a typo of
# one ("shuold") links too. Before a lone quote they are never part of the value.
CUE_WORDS = frozenset(
    "be should must to over into as is now say says read reads become becomes just simply instead "
    "changed set updated will could can would please pls for with".split()
)
_LEAD_WORDS_RE = re.compile(r"^\s*((?:[A-Za-z]+\s+){1,4})(?=" + PLACEHOLDER_MARK + ")")


def is_cue_word(word: str) -> bool:
    """A linking word, or a typo of one ("shuold", "ot")."""
    from adgen.agent.understanding.normaliser import correct  # the vocabulary loads lazily

    lower = word.lower()
    return lower in CUE_WORDS or correct(lower) in CUE_WORDS


def drop_cue_words(value: str, words: frozenset[str] = frozenset({"over", "to", "into"})) -> str:
    """``value`` without the linking words it starts with ("over to Lora" -> "Lora"); unchanged when
    nothing would be left."""
    parts = value.split()
    while len(parts) > 1 and parts[0].lower() in words:
        parts = parts[1:]
    return " ".join(parts) if len(parts) != len(value.split()) else value


# Words before a colon that only say where the value goes ("to the brand:", "in the first scene
# to:", "for the hook:"), never words of the value: a value typed after them starts at the colon.
_FRAME_WORD = (
    r"(?:to|the|a|an|in|on|for|of|at|our|my|its|it|this|that|now|brand|brand's|scene|scenes|ad|video|"
    r"first|second|third|fourth|fifth|last|final|opening|closing|start|end|ending|hook|cta|showcase|"
    r"intro|outro|text|line|tagline|slogan|voice|voice-over|voiceover|narrator|narration|caption|"
    r"headline|copy|name|say|says|read|reads|\d+)"
)
_FRAMING_LEAD_RE = re.compile(rf"^\s*(?:(?:{_FRAME_WORD}\s+){{0,5}}{_FRAME_WORD}\s*)?:\s*(?=\S)", re.I)


# A full stop that is part of the words (sweep 40: "Fresh at 7 a.m." lost its last dot): an
# abbreviation's ("a.m.", "180 g.", "King St.").
_KEEPS_FULL_STOP_RE = re.compile(
    r"(?:\b(?:[a-z]\.){2,}|\b(?:\d+\s*)?(?:g|kg|mg|oz|lb|lbs|ml|cl|km|mi|St|Rd|Ave|Blvd|Inc|Ltd|Co|Corp|etc|Jr|Sr|Dr|approx)\.)$"
)


def text_value(fragment: str, quotes: list[Quoted]) -> str | None:
    """The words a fragment sets: the quote when it is only a quote, else the words as typed.

    Unquoted words lose a trailing "please" and one trailing full stop ("Shop now." -> "Shop
    now"), keep everything else (!, ?, %, emoji, any script). Linking words before a lone quote
    ("shuold be 'Burn slow'") are not part of it.
    """
    lead = _LEAD_WORDS_RE.match(fragment)
    if lead and all(is_cue_word(w) for w in lead.group(1).split()):
        linked = _ONLY_PLACEHOLDER_RE.match(fragment[lead.end() :])
        if linked:
            return quotes[ord(linked.group(1)) - _PLACEHOLDER_BASE].inner
    only = _ONLY_PLACEHOLDER_RE.match(fragment) or _QUOTE_THEN_MORE_RE.match(fragment)
    if only:
        return quotes[ord(only.group(1)) - _PLACEHOLDER_BASE].inner
    words = _TRAILING_NOISE_RE.sub("", _without_sign_off(fragment), count=1).strip()
    framed = _FRAMING_LEAD_RE.match(words)
    if (
        framed
    ):  # "to the brand: Sleep cooler", "in the first scene to: Dinner sorted": the words after the colon
        words = words[framed.end() :]
    if words.endswith(".") and not words.endswith("..") and not _KEEPS_FULL_STOP_RE.search(words):
        words = words[:-1].rstrip()
    words = unmask(words, quotes).strip()
    if words and words[0] in _UNMATCHED_QUOTES and words.count(words[0]) == 1:
        words = words[1:].strip()
    if words and words[-1] in _UNMATCHED_QUOTES and words.count(words[-1]) == 1:
        words = words[:-1].strip()
    if _ONLY_A_SCENE_RE.fullmatch(words):
        return None  # ("switch back to the hook", "change the hook to the cta": a scene, never its words)
    return words or None


# Words that only name a scene: typed without quotes, they are never the scene's new words.
_ONLY_A_SCENE_RE = re.compile(
    r"(?:the\s+)?(?:hook|cta|call\s+to\s+action|showcase|intro|outro|opener|opening|ending|end\s+card|closer|"
    r"testimonial|problem|social\s+proof|(?:first|second|third|last|final)\s+(?:scene|one)|scene\s*\d+)"
    r"(?:\s+(?:scene|one|shot|text|version))?",
    re.I,
)
