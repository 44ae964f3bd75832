"""Framing never changes a reading: every first message of the development sets that the parser
reads into edits is read again with a greeting before it or a courtesy, emoticon or emoji after it,
and must give the very same operations (:mod:`adgen.agent.understanding.framing`).

A metamorphic check on text no one here wrote for it: the rewrites are mechanical, the messages
are the blind sets'. Before the framing step, 1 in 14 of these rewrites read differently (a
trailing "asap" in the brand name, a "pls" that hid the scene named first, "!!" after a font
name that got the help text).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest
from heldout_cases import later_set, load_cases, load_starts, set_starts, starting_set

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.framing import keeps_symbols
from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.project import AdProject

SETS = ("dev", "dev2", "dev3", "dev7")
REWRITES: dict[str, Callable[[str], str]] = {
    "hey,": lambda t: "hey, " + t,
    "ok so": lambda t: "ok so " + t[0].lower() + t[1:],
    "pls": lambda t: "pls " + t,
    "Hi team —": lambda t: "Hi team — " + t,
    "please": lambda t: t.rstrip(".!") + " please",
    "asap": lambda t: t.rstrip(".!") + " asap",
    ":)": lambda t: t + " :)",
    "emoji": lambda t: t + " 🙏✨",
    "!!": lambda t: t.rstrip(".!") + "!!",
    "also,": lambda t: "also, " + t[0].lower() + t[1:],
    "double spaces": lambda t: _outside_quotes(t, lambda part: part.replace(" ", "  ")),
}
# After a text typed without quotes ("should read: Trusted by 80,000 runners"), emoji, emoticons
# and "!!" may be the copy, and are kept: those rewrites say nothing there.
SYMBOLS = {":)", "emoji", "!!"}


def _outside_quotes(text: str, change: Callable[[str], str]) -> str:
    masked, quotes = mask_quotes(text)
    return unmask(change(masked), quotes)


@cache
def _readable() -> list[tuple[str, AdProject, list[dict]]]:
    """(message, its starting ad, its operations) for every first message read into edits."""
    found = []
    for name in SETS:
        if name == "dev":
            cases, starts = [c for c in load_cases() if c.split == "dev"], load_starts()
        else:
            cases, starts = load_cases(later_set(name).conversations), set_starts(name)
        for case in cases:
            text = case.turns[0].say
            if case.start is None or "\n" in text:
                continue
            docs = starting_set(case.start, starts, owner="o", prefix="p").documents
            project = AdProject.from_wire(docs.get(case.start_on, docs["start"]))
            turn = parse_message(text, project)
            if turn.operations and not (turn.question or turn.unknown or turn.ignored):
                found.append((text, project, [op.to_wire() for op in turn.operations]))
    return found


def test_there_are_enough_messages_to_check() -> None:
    assert len(_readable()) > 300


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_framing_leaves_every_reading_as_it_was(rewrite: str) -> None:
    changed = []
    for text, project, operations in _readable():
        if rewrite in SYMBOLS and keeps_symbols(mask_quotes(text)[0]):
            continue
        framed = REWRITES[rewrite](text)
        again = [op.to_wire() for op in parse_message(framed, project).operations]
        if again != operations:
            changed.append((framed, operations, again))
    assert not changed, f"{len(changed)} of {len(_readable())} read differently, e.g. {changed[:3]}"
