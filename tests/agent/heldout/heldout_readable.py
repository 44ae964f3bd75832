"""The development sets' first messages that the parser reads into edits, with their starting ads:
the text the metamorphic checks rewrite (test_framing_holds.py, test_telegraphic_holds.py,
test_rewrites_hold.py, test_rewrites_hold_b.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from heldout_cases import later_set, load_cases, load_starts, set_starts, starting_set

from adgen.agent.understanding import parse_message
from adgen.project import AdProject

SETS = ("dev", "dev2", "dev3", "dev7")


def readable_first_messages(
    skip: Callable[[str], bool] = lambda text: False,
) -> list[tuple[str, AdProject, list[dict[str, Any]]]]:
    """(message, its starting ad, its operations) for every one-line first message of ``SETS``
    read into edits with nothing asked or left unread; ``skip`` leaves out messages a check says
    nothing about."""
    found = []
    for name in SETS:
        if name == "dev":
            cases, starts = [c for c in load_cases() if c.split == "dev"], load_starts()
        else:
            cases, starts = load_cases(later_set(name).conversations), set_starts(name)
        for case in cases:
            text = case.turns[0].say
            if case.start is None or "\n" in text or skip(text):
                continue
            docs = starting_set(case.start, starts, owner="o", prefix="p").documents
            project = AdProject.from_wire(docs.get(case.start_on, docs["start"]))
            turn = parse_message(text, project)
            if turn.operations and not (turn.question or turn.unknown or turn.ignored):
                found.append((text, project, [op.to_wire() for op in turn.operations]))
    return found


Reading = tuple[str, AdProject, list[dict[str, Any]]]


@cache
def first_readings() -> tuple[Reading, ...]:
    """:func:`readable_first_messages`, read once per test run: every rewrite check starts from them."""
    return tuple(readable_first_messages())


def read_differently(
    applies: Callable[[str], bool], change: Callable[[str], str]
) -> tuple[int, list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]]:
    """How many first readings a meaning-keeping rewrite applies to, and those whose rewritten
    text reads into other operations: (rewritten text, operations before, operations after)."""
    checked, changed = 0, []
    for text, project, operations in first_readings():
        if not applies(text):
            continue
        checked += 1
        again = [op.to_wire() for op in parse_message(change(text), project).operations]
        if again != operations:
            changed.append((change(text), operations, again))
    return checked, changed
