"""Render benchmarks of issue 3, measured in one run on this machine.

(a) full render of a 15 s ad in 3 aspects at final quality / the encode floor (ffmpeg encoding
    the same three outputs from a lavfi testsrc2 source with the same codec settings); the ad is
    the local planner's for an energetic brief, and a calm brief's is shown alongside; so is the
    render against re-encoding its own three exports, which separates what the pipeline adds
    from what the content costs the encoder (testsrc2 is mostly still; the ad moves everywhere);
(b) a text edit's re-render / the full render (one edit of each scene, in turn; the mean);
(c) with a simulated cloud provider that takes 2 s per clip, generating 4 scenes / 1 scene;
(d) issue 19: the same ad rendered with its voice-over and captions / without them, each into an
    empty media store, in alternating order, ROUNDS times (the median round), side by side; and
    a voice-over edit of one scene / that render. No target was set for (d): it is reported.

Run: .venv/bin/python bench/bench_render.py [--keep DIR] [--only ab|c|d] [--quality draft|final]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

TARGETS = {"a": 2.0, "b": 0.35, "c": 1.3}


class SimulatedCloudVideo:
    """A cloud-style video provider: 2 s of latency per clip, then the clip is delivered (copied
    into place, as a real adapter downloads it). Clips are made ahead by :meth:`prepare`, so
    the measurement is of latency and of our pipeline, not of this stand-in's own encoding."""

    name = "simulated"
    model = "latency-2s"
    remote = True
    usd_per_call = 0.0

    def __init__(self, folder: Path, latency_sec: float = 2.0) -> None:
        self.folder = folder
        self.latency_sec = latency_sec

    def _path(self, request) -> Path:
        return self.folder / f"{request.width}x{request.height}-{request.fps}-{request.duration_sec:.3f}.mp4"

    def prepare(self, request) -> None:
        from adgen.pipeline.ffmpeg import ffmpeg_exe

        self.folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                ffmpeg_exe(),
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"testsrc2=size={request.width}x{request.height}:rate={request.fps}:duration={request.duration_sec}",
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "18",
                "-pix_fmt",
                "yuv420p",
                str(self._path(request)),
            ],
            check=True,
        )

    async def agenerate(self, request, out_path: Path) -> Path:
        await asyncio.sleep(self.latency_sec)
        await asyncio.to_thread(shutil.copyfile, self._path(request), out_path)
        return Path(out_path)

    def generate(self, request, out_path: Path) -> Path:
        return asyncio.run(self.agenerate(request, out_path))


def product_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 960), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([120, 180, 480, 920], radius=80, fill=(40, 90, 200, 255))
    draw.rectangle([230, 40, 370, 190], fill=(30, 30, 30, 255))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


ENERGETIC = "a 15 second ad for our cold brew coffee, energetic"
CALM = "a 15 second ad for our cold brew coffee, calm and relaxed, soft morning light"


def planned_ad(media, duration: float = 15.0, scenes: int | None = None, brief_text: str = ENERGETIC):
    """What a marketer gets from a brief: the local planner's ad, with a product image."""
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief
    from adgen.project import AdProject, ProductAsset

    data = product_png()
    asset = ProductAsset(
        source_url=media.put_bytes(data, suffix=".png"), checksum=hashlib.sha256(data).hexdigest()
    )
    brief = Brief(
        text=brief_text, brand_name="Northwind Coffee", colors=["#1F3A5F", "#F2A541"], duration_sec=duration
    )
    project = LocalPlanner().plan(brief, owner="bench", product_asset=asset)
    if scenes is not None:
        wire = project.to_wire()
        template = wire["scenes"][1]
        wire["scenes"] = [
            {
                **template,
                "id": f"scene_{i + 1}",
                "durationSec": round(duration / scenes, 2),
                "backgroundPrompt": f"{template['backgroundPrompt']}, take {i + 1}",
            }
            for i in range(scenes)
        ]
        wire["sceneCounter"] = scenes
        project = AdProject.from_wire(wire)
    return project


def encode_floor(project, quality: str, work: Path) -> float:
    """ffmpeg encoding the same outputs (one per encode the presets need: size, duration, codec
    settings with their 1 s closed GOPs, a 48 kHz AAC track) from lavfi."""
    from adgen.pipeline.ffmpeg import AUDIO_RATE, export_video_args, ffmpeg_exe
    from adgen.pipeline.targets import render_targets

    started = time.monotonic()
    for target in render_targets(project):
        aspect, p = target.key, target.profile(quality)
        subprocess.run(
            [
                ffmpeg_exe(),
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"testsrc2=size={p.width}x{p.height}:rate={p.fps}:duration={project.duration_sec}",
                "-f",
                "lavfi",
                "-i",
                f"sine=frequency=440:sample_rate={AUDIO_RATE}:duration={project.duration_sec}",
                "-map",
                "0:v",
                "-map",
                "1:a",
                *export_video_args(p),
                "-c:a",
                "aac",
                "-b:a",
                p.audio_bitrate,
                "-ar",
                str(AUDIO_RATE),
                "-ac",
                "2",
                "-movflags",
                "+faststart",
                str(work / f"floor_{aspect.replace(':', 'x').replace('/', '-')}.mp4"),
            ],
            check=True,
        )
    return time.monotonic() - started


def reencode_exports(rendered, quality: str, media, work: Path) -> float:
    """The same encode of the ad's own pictures: decode each export and encode it again with the
    same settings. What encoding this content costs, where testsrc2 is mostly still."""
    from adgen.pipeline.ffmpeg import AUDIO_RATE, export_video_args, ffmpeg_exe
    from adgen.pipeline.types import encode_profile

    started = time.monotonic()
    for aspect, url in rendered.aspect_exports.items():
        p = encode_profile(aspect, quality)
        subprocess.run(
            [
                ffmpeg_exe(),
                "-v",
                "error",
                "-y",
                "-i",
                str(media.local_path(url)),
                "-map",
                "0:v",
                "-map",
                "0:a",
                *export_video_args(p),
                "-c:a",
                "aac",
                "-b:a",
                p.audio_bitrate,
                "-ar",
                str(AUDIO_RATE),
                "-ac",
                "2",
                "-movflags",
                "+faststart",
                str(work / f"again_{aspect.replace(':', 'x')}.mp4"),
            ],
            check=True,
        )
    return time.monotonic() - started


def stage_seconds(report) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for run in report.ran():
        totals[run.stage] += run.seconds
    return dict(totals)


CPU: dict[str, float] = {}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (pool workers, ffmpeg)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn, *args, label: str = "", **kwargs):
    """Wall seconds of one call (and its CPU seconds, kept in CPU under ``label``)."""
    started, cpu = time.monotonic(), cpu_seconds()
    result = fn(*args, **kwargs)
    if label:
        CPU[label] = cpu_seconds() - cpu
    return time.monotonic() - started, result


ROUNDS = 3


def measure_full_and_edits(settings, root: Path, rows: list, ratios: dict, notes: list) -> None:
    """(a) and (b). (a): the encode floor then a fresh full render at final quality (into an
    empty media store), ROUNDS times; each round's ratio compares two runs made under the same
    conditions, and the median round is reported (this shared machine's speed drifts by 10-20 %
    from minute to minute). (b): a text edit of each scene of the median round's render."""
    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.store.media import LocalMediaStore
    from adgen.tools import operations as ops
    from adgen.tools.apply import apply_operation

    work = root / "floor"
    work.mkdir(parents=True, exist_ok=True)
    rounds = []
    for i in range(ROUNDS):
        ctx = render_context(settings, "final", media=LocalMediaStore(root / f"full-{i}"))
        project = planned_ad(ctx.media)
        t_floor, _ = timed(encode_floor, project, "final", work, label=f"floor {i}")
        t_full, full = timed(render_project, project, ctx, label=f"full {i}")
        assert full.project.render_status.state == "completed", full.project.render_status
        rows += [
            (f"encode floor (lavfi testsrc2), round {i + 1}", t_floor),
            (f"full render, 15 s x 3 aspects, final, round {i + 1}", t_full),
        ]
        rounds.append((t_full / t_floor, i, t_full, t_floor, full, ctx))
    ratio, middle, t_full, t_floor, full, ctx = sorted(rounds, key=lambda r: r[0])[len(rounds) // 2]
    t_again, _ = timed(reencode_exports, full.project, "final", ctx.media, work, label="again")
    rows.append(("re-encode of the render's own 3 exports", t_again))
    edits, edit_stages = [], defaultdict(float)
    current = full.project
    for scene in current.scenes:
        op = ops.UpdateOverlay(scene_id=scene.id, text=f"{scene.overlay.text} today")
        current = apply_operation(current, op).project
        t_edit, edited = timed(render_project, current, ctx, label=f"edit {scene.id}")
        ran = {r.stage for r in edited.report.ran()}
        assert "background" not in ran and not edited.report.calls, ran
        edits.append(t_edit)
        for stage, seconds in stage_seconds(edited.report).items():
            edit_stages[stage] += seconds / len(current.scenes)
        edit_stages["pre-flight"] += (edited.report.preflight_seconds or 0.0) / len(current.scenes)
        rows.append((f"text edit of {scene.id} ({scene.duration_sec:g} s) re-render", t_edit))
        current = edited.project
    # The same measure for a calm ad: x264 works much harder on fast-moving backgrounds.
    calm_ctx = render_context(settings, "final")
    t_calm, calm = timed(render_project, planned_ad(calm_ctx.media, brief_text=CALM), calm_ctx, label="calm")
    assert calm.project.render_status.state == "completed", calm.project.render_status
    rows.append(("full render of a calm 15 s ad, final", t_calm))
    ratios["a"] = ratio
    ratios["b"] = sum(edits) / len(edits) / t_full
    edit_cpu = [v for k, v in CPU.items() if k.startswith("edit ")]
    notes += [
        f"(a) is the median of {ROUNDS} rounds; round by round: " + ", ".join(f"{r[0]:.2f}" for r in rounds),
        "full render, seconds per stage (summed over parallel work): "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(stage_seconds(full.report).items())),
        f"full render / re-encode of its own exports {t_full / t_again:.2f}: what the pipeline adds to "
        f"encoding this content, which costs {t_again / t_floor:.2f}x testsrc2's",
        f"worst single text edit / full render: {max(edits) / t_full:.2f}",
        "a text edit's re-render, seconds per stage (mean of the edits; summed over parallel work): "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(edit_stages.items()))
        + f"; full render's pre-flight {full.report.preflight_seconds or 0.0:.1f}",
        f"calm ad: full render / encode floor {t_calm / t_floor:.2f}",
        f"by CPU time: (a) {CPU[f'full {middle}'] / CPU[f'floor {middle}']:.2f}  "
        f"(b) {sum(edit_cpu) / len(edit_cpu) / CPU[f'full {middle}']:.2f}",
    ]


def measure_voice(settings, root: Path, rows: list, ratios: dict, notes: list, quality: str) -> None:
    """(d): the planned ad with the voice and captions on / off, each render from an empty store."""
    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.store.media import LocalMediaStore
    from adgen.tools.apply import apply_operation

    rounds = []
    for i in range(ROUNDS):
        times: dict[str, float] = {}
        for kind in ("plain", "voiced") if i % 2 == 0 else ("voiced", "plain"):
            ctx = render_context(settings, quality, media=LocalMediaStore(root / f"voice-{kind}-{i}"))
            project = planned_ad(ctx.media)
            if kind == "voiced":
                project = apply_operation(project, {"operation": "update_voice", "enabled": True}).project
            times[kind], done = timed(render_project, project, ctx, label=f"{kind} {i}")
            assert done.project.render_status.state == "completed", done.project.render_status
            what = "with voice-over + line captions" if kind == "voiced" else "without voice-over"
            rows.append((f"render {what}, 15 s x 3 aspects, {quality}, round {i + 1}", times[kind]))
            if kind == "voiced":
                voiced, voiced_ctx = done, ctx
        rounds.append((times["voiced"] / times["plain"], i, times, voiced, voiced_ctx))
    ratio, middle, times, voiced, ctx = sorted(rounds, key=lambda r: r[0])[len(rounds) // 2]
    scene = voiced.project.scenes[1]
    edited = apply_operation(
        voiced.project,
        {"operation": "update_voiceover", "sceneId": scene.id, "text": "Smooth and bold, every time."},
    ).project
    t_edit, again = timed(render_project, edited, ctx, label="voice edit")
    assert not again.report.ran("background"), again.report.ran()
    rows.append((f"voice-over edit of {scene.id} re-render", t_edit))
    ratios["d"] = ratio
    voice_stages = {k: v for k, v in stage_seconds(voiced.report).items() if k in ("speech", "captions")}
    notes += [
        f"(d) median of {ROUNDS} rounds; round by round: "
        + ", ".join(f"{r[0]:.2f}" for r in rounds)
        + "; by CPU time: "
        + ", ".join(
            f"{CPU[f'voiced {r[1]}'] / CPU[f'plain {r[1]}']:.2f}" for r in sorted(rounds, key=lambda r: r[1])
        ),
        f"(d) side by side: without {times['plain']:.2f} s, with voice-over + captions {times['voiced']:.2f} s "
        f"(+{times['voiced'] - times['plain']:.2f} s); by CPU time "
        f"{CPU[f'voiced {middle}'] / CPU[f'plain {middle}']:.2f}",
        "(d) voice stages, seconds: "
        + ", ".join(f"{k} {v:.2f}" for k, v in sorted(voice_stages.items()))
        + f"; voice-over edit re-render / voiced render {t_edit / times['voiced']:.2f}",
    ]


def measure_latency(settings, root: Path, rows: list, ratios: dict, notes: list) -> None:
    """(c): 4 scenes vs 1 scene through the cloud (async) path, 2 s of latency per clip; ROUNDS
    rounds, each into empty media stores, the median round reported."""
    from adgen.pipeline.keys import background_size
    from adgen.pipeline.orchestrator import render_context, render_scenes
    from adgen.pipeline.types import BackgroundRequest, encode_profile
    from adgen.project import MASTER_ASPECT
    from adgen.store.media import LocalMediaStore

    simulated = SimulatedCloudVideo(root / "simulated-clips", 2.0)
    rounds = []
    for i in range(ROUNDS):
        sims = {}
        for label, ids in (("1 scene", ["scene_1"]), ("4 scenes", None)):
            ctx = render_context(settings, "draft", media=LocalMediaStore(root / f"sim-{label[0]}-{i}"))
            ctx.providers.video = simulated
            project = planned_ad(ctx.media, duration=15.0, scenes=4).model_copy(
                update={"aspect_ratios": [MASTER_ASPECT], "presets": ["tiktok", "reels"]}
            )
            profile = encode_profile(MASTER_ASPECT, "draft")
            width, height = background_size(profile, simulated)
            if i == 0:
                for scene in project.scenes:
                    simulated.prepare(
                        BackgroundRequest(
                            scene.background_prompt,
                            project.style,
                            width,
                            height,
                            profile.fps,
                            scene.duration_sec,
                            0,
                        )
                    )
            sims[label], outputs = timed(render_scenes, project, ctx, ids, label=f"{label} {i}")
            assert all(o.error is None for o in outputs)
            rows.append((f"simulated 2 s/clip provider, {label} (9:16, draft), round {i + 1}", sims[label]))
        rounds.append(sims["4 scenes"] / sims["1 scene"])
    ratios["c"] = sorted(rounds)[len(rounds) // 2]
    notes.append(
        f"(c) is the median of {ROUNDS} rounds; round by round: " + ", ".join(f"{r:.2f}" for r in rounds)
    )


NAMES = {
    "a": "full render / encode floor (energetic ad)",
    "b": "text-edit re-render / full render (mean of scenes)",
    "c": "4-scene / 1-scene generation at 2 s latency",
    "d": "render with voice-over + captions / without",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the data folder (renders) here instead of a temp dir")
    parser.add_argument("--only", choices=("ab", "c", "d"), help="run only (a)+(b), only (c) or only (d)")
    parser.add_argument("--quality", choices=("draft", "final"), default="final", help="quality of (d)")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="adgen-bench-")) if args.keep is None else args.keep
    for key in ("REPLICATE_API_TOKEN", "OPENAI_API_KEY", "ADGEN_S3_BUCKET", "REDIS_URL"):
        os.environ.pop(key, None)
    os.environ["ADGEN_DATA_DIR"] = str(root / "data")
    from adgen.settings import Settings

    settings = Settings()
    rows: list[tuple[str, float]] = []
    ratios: dict[str, float] = {}
    notes: list[str] = []
    load_before = os.getloadavg()[0]
    try:
        if args.only in (None, "ab"):
            measure_full_and_edits(settings, root, rows, ratios, notes)
        if args.only in (None, "c"):
            measure_latency(settings, root, rows, ratios, notes)
        if args.only in (None, "d"):
            measure_voice(settings, root, rows, ratios, notes, args.quality)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)

    width = max(len(label) for label, _ in rows)
    print(f"{'measurement'.ljust(width)}  wall s   CPU s")
    for (label, seconds), used in zip(rows, CPU.values(), strict=True):
        print(f"{label.ljust(width)}  {seconds:6.2f}  {used:6.2f}")
    print()
    ok = True
    for key, value in ratios.items():
        if key not in TARGETS:
            print(f"({key}) {NAMES[key]:<52} {value:5.2f}  (no target set)")
            continue
        passed = value <= TARGETS[key]
        ok &= passed
        print(
            f"({key}) {NAMES[key]:<52} {value:5.2f}  target <= {TARGETS[key]:.2f}  {'ok' if passed else 'MISSED'}"
        )
    for note in notes:
        print(f"    {note}")
    print(
        f"    machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
        f"{load_before:.1f} before / {os.getloadavg()[0]:.1f} after (other work on the machine skews wall times)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
