"""open_brief.OPEN_WORDS: each word once (a merge once left copies of words in two rows)."""

from __future__ import annotations

from collections import Counter

from adgen.agent.understanding.open_brief import OPEN_WORDS, is_open_brief


def _words(row: str) -> list[str]:
    """A row's alternatives: split at the "|" outside any group ("high[\\s-]end", "(?:…)")."""
    words, depth, word = [], 0, ""
    for ch in row:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            words.append(word)
            word = ""
        else:
            word += ch
    return [*words, word]


def test_no_open_word_repeats() -> None:
    counts = Counter(word for row in OPEN_WORDS for word in _words(row))
    assert [word for word, n in counts.items() if n > 1] == []


def test_the_words_once_removed_twice_still_read_as_open() -> None:
    # Each of these was in OPEN_WORDS twice (or, "holiday", also as "holidays?").
    for message in (
        "please, how should we start from scratch? asap, urgently, quickly, today",
        "a fresh simple holiday ad",
    ):
        assert is_open_brief(message), message
