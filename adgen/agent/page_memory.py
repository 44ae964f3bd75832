"""What a conversation remembers about the product page its ad was made from.

"The price is wrong, it's 12.99", "the product is called X" and "use the second image" refer to
the page that was read, not to the ad: the old price to look for in the copy, the product's
name, the page's pictures in order (each stored as a checked product asset when the page was
read). :class:`PageMemory` holds exactly that, is kept in the
:class:`~adgen.agent.conversation_state.ConversationState` (so it is logged with every assistant
line and rebuilt by replay from the logged page), and is changed by each correction, so the
next correction starts from the corrected facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from adgen.product_page import ProductPage
from adgen.project import ProductAsset

# The page's fields a correction or the model needs; the rest (colours, notes, sources) stays in the log.
_KEPT = {
    "url",
    "found",
    "name",
    "brand",
    "price",
    "currency",
    "price_shown_as",
    "price_high",
    "discount",
    "facts",
}


@dataclass
class PageMemory:
    """The page an ad was made from: its facts as corrected so far and its usable pictures."""

    project_id: str
    page: ProductPage
    # One entry per page.images: the stored, checked picture (ProductAsset wire), or None.
    pictures: list[dict[str, Any] | None] = field(default_factory=list)
    # Which of the pictures is the ad's product now (None: not one of the page's).
    product: int | None = None

    @classmethod
    def of(cls, project_id: str, page: ProductPage, pictures: list[ProductAsset | None]) -> PageMemory:
        """Remember a page just read; its product shot is the picture the ad shows."""
        hero = page.hero_image.url if page.hero_image else None
        urls = [image.url for image in page.images]
        compact = page.model_copy(
            update={"images": [i.model_copy(update={"notes": []}) for i in page.images]}
        )
        return cls(
            project_id=project_id,
            page=compact,
            pictures=[a.model_dump(by_alias=True, mode="json") if a else None for a in pictures],
            product=urls.index(hero) if hero in urls else None,
        )

    def picture(self, number: int) -> ProductAsset | None:
        """The page's ``number``-th picture (1-based) as a product asset, None if unusable."""
        wire = self.pictures[number - 1] if 0 < number <= len(self.pictures) else None
        return ProductAsset.model_validate(wire) if wire else None

    def picture_name(self, number: int) -> str:
        url = self.page.images[number - 1].url
        return PurePosixPath(urlsplit(url).path).name or url

    def to_wire(self) -> dict[str, Any]:
        page = self.page.model_dump(by_alias=True, mode="json", include=_KEPT | {"images"}, exclude_none=True)
        return {
            "projectId": self.project_id,
            "page": page,
            "pictures": self.pictures,
            "product": self.product,
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any] | None) -> PageMemory | None:
        """The memory a logged state holds, or None (absent or unreadable: forget it)."""
        if not isinstance(data, dict) or not isinstance(data.get("projectId"), str):
            return None
        try:
            page = ProductPage.model_validate(data.get("page") or {})
        except ValueError:
            return None
        pictures = [p if isinstance(p, dict) else None for p in data.get("pictures") or []]
        product = data.get("product")
        return cls(data["projectId"], page, pictures, product if isinstance(product, int) else None)


__all__ = ["PageMemory"]
