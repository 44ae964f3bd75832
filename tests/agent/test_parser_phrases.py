"""The offline parser against its phrase suite: every phrasing gives exactly what it must.

The table lives in ``phrase_suite.py`` (shared with ``bench/bench_agent.py``); each entry names its
project, the exact operations as wire dicts, or the exact intent, question or refusal.
"""

from __future__ import annotations

import pytest
from phrase_suite import PHRASES, PROJECTS, check

from adgen.agent.understanding import parse_message


def _id(index: int) -> str:
    text = PHRASES[index].text.strip().replace("\n", " ")[:48] or "<empty>"
    return f"{index:03d}-{text}"


def test_the_suite_is_large_and_covers_every_operation() -> None:
    assert len(PHRASES) >= 170
    produced = {op["operation"] for p in PHRASES for op in p.ops}
    nested = {sub["operation"] for p in PHRASES for op in p.ops for sub in op.get("operations", [])}
    expected = {
        "regenerate_scene",
        "update_scene",
        "update_overlay",
        "update_style",
        "update_brand",
        "set_duration",
        "add_scene",
        "remove_scene",
        "reorder_scenes",
        "update_product",
        "update_audio",
        "create_variation",
        "undo",
    }
    assert expected <= produced | nested
    assert any(p.render for p in PHRASES) and any(p.status for p in PHRASES)
    assert any(p.listing for p in PHRASES) and any(p.cancel for p in PHRASES)
    assert any(p.question for p in PHRASES) and any(p.unknown for p in PHRASES)
    assert any(p.brief for p in PHRASES) and any(p.replace_product for p in PHRASES)


@pytest.mark.parametrize("index", range(len(PHRASES)), ids=_id)
def test_phrase(index: int) -> None:
    phrase = PHRASES[index]
    turn = parse_message(phrase.text, PROJECTS[phrase.project](), has_attachment=phrase.attachment)
    problems = check(phrase, turn)
    assert not problems, f"{phrase.text!r}:\n  " + "\n  ".join(problems)
