"""Start the web chat: ``chainlit run app.py`` in the folder that holds app.py and .chainlit/.

Chainlit reads its config, public files and welcome page from its working directory, so the
server runs as a child process there; the child gets the parent's settings (including a
``.env`` the parent read from elsewhere) as environment variables, with the data folder made
absolute so that the change of directory does not move it. That folder is the checkout when
adgen runs from one, else the copy a plain ``pip install .`` put under ``<prefix>/share/adgen``.

Chainlit keeps uploads in ``<app folder>/.files`` and deletes that whole folder when its process
stops, so a second web chat of the same folder (a test run, another ``adgen web``) would take
every other one's uploads with it: :func:`use_own_files_directory` gives each process its own.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import uuid
from pathlib import Path

from adgen.pipeline.lifetime import process_exists
from adgen.settings import Settings
from adgen.web.auth import SECRET_ENV, auth_mode, ensure_auth_secret
from adgen.web.guard import allowed_origins

CHECKOUT = Path(__file__).resolve().parents[2]
INSTALLED = Path(sysconfig.get_path("data")) / "share" / "adgen"  # pyproject's data-files
APP_ROOT = CHECKOUT if (CHECKOUT / "app.py").is_file() else INSTALLED
APP_FILE = APP_ROOT / "app.py"
FILES_FOLDER = "web-files"  # under the data folder: one sub-folder per running web chat


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
        raise WebStartError(
            f"the web chat entry {APP_FILE} is missing; reinstall adgen (pip install .) or run it from its checkout"
        )
    auth_mode(settings)  # a bad ADGEN_AUTH / ADGEN_USERS is reported here, not in the browser
    allowed_origins(settings)  # and so is a bad ADGEN_ALLOWED_ORIGINS
    from adgen.web.process import stop_with_parent

    return subprocess.Popen(
        web_command(port=port, host=host),
        cwd=APP_ROOT,
        env=web_environment(settings),
        stdout=stdout,
        stderr=stderr,
        preexec_fn=stop_with_parent,  # killing `adgen web` never leaves a Chainlit holding the port
    )


def use_own_files_directory(settings: Settings) -> Path:
    """Give this web chat process its own uploads folder, ``<data>/web-files/<pid>-<random>``.

    Chainlit 2.x has no setting for it: ``chainlit.config.FILES_DIRECTORY`` is ``<app>/.files``,
    read by each session when it stores a file, and ``chainlit.server`` deletes its own copy of
    the name when the process stops. Both names are pointed at the new folder (the uploads test
    of tests/web checks that a neighbour's stop leaves them alone). Folders left by processes that
    no longer run (killed, so Chainlit could not clean up) are removed.
    """
    import chainlit.config
    import chainlit.server

    parent = settings.root / FILES_FOLDER
    parent.mkdir(parents=True, exist_ok=True)
    for old in parent.iterdir():
        pid = old.name.split("-", 1)[0]
        if pid.isdigit() and not process_exists(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    own = parent / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    own.mkdir()
    chainlit.config.FILES_DIRECTORY = own
    chainlit.server.FILES_DIRECTORY = own
    return own


def run_web(settings: Settings, *, port: int = 8000, host: str = "127.0.0.1") -> int:
    """Run the web chat in the foreground until it exits or Ctrl-C / SIGTERM; its exit code."""
    # Not 0 when it could not start listening (Chainlit's own exit code is 0 then).
    from adgen.web.process import await_listening, ended_early_message, port_taken, taken_port_message

    if port_taken(host, port):
        print(taken_port_message(host, port), file=sys.stderr, flush=True)
        return 1
    proc = start_web(settings, port=port, host=host)
    failed = await_listening(proc, host, port)
    if failed is not None:
        print(ended_early_message(host, port, failed), file=sys.stderr, flush=True)
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
