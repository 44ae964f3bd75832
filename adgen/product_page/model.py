"""What was read from a product page: the typed result every channel shows and the brief is built from.

Everything in a :class:`ProductPage` is *as the page states it*: the price is the page's own
figure and currency, a discount only when the page shows one (its own "was" and "now" texts,
its own badge), facts are sentences quoted from the page. Nothing is computed or reworded, so
the reply can show it and the marketer can correct it. ``sources`` says where each field was
read (JSON-LD, microdata, OpenGraph or the page's text). JSON is camelCase like the AdProject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from adgen.store.uploads import CheckedImage

ImageSource = Literal["json-ld", "microdata", "opengraph", "img", "link"]


class _Wire(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class PageImage(_Wire):
    """One picture the page offers, with what the page says about it and, once read, what it is."""

    url: str = Field(description="absolute URL, or the path inside a saved page's folder")
    alt: str | None = None
    source: ImageSource
    width_hint: int | None = Field(
        default=None, description="width the page declares (attribute, srcset, data)"
    )
    height_hint: int | None = None
    width: int | None = Field(default=None, description="real width, once downloaded and checked")
    height: int | None = None
    score: float | None = Field(default=None, description="hero-shot score, 0..1")
    notes: list[str] = Field(
        default_factory=list, description="why it scored as it did, or why it was skipped"
    )


class HeroImage(_Wire):
    """The product shot chosen for the ad, and why."""

    url: str
    width: int
    height: int
    sha256: str
    score: float
    reason: str


class BrandColour(_Wire):
    hex: str = Field(pattern=r"^#[0-9A-F]{6}$")
    source: str = Field(
        description='"theme-color", a CSS custom property such as "--color-primary", or "logo"'
    )


class Fact(_Wire):
    """A short claim quoted word for word from the page."""

    text: str
    source: str = Field(description='"description", "meta description", "feature list" or "page text"')


class Discount(_Wire):
    """A reduction exactly as the page shows it; no percentage is ever computed."""

    was: str = Field(description="the former price as shown (struck through)")
    now: str | None = Field(default=None, description="the current price as shown")
    label: str | None = Field(default=None, description='the page\'s own badge, e.g. "Sale!" or "-20%"')
    source: str


class ProductPage(_Wire):
    url: str
    found: bool = Field(description="False when the page shows no product (then the warnings say why)")
    name: str | None = None
    description: str | None = None
    price: str | None = Field(default=None, description="the amount as the page's data writes it, e.g. 12.99")
    currency: str | None = Field(default=None, description="ISO code as the page gives it, e.g. USD")
    price_shown_as: str | None = Field(
        default=None, description="the price as printed on the page, e.g. $12.99"
    )
    price_high: str | None = Field(default=None, description="upper end when the page gives a price range")
    discount: Discount | None = None
    brand: str | None = None
    images: list[PageImage] = Field(default_factory=list)
    hero_image: HeroImage | None = None
    colours: list[BrandColour] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    sources: dict[str, str] = Field(default_factory=dict, description="field -> where it was read")


@dataclass(frozen=True)
class PageReading:
    """A read page plus the hero image's checked bytes, ready for :func:`adgen.store.uploads.store_upload`.

    ``pictures`` holds every picture of the page that passed the upload checks, by its URL
    (the hero among them), so a marketer can pick another one ("use the second image").
    """

    page: ProductPage
    hero: CheckedImage | None
    pictures: dict[str, CheckedImage] = field(default_factory=dict)

    def save_hero(self, folder: Path) -> Path | None:
        """Write the hero image into ``folder`` (named by its checksum) so a channel can attach it."""
        if self.hero is None:
            return None
        return _save(self.hero, folder)

    def save_pictures(self, folder: Path) -> list[Path | None]:
        """Every usable picture written into ``folder``, in the order of ``page.images`` (None: unusable)."""
        return [
            _save(self.pictures[image.url], folder) if image.url in self.pictures else None
            for image in self.page.images
        ]


def _save(image: CheckedImage, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"product-{image.sha256[:16]}{image.suffix}"
    path.write_bytes(image.data)
    return path


__all__ = ["BrandColour", "Discount", "Fact", "HeroImage", "PageImage", "PageReading", "ProductPage"]
