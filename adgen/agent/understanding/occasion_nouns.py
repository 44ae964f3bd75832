"""A brief's product named by its occasion: "the Mila Moves Cloud Hoodie merch drop", "the Aurora
lamp launch", "our spring restock". The last word of such a product is the event, not the thing
shown, so it must never name the product layer: "drop 3 goes live friday so the end card should
read …" hid the hoodie, "drop" being read as the product and as the verb at once.

Part of :mod:`adgen.agent.understanding`; :func:`product_head` is used by :mod:`product_words`
to find the head noun of a brief's product: the occasion words at the end are stripped, so the
head is the thing itself ("hoodie"), or nothing when only the occasion is left.
"""

from __future__ import annotations

# Words for a sale or an event, and the words that only qualify one ("merch drop", "pre-order").
OCCASION_WORDS: frozenset[str] = frozenset(
    """
    drop drops launch launches release releases restock restocks relaunch sale sales collab collabs
    collaboration preorder pre-order preorders pre-orders giveaway giveaways promo promos promotion
    campaign campaigns event events announcement premiere debut reveal unboxing merch edition
    """.split()
)


def product_head(product: str) -> str:
    """The product's head noun, lower case, its trailing occasion words stripped ("" if none left)."""
    words = [w.lower().strip(".,!'’") for w in product.split()]
    while words and words[-1] in OCCASION_WORDS:
        words.pop()
    return words[-1] if words else ""


__all__ = ["OCCASION_WORDS", "product_head"]
