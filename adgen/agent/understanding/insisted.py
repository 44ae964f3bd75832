"""An impatient repeat of the last request: "no, I said BIGGER" after "a bit bigger", "I asked for
louder!!" after "a little louder": the step was too small, so the same change, much stronger than
the ad before it (round thirty c, dev21's impatient crowd).

Part of :mod:`adgen.agent.understanding`. A correction ("no, I meant …") is read against the ad as
it was before the last request; said as "I said …" with the same word and the same way as that
request, it read as the same step again (from the start: "a bit bigger" then "no, I said BIGGER"
came out only a little bigger than the start). Here the repeated words get "much", unless they
say their own amount ("I said a bit bigger", "I said 80"); a repeat that goes the other way ("no,
I said smaller" after "bigger") is a plain correction and keeps its step.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.understanding.clause import simulate
from adgen.project import AdProject

# "no, I said BIGGER", "I asked for louder", "i told you faster", "I wanted it bigger": an insisting cue
_INSIST_RE = re.compile(
    r"^\W*(?:(?:no+|nope|ugh+|argh+|omg|come\s+on|seriously)\b[\s,.!]*)*"
    r"(?:i\s+(?:said|asked\s+for|told\s+you|wanted(?:\s+it)?|want(?:ed)?\s+it|need(?:ed)?\s+it)|i\s+said\s+i\s+want(?:ed)?)\b[\s,:]*",
    re.I,
)
# Words that already say how much (then the repeat is read as said).
_AMOUNT_RE = re.compile(
    r"\d|\b(?:bit|little|tad|touch|slightly|hair|smidge|notch|much|way|far|lot|lots|loads|max(?:imum)?|min(?:imum)?|"
    r"twice|double|half|even|tiny|teeny|wee|lil|so)\b",
    re.I,
)


def insisted(clause: str) -> str | None:
    """The words of "no, I said BIGGER" as "much bigger", or None (no insisting cue, or an amount said)."""
    m = _INSIST_RE.match(clause)
    if m is None:
        return None
    rest = clause[m.end() :].strip()
    if not rest or _AMOUNT_RE.search(rest):
        return None
    return "much " + rest


def _numbers(doc: Any, path: str = "") -> dict[str, float]:
    if isinstance(doc, dict):
        return {k: v for key, value in doc.items() for k, v in _numbers(value, f"{path}.{key}").items()}
    if isinstance(doc, list):
        return {k: v for i, value in enumerate(doc) for k, v in _numbers(value, f"{path}[{i}]").items()}
    if isinstance(doc, (int, float)) and not isinstance(doc, bool):
        return {path: float(doc)}
    return {}


# The numbers a request sets (not the version, the cost or the render's progress).
_SETTINGS = (".scenes", ".durationSec", ".audio", ".voice")


def same_way(base: AdProject, now: AdProject, operations: list[Any]) -> bool:
    """Whether ``operations`` on ``base`` move every number they change the way ``now`` already
    moved it from ``base`` (the last request's way), and change at least one."""
    changed, error = simulate(base, operations)
    if error is not None:
        return False
    before = _numbers(base.model_dump(by_alias=True, exclude={"history"}))
    after = _numbers(changed.model_dump(by_alias=True, exclude={"history"}))
    current = _numbers(now.model_dump(by_alias=True, exclude={"history"}))
    moved = [
        path
        for path, value in after.items()
        if path in before and value != before[path] and path.startswith(_SETTINGS)
    ]
    if not moved or any(path not in current for path in moved):
        return False
    return all((after[path] - before[path]) * (current[path] - before[path]) > 0 for path in moved)


__all__ = ["insisted", "same_way"]
