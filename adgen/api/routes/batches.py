"""Batches: one variation per row of a product feed, rendered through the queue."""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from adgen.api.auth import ReadKey, WriteKey
from adgen.api.batch_store import Batch
from adgen.api.batches import BatchError, start_batch
from adgen.api.problems import ApiProblem, not_found
from adgen.api.routes.common import base_url, idempotent_write, json_response, problems_of_the_store
from adgen.api.services import ApiServices, services

router = APIRouter(prefix="/v1/batches", tags=["batches"])
MAX_IMAGES = 200


def batch_view(api: ApiServices, batch: Batch, request: Request, *, rows: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {
        "batchId": batch.batch_id,
        "state": batch.state,
        "baseProjectId": batch.base_project_id,
        "baseVersion": batch.base_version,
        "quality": batch.quality,
        "concurrency": batch.concurrency,
        "feedName": batch.feed_name,
        "createdAt": batch.created_at,
        "completedAt": batch.completed_at,
        "counts": batch.counts(),
    }
    if not rows:
        return body
    out = []
    for row in batch.rows:
        entry: dict[str, Any] = {
            "row": row.index,
            "name": row.fields.get("name", ""),
            "state": row.state,
            "projectId": row.project_id,
            "version": row.version,
            "renderId": row.render_id,
            "error": row.error,
            "stages": row.stages.get("counts", {}),
            "warnings": row.stages.get("warnings", []),
        }
        if row.state == "completed" and row.project_id and row.version:
            project = api.backend.projects.get(row.project_id, owner=batch.owner, version=row.version)
            entry["exports"] = api.links.exports(project, base_url(request))
        out.append(entry)
    body["rows"] = out
    return body


@router.post(
    "",
    status_code=202,
    summary="Start a batch: one variation of a base project per feed row",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["feed", "baseProjectId"],
                        "properties": {
                            "feed": {"type": "string", "format": "binary", "description": "CSV or JSON"},
                            "baseProjectId": {"type": "string"},
                            "quality": {"type": "string", "enum": ["draft", "final"]},
                            "concurrency": {"type": "integer", "minimum": 1, "maximum": 64},
                            "images": {
                                "type": "array",
                                "items": {"type": "string", "format": "binary"},
                                "description": "product images the feed names in image_file",
                            },
                        },
                    }
                }
            },
        }
    },
)
async def create_batch(request: Request, principal: WriteKey) -> Response:
    api = services(request)
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "multipart/form-data":
        raise ApiProblem(
            415, "Send the feed as multipart/form-data: 'feed' (CSV or JSON) and 'baseProjectId'."
        )
    form = await request.form(max_files=MAX_IMAGES + 1, max_fields=20)
    feed = form.get("feed")
    base_id = form.get("baseProjectId")
    if not isinstance(feed, UploadFile) or not isinstance(base_id, str) or not base_id.strip():
        raise ApiProblem(
            422, "A batch needs the feed file as 'feed' and the template project as 'baseProjectId'."
        )
    quality = str(form.get("quality") or "draft")
    concurrency_text = str(form.get("concurrency") or "")
    if concurrency_text and not concurrency_text.isdigit():
        raise ApiProblem(422, "concurrency must be a whole number from 1 to 64.")
    feed_bytes = await feed.read()
    files = {}
    for item in form.getlist("images"):
        if isinstance(item, UploadFile) and item.filename:
            files[item.filename.rsplit("/", 1)[-1]] = await item.read()
    fp = {
        "feed": hashlib.sha256(feed_bytes).hexdigest(),
        "base": base_id,
        "quality": quality,
        "concurrency": concurrency_text,
        "images": sorted((name, hashlib.sha256(data).hexdigest()) for name, data in files.items()),
    }

    async def handler() -> Response:
        with problems_of_the_store():
            try:
                batch = await run_in_threadpool(
                    lambda: start_batch(
                        principal.owner,
                        base_id.strip(),
                        feed_bytes,
                        feed.filename or "feed",
                        files=files,
                        quality=quality,
                        concurrency=int(concurrency_text) if concurrency_text else None,
                        base_url=base_url(request),
                        settings=api.settings,
                    )
                )
            except BatchError as exc:
                raise ApiProblem(422, str(exc), kind="feed-refused") from None
        headers = {"Location": f"/v1/batches/{batch.batch_id}"}
        return json_response(batch_view(api, batch, request), 202, headers)

    return await idempotent_write(request, principal, fp, handler)


@router.get("", summary="Your batches")
async def list_batches(request: Request, principal: ReadKey) -> Response:
    api = services(request)
    batches = await run_in_threadpool(api.batches.list_batches, principal.owner)
    return json_response({"batches": [batch_view(api, b, request, rows=False) for b in batches]})


@router.get("/{batch_id}", summary="A batch's status: each row's state, exports and error")
async def get_batch(request: Request, batch_id: str, principal: ReadKey) -> Response:
    api = services(request)
    batch = await run_in_threadpool(api.batches.get, batch_id, principal.owner)
    if batch is None:
        raise not_found("batch")
    view = await run_in_threadpool(batch_view, api, batch, request)
    return json_response(view)


__all__ = ["router"]
