"""The adgen web chat (Chainlit 2.x): `adgen web` or `chainlit run app.py`.

Thin on purpose: the conversation is adgen.agent.session.ChatSession, what it looks like is
adgen.web.chat, sign-in adgen.web.auth, history adgen.web.data_layer, media adgen.web.media_routes.
"""

from __future__ import annotations

import logging

import chainlit as cl
from chainlit.server import app as server
from chainlit.types import ThreadDict

from adgen.settings import get_settings
from adgen.web.auth import LOCAL_USER, SessionPolicy, check_password, ensure_auth_secret, header_user
from adgen.web.chat import ACTION_TEXT, ANSWER_ACTION, SORRY, WebChat, uploaded_paths
from adgen.web.data_layer import open_data_layer
from adgen.web.guard import install_web_guard
from adgen.web.media_routes import install_store_media_routes
from adgen.web.server import use_own_files_directory
from adgen.web.sign_in_limits import SignInLimiter, install_sign_in_limits
from adgen.web.upload_checks import install_upload_checks, refuse_unusable_uploads, uploaded_files
from adgen.web.upload_failures import FAILED_UPLOADS, failed_uploads_sentence

log = logging.getLogger("adgen.web")
settings = get_settings()
use_own_files_directory(settings)  # uploads under the data folder, safe from other web chats' stops
COMPARE_WORDS = ("/compare", "compare", "compare a/b", "compare a and b", "show the a/b comparison")
POLICY = SessionPolicy(settings, ensure_auth_secret(settings))
AUTH = POLICY.mode
install_web_guard(server, settings, POLICY, ensure_auth_secret(settings))
install_sign_in_limits(server, SignInLimiter())
install_upload_checks(server, settings)
install_store_media_routes(server, settings)


@cl.data_layer
def data_layer():
    return open_data_layer(settings)


# Chat history needs a signed-in user, so "none" signs everyone in as the local user.
if AUTH == "password":

    @cl.password_auth_callback
    async def password_sign_in(username: str, password: str) -> cl.User | None:
        name = check_password(settings, username, password)
        return cl.User(identifier=name, metadata=POLICY.session_metadata(name)) if name else None

else:

    @cl.header_auth_callback
    async def header_sign_in(headers) -> cl.User | None:
        name = LOCAL_USER if AUTH == "none" else header_user(settings, headers)
        return cl.User(identifier=name, metadata=POLICY.session_metadata(name)) if name else None


def _owner() -> str:
    user = cl.user_session.get("user")
    return user.identifier if user else LOCAL_USER


def _chat() -> WebChat | None:
    return cl.user_session.get("webchat")


async def _open_chat() -> WebChat:
    chat = await WebChat.open(settings, _owner(), cl.context.session.thread_id)
    cl.user_session.set("webchat", chat)
    await cl.context.emitter.set_commands(
        [
            {
                "id": "projects",
                "icon": "folder-open",
                "description": "Your ads, with thumbnails",
                "button": True,
            }
        ]
    )
    return chat


async def _guarded(work) -> None:
    """Run one handler's work; a failure becomes a sentence, never a stack trace."""
    try:
        await work
    except Exception:
        log.exception("web chat handler failed")
        await cl.Message(content=SORRY).send()


@cl.set_starters
async def starters(user=None, language=None):
    return [
        cl.Starter(
            label="Cold brew, 15 s, energetic",
            message="a 15 s ad for our cold brew, energetic, brand Northwind Coffee, colours #1F3A5F and #F2A541",
        ),
        cl.Starter(
            label="Running shoes, 20 s, bold",
            message="a 20 second ad for Stride running shoes, bold and sporty, CTA Shop Now",
        ),
        cl.Starter(
            label="Skincare, calm and premium",
            message="a calm, premium 15 s ad for Lumen night serum with soft warm light",
        ),
        cl.Starter(label="My ads", message="/projects", command="projects"),
    ]


@cl.on_chat_start
async def on_chat_start() -> None:
    await _guarded(_open_chat())


@cl.on_chat_resume
async def on_chat_resume(thread: ThreadDict) -> None:
    async def resume():
        chat = await _open_chat()
        chat.in_background(_guarded(chat.resume()))

    await _guarded(resume())


@cl.on_message
async def on_message(message: cl.Message) -> None:
    chat = _chat() or await _open_chat()
    text = (message.content or "").strip()
    if message.command == "projects" or text.lower() in ("/projects", "projects", "my ads"):
        await _guarded(chat.show_projects())
        return
    if text.lower().startswith("/open"):
        await _guarded(chat.open_project(text.removeprefix("/open").strip()))
        return
    if text.lower().rstrip("?!. ") in COMPARE_WORDS:
        await _guarded(chat.compare())
        return
    failed = FAILED_UPLOADS.take(cl.context.session.id)
    if failed:  # a file of this message never arrived: the message waits for it
        await _guarded(chat.hold(text, failed_uploads_sentence(failed)))
        return
    refusal = await cl.make_async(refuse_unusable_uploads)(settings, uploaded_files(message))
    if refusal:  # the files are gone; the conversation never sees this message, which waits
        await _guarded(chat.hold(text, refusal))
        return
    await _guarded(chat.handle(text, uploaded_paths(message)))


@cl.on_stop
async def on_stop() -> None:
    chat = _chat()
    if chat is not None:
        await chat.stop()


@cl.on_chat_end
async def on_chat_end() -> None:
    FAILED_UPLOADS.forget(cl.context.session.id)
    chat = _chat()
    if chat is not None:
        await chat.close()


async def _say(text: str) -> None:
    """A button press, shown and logged as what the marketer would have typed."""
    chat = _chat() or await _open_chat()
    await cl.Message(content=text, type="user_message", author=_owner()).send()
    await _guarded(chat.handle(text))


def _saying(text: str):
    async def on_action(action: cl.Action) -> None:
        await _say(text)

    return on_action


for _name, _text in ACTION_TEXT.items():
    cl.action_callback(_name)(_saying(_text))


@cl.action_callback(ANSWER_ACTION)
async def on_answer(action: cl.Action) -> None:
    """An answer button under a clarifying question: said as if typed (so the log has it)."""
    await action.remove()
    await _say(str(action.payload.get("text", "")))


@cl.action_callback("adgen_confirm")
async def on_confirm(action: cl.Action) -> None:
    chat = _chat() or await _open_chat()
    await action.remove()
    await _guarded(chat.confirm(bool(action.payload.get("approved"))))


@cl.action_callback("adgen_upload_png")
async def on_upload_png(action: cl.Action) -> None:
    chat = _chat() or await _open_chat()
    await _guarded(chat.ask_for_png())


@cl.action_callback("adgen_rembg")
async def on_rembg(action: cl.Action) -> None:
    chat = _chat() or await _open_chat()
    await _guarded(chat.explain_rembg())


@cl.action_callback("adgen_follow")
async def on_follow(action: cl.Action) -> None:
    chat = _chat() or await _open_chat()
    await _guarded(chat.follow(str(action.payload.get("projectId", ""))))


@cl.action_callback("adgen_compare")
async def on_compare(action: cl.Action) -> None:
    chat = _chat() or await _open_chat()
    await _guarded(chat.compare(str(action.payload.get("projectId", "")) or None))


@cl.action_callback("adgen_pick")
async def on_pick(action: cl.Action) -> None:
    chat = _chat() or await _open_chat()
    await _guarded(chat.open_project(str(action.payload.get("projectId", ""))))
