"""Timed words into caption cues: at most 42 characters a line and two lines a cue, broken
where a reader expects (sentence ends, pauses, commas; never after "the" or "a" when avoidable),
each cue on screen long enough to read and never overlapping the next.

The limits are the usual broadcast ones (BBC and Netflix subtitle guidelines: 42 characters,
two lines, at least about 0.8 s on screen, at most about 7 s). Characters are counted as a
reader sees them: an emoji sequence or an accented letter is one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from adgen.voice.types import Cue, WordTiming

MAX_CHARS = 42
MAX_LINES = 2
MIN_CUE_SEC = 0.8
MAX_CUE_SEC = 6.0
PAUSE_BREAK_SEC = 0.45  # a silence this long between words starts a new cue
HOLD_SEC = 0.3  # a cue stays after its last word, for reading
GAP_SEC = 0.04  # between consecutive cues, so players never show two at once

_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？")
_CLAUSE_END = (",", ";", ":", "—", "–", "、", "，")
_WEAK_ENDINGS = frozenset(
    "a an the to of and or but for with in on at by from your our my their its this that".split()
)
_JOINERS = {0x200D, 0xFE0F, 0xFE0E, 0x20E3}


def _attaches(ch: str) -> bool:
    cp = ord(ch)
    return cp in _JOINERS or 0x1F3FB <= cp <= 0x1F3FF or unicodedata.category(ch) in ("Mn", "Me")


def display_length(text: str) -> int:
    """Characters as a reader counts them: combining marks, joiners, variation selectors and
    skin tones belong to the character before them; a ZWJ sequence is one."""
    count, joined = 0, False
    for ch in unicodedata.normalize("NFC", text):
        if _attaches(ch):
            joined = ord(ch) == 0x200D
            continue
        if not joined:
            count += 1
        joined = False
    return count


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
    )


def join_words(words: Sequence[str]) -> str:
    """Words into a line: a space between them, none between two CJK characters."""
    out = ""
    for word in words:
        if out and not (_is_cjk(out[-1]) and _is_cjk(word[0])):
            out += " "
        out += word
    return out


def clean_caption_text(text: str) -> str:
    """A word as a caption may show it: no control characters, no line breaks, and no "-->"
    (which would end a cue's timing line in SRT and WebVTT)."""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    text = text.replace("-->", "→")
    return " ".join(text.split())


def _graphemes(text: str) -> list[str]:
    clusters: list[str] = []
    for ch in text:
        if clusters and (_attaches(ch) or clusters[-1].endswith("\u200d")):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _split_long(word: WordTiming, max_chars: int) -> list[WordTiming]:
    """A word longer than a line (unspaced CJK, a URL) cut between characters, its time shared
    out by length."""
    clusters = _graphemes(word.text)
    if len(clusters) <= max_chars:
        return [word]
    pieces = ["".join(clusters[i : i + max_chars]) for i in range(0, len(clusters), max_chars)]
    span = word.end - word.start
    out, done = [], 0
    for piece in pieces:
        n = len(_graphemes(piece))
        start = word.start + span * done / len(clusters)
        done += n
        out.append(WordTiming(piece, start, word.start + span * done / len(clusters)))
    return out


def wrap_lines(
    words: Sequence[str], max_chars: int = MAX_CHARS, max_lines: int = MAX_LINES
) -> list[str] | None:
    """The words as one line, or two balanced lines broken at the best place; None if they do
    not fit in ``max_lines`` lines of ``max_chars``."""
    if not words:
        return []
    whole = join_words(words)
    if display_length(whole) <= max_chars:
        return [whole]
    if max_lines < 2:
        return None
    best: tuple[float, list[str]] | None = None
    for k in range(1, len(words)):
        top, bottom = join_words(words[:k]), join_words(words[k:])
        lt, lb = display_length(top), display_length(bottom)
        if lt > max_chars or lb > max_chars:
            continue
        cost = abs(lt - lb) + (0 if lb >= lt else 2)  # balanced, a little bottom-heavy
        last = words[k - 1]
        if last.endswith(_SENTENCE_END + _CLAUSE_END):
            cost -= 12
        elif re.sub(r"\W", "", last.lower()) in _WEAK_ENDINGS:
            cost += 15
        if best is None or cost < best[0]:
            best = (cost, [top, bottom])
    return best[1] if best else None


def _fits(words: Sequence[WordTiming], max_chars: int, max_lines: int) -> bool:
    return wrap_lines([w.text for w in words], max_chars, max_lines) is not None


def _group(words: list[WordTiming], max_chars: int, max_lines: int, max_sec: float) -> list[list[WordTiming]]:
    groups: list[list[WordTiming]] = []
    current: list[WordTiming] = []
    for word in words:
        if current:
            last = current[-1]
            chars = display_length(join_words([w.text for w in current]))
            reasons = (
                word.start - last.end >= PAUSE_BREAK_SEC,
                word.end - current[0].start > max_sec,
                last.text.endswith(_SENTENCE_END)
                and (chars >= 12 or last.end - current[0].start >= MIN_CUE_SEC),
                last.text.endswith(_CLAUSE_END) and chars >= max_chars * 0.6,
            )
            if any(reasons):
                groups.append(current)
                current = []
            elif not _fits([*current, word], max_chars, max_lines):
                # Full: carry the words after the cue's last clause break over, if it is late enough.
                cut = max(
                    (
                        i + 1
                        for i, w in enumerate(current[:-1])
                        if w.text.endswith(_SENTENCE_END + _CLAUSE_END)
                    ),
                    default=0,
                )
                if cut and display_length(join_words([w.text for w in current[:cut]])) >= max_chars * 0.5:
                    groups.append(current[:cut])
                    current = current[cut:]
                else:
                    groups.append(current)
                    current = []
        current.append(word)
    if current:
        groups.append(current)
    return groups


def build_cues(
    words: Sequence[WordTiming],
    *,
    max_chars: int = MAX_CHARS,
    max_lines: int = MAX_LINES,
    min_sec: float = MIN_CUE_SEC,
    max_sec: float = MAX_CUE_SEC,
    end_limit: float | None = None,
) -> list[Cue]:
    """Cues for a run of timed words (one scene, or the whole ad with shifted words).

    A cue starts with its first word and stays until its last word ends plus a short hold,
    at least ``min_sec`` when the next cue leaves room, and never past ``end_limit`` (the end
    of the scene) or into the next cue.
    """
    prepared: list[WordTiming] = []
    for word in words:
        text = clean_caption_text(word.text)
        if text:
            prepared += _split_long(WordTiming(text, word.start, max(word.start, word.end)), max_chars)
    groups = _group(prepared, max_chars, max_lines, max_sec)
    cues: list[Cue] = []
    for i, group in enumerate(groups):
        start = group[0].start
        limit = groups[i + 1][0].start - GAP_SEC if i + 1 < len(groups) else float("inf")
        if end_limit is not None:
            limit = min(limit, end_limit)
        end = max(group[-1].end + HOLD_SEC, start + min_sec)
        end = max(min(end, limit), min(group[-1].end, limit), start + 0.01)
        lines = wrap_lines([w.text for w in group], max_chars, max_lines) or [
            join_words([w.text for w in group])
        ]
        cues.append(Cue(round(start, 3), round(end, 3), tuple(lines), tuple(group)))
    return cues


__all__ = [
    "MAX_CHARS",
    "MAX_LINES",
    "build_cues",
    "clean_caption_text",
    "display_length",
    "join_words",
    "wrap_lines",
]
