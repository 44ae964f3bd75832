"""The precision gate: a reading built on a guessed word is asked about, not applied.

Part of :mod:`adgen.agent.understanding` (issue 15: "an edit that changes something the user did
not ask for is worse than a question"). When the edits of a message rest on a doubtful word
(:mod:`confidence`: a typo with two equally close readings, or a word the parser could not read
at all), the reader does not apply them silently. It asks one question that names its reading,
"Did you mean: make the text of scene 1 (hook) bigger? (I read “baack” as “black”.)", and keeps
the operations as the answer "yes" / "yep" / "do it"; "no" drops them and changes nothing.

Kept apart from the message reader so the rule is one place: which doubts block (:func:`blocking`),
what the question says (:func:`confirmation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.confidence import Doubt
from adgen.agent.understanding.result import ParsedTurn

YES_WORDS = [
    "yes",
    "y",
    "yes please",
    "yeah",
    "yep",
    "yup",
    "ok",
    "okay",
    "sure",
    "do it",
    "go ahead",
    "correct",
    "right",
    "exactly",
    "that's it",
    "yes that",
    "please do",
]
NO_WORDS = ["no", "n", "nope", "nah", "no thanks", "don't", "dont", "cancel", "not that", "wrong"]
DROPPED_TEXT = "OK, I changed nothing. Tell me again in other words and I'll try once more."


_VALUE_FIELDS = ("text", "name", "tagline", "backgroundPrompt", "promptAdditions", "font", "label")


def value_words(operations: list[Any]) -> frozenset[str]:
    """The words the reading put into the ad as they were typed (a text, a name, a background):
    content, not words it failed to read."""
    words: set[str] = set()
    stack: list[Any] = [op.to_wire() for op in operations]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in _VALUE_FIELDS and isinstance(value, str):
                    words |= {w.lower() for w in re.findall(r"[A-Za-z]+", value)}
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return frozenset(words)


def blocking(doubts: list[Doubt]) -> list[Doubt]:
    """The doubts that stop a reading being applied as it is (today: every one)."""
    return list(doubts)


def confirmation(
    turn: ParsedTurn, doubts: list[Doubt], describe: Callable[[list[Any]], str], why: str | None = None
) -> ParsedTurn:
    """The question that names ``turn``'s reading and waits for a yes (``describe`` says what the
    operations would do, in a few words; ``why`` says what the reading is unsure of, when it is
    not a doubtful word)."""
    reading = describe(list(turn.operations))
    question = f"Did you mean: {reading}? ({why or _why(doubts)}) Say “yes” and I'll do it, or “no”."
    asked = ParsedTurn(question=question)
    wire = [op.to_wire() for op in turn.operations]
    asked.pending = PendingQuestion(
        question,
        [PendingOption("yes", list(YES_WORDS), wire), PendingOption("no", list(NO_WORDS), [])],
    )
    asked.scene_ids = turn.scene_ids
    asked.topic = turn.topic
    return asked


def unplaced_why(words: str) -> str:
    """Why a reading that spreads over the whole ad is asked about (:mod:`unplaced`)."""
    return f"I couldn't tell which scene “{words}” is, so this would change the whole ad."


def unread_why(part: str) -> str:
    """Why a reading that left out a request about something else is asked about."""
    return f"I didn't understand “{part}”, so I'd change only this."


def _why(doubts: list[Doubt]) -> str:
    guesses = [f"“{d.typed}” as “{d.read_as}”" for d in doubts if d.read_as]
    unread = [f"“{d.typed}”" for d in doubts if not d.read_as]
    parts = []
    if guesses:
        parts.append("I read " + _and(guesses))
    if unread:
        parts.append("I didn't understand " + _and(unread))
    return "; ".join(parts) + "."


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


__all__ = [
    "DROPPED_TEXT",
    "NO_WORDS",
    "YES_WORDS",
    "blocking",
    "confirmation",
    "unplaced_why",
    "unread_why",
    "value_words",
]
