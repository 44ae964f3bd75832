"""The web chat's socket, spoken by python-socketio's own client the way Chainlit's page speaks it:
connect with the sign-in cookie (and an Origin, as a browser sends one), start the chat, upload a
file to the session, send a message and collect what the assistant says."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import aiohttp
import httpx
import socketio

SOCKET_PATH = "/ws/socket.io"


def local_cookie(base_url: str) -> httpx.Cookies:
    """The sign-in cookie of the anonymous local user (the app's ADGEN_AUTH=none)."""
    response = httpx.post(base_url + "/auth/header", timeout=20)
    assert response.status_code == 200, response.text
    return response.cookies


def cookie_header(cookies: httpx.Cookies | dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in dict(cookies).items())


class ChatSocket:
    """One browser tab's chat session over the real socket."""

    def __init__(self, base_url: str, cookies: httpx.Cookies | dict[str, str], origin: str | None = None):
        self.base_url = base_url
        self.cookies = dict(cookies)
        self.origin = base_url if origin is None else origin
        self.session_id = str(uuid.uuid4())
        self.http = aiohttp.ClientSession()  # ours, so that a refused connect closes it too
        self.client = socketio.AsyncClient(reconnection=False, http_session=self.http)
        self.messages: dict[str, str] = {}  # step id -> latest content, in arrival order
        self.actions: dict[str, dict[str, Any]] = {}  # action id -> the action (name, label, forId)
        self.elements: dict[str, dict[str, Any]] = {}  # element id -> the element (type, name, url, forId)
        self.client.on("new_message", self._on_message)
        self.client.on("update_message", self._on_message)
        self.client.on("action", self._on_action)
        self.client.on("remove_action", self._on_removed_action)
        self.client.on("element", self._on_element)
        self.client.on("remove_element", self._on_removed_element)

    async def _on_message(self, step: dict[str, Any]) -> None:
        if step.get("type") != "user_message":
            self.messages[str(step.get("id"))] = str(step.get("output") or "")

    async def _on_action(self, action: dict[str, Any]) -> None:
        self.actions[str(action.get("id"))] = action

    async def _on_removed_action(self, action: dict[str, Any]) -> None:
        self.actions.pop(str(action.get("id")), None)

    async def _on_element(self, element: dict[str, Any]) -> None:
        self.elements[str(element.get("id"))] = element

    async def _on_removed_element(self, element: dict[str, Any]) -> None:
        self.elements.pop(str(element.get("id")), None)

    def action_names(self) -> list[str]:
        return [str(a.get("name")) for a in self.actions.values()]

    async def connect(self, transport: str = "websocket") -> None:
        headers = {"Cookie": cookie_header(self.cookies)}
        if self.origin:
            headers["Origin"] = self.origin
        await self.client.connect(
            self.base_url,
            socketio_path=SOCKET_PATH,
            headers=headers,
            transports=[transport],
            auth={
                "sessionId": self.session_id,
                "clientType": "webapp",
                "threadId": "",
                "userEnv": "{}",
                "chatProfile": None,
            },
            wait_timeout=15,
        )

    async def start_chat(self) -> None:
        await self.client.emit("connection_successful")
        await asyncio.sleep(0.5)

    @classmethod
    async def started(cls, base_url: str, cookies) -> ChatSocket:
        """A connected tab whose chat has started (on_chat_start ran)."""
        chat = cls(base_url, cookies)
        await chat.connect()
        await chat.start_chat()
        return chat

    async def upload(self, name: str, data: bytes, mime: str = "image/png") -> httpx.Response:
        async with httpx.AsyncClient(base_url=self.base_url, cookies=self.cookies, timeout=60) as http:
            return await http.post(
                "/project/file", params={"session_id": self.session_id}, files={"file": (name, data, mime)}
            )

    async def say(self, text: str, file_ids: list[str] | None = None) -> None:
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        await self.client.emit(
            "client_message",
            {
                "message": {
                    "id": str(uuid.uuid4()),
                    "threadId": "",
                    "name": "User",
                    "type": "user_message",
                    "output": text,
                    "createdAt": now,
                },
                "fileReferences": [{"id": file_id} for file_id in file_ids or []],
            },
        )

    async def wait_for(self, predicate, timeout: float, what: str) -> str:
        """Wait until some assistant message satisfies ``predicate``; return that message."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for content in list(self.messages.values()):
                if predicate(content):
                    return content
            await asyncio.sleep(0.1)
        raise AssertionError(
            f"timed out after {timeout:g}s waiting for {what}; saw {list(self.messages.values())}"
        )

    async def ask(
        self, text: str, until, timeout: float, what: str, file_ids: list[str] | None = None
    ) -> str:
        """Say ``text`` and wait for the answer that satisfies ``until``."""
        await self.say(text, file_ids)
        return await self.wait_for(until, timeout, what)

    def text(self) -> str:
        return "\n\n".join(self.messages.values())

    async def close(self) -> None:
        if self.client.connected:
            await self.client.disconnect()
        await self.http.close()


async def socket_accepts(base_url: str, cookies, *, origin: str | None = None, transport="websocket") -> bool:
    """Whether the chat socket lets this cookie (and Origin) connect."""
    chat = ChatSocket(base_url, cookies, origin=origin)
    try:
        await chat.connect(transport)
        return True
    except socketio.exceptions.ConnectionError:
        return False
    finally:
        await chat.close()
