"""The product extractor's cut: a product photo in, an RGBA PNG of just the product out, with how far to
trust it.

Three ways, best available first: the photo's own alpha channel (a PNG already cut out),
rembg's U^2-Net if its model file is on disk (an optional extra, imported only when used: its
first import takes about a minute), else an offline cut made of two proposals, the one the
confidence trusts more winning:

- ``grabcut``: GrabCut seeded from what a studio product shot looks like (a plain or gradient
  backdrop at the border, the product different from it);
- ``saliency``: GrabCut seeded from a saliency prior (adgen.pipeline.services.extractor.saliency) for real photos,
  where the backdrop is a table, a sofa or the sky.

Every cut-out gets a soft edge that follows the photo's edges and the product's colours along it
(``matte``), and a :class:`CutoutQuality` (``quality``): a score, the
reason, and below the warning threshold a user-facing warning with what to do. The quality is
stored in the PNG too, so a cut-out reused from the media store still carries it.
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
from adgen.pipeline.services.extractor.matte import decontaminate, soft_alpha
from adgen.pipeline.services.extractor.quality import (
    WARN_BELOW,
    CutoutQuality,
    assess,
    judged,
    measure,
    png_info,
)
from adgen.pipeline.services.extractor.saliency import subject_prior

log = logging.getLogger(__name__)

CutoutMethod = Literal["alpha", "grabcut", "saliency", "rembg", "full"]

_WORK_SIDE = 512  # GrabCut runs at this size; the mask is then scaled back up
_MAX_SIDE = 2048  # cutouts larger than this gain nothing on a 1080-wide frame
_MARGIN = 0.03
_GRABCUT_SEED = 20240611  # the same photo is always cut the same way


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
    # The user-facing warning (the quality's, or why rembg could not run), None when all is well.
    warning: str | None = None
    # How far to trust the cut-out: score, reason, warning and the actions a user can take.
    quality: CutoutQuality | None = None


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
    # Part of the cutout's cache key (through provider_identity): bump it when the cut changes, so
    # cut-outs made by older code are made again. 2: saliency proposal, guided soft edge, colour
    # decontamination, quality in the result and the PNG.
    version = 2

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
            quality = CutoutQuality(1.0, "alpha", "the photo's own transparency", signals={})
            return _save(rgb, alpha, "alpha", Path(out_path), quality=quality)
        rembg_failed = None
        model = rembg_model_path()
        rembg_ready = model.is_file() and importlib.util.find_spec("rembg") is not None
        if model.is_file():
            try:
                soft = _rembg_mask(image, model)
            except Exception as exc:  # noqa: BLE001 - a broken model or install: GrabCut still cuts
                log.warning("rembg failed on %s, using GrabCut", model, exc_info=True)
                reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
                soft, rembg_failed, rembg_ready = (
                    None,
                    f"rembg could not run ({reason}); GrabCut was used",
                    False,
                )
            if soft is not None:
                component = _clean(soft)
                if component is not None:
                    # Keep rembg's soft edge, but only around the product's own component.
                    near = cv2.dilate(component, np.ones((5, 5), np.uint8))
                    alpha = np.minimum(soft, near)
                    quality = _quality_of("rembg", alpha > 127, rgb, None, rembg_available=True)
                    return _save(rgb, alpha, "rembg", Path(out_path), quality=quality)
        method, binary, quality = offline_mask(rgb, rembg_available=rembg_ready)
        if binary is None:
            full = np.full(rgb.shape[:2], 255, np.uint8)
            return _save(rgb, full, "full", Path(out_path), quality=quality, prefix=rembg_failed)
        alpha = studio_feather(binary) if method == "grabcut" else soft_alpha(binary, rgb)
        colours = decontaminate(rgb, alpha)
        return _save(colours, alpha, method, Path(out_path), quality=quality, prefix=rembg_failed)


def _work_copy(rgb: np.ndarray) -> np.ndarray:
    h0, w0 = rgb.shape[:2]
    scale = min(1.0, _WORK_SIDE / max(h0, w0))
    size = (max(8, round(w0 * scale)), max(8, round(h0 * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def _quality_of(
    method: str, mask: np.ndarray, rgb: np.ndarray, prior: np.ndarray | None, *, rembg_available: bool
) -> CutoutQuality:
    """The quality of a full-size or work-size mask, measured at the work size."""
    small = _work_copy(rgb)
    if mask.shape != small.shape[:2]:
        mask = cv2.resize(mask.astype(np.uint8), small.shape[1::-1], interpolation=cv2.INTER_NEAREST) > 0
    return assess(method, measure(mask, small, prior), rembg_available=rembg_available)


def offline_mask(
    rgb: np.ndarray, *, rembg_available: bool = False
) -> tuple[str, np.ndarray | None, CutoutQuality]:
    """The offline cut of an RGB photo: (method, full-size 0/255 mask or None, quality).

    Both proposals are scored on the same signals and the more trusted one is kept; None (with a
    zero-score quality) when neither finds anything."""
    small = _work_copy(rgb)
    prior = subject_prior(small)
    candidates: list[tuple[str, np.ndarray]] = []
    studio = _studio_mask(small)
    if studio is not None:
        candidates.append(("grabcut", studio))
    salient = _salient_mask(small, prior)
    if salient is not None:
        candidates.append(("saliency", salient))
    if not candidates:
        quality = judged("full", 0.0, "no region of the photo stood out", {}, rembg_available=rembg_available)
        return "full", None, quality
    scored = [
        (assess(method, measure(mask > 0, small, prior), rembg_available=rembg_available), method, mask)
        for method, mask in candidates
    ]
    # The studio proposal's assumption (a backdrop the border model fits) makes it the more
    # precise one when it holds: it is kept whenever it is trusted at all; the saliency one
    # misses what the studio model catches (a backdrop-coloured label band) yet looks as clean.
    trusted_studio = [item for item in scored if item[1] == "grabcut" and item[0].score >= WARN_BELOW]
    quality, method, mask = (
        trusted_studio[0] if trusted_studio else max(scored, key=lambda item: item[0].score)
    )
    return method, _full_size(mask, rgb.shape[:2]), quality


def _full_size(mask: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """A work-size 0/255 mask scaled to the photo's size (0/255)."""
    h0, w0 = shape
    return ((cv2.resize(mask, (w0, h0), interpolation=cv2.INTER_LINEAR) > 127) * 255).astype(np.uint8)


def studio_feather(binary: np.ndarray) -> np.ndarray:
    """The studio proposal's soft edge, as tuned on studio shots: eroded a touch, then blurred, so
    the soft edge sits inside the product (the edge colours are then decontaminated as well)."""
    h0, w0 = binary.shape
    sigma = max(0.8, 0.0025 * max(h0, w0))
    k = max(1, int(round(sigma)))
    hard = cv2.erode((binary > 127).astype(np.uint8) * 255, np.ones((k, k), np.uint8))
    return cv2.GaussianBlur(hard, (0, 0), sigma)


def _salient_mask(small: np.ndarray, prior: np.ndarray) -> np.ndarray | None:
    """GrabCut seeded from the saliency prior: sure product where the prior is highest, sure
    background where it is lowest and along the border (unless the prior says the product runs
    off the frame there), probable either way between."""
    h, w = small.shape[:2]
    level = (prior * 255).astype(np.uint8)
    otsu, _ = cv2.threshold(level, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    t = float(np.clip(otsu / 255.0, 0.25, 0.6))
    sure = prior >= max(0.8, t + 0.4 * (1 - t))
    k = max(3, (min(h, w) // 60) | 1)
    sure = cv2.erode(sure.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))) > 0
    if not sure.any() or (prior >= t).mean() < 0.002:
        return None
    seeds = np.full((h, w), cv2.GC_PR_BGD, np.uint8)
    seeds[prior >= t] = cv2.GC_PR_FGD
    seeds[prior < 0.15 * t] = cv2.GC_BGD
    band = max(2, round(0.02 * min(h, w)))
    border = np.zeros((h, w), bool)
    border[:band], border[-band:], border[:, :band], border[:, -band:] = True, True, True, True
    seeds[border & (prior < t)] = cv2.GC_BGD
    seeds[sure] = cv2.GC_FGD
    # GrabCut only where the answer is open (the probable region and a margin around it): the
    # rest is already background, and the graph cut's cost grows with the pixels it sees.
    ys, xs = np.nonzero(seeds != cv2.GC_BGD)
    pad = max(8, round(0.06 * max(h, w)))
    y0, y1 = max(0, ys.min() - pad), min(h, ys.max() + 1 + pad)
    x0, x1 = max(0, xs.min() - pad), min(w, xs.max() + 1 + pad)
    window = np.ascontiguousarray(seeds[y0:y1, x0:x1])
    bgd, fgd = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    binary = np.zeros((h, w), np.uint8)
    try:
        cv2.setRNGSeed(_GRABCUT_SEED)
        cv2.grabCut(
            np.ascontiguousarray(small[y0:y1, x0:x1]), window, None, bgd, fgd, 4, cv2.GC_INIT_WITH_MASK
        )
        binary[y0:y1, x0:x1] = np.isin(window, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.uint8) * 255
    except cv2.error:
        binary = (prior >= t).astype(np.uint8) * 255
    return _clean(binary, fill_columns=False)


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
    """A soft (0..255) product mask of a studio product shot, or None if nothing stands out
    (the studio proposal alone, at full size)."""
    binary = _studio_mask(_work_copy(rgb))
    if binary is None:
        return None
    return studio_feather(_full_size(binary, rgb.shape[:2]))


def _studio_mask(small: np.ndarray) -> np.ndarray | None:
    """The studio proposal at the work size (0/255), or None if nothing stands out."""
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
        cv2.setRNGSeed(_GRABCUT_SEED)  # GrabCut's k-means draws from OpenCV's global RNG
        cv2.grabCut(small, seeds, None, bgd, fgd, 5, cv2.GC_INIT_WITH_MASK)
        binary = np.isin(seeds, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.uint8) * 255
    except cv2.error:
        binary = (score > low).astype(np.uint8) * 255
    return _clean(binary)


def _clean(mask: np.ndarray, fill_columns: bool = True) -> np.ndarray | None:
    """Morphological cleanup, holes filled, the largest component (and any of comparable size).
    `fill_columns` closes vertical gaps (a bottle's backdrop-coloured label band); it would fill
    the floor between a tripod's legs, so the saliency proposal goes without it."""
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
    if fill_columns:
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
    rgb: np.ndarray,
    alpha: np.ndarray,
    method: CutoutMethod,
    out_path: Path,
    *,
    quality: CutoutQuality,
    prefix: str | None = None,
) -> CutoutResult:
    """Crop to the product (with a margin) and write the RGBA PNG, the quality in a text chunk.
    `prefix` is a warning that comes before the quality's own (rembg could not run)."""
    ys, xs = np.nonzero(alpha > 8)
    if len(xs) == 0:
        raise ExtractionError("the product image has no visible pixels")
    h, w = alpha.shape
    margin = round(_MARGIN * max(xs.max() - xs.min(), ys.max() - ys.min()))
    x0, x1 = max(0, xs.min() - margin), min(w, xs.max() + 1 + margin)
    y0, y1 = max(0, ys.min() - margin), min(h, ys.max() + 1 + margin)
    rgba = np.dstack([rgb, alpha])[y0:y1, x0:x1]
    with atomic_output(out_path) as tmp:
        Image.fromarray(np.ascontiguousarray(rgba), "RGBA").save(
            tmp, format="PNG", compress_level=3, pnginfo=png_info(quality)
        )
    coverage = float((alpha > 127).mean())
    parts = [part if part.endswith(".") else f"{part}." for part in (prefix, quality.warning) if part]
    warning = " ".join(parts) or None
    return CutoutResult(
        out_path,
        method,
        int(x1 - x0),
        int(y1 - y0),
        coverage,
        (int(x0), int(y0), int(x1), int(y1)),
        warning,
        quality,
    )


__all__ = [
    "CutoutQuality",
    "CutoutResult",
    "ExtractionError",
    "ProductExtractor",
    "grabcut_mask",
    "offline_mask",
    "rembg_model_path",
    "rembg_model_paths",
]
