"""How sure a reading is: the words of a message it guessed at, and the words it could not read.

Part of :mod:`adgen.agent.understanding` (issue 15, "Precision first: an edit that changes
something the user did not ask for is worse than a question"). The typo step
(:mod:`normaliser`) replaces a word it does not know by the closest vocabulary word. That is
right for "biger" -> "bigger", but a guess for "baack" (back? black?) or "reod" (red? redo?),
and a word it cannot place at all ("shhoe", "crd") is simply left out of the reading, so the
rest of the message ("way smaller in the cta") is read without the word that said what to
change. Both are doubts; :func:`doubts` lists them, and the message reader asks one question
that names its reading instead of applying it (:mod:`confirm`).

A doubt, word by word, over the text the typo step corrects (quotes masked, nothing after a
word that starts literal text, no names, no words of the ad itself):

- a *guess*: the word was corrected, and other words of the vocabulary are as close to it as
  the correction, by as usual a slip (its ``rivals``); the
  reader then reads the message with each rival too, and only a rival that gives another
  reading makes it a doubt ("quiter": "quite" gives no reading, "quieter" stands);
- a *rare* word: a dictionary word that is no everyday word, one usual slip from a vocabulary
  word ("soe" for "shoe", "musci" for "music", "bing" for "bring"); it is a doubt only when
  reading the vocabulary word instead changes what is edited, another operation or another
  scene ("make the hole ad 15 secs" reads as "whole"; "hip hop" and "hip shop" both set the
  music's mood);
- an *unread* word: not a word of the vocabulary, of English, of the ad, nor shorthand, no
  correction close enough, but a slip or two from a word of the vocabulary or of everyday English
  (:data:`vocabulary.COMMON_WORDS`): a word far from all of them ("rebranded") is one the
  reading has no use for, not a typo. The reader then reads the message without it: when that gives the
  same reading, the word was left out of it ("a bigger shhoe in the showcase" is read as "a
  bigger … in the showcase": the text), a doubt; when it does not, a pattern of the parser read
  it ("a tad", "lofi", a foreign word it translates) and it is no doubt.

A correction with one clear reading ("mkae" -> "make", "quieteer" -> "quieter") is no doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from adgen.agent.understanding import normaliser
from adgen.agent.understanding.normaliser import slip
from adgen.agent.understanding.vocabulary import COMMON_WORDS, WORDS

_LEXICON: tuple[str, ...] = tuple(dict.fromkeys([*WORDS, *sorted(COMMON_WORDS)]))
# Letters only in a word that may be a typo; words with digits, quote placeholders and
# one- or two-letter words say too little to doubt.
_WORD_RE = re.compile(r"(?<![#\w'])[A-Za-z]+(?:'[a-z]+)?(?![\w])")
_LEXICON_SET = frozenset(_LEXICON)
_WORD_SET = frozenset(WORDS)  # the words the parser reads
_HELD_RE = re.compile(r"(.)\1\1+")
_RIVALS = 3  # the closest rivals a guess is read with
# Words the typo step leaves alone on purpose (they are read by other steps).
_NEVER_DOUBTED = frozenset(
    {
        # interjections
        *("ok", "hi", "hey", "hmm", "hm", "ah", "oh", "uh", "um", "aw", "ya", "yo"),
        *("meh", "ugh", "eh", "nah", "welp", "argh", "oof", "huh", "yay", "wow", "ooh", "erm", "mmm"),
        # politeness in other languages: no request of their own
        *("bitte", "svp", "stp", "porfa", "porfavor", "grazie", "gracias", "merci", "danke", "obrigado"),
        # platform nicknames: the platform words around them carry the request
        *("insta", "ig", "fb", "yt", "tt", "tiktoks", "reel"),
        # small amounts the intensity table reads ("a teensy bit quieter", "an itsy bit bigger")
        *("teensy", "weensy", "itsy", "bitsy", "titchy"),
    }
)


@dataclass(frozen=True)
class Doubt:
    """One word the reading is unsure of: ``read_as`` is the guess, None when it was not read."""

    typed: str
    read_as: str | None
    rivals: tuple[str, ...] = ()

    @property
    def is_guess(self) -> bool:
        return self.read_as is not None


def doubts(
    masked: str, known: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> list[Doubt]:
    """The doubts of a message (quotes masked), in the order typed (see the module docstring).

    ``names`` are words the scene references read with their own typo tolerance (the roles of
    the ad's scenes: "socal proof"): a word one slip away from one of them is read."""
    cue = normaliser.LITERAL_CUE_RE.search(masked)
    head = masked[: cue.start()] if cue else masked
    found: list[Doubt] = []
    for m in _WORD_RE.finditer(head):
        word = m.group(0).strip("'")
        lower = word.lower()
        if len(lower) < 3 or lower in _NEVER_DOUBTED or lower in known:
            continue
        if normaliser.is_shorthand(lower, head, m.start(), m.end()) or normaliser.is_name(
            word, head, m.start()
        ):
            continue
        doubt = word_doubt(lower)
        if doubt is not None and not (doubt.read_as is None and _near(lower, names)):
            found.append(doubt)
    return found


@lru_cache(maxsize=4096)
def word_doubt(word: str) -> Doubt | None:
    """The doubt about one lower-case word, or None (a known word, or one clear correction)."""
    if not word.isalpha():
        return None
    if normaliser.is_known(word):
        # A rare dictionary word one slip from a word of the vocabulary ("soe", "musci", "bing"):
        # most likely that word mistyped, and the reading cannot have read it.
        near = _rare_near_vocabulary(word)
        return Doubt(word, None, near) if near else None
    guess = normaliser.correct(word)
    if guess is not None and guess == normaliser.held_key(word):
        return None  # "soooo", "actuallly": a key held down has one reading
    if guess is None:
        # A word like no word of the parser's is a word it does not need ("rebranded"); one a
        # slip or two from one may be that word mistyped ("shhoe", "crd").
        return Doubt(word, None) if _typo_like(word) else None
    if _held_key(word, guess):
        return None  # "soooo", "waaay": a letter held for emphasis, the word squeezed is the word
    if (
        guess not in _WORD_SET
        and not (guess.endswith("s") and guess[:-1] in _WORD_SET)
        and guess != normaliser.swapped_everyday(word)
    ):
        # Squeezed to an everyday word the parser has no use for ("sodaas" -> "sodas"): as good
        # as unread, so the reading without it decides. Two letters of an everyday word swapped
        # ("taht", "cna") is the commonest slip and has one reading: no doubt.
        return Doubt(word, None)
    rivals = _rivals(word, guess)
    return Doubt(word, guess, rivals) if rivals else None


def _held_key(word: str, guess: str) -> bool:
    """A letter typed three times or more, and the word with it squeezed is the correction."""
    return bool(_HELD_RE.search(word)) and guess in (_HELD_RE.sub(r"\1\1", word), _HELD_RE.sub(r"\1", word))


def _typo_like(word: str) -> bool:
    limit = 1 if len(word) <= 4 else 2
    return bool(process.extract(word, _LEXICON, scorer=OSA.distance, score_cutoff=limit, limit=1))


def _rare_near_vocabulary(word: str) -> tuple[str, ...]:
    """The vocabulary words a rare dictionary word is one usual slip from (none for a common one)."""
    if word in _LEXICON_SET or (word.endswith("s") and word[:-1] in _LEXICON_SET):
        return ()
    near = process.extract(word, _LEXICON, scorer=OSA.distance, score_cutoff=1, limit=None)
    return tuple(c for c, _, _ in near if slip(word, c) == 0)[:_RIVALS]


def _rivals(word: str, guess: str) -> tuple[str, ...]:
    """The other words of the lexicon as close to ``word`` as ``guess`` is, and made by as likely
    a slip of the fingers (see :func:`slip`), closest-looking first."""
    best = OSA.distance(word, guess)
    found = process.extract(word, WORDS, scorer=OSA.distance, score_cutoff=best, limit=None)
    likely = slip(word, guess)
    others = [c for c, _, _ in found if c != guess and not _same_word(c, guess) and slip(word, c) <= likely]
    return tuple(sorted(others, key=lambda c: -fuzz.ratio(word, c))[:_RIVALS])


def _near(word: str, names: frozenset[str]) -> bool:
    return any(OSA.distance(word, name) <= 1 for name in names if len(name) >= 4)


def _same_word(a: str, b: str) -> bool:
    """Spellings of one word ("colour"/"color", "hook"/"hooks") are no rivals."""
    return a.rstrip("s") == b.rstrip("s") or {a, b} in (
        {"colour", "color"},
        {"grey", "gray"},
        {"centre", "center"},
    )


__all__ = ["Doubt", "doubts", "slip", "word_doubt"]
