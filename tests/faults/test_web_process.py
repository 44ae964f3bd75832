"""The `adgen web` process itself (issue 13 item 7): killing only its parent used to leave an orphan
Chainlit holding the port, so the restart failed with "address in use" and yet exited 0. The
Chainlit child dies with its parent, and a start that cannot listen exits non-zero, saying why."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from loopback import free_port, wait_for_port, wait_until
from proc_tree import descendants, session, still_alive

pytestmark = pytest.mark.slow  # starts the web chat (Chainlit) twice

ADGEN = [sys.executable, "-c", "import sys; from adgen.cli import main; sys.exit(main())"]


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "OPENAI_API_KEY", "CI")}
    env.update(ADGEN_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    return env


def _web(port: int, data_dir: Path, log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(
            [*ADGEN, "web", "--port", str(port)],
            env=_env(data_dir),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _kill_session(proc: subprocess.Popen) -> None:
    for left in session(proc.pid):
        try:
            os.kill(left.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_killing_adgen_web_takes_its_chainlit_along_and_a_restart_serves_again(tmp_path: Path) -> None:
    port, data = free_port(), tmp_path / "data"
    first = _web(port, data, tmp_path / "first.log")
    second = None
    try:
        wait_for_port(port, timeout=90, proc=first)
        children = descendants(first.pid)
        assert any("chainlit" in p.cmdline for p in children), children
        os.kill(first.pid, signal.SIGKILL)  # only the parent, as a crash or the OOM killer would
        first.wait(timeout=10)
        try:
            wait_until(
                lambda: not still_alive(children) and _port_free(port),
                20,
                "Chainlit to end and the port to free",
            )
        except AssertionError:
            raise AssertionError(f"left behind: {[str(p) for p in still_alive(children)]}") from None

        second = _web(port, data, tmp_path / "second.log")
        wait_for_port(port, timeout=90, proc=second)
        assert second.poll() is None
    finally:
        _kill_session(first)
        if second is not None:
            _kill_session(second)


def test_a_web_chat_that_cannot_listen_exits_non_zero_saying_why(tmp_path: Path) -> None:
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        proc = subprocess.Popen(
            [*ADGEN, "web", "--port", str(port)],
            env=_env(tmp_path / "data"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=120)
        finally:
            _kill_session(proc)
    assert proc.returncode not in (0, None), (out, err)
    assert f"127.0.0.1:{port}" in err and "in use" in err, (out, err)
    assert "Traceback" not in err
