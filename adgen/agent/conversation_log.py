"""Conversation logs (CONTRACTS §3): one JSON object a line, oldest first, from every channel.

A log is the record of a conversation and the input of `adgen replay`, so it must be
self-contained: attachments are copied next to it (``<log stem>.files/<sha256>.<ext>``) and
lines refer to them by a path relative to the log's folder. Lines are appended with one
``write`` on an ``O_APPEND`` descriptor, so concurrent writers never interleave a line.

On a full disk a line that cannot be written is left out (and logged) rather than failing the
conversation: reading projects goes on, and what the marketer tries to change is refused by the
project store with its own sentence.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from adgen.project import utc_now
from adgen.settings import Settings

log = logging.getLogger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Deeper than any line the product writes (an operation inside a variation is about 6 levels);
# a deeper line is hostile or damaged, and the recursive code that reads it must never see it.
MAX_NESTING = 64


class LogError(ValueError):
    """A log that cannot be read, or an attachment path that points outside the log's folder."""


def safe_name(identifier: str, *, max_length: int = 80) -> str:
    """A file name for a conversation or channel id: never a path, never empty, never colliding.

    Ids come from outside (Slack thread stamps, browser sessions), so they are never used raw:
    unsafe characters become ``_`` and, when anything was changed, a short hash of the original
    keeps two different ids from mapping to the same file.
    """
    cleaned = _SAFE.sub("_", identifier).strip("._")
    if cleaned == identifier and 0 < len(cleaned) <= max_length:
        return cleaned
    digest = hashlib.sha256(identifier.encode("utf-8")).hexdigest()[:10]
    return f"{cleaned[: max_length - 11] or 'conversation'}-{digest}"


def default_log_path(settings: Settings, channel: str, conversation_id: str) -> Path:
    """Where a conversation of a channel is logged: ``<logs_dir>/<channel>/<conversation>.jsonl``."""
    return settings.logs_dir / safe_name(channel) / f"{safe_name(conversation_id)}.jsonl"


class ConversationLog:
    """Append-only JSON Lines log of one conversation."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @property
    def files_dir(self) -> Path:
        return self.path.parent / f"{self.path.stem}.files"

    def append(self, record: dict[str, Any]) -> dict[str, Any]:
        """Write one line (adding ``at`` when missing) and make it durable before returning."""
        line = {"at": utc_now(), **record} if "at" not in record else dict(record)
        data = (json.dumps(line, ensure_ascii=False, separators=(", ", ": ")) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            log.warning("the disk is full: a line of %s was not recorded", self.path)
        return line

    def keep_attachment(self, source: Path) -> str:
        """Copy an attachment next to the log; returns its path relative to the log's folder."""
        source = Path(source)
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        suffix = _SAFE.sub("", source.suffix.lower())[:10]
        target = self.files_dir / f"{digest}{suffix}"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            shutil.copyfile(source, tmp)
            os.replace(tmp, target)
        return target.relative_to(self.path.parent).as_posix()

    def records(self) -> list[dict[str, Any]]:
        return list(read_log(self.path)) if self.path.exists() else []


def read_log(path: Path) -> Iterator[dict[str, Any]]:
    """The lines of a log as dicts; a line that is not a JSON object is a :class:`LogError`.

    A final line without its newline (a writer killed mid-line) is skipped, not an error.
    """
    raw = Path(path).read_bytes().decode("utf-8")
    lines = raw.split("\n")
    complete = raw.endswith("\n")
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        too_deep = LogError(f"{path}: line {number} is nested too deeply (over {MAX_NESTING} levels)")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if number == len(lines) and not complete:
                return
            raise LogError(f"{path}: line {number} is not JSON ({exc.msg})") from exc
        except RecursionError:
            raise too_deep from None
        if not isinstance(value, dict):
            raise LogError(f"{path}: line {number} is not a JSON object")
        if _nesting(value) > MAX_NESTING:
            raise too_deep
        yield value


def _nesting(value: Any) -> int:
    """How deep lists and objects nest in a parsed line (iteratively: the line may be hostile)."""
    deepest, stack = 0, [(value, 1)]
    while stack and deepest <= MAX_NESTING:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def resolve_attachment(log_path: Path, reference: str) -> Path:
    """The file an attachment reference names, relative to the log's folder and inside it."""
    if "://" in reference and not reference.startswith("file://"):
        raise LogError(f"attachment {reference!r} is not a local file")
    reference = reference.removeprefix("file://")
    folder = Path(log_path).resolve().parent
    target = (folder / reference).resolve()
    if not target.is_relative_to(folder):
        raise LogError(f"attachment {reference!r} points outside the log's folder")
    if not target.is_file():
        raise LogError(f"attachment {reference!r} does not exist next to the log")
    return target
