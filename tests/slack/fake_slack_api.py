"""A loopback stand-in for Slack's Web API and file servers that records every call.

It speaks the real wire protocol the slack_sdk clients use: ``POST /api/<method>`` with the bot
token as ``Authorization: Bearer`` and the arguments as JSON, form fields or query string;
answers ``{"ok": true, ...}`` or ``{"ok": false, "error": ...}`` like Slack. The external upload
flow of ``files_upload_v2`` is played in full (``files.getUploadURLExternal`` hands out an
upload URL on this server, the bytes are POSTed there, ``files.completeUploadExternal`` shares
them in a channel/thread), and private files are served at ``/files/<id>/<name>`` only to a
request carrying the bot token.
"""

from __future__ import annotations

import itertools
import json
import queue
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_USER_ID = "UBOT0001"
BOT_ID = "B0000001"
TEAM_ID = "T0000001"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.time)


class FakeSlackState:
    def __init__(self, token: str) -> None:
        self.token = token
        self.lock = threading.Lock()
        self.calls: list[Call] = []
        self.messages: dict[str, dict[str, Any]] = {}  # ts -> message (latest text)
        self.updates: list[dict[str, Any]] = []
        self.pending_uploads: dict[str, dict[str, Any]] = {}  # file id -> {filename, length, data}
        self.shared_files: list[dict[str, Any]] = []
        self.private_files: dict[str, tuple[str, bytes]] = {}  # file id -> (mimetype, bytes)
        self.downloads: list[dict[str, Any]] = []
        self.app_token: str | None = None
        self.socket_url: str | None = None
        self._ids = itertools.count(1)
        self._clock = itertools.count(1)

    def next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._clock)}.{next(self._ids):06d}"

    def next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):08d}"

    def methods(self) -> list[str]:
        with self.lock:
            return [c.method for c in self.calls]


class FakeSlackApi:
    """Run with ``with FakeSlackApi(token) as api:``; ``api.api_url`` is the Web API base URL."""

    def __init__(self, token: str) -> None:
        self.state = FakeSlackState(token)
        state = self.state

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _json(self, payload: dict[str, Any], status: int = 200) -> None:
                self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8")

            def _bearer(self) -> str | None:
                value = self.headers.get("Authorization", "")
                return value[len("Bearer ") :] if value.startswith("Bearer ") else None

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def do_GET(self) -> None:
                parts = urlsplit(self.path).path.strip("/").split("/")
                if len(parts) == 3 and parts[0] == "files":
                    token = self._bearer()
                    with state.lock:
                        state.downloads.append({"fileId": parts[1], "token": token})
                        found = state.private_files.get(parts[1])
                    if token != state.token:
                        # Slack serves its sign-in page to a request without a valid token.
                        self._send(200, b"<!DOCTYPE html><html>Sign in to Slack</html>", "text/html")
                        return
                    if found is None:
                        self._send(404, b"not found", "text/plain")
                        return
                    mimetype, data = found
                    self._send(200, data, mimetype)
                    return
                self._send(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                url = urlsplit(self.path)
                raw = self._body()
                parts = url.path.strip("/").split("/")
                if len(parts) == 2 and parts[0] == "upload":
                    self._upload(parts[1], raw)
                    return
                if len(parts) != 2 or parts[0] != "api":
                    self._send(404, b"not found", "text/plain")
                    return
                args: dict[str, Any] = dict(parse_qsl(url.query))
                ctype = self.headers.get("Content-Type", "")
                if raw and "application/json" in ctype:
                    args.update(json.loads(raw))
                elif raw:
                    args.update(dict(parse_qsl(raw.decode())))
                token = self._bearer() or args.pop("token", None)
                method = parts[1]
                with state.lock:
                    state.calls.append(Call(method, args, token))
                if method == "apps.connections.open":
                    if not state.app_token or token != state.app_token:
                        self._json({"ok": False, "error": "invalid_auth"})
                    else:
                        self._json({"ok": True, "url": state.socket_url})
                    return
                if token != state.token:
                    self._json({"ok": False, "error": "invalid_auth"})
                    return
                handler = getattr(self, "api_" + method.replace(".", "_"), None)
                if handler is None:
                    self._json({"ok": False, "error": "unknown_method"})
                    return
                self._json(handler(args))

            def _upload(self, file_id: str, data: bytes) -> None:
                with state.lock:
                    pending = state.pending_uploads.get(file_id)
                    if pending is None:
                        self._send(404, b"unknown upload", "text/plain")
                        return
                    pending["data"] = data
                self._send(200, f"OK - {len(data)}".encode(), "text/plain")

            # --- Web API methods ---------------------------------------------------------------------
            def api_auth_test(self, _args: dict[str, Any]) -> dict[str, Any]:
                return {
                    "ok": True,
                    "url": "https://acme.slack.com/",
                    "team": "Acme",
                    "user": "adgen",
                    "team_id": TEAM_ID,
                    "user_id": BOT_USER_ID,
                    "bot_id": BOT_ID,
                    "is_enterprise_install": False,
                }

            def api_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
                channel, text = args.get("channel"), args.get("text")
                if not channel:
                    return {"ok": False, "error": "channel_not_found"}
                if not text and not args.get("blocks"):
                    return {"ok": False, "error": "no_text"}
                with state.lock:
                    ts = state.next_ts()
                    message = {
                        "ts": ts,
                        "channel": channel,
                        "thread_ts": args.get("thread_ts"),
                        "text": text,
                        "edits": [],
                    }
                    state.messages[ts] = message
                return {"ok": True, "channel": channel, "ts": ts, "message": {"text": text, "ts": ts}}

            def api_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
                with state.lock:
                    message = state.messages.get(str(args.get("ts")))
                    if message is None or message["channel"] != args.get("channel"):
                        return {"ok": False, "error": "message_not_found"}
                    message["edits"].append(args.get("text"))
                    message["text"] = args.get("text")
                    state.updates.append(dict(args))
                return {"ok": True, "channel": args["channel"], "ts": args["ts"], "text": args.get("text")}

            def api_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:
                filename, length = args.get("filename"), args.get("length")
                if not filename or not str(length or "").isdigit():
                    return {"ok": False, "error": "invalid_arguments"}
                host, port = self.server.server_address[:2]
                with state.lock:
                    file_id = state.next_id("F")
                    state.pending_uploads[file_id] = {
                        "filename": filename,
                        "length": int(length),
                        "data": None,
                    }
                return {
                    "ok": True,
                    "upload_url": f"http://{host}:{port}/upload/{file_id}",
                    "file_id": file_id,
                }

            def api_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:
                files = args.get("files")
                if isinstance(files, str):
                    files = json.loads(files)
                done = []
                with state.lock:
                    for item in files or []:
                        pending = state.pending_uploads.pop(item.get("id"), None)
                        if pending is None or pending["data"] is None:
                            return {"ok": False, "error": "file_not_found"}
                        if len(pending["data"]) != pending["length"]:
                            return {"ok": False, "error": "file_upload_size_mismatch"}
                        shared = {
                            "id": item["id"],
                            "title": item.get("title"),
                            "name": pending["filename"],
                            "data": pending["data"],
                            "channel": args.get("channel_id"),
                            "thread_ts": args.get("thread_ts"),
                            "initial_comment": args.get("initial_comment"),
                        }
                        state.shared_files.append(shared)
                        done.append(
                            {"id": item["id"], "title": item.get("title"), "name": pending["filename"]}
                        )
                return {"ok": True, "files": done}

            def api_conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
                channel = str(args.get("channel") or "")
                return {
                    "ok": True,
                    "channel": {
                        "id": channel,
                        "is_im": channel.startswith("D"),
                        "is_channel": channel.startswith("C"),
                    },
                }

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.api_url = f"{self.base_url}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def add_private_file(self, name: str, data: bytes, mimetype: str) -> dict[str, Any]:
        """A file as Slack lists it in an event's ``files`` (its download needs the bot token)."""
        with self.state.lock:
            file_id = self.state.next_id("F")
            self.state.private_files[file_id] = (mimetype, data)
        url = f"{self.base_url}/files/{file_id}/{name}"
        return {
            "id": file_id,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": name.rsplit(".", 1)[-1],
            "size": len(data),
            "url_private": url,
            "url_private_download": url,
        }

    def enable_socket_mode(self, app_token: str) -> FakeSocketMode:
        """Accept ``app_token`` at apps.connections.open, which hands out a loopback WebSocket."""
        socket_mode = FakeSocketMode()
        self._socket_mode = socket_mode
        with self.state.lock:
            self.state.app_token = app_token
            self.state.socket_url = socket_mode.url
        return socket_mode

    def __enter__(self) -> FakeSlackApi:
        self._thread.start()
        return self

    def __exit__(self, *_exc: Any) -> None:
        if getattr(self, "_socket_mode", None) is not None:
            self._socket_mode.close()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)


class FakeSocketMode:
    """Slack's Socket Mode end: says hello, pushes envelopes, records the app's acknowledgements."""

    def __init__(self) -> None:
        from websockets.sync.server import serve

        self.outbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.acks: list[dict[str, Any]] = []
        self.connected = threading.Event()
        self.server = serve(self._session, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def _session(self, ws: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        ws.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": "A0000001"},
                    "debug_info": {"host": "fake", "approximate_connection_time": 3600},
                }
            )
        )
        self.connected.set()
        while True:
            try:
                ws.send(json.dumps(self.outbox.get(timeout=0.05)))
            except queue.Empty:
                pass
            except ConnectionClosed:
                return
            try:
                message = ws.recv(timeout=0.05)
            except TimeoutError:
                continue
            except ConnectionClosed:
                return
            if isinstance(message, str):
                self.acks.append(json.loads(message))

    def push_event(self, payload: dict[str, Any], envelope_id: str) -> None:
        self.outbox.put(
            {
                "envelope_id": envelope_id,
                "type": "events_api",
                "accepts_response_payload": False,
                "retry_attempt": 0,
                "retry_reason": "",
                "payload": payload,
            }
        )

    def close(self) -> None:
        self.server.shutdown()
        self._thread.join(5)
