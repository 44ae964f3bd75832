"""Sweep 40 (precision): messages that made the parser change a field nobody asked for, or find no
request in a plain one (docs/sittings/sweep40_messages.md, 80 near misses written before running the parser).
Each class in other words than the sweep's, with the exact change it makes to the document and
nothing else:

- how the ad was, told ("yesterday it was 15 s", "I made the hook red earlier") changes nothing;
- a part declined beside a request ("…, no need to change the music", "… without touching the
  music", "the music can stay, …") is no request and never the new words;
- words typed after "change the cta to" / "make the hook text" that start with a capital or a
  digit are the new line, even with a colour or a number inside ("Better than orange juice",
  "50 h battery"); an abbreviation keeps its full stop ("7 a.m.");
- milliseconds are a length ("cut the hook by 500 ms"), and "by half a second" is half a second;
- a scene placed by its neighbour only to say which it is ("the cta after the social proof") is
  the one target;
- a frame shape the ad has already ("we need a 9:16 version" on a TikTok ad) adds nothing;
- a field copied without "same" ("the colour of the cta text", "match the showcase text size");
- where the ad runs, given as a reason ("because the ad is for TikTok, …"), is no platform request.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from heldout_cases import set_starts, starting_set  # noqa: E402

_STARTS = set_starts("dev3")


def _project(name: str) -> AdProject:
    doc = starting_set(name, _STARTS, owner="sweep40", prefix="p_sweep40").documents["start"]
    return AdProject.model_validate(doc)


def _flat(node: Any, path: str = "") -> dict[str, Any]:
    if isinstance(node, dict):
        return {
            k: v
            for key, child in node.items()
            for k, v in _flat(child, f"{path}.{key}" if path else key).items()
        }
    if isinstance(node, list) and node and isinstance(node[0], dict):
        return {k: v for i, child in enumerate(node) for k, v in _flat(child, f"{path}[{i}]").items()}
    return {path: node}


def _changes(text: str, start: str) -> tuple[dict[str, tuple[Any, Any]], Any]:
    """Every field ``text`` changes on the ``start`` project (before, after), and the turn."""
    project = _project(start)
    turn = parse_message(text, project)
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    a, b = _flat(project.model_dump(by_alias=True)), _flat(changed.model_dump(by_alias=True))
    diff = {
        k: (a.get(k), b.get(k))
        for k in set(a) | set(b)
        if a.get(k) != b.get(k) and not k.startswith(("history", "version"))
    }
    return diff, turn


# --- how the ad was, told, asks for nothing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("we had the cta in yellow last week", "coldbrew"),
        ("this morning the hook was 6 seconds", "sneaker"),
        ("originally the music was much quieter", "skincare"),
        ("the first version had the text at the bottom", "bakery"),
        ("I set the volume to 20% earlier, it was too quiet", "headphones"),
        ("it used to be a 30 second ad", "candle"),
        ("the showcase was blue yesterday, right?", "soda"),
    ],
)
def test_how_the_ad_was_changes_nothing(text: str, start: str) -> None:
    diff, turn = _changes(text, start)
    assert diff == {} and not turn.operations


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # a request in the same message is read as before
        (
            "the cta was white yesterday, make it white again",
            "coldbrew",
            {"scenes[2].overlay.color": ("#F2A541", "#FFFFFF")},
        ),
        ("earlier the music was at 30%, put it at 30% please", "coldbrew", {"audio.volume": (0.8, 0.3)}),
        (
            "I made the hook 3 s earlier, can you make it 3 s",
            "sneaker",
            {"scenes[0].durationSec": (4.0, 3.0), "durationSec": (20.0, 19.0)},
        ),
    ],
)
def test_how_the_ad_was_with_a_request_is_read(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


# --- a part declined is no request --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "shorten the showcase to 5 s, no need to change the colours",
            "skincare",
            {"scenes[1].durationSec": (6.0, 5.0), "durationSec": (12.0, 11.0)},
        ),
        (
            "make the hook text smaller, no need to touch the voice",
            "mealkit",
            {"scenes[0].overlay.fontSize": (66, 53)},
        ),
        (
            "put the cta text at the top but no need to change anything else",
            "coldbrew",
            {"scenes[2].overlay.position": ("center", "top")},
        ),
        (
            "the background can stay, make the hook text yellow",
            "sneaker",
            {"scenes[0].overlay.color": ("#FFFFFF", "#FFFF00")},
        ),
        (
            "make the showcase text white, the music doesn't need changing",
            "skincare",
            {"scenes[1].overlay.color": ("#3D2C2E", "#FFFFFF")},
        ),
        (
            "make the showcase text white without touching the music",
            "skincare",
            {"scenes[1].overlay.color": ("#3D2C2E", "#FFFFFF")},
        ),
        (
            'set the hook to "Ride further" without changing the font',
            "ebike",
            {"scenes[0].overlay.text": ("Your commute, rewired", "Ride further")},
        ),
    ],
)
def test_a_part_declined_is_no_request(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, turn = _changes(text, start)
    assert diff == expected, turn


# --- words typed after "change the cta to" are the new line -------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "change the hook to Green tea, but colder",
            "coldbrew",
            {"scenes[0].overlay.text": ("Wake up to cold brew", "Green tea, but colder")},
        ),
        (
            "change the cta text to Silver sheets for golden sleep",
            "linen",
            {"scenes[3].overlay.text": ("Sleep on Hush", "Silver sheets for golden sleep")},
        ),
        (
            "set the showcase line to 90 km on one charge",
            "headphones",
            {"scenes[1].overlay.text": ("40 h battery. Zero noise.", "90 km on one charge")},
        ),
        (
            "change the cta to 3 bottles for 20 dollars",
            "coldbrew",
            {"scenes[2].overlay.text": ("Order today", "3 bottles for 20 dollars")},
        ),
        (
            "change the cta text to Save 40% this week",
            "mealkit",
            {"scenes[2].overlay.text": ("Get 50% off your first box", "Save 40% this week")},
        ),
        (
            "make the cta text Free delivery 7 days a week",
            "bakery",
            {"scenes[2].overlay.text": ("Visit us on King St.", "Free delivery 7 days a week")},
        ),
        (
            "make the hook text Black coffee, bright mornings",
            "coldbrew",
            {"scenes[0].overlay.text": ("Wake up to cold brew", "Black coffee, bright mornings")},
        ),
    ],
)
def test_words_after_to_are_the_new_line(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # values stay values
        ("change the cta text to white", "coldbrew", {"scenes[2].overlay.color": ("#F2A541", "#FFFFFF")}),
        ("change the hook text to 80", "coldbrew", {"scenes[0].overlay.fontSize": (64, 80)}),
        (
            "change the cta to 5 seconds",
            "coldbrew",
            {"scenes[2].durationSec": (4.0, 5.0), "durationSec": (15.0, 16.0)},
        ),
        (
            "make the hook text the colour of the cta text",
            "coldbrew",
            {"scenes[0].overlay.color": ("#FFFFFF", "#F2A541")},
        ),
    ],
)
def test_values_after_to_stay_values(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


@pytest.mark.parametrize(
    ("text", "start", "words"),
    [
        ("change the cta to Open until 9 p.m.", "bakery", "Open until 9 p.m."),
        ("the cta should say Visit us on Main St.", "bakery", "Visit us on Main St."),
        ("the showcase should say Only 250 g.", "sneaker", "Only 250 g."),
    ],
)
def test_an_abbreviation_keeps_its_full_stop(text: str, start: str, words: str) -> None:
    diff, _ = _changes(text, start)
    assert [after for key, (_, after) in diff.items() if key.endswith("overlay.text")] == [words]
    assert all(key.endswith("overlay.text") for key in diff)


# --- milliseconds and half seconds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "trim 500ms off the showcase",
            "coldbrew",
            {"scenes[1].durationSec": (7.0, 6.5), "durationSec": (15.0, 14.5)},
        ),
        (
            "the cta could lose 1500 ms",
            "sneaker",
            {"scenes[3].durationSec": (5.0, 3.5), "durationSec": (20.0, 18.5)},
        ),
        (
            "make the hook 4500 milliseconds",
            "coldbrew",
            {"scenes[0].durationSec": (4.0, 4.5), "durationSec": (15.0, 15.5)},
        ),
        (
            "shorten the showcase by half a second",
            "skincare",
            {"scenes[1].durationSec": (6.0, 5.5), "durationSec": (12.0, 11.5)},
        ),
        (
            "trim the cta by half a second",
            "coldbrew",
            {"scenes[2].durationSec": (4.0, 3.5), "durationSec": (15.0, 14.5)},
        ),
    ],
)
def test_milliseconds_and_half_seconds_are_lengths(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_cut_in_half_still_halves() -> None:
    diff, _ = _changes("cut the showcase in half", "coldbrew")
    assert diff == {"scenes[1].durationSec": (7.0, 3.5), "durationSec": (15.0, 11.5)}


# --- a scene placed by its neighbour ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("the social proof right after the showcase needs white text", "soda", {}),
        (
            "the showcase after the problem should say Cool sheets, calm nights",
            "linen",
            {"scenes[2].overlay.text": ("100% French flax linen", "Cool sheets, calm nights")},
        ),
        (
            "the problem before the showcase should be 4 seconds",
            "soda",
            {"scenes[1].durationSec": (6.0, 4.0), "durationSec": (30.0, 28.0)},
        ),
        (
            "the cta, which comes after the social proof, should be bigger",
            "sneaker",
            {"scenes[3].overlay.fontSize": (64, 80)},
        ),
    ],
)
def test_a_scene_placed_by_its_neighbour_is_the_one_target(
    text: str, start: str, expected: dict[str, Any]
) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_a_move_after_a_scene_is_still_a_move() -> None:
    project = _project("sneaker")
    turn = parse_message("move the cta after the hook", project)
    assert [op.operation for op in turn.operations] == ["reorder_scenes"]


# --- a frame shape the ad has already -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("can we get a vertical version", "linen"),
        ("add a 9:16 cut", "headphones"),
        ("we want this in portrait too", "linen"),
    ],
)
def test_a_shape_the_ad_has_adds_nothing(text: str, start: str) -> None:
    diff, turn = _changes(text, start)
    assert diff == {} and turn.answer and "already" in turn.answer


def test_a_shape_the_ad_lacks_is_added() -> None:
    diff, _ = _changes("add a vertical version", "yogamat")
    assert set(diff) == {"presets", "aspectRatios"} or set(diff) == {"presets"}


# --- a field copied without "same" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("make the cta text the size of the hook text", "sneaker", {"scenes[3].overlay.fontSize": (64, 72)}),
        (
            "set the problem text to the colour of the cta text",
            "soda",
            {"scenes[1].overlay.color": ("#FFFFFF", "#2B9348")},
        ),
        (
            "make the hook text match the showcase text colour",
            "linen",
            {"scenes[0].overlay.color": ("#FFFFFF", "#5E548E")},
        ),
        ("have the showcase text match the hook's size", "bakery", {"scenes[1].overlay.fontSize": (56, 64)}),
    ],
)
def test_a_field_copied_without_same(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_the_colour_of_a_thing_is_no_copy() -> None:
    diff, _ = _changes("make the background the colour of the sky", "coldbrew")
    assert not any(key.endswith("overlay.color") for key in diff)


# --- where the ad runs, as a reason ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "since the ad is for Reels, put the cta text at the top",
            "linen",
            {"scenes[3].overlay.position": ("center", "top")},
        ),
        (
            "as it runs on TikTok, make the hook text bigger",
            "linen",
            {"scenes[0].overlay.fontSize": (62, 78)},
        ),
        (
            "because we post on YouTube, make the cta 5 seconds",
            "yogamat",
            {"scenes[3].durationSec": (4.0, 5.0), "durationSec": (18.0, 19.0)},
        ),
    ],
)
def test_where_the_ad_runs_as_a_reason(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


# --- a scene named as the example, the value it has, the value replaced --------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "make the problem text yellow like the showcase",
            "soda",
            {"scenes[1].overlay.color": ("#FFFFFF", "#FFFF00")},
        ),
        (
            "the hook text should be green like the cta",
            "soda",
            {"scenes[0].overlay.color": ("#FFFFFF", "#008000")},
        ),
        ("give the showcase text 80 like the hook", "soda", {"scenes[2].overlay.fontSize": (60, 80)}),
        ("make the problem text bigger like the hook's", "soda", {"scenes[1].overlay.fontSize": (56, 70)}),
    ],
)
def test_a_scene_named_as_the_example_is_no_target(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "the cta text is cyan, make the hook text cyan as well",
            "ebike",
            {"scenes[0].overlay.color": ("#FFFFFF", "#00FFFF")},
        ),
        (
            "I like the green on the cta, make the problem text green too",
            "soda",
            {"scenes[1].overlay.color": ("#FFFFFF", "#008000")},
        ),
        (
            "the hook text is 70, set the cta text to 70 too",
            "ebike",
            {"scenes[5].overlay.fontSize": (64, 70)},
        ),
    ],
)
def test_the_value_a_scene_has_is_the_measure(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_a_complaint_before_too_is_still_read() -> None:
    diff, _ = _changes("the cta text is too small, make the hook text bigger too", "coldbrew")
    assert set(diff) == {"scenes[0].overlay.fontSize", "scenes[2].overlay.fontSize"}


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "rather than gold, make the cta text white",
            "coldbrew",
            {"scenes[2].overlay.color": ("#F2A541", "#FFFFFF")},
        ),
        (
            "set the showcase text to black instead of white",
            "sneaker",
            {"scenes[1].overlay.color": ("#FFFFFF", "#000000")},
        ),
        (
            "make the hook 3 seconds instead of 4",
            "coldbrew",
            {"scenes[0].durationSec": (4.0, 3.0), "durationSec": (15.0, 14.0)},
        ),
        (
            "put the hook text at the bottom instead of the top",
            "sneaker",
            {"scenes[0].overlay.position": ("top", "bottom")},
        ),
    ],
)
def test_the_value_replaced_is_no_request(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_copy_instead_of_other_words_keeps_its_words() -> None:
    diff, _ = _changes("change the cta to Coffee instead of tea", "coldbrew")
    assert diff == {"scenes[2].overlay.text": ("Order today", "Coffee instead of tea")}


# --- a value tried out in a question is offered, never made ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("would 6 seconds be too long for the showcase?", "coldbrew"),
        ("is 2 seconds enough for the cta?", "skincare"),
        ("would 40% be ok for the music?", "sneaker"),
    ],
)
def test_a_value_tried_out_in_a_question_is_not_made(text: str, start: str) -> None:
    diff, _ = _changes(text, start)
    assert diff == {}


def test_a_question_asking_for_a_value_is_still_made() -> None:
    diff, _ = _changes("can the showcase be 6 seconds?", "coldbrew")
    assert diff == {"scenes[1].durationSec": (7.0, 6.0), "durationSec": (15.0, 14.0)}


# --- a scene's new length with the ad's total kept ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "make the cta 6 seconds without changing the total length",
            "coldbrew",
            {
                "scenes[2].durationSec": (4.0, 6.0),
                "scenes[0].durationSec": (4.0, 3.27),
                "scenes[1].durationSec": (7.0, 5.73),
            },
        ),
        (
            "cut the showcase to 4 s but keep the total the same",
            "skincare",
            {
                "scenes[1].durationSec": (6.0, 4.0),
                "scenes[0].durationSec": (3.0, 4.0),
                "scenes[2].durationSec": (3.0, 4.0),
            },
        ),
        (
            "make the hook 6 seconds and keep the ad at 16 s",
            "candle",
            {
                "scenes[0].durationSec": (3.0, 6.0),
                "scenes[1].durationSec": (5.0, 3.85),
                "scenes[2].durationSec": (5.0, 3.85),
                "scenes[3].durationSec": (3.0, 2.3),
            },
        ),
    ],
)
def test_a_scene_length_with_the_total_kept(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_a_new_total_said_with_keep_is_read_as_before() -> None:
    diff, _ = _changes("make the hook 6 seconds and keep the ad at 20 s", "candle")
    assert diff.get("durationSec", (None, None))[1] == 20.0


# --- the music's volume for one part of the ad ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "part"),
    [
        ("turn the music up in the showcase", "sneaker", "in the showcase"),
        ("quieter music for the cta please", "skincare", "for the cta"),
        ("the track should be softer at the beginning", "candle", "at the beginning"),
        ("bring the volume down when the social proof plays", "soda", "when the social proof plays"),
    ],
)
def test_the_music_for_one_part_is_offered_for_the_whole_ad(text: str, start: str, part: str) -> None:
    diff, turn = _changes(text, start)
    assert diff == {} and turn.question and part in turn.question and "whole ad" in turn.question
    assert turn.pending is not None and [op["operation"] for op in turn.pending.options[0].operations] == [
        "update_audio"
    ]


def test_the_music_for_the_whole_ad_is_made() -> None:
    diff, _ = _changes("turn the music up", "sneaker")
    assert set(diff) == {"audio.volume"}


# --- telegraphic lengths ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("scene 3 -> 6s", "sneaker", {"scenes[2].durationSec": (5.0, 6.0), "durationSec": (20.0, 21.0)}),
        ("scene 1 → 3 sec", "skincare", {}),
        (
            "hook 2s showcase 8s",
            "skincare",
            {
                "scenes[0].durationSec": (3.0, 2.0),
                "scenes[1].durationSec": (6.0, 8.0),
                "durationSec": (12.0, 13.0),
            },
        ),
        (
            "showcase: 5s, cta: 4s",
            "sneaker",
            {
                "scenes[1].durationSec": (6.0, 5.0),
                "scenes[3].durationSec": (5.0, 4.0),
                "durationSec": (20.0, 18.0),
            },
        ),
        (
            "hook 5 s / cta 6 s",
            "coldbrew",
            {
                "scenes[0].durationSec": (4.0, 5.0),
                "scenes[2].durationSec": (4.0, 6.0),
                "durationSec": (15.0, 18.0),
            },
        ),
    ],
)
def test_telegraphic_lengths_go_to_their_scenes(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


def test_a_length_change_by_arrow_is_still_read() -> None:
    diff, _ = _changes("📏 15s → 12s", "coldbrew")
    assert diff.get("durationSec") == (15.0, 12.0)


# --- a colour no longer wanted ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "named"),
    [
        ("the showcase text shouldn't be yellow anymore", "soda", "yellow"),
        ("the cta can't be pink any more", "headphones", "pink"),
        ("the hook text should not be navy anymore", "coldbrew", "navy"),
    ],
)
def test_a_colour_no_longer_wanted_asks_which_instead(text: str, start: str, named: str) -> None:
    diff, turn = _changes(text, start)
    assert diff == {} and turn.question and named in turn.question and "instead" in turn.question


def test_a_colour_no_longer_wanted_with_the_new_one_is_made() -> None:
    diff, _ = _changes("the cta text shouldn't be gold anymore, make it white", "coldbrew")
    assert diff == {"scenes[2].overlay.color": ("#F2A541", "#FFFFFF")}


# --- "all scenes except the cta should …" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "all scenes except the hook should have yellow text",
            "skincare",
            {
                "scenes[1].overlay.color": ("#3D2C2E", "#FFFF00"),
                "scenes[2].overlay.color": ("#B5838D", "#FFFF00"),
            },
        ),
        (
            "every scene but the showcase should have smaller text",
            "coldbrew",
            {"scenes[0].overlay.fontSize": (64, 51), "scenes[2].overlay.fontSize": (72, 58)},
        ),
        (
            "all the scenes apart from the cta need their text at the top",
            "bakery",
            {"scenes[1].overlay.position": ("bottom", "top")},
        ),
    ],
)
def test_the_scene_left_out_before_a_verb_is_left_out(
    text: str, start: str, expected: dict[str, Any]
) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected


# --- a look for part of a line ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "part"),
    [
        ("make the word 'soy' in the showcase bigger", "bakery", None),
        ("the words 'every detail' should be pink", "headphones", "every detail"),
        ("make 'Zero sugar' bigger", "soda", "Zero sugar"),
        ("the word 'calm' in the cta should be white", "yogamat", "calm"),
    ],
)
def test_a_look_for_part_of_a_line_is_offered_for_the_line(text: str, start: str, part: str | None) -> None:
    diff, turn = _changes(text, start)
    assert diff == {}
    if part is not None:
        assert turn.question and f"“{part}”" in turn.question and "whole line" in turn.question


def test_the_whole_line_quoted_is_its_look() -> None:
    diff, _ = _changes("make 'Grab a Zest' bigger", "soda")
    assert diff == {"scenes[4].overlay.fontSize": (76, 95)}


# --- the ad as it is, praised; "would look" is no style -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("you made the hook text white, I love it", "skincare"),
        ("you turned the music down, looks great", "coldbrew"),
        ("the showcase text at the bottom looks great", "sneaker"),
        ("the cta in green is perfect", "soda"),
    ],
)
def test_the_ad_as_it_is_praised_changes_nothing(text: str, start: str) -> None:
    diff, turn = _changes(text, start)
    assert diff == {} and not turn.operations


def test_praise_with_a_change_is_read() -> None:
    diff, _ = _changes("you made the hook too long, I don't like it", "coldbrew")
    assert set(diff) == {"scenes[0].durationSec", "durationSec"}


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            "the cta would look better in white",
            "coldbrew",
            {"scenes[2].overlay.color": ("#F2A541", "#FFFFFF")},
        ),
        ("the hook text could look bigger", "sneaker", {"scenes[0].overlay.fontSize": (72, 90)}),
        (
            "the showcase text would look better at the top",
            "sneaker",
            {"scenes[1].overlay.position": ("bottom", "top")},
        ),
    ],
)
def test_would_look_is_no_style(text: str, start: str, expected: dict[str, Any]) -> None:
    diff, _ = _changes(text, start)
    assert diff == expected
