"""One parsed page in, one :class:`ProductPage` out: every field from the most trusted place that has it.

Order of trust, field by field: JSON-LD, microdata, OpenGraph, then the page's own text (h1,
title, meta description, main text, printed prices). The price and its currency always come
from the same source. Pictures are read through an :class:`ImageReader` (the safe fetcher or
the saved page's folder, both ending in the upload checks) and scored for the hero shot.
"""

from __future__ import annotations

import time

from lxml.html import HtmlElement

from adgen.product_page.colours import css_brand_colours, logo_palette, merge_colours, theme_colours
from adgen.product_page.facts import feature_items, pick_facts
from adgen.product_page.hero import as_hero, measure, score_shot
from adgen.product_page.image_sources import ImageReader, ImageUnavailable
from adgen.product_page.images import logo_urls, page_images
from adgen.product_page.model import BrandColour, PageReading, ProductPage
from adgen.product_page.page_text import PageText, clean_title, inside_furniture, read_page_text
from adgen.product_page.price_text import amount_of, first_shown_price, price_shown_as, shown_discount
from adgen.product_page.structured import ProductData, StructuredData, read_structured
from adgen.store.uploads import CheckedImage

NOT_PRODUCT_OG_TYPES = ("article", "profile", "book", "video", "music")
_DESCRIPTION_MAX = 1200


def extract_product(
    tree: HtmlElement,
    *,
    url: str,
    base_url: str | None,
    images: ImageReader,
    max_images: int = 8,
    images_budget_sec: float = 40.0,
) -> PageReading:
    """Read the product of a parsed page; pictures through ``images`` within ``images_budget_sec``."""
    structured = read_structured(tree, base_url)
    text = read_page_text(tree)
    page = ProductPage(url=url, found=False, warnings=list(structured.warnings))
    _fill_fields(page, structured, text, tree)
    page.found = _shows_a_product(page, structured, text, tree)
    if not page.found:
        page.warnings.append(
            "I found no product on this page: it has no product data (schema.org Product or OpenGraph) and no "
            "product name with a price or picture. Send the product's own page, or describe the product and "
            "attach a photo."
        )
        return PageReading(page=page, hero=None)
    if structured.listed_products > 3:
        page.warnings.append(
            f"This page lists {structured.listed_products} products (a category page?); I read the first one, "
            f"“{page.name}”. Send the product's own page to be sure."
        )
    sources: list[tuple[str, str | None]] = [
        ("description", next((p.description for p in structured.products if p.description), None)),
        ("meta description", text.meta_description),
    ]
    sources += [("feature list", item) for item in feature_items(tree)]
    sources.append(("page text", text.main_text))
    page.facts, fact_warnings = pick_facts(sources)
    page.warnings.extend(fact_warnings)
    page.images = page_images(tree, structured, base_url, max_images)
    pictures: dict[str, CheckedImage] = {}
    hero = _choose_hero(page, images, images_budget_sec, pictures)
    page.colours = merge_colours(
        theme_colours(text.theme_colours),
        css_brand_colours(tree),
        _logo_colours(tree, structured, base_url, images),
    )
    return PageReading(page=page, hero=hero, pictures=pictures)


def _pick(products: list[ProductData], field: str) -> tuple[str | None, str | None]:
    for product in products:
        value = getattr(product, field)
        if value:
            return value, product.source
    return None, None


def _fill_fields(page: ProductPage, structured: StructuredData, text: PageText, tree: HtmlElement) -> None:
    products = structured.products
    name, source = _pick(products, "name")
    if not name and text.h1:
        name, source = text.h1, "page text (h1)"
    if not name:
        name, source = clean_title(text.title, structured.site_name), "page text (title)"
    page.name = name
    if name:
        page.sources["name"] = source or "page text"
    description, source = _pick(products, "description")
    if not description and text.meta_description:
        description, source = text.meta_description, "page text (meta description)"
    if not description and text.main_text:
        description, source = text.main_text, "page text (main text)"
    if description:
        page.description = description[:_DESCRIPTION_MAX]
        page.sources["description"] = source or "page text"
    brand, source = _pick(products, "brand")
    if not brand and structured.site_name:
        brand, source = structured.site_name, "opengraph (og:site_name)"
    if brand:
        page.brand = brand
        page.sources["brand"] = source or "page text"
    priced = next((p for p in products if p.price), None)
    if priced is not None:
        page.price, page.price_high = priced.price, priced.price_high
        page.currency = priced.currency or _pick(products, "currency")[0]
        page.sources["price"] = priced.source
        page.price_shown_as = price_shown_as(tree, priced.price)
    else:
        shown = first_shown_price(tree)
        if shown:
            page.price, page.price_shown_as = amount_of(shown), shown
            page.sources["price"] = "page text (printed price)"
    was = priced.was_price if priced is not None else None
    page.discount = shown_discount(tree, page.price, was)
    if page.discount is not None:
        page.sources["discount"] = page.discount.source


def _shows_a_product(
    page: ProductPage, structured: StructuredData, text: PageText, tree: HtmlElement
) -> bool:
    if any(p.source in ("json-ld", "microdata") for p in structured.products):
        return True
    og = next((p for p in structured.products if p.source == "opengraph"), None)
    og_types = [t for t in tree.xpath("//head/meta[@property='og:type']/@content")]
    if og is not None and not any(t.strip().lower().startswith(NOT_PRODUCT_OG_TYPES) for t in og_types):
        if og.price or og.images or any("product" in t.lower() for t in og_types):
            return True
    # No product data at all: a heading with a printed price, or with pictures in the page's content.
    pictures = [img for img in tree.xpath("//body//img[@src]") if not inside_furniture(img)]
    return bool(text.h1 and (page.price_shown_as or pictures))


def _choose_hero(
    page: ProductPage, images: ImageReader, budget_sec: float, pictures: dict[str, CheckedImage]
) -> CheckedImage | None:
    """The best-scoring picture; every picture that passed the checks is kept in ``pictures``."""
    started = time.monotonic()
    best: tuple[float, CheckedImage] | None = None
    refused = 0
    for candidate in page.images:
        if time.monotonic() - started > budget_sec:
            candidate.notes.append("not read: the time for reading pictures ran out")
            continue
        try:
            checked = images.read(candidate.url)
        except ImageUnavailable as exc:
            candidate.notes.append(f"not used: {exc}")
            refused += exc.refused
            continue
        pictures[candidate.url] = checked
        measures = measure(checked)
        score, notes = score_shot(candidate, measures)
        candidate.width, candidate.height, candidate.score = checked.width, checked.height, score
        candidate.notes.extend(notes)
        if best is None or score > best[0]:
            best = (score, checked)
            page.hero_image = as_hero(candidate, checked, measures, score, notes)
    if refused:
        page.warnings.append(
            f"{refused} picture(s) on the page point to places I won't read (see the image notes)."
        )
    if best is None:
        page.warnings.append(
            "None of the page's pictures could be used as the product shot; attach a product photo (PNG or JPEG)."
        )
        return None
    if best[0] < 0.2:
        page.warnings.append(
            "The page has no clear product shot (the best picture scored low); attach a photo of the product "
            "on a plain background for a better cut-out."
        )
    return best[1]


def _logo_colours(
    tree: HtmlElement, structured: StructuredData, base_url: str | None, images: ImageReader
) -> list[BrandColour]:
    for url in logo_urls(tree, structured, base_url):
        try:
            checked = images.read(url)
        except ImageUnavailable:
            continue  # an SVG or missing logo: the palette just comes from the page's CSS
        colours = logo_palette(checked.data)
        if colours:
            return colours
    return []


__all__ = ["extract_product"]
