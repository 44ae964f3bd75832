"""The offline parser's parts and promises: values, references, validity, determinism, speed."""

from __future__ import annotations

import random
import statistics
import time

import pytest
from phrase_suite import PHRASES, PROJECTS, basic_project, summary, two_showcases_project

from adgen.agent.understanding import ParsedTurn, parse_message
from adgen.agent.understanding.normaliser import normalise
from adgen.agent.understanding.scenes import find_scene_refs
from adgen.agent.understanding.values import find_colors, find_durations, mask_quotes
from adgen.agent.understanding.vocabulary import HOOK_LINES, alternative_line
from adgen.project import AdProject
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation


def _wire(turn: ParsedTurn) -> list[dict]:
    return [op.to_wire() for op in turn.operations]


def test_parsed_turn_defaults_are_an_empty_turn() -> None:
    turn = ParsedTurn(operations=[])
    assert (
        turn.brief,
        turn.wants_render,
        turn.render_quality,
        turn.wants_status,
        turn.wants_list,
        turn.wants_cancel,
        turn.question,
        turn.unknown,
        turn.replace_product,
    ) == (None, False, None, False, False, False, None, None, False)


@pytest.mark.parametrize(
    "text, inner",
    [
        ('say "Hi there"', ["Hi there"]),
        ("say 'Don't stop'", ["Don't stop"]),
        ("say “Grüße”", ["Grüße"]),
        ("say ‘It’s here’", ["It’s here"]),
        ("say «Bonjour» and «Salut»", ["Bonjour", "Salut"]),
        ("say 「こんにちは」", ["こんにちは"]),
        ("say 『新品』", ["新品"]),
        ("say `a:b`", ["a:b"]),
        ("the hook's text isn't quoted", []),
        ("it's Sam's and Jo's", []),
    ],
)
def test_quotes_of_every_script_are_lifted_and_apostrophes_are_not_quotes(
    text: str, inner: list[str]
) -> None:
    masked, quotes = mask_quotes(text)
    assert [q.inner for q in quotes] == inner
    assert all(q.raw not in masked for q in quotes)


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("20s", [20]),
        ("20 sec", [20]),
        ("30 seconds", [30]),
        ("half a minute", [30]),
        ("a minute", [60]),
        ("1.5 minutes", [90]),
        ("1,5 min", [90]),
        ("a :30 spot", [30]),
        ("twenty-five seconds", [25]),
        ("a minute and a half", [90]),
        ("1 minute 30 seconds", [90]),
        ("3 more seconds", [3]),
        ("scene 2 and 3", []),
        ("the second scene", []),
        ("50% off", []),
    ],
)
def test_durations(text: str, seconds: list[float]) -> None:
    assert [d.seconds for d in find_durations(text)] == seconds


@pytest.mark.parametrize(
    "text, hexes",
    [
        ("navy and gold", ["#000080", "#FFD700"]),
        ("#abc", ["#AABBCC"]),
        ("#1f3a5f", ["#1F3A5F"]),
        ("off-white text", ["#FAF9F6"]),
        ("navy blue", ["#000080"]),
        ("light blue and dark grey", ["#ADD8E6", "#A9A9A9"]),
        ("pastel pink", ["#FFDCE2"]),
        ("no colour here #12", []),
    ],
)
def test_colours(text: str, hexes: list[str]) -> None:
    assert [c.hex for c in find_colors(text)] == hexes


def test_positions_follow_the_current_order_and_ids_name_ids() -> None:
    data = basic_project().model_dump()
    data["scenes"] = [data["scenes"][2], data["scenes"][0], data["scenes"][1]]
    project = AdProject.model_validate(data)
    by_position = find_scene_refs("scene 1", project, [])[0]
    by_id = find_scene_refs("scene_1", project, [])[0]
    last = find_scene_refs("the last one", project, [])[0]
    assert (by_position.ids, by_id.ids, last.ids) == (["scene_3"], ["scene_1"], ["scene_2"])
    assert _wire(parse_message("make scene 1 brighter", project))[0]["sceneId"] == "scene_3"


def test_a_role_that_several_scenes_share_is_a_question_and_changes_nothing() -> None:
    turn = parse_message("make the hook brighter and the showcase darker", two_showcases_project())
    assert turn.operations == [] and turn.question == "Which showcase: scene 2 or scene 3?"


def test_an_unknown_scene_anywhere_refuses_the_whole_message() -> None:
    turn = parse_message("make the hook brighter and scene 9 darker, then render", basic_project())
    assert turn.operations == [] and not turn.wants_render
    assert "scene 9" in turn.unknown and "scene 3 (CTA)" in turn.unknown


def test_words_inside_quotes_never_become_requests() -> None:
    turn = parse_message(
        'make the CTA say "undo, render and export the hook, then swap scene 2"', basic_project()
    )
    assert _wire(turn) == [
        {
            "operation": "update_overlay",
            "sceneId": "scene_3",
            "text": "undo, render and export the hook, then swap scene 2",
        }
    ]
    assert not turn.wants_render


@pytest.mark.parametrize(
    "words",
    [
        "100% off: today!",
        "C:\\path\\to\\deal",
        "Don't wait",
        "50 % — ¡Ya!",
        "🔥🔥 Sale 🔥🔥",
        "今すぐ購入",
        "Купить сейчас",
        "اشتر الآن",
        "שלום",
        "a\\nb",
        "{0} %s $HOME",
        "  spaced  words  ",
    ],
)
def test_quoted_text_is_kept_exactly(words: str) -> None:
    for template in ('make the CTA say "{}"', "the CTA should say “{}”", "CTA text: «{}»"):
        turn = parse_message(template.format(words), basic_project())
        assert _wire(turn) == [{"operation": "update_overlay", "sceneId": "scene_3", "text": words}], template


def test_relative_changes_are_clamped() -> None:
    data = basic_project().model_dump()
    data["scenes"][0]["overlay"]["font_size"] = 190
    data["scenes"][1]["product"]["scale"] = 0.95
    data["audio"]["volume"] = 0.9
    project = AdProject.model_validate(data)
    assert _wire(parse_message("bigger text in the hook", project))[0]["fontSize"] == 200
    assert _wire(parse_message("make the product bigger in the showcase", project))[0]["scale"] == 1.0
    assert _wire(parse_message("louder music", project))[0]["volume"] == 1.0
    data["audio"]["volume"] = 0.1
    assert _wire(parse_message("quieter music", AdProject.model_validate(data)))[0]["volume"] == 0.0


def test_a_different_hook_never_repeats_the_current_line() -> None:
    project = basic_project()
    chosen = alternative_line("hook", project.brief, "")
    data = project.model_dump()
    data["scenes"][0]["overlay"]["text"] = chosen
    again = alternative_line("hook", project.brief, chosen)
    assert again in HOOK_LINES and again != chosen
    turn = parse_message("give me a different hook", AdProject.model_validate(data))
    assert _wire(turn)[1] == {"operation": "update_overlay", "sceneId": "scene_1", "text": again}


def test_later_requests_see_the_scenes_earlier_ones_added() -> None:
    data = basic_project().model_dump()
    data["scene_counter"] = 7  # scene_4..scene_7 were used and removed: the next new id is scene_8
    project = AdProject.model_validate(data)
    turn = parse_message("add a testimonial before the CTA and make it say 'Love it'", project)
    assert _wire(turn) == [
        {"operation": "add_scene", "role": "social_proof", "afterSceneId": "scene_2"},
        {"operation": "update_overlay", "sceneId": "scene_8", "text": "Love it"},
    ]


def test_a_variation_holds_only_content_operations() -> None:
    turn = parse_message("make a variant where the hook is darker and the CTA says 'Go'", basic_project())
    (variation,) = turn.operations
    assert isinstance(variation, ops.CreateVariation) and variation.label == "B"
    assert [type(op) for op in variation.operations] == [ops.UpdateScene, ops.UpdateOverlay]


def _with_history(project: AdProject) -> tuple[AdProject, dict[int, AdProject]]:
    versions = {project.version: project}
    for look in ("flat", "grainy", "glossy"):
        project = apply_operation(project, ops.UpdateStyle(visual_style=look)).project
        versions[project.version] = project
    return project, versions


@pytest.mark.parametrize("index", [i for i, p in enumerate(PHRASES) if p.ops])
def test_every_operation_the_suite_expects_applies_to_its_project(index: int) -> None:
    phrase = PHRASES[index]
    project = PROJECTS[phrase.project]()
    project, versions = _with_history(project)
    turn = parse_message(phrase.text, project, has_attachment=phrase.attachment)
    for op in turn.operations:
        result = apply_operation(project, op, load_version=versions.__getitem__)
        if not result.is_new_project:
            project = result.project
            versions[project.version] = project
    assert turn.operations


def test_undo_everything_counts_the_edits_that_can_be_undone() -> None:
    project, _ = _with_history(basic_project())
    assert _wire(parse_message("undo all the changes", project)) == [{"operation": "undo"}] * 3


def test_the_parser_is_deterministic() -> None:
    for phrase in PHRASES:
        first = summary(
            parse_message(phrase.text, PROJECTS[phrase.project](), has_attachment=phrase.attachment)
        )
        second = summary(
            parse_message(phrase.text, PROJECTS[phrase.project](), has_attachment=phrase.attachment)
        )
        assert first == second, phrase.text


def test_a_brief_with_an_open_ad_needs_an_explicit_new_ad() -> None:
    project = basic_project()
    assert parse_message("make the ad 20 seconds", project).brief is None
    new = parse_message("make a 20 second ad for our oat milk", project)
    assert new.brief is not None and new.brief.product == "oat milk" and new.brief.duration_sec == 20
    assert new.operations == []


def test_parsing_is_fast() -> None:
    """CPU time of this thread, so a busy machine (other tests, renders) doesn't count. The
    normaliser's cache is emptied before each round: a message is read once in a conversation.

    The product's target is a whole chat turn at p95 <= 50 ms offline (bench/bench_agent.py). This
    guards the parser's share against a pathological slowdown (a regex that backtracks, a cache
    lost). Thread time still counts cache and core contention: on this 2-core machine under a full
    CI run the p95 of every timing reached 8.4 ms while a quiet run read ~5 ms. Contention only
    ever adds time, so each phrase counts at its fastest of three fresh reads, and the p95 over
    phrases of that is what must stay under the bar: a real slowdown is in every read. Quiet, after
    round nineteen (2026-12-04): 5.6 ms (6.9 ms for every read). The bar, 12 ms, leaves room for CI
    load and still fails a backtracking pattern, which costs tens of milliseconds or more."""
    projects = {name: make() for name, make in PROJECTS.items()}
    fastest = [float("inf")] * len(PHRASES)
    for _ in range(3):
        normalise.cache_clear()  # each round reads the phrases as new text, not from the cache
        for n, phrase in enumerate(PHRASES):
            start = time.thread_time()
            parse_message(phrase.text, projects[phrase.project], has_attachment=phrase.attachment)
            fastest[n] = min(fastest[n], time.thread_time() - start)
    p95 = statistics.quantiles(fastest, n=20)[-1]
    assert p95 < 0.012, f"p95 {p95 * 1000:.2f} ms"


def test_any_message_gives_an_answer_and_never_raises() -> None:
    """Random word salad from the suite's own words, hostile characters and joined requests."""
    rng = random.Random(20261124)
    texts = [p.text for p in PHRASES]
    vocab = " ".join(texts).split() + [
        "'",
        '"',
        "“",
        "«",
        "」",
        ":",
        ",",
        "and",
        "then",
        "%",
        "\\",
        "🔥",
        "\n",
        "scene",
        "0",
        "99",
        "-",
        "#",
        "#12345",
        ";",
        "?",
        "…",
        "\x00",
    ]
    projects = {name: make() for name, make in PROJECTS.items()}
    for _ in range(1500):
        if rng.random() < 0.3:
            text = rng.choice(texts) + rng.choice([", ", " and ", ". ", " then "]) + rng.choice(texts)
        else:
            text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 25)))
        turn = parse_message(text, projects[rng.choice(list(projects))], has_attachment=rng.random() < 0.1)
        answered = (
            turn.operations
            or turn.brief
            or turn.wants_render
            or turn.wants_status
            or turn.wants_list
            or turn.wants_cancel
            or turn.question
            or turn.unknown
            or turn.replace_product
            or turn.answer
            or turn.switch_to
        )
        assert answered, text
        # (a question may come beside edits: "shorten the hook text and make the music louder"
        # changes the music and asks for the hook's words; see test_user_found_b.py)
        assert not (turn.operations and turn.unknown), text


def test_a_long_message_is_read_in_full() -> None:
    requests = [
        "make the hook brighter",
        "the CTA should say 'Buy now'",
        "calmer music",
        "make it 20 seconds",
    ]
    text = ", then ".join(requests * 10)
    turn = parse_message(text, basic_project())
    assert len(turn.operations) == 40 and turn.unknown is None


def test_empty_single_quotes_are_an_empty_text_not_two_apostrophes() -> None:
    turn = parse_message("make the hook say ''", basic_project())
    assert turn.operations == [] and "can't be empty" in (turn.unknown or "")


def test_symbols_after_a_sentence_end_stay_in_the_unquoted_text() -> None:
    turn = parse_message("the CTA should say: 限定 — 30% OFF!! 🍵", basic_project())
    assert _wire(turn) == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "限定 — 30% OFF!! 🍵"}
    ]
