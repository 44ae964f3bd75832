"""What one API process holds: settings, the adapter to adgen, and the API's own stores."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from adgen.api.backend import Backend
from adgen.api.batch_store import BatchStore, open_batch_store
from adgen.api.idempotency import IdempotencyStore, open_idempotency_store
from adgen.api.keys import ApiKeyStore, open_key_store
from adgen.api.links import MediaLinks
from adgen.api.ratelimit import RateLimiter
from adgen.api.webhooks import WebhookStore, open_webhook_store
from adgen.settings import Settings


@dataclass
class ApiServices:
    settings: Settings
    backend: Backend
    keys: ApiKeyStore
    idempotency: IdempotencyStore
    limiter: RateLimiter
    batches: BatchStore
    webhooks: WebhookStore
    links: MediaLinks
    key_touched: dict[str, float] = field(default_factory=dict)

    @classmethod
    def open(cls, settings: Settings) -> ApiServices:
        backend = Backend(settings)
        return cls(
            settings=settings,
            backend=backend,
            keys=open_key_store(settings),
            idempotency=open_idempotency_store(settings),
            limiter=RateLimiter(settings.api_rate_per_minute, settings.api_rate_burst, backend.redis_url),
            batches=open_batch_store(settings),
            webhooks=open_webhook_store(settings),
            links=MediaLinks(backend, settings),
        )

    async def close(self) -> None:
        await self.backend.close()
        self.limiter.close()


def services(request: Request) -> ApiServices:
    return request.app.state.services
