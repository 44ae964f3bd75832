"""Round thirty, share d (dev21's variants, follow-ups and refusals), as classes in other words:

- The agent's reply pasted back ("> Changed the text of scene 1 …") with the request under it:
  the quoted reply was read as a request too (a second variant made from "Made variant B: …");
  now only the words under it are read. A quoted question answered by a bare value ("> How long
  should the hook be?" / "5 seconds") sets that value on the part asked about. A client's note
  quoted the same way is read as before.
- "scrap that", "ditch it", "bin that" right after an edit removed the scene the edit touched (a
  wrong edit): now they take the last message back, as "scratch that" does.
- A variant's request that then names the original ("A stays as the Tuesday cut", "A remains our
  launch edit"): "cut" removed a scene of the variant (a wrong edit); the original's name is no
  part of the difference.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import held_out_run
import pytest

from adgen.agent.understanding.pasted_replies import unquoted_reply

_verdict = partial(held_out_run.verdict, starts="dev3", case_id="r30d")
_understood = held_out_run.assert_understood


# --- 1. the agent's reply pasted back, the request under it -------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expect"),
    [
        (
            "the hook should say 'Run further'",
            "> Changed the text of scene 1 (hook, scene_1): text “Run further” (now v2).\n"
            "make that 'Run further, faster'",
            {"start": {"scenes[role=hook].overlay.text": {"text": "Run further, faster"}}},
        ),
        (
            "the cta should say 'Grab a pair'",
            "> Changed the text of scene 3 (cta): text “Grab a pair”.\nno, change it to 'Grab yours today'",
            {"start": {"scenes[role=cta].overlay.text": {"text": "Grab yours today"}}},
        ),
        (
            "make a B version that ends on 'Grab a pair'",
            "> Made variant B: the end card says 'Grab a pair'.\nchange B's to 'Grab a pair now'",
            {
                "created": [
                    {
                        "kind": "variant",
                        "changes": {"scenes[role=cta].overlay.text": {"text": "Grab a pair now"}},
                    }
                ]
            },
        ),
    ],
)
def test_a_pasted_reply_is_no_request_the_words_under_it_are(first: str, second: str, expect: dict) -> None:
    result = _verdict("sneaker", (first, second), expect)
    _understood(result)
    assert not any(op.get("operation") == "create_variation" for op in result.outcome.turns[-1].operations)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("> How long should the end card be?\n3 seconds", "make the end card 3 seconds"),
        ("> How long should the hook be?\nabout 5s", "make the hook 5 seconds"),
        ("> what length do you want scene 2 to be?\n4", "make scene 2 4 seconds"),
        ("> What should the hook say?\n'Lace up'", "the hook should say 'Lace up'"),
    ],
)
def test_a_quoted_question_answered_by_a_bare_value(text: str, read: str) -> None:
    assert unquoted_reply(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "> can we make the hook text bigger\nthat's what the client said",
        "> Made variant B\n> Changed the hook",  # only quotes: as it is
        "make the music calmer",
    ],
)
def test_a_client_note_quoted_or_a_plain_message_is_read_as_before(text: str) -> None:
    assert unquoted_reply(text) == text


def test_the_quoted_question_sets_the_length_asked_about() -> None:
    result = _verdict(
        "sneaker",
        ("make the end card shorter", "> How long should the end card be?\n2 seconds"),
        {"start": {"scenes[role=cta].durationSec": 2, "durationSec": "optional"}},
    )
    _understood(result)


# --- 2. "scrap that" takes the last message back --------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the hook should say 'Run further'", "scrap that"),
        ("make the cta text red", "actually ditch that"),
        ("make the music calmer", "hmm, bin it"),
        ("the showcase should say 'Light as air'", "nah scrap that, undo"),
    ],
)
def test_scrap_that_after_an_edit_is_an_undo(first: str, second: str) -> None:
    result = _verdict("sneaker", (first, second), {"start": "same_content"})
    _understood(result)
    assert all(op.get("operation") == "undo" for op in result.outcome.turns[-1].operations)


def test_scrap_that_after_a_new_version_leaves_it_as_the_original() -> None:
    result = _verdict(
        "sneaker",
        ("make a version B with the hook 'Run further'", "actually scrap that"),
        {"created": "any", "active_content": "start"},
    )
    _understood(result)


def test_ditch_it_then_a_new_request() -> None:
    result = _verdict(
        "sneaker",
        ("the hook should say 'Run further'", "ditch it. make the cta say 'Run further'"),
        {"start": {"scenes[role=cta].overlay.text": {"text": "Run further"}}},
    )
    _understood(result)


# --- 3. the original named after a variant's difference ----------------------------------------


@pytest.mark.parametrize(
    ("text", "role", "words"),
    [
        (
            "make a B version with the end card 'Two pairs for $99'. A stays as the Monday cut",
            "cta",
            "Two pairs for $99",
        ),
        (
            "make a B version with the hook 'Built for mud', A remains our launch edit",
            "hook",
            "Built for mud",
        ),
        (
            "version B with the hook 'Built for mud'. the original is the cut we showed the client",
            "hook",
            "Built for mud",
        ),
        ("a B version with the cta 'Free returns'. A will stay as the friday version", "cta", "Free returns"),
    ],
)
def test_naming_the_original_after_a_variant_removes_nothing(text: str, role: str, words: str) -> None:
    result = _verdict(
        "sneaker",
        (text,),
        {"created": [{"kind": "variant", "changes": {f"scenes[role={role}].overlay.text": {"text": words}}}]},
    )
    _understood(result)
    made = result.outcome.turns[-1].operations[0]["operations"]
    assert all(op["operation"] == "update_overlay" for op in made), made


# --- 4. an offer or a statistic named by its kind ------------------------------------------------


def _changed_paths(text: str, project: Any) -> dict[str, tuple[Any, Any]]:
    from parse_helpers import content

    from adgen.agent.understanding import parse_message
    from adgen.agent.understanding.clause import simulate

    turn = parse_message(text, project)
    assert not turn.question and not turn.unknown, (text, turn.question, turn.unknown)
    changed, error = simulate(project, turn.operations)
    assert error is None, error
    before, now = content(project), content(changed)
    out: dict[str, tuple[Any, Any]] = {}
    for n, (a, b) in enumerate(zip(before["scenes"], now["scenes"], strict=True), start=1):
        for key in set(a["overlay"]) | set(b["overlay"]):
            if a["overlay"].get(key) != b["overlay"].get(key):
                out[f"scene_{n}.overlay.{key}"] = (a["overlay"].get(key), b["overlay"].get(key))
        if {k: v for k, v in a.items() if k != "overlay"} != {k: v for k, v in b.items() if k != "overlay"}:
            out[f"scene_{n}"] = ("other", "changed")
    if {k: v for k, v in before.items() if k != "scenes"} != {k: v for k, v in now.items() if k != "scenes"}:
        out["ad"] = ("other", "changed")
    return out


def _offer_ad() -> Any:
    from parse_helpers import basic_with

    return basic_with(
        scene_1__overlay__text="Spring is here",
        scene_2__overlay__text="1 in 3 runners skip warm-ups",
        scene_3__overlay__text="15% off with code SPRING15",
    )


@pytest.mark.parametrize(
    ("text", "scene", "grows"),
    [
        ("coupon text bigger", 3, True),
        ("make the promo code larger", 3, True),
        ("the discount line is huge, smaller", 3, False),
        ("make the stat smaller", 2, False),
        ("the statistic text bigger please", 2, True),
    ],
)
def test_an_offer_or_a_stat_is_the_text_that_shows_it(text: str, scene: int, grows: bool) -> None:
    changed = _changed_paths(text, _offer_ad())
    assert list(changed) == [f"scene_{scene}.overlay.fontSize"], (text, changed)
    old, new = changed[f"scene_{scene}.overlay.fontSize"]
    assert (new > old) is grows, (text, old, new)


# --- 5. "a B for <audience>": a version --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "role", "words"),
    [
        ("a B for the night owls please, ending on 'Open till 2am'", "B", "cta", "Open till 2am"),
        ("make a C for our students with the hook 'Study break?'", "C", "hook", "Study break?"),
        ("a B for parents - hook 'School run fuel'", "B", "hook", "School run fuel"),
    ],
)
def test_a_letter_for_an_audience_is_a_version(text: str, label: str, role: str, words: str) -> None:
    result = _verdict(
        "sneaker",
        (text,),
        {"created": [{"kind": "variant", "changes": {f"scenes[role={role}].overlay.text": {"text": words}}}]},
    )
    _understood(result)
    assert result.outcome.turns[-1].operations[0]["label"] == label


# --- 6. a sound effect refused, the idea dropped, "bump the music" -----------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("play a doorbell chime when the shoe appears", "ok forget the chime, just bump the music a bit"),
        ("add an air horn at the start", "never mind the air horn, bump the volume a touch"),
        ("add a ka-ching when the price shows", "fine, no need for the ka-ching then. music a little louder"),
    ],
)
def test_a_sound_refused_then_the_idea_dropped_for_the_music(first: str, second: str) -> None:
    result = _verdict("sneaker", (first, second), {"start": {"audio.volume": {"grow": "bit"}}})
    _understood(result)
    assert "sound effects" in result.outcome.turns[0].reply
    assert not result.outcome.turns[0].operations


@pytest.mark.parametrize(
    ("first", "second", "expect"),
    [
        (
            "make the cta yellow",
            "never mind that, make it red",
            {"start": {"scenes[role=cta].overlay.color": "#FF0000"}},
        ),
        ("make the music calmer", "forget the hook, just make the cta text bigger", None),
    ],
)
def test_dropping_an_idea_keeps_the_request_after_it(first: str, second: str, expect: dict | None) -> None:
    result = _verdict("sneaker", (first, second), expect or {})
    if expect is not None:
        _understood(result)
    ops_ = result.outcome.turns[-1].operations
    assert ops_ and not any(op.get("operation") == "remove_scene" for op in ops_), ops_


# --- 7. a word in several texts, the new words a near copy of one --------------------------------


def _flask_ad() -> Any:
    from parse_helpers import basic_with

    return basic_with(
        scene_1__overlay__text="Meet the flask everyone asks about",
        scene_2__overlay__text="The Trail Flask · steel · 500 ml",
    )


@pytest.mark.parametrize(
    "text",
    [
        "flask text 'The Trail Flask · copper · 500 ml'",
        "the flask text should say 'The Trail Flask · matte black · 500 ml'",
        "flask line: 'The Trail Flask · steel · 750 ml'",
    ],
)
def test_the_new_words_rewrite_the_text_they_nearly_copy(text: str) -> None:
    from parse_helpers import only

    project = _flask_ad()
    words = text.split("'")[1]
    only(text, project, scene_2__overlay__text=words)


@pytest.mark.parametrize("text", ["flask text 'Grab one today'", "flask text 'The Flask'"])
def test_new_words_like_neither_text_are_asked_about(text: str) -> None:
    from adgen.agent.understanding import parse_message

    turn = parse_message(text, _flask_ad())
    assert turn.question and not turn.operations, (text, turn.operations)
