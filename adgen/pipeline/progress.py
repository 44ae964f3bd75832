"""Overall progress of a render from the progress of its parts.

Units (one scene at one aspect) report how far each is (0..1); the cut-out and the music report
their own; the assembly says where the whole render is. :class:`RenderProgress` folds them into
one fraction that never goes backwards, whatever order concurrent units report in, and puts it
on every event before passing it on.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from adgen.pipeline.context import RenderContext
from adgen.pipeline.events import StageEvent
from adgen.pipeline.stages import STAGE_ASSEMBLY, STAGE_PREFLIGHT, STAGE_RENDER, STAGE_SCENE


class RenderProgress:
    """An event sink in front of ``ctx``'s: the units' share of the render runs from ``base`` to
    ``base + span``; the cut-out and the music share the first ``base``."""

    def __init__(self, ctx: RenderContext, units: Sequence[tuple[str, str]], base: float, span: float):
        self.sink = ctx.on_event
        self.done = {u: 0.0 for u in units}
        self.base, self.span = base, span
        self.last = 0.0
        self.lock = threading.Lock()

    def __call__(self, event: StageEvent) -> None:
        if self.sink is None:
            return
        unit = (event.scene_id, event.aspect)
        with self.lock:
            if unit in self.done:
                self.done[unit] = max(self.done[unit], event.fraction)  # type: ignore[index]
                overall = self.base + self.span * sum(self.done.values()) / max(1, len(self.done))
            elif event.stage in (STAGE_ASSEMBLY, STAGE_PREFLIGHT, STAGE_RENDER):
                overall = event.fraction  # these speak of the whole render
            elif event.stage == STAGE_SCENE:
                overall = self.last  # a scene's end: its units have said how far they are
            else:  # cutout and music: part of the first few percent, or of whatever is done by then
                overall = self.base * event.fraction
            self.last = max(self.last, overall)
            event = event.model_copy(update={"fraction": round(self.last, 4)})
        self.sink(event)


__all__ = ["RenderProgress"]
