"""The web chat's conversation controller: a ChatSession shown through Chainlit.

One :class:`WebChat` per browser conversation. It hands what the marketer typed and attached
to the channel-agnostic :class:`~adgen.agent.session.ChatSession` and shows the reply: the plan
as a scene table, live render progress (a message and a task list updated in place, scene
previews as they finish), the finished videos with download links and the render report, and
buttons for the next step. Render progress comes from the job events, relayed by one asyncio
task per project started from the handler (so it runs in this chat's Chainlit context); the
tasks are cancelled when the marketer presses stop or leaves. Blocking store reads run in
threads; nothing here ever shows a stack trace to the marketer.

What can go wrong is said, never left frozen: a message whose attachment did not arrive waits
(:meth:`WebChat.hold`) until the file is attached again; a relay that breaks or loses the render
reads the render's real state from the store and says it, with a button to check again; a
doubtful product cut-out is shown with its warning and the choices as buttons.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import aclosing
from pathlib import Path
from typing import Any

import chainlit as cl

from adgen.agent.answers import differences
from adgen.agent.choices import CARD_REQUEST, CHOICES, INSTALL_REMBG, PRODUCT_CARD, UPLOAD_PNG
from adgen.agent.delivery import FINAL, quality_words, size_words, subtitle_downloads
from adgen.agent.reply import (
    AnswerPart,
    BrandKitPart,
    ExportsPart,
    PagePart,
    PlanPart,
    PreflightPart,
    ProjectsPart,
    QuestionPart,
    ReplyPart,
)
from adgen.pipeline.events import RenderWarning
from adgen.pipeline.stages import STAGE_CUTOUT, STAGE_PREPARE
from adgen.preflight.report import summary_of
from adgen.project import MASTER_ASPECT, AdProject
from adgen.settings import Settings
from adgen.store.projects import ProjectStore, StoreError, open_project_store
from adgen.web.media_routes import media_link
from adgen.web.render_views import (
    PreviewShelf,
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
from adgen.web.stills import clip_still, pair_scene, scene_poster

log = logging.getLogger(__name__)

UPDATE_EVERY_SEC = 0.4
RESUME_DELAY_SEC = 0.5
RELAY_RETRIES = 10
CURRENT_PROJECT_KEY = "adgen_project_id"
CHANNEL = "web"
SORRY = "Sorry, something went wrong on my side while doing that. Please try again."

USE_AS_PRODUCT = "use this as the product"

# Button name -> what pressing it says to the conversation (so the log and replay see it).
ACTION_TEXT = {
    "adgen_render": "render",
    "adgen_render_final": "render final",
    "adgen_undo": "undo",
    "adgen_variant": "make an A/B variant with a different hook",
    "adgen_card": CARD_REQUEST,
}
# A button answering a clarifying question: pressing it says its label (``payload["text"]``).
ANSWER_ACTION = "adgen_answer"
# A doubtful cut-out's choices (RenderWarning.choices) -> their buttons.
CHOICE_ACTIONS = {UPLOAD_PNG: "adgen_upload_png", PRODUCT_CARD: "adgen_card", INSTALL_REMBG: "adgen_rembg"}
CHOICE_ICONS = {UPLOAD_PNG: "image-up", PRODUCT_CARD: "frame", INSTALL_REMBG: "download"}


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
        self.shown_pairs: set[tuple[str, str]] = set()  # (original, variant) whose A/B card is up
        self.warned_cutouts: set[tuple[str, str]] = set()  # (project, cut-out) shown with its choices
        self.held_text: str | None = None  # a message waiting for its attachment
        self.expect_product = False  # the next image replaces the product (after "Upload a PNG")
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

    def export_video(
        self, project: AdProject, aspect: str, url: str, name: str, poster: str | None = None
    ) -> cl.Video:
        """An export as a player in the chat, showing the render's poster until it plays.

        Without one the browser shows the first frame, where the hook's words are still fading
        in: the A/B card's two ads would look alike and wordless. The poster is the frame the
        pipeline took mid-way through the first product scene, with its text in place, unless
        the caller gives another (the A/B card: the scene B changes, :mod:`stills`).
        """
        posters = (project.render_status.stages or {}).get("posters") or {}
        poster = poster or posters.get(aspect)
        config = None
        if isinstance(poster, str) and poster:
            link = self.link(
                project.project_id, poster, str(Path(export_filename(project, aspect)).with_suffix(".jpg"))
            )
            config = {"file": {"attributes": {"poster": link}}}
        return cl.Video(
            url=self.link(project.project_id, url, export_filename(project, aspect)),
            name=name,
            display="inline",
            player_config=config,
        )

    # --- one message ----------------------------------------------------------------------------
    async def handle(self, text: str, attachments: list[str] | None = None) -> None:
        attachments = attachments or []
        if attachments and not text.strip():
            # The file a held message waited for, or the PNG the marketer was asked for.
            text = self.held_text or (USE_AS_PRODUCT if self.expect_product else text)
        if attachments:
            self.expect_product = False
        self.held_text = None
        reply = await self.session.send(text, attachments=attachments)
        await self.show_reply(reply)

    async def hold(self, text: str, problem: str) -> None:
        """An attachment of this message did not arrive or cannot be used: say which and what to
        do, and keep the message (nothing is planned without its photo) until it is attached again."""
        if text.strip():
            self.held_text = text
        waiting = ""
        if self.held_text:
            shown = escape_markdown(
                self.held_text if len(self.held_text) <= 80 else self.held_text[:79] + "…"
            )
            waiting = (
                f" Your message “{shown}” is waiting: attach the file again and press send "
                "(the message box can stay empty)."
            )
        await cl.Message(content=redact_paths(problem) + waiting).send()

    async def ask_for_png(self) -> None:
        """The "Upload a PNG with transparency" choice: how, and the next image is the product."""
        self.expect_product = True
        await cl.Message(content=CHOICES[UPLOAD_PNG].how).send()

    async def explain_rembg(self) -> None:
        await cl.Message(content=CHOICES[INSTALL_REMBG].how).send()

    async def confirm(self, approved: bool) -> None:
        reply = await self.session.confirm(approved)
        await self.show_reply(reply)

    async def show_reply(self, reply: Any) -> None:
        """The reply's parts, each the web's way: a plan as a scene table, a project list with
        thumbnails, videos as download links, an answer as its lines, a question's answers as
        buttons, everything else as its words."""
        project: AdProject | None = reply.project
        if reply.error:
            await cl.Message(content=redact_paths(reply.text or "") or SORRY).send()
            return
        blocks = [await self._part_markdown(part, project) for part in reply.parts]
        if self._plan_is_new(reply, project) and project is not None:
            blocks.append(self._plan(project))
        content = "\n\n".join(block.strip() for block in blocks if block and block.strip())
        await cl.Message(
            content=content or "Done.",
            actions=self._reply_actions(reply, project),
            elements=await self._kit_cards(reply),
        ).send()
        self._remember_current()
        if reply.render_ids:
            for project_id in reply.touched or ([project.project_id] if project else []):
                await self.follow(project_id)

    async def _kit_cards(self, reply: Any) -> list[cl.Image]:
        """The brand kit's card (logo, swatches, type specimen) under a ``/brand`` reply; sent as
        the image itself, since a kit belongs to no project the media route could check."""
        cards = []
        for part in reply.parts:
            if isinstance(part, BrandKitPart) and part.card_url:
                media = self.session.ctx.media
                data = await asyncio.to_thread(media.read_bytes, part.card_url)
                cards.append(cl.Image(content=data, name="brand-kit.png", display="inline", size="large"))
        return cards

    def _reply_actions(self, reply: Any, project: AdProject | None) -> list[cl.Action]:
        """Yes / No for a cost question; one button per answer to a clarifying question; Render
        for a draft that no render is on its way for."""
        if reply.needs_confirmation:
            return [
                cl.Action(
                    name="adgen_confirm", payload={"approved": True}, label="Yes, render it", icon="check"
                ),
                cl.Action(name="adgen_confirm", payload={"approved": False}, label="No", icon="x"),
            ]
        question = reply.part(QuestionPart)
        if question is not None and question.options:
            return [
                cl.Action(name=ANSWER_ACTION, payload={"text": option}, label=option)
                for option in question.options
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
        if isinstance(part, BrandKitPart):  # Markdown whose kit words are already literal, a line each
            return "  \n".join(redact_paths(line) for line in part.text.splitlines())
        if isinstance(part, (AnswerPart, PagePart)):  # the ad's or the page's words, as typed, one line each
            return "  \n".join(escape_markdown(redact_paths(line)) for line in part.text.splitlines())
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
        what = f" ({quality_words(named, MASTER_ASPECT)})" if named is not None else ""
        return f"Videos{what}: " + " · ".join(links)

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
        """Make one of the user's own projects the conversation's current one ("/open p_…", a
        Pick button): through the session, which logs it so replay switches too."""
        reply = await self.session.open_project(project_id)
        await self.show_reply(reply)
        project = reply.project
        if not reply.error and project is not None and project.render_status.state in ("queued", "rendering"):
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
        shelf = PreviewShelf([s.id for s in project.scenes])
        try:
            await self._update_tasks(tasklist, board)
            if not await self._follow_until_done(project, board, message, tasklist, shelf):
                await self._lost_track(project, board, message, "no news from it for a while")
                return
        except asyncio.CancelledError:
            message.content = board.markdown() + "\n\n_Stopped following this render._"
            await message.update()
            raise
        except Exception as exc:  # never a frozen board: say it, from the store's state
            log.exception("relaying the render of %s", project.project_id)
            await self._lost_track(project, board, message, type(exc).__name__)
            return
        message.content = board.markdown()
        await message.update()
        await self._update_tasks(tasklist, board)
        if project.product_asset is not None and not board.shown_cutout:
            await self._show_cutout_after(project, board, message.id)
        await self.show_results(project.project_id, board)

    async def _follow_until_done(
        self,
        project: AdProject,
        board: ProgressBoard,
        message: cl.Message,
        tasklist: cl.TaskList,
        shelf: PreviewShelf,
    ) -> bool:
        """Follow the render's events, subscribing again when the stream drops; False when it
        stayed silent through every retry."""
        from adgen.jobs.queue import RenderQueueUnavailable
        from adgen.web.queue_outage import RETRY_SEC, QueueOutageNotice

        failures = 0
        outage = QueueOutageNotice()
        while not board.finished:
            before = board.markdown()  # news is what changes the board (a catch-up replays the old)
            try:
                async with aclosing(self.session.events(project.project_id)) as events:
                    await self._follow_events(events, project, board, message, tasklist, shelf, outage)
            except asyncio.CancelledError:
                raise
            except RenderQueueUnavailable:  # the render goes on: said once, followed when Redis is back
                await outage.unreachable()
                await asyncio.sleep(RETRY_SEC)
                continue
            except Exception as exc:  # a dropped subscription: the render goes on, so follow again
                log.warning("following the render of %s: %r; subscribing again", project.project_id, exc)
            if board.finished:
                break
            failures = 0 if board.markdown() != before else failures + 1
            if failures > RELAY_RETRIES:
                return False
            await asyncio.sleep(min(2.0, 0.2 * (failures + 1)))
        return True

    async def _lost_track(
        self, project: AdProject, board: ProgressBoard, message: cl.Message, why: str
    ) -> None:
        """The relay broke: the render's state as the store has it, and a button to follow again."""
        stored = await self.load(project.project_id, board.version)
        if stored is not None and board.settle(stored):
            message.content = board.markdown()
            await message.update()
            await self.show_results(project.project_id, board)
            return
        state = stored.render_status.state.replace("_", " ") if stored is not None else "unknown"
        message.content = (
            board.markdown() + f"\n\n⚠️ **I lost track of this render's progress** ({escape_markdown(why)}); "
            f"the render itself is {state}. Press **Check again** to see where it stands."
        )
        message.actions = [
            cl.Action(
                name="adgen_follow",
                payload={"projectId": project.project_id},
                label="Check again",
                icon="refresh-cw",
            )
        ]
        await message.update()

    async def _follow_events(
        self,
        events: Any,
        project: AdProject,
        board: ProgressBoard,
        message: cl.Message,
        tasklist: cl.TaskList,
        shelf: PreviewShelf,
        outage: Any,
    ) -> None:
        last = 0.0
        async for event in events:
            await outage.heard()
            if not board.apply(event):
                continue
            for scene_id, aspect, _url in board.take_previews():
                if aspect == MASTER_ASPECT:
                    await self._place_preview(project, board, shelf, scene_id, message.id)
            if not board.shown_cutout and board.cutout_url and event.stage in (STAGE_CUTOUT, STAGE_PREPARE):
                board.shown_cutout = await self._show_cutout(project, board.cutout_url, message.id, board)
            now = time.monotonic()
            if board.finished or now - last >= UPDATE_EVERY_SEC:
                last = now
                message.content = board.markdown()
                await message.update()
                await self._update_tasks(tasklist, board)

    async def _place_preview(
        self,
        project: AdProject,
        board: ProgressBoard,
        shelf: PreviewShelf,
        scene_id: str,
        message_id: str,
    ) -> None:
        """A scene's preview under the progress message, in scene order: previews of later scenes
        already shown are taken down and put back after it."""
        later = shelf.place(scene_id)
        if later is None:
            return
        for other in later:
            old = shelf.elements.pop(other, None)
            if old is not None:
                await old.remove()
        for shown in [scene_id, *later]:
            row = board.rows.get(shown)
            url = row.preview_url if row is not None else None
            if not url:
                continue
            if row is not None and row.media_url and row.media_url not in shelf.stills:
                shelf.stills[row.media_url] = await self._clip_still(project, row.media_url)
            still = shelf.stills.get(row.media_url or "") if row is not None else None
            video = cl.Video(
                url=self.link(project.project_id, url, f"preview-{shown}.mp4"),
                name=f"Scene {_scene_number(project, shown)} preview",
                display="inline",
                size="small",
                player_config={
                    "file": {
                        "attributes": {"poster": self.link(project.project_id, still, f"preview-{shown}.jpg")}
                    }
                }
                if still
                else None,
            )
            await video.send(for_id=message_id)
            shelf.elements[shown] = video

    async def _update_tasks(self, tasklist: cl.TaskList, board: ProgressBoard) -> None:
        """The task list beside the chat. It is stored as a file by Chainlit, so it can fail when the
        files folder is gone; it is only a view of the board, so that is logged and nothing more."""
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
        try:
            await tasklist.send()
        except OSError as exc:
            log.warning("the task list could not be updated: %r", exc)

    async def _show_cutout_after(self, project: AdProject, board: ProgressBoard, message_id: str) -> None:
        """The cut-out the events reported, else the one the render recorded in the document."""
        rendered = await self.load(project.project_id, project.version)
        asset = rendered.product_asset if rendered is not None else None
        cutout = board.cutout_url or (asset.masked_url if asset is not None else None)
        if cutout:
            await self._show_cutout(project, cutout, message_id, board)

    async def _show_cutout(self, project: AdProject, url: str, message_id: str, board: ProgressBoard) -> bool:
        """The product cut-out the render reported: under the progress message, or, when the
        extractor doubts it, in a message of its own with the warning and the choices as buttons
        (once per cut-out in this chat). Nothing when the product is shown as a card."""
        if project.product_asset is not None and project.product_asset.style == "card":
            return True
        image = cl.Image(
            url=self.link(project.project_id, url, "product-cutout.png"),
            name="Product cut-out",
            display="inline",
            size="small",
        )
        warning = board.cutout_warning
        seen = (project.project_id, url)
        if warning is None or seen in self.warned_cutouts:
            await image.send(for_id=message_id)
            return True
        self.warned_cutouts.add(seen)
        image.size = "medium"
        await cl.Message(
            content=cutout_warning_markdown(warning),
            elements=[image],
            actions=choice_actions(warning),
        ).send()
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
        videos = [self.export_video(project, aspect, url, f"{aspect}") for aspect, url in exports]
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
        if (project.render_status.stages or {}).get("quality") != FINAL:
            actions.insert(
                0,
                cl.Action(
                    name="adgen_render_final",
                    payload={"projectId": project_id},
                    label=f"Render in full quality ({size_words(MASTER_ASPECT, FINAL)})",
                    icon="clapperboard",
                ),
            )
        pair = _pair_of(project)
        if pair is not None and pair in self.shown_pairs:
            actions.append(
                cl.Action(
                    name="adgen_compare",
                    payload={"projectId": project_id},
                    label="Compare A/B",
                    icon="columns-2",
                )
            )
        subtitles = [
            f"[{name}]({self.link(project_id, url, name, download=True)})"
            for aspect, _ in exports
            for name, url in subtitle_downloads(project, aspect)
        ]
        if subtitles:
            report += "  \nSubtitles (voice-over captions for players and platforms): " + " · ".join(
                subtitles
            )
        await cl.Message(content=report, elements=videos, actions=actions).send()
        if pair is not None and pair not in self.shown_pairs:
            await self.show_pair(project)

    async def compare(self, project_id: str | None = None) -> None:
        """The A/B card again, when asked: the current ad and its original, or its latest variant."""
        project = (
            await self.load(project_id) if project_id else await cl.make_async(lambda: self.session.project)()
        )
        if project is not None and _pair_of(project) is None:
            project = await self._latest_variant(project)
        if project is None:
            await cl.Message(
                content="There is no A/B pair to compare yet. Press **Make an A/B variant** under a rendered ad "
                "to make one."
            ).send()
            return
        await self.show_pair(project)

    async def _latest_variant(self, original: AdProject) -> AdProject | None:
        listed = await cl.make_async(self.projects.list_projects)(self.owner)
        variant = next((s for s in listed if s.parent_project_id == original.project_id), None)
        return await self.load(variant.project_id) if variant is not None else None

    async def show_pair(self, variant: AdProject) -> None:
        """The variant beside its original, each with a button to keep it (once per pair unless
        asked again: :meth:`compare`)."""
        original = await self.load(variant.variation.parent_project_id or "")
        if original is None:
            return
        self.shown_pairs.add((original.project_id, variant.project_id))
        label = escape_markdown(variant.variation.label or "B")
        pair = [("A", original, "original"), ("B", variant, f"variant “{label}”")]
        elements, lines, actions = [], [], []
        shown_scene = pair_scene(original, variant)  # the render's posters show another scene
        for letter, project, what in pair:
            url = project.aspect_exports.get(MASTER_ASPECT)
            if url:
                still = await self._scene_still(project, shown_scene) if shown_scene else None
                elements.append(
                    self.export_video(project, MASTER_ASPECT, url, f"{letter}: {project.project_id}", still)
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
        changed = differences(original, variant)
        if changed:  # what to look for: the posters show the same scene whatever differs
            brief = [line if len(line) <= 120 else line.split(":")[0] + ": changed" for line in changed]
            shown = brief[:6] + ([f"and {len(brief) - 6} more"] if len(brief) > 6 else [])
            lines.append("B differs from A in: " + "; ".join(escape_markdown(line) for line in shown))
        else:
            lines.append("B is the same as A so far: edit B to make it differ.")
        await cl.Message(
            content="**A/B comparison** (left: A, right: B)  \n" + "  \n".join(lines),
            elements=elements,
            actions=actions,
        ).send()

    async def _clip_still(self, project: AdProject, clip_url: str) -> str | None:
        """A scene preview's still (its middle frame, words in place); None when it cannot be
        taken: the player then shows the clip's first frame, as before."""
        try:
            return await asyncio.to_thread(clip_still, self.session.ctx.media, clip_url)
        except Exception:  # noqa: BLE001 - a missing still must not lose the preview
            log.warning("no still of %s's preview %s", project.project_id, clip_url, exc_info=True)
            return None

    async def _scene_still(self, project: AdProject, scene_id: str) -> str | None:
        """The export's still at ``scene_id`` for the A/B card; None (the render's poster is
        shown) when it cannot be taken, which the card survives."""
        try:
            return await asyncio.to_thread(scene_poster, self.session.ctx.media, project, scene_id)
        except Exception:  # noqa: BLE001 - a missing still must not lose the card
            log.warning("no A/B still of %s at %s", project.project_id, scene_id, exc_info=True)
            return None

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
            f"render {state.replace('_', ' ')}." + _failure_words(project),
            actions=[
                *_retry_actions(project),
                cl.Action(name="adgen_undo", payload={}, label="Undo", icon="undo-2"),
                cl.Action(name="adgen_variant", payload={}, label="Make an A/B variant", icon="split"),
            ],
        ).send()
        if state in ("queued", "rendering"):
            await self.follow(project.project_id)


def _failure_words(project: AdProject) -> str:
    """Why the last render failed (a render interrupted by a restart says so), when it did."""
    status = project.render_status
    return f" {redact_paths(status.error)}" if status.state == "failed" and status.error else ""


def _retry_actions(project: AdProject) -> list[cl.Action]:
    """The one-click retry of a failed render."""
    if project.render_status.state != "failed":
        return []
    return [cl.Action(name="adgen_render", payload={}, label="Render", icon="play")]


def _open_session(chat_session_cls: Any, settings: Settings, owner: str, thread_id: str) -> Any:
    from adgen.jobs.interrupted import recover_interrupted_renders

    # Renders a killed web chat left "queued" are marked failed (with the Render button) first.
    recover_interrupted_renders(settings)
    return chat_session_cls.open(settings=settings, owner=owner, conversation_id=thread_id, channel=CHANNEL)


def _scene_number(project: AdProject, scene_id: str) -> str:
    for index, scene in enumerate(project.scenes, start=1):
        if scene.id == scene_id:
            return f"{index} ({role_label(scene.role)})"
    return scene_id


def _pair_of(project: AdProject) -> tuple[str, str] | None:
    """(original, variant) when the project is an A/B variant."""
    parent = project.variation.parent_project_id
    return (parent, project.project_id) if project.variation.is_variation and parent else None


def cutout_warning_markdown(warning: RenderWarning) -> str:
    """A doubtful cut-out's message: what happened, then the choices (or what to do)."""
    head = f"⚠️ **{escape_markdown(warning.message)}**"
    choices = [CHOICES[c] for c in warning.choices if c in CHOICES]
    if not choices:
        return f"{head}\n\n{escape_markdown(warning.action)}".strip()
    listed = "\n".join(f"- **{c.label}**: {escape_markdown(c.how)}" for c in choices)
    return f"{head}\n\nThe cut-out is below. What would you like to do?\n\n{listed}"


def choice_actions(warning: RenderWarning) -> list[cl.Action]:
    return [
        cl.Action(name=CHOICE_ACTIONS[c], payload={"choice": c}, label=CHOICES[c].label, icon=CHOICE_ICONS[c])
        for c in warning.choices
        if c in CHOICE_ACTIONS
    ]


def uploaded_paths(message: cl.Message) -> list[str]:
    return [str(_named_like_upload(el)) for el in message.elements or [] if getattr(el, "path", None)]


BRAND_FILE_SUFFIXES = (".svg", ".ttf", ".otf")


def _named_like_upload(element: Any) -> Path:
    """The stored upload; a logo or font file gets the suffix the marketer's file had (Chainlit
    names files by their MIME type, and browsers send fonts with none), which says what it is."""
    path = Path(element.path)
    suffix = Path(str(getattr(element, "name", "") or "")).suffix.lower()
    if suffix in BRAND_FILE_SUFFIXES and path.suffix.lower() != suffix and path.is_file():
        renamed = path.with_suffix(suffix)
        path.rename(renamed)
        return renamed
    return path
