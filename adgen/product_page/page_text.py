"""The page's own words when it carries no structured data: title, h1, meta description, main text.

This is the fallback of :mod:`adgen.product_page.structured`: a hand-made shop page or a landing
page still names its product in its ``<h1>`` (or ``<title>``) and describes it in a meta
description or in its largest block of paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from adgen.product_page.html_document import FURNITURE, INVISIBLE, class_words, element_text, squash

_MAIN_MAX_CHARS = 4000


@dataclass
class PageText:
    title: str | None
    h1: str | None
    meta_description: str | None
    main_text: str | None
    theme_colours: list[str]


def read_page_text(tree: HtmlElement) -> PageText:
    """Title, first visible h1, meta description and the largest block of running text."""
    title = squash(" ".join(tree.xpath("//head/title//text()"))) or None
    h1 = next((t for t in (element_text(e) for e in tree.xpath("//body//h1")) if t), None)
    meta = _meta(tree, "description")
    return PageText(
        title=title,
        h1=h1,
        meta_description=meta,
        main_text=main_text(tree),
        theme_colours=[
            (m.get("content") or "").strip() for m in tree.xpath("//meta[@name]") if _named(m, "theme-color")
        ],
    )


def _named(meta: HtmlElement, name: str) -> bool:
    return (meta.get("name") or "").strip().lower() == name


def _meta(tree: HtmlElement, name: str) -> str | None:
    for meta in tree.xpath("//meta[@name]"):
        if _named(meta, name) and squash(meta.get("content")):
            return squash(meta.get("content"))
    return None


def main_text(tree: HtmlElement) -> str | None:
    """The paragraphs (one a line) of the element whose paragraphs hold the most words.

    Menus, headers, footers and price boxes are left out; list items are the feature lists' job.
    """
    best: tuple[int, str] = (0, "")
    by_parent: dict[HtmlElement, list[str]] = {}
    for paragraph in tree.xpath("//body//p"):
        if inside_furniture(paragraph) or "price" in class_words(paragraph):
            continue
        text = element_text(paragraph)
        if len(text.split()) < 4:
            continue
        by_parent.setdefault(paragraph.getparent(), []).append(text)
    for texts in by_parent.values():
        joined = "\n".join(texts)
        if len(joined) > best[0]:
            best = (len(joined), joined)
    if not best[1]:
        return None
    return best[1][:_MAIN_MAX_CHARS]


def inside_furniture(element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in FURNITURE or tag in INVISIBLE:
            return True
        role = (node.get("role") or "").lower()
        if role in ("navigation", "banner", "contentinfo", "dialog"):
            return True
        node = node.getparent()
    return False


def clean_title(title: str | None, site_name: str | None) -> str | None:
    """A ``<title>`` without the shop's name tacked on ("Mug – Acme Store" -> "Mug")."""
    if not title:
        return None
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", title) if p.strip()]
    if len(parts) > 1 and (site_name is None or parts[-1].lower() == site_name.lower() or len(parts[0]) > 3):
        return parts[0]
    return title


__all__ = ["PageText", "clean_title", "inside_furniture", "main_text", "read_page_text"]
