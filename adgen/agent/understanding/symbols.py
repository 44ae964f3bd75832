"""Emoji and symbols typed as words: "🎵 ⬇️", "cta 👉 'Order yours now'", "❌ 'X' ✅ 'Y'",
"+2s on the end card", "📏 12s → 15s", "↩️ undo".

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
Framing strips emoji as decoration, so "🎵 ⬇️" was read as nothing (the help text), "musci ⬇️ a
bit" as "music a bit", "📏 12s → 15s" set the ad to 12 s, and "+2s on the end card" made the end
card 2 s long ("+2s" is now "2 s more", "−1s" "1 s less"; "make the hook -2 s" is still a value,
refused). Each symbol that stands for a word is one row of :data:`SYMBOL_ROWS`, written out
before the rest of the parser reads the message; 🙏, 🙌, 😬 … stay decoration (framing drops them).

Only the request is rewritten: quoted copy is masked before this runs, and nothing after the
start of a text typed without quotes ("the cta should say: 🎵 Summer 🎵") changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK, PLACEHOLDER_RE

_VS = "\ufe0f?"  # the variation selector an emoji may carry
_QUOTE = PLACEHOLDER_MARK + "[\ue100-\ue1ff]"
_AMOUNT = r"(?P<n>\d+(?:\.\d+)?)"
_SECONDS = r"(?:s|secs?|seconds?)\b"
_ARROW = rf"(?:→|->|=>|➡{_VS}|👉)"
_FREE = r"(?:^|(?<=[\s,;:(]))"  # a sign that starts a word: "+2s", never "00:21–00:28"
# "make the hook -2 seconds", "set it to -3 s": a value asked for, below zero (refused as typed),
# never a change by that much
_SET_BEFORE_RE = re.compile(r"\b(?:make|set|change|turn|to|be|at)\b[^,;.!?\n]*$", re.I)


def _signed(m: re.Match[str], words: str) -> str:
    if _SET_BEFORE_RE.search(m.string[: m.start()]):
        return re.sub("[−–]", "-", m.group(0))  # (a typographic minus is still a minus)
    return words.format(n=m.group("n"))


# (pattern, replacement) in order; a replacement may use the pattern's groups.
SYMBOL_ROWS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern, re.I), replacement)
    for pattern, replacement in (
        # "❌ 'Cheap sheets trap heat' ✅ 'Polyester traps heat'": the first replaced by the second
        (
            rf"(?:❌|✖{_VS}|🚫)\s*(?P<old>{_QUOTE})\s*[,;]?\s*(?:✅|✔{_VS}|☑{_VS})\s*(?P<new>{_QUOTE})",
            r" replace \g<old> with \g<new> ",
        ),
        # "'Order today' → 'Order now'": the first replaced by the second, too
        (rf"(?P<old>{_QUOTE})\s*{_ARROW}\s*(?P<new>{_QUOTE})", r"replace \g<old> with \g<new>"),
        # "scene 2 -> 5s": the scene's new value (sweep 40: "2 -> 5s" was read as from 2 s to 5 s,
        # and the ad cut to 5 s)
        (rf"(?P<s>\b(?:[Ss]cene|[Ss]lide|[Ss]hot)\s*\d+)\s*{_ARROW}\s*(?=\d)", r"\g<s> to "),
        # "📏 12s → 15s": from the first to the second (the second is the length)
        (
            rf"(?P<a>\d+(?:\.\d+)?)\s*(?:{_SECONDS})?\s*{_ARROW}\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<u>{_SECONDS})",
            r"\g<b> s instead of \g<a> s",
        ),
        # "cta 👉 'Shop the AirLite'", "cta ➡️ 'Crack one open'": the scene should say the quote
        (rf"\s*(?:👉|➡{_VS}|→|=>)\s*(?={_QUOTE})", " should say "),
        # "−1s on the opening", "+2s on the end card": a change by that many seconds
        (rf"{_FREE}[-−–]{_AMOUNT}\s*{_SECONDS}", lambda m: _signed(m, "{n} s less")),
        (rf"{_FREE}\+\s*{_AMOUNT}\s*{_SECONDS}", r"\g<n> s more"),
        # "🎵 -20%", "music +10%": down or up by that share
        (rf"{_FREE}[-−–]{_AMOUNT}\s*%", r"\g<n>% lower"),
        (rf"{_FREE}\+\s*{_AMOUNT}\s*%", r"\g<n>% higher"),
        (r"🎵|🎶|🎼|🔊|🔉|🔈", " music "),
        # "music ↓↓↓", "⬇️⬇️": an arrow typed again and again is a long way (round thirty-one c)
        (rf"(?:(?:⬇{_VS}|↓|⇩|🔽)\s*){{2,}}", " way down "),
        (rf"(?:(?:⬆{_VS}|↑|⇧|🔼)\s*){{2,}}", " way up "),
        (rf"⬇{_VS}|↓|⇩|🔽|👇|📉", " down "),
        (rf"⬆{_VS}|↑|⇧|🔼|👆|📈", " up "),
        (rf"⏱{_VS}|⏲{_VS}|⌛{_VS}|⏳{_VS}|📏", " length "),
        (r"👈", " to the left "),
        (rf"↩{_VS}|🔙|⎌", " undo "),
        # what a symbol left doubled: "👈 left" -> "to the left left", "↩️ undo" -> "undo undo"
        (r"\bto\s+the\s+left\s+(?:to\s+the\s+)?left\b", "to the left"),
        (r"\bundo\s+undo\b", "undo"),
        # "music: slightly lower", "🎵: a bit louder": a colon before a way the volume goes
        (
            r"\b(?P<w>music|volume|sound|audio)\s*[:=]\s*(?=(?:(?:a\s+)?(?:bit|little|tad|touch|smidge|lot|slightly"
            r"|much|way|even|somewhat)\s+)*(?:louder|quieter|softer|lower|higher|up|down)\b)",
            r"\g<w> ",
        ),
        # "🎵 = what style rn?": "=" after a thing asked about
        (r"^\s*(?P<w>music)\s*=\s*(?=what\b|which\b|how\b)", r"\g<w>: "),
    )
)
# "hook: 2 s longer", "the cta: 1 s shorter": a scene labelled before how its length changes (the
# label is no text cue here: "2 s longer" is never the copy). Read over the whole message.
_LABELLED_LENGTH_RE = re.compile(
    r"^(?P<scene>\W*(?:the\s+)?(?:hook|cta|intro|outro|opening|opener|ending|end\s+card|showcase|scene\s+\d+))\s*:\s*"
    r"(?=(?:(?:a\s+)?(?:bit|little|tad|touch|lot)\s+|slightly\s+|much\s+)?(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+)?"
    r"(?:longer|shorter)\s*[.!]*\s*$)",
    re.I,
)
# "closing voice-over line → Your first box is half price.", "cta -> Shop now": after a word for
# what is changed, an arrow before capitalised words typed without quotes is a label's colon (the
# first arrow only: the words after it are copy, kept as typed; case matters here).
_ARROW_LABEL_RE = re.compile(
    r"^(?P<head>[^\n→➡👉]*?\b(?:[a-z][\w'’-]*|\d+))\s*(?:→|->|=>|➡"
    + _VS
    + r"|👉)\s*(?=[A-Z][a-z]|[A-Z]\s|[A-Z]$)"
)
_ANY_ROW_RE = re.compile(r"[:❌✖🚫→➡👉🎵🎶🎼🔊🔉🔈⬇↓⇩🔽👇📉⬆↑⇧🔼👆📈⏱⏲⌛⏳📏👈↩🔙⎌+=−–-]|->")


def symbols_as_words(masked: str) -> str:
    """``masked`` with each symbol of :data:`SYMBOL_ROWS` written as its words, up to where a text
    typed without quotes may start (the copy keeps its symbols)."""
    if not _ANY_ROW_RE.search(masked):
        return masked
    masked = _LABELLED_LENGTH_RE.sub(r"\g<scene> ", masked)
    masked = _ARROW_LABEL_RE.sub(r"\g<head>: ", masked, count=1)
    end = len(masked) if PLACEHOLDER_RE.search(masked) else text_cue_end(masked)
    head, tail = masked[:end], masked[end:]
    for pattern, replacement in SYMBOL_ROWS:
        head = pattern.sub(replacement, head)
    if head != masked[:end]:
        head = re.sub(r"[ \t]{2,}", " ", head).lstrip()
        head = head if tail else head.rstrip()
    return head + tail if head.strip() else masked


__all__ = ["SYMBOL_ROWS", "symbols_as_words"]
