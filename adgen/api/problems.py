"""Errors as RFC 9457 problem details (``application/problem+json``).

Every error the API answers has the same shape: ``type`` (a stable URI naming the kind of
problem), ``title`` (its short name), ``status``, ``detail`` (one sentence: what went wrong and
what to do) and ``instance`` (the request path), plus extension members where they help a client
(``errors`` for invalid fields, ``currentVersion`` on a conflict). Never a stack trace or a
server path: unexpected failures are logged with a reference id the client can quote.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

PROBLEM_TYPE_BASE = "https://adgen.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    428: "Precondition required",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}
_SLUGS = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    413: "too-large",
    415: "unsupported-media-type",
    422: "invalid-request",
    428: "precondition-required",
    429: "rate-limited",
    500: "server-error",
    503: "unavailable",
}


class ApiProblem(Exception):
    """Raise anywhere in a route to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        kind: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.kind = kind or _SLUGS.get(status, "error")
        self.title = title or _TITLES.get(status, "Error")
        self.headers = headers or {}
        self.extra = extra


def not_found(what: str = "resource") -> ApiProblem:
    return ApiProblem(404, f"There is no such {what} for this API key; check the id.", kind="not-found")


def problem_response(
    request_path: str,
    status: int,
    detail: str,
    *,
    kind: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = {
        "type": PROBLEM_TYPE_BASE + (kind or _SLUGS.get(status, "error")),
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": request_path,
        **extra,
    }
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def _validation_detail(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, str]]]:
    listed = [
        {
            "field": _field(tuple(e.get("loc", ()))),
            "message": str(e.get("msg", "invalid")).removeprefix("Value error, "),
        }
        for e in errors[:10]
    ]
    first = listed[0] if listed else {"field": "body", "message": "invalid"}
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{first['field']}: {first['message']}{more}; fix the request and send it again.", listed


def install_problem_handlers(app: FastAPI) -> None:
    """Every error path of the app answers with a problem document."""

    @app.exception_handler(ApiProblem)
    async def _api_problem(request: Request, exc: ApiProblem) -> JSONResponse:
        return problem_response(
            request.url.path,
            exc.status,
            exc.detail,
            kind=exc.kind,
            title=exc.title,
            headers=exc.headers,
            **exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail, listed = _validation_detail(list(exc.errors()))
        return problem_response(request.url.path, 422, detail, errors=listed)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = {
            404: f"There is nothing at {request.url.path}; see /docs for the endpoints.",
            405: f"{request.method} is not allowed on {request.url.path}; see /docs for the methods.",
        }.get(exc.status_code, str(exc.detail))
        return problem_response(
            request.url.path, exc.status_code, detail, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        reference = secrets.token_hex(6)
        log.exception("unexpected error %s on %s %s", reference, request.method, request.url.path)
        return problem_response(
            request.url.path,
            500,
            f"Something went wrong on our side (reference {reference}); try again in a moment.",
            reference=reference,
        )


__all__ = ["ApiProblem", "PROBLEM_MEDIA_TYPE", "install_problem_handlers", "not_found", "problem_response"]
