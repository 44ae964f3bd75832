"""A new ad made with the owner's default brand kit: the brief filled from the kit, then the kit
applied to the plan (so version 1 records ``brandKit`` and draws the kit's fonts and logo).

The brief wins where it speaks: its brand name, colours, tagline, call to action and mood are
kept; the kit fills what it leaves out. Both planners get the kit's voice: the local planner's
copy is repaired by :func:`adgen.brand.apply.apply_kit` (avoided words out, quiet tones without
exclamation marks), the OpenAI planner also reads :func:`planner_instructions` in its prompt.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from adgen.brand.apply import brief_defaults
from adgen.brand.copy_rules import planner_instructions
from adgen.brand.library import DEFAULT_KIT_NAME
from adgen.brand.model import BrandKit
from adgen.brand.project_kit import apply_kit_to_project


def brief_with_kit(brief: Any, kit: BrandKit) -> Any:
    """The planner's Brief (adgen.pipeline.types.Brief) with the kit filling what it does not say."""
    filled: dict[str, Any] = {}
    for name, value in brief_defaults(kit).items():
        if name == "brand_name" and kit.name == DEFAULT_KIT_NAME:
            continue  # a kit started from a logo has no real name yet
        if getattr(brief, name, None) in (None, "", []):
            filled[name] = value
    return dataclasses.replace(brief, **filled, brand_rules=planner_instructions(kit))


def project_with_kit(project: Any, kit: BrandKit, brief: Any) -> Any:
    """The planned AdProject with the kit applied; the brief's own brand name and colours kept."""
    from adgen.project import AdProject

    applied = apply_kit_to_project(project.to_wire(), kit, keep_colours=bool(brief.colors))
    wire = applied.project
    if brief.brand_name:
        wire["brand"]["name"] = project.brand.name
    return AdProject.from_wire(wire)


__all__ = ["brief_with_kit", "project_with_kit"]
