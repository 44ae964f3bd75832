"""Renders as RQ jobs on Redis: a request returns at once, progress streams back, workers scale out.

- :mod:`adgen.jobs.queue`: ``RenderQueue``, one job per scene + prepare + an assembly that depends
  on them; identical work shares one job; cancel.
- :mod:`adgen.jobs.tasks`: the job functions the workers run (they call :mod:`adgen.pipeline.orchestrator`).
- :mod:`adgen.jobs.events`: ``ProgressEvent`` (the pipeline's ``StageEvent`` with its render),
  published to a Redis stream per project; ``subscribe`` gives a late client the state so far,
  then live events.
- :mod:`adgen.jobs.reaper`: jobs of a worker that died (SIGKILL) are found by heartbeat and requeued.
- :mod:`adgen.jobs.worker`, :mod:`adgen.jobs.local_redis`: `adgen worker` and the embedded Redis
  (``adgen up``, which starts both with the web chat, is :mod:`adgen.launcher`).
- :mod:`adgen.jobs.service`: ``RenderService``, what the chat sessions call (queue or in-process).
"""
