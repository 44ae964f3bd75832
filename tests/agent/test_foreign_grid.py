"""The foreign grid: the same core requests asked in nine languages, read on coldbrew_ab.

Why: requests in another language were the weakest category on the clean test sets, and the
per-language vocabulary tables grew case by case. tests/agent/data/foreign_grid.yaml asks each of
31 core requests twice in every language, written before the tables were changed; the first
phrasing of each pair is the `tune` half (the tables may be improved against it), the second the
`holdout` half (only measured). A phrasing is understood when its operations (or its switch, or
its answer) are exactly the expected ones, and a wrong edit when it changes anything else.

Run as a script for the figures per language and half: ``python tests/agent/test_foreign_grid.py
[--failures tune]`` (the holdout half's failures are never printed, so nobody tunes on them).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

if __name__ == "__main__":  # run as a script: this checkout's adgen, not an installed one
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from heldout_cases import load_starts, starting_set  # noqa: E402

from adgen.agent.understanding import parse_message  # noqa: E402
from adgen.agent.understanding.switching import VariantFamily  # noqa: E402
from adgen.project import AdProject  # noqa: E402

GRID_FILE = Path(__file__).resolve().parent / "data" / "foreign_grid.yaml"
HALVES = ("tune", "holdout")

# Floors, set after the tables were improved on the tune half (the holdout floor is what was
# measured then, never tuned to): understood at least, wrong edits at most, per half.
# Before any table change: tune 140/279 (10 wrong), holdout 106/279 (15 wrong).
# Then the gate on untranslated words (tests/agent/test_foreign_gate.py) and rows for the development
# sets' harmless words: holdout 152/279, 7 wrong (the 9 fewer understood became "Did you mean …?").
# The holdout half is no longer clean: its failures were read once for the helper's report, and
# the gate was designed from that report's description of them (an intensity or a scene word left
# untranslated). A clean figure for other languages needs a new grid, written before it is run.
FLOORS: dict[str, tuple[int, int]] = {"tune": (279, 0), "holdout": (152, 7)}


@dataclass(frozen=True)
class Phrasing:
    lang: str
    request: str
    half: str
    say: str
    expect: dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    phrasing: Phrasing
    verdict: str  # "ok", "wrong" (changes something else) or "unread" (asks, helps, answers wrongly)
    got: str


def _filled(value: Any, text: str | None) -> Any:
    """The expectation with "<text>" replaced by the phrasing's quoted copy."""
    if isinstance(value, dict):
        return {k: _filled(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [_filled(v, text) for v in value]
    return text if value == "<text>" else value


def load_grid(path: Path = GRID_FILE) -> tuple[str, list[Phrasing]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    requests = data["requests"]
    phrasings = [
        Phrasing(lang, request, entry["half"], entry["say"], _filled(requests[request], entry.get("text")))
        for lang, rows in data["grid"].items()
        for request, pair in rows.items()
        for entry in pair
    ]
    return data["start"], phrasings


@cache
def _documents(start: str) -> dict[str, dict[str, Any]]:
    return starting_set(start, load_starts(), owner="grid", prefix="p").documents


def _projects(start: str) -> tuple[dict[str, AdProject], VariantFamily]:
    projects = {name: AdProject.model_validate(doc) for name, doc in _documents(start).items()}
    by_id = {p.project_id: p for p in projects.values()}
    variants = [(name, p.project_id) for name, p in projects.items() if name != "start"]
    return projects, VariantFamily(projects["start"].project_id, variants, load=by_id.get)


def judge(start: str, phrasing: Phrasing) -> Outcome:
    projects, family = _projects(start)
    expect = phrasing.expect
    turn = parse_message(phrasing.say, projects[expect.get("on", "start")], family=lambda: family)
    wire = [op.to_wire() for op in turn.operations]
    switched = next((name for name, p in projects.items() if p.project_id == turn.switch_to), turn.switch_to)
    got = f"ops={wire} switch={switched} answer={(turn.answer or '')[:60]!r} q={bool(turn.question)}"
    changed = bool(wire) or switched is not None
    if "ops" in expect:
        ok = wire == expect["ops"] and switched is None
    elif "switch_to" in expect:
        ok = not wire and switched == expect["switch_to"]
    else:
        ok = not changed and expect["answer_contains"] in (turn.answer or "")
    verdict = "ok" if ok else ("wrong" if changed else "unread")
    return Outcome(phrasing, verdict, got)


def grade(path: Path = GRID_FILE) -> list[Outcome]:
    start, phrasings = load_grid(path)
    return [judge(start, p) for p in phrasings]


def report(outcomes: list[Outcome]) -> str:
    counts: Counter[tuple[str, str, str]] = Counter()
    for o in outcomes:
        counts[(o.phrasing.lang, o.phrasing.half, o.verdict)] += 1
    langs = list(dict.fromkeys(o.phrasing.lang for o in outcomes))
    lines = [f"{'lang':6}" + "".join(f"{h + ' ok/n (wrong)':>24}" for h in HALVES)]
    for lang in [*langs, "all"]:
        cells = []
        for half in HALVES:
            pick = [o for o in outcomes if o.phrasing.half == half and lang in ("all", o.phrasing.lang)]
            ok = sum(o.verdict == "ok" for o in pick)
            wrong = sum(o.verdict == "wrong" for o in pick)
            cells.append(f"{ok:>3}/{len(pick):<3} {100 * ok / max(1, len(pick)):5.1f}% ({wrong})")
        lines.append(f"{lang:6}" + "".join(f"{c:>24}" for c in cells))
    return "\n".join(lines)


def test_the_grid_is_well_formed() -> None:
    start, phrasings = load_grid()
    assert start in load_starts()
    pairs = Counter((p.lang, p.request) for p in phrasings)
    assert set(pairs.values()) == {2}
    assert Counter(p.half for p in phrasings) == {"tune": len(pairs), "holdout": len(pairs)}
    assert all("<text>" not in str(p.expect) for p in phrasings)


def test_the_grid_stays_at_its_floors() -> None:
    outcomes = grade()
    print(report(outcomes))
    for half, (least_ok, most_wrong) in FLOORS.items():
        pick = [o for o in outcomes if o.phrasing.half == half]
        ok = sum(o.verdict == "ok" for o in pick)
        wrong = [o for o in pick if o.verdict == "wrong"]
        assert ok >= least_ok, (half, ok, least_ok)
        assert len(wrong) <= most_wrong, (half, [(o.phrasing.say, o.got) for o in wrong])


if __name__ == "__main__":
    results = grade()
    print(report(results))
    if "--failures" in sys.argv:
        shown = "tune"  # the holdout half is measured only: its failures are not printed
        for o in results:
            if o.phrasing.half == shown and o.verdict != "ok":
                print(
                    f"{o.verdict:6} {o.phrasing.lang} {o.phrasing.request:24} {o.phrasing.say!r}\n       {o.got}"
                )
