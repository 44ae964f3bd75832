"""The last change made again on another version: "apply the same to A", "do the same on the
original", "same change for B too".

Part of :mod:`adgen.agent.understanding` (issue 15, variants and follow-ups). Right after
"make B's music calmer", "apply the same to A" got the help text. The change is the last
request's operations (the conversation's ``last_operations``), made on the version named. A
change made by a step (a size, a volume, words added to a background) is made by the same step
on that version's own value, so "brighter" on B appends "brighter" to A's own background rather
than copying B's; a value that was set ("calm") is set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding.switching import VariantFamily
from adgen.project import AdProject
from adgen.tools import operations as ops

_SAME_ON_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|and|now|then|also|please|pls|can\s+you|could\s+you)\b[\s,]*)*"
    r"(?:(?:apply|do|make|copy|use|put|repeat)\s+(?:the\s+)?(?:same|that|this|it)(?:\s+(?:change|changes|thing|edit|edits))?"
    r"\s+(?:to|on|in|for|with)\s+|(?:the\s+)?same\s+(?:change\s+|thing\s+)?(?:for|on|to|in)\s+)"
    r"(?:version\s+)?(?P<v>(?-i:[A-G])(?![\w'’])|the\s+original|the\s+other\s+one)"
    r"(?:\s+(?:too|as\s+well|also))?\W*(?:please|pls)?\W*$",
    re.I,
)
# Where an operation's fields live in the document (None: a field of the scene named).
_PLACES: dict[str, Callable[[dict[str, Any], dict[str, Any] | None], dict[str, Any] | None]] = {
    "update_style": lambda doc, scene: doc.get("style"),
    "update_audio": lambda doc, scene: doc.get("audio"),
    "update_brand": lambda doc, scene: doc.get("brand"),
    "update_voice": lambda doc, scene: doc.get("voice"),
    "update_captions": lambda doc, scene: doc.get("captions"),
    "update_overlay": lambda doc, scene: scene and scene.get("overlay"),
    "update_product": lambda doc, scene: scene and scene.get("product"),
    "update_scene": lambda doc, scene: scene,
}
_WHOLE = frozenset(
    {"set_duration", "set_presets", "add_presets", "remove_presets", "remove_scene", "add_scene"}
)


def same_on_version(
    text: str, family: Callable[[], VariantFamily | None], state: ConversationState, current_id: str | None
) -> tuple[str, list[Any]] | None:
    """The version named and the last change made on it, or None when the text asks for no such
    thing or the change cannot be made there (a scene that version does not have)."""
    m = _SAME_ON_RE.match(text)
    if m is None or not state.last_operations:
        return None
    found = family()
    if found is None:
        return None
    said = m.group("v").lower()
    if said == "the other one":
        pid = found.original_id if state.project_id != found.original_id else found.find("other")
    else:
        pid = found.find("A" if said == "the original" else m.group("v"))
    if pid is None or pid == (state.project_id or current_id):
        return None
    target = found.project(pid)
    if target is None:
        return None
    made = [_again(op, target) for op in state.last_operations]
    if not made or any(op is None for op in made):
        return None
    return pid, [ops.parse_operation(op) for op in made if op is not None]


def _again(op: dict[str, Any], target: AdProject) -> dict[str, Any] | None:
    name = str(op.get("operation"))
    if name in ("undo", "redo"):
        return None
    doc = target.to_wire()
    scene = next((s for s in doc["scenes"] if s["id"] == op.get("sceneId")), None)
    if op.get("sceneId") and scene is None:
        return None  # a scene that version does not have
    wire = {k: v for k, v in op.items() if k != "before"}
    if name in _WHOLE or name not in _PLACES:
        return wire
    place = _PLACES[name](doc, scene) or {}
    before = op.get("before") or {}
    for field, new in list(wire.items()):
        if field in ("operation", "sceneId") or field not in before:
            continue
        old, now = before[field], place.get(field)
        if isinstance(new, str) and isinstance(old, str) and isinstance(now, str) and new.startswith(old):
            wire[field] = now + new[len(old) :]  # words added to what was there
        elif _number(new) and _number(old) and _number(now) and old:
            wire[field] = (
                type(new)(round(now * new / old, 2)) if isinstance(new, float) else round(now * new / old)
            )
    return wire


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


__all__ = ["same_on_version"]
