"""Request bodies of the API (camelCase on the wire, like the document and the operations)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from adgen.project import AspectRatio, HexColor
from adgen.tools.operations import ContentOperation, EditOperation

Quality = Literal["draft", "final"]


class _Body(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")


class CreateProject(_Body):
    """A new ad from a brief; the product image as a link (or a multipart ``image`` file instead)."""

    brief: str = Field(
        min_length=1, max_length=4000, description="the marketer's request, as they would say it"
    )
    brand_name: str | None = Field(default=None, max_length=80)
    colors: list[HexColor] = Field(default_factory=list, max_length=8)
    duration_sec: float | None = Field(default=None, ge=5, le=120)
    mood: str | None = Field(default=None, max_length=80)
    audience: str | None = Field(default=None, max_length=200)
    product: str | None = Field(default=None, max_length=200)
    tagline: str | None = Field(default=None, max_length=200)
    cta_text: str | None = Field(default=None, max_length=200)
    product_image_url: str | None = Field(
        default=None, max_length=2000, description="read through the safe fetcher"
    )

    def brief_fields(self) -> dict[str, object]:
        """The planner's fields given explicitly (snake_case); they win over what the brief says."""
        data = self.model_dump(exclude={"brief", "product_image_url"}, exclude_none=True)
        if not data.get("colors"):
            data.pop("colors", None)
        return data


class ApplyOperations(_Body):
    """Typed edit operations (the chat's own union), applied in order, all or none."""

    operations: list[EditOperation] = Field(min_length=1, max_length=50)
    expected_version: int | None = Field(default=None, ge=1, description="or the If-Match header")


class Message(_Body):
    text: str = Field(min_length=1, max_length=4000)
    expected_version: int | None = Field(default=None, ge=1)


class StartRender(_Body):
    quality: Quality = "draft"
    aspects: list[AspectRatio] | None = Field(default=None, min_length=1, max_length=3)
    presets: list[str] | None = Field(
        default=None, max_length=20, description="platform presets; accepted and reported, not applied yet"
    )
    version: int | None = Field(default=None, ge=1, description="render this version instead of the latest")


class VariationRequest(_Body):
    label: str = Field(min_length=1, max_length=80)
    operations: list[ContentOperation] = Field(default_factory=list, max_length=20)
    expected_version: int | None = Field(default=None, ge=1)


class UndoRequest(_Body):
    expected_version: int | None = Field(default=None, ge=1)


class RegisterWebhook(_Body):
    url: str = Field(min_length=1, max_length=2000)
    events: list[Literal["render.completed", "render.failed", "batch.completed"]] = Field(min_length=1)
    description: str = Field(default="", max_length=200)


__all__ = [
    "ApplyOperations",
    "CreateProject",
    "VariationRequest",
    "Message",
    "Quality",
    "RegisterWebhook",
    "StartRender",
    "UndoRequest",
]
