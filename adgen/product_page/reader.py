"""The entry point: a link or a saved page in, what was read (and the hero image's bytes) out.

``read_product_page("https://shop.example/products/mug", settings)`` fetches through the safe
fetcher; ``read_product_page("Mug.html", settings)`` (or the folder a browser saved) reads from
disk. Both end in :func:`adgen.product_page.extract.extract_product`, so a saved page reads
exactly like the live one. Errors are :class:`~adgen.product_page.fetch.FetchError` (a link that
cannot or may not be read) or :class:`~adgen.product_page.saved_page.SavedPageError`, each one
sentence for the marketer.
"""

from __future__ import annotations

import re
from pathlib import Path

from adgen.product_page.extract import extract_product
from adgen.product_page.fetch import SafeFetcher, check_link
from adgen.product_page.html_document import parse_html
from adgen.product_page.image_sources import SavedImages, WebImages
from adgen.product_page.model import PageReading
from adgen.product_page.saved_page import open_saved_page
from adgen.settings import Settings

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def read_product_page(
    source: str | Path, settings: Settings, *, fetcher: SafeFetcher | None = None
) -> PageReading:
    """Read a product page from a link (http/https only) or a saved page (file or folder)."""
    text = str(source).strip()
    if isinstance(source, str) and _SCHEME.match(text) and not re.match(r"^[A-Za-z]:[\\/]", text):
        return read_live_page(text, settings, fetcher=fetcher)
    return read_saved_page(Path(text), settings)


def read_live_page(url: str, settings: Settings, *, fetcher: SafeFetcher | None = None) -> PageReading:
    """Fetch ``url`` safely and read its product; its pictures come through the same fetcher."""
    check_link(url)
    fetcher = fetcher or SafeFetcher.from_settings(settings)
    fetched = fetcher.fetch_page(url)
    tree = parse_html(fetched.data, fetched.content_type)
    base_url = fetched.final_url
    for base in tree.xpath("//head/base[@href]/@href"):
        if base.strip().lower().startswith(("http://", "https://")):
            base_url = base.strip()
            break
    reading = extract_product(
        tree,
        url=fetched.final_url,
        base_url=base_url,
        images=WebImages(fetcher, settings.max_upload_pixels),
        max_images=settings.fetch_max_images,
        images_budget_sec=2 * settings.fetch_timeout_sec,
    )
    if fetched.redirects:
        reading.page.sources["redirects"] = " -> ".join(fetched.redirects)
    return reading


def read_saved_page(path: Path, settings: Settings) -> PageReading:
    """Read a page saved by a browser, fully offline, pictures from inside its folder only."""
    saved = open_saved_page(path, settings.fetch_max_page_bytes)
    tree = parse_html(saved.data)
    reading = extract_product(
        tree,
        url=str(saved.html_path),
        base_url=None,
        images=SavedImages(saved, settings.max_upload_bytes, settings.max_upload_pixels),
        max_images=settings.fetch_max_images,
    )
    if saved.saved_from:
        reading.page.sources["savedFrom"] = saved.saved_from
    return reading


__all__ = ["read_live_page", "read_product_page", "read_saved_page"]
