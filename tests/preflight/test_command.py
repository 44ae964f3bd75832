"""`adgen check PROJECT.json` on a rendered document, the table it prints and the JSON it
stores: exit 0 for an export ready to post, 1 naming what failed, 2 for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from preflight_media import GOOD_TEXT, Text, make_clip

from adgen.cli import main
from adgen.preflight import check_document, render_table


def _document(folder: Path, exports: dict[str, str], text: str = GOOD_TEXT) -> Path:
    doc = {
        "projectId": "p_preflight",
        "durationSec": 5,
        "scenes": [
            {
                "id": "scene_1",
                "role": "hook",
                "durationSec": 5,
                "backgroundPrompt": "dark blue",
                "overlay": {"text": text, "position": "center", "fontSize": 64, "color": "#FFFFFF"},
            }
        ],
        "aspectExports": exports,
    }
    path = folder / "project.json"
    path.write_text(json.dumps(doc))
    return path


def test_a_ready_export_passes_with_exit_0(good_clip: Path, tmp_path: Path, capsys, data_dir) -> None:
    project = _document(tmp_path, {"9:16": f"file://{good_clip}"})
    assert main(["check", str(project)]) == 0
    out = capsys.readouterr().out
    assert "9:16 1080x1920 (tiktok, reels): pass" in out and "pre-flight: PASS" in out
    for check in (
        "safe_zone",
        "contrast",
        "text_size",
        "time_on_screen",
        "read_back",
        "faststart",
        "loudness",
    ):
        assert f"  {check} " in out


def test_a_failing_export_exits_1_and_names_the_check(tmp_path: Path, capsys, data_dir) -> None:
    clip = make_clip(
        tmp_path / "ad_9x16.mp4", duration=5, texts=[Text(GOOD_TEXT, (150, 700), 64)], faststart=False
    )
    project = _document(tmp_path, {"9:16": "ad_9x16.mp4"})  # relative to the document's folder
    assert main(["check", str(project)]) == 1
    out = capsys.readouterr().out
    assert "faststart        FAIL  mdat before moov" in out and "pre-flight: FAIL (9:16: faststart)" in out
    # the same file, checked for YouTube Shorts only: its safe area is narrower
    assert main(["check", str(project), "--presets", "shorts", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "fail" and report["exports"][0]["presets"] == ["shorts"]
    checks = {c["check"]: c for c in report["exports"][0]["checks"]}
    assert checks["faststart"]["status"] == "fail" and "findings" in checks["safe_zone"]
    assert clip.exists()


def test_bad_input_is_one_clear_line(tmp_path: Path, capsys, data_dir) -> None:
    assert main(["check", str(tmp_path / "nope.json")]) == 2
    assert "no project document at" in capsys.readouterr().err
    assert main(["check", str(_document(tmp_path, {}))]) == 2
    assert "has no exports yet: render it first" in capsys.readouterr().err
    project = _document(tmp_path, {"9:16": "missing.mp4"})
    assert main(["check", str(project)]) == 1
    assert "does not exist" in capsys.readouterr().out
    assert main(["check", str(project), "--presets", "snapchat"]) == 2
    assert "no preset called 'snapchat'" in capsys.readouterr().err


def test_report_json_is_camel_case_and_the_table_is_compact(
    good_clip: Path, tmp_path: Path, data_dir
) -> None:
    report = check_document(_document(tmp_path, {"9:16": str(good_clip)}))
    wire = report.to_wire()
    assert set(wire) == {"checkedAt", "exports", "notes", "status", "seconds"}
    # What the whole check took: its wall time and its CPU time (this process and its tools).
    assert (
        set(wire["seconds"]) == {"wall", "cpu"} and wire["seconds"]["wall"] > 0 and wire["seconds"]["cpu"] > 0
    )
    export = wire["exports"][0]
    assert export["status"] == "pass" and {"key", "file", "presets", "checks", "seconds"} <= set(export)
    assert export["seconds"]["total"] > 0
    table = render_table(report)
    assert len(table.splitlines()) <= 2 + len(report.exports[0].checks) + 3
    assert max(len(line) for line in table.splitlines() if not line.startswith(("9:16", "  note"))) <= 110
    with pytest.raises(KeyError, match="no check 'nope'"):
        report.exports[0].check("nope")
