"""The API on PostgreSQL (issue 20): the same racing-edits test as on SQLite, with the API process
and its workers sharing a real PostgreSQL server (a throwaway cluster) through
``ADGEN_DATABASE_URL``, as two machines would."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_stack import ApiStack, start_stack, stop_stack
from postgres_cluster import PostgresUnavailable, postgres_cluster
from test_api_access import test_racing_edits_through_the_api_lose_nothing as race_two_clients


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory, redis_server: str) -> Iterator[ApiStack]:
    import redis

    redis.Redis.from_url(redis_server).flushall()
    try:
        with postgres_cluster() as cluster:
            env = {
                "ADGEN_DATABASE_URL": cluster.create_database(),
                "ADGEN_API_RATE_BURST": "10000",
                "ADGEN_API_RATE_PER_MINUTE": "100000",
            }
            api = start_stack(Path(tmp_path_factory.mktemp("api-pg")), redis_server, workers=1, env=env)
            try:
                yield api
            finally:
                stop_stack(api)
    except PostgresUnavailable as exc:
        pytest.fail(str(exc))


def test_racing_edits_through_the_api_on_postgresql_lose_nothing(stack: ApiStack) -> None:
    assert "postgresql" in stack.env["ADGEN_DATABASE_URL"]
    race_two_clients(stack, "owner-" + uuid.uuid4().hex[:8])
    assert not (stack.data_dir / "adgen.sqlite3").exists() or _no_projects_in_sqlite(
        stack.data_dir / "adgen.sqlite3"
    )


def _no_projects_in_sqlite(path: Path) -> bool:
    """The projects went to PostgreSQL, not to the embedded file."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return "projects" not in tables or conn.execute("SELECT count(*) FROM projects").fetchone()[0] == 0
