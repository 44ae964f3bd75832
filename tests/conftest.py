"""Shared fixtures: an isolated data folder, and real servers (redis-server, moto_server)
started on free loopback ports for the tests that need them, stopped afterwards."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import free_port, server_process

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ADGEN_DATA_DIR, with every cloud key unset so the offline providers are used."""
    path = tmp_path / "adgen-data"
    path.mkdir()
    monkeypatch.setenv("ADGEN_DATA_DIR", str(path))
    for key in (
        "REDIS_URL",
        "ADGEN_DATABASE_URL",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "REPLICATE_API_TOKEN",
        "AWS_ENDPOINT_URL",
        "ADGEN_S3_BUCKET",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
    ):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the developer's checkout
    return path


@pytest.fixture
def settings(data_dir: Path):
    from adgen.settings import Settings

    return Settings()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server on a free loopback port for the whole session; yields its URL."""
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.fail("redis-server is not installed; run `make test` (scripts/setup.sh installs it)")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    with server_process(
        [
            exe,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        port,
    ):
        yield f"redis://127.0.0.1:{port}/0"


@pytest.fixture
def redis_url(redis_server: str) -> Iterator[str]:
    """The session Redis, emptied before each test."""
    import redis

    conn = redis.Redis.from_url(redis_server)
    conn.flushall()
    yield redis_server
    conn.close()


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """A real moto_server (S3-compatible HTTP server) on loopback; yields its endpoint URL."""
    port = free_port()
    exe = Path(sys.executable).with_name("moto_server")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "moto.server"]
    with server_process(cmd + ["-H", "127.0.0.1", "-p", str(port)], port):
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def s3_env(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Environment for the S3 media store against the moto server, with a fresh bucket."""
    import uuid

    import boto3

    bucket = "adgen-test-" + uuid.uuid4().hex[:10]
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_server)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("ADGEN_S3_BUCKET", bucket)
    boto3.client("s3", endpoint_url=moto_server, region_name="us-east-1").create_bucket(Bucket=bucket)
    return bucket


@pytest.fixture
def artifacts_dir(request: pytest.FixtureRequest) -> Path:
    """A folder kept after the run (screenshots, sample renders) for the test's artifacts."""
    path = ARTIFACTS / request.node.name.replace("/", "_")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def sample_project():
    """A valid 15 s, 3-scene project (hook, showcase, cta) without a product image."""
    from adgen.project import AdProject

    return AdProject.model_validate(
        {
            "projectId": "p_sample1",
            "owner": "alice",
            "brief": "a 15 s ad for our cold brew, energetic",
            "brand": {"name": "Northwind Coffee", "colors": ["#1F3A5F", "#F2A541"]},
            "style": {
                "mood": "energetic",
                "palette": ["#1F3A5F", "#F2A541"],
                "lighting": "bright",
                "visualStyle": "modern",
                "musicMood": "upbeat",
            },
            "durationSec": 15,
            "scenes": [
                {
                    "id": "scene_1",
                    "role": "hook",
                    "durationSec": 4,
                    "backgroundPrompt": "splash of iced coffee, energetic, bright",
                    "overlay": {
                        "text": "Wake up to cold brew",
                        "position": "top",
                        "fontSize": 64,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": False, "scale": 0.5, "position": "center"},
                },
                {
                    "id": "scene_2",
                    "role": "showcase",
                    "durationSec": 7,
                    "backgroundPrompt": "cold brew bottle on a sunny counter, warm light",
                    "overlay": {
                        "text": "Smooth. Bold. 100% arabica",
                        "position": "bottom",
                        "fontSize": 56,
                        "color": "#FFFFFF",
                    },
                    "product": {"visible": True, "scale": 0.5, "position": "center"},
                },
                {
                    "id": "scene_3",
                    "role": "cta",
                    "durationSec": 4,
                    "backgroundPrompt": "brand colours, bold closing frame",
                    "overlay": {
                        "text": "Order today",
                        "position": "center",
                        "fontSize": 72,
                        "color": "#F2A541",
                    },
                    "product": {"visible": True, "scale": 0.4, "position": "bottom"},
                },
            ],
            "audio": {"mood": "upbeat", "trackUrl": None, "volume": 0.8},
        }
    )
