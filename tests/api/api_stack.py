"""A real API stack for the tests: `adgen api` (uvicorn) and `adgen worker` processes on the
test Redis, a loopback webhook receiver and a loopback image host. Everything is stopped after."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from loopback import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
CLOUD_KEYS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "REPLICATE_API_TOKEN",
    "AWS_ENDPOINT_URL",
    "ADGEN_S3_BUCKET",
)


@dataclass
class ApiStack:
    base_url: str
    data_dir: Path
    env: dict[str, str]
    log_dir: Path
    procs: list[subprocess.Popen] = field(default_factory=list)

    def client(self, key: str, **headers: str) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url, headers={"Authorization": f"Bearer {key}", **headers}, timeout=60
        )

    def new_key(self, owner: str, scope: str = "write") -> str:
        """A key made by the real command line, as an operator would."""
        out = subprocess.run(
            [sys.executable, "-m", "adgen.cli", "keys", "create", "--owner", owner, "--scope", scope],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in self.log_dir.glob("*.log")
        )


def queue_state(stack: ApiStack, render_ids: list[str]) -> str:
    """What Redis says of some renders and of the workers: each render's state and each of its
    jobs' status, dependencies and dependents (so a render that never ends says why)."""
    import redis
    from rq import Worker
    from rq.job import Job

    from adgen.jobs.events import render_key

    conn = redis.Redis.from_url(stack.env["REDIS_URL"])
    lines = []
    for render_id in render_ids:
        info = {
            k.decode(): v.decode(errors="replace") for k, v in conn.hgetall(render_key(render_id)).items()
        }
        lines.append(f"render {render_id}: state={info.get('state')} jobs={info.get('jobIds')}")
        for job_id in filter(None, info.get("jobIds", "").split(",")):
            try:
                job = Job.fetch(job_id, connection=conn)
            except Exception as exc:  # noqa: BLE001 - a diagnostic: say what went wrong and go on
                lines.append(f"  {job_id}: {type(exc).__name__}")
                continue
            lines.append(
                f"  {job_id}: {job.get_status()} deps={sorted(job._dependency_ids)} "
                f"dependents={sorted(job.dependent_ids)} ended={job.ended_at}"
            )
    for worker in Worker.all(connection=conn):
        lines.append(f"worker {worker.name}: {worker.get_state()} job={worker.get_current_job_id()}")
    return "\n".join(lines)


def _spawn(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def start_stack(
    tmp: Path, redis_url: str | None, *, workers: int, env: dict[str, str] | None = None
) -> ApiStack:
    """`adgen api` on a free port (started the way `adgen up` will start it) and ``workers`` workers."""
    from adgen.api.server import api_command

    data_dir, log_dir = tmp / "data", tmp / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    child_env = {k: v for k, v in os.environ.items() if k not in CLOUD_KEYS and k != "REDIS_URL"}
    child_env.update(
        {
            "ADGEN_DATA_DIR": str(data_dir),
            "ADGEN_RENDER_PROCESSES": "1",
            "ADGEN_WEBHOOK_ALLOW_HOSTS": "127.0.0.1",
            "ADGEN_FETCH_ALLOW_HOSTS": "127.0.0.1",
            "ADGEN_WEBHOOK_RETRY_BASE": "1",
            "PYTHONUNBUFFERED": "1",
            **(env or {}),
        }
    )
    if redis_url:
        child_env["REDIS_URL"] = redis_url
    port = free_port()
    stack = ApiStack(f"http://127.0.0.1:{port}", data_dir, child_env, log_dir)
    for index in range(workers):
        name = f"api-test-{os.getpid()}-{port}-{index}"
        stack.procs.append(
            _spawn(
                [sys.executable, "-m", "adgen.jobs.worker", "--name", name, "--url", redis_url or ""],
                child_env,
                log_dir / f"worker-{index}.log",
            )
        )
    api = _spawn(api_command(port=port), child_env, log_dir / "api.log")
    stack.procs.append(api)
    try:
        wait_for_port(port, timeout=60, proc=api)
    except Exception as exc:
        stop_stack(stack)
        raise RuntimeError("the API did not start:\n" + stack.logs()) from exc
    return stack


def stop_stack(stack: ApiStack) -> None:
    for proc in stack.procs:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            continue
    for proc in stack.procs:
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


# --- loopback servers --------------------------------------------------------------------------


class _Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        server: Any = self.server
        with server.lock:
            server.calls.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            status = server.statuses.pop(0) if server.statuses else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


class WebhookReceiver:
    """A loopback HTTP server recording every POST; ``statuses`` answers the first calls (then 200)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.server: Any = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
        self.server.calls, self.server.statuses, self.server.lock = [], list(statuses or []), threading.Lock()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/adgen-hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def calls(self) -> list[dict[str, Any]]:
        with self.server.lock:
            return list(self.server.calls)

    def events(self, secret: str) -> list[dict[str, Any]]:
        """The payloads whose signature verifies (the README's receiver check)."""
        return [
            json.loads(c["body"]) for c in self.calls if verify_signature(secret, c["headers"], c["body"])
        ]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def verify_signature(secret: str, headers: dict[str, str], body: bytes, tolerance: int = 300) -> bool:
    """The receiver's check from the README: HMAC-SHA256 of "<t>.<body>", compared in constant time."""
    import time

    parts = dict(p.split("=", 1) for p in headers.get("adgen-signature", "").split(",") if "=" in p)
    if "t" not in parts or "v1" not in parts or abs(time.time() - int(parts["t"])) > tolerance:
        return False
    expected = hmac.new(secret.encode(), parts["t"].encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


class _Files(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        server: Any = self.server
        data = server.files.get(self.path.lstrip("/"))
        if data is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if self.path.endswith(".png") else "image/jpeg")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


class ImageHost:
    """Serves product photos (real ones, from scikit-image) on loopback, by name."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.server: Any = ThreadingHTTPServer(("127.0.0.1", 0), _Files)
        self.server.files = files
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def photo(name: str, fmt: str = "JPEG") -> bytes:
    """One of scikit-image's photographs (astronaut, coffee, chelsea, rocket, cat) as image bytes."""
    import skimage.data
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(getattr(skimage.data, name)()).save(buffer, fmt)
    return buffer.getvalue()


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """An RFC 9457 problem of this status: its members, one sentence, no server internals."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://") and body["title"] and body["instance"].startswith("/")
    assert body["detail"].strip().endswith((".", ")")), body["detail"]
    for leak in ("Traceback", "/tmp/", "/work/", ".py", 'File "'):
        assert leak not in response.text, response.text
    return body
