"""ChatSession: the one conversation that every front end (web, Slack, replay, terminal) wraps.

A front end hands it what the marketer typed and attached and shows the :class:`ChatReply`.
The session checks and stores attachments, runs the turn (the offline understanding without an
LLM key, :mod:`adgen.agent.offline_turn`; the LangGraph agent with one; both act through
:mod:`adgen.agent.actions`), starts renders (asking first when they would cost real money), and
logs every line to the conversation log with its :class:`ConversationState`, from which it
also picks up where a conversation left off after a restart.
"""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import tempfile
from collections.abc import AsyncIterator, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from adgen.agent.actions import ActionError, ProjectActions, Turn
from adgen.agent.choices import choice_operation
from adgen.agent.context import AgentContext
from adgen.agent.conversation_log import ConversationLog, default_log_path
from adgen.agent.conversation_state import ConversationState
from adgen.agent.page_ad import (
    PageAdError,
    PageVisit,
    correct_page,
    page_corrections,
    page_log_fields,
    page_request,
    plan_from_page,
    read_page,
    store_picture,
)
from adgen.agent.reply import NotePart, ProjectsPart, QuestionPart, ReplyPart
from adgen.project import AdProject, ProductAsset
from adgen.settings import Settings

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4000

_YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "ok",
    "okay",
    "sure",
    "go",
    "go ahead",
    "do it",
    "confirm",
    "yes please",
    "please do",
    "approve",
    "approved",
    "proceed",
    "render it",
    "👍",
}
_NO = {
    "no",
    "n",
    "nope",
    "nah",
    "cancel",
    "stop",
    "dont",
    "don't",
    "do not",
    "no thanks",
    "not now",
    "decline",
    "skip",
    "👎",
}


def confirmation_answer(text: str) -> bool | None:
    """True for a plain yes, False for a plain no, None for anything else."""
    words = re.sub(r"[.!?,;:]+", " ", text.strip().lower())
    words = " ".join(words.split())
    if words in _YES:
        return True
    if words in _NO:
        return False
    return None


P = TypeVar("P", bound=ReplyPart)


@dataclass
class ChatReply:
    """What a front end shows for one turn: its ``parts`` (plan, report, exports, projects,
    questions and sentences; :mod:`adgen.agent.reply`), each shown the front end's own way, and
    ``text``, the words of the reply as the conversation log keeps them."""

    text: str
    parts: list[ReplyPart] = field(default_factory=list)
    operations: list[dict[str, Any]] = field(default_factory=list)
    project: AdProject | None = None
    version: int | None = None
    render_id: str | None = None
    needs_confirmation: bool = False
    error: bool = False
    # Extensions: every render started and every project created or changed this turn.
    render_ids: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    # Tokens the model used this turn (LLM path only).
    usage: dict[str, int] | None = None

    @property
    def project_id(self) -> str | None:
        return self.project.project_id if self.project else None

    def part(self, kind: type[P]) -> P | None:
        """The reply's first part of this kind, if it has one."""
        return next((p for p in self.parts if isinstance(p, kind)), None)


class ChatSession:
    """One conversation of one user on one channel. Turns are taken one at a time."""

    def __init__(self, ctx: AgentContext, conversation_log: ConversationLog) -> None:
        self.ctx = ctx
        self.log = conversation_log
        self.actions = ProjectActions(ctx)
        # What follow-ups refer to (the current project among them); logged with every reply.
        self.state = ConversationState()
        self.last_render_id: str | None = None
        # A confirmation the marketer still owes: {"path": "offline"|"llm", "renders": {...}}.
        self.pending: dict[str, Any] | None = None
        self._locks: dict[int, asyncio.Lock] = {}
        self._graph: Any = None
        self._saver: Any = None
        self._restore()

    @classmethod
    def open(
        cls,
        *,
        settings: Settings,
        owner: str,
        conversation_id: str,
        channel: str,
        render_service: Any = None,
        log_path: Path | None = None,
        auto_render: bool = True,
        rendering: bool = True,
        llm_streaming: bool = True,
        reads_pages: bool = True,
    ) -> ChatSession:
        """Open (or reopen) a conversation; its log is ``logs_dir/<channel>/<conversation>.jsonl``.

        ``auto_render``: start a draft render after every plan or edit. ``rendering=False``
        records render requests without starting them (replay renders only at its end).
        ``llm_streaming=False`` for OpenAI-compatible servers that cannot stream.
        ``reads_pages=False`` never fetches a linked product page (replay: pages come from the log).
        """
        ctx = AgentContext.create(
            settings,
            owner=owner,
            conversation_id=conversation_id,
            channel=channel,
            render_service=render_service,
            auto_render=auto_render,
            rendering=rendering,
            llm_streaming=llm_streaming,
            reads_pages=reads_pages,
        )
        path = (
            Path(log_path) if log_path is not None else default_log_path(settings, channel, conversation_id)
        )
        return cls(ctx, ConversationLog(path))

    async def close(self) -> None:
        """Release the checkpointer's database connection (needed only after LLM turns)."""
        if self._saver is not None:
            await self._saver.conn.close()
            self._saver = None
            self._graph = None

    async def __aenter__(self) -> ChatSession:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    @property
    def project_id(self) -> str | None:
        """The project the conversation is on (kept in :attr:`state`)."""
        return self.state.project_id

    @project_id.setter
    def project_id(self, project_id: str | None) -> None:
        self.state.switch_project(project_id)

    @property
    def project(self) -> AdProject | None:
        """The current project's latest version, or None."""
        if not self.project_id:
            return None
        try:
            return self.actions.load(self.project_id)
        except ActionError:
            return None

    # --- turns -------------------------------------------------------------------------------------
    async def send(
        self, text: str, attachments: Sequence[str | Path] = (), *, page: PageVisit | None = None
    ) -> ChatReply:
        """One message from the marketer, with local paths of any attached files.

        A product page's link in the message is read (:mod:`adgen.agent.page_ad`) unless
        ``page`` is given: replay passes the page its log kept, so nothing is fetched again.
        """
        async with self._lock():
            text = str(text or "")
            if self.pending is not None and not attachments:
                answer = confirmation_answer(text)
                if answer is not None:
                    self._log_user(text, [], confirm=answer)
                    return self._log_reply(await self._answer_pending(answer))
            self.pending = None
            kit_message = self._kit_message(text, attachments) if page is None else None
            if kit_message is not None:  # the brand kit, before any ad parser or model
                refs, files, rejection = self._keep_brand_files(attachments)
                self._log_user(text, refs)
                turn = Turn(project_id=self.project_id)
                if rejection is not None:
                    return self._log_reply(self._reply(turn, rejection, error=True))
                return self._log_reply(self._brand_turn(kit_message, files))
            refs, assets, rejection = self._accept_attachments(attachments)
            page, page_error = await self._linked_page(text, page, rejection is None)
            page_assets, page_fields = self._accept_page(page)
            self._log_user(text, refs, **page_fields)
            if rejection is not None or page_error is not None:
                reply = self._reply(Turn(project_id=self.project_id), rejection or page_error, error=True)
            elif len(text) > MAX_MESSAGE_CHARS:
                reply = self._reply(
                    Turn(project_id=self.project_id),
                    f"That message is {len(text)} characters long; please keep it under {MAX_MESSAGE_CHARS}.",
                    error=True,
                )
            elif not text.strip() and not assets:
                reply = self._reply(
                    Turn(project_id=self.project_id), "Tell me about the ad you want, or what to change."
                )
            else:
                try:
                    choice = choice_operation(text) if not assets and page is None else None
                    corrections = None if page or choice else page_corrections(text, self.state)
                    if choice is not None:  # a choice a warning offered (the product card)
                        reply = self._apply_choice(choice)
                    elif page is not None:
                        reply = await self._page_turn(page, page_assets, text, assets)
                    elif corrections:
                        reply = self._correction_turn(corrections)
                    elif self.ctx.settings.llm_enabled:
                        reply = await self._llm_turn(text, assets)
                    else:
                        reply = await self._offline_turn(text, assets)
                except Exception:  # the marketer gets a sentence, the log gets the traceback
                    log.exception("turn failed in conversation %s", self.ctx.conversation_id)
                    reply = self._reply(
                        Turn(project_id=self.project_id),
                        "Sorry, something went wrong on my side while doing that. Please try again.",
                        error=True,
                    )
            return self._log_reply(reply)

    async def open_project(self, project_id: str) -> ChatReply:
        """Switch the conversation to one of the user's projects ("/open p_…", a Pick A/B button).

        Logged as a user line with ``open`` so replay switches too (issue 12 item 9).
        """
        async with self._lock():
            self.log.append(
                {"role": "user", "text": f"/open {project_id}", "open": project_id, **self._base_line()}
            )
            turn = Turn(project_id=self.project_id)
            try:
                self.actions.open_project(turn, project_id)
                self.state.switch_project(turn.project_id)
            except ActionError as exc:
                return self._log_reply(self._reply(turn, str(exc), error=True))
            return self._log_reply(self._reply(turn))

    def _apply_choice(self, operation: Any) -> ChatReply:
        """One of the choices a render warning offered (:mod:`adgen.agent.choices`), as typed: one
        request, so one undo step."""
        turn = Turn(project_id=self.project_id, request=self._request_id())
        try:
            self.actions.apply(turn, operation)
        except ActionError as exc:
            turn.say(NotePart(str(exc)))
            turn.failed = True
        return self._finish_offline(turn)

    async def confirm(self, approved: bool) -> ChatReply:
        """The marketer's answer to a pending cost confirmation (a button in the web or Slack)."""
        async with self._lock():
            self._log_user("yes" if approved else "no", [], confirm=bool(approved))
            if self.pending is None:
                reply = self._reply(
                    Turn(project_id=self.project_id), "There is nothing waiting for a yes or no."
                )
            else:
                reply = await self._answer_pending(bool(approved))
            return self._log_reply(reply)

    async def events(
        self, project_id: str | None = None, *, render_id: str | None = None
    ) -> AsyncIterator[Any]:
        """Progress events (ProgressEvent) of the project's render, from catch-up to the end.

        Without ``render_id``: the render this session last started for the current project,
        else the project's current render. How the render ended is logged as a ``role: event``
        line (replay ignores those).
        """
        pid = project_id or self.project_id
        if not pid:
            return
        if render_id is None and pid == self.project_id:
            render_id = self.last_render_id
        async with aclosing(self.ctx.renders.subscribe(pid, render_id=render_id)) as stream:
            async for event in stream:
                if event.terminal:  # the log keeps how each render it followed ended
                    self.log.append(
                        {
                            "role": "event",
                            "projectId": event.project_id,
                            "version": event.version,
                            "renderId": event.render_id,
                            "state": event.state,
                            "message": event.message,
                            **self._base_line(),
                        }
                    )
                yield event

    # --- product pages (both paths: the page is data, so code decides what happens to it) -----------
    async def _linked_page(
        self, text: str, given: PageVisit | None, accepted: bool
    ) -> tuple[PageVisit | None, str | None]:
        """The page the message links to, read now (or the one replay gives), or why not."""
        if given is not None or not accepted or len(text) > MAX_MESSAGE_CHARS:
            return given, None
        found = page_request(text, editing=self.project_id is not None)
        if found is None:
            return None, None
        if not self.ctx.reads_pages:
            return None, "This conversation is replayed offline and its log kept no copy of that page."
        self._pages_dir.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(dir=self._pages_dir))
        try:
            return await read_page(found[0], self.ctx.settings, folder), None
        except PageAdError as exc:
            return None, str(exc)
        finally:
            if not any(folder.iterdir()):
                folder.rmdir()

    @property
    def _pages_dir(self) -> Path:
        return self.ctx.settings.root / "tmp" / "pages"

    def _accept_page(self, page: PageVisit | None) -> tuple[list[ProductAsset | None], dict[str, Any]]:
        """Keep the page's pictures next to the log and store them through the upload checks."""
        if page is None:
            return [], {}
        refs = [self.log.keep_attachment(path) if path else None for path in page.pictures]
        assets = [store_picture(path, self.ctx.settings, self.ctx.media) for path in page.pictures]
        for folder in {path.parent for path in page.pictures if path is not None}:
            if folder.is_relative_to(self._pages_dir):  # read just now (replay's files stay)
                shutil.rmtree(folder, ignore_errors=True)
        return assets, page_log_fields(page, refs)

    async def _page_turn(
        self, page: PageVisit, pictures: list[ProductAsset | None], text: str, assets: list[ProductAsset]
    ) -> ChatReply:
        found = page_request(text, editing=False)
        turn = Turn(
            project_id=self.project_id,
            attachments=[a.model_dump(by_alias=True) for a in assets],
            request=self._request_id(),
        )
        try:
            request = found[1] if found else text
            memory = await plan_from_page(self.actions, turn, page.page, request, pictures)
        except ActionError as exc:
            turn.say(NotePart(str(exc)))
            turn.failed = True
            return self._reply(turn, error=True)
        self.state.switch_project(turn.project_id)
        self.state.page = memory.to_wire()
        return self._finish_offline(turn)

    def _correction_turn(self, corrections: list[Any]) -> ChatReply:
        turn = Turn(project_id=self.project_id, request=self._request_id())
        try:
            correct_page(self.actions, self.state, turn, corrections)
        except ActionError as exc:
            turn.say(NotePart(str(exc)))
            turn.failed = True
        return self._finish_offline(turn)

    # --- the brand kit -----------------------------------------------------------------------------
    def _kit_message(self, text: str, attachments: Sequence[str | Path]) -> Any:
        from adgen.agent.understanding.brand_kit import read_kit_message

        names = [Path(a).name for a in attachments]
        return read_kit_message(text, attachments=names, ad_open=self.project_id is not None)

    def _keep_brand_files(
        self, attachments: Sequence[str | Path]
    ) -> tuple[list[str], list[Path], str | None]:
        """Keep a brand message's files next to the log; the kit checks them by content."""
        limit = max(self.ctx.settings.max_upload_bytes, self.ctx.settings.brand_max_font_bytes)
        refs, files, problems = [], [], []
        for item in attachments:
            path = Path(item)
            try:
                size = path.stat().st_size
            except OSError:
                problems.append(f"I couldn't read the attachment {path.name}; please send it again.")
                continue
            if size > limit:
                problems.append(
                    f"{path.name} is {size / 1048576:.1f} MB, too large; send a file under {limit / 1048576:.1f} MB."
                )
                continue
            refs.append(self.log.keep_attachment(path))
            files.append(path)
        if problems:
            return refs, [], " ".join(problems) + " The brand kit was not changed."
        return refs, files, None

    def _brand_turn(self, message: Any, files: list[Path]) -> ChatReply:
        from adgen.agent.brand_turn import BrandTurn

        turn = Turn(project_id=self.project_id, request=self._request_id())
        try:
            BrandTurn(self.actions).run(turn, message, files)
        except ActionError as exc:
            turn.say(NotePart(str(exc)))
            turn.failed = True
        return self._finish_offline(turn)

    # --- the offline path --------------------------------------------------------------------------
    async def _offline_turn(self, text: str, assets: list[ProductAsset]) -> ChatReply:
        from adgen.agent.offline_turn import run_offline_turn

        turn = await run_offline_turn(self.actions, self.state, text, assets, request=self._request_id())
        return self._finish_offline(turn)

    def _request_id(self) -> str:
        """Names this message's edits in the projects' history, so they undo as one step."""
        self.state.requests += 1
        return f"r{self.state.requests}"

    def _finish_offline(self, turn: Turn) -> ChatReply:
        if turn.renders:
            if self.actions.needs_confirmation(turn):
                turn.say(QuestionPart(self.actions.confirmation_question(turn), options=("yes", "no")))
                self.pending = {"path": "offline", "renders": turn.renders}
                return self._reply(turn, needs_confirmation=True)
            self.actions.start_renders(turn)
        return self._reply(turn)

    async def _answer_pending(self, approved: bool) -> ChatReply:
        pending, self.pending = self.pending, None
        assert pending is not None
        if pending["path"] == "llm":
            from langgraph.types import Command

            return await self._run_graph(Command(resume=approved))
        turn = Turn(project_id=self.project_id, renders=dict(pending["renders"]))
        if approved:
            self.actions.start_renders(turn)
        else:
            self.actions.decline_renders(turn)
        return self._reply(turn)

    # --- the LLM path ------------------------------------------------------------------------------
    async def _agent(self) -> Any:
        if self._graph is None:
            from adgen.agent.graph import build_graph, open_checkpointer

            self._saver = await open_checkpointer(self.ctx.settings)
            self._graph = build_graph(self._saver)
        return self._graph

    def _thread(self) -> dict[str, Any]:
        return {
            "configurable": {"thread_id": f"{self.ctx.channel}/{self.ctx.conversation_id}"},
            "recursion_limit": 25,
        }

    async def _llm_turn(self, text: str, assets: list[ProductAsset]) -> ChatReply:
        from langchain_core.messages import HumanMessage

        from adgen.agent.state import turn_input

        content = text
        for asset in assets:
            content += (
                f"\n[The marketer attached a product image ({asset.checksum[:12]}). "
                "Use create_project for a new ad or replace_product to put it in the current ad.]"
            )
        payload = turn_input(
            HumanMessage(content),
            self.project_id,
            [a.model_dump(by_alias=True) for a in assets],
            request=self._request_id(),
            conversation=self.state.to_wire(),
        )
        return await self._run_graph(payload)

    async def _run_graph(self, payload: Any) -> ChatReply:
        graph = await self._agent()
        config = self._thread()
        before = await graph.aget_state(config)
        seen = len(before.values.get("messages", [])) if before.values else 0
        failure: str | None = None
        try:
            await graph.ainvoke(payload, config, context=self.ctx)
        except Exception as exc:
            log.warning("agent turn failed: %r", exc)
            failure = llm_failure_message(exc, self.ctx.settings)
        snapshot = await graph.aget_state(config)
        values = snapshot.values or {}
        turn = Turn.from_state(values)
        if failure is not None:
            done = [n for n in turn.notes if n]
            text = failure + (" Before that I did this: " + " ".join(done) if done else "")
            return self._reply(turn, text, error=True)
        text = _model_words(values.get("messages", [])[seen:]) or "\n".join(turn.notes) or "Done."
        # The model's words replace the sentences of the actions; what they showed stays.
        parts: list[ReplyPart] = [
            NotePart(text),
            *(p for p in turn.reply_parts() if not isinstance(p, NotePart)),
        ]
        interrupts = getattr(snapshot, "interrupts", ()) or ()
        if not interrupts:
            return self._reply(turn, text, parts, usage=values.get("usage"))
        value = interrupts[0].value or {}
        self.pending = {"path": "llm", "renders": value.get("renders", {})}
        question = QuestionPart(value.get("question", "Shall I go ahead?"), options=("yes", "no"))
        return self._reply(
            turn,
            f"{text}\n{question.text}",
            [*parts, question],
            needs_confirmation=True,
            usage=values.get("usage"),
        )

    # --- attachments, replies and the log -----------------------------------------------------------
    def _accept_attachments(
        self, attachments: Sequence[str | Path]
    ) -> tuple[list[str], list[ProductAsset], str | None]:
        """Copy each attachment next to the log, check it by content and store it as media."""
        from adgen.store.uploads import UploadRejected, display_name, store_upload, validate_image_file

        settings = self.ctx.settings
        refs: list[str] = []
        assets: list[ProductAsset] = []
        problems: list[str] = []
        for item in attachments:
            path = Path(item)
            name = display_name(path.name)
            try:
                size = path.stat().st_size
            except OSError:
                problems.append(f"I couldn't read the attachment {name}; please send it again.")
                continue
            if size > settings.max_upload_bytes:
                problems.append(
                    f"{name} is {size / 1048576:.1f} MB, too large; send an image under "
                    f"{settings.max_upload_bytes / 1048576:.1f} MB."
                )
                continue
            refs.append(self.log.keep_attachment(path))
            if path.suffix.lower() in (".svg", ".ttf", ".otf"):
                problems.append(
                    f"{name} is a logo or font file, not a product photo; say “here is our logo” or "
                    "“use this font for headlines” with it to put it in the brand kit."
                )
                continue
            try:
                checked = validate_image_file(
                    path, max_bytes=settings.max_upload_bytes, max_pixels=settings.max_upload_pixels
                )
            except UploadRejected as exc:
                problems.append(str(exc))
                continue
            assets.append(store_upload(checked, self.ctx.media))
        if problems:
            return refs, [], " ".join(problems) + " Nothing was changed."
        return refs, assets, None

    def _reply(
        self, turn: Turn, text: str | None = None, parts: list[ReplyPart] | None = None, **extra: Any
    ) -> ChatReply:
        """The reply to a turn: by default the turn's own parts and their words; ``text`` (and
        ``parts``, else that text as one sentence) when the reply says something else."""
        if turn.project_id:
            self.project_id = turn.project_id
        if turn.render_ids:
            self.last_render_id = turn.render_ids[-1]
        project = self.project
        if text is None:
            text = "\n".join(n for n in turn.notes if n) or "Done."
            parts = turn.reply_parts() or [NotePart(text)]
        reply = ChatReply(
            text=text,
            parts=parts if parts is not None else [NotePart(text)],
            operations=list(turn.operations),
            project=project,
            version=project.version if project else None,
            render_id=turn.render_ids[-1] if turn.render_ids else None,
            error=extra.pop("error", turn.failed),
            render_ids=list(turn.render_ids),
            touched=list(turn.touched),
            **extra,
        )
        return reply

    def _base_line(self) -> dict[str, Any]:
        return {
            "channel": self.ctx.channel,
            "userId": self.ctx.owner,
            "conversationId": self.ctx.conversation_id,
        }

    def _log_user(self, text: str, refs: list[str], *, confirm: bool | None = None, **extra: Any) -> None:
        line: dict[str, Any] = {"role": "user", "text": text, "attachments": refs, **self._base_line()}
        if confirm is not None:
            line["confirm"] = confirm
        line.update(extra)
        self.log.append(line)

    def _log_reply(self, reply: ChatReply) -> ChatReply:
        line: dict[str, Any] = {
            "role": "assistant",
            "text": reply.text,
            "operations": reply.operations,
            "projectId": reply.project_id,
            "version": reply.version,
            **self._base_line(),
        }
        if reply.render_ids:
            line["renderIds"] = reply.render_ids
        if reply.touched:
            line["touched"] = reply.touched
        listed = reply.part(ProjectsPart)
        if listed is not None:
            line["listed"] = [p.get("projectId") for p in listed.projects]
        if reply.error:
            line["error"] = True
        if reply.needs_confirmation and self.pending is not None:
            line["needsConfirmation"] = True
            line["pending"] = self.pending
        if reply.usage:
            line["usage"] = reply.usage
        line["state"] = self.state.to_wire()
        self.log.append(line)
        return reply

    def _restore(self) -> None:
        """Continue a logged conversation: its current project, last render and open question."""
        for line in self.log.records():
            if line.get("role") != "assistant":
                continue
            if "state" in line:
                self.state = ConversationState.from_wire(line["state"])
            else:  # a log written before the state was logged
                self.state.project_id = line.get("projectId") or self.state.project_id
            if line.get("renderIds"):
                self.last_render_id = line["renderIds"][-1]
            self.pending = line.get("pending") if line.get("needsConfirmation") else None

    def _lock(self) -> asyncio.Lock:
        # One lock per event loop: a front end may call from more than one loop (Slack threads).
        loop = asyncio.get_running_loop()
        lock = self._locks.get(id(loop))
        if lock is None:
            lock = self._locks[id(loop)] = asyncio.Lock()
        return lock


def _model_words(messages: list[Any]) -> str:
    """What the model said to the marketer this turn (its answers without tool calls)."""
    from langchain_core.messages import AIMessage

    said = [
        m.text if isinstance(m.text, str) else str(m.content)
        for m in messages
        if isinstance(m, AIMessage) and not m.tool_calls and m.content
    ]
    return "\n".join(s for s in said if s.strip())


def llm_failure_message(exc: BaseException, settings: Settings) -> str:
    """A sentence for the marketer about a failed model call; never a stack trace."""
    import openai
    from langgraph.errors import GraphRecursionError

    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return (
            f"The language model service refused our API key (HTTP {exc.status_code}). "
            "Ask whoever runs adgen to check OPENAI_API_KEY."
        )
    if isinstance(exc, openai.RateLimitError):
        return "The language model service is busy right now (rate limit). Please try again in a minute."
    if isinstance(exc, openai.APIStatusError):
        return (
            f"The language model service had an error (HTTP {exc.status_code}). Please try again in a moment."
        )
    if isinstance(exc, openai.APITimeoutError):
        return "The language model service took too long to answer. Please try again."
    if isinstance(exc, openai.APIConnectionError):
        where = settings.openai_base_url or "api.openai.com"
        return f"I couldn't reach the language model service ({where}). Please try again in a moment."
    if isinstance(exc, GraphRecursionError):
        return "I went round in circles on that request. Could you say it more simply?"
    return f"Sorry, something went wrong on my side ({type(exc).__name__}). Please try again."


__all__ = ["ChatReply", "ChatSession", "confirmation_answer", "llm_failure_message"]
