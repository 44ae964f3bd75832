"""A scene named in words the reading could not place, while the edit spreads over the whole ad.

Part of :mod:`adgen.agent.understanding` (issue 15, "precision first"). "make the wick
close-up darker", "the last card is so boring", "Mach den Text in der erstn Szene größer":
the marketer names one scene, the scene references (:mod:`scenes`) do not resolve the words,
and the rest of the message still reads as an edit, which then lands on every scene or on the
whole ad's look. That is an edit of things the marketer did not ask to change. The precision
gate (:mod:`message`) asks instead: it names the reading and the words it could not place, and
"yes" applies it.

Two tables: the words that name a scene (:data:`SCENE_NOUNS`: "scene", "card", "close-up"…,
preceded by "the"/"this"/"that" and at most two words) or a place in the ad's order
(:data:`ORDER_WORDS`: "the first …", "the closing …"); and what a spreading edit is
(:data:`WHOLE_AD_FIELDS`, an overlay/product/scene change on every scene). Adding a way to
name a scene is adding a word.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.clause import AUDIO_RE, OVERLAY_RE
from adgen.agent.understanding.quotes import Quoted
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.topics import TOPICS
from adgen.project import AdProject

# Nouns a marketer names one scene with.
SCENE_NOUNS: tuple[str, ...] = (
    "scene",
    "scenes",
    "szene",
    "slide",
    "slides",
    "card",
    "cards",
    "shot",
    "shots",
    "clip",
    "clips",
    "close-up",
    "closeup",
    "close up",
    "segment",
    "frame",
)
# Words that place a scene in the ad's order ("the closing words", "the first bit").
ORDER_WORDS: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "last",
    "final",
    "opening",
    "closing",
    "ending",
    "end",
)
# What follows an order word without naming a scene ("the last change", "the first time").
_NOT_A_SCENE = (
    r"change|changes|edit|edits|time|times|version|versions|one|thing|things|step|undo|request|ad|video"
)
# Words before "one" that name a version or a choice, not a scene ("the other one").
_NOT_DESCRIBING = (
    r"other|same|new|old|original|right|wrong|only|better|best|previous|next|current|"
    r"second|third|first|last|final"
)
# Words that name what a part of a message is about: (topic, pattern).
SUBJECT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (("audio", AUDIO_RE), ("overlay", OVERLAY_RE))
# Fields of the whole ad's look: set for the whole ad, they spread over every scene.
WHOLE_AD_FIELDS: tuple[str, ...] = ("lighting", "mood", "visualStyle", "palette")

# "its text", "that one": a scene pointed at, which only the conversation can say.
_POINTING_RE = re.compile(r"\b(?:its|this\s+(?:one|scene|slide)|that\s+(?:one|scene|slide))\b", re.I)
_NOUN_ALT = "|".join(re.escape(n).replace(r"\ ", r"[\s-]?").replace(r"\-", r"[\s-]?") for n in SCENE_NOUNS)
_CUE_RE = re.compile(
    # ("the $5 card", "the 0% APR card": figures name a card too; round thirty-one c)
    # ("1) unicorn card text purple": a list item names its card without "the"; round thirty-five b)
    # ("oh and zebra card text bigger": fillers before it, as a second half; round forty b)
    rf"\b(?P<noun>(?:(?:the|this|that|in|on|der|die|das|den)\s+|(?:^|(?<=\n)|(?<=^\d[.)])|(?<=\n\d[.)]))\s*(?:(?:oh|and|also|so|plus|then|btw|ok(?:ay)?)\b[\s,]*)*)(?:[\w'$€£%.,&-]+\s+){{0,2}}?(?:{_NOUN_ALT}))(?![\w-])"
    # "the fodling one": a scene named by a word of it, misspelt (not "the other one", a version)
    rf"|\b(?P<one>the\s+(?!(?:{_NOT_DESCRIBING})\b)[a-z][\w'-]{{2,}}\s+one)\b"
    rf"|\b(?P<order>the\s+(?:{'|'.join(ORDER_WORDS)})\s+(?!(?:{_NOT_A_SCENE})\b)[a-z][\w'-]*)",
    re.I,
)


def unplaced_scene(
    text: str, project: AdProject, quotes: list[Quoted], operations: list[Any], remembered: bool = True
) -> str | None:
    """The words of ``text`` that name a scene the reading did not place, when ``operations``
    spread over the whole ad; None when no scene was named, or one was read, or the edit is
    for named scenes only. ``remembered``: the conversation knows which scene "its" and "that
    one" mean; when it does not ("put its text at the top" after a focus that was not read),
    they name a scene the reading could not place."""
    operations = _in_a_version(operations)
    if len(project.scenes) < 2 or not operations:
        return None
    every_scene = spread_over_every_scene(operations, project)
    if not (all(_whole_ad(op) for op in operations) or every_scene):
        return None
    cue = _CUE_RE.search(text) or (None if remembered or not every_scene else _POINTING_RE.search(text))
    if cue is None:
        return None
    if any(r.ids or r.error or r.question for r in find_scene_refs(text, project, quotes)):
        return None  # a scene (or every scene) was read; the reading used it
    return cue.group(0)


# A part that says what stays as it is: "just the text there", "only the text left", "keep the music".
_KEEPS_RE = re.compile(
    r"^\W*(?:(?:and|but|so|with)\s+)?(?:just|only|leave|leaving|keep|keeping)\s+(?:just\s+|only\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:text|words|caption|headline|background|music|product|logo)s?"
    r"(?:\s+(?:there|left|on\s+screen|as\s+(?:it\s+)?is|alone|visible|showing|remaining|then))?\W*$",
    re.I,
)


def unread_subject(ignored: list[str], operations: list[Any]) -> str | None:
    """A part of the message the reading did not understand that names another thing to change
    than the operations do ("way too busy, there's text everywhere" read as a minimal look: the
    text was the complaint); None when every unread part is about what was changed, or names
    nothing."""
    changed = {TOPICS.get(op.operation, "scene") for op in operations}
    for part in ignored:
        if _KEEPS_RE.match(part):
            continue  # "…, just the text there", "keep the music": what stays, no change asked
        if any(pattern.search(part) and topic not in changed for topic, pattern in SUBJECT_WORDS):
            return part
    return None


def _in_a_version(operations: list[Any]) -> list[Any]:
    """The changes of the one version a reading makes ("in the B, offer card words at the top"),
    which spread over the whole ad as an edit of this ad would (round thirty-eight f); else
    ``operations``."""
    if len(operations) == 1 and getattr(operations[0], "operation", None) == "create_variation":
        return list(operations[0].operations)
    return operations


def _whole_ad(op: Any) -> bool:
    """An operation for the whole ad: its look, its length, or the product with no scene named."""
    wire = op.to_wire()
    name = wire.get("operation")
    if name == "update_style":
        return any(key in wire for key in WHOLE_AD_FIELDS)
    if name in ("update_overlay", "update_product"):
        return wire.get("sceneId") is None
    return name == "set_duration"


def spread_over_every_scene(operations: list[Any], project: AdProject) -> bool:
    """Per-scene operations of one kind that together touch every scene of the ad."""
    ids = {s.id for s in project.scenes}
    kinds = {op.operation for op in operations}
    touched = {getattr(op, "scene_id", None) for op in operations}
    return (
        len(kinds) == 1 and kinds <= {"update_overlay", "update_product", "update_scene"} and touched == ids
    )


__all__ = [
    "ORDER_WORDS",
    "SCENE_NOUNS",
    "WHOLE_AD_FIELDS",
    "spread_over_every_scene",
    "unplaced_scene",
    "unread_subject",
]
