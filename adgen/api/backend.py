"""The one place where the API calls into the rest of adgen (the adapter).

The API is a thin front end over the same pieces the chat uses: the project store, the typed
edit operations (:mod:`adgen.tools`), the agent's actions (planner, cost estimate) and
understanding (a brief read like the chat reads it), the chat session for natural-language
messages, and the render service with its progress events. Every call into those modules is in
this file, so when they move only this file is re-pointed.

Every read is owner-checked (``ProjectStore.get``); the API never reads past the owner check.

One API request is one step of the project's history: its operations are checked in memory
first, recorded under one undo group (the same ``group`` the chat gives one message's edits,
:class:`adgen.agent.actions.Turn`), and stored with ``save_versions`` in one transaction.

Two things are made here because no public function did them yet: :func:`render_plan` (what a
render would run, from the pipeline's content keys and the media store; no key is computed
here) and the link from a render to its assembly job (:meth:`Backend.assembly_job_id`), which the
API's follow-up job waits for.
"""

from __future__ import annotations

import logging
import secrets
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from adgen.project import AdProject, ProductAsset
from adgen.settings import Settings
from adgen.store.media import MediaStore, open_media_store
from adgen.store.projects import ProjectStore, VersionConflict, open_project_store
from adgen.tools.apply import EditError, EditResult, apply_operation

log = logging.getLogger(__name__)

API_CHANNEL = "api"
QUALITIES = ("draft", "final")
_SESSION_CACHE = 64


class BackendError(ValueError):
    """An action the pieces underneath refused; the message is written for the API's client."""


@dataclass
class EditOutcome:
    """What applying a list of operations did (or, in a dry run, would do)."""

    before: AdProject
    after: AdProject
    changes: list[str]
    stale: dict[str, Any]  # what the next render re-does: changed_stages()
    saved: bool
    created: AdProject | None = None


@dataclass
class RenderPlan:
    """What a render of one version would run now, and what it may cost."""

    quality: str
    aspects: list[str]
    stale_scenes: dict[str, list[str]] = field(default_factory=dict)  # scene id -> aspects to render
    backgrounds: list[str] = field(default_factory=list)  # scenes whose background would be generated
    project_stages: list[str] = field(default_factory=list)  # cutout / audio
    assemblies: list[str] = field(default_factory=list)  # aspects whose final video would be made
    estimated_usd: float = 0.0

    def to_wire(self) -> dict[str, Any]:
        return {
            "quality": self.quality,
            "aspects": self.aspects,
            "staleScenes": self.stale_scenes,
            "backgrounds": self.backgrounds,
            "projectStages": self.project_stages,
            "assemblies": self.assemblies,
            "upToDate": not (self.stale_scenes or self.project_stages or self.assemblies),
            "estimatedCostUsd": self.estimated_usd,
        }


class Backend:
    """The stores, the render service and the chat sessions of one API process."""

    def __init__(self, settings: Settings) -> None:
        from adgen.jobs.local_redis import redis_reachable

        self.settings = settings
        self.projects: ProjectStore = open_project_store(settings)
        self.media: MediaStore = open_media_store(settings)
        self.redis_url: str | None = settings.redis_url if redis_reachable(settings.redis_url) else None
        self._renders: Any = None
        self._sessions: OrderedDict[tuple[str, str], Any] = OrderedDict()

    @property
    def queued(self) -> bool:
        """True when renders go through the Redis job queue (webhooks and batches need it)."""
        return self.redis_url is not None

    @property
    def renders(self) -> Any:
        if self._renders is None:
            from adgen.jobs.service import get_render_service

            self._renders = get_render_service(self.settings)
        return self._renders

    # --- projects -----------------------------------------------------------------------------
    def _actions(self, owner: str) -> Any:
        """The chat's actions, acting for ``owner`` (never rendering on their own)."""
        from adgen.agent.actions import ProjectActions
        from adgen.agent.context import AgentContext

        ctx = AgentContext(
            settings=self.settings,
            owner=owner,
            conversation_id="api",
            channel=API_CHANNEL,
            projects=self.projects,
            media=self.media,
            auto_render=False,
            render_service=self._renders,
        )
        return ProjectActions(ctx)

    async def create_project(
        self, owner: str, text: str, fields: dict[str, Any], asset: ProductAsset | None
    ) -> AdProject:
        """Plan a new ad from a brief and store it as version 1, as the chat does.

        The brief is read by the chat's own understanding (length, mood, brand, product, call
        to action, the scenes it lists); ``fields`` given explicitly override what it read. The
        planner is the chat's.
        """
        import dataclasses

        from adgen.agent.actions import ActionError, Turn
        from adgen.agent.understanding import parse_message
        from adgen.pipeline.types import Brief

        parsed = parse_message(text, None, has_attachment=asset is not None).brief or Brief(text=text)
        brief = dataclasses.replace(parsed, text=text, **fields)
        turn = Turn(attachments=[asset.model_dump(by_alias=True)] if asset else [])
        try:
            await self._actions(owner).create_project(turn, brief)
        except ActionError as exc:
            raise BackendError(str(exc)) from exc
        return self.projects.get(turn.project_id, owner=owner)

    def apply(
        self,
        owner: str,
        project_id: str,
        operations: list[Any],
        *,
        expected_version: int | None,
        dry_run: bool = False,
    ) -> EditOutcome:
        """Apply typed operations in order, all or none: checked in memory first, then stored as
        one request (one undo group, one transaction).

        ``expected_version``: the version the client edited (VersionConflict if it moved on).
        A ``create_variation`` must come alone and stores a new project.
        """
        from adgen.agent.actions import describe_operation

        before = self.projects.get(project_id, owner=owner)
        if expected_version is not None and before.version != expected_version:
            raise VersionConflict(project_id, expected_version, before.version)
        # The request's undo group, named like the chat's (request @ the version it started from).
        group = f"api-{secrets.token_hex(6)}@v{before.version}"
        versions = {before.version: before}

        def load_version(n: int) -> AdProject:
            return versions[n] if n in versions else self.projects.get(project_id, owner=owner, version=n)

        current, made, changes = before, [], []
        for op in operations:
            result = self._applied(current, op, load_version, group)
            if result.is_new_project:
                if len(operations) != 1:
                    raise BackendError("create_variation must be the only operation of its request.")
                created = result.project if dry_run else self._store_new(result)
                changes.append(f"Made variation “{op.label}” ({created.project_id}) of {project_id}")
                stale = self.changed_stages(before, created)
                return EditOutcome(before, before, changes, stale, not dry_run, created)
            if result.changed:
                changes.append(describe_operation(op, current, result.project))
                made.append(result.project)
                current = result.project
                versions[current.version] = current
        stale = self.changed_stages(before, current)
        if dry_run or not made:
            return EditOutcome(before, current, changes, stale, saved=False)
        current = self.projects.save_versions(made, expected_version=before.version)
        return EditOutcome(before, current, changes, stale, saved=True)

    @staticmethod
    def _applied(
        project: AdProject, op: Any, load_version: Any = None, group: str | None = None
    ) -> EditResult:
        try:
            return apply_operation(project, op, load_version=load_version, group=group)
        except EditError as exc:
            raise BackendError(str(exc)) from exc

    def _store_new(self, result: EditResult) -> AdProject:
        """A variation stored with every version it went through, so undo works inside it."""
        first, *later = [*result.earlier_versions, result.project]
        stored = self.projects.create(first)
        return self.projects.save_versions(later, expected_version=first.version) if later else stored

    def create_variation(self, template: AdProject, operation: Any) -> AdProject:
        """A variation of one given version (a batch row's), stored as a new project."""
        return self._store_new(self._applied(template, operation))

    def changed_stages(self, before: AdProject, after: AdProject) -> dict[str, Any]:
        """What a render of ``after`` makes anew once ``before`` is rendered, read off the
        pipeline's content keys (the render decides by them alone): per scene the stages whose
        key changed or is new (the same in every aspect), and the project's own (cut-out, music).
        The assembly is re-done whenever anything is, so it is not listed."""
        from adgen.pipeline.keys import project_keys
        from adgen.pipeline.providers import providers_for

        providers = providers_for(self.settings)
        old = project_keys(before, "draft", providers).flat()  # type: ignore[arg-type]
        new = project_keys(after, "draft", providers).flat()  # type: ignore[arg-type]
        scenes: dict[str, set[str]] = {}
        project: set[str] = set()
        for name, key in new.items():
            if old.get(name) == key or name.startswith("assembly/"):
                continue
            parts = name.split("/")
            if len(parts) == 3:
                scenes.setdefault(parts[0], set()).add(parts[2])
            else:
                project.add(parts[0])
        return {"scenes": {k: sorted(v) for k, v in scenes.items()}, "project": sorted(project)}

    # --- renders ------------------------------------------------------------------------------
    def start_render(self, project: AdProject, quality: str) -> str:
        """Queue a render of one stored version, as its owner; its render id."""
        return str(
            self.renders.start_render(
                project.project_id, project.version, owner=project.owner, quality=quality
            )
        )

    def render_plan(self, project: AdProject, quality: str, aspects: list[str] | None) -> RenderPlan:
        """What rendering ``project`` now would run, from the pipeline's content keys.

        A stage counts as stale when nothing is stored under its key, the same test the renderer
        makes before it runs a stage. The cost is the agent's own estimate (an upper bound).
        """
        from adgen.pipeline.keys import media_key, project_keys
        from adgen.pipeline.prepare import AUDIO_SUFFIXES
        from adgen.pipeline.providers import providers_for
        from adgen.pipeline.stages import (
            STAGE_ASSEMBLY,
            STAGE_AUDIO,
            STAGE_BACKGROUND,
            STAGE_CUTOUT,
            STAGE_SCENE_PASS,
        )

        chosen = list(aspects or project.aspect_ratios)
        keys = project_keys(project, quality, providers_for(self.settings), chosen)  # type: ignore[arg-type]
        plan = RenderPlan(quality=quality, aspects=chosen)

        def stored(stage: str, key: str, *suffixes: str) -> bool:
            return any(self.media.find(media_key(stage, key, suffix)) for suffix in suffixes)

        if keys.cutout and not stored(STAGE_CUTOUT, keys.cutout, "png"):
            plan.project_stages.append(STAGE_CUTOUT)
        if not stored(STAGE_AUDIO, keys.audio, *AUDIO_SUFFIXES):
            plan.project_stages.append(STAGE_AUDIO)
        for scene_id, by_aspect in keys.scenes.items():
            missing = [a for a, k in by_aspect.items() if not stored(STAGE_SCENE_PASS, k.scene_pass, "mp4")]
            if missing:
                plan.stale_scenes[scene_id] = missing
                if any(not stored(STAGE_BACKGROUND, by_aspect[a].background, "mp4") for a in missing):
                    plan.backgrounds.append(scene_id)
        plan.assemblies = [a for a, k in keys.assembly.items() if not stored(STAGE_ASSEMBLY, k, "mp4")]
        plan.estimated_usd = self.estimate_usd(project, quality)
        return plan

    def estimate_usd(self, project: AdProject, quality: str) -> float:
        """The agent's estimate of a render on the cloud providers (0 when they are off)."""
        from adgen.agent.actions import Turn

        turn = Turn(renders={project.project_id: {"version": project.version, "quality": quality}})
        return float(self._actions(project.owner).estimate_usd(turn))

    @contextmanager
    def _event_log(self) -> Iterator[Any]:
        """The queue's render snapshots and events (Redis), closed after use."""
        from adgen.jobs.events import RedisEventLog

        events = RedisEventLog.from_url(self.redis_url)  # type: ignore[arg-type]
        try:
            yield events
        finally:
            events.redis.close()

    def render_state(self, project_id: str, render_id: str | None = None) -> dict[str, Any] | None:
        """The latest progress event of a render of this project (its current one by default)."""
        if self.queued:
            with self._event_log() as events:
                if render_id and events.render_info(render_id).get("projectId") != project_id:
                    return None
                latest = events.latest(project_id, render_id)
                info = events.render_info(latest.render_id) if latest else {}
            if latest is None:
                return None
            return {**latest.to_wire(), "renderState": info.get("state"), "quality": info.get("quality")}
        latest = self.renders.bus.latest(project_id, render_id)
        return {**latest.to_wire(), "renderState": latest.state} if latest else None

    async def events(
        self, project_id: str, *, render_id: str | None, since: str | None, follow: bool
    ) -> AsyncIterator[Any]:
        """The project's progress events (what the chat shows), from catch-up or ``since`` on."""
        if self.queued:
            from adgen.jobs.events import subscribe

            stream = subscribe(self.redis_url, project_id, since=since, render_id=render_id, follow=follow)  # type: ignore[arg-type]
        else:
            stream = self.renders.bus.subscribe(project_id, render_id=render_id, follow=follow)
        try:
            async for event in stream:
                yield event
        finally:
            await stream.aclose()

    def final_event(self, render_id: str) -> Any:
        """The render's terminal event (None while it runs); worker side, queue only."""
        with self._event_log() as events:
            return events.final(render_id)

    def assembly_job_id(self, render_id: str) -> str | None:
        """The RQ job that ends a queued render (the last one to run); None for an unknown render."""
        with self._event_log() as events:
            job_ids = events.render_info(render_id).get("jobIds", "").split(",")
        return next((j for j in job_ids if j.startswith("asm-")), None)

    def render_target(self, render_id: str) -> tuple[str, int] | None:
        """(project id, version) of a queued render, None when unknown."""
        with self._event_log() as events:
            info = events.render_info(render_id)
        return (info["projectId"], int(info["version"])) if info.get("projectId") else None

    def queue_name(self) -> str:
        from adgen.jobs.queue import QUEUE_NAME

        return QUEUE_NAME

    # --- conversation -------------------------------------------------------------------------
    async def send_message(self, owner: str, project_id: str, text: str) -> Any:
        """One natural-language message about a project, through the chat's own session.

        One conversation per owner and project (logged under the ``api`` channel like any
        other); the session is kept on the project named in the URL.
        """
        from adgen.agent.session import ChatSession

        self.projects.get(project_id, owner=owner)  # 404 before a conversation is opened
        key = (owner, project_id)
        session = self._sessions.pop(key, None)
        if session is None:
            session = ChatSession.open(
                settings=self.settings,
                owner=owner,
                conversation_id=f"{owner}-{project_id}",
                channel=API_CHANNEL,
                render_service=self.renders,
                auto_render=False,
            )
        self._sessions[key] = session
        while len(self._sessions) > _SESSION_CACHE:
            _, old = self._sessions.popitem(last=False)
            await old.close()
        session.project_id = project_id
        return await session.send(text)

    async def close(self) -> None:
        for session in list(self._sessions.values()):
            await session.close()
        self._sessions.clear()

    # --- product images ----------------------------------------------------------------------
    def product_asset(self, data: bytes, filename: str | None) -> ProductAsset:
        """An uploaded image checked like the chat's attachments and stored; UploadRejected if not usable."""
        from adgen.store.uploads import store_upload, validate_image_upload

        checked = validate_image_upload(
            data,
            filename=filename,
            max_bytes=self.settings.max_upload_bytes,
            max_pixels=self.settings.max_upload_pixels,
        )
        return store_upload(checked, self.media)

    def fetch_image(self, url: str) -> tuple[bytes, str]:
        """An image link read through the safe fetcher (public addresses only); FetchError if not."""
        from adgen.product_page.fetch import SafeFetcher

        fetched = SafeFetcher.from_settings(self.settings).fetch_image(url)
        return fetched.data, fetched.final_url.rsplit("/", 1)[-1]

    def is_stored_upload(self, asset: ProductAsset) -> bool:
        """True when an asset names an image stored by this server (never an arbitrary path)."""
        try:
            key = self.media.key_of(asset.source_url)
        except ValueError:
            return False
        return key.startswith("blobs/") and asset.checksum in key and self.media.exists(asset.source_url)

    # --- media links --------------------------------------------------------------------------
    def media_token(self, owner: str, project_id: str, url: str) -> str:
        """The sealed grant of one stored file (the web chat's token, under the same secret)."""
        from adgen.store.media_grants import MediaGrant, seal_grant

        return seal_grant(MediaGrant(owner, project_id, url), self.link_secret())

    def media_grant(self, token: str) -> tuple[str, str, str] | None:
        """(owner, project id, url) of a media token made by this server, else None."""
        from adgen.store.media_grants import MediaLinkError, open_grant

        try:
            grant = open_grant(token, self.link_secret())
        except MediaLinkError:
            return None
        return grant.owner, grant.project_id, grant.url

    def media_target(self, url: str) -> Any:
        """A local path to stream, or a presigned https URL to redirect to (S3)."""
        if url.startswith("s3://"):
            return self.media.browser_url(url)
        return self.media.local_path(url)

    def link_secret(self) -> str:
        """The instance secret the web chat keeps (rotating it ends every media link, the API's too)."""
        from adgen.web.auth import ensure_auth_secret

        return ensure_auth_secret(self.settings)


__all__ = ["Backend", "BackendError", "EditOutcome", "RenderPlan"]
