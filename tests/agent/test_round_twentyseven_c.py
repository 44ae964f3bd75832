"""Round twenty-seven c (2026-12-05): the last misses of dev19, then the same kinds of request in
French, Polish, Turkish, Japanese, Hindi, Greek and Thai.

1. "The last / first text" named by its place in those languages ("最後のテキスト", "το τελικό
   κείμενο", "ข้อความตอนจบ", "आखिरी टेक्स्ट", "son yazı", "ostatni tekst") is that scene's text: quoted
   copy went to a "which scene?" question, a size to every scene.
2. The follow-ups alone: "a bit more" ("biraz daha", "λίγο ακόμα", "อีกนิด", "थोड़ा और"), "and a bit
   bigger too" ("et un poil plus grand, aussi", "ใหญ่ขึ้นด้วย", "और थोड़ा बड़ा भी") and "the same for
   the last one" ("pareil pour la fin", "το ίδιο για την τελευταία", "to samo dla ostatniej",
   "aynısını son sahneye de yap") repeat the last change (they were the help text).
3. Hindi "2 सेकंड छोटा" is shorter by 2 s and nothing else (the text was made smaller too: a wrong
   edit); a Greek or Hindi scene's *text* "πιο μεγάλο" / "छोटा" is the text's size, not the scene's
   length. Japanese "フック" is the hook (the ad was refused as 2 s long); purple in every script.
4. A hedged whole-ad "warmer" / "cooler" ("maybe a touch warmer overall? not sure") asks: the
   lighting, the palette, or both (it set the lighting).
5. "the longest you can do" after a refused length: the longest an ad can be, each scene given its
   share up to 30 s (it asked about the scenes scaled together, which stop sooner).
6. "make it white, like the first one": the first one is the example, the scene "it" means is
   changed (the first scene was the target).
7. Praise that names a scene ("the social proof scene is my favourite") is what "it" means next.

Every phrasing below is in my own words, and checks the whole resulting document."""

from __future__ import annotations

from typing import Any

import pytest
from parse_helpers import after, content, only
from phrase_suite import basic_project

from adgen.agent.conversation_state import ConversationState
from adgen.agent.understanding import parse_message
from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# basic_project: 15 s; hook 4 s (64, white), showcase 7 s (56, white), cta 4 s (72, #F2A541);
# music 0.8; palette #1F3A5F, #F2A541; lighting bright; three scenes.


def told(first: str, project: AdProject) -> ConversationState:
    """The conversation's memory after ``first`` changed nothing (a question, praise)."""
    turn = parse_message(first, project)
    assert not turn.operations, (first, turn.operations)
    return ConversationState(
        project_id=project.project_id,
        scene_ids=list(turn.scene_ids or []),
        topic=turn.topic,
        last_request=first,
    )


def then(first: str, second: str, **changes: Any) -> None:
    """``first`` applied to basic_project; ``second`` then makes exactly ``changes``."""
    project, state = after(first, basic_project())
    only(second, project, state, **changes)


# --- 1. the last / first text by its place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scene", "words"),
    [
        ("最後のテキストを「今すぐ予約」に変えて", 3, "今すぐ予約"),
        ("ラストのテキストを「今すぐ」に変えて", 3, "今すぐ"),
        ("最初のテキストを「おはよう」に変えて", 1, "おはよう"),
        ("άλλαξε το τελικό κείμενο σε «Παράγγειλε»", 3, "Παράγγειλε"),
        ("άλλαξε το τελευταίο κείμενο σε «Τώρα»", 3, "Τώρα"),
        ("άλλαξε το πρώτο κείμενο σε «Καλημέρα»", 1, "Καλημέρα"),
        ("เปลี่ยนข้อความตอนจบเป็น 'สั่งเลย'", 3, "สั่งเลย"),
        ("เปลี่ยนข้อความตอนท้ายเป็น 'ซื้อเลย'", 3, "ซื้อเลย"),
        ("เปลี่ยนข้อความตอนต้นเป็น 'สวัสดี'", 1, "สวัสดี"),
        ("आखिरी टेक्स्ट को 'अभी खरीदें' करो", 3, "अभी खरीदें"),
        ("पहला टेक्स्ट को 'नमस्ते' करो", 1, "नमस्ते"),
        ("son yazıyı 'Hemen al' yap", 3, "Hemen al"),
        ("ilk yazıyı 'Merhaba' yap", 1, "Merhaba"),
        ("zmień ostatni tekst na „Zadzwoń”", 3, "Zadzwoń"),
        ("zmień pierwszy tekst na „Cześć”", 1, "Cześć"),
    ],
)
def test_the_last_or_first_text_by_its_place_gets_the_copy(text: str, scene: int, words: str) -> None:
    only(text, **{f"scene_{scene}__overlay__text": words})


@pytest.mark.parametrize(
    "text",
    ["最後の文字を大きくして", "κάνε το τελικό κείμενο πιο μεγάλο", "κάνε το τελευταίο κείμενο μεγαλύτερο"],
)
def test_the_last_text_bigger_is_that_text_alone(text: str) -> None:
    only(text, scene_3__overlay__fontSize=90)


# --- 2. follow-ups alone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "volume"),
    [
        ("müziği biraz kıs", "biraz daha", 0.65),
        ("κάνε τη μουσική πιο σιγανή", "λίγο ακόμα", 0.5),
        ("ทำให้เพลงเบาลงหน่อย", "อีกนิด", 0.65),
        ("संगीत थोड़ा धीमा करो", "थोड़ा और", 0.65),
    ],
)
def test_a_bit_more_alone_repeats_the_music_change(first: str, second: str, volume: float) -> None:
    then(first, second, audio__volume=volume)


@pytest.mark.parametrize(
    ("first", "second", "size"),
    [
        ("mets le texte de la fin en blanc", "et un poil plus grand, aussi", 83),
        ("mets le texte de la fin en blanc", "un chouïa plus grand", 83),
        ("ข้อความฉากสุดท้ายสีขาว", "ใหญ่ขึ้นด้วย", 90),
        ("आखिरी सीन का टेक्स्ट सफ़ेद करो", "और थोड़ा बड़ा भी", 83),
    ],
)
def test_and_bigger_too_is_the_same_text(first: str, second: str, size: int) -> None:
    then(first, second, scene_3__overlay__fontSize=size)


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        ("mets le texte du début en jaune", "pareil pour la fin", {"scene_3__overlay__color": "#FFFF00"}),
        (
            "κάνε το κείμενο της πρώτης σκηνής κίτρινο",
            "το ίδιο για την τελευταία",
            {"scene_3__overlay__color": "#FFFF00"},
        ),
        ("tekst w pierwszej scenie większy", "to samo dla ostatniej", {"scene_3__overlay__fontSize": 90}),
        ("ilk sahnedeki yazıyı büyüt", "aynısını son sahneye de yap", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_the_same_for_the_last_one(first: str, second: str, changes: dict[str, Any]) -> None:
    then(first, second, **changes)


# --- 3. lengths, the hook, purple --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("पहला सीन 2 सेकंड छोटा करो", {"scene_1__durationSec": 2.0, "durationSec": 13.0}),
        ("दूसरा सीन 2 सेकंड छोटा करो", {"scene_2__durationSec": 5.0, "durationSec": 13.0}),
        ("आखिरी सीन 1 सेकंड लंबा करो", {"scene_3__durationSec": 5.0, "durationSec": 16.0}),
        ("フックを2秒にしてください", {"scene_1__durationSec": 2.0, "durationSec": 13.0}),
        ("フックを5秒にして", {"scene_1__durationSec": 5.0, "durationSec": 16.0}),
    ],
)
def test_a_scene_by_seconds_changes_its_length_alone(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_a_scenes_text_smaller_in_hindi_is_the_text() -> None:
    only("आखिरी सीन का टेक्स्ट छोटा करो", scene_3__overlay__fontSize=58)


@pytest.mark.parametrize(
    "text", ["テキストを紫にして", "κάνε το κείμενο μωβ", "ทำให้ข้อความเป็นสีม่วง", "टेक्स्ट बैंगनी करो"]
)
def test_purple_in_every_script(text: str) -> None:
    only(text, **{f"scene_{n}__overlay__color": "#800080" for n in (1, 2, 3)})


# --- 4. a hedged warmer or cooler ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("maybe a touch warmer overall? not sure", "warm"),
        ("perhaps a bit cooler?", "cool"),
        ("hmm, slightly warmer?", "warm"),
        ("possibly a tad warmer, not sure", "warm"),
    ],
)
def test_a_hedged_warmer_asks_lighting_or_palette(text: str, word: str) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    assert not turn.operations and turn.question and turn.pending is not None, (text, turn.unknown)
    for named in ("unsure", f"{word} lighting", "palette", "both"):
        assert named in turn.question, (text, turn.question)


@pytest.mark.parametrize(
    ("text", "answer", "changes"),
    [
        ("maybe a touch warmer overall? not sure", "the colours", {"style__palette": ["#473A37", "#FFA519"]}),
        ("maybe a touch warmer overall? not sure", "lighting", {"style__lighting": "warm"}),
        (
            "perhaps a bit cooler?",
            "both",
            {"style__lighting": "cool", "style__palette": ["#003A87", "#CAA569"]},
        ),
    ],
)
def test_the_answer_picks_lighting_palette_or_both(text: str, answer: str, changes: dict[str, Any]) -> None:
    project = basic_project()
    turn = parse_message(text, project)
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    only(answer, project, state, **changes)


@pytest.mark.parametrize("text", ["make it warmer", "warmer lighting please"])
def test_a_plain_warmer_is_still_the_lighting(text: str) -> None:
    only(text, style__lighting="warm")


# --- 5. the longest you can do ------------------------------------------------------------------------


def refused_then(first: str, second: str, project: AdProject) -> AdProject:
    turn = parse_message(first, project)
    assert not turn.operations and turn.pending is not None, (first, turn.unknown)
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    answer = parse_message(second, project, state=state)
    assert not answer.question and not answer.unknown, (second, answer.question, answer.unknown)
    changed, error = simulate(project, answer.operations)
    assert error is None
    return changed


def four() -> AdProject:
    """basic_project with a social proof scene (3 s) before the cta: four scenes, 18 s."""
    doc = basic_project().model_dump(by_alias=True)
    doc["scenes"].insert(2, dict(doc["scenes"][1], id="scene_4", role="social_proof", durationSec=3.0))
    doc["durationSec"] = 18.0
    return AdProject.model_validate(doc)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("make it 4 minutes", "fine, then the longest you can do"),
        ("make it 3 minutes, it's for tv", "ok max it then"),
        ("make the ad 300 seconds", "as long as it can go then"),
    ],
)
def test_the_longest_is_every_scene_at_its_share(first: str, second: str) -> None:
    project = four()
    changed = refused_then(first, second, project)
    expected = content(project)
    for scene in expected["scenes"]:
        scene["durationSec"] = 30.0  # four scenes: 30 s each is the 120 s an ad can be
    expected["durationSec"] = 120.0
    assert content(changed) == expected


@pytest.mark.parametrize("second", ["fine, then the longest you can do", "ok then the max"])
def test_three_scenes_still_ask_about_the_most_they_can_be(second: str) -> None:
    project = basic_project()
    turn = parse_message("make it 4 minutes", project)
    said = turn.unknown or ""
    assert "at most 90 s" in said, said  # the refusal says this ad's own limit, not only 120 s
    state = ConversationState(project_id=project.project_id, pending=turn.pending)
    answer = parse_message(second, project, state=state)
    assert not answer.operations and answer.question and "Shall I" in answer.question, answer.question
    # the most three scenes can be is 30 s each (90 s), not the 60 s of the scenes scaled together
    assert "90 s" in answer.question and "3 scenes" in answer.question, answer.question
    state = ConversationState(project_id=project.project_id, pending=answer.pending)
    yes = parse_message("yes", project, state=state)
    changed, error = simulate(project, yes.operations)
    assert error is None
    expected = content(project)
    for scene in expected["scenes"]:
        scene["durationSec"] = 30.0
    expected["durationSec"] = 90.0
    assert content(changed) == expected


def test_the_longest_of_five_scenes_is_120_seconds_shared() -> None:
    doc = basic_project().model_dump(by_alias=True)
    for n, length in ((4, 5.0), (5, 3.0)):
        extra = dict(doc["scenes"][1], id=f"scene_{n}", durationSec=length)
        doc["scenes"].insert(2, extra)
    doc["durationSec"] = 23.0
    project = AdProject.model_validate(doc)
    changed = refused_then("make it 5 minutes", "the longest you can do then", project)
    lengths = [s.duration_sec for s in changed.scenes]
    assert sum(lengths) == pytest.approx(120.0) and changed.duration_sec == pytest.approx(120.0)
    assert max(lengths) <= 30.0 and lengths[1] == 30.0  # the showcase (7 s) reaches 30 s first
    assert [s.id for s in changed.scenes] == [s.id for s in project.scenes]
    changed_doc = content(changed)
    for scene in changed_doc["scenes"]:
        scene["durationSec"] = next(s.duration_sec for s in project.scenes if s.id == scene["id"])
    changed_doc["durationSec"] = 23.0
    assert changed_doc == content(project)  # nothing but the lengths changed


# --- 6. like the first one ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        (
            "what colour is the cta text?",
            "make it white, like the first one",
            {"scene_3__overlay__color": "#FFFFFF"},
        ),
        (
            "what colour is the cta text?",
            "make it white like the first one",
            {"scene_3__overlay__color": "#FFFFFF"},
        ),
        (
            "what colour is the cta text?",
            "make it yellow like scene 1",
            {"scene_3__overlay__color": "#FFFF00"},
        ),
    ],
)
def test_like_the_first_one_is_the_example_not_the_target(
    first: str, second: str, changes: dict[str, Any]
) -> None:
    project = basic_project()
    only(second, project, told(first, project), **changes)


def test_like_the_last_one_after_a_named_scene() -> None:
    only("make the showcase text red like the last one", scene_2__overlay__color="#FF0000")


# --- 7. praise names the scene "it" means next ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        (
            "honestly the showcase is my favourite",
            "make it longer",
            {"scene_2__durationSec": 8.8, "durationSec": 16.8},
        ),
        (
            "the showcase is my fave scene",
            "make it shorter",
            {"scene_2__durationSec": 5.6, "durationSec": 13.6},
        ),
        ("the cta is my favourite part", "put it first", {}),
    ],
)
def test_praise_of_a_scene_is_what_it_means_next(first: str, second: str, changes: dict[str, Any]) -> None:
    project = basic_project()
    state = told(first, project)
    if second == "put it first":
        turn = parse_message(second, project, state=state)
        assert [op.to_wire() for op in turn.operations] == [
            {"operation": "reorder_scenes", "order": ["scene_3", "scene_1", "scene_2"]}
        ]
        return
    only(second, project, state, **changes)


# --- 8. French "la fin" is the last scene, not the whole ad ---------------------------------------

B3 = basic_project().scenes[2].background_prompt


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("mets la fin plus sombre", {"scene_3__backgroundPrompt": f"{B3}, darker"}),
        ("rends la fin plus courte", {"scene_3__durationSec": 3.2, "durationSec": 14.2}),
        ("rends la fin plus lumineuse", {"scene_3__backgroundPrompt": f"{B3}, brighter"}),
    ],
)
def test_la_fin_is_the_last_scene(text: str, changes: dict[str, Any]) -> None:
    only(text, **changes)


def test_la_scene_de_la_fin_is_removed_alone() -> None:
    turn = parse_message("supprime la scène de la fin", basic_project())
    assert [op.to_wire() for op in turn.operations] == [{"operation": "remove_scene", "sceneId": "scene_3"}]


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        (
            "mets le texte de la fin en bas",
            "pareil pour l'accroche",
            {"scene_1__overlay__position": "bottom"},
        ),
        (
            "mets le texte de la fin en jaune",
            "la même chose pour l'accroche",
            {"scene_1__overlay__color": "#FFFF00"},
        ),
        ("पहले सीन का टेक्स्ट बड़ा करो", "आखिरी सीन के लिए भी वैसा ही", {"scene_3__overlay__fontSize": 90}),
    ],
)
def test_the_same_for_a_named_scene(first: str, second: str, changes: dict[str, Any]) -> None:
    then(first, second, **changes)
