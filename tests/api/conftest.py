"""Fixtures of the API tests: one real API stack (API process, two workers, the session's Redis)
per module, shared by its tests; each test works as its own owners with their own keys."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from api_stack import ApiStack, start_stack, stop_stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory, redis_server: str) -> Iterator[ApiStack]:
    import redis

    redis.Redis.from_url(redis_server).flushall()
    # Rate limits have a test of their own; here they must not get in the way.
    generous = {"ADGEN_API_RATE_BURST": "10000", "ADGEN_API_RATE_PER_MINUTE": "100000"}
    api = start_stack(tmp_path_factory.mktemp("api"), redis_server, workers=2, env=generous)
    try:
        yield api
    finally:
        stop_stack(api)


@pytest.fixture
def owner() -> str:
    return "owner-" + uuid.uuid4().hex[:8]
