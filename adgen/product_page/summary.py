"""What was read, in a few lines for the reply, so the marketer can check it and correct it.

"Read from the page: “Cold Brew Kit” by Acme, price $12.99 (as shown; 12.99 USD in the page's
data), 4 pictures, hero: … If something is wrong, tell me (“the price is 12.99”)."
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from adgen.product_page.model import ProductPage


def describe_reading(page: ProductPage) -> str:
    """A short, plain summary of a read page: fields, hero choice, colours, facts and warnings."""
    if not page.found:
        return page.warnings[-1] if page.warnings else "I found no product on that page."
    head = f"Read from the page: “{page.name}”" + (f" by {page.brand}" if page.brand else "")
    lines = [head + "."]
    price = _price_line(page)
    if price:
        lines.append(price)
    if page.discount is not None:
        discount = f"Discount as shown: was {page.discount.was}"
        discount += f", now {page.discount.now}" if page.discount.now else ""
        discount += f" (“{page.discount.label}”)" if page.discount.label else ""
        lines.append(discount + ".")
    usable = [i for i in page.images if i.score is not None]
    pictures = f"{len(page.images)} picture{'s' if len(page.images) != 1 else ''}"
    if page.hero_image is not None:
        lines.append(
            f"{pictures} ({len(usable)} usable); product shot: {_file(page.hero_image.url)} "
            f"({page.hero_image.reason})."
        )
    else:
        lines.append(f"{pictures}; no usable product shot.")
    if len(usable) > 1:
        lines.append(
            "To use another picture, say its number (“use the second image”): " + _numbered(page) + "."
        )
    if page.colours:
        lines.append("Colours: " + ", ".join(f"{c.hex} ({c.source})" for c in page.colours[:4]) + ".")
    if page.facts:
        lines.append("Quoted for the copy: " + "; ".join(f"“{f.text}”" for f in page.facts[:4]) + ".")
    lines.extend(page.warnings)
    lines.append("If something is wrong, tell me (for example “the price is 12.99” or “the brand is Acme”).")
    return "\n".join(lines)


def _price_line(page: ProductPage) -> str | None:
    if not page.price and not page.price_shown_as:
        return "No price on the page, so the ad names none."
    data = f"{page.price} {page.currency}".strip() if page.currency else page.price
    if page.price_shown_as and data:
        line = f"Price {page.price_shown_as} (as shown; {data} in the page's data)"
    else:
        line = f"Price {page.price_shown_as or data} (as shown)"
    if page.price_high:
        line += f", up to {page.price_high} depending on the option"
    return line + "."


def _numbered(page: ProductPage) -> str:
    """The page's pictures in order, numbered as "the second image" counts them."""
    hero = page.hero_image.url if page.hero_image else None
    items = []
    for number, image in enumerate(page.images, start=1):
        if image.url == hero:
            what = "the product shot now"
        elif image.score is None:
            what = "not usable"
        else:
            what = ", ".join([f"{image.width}x{image.height}", *image.notes[:2]])
        items.append(f"{number}. {_file(image.url)} ({what})")
    return "; ".join(items)


def _file(url: str) -> str:
    name = PurePosixPath(urlsplit(url).path).name
    return name or url


__all__ = ["describe_reading"]
