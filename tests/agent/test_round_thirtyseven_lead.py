"""Round thirty-seven, the lead: a part said to be dark on dark is its text lost on its picture.

"the cta is dark on dark" added "brighter, darker" to the CTA's picture (a wrong edit found by a
helper while working on dev23); the same words with "text" set the text white. Said of a part,
here or earlier in the message, it is the text's colour; said of nothing, which text is asked.
"""

from __future__ import annotations

from parse_helpers import asks, only

from adgen.agent.understanding.contrast import LIGHT_TEXT


def test_a_part_dark_on_dark_gets_light_text() -> None:
    only("the cta is dark on dark", scene_3__overlay__color=LIGHT_TEXT)
    only("hook looks really dark on a dark background", scene_1__overlay__color=LIGHT_TEXT)


def test_a_part_named_before_in_the_message_then_its_shade() -> None:
    only("can't make out the cta at all, it's dark on dark", scene_3__overlay__color=LIGHT_TEXT)


def test_no_part_named_asks_which_text() -> None:
    assert "Which scene's text" in asks("it's all dark on dark")
