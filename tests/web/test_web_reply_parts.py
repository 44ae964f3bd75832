"""The web's way with the reply parts that come from the understanding of a message: an answer
keeps its lines and shows the ad's words literally; a clarifying question offers its answers as
buttons that say them, while a cost question keeps its yes / no."""

from __future__ import annotations

from adgen.agent.reply import AnswerPart, NotePart, QuestionPart
from adgen.agent.session import ChatReply
from adgen.settings import Settings
from adgen.web.chat import ANSWER_ACTION, WebChat


def _chat() -> WebChat:
    return WebChat(Settings(_env_file=None), session=None, owner="alice", thread_id="t1")


async def test_an_answer_keeps_its_lines_and_shows_the_ads_words_literally():
    from markdown_it import MarkdownIt

    answer = AnswerPart(
        "Scene 1 (hook): “*Wake* up ![x](https://e.example/p.png)”\nScene 2 (CTA): “<b>Buy</b>”"
    )
    markdown = await _chat()._part_markdown(answer, None)
    html = MarkdownIt("commonmark").render(markdown)
    assert html.count("<br />") == 1  # two lines, not one paragraph run together
    assert "<img" not in html and "<em>" not in html and "<b>" not in html
    assert "*Wake* up ![x](https://e.example/p.png)" in html and "&lt;b&gt;Buy&lt;/b&gt;" in html


def test_a_clarifying_question_offers_its_answers_as_buttons():
    question = QuestionPart(
        "What should be bigger: the text or the product?", options=("the text", "the product")
    )
    actions = _chat()._reply_actions(ChatReply(text=question.text, parts=[question]), None)
    assert [(a.name, a.payload, a.label) for a in actions] == [
        (ANSWER_ACTION, {"text": "the text"}, "the text"),
        (ANSWER_ACTION, {"text": "the product"}, "the product"),
    ]
    confirm = QuestionPart("It may cost up to $1.20. Shall I go ahead?", options=("yes", "no"))
    asked = ChatReply(text=confirm.text, parts=[NotePart("Planned."), confirm], needs_confirmation=True)
    assert [(a.name, a.payload) for a in _chat()._reply_actions(asked, None)] == [
        ("adgen_confirm", {"approved": True}),
        ("adgen_confirm", {"approved": False}),
    ]
