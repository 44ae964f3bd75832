"""Uploads that did not arrive, remembered per chat session until its next message.

The browser uploads an attachment (``POST /project/file``) before the message is sent. When
that upload fails (too large, the server could not store it), Chainlit's page still lets the
message be sent, without the file, and the conversation would make an ad with no product and
no warning. So every refused or failed upload is recorded here by the upload route and the
guard, and the message that follows is held (:meth:`adgen.web.chat.WebChat.hold`) until the file
is attached again. A later successful upload of the same file clears its failure.
"""

from __future__ import annotations

import threading

from adgen.store.uploads import display_name

MAX_PER_SESSION = 8


class UploadFailures:
    """Failed uploads by chat session id: (file name or None, the reason as one sentence)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failed: dict[str, list[tuple[str | None, str]]] = {}

    def failed(self, session_id: str | None, name: str | None, reason: str) -> None:
        if not session_id:
            return
        with self._lock:
            entries = [e for e in self._failed.get(session_id, []) if e[0] != name or name is None]
            self._failed[session_id] = (entries + [(name, reason)])[-MAX_PER_SESSION:]

    def succeeded(self, session_id: str | None, name: str | None) -> None:
        with self._lock:
            entries = self._failed.get(session_id or "", [])
            kept = [e for e in entries if e[0] != name]
            if kept:
                self._failed[session_id or ""] = kept
            else:
                self._failed.pop(session_id or "", None)

    def take(self, session_id: str) -> list[tuple[str | None, str]]:
        """The failures since the session's last message (and forget them)."""
        with self._lock:
            return self._failed.pop(session_id, [])

    def forget(self, session_id: str) -> None:
        with self._lock:
            self._failed.pop(session_id, None)


FAILED_UPLOADS = UploadFailures()


def upload_failed_reason(name: str | None) -> str:
    """The sentence for an upload the server could not take in (not for a refused one: those say why)."""
    return f"{display_name(name).capitalize() if not name else display_name(name)} did not upload; attach it again."


def failed_uploads_sentence(failures: list[tuple[str | None, str]]) -> str:
    """Which files did not arrive, each with why and what to do (the reasons are sentences)."""
    return " ".join(reason for _name, reason in failures) + " Nothing was made from your message yet."


__all__ = ["FAILED_UPLOADS", "UploadFailures", "failed_uploads_sentence", "upload_failed_reason"]
