"""What every stage of a render works with: the settings, the media store, the providers, the
quality and where progress events go (:class:`RenderContext`); storing and finding stage
outputs by content key; and the cost record of each provider call.

Only the pipeline's stage modules talk to the media store, through the helpers here: a service
gets local paths and never knows where media lives.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import json
import logging
import tempfile
import threading
import weakref
from collections.abc import Callable, Coroutine, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from adgen.pipeline.cache import damage, note_repair
from adgen.pipeline.errors import ProviderError
from adgen.pipeline.events import StageEvent
from adgen.pipeline.ffmpeg import mp4_unfinished
from adgen.pipeline.keys import media_key
from adgen.pipeline.providers import Providers, providers_for
from adgen.pipeline.targets import RenderTarget, chosen_targets, preset_table, target_of
from adgen.pipeline.types import ProviderCall, Quality
from adgen.platforms.presets import PresetError, PresetTable
from adgen.project import AdProject, Scene
from adgen.settings import Settings
from adgen.store.media import MediaStore, open_media_store

log = logging.getLogger(__name__)

EventSink = Callable[[StageEvent], None]
T = TypeVar("T")


class RenderError(ValueError):
    """A document that cannot be rendered as given (a missing or altered product image...)."""


@dataclass
class RenderContext:
    """Everything a render needs besides the document: where media lives, who does each step,
    the quality, and where progress events go."""

    settings: Settings
    media: MediaStore
    providers: Providers
    quality: Quality
    on_event: EventSink | None = None

    @property
    def presets(self) -> PresetTable:
        """The preset table as configured (the built-in one and ADGEN_PRESETS_FILE)."""
        return preset_table(self.settings)

    @property
    def fixes(self) -> bool:
        """Whether the render fixes by itself what the pre-flight check would fail."""
        return bool(getattr(self.settings, "preflight_fixes", True))

    def emit(self, event: StageEvent) -> None:
        """Send one progress event; a failing listener never breaks the render."""
        if self.on_event is None:
            return
        try:
            self.on_event(event)
        except Exception:  # noqa: BLE001 - progress is best effort
            log.exception("progress listener failed on %s", event)

    def preview(self, url: str | None) -> str | None:
        """A stored output as a link a browser can open (None when there is none)."""
        if not url:
            return None
        try:
            return self.media.browser_url(url)
        except Exception:  # noqa: BLE001 - a preview link is a nicety
            return None

    def find(self, stage: str, key: str, suffix: str) -> str | None:
        """The stored output of a stage under its content key, if there is one and it is whole
        (a damaged one is left to be made again: :mod:`adgen.pipeline.cache`)."""
        url = self.media.find(media_key(stage, key, suffix))
        return url if url is not None and self.intact(url, stage, key) else None

    def find_json(self, stage: str, key: str, suffix: str) -> dict[str, Any]:
        """A stored JSON note of a stage (a scene pass's layout.json), or {} when there is none
        or it cannot be read: a note is a record beside an output, never a reason to fail."""
        url = self.find(stage, key, suffix)
        if not url:
            return {}
        try:
            data = json.loads(self.media.read_bytes(url))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def intact(self, url: str, stage: str, key: str) -> bool:
        """Whether a stored output of ``stage`` (under ``key``) may be reused; when it may not, the
        stage's next run says that it repaired it."""
        why = damage(self.media, url)
        if why is None:
            return True
        note_repair(stage, key, why)
        return False

    def store(self, path: Path, stage: str, key: str, suffix: str) -> str:
        """Store a stage's output under its content key; returns its media URL. An MP4 a writer
        left unfinished (no index: a full disk, a killed ffmpeg) is refused, since a stored
        output is reused by every later render and could never be repaired by a retry."""
        if suffix.lower().endswith(("mp4", "m4a", "mov")):
            if why := mp4_unfinished(Path(path)):
                raise RenderError(
                    f"the {stage.replace('_', ' ')} output {Path(path).name} was left unfinished: {why}"
                )
        return self.media.put_file(Path(path), key=media_key(stage, key, suffix))

    @contextmanager
    def workdir(self) -> Iterator[Path]:
        """Scratch space on the data folder's disk (so storing a result is a cheap copy)."""
        base = self.settings.root / "work"
        base.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="render-", dir=base) as path:
            yield Path(path)


def render_context(
    settings: Settings,
    quality: str = "draft",
    on_event: EventSink | None = None,
    media: MediaStore | None = None,
) -> RenderContext:
    """The usual context: media store and providers chosen from the settings."""
    if quality not in ("draft", "final"):
        raise RenderError(f"quality must be 'draft' or 'final', not {quality!r}")
    return RenderContext(
        settings, media or open_media_store(settings), providers_for(settings), quality, on_event
    )  # type: ignore[arg-type]


DISK_FULL = (
    "the disk is full (no space left where adgen keeps its data): free some space there, then render again"
)
_DISK_FULL_WORDS = (
    "no space left on device",
    "database or disk is full",
    "disk quota exceeded",
    "the disk is full",
)


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a full disk: ENOSPC, SQLite's "database or disk is
    full", or an ffmpeg that said so on its way out."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if any(words in str(seen).lower() for words in _DISK_FULL_WORDS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def one_line(exc: BaseException) -> str:
    """An exception as one short line for the marketer and the report (a full disk says so,
    with what to do, whatever program met it)."""
    if disk_full(exc):
        return DISK_FULL
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


# --- what the render is asked for -----------------------------------------------------------------


def chosen_targets_of(
    project: AdProject, aspects: Iterable[str] | None, table: PresetTable | None = None
) -> list[RenderTarget]:
    """The exports to render (every one the project's presets need by default), by key or
    aspect; an unknown one, or a preset the table lacks, is refused."""
    try:
        return chosen_targets(project, aspects, table)
    except (PresetError, KeyError) as exc:
        raise RenderError(_preset_problem(exc)) from None


def chosen_aspects(
    project: AdProject, aspects: Iterable[str] | None, table: PresetTable | None = None
) -> list[str]:
    """The keys of the exports to render ("9:16", "4:5", ...; see :mod:`adgen.pipeline.targets`)."""
    return [t.key for t in chosen_targets_of(project, aspects, table)]


def target_named(project: AdProject, key: str, table: PresetTable | None = None) -> RenderTarget:
    try:
        return target_of(project, key, table)
    except (PresetError, KeyError) as exc:
        raise RenderError(_preset_problem(exc)) from None


def _preset_problem(exc: Exception) -> str:
    text = str(exc.args[0] if exc.args else exc)
    return text.strip("'\"")


def scene_of(project: AdProject, scene_id: str) -> Scene:
    try:
        return project.scene(scene_id)
    except KeyError as exc:
        raise RenderError(exc.args[0]) from None


def product_source(ctx: RenderContext, project: AdProject) -> Path:
    """The product photo on disk, checked against the document's checksum."""
    asset = project.product_asset
    assert asset is not None
    try:
        path = ctx.media.local_path(asset.source_url)
    except (ValueError, FileNotFoundError) as exc:
        raise RenderError(f"the product image {asset.source_url} cannot be read: {exc}") from None
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != asset.checksum:
        raise RenderError(
            "the product image has changed since it was added (its checksum differs); send the image again"
        )
    return path


def run_coroutine(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from sync code, even when the caller is itself inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


# --- cost: one record per provider call ----------------------------------------------------------

_CLAIMED: weakref.WeakKeyDictionary[Any, set[int]] = weakref.WeakKeyDictionary()
_CLAIM_LOCK = threading.Lock()


def _claim_call(provider: Any, preferred: ProviderCall | None = None) -> ProviderCall | None:
    """Take one not-yet-counted record from a provider's own ``calls`` list (cloud providers keep
    one per prediction with its real price). Concurrent units may swap records, but every
    record is counted exactly once, so the totals are exact."""
    calls = getattr(provider, "calls", None)
    if not isinstance(calls, list):
        return None
    with _CLAIM_LOCK:
        try:
            claimed = _CLAIMED.setdefault(provider, set())
        except TypeError:  # not weak-referenceable: count its calls by estimate instead
            return None
        if preferred is not None and any(c is preferred for c in calls):
            claimed.add(id(preferred))
            return preferred
        for call in calls:
            if id(call) not in claimed:
                claimed.add(id(call))
                return call
    return None


def provider_call(provider: Any, seconds: float, exc: BaseException | None = None) -> ProviderCall:
    """The cost record of one provider call (a failed cloud call may still have been billed)."""
    if isinstance(exc, ProviderError) and exc.call is not None:
        _claim_call(provider, exc.call)
        return exc.call
    if exc is None:
        recorded = _claim_call(provider)
        if recorded is not None:
            return recorded
    usd = 0.0 if exc is not None else float(getattr(provider, "usd_per_call", 0.0) or 0.0)
    return ProviderCall(
        provider=str(getattr(provider, "name", type(provider).__name__)),
        model=str(getattr(provider, "model", "") or ""),
        usd=usd,
        seconds=seconds,
    )


__all__ = [
    "DISK_FULL",
    "EventSink",
    "RenderContext",
    "RenderError",
    "chosen_aspects",
    "disk_full",
    "chosen_targets_of",
    "one_line",
    "product_source",
    "provider_call",
    "render_context",
    "run_coroutine",
    "scene_of",
    "target_named",
]
