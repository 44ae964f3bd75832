"""What a brand kit changes in an AdProject: a pure function on the wire document.

:func:`apply_kit` is the body of an ``apply_brand_kit`` edit operation. It touches only
brand-dependent fields, so the staleness that follows from the diff is only brand-dependent
stages: the brand (name, colours, font, tagline), the palette, the call to action where it is
still the planner's words, on-screen copy that breaks the kit's voice, and ``brandKit``
(the kit version plus the logo and font files the renderer draws).
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from adgen.brand.copy_rules import PLANNER_CTAS, CopyChange, repair_copy, tone_mood
from adgen.brand.model import BrandKit

OVERLAY_MAX_CHARS = 200  # adgen.project.OVERLAY_MAX_CHARS


def planner_default_ctas() -> frozenset[str]:
    """The calls to action the planners write by themselves (the kit's CTA may replace these)."""
    return frozenset({"shop now"} | {text.casefold() for text in PLANNER_CTAS.values()})


@dataclass
class KitApplication:
    project: dict[str, Any]
    changed: list[str]  # wire paths, e.g. "brand.colors", "scenes.scene_4.overlay.text", "brandKit"
    copy_changes: list[CopyChange] = field(default_factory=list)

    @property
    def is_change(self) -> bool:
        return bool(self.changed)


def user_set(project: Mapping[str, Any], scene_id: str, field_name: str) -> bool:
    """Whether the marketer ever set this scene's overlay ``field_name`` ("text", "color")
    themselves with an edit (then it is theirs, not the planner's)."""
    for entry in project.get("history") or []:
        op = entry.get("operation") or {}
        if op.get("operation") == "update_overlay" and op.get("sceneId") == scene_id and field_name in op:
            return True
    return False


def _cta_text(text: str, kit: BrandKit, old_brand: Mapping[str, Any], defaults: Collection[str]) -> str:
    """The CTA's first line becomes the kit's CTA if it was the planner's; its sign-off line
    (the old tagline or brand name) becomes the kit's."""
    lines = text.split("\n")
    if kit.default_cta and lines and lines[0].strip().casefold() in defaults:
        lines[0] = kit.default_cta
    signoffs = {str(v).strip().casefold() for v in (old_brand.get("tagline"), old_brand.get("name")) if v}
    new_signoff = kit.tagline or kit.name
    if len(lines) > 1 and lines[1].strip().casefold() in signoffs:
        lines[1] = new_signoff
    return "\n".join(lines)


def brief_defaults(kit: BrandKit) -> dict[str, Any]:
    """Values for the planner's ``Brief`` fields (adgen.pipeline.types.Brief) that a new ad takes
    from the kit where the marketer's brief is silent: ``Brief(**{**brief_defaults(kit), **said})``."""
    defaults: dict[str, Any] = {"brand_name": kit.name}
    if kit.colors.as_list():
        defaults["colors"] = kit.colors.as_list()
    if kit.tagline:
        defaults["tagline"] = kit.tagline
    if kit.default_cta:
        defaults["cta_text"] = kit.default_cta
    mood = tone_mood(kit)
    if mood:
        defaults["mood"] = mood
    return defaults


def apply_kit(
    project: Mapping[str, Any],
    kit: BrandKit,
    *,
    default_ctas: Collection[str] | None = None,
    keep_colours: bool = False,
) -> KitApplication:
    """The project (wire dict, camelCase) with ``kit`` applied, and the paths that changed.

    The input is not modified. ``default_ctas`` are the planner's own CTA lines (case-insensitive;
    by default :func:`planner_default_ctas`): only those are replaced by the kit's CTA.
    ``keep_colours`` leaves the brand colours and palette alone (a new ad whose brief named
    its own colours).
    """
    defaults = {c.casefold() for c in (planner_default_ctas() if default_ctas is None else default_ctas)}
    after: dict[str, Any] = copy.deepcopy(dict(project))
    old_brand = dict(project.get("brand") or {})
    brand = after.setdefault("brand", {})
    colours = kit.colors.as_list()
    font = kit.heading_font or kit.body_font
    brand["name"] = kit.name
    if colours and not keep_colours:
        brand["colors"] = colours
        after.setdefault("style", {})["palette"] = list(colours)
    if font:
        brand["font"] = font.family
    if kit.tagline:
        brand["tagline"] = kit.tagline
    copy_changes: list[CopyChange] = []
    for scene in after.get("scenes") or []:
        overlay = scene.get("overlay") or {}
        text = str(overlay.get("text") or "")
        if scene.get("role") == "cta" and not user_set(project, str(scene.get("id")), "text"):
            text = _cta_text(text, kit, old_brand, defaults)
        fix = repair_copy(text, kit)
        copy_changes += fix.changes
        if fix.text != overlay.get("text", ""):
            overlay["text"] = fix.text[:OVERLAY_MAX_CHARS]
    after["brandKit"] = kit.ref().to_wire()
    return KitApplication(project=after, changed=changed_paths(project, after), copy_changes=copy_changes)


def changed_paths(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The brand-dependent wire paths whose values differ between two documents."""
    paths = []
    for section, key in (
        ("brand", "name"),
        ("brand", "colors"),
        ("brand", "font"),
        ("brand", "tagline"),
        ("style", "palette"),
    ):
        if (before.get(section) or {}).get(key) != (after.get(section) or {}).get(key):
            paths.append(f"{section}.{key}")
    old_scenes = {s.get("id"): s for s in before.get("scenes") or []}
    for scene in after.get("scenes") or []:
        prev = old_scenes.get(scene.get("id")) or {}
        if (prev.get("overlay") or {}).get("text") != (scene.get("overlay") or {}).get("text"):
            paths.append(f"scenes.{scene.get('id')}.overlay.text")
    if before.get("brandKit") != after.get("brandKit"):
        paths.append("brandKit")
    return paths


__all__ = [
    "KitApplication",
    "apply_kit",
    "brief_defaults",
    "changed_paths",
    "planner_default_ctas",
    "user_set",
]
