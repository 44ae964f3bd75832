"""Requests typed in Spanish, French, German, Portuguese, Italian, Dutch, Turkish, Polish, Swedish,
Hinglish, Indonesian, Taglish, Vietnamese, Arabic (and Arabizi), Korean, Swahili, Romanian, Russian,
Ukrainian, Hebrew, Chinese (characters and pinyin), Czech, Norwegian, Japanese, Hindi, Greek, Thai,
Hungarian, Persian, Tamil, Cantonese, Finnish, Danish, Catalan, Bengali, Urdu, Malay, Slovak,
Serbian (Latin and Cyrillic), Croatian, Amharic or Nepali, read as the English the rest of the
parser knows: "pon la música más baja" -> "make the music quieter".

Part of :mod:`adgen.agent.understanding`. Marketers paste copy in their language and sometimes
write the request in it too. :mod:`languages`, :mod:`polish_turkish`, :mod:`swedish` and
:mod:`hinglish_indonesian` (and the later modules) hold one vocabulary table per language; a message is read in the
language whose markers it has most of (none: it is English and stays as it is), and only that
language's rows apply, so a word that means one thing in Spanish and another in Dutch ("en") is
read right. Rows apply only to the words outside quotes (quoted copy is never translated). Adding
a phrase is adding a row to its language. Words a translation leaves that are neither English nor
the ad's own (:func:`untranslated_words`) make the reading a question: the parser read the
request without them.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from adgen.agent.understanding.arabic_korean import ARABIC_KOREAN_SWAHILI_ROMANIAN
from adgen.agent.understanding.balkan_turkic_celtic_iberian import BALKAN_TURKIC_CELTIC_IBERIAN
from adgen.agent.understanding.baltic_caucasus_indic_african import BALTIC_CAUCASUS_INDIC_AFRICAN
from adgen.agent.understanding.cyrillic_hebrew_chinese import SLAVIC_HEBREW_CHINESE_NORWEGIAN
from adgen.agent.understanding.finnish_danish_catalan_bengali_urdu_malay_slovak import (
    FINNISH_DANISH_CATALAN_BENGALI_URDU_MALAY_SLOVAK,
)
from adgen.agent.understanding.hinglish_indonesian import HINGLISH_AND_INDONESIAN
from adgen.agent.understanding.hungarian_persian_tamil_cantonese import HUNGARIAN_PERSIAN_TAMIL_CANTONESE
from adgen.agent.understanding.isles_horn_creole import ISLES_HORN_CREOLE
from adgen.agent.understanding.japanese_hindi_greek_thai import JAPANESE_HINDI_GREEK_THAI
from adgen.agent.understanding.lakes_isles_highlands import LAKES_ISLES_HIGHLANDS
from adgen.agent.understanding.languages import LANGUAGES, Language
from adgen.agent.understanding.normaliser import document_words, is_english, is_known
from adgen.agent.understanding.polish_turkish import POLISH_AND_TURKISH
from adgen.agent.understanding.savanna_steppe_alps import SAVANNA_STEPPE_ALPS
from adgen.agent.understanding.serbian_croatian_amharic_nepali import (
    SERBIAN_CROATIAN_AMHARIC_NEPALI,
    native_numbers,
)
from adgen.agent.understanding.southern_andean_pacific import SOUTHERN_ANDEAN_PACIFIC
from adgen.agent.understanding.swedish import SWEDISH
from adgen.agent.understanding.taglish_vietnamese import TAGLISH_AND_VIETNAMESE

_I = re.I
_BEFORE = r"(?<![\w\ue000-\ue1ff])"
_AFTER = r"(?![\w])"


def _compile(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"{_BEFORE}(?:{phrase}){_AFTER}", _I)


# Every table, in the order a tie of markers is won.
_ALL: tuple[Language, ...] = (
    *LANGUAGES,
    *POLISH_AND_TURKISH,
    SWEDISH,
    *HINGLISH_AND_INDONESIAN,
    *TAGLISH_AND_VIETNAMESE,
    *ARABIC_KOREAN_SWAHILI_ROMANIAN,
    *SLAVIC_HEBREW_CHINESE_NORWEGIAN,
    *JAPANESE_HINDI_GREEK_THAI,
    *HUNGARIAN_PERSIAN_TAMIL_CANTONESE,
    *FINNISH_DANISH_CATALAN_BENGALI_URDU_MALAY_SLOVAK,
    *SERBIAN_CROATIAN_AMHARIC_NEPALI,
    *BALTIC_CAUCASUS_INDIC_AFRICAN,
    *BALKAN_TURKIC_CELTIC_IBERIAN,
    *ISLES_HORN_CREOLE,
    *SOUTHERN_ANDEAN_PACIFIC,
    *LAKES_ISLES_HIGHLANDS,
    *SAVANNA_STEPPE_ALPS,
)
_Entry = tuple[
    Language, tuple[re.Pattern[str], ...], tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str]
]
_COMPILED: tuple[_Entry, ...] = tuple(
    (
        language,
        tuple(_compile(marker) for marker in language.markers),
        tuple((_compile(phrase), english) for phrase, english in language.rows),
        _compile("|".join(language.leftovers)) if language.leftovers else re.compile(r"(?!)"),
    )
    for language in _ALL
)


# The words of each language written without spaces, longest first (:attr:`Language.segment`).
_SEGMENTS: dict[str, re.Pattern[str]] = {
    language.name: re.compile("|".join(sorted(language.segment, key=len, reverse=True)))
    for language in _ALL
    if language.segment
}


# Words only an English sentence has: "a 15s ad for Mach energy drink" is English with a name in
# it, not German (one marker against at least twice as many English words).
_ENGLISH_RE = re.compile(
    # ("• scenes: hook, showcase, testimonial, cta • mood: elegant": a brief's English labels)
    r"(?<![\w])(?:the|for|and|with|make|to|of|our|my|it|please|this|that|scene|music|you|can|ad|an|"
    r"seconds|scenes|hook|showcase|testimonial|cta|mood|product|pls|new|"
    # ("scenes 1-3 a second shorter": English comparatives; "scenes" alone is French's "scènes" too)
    r"second|shorter|longer|bigger|smaller|louder|quieter|brighter|darker|faster|slower|each|every|except)(?![\w])",
    _I,
)


# Any marker of any language: most messages are English and have none (one search, not all).
_ANY_MARKER_RE = _compile("|".join(marker for language in _ALL for marker in language.markers))


def language_of(masked: str) -> str | None:
    """The language a request is written in (its name in :mod:`languages`), None for English:
    the one with most of its markers in the message, the first listed on a tie."""
    if not _ANY_MARKER_RE.search(masked):
        return None
    best, best_hits, own_script = None, 0, False
    for language, markers, _, _ in _COMPILED:
        hits = sum(1 for marker in markers if marker.search(masked))
        if hits > best_hits and hits >= language.min_markers:
            best, best_hits, own_script = language.name, hits, language.own_script
    if best is not None and not own_script and len(_ENGLISH_RE.findall(masked)) >= 2 * best_hits:
        return None
    return best


# The words of each language's tables, to read a slip in one ("graande", "texo", "tráfcio").
_LETTERS = r"[^\W\d_]"
_WORDS: dict[str, tuple[str, ...]] = {
    language.name: tuple(
        sorted(
            {
                w.lower()
                for source in (*language.markers, *(p for p, _ in language.rows))
                for w in re.findall(
                    rf"(?<![\]\[])(?<!\w){_LETTERS}{{4,}}(?![\[(?\w])", re.sub(r"\\[a-zA-Z]", " ", source)
                )
            }
        )
    )
    for language in _ALL
}
_WORD_RE = re.compile(rf"(?<![\w\ue000-\ue1ff]){_LETTERS}{{4,}}(?![\w])")
# The rows of each language, each as a whole word: a word one of them reads as it stands ("зміни",
# a row's "зміни(?:ть)?") is no slip, though one letter from a word of the table ("змін").
_READ_AS_IS: dict[str, tuple[re.Pattern[str], ...]] = {
    language.name: tuple(re.compile(phrase, _I) for phrase, _ in language.rows)
    for language in _ALL
    if language.slips
}


def _corrected(masked: str, name: str) -> str:
    """The message with each word that is no word of the language's tables, but one slip (or a
    doubled letter) from exactly one of them, read as that word."""
    words = _WORDS[name]
    known = frozenset(words)

    def fix(m: re.Match[str]) -> str:
        typed = m.group(0)
        lower = typed.lower()
        if lower in known or (typed[0].isupper() and m.start() > 0):
            return typed  # a word of the table, or a name ("Brisa") inside the sentence
        squeezed = re.sub(r"(.)\1+", r"\1", lower)
        if squeezed in known:
            return squeezed
        if any(row.fullmatch(lower) for row in _READ_AS_IS[name]):
            return typed
        if len(lower) < 5:
            return typed
        near = process.extract(lower, words, scorer=OSA.distance, score_cutoff=1, limit=2)
        return near[0][0] if len(near) == 1 else typed

    return _WORD_RE.sub(fix, masked)


def to_english(masked: str) -> str:
    """The words outside quotes in English when the message is in another language, else as is."""
    name = language_of(masked)
    if name is None:
        return masked
    language, _, rows, leftovers = next(entry for entry in _COMPILED if entry[0].name == name)
    masked = native_numbers(masked)  # "१५ सेकंड": 15 seconds
    if language.segment:  # (a language written without spaces: its words spaced apart first)
        masked = _SEGMENTS[name].sub(r" \g<0> ", masked)
    if language.slips:
        masked = _corrected(masked, name)
    out = masked
    names = name != "de"  # (German writes every noun with a capital: "Die Musik" is no name)
    for pattern, english in rows:
        out = _outside_names(pattern, english, out) if names else pattern.sub(english, out)
    if out == masked:
        return masked
    return " ".join((_outside_names(leftovers, " ", out) if names else leftovers.sub(" ", out)).split())


# A name of two or more capitalised words, with a particle between them ("Flor de Lis", "Floare
# Albă", "Padaria Estrela", "De Kaasboer"): its words are never translated ("Albă" is no colour
# there) nor dropped as a leftover ("de"). Not at the start of a sentence ("De Muziek Zachter"
# is a request typed in capitals).
_UPPER = r"[^\W\d_a-zà-ÿăâîșşțţ]"
_CAPITALISED = rf"(?-i:{_UPPER}[^\W\d_]*[a-zà-ÿăâîșşțţ][^\W\d_]*)"
_NAME_RE = re.compile(
    rf"(?<![\w])(?<!^)(?<![.!?]\s)(?<![.!?]){_CAPITALISED}(?:\s+(?:(?-i:de|da|do|del|di|du|van|la|le|e)\s+)?{_CAPITALISED})+(?![\w])"
)


def _outside_names(pattern: re.Pattern[str], english: str, text: str) -> str:
    """``pattern`` read as ``english`` in ``text``, but never inside a name."""
    spans = [m.span() for m in _NAME_RE.finditer(text)]
    if not spans:
        return pattern.sub(english, text)

    def read(m: re.Match[str]) -> str:
        if any(start <= m.start() and m.end() <= end for start, end in spans):
            return m.group(0)
        return m.expand(english)

    return pattern.sub(read, text)


# A word of three letters or more outside quotes (shorter ones, "de", "la", are the tables' leftovers),
# or a word of any length in Cyrillic, Hebrew or Chinese letters: there a word of one or two letters
# carries meaning ("не", not; "אל", don't; "别", don't), and the tables read their short words.
# (Greek, Devanagari, Tamil, Thai and kana first, as a run with their vowel signs, which are no letters)
_SCRIPTS = r"\u0370-\u03ff\u1f00-\u1fff\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u0e00-\u0e7f\u3040-\u30ff"
_WORD_OF_LETTERS_RE = re.compile(
    rf"(?<![\w\ue000-\ue1ff])(?:[{_SCRIPTS}\w]*[{_SCRIPTS}][{_SCRIPTS}\w]*"
    r"|[^\W\d_]{3,}|[\u0400-\u04ff\u0590-\u05ff\u4e00-\u9fff]+)(?![\w])"
)


def untranslated_words(english: str, project: Any) -> tuple[str, ...]:
    """The words of a translated request that are neither English nor the ad's own words: what
    the tables did not translate, which the reading will have gone on without."""
    known = document_words(project) if project is not None else frozenset()
    found = []
    for m in _WORD_OF_LETTERS_RE.finditer(english):
        word = m.group(0)
        if m.start() > 0 and (word[0].isupper() or english[m.start() - 1] in "'’"):
            continue  # a name ("Montserrat"), or a suffix on an English word ("hook'taki")
        lower = word.lower()
        if not (is_english(lower) or lower in known or is_known(lower)):
            found.append(word)
    return tuple(found)


__all__ = ["language_of", "to_english", "untranslated_words"]
