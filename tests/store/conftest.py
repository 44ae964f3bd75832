"""A real PostgreSQL server for the store tests: one throwaway cluster per session (started on
first use), a fresh database for each test that asks for one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from postgres_cluster import PostgresCluster, PostgresUnavailable, postgres_cluster


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresCluster]:
    try:
        with postgres_cluster() as cluster:
            yield cluster
    except PostgresUnavailable as exc:
        pytest.fail(str(exc))


@pytest.fixture
def postgres_url(postgres_server: PostgresCluster) -> Iterator[str]:
    """The URL of a new, empty database; the process's shared stores on it are closed after."""
    url = postgres_server.create_database()
    yield url
    from adgen.store.postgres_projects import close_shared_stores

    close_shared_stores()
