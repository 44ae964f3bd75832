"""An HTML page's bytes as one parsed tree, and its human-visible text.

The encoding is found the way browsers (and Scrapy, through w3lib) find it: byte-order mark,
the HTTP ``Content-Type`` charset, the page's ``<meta charset>``, then UTF-8. The tree is parsed
once and shared by every extractor (structured data, text, colours, images).
"""

from __future__ import annotations

import re

import lxml.html
from lxml.html import HtmlElement
from w3lib.encoding import html_to_unicode

# Elements whose text a visitor never reads as page copy.
INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object"})
# Page furniture: menus, headers, footers, forms; their words are not the product's.
FURNITURE = frozenset({"nav", "header", "footer", "form", "aside", "button", "select", "option"})
_SPACES = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_html(data: bytes, content_type: str | None = None) -> HtmlElement:
    """The page as an lxml tree (decoded by BOM, header charset, meta charset, then UTF-8)."""
    _encoding, text = html_to_unicode(content_type, data)
    text = _XML_DECLARATION.sub("", text.replace("\x00", ""), count=1)  # lxml refuses it in a str
    if not text.strip():
        text = "<html><body></body></html>"
    parser = lxml.html.HTMLParser(remove_comments=True)
    return lxml.html.document_fromstring(text, parser=parser)


def squash(text: str | None) -> str:
    """Whitespace runs to one space, ends trimmed."""
    return _SPACES.sub(" ", text or "").strip()


def element_text(element: HtmlElement, *, skip_furniture: bool = False) -> str:
    """What a visitor reads inside ``element``: no scripts or styles (nor menus, if asked), squashed."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in INVISIBLE or (skip_furniture and tag in FURNITURE) or _hidden(node):
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node.tail and node is not element:
            parts.append(node.tail)

    walk(element)
    return squash(" ".join(parts))


def _hidden(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str):
        return True  # comments, processing instructions
    # A struck-through old price is often aria-hidden, yet it is what the visitor sees.
    if node.get("hidden") is not None or (node.get("aria-hidden") == "true" and node.tag not in ("del", "s")):
        return True
    style = (node.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def class_words(element: HtmlElement) -> str:
    """The element's class and id, lower-cased, for "is this a price / a logo / a description" tests."""
    return f"{element.get('class') or ''} {element.get('id') or ''} {element.get('itemprop') or ''}".lower()


__all__ = ["FURNITURE", "INVISIBLE", "class_words", "element_text", "parse_html", "squash"]
