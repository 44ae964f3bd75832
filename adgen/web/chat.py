"""The web chat's conversation controller: a ChatSession shown through Chainlit.

One :class:`WebChat` per browser conversation. It hands what the marketer typed and attached
to the channel-agnostic :class:`~adgen.agent.session.ChatSession` and shows the reply: the plan
as a scene table, live render progress (a message and a task list updated in place, scene
previews as they finish), the finished videos with download links and the render report, and
buttons for the next step. Render progress comes from the job events, relayed by one asyncio
task per project started from the handler (so it runs in this chat's Chainlit context); the
tasks are cancelled when the marketer presses stop or leaves. Blocking store reads run in
threads; nothing here ever shows a stack trace to the marketer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import aclosing
from pathlib import Path
from typing import Any

import chainlit as cl

from adgen.agent.reply import ExportsPart, PlanPart, PreflightPart, ProjectsPart, ReplyPart
from adgen.pipeline.stages import STAGE_CUTOUT, STAGE_PREPARE
from adgen.preflight.report import summary_of
from adgen.project import MASTER_ASPECT, AdProject
from adgen.settings import Settings
from adgen.store.projects import ProjectStore, StoreError, open_project_store
from adgen.web.media_routes import media_link
from adgen.web.render_views import (
    ProgressBoard,
    aspect_slug,
    export_filename,
    ordered_exports,
    plan_markdown,
    preflight_markdown,
    projects_markdown,
    render_report_markdown,
    role_label,
)
from adgen.web.safe_text import escape_markdown, redact_paths

log = logging.getLogger(__name__)

UPDATE_EVERY_SEC = 0.4
RESUME_DELAY_SEC = 0.5
RELAY_RETRIES = 10
CURRENT_PROJECT_KEY = "adgen_project_id"
CHANNEL = "web"
SORRY = "Sorry, something went wrong on my side while doing that. Please try again."

# Button name -> what pressing it says to the conversation (so the log and replay see it).
ACTION_TEXT = {
    "adgen_render": "render",
    "adgen_render_final": "render final",
    "adgen_undo": "undo",
    "adgen_variant": "make an A/B variant with a different hook",
}


class WebChat:
    """One browser conversation (one Chainlit thread) of one signed-in user."""

    def __init__(self, settings: Settings, session: Any, owner: str, thread_id: str):
        self.settings = settings
        self.session = session
        self.owner = owner
        self.thread_id = thread_id
        self.relays: dict[str, asyncio.Task] = {}
        self.background: set[asyncio.Task] = set()
        self.shown_plan: dict[str, int] = {}
        self._projects: ProjectStore | None = None

    # --- opening --------------------------------------------------------------------------------
    @classmethod
    async def open(cls, settings: Settings, owner: str, thread_id: str) -> WebChat:
        from adgen.agent.session import ChatSession

        session = await cl.make_async(_open_session)(ChatSession, settings, owner, thread_id)
        return cls(settings, session, owner, thread_id)

    @property
    def projects(self) -> ProjectStore:
        if self._projects is None:
            self._projects = open_project_store(self.settings)
        return self._projects

    async def load(self, project_id: str, version: int | None = None) -> AdProject | None:
        try:
            return await cl.make_async(self.projects.get)(project_id, owner=self.owner, version=version)
        except StoreError:
            return None

    # --- links ----------------------------------------------------------------------------------
    def link(self, project_id: str, url: str, filename: str, *, download: bool = False) -> str:
        """A browser link for stored media: presigned S3 links as they are, else our route."""
        if url.startswith(("http://", "https://")):
            return url
        return media_link(self.owner, project_id, url, filename, download=download)

    # --- one message ----------------------------------------------------------------------------
    async def handle(self, text: str, attachments: list[str] | None = None) -> None:
        reply = await self.session.send(text, attachments=attachments or [])
        await self.show_reply(reply)

    async def confirm(self, approved: bool) -> None:
        reply = await self.session.confirm(approved)
        await self.show_reply(reply)

    async def show_reply(self, reply: Any) -> None:
        """The reply's parts, each the web's way: a plan as a scene table, a project list with
        thumbnails, videos as download links, everything else as its words."""
        project: AdProject | None = reply.project
        if reply.error:
            await cl.Message(content=redact_paths(reply.text or "") or SORRY).send()
            return
        blocks = [await self._part_markdown(part, project) for part in reply.parts]
        if self._plan_is_new(reply, project) and project is not None:
            blocks.append(self._plan(project))
        content = "\n\n".join(block.strip() for block in blocks if block and block.strip())
        await cl.Message(content=content or "Done.", actions=self._reply_actions(reply, project)).send()
        self._remember_current()
        if reply.render_ids:
            for project_id in reply.touched or ([project.project_id] if project else []):
                await self.follow(project_id)

    def _reply_actions(self, reply: Any, project: AdProject | None) -> list[cl.Action]:
        """Yes / No for a cost question; Render for a draft that no render is on its way for."""
        if reply.needs_confirmation:
            return [
                cl.Action(
                    name="adgen_confirm", payload={"approved": True}, label="Yes, render it", icon="check"
                ),
                cl.Action(name="adgen_confirm", payload={"approved": False}, label="No", icon="x"),
            ]
        if (
            project is not None
            and not reply.render_ids
            and project.render_status.state in ("draft", "failed")
        ):
            return [cl.Action(name="adgen_render", payload={}, label="Render", icon="play")]
        return []

    async def _part_markdown(self, part: ReplyPart, project: AdProject | None) -> str:
        if isinstance(part, PlanPart):
            if project is not None and part.project_id == project.project_id:
                return self._plan(project)
            return part.text
        if isinstance(part, ProjectsPart):
            return await self.projects_view(part.projects)
        if isinstance(part, ExportsPart):
            return self._exports_markdown(part, project)
        if isinstance(part, PreflightPart):
            return preflight_markdown(part.summary)
        return redact_paths(part.text)

    def _plan(self, project: AdProject) -> str:
        self.shown_plan[project.project_id] = project.version
        return plan_markdown(project)

    def _plan_is_new(self, reply: Any, project: AdProject | None) -> bool:
        """A version of the plan this chat has not shown yet (after an edit), unless the reply
        shows one itself."""
        return (
            project is not None
            and self.shown_plan.get(project.project_id) != project.version
            and project.project_id in (reply.touched or [project.project_id])
            and reply.part(PlanPart) is None
        )

    def _exports_markdown(self, part: ExportsPart, project: AdProject | None) -> str:
        """The videos as download links, never server paths."""
        named = project if project is not None and project.project_id == part.project_id else None
        links = []
        for aspect, url in part.exports.items():
            filename = (
                export_filename(named, aspect) if named else f"{part.project_id}-{aspect_slug(aspect)}.mp4"
            )
            links.append(f"[{aspect}]({self.link(part.project_id, url, filename, download=True)})")
        return "Videos: " + " · ".join(links)

    def _remember_current(self) -> None:
        """Keep the current project in the thread's metadata (Chainlit persists the user
        session with the thread), so a resumed chat continues with the ad picked last."""
        cl.user_session.set(CURRENT_PROJECT_KEY, self.session.project_id)

    async def projects_view(self, summaries: list[dict[str, Any]] | None = None) -> str:
        if summaries is None:
            listed = await cl.make_async(self.projects.list_projects)(self.owner)
            summaries = [s.model_dump(by_alias=True, mode="json") for s in listed]

        def thumbnail(summary: dict[str, Any]) -> str | None:
            poster = summary.get("posterUrl")
            if not poster:
                return None
            suffix = Path(poster.split("?")[0]).suffix or ".jpg"
            return self.link(summary["projectId"], poster, f"{summary['projectId']}-poster{suffix}")

        return projects_markdown(summaries, thumbnail)

    async def show_projects(self) -> None:
        await cl.Message(content=await self.projects_view()).send()

    async def open_project(self, project_id: str) -> None:
        """Make one of the user's own projects the conversation's current one ("/open p_…")."""
        from adgen.store.projects import ProjectNotFound

        project = await self.load(project_id)
        if project is None:
            await cl.Message(content=str(ProjectNotFound(project_id))).send()
            return
        self.session.project_id = project.project_id
        self._remember_current()
        self.shown_plan[project.project_id] = project.version
        lines = [
            f"Now working on `{project.project_id}`, version {project.version}. Further edits go to it.",
            plan_markdown(project),
        ]
        await cl.Message(content="\n\n".join(lines)).send()
        if project.render_status.state in ("queued", "rendering"):
            await self.follow(project.project_id)

    # --- following a render ---------------------------------------------------------------------
    async def follow(self, project_id: str) -> None:
        """Start relaying this project's render progress (replacing an older relay)."""
        project = await self.load(project_id)
        if project is None:
            return
        old = self.relays.pop(project_id, None)
        if old is not None and not old.done():
            old.cancel()
        task = asyncio.create_task(self._relay(project))
        self.relays[project_id] = task
        task.add_done_callback(lambda t, pid=project_id: self._forget(pid, t))

    def _forget(self, project_id: str, task: asyncio.Task) -> None:
        if self.relays.get(project_id) is task:
            del self.relays[project_id]

    def in_background(self, work: Any) -> asyncio.Task:
        """Run a coroutine beside the handler (a reference is kept until it ends)."""
        task = asyncio.create_task(work)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        return task

    async def stop(self) -> None:
        for task in [*self.relays.values(), *self.background]:
            task.cancel()
        self.relays.clear()

    async def close(self) -> None:
        """The browser left: stop following renders (they go on) and release the session."""
        await self.stop()
        try:
            await self.session.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            log.exception("closing the chat session of thread %s", self.thread_id)

    async def _relay(self, project: AdProject) -> None:
        board = ProgressBoard(project)
        message = cl.Message(content=board.markdown())
        await message.send()
        tasklist = cl.TaskList(status="Rendering…")
        await self._update_tasks(tasklist, board)
        failures = 0
        try:
            while not board.finished:
                seen = board.events_seen
                try:
                    async with aclosing(self.session.events(project.project_id)) as events:
                        await self._follow_events(events, project, board, message, tasklist)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # a dropped subscription: the render goes on, so follow again
                    log.warning("following the render of %s: %r; subscribing again", project.project_id, exc)
                if board.finished:
                    break
                failures = 0 if board.events_seen > seen else failures + 1
                if failures > RELAY_RETRIES:
                    await cl.Message(
                        content="I lost track of the render's progress. Say “status” to check on it."
                    ).send()
                    return
                await asyncio.sleep(min(2.0, 0.2 * (failures + 1)))
        except asyncio.CancelledError:
            message.content = board.markdown() + "\n\n_Stopped following this render._"
            await message.update()
            raise
        message.content = board.markdown()
        await message.update()
        await self._update_tasks(tasklist, board)
        if project.product_asset is not None and not board.shown_cutout:
            await self._show_cutout_after(project, board, message.id)
        await self.show_results(project.project_id, board)

    async def _follow_events(
        self,
        events: Any,
        project: AdProject,
        board: ProgressBoard,
        message: cl.Message,
        tasklist: cl.TaskList,
    ) -> None:
        last = 0.0
        async for event in events:
            if not board.apply(event):
                continue
            for scene_id, aspect, url in board.take_previews():
                if aspect == MASTER_ASPECT:
                    await cl.Video(
                        url=self.link(project.project_id, url, f"preview-{scene_id}.mp4"),
                        name=f"Scene {_scene_number(project, scene_id)} preview",
                        display="inline",
                        size="small",
                    ).send(for_id=message.id)
            if not board.shown_cutout and board.cutout_url and event.stage in (STAGE_CUTOUT, STAGE_PREPARE):
                board.shown_cutout = await self._show_cutout(project.project_id, board.cutout_url, message.id)
            now = time.monotonic()
            if board.finished or now - last >= UPDATE_EVERY_SEC:
                last = now
                message.content = board.markdown()
                await message.update()
                await self._update_tasks(tasklist, board)

    async def _update_tasks(self, tasklist: cl.TaskList, board: ProgressBoard) -> None:
        status = {
            "ready": cl.TaskStatus.READY,
            "running": cl.TaskStatus.RUNNING,
            "done": cl.TaskStatus.DONE,
            "failed": cl.TaskStatus.FAILED,
        }
        tasklist.tasks = [cl.Task(title=title, status=status[state]) for title, state in board.tasks()]
        tasklist.status = {
            "queued": "Waiting for a worker…",
            "running": f"Rendering {board.fraction:.0%}",
            "done": "Done",
            "failed": "Failed",
            "cancelled": "Cancelled",
        }[board.state]
        await tasklist.send()

    async def _show_cutout_after(self, project: AdProject, board: ProgressBoard, message_id: str) -> None:
        """The cut-out the events reported, else the one the render recorded in the document."""
        rendered = await self.load(project.project_id, project.version)
        asset = rendered.product_asset if rendered is not None else None
        cutout = board.cutout_url or (asset.masked_url if asset is not None else None)
        if cutout:
            await self._show_cutout(project.project_id, cutout, message_id)

    async def _show_cutout(self, project_id: str, url: str, message_id: str) -> bool:
        """The product cut-out the render reported, under the progress message."""
        await cl.Image(
            url=self.link(project_id, url, "product-cutout.png"),
            name="Product cut-out",
            display="inline",
            size="small",
        ).send(for_id=message_id)
        return True

    # --- results --------------------------------------------------------------------------------
    async def show_results(self, project_id: str, board: ProgressBoard) -> None:
        project = await self.load(project_id, board.version)
        if project is None:
            return
        if board.state != "done" or not project.aspect_exports:
            reason = redact_paths(board.error or project.render_status.error or "the render did not finish")
            await cl.Message(
                content=f"The render of version {project.version} did not finish: {reason}. "
                "Press Render to try again, or change the scene that failed.",
                actions=[cl.Action(name="adgen_render", payload={}, label="Render", icon="play")],
            ).send()
            return
        exports = ordered_exports(project)
        downloads = {
            aspect: self.link(project_id, url, export_filename(project, aspect), download=True)
            for aspect, url in exports
        }
        videos = [
            cl.Video(
                url=self.link(project_id, url, export_filename(project, aspect)),
                name=f"{aspect}",
                display="inline",
            )
            for aspect, url in exports
        ]
        report = render_report_markdown(
            project,
            reused=board.reused_scenes(),
            rendered=board.rendered_scenes(),
            download_links=downloads,
            warnings=board.warnings,
            link=lambda url, name: self.link(project_id, url, name),
            preflight=board.preflight or summary_of(project.preflight),
        )
        actions = [
            cl.Action(name="adgen_undo", payload={"projectId": project_id}, label="Undo", icon="undo-2"),
            cl.Action(
                name="adgen_variant",
                payload={"projectId": project_id},
                label="Make an A/B variant",
                icon="split",
            ),
        ]
        if (project.render_status.stages or {}).get("quality") != "final":
            actions.insert(
                0,
                cl.Action(
                    name="adgen_render_final",
                    payload={"projectId": project_id},
                    label="Render in full quality",
                    icon="clapperboard",
                ),
            )
        await cl.Message(content=report, elements=videos, actions=actions).send()
        if project.variation.is_variation and project.variation.parent_project_id:
            await self.show_pair(project)

    async def show_pair(self, variant: AdProject) -> None:
        """The variant beside its original, each with a button to keep it."""
        original = await self.load(variant.variation.parent_project_id or "")
        if original is None:
            return
        label = escape_markdown(variant.variation.label or "B")
        pair = [("A", original, "original"), ("B", variant, f"variant “{label}”")]
        elements, lines, actions = [], [], []
        for letter, project, what in pair:
            url = project.aspect_exports.get(MASTER_ASPECT)
            if url:
                elements.append(
                    cl.Video(
                        url=self.link(project.project_id, url, export_filename(project, MASTER_ASPECT)),
                        name=f"{letter}: {project.project_id}",
                        display="inline",
                    )
                )
            lines.append(f"**{letter}** — {what} (`{project.project_id}` v{project.version})")
            actions.append(
                cl.Action(
                    name="adgen_pick",
                    payload={"projectId": project.project_id},
                    label=f"Pick {letter}: this one",
                    icon="check",
                )
            )
        await cl.Message(
            content="**A/B comparison** (left: A, right: B)  \n" + "  \n".join(lines),
            elements=elements,
            actions=actions,
        ).send()

    # --- coming back ----------------------------------------------------------------------------
    async def resume(self) -> None:
        """After a reload: say where the conversation stands and follow a render still running.

        Chainlit replaces the page's messages with the stored thread right after on_chat_resume
        returns, so what we say is sent a moment later, after that.
        """
        await asyncio.sleep(RESUME_DELAY_SEC)
        picked = cl.user_session.get(CURRENT_PROJECT_KEY)
        if picked and picked != self.session.project_id and await self.load(picked) is not None:
            self.session.project_id = picked
        project = await cl.make_async(lambda: self.session.project)()
        if project is None:
            return
        self.shown_plan[project.project_id] = project.version
        state = project.render_status.state
        await cl.Message(
            content=f"Welcome back. We were working on `{project.project_id}` "
            f"({escape_markdown(project.brand.name or 'your ad')}), version {project.version}: "
            f"render {state.replace('_', ' ')}.",
            actions=[
                cl.Action(name="adgen_undo", payload={}, label="Undo", icon="undo-2"),
                cl.Action(name="adgen_variant", payload={}, label="Make an A/B variant", icon="split"),
            ],
        ).send()
        if state in ("queued", "rendering"):
            await self.follow(project.project_id)


def _open_session(chat_session_cls: Any, settings: Settings, owner: str, thread_id: str) -> Any:
    return chat_session_cls.open(settings=settings, owner=owner, conversation_id=thread_id, channel=CHANNEL)


def _scene_number(project: AdProject, scene_id: str) -> str:
    for index, scene in enumerate(project.scenes, start=1):
        if scene.id == scene_id:
            return f"{index} ({role_label(scene.role)})"
    return scene_id


def uploaded_paths(message: cl.Message) -> list[str]:
    return [str(Path(el.path)) for el in message.elements or [] if getattr(el, "path", None)]
