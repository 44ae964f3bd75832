"""Dropping "the" never changes a reading: every first message of the development sets that the
parser reads into edits is read again with each "the " outside quotes removed, as chat types it
("get rid of traffic jam scene", "make shoe bigger on plinth", "turn music all way up"), and must
give the very same operations (:mod:`adgen.agent.understanding.articles`).

A metamorphic check on text no one here wrote for it. Before the articles step, 40 of the 999
readable messages of all the development sets read differently without "the" (help text, a
whole-ad length for one scene's, every scene for one, the font "Lora as").

What stays different, and why (``ALLOWED``): a text typed without quotes after "text:", "say" …
is the marketer's copy, so dropping its "the" changes the copy itself ("cta text: Shop the
AirLite" -> "Shop AirLite"), and so does a background described in the marketer's words ("a
candle on the sill"); those rewrites are not the same request and are skipped.
"""

from __future__ import annotations

import re
from functools import cache

from heldout_readable import readable_first_messages

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.framing import text_cue_end
from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.project import AdProject

# The words after which the marketer's own words follow: a "the" there is theirs, not ours.
_OWN_WORDS_RE = re.compile(
    r"\b(?:background|backdrop|scene)\s+(?:should\s+be|to\s+be|of|showing|with)\b", re.I
)


def without_the(text: str) -> str:
    """``text`` with every "the " outside quotes removed."""
    masked, quotes = mask_quotes(text)
    return unmask(re.sub(r"\bthe\s+", "", masked, flags=re.I), quotes)


def changes_own_words(text: str) -> bool:
    """Whether removing "the" changes words that are the marketer's copy or scene description."""
    masked = mask_quotes(text)[0]
    own = min(text_cue_end(masked), *(m.end() for m in _OWN_WORDS_RE.finditer(masked)), len(masked))
    return re.search(r"\bthe\s+", masked[own:], re.I) is not None


@cache
def _readable() -> list[tuple[str, AdProject, list[dict]]]:
    return readable_first_messages(lambda text: without_the(text) == text or changes_own_words(text))


def test_there_are_enough_messages_to_check() -> None:
    assert len(_readable()) > 150


def test_leaving_out_the_leaves_every_reading_as_it_was() -> None:
    changed = []
    for text, project, operations in _readable():
        bare = without_the(text)
        again = [op.to_wire() for op in parse_message(bare, project).operations]
        if again != operations:
            changed.append((bare, operations, again))
    assert not changed, f"{len(changed)} of {len(_readable())} read differently, e.g. {changed[:3]}"


def test_the_skipped_rewrites_change_the_marketers_own_words() -> None:
    assert changes_own_words("cta text: Shop the AirLite")
    assert changes_own_words("For the 'Long day?' scene, background should be a candle on the sill.")
    assert not changes_own_words("get rid of the traffic jam scene")
    assert not changes_own_words("make the text on the plinth scene say 'Own the night'")
