"""Where each layer of a scene goes in one export: text, product, and room kept for a logo or a
call-to-action button, all inside the export's safe area by construction (issue 16).

The safe area is the intersection of the safe areas of every preset the export serves (TikTok +
Reels at 1080x1920: x 65-930, y 269-1248), so one layout suits all of them. Inside it, with a
small inset, the text takes a band at its position (top, center, bottom) and the product the
rest, a gap apart, so the two never meet; a scene with only one of them gives it the whole area.
The band's height depends on the frame and on what the scene shows, never on the words, so a
text edit does not move the product. The text renderer fits the words into its box (wrapping,
shrinking down to the size the pre-flight check advises for the platforms, and below only to
its fail line, with a warning) and the compositor fits the product into its box.

Pure geometry: no fonts, no pixels, no I/O, so the content keys can be computed from it and the
typography, product moves and end card built later can start from these boxes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from adgen.pipeline.types import HERO_PLANNED_SCALE, MIN_TEXT_BAND_SHARE, Box, ProductBox, TextAlign, TextBox
from adgen.platforms.geometry import Rect
from adgen.preflight.layout import end_card_copy, move_inside
from adgen.preflight.legibility import size_thresholds
from adgen.project import AdProject, Scene

if TYPE_CHECKING:
    from adgen.pipeline.targets import RenderTarget

INSET_SHARE = 0.015  # of the frame's shorter side: nothing touches the safe area's edge
GAP_SHARE = 0.02  # between the text band and the product
TEXT_BAND_SHARE = 0.38  # of the content area's height, when the scene also shows the product
END_CARD_BAND_SHARE = 0.28  # the end card's headline band (the brand name, a tagline)
LOGO_SHARE = (0.22, 0.10)  # a corner mark: at most this share of the area's width and height
# A call-to-action button: at most this share of the area's width and height. The whole width: the
# button is drawn as wide as its label needs (three times its height at least), centred, and a
# long label ("Discover the collection") then keeps the advised size on one line instead of
# shrinking below it in 60 % of a 9:16 frame's width.
CTA_SHARE = (1.0, 0.14)

ProductPosition = Literal["center", "left", "right", "bottom"]


@dataclass(frozen=True)
class SceneLayout:
    """One scene's boxes in one export, in px of the frame it is rendered at.

    ``text`` and ``product`` are where those layers may draw (None: the scene has none);
    ``logo`` and ``cta`` are kept clear for a logo mark and a call-to-action button when asked
    for (None: not reserved). Every box lies inside ``safe_area``, and no two of them meet.
    """

    width: int
    height: int
    safe_area: Box
    text: TextBox | None = None
    product: ProductBox | None = None
    logo: Box | None = None
    cta: Box | None = None

    def boxes(self) -> dict[str, Box]:
        """Every box by what it is for ("text", "product", "logo", "cta")."""
        found = {
            "text": self.text.area if self.text else None,
            "product": self.product.area if self.product else None,
            "logo": self.logo,
            "cta": self.cta,
        }
        return {name: box for name, box in found.items() if box is not None}


def _inset(box: Rect, px: float) -> Rect:
    return Rect(box.x + px, box.y + px, max(1.0, box.w - 2 * px), max(1.0, box.h - 2 * px))


def _whole(box: Rect) -> Rect:
    return box.rounded()


def scene_layout(
    width: int,
    height: int,
    safe_area: Box,
    *,
    has_text: bool,
    text_position: TextAlign = "bottom",
    shows_product: bool = False,
    product_position: ProductPosition = "center",
    min_cap_px: float = 1.0,
    floor_cap_px: float = 1.0,
    reserve_logo: bool = False,
    reserve_cta: bool = False,
    product_scale: float = HERO_PLANNED_SCALE,
) -> SceneLayout:
    """The boxes of one scene in a ``width`` x ``height`` export whose presets leave
    ``safe_area`` visible. ``min_cap_px`` / ``floor_cap_px`` are the text's advised and
    smallest cap heights (see :class:`TextBox`). A ``product_scale`` above the planned one
    narrows the text band (:func:`text_band_share`), so a bigger product gets a bigger box."""
    short = min(width, height)
    content = _inset(safe_area.intersect(Rect(0, 0, width, height)), round(INSET_SHARE * short))
    gap = round(GAP_SHARE * short)
    logo = cta = None
    if reserve_logo:
        w, h = round(content.w * LOGO_SHARE[0]), round(content.h * LOGO_SHARE[1])
        logo = _whole(Rect(content.right - w, content.y, w, h))
        content = Rect(content.x, content.y + h + gap, content.w, content.h - h - gap)
    if reserve_cta:
        w, h = round(content.w * CTA_SHARE[0]), round(content.h * CTA_SHARE[1])
        cta = _whole(Rect(content.x + (content.w - w) / 2, content.bottom - h, w, h))
        content = Rect(content.x, content.y, content.w, content.h - h - gap)
    text_area = product_area = None
    if cta is not None and has_text and shows_product:
        # An end card: the brand on top, the product in the middle, the button at the bottom.
        text_position = "top"
    if has_text and shows_product:
        band = round((END_CARD_BAND_SHARE if cta is not None else text_band_share(product_scale)) * content.h)
        rest = content.h - band - gap
        if text_position == "top":
            text_area = Rect(content.x, content.y, content.w, band)
            product_area = Rect(content.x, content.y + band + gap, content.w, rest)
        elif text_position == "bottom":
            text_area = Rect(content.x, content.bottom - band, content.w, band)
            product_area = Rect(content.x, content.y, content.w, rest)
        else:  # a centred text splits the room; the product stands below it if asked, else above
            half = (content.h - band - 2 * gap) / 2
            text_area = Rect(content.x, content.y + half + gap, content.w, band)
            below = product_position == "bottom"
            product_area = Rect(content.x, content.bottom - half if below else content.y, content.w, half)
    elif has_text:
        text_area = content
    elif shows_product:
        product_area = content
    if cta is not None and text_area is not None and product_area is None:
        # An end card without a product: the headline stands just above its button, the pair
        # centred in the area, rather than the headline at one edge and the button at the other.
        band = round(TEXT_BAND_SHARE * content.h)
        shift = (content.h - band) / 2
        text_area = Rect(content.x, content.y + shift, content.w, band)
        cta = _whole(Rect(cta.x, cta.y - shift, cta.w, cta.h))
        text_position = "bottom"
    text = (
        TextBox(_whole(text_area), text_position, round(min_cap_px, 1), round(floor_cap_px, 1))
        if text_area
        else None
    )
    product = ProductBox(_whole(product_area), product_position) if product_area else None
    return SceneLayout(width, height, safe_area, text, product, logo, cta)


def text_band_share(product_scale: float) -> float:
    """The text band's share of the content's height beside a product at ``product_scale``:
    :data:`TEXT_BAND_SHARE` up to the planned scale; above it the band gives the product the
    room its scale asks for (the product's box grows by the scale's ratio), never below
    :data:`MIN_TEXT_BAND_SHARE`, where the text would have to shrink under its advised size."""
    if product_scale <= HERO_PLANNED_SCALE:
        return TEXT_BAND_SHARE
    rest = (1 - TEXT_BAND_SHARE) * product_scale / HERO_PLANNED_SCALE
    return max(MIN_TEXT_BAND_SHARE, 1 - rest)


@dataclass(frozen=True)
class LayoutMove:
    """A box the layout had to move (and shrink, if it had to) to bring it inside the safe area."""

    what: str
    before: Box
    after: Box

    def sentence(self) -> str:
        dx, dy = self.after.x - self.before.x, self.after.y - self.before.y
        moves = []
        if abs(dy) >= 1:
            moves.append(f"{'down' if dy > 0 else 'up'} {abs(dy):.0f} px")
        if abs(dx) >= 1:
            moves.append(f"{'right' if dx > 0 else 'left'} {abs(dx):.0f} px")
        shrunk = " and shrank it" if self.after.w < self.before.w - 0.5 else ""
        return f"moved the {self.what} {' and '.join(moves) or 'inside'}{shrunk}"


def keep_inside(layout: SceneLayout) -> tuple[SceneLayout, list[LayoutMove]]:
    """The layout with every box brought inside the safe area by the least move (shrunk only if
    it is larger than the area), and what was moved. A layout made by :func:`scene_layout` is
    inside already; this guards the boxes that later stages or overrides bring."""
    area = layout.safe_area
    moves: list[LayoutMove] = []

    def inside(what: str, box: Box) -> Box:
        if area.contains(box, tolerance=0.5):
            return box
        moved = _whole(move_inside(box, area))
        moves.append(LayoutMove(what, box, moved))
        return moved

    text = replace(layout.text, area=inside("text", layout.text.area)) if layout.text else None
    product = replace(layout.product, area=inside("product", layout.product.area)) if layout.product else None
    logo = inside("logo", layout.logo) if layout.logo else None
    cta = inside("call-to-action button", layout.cta) if layout.cta else None
    return replace(layout, text=text, product=product, logo=logo, cta=cta), moves


def layout_for(
    project: AdProject, scene: Scene, target: RenderTarget, width: int, height: int, fix: bool = True
) -> tuple[SceneLayout, list[LayoutMove]]:
    """A scene's layout in one export rendered at ``width`` x ``height``: inside the safe area
    every preset of the export shares, the text no smaller than the pre-flight check advises on
    those presets; with ``fix``, any box that is not inside is brought in (and listed)."""
    limits = size_thresholds(target.presets, height)
    product = project.product_asset is not None and scene.product.visible and scene.product.scale > 0
    layout = scene_layout(
        width,
        height,
        target.safe_area(width, height),
        has_text=bool(scene.overlay.text.strip()),
        text_position=scene.overlay.position,
        shows_product=product,
        product_position=scene.product.position,
        min_cap_px=limits.comfortable_cap_px,
        floor_cap_px=limits.min_cap_px,
        reserve_cta=end_card_copy(project, scene) is not None,
        product_scale=scene.product.scale,
    )
    return keep_inside(layout) if fix else (layout, [])


def project_layout(
    project: AdProject, quality: str = "final", settings: Any = None
) -> dict[str, dict[str, SceneLayout]]:
    """Every scene's layout in every export the project's presets need, as the render lays them
    out: export key -> scene id -> :class:`SceneLayout` (at the export's size for ``quality``).
    For stages built on top of the boxes (animated type, product moves, an end card)."""
    from adgen.pipeline.targets import preset_table, render_targets

    fix = bool(getattr(settings, "preflight_fixes", True)) if settings is not None else True
    out: dict[str, dict[str, SceneLayout]] = {}
    for target in render_targets(project, preset_table(settings)):
        profile = target.profile(quality)  # type: ignore[arg-type]
        out[target.key] = {
            scene.id: layout_for(project, scene, target, profile.width, profile.height, fix)[0]
            for scene in project.scenes
        }
    return out


__all__ = [
    "LayoutMove",
    "SceneLayout",
    "keep_inside",
    "layout_for",
    "project_layout",
    "scene_layout",
    "text_band_share",
]
