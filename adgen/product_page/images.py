"""The pictures a product page offers, in order of how likely each is the product shot.

The product's own structured-data images come first (JSON-LD, microdata, then ``og:image``), then
the page's ``<img>`` elements outside menus, headers and footers (lazy-loading ``data-src`` and
the largest ``srcset`` entry included), then ``<link rel="image_src">``. Logos are collected
separately, for the brand palette. Nothing is downloaded here: see :mod:`hero`.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from adgen.product_page.html_document import class_words, squash
from adgen.product_page.model import PageImage
from adgen.product_page.page_text import inside_furniture
from adgen.product_page.structured import ImageRef, StructuredData

_NOT_PHOTO = re.compile(r"(?i)\.(svg|gif|ico)(\?|#|$)|^data:|^javascript:|^about:")
_SIZE_IN_URL = re.compile(r"(?i)(?:[?&](?:width|w)=(\d{2,5}))|(?:_(\d{2,5})x(\d{2,5})?[._@])")
_SIZE_SUFFIX = re.compile(r"_(\d{2,5})x(\d{2,5})?(?=\.)")  # Shopify's "mug_800x.jpg" sizes
_LOGO_WORDS = ("logo", "brand-mark", "site-header__logo", "header__heading-logo")


def page_images(
    tree: HtmlElement, structured: StructuredData, base_url: str | None, limit: int
) -> list[PageImage]:
    """Image candidates of the page, most likely product shot first, without duplicates."""
    refs: list[ImageRef] = []
    for product in structured.products:
        refs.extend(product.images)
    for img in tree.xpath("//body//img"):
        if inside_furniture(img) or _is_logo(img):
            continue
        ref = _img_ref(img)
        if ref is not None:
            refs.append(ref)
    for link in tree.xpath("//link[@href]"):
        if (link.get("rel") or "").lower().strip() == "image_src":
            refs.append(ImageRef(link.get("href", ""), "link"))
    images: list[PageImage] = []
    seen: set[str] = set()
    for ref in refs:
        url = resolve_url(ref.url, base_url)
        if not url or _NOT_PHOTO.search(url):
            continue
        key = same_picture_key(url)
        if key in seen:
            continue
        seen.add(key)
        width, height = ref.width or _width_in_url(url), ref.height
        if width is not None and width <= 2 or height is not None and height <= 2:
            continue  # tracking pixels
        images.append(
            PageImage(url=url, alt=ref.alt, source=ref.source, width_hint=width, height_hint=height)
        )
        if len(images) >= limit:
            break
    return images


def logo_urls(tree: HtmlElement, structured: StructuredData, base_url: str | None) -> list[str]:
    """Where the shop's logo is: the structured data's logo, then an ``<img>`` named as a logo."""
    urls = list(structured.logo_urls)
    for img in tree.xpath("//img"):
        if _is_logo(img):
            ref = _img_ref(img)
            if ref is not None:
                urls.append(ref.url)
    resolved: list[str] = []
    for url in urls:
        absolute = resolve_url(url, base_url)
        if absolute and not _NOT_PHOTO.search(absolute) and absolute not in resolved:
            resolved.append(absolute)
    return resolved[:2]


def _is_logo(img: HtmlElement) -> bool:
    words = f"{class_words(img)} {img.get('alt') or ''} {img.get('src') or ''}".lower()
    parent = img.getparent()
    if parent is not None:
        words += " " + class_words(parent)
    return any(w in words for w in _LOGO_WORDS)


def _img_ref(img: HtmlElement) -> ImageRef | None:
    srcset = img.get("srcset") or img.get("data-srcset") or ""
    best_url, best_width = _largest_in_srcset(srcset)
    src = best_url or img.get("data-src") or img.get("src") or ""
    if not src.strip():
        return None
    return ImageRef(
        url=src.strip(),
        source="img",
        alt=squash(img.get("alt")) or None,
        width=best_width or _int(img.get("width")),
        height=None if best_width else _int(img.get("height")),
    )


def _largest_in_srcset(srcset: str) -> tuple[str | None, int | None]:
    best: tuple[int, str] | None = None
    for part in srcset.split(","):
        bits = part.strip().split()
        if not bits:
            continue
        width = 0
        if len(bits) > 1 and bits[1].endswith("w") and bits[1][:-1].isdigit():
            width = int(bits[1][:-1])
        if best is None or width > best[0]:
            best = (width, bits[0])
    if best is None:
        return None, None
    return best[1], best[0] or None


def _int(value: str | None) -> int | None:
    match = re.match(r"\s*(\d{1,5})", value or "")
    return int(match.group(1)) if match else None


def _width_in_url(url: str) -> int | None:
    match = _SIZE_IN_URL.search(url)
    if not match:
        return None
    return int(match.group(1) or match.group(2))


def resolve_url(url: str, base_url: str | None) -> str | None:
    """``url`` made absolute against the page (protocol-relative CDN links included); as is for saved pages."""
    url = url.strip()
    if not url:
        return None
    if base_url is None:
        return url
    return urljoin(base_url, url)


def same_picture_key(url: str) -> str:
    """One key for the sizes of one picture (a CDN's ``?width=`` variants), so it is read once."""
    parts = urlsplit(url)
    if re.search(r"(?i)\.(jpe?g|png|webp|avif)$", parts.path):
        return parts.netloc + _SIZE_SUFFIX.sub("", parts.path)
    return url


__all__ = ["logo_urls", "page_images", "resolve_url", "same_picture_key"]
