"""Round thirty-seven d: dev11's and dev12's briefs and follow-ups left in the hard tail.

1. A brief in short sentences with no word for an ad ("Nightjar gin. 15 seconds. moody."): the name
   and what it sells, a full stop, then the length (:mod:`named_briefs`).
2. A brief forwarded under a bare "From my manager: '…'" label (:mod:`forwarded`).
3. "we're launching Sunbake sunscreen next month …": the name launched is the brand (:mod:`briefs`).
4. "the other showcase too", "the other candle scene as well": after a change to one scene, the
   one other scene of that kind (:func:`the_others.the_other_one`).

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from functools import partial

import held_out_run
import pytest

_verdict = partial(held_out_run.verdict, starts="dev3", case_id="r37d")
_understood = partial(held_out_run.understood, case_id="r37d")


def _brief(text: str, fields: dict) -> None:
    held_out_run.assert_understood(
        _verdict(None, (text,), {"created": [{"kind": "brief", "fields": fields}]})
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Nightjar gin. 15 seconds. moody and dark.",
            {"durationSec": 15, "brand.name": {"contains": "Nightjar"}},
        ),
        (
            "Fern & Co candles. 10 sec. cosy, 3 scenes",
            {
                "durationSec": 10,
                "scenes.count": 3,
                "brand.name": {"contains": "Fern & Co", "excludes": ["candles"]},
            },
        ),
        (
            "Tallow desk lamps. 20s. Open with a hook, then a review, end with 'Light up late'.",
            {
                "durationSec": 20,
                "scenes[role=cta].overlay.text": {"line_ci": "Light up late"},
                "brand.name": {"contains": "Tallow", "excludes": ["lamps"]},
            },
        ),
    ],
)
def test_brief_in_short_sentences(text: str, fields: dict) -> None:
    _brief(text, fields)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "From the client: \"We'd like a 12 second ad for Bramble tea, cosy, ending on 'Steep slow'\"",
            {"durationSec": 12, "brand.name": {"contains": "Bramble"}},
        ),
        (
            "from my boss: 'can you make a 20s video for Orbit earbuds? energetic please'",
            {"durationSec": 20, "brand.name": {"contains": "Orbit", "excludes": ["earbuds"]}},
        ),
    ],
)
def test_brief_forwarded_under_a_bare_from_label(text: str, fields: dict) -> None:
    _brief(text, fields)


@pytest.mark.parametrize(
    ("text", "name", "length"),
    [
        ("we are introducing Tidal sparkling water this summer, need a 10s ad, fresh", "Tidal", 10),
        ("I'm launching Orbit earbuds next week, 15s ad please", "Orbit", 15),
    ],
)
def test_brand_is_the_name_launched(text: str, name: str, length: int) -> None:
    _brief(text, {"durationSec": length, "brand.name": {"contains": name, "excludes": ["next", "this"]}})


@pytest.mark.parametrize("text", ["Make it shorter. 10s.", "Hello there. 10s"])
def test_a_request_in_short_sentences_is_no_brief(text: str) -> None:
    result = _verdict(None, (text,), {})
    assert not result.outcome.turns[0].changed


def test_a_bare_from_label_on_copy_changes_nothing() -> None:
    held_out_run.changes_nothing("yogamat", "from my boss: 'Fresh daily'")


# dev2 candle: 1 hook "Long day?"; 2 showcase "Hand-poured soy wax" (a candle pictured);
# 3 showcase "60 hours of slow burn" (a wick); 4 cta "Find your scent".
@pytest.mark.parametrize(
    "follow",
    ["the other showcase as well", "and the other candle one too", "same for the other showcase scene"],
)
def test_the_other_one_of_a_kind_after_a_length(follow: str) -> None:
    _understood(
        "candle",
        ("make the soy wax scene 6 seconds", follow),
        {"start": {"scenes[#2].durationSec": 6, "scenes[#3].durationSec": 6, "durationSec": "optional"}},
        starts="dev2",
    )


def test_the_other_one_after_a_colour() -> None:
    _understood(
        "candle",
        ("make the slow burn text white", "the other showcase too"),
        {
            "start": {
                "scenes[#2].overlay.color": {"color": "white"},
                "scenes[#3].overlay.color": {"color": "white"},
            }
        },
        starts="dev2",
    )


@pytest.mark.parametrize(
    "turns",
    [
        ("make the cta 6 seconds", "and the other candle scene too"),  # one cta: no other
        ("make the soy wax scene 6 seconds", "the other one too"),  # of what kind?
    ],
)
def test_the_other_one_that_cannot_be_told_changes_nothing_more(turns: tuple[str, str]) -> None:
    result = held_out_run.verdict("candle", turns, {"start": "same_content"}, starts="dev2")
    assert not result.outcome.turns[1].changed, [t.reply for t in result.outcome.turns]
