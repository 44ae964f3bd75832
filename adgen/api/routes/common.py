"""What every route shares: errors of the pieces below as problems, versions, idempotent writes."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from adgen.api.auth import Principal
from adgen.api.backend import BackendError
from adgen.api.idempotency import fingerprint, run_idempotent
from adgen.api.problems import ApiProblem, not_found
from adgen.api.services import ApiServices, services
from adgen.project import AdProject
from adgen.store.projects import ProjectNotFound, StoreError, VersionConflict

_ETAG = re.compile(r'^\s*(?:W/)?"?(\d+)"?\s*$')


@contextmanager
def problems_of_the_store() -> Iterator[None]:
    """The store's and the edit's refusals, as problems (their messages are already sentences)."""
    try:
        yield
    except ProjectNotFound as exc:
        if exc.version is not None:
            raise ApiProblem(404, str(exc)) from None
        raise not_found("project") from None
    except VersionConflict as exc:
        raise ApiProblem(
            409,
            str(exc),
            kind="version-conflict",
            currentVersion=exc.actual,
            expectedVersion=exc.expected,
        ) from None
    except (BackendError, StoreError) as exc:
        raise ApiProblem(422, str(exc), kind="edit-refused") from None


def expected_version(if_match: str | None, in_body: int | None) -> int | None:
    """The version the client edited: ``If-Match: "3"`` (the ETag of GET) or ``expectedVersion``."""
    if if_match is None or if_match.strip() == "*":
        return in_body
    match = _ETAG.match(if_match)
    if match is None:
        raise ApiProblem(400, 'If-Match must be a project version as GET returns it in ETag, e.g. "3".')
    version = int(match.group(1))
    if in_body is not None and in_body != version:
        raise ApiProblem(400, "If-Match and expectedVersion name different versions; send one of them.")
    return version


def etag(project: AdProject) -> dict[str, str]:
    return {"ETag": f'"{project.version}"'}


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def project_view(api: ApiServices, project: AdProject, request: Request) -> dict[str, Any]:
    """A project as the API shows it: the document and fresh signed links to its videos."""
    return {
        "project": project.to_wire(),
        "exports": api.links.exports(project, base_url(request)),
    }


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)


async def idempotent_write(
    request: Request,
    principal: Principal,
    body: Any,
    handler: Callable[[], Awaitable[Response]],
) -> Response:
    """Run a write once per ``Idempotency-Key`` (when the client sends one)."""
    api = services(request)
    return await run_idempotent(
        api.idempotency,
        owner=principal.owner,
        key=request.headers.get("idempotency-key"),
        request_fingerprint=fingerprint(request.method, request.url.path, request.url.query, body),
        path=request.url.path,
        handler=handler,
    )


__all__ = [
    "base_url",
    "etag",
    "expected_version",
    "idempotent_write",
    "json_response",
    "problems_of_the_store",
    "project_view",
]
