"""The one event a render tells the world about: which stage, how it went, what it made.

A :class:`StageEvent` goes from the pipeline to every front end unchanged in meaning: the
in-process render service relays it, a job on the queue publishes it (as
:class:`adgen.jobs.events.ProgressEvent`, the same fields plus the render it belongs to) and the
web chat, Slack and ``adgen chat`` read its fields. Nothing is put into a sentence to be parsed
back: ``status`` says whether the stage ran or was reused, ``media_url`` and ``exports`` say where
its output is, and ``warnings`` say what degraded and what the marketer can do about it.

camelCase on the wire, like the document.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class StageStatus(StrEnum):
    """How a stage went. An event before the stage has an outcome is ``started``."""

    STARTED = "started"  # under way; nothing to show yet
    RAN = "ran"  # made now
    REUSED = "reused"  # found under its content key: nothing had to be made
    FALLBACK = "fallback"  # a marked stand-in is used instead (retried by the next render)
    FAILED = "failed"  # nothing usable came out

    @property
    def made(self) -> bool:
        """Something had to be done for it (as opposed to being served from the cache)."""
        return self in (StageStatus.RAN, StageStatus.FALLBACK, StageStatus.FAILED)


# What a warning is about; front ends may choose how to show each, the report lists them all.
CUTOUT_FAILED: Final = "cutout_failed"
CUTOUT_QUALITY: Final = "cutout_quality"
MUSIC_FAILED: Final = "music_failed"
SCENE_FALLBACK: Final = "scene_fallback"
PREFLIGHT_FAILED: Final = "preflight_failed"  # an export fails a pre-flight check (issue 16)
TEXT_FIT: Final = "text_fit"  # a text had to be set smaller than advised, or cut, to fit its box


class _Wire(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")

    def to_wire(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


class RenderWarning(_Wire):
    """Something that degraded without stopping the render, told to the marketer.

    ``message`` says what happened (it is also part of the document's ``renderStatus.error``),
    ``action`` what to do about it, ``media_url`` what to look at (the cut-out, the stand-in clip),
    ``choices`` the things the marketer can pick instead, as codes a front end offers as buttons
    (for a doubtful cut-out: ``upload_transparent_png``, ``use_product_card``, ``install_rembg_model``).
    """

    code: str
    message: str
    action: str = ""
    media_url: str | None = None
    scene_id: str | None = None
    aspect: str | None = None
    choices: list[str] = Field(default_factory=list)


class RenderFix(_Wire):
    """Something the render changed by itself so that an export passes a pre-flight check:
    ``check`` names the check ("contrast", "safe_zone", "loudness"), ``message`` says what was
    done ("dark scrim at 40% behind the text to reach 3:1")."""

    check: str
    message: str
    scene_id: str | None = None
    aspect: str | None = None

    def sentence(self) -> str:
        where = " ".join(p for p in (self.scene_id, self.aspect) if p)
        return f"{where}: {self.message}" if where else self.message


class StageEvent(_Wire):
    """One step of a render: a stage started or finished, for one scene at one aspect or for
    the whole project.

    ``fraction`` is how far the work that emitted it has come (0..1, never going back): the whole
    render for :func:`~adgen.pipeline.orchestrator.render_project`, one scene for a scene job.
    ``media_url`` is the stage's stored output (media-store URL: the cut-out, a scene pass, a
    scene's master clip), ``preview_url`` the same as a link a browser can open, ``exports`` the
    finished videos by aspect (assembly).
    """

    stage: str
    status: StageStatus = StageStatus.STARTED
    scene_id: str | None = None
    aspect: str | None = None
    fraction: float = Field(default=0.0, ge=0.0, le=1.0)
    message: str = ""
    media_url: str | None = None
    preview_url: str | None = None
    exports: dict[str, str] = Field(default_factory=dict)
    error: str | None = None
    warnings: list[RenderWarning] = Field(default_factory=list)
    # Issue 16: what the render fixed for the pre-flight check; where it put each text, product
    # and logo (export key -> LayoutBox wire dicts: a scene pass's own, or on the assembly's and
    # the render's end every export's, timed in the ad); and on the render's end the pre-flight
    # report's summary (PreflightReport.summary()).
    fixes: list[RenderFix] = Field(default_factory=list)
    layout: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
    preflight: dict[str, Any] | None = None


__all__ = [
    "CUTOUT_FAILED",
    "CUTOUT_QUALITY",
    "MUSIC_FAILED",
    "PREFLIGHT_FAILED",
    "SCENE_FALLBACK",
    "TEXT_FIT",
    "RenderFix",
    "RenderWarning",
    "StageEvent",
    "StageStatus",
]
