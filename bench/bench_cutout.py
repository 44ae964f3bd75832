"""The offline product cut-out on real photographs with hand-labelled masks (issue 12 item 3).

For each photo of tests/pipeline/photos/ (dev and held-out reported apart) and for the synthetic
bottles of tests/pipeline/test_extractor.py, the cut-out before this work (as of commit BASELINE,
loaded from git) against the current one: IoU, boundary F-measure at 2 px (BF2), the edge halo
(share of the cut-out's visible edge whose colour is nearer the photo's background there than
the subject's: lower is cleaner), and the current cut-out's confidence, method and whether it
warns. Then confidence against IoU on the dev photos and on crops of them: the calibration of
the warning threshold.

The rembg model is hidden (an empty U2NET_HOME): this measures what a user without it gets.

Run: .venv/bin/python bench/bench_cutout.py [--split dev|heldout|all] [--keep DIR]
     (--keep writes, per photo, the photo and both cut-outs over a checkerboard, side by side)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "pipeline"))

import numpy as np  # noqa: E402
from photo_truth import (  # noqa: E402
    DEV,
    HELD_OUT,
    LabelledPhoto,
    boundary_f,
    crop_photo,
    edge_halo,
    iou,
    labelled_photo,
    placed_alpha,
    save_photo,
)
from PIL import Image  # noqa: E402

from adgen.pipeline.services.extractor import ProductExtractor  # noqa: E402
from adgen.pipeline.services.extractor.quality import WARN_BELOW  # noqa: E402

# The branch point of this work: the extractor as it was when issue 12 was filed.
BASELINE = "5bf8a35"
# A cut-out this far from the truth is one a user should be warned about.
POOR_IOU = 0.8


def baseline_extractor(ref: str = BASELINE) -> object:
    """The ProductExtractor of commit `ref`, loaded from git as a module of its own."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:adgen/pipeline/extractor.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="adgen-bench-")) / "extractor_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("extractor_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.ProductExtractor()


@dataclass
class Run:
    iou: float
    bf: float
    halo: float
    seconds: float
    method: str
    warns: bool
    confidence: float | None
    placed: Path  # the cut-out in the photo's frame, for the side-by-side view


def run(extractor: object, photo: LabelledPhoto, work: Path, tag: str) -> Run:
    source = save_photo(photo, work / f"{photo.name}.png")
    started = time.perf_counter()
    result = extractor.cutout(source, work / f"{photo.name}-{tag}.png")
    seconds = time.perf_counter() - started
    found = placed_alpha(result.path, result.box, photo.truth.shape) > 127
    quality = getattr(result, "quality", None)
    with Image.open(result.path) as image:
        canvas = Image.new("RGBA", (photo.truth.shape[1], photo.truth.shape[0]), (0, 0, 0, 0))
        canvas.paste(image.convert("RGBA"), result.box[:2])
    placed = work / f"{photo.name}-{tag}-placed.png"
    canvas.save(placed)
    return Run(
        iou(found, photo.truth),
        boundary_f(found, photo.truth, 2),
        edge_halo(result.path, result.box, photo),
        seconds,
        result.method,
        bool(result.warning),
        None if quality is None else quality.score,
        placed,
    )


def side_by_side(photo: LabelledPhoto, runs: list[Run], out: Path) -> None:
    """The photo, then each cut-out over a grey checkerboard."""
    h, w = photo.truth.shape
    yy, xx = np.mgrid[0:h, 0:w]
    board = np.where(((yy // 12 + xx // 12) % 2) == 0, 205, 155).astype(np.uint8)
    tiles = [Image.fromarray(photo.rgb)]
    for r in runs:
        tile = Image.fromarray(np.dstack([board] * 3)).convert("RGBA")
        with Image.open(r.placed) as cut:
            tile.alpha_composite(cut.convert("RGBA"))
        tiles.append(tile.convert("RGB"))
    sheet = Image.new("RGB", (len(tiles) * (w + 8) - 8, h), (255, 255, 255))
    for i, tile in enumerate(tiles):
        sheet.paste(tile, (i * (w + 8), 0))
    sheet.thumbnail((1800, 640))
    sheet.save(out)


def print_table(title: str, rows: list[tuple[str, Run, Run]]) -> None:
    print(f"\n{title}")
    header = (
        f"{'photo':<12} {'IoU old':>7} {'IoU new':>7}  {'BF2 old':>7} {'BF2 new':>7}  "
        f"{'halo old':>8} {'halo new':>8}  {'conf':>5}  {'method':<9} {'warns':<5} {'s old':>5} {'s new':>5}"
    )
    print(header)
    print("-" * len(header))
    for name, b, a in rows:
        conf = "" if a.confidence is None else f"{a.confidence:.2f}"
        print(
            f"{name:<12} {b.iou:7.3f} {a.iou:7.3f}  {b.bf:7.3f} {a.bf:7.3f}  {b.halo:8.1%} {a.halo:8.1%}  "
            f"{conf:>5}  {a.method:<9} {'yes' if a.warns else 'no':<5} {b.seconds:5.2f} {a.seconds:5.2f}"
        )
    if len(rows) > 1:

        def mean(pick):
            return float(np.mean([pick(r) for r in rows]))

        print(
            f"{'mean':<12} {mean(lambda r: r[1].iou):7.3f} {mean(lambda r: r[2].iou):7.3f}  "
            f"{mean(lambda r: r[1].bf):7.3f} {mean(lambda r: r[2].bf):7.3f}  "
            f"{mean(lambda r: r[1].halo):8.1%} {mean(lambda r: r[2].halo):8.1%}"
        )


def photos(names: tuple[str, ...], work: Path, keep: Path | None) -> list[tuple[str, Run, Run]]:
    old, new = baseline_extractor(), ProductExtractor()
    rows = []
    for name in names:
        photo = labelled_photo(name)
        before, after = run(old, photo, work, "old"), run(new, photo, work, "new")
        rows.append((name, before, after))
        if keep is not None:
            side_by_side(photo, [before, after], keep / f"{name}.png")
    return rows


def bottles(work: Path) -> list[tuple[str, Run, Run]]:
    """The synthetic bottles of the extractor's tests (their IoU must not drop)."""
    from test_extractor import BOTTLES, product_photo

    old, new = baseline_extractor(), ProductExtractor()
    rows = []
    for i, (colour, backdrop, label, shadow) in enumerate(BOTTLES):
        path = work / f"bottle{i}.jpg"
        truth = product_photo(path, colour, backdrop, label=label, shadow=shadow, seed=sum(colour))
        with Image.open(path) as image:
            rgb = np.asarray(image.convert("RGB"))
        photo = LabelledPhoto(f"bottle{i}", "synthetic", "bottle", rgb, truth)
        rows.append((f"bottle{i}", run(old, photo, work, "old"), run(new, photo, work, "new")))
    return rows


def calibration(work: Path) -> None:
    """Confidence against IoU on the dev photos and four crops of each (never the held-out)."""
    new = ProductExtractor()
    points = []
    for name in DEV:
        base = labelled_photo(name)
        for variant, photo in [("full", base), *[(c, crop_photo(base, c)) for c in ("tl", "tr", "bl", "br")]]:
            r = run(new, photo, work, f"cal-{variant}")
            points.append((r.confidence or 0.0, r.iou, f"{name}/{variant}"))
    points.sort()
    print(
        f"\nCalibration on dev photos and their crops (poor = IoU < {POOR_IOU}; warned = conf < {WARN_BELOW})"
    )
    print(f"{'sample':<16} {'conf':>5} {'IoU':>6}  verdict")
    for conf, value, label in points:
        poor, warned = value < POOR_IOU, conf < WARN_BELOW
        verdict = {(True, True): "poor, warned", (False, False): "good, silent"}.get(
            (poor, warned), "MISSED poor" if poor else "good, warned"
        )
        print(f"{label:<16} {conf:5.2f} {value:6.3f}  {verdict}")
    poor = [p for p in points if p[1] < POOR_IOU]
    good = [p for p in points if p[1] >= POOR_IOU]
    print(
        f"poor warned {sum(p[0] < WARN_BELOW for p in poor)}/{len(poor)}, "
        f"good left silent {sum(p[0] >= WARN_BELOW for p in good)}/{len(good)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--keep", type=Path, help="write side-by-side views of the cut-outs here")
    parser.add_argument("--no-calibration", action="store_true")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="adgen-cutout-bench-") as tmp:
        os.environ["U2NET_HOME"] = str(Path(tmp) / "no-model")  # the offline path, always
        (Path(tmp) / "no-model").mkdir()
        work = Path(tmp)
        if args.split in ("dev", "all"):
            print_table("Dev photos (tuned on)", photos(DEV, work, args.keep))
        if args.split in ("heldout", "all"):
            print_table("Held-out photos (never tuned on)", photos(HELD_OUT, work, args.keep))
        print_table("Synthetic bottles (the extractor tests' photos)", bottles(work))
        if not args.no_calibration:
            calibration(work)


if __name__ == "__main__":
    main()
