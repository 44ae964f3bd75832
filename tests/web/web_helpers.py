"""Helpers of the web chat tests: start the real app (the way `adgen web` starts it) with real
render workers, stop it, wait for a condition."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from loopback import free_port, wait_for_port, wait_until  # noqa: F401  (wait_until re-exported)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CLOUD_KEYS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "REPLICATE_API_TOKEN",
    "AWS_ENDPOINT_URL",
    "ADGEN_S3_BUCKET",
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "CHAINLIT_AUTH_SECRET",
    "ADGEN_AUTH",
    "ADGEN_USERS",
)


@dataclass
class WebApp:
    base_url: str
    data_dir: Path
    secret: str
    log_dir: Path
    procs: list[subprocess.Popen] = field(default_factory=list)

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-4000:]}"
            for p in sorted(self.log_dir.glob("*.log"))
        )


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
    # What outlives its parent (a render pool's processes, after an in-process render) goes too.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def start_app(tmp: Path, *, redis_url: str | None, workers: int, env: dict[str, str]) -> WebApp:
    """The web chat (through adgen.web.server.start_web) plus ``workers`` render workers."""
    from adgen.settings import Settings
    from adgen.web.server import web_command, web_environment

    data_dir = tmp / "data"
    log_dir = tmp / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    base = {k: v for k, v in os.environ.items() if k not in CLOUD_KEYS}
    base.update({"ADGEN_DATA_DIR": str(data_dir), "ADGEN_RENDER_QUALITY": "draft", **env})
    if redis_url:
        base["REDIS_URL"] = redis_url
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(base)
    try:
        settings = Settings(_env_file=None)
        child_env = web_environment(settings)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    port = free_port()
    app = WebApp(f"http://127.0.0.1:{port}", data_dir, child_env["CHAINLIT_AUTH_SECRET"], log_dir)
    for index in range(workers):
        log = open(log_dir / f"worker-{index}.log", "ab")
        app.procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "adgen.jobs.worker",
                    "--name",
                    f"web-test-{os.getpid()}-{port}-{index}",
                    "--url",
                    redis_url,
                ],
                env=child_env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
        log.close()
    log = open(log_dir / "web.log", "ab")
    web = subprocess.Popen(
        web_command(port=port, host="127.0.0.1"),
        cwd=ROOT,
        env=child_env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log.close()
    app.procs.append(web)
    try:
        wait_for_port(port, timeout=60, proc=web)
    except Exception as exc:
        stop_app(app)
        raise RuntimeError("the web chat did not start:\n" + app.logs()) from exc
    return app


def stop_app(app: WebApp) -> None:
    for proc in app.procs:
        _stop(proc)


def open_chat(browser, base_url: str, height: int = 1000):
    page = browser.new_page(viewport={"width": 1400, "height": height})
    page.goto(base_url + "/")
    return wait_for_chat(page)


@contextmanager
def chat_page(browser, app: WebApp, artifacts_dir: Path, height: int = 1000) -> Iterator[object]:
    """A chat tab for one test: on a failure, a screenshot and the app's logs; closed after."""
    page = open_chat(browser, app.base_url, height)
    try:
        yield page
    except Exception:
        page.screenshot(path=str(artifacts_dir / "failure.png"), full_page=True)
        print(app.logs())
        raise
    finally:
        page.close()


def wait_for_chat(page):
    page.wait_for_selector("#chat-input", timeout=30_000)
    # The "projects" command button is set by on_chat_start: the chat's socket session is up.
    page.get_by_text("projects", exact=True).wait_for(timeout=30_000)
    return page


def send(page, text: str, attachment: Path | None = None, *, wait_shown: bool = True) -> None:
    """Type (and attach), press send, and wait until the message shows in the chat (unless
    ``wait_shown`` is False: the caller waits for the reply instead)."""
    before = page.get_by_text(text, exact=True).count()
    if attachment is not None:
        _attach(page, attachment)
    _type_and_submit(page, text)
    if not wait_shown:
        return
    wait_until(
        lambda: page.get_by_text(text, exact=True).count() > before, 15, f"the message {text!r} to appear"
    )


def _type_and_submit(page, text: str) -> None:
    """Fill the composer and press send. The composer can re-render between the two (the chat's
    start setting its buttons, a reply arriving) and come back empty with send disabled, so a
    press that cannot happen is made again after filling the composer once more."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        page.fill("#chat-input", text)
        try:
            page.wait_for_selector("#chat-submit:not([disabled])", timeout=15_000)
            page.click("#chat-submit", timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise


def _attach(page, attachment: Path) -> None:
    """Upload and wait until the file shows in the composer's attachments. A reply of the last
    turn still arriving can re-render the composer and clear an uploaded file, and the message
    then goes without it (seen once under load: "Attach the TTF or OTF file…"), so a file that
    is gone from the composer is uploaded once more."""
    for attempt in range(2):
        uploaded = _upload(page, attachment)
        assert uploaded.ok, uploaded.text()
        try:
            wait_until(lambda: _attached(page), 10, "the file in the composer")
            return
        except AssertionError:
            if attempt == 1:
                raise


def _attached(page) -> int:
    """How many elements the composer's attachments box holds (an image shows as a thumbnail
    without its name, so the box's content is counted, not its text)."""
    return page.evaluate("() => document.querySelector('#attachments')?.querySelectorAll('*').length ?? 0")


def _upload(page, attachment: Path):
    """Attach a file and wait for Chainlit's upload request to answer. A file set while React
    re-renders the composer (a reply arriving at that moment) can be dropped without a request,
    so a set that started no upload within 20 s is made once more."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for timeout in (20_000, 60_000):
        try:
            with page.expect_response(lambda r: "/project/file" in r.url, timeout=timeout) as uploaded:
                page.locator("input[type=file]").first.set_input_files(str(attachment))
            return uploaded.value
        except PlaywrightTimeout:
            if timeout == 60_000:
                raise
    raise AssertionError("unreachable")


def messages_text(page) -> str:
    return page.locator("#chat-input").evaluate("() => document.body.innerText")


def press(page, button: str, says: str) -> None:
    """Press the newest button with this label; it posts ``says`` as the marketer's message.

    A click that lands while React re-renders the message list can be lost, so a press that
    shows nothing within a few seconds is made once more.
    """
    before = page.get_by_text(says, exact=True).count()
    for attempt in range(2):
        page.get_by_role("button", name=button).last.click()
        try:
            wait_until(lambda: page.get_by_text(says, exact=True).count() > before, 8, f"{button!r} to act")
            return
        except AssertionError:
            if attempt:
                raise
