"""Rendered media served to the browser by URL, only to the user who owns it.

The chat never embeds files (``cl.Video(path=...)`` would copy every video into a per-session
folder that disappears with the session). Instead each piece of media gets a stable link
``/media/<token>/<filename>``. The token is the media's storage URL, its project and its owner,
sealed (adgen.store.media_grants: AES-SIV, encrypted and authenticated) with a key derived from
the Chainlit auth secret, so nobody can make up a link to media they were not shown, and a link
never shows where the server keeps its files. The same grant always gives the same link, so the
browser's cache works. The route also checks, on every request, that the signed-in user is the
owner named in the token and still owns the project; otherwise it answers 404 (not 403: a
guessed link must not even learn that the media exists). Local files are streamed with range
support (video seeking); S3 media is answered with a redirect to a short-lived presigned URL.
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from chainlit.auth import get_current_user
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from adgen.store.media_grants import MediaGrant, MediaLinkError, open_grant, seal_grant
from adgen.web.auth import SECRET_ENV

MEDIA_PREFIX = "/media"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

OwnsProject = Callable[[str, str], bool]
ResolveMedia = Callable[[str], "Path | str"]


def _secret(secret: str | None) -> str:
    secret = secret or os.environ.get(SECRET_ENV)
    if not secret:
        raise MediaLinkError(f"{SECRET_ENV} is not set; adgen.web.auth.ensure_auth_secret sets it")
    return secret


def sign_grant(grant: MediaGrant, secret: str | None = None) -> str:
    """The grant sealed into a URL-safe token (deterministic: one grant, one token)."""
    return seal_grant(grant, _secret(secret))


def verify_token(token: str, secret: str | None = None) -> MediaGrant:
    return open_grant(token, _secret(secret))


def safe_filename(name: str, default: str = "media") -> str:
    cleaned = _SAFE_NAME.sub("_", name).strip("._")
    return cleaned[:120] or default


def media_link(
    owner: str, project_id: str, url: str, filename: str, *, download: bool = False, secret: str | None = None
) -> str:
    """The browser link of one stored media file, for its owner only."""
    token = sign_grant(MediaGrant(owner, project_id, url), secret)
    link = f"{MEDIA_PREFIX}/{token}/{quote(safe_filename(filename))}"
    return link + "?download=1" if download else link


def install_media_routes(app: FastAPI, *, owns_project: OwnsProject, resolve: ResolveMedia) -> None:
    """Add ``GET/HEAD /media/{token}/{filename}`` to the Chainlit FastAPI app.

    ``owns_project(owner, project_id)`` asks the project store; ``resolve(url)`` gives a local
    file path, or an ``https://`` URL to redirect to (presigned S3). Both are blocking and run
    in the thread pool.
    """
    not_found = HTTPException(status_code=404, detail="No such media")

    async def serve_media(token: str, filename: str, request: Request, user=Depends(get_current_user)):
        if user is None:
            raise HTTPException(status_code=401, detail="Sign in to see this media")
        try:
            grant = verify_token(token)
        except MediaLinkError:
            raise not_found from None
        if grant.owner != user.identifier:
            raise not_found
        if not await run_in_threadpool(owns_project, user.identifier, grant.project_id):
            raise not_found
        try:
            target = await run_in_threadpool(resolve, grant.url)
        except (FileNotFoundError, KeyError, ValueError):
            raise not_found from None
        headers = {"Cache-Control": "private, max-age=86400"}
        if isinstance(target, str):
            return RedirectResponse(target, status_code=307, headers=headers)
        path = Path(target)
        if not path.is_file():
            raise not_found
        media_type = mimetypes.guess_type(path.name)[0] or mimetypes.guess_type(filename)[0]
        if request.query_params.get("download"):
            return FileResponse(
                path,
                media_type=media_type or "application/octet-stream",
                filename=safe_filename(filename),
                headers=headers,
            )
        return FileResponse(
            path,
            media_type=media_type or "application/octet-stream",
            headers=headers,
            filename=safe_filename(filename),
            content_disposition_type="inline",
        )

    app.add_api_route(
        f"{MEDIA_PREFIX}/{{token}}/{{filename}}",
        serve_media,
        methods=["GET", "HEAD"],
        include_in_schema=False,
    )
    # Chainlit answers every unknown path with its web page (a catch-all route added before
    # ours); put ours first so it is matched before that.
    routes = app.router.routes
    routes.insert(0, routes.pop())


def install_store_media_routes(app: FastAPI, settings) -> None:
    """The media route over the project store (ownership) and media store (files) of ``settings``."""
    from adgen.store.media import open_media_store
    from adgen.store.projects import open_project_store

    projects = open_project_store(settings)
    media = open_media_store(settings)

    def owns_project(owner: str, project_id: str) -> bool:
        return projects.owner_of(project_id) == owner

    def resolve(url: str) -> Path | str:
        if url.startswith("s3://"):
            return media.browser_url(url)
        return media.local_path(url)

    install_media_routes(app, owns_project=owns_project, resolve=resolve)
