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
from heldout_readable import readable_first_messages

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.framing import keeps_symbols
from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.project import AdProject

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
    return readable_first_messages()


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
