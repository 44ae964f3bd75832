"""Where a render's CPU goes, call by call: the bench's energetic ad (bench_render's) rendered once
at final quality into an empty store, then one text edit of each of its first ``--edits`` scenes,
with the CPU seconds of every ffmpeg process it starts, grouped by what the call does.

Why: bench_render's stage seconds are wall seconds summed over parallel work, which other work on
a shared machine inflates; the CPU of each ffmpeg process is not (much). Compare two commits by
running this at each. Python's own share is the render's CPU less its ffmpeg calls.

Run: .venv/bin/python bench/bench_stage_cpu.py [--edits N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import stat
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

SHIM = """#!{python}
import json, os, resource, subprocess, sys
proc = subprocess.run([{exe!r}, *sys.argv[1:]])
used = resource.getrusage(resource.RUSAGE_CHILDREN)
with open({log!r}, "a") as log:
    log.write(json.dumps({{"cpu": used.ru_utime + used.ru_stime, "args": sys.argv[1:]}}) + "\\n")
sys.exit(proc.returncode)
"""


def kind_of(args: list[str]) -> str:
    """What an ffmpeg call does, from its arguments."""
    text = " ".join(args)
    if "parts/part" in text or ("-filter_complex" in args and "overlay=" in text):
        return "scene pass"
    if "xfade=" in text or "concat=n=2" in text:
        return "transition window"
    if "-f concat" in text:
        return "join exports (stream copy)"
    if "rawvideo" in text and "pipe:0" in text:
        return "background encode"
    if "select=" in text and "scale=" in text and text.endswith("pipe:1"):
        return "background decode (contrast)"
    if "nokey" in text or "ebur128" in text or "loudnorm" in text or text.endswith("pipe:1"):
        return "pre-flight decode / loudness"
    if ".jpg" in text:
        return "poster"
    if "-f segment" in text:
        return "split pass"
    return "sound / other"


def wrap_ffmpeg(log: Path, folder: Path) -> None:
    """Every module's ffmpeg_exe (imported by name) answers a shim that logs each call's CPU."""
    import adgen.pipeline.assembly  # noqa: F401 - import what renders, so their names are patched
    import adgen.pipeline.orchestrator  # noqa: F401
    import adgen.preflight.engine  # noqa: F401
    from adgen.pipeline import ffmpeg

    exe = ffmpeg.ffmpeg_exe()
    shim = folder / "ffmpeg"
    shim.write_text(SHIM.format(python=sys.executable, exe=exe, log=str(log)))
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    from adgen.preflight import media

    # The pipeline's and the pre-flight's own (adgen.preflight.media has one of its own).
    originals = (ffmpeg.ffmpeg_exe, media.ffmpeg_exe)
    for module in list(sys.modules.values()):
        if any(getattr(module, "ffmpeg_exe", None) is original for original in originals):
            module.ffmpeg_exe = lambda: str(shim)  # type: ignore[attr-defined]


def cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def summarise(label: str, log: Path, cpu: float, wall: float) -> None:
    rows = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    by_kind: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        by_kind[kind_of(row["args"])].append(row["cpu"])
    spent = sum(sum(v) for v in by_kind.values())
    print(f"{label}: CPU {cpu:.1f} s, wall {wall:.1f} s; ffmpeg {spent:.1f} s in {len(rows)} calls")
    for kind, values in sorted(by_kind.items(), key=lambda kv: -sum(kv[1])):
        print(f"    {kind:32s} {sum(values):6.2f} s  ({len(values)} calls)")
    print(f"    {'python (the rest)':32s} {cpu - spent:6.2f} s")
    log.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1, help="text edits after the full render")
    parser.add_argument("--keep", type=Path, help="keep the data folder here")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="adgen-stage-cpu-")) if args.keep is None else args.keep
    for key in ("REPLICATE_API_TOKEN", "OPENAI_API_KEY", "ADGEN_S3_BUCKET", "REDIS_URL"):
        os.environ.pop(key, None)
    os.environ["ADGEN_DATA_DIR"] = str(root / "data")
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_render import planned_ad, stage_seconds

    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.settings import Settings
    from adgen.store.media import LocalMediaStore
    from adgen.tools import operations as ops
    from adgen.tools.apply import apply_operation

    log = root / "ffmpeg-calls.jsonl"
    wrap_ffmpeg(log, root)
    try:
        ctx = render_context(Settings(), "final", media=LocalMediaStore(root / "media"))
        project = planned_ad(ctx.media)
        print(f"load average {os.getloadavg()[0]:.1f} before")
        started, cpu = time.monotonic(), cpu_seconds()
        full = render_project(project, ctx)
        summarise("full render", log, cpu_seconds() - cpu, time.monotonic() - started)
        print(
            "    stage wall s: "
            + ", ".join(f"{k} {v:.1f}" for k, v in sorted(stage_seconds(full.report).items()))
            + f", pre-flight {full.report.preflight_seconds or 0:.1f}"
        )
        current = full.project
        for scene in current.scenes[: args.edits]:
            op = ops.UpdateOverlay(scene_id=scene.id, text=f"{scene.overlay.text} today")
            current = apply_operation(current, op).project
            started, cpu = time.monotonic(), cpu_seconds()
            edited = render_project(current, ctx)
            summarise(f"text edit of {scene.id}", log, cpu_seconds() - cpu, time.monotonic() - started)
            current = edited.project
        print(f"load average {os.getloadavg()[0]:.1f} after")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
