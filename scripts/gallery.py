"""`make gallery`: six varied ads rendered offline at final quality, as contact sheets.

Each brief (a product, a mood, a brand palette; one with a real photograph from scikit-image,
cut out by the extractor) is planned by the local planner and rendered by the local providers.
Its sheet shows, for every aspect, two frames of every scene and the frame where each
transition lands, so the look and the rhythm can be judged before running anything.

Run: .venv/bin/python scripts/gallery.py [--out docs/gallery] [--only NAME]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class GalleryBrief:
    name: str
    text: str
    brand: str
    colours: list[str]
    product: str  # "photo:coffee" (scikit-image), or a drawn shape: "bottle" | "can" | "box" | "jar"
    product_colour: str = "#FFFFFF"
    durations: list[float] = field(default_factory=list)


BRIEFS = (
    GalleryBrief(
        "cold-brew",
        "a 15 second ad for our cold brew coffee, energetic",
        "Northwind Coffee",
        ["#1F3A5F", "#F2A541"],
        "photo:coffee",
    ),
    GalleryBrief(
        "serum",
        "a 12 second ad for Lumen face serum, luxurious and elegant",
        "Lumen",
        ["#121212", "#C9A227", "#F5F0E6"],
        "bottle",
        "#E9D9B0",
    ),
    GalleryBrief(
        "soda",
        "a 15 second ad for Pop Fizz soda, playful and fun",
        "Pop Fizz",
        ["#FF5DA2", "#FFE156", "#3CC8F0"],
        "can",
        "#3CC8F0",
    ),
    GalleryBrief(
        "sleep-tea",
        "a 15 second ad for Driftwood sleep tea, calm and relaxing",
        "Driftwood",
        ["#5B8E7D", "#F1E9DA", "#C6A15B"],
        "box",
        "#F1E9DA",
    ),
    GalleryBrief(
        "running-shoe",
        "a 15 second ad for Apex trail shoes, dramatic",
        "Apex",
        ["#0D0D0F", "#D62828", "#F2F2F2"],
        "box",
        "#D62828",
    ),
    GalleryBrief(
        "invoicing-app",
        "a 15 second ad for Ledgerly, the invoicing app for freelancers, professional",
        "Ledgerly",
        ["#0A2463", "#3E92CC", "#FFFFFF"],
        "jar",
        "#3E92CC",
    ),
)


def product_image(brief: GalleryBrief) -> bytes:
    """The product photo: a real one from scikit-image, or a simple packshot in brand colours."""
    from PIL import Image, ImageDraw

    if brief.product.startswith("photo:"):
        import skimage.data

        photo = getattr(skimage.data, brief.product.split(":", 1)[1])()
        buf = io.BytesIO()
        Image.fromarray(photo).save(buf, "PNG")
        return buf.getvalue()
    colour = brief.product_colour
    image = Image.new("RGBA", (400, 640), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    dark = tuple(max(0, int(colour[i : i + 2], 16) - 70) for i in (1, 3, 5)) + (255,)
    if brief.product == "bottle":
        draw.rounded_rectangle([120, 200, 280, 620], radius=50, fill=colour)
        draw.rectangle([170, 90, 230, 205], fill=dark)
        draw.rounded_rectangle([150, 40, 250, 100], radius=14, fill=(20, 20, 20, 255))
        draw.rectangle([135, 380, 265, 470], fill=(255, 255, 255, 230))
    elif brief.product == "can":
        draw.rounded_rectangle([110, 120, 290, 600], radius=30, fill=colour)
        draw.rectangle([110, 150, 290, 170], fill=(235, 235, 235, 255))
        draw.rectangle([110, 550, 290, 570], fill=(235, 235, 235, 255))
        draw.ellipse([150, 290, 250, 390], fill=(255, 255, 255, 240))
    elif brief.product == "jar":
        draw.rounded_rectangle([60, 120, 340, 600], radius=40, fill=(28, 28, 34, 255))
        draw.rounded_rectangle([80, 150, 320, 540], radius=16, fill=colour)
        draw.rectangle([110, 200, 290, 230], fill=(255, 255, 255, 255))
        draw.rectangle([110, 260, 250, 280], fill=(255, 255, 255, 200))
    else:  # box
        draw.polygon([(80, 220), (300, 160), (360, 220), (140, 280)], fill=dark)
        draw.polygon([(80, 220), (140, 280), (140, 600), (80, 540)], fill=dark)
        draw.polygon([(140, 280), (360, 220), (360, 540), (140, 600)], fill=colour)
        draw.rectangle([190, 360, 320, 400], fill=(255, 255, 255, 220))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def frame_at(video: Path, t: float, height: int) -> object:
    from PIL import Image

    from adgen.pipeline.ffmpeg import ffmpeg_exe

    png = subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-ss",
            f"{t:.3f}",
            "-i",
            str(video),
            "-frames:v",
            "1",
            "-vf",
            f"scale=-2:{height}:flags=area",
            "-f",
            "image2",
            "-c:v",
            "png",
            "pipe:1",
        ],
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(png)).convert("RGB")


def contact_sheet(project, exports: dict[str, Path], out: Path) -> Path:
    """Rows: the aspects; columns: two frames of each scene and each transition's landing."""
    from PIL import Image, ImageDraw

    from adgen.pipeline.assembly import transition_plans
    from adgen.pipeline.types import encode_profile

    heights = {"9:16": 240, "1:1": 150, "16:9": 112}
    rows = []
    for aspect, video in exports.items():
        profile = encode_profile(aspect, "final")
        beats_of = {}
        times, labels, start = [], [], 0.0
        plans = transition_plans(project, profile, _beats(project))
        for i, scene in enumerate(project.scenes):
            times += [start + scene.duration_sec * 0.3, start + scene.duration_sec * 0.7]
            labels += [f"{scene.role}", f"{scene.role}"]
            start += scene.duration_sec
            if i < len(plans):
                plan = plans[i]
                window_start = start - plan.tail_frames / profile.fps
                middle = window_start + (plan.start + plan.frames / 2) / profile.fps
                times.append(middle)
                labels.append(plan.kind)
                beats_of[len(times) - 1] = True
        tiles = [frame_at(video, t, heights[aspect]) for t in times]
        width = sum(t.width for t in tiles) + 6 * (len(tiles) - 1)
        row = Image.new("RGB", (width, heights[aspect] + 18), (18, 18, 20))
        draw = ImageDraw.Draw(row)
        x = 0
        for i, (tile, label) in enumerate(zip(tiles, labels, strict=True)):
            row.paste(tile, (x, 18))
            colour = (255, 210, 90) if i in beats_of else (200, 200, 205)
            draw.text((x + 3, 3), f"{aspect} {label}" if i == 0 else label, fill=colour)
            x += tile.width + 6
        rows.append(row)
    title_h = 26
    width = max(r.width for r in rows)
    sheet = Image.new("RGB", (width, title_h + sum(r.height + 8 for r in rows)), (18, 18, 20))
    draw = ImageDraw.Draw(sheet)
    draw.text(
        (6, 6),
        f"{project.brand.name}: {project.brief}  |  mood {project.style.mood}, look {project.style.visual_style}",
        fill=(255, 255, 255),
    )
    y = title_h
    for row in rows:
        sheet.paste(row, (0, y))
        y += row.height + 8
    sheet.save(out, "JPEG", quality=82, optimize=True)
    return out


def _beats(project) -> list[float]:
    from adgen.pipeline.services.audio.local import beat_grid

    return beat_grid(project.audio.mood, project.duration_sec)


def render_brief(brief: GalleryBrief, out_dir: Path, work: Path) -> Path:
    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief
    from adgen.project import ProductAsset
    from adgen.settings import Settings

    ctx = render_context(Settings(), "final")
    data = product_image(brief)
    asset = ProductAsset(
        source_url=ctx.media.put_bytes(data, suffix=".png"), checksum=hashlib.sha256(data).hexdigest()
    )
    project = LocalPlanner().plan(
        Brief(text=brief.text, brand_name=brief.brand, colors=brief.colours),
        owner="gallery",
        product_asset=asset,
    )
    outcome = render_project(project, ctx)
    done = outcome.project
    if done.render_status.state not in ("completed", "completed_with_warnings"):
        raise SystemExit(f"{brief.name}: the render failed: {done.render_status.error}")
    for warning in outcome.report.warnings:
        print(f"  {brief.name}: warning: {warning.message}")
    exports = {aspect: ctx.media.local_path(url) for aspect, url in done.aspect_exports.items()}
    return contact_sheet(done, exports, out_dir / f"{brief.name}.jpg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "gallery")
    parser.add_argument("--only", help="render only the brief of this name")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="adgen-gallery-") as tmp:
        for key in ("REPLICATE_API_TOKEN", "OPENAI_API_KEY", "ADGEN_S3_BUCKET", "REDIS_URL"):
            os.environ.pop(key, None)
        os.environ["ADGEN_DATA_DIR"] = str(Path(tmp) / "data")
        for brief in BRIEFS:
            if args.only and brief.name != args.only:
                continue
            sheet = render_brief(brief, args.out, Path(tmp))
            print(f"{brief.name}: {sheet.relative_to(ROOT) if sheet.is_relative_to(ROOT) else sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
