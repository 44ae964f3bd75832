"""Two requests for the same work share the jobs instead of doing it twice."""

from __future__ import annotations

import asyncio

import pytest
import redis
from rq.job import Job

from adgen.jobs.events import RedisEventLog, subscribe
from adgen.jobs.queue import RenderQueue
from adgen.store.projects import ProjectNotFound, open_project_store


@pytest.mark.slow
def test_duplicate_requests_share_jobs(queue_settings, stored_project, workers, redis_url):
    store = open_project_store(queue_settings)
    twin = store.create(stored_project.model_copy(update={"project_id": "p_twin1", "owner": "bob"}))
    queue = RenderQueue(redis_url, queue_settings)

    first = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    again = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)  # a second click
    assert again.render_id == first.render_id and again.reused_render
    assert len(queue.queue) == 4  # prepare + 3 scenes queued once; the assembly waits for them

    other = queue.enqueue_render(twin.project_id, 1, owner=twin.owner)  # another user, the same content
    assert other.render_id != first.render_id
    assert sorted(other.shared_job_ids) == sorted(first.job_ids[:-1])  # every job but the assembly
    assert len(queue.queue) == 4, "no job was enqueued twice"

    workers.start("w1")
    workers.start("w2")
    for project_id, ticket in ((stored_project.project_id, first), (twin.project_id, other)):
        assert queue.wait(project_id, ticket.render_id, timeout=120).state == "done"

    conn = redis.Redis.from_url(redis_url)
    for job_id in first.job_ids[:-1]:
        assert len(Job.fetch(job_id, connection=conn).results()) == 1, f"{job_id} ran once"
    a = store.get_internal(stored_project.project_id, 1)
    b = store.get_internal(twin.project_id, 1)
    assert a.render_status.state == b.render_status.state == "completed"
    assert a.aspect_exports == b.aspect_exports  # the same content-keyed files
    assert [s.scene_video_url for s in a.scenes] == [s.scene_video_url for s in b.scenes]

    async def events(project_id):
        return [e async for e in subscribe(redis_url, project_id)]

    twin_events = asyncio.run(asyncio.wait_for(events(twin.project_id), 10))
    assert {e.scene_id for e in twin_events if e.stage == "scene" and e.state == "done"} == {
        "scene_1",
        "scene_2",
        "scene_3",
    }, "the shared jobs reported to the twin's render too"
    assert all(e.project_id == twin.project_id and e.render_id == other.render_id for e in twin_events)


def test_a_render_of_someone_elses_project_is_refused_before_anything_is_queued(
    queue_settings, stored_project, redis_url
):
    """The queue reads the project as the user who asks (only the job workers skip the check)."""

    queue = RenderQueue(redis_url, queue_settings)
    with pytest.raises(ProjectNotFound):
        queue.enqueue_render(stored_project.project_id, 1, owner="mallory")
    assert len(queue.queue) == 0
    assert RedisEventLog(queue.connection).current_render(stored_project.project_id) is None
    stored = open_project_store(queue_settings).get(stored_project.project_id, owner=stored_project.owner)
    assert stored.render_status.state == "draft"


@pytest.mark.slow
def test_a_finished_shared_job_is_joined_so_waiting_assemblies_still_run(
    queue_settings, stored_project, workers, redis_url
):
    """A render that needs a job which already finished cleanly, while another render's assembly
    still waits on it, joins that job. Deleting it to run it again dropped the waiting assembly's
    dependency, so that render never ended (a batch of variants hung)."""
    from rq import SimpleWorker
    from rq.job import JobStatus

    store = open_project_store(queue_settings)
    queue = RenderQueue(redis_url, queue_settings)
    conn = redis.Redis.from_url(redis_url)
    first = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    scene_job_id, assembly_id = first.job_ids[1], first.job_ids[-1]

    # Only the first scene's job runs (here, in this process); the assembly waits for the rest.
    job = Job.fetch(scene_job_id, connection=conn)
    queue.queue.remove(job)
    SimpleWorker([queue.queue], connection=conn).execute_job(job, queue.queue)
    assert job.get_status(refresh=True) == JobStatus.FINISHED
    assert Job.fetch(assembly_id, connection=conn).get_status() == JobStatus.DEFERRED

    twin = store.create(stored_project.model_copy(update={"project_id": "p_twin2", "owner": "bob"}))
    other = queue.enqueue_render(twin.project_id, 1, owner=twin.owner)
    assert scene_job_id in other.shared_job_ids  # the finished job is joined, not deleted

    workers.start("w1")
    for project_id, ticket in ((stored_project.project_id, first), (twin.project_id, other)):
        assert queue.wait(project_id, ticket.render_id, timeout=180).state == "done", project_id
    assert len(Job.fetch(scene_job_id, connection=conn).results()) == 1, "the shared scene ran once"
    a = store.get_internal(stored_project.project_id, 1)
    b = store.get_internal(twin.project_id, 1)
    assert a.render_status.state == b.render_status.state == "completed"
    assert a.aspect_exports == b.aspect_exports


@pytest.mark.slow
@pytest.mark.parametrize("ending", ["warned", "failed"])
def test_a_shared_job_run_again_still_releases_the_assemblies_waiting_on_it(
    queue_settings, stored_project, workers, redis_url, ending
):
    """A job that finished with a warning (a poor cut-out, a stand-in clip) or failed is run again
    for the next render that needs it, under the same id. Deleting the old one dropped the list of
    the assemblies still waiting on it, so the first render never ended (a batch hung with a row
    "rendering" for ever, the rows sharing a photo whose cut-out had warned)."""
    from rq import SimpleWorker
    from rq.job import JobStatus
    from rq.results import Result

    store = open_project_store(queue_settings)
    queue = RenderQueue(redis_url, queue_settings)
    conn = redis.Redis.from_url(redis_url)
    first = queue.enqueue_render(stored_project.project_id, 1, owner=stored_project.owner)
    scene_job_id, assembly_id = first.job_ids[1], first.job_ids[-1]

    job = Job.fetch(scene_job_id, connection=conn)
    queue.queue.remove(job)
    SimpleWorker([queue.queue], connection=conn).execute_job(job, queue.queue)
    if ending == "warned":  # its newest result carries a warning: it is not joined but run again
        value = dict(job.return_value(refresh=True) or {}, warnings=["a stand-in clip was used"])
        Result.create(job, Result.Type.SUCCESSFUL, ttl=600, return_value=value)
    else:
        job.set_status(JobStatus.FAILED)
    assert Job.fetch(assembly_id, connection=conn).get_status() == JobStatus.DEFERRED

    twin = store.create(stored_project.model_copy(update={"project_id": "p_twin3", "owner": "bob"}))
    other = queue.enqueue_render(twin.project_id, 1, owner=twin.owner)
    assert scene_job_id not in other.shared_job_ids  # run again, not joined
    assert assembly_id.encode() in conn.smembers(Job.dependents_key_for(scene_job_id))

    workers.start("w1")
    for project_id, ticket in ((stored_project.project_id, first), (twin.project_id, other)):
        assert queue.wait(project_id, ticket.render_id, timeout=180).state == "done", project_id
    assert store.get_internal(stored_project.project_id, 1).render_status.state == "completed"
    assert store.get_internal(twin.project_id, 1).render_status.state == "completed"
