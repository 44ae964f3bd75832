"""Held-out language understanding (issue 15): the conversations of
tests/agent/heldout/conversations.yaml through the real ChatSession, offline, without rendering.

Prints, for the dev and test halves separately, the understood rate and the wrong-edit rate,
and a per-category table. Improve the parser against dev only; the test half is the figure.

Targets (test half): understood >= 90 %, wrong edit <= 2 %.

`--split dev2` runs the second development set instead (conversations_dev2.yaml, written blind
after the parser was tuned on dev); `--split dev3` the third (conversations_dev3.yaml, written
blind after round two tuned the parser on dev and dev2); `--split dev4` the fourth
(conversations_dev4.yaml, written blind after round three, aimed at the failure classes the issue
names): the set to improve against from then on. `--split test2` runs the second test set
(conversations_test2.yaml, written blind after round four and never run before its commit): a
figure to report, never to tune on.

Run: .venv/bin/python bench/bench_understanding.py [--split dev|test|dev2|dev3|dev4|test2] [--category C] [--case ID]
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

from heldout_cases import (  # noqa: E402
    CONVERSATIONS_DEV2_FILE,
    CONVERSATIONS_DEV3_FILE,
    CONVERSATIONS_DEV4_FILE,
    CONVERSATIONS_TEST2_FILE,
    DEV2_SPLIT,
    DEV3_SPLIT,
    DEV4_SPLIT,
    TEST2_SPLIT,
    load_dev2_starts,
    load_dev3_starts,
    load_dev4_starts,
    load_test2_starts,
)
from heldout_harness import (  # noqa: E402
    TARGET_UNDERSTOOD,
    TARGET_WRONG_EDIT,
    format_failure,
    load_cases,
    offline_settings,
    report,
    run_cases,
    select,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split",
        choices=("dev", "test", DEV2_SPLIT, DEV3_SPLIT, DEV4_SPLIT, TEST2_SPLIT),
        help="only this half (dev2, dev3, dev4: the second, third and fourth sets; test2: the second test set)",
    )
    parser.add_argument("--category", help="only this category")
    parser.add_argument("--case", action="append", help="only this case id (repeatable)")
    parser.add_argument("--show-failures", action="store_true", help="print every failing conversation")
    parser.add_argument("--show", action="store_true", help="print every conversation, understood or not")
    parser.add_argument("--limit", type=int, default=0, help="with --show-failures, at most this many")
    args = parser.parse_args(argv)

    logging.disable(logging.WARNING)  # a turn that fails inside is judged, not printed twice
    if args.split == DEV2_SPLIT:
        all_cases, starts = load_cases(CONVERSATIONS_DEV2_FILE), load_dev2_starts()
    elif args.split == DEV3_SPLIT:
        all_cases, starts = load_cases(CONVERSATIONS_DEV3_FILE), load_dev3_starts()
    elif args.split == DEV4_SPLIT:
        all_cases, starts = load_cases(CONVERSATIONS_DEV4_FILE), load_dev4_starts()
    elif args.split == TEST2_SPLIT:
        all_cases, starts = load_cases(CONVERSATIONS_TEST2_FILE), load_test2_starts()
    else:
        all_cases, starts = load_cases(), None
    cases = select(all_cases, split=args.split, category=args.category)
    if args.case:
        cases = [c for c in cases if c.id in set(args.case)]
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
    print(
        f"\nTargets on the test half: understood >= {TARGET_UNDERSTOOD:.0%}, wrong edit <= {TARGET_WRONG_EDIT:.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
