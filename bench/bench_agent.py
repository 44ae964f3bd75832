"""Agent benchmarks of issue 5, measured in one run on this machine.

(a) the offline parser's accuracy on the phrase suite (tests/agent/phrase_suite.py): a phrase
    counts only when the operations, every intent flag, the question and the brief are exactly
    what the suite expects; and the parse time of one message (median, p95);
(b) the time of a chat turn without rendering: ``adgen.agent.session.ChatSession`` on the
    offline path (parser + validation + store), auto-render off, in a fresh data folder.

Targets: accuracy >= 95 %, p95 of a chat turn <= 50 ms.

Run: .venv/bin/python bench/bench_agent.py [--rounds 20] [--conversations 3] [--verbose]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

TARGET_ACCURACY = 0.95
TARGET_TURN_P95_MS = 50.0

# A conversation's edits after its brief: everyday requests that fit any planned ad.
CHAT_EDITS = (
    "make the hook brighter",
    "the CTA should say 'Buy now'",
    "make it 20 seconds",
    "bigger text",
    "calmer music",
    "louder music",
    "make the hook 3 seconds",
    "add a testimonial after the hook",
    "swap scene 2 and 3",
    "undo",
    "move the text to the top",
    "brand colours navy and gold",
    "tagline: Fresh every morning",
    "use the font Montserrat",
    "regenerate scene 2 with more sunlight",
    "make it warmer",
    "remove the testimonial",
    "make the CTA text yellow and the hook say 'Wake up!'",
    "undo twice",
    "what's the weather?",
)
CHAT_BRIEF = "a 15 s ad for our cold brew, energetic, brand colours navy and gold"


def phrase_suite() -> ModuleType:
    """The phrase suite, which lives with the tests (tests/agent/phrase_suite.py), loaded from
    its file so that running this script needs no change to the import path."""
    if "phrase_suite" in sys.modules:
        return sys.modules["phrase_suite"]
    spec = importlib.util.spec_from_file_location(
        "phrase_suite", ROOT / "tests" / "agent" / "phrase_suite.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["phrase_suite"] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def parser_accuracy(verbose: bool = False) -> tuple[int, int]:
    """(phrases parsed exactly, phrases) over the suite."""
    suite = phrase_suite()
    PHRASES, PROJECTS, check = suite.PHRASES, suite.PROJECTS, suite.check

    from adgen.agent.understanding import parse_message

    exact = 0
    for phrase in PHRASES:
        turn = parse_message(phrase.text, PROJECTS[phrase.project](), has_attachment=phrase.attachment)
        problems = check(phrase, turn)
        if problems:
            if verbose:
                print(f"  MISS {phrase.text!r}: " + "; ".join(problems))
        else:
            exact += 1
    return exact, len(PHRASES)


def parse_times(rounds: int) -> tuple[list[float], list[float]]:
    """(wall-clock, CPU) seconds to parse each phrase of the suite, ``rounds`` times over.

    CPU time (this thread only) is the parser's own cost; wall-clock also counts waiting for a
    core, which on a busy machine can be most of it.
    """
    suite = phrase_suite()
    PHRASES, PROJECTS = suite.PHRASES, suite.PROJECTS

    from adgen.agent.understanding import parse_message

    projects = {name: make() for name, make in PROJECTS.items()}
    for phrase in PHRASES:  # warm up: imports, regex caches
        parse_message(phrase.text, projects[phrase.project], has_attachment=phrase.attachment)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for phrase in PHRASES:
            start, start_cpu = time.perf_counter(), time.thread_time()
            parse_message(phrase.text, projects[phrase.project], has_attachment=phrase.attachment)
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return wall, cpu


def chat_turn_times(conversations: int) -> tuple[list[float], list[float], list[float]] | None:
    """(brief turn, edit turn, edit turn CPU) seconds of offline chat turns; None without ChatSession."""
    try:
        from adgen.agent.session import ChatSession
    except ImportError:
        return None
    from adgen.settings import Settings

    async def run(data_dir: Path) -> tuple[list[float], list[float], list[float]]:
        settings = Settings(ADGEN_DATA_DIR=str(data_dir))
        briefs: list[float] = []
        edits: list[float] = []
        edits_cpu: list[float] = []
        for index in range(conversations):
            session = ChatSession.open(
                settings=settings,
                owner="bench",
                conversation_id=f"bench{index}",
                channel="bench",
                auto_render=False,
            )
            async with session:
                start = time.perf_counter()
                reply = await session.send(CHAT_BRIEF)
                briefs.append(time.perf_counter() - start)
                if reply.project is None:
                    raise RuntimeError(f"the brief made no project: {reply.text}")
                for message in CHAT_EDITS:
                    start, start_cpu = time.perf_counter(), time.thread_time()
                    await session.send(message)
                    edits_cpu.append(time.thread_time() - start_cpu)
                    edits.append(time.perf_counter() - start)
        return briefs, edits, edits_cpu

    for key in ("OPENAI_API_KEY", "REPLICATE_API_TOKEN", "REDIS_URL", "AWS_ENDPOINT_URL", "ADGEN_S3_BUCKET"):
        os.environ.pop(key, None)
    with tempfile.TemporaryDirectory(prefix="adgen-bench-agent-") as tmp:
        return asyncio.run(run(Path(tmp)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the suite for parse timing")
    parser.add_argument("--conversations", type=int, default=3, help="chat conversations to time")
    parser.add_argument("--verbose", action="store_true", help="list the phrases that were missed")
    args = parser.parse_args(argv)

    exact, total = parser_accuracy(args.verbose)
    accuracy = exact / total
    print(
        f"parser accuracy on the phrase suite: {exact}/{total} = {accuracy:.1%} "
        f"(target >= {TARGET_ACCURACY:.0%}) {'OK' if accuracy >= TARGET_ACCURACY else 'BELOW TARGET'}"
    )
    print(
        f"machine load average (1/5/15 min): {' / '.join(f'{v:.1f}' for v in os.getloadavg())} "
        f"on {os.cpu_count()} cores"
    )
    wall, cpu = parse_times(args.rounds)
    print(
        f"parse time per message, wall clock: median {_ms(statistics.median(wall)):.3f} ms, "
        f"p95 {_ms(_p95(wall)):.3f} ms, max {_ms(max(wall)):.3f} ms ({len(wall)} parses)"
    )
    print(
        f"parse time per message, CPU: median {_ms(statistics.median(cpu)):.3f} ms, "
        f"p95 {_ms(_p95(cpu)):.3f} ms, max {_ms(max(cpu)):.3f} ms"
    )

    ok = accuracy >= TARGET_ACCURACY
    turns = chat_turn_times(args.conversations)
    if turns is None:
        print("chat turn: adgen.agent.session.ChatSession is not available; not measured")
    else:
        briefs, edits, edits_cpu = turns
        p95 = _ms(_p95(edits))
        print(
            f"chat turn without rendering (offline, {len(edits)} edit turns), wall clock: median "
            f"{_ms(statistics.median(edits)):.1f} ms, p95 {p95:.1f} ms (target <= {TARGET_TURN_P95_MS:.0f} ms) "
            f"{'OK' if p95 <= TARGET_TURN_P95_MS else 'ABOVE TARGET'}"
        )
        print(
            f"chat turn without rendering, CPU of this thread: median {_ms(statistics.median(edits_cpu)):.1f} ms, "
            f"p95 {_ms(_p95(edits_cpu)):.1f} ms"
        )
        print(
            f"brief turn (plan + store, {len(briefs)} turns): median {_ms(statistics.median(briefs)):.1f} ms, "
            f"max {_ms(max(briefs)):.1f} ms"
        )
        ok = ok and p95 <= TARGET_TURN_P95_MS
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
