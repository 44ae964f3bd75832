"""A message that speaks of versions, read as a change to the ad itself: asked about, not applied.

Part of :mod:`adgen.agent.understanding` (issue 15, "Precision first"). "B test: opener 'Hot
sleeper?'", "need a 20s cut as its own version for pre-roll", "spin off a copy with piano music so
we can test both", "make 2 variations of the hook text: 'Hear it all' and 'Noise? What noise?'":
each asks for a version to test, and each was read as an edit of the ad the marketer wanted to
keep: the one outcome worse than a question, since the original is what the test compares with.

Measured on the development sets as first run (each on the parser of its day, before any work on
it): a reading that edits the current ad while the message speaks of versions, variants, an A/B or
split test, a copy or a fork, and neither switches to a version nor sets the platforms, was a
wrong edit 5 times and right 0 times once switching was told apart ("on version B, …" switches
first, and is no doubt).

The question names both readings, and a word picks one: "new version" makes version B (or the
next free letter) with these changes, "this ad" applies them here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.result import ParsedTurn
from adgen.agent.understanding.switching import VariantFamily
from adgen.tools import operations as ops

# Words that ask for a version to be made: "a new version", "versions", "A/B", "split test", "spin
# off", "B test: …". A version said with "the", "that" or "this" is one that exists ("on that
# version also …", "the B version"): no request for one.
_VERSION_WORDS_RE = re.compile(
    r"\b(?:a/b|ab\s+test|split[\s-]?test|test\s+(?:both|them|it\s+against)|spin\s+off|fork|duplicate|clone)\b"
    r"|\btest\b[^.?!]*?\bagainst\s+(?:this|it|the\s+(?:current|original|old|other))\b"
    r"|\b(?:versions|variants|variations)\b"
    r"|\b(?:an?|one|another|second|new|separate|alternative|alt|extra|own)\s+(?:[\w-]+\s+)?"
    r"(?:version|variant|variation|copy|cut)\b(?!\s+of\s+(?:the|this|that|our)\s+(?!ad\b|video\b|spot\b))"
    r"|(?<![\w'])(?-i:[B-D])\s+(?:test|version|variant|cut)\b|^\W*(?-i:[B-D])\s*[:—–-]",
    re.I,
)
_DEFINITE_RE = re.compile(r"\b(?:the|that|this|our|your|their)\s+$", re.I)
# Readings that are no change to the ad's content: the platforms' "versions" ("drop the meta feed
# version"), history, rendering.
_NOT_CONTENT = frozenset(
    {"set_presets", "add_presets", "remove_presets", "undo", "redo", "render", "create_variation"}
)
_LABELS = "BCDEFG"


def version_doubt(masked: str, turn: ParsedTurn, current_label: str | None) -> bool:
    """Whether ``turn`` edits the current ad though ``masked`` (quotes masked) speaks of
    versions; ``current_label`` is the current ad's letter when it is one of a family."""
    if turn.switch_to or not turn.operations or turn.question or turn.unknown:
        return False
    if any(op.to_wire().get("operation") in _NOT_CONTENT for op in turn.operations):
        return False
    if not any(
        _DEFINITE_RE.search(masked[: found.start()]) is None for found in _VERSION_WORDS_RE.finditer(masked)
    ):
        return False
    named = re.findall(r"(?<![\w'])(?-i:[B-D])(?![\w'])", masked)
    return not (current_label and current_label != "A" and current_label in named)


def version_question(
    turn: ParsedTurn, family: VariantFamily | None, describe: Callable[[list[Any]], str]
) -> ParsedTurn:
    """The question that offers the reading as a new version or as a change to this ad."""
    taken = {name.upper() for name, _ in family.variants} if family is not None else set()
    label = next((c for c in _LABELS if c not in taken), _LABELS[-1])
    wire = [op.to_wire() for op in turn.operations]
    variant = ops.CreateVariation(label=label, operations=list(turn.operations)).to_wire()
    reading = describe(list(turn.operations))
    question = (
        f"Should I make this a new version {label} to test against this one, or change this ad? "
        f"({reading}) Say “new version” or “this ad”."
    )
    asked = ParsedTurn(question=question)
    asked.pending = PendingQuestion(
        question,
        [
            PendingOption(
                f"a new version {label}",
                [
                    "new version",
                    "a new version",
                    "new",
                    "version",
                    "variant",
                    "a variant",
                    "new one",
                    f"version {label.lower()}",
                    label.lower(),
                    "yes",
                    "copy",
                    "a copy",
                ],
                [variant],
            ),
            PendingOption(
                "this ad",
                [
                    "this ad",
                    "this one",
                    "this",
                    "here",
                    "current",
                    "current one",
                    "the current ad",
                    "change this",
                    "change this ad",
                    "original",
                    "the original",
                    "no",
                    "just this ad",
                ],
                wire,
            ),
        ],
    )
    asked.scene_ids = turn.scene_ids
    asked.topic = turn.topic
    return asked


def existing_version(
    masked: str, turn: ParsedTurn, family: VariantFamily | None, current: str
) -> ParsedTurn | None:
    """ "on the B version make the order today text white", "the B version's opening line at 70":
    a version that exists, named as one that does ("the B version", "B's", "on B"), read as a
    new version B. The edit goes to that version instead (a switch, then its changes), when
    every scene it changes is in that version; None otherwise."""
    if family is None or len(turn.operations) != 1 or turn.operations[0].operation != "create_variation":
        return None
    made = turn.operations[0]
    label = str(made.label or "")
    target_id = family.find(label) if re.fullmatch(r"[B-G]", label) else None
    if target_id is None or target_id == current:
        return None
    named = re.compile(
        rf"\b(?:the|on|in|for|to)\s+(?:version\s+|variant\s+)?{label}\b(?!\s*(?:where|with|that|in\s+which)\b)"
        rf"|\bversion\s+{label}['’]s|(?<![\w'’]){label}['’]s\b|\bthe\s+{label}\s+(?:version|variant|one|cut)\b"
    )
    if named.search(masked) is None:
        return None
    target = family.project(target_id)
    if target is None:
        return None
    scene_ids = {s.id for s in target.scenes}
    changes = list(made.operations or [])
    if any(getattr(op, "scene_id", None) not in (None, *scene_ids) for op in changes):
        return None
    redirected = ParsedTurn(operations=changes)
    redirected.switch_to = target_id
    redirected.scene_ids = turn.scene_ids
    redirected.topic = turn.topic
    return redirected


__all__ = ["existing_version", "version_doubt", "version_question"]
