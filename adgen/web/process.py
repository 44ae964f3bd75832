"""The web chat's process, seen from `adgen web`: it dies with its parent, and its start is only a
start once it listens.

Why: killing only `adgen web` used to leave an orphan Chainlit holding the port, and a restart
then failed "address in use" yet exited 0 (Chainlit exits 0 even when it cannot bind). The child
gets a parent-death signal (SIGTERM, so it closes its port and data layer on the way out; Linux),
a taken port is said before starting, and a child that ends before it listens makes a non-zero
exit with the reason.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import time

from adgen.pipeline.lifetime import die_with_parent

START_TIMEOUT_SEC = 90.0


def stop_with_parent() -> None:
    """``preexec_fn`` of the Chainlit child: SIGTERM when `adgen web` dies."""
    die_with_parent(signal.SIGTERM)


def port_taken(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def taken_port_message(host: str, port: int) -> str:
    return (
        f"adgen web: {host}:{port} is already in use (another adgen web, or a program still stopping); "
        "stop it or choose another port with --port"
    )


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def await_listening(
    proc: subprocess.Popen, host: str, port: int, timeout: float = START_TIMEOUT_SEC
) -> int | None:
    """None once the web chat listens (or is still starting after ``timeout``); its exit code,
    never 0, when it ended before it listened."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _listening(host, port):
            return None
        if proc.poll() is not None:
            return proc.returncode or 1
        time.sleep(0.2)
    return None if proc.poll() is None else (proc.returncode or 1)


def ended_early_message(host: str, port: int, code: int) -> str:
    return (
        f"adgen web: the web chat stopped before it listened on {host}:{port} (exit code {code}); "
        "its messages above say why"
    )


__all__ = ["await_listening", "ended_early_message", "port_taken", "stop_with_parent", "taken_port_message"]
