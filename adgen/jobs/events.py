"""Progress events of renders: what workers publish and what the chat front ends stream.

Why a Redis Stream and not pub/sub: pub/sub drops everything a subscriber was not connected
for, while a chat that connects late (a page reload, a Slack thread opened later) must first see
where the render is and then follow it live. Each project has one stream (bounded with
``MAXLEN ~``); each render has a snapshot hash with its latest event, the latest event of every
part (prepare, each scene, assembly) and its overall progress. One Lua script appends an event
and updates the snapshot atomically, so the sequence numbers, the stream order and the snapshot
always agree, even with many workers publishing at once.

The in-process :class:`MemoryEventBus` gives the same events without Redis (replay, tests).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal

import redis
import redis.asyncio as aredis
from pydantic import Field

from adgen.pipeline.events import StageEvent, StageStatus
from adgen.pipeline.report import RenderReport
from adgen.pipeline.stages import STAGE_RENDER, STAGE_SCENE
from adgen.preflight.report import summary_of
from adgen.project import MASTER_ASPECT, AdProject

EventState = Literal["queued", "running", "done", "failed", "cancelled"]
TERMINAL_STATES: frozenset[str] = frozenset({"done", "failed", "cancelled"})

STREAM_MAXLEN = 5000
KEEP_SEC = 7 * 24 * 3600
BLOCK_MS = 2000
# Above BLOCK_MS: redis-py's default socket timeout (5 s) must not cut a blocking XREAD short.
SUBSCRIBER_SOCKET_TIMEOUT_SEC = BLOCK_MS / 1000 + 10


def stream_key(project_id: str) -> str:
    return f"adgen:events:{project_id}"


def render_key(render_id: str) -> str:
    return f"adgen:render:{render_id}"


def current_key(project_id: str) -> str:
    return f"adgen:current:{project_id}"


class ProgressEvent(StageEvent):
    """A pipeline :class:`~adgen.pipeline.events.StageEvent` as one render's stream carries it: the
    same fields, plus which render of which project version it belongs to and where that render's
    part stands. camelCase on the wire like the document.

    ``fraction`` is the whole render's progress (what a progress bar shows: weighted over the
    render's parts, never going back); ``stageFraction`` is the progress of this event's own part
    (the preparation, a scene, the assembly; in-process, the render). ``state`` is that part's
    lifecycle, and for ``stage == "render"`` the render's. ``seq`` counts the render's events
    from 1; ``eventId`` is the stream entry id, which a reconnecting client passes back as ``since``.
    """

    project_id: str
    version: int
    render_id: str
    stage_fraction: float = Field(default=0.0, ge=0.0, le=1.0)
    state: EventState = "running"
    seq: int = 0
    at: float = Field(default_factory=time.time)
    event_id: str | None = None

    @classmethod
    def of(
        cls,
        event: StageEvent,
        *,
        project_id: str,
        version: int,
        render_id: str,
        state: EventState | None = None,
    ) -> ProgressEvent:
        """The one conversion from the pipeline's event: its progress is the part's (the job's,
        or the in-process render's); the render's overall progress is set when it is published.
        A scene's end ends its part (done, or failed when only a stand-in or nothing came out)."""
        data = event.model_dump()
        data["stage_fraction"] = data.pop("fraction")
        if state is None:
            state = _part_state(event)
        return cls(**data, project_id=project_id, version=version, render_id=render_id, state=state)

    @property
    def terminal(self) -> bool:
        """The render's last event: done, failed or cancelled, for the render as a whole."""
        return self.stage == STAGE_RENDER and self.state in TERMINAL_STATES

    def _body(self) -> str:
        return self.model_dump_json(by_alias=True, exclude={"seq", "fraction", "event_id"})


def _part_state(event: StageEvent) -> EventState:
    if event.stage == STAGE_SCENE and event.status is not StageStatus.STARTED:
        return "failed" if event.status in (StageStatus.FAILED, StageStatus.FALLBACK) else "done"
    return "running"


# --- the render's own events (queued, ended, failed, cancelled) ---------------------------------------


def render_event(
    project_id: str, version: int, render_id: str, state: EventState, message: str
) -> ProgressEvent:
    """An event about the render as a whole: queued, or failed / cancelled with ``message`` as the reason."""
    return ProgressEvent(
        project_id=project_id,
        version=version,
        render_id=render_id,
        stage=STAGE_RENDER,
        status=StageStatus.FAILED if state in ("failed", "cancelled") else StageStatus.STARTED,
        state=state,
        message=message,
        error=message if state in ("failed", "cancelled") else None,
    )


def render_ended(
    render_id: str, rendered: AdProject, report: RenderReport, preview_url: str | None
) -> ProgressEvent:
    """The render's last event once it is assembled: how it ended, the exports and the warnings,
    what the render fixed, where it put each text and product, and the pre-flight summary."""
    status = rendered.render_status
    failed = status.state == "failed"
    return ProgressEvent(
        project_id=rendered.project_id,
        version=rendered.version,
        render_id=render_id,
        stage=STAGE_RENDER,
        status=StageStatus.FAILED if failed else StageStatus.RAN if report.ran() else StageStatus.REUSED,
        state="failed" if failed else "done",
        stage_fraction=1.0,
        message=f"Render {status.state.replace('_', ' ')}",
        media_url=report.exports.get(MASTER_ASPECT),
        preview_url=preview_url,
        exports=dict(report.exports),
        error=status.error,
        warnings=list(report.warnings),
        fixes=list(report.fixes),
        layout=report.layout_events(),
        preflight=summary_of(report.preflight),
    )


# --- Redis ----------------------------------------------------------------------------------------

_PUBLISH_LUA = """
local h = KEYS[2]
local part, state, stage = ARGV[2], ARGV[5], ARGV[6]
local current = redis.call('HGET', h, 'state')
if current == 'done' or current == 'failed' or current == 'cancelled' then
  return {0, '', ''}
end
local seq = redis.call('HINCRBY', h, 'seq', 1)
if part ~= '' then
  local f = tonumber(ARGV[3])
  if state == 'done' then f = 1 end
  local old = tonumber(redis.call('HGET', h, 'p:' .. part) or '0')
  if f > old then redis.call('HSET', h, 'p:' .. part, f) end
end
local flat = redis.call('HGETALL', h)
local w, p = {}, {}
for i = 1, #flat, 2 do
  local k = flat[i]
  local pre = string.sub(k, 1, 2)
  if pre == 'w:' then w[string.sub(k, 3)] = tonumber(flat[i + 1])
  elseif pre == 'p:' then p[string.sub(k, 3)] = tonumber(flat[i + 1]) end
end
local total, done = 0, 0
for name, weight in pairs(w) do
  total = total + weight
  done = done + weight * (p[name] or 0)
end
local progress = 0
if total > 0 then progress = done / total end
if stage == 'render' and state == 'done' then progress = 1 end
if progress > 1 then progress = 1 end
local ptext = string.format('%.4f', progress)
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*',
                      'e', ARGV[1], 'seq', seq, 'fraction', ptext)
local packed = seq .. '|' .. ptext .. '|' .. id .. '|' .. ARGV[1]
redis.call('HSETNX', h, 'startId', id)
redis.call('HSET', h, 'last', packed)
if part ~= '' then redis.call('HSET', h, 'e:' .. part, packed) end
if stage == 'render' then
  redis.call('HSET', h, 'state', state)
  if state == 'done' or state == 'failed' or state == 'cancelled' then
    redis.call('HSET', h, 'final', packed)
  end
elseif state == 'running' and current == 'queued' then
  redis.call('HSET', h, 'state', 'running')
end
redis.call('EXPIRE', KEYS[1], ARGV[7])
redis.call('EXPIRE', h, ARGV[7])
return {seq, ptext, id}
"""


def _unpack(packed: str) -> ProgressEvent:
    seq, progress, event_id, body = packed.split("|", 3)
    event = ProgressEvent.model_validate_json(body)
    return event.model_copy(update={"seq": int(seq), "fraction": float(progress), "event_id": event_id})


def _from_entry(entry_id: str, fields: dict[str, str]) -> ProgressEvent:
    event = ProgressEvent.model_validate_json(fields["e"])
    return event.model_copy(
        update={
            "seq": int(fields.get("seq", 0)),
            "fraction": float(fields.get("fraction", 0.0)),
            "event_id": entry_id,
        }
    )


class RedisEventLog:
    """The sync side (workers, the queue): open a render's snapshot, publish events, read state."""

    def __init__(self, connection: redis.Redis):
        # A client that decodes replies; shares nothing with RQ's (bytes) client but the server.
        pool = connection.connection_pool
        kwargs = {**pool.connection_kwargs, "decode_responses": True}
        self.redis = redis.Redis(
            connection_pool=redis.ConnectionPool(connection_class=pool.connection_class, **kwargs)
        )
        self._script = self.redis.register_script(_PUBLISH_LUA)

    @classmethod
    def from_url(cls, url: str) -> RedisEventLog:
        return cls(redis.Redis.from_url(url))

    def open_render(
        self,
        project_id: str,
        version: int,
        render_id: str,
        *,
        quality: str,
        parts: dict[str, float],
        job_ids: list[str],
    ) -> None:
        """Create the render's snapshot (its parts and their weights) and make it the project's current one."""
        mapping: dict[str, Any] = {
            "projectId": project_id,
            "version": version,
            "renderId": render_id,
            "quality": quality,
            "state": "queued",
            "createdAt": time.time(),
            "jobIds": ",".join(job_ids),
        }
        mapping.update({f"w:{name}": weight for name, weight in parts.items()})
        with self.redis.pipeline() as pipe:
            pipe.hset(render_key(render_id), mapping=mapping)
            pipe.expire(render_key(render_id), KEEP_SEC)
            pipe.set(current_key(project_id), render_id, ex=KEEP_SEC)
            pipe.execute()

    def publish(self, event: ProgressEvent, *, part: str | None = None) -> ProgressEvent | None:
        """Append one event (and fold it into the snapshot); returns it with seq, progress and id.

        Returns None (and stores nothing) once the render has ended: nothing follows its last event.
        """
        seq, progress, event_id = self._script(
            keys=[stream_key(event.project_id), render_key(event.render_id)],
            args=[
                event._body(),
                part or "",
                event.stage_fraction,
                STREAM_MAXLEN,
                event.state,
                event.stage,
                KEEP_SEC,
            ],
        )
        if not int(seq):
            return None
        return event.model_copy(update={"seq": int(seq), "fraction": float(progress), "event_id": event_id})

    def current_render(self, project_id: str) -> str | None:
        return self.redis.get(current_key(project_id))

    def render_info(self, render_id: str) -> dict[str, str]:
        return self.redis.hgetall(render_key(render_id))

    def latest(self, project_id: str, render_id: str | None = None) -> ProgressEvent | None:
        """The latest event of the given (or the current) render of the project."""
        render_id = render_id or self.current_render(project_id)
        if not render_id:
            return None
        packed = self.redis.hget(render_key(render_id), "last")
        return _unpack(packed) if packed else None

    def final(self, render_id: str) -> ProgressEvent | None:
        """The render's terminal event, once it has ended."""
        packed = self.redis.hget(render_key(render_id), "final")
        return _unpack(packed) if packed else None

    def part_events(self, render_id: str) -> list[ProgressEvent]:
        """The latest event of every part of the render, in the order they happened."""
        info = self.render_info(render_id)
        events = [_unpack(v) for k, v in info.items() if k.startswith("e:")]
        return sorted(events, key=lambda e: e.seq)


async def _catch_up(
    conn: aredis.Redis, project_id: str, render_id: str, follow: bool
) -> tuple[list[ProgressEvent], str]:
    """The events a late subscriber needs first, and the stream id to follow from.

    The render's whole backlog when the stream still holds it; otherwise (trimmed) the latest
    event of each part, then the render's latest event, followed from that event's id (the
    newest entries are never the trimmed ones), so nothing published meanwhile is missed.
    """
    info = await conn.hgetall(render_key(render_id))
    stream = stream_key(project_id)
    start = info.get("startId")
    if not start:  # nothing published yet: read the stream from its start (other renders are skipped)
        if follow:
            last = await conn.xrevrange(stream, count=1)
            return [], (last[0][0] if last else "0-0")
        return [], "0-0"
    entries = await conn.xrange(stream, min=start)
    if entries and entries[0][0] == start:
        events = [_from_entry(i, f) for i, f in entries]
        return [e for e in events if e.render_id == render_id], entries[-1][0]
    parts = sorted((_unpack(v) for k, v in info.items() if k.startswith("e:")), key=lambda e: e.seq)
    last = _unpack(info["last"])
    if not parts or parts[-1].seq != last.seq:
        parts.append(last)
    return parts, last.event_id or "0-0"


@dataclass
class _RenderFollower:
    """The rule both event buses share: which events a subscriber yields, and when it stops.

    Without a target it follows the first render it sees; without ``follow`` it yields only
    that render's events and stops after its terminal one.
    """

    target: str | None
    follow: bool

    def wants(self, event: ProgressEvent) -> bool:
        if self.target is None:
            self.target = event.render_id
        return self.follow or event.render_id == self.target

    def done_after(self, event: ProgressEvent) -> bool:
        return not self.follow and event.terminal and event.render_id == self.target


async def subscribe(
    redis_url: str,
    project_id: str,
    *,
    since: str | None = None,
    render_id: str | None = None,
    follow: bool = False,
) -> AsyncIterator[ProgressEvent]:
    """A project's events in order: first the current state, then live ones.

    Follows ``render_id`` (default: the project's current render, or the next one to start) and
    ends after its terminal event unless ``follow``; with ``follow`` it yields every render's
    events until the consumer stops. ``since`` (an ``eventId``) resumes after that event instead
    of catching up.
    """
    conn = aredis.Redis.from_url(
        redis_url, decode_responses=True, socket_timeout=SUBSCRIBER_SOCKET_TIMEOUT_SEC
    )
    try:
        target = render_id or await conn.get(current_key(project_id))
        follower = _RenderFollower(target, follow)
        if since is not None:
            last_id = since
        elif target:
            backlog, last_id = await _catch_up(conn, project_id, target, follow)
            for event in backlog:
                yield event
                if follower.done_after(event):
                    return
        else:
            tail = await conn.xrevrange(stream_key(project_id), count=1)
            last_id = tail[0][0] if tail else "0-0"
        while True:
            reply = await conn.xread({stream_key(project_id): last_id}, block=BLOCK_MS, count=200)
            for _stream, entries in reply or []:
                for entry_id, fields in entries:
                    last_id = entry_id
                    event = _from_entry(entry_id, fields)
                    if not follower.wants(event):
                        continue
                    yield event
                    if follower.done_after(event):
                        return
    finally:
        await conn.aclose()


# --- in-process ------------------------------------------------------------------------------------


class MemoryEventBus:
    """The same events without Redis: renders in threads publish, asyncio subscribers follow.

    Thread-safe: :meth:`publish` may be called from any thread; each subscriber's asyncio queue
    is fed through its own loop's ``call_soon_threadsafe``.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: dict[str, list[ProgressEvent]] = defaultdict(list)  # by project, all renders
        self._current: dict[str, str] = {}
        self._weights: dict[str, dict[str, float]] = {}
        self._parts: dict[str, dict[str, float]] = defaultdict(dict)
        self._seq: dict[str, int] = defaultdict(int)
        self._final: dict[str, ProgressEvent] = {}
        self._subscribers: dict[str, list[tuple[asyncio.AbstractEventLoop, asyncio.Queue]]] = defaultdict(
            list
        )

    def open_render(self, project_id: str, render_id: str, parts: dict[str, float]) -> None:
        with self._lock:
            self._current[project_id] = render_id
            self._weights[render_id] = dict(parts)

    def current_render(self, project_id: str) -> str | None:
        with self._lock:
            return self._current.get(project_id)

    def _ended(self, render_id: str) -> bool:
        return render_id in self._final

    def final(self, render_id: str) -> ProgressEvent | None:
        with self._lock:
            return self._final.get(render_id)

    def publish(self, event: ProgressEvent, *, part: str | None = None) -> ProgressEvent | None:
        """Record and deliver one event; None (nothing recorded) once its render has ended."""
        with self._lock:
            rid = event.render_id
            self._seq[rid] += 1
            if self._ended(rid):
                return None
            if part:
                value = 1.0 if event.state == "done" else event.stage_fraction
                self._parts[rid][part] = max(self._parts[rid].get(part, 0.0), value)
            weights = self._weights.get(rid, {})
            total = sum(weights.values())
            progress = (
                sum(w * self._parts[rid].get(n, 0.0) for n, w in weights.items()) / total if total else 0.0
            )
            if event.terminal and event.state == "done":
                progress = 1.0
            seq = self._seq[rid]
            event = event.model_copy(
                update={"seq": seq, "fraction": round(min(progress, 1.0), 4), "event_id": f"{rid}-{seq}"}
            )
            if event.terminal:
                self._final[rid] = event
            self._events[event.project_id].append(event)
            for loop, queue in list(self._subscribers[event.project_id]):
                try:
                    loop.call_soon_threadsafe(queue.put_nowait, event)
                except RuntimeError:  # that subscriber's loop is closed
                    self._subscribers[event.project_id].remove((loop, queue))
        return event

    def latest(self, project_id: str, render_id: str | None = None) -> ProgressEvent | None:
        with self._lock:
            render_id = render_id or self._current.get(project_id)
            for event in reversed(self._events.get(project_id, [])):
                if event.render_id == render_id:
                    return event
        return None

    async def subscribe(
        self, project_id: str, *, render_id: str | None = None, follow: bool = False
    ) -> AsyncIterator[ProgressEvent]:
        queue: asyncio.Queue[ProgressEvent] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        with self._lock:
            target = render_id or self._current.get(project_id)
            backlog = [e for e in self._events.get(project_id, []) if follow or e.render_id == target]
            self._subscribers[project_id].append((loop, queue))
        try:
            follower = _RenderFollower(target, follow)
            for event in backlog:
                yield event
                if follower.done_after(event):
                    return
            while True:
                event = await queue.get()
                if not follower.wants(event):
                    continue
                yield event
                if follower.done_after(event):
                    return
        finally:
            with self._lock:
                if (loop, queue) in self._subscribers[project_id]:
                    self._subscribers[project_id].remove((loop, queue))
