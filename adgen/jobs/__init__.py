"""Renders as RQ jobs on Redis: a request returns at once, progress streams back, workers scale out.

- :mod:`adgen.jobs.queue`: ``RenderQueue``, one job per scene + prepare + an assembly that depends
  on them; identical work shares one job; cancel.
- :mod:`adgen.jobs.tasks`: the job functions the workers run (they call :mod:`adgen.pipeline.orchestrator`).
- :mod:`adgen.jobs.events`: ``ProgressEvent``, published to a Redis stream per project; ``subscribe``
  gives a late client the state so far, then live events.
- :mod:`adgen.jobs.reaper`: jobs of a worker that died (SIGKILL) are found by heartbeat and requeued.
- :mod:`adgen.jobs.worker`, :mod:`adgen.launcher`, :mod:`adgen.jobs.local_redis`: `adgen worker`,
  `adgen up` and the embedded Redis.
- :mod:`adgen.jobs.service`: ``RenderService``, what the chat sessions call (queue or in-process).
"""
