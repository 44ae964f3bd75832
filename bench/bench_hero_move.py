"""What a showcase's product move costs its scene pass (issue 17), at final quality.

The local planner's ad for a premium brief; its showcase's layers made as the pipeline makes them
(the local background, the text layer, the hero product layer with each move) and its scene pass
encoded once per move, in interleaved rounds. The figure is the ffmpeg child's CPU time (user +
system), whose median over the rounds is compared with the plain push-in's and the orbit's (what a
premium ad's showcase played before the reveal). The layers are made once, outside the timing.
On a shared machine the passes' spread is larger than a move's cost, so the product layer's own
filters (the move's expressions and fades, as the scene pass builds them, played to a null
output with no overlay or encode) are timed too: that is the move's share of the pass.

Run: .venv/bin/python bench/bench_hero_move.py [--aspect 9:16] [--rounds 5] [--threads 2]
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MOVES = ("push", "orbit", "reveal")
BRIEF = "a 15 second ad for Lumen face serum, luxurious and elegant"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _bottle() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 640), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([120, 200, 280, 620], radius=50, fill="#E9D9B0")
    draw.rectangle([170, 90, 230, 205], fill="#7A6A40")
    draw.rounded_rectangle([150, 40, 250, 100], radius=14, fill=(20, 20, 20, 255))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aspect", default="9:16")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    from adgen.pipeline.ffmpeg import scene_pass
    from adgen.pipeline.layout import layout_for
    from adgen.pipeline.product_motion import hero_move
    from adgen.pipeline.providers import local_providers
    from adgen.pipeline.services.compositor import Compositor
    from adgen.pipeline.services.overlay import TextOverlayRenderer
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.targets import render_targets
    from adgen.pipeline.types import BackgroundRequest, Brief, HeroMove, encode_profile
    from adgen.platforms import builtin_table
    from adgen.project import ProductAsset

    project = LocalPlanner().plan(
        Brief(text=BRIEF, brand_name="Lumen", colors=["#121212", "#C9A227", "#F5F0E6"]),
        owner="bench",
        product_asset=ProductAsset(source_url="file:///tmp/serum.png", checksum="c" * 64),
    )
    scene = next(s for s in project.scenes if s.role == "showcase")
    providers = local_providers()
    print(f"{BRIEF!r}: mood {project.style.mood!r} -> {hero_move(project, scene, providers.music).kind}")
    target = next(t for t in render_targets(project, builtin_table()) if t.aspect == args.aspect)
    profile = encode_profile(args.aspect, "final", target.size)
    w, h = profile.width, profile.height
    layout, _ = layout_for(project, scene, target, w, h)
    with tempfile.TemporaryDirectory(prefix="adgen-bench-move-") as tmp:
        folder = Path(tmp)
        cutout = folder / "serum.png"
        cutout.write_bytes(_bottle())
        request = BackgroundRequest(
            prompt=scene.background_prompt,
            style=project.style,
            width=w,
            height=h,
            fps=profile.fps,
            duration_sec=scene.duration_sec,
            seed=project.seed,
            role=scene.role,
        )
        background = providers.video.generate(request, folder / "bg.mp4")
        text = TextOverlayRenderer().render(
            scene.overlay, project.brand, w, h, folder / "text.png", box=layout.text
        )
        products = {
            move: Compositor().product_layer(
                cutout,
                scene.product,
                w,
                h,
                scene.duration_sec,
                folder / f"product-{move}.png",
                box=layout.product,
                hero=True,
                move=HeroMove(move),  # type: ignore[arg-type]
            )
            for move in MOVES
        }
        cpu: dict[str, list[float]] = {m: [] for m in MOVES}
        wall: dict[str, list[float]] = {m: [] for m in MOVES}
        for _ in range(args.rounds):
            for move in MOVES:
                before, start = _children_cpu(), time.perf_counter()
                scene_pass(
                    background,
                    [products[move], text],
                    profile,
                    scene.duration_sec,
                    folder / f"pass-{move}.mp4",
                    threads=args.threads,
                )
                wall[move].append(time.perf_counter() - start)
                cpu[move].append(_children_cpu() - before)
        alone: dict[str, list[float]] = {m: [] for m in MOVES}
        for _ in range(args.rounds):
            for move in MOVES:
                alone[move].append(_layer_filters_cpu(products[move], profile.fps, scene.duration_sec, h))
    print(f"showcase {scene.id}: {scene.duration_sec:.1f} s at {w}x{h}, {args.rounds} interleaved rounds")
    base = statistics.median(cpu["push"])
    for move in MOVES:
        med = statistics.median(cpu[move])
        rounds = ", ".join(f"{v:.2f}" for v in cpu[move])
        print(
            f"  {move:7s} CPU median {med:.2f} s ({(med / base - 1) * 100:+.1f} % vs push; rounds {rounds}),"
            f" wall median {statistics.median(wall[move]):.2f} s"
        )
    orbit, reveal = statistics.median(cpu["orbit"]), statistics.median(cpu["reveal"])
    print(f"  reveal vs orbit (a premium showcase before): {(reveal / orbit - 1) * 100:+.1f} % CPU")
    print("the product layer's filters alone (CPU median; share of the push-in's pass):")
    push_alone = statistics.median(alone["push"])
    for move in MOVES:
        med = statistics.median(alone[move])
        print(
            f"  {move:7s} {med:.3f} s ({med / base * 100:.1f} % of the pass;"
            f" {(med - push_alone) / base * 100:+.1f} % over the push-in's)"
        )


def _layer_filters_cpu(layer, fps: int, duration_sec: float, frame_h: int) -> float:  # noqa: ANN001
    """CPU seconds of one product layer's chain (as the scene pass builds it) over the scene,
    to a null output: the per-frame work of the move without the overlay and the encode."""
    from adgen.pipeline.ffmpeg import _moving_layer, ffmpeg_exe

    chains: list[str] = []
    _moving_layer(chains, 1, layer, layer.x, layer.y, duration_sec, frame_h, "v0")
    chain = chains[0].replace("[1:v]", "[0:v]", 1)
    label = chain[chain.rindex("[") :]
    before = _children_cpu()
    subprocess.run(
        [
            ffmpeg_exe(),
            "-v",
            "error",
            "-loop",
            "1",
            "-framerate",
            str(fps),
            "-t",
            f"{duration_sec:.3f}",
            "-i",
            str(layer.path),
            "-filter_complex",
            chain,
            "-map",
            label,
            "-f",
            "null",
            "-",
        ],
        check=True,
    )
    return _children_cpu() - before


if __name__ == "__main__":
    main()
