"""`adgen replay` (CONTRACTS §3) over the golden conversation logs in tests/golden/: the
transcript and final documents it writes, that it is deterministic offline, that --check passes
on the goldens and fails with a readable diff on a changed operation, that attachments cannot
escape the log's folder, and (slow) that --render leaves real final-quality videos."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from adgen.agent.conversation_log import LogError, read_log
from adgen.agent.replay import run_replay
from adgen.project import AdProject

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
GOLDEN_LOGS = sorted(GOLDEN.glob("*.jsonl"))
ADGEN = ROOT / ".venv" / "bin" / "adgen"


def replay(log: Path, out: Path, settings, **flags: bool) -> tuple[int, str]:
    stdout = io.StringIO()
    code = run_replay(
        log,
        out,
        render=flags.get("render", False),
        check=flags.get("check", False),
        settings=settings,
        stdout=stdout,
    )
    return code, stdout.getvalue()


def projects(out: Path) -> dict[str, AdProject]:
    return {
        p.stem: AdProject.from_wire(p.read_text(encoding="utf-8")) for p in (out / "projects").glob("*.json")
    }


def comparable(project: AdProject) -> dict[str, Any]:
    """A document without what differs between runs by design: ids, times, storage URLs."""
    data = project.to_wire()
    for key in ("projectId", "createdAt"):
        data.pop(key)
    data["variation"].pop("parentProjectId")
    for entry in data["history"]:
        entry.pop("at")
    if data["productAsset"]:
        data["productAsset"].pop("sourceUrl")
    return data


def test_there_are_golden_logs() -> None:
    names = {p.stem for p in GOLDEN_LOGS}
    assert {"brief_edits_undo", "ab_variation", "hostile_texts"} <= names
    for log in GOLDEN_LOGS:
        lines = list(read_log(log))
        assert {line["role"] for line in lines} == {"user", "assistant"}


@pytest.mark.parametrize("log", GOLDEN_LOGS, ids=lambda p: p.stem)
def test_each_golden_log_replays_and_checks(log: Path, settings, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, printed = replay(log, out, settings, check=True)
    assert code == 0, printed
    assert "the operations match" in printed
    recorded = list(read_log(log))
    transcript = list(read_log(out / "transcript.jsonl"))
    assert [line["role"] for line in transcript] == [line["role"] for line in recorded]
    assert [line["text"] for line in transcript if line["role"] == "user"] == [
        line["text"] for line in recorded if line["role"] == "user"
    ]
    assert all(line["channel"] == "replay" for line in transcript)
    documents = projects(out)
    last = [line for line in transcript if line["role"] == "assistant"][-1]
    assert documents[last["projectId"]].version == last["version"]
    assert last["version"] == [line for line in recorded if line["role"] == "assistant"][-1]["version"]
    # The user's own data folder was not touched.
    from adgen.store.projects import open_project_store

    assert open_project_store(settings).list_projects("replay") == []


def test_the_brief_golden_keeps_its_product_photo_and_ends_where_it_ended(settings, tmp_path: Path) -> None:
    import hashlib

    log = GOLDEN / "brief_edits_undo.jsonl"
    code, _ = replay(log, tmp_path / "out", settings)
    assert code == 0
    [ref] = next(read_log(log))["attachments"]
    photo = (GOLDEN / ref).read_bytes()
    [project] = projects(tmp_path / "out").values()
    assert project.product_asset.checksum == hashlib.sha256(photo).hexdigest()
    assert project.version == 9 and project.duration_sec == 15  # three undos took back the 20 s
    assert project.scenes[0].overlay.text == "Wake up to cold brew"
    assert [s.role for s in project.scenes] == ["hook", "showcase", "cta"]
    copied = list((tmp_path / "out" / "transcript.files").iterdir())
    assert [p.read_bytes() for p in copied] == [photo]


@pytest.mark.slow
def test_a_replayed_project_renders_with_its_product_after_the_replay(settings, tmp_path: Path) -> None:
    """The replay's own media is gone when it ends: the photo is kept beside the documents."""
    import hashlib

    from adgen.pipeline.document import render_document
    from adgen.pipeline.ffmpeg import probe

    log = GOLDEN / "brief_edits_undo.jsonl"
    assert replay(log, tmp_path / "out", settings)[0] == 0
    [path] = (tmp_path / "out" / "projects").glob("p_*.json")
    written = AdProject.from_wire(path.read_text(encoding="utf-8"))
    asset = written.product_asset
    assert asset.source_url.startswith("media/") and asset.masked_url is None
    photo = (path.parent / asset.source_url).read_bytes()
    assert hashlib.sha256(photo).hexdigest() == asset.checksum

    rendered = render_document(path, tmp_path / "render", "draft", settings)
    assert rendered.render_status.state == "completed", rendered.render_status
    assert rendered.product_asset.masked_url  # the product was cut out, so it is in the ad
    info = probe(tmp_path / "render" / "ad_9x16.mp4")
    assert (info.width, info.height) == (360, 640) and abs(info.duration_sec - 15) < 0.1


def test_the_ab_golden_writes_both_projects(settings, tmp_path: Path) -> None:
    code, _ = replay(GOLDEN / "ab_variation.jsonl", tmp_path / "out", settings)
    assert code == 0
    documents = projects(tmp_path / "out")
    [variant] = [p for p in documents.values() if p.variation.is_variation]
    [parent] = [p for p in documents.values() if not p.variation.is_variation]
    assert variant.variation.parent_project_id == parent.project_id and variant.variation.label == "B"
    assert parent.scenes[-1].overlay.text == "Light up your desk"
    assert (
        variant.scenes[-1].overlay.text == "Buy now"
        and variant.scenes[0].overlay.text == "Focus, beautifully"
    )


def test_replay_is_deterministic(settings, tmp_path: Path) -> None:
    log = GOLDEN / "hostile_texts.jsonl"
    replay(log, tmp_path / "a", settings)
    replay(log, tmp_path / "b", settings)
    [a] = projects(tmp_path / "a").values()
    [b] = projects(tmp_path / "b").values()
    assert a.project_id != b.project_id
    assert comparable(a) == comparable(b)
    texts = [s.overlay.text for s in a.scenes]
    assert texts[0] == "50% off: today only!" and texts[1] == "Line one\nline two"
    assert texts[2] == "C'est parti : 100 % naturel" and a.brand.tagline == "Brewed with ❤️ in Kyoto"


def changed_copy(tmp_path: Path) -> Path:
    """A copy of a golden log (with its attachments) with one recorded operation changed."""
    source = GOLDEN / "brief_edits_undo.jsonl"
    shutil.copytree(GOLDEN / "brief_edits_undo.files", tmp_path / "brief_edits_undo.files")
    lines = list(read_log(source))
    for line in lines:
        if line["role"] == "assistant" and line["operations"][:1] == [
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "Wake up to cold brew"}
        ]:
            line["operations"][0]["text"] = "Wake up to hot brew"
            break
    else:
        raise AssertionError("the golden log no longer has the edit this test changes")
    copy = tmp_path / "brief_edits_undo.jsonl"
    copy.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return copy


def test_check_finds_a_changed_operation_and_prints_a_diff(settings, tmp_path: Path) -> None:
    code, printed = replay(changed_copy(tmp_path), tmp_path / "out", settings, check=True)
    assert code == 1
    assert "the operations differ" in printed
    assert "--- " in printed and "+++ " in printed and "@@" in printed
    minus = [row for row in printed.splitlines() if row.startswith("-  ")]
    plus = [row for row in printed.splitlines() if row.startswith("+  ")]
    assert minus == [
        '-  {"operation": "update_overlay", "sceneId": "scene_1", "text": "Wake up to hot brew"}'
    ]
    assert plus == [
        '+  {"operation": "update_overlay", "sceneId": "scene_1", "text": "Wake up to cold brew"}'
    ]


@pytest.mark.parametrize("reference", ["../secret.png", "/etc/hostname", "files/../../secret.png"])
def test_attachments_may_not_escape_the_logs_folder(settings, tmp_path: Path, reference: str) -> None:
    (tmp_path / "secret.png").write_bytes(b"not yours")
    folder = tmp_path / "logs"
    folder.mkdir()
    log = folder / "evil.jsonl"
    log.write_text(
        json.dumps({"role": "user", "text": "A 15 s ad for tea", "attachments": [reference]}) + "\n"
    )
    with pytest.raises(LogError, match="outside"):
        replay(log, tmp_path / "out", settings)
    assert not (tmp_path / "out").exists()


def test_a_hand_written_log_of_user_lines_replays(settings, tmp_path: Path) -> None:
    log = tmp_path / "mine.jsonl"
    log.write_text(
        json.dumps({"role": "user", "text": "A 10 second ad for Zest lemon soda, playful"})
        + "\n"
        + json.dumps({"role": "user", "text": "the CTA should say 'Grab a Zest'", "attachments": []})
        + "\n",
        encoding="utf-8",
    )
    code, printed = replay(log, tmp_path / "out", settings)
    assert code == 0, printed
    [project] = projects(tmp_path / "out").values()
    assert project.version == 2 and project.scenes[-1].overlay.text == "Grab a Zest"
    # Against a log without assistant lines, --check reports every produced operation.
    code, printed = replay(log, tmp_path / "out2", settings, check=True)
    assert code == 1 and '+  {"operation": "update_overlay"' in printed


def test_the_adgen_command_replays_and_checks(settings, data_dir: Path, tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ADGEN_DATA_DIR": str(data_dir)}
    ok = subprocess.run(
        [str(ADGEN), "replay", str(GOLDEN / "ab_variation.jsonl"), "--out", str(tmp_path / "a"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "the operations match (6 turns)" in ok.stdout
    changed = changed_copy(tmp_path)
    bad = subprocess.run(
        [str(ADGEN), "replay", str(changed), "--out", str(tmp_path / "b"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert bad.returncode == 1 and "hot brew" in bad.stdout and "Traceback" not in bad.stderr
    escape = tmp_path / "escape.jsonl"
    escape.write_text(json.dumps({"role": "user", "text": "x", "attachments": ["../../etc/passwd"]}) + "\n")
    refused = subprocess.run(
        [str(ADGEN), "replay", str(escape), "--out", str(tmp_path / "c")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert refused.returncode == 2 and "outside the log's folder" in refused.stderr


@pytest.mark.slow
def test_render_leaves_final_quality_videos(settings, tmp_path: Path) -> None:
    from adgen.pipeline.ffmpeg import probe
    from adgen.store.media import LocalMediaStore

    log = tmp_path / "short.jsonl"
    log.write_text(
        json.dumps({"role": "user", "text": "A new 5 second ad for Zest lemon soda, playful"}) + "\n",
        encoding="utf-8",
    )
    code, printed = replay(log, tmp_path / "out", settings, render=True)
    assert code == 0, printed
    [project] = projects(tmp_path / "out").values()
    assert project.render_status.state in ("completed", "completed_with_warnings")
    media = LocalMediaStore(tmp_path / "out" / "data" / "media")
    sizes = {aspect: probe(media.local_path(url)) for aspect, url in project.aspect_exports.items()}
    assert {a: (i.width, i.height) for a, i in sizes.items()} == {
        "9:16": (1080, 1920),
        "1:1": (1080, 1080),
        "16:9": (1920, 1080),
    }
    assert all(abs(i.duration_sec - 5.0) < 0.3 and i.has_audio for i in sizes.values())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))
