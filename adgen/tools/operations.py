"""Typed edit operations (CONTRACTS §2): the only way the agent may change an AdProject.

A pydantic discriminated union on the field ``operation``. Fields are camelCase on the wire,
like the document. Validation here covers what can be checked without the project (types,
ranges, colour syntax); :mod:`adgen.tools.apply` checks the rest against the project.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import Field, TypeAdapter

from adgen.project import (
    AD_MAX_SEC,
    AD_MIN_SEC,
    MAX_PRESETS,
    OVERLAY_MAX_CHARS,
    SCENE_MAX_SEC,
    SCENE_MIN_SEC,
    VOICEOVER_MAX_CHARS,
    AspectRatio,
    CamelModel,
    CaptionStyleName,
    HexColor,
    OverlayPosition,
    ProductAsset,
    ProductPosition,
    ProductStyle,
    SceneRole,
)

RenderQuality = Literal["draft", "final"]


class _Op(CamelModel):
    def to_wire(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json", exclude_none=True)


class RegenerateScene(_Op):
    operation: Literal["regenerate_scene"] = "regenerate_scene"
    scene_id: str
    prompt_additions: str = Field(default="", max_length=500)


class UpdateScene(_Op):
    operation: Literal["update_scene"] = "update_scene"
    scene_id: str
    background_prompt: str | None = Field(default=None, min_length=1, max_length=1000)
    duration_sec: float | None = Field(default=None, ge=SCENE_MIN_SEC, le=SCENE_MAX_SEC)


class UpdateOverlay(_Op):
    operation: Literal["update_overlay"] = "update_overlay"
    scene_id: str
    text: str | None = Field(default=None, max_length=OVERLAY_MAX_CHARS)
    position: OverlayPosition | None = None
    font_size: int | None = Field(default=None, ge=12, le=200)
    color: HexColor | None = None


class UpdateStyle(_Op):
    operation: Literal["update_style"] = "update_style"
    mood: str | None = Field(default=None, min_length=1, max_length=80)
    palette: list[HexColor] | None = Field(default=None, min_length=1, max_length=8)
    lighting: str | None = Field(default=None, min_length=1, max_length=80)
    visual_style: str | None = Field(default=None, min_length=1, max_length=80)
    music_mood: str | None = Field(default=None, min_length=1, max_length=80)


class UpdateBrand(_Op):
    operation: Literal["update_brand"] = "update_brand"
    name: str | None = Field(default=None, min_length=1, max_length=80)
    colors: list[HexColor] | None = Field(default=None, min_length=1, max_length=8)
    font: str | None = Field(default=None, min_length=1, max_length=200)
    tagline: str | None = Field(default=None, max_length=OVERLAY_MAX_CHARS)


class SetDuration(_Op):
    operation: Literal["set_duration"] = "set_duration"
    duration_sec: float = Field(ge=AD_MIN_SEC, le=AD_MAX_SEC)


class AddScene(_Op):
    operation: Literal["add_scene"] = "add_scene"
    role: SceneRole
    after_scene_id: str | None = None
    # Extensions: what the new scene shows and says; sensible defaults come from its role.
    background_prompt: str | None = Field(default=None, min_length=1, max_length=1000)
    text: str | None = Field(default=None, max_length=OVERLAY_MAX_CHARS)
    duration_sec: float | None = Field(default=None, ge=SCENE_MIN_SEC, le=SCENE_MAX_SEC)


class RemoveScene(_Op):
    operation: Literal["remove_scene"] = "remove_scene"
    scene_id: str


class ReorderScenes(_Op):
    operation: Literal["reorder_scenes"] = "reorder_scenes"
    order: list[str] = Field(min_length=1)


class ReplaceProduct(_Op):
    operation: Literal["replace_product"] = "replace_product"
    asset: ProductAsset


class UpdateProduct(_Op):
    """Extension: the product's placement in one scene (or every scene when sceneId is omitted);
    ``style`` is for the whole ad: the cut-out, or the photo as a framed product card."""

    operation: Literal["update_product"] = "update_product"
    scene_id: str | None = None
    visible: bool | None = None
    scale: float | None = Field(default=None, gt=0.0, le=1.0)
    position: ProductPosition | None = None
    style: ProductStyle | None = None


class UpdateAudio(_Op):
    """Extension: the music's mood and volume."""

    operation: Literal["update_audio"] = "update_audio"
    mood: str | None = Field(default=None, min_length=1, max_length=80)
    volume: float | None = Field(default=None, ge=0.0, le=1.0)


class UpdateVoiceover(_Op):
    """Extension (issue 19): one scene's voice-over line, or whether that scene is spoken.
    Writing a line turns the ad's voice on."""

    operation: Literal["update_voiceover"] = "update_voiceover"
    scene_id: str
    text: str | None = Field(default=None, max_length=VOICEOVER_MAX_CHARS)
    enabled: bool | None = None


class UpdateVoice(_Op):
    """Extension (issue 19): the ad's voice: on or off, which voice, its pace (1.0 natural) and
    pitch (below 1.0 deeper). Turning the voice on turns the captions on too."""

    operation: Literal["update_voice"] = "update_voice"
    enabled: bool | None = None
    voice: str | None = Field(default=None, min_length=1, max_length=80)
    rate: float | None = Field(default=None, ge=0.5, le=2.0)
    pitch: float | None = Field(default=None, ge=0.5, le=1.5)


class UpdateCaptions(_Op):
    """Extension (issue 19): burned-in captions on or off, and their style."""

    operation: Literal["update_captions"] = "update_captions"
    enabled: bool | None = None
    style: CaptionStyleName | None = None


class ApplyBrandKit(_Op):
    """Extension (issue 18): a brand kit version applied to the ad (palette, fonts, default CTA,
    tagline, logo, the kit's voice in the copy). ``kitId``/``version`` name it (None: the owner's
    default kit, latest version); the agent fills ``kit`` with that version's document before the
    edit is applied, so the edit is a pure function of the operation and replays the same.
    ``cornerMark`` also puts the logo in a corner of every scene but the end card."""

    operation: Literal["apply_brand_kit"] = "apply_brand_kit"
    kit_id: str | None = Field(default=None, pattern=r"^bk_[A-Za-z0-9_-]{1,64}$")
    version: int | None = Field(default=None, ge=1)
    corner_mark: bool | None = None
    kit: dict[str, Any] | None = None


PresetName = Annotated[str, Field(min_length=1, max_length=40)]


class SetPresets(_Op):
    """Extension (issue 16): the platforms the ad is made for, replacing the current ones. Names
    are preset ids or what a marketer calls them ("tiktok", "reels", "4:5", "feed", "square",
    "youtube"); the ad's exports, their sizes and safe areas follow."""

    operation: Literal["set_presets"] = "set_presets"
    presets: list[PresetName] = Field(min_length=1, max_length=MAX_PRESETS)


class AddPresets(_Op):
    """Extension (issue 16): more platforms for the ad, keeping the ones it has."""

    operation: Literal["add_presets"] = "add_presets"
    presets: list[PresetName] = Field(min_length=1, max_length=MAX_PRESETS)


class RemovePresets(_Op):
    """Extension (issue 16): platforms the ad is no longer made for (at least one stays)."""

    operation: Literal["remove_presets"] = "remove_presets"
    presets: list[PresetName] = Field(min_length=1, max_length=MAX_PRESETS)


class Undo(_Op):
    operation: Literal["undo"] = "undo"


class Redo(_Op):
    """Extension: bring back what the latest undo took away (as a new version)."""

    operation: Literal["redo"] = "redo"


class Render(_Op):
    operation: Literal["render"] = "render"
    aspects: list[AspectRatio] | None = None
    quality: RenderQuality | None = None


CONTENT_OPERATIONS: tuple[type[_Op], ...] = (
    RegenerateScene,
    UpdateScene,
    UpdateOverlay,
    UpdateStyle,
    UpdateBrand,
    SetDuration,
    AddScene,
    RemoveScene,
    ReorderScenes,
    ReplaceProduct,
    UpdateProduct,
    UpdateAudio,
    UpdateVoiceover,
    UpdateVoice,
    UpdateCaptions,
    ApplyBrandKit,
    SetPresets,
    AddPresets,
    RemovePresets,
)
"""Operations that change the content of one project; what a variation may contain."""

ContentOperation = Annotated[Union[CONTENT_OPERATIONS], Field(discriminator="operation")]  # noqa: UP007 (a tuple of types)


class CreateVariation(_Op):
    operation: Literal["create_variation"] = "create_variation"
    label: str = Field(min_length=1, max_length=80)
    operations: list[ContentOperation] = Field(default_factory=list, max_length=20)


ALL_OPERATIONS: tuple[type[_Op], ...] = (*CONTENT_OPERATIONS, CreateVariation, Undo, Redo, Render)

EditOperation = Annotated[Union[ALL_OPERATIONS], Field(discriminator="operation")]  # noqa: UP007 (a tuple of types)

_ADAPTER: TypeAdapter[Any] = TypeAdapter(EditOperation)
_LIST_ADAPTER: TypeAdapter[Any] = TypeAdapter(list[EditOperation])


def parse_operation(data: dict[str, Any] | str) -> Any:
    """Validate one operation from its wire dict (or JSON text). Raises pydantic.ValidationError."""
    if isinstance(data, str):
        return _ADAPTER.validate_json(data)
    return _ADAPTER.validate_python(data)


def parse_operations(data: list[dict[str, Any]]) -> list[Any]:
    return _LIST_ADAPTER.validate_python(data)


def operation_schema() -> dict[str, Any]:
    return _ADAPTER.json_schema(by_alias=True)


OPERATION_NAMES: tuple[str, ...] = tuple(m.model_fields["operation"].default for m in ALL_OPERATIONS)
