"""Round twenty-three (lead): a new ad's on-screen words from what the brief says of the product.

A quality word the brief says of the ad's mood ("cozy vibe") or that is part of the product's or
the brand's name ("harbor light candles") is no claim about the product: put on screen alone
("Cozy.", "Light.") it reads as a mistake. A list of qualities before the product ("our smooth,
bold, creamy cold brew") is the showcase's claim and the product is what has them. A length
written after a name ("Ember Coffee 15s", "Vita 20 sec") is the ad's, never the name's.
"""

import pytest

from adgen.agent.understanding import parse_message
from adgen.pipeline.services.planner.local import LocalPlanner


def _plan(text: str):
    turn = parse_message(text, None)
    assert turn.brief is not None, text
    return turn.brief, LocalPlanner().plan(turn.brief, owner="u", seed=1)


def _texts(project) -> dict[str, str]:
    return {s.id: s.overlay.text for s in project.scenes if s.overlay is not None}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("15s ad for Ember Coffee, cozy vibe", "Cozy"),
        ("20 second ad for Tallow & Pine soap, fresh look", "Fresh"),
        ("an ad for Orbit headphones, smooth feel, 15s", "Smooth"),
    ],
)
def test_a_mood_word_is_no_claim_on_screen(text: str, word: str) -> None:
    _, project = _plan(text)
    showcase = next(s for s in project.scenes if s.role == "showcase")
    assert not showcase.overlay.text.startswith(word + "."), showcase.overlay.text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we need a 30 sec spot for harbor light candles", "Light"),
        ("ad for our fresh start planners, 20s", "Fresh"),
        ("15s ad for the Bold Bean coffee co", "Bold"),
    ],
)
def test_a_word_of_the_name_is_no_claim_on_screen(text: str, word: str) -> None:
    _, project = _plan(text)
    assert all(not t.startswith(word + ".") for t in _texts(project).values()), _texts(project)


@pytest.mark.parametrize(
    ("text", "product", "line"),
    [
        ("20s ad for our smooth, bold, creamy cold brew", "cold brew", "Smooth. Bold. Creamy."),
        ("ad for our organic, vegan protein bars, 15s", "protein bars", "Organic. Vegan."),
        ("an ad for our soft, cozy blankets", "blankets", "Soft. Cozy."),
        ("ad for our fast, gentle, quiet fan", "fan", "Fast. Gentle. Quiet."),
    ],
)
def test_listed_qualities_are_the_showcase_and_the_product_has_them(
    text: str, product: str, line: str
) -> None:
    brief, project = _plan(text)
    assert brief.product == product
    showcase = next(s for s in project.scenes if s.role == "showcase")
    assert showcase.overlay.text == line


@pytest.mark.parametrize(
    "text",
    [
        "15s ad for our smooth cold brew",
        "ad for our delicious oat cookies, 20s",
        "15 s ad for our waterproof jacket",
    ],
)
def test_one_quality_reads_as_a_slogan(text: str) -> None:
    brief, project = _plan(text)
    showcase = next(s for s in project.scenes if s.role == "showcase")
    # the quality is part of the product as written, so the line names the product
    assert brief.product and brief.product.lower() in showcase.overlay.text.lower()


@pytest.mark.parametrize(
    ("text", "brand", "duration"),
    [
        ("ad for Ember Coffee 15s cozy", "Ember Coffee", 15),
        ("make an ad for Vita 20 sec", "Vita", 20),
        ("make an ad for Vita, 20 sec", "Vita", 20),
        ("new promo for Lakeside Yoga 30 seconds calm", "Lakeside Yoga", 30),
    ],
)
def test_a_length_after_a_name_is_the_ads(text: str, brand: str, duration: int) -> None:
    brief, project = _plan(text)
    assert brief.brand_name == brand and brief.duration_sec == duration
    assert brief.product is None or "make" not in brief.product.lower()
    hook = project.scenes[0].overlay.text
    assert "sec" not in hook.lower() and not any(ch.isdigit() for ch in hook), hook


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("15s ad for our cold brew, it's really smooth", "Smooth, every time"),
        ("ad for our granola, 20s, it's crunchy and healthy", "Healthy, every time"),
        ("an ad for our sneakers, super comfortable, 15 s", "Comfortable, every time"),
    ],
)
def test_a_single_claim_reads_as_a_slogan_not_a_fragment(text: str, line: str) -> None:
    _, project = _plan(text)
    showcase = next(s for s in project.scenes if s.role == "showcase")
    assert showcase.overlay.text == line


# --- versions by their place, edits "on the other version", "and on A too" (dev16) -------------

from phrase_suite import basic_project  # noqa: E402

from adgen.agent.conversation_state import ConversationState  # noqa: E402
from adgen.agent.understanding.clause import simulate  # noqa: E402
from adgen.agent.understanding.memory import remember_before  # noqa: E402
from adgen.agent.understanding.switching import VariantFamily  # noqa: E402
from adgen.tools import operations as ops  # noqa: E402


def _family(n_variants: int):
    original = basic_project()
    projects = {original.project_id: original}
    variants = []
    for label in "BCD"[:n_variants]:
        copy = original.model_copy(deep=True)
        copy.project_id = f"p_sample1_{label.lower()}"
        projects[copy.project_id] = copy
        variants.append((label, copy.project_id))
    family = VariantFamily(original.project_id, variants, load=projects.get)
    return original, family


@pytest.mark.parametrize(
    ("text", "n", "label"),
    [
        ("switch to the 3rd one", 2, "C"),
        ("let's use the third version", 2, "C"),
        ("go with the second version", 2, "B"),
        ("switch to the 2nd one", 1, "B"),
    ],
)
def test_a_version_by_its_place_in_the_family(text: str, n: int, label: str) -> None:
    original, family = _family(n)
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == dict(family.variants)[label] and not turn.operations, turn


def test_a_place_past_the_last_version_is_refused_by_name() -> None:
    original, family = _family(2)
    turn = parse_message("switch to the 4th version", original, family=lambda: family)
    assert turn.switch_to is None and not turn.operations
    assert "no 4th version" in turn.unknown and "C (p_sample1_c)" in turn.unknown


@pytest.mark.parametrize("text", ["drop the third one", "remove the 3rd one", "get rid of the third one"])
def test_a_place_with_no_versions_is_a_scene(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert turn.switch_to is None
    assert [op.to_wire() for op in turn.operations] == [{"operation": "remove_scene", "sceneId": "scene_3"}]


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("make the cta white on the other version", {"sceneId": "scene_3", "color": "#FFFFFF"}),
        ("the cta should say Shop now on the other one", {"sceneId": "scene_3", "text": "Shop now"}),
        ("make the hook 5 seconds on the other cut please", {"sceneId": "scene_1", "durationSec": 5.0}),
    ],
)
def test_an_edit_on_the_other_version_said_last_goes_there(text: str, wire: dict) -> None:
    original, family = _family(1)
    turn = parse_message(text, original, family=lambda: family)
    assert turn.switch_to == "p_sample1_b"
    [op] = [op.to_wire() for op in turn.operations]
    assert {k: op[k] for k in wire} == wire and set(op) == {"operation", *wire}


def test_the_other_version_among_three_is_asked() -> None:
    original, family = _family(2)
    turn = parse_message("make the cta white on the other version", original, family=lambda: family)
    assert not turn.operations and turn.switch_to is None
    # (asked, and the edit kept for the answer: "C", "both of them"; test_miss40)
    assert turn.question and "B or C" in turn.question and turn.pending is not None


def _after_on(project, text: str, family) -> tuple[ConversationState, list[dict]]:
    turn = parse_message(text, project, family=lambda: family)
    target = family.project(turn.switch_to) if turn.switch_to else project
    wire = [op.to_wire() for op in turn.operations]
    assert wire and simulate(target, turn.operations)[1] is None
    state = ConversationState(
        project_id=target.project_id,
        scene_ids=list(turn.scene_ids or []),
        topic=turn.topic,
        last_operations=[remember_before(op, target) for op in wire],
        last_request=text,
    )
    return state, wire


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("on B, make the hook orange", "and on A too"),
        ("on B make the cta say Shop now", "A as well please"),
        ("on B make the hook 5 seconds", "also the original too"),
    ],
)
def test_the_last_change_again_on_another_version(first: str, again: str) -> None:
    original, family = _family(1)
    state, made = _after_on(original, first, family)
    variant = family.project("p_sample1_b")
    turn = parse_message(again, variant, state=state, family=lambda: family)
    assert turn.switch_to == original.project_id
    assert [op.to_wire() for op in turn.operations] == made


# --- "put back what it said before" is an undo ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hmm no, put back what it said before",
        "bring back how it looked",
        "no, put back how it sounded before",
    ],
)
def test_putting_back_what_it_was_undoes(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "undo"}], turn


# --- answers to "which showcase?" ---------------------------------------------------------------


def _two_showcases():
    project = basic_project()
    changed, error = simulate(project, [ops.AddScene(role="showcase", after_scene_id="scene_2")])
    assert error is None
    return changed


def _asked(text: str, project):
    turn = parse_message(text, project)
    assert turn.question and turn.pending is not None and not turn.operations, turn
    return ConversationState(project_id=project.project_id, pending=turn.pending)


@pytest.mark.parametrize("reply", ["whatever you think", "you choose", "up to you really", "either is fine"])
def test_the_choice_left_to_us_takes_the_first_scene_offered(reply: str) -> None:
    project = _two_showcases()
    state = _asked("change the showcase text to 'Made in small batches'", project)
    turn = parse_message(reply, project, state=state)
    assert [op.to_wire() for op in turn.operations] == [
        {"operation": "update_overlay", "sceneId": "scene_2", "text": "Made in small batches"}
    ]


@pytest.mark.parametrize("reply", ["whatever, make it red", "anything bold"])
def test_a_reply_that_asks_more_is_no_choice_left_to_us(reply: str) -> None:
    project = _two_showcases()
    state = _asked("change the showcase text to 'Made in small batches'", project)
    turn = parse_message(reply, project, state=state)
    assert not any(op.to_wire().get("text") == "Made in small batches" for op in turn.operations)


@pytest.mark.parametrize(
    ("reply", "scene"),
    [
        ("the second one, scene 4", None),
        ("scene 2 - the first one", "scene_2"),
        ("the second one, i mean scene 3", "scene_4"),
    ],
)
def test_a_scene_named_twice_in_the_answer(reply: str, scene: str | None) -> None:
    project = _two_showcases()
    state = _asked("make the showcase text red", project)
    turn = parse_message(reply, project, state=state)
    wire = [op.to_wire() for op in turn.operations]
    # (the added showcase is the third scene, its id scene_4)
    if scene is None:  # the two names disagree: nothing is changed
        assert not wire
    else:
        assert wire == [{"operation": "update_overlay", "sceneId": scene, "color": "#FF0000"}]


# --- a copy of the film, and what a variant is for ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "A friend suggested I try a copy of the film where the cta says 'Light one tonight', so I can show "
            "both to my regulars and see which they like.",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Light one tonight"},
        ),
        (
            "make a copy of the video with the hook 5 seconds so we can test them",
            {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 5.0},
        ),
        (
            "make a variant with the cta 5 seconds to see which works better",
            {"operation": "update_scene", "sceneId": "scene_3", "durationSec": 5.0},
        ),
        (
            "try a copy where the cta says 'Shop the drop', so my boss can pick",
            {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop the drop"},
        ),
    ],
)
def test_a_copy_is_a_variant_and_its_purpose_no_difference(text: str, inner: dict) -> None:
    [op] = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert op["operation"] == "create_variation" and op["operations"] == [inner], op


@pytest.mark.parametrize("text", ["which one works better?", "what do you think, which version looks better"])
def test_which_works_better_asked_outright_is_still_answered(text: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and "A/B test" in (turn.unknown or turn.answer or "")


# --- a question at a time, and how the voice speaks (sit39) ------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what does it say at 0:10?", "Scene 2 (showcase): “Smooth. Bold. 100% arabica”"),
        ("what does the text say at the 10 second mark", "Scene 2 (showcase): “Smooth. Bold. 100% arabica”"),
        ("what's the text at 0:02?", "Scene 1 (hook): “Wake up to cold brew”"),
    ],
)
def test_a_question_at_a_time_is_about_the_scene_playing_then(text: str, said: str) -> None:
    turn = parse_message(text, basic_project())
    assert not turn.operations and turn.answer == said, turn


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("the voice should speak slower please", 0.85),
        ("the voiceover should speak faster pls", 1.15),
        ("the narrator should speak a bit slower", None),
    ],
)
def test_how_the_voice_speaks_is_no_line(text: str, rate: float | None) -> None:
    wire = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert not any(op.get("operation") == "update_voiceover" for op in wire), wire
    if rate is not None:
        assert wire == [{"operation": "update_voice", "enabled": True, "rate": rate}]


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("hook: 'Wake up to cold'", "scene_1", "Wake up to cold"),
        ("scene 2: 'Smooth. Bold.'", "scene_2", "Smooth. Bold."),
        ("cta: 'Order'", "scene_3", "Order"),
    ],
)
def test_words_after_a_label_are_kept_even_when_a_scene_says_them(text: str, scene: str, words: str) -> None:
    # (each quote is part of a scene's words now: "the" was put before it, and became part of the copy)
    wire = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert wire == [{"operation": "update_overlay", "sceneId": scene, "text": words}], wire


@pytest.mark.parametrize(
    ("text", "scene", "seconds"),
    [
        ("the showcase feels slow, cut it to 5 s", "scene_2", 5.0),
        ("the showcase drags, trim it down to 6 seconds", "scene_2", 6.0),
        ("the hook is too slow, cut it to 3 s please", "scene_1", 3.0),
    ],
)
def test_cut_it_to_after_a_scenes_length_is_that_scenes(text: str, scene: str, seconds: float) -> None:
    # (the second clause set the whole ad to 5 s besides shortening the scene: d16a found it)
    wire = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert wire == [{"operation": "update_scene", "sceneId": scene, "durationSec": seconds}], wire


@pytest.mark.parametrize("text", ["cut it to 10 s", "make the showcase red, cut it to 10 s"])
def test_cut_it_to_with_no_length_spoken_of_is_the_ads(text: str) -> None:
    wire = [op.to_wire() for op in parse_message(text, basic_project()).operations]
    assert wire[-1] == {"operation": "set_duration", "durationSec": 10.0}, wire
