"""Projects: create from a brief, read any version, list, edit by operations or by message,
variations, undo and redo (one API request is one undo step)."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from adgen.api.auth import Principal, ReadKey, WriteKey
from adgen.api.backend import EditOutcome
from adgen.api.problems import ApiProblem
from adgen.api.routes.common import (
    etag,
    expected_version,
    idempotent_write,
    json_response,
    problems_of_the_store,
    project_view,
)
from adgen.api.schemas import ApplyOperations, CreateProject, Message, UndoRequest, VariationRequest
from adgen.api.services import ApiServices, services
from adgen.project import AdProject, ProductAsset
from adgen.tools import operations as ops

router = APIRouter(prefix="/v1/projects", tags=["projects"])
IfMatch = Annotated[str | None, Header(description='the project version you edited, as ETag gives it: "3"')]
DryRun = Annotated[
    bool, Query(description="validate and report what would change and render, change nothing")
]


def _create_body_doc() -> dict[str, Any]:
    schema = CreateProject.model_json_schema(by_alias=True)
    form = {
        "type": "object",
        "properties": {**schema["properties"], "image": {"type": "string", "format": "binary"}},
        "required": ["brief"],
    }
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}, "multipart/form-data": {"schema": form}},
        }
    }


async def _read_create(request: Request) -> tuple[CreateProject, bytes | None, str | None]:
    """The create request from JSON, or from a form with the product image as ``image``."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if kind == "multipart/form-data":
            form = await request.form(max_files=1, max_fields=30)
            fields: dict[str, Any] = {
                k: v for k, v in form.multi_items() if isinstance(v, str) and k != "colors"
            }
            colors = [c.strip() for v in form.getlist("colors") if isinstance(v, str) for c in v.split(",")]
            if any(colors):
                fields["colors"] = [c for c in colors if c]
            body = CreateProject.model_validate(fields)
            image = form.get("image")
            if isinstance(image, UploadFile):
                return body, await image.read(), image.filename
            return body, None, None
        if kind in ("application/json", ""):
            return CreateProject.model_validate_json(await request.body()), None, None
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    raise ApiProblem(
        415, "Send the brief as JSON, or as multipart/form-data with the image as the 'image' field."
    )


async def product_asset(
    api: ApiServices, data: bytes | None, filename: str | None, url: str | None
) -> ProductAsset | None:
    """The product image, checked like a chat attachment (a link is read through the safe fetcher)."""
    try:
        if data is None and url:
            data, filename = await run_in_threadpool(api.backend.fetch_image, url)
        if data is None:
            return None
        return await run_in_threadpool(api.backend.product_asset, data, filename)
    except ValueError as exc:  # UploadRejected, FetchError: sentences for the client
        raise ApiProblem(422, str(exc), kind="image-rejected") from None


@router.post("", status_code=201, summary="Create a project from a brief", openapi_extra=_create_body_doc())
async def create_project(request: Request, principal: WriteKey) -> Response:
    api = services(request)
    body, image, filename = await _read_create(request)
    fp = {**body.model_dump(by_alias=True), "image": hashlib.sha256(image).hexdigest() if image else None}

    async def handler() -> Response:
        asset = await product_asset(api, image, filename, body.product_image_url)
        with problems_of_the_store():
            project = await api.backend.create_project(
                principal.owner, body.brief, body.brief_fields(), asset
            )
        headers = {**etag(project), "Location": f"/v1/projects/{project.project_id}"}
        return json_response(project_view(api, project, request), 201, headers)

    return await idempotent_write(request, principal, fp, handler)


@router.get("", summary="List your projects")
async def list_projects(request: Request, principal: ReadKey) -> Response:
    api = services(request)
    summaries = await run_in_threadpool(api.backend.projects.list_projects, principal.owner)
    return json_response({"projects": [s.to_wire() for s in summaries]})


async def load(
    api: ApiServices, principal: Principal, project_id: str, version: int | None = None
) -> AdProject:
    with problems_of_the_store():
        return await run_in_threadpool(
            api.backend.projects.get, project_id, owner=principal.owner, version=version
        )


@router.get("/{project_id}", summary="Get a project (the latest or any version)")
async def get_project(
    request: Request, project_id: str, principal: ReadKey, version: Annotated[int | None, Query(ge=1)] = None
) -> Response:
    api = services(request)
    project = await load(api, principal, project_id, version)
    return json_response(project_view(api, project, request), headers=etag(project))


@router.get("/{project_id}/versions", summary="Every version of a project")
async def versions(request: Request, project_id: str, principal: ReadKey) -> Response:
    api = services(request)
    with problems_of_the_store():
        infos = await run_in_threadpool(api.backend.projects.history, project_id, owner=principal.owner)
    return json_response({"projectId": project_id, "versions": [v.to_wire() for v in infos]})


def _check_uploads(api: ApiServices, operations: list[Any]) -> None:
    """A replace_product must name an image this server stored (POST /v1/uploads), never a path."""
    for op in operations:
        subs = op.operations if isinstance(op, ops.CreateVariation) else [op]
        for sub in subs:
            if isinstance(sub, ops.ReplaceProduct) and not api.backend.is_stored_upload(sub.asset):
                raise ApiProblem(
                    422,
                    "replace_product needs an asset returned by POST /v1/uploads; upload the image there first.",
                    kind="edit-refused",
                )


def _edit_body(api: ApiServices, outcome: EditOutcome, request: Request, *, dry_run: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "dryRun": dry_run,
        "changes": outcome.changes,
        "stale": outcome.stale,
        "baseVersion": outcome.before.version,
    }
    if dry_run:
        body["wouldBeVersion"] = outcome.after.version
    else:
        body.update(project_view(api, outcome.after, request))
    if outcome.created is not None:
        body["created"] = (
            outcome.created.to_wire() if dry_run else project_view(api, outcome.created, request)
        )
    return body


async def _apply(
    request: Request,
    principal: Principal,
    project_id: str,
    operations: list[Any],
    version: int | None,
    dry_run: bool,
    fingerprint_body: Any,
) -> Response:
    """The edit path shared by operations, variations and undo (a trailing render op renders)."""
    api = services(request)
    render = operations[-1] if operations and isinstance(operations[-1], ops.Render) else None
    edits = [op for op in operations if not isinstance(op, ops.Render)]
    if len(edits) + (render is not None) != len(operations):
        raise ApiProblem(422, "A render operation may only come last; put it at the end of the list.")
    _check_uploads(api, edits)

    async def handler() -> Response:
        with problems_of_the_store():
            outcome = await run_in_threadpool(
                api.backend.apply,
                principal.owner,
                project_id,
                edits,
                expected_version=version,
                dry_run=dry_run,
            )
        body = _edit_body(api, outcome, request, dry_run=dry_run)
        target = outcome.created or outcome.after
        if render is not None:
            from adgen.api.routes.renders import render_or_plan

            body["render"] = await render_or_plan(
                request,
                target,
                quality=render.quality or "draft",
                aspects=render.aspects,
                presets=None,
                dry_run=dry_run,
            )
        status = 201 if outcome.created is not None and not dry_run else 200
        return json_response(body, status, etag(outcome.after) if not dry_run else None)

    if dry_run:
        return await handler()
    return await idempotent_write(request, principal, fingerprint_body, handler)


@router.post("/{project_id}/operations", summary="Apply typed edit operations")
async def apply_operations(
    request: Request,
    project_id: str,
    body: ApplyOperations,
    principal: WriteKey,
    if_match: IfMatch = None,
    dry_run: DryRun = False,
) -> Response:
    version = expected_version(if_match, body.expected_version)
    fp = {"b": body.model_dump(by_alias=True, mode="json"), "v": version}
    return await _apply(request, principal, project_id, list(body.operations), version, dry_run, fp)


@router.post("/{project_id}/variations", status_code=201, summary="Make a variation (A/B) of a project")
async def create_variation(
    request: Request,
    project_id: str,
    body: VariationRequest,
    principal: WriteKey,
    if_match: IfMatch = None,
    dry_run: DryRun = False,
) -> Response:
    version = expected_version(if_match, body.expected_version)
    op = ops.CreateVariation(label=body.label, operations=body.operations)
    fp = {"b": body.model_dump(by_alias=True, mode="json"), "v": version}
    return await _apply(request, principal, project_id, [op], version, dry_run, fp)


async def _history_step(
    request: Request,
    principal: Principal,
    project_id: str,
    op: ops.Undo | ops.Redo,
    body: UndoRequest | None,
    if_match: str | None,
) -> Response:
    """Undo or redo: one request's changes taken back or brought back, as a new version."""
    version = expected_version(if_match, body.expected_version if body else None)
    return await _apply(request, principal, project_id, [op], version, False, {op.operation: version})


@router.post(
    "/{project_id}/undo", summary="Undo the last change: everything one request changed (as a new version)"
)
async def undo(
    request: Request,
    project_id: str,
    principal: WriteKey,
    body: UndoRequest | None = None,
    if_match: IfMatch = None,
) -> Response:
    return await _history_step(request, principal, project_id, ops.Undo(), body, if_match)


@router.post("/{project_id}/redo", summary="Redo what the last undo took back (as a new version)")
async def redo(
    request: Request,
    project_id: str,
    principal: WriteKey,
    body: UndoRequest | None = None,
    if_match: IfMatch = None,
) -> Response:
    return await _history_step(request, principal, project_id, ops.Redo(), body, if_match)


@router.post("/{project_id}/messages", summary="Send a natural-language message (the chat's own session)")
async def send_message(
    request: Request, project_id: str, body: Message, principal: WriteKey, if_match: IfMatch = None
) -> Response:
    api = services(request)
    version = expected_version(if_match, body.expected_version)

    async def handler() -> Response:
        project = await load(api, principal, project_id)
        if version is not None and project.version != version:
            raise ApiProblem(
                409,
                f"Project {project_id!r} is at version {project.version}, not {version}; reload it and send again.",
                kind="version-conflict",
                currentVersion=project.version,
                expectedVersion=version,
            )
        reply = await api.backend.send_message(principal.owner, project_id, body.text)
        from adgen.api.routes.renders import follow_renders

        await follow_renders(request, principal.owner, reply.render_ids)
        current = reply.project
        out: dict[str, Any] = {
            "reply": reply.text,
            "parts": [part.to_wire() for part in reply.parts],
            "error": reply.error,
            "operations": reply.operations,
            "projectId": reply.project_id,
            "version": reply.version,
            "renderIds": reply.render_ids,
            "touched": reply.touched,
            "needsConfirmation": reply.needs_confirmation,
        }
        if current is not None:
            out.update(project_view(api, current, request))
        return json_response(out, headers=etag(current) if current is not None else None)

    return await idempotent_write(
        request, principal, {"b": body.model_dump(by_alias=True), "v": version}, handler
    )


__all__ = ["load", "router"]
