"""Judging one held-out conversation: a field-level diff of every project it touched against
where it started, checked against the case's allow-list of paths and predicates.

The expectation language is described in conversations.yaml's header. Two verdicts per case:

- *understood*: every check passes (every asked change made, nothing else changed, the right
  project current, each reply says what it must);
- *wrong edit*: some document changed in a way the case does not allow (a field outside the
  allowed paths, a value its predicate rejects, an unexpected project). An honest question or
  a missed request is not understood, but it is not a wrong edit: precision comes first.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from heldout_cases import CaseError
from heldout_diff import MISSING, ORDER, Change, content_diff, describe_change, get_path, scene_label
from heldout_predicates import (
    FAMILIES,
    KEY_FLAGS,
    LOOKS,
    NOT_LOOK_FIELDS,
    SCENE_PREDICATES,
    VALUE_CHECKS,
    as_list,
    check_value,
    fold,
    limits_for,
    look_verdict,
    normalise_text,
)

# Replies that mean the product failed inside, whatever the case asked.
INTERNAL_MARKERS = ("traceback", "something went wrong on my side", "has no version")
# A validation message passed through raw (issue 12: every error a user sees is a sentence in
# their language with what to do).
RAW_ERROR_MARKERS = ("input should be", "string should have", "validation error", "duration_sec", "font_size")


# --- paths of the expectation language ----------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What one key of an expectation names: concrete paths, or a family of them."""

    key: str
    kind: str  # path | wild | new | order | roles | count | music
    paths: tuple[tuple[str, ...], ...] = ()

    def covers(self, change: Change) -> bool:
        p = change.path
        if self.kind == "path":
            return any(p[: len(t)] == t for t in self.paths)
        if self.kind == "wild":
            rest = self.paths[0][2:]
            return (
                len(p) >= 2
                and p[0] == "scenes"
                and p[1] != ORDER
                and change.before is not MISSING
                and change.after is not MISSING
                and p[2 : 2 + len(rest)] == rest
            )
        if self.kind == "new":
            return len(p) == 2 and p[0] == "scenes" and change.before is MISSING
        if self.kind == "order":
            return p == ("scenes", ORDER)
        if self.kind == "music":
            return p in self.paths
        return False  # roles, count: checks on the final document


_SCENE_KEY = re.compile(r"^scenes\[(?P<sel>[^\]]+)\](?:\.(?P<rest>.+))?$")
MUSIC_PATHS = (("audio", "mood"), ("style", "musicMood"))


def resolve(key: str, doc: dict[str, Any], *, absolute: bool) -> Target:
    """A key's target in ``doc`` (the document the change is measured from, or for ``absolute``
    checks the final document, where a role may name several scenes)."""
    special = {"scenes.order": "order", "scenes.roles": "roles", "scenes.count": "count"}
    if key in special:
        return Target(key, special[key])
    if key == "music.mood":
        return Target(key, "music", MUSIC_PATHS)
    match = _SCENE_KEY.match(key)
    if not match:
        if "[" in key:
            raise CaseError(f"cannot read the path {key!r}")
        return Target(key, "path", (tuple(key.split(".")),))
    sel = match.group("sel")
    rest = tuple(match.group("rest").split(".")) if match.group("rest") else ()
    if sel == "new":
        return Target(key, "new")
    if sel == "*":
        return Target(key, "wild", (("scenes", "*", *rest),))
    scenes = doc.get("scenes", [])
    if sel.startswith("role="):
        ids = [s["id"] for s in scenes if s["role"] == sel[5:]]
        if not absolute and len(ids) != 1:
            raise CaseError(f"{key!r}: the starting document has {len(ids)} scenes with that role")
    elif sel.startswith("#"):
        n = int(sel[1:])
        if not 1 <= n <= len(scenes):
            raise CaseError(f"{key!r}: the document has {len(scenes)} scenes")
        ids = [scenes[n - 1]["id"]]
    elif sel.startswith("id="):
        ids = [sel[3:]]
    else:
        raise CaseError(f"unknown scene selector in {key!r}")
    return Target(key, "path", tuple(("scenes", sid, *rest) for sid in ids))


# --- judging ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    kind: str  # wrong (a disallowed change) | unmet (asked, not done) | reply | internal
    where: str
    message: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.where}: {self.message}"


@dataclass
class TurnLog:
    say: str
    reply: str
    error: bool = False
    operations: list[dict[str, Any]] = field(default_factory=list)
    project_id: str | None = None
    changed: bool = False  # some document's content changed, or a project was made, in this turn


@dataclass
class CreatedProject:
    project_id: str
    turn: int
    is_variation: bool
    parent_id: str | None
    baseline: dict[str, Any] | None  # a variant's parent / a brief's own document, after its turn
    final: dict[str, Any]


@dataclass
class Outcome:
    """What a conversation left behind, as the harness saw it."""

    turns: list[TurnLog]
    named_ids: dict[str, str]
    named_initial: dict[str, dict[str, Any]]
    named_final: dict[str, dict[str, Any]]
    created: list[CreatedProject]
    active_id: str | None
    active_doc: dict[str, Any] | None
    harness_error: str | None = None


@dataclass
class Verdict:
    understood: bool
    wrong_edit: bool
    problems: list[Problem]


def judge(case: Any, outcome: Outcome) -> Verdict:
    """The case's verdict: its reply checks, then the best-fitting of its expected outcomes."""
    common: list[Problem] = []
    if outcome.harness_error:
        common.append(Problem("internal", "harness", outcome.harness_error))
    for n, (turn, log) in enumerate(zip(case.turns, outcome.turns, strict=False), start=1):
        common += [Problem("reply", f"turn {n}", m) for m in reply_failures(turn.reply, log.reply)]
        lowered = log.reply.lower()
        common += [
            Problem("internal", f"turn {n}", f"the reply shows an internal failure ({marker!r})")
            for marker in INTERNAL_MARKERS
            if marker in lowered and marker not in fold(turn.say)
        ]
        common += [
            Problem("reply", f"turn {n}", f"the reply passes on a raw validation message ({marker!r})")
            for marker in RAW_ERROR_MARKERS
            if marker in lowered
        ]
        if turn.changes and not log.changed:
            common.append(Problem("unmet", f"turn {n}", "this message changed nothing"))
    alternatives = case.expect.get("any_of") or [case.expect]
    judged = [_judge_alternative(alt, outcome) for alt in alternatives]
    best = min(judged, key=lambda ps: (any(p.kind == "wrong" for p in ps), len(ps)))
    problems = common + best
    return Verdict(
        understood=not problems,
        wrong_edit=any(p.kind == "wrong" for p in best),
        problems=problems,
    )


def reply_failures(checks: dict[str, Any], text: str) -> list[str]:
    """What a reply lacks of its checks (mentions, mentions_any, matches, not_mentions)."""
    folded = fold(text)
    plain = normalise_text(text)
    failures = []
    for item in checks.get("mentions", []):
        if fold(item) not in folded:
            failures.append(f"the reply does not mention {item!r}")
    for group in checks.get("mentions_any", []):
        if not any(fold(item) in folded for item in group):
            failures.append(f"the reply mentions none of {group}")
    for pattern in as_list(checks.get("matches", [])):
        if not re.search(pattern, plain, re.IGNORECASE):
            failures.append(f"the reply does not match /{pattern}/")
    for item in checks.get("not_mentions", []):
        if fold(item) in folded:
            failures.append(f"the reply mentions {item!r}")
    unknown = set(checks) - {"mentions", "mentions_any", "matches", "not_mentions"}
    if unknown:
        raise CaseError(f"unknown reply checks {sorted(unknown)}")
    return failures


def _judge_alternative(alt: dict[str, Any], outcome: Outcome) -> list[Problem]:
    problems: list[Problem] = []
    for name, initial in outcome.named_initial.items():
        final = outcome.named_final.get(name)
        problems += judge_named(name, alt.get(name, "unchanged"), initial, final)
    unknown = set(alt) - {"created", "active", "active_content", "asked", *outcome.named_initial}
    if unknown:
        raise CaseError(f"unknown expectations {sorted(unknown)} (or a project the start does not have)")
    created_spec = alt.get("created", [])
    assignment: list[str | None] = []
    if created_spec != "any":
        found, assignment = judge_created(created_spec, outcome)
        problems += found
    # Without a starting project and with nothing created there is no project to be on: the
    # judge_created check above already says nothing was made, so the active one is not asked.
    default_active = "start" if not created_spec and "start" in outcome.named_ids else "any"
    active = alt.get("active", default_active)
    if active != "any":
        expected_id = _active_id(active, outcome, assignment)
        if outcome.active_id != expected_id or expected_id is None:
            problems.append(
                Problem(
                    "unmet",
                    "active",
                    f"the conversation is on {_name_of(outcome.active_id, outcome)}, expected {active}",
                )
            )
    if "active_content" in alt:
        reference = outcome.named_initial[alt["active_content"]]
        if outcome.active_doc is None:
            problems.append(Problem("unmet", "active", "no current project"))
        else:
            for change in content_diff(reference, outcome.active_doc):
                problems.append(
                    Problem(
                        "unmet",
                        "active",
                        "differs from the start: " + describe_change(change, reference, outcome.active_doc),
                    )
                )
    if "asked" in alt:
        last = outcome.turns[-1].reply if outcome.turns else ""
        problems += [Problem("unmet", "question", m) for m in reply_failures(alt["asked"], last)]
        if "?" not in last:
            problems.append(Problem("unmet", "question", "the reply asks nothing"))
    return problems


def _active_id(active: str, outcome: Outcome, assignment: list[str | None]) -> str | None:
    if active in outcome.named_ids:
        return outcome.named_ids[active]
    if active.startswith("new"):
        index = int(active[3:] or 1) - 1
        return assignment[index] if index < len(assignment) else None
    raise CaseError(f"unknown active project {active!r}")


def _name_of(project_id: str | None, outcome: Outcome) -> str:
    for name, pid in outcome.named_ids.items():
        if pid == project_id:
            return name
    for n, created in enumerate(outcome.created, start=1):
        if created.project_id == project_id:
            return f"created project {n} ({'variant' if created.is_variation else 'brief'})"
    return str(project_id)


def judge_named(name: str, spec: Any, initial: dict[str, Any], final: dict[str, Any] | None) -> list[Problem]:
    """A starting project against its spec: unchanged, same_content, or a map of allowed changes."""
    if final is None:
        return [Problem("internal", name, "the project can no longer be read")]
    if spec in ("unchanged", "same_content"):
        problems = [
            Problem("wrong", name, describe_change(c, initial, final) + " (nothing should change)")
            for c in content_diff(initial, final)
        ]
        if spec == "unchanged" and not problems and final["version"] != initial["version"]:
            problems.append(
                Problem("unmet", name, f"a new version v{final['version']} was made though nothing changed")
            )
        return problems
    if not isinstance(spec, dict):
        raise CaseError(f"{name}: expected a map of changes, unchanged or same_content, got {spec!r}")
    return check_changes(spec, initial, final, name)


def check_changes(
    spec: dict[str, Any], before: dict[str, Any], after: dict[str, Any], where: str
) -> list[Problem]:
    """Every change of ``after`` against ``before`` must be allowed by ``spec``; every asked one made."""
    problems: list[Problem] = []
    targets = [(resolve(key, before, absolute=False), pred) for key, pred in spec.items()]
    covered: list[list[Change]] = [[] for _ in targets]
    shared: set[int] = set()  # changes that more than one key allows (e.g. scenes[*].durationSec)
    for change in content_diff(before, after):
        hits = [i for i, (target, _) in enumerate(targets) if target.covers(change)]
        if not hits:
            problems.append(Problem("wrong", where, describe_change(change, before, after) + " (not asked)"))
        if len(hits) > 1:
            shared.add(id(change))
        for i in hits:
            covered[i].append(change)
    for (target, pred), changes in zip(targets, covered, strict=True):
        problems += _evaluate(target, pred, changes, before, after, where, shared)
    return problems


def _evaluate(
    target: Target,
    pred: Any,
    changes: list[Change],
    before: dict[str, Any],
    after: dict[str, Any],
    where: str,
    shared: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[Problem]:
    """The problems of one key: ``changes`` are those it covers; ``shared`` those other keys allow too."""
    key = target.key
    own = [c for c in changes if id(c) not in shared]
    if pred == "optional":
        return []
    if target.kind in ("roles", "count"):
        return _check_final(target, pred, after, where)
    if target.kind == "order":
        final_ids = [s["id"] for s in after["scenes"]]
        if final_ids == pred:
            return []
        kind = "wrong" if changes else "unmet"
        return [Problem(kind, where, f"scene order is {final_ids}, expected {pred}")]
    if target.kind == "new":
        return _check_new_scenes(pred, changes, where)
    if target.kind in ("wild", "music"):
        return _check_each(target, pred, changes, where, before, after)
    # One concrete path (relative checks always resolve to one).
    [path] = target.paths
    if pred == "removed":
        problems = [
            Problem("wrong", where, describe_change(c, before, after) + " (the scene was to be removed)")
            for c in own
            if c.path != path
        ]
        if not any(c.path == path and c.after is MISSING for c in changes):
            problems.append(Problem("unmet", where, f"{key} was not removed"))
        return problems
    if pred == "changed" and len(path) == 2 and path[0] == "scenes":
        return [] if changes else [Problem("unmet", where, f"{key} did not change")]
    if isinstance(pred, dict) and any(k in pred for k in SCENE_PREDICATES):
        return _check_scene(key, pred, changes, own, where, before, after)
    value, old = get_path(after, path), get_path(before, path)
    was_changed = any(c.path[: len(path)] == path for c in changes)
    if isinstance(pred, dict) and pred.get("optional") and not was_changed:
        return []
    expected = check_value(pred, value, old, limits_for(path))
    if expected is None:
        return []
    if was_changed:
        return [Problem("wrong", where, f"{key} became {value!r}, expected {expected}")]
    return [Problem("unmet", where, f"{key} is still {old!r}, expected {expected}")]


def _check_final(target: Target, pred: Any, doc: dict[str, Any], where: str) -> list[Problem]:
    roles = [s["role"] for s in doc.get("scenes", [])]
    value = roles if target.kind == "roles" else len(roles)
    expected = check_value(pred, value)
    return (
        [] if expected is None else [Problem("unmet", where, f"{target.key} is {value}, expected {expected}")]
    )


def _check_new_scenes(pred: Any, changes: list[Change], where: str) -> list[Problem]:
    spec = dict(pred) if isinstance(pred, dict) else {}
    count = spec.pop("count", 1)
    problems = []
    for change in changes:
        scene = change.after
        for sub, sub_pred in spec.items():
            sub_path = tuple(sub.split("."))
            expected = check_value(sub_pred, get_path(scene, sub_path), MISSING, limits_for(sub_path))
            if expected is not None:
                got = get_path(scene, sub_path)
                problems.append(
                    Problem(
                        "wrong", where, f"added scene {scene['id']}: {sub} is {got!r}, expected {expected}"
                    )
                )
    if len(changes) < count:
        problems.append(Problem("unmet", where, f"{count - len(changes)} scene(s) not added"))
    elif len(changes) > count:
        problems.append(Problem("wrong", where, f"{len(changes)} scenes added, expected {count}"))
    return problems


def _check_each(
    target: Target,
    pred: Any,
    changes: list[Change],
    where: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> list[Problem]:
    problems = []
    for change in changes:
        expected = check_value(pred, change.after, change.before, limits_for(change.path))
        if expected is not None:
            label = scene_label(change.path, before, after)
            problems.append(Problem("wrong", where, f"{label} became {change.after!r}, expected {expected}"))
    flags = pred if isinstance(pred, dict) else {}
    must_change = target.kind == "music" and not flags.get("optional")
    if (must_change or flags.get("at_least_one") or pred == "changed") and not changes:
        problems.append(Problem("unmet", where, f"{target.key} did not change"))
    return problems


def _check_scene(
    key: str,
    pred: dict[str, Any],
    changes: list[Change],
    own: list[Change],
    where: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> list[Problem]:
    problems = []
    for change in own:
        rel = change.path[2:]
        if not rel:
            problems.append(Problem("wrong", where, describe_change(change, before, after)))
        elif "only" in pred and not any(
            rel[: len(p.split("."))] == tuple(p.split(".")) for p in pred["only"]
        ):
            problems.append(Problem("wrong", where, describe_change(change, before, after) + " (not asked)"))
        elif "look" in pred and rel[0] in NOT_LOOK_FIELDS:
            problems.append(
                Problem("wrong", where, describe_change(change, before, after) + " (only the look was asked)")
            )
    if "look" in pred:
        look_changes = [c for c in changes if c.path[2:] and c.path[2] not in NOT_LOOK_FIELDS]
        verdict = look_verdict(pred["look"], look_changes)
        if verdict == "none":
            problems.append(Problem("unmet", where, f"{key} did not get {pred['look']}"))
        elif verdict == "wrong":
            shown = "; ".join(describe_change(c, before, after) for c in look_changes)
            problems.append(Problem("wrong", where, f"{key} changed, but not {pred['look']}: {shown}"))
    elif pred.get("changed") and not changes:
        problems.append(Problem("unmet", where, f"{key} did not change"))
    return problems


def judge_created(spec: list[dict[str, Any]], outcome: Outcome) -> tuple[list[Problem], list[str | None]]:
    """The created projects against the expected ones, matched in the order that fits best."""
    actual = outcome.created
    considered = actual[:6]
    best: tuple[tuple[bool, int], list[Problem], list[str | None]] | None = None
    for perm in itertools.permutations(range(len(considered)), min(len(considered), len(spec))):
        problems: list[Problem] = []
        for i, entry in enumerate(spec):
            name = f"new{i + 1}"
            if i < len(perm):
                problems += _judge_one_created(entry, considered[perm[i]], outcome, name)
            else:
                problems.append(Problem("unmet", name, f"no {entry.get('kind', 'project')} was created"))
        for j, created in enumerate(actual):
            if j not in perm:
                what = "variant" if created.is_variation else "new ad"
                problems.append(
                    Problem("wrong", "created", f"an unexpected {what} was created ({created.project_id})")
                )
        score = (any(p.kind == "wrong" for p in problems), len(problems))
        if best is None or score < best[0]:
            assignment = [considered[k].project_id for k in perm]
            best = (score, problems, assignment)
    assert best is not None
    return best[1], best[2]


def _judge_one_created(
    entry: dict[str, Any], created: CreatedProject, outcome: Outcome, name: str
) -> list[Problem]:
    kind = entry.get("kind")
    if kind not in ("brief", "variant"):
        raise CaseError(f"created projects are `brief` or `variant`, not {kind!r}")
    actual_kind = "variant" if created.is_variation else "brief"
    if actual_kind != kind:
        return [Problem("wrong", name, f"a {actual_kind} was created where a {kind} was asked")]
    problems: list[Problem] = []
    if kind == "variant":
        parent = outcome.named_ids.get(entry.get("parent", "start"))
        if created.parent_id != parent:
            problems.append(Problem("unmet", name, f"variant of {created.parent_id}, expected of {parent}"))
    for key, pred in (entry.get("fields") or {}).items():
        target = resolve(key, created.final, absolute=True)
        if target.kind in ("roles", "count"):
            problems += _check_final(target, pred, created.final, name)
            continue
        if target.kind == "wild":  # every scene of the new ad
            rest = target.paths[0][2:]
            target = Target(key, "path", tuple(("scenes", s["id"], *rest) for s in created.final["scenes"]))
        if target.kind != "path":
            raise CaseError(f"{key!r} cannot be checked on a new ad")
        if not target.paths:
            problems.append(Problem("unmet", name, f"{key}: no such scene in the new ad"))
        for path in target.paths:
            expected = check_value(pred, get_path(created.final, path), MISSING, limits_for(path))
            if expected is not None:
                got = get_path(created.final, path)
                problems.append(Problem("unmet", name, f"{key} is {got!r}, expected {expected}"))
    if created.baseline is None:
        problems.append(Problem("unmet", name, "its parent could not be read to compare with"))
    else:
        problems += check_changes(entry.get("changes") or {}, created.baseline, created.final, name)
    return problems


# --- checking the cases themselves ------------------------------------------------------------------

_SCENE_LEVEL = ("changed", "only", "look")
_REPLY_CHECKS = ("mentions", "mentions_any", "matches", "not_mentions")


def lint_expectation(expect: dict[str, Any], named_docs: dict[str, dict[str, Any]]) -> list[str]:
    """What is malformed in one case's ``expect`` (given its starting documents by name)."""
    errors: list[str] = []
    for alt in expect.get("any_of") or [expect]:
        known = {"created", "active", "active_content", "asked", *named_docs}
        errors += [f"unknown expectation {k!r}" for k in alt if k not in known]
        for name, doc in named_docs.items():
            spec = alt.get(name, "unchanged")
            if spec in ("unchanged", "same_content"):
                continue
            if not isinstance(spec, dict):
                errors.append(f"{name}: {spec!r} is neither a map of changes nor unchanged/same_content")
                continue
            errors += _lint_map(spec, doc, absolute=False)
        created = alt.get("created", [])
        if created != "any":
            for entry in created:
                if entry.get("kind") not in ("brief", "variant"):
                    errors.append(f"created: kind {entry.get('kind')!r}")
                if entry.get("kind") == "variant" and entry.get("parent", "start") not in named_docs:
                    errors.append(f"created: parent {entry.get('parent')!r} is not a starting project")
                errors += _lint_map(entry.get("fields") or {}, {"scenes": []}, absolute=True)
                unknown = set(entry) - {"kind", "parent", "fields", "changes"}
                errors += [f"created: unknown key {k!r}" for k in unknown]
        active = alt.get("active", "any")
        if active not in ("any", "new", "new1", "new2", "new3", *named_docs):
            errors.append(f"active: {active!r}")
        if "active_content" in alt and alt["active_content"] not in named_docs:
            errors.append(f"active_content: {alt['active_content']!r}")
        errors += [f"asked: unknown check {k!r}" for k in alt.get("asked", {}) if k not in _REPLY_CHECKS]
    return errors


def _lint_map(spec: dict[str, Any], doc: dict[str, Any], *, absolute: bool) -> list[str]:
    errors = []
    for key, pred in spec.items():
        try:
            resolve(key, doc, absolute=absolute)
        except (CaseError, ValueError) as exc:
            errors.append(str(exc))
            continue
        for name in pred if isinstance(pred, dict) else ():
            if key == "scenes[new]":
                continue  # sub-paths of the added scene
            if name not in VALUE_CHECKS and name not in KEY_FLAGS and name not in _SCENE_LEVEL:
                errors.append(f"{key}: unknown predicate {name!r}")
        if isinstance(pred, dict) and "look" in pred and pred["look"] not in LOOKS:
            errors.append(f"{key}: unknown look {pred['look']!r}")
        if isinstance(pred, dict) and "color" in pred and not set(as_list(pred["color"])) <= set(FAMILIES):
            errors.append(f"{key}: unknown colour name in {pred['color']!r}")
    return errors


__all__ = [
    "INTERNAL_MARKERS",
    "RAW_ERROR_MARKERS",
    "CreatedProject",
    "Outcome",
    "Problem",
    "Target",
    "TurnLog",
    "Verdict",
    "check_changes",
    "judge",
    "judge_created",
    "judge_named",
    "lint_expectation",
    "reply_failures",
    "resolve",
]
