"""`adgen up` when its Redis is killed (issue 13 item 6): the supervisor starts it again on its
append-only file, says so, and the queue carries on: a render asked for afterwards completes on
the same workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import redis
from loopback import free_port, wait_until
from proc_tree import session

from adgen.jobs.local_redis import redis_reachable

pytestmark = pytest.mark.slow  # the whole product: Redis, a worker and the web chat

ADGEN = [sys.executable, "-c", "import sys; from adgen.cli import main; sys.exit(main())"]


def test_adgen_up_starts_its_redis_again_and_renders_go_on(tmp_path: Path, sample_project) -> None:
    data, redis_port, web_port = tmp_path / "data", free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "OPENAI_API_KEY", "CI")}
    env.update(ADGEN_DATA_DIR=str(data), ADGEN_REDIS_PORT=str(redis_port), PYTHONUNBUFFERED="1")
    url = f"redis://127.0.0.1:{redis_port}/0"
    log = tmp_path / "up.log"
    with open(log, "wb") as out:
        up = subprocess.Popen(
            [*ADGEN, "up", "--workers", "1", "--port", str(web_port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until(lambda: "open http://" in log.read_text(), 120, "adgen up to serve")
        pidfile = data / "redis" / "redis.pid"
        os.kill(int(pidfile.read_text()), signal.SIGKILL)
        wait_until(
            lambda: "Redis stopped answering; starting it again" in log.read_text(),
            20,
            "the supervisor to notice",
        )
        wait_until(lambda: redis_reachable(url), 30, "Redis to answer again")

        from adgen.jobs.queue import RenderQueue
        from adgen.settings import Settings
        from adgen.store.projects import open_project_store

        settings = Settings(data_dir=data, redis_url=url, _env_file=None)
        project = open_project_store(settings).create(sample_project)
        queue = RenderQueue(url, settings)
        wait_until(lambda: redis.Redis.from_url(url).scard("rq:workers") >= 1, 60, "the worker back on Redis")
        ticket = queue.enqueue_render(project.project_id, 1, owner=project.owner)
        final = queue.wait(project.project_id, ticket.render_id, timeout=240)
        assert final.state == "done", (final, log.read_text()[-3000:])
        assert up.poll() is None
    finally:
        up.send_signal(signal.SIGTERM)
        try:
            up.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        for left in session(up.pid):
            os.kill(left.pid, signal.SIGKILL)
        if redis_reachable(url):
            redis.Redis.from_url(url).shutdown(nosave=True)
