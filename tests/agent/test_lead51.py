"""The lead's round thirty-one fixes: a colour turned down is never the colour set (dev23's
negations), and open briefs by a venue's, a shop's or a bank's occasion ask what the ad is for.
Phrasings are the lead's own, not dev23's."""

from __future__ import annotations

import pytest
from parse_helpers import basic_with, only, unchanged

from adgen.agent.understanding.open_brief import is_open_brief

WHITE = "#FFFFFF"


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("the cta text shouldn't be orange, make it white", {"scene_3__overlay__color": WHITE}),
        ("don't want the hook text purple, white please", {"scene_1__overlay__color": WHITE}),
        ("hook text not purple - white", {"scene_1__overlay__color": WHITE}),
        (
            "the cta words don't need to be quite so orange, white would do",
            {"scene_3__overlay__color": WHITE},
        ),
        ("black not white for the cta text", {"scene_3__overlay__color": "#000000"}),
    ],
)
def test_a_colour_turned_down_is_never_set_and_the_other_one_is(text: str, changes: dict) -> None:
    only(text, basic_with(scene_1__overlay__color="#800080", scene_3__overlay__color="#F28C28"), **changes)


@pytest.mark.parametrize(
    "text",
    [
        "the hook text doesn't need to be so purple",
        "i don't want the cta text orange",
        "no more orange on the cta text",
    ],
)
def test_a_colour_only_turned_down_changes_nothing(text: str) -> None:
    # (it asks which colour instead, or, said as a plain "I don't want …", leaves it as it is)
    reply = unchanged(text, basic_with(scene_1__overlay__color="#800080", scene_3__overlay__color="#F28C28"))
    assert "instead of" in reply or "leave that as it is" in reply, reply


def test_not_enough_of_a_colour_is_no_negation() -> None:
    only("the hook text is not red enough", basic_with(), scene_1__overlay__color="#FF0000")


@pytest.mark.parametrize(
    "text",
    [
        "new ad for next Saturday's gig",
        "an ad for the restock, all the sizes back",
        "a promo for our concert tickets",
        "something for the rate increase, legal approved",
    ],
)
def test_an_occasion_of_a_venue_a_shop_or_a_bank_is_an_open_brief(text: str) -> None:
    assert is_open_brief(text)


@pytest.mark.parametrize("text", ["an ad for the Hollow Pines gig", "show my ads", "ad for Nike's restock"])
def test_a_named_act_or_brand_is_no_open_brief(text: str) -> None:
    assert not is_open_brief(text)
