"""Round thirty-six, the lead's fix at merge: a question about a kind of content ("what colour is
the phone number?") is answered from the one text that shows it, not the palette, and "it" in
the next message is that text, also when the question follows a remark in the same message
("leave the finance line alone. what colour is …?"): the answer's scenes are kept for the next
turn (:mod:`adgen.agent.answers`, :class:`message._Clauses`). Phrasings are the lead's own."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_understood = partial(held_out_run.understood, starts="dev26", case_id="r36lead")

# dev26 hartley: scene 4 (cta) "Call 01632 960412" in red #B91C1C; the palette starts #B91C1C.


@pytest.mark.parametrize(
    ("question", "edit"),
    [
        ("what colour's the phone number?", "turn it yellow"),
        ("leave the finance line alone. what colour is the phone number on?", "make it yellow"),
    ],
)
def test_it_after_a_question_about_a_kind_is_that_text(question: str, edit: str) -> None:
    result = _understood(
        "hartley", (question, edit), {"start": {"scenes[role=cta].overlay.color": {"color": "yellow"}}}
    )
    assert "#B91C1C" in result.outcome.turns[0].reply and "palette" not in result.outcome.turns[0].reply


def test_a_question_about_the_colours_is_still_the_palette() -> None:
    result = held_out_run.verdict(
        "hartley", ("what colours are we using?",), {}, starts="dev26", case_id="r36lead"
    )
    assert "palette" in result.outcome.turns[0].reply
