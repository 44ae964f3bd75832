"""What a brand kit adds to a scene's text: the kit's font for the scene and the logo layer.

- The overlay's words are set in the kit's heading font (hook and call to action) or body font
  (the other scenes; the heading font when the kit has no body font): :func:`kit_brand`, used by
  the scene chain's text layer, which places them in the layout's box and keeps them legible on
  the scene's own background (:mod:`adgen.pipeline.legibility`) with the kit's colours first.
- The logo is a layer of its own (it stands still while the text moves): on the end card in the
  part of the platform safe area the text and button leave free, on a soft plate, and, when the
  ad asks for it, a small corner mark on the other scenes (:func:`logo_layer`).

The safe area is the intersection of the default presets of the frame's shape
(:func:`adgen.platforms.safe_area_of`). Without a kit nothing changes, and :func:`layer_inputs`
adds nothing to the content key, so ads without a kit keep their cache.
"""

from __future__ import annotations

import io
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from adgen.brand.contrast import relative_luminance
from adgen.brand.logo_mark import Box, end_card_logo, place_logo
from adgen.brand.reference import KitFontRef
from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.types import Layer
from adgen.project import AdProject, Scene
from adgen.store.media import MediaStore

log = logging.getLogger(__name__)

LAYER_VERSION = 3  # part of the text layer's key when a kit is used
HEADING_ROLES = frozenset({"hook", "cta"})
# Extra opacity over the computed least scrim: the encode's chroma subsampling and rounding.
PLATE_OPACITY = 0.85


def is_end_card(project: AdProject, scene: Scene) -> bool:
    return bool(project.scenes) and project.scenes[-1].id == scene.id


def font_for(project: AdProject, scene: Scene) -> KitFontRef | None:
    """The kit font a scene's text is set in (None: the renderer's default)."""
    ref = project.brand_kit
    if ref is None:
        return None
    if scene.role in HEADING_ROLES:
        return ref.heading_font or ref.body_font
    return ref.body_font or ref.heading_font


@lru_cache(maxsize=32)
def safe_area(width: int, height: int) -> Box:
    """Where the logo may go: the default presets' shared safe area for this frame shape."""
    from adgen.platforms import builtin_table, safe_area_of

    same_shape = [p for p in builtin_table().defaults() if p.width * height == p.height * width]
    if not same_shape:
        same_shape = [p for p in builtin_table() if p.width * height == p.height * width]
    if not same_shape:  # no platform has this shape: keep a 5 % margin
        mx, my = round(width * 0.05), round(height * 0.05)
        return mx, my, width - mx, height - my
    area = safe_area_of(same_shape, width, height)
    return int(area.x), int(area.y), int(area.right), int(area.bottom)


def layer_inputs(project: AdProject, scene: Scene, width: int, height: int) -> dict[str, Any]:
    """What the kit adds to the text layer's content key: exactly the kit files and choices it
    draws (not the kit's version number, so an unrelated kit change re-renders nothing)."""
    ref = project.brand_kit
    if ref is None:
        return {}
    end = is_end_card(project, scene)
    corner = ref.corner_mark and not end
    font = font_for(project, scene)
    return {
        "brand_layer": {
            "version": LAYER_VERSION,
            "font": font.to_wire() if font else None,
            "logo": ref.logo_url if (end or corner) else None,
            "end_card": end,
            "corner_mark": corner,
            "safe_area": list(safe_area(width, height)) if (end or corner) else None,
        }
    }


def _font_file(font: KitFontRef | None, media: MediaStore) -> str | None:
    """The font file to draw with. A missing uploaded file is an error (the scene's stand-in says
    so, rather than the ad silently changing its type); a family not installed on this machine
    falls back to the default font, with a warning in the log."""
    if font is None:
        return None
    from adgen.brand.fonts import font_path

    missing = FileNotFoundError(f"the brand font {font.family} is missing from the media store")
    try:
        path = font_path(font, media)
    except FileNotFoundError as exc:
        raise missing from exc
    if font.url and (path is None or not path.is_file()):
        raise missing
    if path is None:
        log.warning(
            "the brand font family %r is not installed here; drawing with the default font", font.family
        )
        return None
    return str(path)


def _clamped(rect: Box, size: tuple[int, int]) -> Box:
    w, h = size
    return max(0, rect[0]), max(0, rect[1]), min(w - 1, rect[2]), min(h - 1, rect[3])


def _logo(project: AdProject, media: MediaStore) -> Image.Image | None:
    ref = project.brand_kit
    if ref is None or not ref.logo_url:
        return None
    with Image.open(io.BytesIO(media.read_bytes(ref.logo_url))) as opened:
        return opened.convert("RGBA")


def _end_card_logo(logo: Image.Image, area: Box, text: Box | None) -> Image.Image | None:
    """The logo in the larger part of the safe area the text leaves free (above or below it)."""
    left, top, right, bottom = area
    if text is None:
        return None
    gap = round((bottom - top) * 0.06)
    above = (left, top, right, text[1] - gap)
    below = (left, text[3] + gap, right, bottom)
    free = max((above, below), key=lambda b: b[3] - b[1])
    if free[3] - free[1] < (bottom - top) * 0.12:
        return None
    return free  # type: ignore[return-value]


def _paste_logo(canvas: Image.Image, logo: Image.Image, area: Box, text: Box | None, end: bool) -> None:
    if end:
        free = _end_card_logo(logo, area, text)
        if free is None:
            placement = end_card_logo(logo, area)
        else:
            placement = place_logo(logo, free, anchor="center", width_share=0.75, height_share=0.7)
        _plate(canvas, placement.image, placement.box, free or area)
    else:
        at_top = text is not None and (text[1] + text[3]) / 2 < (area[1] + area[3]) / 2
        placement = place_logo(logo, area, anchor="bottom-right" if at_top else "top-right")
    canvas.alpha_composite(placement.image, (placement.x, placement.y))


def _plate(canvas: Image.Image, logo: Image.Image, box: Box, bounds: Box) -> None:
    """A soft plate behind a transparent logo on the end card, so its colours show on any
    background (even one painted in the same colours): light for a dark logo, dark for a light one."""
    rgba = np.asarray(logo)
    opaque = rgba[..., 3] > 128
    if opaque.all() or not opaque.any():
        return
    light_logo = float(relative_luminance(rgba[..., :3][opaque].mean(axis=0))) > 0.5
    fill = (
        (20, 20, 24, round(255 * PLATE_OPACITY))
        if light_logo
        else (255, 255, 255, round(255 * PLATE_OPACITY))
    )
    pad = round(min(box[2] - box[0], box[3] - box[1]) * 0.12) + 4
    rect = (
        max(bounds[0], box[0] - pad),
        max(bounds[1], box[1] - pad),
        min(bounds[2], box[2] + pad),
        min(bounds[3], box[3] + pad),
    )
    ImageDraw.Draw(canvas).rounded_rectangle(_clamped(rect, canvas.size), radius=pad * 2, fill=fill)


def kit_brand(project: AdProject, scene: Scene, media: MediaStore) -> Any:
    """The ad's brand with the kit's font for this scene (heading or body) as its font file; the
    ad's own brand when it has no kit."""
    if project.brand_kit is None:
        return project.brand
    font_file = _font_file(font_for(project, scene), media)
    return project.brand.model_copy(update={"font": font_file or project.brand.font})


def logo_layer(
    project: AdProject,
    scene: Scene,
    width: int,
    height: int,
    media: MediaStore,
    text: Layer | None,
    out_path: Path,
) -> Layer | None:
    """The kit's logo as a layer of its own (it stands still while the text moves): on the end
    card in the part of the safe area the text and button leave free, else as the optional corner
    mark. None without a kit, a logo, or a place for it. What it draws is in the text layer's key
    (:func:`layer_inputs`), so the scene pass that shows it is keyed by it."""
    ref = project.brand_kit
    end = is_end_card(project, scene)
    if ref is None or not (end or ref.corner_mark):
        return None
    logo = _logo(project, media)
    if logo is None:
        return None
    text_box: Box | None = None
    if text is not None and str(text.x).lstrip("-").isdigit() and str(text.y).lstrip("-").isdigit():
        with Image.open(text.path) as drawn:
            ink = drawn.convert("RGBA").getchannel("A").getbbox()
        if ink is not None:
            x, y = int(text.x), int(text.y)
            text_box = (x + ink[0], y + ink[1], x + ink[2], y + ink[3])
    canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    _paste_logo(canvas, logo, safe_area(width, height), text_box, end)
    box = canvas.getchannel("A").getbbox()
    if box is None:
        return None
    left, top = box[0] - box[0] % 2, box[1] - box[1] % 2
    with atomic_output(Path(out_path)) as tmp:
        canvas.crop((left, top, box[2], box[3])).save(tmp, format="PNG", compress_level=3)
    return Layer(Path(out_path), str(left), str(top))


__all__ = [
    "font_for",
    "is_end_card",
    "kit_brand",
    "layer_inputs",
    "logo_layer",
    "safe_area",
]
