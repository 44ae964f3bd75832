"""A text just set, used again for another text field: "and show that on screen too" after a
voice-over line, "the narrator should say the same there" after an on-screen text, "use that as
the brand tagline too" after a CTA text.

Part of :mod:`adgen.agent.understanding`. Without this step, the clause reader would take the
pronoun and its filler words as the new copy (``tagline='too'``, ``voiceover='the same there'``):
a wrong edit. A clause is taken only when all its words are a pronoun for the text, the words
that name the destination field, and filler; anything else (a quote, a number, another word)
means new words, left to the clause reader.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding.quotes import PLACEHOLDER_MARK
from adgen.project import AdProject
from adgen.tools import operations as ops

# The text fields a text can be copied to: (words naming the field, operation, wire field, per scene).
DESTINATIONS: tuple[tuple[re.Pattern[str], str, str, bool], ...] = (
    (re.compile(r"\b(?:tagline|slogan|strapline|motto)\b", re.I), "update_brand", "tagline", False),
    (
        re.compile(
            r"\b(?:voice[\s-]?over|voiceover|narrat(?:or|ion|e)|vo|voice)\b|\b(?:say|read)\s+(?:it|that|the\s+same)\s+(?:out\s+)?loud\b",
            re.I,
        ),
        "update_voiceover",
        "text",
        True,
    ),
    (
        re.compile(
            r"\bon[\s-]?screen\b|\b(?:show|display)\b|\bas\s+(?:the\s+)?(?:text|caption|overlay|headline)\b",
            re.I,
        ),
        "update_overlay",
        "text",
        True,
    ),
)
# The text fields a copied text comes from (the last request set one of them).
SOURCES: tuple[tuple[str, str], ...] = (
    ("update_overlay", "text"),
    ("update_voiceover", "text"),
    ("update_brand", "tagline"),
)
_ANAPHOR_RE = re.compile(
    r"\b(?:that|this|those|these|the\s+same)(?:\s+(?:words|text|line|lines|copy|thing|one))?\b"
    r"|\bsame\s+(?:words|text|line|copy)\b",
    re.I,
)
# Words that may stand around the pronoun and the field's name without adding anything.
_FILLER = frozenset(
    "and also too as well there here in on at of that this those these scene the same it use put show display make "
    "should can could you please pls say says read have let lets let's want i we would like to be do again set "
    "now then ok okay just for our brand text words line lines copy thing one screen onscreen on-screen narrator "
    "narration narrate voice over voiceover voice-over vo tagline slogan strapline motto caption overlay headline "
    "out loud same there's same a an".split()
)
_WORD_RE = re.compile(r"[\w'-]+")


def copy_text(
    clause: str, project: AdProject, state: ConversationState
) -> tuple[list[Any], list[str]] | None:
    """The operations that set the named field to the text the last request set, and their scenes.

    None when the clause is not only "that" + a field's name, or nothing fits.
    """
    if PLACEHOLDER_MARK in clause or re.search(r"\d", clause) or not _ANAPHOR_RE.search(clause):
        return None
    if any(w.lower() not in _FILLER for w in _WORD_RE.findall(clause)):
        return None
    named = [row for row in DESTINATIONS if row[0].search(clause)]
    if len(named) != 1:
        return None
    _, operation, wire, per_scene = named[0]
    sources = [
        (op, field)
        for op in state.last_operations
        for o, field in SOURCES
        if op.get("operation") == o and op.get(field) and (o, field) != (operation, wire)
    ]
    if not sources:
        return None
    source, field = sources[-1]
    value = source[field]
    if not per_scene:
        return [ops.parse_operation({"operation": operation, wire: value})], []
    scene_id = source.get("sceneId")
    if scene_id not in {s.id for s in project.scenes}:
        return None
    return [ops.parse_operation({"operation": operation, "sceneId": scene_id, wire: value})], [scene_id]


__all__ = ["DESTINATIONS", "copy_text"]
