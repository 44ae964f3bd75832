"""foreign: requests in Spanish, French and German read as English; quotes and English untouched."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.foreign import to_english


def test_requests_in_other_languages_read_as_english() -> None:
    assert to_english("pon la música más baja") == "make the music quieter"
    assert to_english("mets la musique plus fort") == "make the music louder"
    assert to_english("haz el anuncio de 30 segundos") == "make the ad 30 seconds"
    assert to_english("mach den Text im Hook gelb") == "make the text in the hook yellow"


def test_english_messages_are_left_alone() -> None:
    for text in ("make the text red please", "the hook text", "rot the noir look plus blue", "add a reel"):
        assert to_english(text) == text


def test_quoted_copy_is_never_translated() -> None:
    turn = parse_message("mach den Text im Hook 'gelb und rot'", basic_project())
    [op] = [op.to_wire() for op in turn.operations]
    assert op == {"operation": "update_overlay", "sceneId": "scene_1", "text": "gelb und rot"}
    volume = [op.to_wire() for op in parse_message("pon la música más baja", basic_project()).operations]
    assert volume == [{"operation": "update_audio", "volume": 0.6}]
