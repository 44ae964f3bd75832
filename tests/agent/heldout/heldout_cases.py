"""The held-out conversations and their starting projects, read from the YAML files beside this one.

The data files are the evaluation; this module only reads them into typed records and builds
the starting AdProject documents (conversations.yaml's header explains the format). Nothing
here knows how the parser works, on purpose: the cases were written before any parser change.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CONVERSATIONS_FILE = HERE / "conversations.yaml"
STARTS_FILE = HERE / "starts.yaml"
# The second development set (written blind after the parser was tuned on `dev`): its own
# conversations, and starting projects that add to starts.yaml's.
CONVERSATIONS_DEV2_FILE = HERE / "conversations_dev2.yaml"
STARTS_DEV2_FILE = HERE / "starts_dev2.yaml"
# The third development set (written blind after round two tuned the parser on dev and dev2):
# its conversations, and starting projects that add to those of the first two sets.
CONVERSATIONS_DEV3_FILE = HERE / "conversations_dev3.yaml"
STARTS_DEV3_FILE = HERE / "starts_dev3.yaml"
# The fourth development set (written blind after round three, aimed at the failure classes the
# issue names): its conversations start from the projects of the earlier sets.
CONVERSATIONS_DEV4_FILE = HERE / "conversations_dev4.yaml"
# A second TEST set (written blind after round four, never run before its commit, never tuned
# on): its conversations start from the projects of the earlier sets.
CONVERSATIONS_TEST2_FILE = HERE / "conversations_test2.yaml"

SPLITS = ("dev", "test")
DEV2_SPLIT = "dev2"
DEV3_SPLIT = "dev3"
DEV4_SPLIT = "dev4"
TEST2_SPLIT = "test2"
START_NAME = "start"


class CaseError(ValueError):
    """The case itself is malformed (a selector that names nothing, an unknown predicate)."""


@dataclass(frozen=True)
class Turn:
    """One message of the marketer, with the checks its reply must pass (may be empty) and
    whether it must change a document (``changes: true``, for steps like "a bit more")."""

    say: str
    reply: dict[str, Any] = field(default_factory=dict)
    changes: bool | None = None


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    split: str
    start: str | None
    start_on: str
    turns: tuple[Turn, ...]
    expect: dict[str, Any]


def load_cases(path: Path = CONVERSATIONS_FILE) -> list[Case]:
    """Every case of the file, in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for raw in data["cases"]:
        turns = tuple(
            Turn(say=t)
            if isinstance(t, str)
            else Turn(say=t["say"], reply=dict(t.get("reply") or {}), changes=t.get("changes"))
            for t in raw["turns"]
        )
        start = raw.get("start")
        cases.append(
            Case(
                id=raw["id"],
                category=raw["category"],
                split=raw["split"],
                start=None if start in (None, "none") else start,
                start_on=raw.get("start_on", START_NAME),
                turns=turns,
                expect=dict(raw.get("expect") or {}),
            )
        )
    return cases


def load_starts(path: Path = STARTS_FILE) -> dict[str, dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_dev2_starts() -> dict[str, dict[str, Any]]:
    """The starting projects of the dev2 conversations: starts.yaml's and starts_dev2.yaml's
    together (a dev2 start may be ``same_as`` one of the first set); a name may not repeat."""
    first, second = load_starts(), load_starts(STARTS_DEV2_FILE)
    repeated = sorted(set(first) & set(second))
    if repeated:
        raise CaseError(f"starts_dev2.yaml repeats the starting projects {repeated}")
    return {**first, **second}


def load_dev3_starts() -> dict[str, dict[str, Any]]:
    """The starting projects of the dev3 conversations: those of the first two sets and
    starts_dev3.yaml's together (a dev3 start may be ``same_as`` an earlier one); a name may
    not repeat."""
    earlier, third = load_dev2_starts(), load_starts(STARTS_DEV3_FILE)
    repeated = sorted(set(earlier) & set(third))
    if repeated:
        raise CaseError(f"starts_dev3.yaml repeats the starting projects {repeated}")
    return {**earlier, **third}


def load_dev4_starts() -> dict[str, dict[str, Any]]:
    """The starting projects of the dev4 conversations: those of the first three sets (dev4
    needs no shape they lack)."""
    return load_dev3_starts()


def load_test2_starts() -> dict[str, dict[str, Any]]:
    """The starting projects of the test2 conversations: those of the earlier sets (test2 needs
    no shape they lack, so no starts_test2.yaml)."""
    return load_dev3_starts()


@dataclass
class StartingSet:
    """The documents a case starts from: ``start`` and any extra projects (``B``), by name."""

    documents: dict[str, dict[str, Any]]
    active: str


def starting_set(name: str, starts: dict[str, dict[str, Any]], *, owner: str, prefix: str) -> StartingSet:
    """The wire documents of starting set ``name`` for ``owner``, with project ids ``<prefix>_<name>``."""
    entry = starts[name]
    start_doc = _document(entry, starts)
    start_doc["projectId"] = f"{prefix}_start"
    start_doc["owner"] = owner
    documents = {START_NAME: start_doc}
    for extra_name, extra in (entry.get("extra") or {}).items():
        doc = _document(extra, starts)
        doc["projectId"] = f"{prefix}_{extra_name}"
        doc["owner"] = owner
        if doc.get("variation", {}).get("isVariation"):
            doc["variation"] = {**doc["variation"], "parentProjectId": start_doc["projectId"]}
        documents[extra_name] = doc
    return StartingSet(documents=documents, active=entry.get("active", START_NAME))


def _document(entry: dict[str, Any], starts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An entry's document: itself, or another entry's (``same_as``) with ``patch`` applied."""
    if "same_as" not in entry:
        return copy.deepcopy({k: v for k, v in entry.items() if k not in ("extra", "active")})
    doc = _document(starts[entry["same_as"]], starts)
    for key in ("variation",):
        if key in entry:
            doc[key] = copy.deepcopy(entry[key])
    for path, value in (entry.get("patch") or {}).items():
        _set_path(doc, path, value)
    return doc


def _set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set ``scenes[role=hook].overlay.text``-style paths (only the forms starts.yaml uses)."""
    head, _, rest = path.partition(".")
    target: Any = doc
    if head.startswith("scenes[role="):
        role = head[len("scenes[role=") : -1]
        target = next(s for s in doc["scenes"] if s["role"] == role)
    else:
        rest = path
    *parents, last = rest.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value


__all__ = [
    "CONVERSATIONS_DEV2_FILE",
    "CONVERSATIONS_DEV3_FILE",
    "CONVERSATIONS_DEV4_FILE",
    "CONVERSATIONS_FILE",
    "CONVERSATIONS_TEST2_FILE",
    "CaseError",
    "Case",
    "DEV2_SPLIT",
    "DEV3_SPLIT",
    "DEV4_SPLIT",
    "SPLITS",
    "START_NAME",
    "STARTS_DEV2_FILE",
    "STARTS_DEV3_FILE",
    "STARTS_FILE",
    "StartingSet",
    "TEST2_SPLIT",
    "Turn",
    "load_cases",
    "load_dev2_starts",
    "load_dev3_starts",
    "load_dev4_starts",
    "load_starts",
    "load_test2_starts",
    "starting_set",
]
