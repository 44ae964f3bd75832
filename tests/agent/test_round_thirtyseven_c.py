"""Round thirty-seven c: a word for how the copy reads, then the new copy in quotes.

1. "cta => snappier: 'Order tonight'", "make the showcase text catchier — 'Tacos till late'": the
   quote is the new words of that part and the adjective only how they read; never a change of
   look ("punchier" once made the background "more energetic") nor of length ("shorter")
   (:mod:`adgen.agent.understanding.quoted_rewords`).
2. Near misses: an adjective with no quote keeps its old reading; a size word before a quote
   ("bigger: '…'") is not taken as a rewording.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

from adgen.agent.understanding.quoted_rewords import how_quote

_understood = partial(held_out_run.understood, starts="dev22", case_id="r37c")
_verdict = partial(held_out_run.verdict, starts="dev22", case_id="r37c")


# --- 1. an adjective for the copy, then the copy ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "path", "words"),
    [
        ("cta => snappier: 'Order tonight'", "scenes[role=cta].overlay.text", "Order tonight"),
        (
            "make the hook text catchier — 'Tacos till late'",
            "scenes[role=hook].overlay.text",
            "Tacos till late",
        ),
        ("opening line, shorter please: 'Open late'", "scenes[role=hook].overlay.text", "Open late"),
        ("end card → more direct: “Come hungry”", "scenes[role=cta].overlay.text", "Come hungry"),
        ("hook a bit punchier, say 'Trompo. Tonight.'", "scenes[role=hook].overlay.text", "Trompo. Tonight."),
    ],
)
def test_adjective_then_quote_is_the_words(text: str, path: str, words: str) -> None:
    _understood("esquina", (text,), {"start": {path: {"text": words}}})


def test_adjective_then_quote_with_music_after() -> None:
    _understood(
        "esquina",
        ("cta -> tighter: 'Open till 2am' / music softer",),
        {
            "start": {
                "scenes[role=cta].overlay.text": {"text": "Open till 2am"},
                "audio.volume": {"shrink": "any"},
            }
        },
    )


# --- 2. near misses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "make the hook text bigger: 'Al pastor'",
        "hook punchier, not like 'Al pastor'",
        "the hook is punchier than 'Al pastor' ever was, and I wrote it",
    ],
)
def test_no_rewording_without_a_copy_adjective_and_a_lead(text: str) -> None:
    clause = text.replace("'Al pastor'", "\ue000\ue100")
    assert how_quote(clause, [], 0) is None


def test_adjective_alone_keeps_no_words() -> None:
    result = _verdict("esquina", ("make the hook punchier",), {})
    reply = result.outcome.turns[0].reply
    assert "text" not in reply.lower() or "“" not in reply, reply
