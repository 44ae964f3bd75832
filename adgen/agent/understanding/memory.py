"""What the last request changed, field by field, so a follow-up can take it back, move it or
say it again: "put the old tagline back", "no, I meant the CTA", "no wait, I meant the bottle".

Part of :mod:`adgen.agent.understanding`. The conversation state keeps the last request's
operations (wire dicts); :func:`remember_before` adds to each the values its fields had before
it (``before``), read through ``READERS``, a table of (operation, wire field) -> how to read
that field from the project. :func:`restore` turns them back into operations that put the old
values back; ``FIELD_WORDS`` says which wire fields a word names ("the old text back").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from adgen.project import AdProject, Scene

_SceneRead = Callable[[Scene], Any]
_AdRead = Callable[[AdProject], Any]

# (operation, wire field) -> how to read the field's current value (of a scene, or of the ad).
SCENE_READERS: dict[tuple[str, str], _SceneRead] = {
    ("update_overlay", "text"): lambda s: s.overlay.text,
    ("update_overlay", "position"): lambda s: s.overlay.position,
    ("update_overlay", "fontSize"): lambda s: s.overlay.font_size,
    ("update_overlay", "color"): lambda s: s.overlay.color,
    ("update_product", "visible"): lambda s: s.product.visible,
    ("update_product", "scale"): lambda s: s.product.scale,
    ("update_product", "position"): lambda s: s.product.position,
    ("update_scene", "backgroundPrompt"): lambda s: s.background_prompt,
    ("update_scene", "durationSec"): lambda s: s.duration_sec,
}
AD_READERS: dict[tuple[str, str], _AdRead] = {
    ("update_style", "mood"): lambda p: p.style.mood,
    ("update_style", "palette"): lambda p: list(p.style.palette),
    ("update_style", "lighting"): lambda p: p.style.lighting,
    ("update_style", "visualStyle"): lambda p: p.style.visual_style,
    ("update_style", "musicMood"): lambda p: p.style.music_mood,
    ("update_brand", "name"): lambda p: p.brand.name,
    ("update_brand", "colors"): lambda p: list(p.brand.colors),
    ("update_brand", "font"): lambda p: p.brand.font,
    ("update_brand", "tagline"): lambda p: p.brand.tagline,
    ("update_audio", "volume"): lambda p: p.audio.volume,
    ("update_audio", "mood"): lambda p: p.audio.mood,
    # (the ad's voice: "slow the voice down a bit" then "a bit more" steps from these)
    ("update_voice", "rate"): lambda p: p.voice.rate,
    ("update_voice", "pitch"): lambda p: p.voice.pitch,
    ("set_duration", "durationSec"): lambda p: p.duration_sec,
}
# The words that name a field of the last change ("put the old text back"): pattern -> fields.
FIELD_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"text|words|line|copy|headline|caption|wording", ("update_overlay.text",)),
    (r"tagline|slogan|strapline", ("update_brand.tagline",)),
    (r"font|typeface", ("update_brand.font",)),
    (r"brand\s+name|name", ("update_brand.name",)),
    (r"colou?rs?|palette", ("update_overlay.color", "update_style.palette", "update_brand.colors")),
    (r"size", ("update_overlay.fontSize", "update_product.scale")),
    (r"position|place|spot", ("update_overlay.position", "update_product.position")),
    (r"music|song|soundtrack|track", ("update_style.musicMood", "update_audio.mood", "update_audio.volume")),
    (r"volume", ("update_audio.volume",)),
    (r"length|duration|timing", ("set_duration.durationSec", "update_scene.durationSec")),
    (r"background|backdrop", ("update_scene.backgroundPrompt",)),
    (r"mood|vibe", ("update_style.mood",)),
    (r"lighting|light", ("update_style.lighting",)),
    (r"look|style", ("update_style.visualStyle",)),
)
_FIELD_WORD_RES = tuple((re.compile(rf"\b(?:{p})\b", re.I), fields) for p, fields in FIELD_WORDS)


def remember_before(op: dict[str, Any], project: AdProject | None) -> dict[str, Any]:
    """The operation with the values its fields had before it (``before``)."""
    if project is None:
        return op
    name = op.get("operation", "")
    before: dict[str, Any] = {}
    scene = next((s for s in project.scenes if s.id == op.get("sceneId")), None)
    for field_name in op:
        if scene is not None and (read := SCENE_READERS.get((name, field_name))) is not None:
            before[field_name] = read(scene)
        elif (read_ad := AD_READERS.get((name, field_name))) is not None:
            before[field_name] = read_ad(project)
    return {**op, "before": before} if before else op


def restore(last: list[dict[str, Any]], fields: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """Operations that put back what the last request changed (only ``fields`` when given,
    as "operation.field" names)."""
    made = []
    for op in last:
        before = {
            k: v
            for k, v in (op.get("before") or {}).items()
            if fields is None or f"{op.get('operation')}.{k}" in fields
        }
        if before and all(v is not None for v in before.values()):
            wire = {"operation": op["operation"], **before}
            if op.get("sceneId"):
                wire["sceneId"] = op["sceneId"]
            made.append(wire)
    return made


def fields_named(words: str) -> tuple[str, ...] | None:
    """The fields a word names ("the old tagline" -> brand tagline), or None."""
    for pattern, fields in _FIELD_WORD_RES:
        if pattern.search(words):
            return fields
    return None


__all__ = ["AD_READERS", "FIELD_WORDS", "SCENE_READERS", "fields_named", "remember_before", "restore"]
