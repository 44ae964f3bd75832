"""The FastAPI application: routes, limits, errors; ``create_app(settings)`` is the factory.

The OpenAPI document is at ``/openapi.json`` and the interactive docs at ``/docs``. The API
key is sent as ``Authorization: Bearer adg_…`` (``adgen keys create``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from adgen.api.limits import BodySizeLimit
from adgen.api.problems import install_problem_handlers
from adgen.api.routes import batches, media, projects, renders, uploads, webhooks
from adgen.api.services import ApiServices
from adgen.settings import Settings

MULTIPART_SLACK_BYTES = 64 * 1024
DESCRIPTION = """\
The adgen HTTP API: the same projects, edit operations, chat and render queue as the chat
front ends. Authenticate with `Authorization: Bearer <API key>` (`adgen keys create --owner NAME`).
Every write accepts an `Idempotency-Key` header; errors are `application/problem+json` (RFC 9457).
"""


def _limit_for(settings: Settings):  # noqa: ANN202 - a LimitFor
    images = settings.max_upload_bytes + MULTIPART_SLACK_BYTES
    feeds = settings.api_max_feed_bytes + settings.max_upload_bytes * 4 + MULTIPART_SLACK_BYTES

    def limit(path: str, content_type: str) -> int:
        if not content_type.lower().startswith("multipart/"):
            return settings.api_max_json_bytes
        return feeds if path.startswith("/v1/batches") else images

    return limit


def create_app(settings: Settings, api_services: ApiServices | None = None) -> FastAPI:
    """The API over the stores and queue that ``settings`` name."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = api_services or ApiServices.open(settings)
        try:
            yield
        finally:
            await app.state.services.close()

    app = FastAPI(
        title="adgen API",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    install_problem_handlers(app)
    for router in (
        projects.router,
        renders.router,
        uploads.router,
        batches.router,
        webhooks.router,
        media.router,
    ):
        app.include_router(router)

    @app.get("/healthz", include_in_schema=False)
    async def health() -> JSONResponse:
        backend = app.state.services.backend
        return JSONResponse({"ok": True, "queue": backend.queued})

    app.add_middleware(BodySizeLimit, limit_for=_limit_for(settings))
    return app


__all__ = ["create_app"]
