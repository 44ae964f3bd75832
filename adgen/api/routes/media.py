"""Downloads by signed link: no API key, the link itself is the permission (until it expires)."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from adgen.api.links import MEDIA_PATH
from adgen.api.problems import ApiProblem
from adgen.api.services import services

router = APIRouter(prefix=MEDIA_PATH, tags=["media"])


def _gone() -> ApiProblem:
    return ApiProblem(
        404, "This download link is not valid or has expired; ask the API for the exports again."
    )


@router.get("/{token}/{filename}", summary="Download a video or poster (a signed link; no key needed)")
async def download(
    request: Request,
    token: str,
    filename: str,
    expires: Annotated[int, Query()],
    signature: Annotated[str, Query(max_length=128)],
) -> Response:
    api = services(request)
    grant = api.links.verify(token, expires, signature)
    if grant is None:
        raise _gone()
    owner, project_id, url = grant
    if await run_in_threadpool(api.backend.projects.owner_of, project_id) != owner:
        raise _gone()
    try:
        target = await run_in_threadpool(api.backend.media_target, url)
    except (FileNotFoundError, KeyError, ValueError):
        raise _gone() from None
    if isinstance(target, str):
        return RedirectResponse(target, status_code=307)
    path = Path(target)
    if not path.is_file():
        raise _gone()
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return FileResponse(
        path, media_type=media_type, filename=filename, headers={"Cache-Control": "private, max-age=3600"}
    )


router.add_api_route("/{token}/{filename}", download, methods=["HEAD"], include_in_schema=False)

__all__ = ["router"]
