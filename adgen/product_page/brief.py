"""A read product page becomes the planner's :class:`~adgen.pipeline.types.Brief`, grounded in the page.

Structured fields are set from the page's fields only: product name, brand name, brand colours,
and a call to action that quotes the price (and a discount) exactly as the page prints it.
Nothing is invented: no claim that is not a quoted fact, no price the page does not show.

The page's text is data, never instructions. The offline planner only reads words out of
``Brief.text``, which holds the marketer's request and the quoted facts (sentences that read
like instructions to an AI are already left out, :mod:`facts`). For the LLM planner,
:func:`page_prompt_section` wraps the page's data in markers the page cannot forge (a nonce from
the content, and ``<``/``>`` escaped inside), after :data:`PAGE_DATA_RULE`, which the planner's
system prompt should also carry. Whatever the page says, the structured fields above are
computed before any model sees it, so a page cannot change them.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from adgen.pipeline.types import PAGE_DATA_RULE, Brief
from adgen.product_page.colours import brand_palette
from adgen.product_page.model import ProductPage

DEFAULT_CTA = "Shop now"
BRIEF_MAX_CHARS = 4000
_FACTS_IN_BRIEF = 4

_BLOCK = re.compile(r"<<<PAGE_DATA ([0-9a-f]{12})>>>\n(.*?)\n<<<END_PAGE_DATA \1>>>", re.S)


class NoProductFound(ValueError):
    """The page shows no product, so there is nothing to plan an ad from."""


def price_text(page: ProductPage) -> str | None:
    """The price as the page prints it ("$12.99"), else its data's amount and currency ("12.99 USD")."""
    if page.price_shown_as:
        return page.price_shown_as
    if page.price:
        return f"{page.price} {page.currency}".strip() if page.currency else page.price
    return None


def call_to_action(page: ProductPage) -> str:
    """ "Shop now" with the page's own price, and its discount as shown ("now $19.99, was $24.99")."""
    discount = page.discount
    if discount is not None and discount.now:
        return f"{DEFAULT_CTA} · now {discount.now}, was {discount.was}"
    price = price_text(page)
    return f"{DEFAULT_CTA} · {price}" if price else DEFAULT_CTA


def brief_from_page(page: ProductPage, request: str = "", *, for_llm: bool = False) -> Brief:
    """The planner's brief for an ad about the page's product; NoProductFound if the page shows none.

    ``request`` is what the marketer wrote besides the link ("energetic, 20 s"): it is theirs
    and stays first. The brief is grounded (``facts``: the page's quoted sentences). Offline the
    facts are also in ``text``, where the local planner reads its words; with ``for_llm`` the
    page's data goes to ``page_data`` as a quoted, delimited block for the model instead.
    """
    if not page.found or not page.name:
        raise NoProductFound(page.warnings[-1] if page.warnings else "I found no product on that page.")
    product = page.name[:200]
    lead = f"An ad for {product}" + (f" by {page.brand}" if page.brand else "") + "."
    parts = [request.strip(), lead] if request.strip() else [lead]
    facts = [fact.text for fact in page.facts]
    if not for_llm:
        parts.extend(facts[:_FACTS_IN_BRIEF])
    return Brief(
        text="\n".join(parts)[:BRIEF_MAX_CHARS],
        brand_name=(page.brand or "")[:80] or None,
        colors=brand_palette(page.colours),
        product=product,
        cta_text=call_to_action(page)[:200],
        facts=facts,
        page_data=page_prompt_section(page) if for_llm else None,
    )


def page_data(page: ProductPage) -> dict[str, Any]:
    """The page's fields as the LLM sees them (all quoted data)."""
    data: dict[str, Any] = {
        "url": page.url,
        "name": page.name,
        "brand": page.brand,
        "price": page.price,
        "currency": page.currency,
        "priceShownAs": page.price_shown_as,
        "discount": page.discount.model_dump(by_alias=True) if page.discount else None,
        "facts": [fact.text for fact in page.facts],
        "description": (page.description or "")[:800] or None,
    }
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def page_prompt_section(page: ProductPage) -> str:
    """The rule, then the page's data as JSON between markers that the page's text cannot close."""
    body = json.dumps(page_data(page), ensure_ascii=False, indent=1)
    body = body.replace("<", "\\u003c").replace(">", "\\u003e")  # still valid JSON, never a marker
    nonce = hashlib.sha256(body.encode()).hexdigest()[:12]
    return f"{PAGE_DATA_RULE}\n<<<PAGE_DATA {nonce}>>>\n{body}\n<<<END_PAGE_DATA {nonce}>>>"


def quoted_blocks(text: str) -> list[tuple[tuple[int, int], dict[str, Any]]]:
    """Every page-data block in ``text``: its span and its parsed JSON (for checks and tests)."""
    return [(m.span(), json.loads(m.group(2))) for m in _BLOCK.finditer(text)]


__all__ = [
    "DEFAULT_CTA",
    "PAGE_DATA_RULE",
    "NoProductFound",
    "brief_from_page",
    "call_to_action",
    "page_data",
    "page_prompt_section",
    "price_text",
    "quoted_blocks",
]
