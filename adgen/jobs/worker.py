"""`adgen worker`: one RQ worker on the render queue, with the scheduler and the reaper.

An ordinary RQ ``Worker`` (a forked work horse per job) tuned for renders:
- the execution heartbeat is refreshed every :data:`~adgen.jobs.reaper.HEARTBEAT_SEC` seconds,
  and a :class:`~adgen.jobs.reaper.Reaper` thread requeues jobs whose worker stopped beating;
- the work horse and the scheduler die with the worker (``PR_SET_PDEATHSIG``), so a SIGKILLed
  worker leaves no orphan still writing media while its job is already running elsewhere;
- ``with_scheduler`` is always on, because ``Retry`` intervals need it;
- a Redis outage stops nothing: a busy worker keeps monitoring its work horse (whose job goes
  on, and waits for Redis before it reports its end), and a worker whose loop RQ gave up on
  waits for Redis with back-off and starts its loop again under the same name.

Run several of them, on one machine or many, against one Redis: that is the whole scale-out.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import signal
import sys
from collections.abc import Sequence

import redis
from rq.scheduler import RQScheduler
from rq.worker import Worker

from adgen.jobs.local_redis import ensure_redis
from adgen.jobs.outage import REDIS_DOWN, redis_address, wait_for_redis
from adgen.jobs.queue import QUEUE_NAMES, job_still_wanted
from adgen.jobs.reaper import HEARTBEAT_SEC, Reaper, reap
from adgen.pipeline.lifetime import die_with_parent
from adgen.settings import Settings, get_settings

log = logging.getLogger("adgen.jobs.worker")  # the same name when run with `python -m`

MAINTENANCE_SEC = 30
PUBSUB_POLL_SEC = 1.0


class _SchedulerThatDiesWithItsWorker(RQScheduler):
    def work(self) -> None:
        die_with_parent(signal.SIGTERM)  # SIGTERM: it releases its locks on the way out
        super().work()


class RenderWorker(Worker):
    """RQ's forking worker with short heartbeats, a reaping maintenance pass and orphan-proof children."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("job_monitoring_interval", HEARTBEAT_SEC)
        kwargs.setdefault("maintenance_interval", MAINTENANCE_SEC)
        super().__init__(*args, **kwargs)
        self._heartbeat_failing = False
        self.stop_asked = False

    def request_stop(self, signum, frame) -> None:  # noqa: ANN001 - RQ's signature
        # RQ sets ``_stop_requested`` only when a job is in hand; an idle worker leaves its loop
        # by an exception, which from outside looks like a loop that gave up on Redis. Record the
        # request, so the loop is not started again (it was, and `adgen up` had to SIGKILL it).
        self.stop_asked = True
        super().request_stop(signum, frame)

    def subscribe(self) -> None:
        # RQ's own, polling every second instead of every 60 s: redis-py 8.2's
        # PubSubWorkerThread.stop() waits for the thread, which, once the channel was
        # unsubscribed, could sit up to 60 s in get_message (an idle worker took a minute to stop
        # on SIGTERM, and `adgen up` SIGKILLed it).
        self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        self.pubsub_thread = self.pubsub.run_in_thread(
            sleep_time=PUBSUB_POLL_SEC, daemon=True, exception_handler=self._pubsub_exception_handler
        )

    def setup_work_horse_signals(self) -> None:
        super().setup_work_horse_signals()
        die_with_parent(signal.SIGKILL)

    def maintain_heartbeats(self, job, execution) -> None:  # noqa: ANN001 - RQ's signature
        # Redis away: the job goes on (heartbeats resume when it is back; the reapers give a
        # restarted Redis a grace period before they judge any heartbeat stale).
        try:
            super().maintain_heartbeats(job, execution)
        except REDIS_DOWN as exc:
            if not self._heartbeat_failing:
                self.log.warning("Redis unreachable (%s); job %s goes on, heartbeats paused", exc, job.id)
            self._heartbeat_failing = True
        else:
            if self._heartbeat_failing:
                self.log.warning("Redis answers again; heartbeats of job %s resumed", job.id)
            self._heartbeat_failing = False

    def monitor_work_horse(self, job, queue, execution) -> None:  # noqa: ANN001 - RQ's signature
        try:
            super().monitor_work_horse(job, queue, execution)
        except REDIS_DOWN:
            if self.horse_pid:
                raise
            # The horse ended while Redis was away (it waits for Redis to report a success, so
            # this is a failure): once Redis is back, the reaper requeues the job.
            self.log.warning("job %s ended while Redis was unreachable; waiting for Redis", job.id)
            wait_for_redis(self.connection, stop=lambda: self._stop_requested, what=f"job {job.id}")

    def run_maintenance_tasks(self) -> None:
        # Reap before RQ's own cleanup, which would fail (not requeue) abandoned jobs.
        try:
            reap(self.connection, self.queue_names(), still_wanted=job_still_wanted)
        except redis.RedisError as exc:
            self.log.warning("reaper pass failed: %s", exc)
        super().run_maintenance_tasks()

    def _start_scheduler(
        self,
        burst: bool = False,
        logging_level: str | None = "INFO",
        date_format: str | None = None,
        log_format: str | None = None,
    ) -> None:
        # RQ's own method, with a scheduler subclass that dies with this worker.
        kwargs = {}
        if date_format is not None:
            kwargs["date_format"] = date_format
        if log_format is not None:
            kwargs["log_format"] = log_format
        self.scheduler = _SchedulerThatDiesWithItsWorker(
            self.queues,
            connection=self.connection,
            logging_level=logging_level if logging_level is not None else self.log.level,
            serializer=self.serializer,
            **kwargs,
        )
        self.scheduler.acquire_locks()
        if self.scheduler.acquired_locks:
            if burst:
                try:
                    self.scheduler.register_birth()
                    self.scheduler.enqueue_scheduled_jobs()
                finally:
                    self.scheduler.release_locks()
                    self.scheduler.register_death()
            else:
                self.scheduler.start()


def _log_to_stderr(level: str) -> None:
    """adgen's own loggers to stderr (RQ sets up its ``rq.worker`` logger itself)."""
    logger = logging.getLogger("adgen")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def worker_redis_url(settings: Settings) -> str:
    """REDIS_URL when set (a worker on another machine must not start a Redis of its own), else the embedded one."""
    return settings.redis_url or ensure_redis(settings)


def run_worker(
    settings: Settings,
    *,
    burst: bool = False,
    name: str | None = None,
    redis_url: str | None = None,
    render_processes: int | None = None,
    encoder_threads: int | None = None,
    cpus: set[int] | None = None,
    logging_level: str = "INFO",
) -> int:
    """Work the render queue until stopped (or, with ``burst``, until it is empty). Returns an exit code.

    ``render_processes`` caps the processes one job renders with (ADGEN_RENDER_PROCESSES; by
    default all cores): with several workers on one machine, give each its share of the cores, as
    `adgen up` does, so the workers, not one job's pool, are what runs scenes in parallel.
    ``encoder_threads`` caps each scene encode's threads likewise (ADGEN_ENCODER_THREADS).
    ``cpus`` pins the worker (and every process it starts: work horses, ffmpeg) to those cores.
    """
    _log_to_stderr(logging_level)
    if render_processes is not None:
        os.environ["ADGEN_RENDER_PROCESSES"] = str(max(1, render_processes))  # read by each job's settings
    if encoder_threads is not None:
        os.environ["ADGEN_ENCODER_THREADS"] = str(max(1, encoder_threads))
    if cpus:
        os.sched_setaffinity(0, cpus)
    url = redis_url or worker_redis_url(settings)
    import adgen.jobs.tasks  # noqa: F401 - imported once here so every forked work horse starts warm

    connection = redis.Redis.from_url(url)
    reaper = Reaper(url, QUEUE_NAMES, still_wanted=job_still_wanted)
    reaper.start()
    try:
        while True:
            worker = RenderWorker(list(QUEUE_NAMES), connection=connection, name=name)
            name = worker.name  # a restarted loop keeps its name
            log.info("worker %s on %s (queues %s)", name, redis_address(url), ", ".join(QUEUE_NAMES))
            try:
                worker.work(burst=burst, with_scheduler=True, logging_level=logging_level)
            except REDIS_DOWN as exc:  # RQ gave up on Redis and could not even say goodbye
                log.warning("worker %s: Redis unreachable (%s)", name, exc)
            if worker.stop_asked or worker._stop_requested or (burst and _redis_answers(connection)):
                return 0
            if not _reconnect(worker, connection):
                return 0
    finally:
        reaper.stop()


def _redis_answers(connection: redis.Redis) -> bool:
    try:
        return bool(connection.ping())
    except REDIS_DOWN:
        return False


def _reconnect(worker: RenderWorker, connection: redis.Redis) -> bool:
    """After RQ's loop quit on a lost Redis: wait for its own work horse, then for Redis (with
    back-off), and unregister the old loop; False when asked to stop meanwhile."""
    stop: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: stop.append(signum)) for sig in _STOP_SIGNALS}
    try:
        if worker.horse_pid:  # never leave a job process behind: it finishes (or fails) first
            try:
                os.waitpid(worker.horse_pid, 0)
            except ChildProcessError:
                pass
        log.warning("worker %s: waiting for Redis to start again", worker.name)
        if not wait_for_redis(connection, stop=lambda: bool(stop), what=f"worker {worker.name}"):
            return False
        try:
            worker.register_death()
            worker.unsubscribe()
        except Exception:  # noqa: BLE001 - the old registration expires on its own
            log.debug("worker %s: could not unregister the old loop", worker.name, exc_info=True)
        return not stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m adgen.jobs.worker", description="One render worker.")
    parser.add_argument("--burst", action="store_true", help="quit when the queue is empty")
    parser.add_argument("--name", default=None, help="worker name (unique among running workers)")
    parser.add_argument("--url", default=None, help="Redis URL (default: REDIS_URL or the embedded Redis)")
    parser.add_argument(
        "--render-processes",
        type=int,
        default=None,
        help="processes one job may render with (default: ADGEN_RENDER_PROCESSES or all cores)",
    )
    parser.add_argument(
        "--encoder-threads",
        type=int,
        default=None,
        help="threads of each scene encode (default: ADGEN_ENCODER_THREADS or ffmpeg's choice)",
    )
    parser.add_argument("--cpus", default=None, help="pin the worker to these cores, e.g. 0 or 0,1")
    args = parser.parse_args(argv)
    # `kill -USR2 <pid>` prints every thread's stack to the worker's log: a worker that does not
    # stop says where it waits (RQ itself uses SIGINT, SIGTERM and SIGRTMIN).
    faulthandler.register(signal.SIGUSR2, all_threads=True)
    cpus = {int(c) for c in args.cpus.split(",")} if args.cpus else None
    return run_worker(
        get_settings(),
        burst=args.burst,
        name=args.name,
        redis_url=args.url,
        render_processes=args.render_processes,
        encoder_threads=args.encoder_threads,
        cpus=cpus,
    )


if __name__ == "__main__":
    sys.exit(main())
