"""Undo by what a change was about: "undo the music change", "go back to before the colour change",
"take me back to the version from before the music change".

Why: "undo the music change" after a later text edit took back the text edit (the last step), a
wrong edit, and "the version from before the music change" got the help text. The words name a
step of the history by what it changed; the history (``project.history``, one step per request)
says which step that was. A step before the last one is gone back to only when the marketer asks
for the version from before it (which takes back what came after it too); "undo the music change"
of an older step asks, since an undo takes back the latest steps first. A row per kind of change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from adgen.project import AdProject

_I = re.I

# (words that name the kind of change, whether an applied operation (wire dict) is of that kind)
KIND_ROWS: tuple[tuple[str, str, Callable[[dict[str, Any]], bool]], ...] = (
    (
        "music",
        r"music|song|track|soundtrack|audio|volume|sound",
        lambda op: op.get("operation") == "update_audio" or "musicMood" in op,
    ),
    (
        "colour",
        r"colou?r|palette",
        lambda op: "color" in op or "palette" in op or "colors" in op,
    ),
    ("text size", r"(?:text\s+|font\s+)?size|font", lambda op: "fontSize" in op or "fontFamily" in op),
    (
        "words",
        r"words|copy|headline|wording|line",
        lambda op: "text" in op and op.get("operation") == "update_overlay",
    ),
    # ("undo the text change" after "make the hook text white": a text's colour is its change too)
    ("text", r"text|caption", lambda op: op.get("operation") == "update_overlay"),
    (
        "length",
        r"length|duration|timing",
        lambda op: "durationSec" in op or op.get("operation") == "set_duration",
    ),
    ("background", r"background|backdrop|picture|image", lambda op: "backgroundPrompt" in op),
    ("product", r"product|bottle|packshot", lambda op: op.get("operation") == "update_product"),
    ("voice", r"voice(?:-?over)?|narration", lambda op: "voice" in op.get("operation", "")),
)


def _kinds(tag: str) -> str:
    return "|".join(f"(?P<{tag}{i}>{words})" for i, (_, words, _) in enumerate(KIND_ROWS))


_CHANGE = r"(?:change|edit|tweak|update|swap|switch)s?"
_NAMED_RE = re.compile(
    rf"\b(?:the\s+|that\s+|my\s+|last\s+)+(?:{_kinds('a')})\s+{_CHANGE}\b"
    rf"|\b{_CHANGE}\s+(?:to|of|on)\s+the\s+(?:{_kinds('b')})\b"
    # ("undo the text size", "revert the music": the kind right after the undo, with nothing after
    # it; a plain undo took back whatever came last)
    rf"|\b(?:undo|revert)\s+(?:the\s+|my\s+)(?:{_kinds('c')})(?:\s+(?:please|pls|thanks|too|then))?\W*$",
    _I,
)
# The version before that change is asked for, not the change taken back alone.
_BEFORE_RE = re.compile(
    r"\bbefore\s+(?:the|that|my|i\s+changed|we\s+changed)\b|\bversion\s+(?:from\s+)?before\b", _I
)
_BACK_RE = re.compile(
    r"\b(?:undo|go\s+back|back\s+to|revert|roll\s*back|take\s+(?:me|us|it)\s+back|restore|return)\b"
    # ("put it back how it was before the colour change", "change it back to before the colour change",
    # "set things back to how they were before the colour change")
    r"|\b(?:put|change|set|turn|switch|get)\s+(?:it|that|things|everything|them|the\s+ad)(?:\s+all)?\s+back\b"
    r"|\bhow\s+(?:it|things|they)\s+(?:was|were|looked)\s+before\b",
    _I,
)


# Words that keep the change they are said of.
_KEPT_RE = re.compile(
    r"\b(?:keep|leave|love|loved|like|liked|great|good|fine|perfect|nice|happy|ok(?:ay)?|works?|stays?)\b", _I
)


class NamedUndo(NamedTuple):
    """How many steps to undo; or (count 0) the question to ask or the reason to give instead."""

    count: int
    question: str | None = None
    reason: str | None = None


def named_undo(clause: str, project: AdProject | None) -> NamedUndo | None:
    """What a clause that names the change to go back from asks for; None when it names none."""
    back_verb = _BACK_RE.search(clause)
    m = _NAMED_RE.search(clause)
    if m is None or project is None or back_verb is None:
        return None
    if m.start() < back_verb.start():
        # "keep the music change, undo the text size", "the music change is great but undo the
        # text": the change named is the one to keep (the music was taken back: a wrong edit)
        later = _NAMED_RE.search(clause, back_verb.start())
        if later is None and _KEPT_RE.search(clause[: back_verb.start()]):
            return None
        m = later or m
    from adgen.tools.apply import history_steps

    index = next(i for i in range(len(KIND_ROWS)) if m.group(f"a{i}") or m.group(f"b{i}") or m.group(f"c{i}"))
    label, _, is_kind = KIND_ROWS[index]
    done, _ = history_steps(project)
    ops_of = {e.version: e.operation for e in project.history}
    for back, step in enumerate(reversed(done), start=1):
        if any(is_kind(ops_of.get(v, {})) for v in range(step.first, step.last + 1)):
            if back == 1 or _BEFORE_RE.search(clause):
                return NamedUndo(back)
            return NamedUndo(
                0,
                question=(
                    f"The {label} change was {back} changes ago, and undo takes back the latest first. Say "
                    f"“go back to before the {label} change” to take back those {back} changes, or tell me the "
                    f"{label} you want now."
                ),
            )
    return NamedUndo(0, reason=f"I can't find a {label} change in this ad's history to take back.")
