"""Uploads in the web chat: the upload endpoint's own checks, and the check of a message's files.

Chainlit's upload endpoint (``POST /project/file``) reads the whole file into memory, answers an
empty file with HTTP 500 and keeps whatever it is sent in the session's folder. Its own route
stays, behind one of ours that first refuses an empty or too large file with one sentence
(adgen.web.guard has already cut off a body that grew past the limit as it arrived).

Every upload that is refused or fails is remembered for its chat session
(:mod:`adgen.web.upload_failures`), so the message sent after it is held rather than sent
without its file; the session's files folder is made again if something removed it.

What a file *is* is judged when the message it is attached to arrives
(:func:`refuse_unusable_uploads`): a file that is not a usable product image is refused with
the reason before the conversation sees the message, and every file of that message is
deleted, so nothing refused is kept on the server.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from chainlit.server import UserParam
from chainlit.server import upload_file as chainlit_upload_file
from fastapi import FastAPI, HTTPException, UploadFile

from adgen.settings import Settings
from adgen.store.uploads import UploadRejected, check_upload_size, display_name, validate_image_upload
from adgen.web.guard import UPLOAD_PATH
from adgen.web.upload_failures import FAILED_UPLOADS, upload_failed_reason

log = logging.getLogger(__name__)


def install_upload_checks(app: FastAPI, settings: Settings) -> None:
    """Put the size checks in front of Chainlit's upload route."""

    async def checked_upload(
        current_user: UserParam, session_id: str, file: UploadFile, ask_parent_id: str | None = None
    ):
        try:
            if file.size is not None:
                check_upload_size(file.size, filename=file.filename, max_bytes=settings.max_upload_bytes)
        except UploadRejected as exc:
            await file.close()
            FAILED_UPLOADS.failed(session_id, file.filename, str(exc))
            raise HTTPException(status_code=413 if file.size else 400, detail=str(exc)) from None
        _files_folder().mkdir(parents=True, exist_ok=True)  # removed by hand or by a crash: made again
        try:
            stored = await chainlit_upload_file(
                current_user=current_user, session_id=session_id, file=file, ask_parent_id=ask_parent_id
            )
        except HTTPException as exc:
            if exc.status_code not in (401, 403, 404):  # not this user's session: nothing to hold
                FAILED_UPLOADS.failed(session_id, file.filename, upload_failed_reason(file.filename))
            raise
        except Exception:
            log.exception("storing the upload %r failed", file.filename)
            FAILED_UPLOADS.failed(session_id, file.filename, upload_failed_reason(file.filename))
            raise HTTPException(status_code=500, detail=upload_failed_reason(file.filename)) from None
        FAILED_UPLOADS.succeeded(session_id, file.filename)
        return stored

    let_the_server_judge_sizes(settings)
    app.add_api_route(UPLOAD_PATH, checked_upload, methods=["POST"], include_in_schema=False)
    routes = app.router.routes
    routes.insert(0, routes.pop())  # before Chainlit's own route of the same path


def let_the_server_judge_sizes(settings: Settings) -> None:
    """Set the page's own size limit above the server's.

    Chainlit's page drops a file over its ``max_size_mb`` with a toast and never uploads it, and
    the message typed beside it then goes without it: an ad with no product and no warning. Above
    the server's limit, every file is sent, the guard cuts a too large one off as it arrives (413,
    one sentence) and the message after it is held until the file is attached again.
    """
    from chainlit.config import config

    upload = config.features.spontaneous_file_upload
    if upload is not None:
        server_mb = math.ceil(settings.max_upload_bytes / (1024 * 1024))
        upload.max_size_mb = max(upload.max_size_mb or 0, 2 * server_mb)


def _files_folder() -> Path:
    import chainlit.config

    return Path(chainlit.config.FILES_DIRECTORY)


def uploaded_files(message: Any) -> list[tuple[str, Path]]:
    """(name the user gave it, where Chainlit put it) of each file attached to a message."""
    return [
        (str(getattr(el, "name", "") or ""), Path(el.path))
        for el in getattr(message, "elements", None) or []
        if getattr(el, "path", None)
    ]


def refuse_unusable_uploads(settings: Settings, files: list[tuple[str, Path]]) -> str | None:
    """The reason a message's files cannot be used (then all of them are deleted), or None."""
    problems = []
    for name, path in files:
        if Path(name or path.name).suffix.lower() in (".svg", ".ttf", ".otf"):
            continue  # a logo or font for the brand kit: the conversation checks it by content
        try:
            validate_image_upload(
                path.read_bytes(),
                filename=name or path.name,
                max_bytes=settings.max_upload_bytes,
                max_pixels=settings.max_upload_pixels,
            )
        except UploadRejected as exc:
            problems.append(str(exc))
        except OSError:
            problems.append(
                f"I couldn't read the attachment {display_name(name or path.name)}; please send it again."
            )
    if not problems:
        return None
    for _name, path in files:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not delete the refused upload %s", path, exc_info=True)
    return " ".join(problems) + " Nothing was changed."


__all__ = ["install_upload_checks", "let_the_server_judge_sizes", "refuse_unusable_uploads", "uploaded_files"]
