"""Held-out language understanding (issue 15): the conversations of
tests/agent/heldout/conversations.yaml through the real ChatSession, offline, without rendering.

Prints, for the dev and test halves separately, the understood rate and the wrong-edit rate,
and a per-category table. Improve the parser against dev only; the test half is the figure.

Targets (test half): understood >= 90 %, wrong edit <= 2 %.

`--noise SEED` runs the same conversations with typos and chat shorthand injected
(tests/agent/heldout/heldout_noise.py): unseen text with known expectations, for the precision
of the typo handling; it also prints how many conversations ended on a question instead.

`--split NAME` runs one of the later sets instead (tests/agent/heldout/heldout_cases.py,
LATER_SETS: dev2 to dev4 written blind after each round of parser work, to improve against; test2
written blind as the second test set, run once clean, a development set since round five; later
test sets written blind and never tuned on: figures to report).

Run: .venv/bin/python bench/bench_understanding.py [--split dev|test|dev2|...|test2] [--category C] [--case ID]
                                             [--show-failures] [--limit N]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
ROOT = _HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests" / "agent" / "heldout"))

import argparse  # noqa: E402
import asyncio  # noqa: E402
import logging  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from heldout_cases import LATER_SETS, later_set, set_starts  # noqa: E402
from heldout_harness import (  # noqa: E402
    TARGET_UNDERSTOOD,
    TARGET_WRONG_EDIT,
    CaseResult,
    format_failure,
    load_cases,
    offline_settings,
    report,
    run_cases,
    select,
)
from heldout_noise import noisy_cases  # noqa: E402


def _asked(result: CaseResult) -> bool:
    """A conversation that changed nothing and asked a question somewhere (precision kept)."""
    turns = result.outcome.turns
    return not any(t.changed for t in turns) and any("?" in t.reply for t in turns)


def _confirmation(result: CaseResult) -> bool:
    return any("Did you mean" in t.reply for t in result.outcome.turns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split",
        choices=("dev", "test", *(h.name for h in LATER_SETS)),
        help="the first file's dev or test half, or one of the later sets: "
        + "; ".join(f"{h.name}: {h.why}" for h in LATER_SETS).replace("%", "%%"),
    )
    parser.add_argument("--category", help="only this category")
    parser.add_argument("--case", action="append", help="only this case id (repeatable)")
    parser.add_argument("--show-failures", action="store_true", help="print every failing conversation")
    parser.add_argument("--show", action="store_true", help="print every conversation, understood or not")
    parser.add_argument("--noise", type=int, default=None, help="inject typos/shorthand with this seed")
    parser.add_argument("--limit", type=int, default=0, help="with --show-failures, at most this many")
    args = parser.parse_args(argv)

    logging.disable(logging.WARNING)  # a turn that fails inside is judged, not printed twice
    if args.split in {h.name for h in LATER_SETS}:
        all_cases, starts = load_cases(later_set(args.split).conversations), set_starts(args.split)
    else:
        all_cases, starts = load_cases(), None
    cases = select(all_cases, split=args.split, category=args.category)
    if args.case:
        cases = [c for c in cases if c.id in set(args.case)]
    if args.noise is not None:
        cases = noisy_cases(cases, args.noise)
    with tempfile.TemporaryDirectory(prefix="adgen-heldout-") as tmp:
        started = time.perf_counter()
        results = asyncio.run(run_cases(cases, offline_settings(Path(tmp) / "data"), starts))
        elapsed = time.perf_counter() - started

    if args.show or args.show_failures:
        failures = [r for r in results if args.show or not r.verdict.understood]
        for result in failures[: args.limit or None]:
            print(format_failure(result))
            print()
    print(f"Held-out understanding: {len(results)} conversations in {elapsed:.1f} s (offline, no rendering)")
    print(report(results))
    if args.noise is not None:
        asked = sum(_asked(r) for r in results)
        print(
            f"noise seed {args.noise}: asked instead (nothing changed, a question in a reply) {asked}/{len(results)}"
        )
        confirmed = [r for r in results if _confirmation(r)]
        print(
            f"noise seed {args.noise}: a confirmation asked (“Did you mean …”) in {len(confirmed)}/{len(results)}, "
            f"of which wrong {sum(r.verdict.wrong_edit for r in confirmed)} (a later turn of the case went on "
            "without the yes)"
        )
    print(
        f"\nTargets on the test half: understood >= {TARGET_UNDERSTOOD:.0%}, wrong edit <= {TARGET_WRONG_EDIT:.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
