"""Words taken out of a scene's text: "remove the word 'today' from the cta", "take 'Bold.' out of
the showcase text", "cut the word bold from the showcase".

Part of :mod:`adgen.agent.understanding` (issue 15, precision first). Read as anything else, these
removed the whole scene ("remove … from the cta" is how a scene is removed) or set the text to the
very words to take out. The words must be in the scene's text; when they are not, the text is
said back and nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from adgen.agent.understanding.quotes import PLACEHOLDER_RE, Quoted
from adgen.agent.understanding.scenes import ROLE_LABEL, find_scene_refs
from adgen.project import AdProject
from adgen.tools import operations as ops

_REMOVE_FROM_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|just|and|also)\s+)*"
    r"(?:remove|delete|drop|cut|lose|strip|get\s+rid\s+of|take)\s+(?P<cue>the\s+(?:words?|phrase)\s+)?"
    # ("take '100% arabica' off the showcase", "strip 'today' off the cta text": "off" as "out of")
    r"(?P<w>\ue000.|[\w'’&.$%-]+(?:\s+[\w'’&.$%-]+){0,2}?)\s+(?:(?:out\s+)?(?:of|from)|off(?:\s+of)?)\s+(?P<where>[^,;!?\n]+?)\W*$",
    re.I,
)
# What may follow the scene's name: its text's own words ("the cta text", "scene 2's line").
_TEXT_TAIL_RE = re.compile(r"^\W*(?:'s\s+)?(?:(?:text|words|line|copy|headline|caption|overlay)\s*)?$", re.I)


@dataclass(frozen=True)
class Removal:
    """The text without the words (an operation), or why not (a sentence)."""

    operations: list[Any]
    scene_ids: list[str]
    problem: str | None = None


def removed_words(masked: str, project: AdProject | None, quotes: list[Quoted]) -> Removal | None:
    """The words ``masked`` takes out of one scene's text, or None when it asks nothing of the kind."""
    m = _REMOVE_FROM_RE.match(masked)
    if m is None or project is None:
        return None
    where = m.group("where")
    refs = [r for r in find_scene_refs(where, project, quotes) if r.ids and not r.error and r.kind != "all"]
    if len(refs) != 1 or len(refs[0].ids) != 1 or not _TEXT_TAIL_RE.match(where[refs[0].end :]):
        return None
    token = PLACEHOLDER_RE.fullmatch(m.group("w"))
    words = quotes[ord(token.group(1)) - 0xE100].inner if token else m.group("w")
    if re.fullmatch(r"(?:the\s+)?(?:text|words|line|copy|product|music|scene|logo|voice\w*)", words, re.I):
        return None  # "remove the text from the showcase": the text itself, read elsewhere
    scene = project.scene(refs[0].ids[0])
    text = scene.overlay.text
    found = re.search(rf"(?<!\w){re.escape(words.strip())}(?!\w)", text, re.I)
    label = f"scene {[s.id for s in project.scenes].index(scene.id) + 1} ({ROLE_LABEL[scene.role]})"
    if found is None and token is None and not m.group("cue"):
        return None  # "take the bottle out of the end card": not words of the text, read elsewhere
    if found is None:
        return Removal([], [scene.id], f"The text of {label} is “{text}”; it has no “{words.strip()}”.")
    left = _tidy(text[: found.start()] + " " + text[found.end() :])
    if not left:
        return Removal(
            [], [scene.id], f"That would leave {label} with no text; give me the words to show instead."
        )
    return Removal(
        [ops.parse_operation({"operation": "update_overlay", "sceneId": scene.id, "text": left})], [scene.id]
    )


_SPACE_BEFORE_MARK_RE = re.compile(r"\s+([,.!?;:])")
_REPEATED_MARK_RE = re.compile(r"([,.!?;:])(?:\s*\1)+")


def _tidy(text: str) -> str:
    """Spaces and punctuation left behind by the words taken out ("Order  today" -> "Order")."""
    lines = [
        _REPEATED_MARK_RE.sub(r"\1", _SPACE_BEFORE_MARK_RE.sub(r"\1", " ".join(line.split())))
        for line in text.split("\n")
    ]
    lines = [line.strip(" ,;:-") for line in lines]
    return "\n".join(line for line in lines if line)


__all__ = ["Removal", "removed_words"]
