"""Round twenty-four, the lead's share: review items of stop 33 done as general rules.

- An owner's slips of "writing", "picture", "slide", "voice" … are read by rapidfuzz matching over
  those words (``plain_words.plain_slip``), not by a hand-kept list of misspellings.
"""

from __future__ import annotations

import pytest

from adgen.agent.understanding.plain_words import plain_slip, plain_words


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("writting", "writing"),
        ("wrting", "writing"),
        ("writeing", "writing"),
        ("wriitng", "writing"),
        ("pictuer", "picture"),
        ("picutre", "picture"),
        ("pitcures", "picture"),
        ("slied", "slide"),
        ("sldie", "slide"),
        ("voise", "voice"),
        ("vocie", "voice"),
        ("frist", "first"),
        ("frst", "first"),
        ("lsat", "last"),
        ("lasst", "last"),
        ("begining", "beginning"),
        ("beggining", "beginning"),
        ("secnd", "second"),
        ("teh", "the"),
        ("smal", "small"),
        ("botom", "bottom"),
        ("bottem", "bottom"),
    ],
)
def test_a_slip_of_a_plain_word_is_that_word(typed: str, meant: str) -> None:
    assert plain_slip(typed) == meant


@pytest.mark.parametrize(
    "typed",
    # words in their own right, these words with an ending, and slips with more than one reading
    [
        "fist",
        "slid",
        "vice",
        "lost",
        "thee",
        "ths",
        "pictures",
        "slides",
        "seconds",
        "lastly",
        "sliding",
        "cta",
    ],
)
def test_a_word_or_an_unsure_slip_is_left(typed: str) -> None:
    assert plain_slip(typed) is None


def test_slips_are_read_before_the_plain_words_and_keep_their_capital() -> None:
    assert plain_words("Teh writting on the lsat pictuer") == plain_words("The writing on the last picture")
    assert plain_words("the fist picture") == plain_words("the fist picture")  # "fist" stays a word
    assert "fist" in plain_words("the fist picture")


def test_words_that_are_no_slip_keep_their_case() -> None:
    assert plain_words("the CTA should say: 30% OFF NOW") == "the CTA should say: 30% OFF NOW"
