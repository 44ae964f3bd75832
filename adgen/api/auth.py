"""Who is calling: the API key in ``Authorization: Bearer …``, its rate limit and its scope.

Every route depends on :data:`ReadKey` or :data:`WriteKey`. A missing or unknown key is a 401,
a key over its rate limit a 429 with ``Retry-After``, and a read key asking to change something
a 403. What a key may see is decided later, by owner: every lookup is made for ``owner``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request

from adgen.api.keys import ApiKey, Scope
from adgen.api.problems import ApiProblem
from adgen.api.services import ApiServices, services

TOUCH_EVERY_SEC = 60.0


@dataclass(frozen=True)
class Principal:
    key: ApiKey

    @property
    def owner(self) -> str:
        return self.key.owner


def _bearer(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiProblem(
            401,
            "Send your API key as 'Authorization: Bearer adg_…'; create one with `adgen keys create --owner NAME`.",
            headers={"WWW-Authenticate": 'Bearer realm="adgen"'},
        )
    return token.strip()


def _authenticate(api: ApiServices, authorization: str | None, needed: Scope) -> Principal:
    key = api.keys.verify(_bearer(authorization))
    if key is None:
        raise ApiProblem(
            401,
            "This API key is not valid (unknown or revoked); check it, or create a new one.",
            headers={"WWW-Authenticate": 'Bearer realm="adgen", error="invalid_token"'},
        )
    decision = api.limiter.take(key.key_id)
    if not decision.allowed:
        raise ApiProblem(
            429,
            f"This API key made too many requests; wait {decision.retry_after_sec} s and try again.",
            headers={"Retry-After": str(decision.retry_after_sec)},
            retryAfterSec=decision.retry_after_sec,
        )
    if not key.allows(needed):
        raise ApiProblem(
            403,
            "This API key is read-only; use a key with the write scope to change anything.",
            kind="read-only-key",
        )
    now = time.monotonic()
    if now - api.key_touched.get(key.key_id, -TOUCH_EVERY_SEC) >= TOUCH_EVERY_SEC:
        api.key_touched[key.key_id] = now
        api.keys.touch(key.key_id)
    return Principal(key)


def _read(request: Request, authorization: Annotated[str | None, Header()] = None) -> Principal:
    return _authenticate(services(request), authorization, "read")


def _write(request: Request, authorization: Annotated[str | None, Header()] = None) -> Principal:
    return _authenticate(services(request), authorization, "write")


ReadKey = Annotated[Principal, Depends(_read)]
WriteKey = Annotated[Principal, Depends(_write)]

__all__ = ["Principal", "ReadKey", "WriteKey"]
