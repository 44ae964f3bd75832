"""The render pipeline: an AdProject in, three aspect exports out, re-doing only what changed.

Read it as the stage graph (docs/architecture.md):

- :mod:`.orchestrator`: the entry points the jobs and the in-process service call;
- :mod:`.prepare` (cut-out, music) → :mod:`.scene_chain` (background → product layer → text layer
  → scene pass, or the :mod:`.standin`) run side by side by :mod:`.scheduler` → :mod:`.assembly`
  (soundtrack, concat, poster, the document);
- :mod:`.context` (what every stage works with), :mod:`.keys` (content keys), :mod:`.stages`
  (their names), :mod:`.events` (the one event every front end reads), :mod:`.report` (what a
  render did), :mod:`.progress` (overall progress), :mod:`.document` (`adgen render`);
- :mod:`.services`: the services the stages call, local and cloud side by side, picked by
  :mod:`.providers`; :mod:`.ffmpeg`, :mod:`.types`, :mod:`.errors`, :mod:`.atomic` are shared by both.
"""
