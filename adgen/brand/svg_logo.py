"""SVG logos: checked as XML first, then rasterised to PNG by resvg (a well-kept Rust renderer).

What is refused, before any rendering: entity declarations and external entities (so entity
expansion, the billion laughs among them, never happens; ``defusedxml`` parses; a plain
DOCTYPE line as design tools write it is fine), scripts, event handlers
(``on*`` attributes), ``<foreignObject>``, and any reference that leaves the file: an ``href``
or ``src`` that is not ``#fragment`` or an embedded PNG/JPEG/WEBP, and CSS ``url()``/``@import``
pointing outside. resvg then renders the tree *as re-serialised from the checked parse*, so
comments, processing instructions and anything the check did not see never reach it.
"""

from __future__ import annotations

import base64
import binascii
import re
from xml.etree import ElementTree

import resvg_py
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from adgen.brand.errors import BrandKitRejected

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# The long side of a rasterised logo: sharp on a 1080p end card, small to store.
RASTER_LONG_SIDE = 1024
_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "handler", "listener", "iframe", "embed", "object"}
_ANIMATIONS = {"set", "animate", "animatetransform", "animatemotion", "animatecolor"}
_EMBEDDED_RASTER = re.compile(r"data:image/(png|jpeg|jpg|webp);base64,", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)

ElementTree.register_namespace("", SVG_NS)
ElementTree.register_namespace("xlink", XLINK_NS)


def looks_like_svg(data: bytes) -> bool:
    """True when the bytes start like an XML/SVG document (the file name is never trusted)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype")) and b"<svg" in data[:65536].lower()


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _embedded_images(value: str) -> list[bytes]:
    """The bytes of an embedded raster (``data:image/png;base64,...``), checked by the caller."""
    match = _EMBEDDED_RASTER.match(value.strip())
    if not match:
        return []
    try:
        return [base64.b64decode(value.strip()[match.end() :], validate=False)]
    except (binascii.Error, ValueError) as exc:
        raise BrandKitRejected("The SVG logo embeds a picture that cannot be read; export it again.") from exc


def _check_reference(value: str, where: str, name: str) -> list[bytes]:
    text = value.strip()
    if text.startswith("#"):
        return []
    images = _embedded_images(text)
    if images:
        return images
    shown = text if len(text) <= 60 else text[:57] + "…"
    raise BrandKitRejected(
        f"{name} refers to something outside the file ({where} {shown!r}); "
        "export the SVG with everything embedded, or send a PNG."
    )


def _check_css(css: str, name: str) -> None:
    if "@import" in css.lower():
        raise BrandKitRejected(
            f"{name} imports an outside style sheet; export the SVG with styles inlined, or send a PNG."
        )
    for target in _CSS_URL.findall(css):
        if not target.startswith("#"):
            _check_reference(target, "url()", name)


def check_svg(data: bytes, name: str) -> tuple[ElementTree.Element, list[bytes]]:
    """Parse and check an SVG; return its tree and any embedded raster images (to check too)."""
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise BrandKitRejected(
            f"{name} declares XML entities, which could make it expand without limit; "
            "export it again as plain SVG, or send a PNG."
        ) from exc
    except (ElementTree.ParseError, ValueError) as exc:
        raise BrandKitRejected(f"{name} is not a readable SVG; export it again, or send a PNG.") from exc
    if _local(root.tag) != "svg":
        raise BrandKitRejected(f"{name} is XML but not an SVG; send an SVG or a PNG logo.")
    images: list[bytes] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag in _FORBIDDEN_ELEMENTS:
            what = "a script" if tag == "script" else f"a <{element.tag.rsplit('}', 1)[-1]}> element"
            raise BrandKitRejected(
                f"{name} contains {what}, which a logo must not have; export it as plain SVG, or send a PNG."
            )
        for attribute, value in element.attrib.items():
            attr = _local(attribute)
            if attr.startswith("on"):
                raise BrandKitRejected(
                    f"{name} has an event handler ({attr}), which a logo must not have; "
                    "export it as plain SVG, or send a PNG."
                )
            if attr in ("href", "src"):
                images += _check_reference(value, attr, name)
            elif attr == "style":
                _check_css(value, name)
            elif "url(" in value.lower():
                _check_css(value, name)
            if tag in _ANIMATIONS and attr == "attributename" and _local(value) in ("href", "src"):
                raise BrandKitRejected(
                    f"{name} animates a link, which a logo must not do; send a plain SVG or a PNG."
                )
        if tag == "style" and element.text:
            _check_css(element.text, name)
    return root, images


def _length(value: str | None) -> float | None:
    match = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*(px)?\s*", value or "")
    return float(match.group(1)) if match else None


def _aspect(root: ElementTree.Element) -> float:
    """width / height from the width/height attributes or the viewBox (1 when unknown)."""
    width, height = _length(root.get("width")), _length(root.get("height"))
    if not (width and height):
        box = re.split(r"[\s,]+", (root.get("viewBox") or "").strip())
        if len(box) == 4:
            try:
                width, height = float(box[2]), float(box[3])
            except ValueError:
                width = height = None
    if width and height and width > 0 and height > 0:
        return min(max(width / height, 1 / 50), 50)
    return 1.0


def rasterise_svg(root: ElementTree.Element, name: str, long_side: int = RASTER_LONG_SIDE) -> bytes:
    """PNG bytes (RGBA, transparent where the SVG draws nothing), long side ``long_side`` px."""
    aspect = _aspect(root)
    size = {"width": long_side} if aspect >= 1 else {"height": long_side}
    text = ElementTree.tostring(root, encoding="unicode")
    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=text, **size))
    except ValueError as exc:
        raise BrandKitRejected(
            f"{name} could not be drawn as an SVG; export it again, or send a PNG."
        ) from exc


__all__ = ["RASTER_LONG_SIDE", "check_svg", "looks_like_svg", "rasterise_svg"]
