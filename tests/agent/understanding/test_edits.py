"""The field modules (text_edits, look, product, audio, timing, brand) through parse_message:
complaints read as the problem, intensity, and exact quoted text."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message


def wire(text: str) -> list[dict]:
    return [op.to_wire() for op in parse_message(text, basic_project()).operations]


def test_a_complaint_is_the_problem_not_the_instruction() -> None:
    assert wire("the hook is kind of dark, brighten it") == [
        {
            "operation": "update_scene",
            "sceneId": "scene_1",
            "backgroundPrompt": basic_project().scenes[0].background_prompt + ", brighter",
        }
    ]
    assert wire("the product looks tiny in the showcase")[0]["scale"] > 0.5
    assert wire("ugh the cta text is way too big")[0]["fontSize"] < 72
    assert wire("the text at the top of the hook is covering the coffee") == [
        {"operation": "update_overlay", "sceneId": "scene_1", "position": "bottom"}
    ]
    assert wire("the music doesn't fit, it's too upbeat") == [
        {"operation": "update_style", "musicMood": "calm"}
    ]


def test_intensity_scales_the_change() -> None:
    bit = wire("make the hook text a bit bigger")[0]["fontSize"]
    plain = wire("make the hook text bigger")[0]["fontSize"]
    way = wire("make the hook text way bigger")[0]["fontSize"]
    assert 64 < bit < plain < way
    assert wire("make the music a bit quieter") == [{"operation": "update_audio", "volume": 0.7}]
    assert wire("make the whole ad a bit longer")[0]["durationSec"] == 18
    assert wire("make the hook way shorter") == [
        {"operation": "update_scene", "sceneId": "scene_1", "durationSec": 2.0}
    ]


def test_quoted_text_is_kept_exactly_and_not_split() -> None:
    assert wire("- cta: 'Shop the drop, now'\n- music a bit quieter") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Shop the drop, now"},
        {"operation": "update_audio", "volume": 0.7},
    ]
    assert wire("CTA „Jetzt bestellen“ bitte") == [
        {"operation": "update_overlay", "sceneId": "scene_3", "text": "Jetzt bestellen"}
    ]
