"""A hostile or damaged replay log gets a one-line error naming the line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adgen.agent.conversation_log import LogError, read_log

ROOT = Path(__file__).resolve().parents[2]


def write_log(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("depth", [100_000, 300])
def test_deeply_nested_line_is_a_one_line_error(tmp_path, depth):
    first = json.dumps({"role": "user", "text": "a 15 s ad for our tea", "attachments": []})
    deep = '{"role": "user", "text": "hi", "x": ' + "[" * depth + "]" * depth + "}"
    log = write_log(tmp_path / "deep.jsonl", first, deep)
    with pytest.raises(LogError, match=r"line 2 is nested too deeply"):
        list(read_log(log))


def test_replay_command_prints_one_line_for_a_nested_log(tmp_path, data_dir):
    deep = '{"role": "user", "text": ' + "[" * 200_000 + "]" * 200_000 + "}"
    log = write_log(tmp_path / "deep.jsonl", deep)
    env = {**os.environ, "ADGEN_DATA_DIR": str(data_dir)}
    env.pop("REDIS_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "adgen.cli", "replay", str(log), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "line 1 is nested too deeply" in lines[0], done.stderr[-2000:]


def test_ordinary_nesting_is_still_read(tmp_path):
    ops = {"operation": "create_variation", "label": "B", "operations": [{"operation": "set_duration"}]}
    line = json.dumps({"role": "assistant", "text": "ok", "operations": [ops]})
    assert list(read_log(write_log(tmp_path / "ok.jsonl", line)))[0]["operations"][0] == ops
