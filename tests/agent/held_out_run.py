"""One conversation run through the held-out harness, for the round tests that check a whole
exchange (a follow-up after a question, an undo) the way the held-out sets score it."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent / "heldout"))
from heldout_cases import Case, Turn, set_starts  # noqa: E402
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
