"""A message that only takes back the message before it: "scratch that", "never mind, keep it as it
was", "forget it", "hmm no, client wants it back on".

Why: said alone right after an edit, these words got the help text and the edit stayed (a wrong
edit: the marketer said it should not be there). They take back exactly the last message's
changes, so they are an undo of that step, and only when the project's latest history step is
the previous message's (the session names each message's edits ``r<N>``): after a question, a
message not understood or a new version, there is nothing of the last message to take back and
the words are read as before. "back on" / "back off" only take back a switch the other way.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import ConversationState
from adgen.project import AdProject
from adgen.tools import operations as ops

_I = re.I

_FILLER = (
    r"(?:(?:hmm+|hm+|no+|nope|nah|ok(?:ay)?|oh|wait|actually|sorry|ugh|um+|uh+|ah+|oops|hold\s+on|"
    r"on\s+second\s+thoughts?|thinking\s+about\s+it|you\s+know\s+what|please|pls)\b[\s,.!;:-]*)*"
)

# The words that take the last request back, said on their own.
_TAKE_BACK = (
    r"(?:scratch\s+that|forget\s+(?:it|that|about\s+(?:it|that))|never\s*mind(?:\s+(?:that|it))?|nvm|"
    r"cancel\s+(?:that|it)|ignore\s+(?:that|it|my\s+last(?:\s+message)?)|disregard\s+(?:that|it|my\s+last(?:\s+message)?)|"
    r"belay\s+that|strike\s+that|don'?t\s+(?:do\s+)?(?:it|that)\s+after\s+all|let'?s\s+not(?:\s+do\s+(?:it|that))?)"
)

# "keep it as it was", "leave it how it was", "keep the old one": the ad as before the last change.
_KEEP_AS_WAS = (
    r"(?:(?:just|please|let'?s|we'?ll|i'?ll)\s+)?(?:keep|leave)\s+(?:"
    r"(?:it|that|this|them|everything|things)\s+(?:as|how|the\s+way|like)\s+(?:it|they)\s+(?:was|were)"
    r"(?:\s+(?:before|originally|at\s+first))?|"
    r"(?:it|that|this|them)\s+(?:as\s+)?(?:before|originally)|"
    r"the\s+(?:old|original|previous|earlier|first)\s+(?:one|text|words?|wording|copy|version|setting)s?)"
)

_RETRACTION_RE = re.compile(
    rf"^\W*{_FILLER}(?:{_TAKE_BACK}(?:[\s,.!;:-]+{_KEEP_AS_WAS})?|{_KEEP_AS_WAS})(?:\s+(?:please|pls|then|thanks))?\W*$",
    _I,
)

# "hmm no, client wants it back on", "they want it on again", "scratch that, keep it on": a switch
# just turned the other way, back (only when the last request turned it the other way).
_BACK_ON_RE = re.compile(
    rf"^\W*{_FILLER}(?:(?:the\s+|my\s+|our\s+)?(?:client|boss|customer|team|manager|brand\s+team|legal|they|he|she|we|i)"
    r"\s+(?:wants?|needs?|would\s+like|'d\s+like|prefers?)\s+|(?:put|turn|switch|have|set|keep|leave)\s+|"
    rf"{_TAKE_BACK}[\s,.!;:-]+(?:keep|leave)\s+)?"
    r"(?:it|that|them|those)\s+(?:back\s+)?(?P<state>on|off)(?:\s+(?:after\s+all|again|please|pls|then))?\W*$",
    _I,
)


def retraction(text: str, project: AdProject | None, state: ConversationState) -> list[Any] | None:
    """An undo of the last message's changes when ``text`` only takes them back, else None."""
    if project is None or state.pending is not None or not state.last_operations:
        return None
    if any(op.get("operation") == "create_variation" for op in state.last_operations):
        return None  # a version just made: "never mind" is about the version, read as before
    if not _last_message_changed(project, state):
        return None
    words = text.strip()
    if _RETRACTION_RE.match(words):
        return [ops.Undo()]
    back = _BACK_ON_RE.match(words)
    if back is not None and _switched(state.last_operations, to=back.group("state").lower() == "on"):
        return [ops.Undo()]
    return None


# "scratch that. make it red", "forget it, make scene 3 shorter": the last request taken back and a
# new one said after it (the words after the break are read on their own).
_TAKE_BACK_THEN_RE = re.compile(
    rf"^\W*{_FILLER}{_TAKE_BACK}\s*(?:[,.!;:]|-+|\u2013|\u2014)+\s*(?:{_FILLER})(?P<rest>\S.*)$",
    _I | re.S,
)


def retraction_then(text: str, project: AdProject | None, state: ConversationState) -> str | None:
    """The new request said after words that take the last one back ("scratch that. make it red"),
    when the last message changed the ad; None otherwise (the undo comes before the new request)."""
    if project is None or state.pending is not None or not state.last_operations:
        return None
    if any(op.get("operation") == "create_variation" for op in state.last_operations):
        return None
    if not _last_message_changed(project, state):
        return None
    found = _TAKE_BACK_THEN_RE.match(text.strip())
    if found is None or _RETRACTION_RE.match(text.strip()) or _BACK_ON_RE.match(text.strip()):
        return None
    return found.group("rest").strip()


def _last_message_changed(project: AdProject, state: ConversationState) -> bool:
    from adgen.tools.apply import history_steps

    done, _ = history_steps(project)
    group = (done[-1].group or "").split("@")[0] if done else ""  # "r3@v1": request 3
    return state.requests > 1 and group == f"r{state.requests - 1}"


def _switched(operations: list[dict[str, Any]], *, to: bool) -> bool:
    """Whether the last request turned something away from ``to`` ("back on" after "off")."""
    flags = [op.get("enabled") for op in operations if isinstance(op.get("enabled"), bool)]
    return bool(flags) and all(flag is (not to) for flag in flags)


__all__ = ["retraction", "retraction_then"]
