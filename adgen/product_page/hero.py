"""Choosing the hero shot: the picture of the page that best shows the product alone.

A good product shot for an ad (it will be cut out and composited) is large, roughly square or
portrait, shows one subject in the middle of the frame, on a plain background, and is a
photograph rather than a flat graphic. Each is measured on the pixels (downscaled to 256 px):

- *size*: the short side, full marks from 1000 px;
- *shape*: wide banners (beyond 1.6:1) lose, beyond 3:1 they are out;
- *plain background*: how uniform a 5 % border strip is (or transparent);
- *subject*: the share of the frame that differs from the border colour (15–85 % is ideal) and
  how close its centroid is to the centre;
- *photograph*: a logo or icon spends most of its pixels on a few flat colours; a photo does not;
- *hints*: the page's own words ("logo", "icon", "banner" in the address or alt text) and
  whether the product's structured data names the picture.

The winner's reason is written out for the reply; every candidate keeps its notes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from adgen.product_page.model import HeroImage, PageImage
from adgen.store.uploads import CheckedImage

_NOT_PRODUCT_WORDS = re.compile(
    r"(?i)(logo|icon|favicon|banner|badge|sprite|payment|flag|avatar|placeholder)"
)
ANALYSIS_SIDE = 256


@dataclass(frozen=True)
class ShotMeasures:
    """What the pixels say about one picture (all but the size are 0..1)."""

    width: int
    height: int
    plain_background: float
    subject_area: float
    centring: float
    flatness: float

    @property
    def ratio(self) -> float:
        return max(self.width, self.height) / max(1, min(self.width, self.height))


def measure(image: CheckedImage) -> ShotMeasures:
    """Border uniformity, subject area and centring, and colour flatness of one checked picture."""
    with Image.open(io.BytesIO(image.data)) as opened:
        opened.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE))
        rgba = np.asarray(opened.convert("RGBA"), dtype=np.float32)
    rgb, alpha = rgba[..., :3], rgba[..., 3]
    h, w = alpha.shape
    strip = max(2, round(0.05 * min(h, w)))
    border = np.zeros((h, w), dtype=bool)
    border[:strip, :], border[-strip:, :], border[:, :strip], border[:, -strip:] = True, True, True, True
    opaque = alpha >= 32
    border_opaque = border & opaque
    if border_opaque.sum() < 0.1 * border.sum():  # a cut-out: transparent all round
        plain = 1.0
        subject = opaque
    else:
        background = np.median(rgb[border_opaque], axis=0)
        deviation = np.abs(rgb - background).max(axis=-1)
        plain = float(np.clip(1.0 - deviation[border_opaque].mean() / 40.0, 0.0, 1.0))
        subject = opaque & (deviation > 40)
    area = float(subject.mean())
    if subject.any():
        ys, xs = np.nonzero(subject)
        off_centre = np.hypot(xs.mean() / w - 0.5, ys.mean() / h - 0.5) / 0.5
        centring = float(np.clip(1.0 - off_centre, 0.0, 1.0))
        codes = (rgb[subject].astype(np.int32) >> 4) @ np.array([256, 16, 1])
        counts = np.sort(np.bincount(codes))[::-1]
        flatness = float(counts[:8].sum() / counts.sum())
    else:
        centring, flatness = 0.0, 1.0
    return ShotMeasures(image.width, image.height, plain, area, centring, flatness)


def score_shot(candidate: PageImage, measures: ShotMeasures) -> tuple[float, list[str]]:
    """The hero score (0..1) of one picture and the notes that explain it."""
    notes: list[str] = []
    short_side = min(measures.width, measures.height)
    size = float(np.clip((short_side - 150) / 850, 0.0, 1.0))
    if short_side < 300:
        notes.append(f"small ({measures.width}x{measures.height})")
    ratio = measures.ratio
    shape = 1.0 if ratio <= 1.6 else float(np.clip(1.0 - (ratio - 1.6) / 1.4, 0.0, 1.0))
    if ratio > 1.6 and measures.width > measures.height:
        notes.append(f"wide banner shape ({ratio:.1f}:1)")
    elif ratio > 1.6:
        notes.append(f"tall narrow shape (1:{ratio:.1f})")
    area = measures.subject_area
    subject = (
        1.0
        if 0.15 <= area <= 0.85
        else float(np.clip(area / 0.15 if area < 0.15 else (1 - area) / 0.15, 0, 1))
    )
    if measures.plain_background >= 0.7:
        notes.append("plain background")
    else:
        notes.append("busy background")
    if subject >= 0.8 and measures.centring >= 0.8:
        notes.append("subject centred")
    photo = float(np.clip(1.0 - (measures.flatness - 0.55) / 0.35, 0.0, 1.0))
    if photo < 0.5:
        notes.append("flat colours, like a logo or graphic")
    words = f"{candidate.url} {candidate.alt or ''}"
    hint = 1.0
    if _NOT_PRODUCT_WORDS.search(words):
        hint = 0.5
        notes.append(f"named like a {_NOT_PRODUCT_WORDS.search(words).group(1).lower()}")  # type: ignore[union-attr]
    structured = 0.1 if candidate.source in ("json-ld", "microdata", "opengraph") else 0.0
    if structured:
        notes.append(f"named by the product's {candidate.source} data")
    base = 0.3 * size + 0.3 * measures.plain_background + 0.2 * subject + 0.2 * measures.centring
    score = (base * shape * (0.2 + 0.8 * photo) * hint) + structured
    return round(min(score, 1.0), 3), notes


def hero_reason(candidate: PageImage, measures: ShotMeasures, notes: list[str]) -> str:
    """One phrase for the reply: why this picture is the product shot."""
    kept = [n for n in notes if not n.startswith(("small", "busy"))]
    return f"{measures.width}x{measures.height}, " + ", ".join(kept or ["the best of the page's pictures"])


def as_hero(
    candidate: PageImage, image: CheckedImage, measures: ShotMeasures, score: float, notes: list[str]
) -> HeroImage:
    return HeroImage(
        url=candidate.url,
        width=image.width,
        height=image.height,
        sha256=image.sha256,
        score=score,
        reason=hero_reason(candidate, measures, notes),
    )


__all__ = ["ShotMeasures", "as_hero", "hero_reason", "measure", "score_shot"]
