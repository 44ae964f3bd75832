#!/usr/bin/env python3
"""Smoke test of a plain install: `pip install .` (no extras) in a throwaway venv, then `adgen up`.

Why: the dev extra brings packages the product itself needs at run time (greenlet came only with
Playwright, so a plain install's web chat exited at once). This installs the checkout as a user
would, outside it, imports every module of the product, starts `adgen up` on free ports with its
own data folder and checks that the chat page answers HTTP 200, that SIGTERM stops everything
with exit code 0, and that no process or Redis of it is left. Standard library only; run by
`make test-install` (CI: .ci/run). The pip cache (filled by the set-up) keeps it to about two minutes.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_SEC = 120
STOP_TIMEOUT_SEC = 45
# What must not leak in from the developer's shell: cloud keys, another Redis, Chainlit's CI flag.
DROP = (
    "CI",
    "REDIS_URL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "REPLICATE_API_TOKEN",
    "AWS_ENDPOINT_URL",
    "ADGEN_S3_BUCKET",
    "ADGEN_AUTH",
    "ADGEN_USERS",
    "CHAINLIT_AUTH_SECRET",
    "VIRTUAL_ENV",
    "PYTHONPATH",
)


IMPORT_ALL = """
import importlib, pkgutil, sys, adgen
bad = []
for module in pkgutil.walk_packages(adgen.__path__, "adgen."):
    try:
        importlib.import_module(module.name)
    except Exception as exc:
        bad.append(f"{module.name}: {exc!r}")
print("\\n".join(bad))
sys.exit(1 if bad else 0)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_source(dest: Path) -> Path:
    """The checkout's files as git sees them (tracked and new, not ignored): what a clone has, plus
    the uncommitted work, without .venv, build output or data."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:
        shutil.copytree(
            ROOT, dest, ignore=shutil.ignore_patterns(".git", ".venv", ".adgen", "build", "test-artifacts")
        )
        return dest
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def http_status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return None


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def main() -> int:
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="adgen-plain-install-"))
    proc: subprocess.Popen | None = None
    try:
        source = copy_source(work / "src")
        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        print(f"smoke: pip install {source} (no extras) into a new venv ...", flush=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(source)],
            check=True,
            cwd=work,
        )
        installed = time.monotonic() - started
        # Every module of the product must import with what a plain install brings (not only the
        # web chat's: the Slack adapter, the workers, the CLI's commands).
        imports = subprocess.run(
            [str(venv / "bin" / "python"), "-c", IMPORT_ALL], cwd=work, capture_output=True, text=True
        )
        if imports.returncode != 0:
            print(
                f"smoke: FAILED: modules that do not import:\n{imports.stdout}{imports.stderr}",
                file=sys.stderr,
            )
            return 1
        web_port, redis_port = free_port(), free_port()
        env = {k: v for k, v in os.environ.items() if k not in DROP}
        env.update(
            {
                "ADGEN_DATA_DIR": str(work / "data"),
                "ADGEN_REDIS_PORT": str(redis_port),
                "PATH": f"{venv / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}",
            }
        )
        log_path = work / "up.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [str(venv / "bin" / "adgen"), "up", "--port", str(web_port), "--workers", "1"],
                cwd=work,  # not the checkout: nothing may depend on it
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        url = f"http://127.0.0.1:{web_port}/"
        deadline = time.monotonic() + START_TIMEOUT_SEC
        status = None
        while time.monotonic() < deadline and proc.poll() is None:
            status = http_status(url)
            if status == 200 or b"web chat did not start" in log_path.read_bytes():
                break
            time.sleep(0.5)
        if status != 200:
            return fail(f"the chat page {url} answered {status} (adgen up exit code {proc.poll()})", log_path)
        print(f"smoke: {url} answers 200", flush=True)
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=STOP_TIMEOUT_SEC)
        except subprocess.TimeoutExpired:
            return fail(f"adgen up did not stop within {STOP_TIMEOUT_SEC}s of SIGTERM", log_path)
        if code != 0:
            return fail(f"adgen up exited with code {code} after SIGTERM", log_path)
        time.sleep(0.5)
        left = leftovers(venv)
        if left:
            return fail(f"processes left after adgen up stopped: {left}", log_path)
        if port_open(web_port) or port_open(redis_port):
            return fail("the web chat or the Redis it started still listens after the stop", log_path)
        print(
            f"smoke: plain install OK (install {installed:.0f}s, total {time.monotonic() - started:.0f}s)",
            flush=True,
        )
        return 0
    finally:
        clean_up(proc, work)


def clean_up(proc: subprocess.Popen | None, work: Path) -> None:
    """After a failure too: stop adgen up (it stops its Redis), then kill whatever is left."""
    if proc is not None and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT_SEC)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    pidfile = work / "data" / "redis" / "redis.pid"
    pids = leftovers(work / "venv")
    if pidfile.is_file() and pidfile.read_text().strip().isdigit():
        pids.append(int(pidfile.read_text().strip()))  # a daemonized Redis, if the stop missed it
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    shutil.rmtree(work, ignore_errors=True)


def leftovers(venv: Path) -> list[int]:
    """Processes still running this venv's interpreter (workers, the web chat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if str(venv) in cmdline:
            found.append(int(entry.name))
    return found


def fail(why: str, log_path: Path) -> int:
    tail = log_path.read_text(errors="replace")[-6000:] if log_path.exists() else ""
    print(f"smoke: FAILED: {why}\n--- adgen up output (tail)\n{tail}", file=sys.stderr, flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
