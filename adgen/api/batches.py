"""Batch variants from a product feed: one variation of a template ad per feed row, rendered.

:func:`start_batch` reads the feed, checks what can be checked at once (names, prices, uploaded
images, merge fields the template needs), stores the batch and queues as many first steps as the
batch's concurrency allows. Each step (:func:`advance`, in a worker) takes one pending row, reads
its image through the safe fetcher, makes the variation and starts its render; when that render
ends (:func:`row_rendered`) the row records its result and the next row starts, so at most
``concurrency`` rows render at once. A row's problem fails that row only, with its reason.

The chat can call :func:`start_batch` too ("make one for each product in this sheet").
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from pydantic import ValidationError

from adgen.api.backend import Backend, BackendError
from adgen.api.batch_store import Batch, BatchRow, new_batch_id, open_batch_store
from adgen.api.database import now_iso
from adgen.api.feed import FeedError, FeedRow, parse_feed
from adgen.api.merge import MergeError, row_operations
from adgen.project import AdProject, ProductAsset
from adgen.settings import Settings, get_settings

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "http://127.0.0.1:8080"


class BatchError(ValueError):
    """A batch that cannot start; the message says what to do."""


def _row_label(row: FeedRow | BatchRow) -> str:
    name = (row.fields.get("name") or "").strip()
    return f"Row {row.index}" + (f" ({name})" if name else "")


def _check_row(template: AdProject, row: FeedRow, asset: ProductAsset | None) -> str | None:
    """The row's problem with this template before anything is fetched or rendered, or None."""
    try:
        row_operations(template, row, asset)
    except MergeError as exc:
        return str(exc)
    except ValidationError as exc:
        problem = exc.errors()[0].get("msg", "invalid") if exc.errors() else "invalid"
        return f"{_row_label(row)}: the merged text cannot be used ({problem}); shorten the row's values."
    return None


def start_batch(
    owner: str,
    base_project_id: str,
    feed_bytes: bytes,
    feed_name: str,
    *,
    files: dict[str, bytes] | None = None,
    quality: str = "draft",
    concurrency: int | None = None,
    base_url: str | None = None,
    settings: Settings | None = None,
) -> Batch:
    """Start one variation per feed row of the owner's ``base_project_id``; the stored batch.

    ``files``: images uploaded with the feed, by file name (rows name them in ``image_file``).
    Raises BatchError (or the store's ProjectNotFound) when the batch cannot start at all.
    """
    settings = settings or get_settings()
    backend = Backend(settings)
    if not backend.queued:
        raise BatchError(
            "Batches render through the job queue; set REDIS_URL (or run `adgen up`) and start workers."
        )
    if quality not in ("draft", "final"):
        raise BatchError(f"quality must be draft or final, not {quality!r}.")
    template = backend.projects.get(base_project_id, owner=owner)
    try:
        rows = parse_feed(feed_bytes, feed_name, max_rows=settings.api_max_feed_rows)
    except FeedError as exc:
        raise BatchError(str(exc)) from None
    files = files or {}
    batch = Batch(
        batch_id=new_batch_id(),
        owner=owner,
        base_project_id=template.project_id,
        base_version=template.version,
        quality=quality,
        concurrency=max(1, min(concurrency or settings.api_batch_concurrency, 64)),
        state="running",
        feed_name=feed_name or "feed",
        base_url=(base_url or settings.api_public_url or DEFAULT_BASE_URL).rstrip("/"),
        created_at=now_iso(),
    )
    for row in rows:
        asset, error = None, row.error
        name = row.fields.get("image_file")
        if error is None and name:
            if name not in files:
                error = f"{_row_label(row)}: the image file “{name}” was not uploaded with the feed."
            else:
                try:
                    asset = backend.product_asset(files[name], name)
                except ValueError as exc:  # UploadRejected
                    error = f"{_row_label(row)}: {exc}"
        if error is None:
            error = _check_row(template, row, asset)
        batch.rows.append(
            BatchRow(
                batch_id=batch.batch_id,
                index=row.index,
                fields=row.fields,
                state="failed" if error else "pending",
                asset=asset.model_dump(by_alias=True) if asset else None,
                error=error,
            )
        )
    store = open_batch_store(settings)
    store.create(batch)
    from adgen.api.jobs import enqueue_advance

    pending = sum(1 for row in batch.rows if row.state == "pending")
    for slot in range(min(batch.concurrency, pending)):
        enqueue_advance(settings, batch.batch_id, f"start-{slot}")
    if pending == 0:
        _finish_if_done(settings, batch.batch_id)
    return store.get(batch.batch_id) or batch


def advance(settings: Settings, batch_id: str) -> str:
    """Start the next pending row (rows that fail before rendering give way to the next one)."""
    store = open_batch_store(settings)
    batch = store.get(batch_id)
    if batch is None or batch.state != "running":
        return "no running batch"
    backend = Backend(settings)
    while (row := store.claim_row(batch_id, batch.concurrency)) is not None:
        try:
            _start_row(backend, batch, row)
            return f"row {row.index} rendering"
        except Exception as exc:  # noqa: BLE001 - any row problem fails that row only
            message = (
                str(exc) if isinstance(exc, ValueError) else f"it could not be started ({type(exc).__name__})"
            )
            if not isinstance(exc, ValueError):
                log.exception("batch %s row %s failed to start", batch_id, row.index)
            label = _row_label(row)
            store.update_row(
                batch_id,
                row.index,
                state="failed",
                error=message if message.startswith("Row") else f"{label}: {message}",
            )
    _finish_if_done(settings, batch_id)
    return "no row to start"


def _start_row(backend: Backend, batch: Batch, row: BatchRow) -> None:
    from adgen.api.jobs import watch_render

    template = backend.projects.get(batch.base_project_id, owner=batch.owner, version=batch.base_version)
    asset = ProductAsset.model_validate(row.asset) if row.asset else None
    url = row.fields.get("image_url")
    if asset is None and url:
        data, name = backend.fetch_image(url)  # FetchError: a ValueError with the reason
        asset = backend.product_asset(data, name)  # UploadRejected: a ValueError too
    feed_row = FeedRow(row.index, row.fields)
    try:
        operation = row_operations(template, feed_row, asset)
        variant = backend.create_variation(template, operation)
    except (MergeError, BackendError) as exc:
        raise ValueError(str(exc)) from None
    store = open_batch_store(backend.settings)
    store.update_row(
        batch.batch_id, row.index, state="rendering", project_id=variant.project_id, version=variant.version
    )
    render_id = backend.start_render(variant, batch.quality)
    store.update_row(batch.batch_id, row.index, render_id=render_id)
    watch_render(
        backend,
        owner=batch.owner,
        project_id=variant.project_id,
        version=variant.version,
        render_id=render_id,
        base_url=batch.base_url,
        batch_id=batch.batch_id,
        row_index=row.index,
    )


def row_rendered(
    settings: Settings,
    batch_id: str,
    row_index: int,
    *,
    failed: bool,
    error: str | None,
    stages: dict[str, Any],
) -> None:
    """A row's render ended: record it and give its place to the next row."""
    from adgen.api.jobs import enqueue_advance

    store = open_batch_store(settings)
    store.update_row(
        batch_id,
        row_index,
        state="failed" if failed else "completed",
        error=f"Row {row_index}: the render failed ({error})." if failed else None,
        stages={"counts": stages.get("counts", {}), "warnings": stages.get("warnings", [])},
    )
    enqueue_advance(settings, batch_id, f"after-{row_index}-{secrets.token_hex(3)}")


def _finish_if_done(settings: Settings, batch_id: str) -> None:
    store = open_batch_store(settings)
    if not store.complete_if_done(batch_id):
        return
    batch = store.get(batch_id)
    assert batch is not None
    from adgen.api.jobs import notify

    notify(
        settings,
        batch.owner,
        "batch.completed",
        {
            "batchId": batch.batch_id,
            "baseProjectId": batch.base_project_id,
            "counts": batch.counts(),
            "rows": [
                {
                    "row": r.index,
                    "state": r.state,
                    "projectId": r.project_id,
                    "version": r.version,
                    "error": r.error,
                }
                for r in batch.rows
            ],
        },
        event_id=f"evt_{batch.batch_id}_completed",
    )


__all__ = ["BatchError", "advance", "row_rendered", "start_batch"]
