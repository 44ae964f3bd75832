"""A feed row merged into the template ad: the operations of that row's variation.

Merge fields are ``{{field}}`` (spaces allowed inside the braces) in the template's on-screen
texts, replaced by the row's value as plain text (no expressions, nothing evaluated). Explicit
columns go where they belong: ``headline`` becomes the first scene's text, ``cta`` the text of
the call-to-action scene, the product image replaces the template's product (shown in the showcases
and the call to action when the template showed none). The result is a
``create_variation`` of the template, so it is validated like any edit (a merged text that is
too long is that row's error, in the edit's own words).
"""

from __future__ import annotations

import re
from typing import Any

from adgen.api.feed import FeedRow
from adgen.project import AdProject, ProductAsset
from adgen.tools import operations as ops

PRODUCT_ROLES = ("showcase", "cta")
FIELD = re.compile(r"\{\{\s*([A-Za-z0-9_\- ]+?)\s*\}\}")


class MergeError(ValueError):
    """A row that does not fit the template (a field the template needs and the row lacks)."""


def merge_text(text: str, fields: dict[str, str], row: FeedRow) -> str:
    from adgen.api.feed import column_name

    missing: list[str] = []

    def value(match: re.Match[str]) -> str:
        name = column_name(match.group(1))
        if not fields.get(name):
            missing.append(match.group(1).strip())
            return ""
        return fields[name]

    merged = FIELD.sub(value, text)
    if missing:
        raise MergeError(
            f"Row {row.index} ({row.name or 'no name'}) has no {', '.join(sorted(set(missing)))}, "
            "which the template's text uses; fill it in or remove it from the template."
        )
    return merged


def template_fields(template: AdProject) -> list[str]:
    """The merge fields the template's texts use, in order of appearance."""
    from adgen.api.feed import column_name

    seen: dict[str, None] = {}
    for scene in template.scenes:
        for match in FIELD.finditer(scene.overlay.text):
            seen[column_name(match.group(1))] = None
    return list(seen)


def row_operations(template: AdProject, row: FeedRow, asset: ProductAsset | None) -> ops.CreateVariation:
    """The create_variation that makes this row's ad from the template."""
    edits: list[Any] = []
    cta_scene = next((s for s in reversed(template.scenes) if s.role == "cta"), template.scenes[-1])
    for index, scene in enumerate(template.scenes):
        text = merge_text(scene.overlay.text, row.fields, row)
        if index == 0 and row.fields.get("headline"):
            text = row.fields["headline"]
        if scene.id == cta_scene.id and row.fields.get("cta"):
            text = row.fields["cta"]
        if text != scene.overlay.text:
            edits.append(ops.UpdateOverlay(scene_id=scene.id, text=text))
    if asset is not None:
        edits.append(ops.ReplaceProduct(asset=asset))
        if not any(scene.product.visible for scene in template.scenes):
            # A template planned without a photo shows none; show the row's product where the
            # planner puts one (the showcases and the call to action).
            edits += [
                ops.UpdateProduct(scene_id=scene.id, visible=True)
                for scene in template.scenes
                if scene.role in PRODUCT_ROLES
            ]
    label = f"{row.name}"[:80] or f"row {row.index}"
    return ops.CreateVariation(label=label, operations=edits)


__all__ = ["FIELD", "MergeError", "merge_text", "row_operations", "template_fields"]
