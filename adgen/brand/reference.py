"""What an AdProject records of the brand kit it was made with: ``brandKit`` on the wire.

The id and version name an immutable kit version, so an ad always renders the same until the
marketer applies a newer kit. The logo and font files are copied in as media URLs (content
addressed), so the renderer reads them from the document alone and a stage's content key changes
exactly when a file it draws changes. This module imports nothing from adgen, so that
:mod:`adgen.project` can import it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

KIT_ID_PATTERN = r"^bk_[A-Za-z0-9_-]{1,64}$"


class WireModel(BaseModel):
    """camelCase on the wire, strict about unknown fields (the same rules as the AdProject)."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", validate_assignment=True
    )

    def to_wire(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")


class KitFontRef(WireModel):
    """A font as the renderer needs it: an uploaded file's media URL, or an installed family."""

    family: str = Field(min_length=1, max_length=120)
    style: str | None = Field(default=None, max_length=80)
    url: str | None = None  # None: an installed family, resolved with fontconfig


class BrandKitRef(WireModel):
    """``AdProject.brandKit``: the kit version an ad uses, plus the files it draws."""

    id: str = Field(pattern=KIT_ID_PATTERN)
    version: int = Field(ge=1)
    logo_url: str | None = None
    logo_has_transparency: bool | None = None
    heading_font: KitFontRef | None = None
    body_font: KitFontRef | None = None
    # The logo also as a small mark in a corner of every scene but the end card (inside the safe area).
    corner_mark: bool = False


FontRole = Literal["heading", "body"]

__all__ = ["KIT_ID_PATTERN", "BrandKitRef", "FontRole", "KitFontRef", "WireModel"]
