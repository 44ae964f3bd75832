"""Batch throughput of the HTTP API: variants per hour, and how much work variants share.

Starts what `adgen up` plus `adgen api` would (a throwaway redis-server, N `adgen worker`
processes, the API), makes a 5 s template ad with merge fields, and sends one product feed of
``--rows`` rows (product photos from scikit-image uploaded with the feed) per quality. Reports,
from the batch status, the wall time from the request to the last row done, variants per hour,
and the stages the renders ran and reused (each row's render report counts), so
``reused / (ran + reused)`` is the share of a batch's stage work that was not done again.

    .venv/bin/python bench/bench_api.py [--rows 8] [--workers 2] [--quality draft final]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PHOTOS = ("astronaut", "coffee", "chelsea", "rocket", "cat")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listened on {port}")


def _photo(name: str) -> bytes:
    import skimage.data
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(getattr(skimage.data, name)()).save(out, "JPEG")
    return out.getvalue()


def _run_batch(client: httpx.Client, base_id: str, rows: int, quality: str) -> dict:
    lines = ["name,image_file,price,cta"]
    lines += [f"Product {i},{PHOTOS[i % len(PHOTOS)]}.jpg,{9 + i}.99,Shop product {i}" for i in range(rows)]
    files = [("feed", ("feed.csv", ("\n".join(lines) + "\n").encode(), "text/csv"))]
    files += [("images", (f"{name}.jpg", _photo(name), "image/jpeg")) for name in PHOTOS]
    started = time.monotonic()
    response = client.post("/v1/batches", files=files, data={"baseProjectId": base_id, "quality": quality})
    response.raise_for_status()
    batch_id = response.json()["batchId"]
    while True:
        batch = client.get(f"/v1/batches/{batch_id}").json()
        if batch["state"] == "completed":
            break
        time.sleep(1)
    return {"batch": batch, "seconds": time.monotonic() - started}


def _distinct_work(redis_url: str, batch: dict) -> tuple[int, int]:
    """Stage outputs the batch's renders used, and how many distinct ones were made.

    The per-row counts above come from each render's report, where a job shared by two renders
    (one scene job, one cut-out) reads as "ran" in both; here every output is counted once, by
    its content key, from the reports the assembly jobs returned.
    """
    import redis
    from rq.job import Job

    connection = redis.Redis.from_url(redis_url)
    used, made = 0, set()
    for row in batch["rows"]:
        if not row.get("renderId"):
            continue
        report = (Job.fetch(f"asm-{row['renderId']}", connection=connection).return_value() or {}).get(
            "report", {}
        )
        for stage in report.get("stages", []):
            used += 1
            if stage["status"] == "ran" and stage.get("key"):
                made.add((stage["stage"], stage["key"]))
    return used, len(made)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quality", nargs="+", default=["draft", "final"], choices=("draft", "final"))
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    tmp = Path(tempfile.mkdtemp(prefix="adgen-bench-api-"))
    redis_port, api_port = _free_port(), _free_port()
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in ("OPENAI_API_KEY", "REPLICATE_API_TOKEN", "ADGEN_S3_BUCKET")
        },
        "ADGEN_DATA_DIR": str(tmp / "data"),
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "ADGEN_RENDER_PROCESSES": "1",
        "ADGEN_API_BATCH_CONCURRENCY": str(max(2, args.workers * 2)),
        "PYTHONUNBUFFERED": "1",
    }
    procs: list[subprocess.Popen] = []

    def spawn(cmd: list[str], name: str) -> None:
        with open(tmp / f"{name}.log", "ab") as log:
            procs.append(
                subprocess.Popen(
                    cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
                )
            )

    try:
        spawn(
            [
                "redis-server",
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--dir",
                str(tmp),
            ],
            "redis",
        )
        _wait_port(redis_port)
        for index in range(args.workers):
            spawn(
                [sys.executable, "-m", "adgen.jobs.worker", "--name", f"bench-api-{index}"], f"worker-{index}"
            )
        from adgen.api.server import api_command

        spawn(api_command(port=api_port), "api")
        _wait_port(api_port)
        key = subprocess.run(
            [sys.executable, "-m", "adgen.cli", "keys", "create", "--owner", "bench"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        client = httpx.Client(
            base_url=f"http://127.0.0.1:{api_port}", headers={"Authorization": f"Bearer {key}"}, timeout=120
        )
        base = client.post("/v1/projects", json={"brief": "a 5 s ad for our shop, energetic"}).json()[
            "project"
        ]
        template = {
            "operations": [
                {"operation": "update_overlay", "sceneId": "scene_2", "text": "{{name}}: {{price}}"}
            ]
        }
        client.post(f"/v1/projects/{base['projectId']}/operations", json=template).raise_for_status()
        print(
            f"{args.rows} rows per batch, {args.workers} workers, 5 s ads in 3 formats, template {base['projectId']}"
        )
        for quality in args.quality:
            result = _run_batch(client, base["projectId"], args.rows, quality)
            batch, seconds = result["batch"], result["seconds"]
            done = batch["counts"].get("completed", 0)
            counts: Counter[str] = Counter()
            by_stage: dict[str, Counter[str]] = {}
            for row in batch["rows"]:
                for stage, statuses in row["stages"].items():
                    for status, n in statuses.items():
                        counts[status] += n
                        by_stage.setdefault(stage, Counter())[status] += n
            shared = counts["reused"] / max(1, counts["reused"] + counts["ran"])
            uses, distinct = _distinct_work(env["REDIS_URL"], batch)
            rate = done * 3600 / seconds
            print(
                f"{quality}: {done}/{args.rows} variants in {seconds:.1f} s = {rate:.0f} variants/hour; "
                f"stages reused {counts['reused']}, ran {counts['ran']} (shared {shared:.0%})"
            )
            for stage, c in sorted(by_stage.items()):
                print(f"    {stage:11} ran {c['ran']:3}  reused {c['reused']:3}")
            print(
                f"  stage outputs the batch used: {uses}; made once each: {distinct} "
                f"(work shared between variants: {1 - distinct / max(1, uses):.0%})"
            )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        for proc in reversed(procs):
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
