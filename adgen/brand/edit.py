"""The ``apply_brand_kit`` edit on the document dump :mod:`adgen.tools.apply` hands its appliers.

Kept here so the edit algebra only gains one line per operation. The operation carries the kit
version's document (the agent fills it from the kit store), so applying it reads nothing else.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from adgen.brand.model import BrandKit
from adgen.brand.project_kit import apply_kit_to_project


class KitEditError(ValueError):
    """The operation cannot be applied; the message is for the marketer."""


def kit_of(op: Any) -> BrandKit:
    """The kit version an ``apply_brand_kit`` operation carries."""
    if not op.kit:
        raise KitEditError(
            "I need the brand kit to apply; make one first (send your logo or name your colours)."
        )
    try:
        kit = BrandKit.from_wire(op.kit)
    except ValidationError as exc:
        raise KitEditError("That brand kit could not be read; show the brand kit and try again.") from exc
    if op.kit_id and kit.kit_id != op.kit_id or op.version and kit.version != op.version:
        raise KitEditError("The brand kit sent does not match the version asked for; try again.")
    return kit


def apply_brand_kit_to_dump(data: dict[str, Any], op: Any) -> None:
    """Apply the operation's kit to ``data`` (an AdProject ``model_dump()``, snake_case), in place."""
    from adgen.project import AdProject

    kit = kit_of(op)
    wire = AdProject.model_validate(data).to_wire()
    applied = apply_kit_to_project(wire, kit, corner_mark=op.corner_mark)
    if not applied.changed:
        raise KitEditError(
            f"This ad already uses brand kit “{kit.name}” version {kit.version}; nothing to change."
        )
    data.clear()
    data.update(AdProject.from_wire(applied.project).model_dump())


__all__ = ["KitEditError", "apply_brand_kit_to_dump", "kit_of"]
