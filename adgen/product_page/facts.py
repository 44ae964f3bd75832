"""Short claims quoted word for word from the page, for the ad's copy, and what is left out.

Copy must be grounded: the planner may only say what the page says. So facts are sentences (or
feature-list items) cut from the page's description, meta description, feature lists and main
text, never rewritten. Left out: page furniture (cookies, carts, sign-in), sentences too short or
too long for an overlay, and sentences that read like instructions to an AI ("ignore previous
instructions…"): the page is data, and such a sentence is reported in the warnings instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from adgen.product_page.html_document import class_words, element_text, squash
from adgen.product_page.model import Fact
from adgen.product_page.page_text import inside_furniture

MAX_FACTS = 8
_MIN_WORDS, _MAX_WORDS, _MAX_CHARS = 3, 25, 160

_FURNITURE_WORDS = re.compile(
    r"(?i)\b(cookie|privacy|terms of|sign in|log in|login|add to (cart|bag)|checkout|subscribe|newsletter|"
    r"javascript|your cart|wishlist|copyright|all rights reserved|skip to content|cart is empty)\b|©"
)
_INSTRUCTION_LIKE = re.compile(
    r"(?i)\b(ignore|disregard|forget|override)\b.{0,60}\b(instruction|prompt|rule|direction|previous|above|system)"
    r"|\b(system prompt|developer message|you are (now )?(an? )?(ai|assistant|language model|chatbot|gpt))\b"
    r"|\b(as an ai|dear (ai|assistant|model)|assistant\s*:|system\s*:)"
    r"|\b(set|change|make) the (price|discount|brand|name)\b"
)
_PRICED = re.compile(r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]|\b(USD|EUR|GBP)\b|\b\d+\s?%\s?off\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])|\s*[•·|]\s*|\s+[–—-]\s+(?=[A-Z])")


def instruction_like(text: str) -> bool:
    """True for text that addresses an AI or tries to give it orders (it is never followed, only reported)."""
    return bool(_INSTRUCTION_LIKE.search(text))


def sentences(text: str) -> list[str]:
    """``text`` cut at sentence ends and list bullets, each piece whitespace-squashed."""
    pieces = [squash(s) for line in text.splitlines() for s in _SENTENCE_END.split(squash(line))]
    return [p for p in pieces if p]


def feature_items(tree: HtmlElement) -> list[str]:
    """List items inside the page's description/feature/detail blocks (menus and footers left out)."""
    items: list[str] = []
    for item in tree.xpath("//body//li"):
        if inside_furniture(item):
            continue
        if not any(
            any(
                w in class_words(a)
                for w in ("description", "feature", "detail", "benefit", "highlight", "product")
            )
            for a in item.iterancestors()
        ):
            continue
        text = element_text(item)
        if text:
            items.append(text)
    return items


def pick_facts(sources: Iterable[tuple[str, str | None]]) -> tuple[list[Fact], list[str]]:
    """Quoted facts from ``(source name, text)`` pairs in order, and warnings about what was left out."""
    facts: list[Fact] = []
    seen: set[str] = set()
    refused: list[str] = []
    for source, text in sources:
        if not text:
            continue
        pieces = [squash(text)] if source == "feature list" else sentences(text)
        for piece in pieces:
            key = piece.lower().rstrip(".!")
            if key in seen:
                continue
            seen.add(key)
            if instruction_like(piece):
                refused.append(piece)
                continue
            words = len(piece.split())
            if not (_MIN_WORDS <= words <= _MAX_WORDS) or len(piece) > _MAX_CHARS:
                continue
            if _FURNITURE_WORDS.search(piece) or not re.search(r"[A-Za-zÀ-ÿ]{3}", piece):
                continue
            if _PRICED.search(piece):
                continue  # prices reach the ad only through the price fields, as the page shows them
            if len(facts) < MAX_FACTS:
                facts.append(Fact(text=piece, source=source))
    warnings = []
    if refused:
        # Counted, not quoted: the reply may reach a model later, and the text must not ride along.
        warnings.append(
            f"The page has {len(refused)} sentence{'s' if len(refused) > 1 else ''} that read like instructions "
            "to an AI; they were treated as page text only, left out of the ad's copy, and changed nothing."
        )
    return facts, warnings


__all__ = ["MAX_FACTS", "feature_items", "instruction_like", "pick_facts", "sentences"]
