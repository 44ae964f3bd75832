"""Round thirty-one f (dev22's variants and refusals), as classes in other words:

1. A version for a time of year ("summer version, hook: '…'", "a version for March with …"): the
   hook of the ad itself was changed, or "seasonal cut for autumn - opener '…'" removed the opener
   (:mod:`calendar_versions`).
2. A version called "the cut we showed Priya", "Marco's cut": "cut" removed the end card
   (:mod:`named_cuts`).
3. "copy this, and in the copy …", "duplicate it; on the duplicate …": the copy's change was made
   to the ad itself (:mod:`copy_named`).
4. New words that are one scene's words with other figures ("the finance card says '2.9% APR for
   36 months'", "…, listing '…'"): asked which scene, or nothing read (:mod:`same_shape`).
5. "put the address in white": the palette became white; now the text that shows the address.
6. "the product photo" is the product: "show the product image on the hook" set two backgrounds
   to "on" (:mod:`product_photo`).
7. A logo asked for alone ("+ logo end"): the help text; now the brand kit's logo is explained, and
   a refused request remembers the scene it named by its words ("the open house card" … "on that
   card as text") (:mod:`refused_places`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import held_out_run
import pytest
from parse_helpers import content, set_paths

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# dev22's starts: crumb (hook "Still warm at 7am"), esquina (cta "1418 Valencia St · 11am-10pm
# daily" in #FFB703, product photo), summitauto (showcase "2019 CR-V EX · 40k miles · $21,900",
# showcase "0% APR for 60 months", cta "Test drive today · 2200 Route 9"), openhouse (showcase
# "4 bed · 3 bath · $689,000", cta "Open house Sat 6/14, 1-4pm"), lotus (no product photo).


_named = partial(held_out_run.start_project, starts="dev22")


def _variant(text: str, project: AdProject, **changes: Any) -> None:
    """``text`` makes one new version whose own edits make exactly ``changes``, and nothing else."""
    turn = parse_message(text, project)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    assert [op.operation for op in turn.operations] == ["create_variation"], (text, turn.operations)
    changed, error = simulate(project, list(turn.operations[0].operations))
    assert error is None, error
    assert content(changed) == set_paths(content(project), changes), (text, turn.operations)


def _only(text: str, project: AdProject, **changes: Any) -> None:
    turn = parse_message(text, project)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    assert content(changed) == set_paths(content(project), changes), (text, turn.operations)


def _unchanged(text: str, project: AdProject) -> str:
    turn = parse_message(text, project)
    assert not turn.operations and not turn.switch_to, (text, turn.operations)
    reply = turn.question or turn.unknown or turn.answer or ""
    assert reply, text
    return reply


_verdict = partial(held_out_run.understood, starts="dev22", case_id="r31f")


# --- 1. a version for a time of year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("summer version, hook: 'Iced buns are here'", "Iced buns are here"),
        ("a version for March with the hook 'Hot cross buns are back'", "Hot cross buns are back"),
        ("seasonal cut for autumn - opener 'Pumpkin loaves are in'", "Pumpkin loaves are in"),
        ("can you do a winter version for January, hook 'Soup season'", "Soup season"),
    ],
)
def test_a_version_for_a_time_of_year_is_a_new_version(text: str, words: str) -> None:
    _variant(text, _named("crumb"), scene_1__overlay__text=words)


def test_a_time_of_year_alone_asks_and_words_about_it_stay_an_edit() -> None:
    assert "version B" in _unchanged("a spring version", _named("crumb"))
    _only("put 'Open all summer' on the end card", _named("crumb"), scene_4__overlay__text="Open all summer")


# --- 2. a version called "the cut we showed …" -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "make a B like the cut we sent Dan, with the end card 'Tacos till 2'",
        "version B, Marco's cut: cta 'Tacos till 2'",
        "a B from the cut the client approved - end card 'Tacos till 2'",
    ],
)
def test_a_cut_named_by_who_saw_it_is_a_version_never_a_removal(text: str) -> None:
    _variant(text, _named("esquina"), scene_4__overlay__text="Tacos till 2")


def test_a_scene_of_a_named_cut_removes_nothing() -> None:
    _unchanged("the end card from the cut we showed Marco", _named("esquina"))


# --- 3. "copy this, and in the copy …" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "copy this and in the copy the hook says 'Drive home happy'",
            {"scene_1__overlay__text": "Drive home happy"},
        ),
        (
            "duplicate it, and in the duplicate the hook says 'Drive home happy'",
            {"scene_1__overlay__text": "Drive home happy"},
        ),
        (
            "copy this. in the copy, the cta should say 'Test drive Saturday'",
            {"scene_4__overlay__text": "Test drive Saturday"},
        ),
    ],
)
def test_a_copy_named_as_the_copy_gets_the_change(text: str, changes: dict[str, Any]) -> None:
    _variant(text, _named("summitauto"), **changes)


def test_copying_words_is_no_copy_of_the_ad() -> None:
    project = _named("summitauto")
    _only("copy the hook text to the cta", project, scene_4__overlay__text="Your next SUV is waiting")


# --- 4. new words with other figures ---------------------------------------------------------------------


def test_new_figures_rewrite_the_scene_that_shows_the_old_ones() -> None:
    auto = _named("summitauto")
    _only(
        "the finance card says '2.9% APR for 36 months'",
        auto,
        scene_3__overlay__text="2.9% APR for 36 months",
    )
    _variant(
        "a B version for the hybrid crowd, listing '2021 CR-V EX · 12k miles · $29,900'",
        auto,
        scene_2__overlay__text="2021 CR-V EX · 12k miles · $29,900",
    )
    house = _named("openhouse")
    _variant(
        "make a copy with the price dropped: '4 bed · 3 bath · $649,000'",
        house,
        scene_2__overlay__text="4 bed · 3 bath · $649,000",
    )
    _only(
        "new figures '5 bed · 4 bath · $899,000' pls",
        house,
        scene_2__overlay__text="5 bed · 4 bath · $899,000",
    )


def test_words_like_no_scene_or_like_two_are_asked_about() -> None:
    auto = _named("summitauto")
    # ("the finance card says 'Low monthly payments'" names scene 3 by its kind since round
    # thirty-one's content kinds: tests/agent/test_round_thirtyone_c.py)
    twice = AdProject.model_validate(
        set_paths(auto.model_dump(by_alias=True), {"scene_1__overlay__text": "1% APR for 24 months"})
    )
    assert "Which scene" in _unchanged("the finance card says '2.9% APR for 36 months'", twice)


# --- 5. a kind of text put in a colour ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["and put the address in white", "set the address text in white please"])
def test_the_address_put_in_a_colour_is_its_text(text: str) -> None:
    _only(text, _named("esquina"), scene_4__overlay__color="#FFFFFF")


def test_in_that_one_after_a_version_colours_that_versions_address() -> None:
    _verdict(
        "esquina",
        ("do a B version where the music is quieter", "and in that one put the address in white"),
        {
            "created": [
                {
                    "kind": "variant",
                    "changes": {
                        "audio.volume": {"shrink": "any"},
                        "scenes[role=cta].overlay.color": {"color": "white"},
                    },
                }
            ]
        },
    )


def test_the_address_put_in_a_scene_changes_no_colour() -> None:
    _unchanged("put the address in the hook", _named("esquina"))


# --- 6. the product named by its photo ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "put the product photo in the sea shot",
        "show the product image on the hook",
        "add the product pic to the end card",
    ],
)
def test_the_product_photo_in_an_ad_without_one_is_refused_with_why(text: str) -> None:
    assert "photo" in _unchanged(text, _named("lotus"))


def test_the_product_photo_is_the_product() -> None:
    esquina = _named("esquina")
    _only("show the product image on the hook", esquina, scene_1__product__visible=True)
    _only("hide the product pic in the showcase", esquina, scene_2__product__visible=False)
    assert "photo" in _unchanged("use this new product photo", esquina)


# --- 7. a logo asked for alone; a refused request's scene ------------------------------------------------


@pytest.mark.parametrize("text", ["+ logo end", "logo at the end pls", "stick the logo on the last frame"])
def test_a_logo_alone_is_explained_and_nothing_changes(text: str) -> None:
    assert "logo" in _unchanged(text, _named("esquina")).lower()


def test_recolouring_the_logo_keeps_its_own_reason() -> None:
    assert "recolour" in _unchanged("make the logo red", _named("esquina"))


def test_a_refused_request_remembers_the_card_named_by_its_words() -> None:
    _verdict(
        "openhouse",
        ("put a barcode on the open house card", "ok then add 'Scan at the door' on that card as text"),
        {"start": {"scenes[role=cta].overlay.text": {"contains": "Scan at the door"}}},
    )
