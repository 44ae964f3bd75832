"""One conversation run through the held-out harness, for the round tests that check a whole
exchange (a follow-up after a question, an undo) the way the held-out sets score it. Round test
files import these instead of keeping a copy each."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

from adgen.project import AdProject

sys.path.insert(0, str(Path(__file__).parent / "heldout"))
from heldout_cases import Case, Turn, set_starts, starting_set  # noqa: E402
from heldout_harness import offline_settings, run_case  # noqa: E402


def verdict(
    start: str, turns: tuple[str, ...], expect: dict[str, Any], starts: str = "dev3", case_id: str = "round"
) -> Any:
    """The harness's result for ``turns`` said to the start project ``start`` (of set ``starts``),
    scored against ``expect``; the projects are named after ``case_id``; a harness error fails
    the test."""
    case = Case(
        id=case_id,
        category="followup",
        split="dev",
        start=start,
        start_on="start",
        turns=tuple(Turn(say=t) for t in turns),
        expect=expect,
    )
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(run_case(case, offline_settings(Path(tmp)), set_starts(starts)))
    assert result.outcome.harness_error is None, result.outcome.harness_error
    return result


def understood(
    start: str, turns: tuple[str, ...], expect: dict[str, Any], starts: str = "dev3", case_id: str = "round"
) -> Any:
    """``turns`` make exactly the changes ``expect`` names (per project, as a case's ``expect``):
    nothing else, since a change not asked for is a wrong edit. Returns the harness's result."""
    return assert_understood(verdict(start, turns, expect, starts, case_id))


def assert_understood(result: Any) -> Any:
    """``result`` (of :func:`verdict`) is understood with no wrong edit; the failure names the
    problems and the agent's replies."""
    assert result.verdict.understood and not result.verdict.wrong_edit, (
        result.verdict.problems,
        [t.reply for t in result.outcome.turns],
    )
    return result


def changes_nothing(start: str, text: str, starts: str = "dev3") -> str:
    """``text`` as a first message changes nothing; returns the reply (a question or a reason)."""
    result = verdict(start, (text,), {"start": "same_content"}, starts)
    assert result.verdict.understood and not result.outcome.turns[0].changed, (
        result.verdict.problems,
        [t.reply for t in result.outcome.turns],
    )
    return result.outcome.turns[0].reply


def start_project(name: str, starts: str) -> AdProject:
    """The starting project ``name`` of the set ``starts`` (``starts_<set>.yaml``)."""
    return AdProject.from_wire(
        starting_set(name, set_starts(starts), owner="t", prefix="p_t").documents["start"]
    )
