"""Undo and redo: "undo", "go back", "undo twice", "undo the last 3 changes", "redo".

Part of :mod:`adgen.agent.understanding`. Everything one message changed is one undo step
(see :func:`adgen.tools.apply.history_steps`); "undo twice" takes back two messages' changes.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.values import NUMBER_WORD_PATTERN, number_value
from adgen.project import AdProject
from adgen.tools import operations as ops

UNDO_RE = re.compile(
    r"^\W*(?:(?:please|pls|ok|okay|actually|hmm+|no|oops|nah|just|wait|can\s+you|could\s+you|never\s+mind|"
    r"scratch\s+that|forget\s+(?:it|that)|kindly|on\s+(?:further\s+)?reflection|on\s+second\s+thoughts?|in\s+hindsight|"
    r"having\s+(?:thought|slept\s+on\s+it)(?:\s+about\s+it)?|thinking\s+about\s+it)\b[\s,]*)*"
    r"(?:undo|go\s+back|revert|roll\s*back|take\s+(?:that|it)\s+back|"
    # "take back the last 2 edits", "take back both" (round 28 f)
    r"take\s+back\s+(?=(?:the\s+last|both|those|these)\b)|take\s+both(?:\s+of\s+(?:those|these|them))?\s+back|reverse\s+(?:that|it|the\s+last)|"
    r"change\s+it\s+back|put\s+(?:it|them|those|everything)\s+back(?!\s+(?:up|down|again|in|on|into)\b)|"
    r"back\s+to\s+(?:how|what)\s+it\s+was|restore\s+the\s+previous|"
    # "put that back where it sat", "move it back to where it was": the last move taken back (round 40 e)
    r"(?:put|move|shift|bring)\s+(?:it|that|them|those)\s+back\s+(?:to\s+)?where\s+(?:it|they)\s+"
    r"(?:was|were|sat|used\s+to\s+(?:be|sit)|belongs?|had\s+(?:it|them))|"
    # "put back what it said before", "bring back how it looked": what the last change replaced
    r"(?:put|bring|change|set|switch)\s+(?:it\s+)?back\s+(?:to\s+)?(?:what|how|the\s+way)\s+(?:it|they)\s+"
    r"(?:said|says|read|was|were|looked|sounded)(?:\s+(?:before|originally|earlier|at\s+first))?|"
    # "the one before was better", "I preferred the previous version": a verdict for the version before
    r"(?:the\s+)?(?:previous|earlier|older|old|prior)\s+(?:one|version|take|cut|look)\s+(?:was|looked|looks|is|felt|seemed)"
    r"\s+(?:\w+\s+)?better|the\s+one\s+before\s+(?:was|looked|is)\s+(?:\w+\s+)?better|"
    # ("no actually I liked it, redo" likes what was undone: only "better before" is a verdict for the past)
    r"i\s+(?:preferred|prefer|liked)\s+(?:it\s+(?:better\s+)?before|the\s+(?:previous|earlier|older|old|prior)\s+"
    r"(?:one|version|take)(?:\s+better)?)\W*$|it\s+(?:was|looked)\s+better\s+before|"
    # "restore it to how it was", "return that to the way it was", "set it as it was": the last change taken back
    r"(?:restore|return|reset|revert|set|make|turn|have)\s+(?:it|that|this|them|those)\s+(?:back\s+)?(?:to\s+)?"
    r"(?:how|what|the\s+way|as)\s+(?:it|they)\s+(?:was|were)(?:\s+(?:before|originally))?|"
    r"restore\s+(?:it|that)(?:\s+(?:please|pls))?\W*$|"
    # "remove it again" right after adding it: "again" says it was not there before, so back.
    r"(?:remove|drop|delete|take\s+out|get\s+rid\s+of|lose)\s+(?:it|that|them|those)\s+again\W*(?:please|pls)?\W*$)\b",
    re.I,
)
_UNDO_COUNT_RE = re.compile(
    rf"\b(?P<n>\d+|{NUMBER_WORD_PATTERN})\s+(?:times|changes|edits|steps|versions|things)\b"
    r"|\b(?P<twice>twice)\b|\b(?P<thrice>thrice)\b"
    rf"|\blast\s+(?P<n2>\d+|{NUMBER_WORD_PATTERN})\b|\b(?:those|these)\s+(?P<n3>two|three|2|3)\b"
    # "undo both", "revert both of those": the last two requests (round 28 f)
    r"|\b(?P<both>both)\b(?!\s+(?:the\s+)?(?:scenes?|texts?|colou?rs?|hook|cta))"
    # "go back to before either of those": the two requests said just before (round 40 a)
    r"|\bbefore\s+(?P<either>either|both)\s+of\s+(?:those|these|them|the\s+(?:last\s+)?two)\b|\b(?P<all>everything|all\s+(?:the\s+)?(?:changes|edits))\b",
    re.I,
)

REDO_RE = re.compile(
    r"^\W*(?:(?:please|ok|okay|actually|hmm+|no|oops|wait|just|now|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:redo|re-do|undo\s+(?:the|that|my|your)\s+undo|bring\s+(?:it|that)\s+back(?!\s+(?:up|down)\b)|put\s+(?:it|that)\s+back\s+again|"
    r"do\s+(?:it|that)\s+again\s+after\s+all)\b(?!\s+(?:the\s+)?(?:scene|hook|cta|intro|showcase|background|it\s+with))",
    re.I,
)


def history_operations(clause: str, project: AdProject | None) -> list[Any] | None:
    """Undo or redo operations for an undo / redo clause, else None."""
    if REDO_RE.search(clause) and not re.search(r"\bscene\s*\d|\bwith\b|:", clause, re.I):
        if _BRING_BACK_RE.search(clause) and project is not None and not _undone(project):
            return [ops.Undo()]  # "delete the showcase" … "actually bring it back": nothing undone to redo
        count = 2 if re.search(r"\btwice\b", clause, re.I) else 1
        return [ops.Redo() for _ in range(count)]
    return undo_operations(clause, project)


_BRING_BACK_RE = re.compile(r"\b(?:bring|put)\s+(?:it|that)\s+back\b(?!\s+(?:up|down)\b)", re.I)


def _undone(project: AdProject) -> bool:
    from adgen.tools.apply import history_steps

    return bool(history_steps(project)[1])


def undo_operations(clause: str, project: AdProject | None) -> list[Any] | None:
    if not UNDO_RE.search(clause):
        return None
    count = max(1, len(re.findall(r"\bundo\b", clause, re.I)))
    m = _UNDO_COUNT_RE.search(clause)
    if m:
        if m.group("twice"):
            count = 2
        elif m.group("thrice"):
            count = 3
        elif m.group("both") or m.group("either"):
            count = 2
        elif m.group("all"):
            count = _undoable(project) if project is not None else 1
        else:
            count = int(number_value(m.group("n") or m.group("n2") or m.group("n3")))
    count = max(1, min(count, 20))
    if project is not None and count > 1 and project.history:
        # ("go back two steps" with one step made: that step, not "there is nothing to undo")
        count = min(count, _undoable(project))
    return [ops.Undo() for _ in range(count)]


def _undoable(project: AdProject) -> int:
    """How many steps an undo could still take back (one per request)."""
    from adgen.tools.apply import history_steps

    done, _ = history_steps(project)
    return max(len(done), 1)
