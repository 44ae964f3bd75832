"""The fault suite (issue 13): real faults injected into the running product (SIGKILL of Redis, of
the web process and of a worker; damaged cache files; a full disk; two web chats on one data
folder), each asserting that no document is lost, that the marketer is told clearly, and that the
render completes once the fault is gone. It starts the real app with the web tests' helpers."""

from __future__ import annotations

import sys
from pathlib import Path

WEB_TESTS = Path(__file__).resolve().parent.parent / "web"
if str(WEB_TESTS) not in sys.path:
    sys.path.insert(0, str(WEB_TESTS))  # web_helpers, chat_socket
