"""How far to trust a product cut-out, measured from the mask and the photo alone.

A cut-out is never used silently when it is probably wrong: the extractor scores every mask it
makes (0..1) from signals a wrong mask gives away, and below ``WARN_BELOW`` the result carries a
one-sentence warning and the choices a user has. The signals:

- ``area``: the share of the photo the mask covers (a product is neither a speck nor the photo);
- ``border``: the share of the photo's outline the mask runs along (a mask that hugs the frame is
  usually background, or a subject the photo crops, like a close-up cat);
- ``edges``: how strong the photo's own edges are along the mask's outline, against the photo's
  strong edges (a right outline follows edges; a wrong one cuts through texture);
- ``separation``: how different the colours inside the mask are from those outside it (one minus
  the Bhattacharyya coefficient of their CIELAB histograms);
- ``solidity``: mask area over its convex hull's (ragged, torn masks score low);
- ``agreement``: IoU of the mask with the saliency prior it was grown from (GrabCut that wanders
  far from where the subject seemed to be is guessing).

The weights and ``WARN_BELOW`` were set on the dev photos of tests/pipeline/photos/ (IoU against
hand-drawn masks), never on the held-out ones; ``bench/bench_cutout.py`` prints the calibration.

The quality travels with the cut-out PNG (a text chunk), so a cut-out reused from the media
store still says how good it is: :func:`read_quality`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, PngImagePlugin

# Below this score the cut-out is flagged to the user. Calibrated on the dev photos and crops of
# them (bench/bench_cutout.py): every cut-out scored below it had IoU < 0.95, most below 0.8.
WARN_BELOW = 0.6
# Below this the mask is not worth showing as a cut-out: the photo should be shown as a card.
# On dev, every cut-out below it had IoU < 0.25.
CARD_BELOW = 0.45
# The PNG text chunk the quality is stored under.
PNG_KEY = "adgen:cutout-quality"

ACTION_UPLOAD_PNG = "upload_transparent_png"
ACTION_PRODUCT_CARD = "use_product_card"
ACTION_INSTALL_REMBG = "install_rembg_model"

_ACTION_TEXT = {
    ACTION_UPLOAD_PNG: "Upload the product as a PNG with a transparent background; it is used exactly as it is.",
    ACTION_PRODUCT_CARD: "Show the photo as a framed product card (rounded corners, a soft shadow and a thin "
    "border in your palette) instead of a cut-out.",
    ACTION_INSTALL_REMBG: "Install the rembg model as the README says (the rembg extra and u2net.onnx); "
    "it cuts products out of busy photos much better.",
}


@dataclass(frozen=True)
class CutoutAction:
    """Something the user can do about a poor cut-out: a stable code for buttons and a sentence."""

    code: str
    text: str


def action(code: str) -> CutoutAction:
    return CutoutAction(code, _ACTION_TEXT[code])


@dataclass(frozen=True)
class CutoutQuality:
    """The confidence of one cut-out, with what a user should be told about it."""

    score: float  # 0..1; below WARN_BELOW the user is warned
    method: str  # what cut it: "alpha", "rembg", "grabcut" (studio backdrop), "saliency", "full"
    reason: str  # for the render report and logs: which signals decided, in words
    warning: str | None = None  # the one sentence a user sees, or None when the cut-out is good
    actions: tuple[CutoutAction, ...] = ()
    signals: dict[str, float] = field(default_factory=dict)
    # The mask is too poor to show as a cut-out: show the photo as a framed product card.
    suggest_card: bool = False

    @property
    def flagged(self) -> bool:
        return self.warning is not None

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CutoutQuality:
        data = json.loads(text)
        data["actions"] = tuple(CutoutAction(**a) for a in data.get("actions", ()))
        return cls(**data)


def png_info(quality: CutoutQuality) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text(PNG_KEY, quality.to_json())
    return info


def read_quality(cutout_png: Path) -> CutoutQuality | None:
    """The quality stored in a cut-out PNG by the extractor (None for older cut-outs)."""
    try:
        with Image.open(cutout_png) as image:
            text = image.info.get(PNG_KEY)
    except OSError:
        return None
    if not text:
        return None
    try:
        return CutoutQuality.from_json(text)
    except (ValueError, TypeError):
        return None


# --- signals ------------------------------------------------------------------------------


def _border_share(mask: np.ndarray) -> tuple[float, int]:
    """Share of the frame's outline under the mask, and how many sides it covers over 15 %."""
    sides = [mask[0, :], mask[-1, :], mask[:, 0], mask[:, -1]]
    share = float(np.concatenate(sides).mean())
    return share, sum(float(s.mean()) > 0.15 for s in sides)


def _ring(mask: np.ndarray, shift: int) -> np.ndarray:
    """The outline of the mask grown (shift > 0) or shrunk (shift < 0) by |shift| px."""
    m = mask.astype(np.uint8)
    if shift:
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * abs(shift) + 1,) * 2)
        m = cv2.dilate(m, kernel) if shift > 0 else cv2.erode(m, kernel)
    ring = (m - cv2.erode(m, np.ones((3, 3), np.uint8))) > 0
    ring[:3, :], ring[-3:, :], ring[:, :3], ring[:, -3:] = False, False, False, False
    return ring


def _edge_agreement(mask: np.ndarray, lab: np.ndarray) -> float:
    """Whether the outline lies on the photo's edges: the gradient along the outline against the
    gradient a few pixels inside and outside it. A cut along a real edge is a ridge (ratio well
    above 1); a cut through texture or a smooth area is flat (about 1). Mapped to 0..1."""
    gx = cv2.Sobel(lab, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(lab, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = cv2.dilate(np.sqrt((gx**2 + gy**2).sum(axis=-1)), np.ones((3, 3), np.uint8))
    step = max(3, round(0.012 * max(mask.shape)))
    on, inside, outside = _ring(mask, 0), _ring(mask, -step), _ring(mask, step)
    if on.sum() < 8:
        return 0.0
    off = np.concatenate([magnitude[inside], magnitude[outside]])
    ratio = float(np.mean(magnitude[on])) / max(float(np.mean(off)) if off.size else 0.0, 1e-3)
    return float(np.clip((ratio - 1.0) / 2.0, 0.0, 1.0))


def _separation(mask: np.ndarray, lab: np.ndarray) -> float:
    """1 - Bhattacharyya coefficient of the CIELAB histograms inside and outside the mask."""
    bins = [12, 12, 12]
    ranges = [0, 100, -128, 128, -128, 128]
    inside = cv2.calcHist([lab], [0, 1, 2], mask.astype(np.uint8), bins, ranges)
    outside = cv2.calcHist([lab], [0, 1, 2], (~mask).astype(np.uint8), bins, ranges)
    if inside.sum() == 0 or outside.sum() == 0:
        return 0.0
    inside, outside = inside / inside.sum(), outside / outside.sum()
    return float(1.0 - np.sqrt(inside * outside).sum())


def _solidity(mask: np.ndarray) -> float:
    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return 0.0
    hull = cv2.convexHull(np.concatenate(contours))
    return float(min(1.0, mask.sum() / max(cv2.contourArea(hull), 1.0)))


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    union = (a | b).sum()
    return float((a & b).sum() / union) if union else 0.0


def measure(mask: np.ndarray, rgb: np.ndarray, prior: np.ndarray | None = None) -> dict[str, float]:
    """The signals of a boolean mask of an RGB photo (both at the work size)."""
    lab = cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    border, sides = _border_share(mask)
    signals = {
        "area": float(mask.mean()),
        "border": border,
        "sides": float(sides),
        "edges": _edge_agreement(mask, lab),
        "separation": _separation(mask, lab),
        "solidity": _solidity(mask),
    }
    if prior is not None:
        signals["agreement"] = _iou(mask, prior > 0.5)
    return signals


def _ramp(value: float, low: float, high: float) -> float:
    """0 at `low`, 1 at `high`, linear between (either direction)."""
    if high == low:
        return float(value >= high)
    return float(np.clip((value - low) / (high - low), 0.0, 1.0))


# Each signal mapped to 0..1 (where the ramp starts and where it is full), and its weight.
_RAMPS = {
    "edges": (0.25, 0.8),
    "separation": (0.2, 0.6),
    "solidity": (0.4, 0.85),
    "agreement": (0.4, 0.8),
}
_WEIGHTS = {"area": 0.15, "border": 0.2, "edges": 0.2, "separation": 0.2, "solidity": 0.15, "agreement": 0.1}
# The signals a mask must not fail badly on: the worst of them scales the whole score.
_GATES = ("area", "border", "edges", "separation", "solidity")


def score(signals: dict[str, float]) -> tuple[float, str]:
    """The confidence (0..1) and the weakest signals in words."""
    area = signals["area"]
    parts = {
        "area": min(_ramp(area, 0.008, 0.04), _ramp(area, 0.92, 0.65)),
        "border": _ramp(signals["border"], 0.45, 0.12) * (0.6 if signals["sides"] >= 3 else 1.0),
    }
    parts |= {name: _ramp(signals[name], *ends) for name, ends in _RAMPS.items() if name in signals}
    weights = {name: _WEIGHTS[name] for name in parts}
    total = sum(weights[k] * parts[k] for k in parts) / sum(weights.values())
    # A mask that fails badly on one count is not rescued by the others.
    worst = min(parts[k] for k in _GATES)
    value = total * (0.5 + 0.5 * worst)
    words = {
        "area": f"it covers {area:.0%} of the photo",
        "border": f"it runs along {signals['border']:.0%} of the photo's border",
        "edges": "its outline does not follow the photo's edges",
        "separation": "its colours are close to the background's",
        "solidity": "its shape is ragged",
        "agreement": "it strays from where the subject seemed to be",
    }
    weak = [words[k] for k, v in sorted(parts.items(), key=lambda kv: kv[1]) if v < 0.6][:2]
    reason = "; ".join(weak) if weak else "outline on the photo's edges, colours apart from the background"
    return float(np.clip(value, 0.0, 1.0)), reason


def assess(method: str, signals: dict[str, float], *, rembg_available: bool) -> CutoutQuality:
    """The quality of a cut-out from its signals, with the warning and actions when it is low."""
    value, reason = score(signals)
    return judged(method, value, reason, signals, rembg_available=rembg_available)


def judged(
    method: str, value: float, reason: str, signals: dict[str, float], *, rembg_available: bool
) -> CutoutQuality:
    """A quality with the user-facing warning and actions that its score calls for."""
    if value >= WARN_BELOW:
        return CutoutQuality(round(value, 3), method, reason, None, (), signals)
    actions = [action(ACTION_UPLOAD_PNG), action(ACTION_PRODUCT_CARD)]
    if not rembg_available:
        actions.append(action(ACTION_INSTALL_REMBG))
    card = value < CARD_BELOW
    if method == "full":
        warning = (
            "No product stood out from the photo's background, so the whole photo is used; "
            "upload a PNG with a transparent background, or show the photo as a framed product card."
        )
    elif card:
        warning = (
            f"The product could not be cut out of this photo reliably ({reason}); "
            "upload a PNG with a transparent background, or show the photo as a framed product card."
        )
    else:
        warning = (
            f"The product cut-out may be imperfect ({reason}); check it, and if it looks wrong upload "
            "a PNG with a transparent background or show the photo as a framed product card."
        )
    return CutoutQuality(round(value, 3), method, reason, warning, tuple(actions), signals, card)


__all__ = [
    "ACTION_INSTALL_REMBG",
    "ACTION_PRODUCT_CARD",
    "ACTION_UPLOAD_PNG",
    "CARD_BELOW",
    "PNG_KEY",
    "WARN_BELOW",
    "CutoutAction",
    "CutoutQuality",
    "action",
    "assess",
    "judged",
    "measure",
    "png_info",
    "read_quality",
    "score",
]
