"""The AdProject document: the one JSON document that holds the whole state of one ad.

Field names and types follow CONTRACTS §1. The Python side uses snake_case; the wire is
camelCase (``model_dump(by_alias=True)``). Every model forbids unknown fields so that a typo
in a hand-edited document or an LLM answer is an error, not silently dropped data.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic.alias_generators import to_camel

from adgen.brand.reference import BrandKitRef
from adgen.platforms.presets import DEFAULT_PRESET_IDS, aspects_of, default_preset_ids_for

SceneRole = Literal["hook", "problem", "showcase", "social_proof", "cta"]
AspectRatio = Literal["9:16", "4:5", "1:1", "16:9"]
OverlayPosition = Literal["top", "center", "bottom"]
ProductPosition = Literal["center", "left", "right", "bottom"]
# How the product photo is shown: cut out of its background, or whole as a framed product card
# (rounded corners, a border in the palette), the marketer's choice when the cut-out is poor.
ProductStyle = Literal["cutout", "card"]
RenderState = Literal["draft", "queued", "rendering", "completed", "completed_with_warnings", "failed"]

ALL_ASPECTS: tuple[AspectRatio, ...] = ("9:16", "1:1", "16:9")
# Every aspect an export can have, in the order the front ends list them (4:5 is the Meta feed's).
EXPORT_ASPECTS: tuple[AspectRatio, ...] = ("9:16", "4:5", "1:1", "16:9")
# The master format (CONTRACTS §1): a scene's clip, the preview and the video sent to Slack.
MASTER_ASPECT: AspectRatio = "9:16"
SCENE_MIN_SEC, SCENE_MAX_SEC = 0.5, 30.0
AD_MIN_SEC, AD_MAX_SEC = 5.0, 120.0
OVERLAY_MAX_CHARS = 200
MAX_PRESETS = 12
PresetId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
DURATION_TOLERANCE_SEC = 0.05


def _normalise_hex(value: str) -> str:
    text = value.strip()
    if len(text) != 7 or text[0] != "#" or any(c not in "0123456789abcdefABCDEF" for c in text[1:]):
        raise ValueError(f"{value!r} is not a colour like #FF8800")
    return text.upper()


HexColor = Annotated[str, AfterValidator(_normalise_hex)]


def utc_now() -> str:
    """ISO-8601 UTC time with seconds precision, the form used in `history` and logs."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_project_id() -> str:
    return "p_" + secrets.token_hex(6)


class CamelModel(BaseModel):
    """Base for every document model: camelCase on the wire, strict about unknown fields."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        validate_assignment=True,
    )


class Brand(CamelModel):
    name: str = Field(default="", max_length=80)
    colors: list[HexColor] = Field(default_factory=list, max_length=8)
    font: str | None = None
    tagline: str | None = Field(default=None, max_length=OVERLAY_MAX_CHARS)


class ProductAsset(CamelModel):
    source_url: str
    masked_url: str | None = None
    checksum: str = Field(pattern=r"^[0-9a-f]{64}$")
    # Extension: "card" shows the photo as a framed product card instead of its cut-out (None:
    # the cut-out, and left out of the wire, so documents and logs from before read the same).
    style: ProductStyle | None = None


class Style(CamelModel):
    mood: str = "energetic"
    palette: list[HexColor] = Field(default_factory=list, max_length=8)
    lighting: str = "bright"
    visual_style: str = "modern"
    music_mood: str = "upbeat"


class Overlay(CamelModel):
    text: str = Field(default="", max_length=OVERLAY_MAX_CHARS)
    position: OverlayPosition = "bottom"
    font_size: int = Field(default=64, ge=12, le=200)
    color: HexColor = "#FFFFFF"


class ProductPlacement(CamelModel):
    visible: bool = True
    scale: float = Field(default=0.5, ge=0.0, le=1.0)
    position: ProductPosition = "center"


VOICEOVER_MAX_CHARS = 300
CaptionStyleName = Literal["line", "word"]


class Voiceover(CamelModel):
    """Extension (issue 19): what the voice says over one scene. ``enabled`` False keeps the
    line but leaves the scene silent ("no voice-over in the hook"); ``voice``, ``rate`` and
    ``pitch`` override the ad's voice for this scene only (None: the ad's)."""

    text: str = Field(default="", max_length=VOICEOVER_MAX_CHARS)
    enabled: bool = True
    voice: str | None = Field(default=None, max_length=80)
    rate: float | None = Field(default=None, ge=0.5, le=2.0)
    pitch: float | None = Field(default=None, ge=0.5, le=1.5)

    @property
    def speaks(self) -> bool:
        return self.enabled and bool(self.text.strip())


class VoiceSettings(CamelModel):
    """Extension (issue 19): the ad's voice. Off by default, so documents from before issue 19
    render as they did. ``engine`` None: the one the settings choose (ADGEN_TTS_ENGINE);
    ``voice`` None: ADGEN_TTS_VOICE or the engine's default."""

    enabled: bool = False
    engine: Literal["espeak", "openai", "piper"] | None = None
    voice: str | None = Field(default=None, max_length=80)
    rate: float = Field(default=1.0, ge=0.5, le=2.0)
    pitch: float = Field(default=1.0, ge=0.5, le=1.5)


class Captions(CamelModel):
    """Extension (issue 19): burned-in captions of the voice-over: ``line`` (up to two lines of
    42 characters on a dark box) or ``word`` (the UGC look, the spoken word lit up)."""

    enabled: bool = False
    style: CaptionStyleName = "line"


class Scene(CamelModel):
    id: str = Field(pattern=r"^scene_[1-9][0-9]*$")
    role: SceneRole
    duration_sec: float = Field(ge=SCENE_MIN_SEC, le=SCENE_MAX_SEC)
    background_prompt: str = Field(min_length=1, max_length=1000)
    overlay: Overlay = Field(default_factory=Overlay)
    product: ProductPlacement = Field(default_factory=ProductPlacement)
    scene_video_url: str | None = None
    # Extension: bumped by regenerate_scene so a regeneration gives a new background.
    seed: int = Field(default=0, ge=0)
    # Extension (issue 19): the scene's voice-over line (None: none written).
    voiceover: Voiceover | None = None


class Audio(CamelModel):
    mood: str = "upbeat"
    track_url: str | None = None
    volume: float = Field(default=0.8, ge=0.0, le=1.0)


class Variation(CamelModel):
    is_variation: bool = False
    parent_project_id: str | None = None
    label: str | None = None


class RenderStatus(CamelModel):
    state: RenderState = "draft"
    progress: float = Field(default=0.0, ge=0.0, le=1.0)
    stages: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None


class Cost(CamelModel):
    usd: float = Field(default=0.0, ge=0.0)
    calls: dict[str, int] = Field(default_factory=dict)


class HistoryEntry(CamelModel):
    version: int = Field(ge=1)
    # The applied EditOperation as its wire dict; typed in adgen.tools.operations, kept as a
    # dict here so the document module does not depend on the operation module.
    operation: dict[str, Any]
    at: str
    # Extension: the request (one marketer's message) that made this version. The entries of
    # one request are undone and redone together, as one step.
    group: str | None = None


class AdProject(CamelModel):
    project_id: str = Field(default_factory=new_project_id, pattern=r"^p_[A-Za-z0-9_-]{1,64}$")
    version: int = Field(default=1, ge=1)
    owner: str = Field(default="local", min_length=1, max_length=200)
    brief: str = Field(default="", max_length=4000)
    brand: Brand = Field(default_factory=Brand)
    product_asset: ProductAsset | None = None
    style: Style = Field(default_factory=Style)
    duration_sec: float = Field(ge=AD_MIN_SEC, le=AD_MAX_SEC)
    aspect_ratios: list[AspectRatio] = Field(default_factory=lambda: list(ALL_ASPECTS), min_length=1)
    scenes: list[Scene] = Field(min_length=1, max_length=20)
    audio: Audio = Field(default_factory=Audio)
    variation: Variation = Field(default_factory=Variation)
    render_status: RenderStatus = Field(default_factory=RenderStatus)
    aspect_exports: dict[AspectRatio, str] = Field(default_factory=dict)
    cost: Cost = Field(default_factory=Cost)
    history: list[HistoryEntry] = Field(default_factory=list)
    # Extensions (optional, beyond CONTRACTS §1):
    # the platform presets the ad is made for (adgen/platforms/presets.toml ids), which decide
    # its exports, their sizes and the safe areas its layout keeps to; aspectRatios follows them;
    presets: list[PresetId] = Field(
        default_factory=lambda: list(DEFAULT_PRESET_IDS), min_length=1, max_length=MAX_PRESETS
    )
    # the last completed render's video for each preset (presets that share a size share a file);
    preset_exports: dict[str, str] = Field(default_factory=dict)
    # the pre-flight report of the last final render (adgen.preflight's wire form), None before
    # one and after a draft render (drafts are not checked);
    preflight: dict[str, Any] | None = None
    # the highest scene number ever used, so a removed scene's id is never reused;
    scene_counter: int = Field(default=0, ge=0)
    # the seed every procedural provider derives its randomness from, so renders repeat.
    seed: int = Field(default=0, ge=0)
    # issue 19: the ad's voice, its captions, and the subtitle files of each export
    # ({"9:16": {"srt": url, "vtt": url}}), set by a render that had a voice-over.
    voice: VoiceSettings = Field(default_factory=VoiceSettings)
    captions: Captions = Field(default_factory=Captions)
    subtitle_exports: dict[AspectRatio, dict[Literal["srt", "vtt"], str]] = Field(default_factory=dict)
    created_at: str = Field(default_factory=utc_now)
    # the brand kit version the ad was made with (issue 18) and the files it draws; None: no kit,
    # as in every document written before brand kits.
    brand_kit: BrandKitRef | None = None

    @model_validator(mode="after")
    def _consistent(self) -> AdProject:
        ids = [s.id for s in self.scenes]
        if len(set(ids)) != len(ids):
            raise ValueError(f"scene ids must be unique, got {ids}")
        if len(set(self.aspect_ratios)) != len(self.aspect_ratios):
            raise ValueError("aspect ratios must not repeat")
        if "presets" not in self.model_fields_set:
            # A document from before presets: the default presets of its aspect ratios.
            object.__setattr__(self, "presets", default_preset_ids_for(self.aspect_ratios))
        if len(set(self.presets)) != len(self.presets):
            raise ValueError("presets must not repeat")
        derived = aspects_of(self.presets)
        if derived and derived != self.aspect_ratios:
            # aspectRatios follows the presets (a preset the built-in table lacks adds none).
            object.__setattr__(self, "aspect_ratios", derived)
        total = sum(s.duration_sec for s in self.scenes)
        if abs(total - self.duration_sec) > DURATION_TOLERANCE_SEC:
            raise ValueError(
                f"durationSec {self.duration_sec:g} must equal the sum of scene durations {total:g}"
            )
        highest = max(int(i.split("_")[1]) for i in ids)
        if self.scene_counter < highest:
            # Documents written without the extension field: start counting after the highest id.
            object.__setattr__(self, "scene_counter", highest)
        return self

    # --- convenience -------------------------------------------------------------------
    def scene(self, scene_id: str) -> Scene:
        """The scene with this id; KeyError names the ids that do exist."""
        for s in self.scenes:
            if s.id == scene_id:
                return s
        raise KeyError(f"no scene {scene_id!r}; this ad has {', '.join(s.id for s in self.scenes)}")

    @property
    def voiced_scenes(self) -> list[Scene]:
        """The scenes whose voice-over is spoken in a render (none while the voice is off)."""
        if not self.voice.enabled:
            return []
        return [s for s in self.scenes if s.voiceover is not None and s.voiceover.speaks]

    def to_wire(self) -> dict[str, Any]:
        """The document as plain JSON types with camelCase keys."""
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_wire(cls, data: dict[str, Any] | str | bytes) -> AdProject:
        if isinstance(data, (str, bytes)):
            return cls.model_validate_json(data)
        return cls.model_validate(data)


def validate_new_ad(project: AdProject) -> None:
    """A new ad from a brief: at least 3 scenes, a hook first, a CTA last, a showcase between.

    Only new ads are held to this; a marketer may later reorder or remove scenes freely.
    """
    roles = [s.role for s in project.scenes]
    problems = []
    if len(roles) < 3:
        problems.append("a new ad needs at least 3 scenes")
    if roles[0] != "hook":
        problems.append("the first scene of a new ad must be the hook")
    if roles[-1] != "cta":
        problems.append("the last scene of a new ad must be the call to action")
    if "showcase" not in roles[1:-1]:
        problems.append("a new ad needs a showcase between the hook and the call to action")
    if problems:
        raise ValueError("; ".join(problems))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the wire form, printed by `adgen schema`."""
    return AdProject.model_json_schema(by_alias=True)


__all__ = [
    "ALL_ASPECTS",
    "EXPORT_ASPECTS",
    "AdProject",
    "AspectRatio",
    "Audio",
    "Brand",
    "CaptionStyleName",
    "Captions",
    "Cost",
    "HexColor",
    "HistoryEntry",
    "Overlay",
    "ProductAsset",
    "ProductPlacement",
    "ProductStyle",
    "RenderStatus",
    "Scene",
    "SceneRole",
    "Style",
    "ValidationError",
    "Variation",
    "VoiceSettings",
    "Voiceover",
    "json_schema",
    "new_project_id",
    "utc_now",
    "validate_new_ad",
]
