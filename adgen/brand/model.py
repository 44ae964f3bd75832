"""The BrandKit document: what a marketer's brand is, as one validated, versioned record.

camelCase on the wire like the AdProject (:mod:`adgen.project`). A kit is immutable once
stored: every change is a new version (see :mod:`adgen.brand.store`), so an ad that recorded
``brandKit {id, version}`` renders the same forever. ``isDefault`` is not part of a version:
it is the owner's current choice, filled in when the kit is read.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from adgen.brand.copy_rules import find_avoided
from adgen.brand.reference import KIT_ID_PATTERN, BrandKitRef, FontRole, KitFontRef, WireModel

NAME_MAX = 80
TAGLINE_MAX = 200  # an overlay line (adgen.project.OVERLAY_MAX_CHARS)
CTA_MAX = 60
MAX_WORDS = 40


def normalise_hex(value: Any) -> str:
    """``#rrggbb`` or ``#rgb`` (with or without ``#``) as ``#RRGGBB``; ValueError otherwise."""
    text = str(value).strip()
    digits = text[1:] if text.startswith("#") else text
    if not re.fullmatch(r"[0-9a-fA-F]{3}|[0-9a-fA-F]{6}", digits):
        raise ValueError(f"{value!r} is not a colour like #1B2A4A")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()


HexColour = Annotated[str, BeforeValidator(normalise_hex)]


def new_kit_id() -> str:
    return "bk_" + secrets.token_hex(6)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class KitColours(WireModel):
    primary: HexColour | None = None
    secondary: HexColour | None = None
    accent: HexColour | None = None

    def as_list(self) -> list[str]:
        """The set colours, primary first, without repeats."""
        out: list[str] = []
        for colour in (self.primary, self.secondary, self.accent):
            if colour and colour not in out:
                out.append(colour)
        return out

    def named(self) -> list[tuple[str, str]]:
        """(role, colour) for each set colour."""
        roles = (("primary", self.primary), ("secondary", self.secondary), ("accent", self.accent))
        return [(role, colour) for role, colour in roles if colour]


class LogoAsset(WireModel):
    """The stored logo (PNG/WEBP keep their alpha; an SVG is kept as the PNG it rasterised to)."""

    url: str = Field(min_length=1)
    checksum: str = Field(pattern=r"^[0-9a-f]{64}$")  # sha256 of the stored bytes
    size_bytes: int = Field(ge=1)
    width: int = Field(ge=1)
    height: int = Field(ge=1)
    format: Literal["png", "jpeg", "webp"]
    source_format: Literal["png", "jpeg", "webp", "svg"]
    has_transparency: bool
    palette: list[HexColour] = Field(default_factory=list, max_length=8)


class KitFont(WireModel):
    """A heading or body font: an uploaded TTF/OTF (stored as media) or an installed family."""

    family: str = Field(min_length=1, max_length=120)
    style: str | None = Field(default=None, max_length=80)
    source: Literal["upload", "installed"]
    url: str | None = None
    checksum: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    file_format: Literal["ttf", "otf"] | None = None

    @model_validator(mode="after")
    def _file_matches_source(self) -> KitFont:
        if self.source == "upload" and not (self.url and self.checksum and self.file_format):
            raise ValueError("an uploaded font needs its stored file (url, checksum, format)")
        if self.source == "installed" and self.url is not None:
            raise ValueError("an installed family has no stored file")
        return self

    def ref(self) -> KitFontRef:
        return KitFontRef(family=self.family, style=self.style, url=self.url)

    def label(self) -> str:
        style = f" {self.style}" if self.style and self.style.casefold() != "regular" else ""
        return f"{self.family}{style} ({'uploaded' if self.source == 'upload' else 'installed'})"


def _clean_words(values: list[str], limit: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for raw in values:
        word = " ".join(str(raw).split())
        if not word:
            continue
        if len(word) > limit:
            raise ValueError(f"{word[:30]!r}… is too long for a word list (at most {limit} characters)")
        if word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out


class BrandKit(WireModel):
    kit_id: str = Field(default_factory=new_kit_id, pattern=KIT_ID_PATTERN)
    version: int = Field(default=1, ge=1)
    owner: str = Field(min_length=1, max_length=200)
    team: str | None = Field(default=None, min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=NAME_MAX)
    logo: LogoAsset | None = None
    colors: KitColours = Field(default_factory=KitColours)
    heading_font: KitFont | None = None
    body_font: KitFont | None = None
    tagline: str | None = Field(default=None, max_length=TAGLINE_MAX)
    default_cta: str | None = Field(default=None, max_length=CTA_MAX)
    tone_words: list[str] = Field(default_factory=list, max_length=12)
    avoid_words: list[str] = Field(default_factory=list, max_length=50)
    # avoided word -> what to say instead (otherwise a neutral word from copy_rules, or nothing)
    replacements: dict[str, str] = Field(default_factory=dict)
    is_default: bool = False
    created_at: str = Field(default_factory=now_iso)
    updated_at: str = Field(default_factory=now_iso)
    # What this version changed, in a few words ("logo", "colours", "heading font"...).
    change: str = Field(default="created", max_length=200)

    @field_validator("name", "tagline", "default_cta", mode="before")
    @classmethod
    def _one_line(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = " ".join(value.split())
            return value or None
        return value

    @field_validator("tone_words", mode="before")
    @classmethod
    def _tone(cls, value: Any) -> Any:
        return _clean_words(list(value), MAX_WORDS) if isinstance(value, (list, tuple)) else value

    @field_validator("avoid_words", mode="before")
    @classmethod
    def _avoid(cls, value: Any) -> Any:
        return _clean_words(list(value), 60) if isinstance(value, (list, tuple)) else value

    @model_validator(mode="after")
    def _voice_is_consistent(self) -> BrandKit:
        for label, text in (("tagline", self.tagline), ("default call to action", self.default_cta)):
            found = find_avoided(text or "", self.avoid_words)
            if found:
                raise ValueError(
                    f"the {label} {text!r} uses {found[0]!r}, a word the kit says to avoid; "
                    "change one or the other"
                )
        for word, instead in self.replacements.items():
            if find_avoided(instead, self.avoid_words):
                raise ValueError(f"{instead!r} cannot replace {word!r}: it is itself a word to avoid")
        return self

    # --- convenience ---------------------------------------------------------------------
    def font(self, role: FontRole) -> KitFont | None:
        return self.heading_font if role == "heading" else self.body_font

    def copy_text(self) -> str:
        """The kit's own words that a font must be able to draw."""
        return " ".join(t for t in (self.name, self.tagline, self.default_cta) if t)

    def ref(self) -> BrandKitRef:
        """What an AdProject records of this kit version."""
        return BrandKitRef(
            id=self.kit_id,
            version=self.version,
            logo_url=self.logo.url if self.logo else None,
            logo_has_transparency=self.logo.has_transparency if self.logo else None,
            heading_font=self.heading_font.ref() if self.heading_font else None,
            body_font=self.body_font.ref() if self.body_font else None,
        )

    def version_doc(self) -> dict[str, Any]:
        """The stored form of a version: the wire document without the owner's default choice."""
        doc = self.to_wire()
        doc.pop("isDefault", None)
        return doc

    @classmethod
    def from_wire(cls, data: dict[str, Any] | str | bytes) -> BrandKit:
        if isinstance(data, (str, bytes)):
            return cls.model_validate_json(data)
        return cls.model_validate(data)


__all__ = [
    "BrandKit",
    "HexColour",
    "KitColours",
    "KitFont",
    "LogoAsset",
    "new_kit_id",
    "normalise_hex",
    "now_iso",
]
