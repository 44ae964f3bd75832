"""Structured product data a page carries for search engines and social cards, read first.

Three syntaxes, most trusted first: JSON-LD (schema.org ``Product`` with ``Offer`` /
``AggregateOffer``, including ``@graph`` documents and ``@id`` references, as Shopify, WooCommerce
and most shop systems write it), microdata (``itemtype=".../Product"``) and OpenGraph
(``og:title``, ``og:image``, ``product:price:amount``/``og:price:amount``). Microdata and
OpenGraph come from ``extruct``; JSON-LD is parsed here block by block (numbers kept as written,
so "12.90" stays "12.90"; one broken block does not lose the others), falling back to extruct's
lenient parser for blocks with comments in them.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import extruct
from extruct.jsonld import JsonLdExtractor
from lxml.html import HtmlElement

from adgen.product_page.html_document import squash
from adgen.product_page.model import ImageSource

log = logging.getLogger(__name__)

PRODUCT_TYPES = frozenset({"Product", "ProductGroup", "IndividualProduct", "ProductModel", "SomeProducts"})
_STRIKE_TYPES = ("StrikethroughPrice", "ListPrice", "MSRP", "SRP")


@dataclass
class ImageRef:
    url: str
    source: ImageSource
    alt: str | None = None
    width: int | None = None
    height: int | None = None


@dataclass
class ProductData:
    """One product as one syntax describes it; fields are the page's own strings."""

    source: str
    name: str | None = None
    description: str | None = None
    brand: str | None = None
    price: str | None = None
    currency: str | None = None
    price_high: str | None = None
    was_price: str | None = None
    images: list[ImageRef] = field(default_factory=list)
    offer_count: int = 0


@dataclass
class StructuredData:
    products: list[ProductData] = field(default_factory=list)  # JSON-LD, then microdata, then OpenGraph
    logo_urls: list[str] = field(default_factory=list)
    site_name: str | None = None
    listed_products: int = 0  # how many distinct products the JSON-LD/microdata name
    warnings: list[str] = field(default_factory=list)


def read_structured(tree: HtmlElement, base_url: str | None) -> StructuredData:
    """Every product the page's structured data describes, most trusted syntax first."""
    result = StructuredData()
    nodes = _json_ld_nodes(tree, result.warnings)
    try:
        other = extruct.extract(
            tree, base_url=base_url, syntaxes=["microdata", "opengraph"], uniform=True, with_og_array=True
        )
    except Exception as exc:  # extruct raises many kinds for odd markup; the page is still usable
        log.info("extruct failed on %s: %s", base_url, exc)
        result.warnings.append("The page's microdata/OpenGraph could not be read; used its other data.")
        other = {}
    microdata = [n for item in other.get("microdata", []) for n in _walk(item)]
    for source, pool in (("json-ld", nodes), ("microdata", microdata)):
        by_id = {n["@id"]: n for n in pool if isinstance(n.get("@id"), str)}
        products = [n for n in pool if _types(n) & PRODUCT_TYPES and _text(n.get("name"))]
        names = {_text(p.get("name")) for p in products}
        result.listed_products = max(result.listed_products, len(names))
        if products:
            best = max(
                products, key=lambda n: (bool(n.get("offers") or n.get("hasVariant")), -products.index(n))
            )
            result.products.append(_product(best, by_id, source))
        for node in pool:
            if _types(node) & {"Organization", "Brand", "Store", "OnlineStore", "LocalBusiness"}:
                logo = node.get("logo")
                url = _image_url(by_id.get(logo.get("@id"), logo) if isinstance(logo, dict) else logo)
                if url and url not in result.logo_urls:
                    result.logo_urls.append(url)
    og = _opengraph(other.get("opengraph", []))
    result.site_name = _first(og.get("og:site_name"))
    og_product = _product_from_opengraph(og)
    if og_product is not None:
        result.products.append(og_product)
    return result


# --- JSON-LD -----------------------------------------------------------------------------------


def _json_ld_nodes(tree: HtmlElement, warnings: list[str]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type]"):
        if script.get("type", "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        text = (script.text or "").strip()
        if not text:
            continue
        try:
            data: Any = json.loads(text, strict=False, parse_float=Decimal)
        except ValueError:
            try:
                data = list(JsonLdExtractor().extract_items(script))
            except Exception:
                warnings.append("One block of the page's JSON-LD data is not valid JSON; it was skipped.")
                continue
        for item in data if isinstance(data, list) else [data]:
            nodes.extend(_walk(item))
    return nodes


def _walk(value: Any) -> list[dict[str, Any]]:
    """Every object inside a JSON-LD/microdata value (``@graph`` members and nested ones), outer first."""
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            found.append(item)
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", [])
    names = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/#:]", str(n))[-1] for n in names if n}


def _text(value: Any) -> str | None:
    """A field's text: the string, the number as written, a thing's name, the first of a list."""
    if isinstance(value, list):
        for item in value:
            text = _text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal | int | float):
        return str(value)
    text = squash(str(value))
    return text or None


def _first(value: Any) -> str | None:
    return _text(value)


def _int(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("@value")
    match = re.match(r"\s*(\d{1,6})", str(value)) if value is not None else None
    return int(match.group(1)) if match else None


def _image_url(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in map(_image_url, value) if u), None)
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl") or value.get("@id"))
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _images(value: Any, source: ImageSource) -> list[ImageRef]:
    refs: list[ImageRef] = []
    for item in value if isinstance(value, list) else [value]:
        url = _image_url(item)
        if not url:
            continue
        if isinstance(item, dict):
            alt = _text(item.get("caption") or item.get("name"))
            refs.append(ImageRef(url, source, alt, _int(item.get("width")), _int(item.get("height"))))
        else:
            refs.append(ImageRef(url, source))
    return refs


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value]
    return value


def _product(node: dict[str, Any], by_id: dict[str, dict[str, Any]], source: str) -> ProductData:
    offers = _offer_list(node.get("offers"), by_id)
    if not offers and node.get("hasVariant"):
        for variant in _offer_list(node["hasVariant"], by_id):
            offers.extend(_offer_list(variant.get("offers"), by_id))
    product = ProductData(
        source=source,
        name=_text(node.get("name")),
        description=_text(node.get("description")),
        brand=_text(_resolve(node.get("brand") or node.get("manufacturer"), by_id)),
        images=_images(_resolve(node.get("image"), by_id), "json-ld" if source == "json-ld" else "microdata"),
        offer_count=len(offers),
    )
    prices: list[str] = []
    for offer in offers:
        specs = _walk(_resolve(offer.get("priceSpecification"), by_id))
        struck = [s for s in specs if any(t in str(s.get("priceType", "")) for t in _STRIKE_TYPES)]
        current = [s for s in specs if s not in struck and _text(s.get("price"))]
        price = _text(offer.get("price") or offer.get("lowPrice")) or (
            _text(current[0].get("price")) if current else None
        )
        if price is None:
            continue
        prices.append(price)
        if product.price is None:
            product.price = price
            product.currency = _text(offer.get("priceCurrency")) or (
                _text(current[0].get("priceCurrency")) if current else None
            )
            high = _text(offer.get("highPrice"))
            if high and high != price:
                product.price_high = high
            if struck and _text(struck[0].get("price")) != price:
                product.was_price = _text(struck[0].get("price"))
    distinct = sorted(set(prices), key=_amount)
    if product.price_high is None and len(distinct) > 1:
        product.price_high = distinct[-1]
    return product


def _offer_list(value: Any, by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The offers a value names: one, a list, or an AggregateOffer's own list when it has no price."""
    offers: list[dict[str, Any]] = []
    for item in value if isinstance(value, list) else [value]:
        item = _resolve(item, by_id)
        if isinstance(item, list):
            offers.extend(_offer_list(item, by_id))
        elif isinstance(item, dict):
            offers.append(item)
            if not (item.get("price") or item.get("lowPrice")) and item.get("offers"):
                offers.extend(_offer_list(item["offers"], by_id))
    return offers


def _amount(text: str) -> Decimal:
    try:
        return Decimal(re.sub(r"[^\d.]", "", text.replace(",", ".")) or "0")
    except ArithmeticError:
        return Decimal(0)


# --- OpenGraph ---------------------------------------------------------------------------------


def _opengraph(items: list[dict[str, Any]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for item in items:
        for key, value in item.items():
            if key.startswith("@"):
                if key == "@type":
                    merged.setdefault("og:type", []).append(str(value))
                continue
            values = value if isinstance(value, list) else [value]
            merged.setdefault(key, []).extend(squash(str(v)) for v in values if v and str(v).strip())
    return merged


def _product_from_opengraph(og: dict[str, list[str]]) -> ProductData | None:
    def one(*keys: str) -> str | None:
        for key in keys:
            if og.get(key):
                return og[key][0]
        return None

    name = one("og:title", "product:title")
    price = one("product:sale_price:amount", "product:price:amount", "og:price:amount")
    if not name and not price:
        return None
    urls = og.get("og:image:secure_url") or og.get("og:image") or og.get("og:image:url") or []
    widths, heights, alts = (
        og.get("og:image:width", []),
        og.get("og:image:height", []),
        og.get("og:image:alt", []),
    )
    images = [
        ImageRef(
            url,
            "opengraph",
            alts[i] if i < len(alts) and len(alts) == len(urls) else None,
            _int(widths[i]) if i < len(widths) and len(widths) == len(urls) else None,
            _int(heights[i]) if i < len(heights) and len(heights) == len(urls) else None,
        )
        for i, url in enumerate(urls)
    ]
    original = one("product:original_price:amount")
    return ProductData(
        source="opengraph",
        name=name,
        description=one("og:description"),
        brand=one("product:brand", "og:brand"),
        price=price,
        currency=one("product:sale_price:currency", "product:price:currency", "og:price:currency"),
        was_price=original if original and original != price else None,
        images=images,
    )


__all__ = ["ImageRef", "ProductData", "StructuredData", "read_structured"]
