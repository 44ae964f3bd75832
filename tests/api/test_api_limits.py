"""Rate limits per key (a real server with a small bucket) and the webhook signature."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from api_stack import ApiStack, assert_problem, start_stack, stop_stack, verify_signature

from adgen.api.webhooks import sign


@pytest.fixture
def tight_stack(tmp_path, redis_url: str) -> Iterator[ApiStack]:
    stack = start_stack(
        tmp_path, redis_url, workers=0, env={"ADGEN_API_RATE_BURST": "3", "ADGEN_API_RATE_PER_MINUTE": "30"}
    )
    try:
        yield stack
    finally:
        stop_stack(stack)


def test_a_key_over_its_rate_gets_429_with_retry_after_and_other_keys_do_not(tight_stack: ApiStack) -> None:
    busy, calm = (
        tight_stack.client(tight_stack.new_key("busy")),
        tight_stack.client(tight_stack.new_key("calm")),
    )
    assert [busy.get("/v1/projects").status_code for _ in range(3)] == [200, 200, 200]
    refused = busy.get("/v1/projects")
    body = assert_problem(refused, 429)
    wait = int(refused.headers["retry-after"])
    assert 1 <= wait <= 2 and body["retryAfterSec"] == wait
    assert calm.get("/v1/projects").status_code == 200  # a bucket per key
    time.sleep(wait + 0.1)
    assert busy.get("/v1/projects").status_code == 200  # refilled at 30 a minute


def test_the_signature_is_hmac_of_timestamp_and_body() -> None:
    body = b'{"type":"render.completed"}'
    now = int(time.time())
    header = sign("whsec_x", now, body)
    assert header.startswith(f"t={now},v1=")
    assert verify_signature("whsec_x", {"adgen-signature": header}, body)
    assert not verify_signature("whsec_x", {"adgen-signature": header}, body + b"\n")
    assert not verify_signature("whsec_x", {"adgen-signature": sign("whsec_x", now - 3600, body)}, body)
