"""Webhooks: register (the secret is shown once), list, delete, and each one's delivery log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from adgen.api.auth import ReadKey, WriteKey
from adgen.api.problems import ApiProblem, not_found
from adgen.api.routes.common import idempotent_write, json_response
from adgen.api.schemas import RegisterWebhook
from adgen.api.services import services
from adgen.api.webhooks import SIGNATURE_HEADER, WebhookError, check_url

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])


@router.post("", status_code=201, summary="Register a webhook (its signing secret is shown only here)")
async def register(request: Request, body: RegisterWebhook, principal: WriteKey) -> Response:
    api = services(request)

    async def handler() -> Response:
        try:
            url = await run_in_threadpool(check_url, body.url, api.settings)
            hook = await run_in_threadpool(
                api.webhooks.register, principal.owner, url, list(body.events), body.description
            )
        except WebhookError as exc:
            raise ApiProblem(422, str(exc), kind="webhook-refused") from None
        out = {
            **hook.to_wire(),
            "secret": hook.secret,
            "signatureHeader": SIGNATURE_HEADER,
            "note": "Keep the secret now: it is not shown again. Verify each delivery with it (see the README).",
        }
        return json_response(out, 201, {"Location": f"/v1/webhooks/{hook.webhook_id}"})

    return await idempotent_write(request, principal, body.model_dump(by_alias=True), handler)


@router.get("", summary="Your webhooks")
async def list_webhooks(request: Request, principal: ReadKey) -> Response:
    api = services(request)
    hooks = await run_in_threadpool(api.webhooks.list_webhooks, principal.owner)
    return json_response({"webhooks": [h.to_wire() for h in hooks]})


@router.delete("/{webhook_id}", status_code=204, summary="Delete a webhook (and its delivery log)")
async def delete(request: Request, webhook_id: str, principal: WriteKey) -> Response:
    api = services(request)
    if not await run_in_threadpool(api.webhooks.delete, principal.owner, webhook_id):
        raise not_found("webhook")
    return Response(status_code=204)


@router.get("/{webhook_id}/deliveries", summary="A webhook's delivery log, newest first")
async def deliveries(
    request: Request, webhook_id: str, principal: ReadKey, limit: Annotated[int, Query(ge=1, le=500)] = 100
) -> Response:
    api = services(request)
    found = await run_in_threadpool(api.webhooks.deliveries, principal.owner, webhook_id, limit)
    if found is None:
        raise not_found("webhook")
    return json_response({"webhookId": webhook_id, "deliveries": [d.to_wire() for d in found]})


__all__ = ["router"]
