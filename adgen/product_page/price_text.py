"""Prices as the page prints them: the "$12.99" a visitor sees, a struck-through "was" price, a badge.

The structured data gives the amount ("12.99") and currency ("USD"); the ad should say what the
page says, so this finds the printed form of that amount in the page's price elements. A
discount is read only from what the page shows: a struck-through price (``<del>``, ``<s>``,
``<strike>`` or a "compare at"/"regular" price element) next to the current one, and a short
badge ("Sale!", "-20%", "Save $5"). No percentage is ever worked out here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from lxml.html import HtmlElement

from adgen.product_page.html_document import class_words, element_text
from adgen.product_page.model import Discount

_CURRENCY = r"(?:[$€£¥₹₩₽¢]|[A-Z]{3}|US\$|C\$|A\$|Rs\.?|kr\.?|zł|Fr\.?)"
# A number, with a space allowed only as a thousands separator ("1 299,00").
_NUMBER = r"\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))*\d|\d"
_MONEY = re.compile(rf"(?:{_CURRENCY}\s?)?(?:{_NUMBER})(?:\s?{_CURRENCY}(?![A-Za-z]))?")
_BADGE = re.compile(r"(?i)(?:-\s?\d{1,2}\s?%|\d{1,2}\s?%\s?off|save\s+\S+|on\s?sale|sale!?|reduced|deal)")
_STRUCK_CLASSES = (
    "compare",
    "was-price",
    "price--regular",
    "price-item--regular",
    "old-price",
    "strike",
    "regular",
)


def amount_forms(amount: str) -> list[str]:
    """How a page may print an amount: "1299.00" -> "1299.00", "1,299.00", "1.299,00", "1299", ..."""
    try:
        value = Decimal(amount.replace(",", ".") if amount.count(",") == 1 and "." not in amount else amount)
    except InvalidOperation:
        return [amount]
    forms = {amount}
    for text in (f"{value:.2f}", f"{value:,.2f}", f"{value:f}"):
        forms.add(text)
        forms.add(text.replace(",", "_").replace(".", ",").replace("_", "."))
        forms.add(text.replace(",", " ").replace(".", ","))
    if value == value.to_integral_value():
        forms.add(f"{int(value)}")
        forms.add(f"{int(value):,}")
    return sorted(forms, key=len, reverse=True)


def _price_elements(tree: HtmlElement) -> list[HtmlElement]:
    return [
        e
        for e in tree.xpath("//body//*[@class or @id or @itemprop]")
        if "price" in class_words(e) or e.get("itemprop") == "price"
    ]


def price_shown_as(tree: HtmlElement, amount: str | None) -> str | None:
    """The page's printed form of ``amount`` ("$12.99"), from its price elements, or None."""
    if not amount:
        return None
    forms = amount_forms(amount)
    elements = _price_elements(tree)
    if tree.body is not None:
        elements.append(tree.body)
    for element in elements:
        text = element_text(element)
        if _struck(element):
            continue
        for match in _MONEY.finditer(text):
            token = match.group(0).strip()
            digits = re.sub(r"[^\d.,\s\u00a0\u202f]", "", token).strip()
            if digits in forms and re.search(r"\D", token.replace(digits, "")):
                return token
    return None


def _struck(element: HtmlElement) -> bool:
    node: HtmlElement | None = element
    for _ in range(4):
        if node is None:
            break
        if node.tag in ("del", "s", "strike") or any(c in class_words(node) for c in _STRUCK_CLASSES):
            return True
        node = node.getparent()
    return False


def shown_discount(tree: HtmlElement, price: str | None, was_price: str | None) -> Discount | None:
    """A reduction the page shows: its struck-through price, its current price and its badge.

    Falls back to a former price the structured data names (``was_price``) only when the page
    prints no struck-through price; then ``source`` says so.
    """
    struck = _struck_price(tree)
    now_text = price_shown_as(tree, price)
    if struck is not None:
        if now_text is not None and _digits(now_text) == _digits(struck):
            return None  # the "struck" element shows the current price: no reduction
        return Discount(was=struck, now=now_text, label=_badge(tree), source="page")
    if was_price:
        return Discount(
            was=price_shown_as_any(tree, was_price) or was_price,
            now=now_text or price,
            label=_badge(tree),
            source="structured data",
        )
    return None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _struck_price(tree: HtmlElement) -> str | None:
    """The first struck-through amount inside a price element (or that is one)."""
    for element in tree.xpath("//body//del | //body//s | //body//strike | //body//*[@class]"):
        words = class_words(element)
        if element.tag not in ("del", "s", "strike") and not any(c in words for c in _STRUCK_CLASSES):
            continue
        in_price = "price" in words or any("price" in class_words(a) for a in element.iterancestors())
        if not in_price:
            continue
        money = _MONEY.search(element_text(element))
        if money and re.search(r"\d", money.group(0)):
            return money.group(0).strip()
    return None


def first_shown_price(tree: HtmlElement) -> str | None:
    """The first price printed in a (not struck-through) price element, for pages without price data."""
    for element in _price_elements(tree):
        if _struck(element):
            continue
        for match in _MONEY.finditer(element_text(element)):
            token = match.group(0).strip()
            if re.search(r"\d", token) and re.search(r"[^\d.,\s]", token):
                return token
    return None


def amount_of(shown: str) -> str | None:
    """The bare amount of a printed price ("$1,299.00" -> "1,299.00"), as printed."""
    match = re.search(_NUMBER, shown)
    return match.group(0) if match else None


def price_shown_as_any(tree: HtmlElement, amount: str) -> str | None:
    """Like :func:`price_shown_as` but also inside struck-through elements (for the "was" price)."""
    forms = amount_forms(amount)
    for element in _price_elements(tree):
        for match in _MONEY.finditer(element_text(element)):
            token = match.group(0).strip()
            if re.sub(r"[^\d.,\s]", "", token).strip() in forms:
                return token
    return None


def _badge(tree: HtmlElement) -> str | None:
    for element in tree.xpath("//body//*[@class]"):
        words = class_words(element)
        if not any(w in words for w in ("sale", "badge", "discount", "save", "onsale", "promo")):
            continue
        text = element_text(element)
        if 0 < len(text) <= 25 and _BADGE.search(text):
            return text
    return None


__all__ = [
    "amount_forms",
    "amount_of",
    "first_shown_price",
    "price_shown_as",
    "price_shown_as_any",
    "shown_discount",
]
