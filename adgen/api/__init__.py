"""The HTTP API: one more thin front end over the project store, the edit operations, the chat
session and the render queue (FastAPI, served by ``adgen api``).

Layout: :mod:`app` (the factory), :mod:`routes` (one module per resource), :mod:`auth` and
:mod:`keys` (API keys and scopes), :mod:`idempotency`, :mod:`ratelimit`, :mod:`limits` (request
sizes), :mod:`problems` (RFC 9457 errors), :mod:`backend` (every call into the rest of adgen),
:mod:`batches` with :mod:`feed`, :mod:`merge` and :mod:`batch_store`, :mod:`webhooks`, and
:mod:`jobs` (the API's work on the render queue).
"""

from __future__ import annotations

from typing import Any


def start_batch(owner: str, base_project_id: str, feed_bytes: bytes, feed_name: str, **options: Any) -> Any:
    """One variation of ``base_project_id`` per feed row, rendered on the queue (for the chat too)."""
    from adgen.api.batches import start_batch as start

    return start(owner, base_project_id, feed_bytes, feed_name, **options)


__all__ = ["start_batch"]
