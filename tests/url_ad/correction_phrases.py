"""Phrasings of corrections to what was read from a product page, written down before the reader.

Each row: (message, field, value). ``field`` is "price", "name", "brand" or "image" (value: the
picture's number on the page), or None for a message that is *not* a page correction (it must
be left to the ordinary understanding). Both lists were written before the reader; DEV was used
while writing it, HELD_OUT is reported separately (tests/url_ad/test_page_corrections.py). Its
author had read HELD_OUT too, so it is a weak held-out: phrasings from someone else are the real test.
"""

from __future__ import annotations

DEV: list[tuple[str, str | None, str | int | None]] = [
    ("the price is wrong, it's 12.99", "price", "12.99"),
    ("the price is 12.99", "price", "12.99"),
    ("price should be $9.99", "price", "$9.99"),
    ("wrong price: 11.50", "price", "11.50"),
    ("change the price to 10.99", "price", "10.99"),
    ("the product is called Cold Brew Starter Kit", "name", "Cold Brew Starter Kit"),
    ("the product name is Brew Kit", "name", "Brew Kit"),
    ("it's called Brew Kit Pro", "name", "Brew Kit Pro"),
    ("the brand is Acme", "brand", "Acme"),
    ("use the second image", "image", 2),
    ("use image 3", "image", 3),
    ("use the third picture instead", "image", 3),
    ("make the hook say 'now 12.99'", None, None),
    ("make it 20 seconds", None, None),
    ("the brand colours should be navy and gold", None, None),
    ("use a calmer mood", None, None),
]

HELD_OUT: list[tuple[str, str | None, str | int | None]] = [
    ("Actually the price is $13.49", "price", "$13.49"),
    ("It costs 8.99, not 12.99", "price", "8.99"),
    ("price: 7.50", "price", "7.50"),
    ("the correct price is 21.00 EUR", "price", "21.00 EUR"),
    ("The product's name is Night Owl Lamp", "name", "Night Owl Lamp"),
    ("rename the product to Trail Runner 3", "name", "Trail Runner 3"),
    ("call it Lumen Lamp", "name", "Lumen Lamp"),
    ("our brand is Northside", "brand", "Northside"),
    ("try the 2nd photo", "image", 2),
    ("go with picture number 3", "image", 3),
    ("switch to the first image", "image", 1),
    ("show the price bigger", None, None),
    ("make the image brighter", None, None),
]
