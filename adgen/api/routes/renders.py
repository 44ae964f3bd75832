"""Renders: start (or plan) one, its status, its progress as server-sent events, its exports."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from adgen.api.auth import ReadKey, WriteKey
from adgen.api.problems import ApiProblem
from adgen.api.routes.common import base_url, idempotent_write, json_response, problems_of_the_store
from adgen.api.routes.projects import load
from adgen.api.schemas import StartRender
from adgen.api.services import ApiServices, services
from adgen.project import AdProject

router = APIRouter(prefix="/v1/projects", tags=["renders"])
SSE_PING_SEC = 15


def public_event(api: ApiServices, owner: str, wire: dict[str, Any], base: str) -> dict[str, Any]:
    """A progress event with every stored file it names as a signed download link: the stage's
    output and its preview, a warning's media (a stand-in clip, a doubtful cut-out) and the
    exports. Never a server path or a storage URL."""
    project_id = str(wire.get("projectId"))
    stem = f"{project_id}-{wire.get('sceneId') or wire.get('stage') or 'media'}"

    def signed(url: Any, name: str) -> str | None:
        if not isinstance(url, str) or not url:
            return None
        suffix = url.rsplit("?", 1)[0].rsplit(".", 1)[-1][:4]
        return api.links.link(owner, project_id, url, f"{name}.{suffix}", base)["url"]

    out = dict(wire)
    # The preview is the stored output as a browser would open it: the same signed link.
    out["mediaUrl"] = signed(wire.get("mediaUrl"), stem)
    out["previewUrl"] = out["mediaUrl"] or signed(wire.get("previewUrl"), stem)
    if wire.get("exports"):
        out["exports"] = {
            aspect: signed(url, f"{project_id}-{aspect.replace(':', 'x')}")
            for aspect, url in wire["exports"].items()
        }
    if wire.get("warnings"):
        out["warnings"] = [
            {
                **warning,
                "mediaUrl": signed(warning.get("mediaUrl"), f"{stem}-{warning.get('code', 'warning')}"),
            }
            for warning in wire["warnings"]
        ]
    return out


async def follow_renders(request: Request, owner: str, render_ids: list[str]) -> None:
    """Webhooks for the renders a message started (``render_ended`` follows each one)."""
    api = services(request)
    if not api.backend.queued:
        return
    from adgen.api.jobs import watch_render

    for render_id in render_ids:
        target = await run_in_threadpool(api.backend.render_target, render_id)
        if target is not None:
            await run_in_threadpool(
                lambda t=target, r=render_id: watch_render(
                    api.backend,
                    owner=owner,
                    project_id=t[0],
                    version=t[1],
                    render_id=r,
                    base_url=base_url(request),
                )
            )


async def render_or_plan(
    request: Request,
    project: AdProject,
    *,
    quality: str,
    aspects: list[str] | None,
    presets: list[str] | None,
    dry_run: bool,
) -> dict[str, Any]:
    """Start a render of ``project`` (or, in a dry run, say what it would run and cost)."""
    api = services(request)
    unknown = [a for a in aspects or [] if a not in project.aspect_ratios]
    if unknown:
        raise ApiProblem(
            422,
            f"This ad has no {', '.join(unknown)} format; it has {', '.join(project.aspect_ratios)}.",
            kind="render-refused",
        )
    notes = []
    if presets:
        notes.append(
            f"Presets ({', '.join(presets)}) are accepted but not applied yet; the render uses the ad's own formats."
        )
    if aspects and set(aspects) != set(project.aspect_ratios):
        notes.append(
            f"Every format of the ad is rendered ({', '.join(project.aspect_ratios)}); only those you asked "
            "for are counted in the plan."
        )
    plan = await run_in_threadpool(api.backend.render_plan, project, quality, aspects)
    body: dict[str, Any] = {
        "projectId": project.project_id,
        "version": project.version,
        "quality": quality,
        "plan": plan.to_wire(),
        "notes": notes,
    }
    if dry_run:
        return {"dryRun": True, **body}
    with problems_of_the_store():
        render_id = await run_in_threadpool(api.backend.start_render, project, quality)
    if api.backend.queued:
        from adgen.api.jobs import watch_render

        await run_in_threadpool(
            lambda: watch_render(
                api.backend,
                owner=project.owner,
                project_id=project.project_id,
                version=project.version,
                render_id=render_id,
                base_url=base_url(request),
            )
        )
    else:
        notes.append("Renders run inside the API process (no Redis job queue): webhooks are not sent.")
    path = f"/v1/projects/{project.project_id}/renders/{render_id}"
    return {
        "dryRun": False,
        "renderId": render_id,
        **body,
        "links": {"status": path, "events": f"/v1/projects/{project.project_id}/events?renderId={render_id}"},
    }


@router.post(
    "/{project_id}/renders", status_code=202, summary="Render a project version (or plan it: dry_run)"
)
async def start_render(
    request: Request,
    project_id: str,
    body: StartRender,
    principal: WriteKey,
    dry_run: Annotated[
        bool, Query(description="say what would be rendered and its cost, render nothing")
    ] = False,
) -> Response:
    api = services(request)

    async def handler() -> Response:
        project = await load(api, principal, project_id, body.version)
        result = await render_or_plan(
            request,
            project,
            quality=body.quality,
            aspects=body.aspects,
            presets=body.presets,
            dry_run=dry_run,
        )
        if dry_run:
            return json_response(result)
        return json_response(result, 202, {"Location": result["links"]["status"]})

    if dry_run:
        return await handler()
    return await idempotent_write(request, principal, body.model_dump(by_alias=True), handler)


@router.get("/{project_id}/renders/{render_id}", summary="A render's status ('current' for the latest)")
async def render_status(request: Request, project_id: str, render_id: str, principal: ReadKey) -> Response:
    api = services(request)
    project = await load(api, principal, project_id)
    state = await run_in_threadpool(
        api.backend.render_state, project_id, None if render_id == "current" else render_id
    )
    if state is None:
        raise ApiProblem(
            404, f"Project {project_id!r} has no render {render_id!r}; start one with POST …/renders."
        )
    body = {
        "render": public_event(api, principal.owner, state, base_url(request)),
        "projectState": project.render_status.model_dump(by_alias=True, mode="json"),
    }
    finished = state.get("renderState") == "done" and state.get("version") is not None
    if finished:
        rendered = await load(api, principal, project_id, int(state["version"]))
        body["exports"] = api.links.exports(rendered, base_url(request))
    return json_response(body)


@router.get(
    "/{project_id}/events",
    summary="Progress events as server-sent events (the chat's own events)",
    response_class=EventSourceResponse,
)
async def events(
    request: Request,
    project_id: str,
    principal: ReadKey,
    render_id: Annotated[str | None, Query(alias="renderId")] = None,
    follow: Annotated[bool, Query(description="keep following later renders too")] = False,
    last_event_id: Annotated[str | None, Header()] = None,
) -> EventSourceResponse:
    api = services(request)
    await load(api, principal, project_id)

    base = base_url(request)

    async def stream() -> AsyncIterator[dict[str, Any]]:
        async for event in api.backend.events(
            project_id, render_id=render_id, since=last_event_id, follow=follow
        ):
            wire = public_event(api, principal.owner, event.to_wire(), base)
            yield {
                "id": event.event_id or str(event.seq),
                "event": "render" if event.terminal else "progress",
                "data": json.dumps(wire, separators=(",", ":")),
            }

    return EventSourceResponse(stream(), ping=SSE_PING_SEC)


@router.get("/{project_id}/exports", summary="Signed download links of a version's videos")
async def exports(
    request: Request, project_id: str, principal: ReadKey, version: Annotated[int | None, Query(ge=1)] = None
) -> Response:
    api = services(request)
    project = await load(api, principal, project_id, version)
    links = api.links.exports(project, base_url(request))
    return json_response(
        {
            "projectId": project.project_id,
            "version": project.version,
            "renderState": project.render_status.state,
            "exports": links,
        }
    )


__all__ = ["follow_renders", "render_or_plan", "router"]
