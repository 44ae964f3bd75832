"""Round forty f: dev28's variant and question tail.

1. A version's difference said with "where" names a text by its kind ("a B where the freephone
   number is yellow", :mod:`adgen.agent.understanding.content_kinds`): the "where" read as a question
   had left the kind unread, and the whole ad's palette went red. "survey", "sales", "support",
   "freephone" … before "number" name the number to call (:data:`everyday_parts.NUMBER_WORDS`).
2. "the … text is much bigger" is its size, never a complaint that the scene runs long
   (:mod:`adgen.agent.understanding.timing`): the scene had lost a second.
3. A price asked by what it buys ("what's the cheapest seat on there?", "how much are tickets in the
   ad?", "what do we say tickets cost?"): the price the ad shows, quoted (:mod:`content_kinds`).
4. "which hook is longer, A or B?": both versions compared, the one that is named (no yes or no).
5. A card named by a word that is also in a web address ("the tickets card" beside
   "laughpit.co.uk/tickets") is the card that says it outside the link (:mod:`cards_by_words`).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

understood = partial(held_out_run.understood, starts="dev28", case_id="r40f")
changes_nothing = partial(held_out_run.changes_nothing, starts="dev28")
verdict = partial(held_out_run.verdict, starts="dev28", case_id="r40f")

# sunroof: cta "Free survey: 0800 652 1190" (center, 62, #16A34A); brightsight: scenes[#2] "Free eye
# test · NHS vouchers accepted" (50), scenes[#3] "Hearing aids from £495 a pair" (52); laughpit:
# scenes[#3] "Tickets from £14.50", cta "laughpit.co.uk/tickets", a version B whose hook says
# "Friday feeling?" (the original's "Need a laugh?").


def _variant(changes: dict) -> dict:
    return {"created": [{"kind": "variant", "changes": changes}]}


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("a B where the freephone number is yellow", "yellow"),
        ("could we try a version where the sales number is in red", "red"),
        ("B version with the phone number in white", "white"),
    ],
)
def test_a_kind_of_text_in_a_versions_difference(text: str, colour: str) -> None:
    understood("sunroof", (text,), _variant({"scenes[role=cta].overlay.color": {"color": colour}}))


def test_survey_number_is_the_number_to_call() -> None:
    understood(
        "sunroof",
        ("make the survey number a bit bigger",),
        {"start": {"scenes[role=cta].overlay.fontSize": {"grow": "any"}}},
    )


def test_where_is_a_kinds_place_still_asked() -> None:
    assert "Scene 4" in changes_nothing("sunroof", "where is the survey number?")


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "the NHS vouchers text is much larger",
            {"start": {"scenes[#2].overlay.fontSize": {"grow": "much"}}},
        ),
        (
            "a B version where the hearing aids text is much bigger",
            _variant({"scenes[#3].overlay.fontSize": {"grow": "much"}}),
        ),
    ],
)
def test_much_bigger_is_size_never_length(text: str, expect: dict) -> None:
    understood("brightsight", (text,), expect)


@pytest.mark.parametrize(
    "text",
    [
        "what's the cheapest seat on there?",
        "how much are tickets in the ad?",
        "what do we say tickets cost?",
        "so what's the starting price?",
    ],
)
def test_price_asked_by_what_it_buys(text: str) -> None:
    assert "14.50" in changes_nothing("laughpit", text)


@pytest.mark.parametrize(
    "text", ["what's the cheapest way to make this", "what's the cheapest option for rendering"]
)
def test_cheapest_of_something_else_is_no_price(text: str) -> None:
    assert "14.50" not in changes_nothing("laughpit", text)


def test_price_of_a_free_thing_is_not_another_price() -> None:
    """ "how much is the eye test on the ad?" of "Free eye test": never the hearing aids' £495."""
    assert "495" not in changes_nothing("brightsight", "how much is the eye test on the ad?")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("is the hook longer in A or B", "B's hook text is longer than A's"),
        ("A or B - which opener is shorter?", "A's hook text is shorter than B's"),
    ],
)
def test_which_version_is_longer(text: str, said: str) -> None:
    result = verdict("laughpit", (text,), {"start": "same_content"})
    reply = result.outcome.turns[0].reply
    assert said in reply and not result.outcome.turns[0].changed and not reply.startswith(("Yes", "No")), (
        reply
    )


@pytest.mark.parametrize(
    ("turns", "expect"),
    [
        (
            ("make the tickets card text yellow",),
            {"start": {"scenes[#3].overlay.color": {"color": "yellow"}}},
        ),
        (
            ("switch to B", "on this one the ticket card text goes to the top"),
            {"active": "B", "B": {"scenes[#3].overlay.position": "top"}},
        ),
    ],
)
def test_card_named_by_a_word_outside_its_link(turns: tuple[str, ...], expect: dict) -> None:
    understood("laughpit", turns, expect)
