"""A slip in the product words of a brief ("our cold bru", "new snekers", "soy candel"), put
right only when one everyday product noun is a single keystroke away; brand names never.

Part of :mod:`adgen.agent.understanding`. The brief's product words go on screen ("Ready for cold
bru?"), so a plain slip in a common product noun is worse there than anywhere. The typo step of
the edit reader leaves briefs alone on purpose (their names are the marketer's own), so this step
is narrow: a word typed in lower case, not itself a known word, with exactly one product noun of
:data:`PRODUCT_NOUNS` at one edit (rapidfuzz's OSA distance: a letter missing, extra, changed or
two swapped). Capitalised words, the brand's words and anything else stay as typed.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from adgen.agent.understanding.normaliser import is_english
from adgen.agent.understanding.vocabulary import COMMON_WORDS, WORDS

# Everyday product nouns (and their plurals) an ad is made for.
PRODUCT_NOUNS: frozenset[str] = frozenset(
    """
    brew brews coffee coffees espresso latte tea teas matcha juice juices smoothie smoothies soda sodas
    lemonade kombucha beer beers wine wines cider water milk oat oats granola cereal chocolate candy
    snack snacks cookie cookies biscuit biscuits cake cakes bread pastry pastries croissant croissants
    sneaker sneakers shoe shoes boot boots sandal sandals trainer trainers jacket jackets coat coats
    hoodie hoodies shirt shirts dress dresses jeans socks hat hats cap caps scarf bag bags backpack
    backpacks wallet wallets watch watches ring rings necklace necklaces earring earrings bracelet
    candle candles soap soaps shampoo conditioner lotion lotions serum serums cream creams moisturizer
    moisturiser sunscreen perfume perfumes fragrance lipstick mascara makeup skincare cleanser toner
    headphones headphone earbuds speaker speakers phone phones laptop laptops tablet tablets camera
    cameras charger chargers keyboard keyboards mouse monitor bike bikes ebike scooter scooters
    mattress mattresses pillow pillows blanket blankets sofa chair chairs table lamp lamps mug mugs
    bottle bottles kettle blender toaster vacuum plant plants flowers bouquet toy toys game games
    book books app apps course courses subscription treats kibble leash collar tent tents
    yoga mat mats dumbbell dumbbells protein powder vitamins supplement supplements gummies
    sauce sauces salsa honey jam coffee beans pizza burger burgers tacos noodles ramen salad salads
    """.split()
)
_KNOWN = PRODUCT_NOUNS | COMMON_WORDS | frozenset(WORDS)
_WORD_RE = re.compile(r"(?<![\w'-])[a-z]{3,}(?![\w'-])")


# Spellings that sound alike ("bru" for "brew", "cofee" for "coffee"): a word and a noun with the
# same sound key are one slip apart, however many letters differ.
_SOUNDS: tuple[tuple[str, str], ...] = (
    ("ew", "u"),
    ("oo", "u"),
    ("ue", "u"),
    ("ph", "f"),
    ("ck", "k"),
    ("c", "k"),
)


def _sound(word: str) -> str:
    for typed, sound in _SOUNDS:
        word = word.replace(typed, sound)
    return re.sub(r"(.)\1+", r"\1", word)


def _meant(word: str) -> str | None:
    """The one product noun ``word`` is a slip of, or None."""
    if word in _KNOWN or is_english(word):
        return None  # ("lamb", "kings": words of their own, never a slip of "lamp", "rings")
    near = [
        noun
        for noun in PRODUCT_NOUNS
        if (abs(len(noun) - len(word)) <= 1 and OSA.distance(word, noun) <= 1) or _sound(noun) == _sound(word)
    ]
    if len(near) != 1:
        return None
    # (a short word is a slip only of a longer one: "bru" of "brew", never "cat" of "hat")
    return near[0] if len(word) >= 5 or len(near[0]) > len(word) else None


def corrected_product(product: str | None, brand: str | None) -> str | None:
    """``product`` with its sure slips put right ("cold bru" -> "cold brew"); brand words and
    capitalised words as typed."""
    if not product:
        return product
    brand_words = {w.lower() for w in re.findall(r"[\w'-]+", brand or "")}

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in brand_words:
            return word
        return _meant(word) or word

    return _WORD_RE.sub(fix, product)


__all__ = ["PRODUCT_NOUNS", "corrected_product"]
