"""What a look edit is judged by, measured on a rendered scene as a viewer sees it: the scene
pass (background, product and text), sampled every 0.25 s over the whole scene, per aspect.

- ``luma``: mean luma (BT.601), 0..255;
- ``warmth``: mean red minus blue;
- ``spread``: the luma's standard deviation within a frame, averaged over the samples;
- ``motion``: mean absolute luma difference between a sampled frame and the next one, away from
  the texts and the product (their boxes from the render's layout): "faster"/"calmer" are about
  the picture's motion, and the product's move and the text's entrance, the same before and after
  a look edit, would only dilute it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from adgen.pipeline.ffmpeg import read_frames
from adgen.pipeline.orchestrator import render_scenes
from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.pipeline.types import Brief, encode_profile
from adgen.preflight.layout import LayoutBox
from adgen.project import AdProject, ProductAsset
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

LUMA = np.array([0.299, 0.587, 0.114], np.float32)
MEASURES = ("luma", "warmth", "spread", "motion")

# Two briefs written before any tuning: a loud one and a quiet one.
BRIEFS = {
    "energetic": "a 15 second ad for our cold brew coffee, energetic",
    "calm": "a 15 second ad for our cold brew coffee, calm and relaxed, soft morning light",
}


@dataclass(frozen=True)
class Measures:
    luma: float
    warmth: float
    spread: float
    motion: float

    def get(self, name: str) -> float:
        return float(getattr(self, name))


def magenta_mask(frame: np.ndarray) -> np.ndarray:
    """Where the magenta product (:mod:`product_image`) is, in full colour, on a frame."""
    r, g, b = (frame[..., c].astype(int) for c in range(3))
    return (r > 160) & (g < 90) & (b > 130)


def planned(media, brief: str, product_png: bytes | None = None) -> AdProject:
    """The local planner's ad for a brief (brand navy and amber), with a product if given."""
    asset = None
    if product_png is not None:
        asset = ProductAsset(
            source_url=media.put_bytes(product_png, suffix=".png"),
            checksum=hashlib.sha256(product_png).hexdigest(),
        )
    return LocalPlanner().plan(
        Brief(text=brief, brand_name="Northwind Coffee", colors=["#1F3A5F", "#F2A541"], duration_sec=15.0),
        owner="looks",
        product_asset=asset,
    )


def scene_role(project: AdProject, role: str) -> str:
    return next(s.id for s in project.scenes if s.role == role)


def with_scene_phrase(project: AdProject, scene_id: str, phrase: str) -> AdProject:
    """What the parser does for "make the <scene> <phrase>": the phrase appended, same seed."""
    prompt = f"{project.scene(scene_id).background_prompt}, {phrase}"
    return apply_operation(project, ops.UpdateScene(scene_id=scene_id, background_prompt=prompt)).project


def _picture_mask(shape: tuple[int, int], boxes: list[LayoutBox]) -> np.ndarray:
    """The frame away from every text, button and the product (each box padded by half its
    height, for slides and pops): the background the look words grade."""
    height, width = shape
    mask = np.ones(shape, bool)
    for box in boxes:
        if box.kind == "logo":
            continue
        pad = 0.5 * box.h
        y0, y1 = int(max(0, box.y - pad)), int(min(height, box.y + box.h + pad))
        x0, x1 = int(max(0, box.x - pad)), int(min(width, box.x + box.w + pad))
        mask[y0:y1, x0:x1] = False
    return mask


def measure_clip(path, duration: float, fps: int, boxes: list[LayoutBox] | None = None) -> Measures:
    frames = read_frames(path)
    picks = [min(int(round(t * fps)), len(frames) - 2) for t in np.arange(0.0, duration - 1e-6, 0.25)]
    now = frames[picks].astype(np.float32)
    nxt = frames[[p + 1 for p in picks]].astype(np.float32)
    y, y_next = now @ LUMA, nxt @ LUMA
    picture = _picture_mask(y.shape[1:], boxes or [])
    return Measures(
        luma=float(y.mean()),
        warmth=float((now[..., 0] - now[..., 2]).mean()),
        spread=float(y.std(axis=(1, 2)).mean()),
        motion=float(np.abs(y_next - y)[:, picture].mean()),
    )


def scene_measures(project: AdProject, scene_id: str, ctx) -> dict[str, Measures]:
    """Render one scene at every aspect and measure each scene pass."""
    (output,) = render_scenes(project, ctx, [scene_id])
    assert not output.errors, output.errors
    scene = project.scene(scene_id)
    out = {}
    for aspect, url in output.clips.items():
        fps = encode_profile(aspect, ctx.quality).fps
        boxes = [LayoutBox.from_wire(b) for b in output.layout.get(aspect, [])]
        out[aspect] = measure_clip(ctx.media.local_path(url), scene.duration_sec, fps, boxes)
    return out
