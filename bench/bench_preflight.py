"""Pre-flight benchmark (issue 16): what the check costs per export, relative to the render, and
how often each check passes on a first render.

Two ways to run it:

  # check exports that exist, against the render time you measured for them
  .venv/bin/python bench/bench_preflight.py --project OUT/project.json --render-seconds 31.9

  # render the local planner's ad for each brief at final quality (timed), then check it
  .venv/bin/python bench/bench_preflight.py --brief "a 15 second ad for our cold brew, energetic" \
      --brief "a calm 20 s ad for a white linen brand, colours #FFFFFF #F4F1EA"

Each export is checked ``--repeat`` times (median reported): its stages (probe and delivery,
frame decoding, OCR, safe zone and legibility; the loudness meter runs alongside) and their
sum, against the render's time per export (the render's wall time / its exports). Target:
<= 10 %. The lead plugs the 20 briefs of issue 16 in with --brief (or --briefs FILE, one a line).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

TARGET_SHARE = 0.10


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (ffmpeg, tesseract, render pool)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


STAGES = ("delivery", "frames", "ocr", "safe_zone", "legibility", "wait")


def check_project_file(path: Path, repeat: int, presets: list[str] | None):
    """Check a rendered project document ``repeat`` times; the reports (last one kept whole) and
    the median seconds per export and stage."""
    from adgen.preflight.document import check_document

    runs, cpu = [], []
    for _ in range(repeat):
        started, cpu_start = time.monotonic(), cpu_seconds()
        report = check_document(path, preset_names=presets)
        runs.append((report, time.monotonic() - started))
        cpu.append(cpu_seconds() - cpu_start)
    costs: dict[str, dict[str, float]] = {}
    for export in runs[-1][0].exports:
        per_stage = defaultdict(list)
        for report, _ in runs:
            for stage, seconds in report.export(export.key).seconds.items():
                per_stage[stage].append(seconds)
        costs[export.key] = {stage: statistics.median(values) for stage, values in per_stage.items()}
    wall = statistics.median(seconds for _, seconds in runs)
    return runs[-1][0], costs, wall, statistics.median(cpu)


def render_brief(brief: str, out: Path) -> tuple[Path, float, float]:
    """The local planner's ad for ``brief``, rendered at final quality; its document, the
    render's wall time and its CPU time."""
    from adgen.pipeline.context import render_context
    from adgen.pipeline.orchestrator import render_project
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief
    from adgen.settings import get_settings

    ctx = render_context(get_settings(), "final")
    project = LocalPlanner().plan(Brief(text=brief), owner="bench")
    started, cpu_start = time.monotonic(), cpu_seconds()
    outcome = render_project(project, ctx)
    seconds, cpu = time.monotonic() - started, cpu_seconds() - cpu_start
    files = {a: str(ctx.media.local_path(u)) for a, u in outcome.report.exports.items()}
    rendered = outcome.project.model_copy(update={"aspect_exports": files})
    out.mkdir(parents=True, exist_ok=True)
    doc = out / f"{project.project_id}.json"
    doc.write_text(rendered.to_json())
    return doc, seconds, cpu


def print_costs(label: str, costs: dict[str, dict[str, float]], render_seconds: float | None) -> list[float]:
    shares = []
    per_export = render_seconds / max(1, len(costs)) if render_seconds else None
    print(f"\n{label}")
    header = "  export  " + "".join(f"{s:>11}" for s in (*STAGES, "loudness", "total")) + "   share of render"
    print(header)
    for key, stages in costs.items():
        cells = "".join(f"{stages.get(s, 0.0):>10.2f}s" for s in (*STAGES, "loudness", "total"))
        share = stages.get("total", 0.0) / per_export if per_export else None
        if share is not None:
            shares.append(share)
        note = f"   {share:.1%} of {per_export:.1f} s" if share is not None else ""
        print(f"  {key:<7}{cells}{note}")
    return shares


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--project", action="append", default=[], help="a rendered project document")
    parser.add_argument("--render-seconds", type=float, default=None, help="its render's wall time")
    parser.add_argument("--render-cpu-seconds", type=float, default=None, help="its render's CPU time")
    parser.add_argument("--brief", action="append", default=[], help="render this brief, then check it")
    parser.add_argument("--briefs", type=Path, default=None, help="a file of briefs, one a line")
    parser.add_argument("--presets", default=None, help="comma-separated presets (default: the document's)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("bench-preflight"))
    args = parser.parse_args(argv)
    briefs = list(args.brief)
    if args.briefs:
        briefs += [line.strip() for line in args.briefs.read_text().splitlines() if line.strip()]
    jobs = [(p, Path(p), args.render_seconds, args.render_cpu_seconds) for p in args.project]
    for brief in briefs:
        doc, seconds, cpu = render_brief(brief, args.out)
        print(f"rendered {brief!r} in {seconds:.1f} s ({cpu:.1f} CPU s) -> {doc}")
        jobs.append((brief, doc, seconds, cpu))
    if not jobs:
        parser.error("give --project (with --render-seconds) or --brief")
    presets = [p.strip() for p in args.presets.split(",")] if args.presets else None
    shares: list[float] = []
    cpu_shares: list[float] = []
    passes: dict[str, list[bool]] = defaultdict(list)
    warnings: list[str] = []
    for label, doc, render_seconds, render_cpu in jobs:
        report, costs, wall, cpu = check_project_file(doc, args.repeat, presets)
        shares += print_costs(f"{label}  (check: {wall:.2f} s wall, {cpu:.2f} CPU s)", costs, render_seconds)
        if render_cpu:
            cpu_shares.append(cpu / render_cpu)
            print(f"  CPU: the check {cpu:.2f} s / the render {render_cpu:.1f} s = {cpu / render_cpu:.1%}")
        for export in report.exports:
            for check in export.checks:
                passes[check.check].append(check.status in ("pass", "skip"))
                if check.status == "warn":
                    warnings.append(f"{label} {export.key} {check.check}: {check.measured} ({check.advice})")
        (args.out / "reports").mkdir(parents=True, exist_ok=True)
        (args.out / "reports" / f"{Path(doc).stem}.json").write_text(json.dumps(report.to_wire(), indent=2))
    print("\nfirst-render pass rate per check")
    for check, results in passes.items():
        print(f"  {check:<16}{sum(results)}/{len(results)} = {sum(results) / len(results):.0%}")
    for line in warnings:
        print(f"  warning: {line}")
    if shares:
        worst = max(shares)
        verdict = "met" if worst <= TARGET_SHARE else "not met"
        print(
            f"\ncheck wall time per export: median {statistics.median(shares):.1%}, worst {worst:.1%} of the "
            f"render's per export (target <= {TARGET_SHARE:.0%}): {verdict}"
        )
    if cpu_shares:
        worst = max(cpu_shares)
        verdict = "met" if worst <= TARGET_SHARE else "not met"
        print(f"check CPU time: worst {worst:.1%} of the render's (target <= {TARGET_SHARE:.0%}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
