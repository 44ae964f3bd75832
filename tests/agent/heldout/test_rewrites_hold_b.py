"""How a request is framed never changes its reading, second set: every first message of the
development sets that the parser reads into edits (test_rewrites_hold.py) is read again with a
greeting, an address or a label before it, a sign-off after it, a list marker, another quote
style, chat shorthand or no punctuation, and must give the very same operations
(:mod:`adgen.agent.understanding.framing`, :func:`normaliser.spelled_out`). Where a rewrite has
many phrasings, each message gets one of them (the same one every run), to keep the check quick.

Before these steps, of 456 messages (or of those a rewrite applies to), each phrasing on all of
them: a sign-off with a name read differently 42 times (". Thanks, Maria": the name went into the
font and the tagline, the second of two versions was lost), ". Cheers, Sam" 39, ". thanks! - Tom"
37, "\n\nBest regards,\nTom" 6, "\nCheers!\n-Tom" 6, an e-mail ("Hi team,\n\n…\n\nThanks,\nTom")
6; an address first: "@adgen" 9, "adgen," 8, "Hi adgen," 8, "Hey adgen!" 8, "so basically" 9,
"Alright team," 438 ("alright" read as "right"), "Morning team!" 8, "P.S." 8, "Dear team, kindly" 8
of 199; a label with an adjective: "Small change:" 264 (the text was made smaller), "Heads up:" 44,
"Quick request:" 47; a list marker: "1) " 1, "1. " 2, "(1) " 8 of 455; courtesies after it: "rn" 24
("Montserrat rn"), "Thanks so much!" 80, "Much appreciated!" 77, "Thanks in advance" 37, "no rush"
37, "thanks team" 35, "thanks x" 35, "ta" 34, "appreciate it" 34, "lmk if any issues" 35, "tyvm" 26,
"(thanks!)" 24, "thank u" 18, "please and thank you" 4 of 449; a trailing ".." 4, "..." 11 and "…" 22
of 449; "w/" for "with" 4 of 30 (kept in a background prompt, a version lost); curly apostrophes 3
of 22 ("doesn’t" was not read); "&" between two requests 1 of 12 (the second voice request lost);
"n" for "and" 6 of 22 ("swap scenes 2 n 3"). Other quote styles, "- " and "• " before one request,
"asap pls 🙏", "!!!" and a single request typed without commas and full stop already held.

Not checked here: an inline "— Maria" after a request (68 of 456 read it into the value) stays as
typed, since after a quote it may be a testimonial's attribution; only a name on its own last line
or after a courtesy is a sign-off.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from functools import cache

import pytest
from heldout_readable import first_readings, read_differently

from adgen.agent.understanding.framing import keeps_symbols
from adgen.agent.understanding.quotes import Quoted, mask_quotes, unmask

_VERBS = (
    r"(?:make|change|set|add|remove|put|move|turn|use|swap|give|switch|bump|drop|cut|shorten|lengthen|lower"
    r"|raise|increase|decrease|try|update|replace|rename|delete|shift|bring|undo|redo|get|push|darken"
    r"|brighten|mute|speed|slow|nudge|scale|enlarge|shrink|extend|trim|tweak|boost|tone|reduce|keep)\b"
)
_IMPERATIVE_RE = re.compile(_VERBS, re.I)
# A numbered list already: a list marker before it would be a list of lists.
_NUMBERED_RE = re.compile(r"(?:^|\s)\(?\d{1,2}[).]\s")
# A comma or full stop that starts a second clause ("…, keep this one as is"): without it the
# message says something else, so dictation leaves such messages out.
_CLAUSE_BREAK_RE = re.compile(r"[,.;]\s*(?:please\s+|then\s+|and\s+|now\s+)?" + _VERBS, re.I)
_REQUEST_JOIN_RE = re.compile(
    r",? and (?=(?:make|change|set|add|remove|put|move|turn|use|swap|give|switch|bump|drop|cut|shorten"
    r"|lengthen|lower|raise|increase|decrease|try|update|replace|rename|delete|shift|bring|mute|speed|slow)\b)",
    re.I,
)


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def _end(text: str) -> str:
    return text.rstrip(".!")


def _imperative(text: str) -> bool:
    return _IMPERATIVE_RE.match(text) is not None


def _any(text: str) -> bool:
    return True


def _no_copy(text: str) -> bool:
    """No text typed without quotes at the end, whose "!!", emoji and courtesies may be copy."""
    return not keeps_symbols(mask_quotes(text)[0])


def _outside_quotes(change: Callable[[str], str]) -> Callable[[str], str]:
    def changed(text: str) -> str:
        masked, quotes = mask_quotes(text)
        return unmask(change(masked), quotes)

    return changed


def _has(pattern: str) -> Callable[[str], bool]:
    return lambda text: re.search(pattern, mask_quotes(text)[0], re.I) is not None


def _quoted_in(opening: str, closing: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        masked, quotes = mask_quotes(text)
        return unmask(masked, [Quoted(q.inner, opening + q.inner + closing) for q in quotes])

    return change


def _one_of(*changes: Callable[[str], str]) -> Callable[[str], str]:
    """One of ``changes`` per message, the same one each run: many phrasings, one pass."""
    return lambda text: changes[zlib.crc32(text.encode()) % len(changes)](text)


@cache
def _operations() -> dict[str, list[dict]]:
    return {text: operations for text, _, operations in first_readings()}


def _one_request(text: str) -> bool:
    """One operation, no copy typed without quotes, and no comma that starts a second clause."""
    return (
        len(_operations()[text]) == 1 and _no_copy(text) and not _CLAUSE_BREAK_RE.search(mask_quotes(text)[0])
    )


_OPENERS = (
    "@adgen ",
    "adgen, ",
    "so basically ",
    "Alright team, ",
    "Heads up: ",
    "Small change: ",
    "Quick request: ",
)
_COURTESIES = (
    " rn",
    ". Thanks so much!",
    ". Thanks in advance",
    ". Much appreciated!",
    ", thanks team",
    ", thanks x",
    ", ta",
    ", thank u",
    " tyvm",
    " (thanks!)",
    ", no rush",
    ", appreciate it",
    ", lmk if any issues",
    ", please and thank you",
    " asap pls 🙏",
)
_QUOTES = (('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"))

REWRITES: dict[str, tuple[Callable[[str], bool], Callable[[str], str]]] = {
    # greetings and addresses first
    "Dear team, kindly": (_imperative, lambda t: "Dear team, kindly " + _lower_first(t)),
    "an address or a label first": (
        _any,
        _one_of(*(lambda t, o=opener: o + _lower_first(t) for opener in _OPENERS)),
    ),
    "Morning team! / P.S.": (_any, _one_of(lambda t: "Morning team! " + t, lambda t: "P.S. " + t)),
    # a list marker before the one request
    "a list marker": (
        lambda t: not _NUMBERED_RE.search(t),
        _one_of(lambda t: "- " + t, lambda t: "• " + t, lambda t: "1) " + t),
    ),
    # sign-offs
    ". Thanks, Maria": (_any, lambda t: _end(t) + ". Thanks, Maria"),
    "a sign-off on its own lines": (
        _any,
        _one_of(
            lambda t: t + "\n\nBest regards,\nTom",
            lambda t: t + "\nCheers!\n-Tom",
            lambda t: _end(t) + ". thanks! - Tom",
            lambda t: "Hi team,\n\n" + t + "\n\nThanks,\nTom",
        ),
    ),
    # courtesies and punctuation after it
    "a courtesy after it": (
        _no_copy,
        _one_of(*(lambda t, c=courtesy: _end(t) + c for courtesy in _COURTESIES)),
    ),
    ".. / …": (_no_copy, _one_of(lambda t: _end(t) + "..", lambda t: _end(t) + "…")),
    "dictation": (_one_request, _outside_quotes(lambda m: re.sub(r"[,.](?=\s|$)", "", m))),
    # quote styles (the quoted text kept exactly)
    "another quote style": (
        lambda t: (
            bool(mask_quotes(t)[1]) and all(c not in q.inner for q in mask_quotes(t)[1] for _, c in _QUOTES)
        ),
        lambda t: _quoted_in(*_QUOTES[zlib.crc32(t.encode()) % len(_QUOTES)])(t),
    ),
    # shorthand and typing
    "with -> w/": (_has(r"\bwith\b"), _outside_quotes(lambda m: re.sub(r"\bwith\b", "w/", m))),
    "curly apostrophes": (_has(r"\w'\w"), _outside_quotes(lambda m: re.sub(r"(?<=\w)'(?=\w)", "’", m))),
    "and -> &": (_has(_REQUEST_JOIN_RE.pattern), _outside_quotes(lambda m: _REQUEST_JOIN_RE.sub(" & ", m))),
    "and -> n": (
        _has(r"(?<=\w) and (?=\w)"),
        _outside_quotes(lambda m: re.sub(r"(?<=\w) and (?=\w)", " n ", m)),
    ),
}
# Known: "font Lora n tagline 'Warm nights'": after "font" the words are the font's name as typed,
# so the "n" is not read as "and" and the font is not set (nothing wrong is set).
KNOWN = {"and -> n": 1}


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_a_framed_or_shorthand_request_reads_as_the_plain_one(rewrite: str) -> None:
    checked, changed = read_differently(*REWRITES[rewrite])
    assert checked >= 8, checked
    assert len(changed) <= KNOWN.get(rewrite, 0), (
        f"{len(changed)} of {checked} read differently, e.g. {changed[:3]}"
    )
