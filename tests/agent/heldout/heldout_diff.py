"""The field-level diff of two AdProject wire documents, with scenes matched by id.

Bookkeeping (version, history, render status, cost, ...) is not content and is left out, so
what remains is exactly what a marketer could have asked to change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "(none)"})()

# Bookkeeping, not content: never part of the diff.
IGNORED_FIELDS = frozenset(
    {
        "projectId",
        "version",
        "owner",
        "history",
        "createdAt",
        "renderStatus",
        "aspectExports",
        "cost",
        "sceneCounter",
        "variation",
    }
)
IGNORED_SCENE_FIELDS = frozenset({"sceneVideoUrl"})
ORDER = "#order"


@dataclass(frozen=True)
class Change:
    """One content difference. Scene paths use the scene id: ("scenes", "scene_2", "overlay", "text");
    ("scenes", id) alone is a scene added (before MISSING) or removed (after MISSING);
    ("scenes", "#order") is a change in the order of the scenes both documents have."""

    path: tuple[str, ...]
    before: Any
    after: Any


def content_diff(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every content field that differs between two wire documents."""
    changes: list[Change] = []
    _diff_mapping((), _content(before), _content(after), changes)
    return changes


def _content(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in IGNORED_FIELDS}


def _diff_mapping(prefix: tuple[str, ...], a: dict[str, Any], b: dict[str, Any], out: list[Change]) -> None:
    for key in list(a) + [k for k in b if k not in a]:
        path = (*prefix, key)
        if path == ("scenes",):
            _diff_scenes(a.get(key) or [], b.get(key) or [], out)
            continue
        x, y = a.get(key, MISSING), b.get(key, MISSING)
        if isinstance(x, dict) and isinstance(y, dict):
            _diff_mapping(path, x, y, out)
        elif not identical(x, y):
            out.append(Change(path, x, y))


def _diff_scenes(xs: list[dict[str, Any]], ys: list[dict[str, Any]], out: list[Change]) -> None:
    a = {s["id"]: s for s in xs}
    b = {s["id"]: s for s in ys}
    for sid, scene in a.items():
        if sid not in b:
            out.append(Change(("scenes", sid), scene, MISSING))
        else:
            strip = IGNORED_SCENE_FIELDS
            _diff_mapping(
                ("scenes", sid),
                {k: v for k, v in scene.items() if k not in strip},
                {k: v for k, v in b[sid].items() if k not in strip},
                out,
            )
    for sid, scene in b.items():
        if sid not in a:
            out.append(Change(("scenes", sid), MISSING, scene))
    kept_before = [sid for sid in a if sid in b]
    kept_after = [sid for sid in b if sid in a]
    if kept_before != kept_after:
        out.append(Change(("scenes", ORDER), list(a), list(b)))


def identical(x: Any, y: Any) -> bool:
    if is_number(x) and is_number(y):
        return abs(x - y) < 1e-6
    return x == y


def scene_label(path: tuple[str, ...], *docs: dict[str, Any] | None) -> str:
    """A readable path: scenes[scene_2 showcase].overlay.text."""
    if len(path) >= 2 and path[0] == "scenes" and path[1] != ORDER:
        role = next(
            (s["role"] for d in docs if d for s in d.get("scenes", []) if s["id"] == path[1]),
            "?",
        )
        return ".".join([f"scenes[{path[1]} {role}]", *path[2:]])
    return ".".join(path)


def describe_change(change: Change, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    label = scene_label(change.path, before, after)
    if change.path[-1:] == (ORDER,):
        return f"scene order {change.before} -> {change.after}"
    if change.before is MISSING:
        return f"{label} added (role {change.after.get('role')}, text {change.after['overlay']['text']!r})"
    if change.after is MISSING and len(change.path) == 2 and change.path[0] == "scenes":
        return f"{label} removed"
    return f"{label}: {change.before!r} -> {change.after!r}"


def get_path(doc: Any, path: Iterable[str]) -> Any:
    """The value at a path (scene ids as in Change paths); MISSING when absent."""
    value = doc
    for part in path:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and value and isinstance(value[0], dict) and "id" in value[0]:
            value = next((s for s in value if s["id"] == part), MISSING)
        else:
            return MISSING
        if value is MISSING:
            return MISSING
    return value


def is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


__all__ = [
    "IGNORED_FIELDS",
    "MISSING",
    "ORDER",
    "Change",
    "content_diff",
    "describe_change",
    "get_path",
    "identical",
    "is_number",
    "scene_label",
]
