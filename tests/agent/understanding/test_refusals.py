"""refusals: what adgen can't do, and values out of range, each as one sentence with the range."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message
from adgen.agent.understanding.refusals import out_of_range, unsupported


def test_unsupported_requests_say_why_and_what_instead() -> None:
    assert unsupported("add a voiceover saying hi") is None  # issue 19: the voice-over is made
    assert "voice-over" in unsupported("add some lyrics to the song")
    assert "9:16" in unsupported("can I get a 21:9 version")
    assert unsupported("can I get a 4:5 version") is None  # issue 16: the Meta feed preset makes it
    assert unsupported("make the hook brighter") is None


def test_ranges() -> None:
    assert "5 s to 120 s" in out_of_range("ad_duration", 200)
    assert "0.5 s to 30 s" in out_of_range("scene_duration", 45)
    assert "between 0 and 100 %" in out_of_range("volume", -0.05)
    assert out_of_range("font_size", 80) is None


def test_out_of_range_requests_change_nothing() -> None:
    for text, expected in (
        ("make the hook 45 seconds", "30 s"),
        ("make it 200 seconds", "120 s"),
        ("make the hook 0 seconds", "0.5"),
        ("make the hook text size 500", "200"),
        ("set the music volume to -5", "between 0 and 100"),
        ("clear the cta text so it says nothing", "can't be empty"),
        ("put the hook text on the left", "top, center or bottom"),
        ("delete the problem scene", "no problem scene"),
    ):
        turn = parse_message(text, basic_project())
        assert turn.operations == [] and turn.unknown and expected in turn.unknown, (text, turn.unknown)
        assert "Input should be" not in turn.unknown


def test_things_adgen_does_not_do_are_refused_with_what_it_can_do() -> None:
    for text, expected in (
        ("share the video on linkedin", "download"),
        ("publish it to youtube for me", "post"),
        ("can the bottle rotate 360 degrees", "spin"),
        ("add an augmented reality lens", "AR"),
        ("make the cta clickable", "interactive"),
    ):
        turn = parse_message(text, basic_project())
        assert turn.operations == [] and turn.brief is None and expected in (turn.unknown or ""), (
            text,
            turn.unknown,
        )


def test_a_colour_that_is_no_colour_is_refused_and_an_explicit_empty_text_too() -> None:
    for text, expected in (
        ("make the hook text the colour of a summer breeze", "I don't know the colour"),
        ("showcase text colour #GG0000", "isn't a colour"),
        ("change the showcase text to ''", "can't be empty"),
        ("make the ad two hours long", "2 hours"),
    ):
        turn = parse_message(text, basic_project())
        assert turn.operations == [] and expected in (turn.unknown or ""), (text, turn.unknown)
