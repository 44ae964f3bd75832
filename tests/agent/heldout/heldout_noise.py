"""Typo and chat-shorthand noise over the held-out conversations: unseen text from seen cases.

Why: the development sets have been tuned until they show ~0 wrong edits, so they no longer say
what goes wrong on text the parser has not met. The same conversations with a dropped, swapped
or doubled letter in one or two content words per message (and some chat shorthand) are text it
has not met, and the cases still say exactly what must change. A noisy set measures the
precision of the typo handling: a reading built on a wrong guess is a wrong edit.

Deterministic: one seed gives the same noisy text for every case on every machine (a
``random.Random`` per message, seeded by the seed, the case id and the turn number).

What is never touched, so that a case's expectation stays true of its noisy text:
- quoted text ("…", '…', “…”, ‘…’, «…») and everything after a word that starts literal text
  ("say …", "called …", "CTA: …");
- capitalised words (names), words with digits, words of fewer than four letters, stop words;
- any word that appears in the case's expectations (a product name, a colour value, a text).
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Iterable
from typing import Any

from heldout_cases import Case

# Stop words are short or structural; corrupting them says little about understanding.
_STOP = frozenset(
    """
    about after again also been before being could does doing down each from have here into just
    like make made more most much only other over really some such than that them then there these
    they this those very want what when where which while will with would your yours it's that's
    """.split()
)
# Shorthand a marketer types: (word, shorthand). Applied to at most one word per message.
SHORTHAND = (
    ("please", "pls"),
    ("text", "txt"),
    ("you", "u"),
    ("because", "bc"),
    ("video", "vid"),
    ("background", "bg"),
    ("seconds", "secs"),
    ("with", "w/"),
)
_FILLERS = (" tbh", " pls", " thx", " lol")
_QUOTE_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|«[^»]*»|(?<![A-Za-z])'[^']*'(?![A-Za-z])")
_LITERAL_CUE_RE = re.compile(
    r"\b(?:say|says|saying|said|read|reads|reading|called|named|titled|font|typeface|tagline|slogan|motto)\b"
    r"|[:=→]|->",
    re.I,
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def expectation_words(value: Any) -> frozenset[str]:
    """Every word of a case's expectations, lower-case (left as typed in the noisy text)."""
    words: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            words |= expectation_words(k) | expectation_words(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            words |= expectation_words(v)
    elif isinstance(value, str):
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", value)}
    return frozenset(words)


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
    cue = _LITERAL_CUE_RE.search(text)
    if cue:
        spans.append((cue.start(), len(text)))
    return spans


def eligible_words(text: str, keep: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the words noise may change (see the module docstring)."""
    spans = _protected_spans(text)
    out = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        if any(a <= m.start() < b for a, b in spans):
            continue
        if len(word) < 4 or not word.islower() or word in _STOP or word in keep or "'" in word:
            continue
        out.append((m.start(), m.end()))
    return out


def typo(word: str, rng: random.Random) -> str:
    """One dropped, swapped or doubled letter, never the first letter (people rarely miss it)."""
    kind = rng.choice(("drop", "swap", "double"))
    i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and word[i] != word[i + 1 if i + 1 < len(word) else i - 1]:
        j = i + 1 if i + 1 < len(word) else i - 1
        a, b = sorted((i, j))
        return word[:a] + word[b] + word[a] + word[b + 1 :]
    return word[: i + 1] + word[i] + word[i + 1 :]


def noisy_message(text: str, rng: random.Random, keep: frozenset[str] = frozenset()) -> str:
    """``text`` with a typo in one or two content words, and maybe a shorthand or a filler."""
    spans = eligible_words(text, keep)
    chosen = sorted(rng.sample(spans, min(len(spans), rng.choice((1, 2)))), reverse=True)
    for start, end in chosen:
        text = text[:start] + typo(text[start:end], rng) + text[end:]
    if rng.random() < 0.3:
        protected = _protected_spans(text)
        for word, short in SHORTHAND:
            m = re.search(rf"\b{re.escape(word)}\b", text)
            if m and word not in keep and not any(a <= m.start() < b for a, b in protected):
                text = text[: m.start()] + short + text[m.end() :]
                break
    if rng.random() < 0.15 and len(text.split()) > 3 and not _protected_spans(text):
        text = text.rstrip(" .!") + rng.choice(_FILLERS)
    return text


def noisy_cases(cases: Iterable[Case], seed: int) -> list[Case]:
    """Each case with every message made noisy (same expectations)."""
    out = []
    for case in cases:
        keep = expectation_words(case.expect) | expectation_words([t.reply for t in case.turns])
        turns = tuple(
            dataclasses.replace(
                turn, say=noisy_message(turn.say, random.Random(f"{seed}:{case.id}:{n}"), keep)
            )
            for n, turn in enumerate(case.turns)
        )
        out.append(dataclasses.replace(case, turns=turns))
    return out


__all__ = ["SHORTHAND", "eligible_words", "expectation_words", "noisy_cases", "noisy_message", "typo"]
