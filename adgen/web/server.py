"""Start the web chat: ``chainlit run app.py`` in the folder that holds app.py and .chainlit/.

Chainlit reads its config, public files and welcome page from its working directory, so the
server runs as a child process there; the child gets the parent's settings (including a
``.env`` the parent read from elsewhere) as environment variables, with the data folder made
absolute so that the change of directory does not move it.

The child dies with its parent (a parent-death signal: killing `adgen web` never leaves a
Chainlit holding the port), and a start that cannot listen exits non-zero with the reason
(Chainlit itself exits 0 even when its port is taken). Each web chat process keeps uploads in a
files folder of its own under the data folder (:func:`start_instance`): Chainlit deletes its
folder when it stops, which used to be ``<checkout>/.files``, shared by every instance.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from adgen.pipeline.lifetime import die_with_parent, process_alive, process_started
from adgen.settings import Settings
from adgen.web.auth import SECRET_ENV, auth_mode, ensure_auth_secret
from adgen.web.guard import allowed_origins

log = logging.getLogger(__name__)

APP_ROOT = Path(__file__).resolve().parents[2]
APP_FILE = APP_ROOT / "app.py"
START_TIMEOUT_SEC = 90.0


class WebStartError(RuntimeError):
    """The web chat can not start; the message says why."""


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as the environment variables that recreate them in a child process."""
    env: dict[str, str] = {}
    for name, info in Settings.model_fields.items():
        alias = info.validation_alias
        if alias is None:
            continue
        key = alias if isinstance(alias, str) else alias.choices[0]
        value = getattr(settings, name)
        if value is None:
            continue
        env[str(key)] = str(value)
    env["ADGEN_DATA_DIR"] = str(settings.root)
    return env


def web_command(*, port: int, host: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "chainlit",
        "run",
        str(APP_FILE),
        "--headless",
        "--host",
        host,
        "--port",
        str(port),
    ]


def web_environment(settings: Settings) -> dict[str, str]:
    env = {**os.environ, **settings_env(settings)}
    env[SECRET_ENV] = ensure_auth_secret(settings)
    env["CHAINLIT_APP_ROOT"] = str(APP_ROOT)
    # `chainlit run` reads CI=true as its --ci flag, which plants a fake OPENAI_API_KEY and would
    # switch the agent to an LLM that does not exist; CI systems set CI=true for everything.
    env.pop("CI", None)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def start_web(
    settings: Settings, *, port: int = 8000, host: str = "127.0.0.1", stdout=None, stderr=None
) -> subprocess.Popen:
    """Start the web chat as a child process and return it (the caller stops it)."""
    if not APP_FILE.is_file():
        raise WebStartError(f"the web chat entry {APP_FILE} is missing; run adgen from its checkout")
    auth_mode(settings)  # a bad ADGEN_AUTH / ADGEN_USERS is reported here, not in the browser
    allowed_origins(settings)  # and so is a bad ADGEN_ALLOWED_ORIGINS
    return subprocess.Popen(
        web_command(port=port, host=host),
        cwd=APP_ROOT,
        env=web_environment(settings),
        stdout=stdout,
        stderr=stderr,
        preexec_fn=_stop_with_parent,
    )


def _stop_with_parent() -> None:
    die_with_parent(signal.SIGTERM)  # SIGTERM: Chainlit closes its port and data layer on the way out


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _port_taken(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def _await_listening(proc: subprocess.Popen, host: str, port: int) -> int | None:
    """None once the web chat listens; its exit code (never 0) when it ended before that."""
    deadline = time.monotonic() + START_TIMEOUT_SEC
    while time.monotonic() < deadline:
        if _listening(host, port):
            return None
        if proc.poll() is not None:
            return proc.returncode or 1
        time.sleep(0.2)
    return None if proc.poll() is None else (proc.returncode or 1)


def run_web(settings: Settings, *, port: int = 8000, host: str = "127.0.0.1") -> int:
    """Run the web chat in the foreground until it exits or Ctrl-C / SIGTERM; its exit code."""
    if _port_taken(host, port):
        print(
            f"adgen web: {host}:{port} is already in use (another adgen web, or a program still "
            "stopping); stop it or choose another port with --port",
            file=sys.stderr,
            flush=True,
        )
        return 1
    proc = start_web(settings, port=port, host=host)
    failed = _await_listening(proc, host, port)
    if failed is not None:
        print(
            f"adgen web: the web chat stopped before it listened on {host}:{port} (exit code {failed}); "
            "its messages above say why",
            file=sys.stderr,
            flush=True,
        )
        return failed
    print(f"adgen web chat on http://{host}:{port} (Ctrl-C stops it)", flush=True)

    def forward(signum, _frame):
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM if signum == signal.SIGTERM else signal.SIGINT)

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        while True:
            try:
                return proc.wait()
            except KeyboardInterrupt:
                forward(signal.SIGINT, None)
                try:
                    return proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    return proc.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)


# --- inside the web chat process ----------------------------------------------------------------


def start_instance(settings: Settings) -> Path:
    """What each web chat process does as it starts: a files folder of its own for uploads
    (folders of instances that are gone are removed), and the renders a killed instance left
    "queued" marked failed, with a message and the Render button. Returns the files folder."""
    from adgen.jobs.interrupted import recover_interrupted_renders

    files = _own_files_directory(settings)
    try:
        recover_interrupted_renders(settings)
    except Exception:  # noqa: BLE001 - old renders must not keep the chat from starting
        log.exception("could not look for renders interrupted by a dead process")
    return files


def _own_files_directory(settings: Settings) -> Path:
    import chainlit.config
    import chainlit.server

    base = settings.root / "web" / "files"
    base.mkdir(parents=True, exist_ok=True)
    for folder in base.iterdir():
        pid, _, started = folder.name.partition("-")
        if pid.isdigit() and not process_alive(int(pid), started or None):
            shutil.rmtree(folder, ignore_errors=True)
    own = base / f"{os.getpid()}-{process_started(os.getpid()) or 'x'}"
    own.mkdir(exist_ok=True)
    # Chainlit reads the constant where a session stores uploads and where its shutdown deletes them.
    chainlit.config.FILES_DIRECTORY = own
    chainlit.server.FILES_DIRECTORY = own
    return own
