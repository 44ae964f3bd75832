"""The kit's voice: avoided words never appear in copy (CTA included); quiet tones stay quiet."""

from __future__ import annotations

import re

import pytest

from adgen.brand.copy_rules import planner_instructions, remove_avoided, repair_copy, tone_mood
from adgen.brand.errors import BrandKitRejected
from adgen.brand.library import BrandLibrary
from adgen.brand.model import BrandKit


def occurs(word: str, text: str) -> bool:
    """Whole-word, case-insensitive occurrence (spaces or hyphens between the words of a phrase)."""
    pattern = r"[\s-]+".join(re.escape(w) for w in word.split())
    return re.search(rf"(?<![\w']){pattern}(?![\w'])", text, re.IGNORECASE) is not None


AVOID = ["cheap", "guaranteed", "game changer", "best"]
# Copy written before the rules, the way planners and marketers write it.
COPY = [
    "Cheap coffee, guaranteed fresh!",
    "The BEST cold brew in town",
    "A real game-changer? A real game changer.",
    "No cheapskates here, best-in-class beans",
    "Guaranteed",
    "Shop now\nThe cheap and cheerful brew",
]


@pytest.mark.parametrize("text", COPY)
def test_avoided_words_are_gone_after_repair(text: str):
    kit = BrandKit(owner="alice", name="Harbour", avoid_words=AVOID, replacements={"cheap": "affordable"})
    fixed = repair_copy(text, kit).text
    for word in AVOID:
        assert not occurs(word, fixed), (word, fixed)
    assert "  " not in fixed and not fixed.startswith((" ", ",")) and " ," not in fixed


def test_replacements_keep_case_and_whole_words_only():
    fix = remove_avoided("Cheap beans for cheapskates. CHEAP!", ["cheap"], {"cheap": "affordable"})
    assert fix.text == "Affordable beans for cheapskates. AFFORDABLE!"
    assert [c.found for c in fix.changes] == ["Cheap", "CHEAP"]
    dropped = remove_avoided("Guaranteed fresh coffee", ["guaranteed"])
    assert dropped.text == "Fresh coffee"  # dropped, and the line still starts with a capital


def test_quiet_tones_lose_exclamation_marks_and_shouting():
    kit = BrandKit(owner="alice", name="Harbour", tone_words=["calm", "premium"])
    fixed = repair_copy("WAKE UP to something SPECIAL!\nShop now!!", kit).text
    assert "!" not in fixed and "SPECIAL" not in fixed and "Special" in fixed
    assert fixed.endswith("Shop now")
    loud = BrandKit(owner="alice", name="Harbour", tone_words=["playful"])
    assert repair_copy("Grab yours!", loud).text == "Grab yours!"
    assert tone_mood(kit) == "calm" and tone_mood(loud) == "playful"


def test_the_kit_refuses_a_cta_or_tagline_that_uses_an_avoided_word(library: BrandLibrary):
    kit = library.create_kit("alice", "Harbour", avoid_words=["cheap"], default_cta="Order today")
    with pytest.raises(BrandKitRejected, match="the default call to action 'Get cheap beans' uses 'cheap'"):
        library.update_details("alice", default_cta="Get cheap beans")
    with pytest.raises(BrandKitRejected, match="tagline 'Cheap and cheerful' uses 'cheap'"):
        library.update_details("alice", tagline="Cheap and cheerful")
    # Adding the word to the avoid-list when the CTA already uses it is refused the same way.
    library.update_details("alice", default_cta="Best beans")
    with pytest.raises(BrandKitRejected, match="uses 'best'"):
        library.update_details("alice", avoid_words=["cheap", "best"])
    assert library.kit("alice", kit.kit_id).avoid_words == ["cheap"]


def test_planner_instructions_state_the_rules():
    kit = BrandKit(
        owner="alice",
        name="Harbour",
        tone_words=["calm", "warm"],
        avoid_words=["cheap", "guaranteed"],
        replacements={"cheap": "affordable"},
        default_cta="Order today",
        tagline="Roasted by the sea",
        colors={"primary": "#1B2A4A", "accent": "#FF6F59"},
    )
    block = planner_instructions(kit)
    for needle in ('"cheap"', '"guaranteed"', 'Say "affordable" instead of "cheap"', '"Order today"',
                   "calm, warm", "No exclamation marks", "#1B2A4A", "#FF6F59", "Roasted by the sea"):  # fmt: skip
        assert needle in block, needle
