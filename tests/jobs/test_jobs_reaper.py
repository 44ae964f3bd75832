"""The reaper's decisions, on real RQ state in a real Redis (a dead worker is simulated in Redis)."""

from __future__ import annotations

import time

import redis
from rq.executions import Execution
from rq.job import Job, JobStatus
from rq.registry import FailedJobRegistry, StartedJobRegistry

from adgen.jobs.queue import QUEUE_NAMES, RenderQueue, job_still_wanted
from adgen.jobs.reaper import TAKEN_SEEN_KEY, reap, reap_failed, reap_intermediate, reap_started

LONG_AGO = 0.0  # as `redis_started`: a Redis up since long before the ghost's last heartbeat


def _taken_by_a_ghost(conn: redis.Redis, queue: RenderQueue, job_id: str, beat_age: float) -> Execution:
    """What a worker leaves behind when it dies mid-job: a started execution that stopped beating."""
    conn.lrem(queue.queue.key, 0, job_id)
    job = Job.fetch(job_id, connection=conn)
    with conn.pipeline() as pipe:
        execution = Execution.create(job, ttl=60, pipeline=pipe, worker_name="ghost")
        job.prepare_for_execution("ghost", pipe)
        pipe.execute()
    conn.hset(execution.key, "last_heartbeat", time.time() - beat_age)
    return execution


def test_stale_started_job_is_requeued_at_the_front_once(queue_settings, stored_project, redis_url) -> None:
    conn = redis.Redis.from_url(redis_url)
    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    fresh_id, stale_id = ticket.job_ids[1], ticket.job_ids[2]
    _taken_by_a_ghost(conn, queue, fresh_id, beat_age=1)
    _taken_by_a_ghost(conn, queue, stale_id, beat_age=30)

    assert reap_started(
        conn, QUEUE_NAMES, stale_after=10, still_wanted=job_still_wanted, redis_started=LONG_AGO
    ) == [stale_id]
    assert queue.queue.get_job_ids()[0] == stale_id, "back at the front of the queue"
    job = Job.fetch(stale_id, connection=conn)
    assert job.get_status() == JobStatus.QUEUED and job.meta["adgen_reaps"] == 1 and not job.worker_name
    assert Job.fetch(fresh_id, connection=conn).get_status() == JobStatus.STARTED  # still beating: left alone
    started = StartedJobRegistry(QUEUE_NAMES[0], connection=conn).get_job_ids(cleanup=False)
    assert started == [fresh_id]
    assert reap_started(conn, QUEUE_NAMES, stale_after=10, redis_started=LONG_AGO) == []  # nothing twice


def test_no_job_is_judged_dead_before_a_restarted_redis_had_time_to_hear_its_workers(
    queue_settings, stored_project, redis_url
) -> None:
    """No heartbeat can land while Redis is down: after a restart, a 30 s old heartbeat is no
    evidence of a dead worker until Redis has been up for ``stale_after`` seconds."""
    conn = redis.Redis.from_url(redis_url)
    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    job_id = ticket.job_ids[1]
    _taken_by_a_ghost(conn, queue, job_id, beat_age=30)
    just_restarted = time.time() - 3
    assert reap_started(conn, QUEUE_NAMES, stale_after=10, redis_started=just_restarted) == []
    assert Job.fetch(job_id, connection=conn).get_status() == JobStatus.STARTED
    a_while_ago = time.time() - 11
    assert reap_started(conn, QUEUE_NAMES, stale_after=10, redis_started=a_while_ago) == [job_id]


def test_a_job_taken_and_never_started_goes_back_to_the_front_of_its_queue(
    queue_settings, stored_project, redis_url
) -> None:
    """A worker that dies (or loses Redis) between taking a job and starting it leaves the job in
    the queue's intermediate list only: neither queued nor started, so no render waiting for it
    would ever end."""
    conn = redis.Redis.from_url(redis_url)
    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    job_id = ticket.job_ids[1]
    conn.lrem(queue.queue.key, 0, job_id)
    conn.rpush(queue.queue.intermediate_queue_key, job_id)  # taken by a worker that then vanished

    assert reap_intermediate(conn, QUEUE_NAMES, stale_after=10, redis_started=LONG_AGO) == []  # first seen
    assert job_id.encode() in conn.lrange(queue.queue.intermediate_queue_key, 0, -1)
    conn.hset(TAKEN_SEEN_KEY, job_id, time.time() - 11)
    assert (
        reap_intermediate(conn, QUEUE_NAMES, stale_after=10, redis_started=time.time() - 3) == []
    )  # Redis just back
    assert reap_intermediate(conn, QUEUE_NAMES, stale_after=10, redis_started=LONG_AGO) == [job_id]
    assert queue.queue.get_job_ids()[0] == job_id
    assert conn.lrange(queue.queue.intermediate_queue_key, 0, -1) == [] and not conn.hexists(
        TAKEN_SEEN_KEY, job_id
    )


def test_abandoned_job_of_a_cancelled_render_is_cancelled_not_requeued(
    queue_settings, stored_project, redis_url
) -> None:
    conn = redis.Redis.from_url(redis_url)
    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    job_id = ticket.job_ids[1]
    _taken_by_a_ghost(conn, queue, job_id, beat_age=30)
    assert queue.cancel(stored_project.project_id)  # the stop command reaches no one: the worker is dead
    assert (
        reap(conn, QUEUE_NAMES, stale_after=10, still_wanted=job_still_wanted, redis_started=LONG_AGO) == []
    )
    assert Job.fetch(job_id, connection=conn).get_status() == JobStatus.CANCELED
    assert job_id not in queue.queue.get_job_ids()


def test_job_rq_failed_as_abandoned_is_requeued_while_its_render_waits(
    queue_settings, stored_project, redis_url
) -> None:
    conn = redis.Redis.from_url(redis_url)
    queue = RenderQueue(redis_url, queue_settings)
    ticket = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    job_id = ticket.job_ids[1]
    job = Job.fetch(job_id, connection=conn)
    job.retries_left = 0  # RQ fails (rather than retries) an abandoned job without retries
    job.save()
    _taken_by_a_ghost(conn, queue, job_id, beat_age=120)
    StartedJobRegistry(QUEUE_NAMES[0], connection=conn).cleanup(timestamp=time.time() + 3600)
    assert Job.fetch(job_id, connection=conn).get_status() == JobStatus.FAILED
    assert job_id in FailedJobRegistry(QUEUE_NAMES[0], connection=conn)

    seen: set = set()
    assert reap_failed(conn, QUEUE_NAMES, still_wanted=job_still_wanted, seen=seen) == [job_id]
    assert Job.fetch(job_id, connection=conn).get_status() == JobStatus.QUEUED
    assert reap_failed(conn, QUEUE_NAMES, still_wanted=job_still_wanted, seen=seen) == []
