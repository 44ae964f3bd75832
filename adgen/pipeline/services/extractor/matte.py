"""The cut-out's edge: a binary product mask becomes a soft alpha that follows the photo's own
edges, and the colours along that edge are taken from the product, not the old background.

Without the second step a cut-out carries a rim of its backdrop into every scene (a white fringe
around a bottle shot on white, a brown one around a cup cut from a wooden table): the edge pixels
are part product, part backdrop, and the alpha says "part" but the colour still says backdrop.
"""

from __future__ import annotations

import cv2
import numpy as np

from adgen.pipeline.services.extractor.saliency import contrib


def soft_alpha(binary: np.ndarray, rgb: np.ndarray) -> np.ndarray:
    """A 0..255 alpha from a 0/255 full-size mask: edge-aware (OpenCV contrib's guided filter,
    with the photo as the guide) so the soft edge sits on the photo's edge, then pulled a
    little inwards so what is soft is product rather than backdrop."""
    h, w = binary.shape
    radius = max(2, int(round(0.004 * max(h, w))))
    mask = (binary > 127).astype(np.float32)
    guide = rgb.astype(np.float32) / 255.0
    alpha = contrib().guidedFilter(guide, mask, radius, 1e-3)
    # Smooth staircase edges of an upscaled mask as well, at the same reach.
    alpha = 0.5 * alpha + 0.5 * cv2.GaussianBlur(mask, (0, 0), radius / 2.0)
    alpha = np.clip((alpha - 0.15) / 0.7, 0.0, 1.0)  # 0.5 stays 0.5: the outline does not move
    return (alpha * 255.0 + 0.5).astype(np.uint8)


def _local_mean(rgb: np.ndarray, weight: np.ndarray, sigma: float) -> tuple[np.ndarray, np.ndarray]:
    """Normalised convolution: the weighted local mean colour and the local weight mass. A wide
    blur is done on a reduced copy (the result is smooth anyway), so it costs little on a
    2048-pixel photo."""
    h, w = weight.shape
    shrink = max(1, int(sigma // 3))
    if shrink > 1:
        size = (max(1, w // shrink), max(1, h // shrink))
        rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
        weight = cv2.resize(weight, size, interpolation=cv2.INTER_AREA)
        sigma /= shrink
    mass = cv2.GaussianBlur(weight, (0, 0), sigma)
    total = cv2.GaussianBlur(rgb * weight[..., None], (0, 0), sigma)
    mean = total / np.maximum(mass, 1e-6)[..., None]
    if shrink > 1:
        mean = cv2.resize(mean, (w, h), interpolation=cv2.INTER_LINEAR)
        mass = cv2.resize(mass, (w, h), interpolation=cv2.INTER_LINEAR)
    return mean, mass


def decontaminate(rgb: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """The colours to store with `alpha`: inside the product the photo's own; towards the edge
    the colour of the product just inside it, so no backdrop colour is carried along."""
    h, w = alpha.shape
    a = alpha.astype(np.float32) / 255.0
    reach = max(2.0, 0.004 * max(h, w))
    # Pure product: opaque and a little way in from the edge.
    inner = cv2.erode((a > 0.98).astype(np.uint8), np.ones((3, 3), np.uint8), iterations=int(round(reach)))
    colour = rgb.astype(np.float32)
    fill, mass = _local_mean(colour, inner.astype(np.float32), 2.0 * reach)
    wide, _ = _local_mean(colour, inner.astype(np.float32), 8.0 * reach)
    fill = np.where((mass > 0.05)[..., None], fill, wide)
    # How far inside the product each pixel is: the edge band blends towards the fill colour.
    depth = cv2.distanceTransform((a > 0.5).astype(np.uint8), cv2.DIST_L2, 3)
    keep = np.clip(depth / reach - 0.5, 0.0, 1.0)[..., None] * (a[..., None] > 0.98)
    out = keep * colour + (1.0 - keep) * fill
    if not inner.any():
        return rgb
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


__all__ = ["decontaminate", "soft_alpha"]
