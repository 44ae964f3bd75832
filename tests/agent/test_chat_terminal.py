"""`adgen chat` in a real terminal (issue 12 item 8): offline, with no Redis, a brief renders to
the end and ``/quit`` leaves at once. The render's process pool used to fork while the thread
reading the keyboard held the stdin lock, so its workers deadlocked at start and the chat stayed
at "0 % queued" with a ``/quit`` that never returned."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from terminal import Terminal

ROOT = Path(__file__).resolve().parents[2]
ADGEN = [sys.executable, "-c", "import sys; from adgen.cli import main; sys.exit(main())"]

pytestmark = pytest.mark.slow  # a draft render on the process pool


def _chat_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "OPENAI_API_KEY", "REPLICATE_API_TOKEN")
    }
    # Two render processes: the pool, not its one-process thread fallback, is what is tested.
    env.update(ADGEN_DATA_DIR=str(data_dir), ADGEN_RENDER_PROCESSES="2", PYTHONUNBUFFERED="1", **extra)
    return env


def _probe(path: Path) -> dict:
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-print_format",
            "json",
            "-show_streams",
            str(path),
        ],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return json.loads(out)["streams"][0]


def test_offline_chat_renders_a_brief_to_the_end_and_quits_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    term = Terminal([*ADGEN, "chat"], env=_chat_env(data), cwd=tmp_path)
    try:
        term.expect(r"Describe an ad to start", 60)
        term.type("a 15 s ad for our cold brew, energetic")
        term.expect(r"\[render p_\w+\] 0% queued", 60)
        ended = term.expect(r"\[render (p_\w+)\] (done|failed): [^\n]*", 300)
        assert ended.group(2) == "done", term.screen
        term.expect(r"\[render p_\w+\] done: [^\n]*\n(\s+\S+: \S+\s*\n){3}", 10)  # the three videos
        exports = dict(re.findall(r"^\s+(9:16|1:1|16:9): (\S+)", term.screen[ended.end() :], re.M))
        assert set(exports) == {"9:16", "1:1", "16:9"}, term.screen
        video = _probe(Path(exports["9:16"].removeprefix("file://")))
        assert (video["width"], video["height"]) == (360, 640), video
        assert abs(float(video["duration"]) - 15.0) < 0.2, video
        term.type("/quit")
        assert term.wait_exit(10) == 0, term.screen
    finally:
        term.close()


def test_chat_renders_on_the_workers_of_the_adgen_up_running_for_its_data_folder(tmp_path: Path) -> None:
    """Without REDIS_URL, `adgen chat` finds the embedded Redis that `adgen up` runs for the same
    data folder (and only that one), so its renders go to the workers, not into the terminal."""
    from loopback import free_port
    from worker_procs import WorkerProcs

    from adgen.jobs.local_redis import start_local_redis, stop_local_redis
    from adgen.settings import Settings

    data = tmp_path / "data"
    port = str(free_port())
    env = _chat_env(data, ADGEN_REDIS_PORT=port)
    saved = dict(os.environ)
    os.environ.update(ADGEN_DATA_DIR=str(data), ADGEN_REDIS_PORT=port)
    os.environ.pop("REDIS_URL", None)
    try:
        local = start_local_redis(Settings(_env_file=None))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    (tmp_path / "logs").mkdir()
    workers = WorkerProcs(local.url, data, tmp_path / "logs")
    term = Terminal([*ADGEN, "chat"], env=env, cwd=tmp_path)
    try:
        workers.start("up-worker")
        term.expect(r"Describe an ad to start", 60)
        term.type("a 15 s ad for our cold brew, energetic")
        ended = term.expect(r"\[render (p_\w+)\] (done|failed): [^\n]*", 300)
        assert ended.group(2) == "done", term.screen
        assert f"of {ended.group(1)} v1" in workers.log("up-worker"), "the worker rendered it"
        term.type("/quit")
        assert term.wait_exit(10) == 0, term.screen
    finally:
        term.close()
        workers.stop_all()
        stop_local_redis(local)
