"""Start the web chat: ``chainlit run app.py`` in the folder that holds app.py and .chainlit/.

Chainlit reads its config, public files and welcome page from its working directory, so the
server runs as a child process there; the child gets the parent's settings (including a
``.env`` the parent read from elsewhere) as environment variables, with the data folder made
absolute so that the change of directory does not move it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from adgen.settings import Settings
from adgen.web.auth import SECRET_ENV, auth_mode, ensure_auth_secret
from adgen.web.guard import allowed_origins

APP_ROOT = Path(__file__).resolve().parents[2]
APP_FILE = APP_ROOT / "app.py"


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
    )


def run_web(settings: Settings, *, port: int = 8000, host: str = "127.0.0.1") -> int:
    """Run the web chat in the foreground until it exits or Ctrl-C / SIGTERM; its exit code."""
    proc = start_web(settings, port=port, host=host)
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
