"""Product cutout: a product photo in, an RGBA PNG of just the product out.

Three ways, best available first: the photo's own alpha channel (a PNG already cut out),
rembg's U^2-Net if its model file is on disk (an optional extra, imported only when used: its
first import takes about a minute), else OpenCV GrabCut seeded from what a product shot
usually looks like: a plain or gradient backdrop at the border, the product different from it.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from adgen.pipeline.atomic import atomic_output

log = logging.getLogger(__name__)

CutoutMethod = Literal["alpha", "grabcut", "rembg", "full"]

_WORK_SIDE = 512  # GrabCut runs at this size; the mask is then scaled back up
_MAX_SIDE = 2048  # cutouts larger than this gain nothing on a 1080-wide frame
_MARGIN = 0.03


class ExtractionError(ValueError):
    """The image cannot be read or has nothing to cut out; the message says which."""


@dataclass(frozen=True)
class CutoutResult:
    path: Path
    method: CutoutMethod
    width: int
    height: int
    # Share of the source image the product covers, for the render report.
    coverage: float
    # Where the cutout was cropped from: (left, top, right, bottom) in the (EXIF-upright,
    # at most 2048-pixel) source image.
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    warning: str | None = None


def rembg_model_paths() -> list[Path]:
    """Where rembg finds an already-downloaded u2net model, in its own order: with U2NET_HOME
    set, ``$U2NET_HOME/models/u2net/`` then ``$U2NET_HOME/``; otherwise under REMBG_HOME
    (default ``$XDG_DATA_HOME/rembg`` or ``~/.rembg``), then the old ``~/.u2net``."""
    name = "u2net.onnx"
    legacy = os.environ.get("U2NET_HOME") or os.path.join(os.environ.get("XDG_DATA_HOME", "~"), ".u2net")
    if os.environ.get("U2NET_HOME"):
        home = legacy
    else:
        xdg = os.environ.get("XDG_DATA_HOME")
        home = os.environ.get(
            "REMBG_HOME", os.path.join(xdg, "rembg") if xdg else os.path.join("~", ".rembg")
        )
    return [
        Path(os.path.expanduser(home)) / "models" / "u2net" / name,
        Path(os.path.expanduser(legacy)) / name,
    ]


def rembg_model_path() -> Path:
    """The u2net model rembg would load (the first place it looks, if none exists)."""
    paths = rembg_model_paths()
    return next((p for p in paths if p.is_file()), paths[0])


def _load(image_path: Path) -> Image.Image:
    try:
        with Image.open(image_path) as probe:
            probe.verify()
        image = Image.open(image_path)
        image.load()
    except FileNotFoundError:
        raise ExtractionError(f"product image {image_path} does not exist") from None
    except Image.DecompressionBombError:
        raise ExtractionError("the product image is too large to open safely") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ExtractionError(f"could not read the product image {Path(image_path).name}: {exc}") from None
    image = ImageOps.exif_transpose(image)
    if image.width < 8 or image.height < 8:
        raise ExtractionError(f"the product image is too small ({image.width}x{image.height})")
    if max(image.size) > _MAX_SIDE:
        image.thumbnail((_MAX_SIDE, _MAX_SIDE), Image.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    return image.convert("RGBA" if has_alpha else "RGB")


def _meaningful_alpha(image: Image.Image) -> np.ndarray | None:
    """The alpha channel if it actually cuts something out (not all opaque)."""
    if image.mode != "RGBA":
        return None
    alpha = np.asarray(image.getchannel("A"))
    transparent = float((alpha < 128).mean())
    if transparent < 0.01:
        return None
    if transparent > 0.998:
        raise ExtractionError("the product image is fully transparent: there is nothing to show")
    return alpha


class ProductExtractor:
    """Cuts the product out of a product photo."""

    name = "local"

    @property
    def model(self) -> str:
        """What does the cutting, as part of the cutout's cache key: installing (or replacing)
        the rembg model later cuts the product again instead of reusing the GrabCut cutout."""
        model = rembg_model_path()
        if model.is_file() and importlib.util.find_spec("rembg") is not None:
            return f"rembg-u2net-{model.stat().st_size}"
        return "grabcut"

    def cutout(self, image_path: Path, out_path: Path) -> CutoutResult:
        image = _load(Path(image_path))
        alpha = _meaningful_alpha(image)
        rgb = np.asarray(image.convert("RGB"))
        if alpha is not None:
            return _save(rgb, alpha, "alpha", Path(out_path))
        warning = None
        model = rembg_model_path()
        if model.is_file():
            try:
                soft = _rembg_mask(image, model)
            except Exception as exc:  # noqa: BLE001 - a broken model or install: GrabCut still cuts
                log.warning("rembg failed on %s, using GrabCut", model, exc_info=True)
                reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
                soft, warning = None, f"rembg could not run ({reason}); GrabCut was used"
            if soft is not None:
                component = _clean(soft)
                if component is not None:
                    # Keep rembg's soft edge, but only around the product's own component.
                    near = cv2.dilate(component, np.ones((5, 5), np.uint8))
                    return _save(rgb, np.minimum(soft, near), "rembg", Path(out_path))
        soft = grabcut_mask(rgb)
        if soft is None:
            full = np.full(rgb.shape[:2], 255, np.uint8)
            return _save(
                rgb,
                full,
                "full",
                Path(out_path),
                warning="no product stood out from the background; the whole photo is used",
            )
        return _save(rgb, soft, "grabcut", Path(out_path), warning=warning)


def _rembg_mask(image: Image.Image, model: Path) -> np.ndarray | None:
    """rembg's soft mask of the product (None when rembg is not installed)."""
    try:
        from rembg import remove  # optional extra; slow first import
    except ImportError:
        return None
    result = remove(
        image.convert("RGB"), session=_rembg_session(str(model), model.stat().st_mtime_ns), only_mask=True
    )
    return np.asarray(result.convert("L"))


@lru_cache(maxsize=1)
def _rembg_session(model: str, mtime_ns: int) -> object:
    """One loaded model per process (loading U^2-Net takes about a second); a replaced file
    (another mtime) is loaded afresh."""
    from rembg import new_session

    return new_session("u2net")


def _background_model(lab: np.ndarray, band: int) -> np.ndarray:
    """The backdrop colour expected at every pixel: a quadratic surface in (x, y) fitted to the
    border, so gradient and vignetted backdrops are modelled as well as flat ones."""
    h, w = lab.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xn, yn = xx / w - 0.5, yy / h - 0.5
    border = np.zeros((h, w), bool)
    border[:band], border[-band:], border[:, :band], border[:, -band:] = True, True, True, True
    basis = np.stack([np.ones_like(xn), xn, yn, xn * yn, xn**2, yn**2], axis=-1)
    a = basis[border]
    samples = lab[border].astype(np.float32)
    coef = np.zeros((6, 3), np.float32)
    keep = np.ones(len(a), bool)
    for _ in range(3):  # refit without the border pixels the product itself touches
        coef, *_ = np.linalg.lstsq(a[keep], samples[keep], rcond=None)
        resid = np.linalg.norm(samples - a @ coef, axis=1)
        keep = resid < max(6.0, 2.5 * float(np.median(resid[keep])))
        if keep.sum() < 16:
            break
    return basis @ coef


def grabcut_mask(rgb: np.ndarray) -> np.ndarray | None:
    """A soft (0..255) product mask of an RGB photo, or None if nothing stands out."""
    h0, w0 = rgb.shape[:2]
    scale = min(1.0, _WORK_SIDE / max(h0, w0))
    small = cv2.resize(
        rgb, (max(8, round(w0 * scale)), max(8, round(h0 * scale))), interpolation=cv2.INTER_AREA
    )
    h, w = small.shape[:2]
    blurred = cv2.GaussianBlur(small, (3, 3), 0)
    lab = cv2.cvtColor(blurred, cv2.COLOR_RGB2LAB).astype(np.float32)
    band = max(2, round(0.02 * min(h, w)))
    expected = _background_model(lab, band)
    delta = lab - expected
    distance = np.linalg.norm(delta, axis=-1)
    # A cast shadow darkens the backdrop without changing its hue: such pixels start out as
    # probable background, so GrabCut keeps the product and drops its shadow.
    ratio = lab[..., 0] / np.maximum(expected[..., 0], 1.0)
    chroma = np.hypot(delta[..., 1], delta[..., 2])
    shadow_like = (ratio > 0.45) & (ratio < 0.97) & (chroma < 7.0)
    hsv = cv2.cvtColor(blurred, cv2.COLOR_RGB2HSV)
    border_sat = np.median(
        np.concatenate(
            [
                hsv[:band, :, 1].ravel(),
                hsv[-band:, :, 1].ravel(),
                hsv[:, :band, 1].ravel(),
                hsv[:, -band:, 1].ravel(),
            ]
        )
    )
    saturation_gain = np.clip(hsv[..., 1].astype(np.float32) - border_sat - 25, 0, None) * 0.3
    score = distance + saturation_gain
    border = np.zeros((h, w), bool)
    border[:band], border[-band:], border[:, :band], border[:, -band:] = True, True, True, True
    border_noise = float(np.percentile(score[border], 90))
    low, high = max(8.0, 1.5 * border_noise), max(20.0, 3.0 * border_noise)
    if (score > high).mean() < 0.002:
        return None
    seeds = np.full((h, w), cv2.GC_PR_BGD, np.uint8)
    seeds[score > low] = cv2.GC_PR_FGD
    seeds[shadow_like] = cv2.GC_PR_BGD
    sure_fg = cv2.erode(((score > high) & ~shadow_like).astype(np.uint8), np.ones((3, 3), np.uint8))
    seeds[sure_fg > 0] = cv2.GC_FGD
    seeds[score < low * 0.5] = cv2.GC_BGD
    seeds[:band], seeds[-band:], seeds[:, :band], seeds[:, -band:] = (cv2.GC_BGD,) * 4
    bgd, fgd = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    try:
        cv2.grabCut(small, seeds, None, bgd, fgd, 5, cv2.GC_INIT_WITH_MASK)
        binary = np.isin(seeds, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.uint8) * 255
    except cv2.error:
        binary = (score > low).astype(np.uint8) * 255
    binary = _clean(binary)
    if binary is None:
        return None
    full = cv2.resize(binary, (w0, h0), interpolation=cv2.INTER_LINEAR)
    sigma = max(0.8, 0.0025 * max(h0, w0))
    # Erode a touch before feathering so the soft edge sits inside the product, not in the
    # backdrop's colour.
    k = max(1, int(round(sigma)))
    hard = cv2.erode((full > 127).astype(np.uint8) * 255, np.ones((k, k), np.uint8))
    return cv2.GaussianBlur(hard, (0, 0), sigma)


def _clean(mask: np.ndarray) -> np.ndarray | None:
    """Morphological cleanup, holes filled, the largest component (and any of comparable size)."""
    h, w = mask.shape[:2]
    binary = (mask > 127).astype(np.uint8)
    k = max(3, (min(h, w) // 100) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
    binary = cv2.morphologyEx(binary, cv2.MORPH_OPEN, kernel)
    binary = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, kernel)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    if count <= 1:
        return None
    areas = stats[1:, cv2.CC_STAT_AREA]
    largest = int(areas.max())
    if largest < 0.002 * h * w:
        return None
    keep = [i + 1 for i, area in enumerate(areas) if area >= 0.3 * largest]
    binary = np.isin(labels, keep).astype(np.uint8)
    binary = _fill_columns(binary)
    # Fill holes: whatever background the border cannot reach is inside the product.
    flood = np.pad(1 - binary, 1, constant_values=1)
    reach = np.zeros((h + 4, w + 4), np.uint8)
    cv2.floodFill(flood, reach, (0, 0), 2)
    binary[flood[1:-1, 1:-1] == 1] = 1
    return binary * 255


def _fill_columns(binary: np.ndarray) -> np.ndarray:
    """Close vertical gaps: a label band the colour of the backdrop splits a bottle in two;
    every column between the product's top and bottom pixel in that column is product."""
    rows = np.arange(binary.shape[0])[:, None]
    present = binary.any(axis=0)
    top = np.where(present, binary.argmax(axis=0), binary.shape[0])
    bottom = np.where(present, binary.shape[0] - 1 - binary[::-1].argmax(axis=0), -1)
    return ((rows >= top[None, :]) & (rows <= bottom[None, :])).astype(np.uint8)


def _save(
    rgb: np.ndarray, alpha: np.ndarray, method: CutoutMethod, out_path: Path, warning: str | None = None
) -> CutoutResult:
    ys, xs = np.nonzero(alpha > 8)
    if len(xs) == 0:
        raise ExtractionError("the product image has no visible pixels")
    h, w = alpha.shape
    margin = round(_MARGIN * max(xs.max() - xs.min(), ys.max() - ys.min()))
    x0, x1 = max(0, xs.min() - margin), min(w, xs.max() + 1 + margin)
    y0, y1 = max(0, ys.min() - margin), min(h, ys.max() + 1 + margin)
    rgba = np.dstack([rgb, alpha])[y0:y1, x0:x1]
    with atomic_output(out_path) as tmp:
        Image.fromarray(np.ascontiguousarray(rgba), "RGBA").save(tmp, format="PNG")
    coverage = float((alpha > 127).mean())
    return CutoutResult(
        out_path, method, int(x1 - x0), int(y1 - y0), coverage, (int(x0), int(y0), int(x1), int(y1)), warning
    )


__all__ = [
    "CutoutResult",
    "ExtractionError",
    "ProductExtractor",
    "grabcut_mask",
    "rembg_model_path",
    "rembg_model_paths",
]
