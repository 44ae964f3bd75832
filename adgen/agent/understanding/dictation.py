"""What a phone's voice dictation writes, in the words a typist would have used (round 28 c).

Part of :mod:`adgen.agent.understanding`. Read on the raw message before anything else, so the
rest of the parser sees what was meant:

- a quote spoken aloud: "say quote Book a demo end quote" -> say "Book a demo" (with "unquote",
  "close quote", "end of quote");
- punctuation spoken aloud in a message with none of its own: "bigger comma and make it white
  period" -> "bigger, and make it white." (outside quotes; "period" only at the end or before
  the next request, never "the trial period");
- the letters of CTA heard as words: "see tee ay", "sea tea a", "c t a" -> "CTA", only where a
  scene is named (after "the", "on", … or before "text", "scene", …);
- a word heard as two: "show case" -> "showcase", "end card" stays;
- a number heard as its homophone before "seconds": "down to too seconds" -> "down to two
  seconds", "make it for seconds" -> "four seconds" (no length is "too seconds").

And a learner's word order, fronted before a comma: "the text of the flooded bathroom, put it in
down" -> "the flooded bathroom text, …" (the scene named by what it shows, as
:mod:`scene_descriptions` reads it).
"""

from __future__ import annotations

import re

from adgen.agent.understanding.quotes import mask_quotes, unmask

_I = re.I

# "quote Book a demo end quote", "open quote … close quote", "in quotes … end quotes"
_SPOKEN_QUOTE_RE = re.compile(
    r"\b(?:open\s+|begin\s+|in\s+)?quotes?\s+(?P<q>\S.*?)\s*,?\s+(?:end\s+(?:of\s+)?quotes?|close\s+quotes?|unquote)\b"
    r"(?:\s*,?\s+(?:period|full\s+stop)\b)?",  # ("… end quote period": the sentence's end, no word)
    _I,
)
# Punctuation spoken inside a spoken quote: "quote need a boost question mark end quote" is
# "Need a boost?" ("period" only at its end: "a trial period" inside copy is words)
_MARKS_IN_QUOTE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s*\bquestion\s+mark\b", _I), "?"),
    (re.compile(r"\s*\bexclamation\s+(?:mark|point)\b", _I), "!"),
    (re.compile(r"\s*\b(?:period|full\s+stop)$", _I), "."),
    (re.compile(r"\s*\bcomma\b", _I), ","),
    (re.compile(r"\s*\bcolon\b", _I), ":"),
)


def _spoken_copy(words: str) -> str:
    """The words of a spoken quote as copy: its spoken marks as marks, its first letter capital."""
    for pattern, mark in _MARKS_IN_QUOTE:
        words = pattern.sub(mark, words)
    words = re.sub(r"([,:])(?=\w)", r"\1 ", words.strip())
    return words[:1].upper() + words[1:]


_PUNCTUATION_RE = re.compile(r"[.,!?;:]")
_LABEL_RE = re.compile(r"^[^.,!?;:]{1,40}:\s")
# The next request after a spoken full stop ("… bigger period make it white").
_NEXT_REQUEST = (
    r"(?:and|also|then|plus|make|put|change|set|add|remove|move|turn|use|can|could|please|pls|thanks|thank|"
    r"the|music|voice|cta|hook)\b"
)
# (the mark's pattern, the mark, the words before it that make it a word of its own: "add a comma",
# "the trial period")
_SPOKEN_MARKS: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = (
    (
        re.compile(r"(?P<prev>[\w']+)\s+comma\b(?!\s+(?:splice|separated|after|before|between))", _I),
        ",",
        frozenset({"a", "an", "the", "no", "oxford", "any", "one"}),
    ),
    (re.compile(r"(?P<prev>[\w']+)\s+question\s+mark\b", _I), "?", frozenset({"a", "the", "no", "one"})),
    (
        re.compile(r"(?P<prev>[\w']+)\s+exclamation\s+(?:mark|point)\b", _I),
        "!",
        frozenset({"a", "the", "no", "one"}),
    ),
    # ("full stop" is never a span of time: only "a/the/no full stop" is the mark's name)
    (
        re.compile(rf"(?P<prev>[\w']+)\s+full\s+stop(?=\s*$|\s+{_NEXT_REQUEST})", _I),
        ".",
        frozenset({"a", "the", "no", "one"}),
    ),
    (
        re.compile(rf"(?P<prev>[\w']+)\s+period(?=\s*$|\s+{_NEXT_REQUEST})", _I),
        ".",
        frozenset(
            "trial promo promotion sale sales offer holiday grace launch time the a this that free intro introductory"
            " discount waiting billing return returns refund test same whole day week month".split()
        ),
    ),
)
# The letters C, T, A as dictation hears them, where a scene is named.
# (each letter heard apart: "cta" as typed is left as typed)
_CTA_LETTERS = r"(?:see|sea|c)[\s.-]+(?:tee|tea|t)[\s.-]+(?:ay|a|eh)"
_CTA_RE = re.compile(
    rf"(?P<pre>^\s*|\b(?:the|on|in|to|of|for|that|this|our|my|your)\s+){_CTA_LETTERS}"
    r"(?=\s*(?:$|[,.!?;:]|\s(?:text|scene|slide|card|button|words|copy|line|colou?r|font|background|should|is|needs?|"
    r"bigger|smaller|white|black|red|blue|green|yellow|please|pls)\b))",
    _I,
)
_SPLIT_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bshow\s+case(?=\s+(?:scene|slide|text|words|copy|caption|headline|line|shot|part|bit|one)\b|\s*$|\s*[,.!?])",
            _I,
        ),
        "showcase",
    ),
)
# A number's homophone before seconds: "too seconds" always; "to"/"for" after a word that a length follows.
_NUMBER_HOMOPHONES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\d.]\s)\btoo(?=\s+(?:seconds?|secs?)\b)", _I), "two"),
    (
        re.compile(
            r"\b(?P<pre>(?:to|at|be|is|only|just|about|around|exactly|last|lasts)\s+)(?P<w>to|for)(?=\s+(?:seconds?|secs?)\b)",
            _I,
        ),
        "",
    ),
)
# "the text of the flooded bathroom, …": the words of the scene that shows it, fronted.
_TEXT_OF_RE = re.compile(
    r"\bthe\s+(?P<n>text|words|copy|caption|headline|title|writing)\s+(?:of|from)\s+the\s+"
    r"(?P<x>(?!(?:scene|slide|shot|clip|ad|video|whole|entire|same|other|first|second|third|fourth|fifth|last|next|"
    r"previous|cta|hook|end|start|beginning|brand|music|voice|voiceover|narrator|song|logo)\b)[a-z][\w'-]*"
    r"(?:\s+(?!(?:scene|slide|shot|and|but|to|at|in|on|please|pls)\b)[a-z][\w'-]*){0,2})(?=\s*,)",
    _I,
)
_NUMBER_OF = {"to": "two", "for": "four"}


def _mark(m: re.Match[str], mark: str, words: frozenset[str]) -> str:
    prev = m.group("prev")
    if prev.lower() in words or prev.isdigit():
        return m.group(0)
    return prev + mark


def _number(m: re.Match[str]) -> str:
    return m.group("pre") + _NUMBER_OF[m.group("w").lower()]


def undictated(raw: str) -> str:
    """``raw`` with what dictation wrote in the words a typist would have used."""
    if not re.search(r"[a-z]", raw, _I):
        return raw
    text = _SPOKEN_QUOTE_RE.sub(lambda m: f'"{_spoken_copy(m.group("q"))}"', raw)
    masked, quotes = mask_quotes(text)
    # ("end card text: Enter now comma …": a label's colon is the typist's, the rest is dictated)
    if not _PUNCTUATION_RE.search(_LABEL_RE.sub("", masked, count=1)):
        for pattern, mark, words in _SPOKEN_MARKS:
            masked = pattern.sub(lambda m, mark=mark, words=words: _mark(m, mark, words), masked)
    masked = _CTA_RE.sub(r"\g<pre>CTA", masked)
    for pattern, word in _SPLIT_WORDS:
        masked = pattern.sub(word, masked)
    first, second = _NUMBER_HOMOPHONES
    masked = first[0].sub(first[1], masked)
    masked = second[0].sub(_number, masked)
    masked = _TEXT_OF_RE.sub(r"the \g<x> \g<n>", masked)
    return unmask(masked, quotes)


__all__ = ["undictated"]
