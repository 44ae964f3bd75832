"""Real photographs with hand-labelled product masks (tests/pipeline/photos/), and the measures a
cut-out is judged by: IoU, the boundary F-measure, and the edge halo (how much of the old
background's colour the cut-out's visible edge still carries).

Used by tests/pipeline/test_extractor_photos.py and bench/bench_cutout.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import skimage.data  # in the dev extra (rembg depends on it); the photos ship inside its wheel
from PIL import Image

PHOTOS_DIR = Path(__file__).resolve().parent / "photos"
DEV = ("coffee", "chelsea", "rocket", "retina", "clock")
HELD_OUT = ("astronaut", "motorcycle", "camera")


@dataclass(frozen=True)
class LabelledPhoto:
    name: str
    split: str
    subject: str
    rgb: np.ndarray  # H x W x 3 uint8
    truth: np.ndarray  # H x W bool


def _load_rgb(name: str) -> np.ndarray:
    image = skimage.data.stereo_motorcycle()[0] if name == "motorcycle" else getattr(skimage.data, name)()
    if image.ndim == 2:
        image = np.dstack([image] * 3)
    return np.ascontiguousarray(image[..., :3]).astype(np.uint8)


def _fill(mask: np.ndarray, polygon: list[list[float]], value: int) -> None:
    # Label vertices sit on pixel edges; OpenCV's pixel centres are at integer coordinates.
    points = np.round((np.asarray(polygon, np.float64) - 0.5) * 16).astype(np.int32)
    cv2.fillPoly(mask, [points], value, lineType=cv2.LINE_8, shift=4)


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> list[list[float]]:
    t = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1).tolist()


def truth_mask(spec: dict, shape: tuple[int, int]) -> np.ndarray:
    mask = np.zeros(shape, np.uint8)
    polygons = list(spec.get("include", []))
    if "circle" in spec:
        cx, cy, r = spec["circle"]
        polygons.append(_ellipse(cx, cy, r, r))
    if "ellipse" in spec:
        polygons.append(_ellipse(*spec["ellipse"]))
    for polygon in polygons:
        _fill(mask, polygon, 1)
    for polygon in spec.get("exclude", []):
        _fill(mask, polygon, 0)
    return mask.astype(bool)


def labelled_photo(name: str) -> LabelledPhoto:
    spec = json.loads((PHOTOS_DIR / f"{name}.json").read_text())
    rgb = _load_rgb(name)
    return LabelledPhoto(name, spec["split"], spec["subject"], rgb, truth_mask(spec, rgb.shape[:2]))


def save_photo(photo: LabelledPhoto, path: Path) -> Path:
    """The photo as an upload would arrive: a lossless PNG."""
    Image.fromarray(photo.rgb).save(path)
    return path


# --- measures -----------------------------------------------------------------------------


def placed_alpha(cutout_png: Path, box: tuple[int, int, int, int], shape: tuple[int, int]) -> np.ndarray:
    """The cut-out's alpha put back where it was cropped from, in the photo's frame (0..255)."""
    with Image.open(cutout_png) as image:
        alpha = np.asarray(image.getchannel("A"))
    full = np.zeros(shape, np.uint8)
    x0, y0, x1, y1 = box
    full[y0:y1, x0:x1] = alpha
    return full


def iou(found: np.ndarray, truth: np.ndarray) -> float:
    union = (found | truth).sum()
    return float((found & truth).sum() / union) if union else 1.0


def _boundary(mask: np.ndarray) -> np.ndarray:
    m = mask.astype(np.uint8)
    return (m - cv2.erode(m, np.ones((3, 3), np.uint8), borderType=cv2.BORDER_REPLICATE)) > 0


def boundary_f(found: np.ndarray, truth: np.ndarray, tolerance: int = 2) -> float:
    """The boundary F-measure: how much of each outline lies within `tolerance` px of the other."""
    bf, bt = _boundary(found), _boundary(truth)
    if not bf.any() or not bt.any():
        return 0.0
    dist_to_truth = cv2.distanceTransform((~bt).astype(np.uint8), cv2.DIST_L2, 3)
    dist_to_found = cv2.distanceTransform((~bf).astype(np.uint8), cv2.DIST_L2, 3)
    precision = float((dist_to_truth[bf] <= tolerance).mean())
    recall = float((dist_to_found[bt] <= tolerance).mean())
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def edge_halo(cutout_png: Path, box: tuple[int, int, int, int], photo: LabelledPhoto) -> float:
    """The halo of the old background around a cut-out: of its visible edge (pixels with alpha
    >= 32 within 2 px of transparency, where subject and background differ by more than 8 CIELAB
    units), the alpha-weighted share whose colour is nearer the true background's local mean
    colour than the true subject's. 0 is a clean edge; a whole-photo "cut-out" scores about 1."""
    with Image.open(cutout_png) as image:
        rgba = np.asarray(image.convert("RGBA"))
    h, w = photo.truth.shape
    x0, y0, x1, y1 = box
    colour = np.zeros((h, w, 3), np.uint8)
    colour[y0:y1, x0:x1] = rgba[..., :3]
    alpha = np.zeros((h, w), np.uint8)
    alpha[y0:y1, x0:x1] = rgba[..., 3]
    opaque_enough = alpha >= 32
    near_clear = cv2.dilate((alpha < 32).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    edge = opaque_enough & near_clear
    if not edge.any():
        return 1.0
    lab = cv2.cvtColor(photo.rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    shown = cv2.cvtColor(colour, cv2.COLOR_RGB2LAB).astype(np.float32)
    k = 15  # local means of the true background and the true subject around each edge pixel
    bg = (~photo.truth).astype(np.float32)
    fg = photo.truth.astype(np.float32)
    bg_mean = (
        cv2.boxFilter(lab * bg[..., None], -1, (k, k), normalize=False)
        / np.maximum(cv2.boxFilter(bg, -1, (k, k), normalize=False), 1e-3)[..., None]
    )
    fg_mean = (
        cv2.boxFilter(lab * fg[..., None], -1, (k, k), normalize=False)
        / np.maximum(cv2.boxFilter(fg, -1, (k, k), normalize=False), 1e-3)[..., None]
    )
    has_both = (cv2.boxFilter(bg, -1, (k, k)) > 0.05) & (cv2.boxFilter(fg, -1, (k, k)) > 0.05)
    edge &= has_both
    if not edge.any():
        return 1.0
    contrast = np.linalg.norm(fg_mean - bg_mean, axis=-1)
    edge &= contrast > 8.0  # where subject and background differ at all
    if not edge.any():
        return 1.0
    looks_like_background = np.linalg.norm(shown - bg_mean, axis=-1) < np.linalg.norm(
        shown - fg_mean, axis=-1
    )
    weight = alpha[edge].astype(np.float64) / 255.0
    return float((weight * looks_like_background[edge]).sum() / weight.sum())


def crop_photo(photo: LabelledPhoto, corner: str, share: float = 0.8) -> LabelledPhoto:
    """The photo cropped to `share` of each side at a corner ("tl", "tr", "bl", "br"), its mask
    cropped alike: more framings of the same subject for calibrating the confidence."""
    h, w = photo.truth.shape
    ch, cw = round(h * share), round(w * share)
    y0 = 0 if corner[0] == "t" else h - ch
    x0 = 0 if corner[1] == "l" else w - cw
    return LabelledPhoto(
        f"{photo.name}-{corner}",
        photo.split,
        photo.subject,
        np.ascontiguousarray(photo.rgb[y0 : y0 + ch, x0 : x0 + cw]),
        photo.truth[y0 : y0 + ch, x0 : x0 + cw],
    )
