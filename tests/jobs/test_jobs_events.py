"""Progress events on a real Redis: order, catch-up for late subscribers, resume, the end."""

from __future__ import annotations

import asyncio
import multiprocessing
import time

import pytest

from adgen.jobs import events as events_module
from adgen.jobs.events import MemoryEventBus, ProgressEvent, RedisEventLog, subscribe

PARTS = {"prepare": 1.0, "scene:scene_1": 3.0, "scene:scene_2": 3.0, "assembly": 1.0}


def _event(stage: str, state: str = "running", scene: str | None = None, frac: float = 0.0, rid: str = "r_1"):
    return ProgressEvent(
        project_id="p_ev",
        version=2,
        render_id=rid,
        stage=stage,
        scene_id=scene,
        state=state,
        stage_fraction=frac,
    )


def _open(log: RedisEventLog, rid: str = "r_1") -> None:
    log.open_render("p_ev", 2, rid, quality="draft", parts=PARTS, job_ids=["a", "b"])


async def _take(agen, n: int | None = None, timeout: float = 10.0) -> list[ProgressEvent]:
    async def run():
        out = []
        async for event in agen:
            out.append(event)
            if n is not None and len(out) == n:
                break
        return out

    return await asyncio.wait_for(run(), timeout)


def test_publish_orders_folds_progress_and_ends(redis_url: str) -> None:
    log = RedisEventLog.from_url(redis_url)
    _open(log)
    first = log.publish(_event("render", "queued"))
    half = log.publish(_event("scene", scene="scene_1", frac=0.5), part="scene:scene_1")
    back = log.publish(_event("scene", scene="scene_1", frac=0.2), part="scene:scene_1")  # a retry restarts
    done = log.publish(_event("scene", "done", scene="scene_1"), part="scene:scene_1")
    assert (first.seq, half.seq, back.seq, done.seq) == (1, 2, 3, 4)
    assert half.fraction == pytest.approx(1.5 / 8, abs=1e-3)
    assert back.fraction == half.fraction, "overall progress never goes back"
    assert done.fraction == pytest.approx(3 / 8, abs=1e-3)
    final = log.publish(_event("render", "done"))
    assert final.terminal and final.fraction == 1.0
    assert log.publish(_event("scene", scene="scene_2", frac=0.3), part="scene:scene_2") is None, (
        "nothing is recorded after the render's end"
    )
    assert log.final("r_1") == final
    assert log.latest("p_ev") == final
    assert [e.seq for e in log.part_events("r_1")] == [4]


def test_late_subscriber_gets_state_then_live_events(redis_url: str) -> None:
    log = RedisEventLog.from_url(redis_url)
    _open(log)
    for event, part in (
        (_event("render", "queued"), None),
        (_event("scene", scene="scene_1", frac=0.4), "scene:scene_1"),
        (_event("scene", "done", scene="scene_1"), "scene:scene_1"),
    ):
        log.publish(event, part=part)

    async def scenario():
        agen = subscribe(redis_url, "p_ev")
        caught_up = await _take(agen, 3)
        await asyncio.sleep(0.1)
        log.publish(_event("scene", scene="scene_2", frac=0.5), part="scene:scene_2")
        log.publish(_event("render", "done"))
        rest = await _take(agen)
        return caught_up, rest

    caught_up, rest = asyncio.run(scenario())
    assert [e.seq for e in caught_up] == [1, 2, 3]
    assert [(e.seq, e.stage) for e in rest] == [(4, "scene"), (5, "render")]
    assert rest[-1].terminal


def test_subscriber_of_a_trimmed_stream_gets_the_snapshot(redis_url: str, monkeypatch) -> None:
    monkeypatch.setattr(events_module, "STREAM_MAXLEN", 5)
    log = RedisEventLog.from_url(redis_url)
    _open(log)
    log.publish(_event("render", "queued"))
    log.publish(_event("prepare", frac=1.0), part="prepare")
    for i in range(400):  # far more than the stream keeps
        log.publish(_event("scene", scene="scene_1", frac=i / 400), part="scene:scene_1")
    log.redis.xtrim(events_module.stream_key("p_ev"), maxlen=5, approximate=False)
    log.publish(_event("render", "done"))
    got = asyncio.run(_take(subscribe(redis_url, "p_ev")))
    assert [e.stage for e in got] == ["prepare", "scene", "render"], "latest of each part, then the end"
    assert got[-1].terminal and [e.seq for e in got] == sorted(e.seq for e in got)


def test_resume_since_an_event_id_and_follow_the_next_render(redis_url: str) -> None:
    log = RedisEventLog.from_url(redis_url)
    _open(log)
    first = log.publish(_event("render", "queued"))
    log.publish(_event("scene", scene="scene_1", frac=0.5), part="scene:scene_1")
    log.publish(_event("render", "done"))
    resumed = asyncio.run(_take(subscribe(redis_url, "p_ev", since=first.event_id)))
    assert [e.seq for e in resumed] == [2, 3]

    async def follow_next():
        agen = subscribe(redis_url, "p_ev", render_id="r_2")
        task = asyncio.create_task(_take(agen))
        await asyncio.sleep(0.1)
        _open(log, "r_2")
        log.publish(_event("render", "queued", rid="r_2"))
        log.publish(_event("render", "failed", rid="r_2"))
        return await task

    nxt = asyncio.run(follow_next())
    assert [(e.render_id, e.state) for e in nxt] == [("r_2", "queued"), ("r_2", "failed")]


def _publish_from_another_process(redis_url: str, count: int) -> None:
    log = RedisEventLog.from_url(redis_url)
    for i in range(count):
        log.publish(_event("scene", scene="scene_1", frac=i / count), part="scene:scene_1")
        time.sleep(0.002)
    log.publish(_event("render", "done"))


@pytest.mark.slow
def test_events_cross_processes_in_order_and_fast(redis_url: str) -> None:
    log = RedisEventLog.from_url(redis_url)
    _open(log)
    log.publish(_event("render", "queued"))

    async def scenario():
        agen = subscribe(redis_url, "p_ev")
        received = await _take(agen, 1)
        proc = multiprocessing.get_context("spawn").Process(
            target=_publish_from_another_process, args=(redis_url, 100)
        )
        proc.start()
        async for event in agen:
            received.append(event.model_copy(update={"message": str(time.time() - event.at)}))
        proc.join(10)
        return received

    got = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert [e.seq for e in got] == list(range(1, 103))
    delays = sorted(float(e.message) for e in got[1:])
    assert delays[len(delays) // 2] < 0.1, f"median publish->receive delay {delays[len(delays) // 2]:.3f}s"


def test_memory_bus_has_the_same_semantics() -> None:
    bus = MemoryEventBus()
    bus.open_render("p_ev", "r_1", PARTS)
    bus.publish(_event("render", "queued"))
    bus.publish(_event("scene", scene="scene_1", frac=0.5), part="scene:scene_1")

    async def scenario():
        agen = bus.subscribe("p_ev")
        caught_up = await _take(agen, 2)
        await asyncio.to_thread(bus.publish, _event("scene", "done", scene="scene_1"), part="scene:scene_1")
        await asyncio.to_thread(bus.publish, _event("render", "done"))
        return caught_up + await _take(agen)

    got = asyncio.run(scenario())
    assert [e.seq for e in got] == [1, 2, 3, 4]
    assert (
        got[1].fraction == pytest.approx(1.5 / 8, abs=1e-3) and got[-1].terminal and got[-1].fraction == 1.0
    )
    assert bus.publish(_event("scene", scene="scene_2")) is None
    assert bus.final("r_1").state == "done" and bus.latest("p_ev").seq == 4


def test_a_reader_that_stops_early_unsubscribes_at_once(settings) -> None:
    from adgen.jobs.service import InProcessRenderService

    service = InProcessRenderService(settings)
    service.bus.open_render("p_ev", "r_1", PARTS)
    service.bus.publish(_event("render", "queued"))

    async def scenario():
        agen = service.subscribe("p_ev")
        first = await _take(agen, 1)
        await agen.aclose()
        return first, list(service.bus._subscribers["p_ev"])

    first, left = asyncio.run(scenario())
    assert [e.seq for e in first] == [1]
    assert left == [], "closing the service's stream closes the bus subscription it wraps"


def test_a_pipeline_event_crosses_the_stream_with_every_field(redis_url: str) -> None:
    """One conversion (ProgressEvent.of) and back from Redis: status, media, exports and warnings
    arrive as the pipeline sent them; a scene's end ends its part."""
    from adgen.pipeline.events import RenderWarning, StageEvent, StageStatus

    warning = RenderWarning(
        code="scene_fallback", message="failed", action="Render again.", media_url="s3://b/fb.mp4"
    )
    stage = StageEvent(
        stage="scene",
        status=StageStatus.FALLBACK,
        scene_id="scene_1",
        fraction=1.0,
        media_url="s3://b/fb.mp4",
        error="failed",
        warnings=[warning],
    )
    event = ProgressEvent.of(stage, project_id="p_ev", version=2, render_id="r_1")
    assert (event.state, event.stage_fraction, event.fraction) == ("failed", 1.0, 0.0)
    log = RedisEventLog.from_url(redis_url)
    _open(log)
    log.publish(event, part="scene:scene_1")
    [back] = asyncio.run(_take(subscribe(redis_url, "p_ev", render_id="r_1"), 1))
    assert (
        back.status is StageStatus.FALLBACK
        and back.warnings == [warning]
        and back.media_url == "s3://b/fb.mp4"
    )
    assert back.fraction == round(3.0 / 8.0, 4)  # the render's progress: scene_1's weight of all parts
    done = ProgressEvent.of(
        stage.model_copy(update={"status": StageStatus.RAN}), project_id="p", version=1, render_id="r"
    )
    assert done.state == "done"
    started = ProgressEvent.of(
        StageEvent(stage="background", scene_id="scene_1"), project_id="p", version=1, render_id="r"
    )
    assert started.state == "running" and started.status is StageStatus.STARTED
