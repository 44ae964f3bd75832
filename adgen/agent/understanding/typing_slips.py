"""Slips of a phone's keyboard that the word-by-word typo step cannot see (round thirty c, dev21's
mobile crowd): a key held down on a word of the request ("WAYYY faster", "sooo much bigger"), a
word typed twice ("make the the end card card bigger"), "the" glued to the next word ("theend
card", "thehook"), autocorrect's real words for the parts of an ad ("the cat text" for the CTA's,
"the shower case" for the showcase), and "make the hook brother", asked about.

Part of :mod:`adgen.agent.understanding`. Read as typed: "WAYYY faster" after a voice edit lost
its follow-up and halved the ad's length (a wrong edit); "make the the phone number number
bigger" enlarged another scene's text; "the cat text should say …" asked which scene. Quotes are
masked before this step, so the ad's own words never change.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.normaliser import held_key, in_dictionary
from adgen.agent.understanding.quotes import PLACEHOLDER_RE

# --- a key held down: "wayyy", "sooo", "BIGGERRR" -------------------------------------------------

_HELD_RE = re.compile(r"\b[A-Za-z]*([A-Za-z])\1\1[A-Za-z]*\b")


def _squeezed(m: re.Match[str]) -> str:
    word = m.group(0)
    meant = held_key(word.lower())
    return meant if meant is not None else word


# --- a word typed twice: "the the", "number number" -------------------------------------------------

# Words said twice on purpose ("very very", "no no", "that that", "bye bye", "more more").
_TWICE_ON_PURPOSE = frozenset(
    "very really much more so way far super no yes yeah ha haha lol again that had bye go now please pls "
    "lot tiny bit little big bigger louder faster slower smaller quieter longer shorter undo redo back".split()
)
_TWICE_RE = re.compile(r"\b([A-Za-z]+)(?:\s+\1\b)+", re.I)


def _once(m: re.Match[str]) -> str:
    word = m.group(1)
    return m.group(0) if word.lower() in _TWICE_ON_PURPOSE else word


# "so much faster", "like way bigger": the amount is "much" / "way" ("so" made it no follow-up).
_SO_MUCH_RE = re.compile(r"\b(?:so|like|soo)\s+(?=(?:much|way|far)\s+[a-z]+er\b)", re.I)


# --- "the" glued to the next word: "theend card", "thehook" ----------------------------------------

# The parts of an ad and what a marketer says about them, glued to "the" (a row per word).
_GLUED_WORDS = (
    "end|hook|cta|music|voice|text|intro|outro|opener|ending|last|first|second|third|final|opening|closing|"
    "showcase|logo|product|background|title|headline|caption|captions|scene|video|ad|font|colou?rs?|brand|"
    "tagline|audio|narrator|voiceover|picture|photo|image|shot|card|button"
)
_GLUED_RE = re.compile(rf"\bthe(?P<w>{_GLUED_WORDS})\b", re.I)


def _unglued(m: re.Match[str]) -> str:
    glued = m.group(0)
    if in_dictionary(glued.lower()):
        return glued  # ("thereafter", "themusic" is no word, "theme" is)
    return f"{glued[:3]} {m.group('w')}"


# --- autocorrect's words for the parts of an ad ----------------------------------------------------

_PART_AFTER = (
    r"(?=\s+(?:text|txt|words|line|copy|button|card|scene|slide|frame|screen|font|colou?r|bigger|smaller)\b)"
)
# "the cat text", "the cat button": the CTA's (unless the ad shows a cat).
_CAT_RE = re.compile(rf"\b(?P<a>the|that|this|my|our|your)\s+cat{_PART_AFTER}", re.I)
# "the shower case", "the show case": the showcase.
_SHOWCASE_RE = re.compile(r"\b(?P<a>the|that|this)\s+show(?:er)?\s+case\b", re.I)


def unslipped(masked: str, project: Any | None) -> str:
    """``masked`` with the keyboard's slips undone (see the module docstring); else as typed."""
    if project is None:
        return masked
    end = len(masked) if PLACEHOLDER_RE.search(masked) else text_cue_end(masked)
    return _unslipped(masked[:end], project) + masked[end:]  # (a text typed without quotes stays)


def _unslipped(masked: str, project: Any) -> str:
    text = _HELD_RE.sub(_squeezed, masked)
    text = _TWICE_RE.sub(_once, text)
    text = _SO_MUCH_RE.sub("", text)
    text = _GLUED_RE.sub(_unglued, text)
    shown = " ".join(f"{s.background_prompt or ''} {s.overlay.text or ''}".lower() for s in project.scenes)
    if not re.search(r"\bcats?\b|\bkitten", shown):
        text = _CAT_RE.sub(lambda m: f"{m.group('a')} cta", text)
    if not re.search(r"\bshowers?\b", shown):
        text = _SHOWCASE_RE.sub(lambda m: f"{m.group('a')} showcase", text)
    return text


# --- "make the hook brother": bigger, bolder or brighter? ------------------------------------------

_BROTHER_RE = re.compile(
    r"^\W*(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:make|turn|get)\s+(?P<what>(?:the|that|this)\s+[\w\s]{2,30}?)"
    r"\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|way\s+)?brother(?:\s+(?:please|pls))?\W*$",
    re.I,
)
BROTHER_MEANT = ("bigger", "bolder", "brighter")


def brother_readings(masked: str) -> tuple[str, list[tuple[str, str]]] | None:
    """For "make the hook brother": what it names and the requests it may mean, one per word of
    :data:`BROTHER_MEANT` (the caller keeps those it can do), or None."""
    m = _BROTHER_RE.match(masked)
    if m is None:
        return None
    what = m.group("what").strip()
    return what, [(word, f"make {what} {word}") for word in BROTHER_MEANT]


__all__ = ["BROTHER_MEANT", "brother_readings", "unslipped"]
