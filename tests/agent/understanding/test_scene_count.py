"""scene_count: a number of scenes is refused out of range, else asks which scenes (never edits)."""

from phrase_suite import basic_project

from adgen.agent.understanding import parse_message


def test_a_scene_count_out_of_range_is_refused_with_the_range_and_the_count_now() -> None:
    for text, total in (("give it 25 scenes", "25"), ("add 30 scenes", "33")):
        turn = parse_message(text, basic_project())
        assert not turn.operations and "1 to 20 scenes" in turn.unknown and total in turn.unknown, text


def test_a_scene_count_in_range_asks_which_scenes() -> None:
    more = parse_message("add two more scenes", basic_project())
    assert not more.operations and "Which 2 scenes should I add" in more.question
    fewer = parse_message("cut it to 2 scenes", basic_project())
    assert not fewer.operations and "remove" in fewer.question
    assert parse_message("make the text white in all scenes", basic_project()).operations
