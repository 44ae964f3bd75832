"""Back-off for password sign-in: wrong passwords make the next try wait, per user and per address.

A few mistakes are free (a user mistyping); after that each further wrong password locks the
user name (from every address) and the address (for every name) for twice as long as the last
time, from a couple of seconds up to a quarter of an hour. While locked, a try is refused at
once without looking at the password, so guessing gets nothing. A right password clears the
user's count; the address's count only fades, so one good account does not reset a guesser's
address. Records are forgotten an hour after their last failure, and at most ``max_tracked``
are kept, so a flood of made-up names cannot fill the memory.

The address is the one the web server reports: behind a reverse proxy on the same machine,
uvicorn takes it from ``X-Forwarded-For`` (its ``FORWARDED_ALLOW_IPS`` says which proxies to
trust); otherwise every user behind the proxy shares the proxy's address, which is why the
address allows more mistakes than a user name does.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.security import OAuth2PasswordRequestForm


def wait_sentence(seconds: float) -> tuple[int, str]:
    """Whole seconds to wait (at least 1) and the sentence that says so."""
    whole = max(1, math.ceil(seconds))
    return whole, f"Too many wrong passwords; try again in {whole} second{'s' if whole > 1 else ''}."


@dataclass
class _Record:
    failures: int = 0
    locked_until: float = 0.0
    last_failure: float = 0.0


class SignInLimiter:
    """Counts wrong passwords per user name and per address and says how long to wait."""

    def __init__(
        self,
        *,
        free_per_user: int = 5,
        free_per_address: int = 20,
        first_delay: float = 2.0,
        max_delay: float = 900.0,
        forget_after: float = 3600.0,
        max_tracked: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.free = {"user": free_per_user, "address": free_per_address}
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.forget_after = forget_after
        self.max_tracked = max_tracked
        self.clock = clock
        self.records: OrderedDict[tuple[str, str], _Record] = OrderedDict()

    @staticmethod
    def _keys(user: str, address: str) -> list[tuple[str, str]]:
        return [("user", user.strip()[:200]), ("address", address)]

    def _get(self, key: tuple[str, str], now: float) -> _Record | None:
        record = self.records.get(key)
        if record is not None and now - record.last_failure > self.forget_after:
            del self.records[key]
            return None
        return record

    def wait_for(self, user: str, address: str) -> float:
        """Seconds until this name may try again from this address (0: now)."""
        now = self.clock()
        waits = [r.locked_until - now for k in self._keys(user, address) if (r := self._get(k, now))]
        return max([0.0, *waits])

    def failed(self, user: str, address: str) -> None:
        now = self.clock()
        for key in self._keys(user, address):
            record = self._get(key, now) or _Record()
            record.failures += 1
            record.last_failure = now
            over = record.failures - self.free[key[0]]
            if over > 0:
                record.locked_until = now + min(self.max_delay, self.first_delay * 2 ** (over - 1))
            self.records[key] = record
            self.records.move_to_end(key)
        while len(self.records) > self.max_tracked:
            self.records.popitem(last=False)

    def succeeded(self, user: str) -> None:
        self.records.pop(("user", user.strip()[:200]), None)


def install_sign_in_limits(app: FastAPI, limiter: SignInLimiter) -> None:
    """Put the back-off in front of Chainlit's ``POST /login``.

    Chainlit calls the password callback inside a wrapper that turns every exception into "no
    user", so the refusal (429 with ``Retry-After``) is made here, around its route.
    """
    from chainlit.server import login as chainlit_login

    async def login(
        request: Request, response: Response, form_data: OAuth2PasswordRequestForm = Depends()
    ) -> Any:
        address = request.client.host if request.client else "unknown"
        wait = limiter.wait_for(form_data.username, address)
        if wait > 0:
            seconds, sentence = wait_sentence(wait)
            raise HTTPException(429, detail=sentence, headers={"Retry-After": str(seconds)})
        try:
            answer = await chainlit_login(request, response, form_data)
        except HTTPException as exc:
            if exc.status_code == 401:
                limiter.failed(form_data.username, address)
            raise
        limiter.succeeded(form_data.username)
        return answer

    app.add_api_route("/login", login, methods=["POST"], include_in_schema=False)
    routes = app.router.routes
    routes.insert(0, routes.pop())  # before Chainlit's own route of the same path


__all__ = ["SignInLimiter", "install_sign_in_limits", "wait_sentence"]
