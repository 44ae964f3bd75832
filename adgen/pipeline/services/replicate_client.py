"""Running one Replicate prediction to a local file, with the care a paid remote call needs.

Both cloud adapters (video and music) go through :class:`ReplicateRunner`: create the
prediction with the official ``replicate`` SDK, poll it until it is done, download its output
with httpx. Around that: retries with exponential backoff on 429 and 5xx (honouring
``Retry-After``, for the create call too, which the SDK itself never retries), one overall
deadline that cancels the prediction on Replicate when it passes (so nothing keeps billing),
and a :class:`~adgen.pipeline.types.ProviderCall` cost record per prediction, failed ones
included. Every failure surfaces as :class:`~adgen.pipeline.errors.ProviderError`.

The core is async (the renderer generates scene backgrounds concurrently); the sync entry
points run it on a private event loop. Each run uses its own SDK client and connection pool,
so a runner holds no sockets and can be pickled to a worker process.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import tempfile
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx

from adgen.pipeline.errors import ProviderError
from adgen.pipeline.ffmpeg import ffmpeg_exe
from adgen.pipeline.types import ProviderCall
from adgen.settings import Settings

log = logging.getLogger(__name__)

PROVIDER = "replicate"
TERMINAL = ("succeeded", "failed", "canceled")
T = TypeVar("T")


@dataclass(frozen=True)
class Pricing:
    """How a model bills: per second of GPU time (``predict_time``) or a flat price per output."""

    usd_per_call: float = 0.0
    usd_per_second: float = 0.0

    def usd(self, predict_time: float | None, succeeded: bool) -> float:
        if self.usd_per_second and predict_time:
            return round(self.usd_per_second * predict_time, 6)
        return self.usd_per_call if succeeded else 0.0

    def estimate(self, expected_predict_sec: float = 60.0) -> float:
        """What one call will probably cost, for asking before spending."""
        return self.usd_per_call or round(self.usd_per_second * expected_predict_sec, 6)


@dataclass
class PredictionOutcome:
    id: str
    output_urls: list[str]
    predict_time: float | None
    call: ProviderCall


class _RetryableStatus(Exception):
    """A 429 or 5xx answer, raised by the transport so the runner sees ``Retry-After``."""

    def __init__(self, status: int, detail: str, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status = status
        self.detail = detail
        self.retry_after = retry_after


class _DeadlinePassed(Exception):
    pass


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _detail(response: httpx.Response) -> str:
    try:
        data = response.json()
        return str(data.get("detail") or data.get("title") or data)
    except ValueError:
        return response.text[:300] or response.reason_phrase


class _StatusTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport; a 429/5xx response becomes a :class:`_RetryableStatus`.

    The SDK turns error responses into ``ReplicateError`` without their headers, and retries
    only idempotent methods; raising here keeps ``Retry-After`` and lets one retry policy cover
    create, poll and cancel alike.
    """

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport(retries=1)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429 or response.status_code >= 500:
            await response.aread()
            await response.aclose()
            raise _RetryableStatus(
                response.status_code,
                _detail(response),
                parse_retry_after(response.headers.get("Retry-After")),
            )
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def run_sync(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, even when this thread already has a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(factory())
        except BaseException as exc:  # handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="replicate-sync")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


class ReplicateRunner:
    """Creates, polls, cancels and downloads predictions of one model for one adapter.

    ``poll_interval``, ``backoff_sec`` and ``max_attempts`` are constructor arguments so tests
    can make them short; ``timeout_sec`` bounds one whole call (create, polls and download).
    """

    def __init__(
        self,
        *,
        api_token: str | None,
        base_url: str | None,
        model: str,
        pricing: Pricing,
        timeout_sec: float,
        poll_interval: float = 1.0,
        max_attempts: int = 5,
        backoff_sec: float = 1.0,
        max_backoff_sec: float = 30.0,
    ) -> None:
        if not api_token:
            raise ProviderError(
                "Replicate needs REPLICATE_API_TOKEN; without it the local providers are used.",
                provider=PROVIDER,
                model=model,
            )
        self.api_token = api_token
        self.base_url = base_url
        self.model = model
        self.pricing = pricing
        self.timeout_sec = timeout_sec
        self.poll_interval = poll_interval
        self.max_attempts = max(1, max_attempts)
        self.backoff_sec = backoff_sec
        self.max_backoff_sec = max_backoff_sec
        self._version: str | None = None

    # --- public ----------------------------------------------------------------------------

    async def run_to_file(self, inputs: dict[str, Any], out_path: Path) -> PredictionOutcome:
        """Run the model on ``inputs`` and download its (first) output to ``out_path``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_sec
        outcome = await self.run(inputs, deadline=deadline)
        try:
            await self._download(outcome.output_urls[0], Path(out_path), deadline)
        except _DeadlinePassed:
            raise self._error(
                f"downloading the output took longer than {self.timeout_sec:g} s", outcome.call
            ) from None
        return outcome

    async def run_and_normalise(
        self,
        inputs: dict[str, Any],
        out_path: Path,
        normalise: Callable[[Path, Path], Awaitable[Any]],
        *,
        calls: list[ProviderCall],
        raw_suffix: str,
        unusable: str,
    ) -> Path:
        """Run the model, download its output beside ``out_path`` and ``normalise(raw, out_path)``.

        Every prediction's cost record, failed ones included, is appended to ``calls``; a
        download that ``normalise`` cannot use raises ProviderError saying ``unusable``.
        """
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        raw = out_path.with_name(f".{out_path.stem}.{uuid.uuid4().hex[:8]}{raw_suffix}")
        try:
            try:
                outcome = await self.run_to_file(inputs, raw)
            except ProviderError as exc:
                if exc.call is not None:
                    calls.append(exc.call)
                raise
            calls.append(outcome.call)
            try:
                await normalise(raw, out_path)
            except ProviderError as exc:
                raise self._error(f"{unusable.format(id=outcome.id)}: {exc}", outcome.call) from None
        finally:
            raw.unlink(missing_ok=True)
        return out_path

    async def run(self, inputs: dict[str, Any], *, deadline: float | None = None) -> PredictionOutcome:
        """Create a prediction and wait for it; ProviderError unless it succeeds with output."""
        import replicate

        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = deadline if deadline is not None else started + self.timeout_sec
        transport = _StatusTransport()
        client = replicate.Client(
            api_token=self.api_token,
            base_url=self.base_url,
            transport=transport,
            timeout=httpx.Timeout(30.0, connect=10.0),
        )
        try:
            try:
                prediction = await self._retrying("create", lambda: self._create(client, inputs), deadline)
            except _DeadlinePassed:
                raise self._error(
                    f"could not start a prediction within {self.timeout_sec:g} s", None
                ) from None
            log.info("replicate %s: prediction %s %s", self.model, prediction.id, prediction.status)
            try:
                while prediction.status not in TERMINAL:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        raise _DeadlinePassed()
                    await asyncio.sleep(min(self.poll_interval, remaining))
                    pid = prediction.id
                    prediction = await self._retrying(
                        "poll", lambda pid=pid: client.predictions.async_get(pid), deadline
                    )
            except _DeadlinePassed:
                await self._cancel(client, prediction.id)
                call = self._call(None, False, loop.time() - started)
                raise self._error(
                    f"prediction {prediction.id} did not finish within {self.timeout_sec:g} s and was canceled",
                    call,
                ) from None
            except BaseException:  # poll retries exhausted, or our task was cancelled: stop the billing
                await asyncio.shield(self._cancel(client, prediction.id))
                raise
        finally:
            await transport.aclose()

        predict_time = _predict_time(prediction)
        wall = loop.time() - started
        if prediction.status != "succeeded":
            call = self._call(predict_time, False, wall)
            reason = prediction.error or "no reason given"
            if prediction.status == "canceled":
                raise self._error(f"prediction {prediction.id} was canceled ({reason})", call)
            raise self._error(f"prediction {prediction.id} failed: {reason}", call)
        urls = output_urls(prediction.output)
        call = self._call(predict_time, True, wall)
        if not urls:
            raise self._error(
                f"prediction {prediction.id} succeeded but returned no file URL "
                f"(output: {str(prediction.output)[:200]})",
                call,
            )
        return PredictionOutcome(prediction.id, urls, predict_time, call)

    # --- steps -----------------------------------------------------------------------------

    async def _create(self, client: Any, inputs: dict[str, Any]) -> Any:
        from replicate.exceptions import ReplicateError

        owner_name, _, version = self.model.partition(":")
        version = version or self._version
        if version:
            return await client.predictions.async_create(version=version, input=inputs)
        try:
            return await client.models.predictions.async_create(model=owner_name, input=inputs)
        except ReplicateError as exc:
            if exc.status != 404:
                raise
        # Only official models have the model-scoped endpoint; others run by their latest version.
        model = await client.models.async_get(owner_name)
        if model.latest_version is None:
            raise ProviderError(
                f"Replicate model {owner_name} has no version to run", provider=PROVIDER, model=self.model
            )
        self._version = model.latest_version.id
        return await client.predictions.async_create(version=self._version, input=inputs)

    async def _cancel(self, client: Any, prediction_id: str) -> None:
        """Best effort: a canceled prediction stops billing; a failure to cancel is only logged."""
        try:
            await asyncio.wait_for(client.predictions.async_cancel(prediction_id), timeout=10.0)
            log.warning("replicate %s: canceled prediction %s", self.model, prediction_id)
        except Exception as exc:  # noqa: BLE001 - cancellation must never mask the real error
            log.warning("replicate %s: could not cancel prediction %s: %s", self.model, prediction_id, exc)

    async def _download(self, url: str, out_path: Path, deadline: float) -> None:
        out_path.parent.mkdir(parents=True, exist_ok=True)

        async def fetch() -> None:
            # The output host is a CDN, not the API: the token is not sent there.
            async with httpx.AsyncClient(
                transport=_StatusTransport(), follow_redirects=True, timeout=httpx.Timeout(60.0, connect=10.0)
            ) as http:
                fd, tmp = tempfile.mkstemp(dir=out_path.parent, prefix=".dl-", suffix=out_path.suffix)
                try:
                    with os.fdopen(fd, "wb") as handle:
                        async with http.stream("GET", url) as response:
                            if response.status_code >= 400:
                                raise ProviderError(
                                    f"Replicate output {url} could not be downloaded (HTTP {response.status_code})",
                                    provider=PROVIDER,
                                    model=self.model,
                                )
                            async for block in response.aiter_bytes(1 << 16):
                                handle.write(block)
                    os.replace(tmp, out_path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)

        await self._retrying("download", fetch, deadline)

    async def _retrying(self, what: str, action: Callable[[], Awaitable[T]], deadline: float) -> T:
        """``action`` with retries on 429/5xx/connection errors, never past ``deadline``."""
        from replicate.exceptions import ReplicateError

        loop = asyncio.get_running_loop()
        for attempt in range(1, self.max_attempts + 1):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise _DeadlinePassed()
            try:
                return await asyncio.wait_for(action(), timeout=remaining)
            except TimeoutError:
                raise _DeadlinePassed() from None
            except _RetryableStatus as exc:
                problem, wait = str(exc), exc.retry_after
            except httpx.TransportError as exc:
                problem, wait = f"{type(exc).__name__}: {exc}", None
            except ReplicateError as exc:
                raise self._error(
                    f"Replicate rejected the {what} request (HTTP {exc.status}): {exc.detail or exc.title}",
                    None,
                ) from None
            if attempt == self.max_attempts:
                raise self._error(f"{what} failed after {attempt} attempts: {problem}", None, retryable=True)
            if wait is None:
                wait = min(self.max_backoff_sec, self.backoff_sec * 2 ** (attempt - 1))
                wait *= 1 + random.uniform(0, 0.1)
            if loop.time() + wait > deadline:
                raise _DeadlinePassed()
            log.warning(
                "replicate %s: %s attempt %d got %s; retrying in %.2f s",
                self.model,
                what,
                attempt,
                problem,
                wait,
            )
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    # --- records ---------------------------------------------------------------------------

    def _call(self, predict_time: float | None, succeeded: bool, wall_sec: float) -> ProviderCall:
        return ProviderCall(
            provider=PROVIDER,
            model=self.model,
            usd=self.pricing.usd(predict_time, succeeded),
            seconds=round(wall_sec, 3),
        )

    def _error(self, message: str, call: ProviderCall | None, retryable: bool = False) -> ProviderError:
        return ProviderError(
            f"Replicate {self.model}: {message}",
            provider=PROVIDER,
            model=self.model,
            call=call,
            retryable=retryable,
        )


class ReplicateAdapter:
    """What both cloud adapters share: a runner for their model, its call records, its timeout.

    A subclass says which model and price it has and, per request, the model's inputs and how
    its download becomes the stored media (:meth:`run_normalised`). ``calls`` collects one
    :class:`ProviderCall` per prediction (failed ones included) for the render report and the
    project's cost.
    """

    name = "replicate"
    remote = True

    def __init__(
        self,
        settings: Settings,
        *,
        model: str,
        pricing: Pricing,
        poll_interval: float = 1.0,
        max_attempts: int = 5,
        backoff_sec: float = 1.0,
        timeout_sec: float | None = None,
    ) -> None:
        self.model = model
        self.timeout_sec = float(timeout_sec if timeout_sec is not None else settings.provider_timeout_sec)
        self.runner = ReplicateRunner(
            api_token=settings.replicate_api_token,
            base_url=settings.replicate_base_url,
            model=model,
            pricing=pricing,
            timeout_sec=self.timeout_sec,
            poll_interval=poll_interval,
            max_attempts=max_attempts,
            backoff_sec=backoff_sec,
        )
        self.calls: list[ProviderCall] = []

    async def run_normalised(
        self,
        inputs: dict[str, Any],
        out_path: Path,
        normalise: Callable[[Path, Path, float], Awaitable[Path]],
        *,
        raw_suffix: str,
        unusable: str,
    ) -> Path:
        """Run the model on ``inputs`` and ``normalise(raw, out, timeout)`` its download.

        Normalising gets at least a minute whatever the call's timeout: it runs locally on a
        file already paid for.
        """
        timeout = max(60.0, self.timeout_sec)
        return await self.runner.run_and_normalise(
            inputs,
            out_path,
            lambda raw, out: normalise(raw, out, timeout),
            calls=self.calls,
            raw_suffix=raw_suffix,
            unusable=unusable,
        )


def _predict_time(prediction: Any) -> float | None:
    metrics = getattr(prediction, "metrics", None) or {}
    value = metrics.get("predict_time")
    return float(value) if isinstance(value, (int, float)) else None


def output_urls(output: Any) -> list[str]:
    """The file URLs in a prediction's output (a URL, a list of URLs, or a dict holding them)."""
    if isinstance(output, str):
        return [output] if output.startswith(("http://", "https://")) else []
    if isinstance(output, (list, tuple)):
        return [u for item in output for u in output_urls(item)]
    if isinstance(output, dict):
        return [u for item in output.values() for u in output_urls(item)]
    return []


# --- shared by the adapters: ffmpeg without blocking the event loop -------------------------


async def run_ffmpeg(args: list[str], *, what: str, timeout_sec: float = 300.0) -> None:
    """Run ffmpeg as a subprocess; on failure raise ProviderError with its stderr tail."""
    proc = await asyncio.create_subprocess_exec(
        ffmpeg_exe(),
        "-hide_banner",
        "-nostdin",
        "-y",
        "-loglevel",
        "error",
        *args,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=timeout_sec)
    except BaseException as exc:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        if isinstance(exc, asyncio.TimeoutError):
            raise ProviderError(f"{what} took longer than {timeout_sec:g} s", provider=PROVIDER) from None
        raise
    if proc.returncode != 0:
        tail = "\n".join(stderr.decode("utf-8", "replace").strip().splitlines()[-8:])
        raise ProviderError(f"{what} failed (ffmpeg exit {proc.returncode}): {tail}", provider=PROVIDER)


async def run_ffmpeg_to(
    out_path: Path, args: list[str], *, tmp_suffix: str, what: str, timeout_sec: float = 300.0
) -> Path:
    """ffmpeg ``args`` writing to a temporary name then replacing ``out_path``: a crash leaves nothing."""
    tmp = out_path.with_name(f".{out_path.stem}.{uuid.uuid4().hex[:8]}{tmp_suffix}")
    try:
        await run_ffmpeg([*args, str(tmp)], what=what, timeout_sec=timeout_sec)
        tmp.replace(out_path)
    finally:
        tmp.unlink(missing_ok=True)
    return out_path


__all__ = [
    "Pricing",
    "PredictionOutcome",
    "ProviderError",
    "ReplicateAdapter",
    "ReplicateRunner",
    "ffmpeg_exe",
    "output_urls",
    "parse_retry_after",
    "run_ffmpeg",
    "run_ffmpeg_to",
    "run_sync",
]
