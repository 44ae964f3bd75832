"""Fixtures for the job tests: a stored project, real `adgen worker` processes, an ffprobe helper.

Workers are real processes (``python -m adgen.jobs.worker``) in their own session, sharing the
test's ADGEN_DATA_DIR and Redis through the environment; every one is stopped (its whole process
group, work horse and scheduler included) when the test ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from worker_procs import WorkerProcs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def queue_settings(data_dir: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch):
    """Settings whose REDIS_URL is the test Redis (workers inherit the same environment)."""
    from adgen.settings import Settings

    monkeypatch.setenv("REDIS_URL", redis_url)
    return Settings()


@pytest.fixture
def stored_project(queue_settings, sample_project):
    """The 3-scene sample project, stored as version 1."""
    from adgen.store.projects import open_project_store

    return open_project_store(queue_settings).create(sample_project)


@pytest.fixture
def workers(redis_url: str, data_dir: Path, tmp_path: Path) -> Iterator[WorkerProcs]:
    log_dir = tmp_path / "worker-logs"
    log_dir.mkdir()
    procs = WorkerProcs(redis_url, data_dir, log_dir)
    try:
        yield procs
    finally:
        procs.stop_all()
