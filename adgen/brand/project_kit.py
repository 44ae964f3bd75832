"""A brand kit in an AdProject: the body of the ``apply_brand_kit`` edit and of a new ad's kit.

:func:`apply_kit` (palette, fonts, tagline, CTA, voice, ``brandKit``) plus the text colours: each
scene's text takes the kit colour that stays readable on *any* background behind the scrim the
text layer draws (:func:`scene_text_colours`), and the end card's call to action sits on a
button in the kit's accent with the kit colour that passes on it. The document alone decides
the render, so an ad made with kit version 3 renders the same after the kit reaches version 4.

Staleness (read off the render's content keys): fonts, logo, CTA, tagline and text colours
re-render only the text layers (and the scene passes and assembly that include them); a kit
whose colours differ from the ad's palette also re-renders the backgrounds, because the local
video generator paints its clips from ``style.palette`` (the palette drives them). A kit applied
to an ad that already has its colours leaves every background as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from adgen.brand.apply import KitApplication, apply_kit, user_set
from adgen.brand.colour_names import hex_to_rgb
from adgen.brand.contrast import LuminanceRange, TextColourChoice, pick_text_colour
from adgen.brand.library import DEFAULT_KIT_NAME
from adgen.brand.model import BrandKit

# The overlay font size (px at a 1080 short side) from which text counts as large for WCAG
# (cap height >= 31 px of a 1080x1920 frame; adgen/preflight's table).
LARGE_TEXT_FONT_SIZE = 48
ANY_BACKGROUND = LuminanceRange(darkest=0.0, lightest=1.0)
NEUTRALS = ("#FFFFFF", "#000000")


def is_large(font_size: int) -> bool:
    return font_size >= LARGE_TEXT_FONT_SIZE


def button_colour(colours: Sequence[str]) -> str | None:
    """The end card's CTA button: the kit's accent (third colour), else its primary."""
    if not colours:
        return None
    return colours[2] if len(colours) > 2 else colours[0]


def scrim_choice(text_colour: str, font_size: int) -> TextColourChoice:
    """The least scrim behind ``text_colour`` that passes WCAG over any background at all."""
    return pick_text_colour([text_colour], ANY_BACKGROUND, large_text=is_large(font_size))


def button_text_choice(colours: Sequence[str], button: str, font_size: int) -> TextColourChoice:
    """The kit colour (else white or black) that passes on the solid button."""
    others = [c for c in colours if c.upper() != button.upper()]
    sample = np.full((2, 2, 3), hex_to_rgb(button), dtype=np.uint8)
    large = is_large(font_size)
    if others:
        choice = pick_text_colour(others, sample, large_text=large)
        if choice.passes and choice.scrim is None:
            return choice
    return pick_text_colour(list(NEUTRALS), sample, large_text=large)


def scene_text_colours(project: dict[str, Any], kit: BrandKit) -> list[str]:
    """Set each scene's text colour from the kit (in place); the scene ids that changed.

    The end card's text takes the colour that passes on its button; other scenes take the kit
    colour that needs the lightest scrim (white or black when no kit colour is readable behind
    an 80 % scrim). A colour the marketer set with an edit is kept.
    """
    colours = kit.colors.as_list()
    if not colours:
        return []
    changed = []
    scenes = project.get("scenes") or []
    for index, scene in enumerate(scenes):
        overlay = scene.setdefault("overlay", {})
        if user_set(project, str(scene.get("id")), "color"):
            continue
        size = int(overlay.get("fontSize") or 64)
        button = button_colour(colours)
        if index == len(scenes) - 1 and button:
            colour = button_text_choice(colours, button, size).colour
        else:
            colour = pick_text_colour(colours, ANY_BACKGROUND, large_text=is_large(size)).colour
        if overlay.get("color") != colour:
            overlay["color"] = colour
            changed.append(str(scene.get("id")))
    return changed


def apply_kit_to_project(
    project: Mapping[str, Any],
    kit: BrandKit,
    *,
    corner_mark: bool | None = None,
    keep_colours: bool = False,
) -> KitApplication:
    """The wire document with the kit applied and its text colours chosen; what changed."""
    old_name = (project.get("brand") or {}).get("name")
    if kit.name == DEFAULT_KIT_NAME and old_name:  # the CTA's sign-off keeps the ad's brand name
        kit = kit.model_copy(update={"name": old_name})
    applied = apply_kit(project, kit, keep_colours=keep_colours)
    after = applied.project
    if kit.name == DEFAULT_KIT_NAME:  # a kit started from a logo has no real name yet
        after["brand"]["name"] = old_name or ""
        applied.changed = [p for p in applied.changed if p != "brand.name"]
    ref = dict(after["brandKit"])
    previous = project.get("brandKit") or {}
    ref["cornerMark"] = bool(previous.get("cornerMark", False) if corner_mark is None else corner_mark)
    after["brandKit"] = ref
    if not keep_colours:
        for scene_id in scene_text_colours(after, kit):
            applied.changed.append(f"scenes.{scene_id}.overlay.color")
    if (project.get("brandKit") or {}) != ref and "brandKit" not in applied.changed:
        applied.changed.append("brandKit")
    return applied


__all__ = [
    "ANY_BACKGROUND",
    "apply_kit_to_project",
    "button_colour",
    "button_text_choice",
    "is_large",
    "scene_text_colours",
    "scrim_choice",
]
