"""The README's brand kit figures, made through the chat as a marketer would make them.

    .venv/bin/python scripts/brand_figures.py [--out docs]

A fresh data folder; the logo (the tests' drawn logo) and DejaVu Serif Bold are attached in the
chat, the kit is named, given a tagline, a call to action and a word to avoid; an ad is planned
with it and rendered at full quality (9:16). Writes ``brand-kit-card.png`` (the ``/brand`` card)
and ``brand-kit-ad.png`` (the hook and the end card of the ad, side by side).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "brand"))


async def make(out: Path, work: Path) -> None:
    os.environ["ADGEN_DATA_DIR"] = str(work / "data")
    from brand_samples import SERIF_BOLD, draw_logo, encode

    from adgen.agent.reply import BrandKitPart
    from adgen.agent.session import ChatSession
    from adgen.pipeline.ffmpeg import ffmpeg_exe
    from adgen.pipeline.orchestrator import render_context, render_project
    from adgen.settings import Settings

    settings = Settings()
    logo, font = work / "harbour-logo.png", work / "HarbourSerif-Bold.ttf"
    logo.write_bytes(encode(draw_logo()))
    shutil.copy(SERIF_BOLD, font)
    session = ChatSession.open(
        settings=settings, owner="demo", conversation_id="figures", channel="cli", auto_render=False
    )
    card_url = None
    for text, files in (
        ("here is our logo", [logo]),
        ("use this font for headlines", [font]),
        ("call the brand kit Harbour Coffee", []),
        ("our tagline is “Roasted by the sea”", []),
        ("our call to action is 'Order today'", []),
        ("never say 'cheap'", []),
        ("show the brand kit", []),
        ("a 15 s ad for Harbour Coffee cold brew, warm and friendly", []),
    ):
        reply = await session.send(text, files)
        print(f"you> {text}\n{reply.text}\n")
        if reply.error:
            raise SystemExit(1)
        part = reply.part(BrandKitPart)
        card_url = part.card_url if part else card_url
    ctx = render_context(settings, "final")
    (out / "brand-kit-card.png").write_bytes(ctx.media.read_bytes(card_url))
    project = render_project(session.project, ctx, aspects=["9:16"]).project
    video = ctx.media.local_path(project.aspect_exports["9:16"])
    times = (project.scenes[0].duration_sec / 2, project.duration_sec - project.scenes[-1].duration_sec / 2)
    frames = []
    for t in times:
        png = subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-ss", f"{t:.2f}", "-i", str(video), "-frames:v", "1", "-f", "image2pipe",
             "-vcodec", "png", "pipe:1"],
            check=True, capture_output=True,
        ).stdout  # fmt: skip
        frames.append(Image.open(io.BytesIO(png)).convert("RGB").resize((405, 720), Image.Resampling.LANCZOS))
    strip = Image.new("RGB", (405 * 2 + 12, 720), (255, 255, 255))
    strip.paste(frames[0], (0, 0))
    strip.paste(frames[1], (405 + 12, 0))
    strip.save(out / "brand-kit-ad.png", optimize=True)
    print(f"wrote {out / 'brand-kit-card.png'} and {out / 'brand-kit-ad.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="adgen-brand-figures-") as work:
        asyncio.run(make(args.out, Path(work)))


if __name__ == "__main__":
    main()
