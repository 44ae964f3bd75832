"""Conversation logs: safe file names, atomic appends, self-contained attachments, and the
line format (CONTRACTS §3) of a real offline conversation."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from adgen.agent.conversation_log import (
    ConversationLog,
    LogError,
    default_log_path,
    read_log,
    resolve_attachment,
    safe_name,
)


@pytest.mark.parametrize(
    "identifier",
    [
        "../../etc/passwd",
        "/abs/path",
        "C123/1700000000.000100",
        "a b\tc\n",
        "",
        ".",
        "..",
        "🎉 launch",
        "x" * 500,
        "con:aux?*",
    ],
)
def test_safe_name_is_a_plain_file_name(identifier: str) -> None:
    name = safe_name(identifier)
    assert name and "/" not in name and "\\" not in name and name not in (".", "..")
    assert len(name) <= 80
    assert all(c.isalnum() or c in "._-" for c in name)


def test_safe_name_keeps_plain_ids_and_separates_different_ones() -> None:
    assert safe_name("thread-42_a.b") == "thread-42_a.b"
    names = {safe_name(i) for i in ("a/b", "a_b", "a:b", "a b", "a?b")}
    assert len(names) == 5


def test_default_log_path_stays_under_the_logs_folder(settings) -> None:
    path = default_log_path(settings, "../web", "../../../../tmp/evil")
    assert path.resolve().is_relative_to(settings.logs_dir.resolve())
    assert path.suffix == ".jsonl"


def test_append_writes_whole_lines_even_from_many_threads(tmp_path: Path) -> None:
    log = ConversationLog(tmp_path / "c.jsonl")
    text = "50% off: “today” 🎉 — 桜\nsecond line"

    def writer(n: int) -> None:
        for i in range(50):
            log.append({"role": "user", "text": f"{n}-{i} {text}", "attachments": []})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    raw = log.path.read_text(encoding="utf-8")
    assert raw.count("\n") == 200
    lines = list(read_log(log.path))
    assert len(lines) == 200
    assert {line["text"] for line in lines} == {f"{n}-{i} {text}" for n in range(4) for i in range(50)}
    assert all(line["at"].endswith("+00:00") for line in lines)


def test_read_log_skips_a_torn_last_line_but_not_a_broken_middle_one(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"role": "user", "text": "hi"}\n{"role": "assis', encoding="utf-8")
    assert [line["text"] for line in read_log(path)] == ["hi"]
    path.write_text(
        '{"role": "user", "text": "hi"}\nnot json\n{"role": "user", "text": "x"}\n', encoding="utf-8"
    )
    with pytest.raises(LogError, match="line 2"):
        list(read_log(path))
    path.write_text('["a list"]\n', encoding="utf-8")
    with pytest.raises(LogError, match="not a JSON object"):
        list(read_log(path))


def test_attachments_are_copied_beside_the_log_and_resolved_only_inside_it(tmp_path: Path) -> None:
    source = tmp_path / "elsewhere" / "Product Photo.PNG"
    source.parent.mkdir()
    source.write_bytes(b"\x89PNG fake bytes")
    log = ConversationLog(tmp_path / "logs" / "conv.jsonl")
    ref = log.keep_attachment(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert ref == f"conv.files/{digest}.png"
    assert resolve_attachment(log.path, ref).read_bytes() == source.read_bytes()
    assert log.keep_attachment(source) == ref  # the same content is kept once

    (tmp_path / "secret.txt").write_text("no")
    for escaping in (
        "../secret.txt",
        str(tmp_path / "secret.txt"),
        "conv.files/../../secret.txt",
        "file://" + str(tmp_path / "secret.txt"),
    ):
        with pytest.raises(LogError, match="outside"):
            resolve_attachment(log.path, escaping)
    with pytest.raises(LogError, match="does not exist"):
        resolve_attachment(log.path, "conv.files/missing.png")
    with pytest.raises(LogError, match="not a local file"):
        resolve_attachment(log.path, "https://example.com/x.png")


async def test_a_conversation_is_logged_in_the_contract_format(settings) -> None:
    from adgen.agent.session import ChatSession

    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="C1/thread 9", channel="web", auto_render=False
    )
    await session.send("A 15 second ad for Northwind cold brew, energetic")
    await session.send("make the hook say '50% off: today only 🎉'")
    path = session.log.path
    assert path.parent == settings.logs_dir / "web"
    lines = [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines()]
    assert [line["role"] for line in lines] == ["user", "assistant", "user", "assistant"]
    for line in lines[::2]:
        assert {"role", "text", "attachments", "at", "channel", "userId", "conversationId"} <= set(line)
        assert (
            line["channel"] == "web" and line["userId"] == "alice" and line["conversationId"] == "C1/thread 9"
        )
    for line in lines[1::2]:
        assert {"role", "text", "operations", "projectId", "version"} <= set(line)
    assert lines[1]["version"] == 1 and lines[1]["operations"] == []
    assert lines[3]["operations"] == [
        {"operation": "update_overlay", "sceneId": "scene_1", "text": "50% off: today only 🎉"}
    ]
    assert lines[3]["projectId"] == lines[1]["projectId"] and lines[3]["version"] == 2
    assert lines[2]["text"] == "make the hook say '50% off: today only 🎉'"
