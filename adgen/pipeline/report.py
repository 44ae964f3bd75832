"""What a render did, as plain data: which stages ran or were reused, provider calls, cost.

These are the values the renderer's public functions return and the job queue passes between
jobs, so every one of them round-trips through JSON (``to_wire`` / ``from_wire``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from adgen.pipeline.cache import take_repair_note
from adgen.pipeline.events import RenderFix, RenderWarning, StageStatus
from adgen.pipeline.types import ProviderCall
from adgen.project import AdProject


@dataclass
class StageRun:
    """One stage of one render: what it produced and whether it had to run for it."""

    stage: str
    status: StageStatus
    key: str | None = None
    url: str | None = None
    scene_id: str | None = None
    aspect: str | None = None
    seconds: float = 0.0
    error: str | None = None
    note: str | None = None  # e.g. it ran because its stored output was damaged

    def __post_init__(self) -> None:
        if self.note is None and self.status is StageStatus.RAN:
            self.note = take_repair_note(self.stage, self.key)

    def to_wire(self) -> dict[str, Any]:
        wire = {
            "stage": self.stage,
            "status": self.status.value,
            "key": self.key,
            "url": self.url,
            "sceneId": self.scene_id,
            "aspect": self.aspect,
            "seconds": round(self.seconds, 3),
            "error": self.error,
        }
        if self.note:
            wire["note"] = self.note
        return wire

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> StageRun:
        return cls(
            stage=data["stage"],
            status=StageStatus(data["status"]),
            key=data.get("key"),
            url=data.get("url"),
            scene_id=data.get("sceneId"),
            aspect=data.get("aspect"),
            seconds=float(data.get("seconds", 0.0)),
            error=data.get("error"),
            note=data.get("note"),
        )


def call_name(call: ProviderCall) -> str:
    """How a provider call is counted in the project's cost: ``provider:model``."""
    return f"{call.provider}:{call.model}" if call.model else call.provider


def calls_to_wire(calls: Iterable[ProviderCall]) -> list[dict[str, Any]]:
    return [asdict(c) for c in calls]


def calls_from_wire(data: Iterable[dict[str, Any]]) -> list[ProviderCall]:
    return [ProviderCall(**c) for c in data]


def warnings_to_wire(warnings: Iterable[RenderWarning]) -> list[dict[str, Any]]:
    return [w.to_wire() for w in warnings]


def fixes_to_wire(fixes: Iterable[RenderFix]) -> list[dict[str, Any]]:
    return [f.to_wire() for f in fixes]


def fixes_from_wire(data: Iterable[dict[str, Any]]) -> list[RenderFix]:
    return [RenderFix.model_validate(f) for f in data]


def warnings_from_wire(data: Iterable[dict[str, Any] | str]) -> list[RenderWarning]:
    """Warnings as the wire has them (a plain sentence from an older job result is kept as one)."""
    return [
        RenderWarning(code="warning", message=w) if isinstance(w, str) else RenderWarning.model_validate(w)
        for w in data
    ]


@dataclass
class PreparedAssets:
    """The project-wide stage outputs every scene or the assembly needs: cutout and music."""

    cutout_url: str | None = None
    cutout_key: str | None = None
    cutout_method: str | None = None
    audio_url: str | None = None
    audio_key: str | None = None
    stages: list[StageRun] = field(default_factory=list)
    calls: list[ProviderCall] = field(default_factory=list)
    warnings: list[RenderWarning] = field(default_factory=list)

    def to_wire(self) -> dict[str, Any]:
        return {
            "cutoutUrl": self.cutout_url,
            "cutoutKey": self.cutout_key,
            "cutoutMethod": self.cutout_method,
            "audioUrl": self.audio_url,
            "audioKey": self.audio_key,
            "stages": [s.to_wire() for s in self.stages],
            "calls": calls_to_wire(self.calls),
            "warnings": warnings_to_wire(self.warnings),
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> PreparedAssets:
        return cls(
            cutout_url=data.get("cutoutUrl"),
            cutout_key=data.get("cutoutKey"),
            cutout_method=data.get("cutoutMethod"),
            audio_url=data.get("audioUrl"),
            audio_key=data.get("audioKey"),
            stages=[StageRun.from_wire(s) for s in data.get("stages", [])],
            calls=calls_from_wire(data.get("calls", [])),
            warnings=warnings_from_wire(data.get("warnings", [])),
        )


@dataclass
class SceneOutput:
    """One scene's scene passes per aspect (or its marked fallbacks) and how they were made.

    ``keys[aspect]`` is the key of the clip in ``clips[aspect]``: the real scene-pass key, or a
    fallback key when the scene failed, so an assembly over a fallback is never mistaken for
    the real one.
    """

    scene_id: str
    clips: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    stages: list[StageRun] = field(default_factory=list)
    calls: list[ProviderCall] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # aspect -> what went wrong
    warnings: list[RenderWarning] = field(default_factory=list)  # e.g. a stand-in clip per aspect
    seconds: float = 0.0
    # aspect -> where each text and product of the scene went (LayoutBox wire dicts, timed from
    # the scene's start, in px of the export as rendered); what the render fixed for pre-flight.
    layout: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    fixes: list[RenderFix] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        """The scene's error for the marketer (the first aspect's; they are usually the same)."""
        return next(iter(self.errors.values()), None)

    def merge(self, other: SceneOutput) -> SceneOutput:
        """Combine the outputs of the same scene rendered one aspect at a time."""
        if other.scene_id != self.scene_id:
            raise ValueError(f"cannot merge {other.scene_id} into {self.scene_id}")
        return SceneOutput(
            scene_id=self.scene_id,
            clips={**self.clips, **other.clips},
            keys={**self.keys, **other.keys},
            stages=self.stages + other.stages,
            calls=self.calls + other.calls,
            errors={**self.errors, **other.errors},
            warnings=self.warnings + other.warnings,
            seconds=self.seconds + other.seconds,
            layout={**self.layout, **other.layout},
            fixes=self.fixes + other.fixes,
        )

    def to_wire(self) -> dict[str, Any]:
        return {
            "sceneId": self.scene_id,
            "clips": dict(self.clips),
            "keys": dict(self.keys),
            "stages": [s.to_wire() for s in self.stages],
            "calls": calls_to_wire(self.calls),
            "errors": dict(self.errors),
            "error": self.error,
            "warnings": warnings_to_wire(self.warnings),
            "seconds": round(self.seconds, 3),
            "layout": dict(self.layout),
            "fixes": fixes_to_wire(self.fixes),
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> SceneOutput:
        return cls(
            scene_id=data["sceneId"],
            clips=dict(data.get("clips", {})),
            keys=dict(data.get("keys", {})),
            stages=[StageRun.from_wire(s) for s in data.get("stages", [])],
            calls=calls_from_wire(data.get("calls", [])),
            errors=dict(data.get("errors", {})),
            warnings=warnings_from_wire(data.get("warnings", [])),
            seconds=float(data.get("seconds", 0.0)),
            layout=dict(data.get("layout", {})),
            fixes=fixes_from_wire(data.get("fixes", [])),
        )


@dataclass
class RenderReport:
    """The whole render: every stage that ran or was reused, provider calls, cost and time."""

    project_id: str
    version: int
    quality: str
    stages: list[StageRun] = field(default_factory=list)
    calls: list[ProviderCall] = field(default_factory=list)
    exports: dict[str, str] = field(default_factory=dict)
    posters: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # sceneId / "audio" / "assembly 9:16" -> message
    warnings: list[RenderWarning] = field(default_factory=list)
    seconds: float = 0.0
    # The voice-over's subtitle files per export (issue 19): {"9:16": {"srt": url, "vtt": url}}.
    subtitles: dict[str, dict[str, str]] = field(default_factory=dict)
    # Issue 16: preset id -> its export; export key -> {"width", "height", "presets", "boxes":
    # LayoutBox wire dicts timed in the ad}; what the render fixed for pre-flight; the pre-flight
    # report (PreflightReport.to_wire(), final renders only) and what the check took.
    preset_exports: dict[str, str] = field(default_factory=dict)
    layout: dict[str, dict[str, Any]] = field(default_factory=dict)
    fixes: list[RenderFix] = field(default_factory=list)
    preflight: dict[str, Any] | None = None
    preflight_seconds: float = 0.0

    def select(
        self,
        status: StageStatus | None = None,
        stage: str | None = None,
        scene_id: str | None = None,
        aspect: str | None = None,
    ) -> list[StageRun]:
        return [
            s
            for s in self.stages
            if (status is None or s.status == status)
            and (stage is None or s.stage == stage)
            and (scene_id is None or s.scene_id == scene_id)
            and (aspect is None or s.aspect == aspect)
        ]

    def ran(
        self, stage: str | None = None, scene_id: str | None = None, aspect: str | None = None
    ) -> list[StageRun]:
        return self.select(StageStatus.RAN, stage, scene_id, aspect)

    def reused(
        self, stage: str | None = None, scene_id: str | None = None, aspect: str | None = None
    ) -> list[StageRun]:
        return self.select(StageStatus.REUSED, stage, scene_id, aspect)

    @property
    def usd(self) -> float:
        return round(sum(c.usd for c in self.calls), 6)

    @property
    def call_counts(self) -> dict[str, int]:
        return dict(Counter(call_name(c) for c in self.calls))

    def summary(self) -> dict[str, Any]:
        """The compact form kept in the project's ``renderStatus.stages``."""
        counts: dict[str, dict[str, int]] = {}
        for s in self.stages:
            counts.setdefault(s.stage, {}).setdefault(s.status.value, 0)
            counts[s.stage][s.status.value] += 1
        return {
            "quality": self.quality,
            "counts": counts,
            "errors": dict(self.errors),
            "warnings": warnings_to_wire(self.warnings),
            "posters": dict(self.posters),
            "calls": self.call_counts,
            "usd": self.usd,
            "seconds": round(self.seconds, 3),
            "repaired": self.repaired(),
            "layout": dict(self.layout),
            "fixes": fixes_to_wire(self.fixes),
        }

    def repaired(self) -> list[str]:
        """The stored outputs this render found damaged and made again, one sentence each."""
        notes = []
        for run in self.stages:
            if run.note:
                where = " ".join(part for part in (run.scene_id, run.aspect) if part)
                notes.append(f"{where}: {run.note}" if where else run.note)
        return notes

    def layout_events(self) -> dict[str, list[dict[str, Any]]]:
        """The layout as events carry it: export key -> its boxes."""
        return {key: list(entry.get("boxes", [])) for key, entry in self.layout.items()}

    def to_wire(self) -> dict[str, Any]:
        return {
            "projectId": self.project_id,
            "version": self.version,
            "quality": self.quality,
            "stages": [s.to_wire() for s in self.stages],
            "calls": calls_to_wire(self.calls),
            "callCounts": self.call_counts,
            "usd": self.usd,
            "exports": dict(self.exports),
            "posters": dict(self.posters),
            "errors": dict(self.errors),
            "warnings": warnings_to_wire(self.warnings),
            "seconds": round(self.seconds, 3),
            "summary": self.summary(),
            "subtitles": {aspect: dict(files) for aspect, files in self.subtitles.items()},
            "presetExports": dict(self.preset_exports),
            "layout": dict(self.layout),
            "fixes": fixes_to_wire(self.fixes),
            "preflight": self.preflight,
            "preflightSeconds": round(self.preflight_seconds, 3),
        }

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> RenderReport:
        return cls(
            project_id=data["projectId"],
            version=int(data["version"]),
            quality=data["quality"],
            stages=[StageRun.from_wire(s) for s in data.get("stages", [])],
            calls=calls_from_wire(data.get("calls", [])),
            exports=dict(data.get("exports", {})),
            posters=dict(data.get("posters", {})),
            errors=dict(data.get("errors", {})),
            warnings=warnings_from_wire(data.get("warnings", [])),
            seconds=float(data.get("seconds", 0.0)),
            subtitles={a: dict(f) for a, f in (data.get("subtitles") or {}).items()},
            preset_exports=dict(data.get("presetExports", {})),
            layout=dict(data.get("layout", {})),
            fixes=fixes_from_wire(data.get("fixes", [])),
            preflight=data.get("preflight"),
            preflight_seconds=float(data.get("preflightSeconds", 0.0)),
        )


@dataclass
class RenderOutcome:
    """The rendered project (status, exports, cost updated) and the report of the render."""

    project: AdProject
    report: RenderReport

    def to_wire(self) -> dict[str, Any]:
        return {"project": self.project.to_wire(), "report": self.report.to_wire()}

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> RenderOutcome:
        return cls(AdProject.from_wire(data["project"]), RenderReport.from_wire(data["report"]))
