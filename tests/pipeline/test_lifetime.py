"""Helper programs end with the process that ran them, without Python code between fork and exec.

A render starts ffmpegs from several threads at once; a ``preexec_fn`` there once deadlocked a
scene pass in ``_execute_child`` (the full suite hung on the cloud fan-out test). These tests pin
the replacement: ``setpriv --pdeathsig KILL`` in the command line.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from adgen.pipeline.ffmpeg import _ffmpeg, _run
from adgen.pipeline.lifetime import killed_with_parent

ROOT = Path(__file__).resolve().parents[2]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
def test_a_helper_dies_when_the_process_that_ran_it_is_killed(tmp_path: Path) -> None:
    assert killed_with_parent(["sleep", "60"])[-2:] == ["sleep", "60"]
    assert "--pdeathsig" in killed_with_parent(["sleep", "60"])
    owner = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time\n"
            "from adgen.pipeline.lifetime import killed_with_parent\n"
            "p = subprocess.Popen(killed_with_parent(['sleep', '60']))\n"
            "print(p.pid, flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    helper = int(owner.stdout.readline())
    time.sleep(0.3)
    assert _alive(helper)
    assert Path(f"/proc/{helper}/comm").read_text().strip() == "sleep"  # setpriv executed it
    owner.send_signal(signal.SIGKILL)
    owner.wait(timeout=10)
    deadline = time.monotonic() + 5
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(helper), "the helper outlived the process that ran it"


def test_ffmpegs_started_from_many_threads_at_once_all_finish() -> None:
    errors: list[BaseException] = []

    def run_some() -> None:
        try:
            for _ in range(8):
                _run(_ffmpeg("-f", "lavfi", "-i", "color=c=red:s=16x16:d=0.04", "-f", "null", "-"), "probe")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run_some) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "an ffmpeg start hung"
    assert not errors, errors
