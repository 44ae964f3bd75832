"""Asking politely, softening, labelling or spelling a number out never changes a reading: every first message of the
development sets that the parser reads into edits is read again as a polite question ("can you
set the tagline to 'Glow'?"), with another polite opener ("I'd like you to …", "we need to …"),
and with its numbers before a unit in words ("make scene 3 six seconds long"), and must give the
very same operations (:mod:`adgen.agent.understanding.framing`, :mod:`numerals`).

A metamorphic check on text no one here wrote for it. Before these steps, 11 of 200 read
differently as "can you …?" (the "?" went into the brand name and the tagline, the second of two
requests was lost, the font was not read), 4 with "I'd like you to" / "we need to" ("undo" was
not read), and 5 of 42 with number words ("like four sec" moved the hook after the showcase).
Softened and labelled requests: "let's" / "maybe" / "I think we should" / "would you mind to"
before "undo" or "redo" were not read (2-3 of 199 each), "just add a Reels version" replaced the
platforms (7 of 199), "Client feedback: " before a request lost typo correction and the first of
two scenes (14 of 199), and "then", "for me", ", if that's ok" after it went into the brand name,
the font and the music (8-15 of 199).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from heldout_readable import first_readings, read_differently

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.framing import keeps_symbols
from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.agent.understanding.values import NUMBER_WORDS

# A message that starts with one of these is an imperative a polite opener can go before.
_IMPERATIVE_RE = re.compile(
    r"(?:make|change|set|add|remove|put|move|turn|use|swap|give|switch|bump|drop|cut|shorten|lengthen|lower"
    r"|raise|increase|decrease|try|update|replace|rename|delete|shift|bring|undo|redo|get|push|darken"
    r"|brighten|mute|speed|slow|nudge|scale|enlarge|shrink|extend|trim|tweak|boost|tone|reduce)\b",
    re.I,
)
_DIGITS_BEFORE_UNIT_RE = re.compile(
    r"\b(\d{1,2})(\s*-?\s*)(?=(?:secs?|seconds?|s|points?|pt|px|percent|scenes?)\b)"
)
_WORDS = {n: w for w, n in NUMBER_WORDS.items() if n <= 20}


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def _numbers(text: str) -> list[int]:
    return [int(n) for n, _ in _DIGITS_BEFORE_UNIT_RE.findall(mask_quotes(text)[0])]


def _in_words(text: str) -> str:
    masked, quotes = mask_quotes(text)
    spelled = _DIGITS_BEFORE_UNIT_RE.sub(lambda m: _WORDS[int(m.group(1))] + m.group(2), masked)
    return unmask(spelled, quotes)


REWRITES: dict[str, tuple[Callable[[str], bool], Callable[[str], str]]] = {
    "can you …?": (
        lambda t: _IMPERATIVE_RE.match(t) is not None,
        lambda t: "can you " + _lower_first(t).rstrip(".!") + "?",
    ),
    "could we …?": (
        lambda t: _IMPERATIVE_RE.match(t) is not None,
        lambda t: "could we please " + _lower_first(t).rstrip(".!") + "?",
    ),
    "I'd like you to": (
        lambda t: _IMPERATIVE_RE.match(t) is not None,
        lambda t: "I'd like you to " + _lower_first(t),
    ),
    "we need to": (lambda t: _IMPERATIVE_RE.match(t) is not None, lambda t: "we need to " + _lower_first(t)),
    "let's": (lambda t: _IMPERATIVE_RE.match(t) is not None, lambda t: "let's " + _lower_first(t)),
    "maybe just": (lambda t: _IMPERATIVE_RE.match(t) is not None, lambda t: "maybe just " + _lower_first(t)),
    "I think we should": (
        lambda t: _IMPERATIVE_RE.match(t) is not None,
        lambda t: "I think we should " + _lower_first(t),
    ),
    "would you mind to": (
        lambda t: _IMPERATIVE_RE.match(t) is not None,
        lambda t: "would you mind to " + _lower_first(t),
    ),
    "Client feedback:": (lambda t: True, lambda t: "Client feedback: " + _lower_first(t)),
    ", if that's ok": (lambda t: True, lambda t: t.rstrip(".!") + ", if that's ok"),
    "then": (
        lambda t: _IMPERATIVE_RE.match(t) is not None and not keeps_symbols(mask_quotes(t)[0]),
        lambda t: t.rstrip(".!") + " then",
    ),
    "for me": (
        lambda t: _IMPERATIVE_RE.match(t) is not None and not keeps_symbols(mask_quotes(t)[0]),
        lambda t: t.rstrip(".!") + " for me",
    ),
    "numbers in words": (lambda t: 0 < max(_numbers(t), default=0) <= 20, _in_words),
}


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_a_polite_or_spelled_out_request_reads_as_the_plain_one(rewrite: str) -> None:
    checked, changed = read_differently(*REWRITES[rewrite])
    assert checked >= 8, checked
    assert not changed, f"{len(changed)} of {checked} read differently, e.g. {changed[:3]}"


def test_a_polite_question_that_asks_for_an_answer_stays_a_question() -> None:
    project = first_readings()[0][1]
    turn = parse_message("can you tell me what the last scene says?", project)
    assert not turn.operations and turn.answer


def _case_free(operations: list[dict]) -> str:
    return json.dumps(operations, sort_keys=True).casefold()


@pytest.mark.parametrize("change", [str.lower, str.upper], ids=["lower case", "capitals"])
def test_a_request_typed_in_one_case_reads_the_same_up_to_the_case_of_its_own_words(
    change: Callable[[str], str],
) -> None:
    """Typed all in lower case or all in capitals (quotes kept as typed), a request reads the
    same; only the case of the marketer's own words may follow theirs ("northwind roasters").
    Before: 13 of 457 in lower case and 18 in capitals read otherwise ("make a b where …" made no
    variant, "brand name just pulse" set no name, "DROP TIKTK" and "THE MUSIC DOESN'T FIT, IT'S TOO
    UPBEAT" were not read)."""
    changed = []
    for text, project, operations in first_readings():
        masked, quotes = mask_quotes(text)
        typed = unmask(change(masked), quotes)
        again = [op.to_wire() for op in parse_message(typed, project).operations]
        if _case_free(again) != _case_free(operations):
            changed.append((typed, operations, again))
    # One known: "a/b test the cta: keep 'X' on a, b gets 'Y'" in lower case asks instead (the
    # letters of the versions are read in capitals only; the odd-value gate catches the rest).
    assert len(changed) <= 1, (
        f"{len(changed)} of {len(first_readings())} read differently, e.g. {changed[:3]}"
    )
