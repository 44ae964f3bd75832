"""URL to ad inside a conversation: a product page's link in, a planned ad grounded in it out.

"Make an ad from https://shop.example/products/mug, energetic" is the shortest brief there is.
The session (every channel: web, Slack, ``adgen chat``, replay) hands such a message here:

1. :func:`page_request` finds the link (not one quoted as on-screen text, not one in a message
   that edits the words of the open ad) and what the marketer said besides it;
2. :func:`read_page` reads the page safely (:mod:`adgen.product_page`) and writes its usable
   pictures to files, which the session keeps next to the conversation log, puts through the
   upload checks and stores (:func:`store_picture`), like an attached photo; the log line keeps
   the page's data (:func:`page_log_fields`), so replay rebuilds the same ad without fetching
   (:func:`visit_from_log`);
3. :func:`plan_from_page` plans the ad from a grounded brief (:func:`page_brief`: the page's
   name, brand, colours, price as shown and quoted facts, with the mood, length and structure
   the marketer asked for), the product shot as the product, and says what was read
   (:class:`~adgen.agent.reply.PagePart`) so the marketer can correct it; the conversation
   remembers the page (:class:`~adgen.agent.page_memory.PageMemory`);
4. :func:`correct_page` applies "the price is wrong, it's 12.99" and the like
   (:mod:`adgen.agent.page_corrections`) as one request.

Both paths do this the same way, before any model sees the message: the page is data, so what
happens to it is decided by code, never by the page's words. With an LLM key the planner is the
OpenAI one and gets the page's data only as a quoted block (``Brief.page_data``), and later turns
show the model the remembered page the same way (:func:`page_section`).

:func:`create_project_from_url` is the same for callers without a conversation (the HTTP API).
"""

from __future__ import annotations

import asyncio
import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from adgen.agent.actions import ActionError, ProjectActions, Turn
from adgen.agent.conversation_log import LogError, resolve_attachment
from adgen.agent.conversation_state import ConversationState
from adgen.agent.page_corrections import (
    CorrectionRefused,
    PageCorrection,
    correction_operations,
    read_page_corrections,
)
from adgen.agent.page_memory import PageMemory
from adgen.agent.reply import NotePart, PagePart
from adgen.agent.understanding.briefs import extract_brief
from adgen.agent.understanding.quotes import mask_quotes, unmask
from adgen.pipeline.types import Brief
from adgen.product_page import (
    FetchError,
    NoProductFound,
    ProductPage,
    SavedPageError,
    brief_from_page,
    describe_reading,
    page_prompt_section,
    product_link,
    read_product_page,
)
from adgen.project import AdProject, ProductAsset
from adgen.settings import Settings
from adgen.store.media import MediaStore
from adgen.store.uploads import UploadRejected, store_upload, validate_image_file

log = logging.getLogger(__name__)

# Words that make a link part of the ad's text ("make the CTA say shop at https://…"), not a page to read.
_TEXT_WORDS = (
    "say",
    "says",
    "saying",
    "reads",
    "text",
    "caption",
    "tagline",
    "slogan",
    "wording",
    "headline",
    "overlay",
)


_MEDIA_FILE = re.compile(r"\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|mp4|mov|webm|mp3|wav|pdf|zip)$", re.I)


class PageAdError(ActionError):
    """The page could not be read, or shows no product; one sentence, and nothing was created."""


@dataclass(frozen=True)
class PageVisit:
    """A read product page and its usable pictures as files, in the order of ``page.images``."""

    page: ProductPage
    pictures: list[Path | None]


# --- 1. the link ----------------------------------------------------------------------------------


def page_request(text: str, *, editing: bool) -> tuple[str, str] | None:
    """The product page's link in a message and the marketer's other words, or None.

    A quoted link is text for the ad; with an ad open, a link in a message about its words
    ("the CTA should say …") is too; a link to a picture, a video or a document is no page.
    """
    masked, quotes = mask_quotes(text or "")
    before, left = "", masked
    while True:
        link, rest = product_link(left)
        if link is None:
            return None
        if not _MEDIA_FILE.search(urlsplit(link).path):
            break
        end = left.find(link) + len(link)  # a link to a picture or a video is not a page: look further
        before, left = before + left[:end], left[end:]
    rest = f"{before} {rest}"
    if editing and any(word in rest.lower().split() for word in _TEXT_WORDS):
        return None
    request = re.sub(r"\s+([,.;:!?])", r"\1", unmask(rest, quotes))
    return link, request.strip(" ,;:")


# --- 2. reading, and the log ----------------------------------------------------------------------


async def read_page(link: str, settings: Settings, folder: Path) -> PageVisit:
    """Read the page safely (in a thread: it waits on the network) and write its usable pictures
    into ``folder``; PageAdError with the reader's one sentence when it can't be read."""
    try:
        reading = await asyncio.to_thread(read_product_page, link, settings)
    except (FetchError, SavedPageError) as exc:
        raise PageAdError(f"{exc} Nothing was changed.") from exc
    except Exception as exc:  # a bug in reading must not lose the conversation
        log.exception("reading %s failed", link)
        raise PageAdError(
            "I couldn't read that page because of a problem on my side; please try again, or attach a "
            "product photo and describe the product."
        ) from exc
    return PageVisit(reading.page, reading.save_pictures(folder))


def store_picture(path: Path | None, settings: Settings, media: MediaStore) -> ProductAsset | None:
    """A page's picture through the same checks as an uploaded photo, then stored; None if refused."""
    if path is None:
        return None
    try:
        checked = validate_image_file(
            path, max_bytes=settings.max_upload_bytes, max_pixels=settings.max_upload_pixels
        )
    except (UploadRejected, OSError) as exc:
        log.info("a page picture was refused: %s", exc)
        return None
    return store_upload(checked, media)


def page_log_fields(visit: PageVisit, refs: list[str | None]) -> dict[str, Any]:
    """What the user line of the conversation log keeps of a read page (CONTRACTS §3 extension)."""
    return {"page": visit.page.model_dump(mode="json", by_alias=True), "pagePictures": refs}


def visit_from_log(log_path: Path, line: dict[str, Any]) -> PageVisit | None:
    """The page a logged user line read, rebuilt without fetching: its data and its pictures'
    files next to the log (LogError for a reference outside the log's folder)."""
    data = line.get("page")
    if not isinstance(data, dict):
        return None
    page = ProductPage.model_validate(data)
    refs = line.get("pagePictures") or []
    if not isinstance(refs, list):
        raise LogError(f"{log_path}: pagePictures must be a list of paths")
    pictures = [resolve_attachment(log_path, ref) if isinstance(ref, str) else None for ref in refs]
    pictures += [None] * (len(page.images) - len(pictures))
    return PageVisit(page, pictures[: len(page.images)])


# --- 3. the plan ----------------------------------------------------------------------------------


def page_brief(page: ProductPage, request: str, settings: Settings) -> Brief:
    """The grounded brief of a page (NoProductFound if it shows none), with what the marketer asked
    for besides the link: length, mood, audience, scenes, tagline, colours and call to action."""
    brief = brief_from_page(page, request, for_llm=settings.llm_enabled)
    if not request.strip():
        return brief
    masked, quotes = mask_quotes(request)
    asked = extract_brief(request, masked, quotes)
    brief.duration_sec = asked.duration_sec
    brief.mood = asked.mood
    brief.audience = asked.audience
    brief.scene_roles = asked.scene_roles
    brief.scene_count = asked.scene_count
    brief.tagline = asked.tagline
    brief.colors = asked.colors or brief.colors
    brief.cta_text = asked.cta_text or brief.cta_text  # the marketer's own words win, price or not
    return brief


async def plan_from_page(
    actions: ProjectActions,
    turn: Turn,
    page: ProductPage,
    request: str,
    pictures: list[ProductAsset | None],
) -> PageMemory:
    """Plan and store the ad of a read page, saying what was read first; returns what to remember.

    The page's product shot is the product unless the message came with a photo of the
    marketer's own (already in ``turn.attachments``). PageAdError when the page shows no product.
    """
    try:
        brief = page_brief(page, request, actions.ctx.settings)
    except NoProductFound as exc:
        raise PageAdError(f"{exc} Nothing was created.") from exc
    memory = PageMemory.of("", page, pictures)
    hero = pictures[memory.product] if memory.product is not None else None
    if turn.attachments:  # the marketer's own photo is the product, not one of the page's
        memory.product = None
    elif hero is not None:
        turn.attachments.append(hero.model_dump(by_alias=True, mode="json"))
    turn.say(PagePart(describe_reading(page), url=page.url))
    await actions.create_project(turn, brief)
    if hero is None and not turn.attachments:
        turn.say(NotePart("The page had no picture I could use as the product; attach a product photo."))
    memory.project_id = turn.project_id or ""
    return memory


def page_section(conversation: dict[str, Any] | None, project_id: str | None) -> str:
    """For the model's prompt: the page the current ad was made from, as quoted data ("" if none)."""
    memory = PageMemory.from_wire((conversation or {}).get("page"))
    if memory is None or memory.project_id != project_id:
        return ""
    return (
        "\nThe current ad was made from a product page (corrected where the marketer said so); "
        f"its data, quoted:\n{page_prompt_section(memory.page)}\n"
    )


# --- 4. corrections -------------------------------------------------------------------------------


def page_corrections(text: str, state: ConversationState) -> list[PageCorrection] | None:
    """The corrections a message makes to the current ad's page, when that is all it says."""
    memory = PageMemory.from_wire(state.page)
    if memory is None or memory.project_id != state.project_id:
        return None
    return read_page_corrections(text)


def correct_page(
    actions: ProjectActions, state: ConversationState, turn: Turn, corrections: list[PageCorrection]
) -> None:
    """Make the ad say the corrected facts (all operations or none, one undo step) and remember them."""
    memory = PageMemory.from_wire(state.page)
    assert memory is not None
    project = actions.current(turn)
    try:
        fix = correction_operations(corrections, memory, project)
    except CorrectionRefused as exc:
        raise ActionError(str(exc)) from exc
    actions.dry_run(turn, fix.operations, project)
    for note in fix.notes:
        turn.say(NotePart(note))
    for op in fix.operations:
        actions.apply(turn, op)
    state.page = fix.memory.to_wire() if fix.memory else state.page
    edits = [op for op in turn.operations if op.get("operation") != "render"]
    if edits:
        state.last_operations = edits
        state.scene_ids = [op["sceneId"] for op in edits if op.get("sceneId")]


# --- the same without a conversation --------------------------------------------------------------


@dataclass(frozen=True)
class PageAd:
    """An ad made from a product page: the stored project, the page as read, and the reply's words."""

    project: AdProject
    page: ProductPage
    memory: PageMemory
    text: str
    render_ids: list[str]


async def create_project_from_url(actions: ProjectActions, url: str, request: str = "") -> PageAd:
    """Read ``url``, plan its ad for ``actions.ctx.owner`` and store it (v1); PageAdError (one
    sentence, nothing created) when the page can't be read or shows no product.

    For callers without a conversation, such as the HTTP API; a chat message does the same
    through :class:`~adgen.agent.session.ChatSession`. When the context's ``auto_render`` is on,
    the draft render starts as it does after a plan in the chat (without the chat's question
    about cloud costs: the caller decided).
    """
    if product_link(url)[0] != url.strip():
        raise PageAdError("Send the product page as one http or https link.")
    settings = actions.ctx.settings
    settings.root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="page-", dir=settings.root) as folder:
        visit = await read_page(url.strip(), settings, Path(folder))
        pictures = [store_picture(path, settings, actions.ctx.media) for path in visit.pictures]
    turn = Turn()
    memory = await plan_from_page(actions, turn, visit.page, request, pictures)
    actions.start_renders(turn)
    return PageAd(actions.current(turn), visit.page, memory, "\n".join(turn.notes), list(turn.render_ids))


__all__ = [
    "PageAd",
    "PageAdError",
    "PageVisit",
    "correct_page",
    "create_project_from_url",
    "page_brief",
    "page_corrections",
    "page_log_fields",
    "page_request",
    "page_section",
    "plan_from_page",
    "read_page",
    "store_picture",
    "visit_from_log",
]
