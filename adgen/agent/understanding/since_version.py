"""An earlier version of the open ad compared with the ad as it is now: "compare with v2", "how is
this different from version 2?", "what changed since v3", "v4 vs v2".

Part of :mod:`adgen.agent.understanding` (round twenty-three). A numbered version is a step of the
ad's own history (the A/B versions are lettered); the answer is what differs between that version
and the one open now: the changes made since that are still in effect, and those in effect then
that an undo has taken back since. It is read from the project's history, never an edit.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.project import AdProject

_V = r"(?:v|ver\.?\s*|version\s*)(?P<n>\d{1,3})\b"
# What asks for the differences: a comparing word right before the version, or "since" after a
# word of change ("what changed since v2", never "undo everything since v2").
_COMPARE_WITH_RE = re.compile(
    r"\b(?:compare(?:d)?(?:\s+(?:it|this|that|now|the\s+ad|the\s+current\s+one|this\s+one|v\d{1,3}))?\s+"
    r"(?:with|to|against|and)|differen(?:t|ce|ces)\s+(?:from|than|to|with|between\s+(?:this|now|it)\s+and)|"
    r"differs?\s+from|diff(?:\s+(?:with|to|against|from))?|vs\.?|versus|against|compared\s+(?:to|with))\s+"
    rf"(?:the\s+)?{_V}",
    re.I,
)
_CHANGED_SINCE_RE = re.compile(
    r"\b(?:changed?|changes|different|new|edits?|edited|done|did\s+(?:we|you|i))\b[^.?!]{0,20}?\bsince\s+"
    rf"(?:the\s+)?{_V}",
    re.I,
)
_REQUEST_RE = re.compile(
    r"\b(?:undo|revert|restore|roll\s*back|go\s+back|back\s+to|put|bring|switch|use|make|set|change\s+it)\b",
    re.I,
)


_ANY_V_RE = re.compile(rf"\b{_V}")


def asked_versions(text: str) -> list[int] | None:
    """The history versions a message asks to compare (the one with the ad now, or two named:
    "v4 vs v2"), or None."""
    if _REQUEST_RE.search(text):
        return None
    m = _COMPARE_WITH_RE.search(text) or _CHANGED_SINCE_RE.search(text)
    if m is None:
        return None
    named = list(dict.fromkeys(int(v.group("n")) for v in _ANY_V_RE.finditer(text)))
    return named if len(named) <= 2 else None


def answer_since(text: str, project: AdProject | None) -> str | None:
    """What differs between the version asked about and the ad open now (or between the two
    named), or None when the message asks no such thing."""
    named = asked_versions(text)
    if not named or project is None:
        return None
    latest = project.version
    missing = [v for v in named if v > latest or v < 1]
    if missing:
        return f"There is no v{missing[0]}: this ad is at v{latest} (v1 to v{latest})."
    n, now = (min(named), max(named)) if len(named) == 2 else (named[0], latest)
    if n == now:
        return f"v{n} is the version open now, so nothing differs. Name an earlier one (v1 to v{now - 1})."
    from adgen.tools.apply import history_steps

    done_now, _ = history_steps(_at(project, now))
    done_then, _ = history_steps(_at(project, n))
    key_now = {(s.first, s.last) for s in done_now}
    key_then = {(s.first, s.last) for s in done_then}
    added = [s for s in done_now if (s.first, s.last) not in key_then]
    taken = [s for s in done_then if (s.first, s.last) not in key_now]
    by_version = {e.version: e.operation for e in project.history}
    lines = [f"- {_said(project, by_version, s)}" for s in added]
    lines += [f"- taken back since: {_said(project, by_version, s)}" for s in taken]
    if not lines:
        return f"Nothing differs: v{now} has the same content as v{n} (the changes between were undone)."
    head = f"What differs now (v{now}) from v{n}" if now == latest else f"What differs in v{now} from v{n}"
    return f"{head}:\n" + "\n".join(lines)


def _at(project: AdProject, version: int) -> AdProject:
    """The project with its history as it was at ``version`` (for the steps done by then)."""
    return project.model_copy(update={"history": [e for e in project.history if e.version <= version]})


def _said(project: AdProject, by_version: dict[int, dict[str, Any]], step: Any) -> str:
    """One step as its confirmation said it ("v3: Changed the music: volume 60%")."""
    from adgen.agent.actions import describe_operation
    from adgen.tools.operations import parse_operation

    said = []
    for version in range(step.first, step.last + 1):
        wire = by_version.get(version)
        if wire is None:
            continue
        try:
            said.append(describe_operation(parse_operation(wire), project, project))
        except Exception:  # a step a later edit made unreadable (a scene since removed)
            said.append(str(wire.get("operation", "an edit")).replace("_", " "))
    return f"v{step.last}: " + "; ".join(said)


__all__ = ["answer_since", "asked_versions"]
