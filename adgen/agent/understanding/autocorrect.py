"""A phone's autocorrect swapping one real word for another ("the rain seen longer", "music
lowed", "make the bother bigger"), read as the word meant only where the words around it
leave no other reading.

Part of :mod:`adgen.agent.understanding` (issue 15: requests as marketers really type them).
The fuzzy typo step (:mod:`normaliser`) leaves dictionary words alone on purpose: "seen",
"bother" and "lowed" are English. Read as typed, "make the rain seen longer" lost its scene and
lengthened the whole ad (a wrong edit), and "the bother bigger" enlarged the text. Each row
here names the word, the word meant and the context that makes it certain (the words before
and after it), so "have you seen the hook" or "don't bother" keep their words. A row may also
need a word of the ad itself ("bottle" is meant only when the ad shows a bottle).

Nothing in a quote changes (quotes are masked before this step), nor anything after the start
of a text typed without quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.quotes import PLACEHOLDER_RE

_LENGTH_AFTER = (
    r"(?=\s+(?:(?:should|must|can|could|needs?\s+to)\s+)?(?:be\s+|to\s+|only\s+|just\s+|is\s+)?"
    r"(?:(?:a\s+(?:bit|little|tad)\s+|a\s+lot\s+|much\s+|way\s+|slightly\s+|even\s+)?(?:longer|shorter)\b|"
    r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|(?:say|read|text|words|brighter|darker|faster|slower)\b))"
)


@dataclass(frozen=True)
class _Row:
    """One real-word slip: ``pattern`` matches it in context; ``meant`` replaces the match
    (group references allowed); ``needs`` is a word the ad must hold, if any."""

    pattern: re.Pattern[str]
    meant: str
    needs: str | None = None


_ROWS: tuple[_Row, ...] = (
    # "make the rain seen longer", "the traffic seen 45 seconds", "that seen say 'x'": "seen"
    # after a noun phrase started by the/that/this and before a length or a text.
    _Row(
        re.compile(
            r"\b((?:the|that|this|last|first|final|opening|closing)\s+(?:[a-z]+\s+){0,2}?)seen\b"
            + _LENGTH_AFTER,
            re.I,
        ),
        r"\1scene",
    ),
    # "in the first seen", "the last seen": an ordinal before "seen" and nothing after it.
    _Row(
        re.compile(
            r"\b(the\s+(?:first|second|third|last|final|next|opening|closing)\s+)seen\b(?=\s*(?:$|[,.!?;]))",
            re.I,
        ),
        r"\1scene",
    ),
    # "make the bother bigger", "the bother on the left": only in an ad that shows a bottle.
    _Row(
        re.compile(
            r"\b(the\s+)bother\b(?=\s+(?:bigger|smaller|larger|more|less|a\s+bit|on|to|in|up|down|left|right)\b)",
            re.I,
        ),
        r"\1bottle",
        needs="bottle",
    ),
    # "music lowed please", "volume lowed a bit": "lower" after what a level belongs to.
    _Row(re.compile(r"\b((?:music|volume|sound|audio|voice|track|song)\s+)lowed\b", re.I), r"\1lower"),
    # "a tiny but quieter", "a little but bigger": "bit" before a comparative.
    _Row(
        re.compile(r"\b(a\s+(?:tiny|little|wee|lil)\s+)but\b(?=\s+(?:more\s+|less\s+)?[a-z]+er\b)", re.I),
        r"\1bit",
    ),
    # "a small bit shorter", "a small little bit louder" (Irish English): "a little bit", never the
    # text made small (it shrank the hook's words as well as its length)
    _Row(
        re.compile(
            r"\ba\s+small(?:\s+little)?\s+(bit|tad|touch)\b(?=\s+(?:more\s+|less\s+)?[a-z]+er\b)", re.I
        ),
        r"a little \1",
    ),
    # "sooo slow", "tooo loud": a word held for stress is the word.
    _Row(re.compile(r"\bso{3,}\b", re.I), "so"),
    _Row(re.compile(r"\bto{3,}\b", re.I), "too"),
    # "can the music be a lot quitter": "quieter" after what is heard.
    _Row(
        re.compile(
            r"\b((?:music|volume|sound|audio|voice(?:[\s-]?over)?|track|song)\b[^.,;!?]{0,25}?)\bquitter\b",
            re.I,
        ),
        r"\1quieter",
    ),
    # "same fir the bonfire one": "for" after "same".
    _Row(re.compile(r"\b(same\s+)fir\b(?=\s+(?:the|this|that|scene|it)\b)", re.I), r"\1for"),
    # "make a 10 second add for Pebble & Pine": the ad, before what it is for.
    _Row(
        re.compile(
            r"\b(an?\s+(?:\d+(?:\.\d+)?[\s-]*(?:s|secs?|seconds?)[\s-]+)?(?:new\s+|quick\s+|short\s+|video\s+)?)add\b"
            r"(?=\s+(?:for|about|of|promoting)\b)",
            re.I,
        ),
        r"\1ad",
    ),
    # "make the finial scene say …": "final" before a scene word.
    _Row(re.compile(r"\bfinial\b(?=\s+(?:scene|shot|card|frame|slide|one|bit)\b)", re.I), "final"),
    # "put it on the write": "right" after "on/to the".
    _Row(re.compile(r"\b((?:on|to|at)\s+the\s+)write\b(?=\s|$|[,.!?;])", re.I), r"\1right"),
    # "make the text wight": "white" after what has a colour.
    _Row(
        re.compile(r"\b((?:text|words|font|letters|colou?r|caption|title)\s+(?:to\s+|in\s+)?)wight\b", re.I),
        r"\1white",
    ),
    # "drop the music to 40%": lowered to a level, not removed.
    _Row(
        re.compile(
            r"\bdrop\s+((?:the\s+)?(?:music|volume|sound|audio|track|song)\s+)(?:down\s+)?(?=to\s+\d)", re.I
        ),
        r"lower \1",
    ),  # (round twenty-four a) "the scene wth the riders", "the shot wiht the awning": "with"
    _Row(
        re.compile(
            r"\b((?:scene|shot|bit|one|part|clip|slide)\s+)(?:wth|wiht|whit|wit|wih)\b"
            r"(?=\s+(?:the|a|an|our|those|these|that)\b)",
            re.I,
        ),
        r"\1with",
    ),
    # "drop it to the bottom", "drop the hook text to the top": a move, never a removal
    _Row(
        re.compile(
            r"\bdrop\s+((?:it|that|them|this|the\s+(?:[\w'-]+\s+){0,4}?(?:text|line|words|caption|copy|headline|logo))\s+)"
            r"(?:down\s+|up\s+)?(?=to\s+the\s+(?:very\s+)?(?:bottom|top|left|right|centre|center|middle|lower|upper)\b)",
            re.I,
        ),
        r"move \1",
    ),
    # "take a second off the hook", "shave half a second off the cta": the amount in digits
    _Row(
        re.compile(r"\b((?:take|shave|knock|cut|trim|chop)\s+)(?:a|one)\s+(sec(?:ond)?)\b(?=\s+off\b)", re.I),
        r"\g<1>1 \2",
    ),
    _Row(
        re.compile(
            r"\b((?:take|shave|knock|cut|trim|chop)\s+)half\s+an?\s+(sec(?:ond)?)\b(?=\s+off\b)", re.I
        ),
        r"\g<1>0.5 \2",
    ),
    # "al the text white exept the hook", "every scene expect the cta": "all", "except"
    _Row(
        re.compile(
            r"\bal\b(?=\s+(?:(?:of\s+)?the\s+)?(?:text|texts|txt|scenes|captions|words|lines)\b)", re.I
        ),
        "all",
    ),
    _Row(
        re.compile(
            r"\b((?:all|every|everything|each|everywhere)\b[^.;!?]{0,40}?)\b(?:exept|excpet|excep|exsept|expect|"
            r"accept|ecxept|excetp)\b(?=\s+(?:for\s+)?(?:the|that|this|scenes?|on)\b)",
            re.I,
        ),
        r"\1except",
    ),
)


def autocorrected(masked: str, ad_words: frozenset[str] = frozenset()) -> str:
    """``masked`` with the real-word slips of :data:`_ROWS` read as the word meant, up to where
    a text typed without quotes may start. ``ad_words`` are the ad's own words (lower case)."""
    end = len(masked) if PLACEHOLDER_RE.search(masked) else text_cue_end(masked)
    request, copy = masked[:end], masked[end:]
    for row in _ROWS:
        if row.needs is not None and row.needs not in ad_words:
            continue
        request = row.pattern.sub(row.meant, request)
    return request + copy
