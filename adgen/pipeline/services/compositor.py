"""The product layer of a scene: the cutout scaled and placed, with a soft drop shadow, and a
slow float so the product feels alive without distracting from the message.

When the cut-out is poor (or the user asks for it) the layer can instead show the photo itself as
an intentional product card: rounded corners, a thin border in the palette and the same soft
shadow (``product_layer(..., style="card")``), never a raw rectangle.

A showcase's product is the hero: it fills its box, stands on a ground shadow and pushes in,
with the move its mood asks for on top (a pop on the music's beats, a slow orbit, or a reveal
out of the dark: :mod:`adgen.pipeline.product_motion`).

The layer is one RGBA PNG only as large as the product plus its shadow; its position is an
ffmpeg overlay expression in ``t``, evaluated by the scene pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFilter, UnidentifiedImageError

from adgen.pipeline.atomic import atomic_output
from adgen.pipeline.types import (
    HERO_PLANNED_SCALE,
    ORBIT_DRIFT,
    ORBIT_PARALLAX,
    ORBIT_PUSH_FROM,
    ORBIT_SQUASH,
    POP_AMOUNT,
    POP_SEC,
    REVEAL_FADE_SEC,
    REVEAL_MAX_SHARE,
    REVEAL_PUSH_FROM,
    REVEAL_RISE,
    REVEAL_SEC,
    Box,
    HeroMove,
    Layer,
    ProductBox,
)
from adgen.project import ProductPlacement

# Share of the frame kept clear at each edge; taller frames keep more clear at top and bottom
# where platforms draw their own buttons.
_SIDE_MARGIN = 0.06
_TALL_VERTICAL_MARGIN = 0.12
_VERTICAL_MARGIN = 0.07
_SHADOW_OPACITY = 0.5
# The product card: corner radius and border width as shares of the card's shorter side.
_CARD_RADIUS = 0.07
_CARD_BORDER = 0.018
_CARD_SUPERSAMPLE = 4  # the corners' mask is drawn this much larger, then scaled down: smooth

LayerStyle = Literal["cutout", "card"]


class CompositorError(ValueError):
    """The cutout cannot be read or is empty."""


def safe_area(width: int, height: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the area a product may occupy in a frame."""
    mx = round(width * _SIDE_MARGIN)
    my = round(height * (_TALL_VERTICAL_MARGIN if height > width * 1.3 else _VERTICAL_MARGIN))
    return mx, my, width - mx, height - my


def _load_cutout(path: Path) -> Image.Image:
    try:
        with Image.open(path) as image:
            image.load()
            rgba = image.convert("RGBA")
    except FileNotFoundError:
        raise CompositorError(f"cutout {path} does not exist") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise CompositorError(f"cannot read the cutout {Path(path).name}: {exc}") from None
    box = rgba.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
    if box is None:
        raise CompositorError("the cutout is fully transparent")
    return rgba.crop(box)


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) != 6:
        raise CompositorError(f"the card's border colour {colour!r} is not a #RRGGBB colour")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def product_card(photo: Image.Image, border: str = "#FFFFFF") -> Image.Image:
    """The photo as a product card of the same size: rounded, transparent corners and a thin
    border in `border` (a #RRGGBB palette colour) inside its edge. A photo with transparency is
    laid on the border colour first, so the card is always a whole, opaque shape."""
    width, height = photo.size
    base = Image.new("RGBA", photo.size, (*_hex_rgb(border), 255))
    base.alpha_composite(photo.convert("RGBA"))
    short = min(width, height)
    radius = max(2, round(_CARD_RADIUS * short))
    line = max(1, round(_CARD_BORDER * short))
    k = _CARD_SUPERSAMPLE
    shape = Image.new("L", (width * k, height * k), 0)
    ImageDraw.Draw(shape).rounded_rectangle(
        [0, 0, width * k - 1, height * k - 1], radius=radius * k, fill=255
    )
    shape = shape.resize(photo.size, Image.LANCZOS)
    inner = Image.new("L", (width * k, height * k), 0)
    ImageDraw.Draw(inner).rounded_rectangle(
        [line * k, line * k, (width - line) * k - 1, (height - line) * k - 1],
        radius=max(1, radius - line) * k,
        fill=255,
    )
    inner = inner.resize(photo.size, Image.LANCZOS)
    card = Image.new("RGBA", photo.size, (*_hex_rgb(border), 255))
    card.paste(base, (0, 0), inner)  # the photo inside the border line
    card.putalpha(shape)
    return card


def _atomic_png(image: Image.Image, out_path: Path) -> None:
    with atomic_output(out_path) as tmp:
        image.save(tmp, format="PNG", compress_level=3)


class Compositor:
    """Builds the product layer of one scene at one frame size."""

    name = "local"
    model = "compositor-v1"
    version = 4  # part of the composite stage's cache key

    def product_layer(
        self,
        cutout: Path,
        placement: ProductPlacement,
        width: int,
        height: int,
        duration_sec: float,
        out_path: Path,
        *,
        style: LayerStyle = "cutout",
        border: str = "#FFFFFF",
        box: ProductBox | None = None,
        hero: bool = False,
        move: HeroMove | None = None,
    ) -> Layer:
        """The product layer of one scene. With ``style="card"`` the image at `cutout` (the
        product photo itself) is shown as a product card with a `border` in the palette.

        With ``box`` (the layout's, see :mod:`adgen.pipeline.layout`) the product, with its
        float, stays inside the box's area, standing where its anchor says; without it, inside
        the old fixed safe area at the placement's position. ``Layer.box`` is where the product
        (not its soft shadow) goes over the whole scene.

        ``hero`` (a showcase) makes the product the scene's subject: it fills its box (at the
        planned scale; a smaller scale shrinks it), stands on a soft ground shadow instead of
        floating, and pushes in over the scene from :data:`HERO_PUSH_FROM` of its size, grown
        from its base by the scene pass (``detail["motion"]``). ``move``
        (:mod:`adgen.pipeline.product_motion`) adds a pop on the beats, a slow orbit or a reveal
        (a rise from a little below out of the dark); the product is fitted so that the whole
        move stays inside the box, and ``Layer.box`` covers it. A revealed product ends its rise
        where it rests for the rest of the scene, its ground shadow (part of the same image)
        rising and fading in with it."""
        # A product card is the photo framed as it is: it keeps its frame (no push-in or ground shadow).
        if hero and style == "cutout" and box is not None and placement.visible and placement.scale > 0:
            return self._hero(Path(cutout), placement, box, Path(out_path), duration_sec, move or HeroMove())
        out_path = Path(out_path)
        if placement.scale <= 0 or not placement.visible:
            _atomic_png(Image.new("RGBA", (2, 2), (0, 0, 0, 0)), out_path)
            return Layer(path=out_path)
        product = _load_cutout(Path(cutout))
        if box is None:
            left, top, right, bottom = safe_area(width, height)
            position = placement.position
        else:
            area = box.area
            left, top, right, bottom = (
                round(area.x),
                round(area.y),
                round(area.right),
                round(area.bottom),
            )
            position = box.anchor
        amp = max(1, round(0.005 * min(width, height)))  # the float's amplitude: a few pixels
        # The product's larger side is `scale` of the frame's shorter side, shrunk to fit the safe area.
        target = placement.scale * min(width, height)
        fit = min(
            target / max(product.size),
            (right - left - 2 * amp) / product.width,
            (bottom - top - 2 * amp) / product.height,
        )
        pw, ph = max(1, round(product.width * fit)), max(1, round(product.height * fit))
        product = product.resize((pw, ph), Image.LANCZOS)
        if style == "card":
            product = product_card(product, border)

        blur = max(2, round(0.035 * max(pw, ph)))
        offset = (round(0.01 * pw), round(0.025 * ph))
        pad = 2 * blur + max(offset)
        layer = Image.new("RGBA", (pw + 2 * pad, ph + 2 * pad), (0, 0, 0, 0))
        shadow_alpha = Image.new("L", layer.size, 0)
        shadow_alpha.paste(
            product.getchannel("A").point(lambda a: int(a * _SHADOW_OPACITY)),
            (pad + offset[0], pad + offset[1]),
        )
        shadow_alpha = shadow_alpha.filter(ImageFilter.GaussianBlur(blur))
        shadow = Image.new("RGBA", layer.size, (8, 8, 12, 0))
        shadow.putalpha(shadow_alpha)
        layer.alpha_composite(shadow)
        layer.alpha_composite(product, (pad, pad))
        _atomic_png(layer, out_path)

        # Where the product itself (not its shadow padding) sits at t = 0.
        middle = (left + right - pw) / 2
        if position == "left":
            px, py = left + amp, (top + bottom - ph) / 2
        elif position == "right":
            px, py = right - amp - pw, (top + bottom - ph) / 2
        elif position == "bottom":
            px, py = middle, bottom - amp - ph
        else:
            px, py = middle, (top + bottom - ph) / 2
        # Whole cycles over the scene, so the product is back where it started at the cut.
        cycles = max(1, round(max(duration_sec, 0.5) / 4.0))
        period = max(duration_sec, 0.5) / cycles
        sway = max(1, amp // 2)
        x = f"{round(px) - pad}+{sway}*sin(2*PI*t/{period * 2:.4f})"
        y = f"{round(py) - pad}+{amp}*sin(2*PI*t/{period:.4f})"
        moves = Box(round(px) - sway, round(py) - amp, pw + 2 * sway, ph + 2 * amp)
        return Layer(path=out_path, x=x, y=y, box=moves, detail={"size": [pw, ph]})

    def _hero(
        self,
        cutout: Path,
        placement: ProductPlacement,
        box: ProductBox,
        out_path: Path,
        duration_sec: float,
        move: HeroMove,
    ) -> Layer:
        product = _load_cutout(cutout)
        area = box.area
        share = min(1.0, max(0.4, placement.scale / HERO_PLANNED_SCALE))
        fit = HERO_FILL * share * min(area.w / product.width, area.h / product.height)
        start = {"orbit": ORBIT_PUSH_FROM, "reveal": REVEAL_PUSH_FROM}.get(move.kind, HERO_PUSH_FROM)
        biggest = 1 + POP_AMOUNT if move.kind == "pop" else 1.0  # the largest size the move reaches
        for _ in range(4):  # shrunk until the whole move (pop, drift, rise) fits the box
            pw, ph = max(1, round(product.width * fit)), max(1, round(product.height * fit))
            ground = _Ground.of(pw, ph)
            drift = round(ORBIT_DRIFT * max(pw, ph)) if move.kind == "orbit" else 0
            rise = round(REVEAL_RISE * ph) if move.kind == "reveal" else 0
            span_w, span_h = pw * biggest + 2 * drift, (ph + ground.below) * biggest + rise
            shrink = min(area.w / span_w, area.h / span_h)
            if shrink >= 1:
                break
            fit *= shrink * 0.995
        layer = Image.new("RGBA", (pw + 2 * ground.side, ph + ground.below + 2), (0, 0, 0, 0))
        shade = Image.new("RGBA", layer.size, (8, 8, 12, 0))
        shade.putalpha(ground.mask(layer.size, ground.side + pw / 2, ph))
        layer.alpha_composite(shade)
        layer.alpha_composite(product.resize((pw, ph), Image.LANCZOS), (ground.side, 0))
        _atomic_png(layer, out_path)
        # Where it stands: by the anchor (the whole move inside the box), its base on the box's
        # floor unless centred (a reveal's base the rise above it, where the rise ends).
        if box.anchor == "left":
            centre = area.x + span_w / 2
        elif box.anchor == "right":
            centre = area.right - span_w / 2
        else:
            centre = area.x + area.w / 2
        bottom = area.bottom if box.anchor == "bottom" else area.y + (area.h + span_h) / 2
        px, py = round(centre - pw / 2), round(max(area.y, bottom - ph - ground.below - rise))
        motion: dict[str, object] = {
            "kind": "push",
            "from_scale": start,
            "duration_sec": round(duration_sec, 3),
        }
        if move.kind == "pop":
            motion.update(move="pop", pop_beats=list(move.beats), pop_amount=POP_AMOUNT, pop_sec=POP_SEC)
        elif move.kind == "orbit":
            motion.update(move="orbit", drift_px=drift, squash=ORBIT_SQUASH, parallax=ORBIT_PARALLAX)
        elif move.kind == "reveal":
            sec = round(min(REVEAL_SEC, REVEAL_MAX_SHARE * duration_sec), 3)
            fade = round(sec * REVEAL_FADE_SEC / REVEAL_SEC, 3)
            motion.update(move="reveal", rise_px=rise, reveal_sec=sec, fade_sec=fade)
        # Where the product goes over the move: grown from the layer's base, drifting sideways,
        # rising from below.
        tall = ph + ground.below + 2
        top = py + tall - biggest * tall
        low = py + tall - start * (ground.below + 2) + rise
        wide = pw * biggest + 2 * drift
        return Layer(
            path=out_path,
            x=str(px - ground.side),
            y=str(py),
            box=Box(px + pw / 2 - wide / 2, top, wide, low - top),
            detail={"size": [pw, ph], "hero": True, "motion": motion},
            motion=motion,
        )


@dataclass(frozen=True)
class _Ground:
    """The hero's ground shadow: a soft ellipse where the product meets the floor, and the room
    it needs beside (``side``) and below (``below``) the product."""

    width: int
    height: int
    blur: int
    side: int
    below: int

    @classmethod
    def of(cls, pw: int, ph: int) -> _Ground:
        width, height = round(0.9 * pw), max(4, round(0.07 * ph))
        blur = max(3, round(0.03 * pw))
        return cls(width, height, blur, max(0, (width - pw) // 2) + 2 * blur, height // 2 + 2 * blur)

    def mask(self, size: tuple[int, int], cx: float, base: float) -> Image.Image:
        ground = Image.new("L", size, 0)
        ImageDraw.Draw(ground).ellipse(
            [cx - self.width / 2, base - self.height / 2, cx + self.width / 2, base + self.height / 2],
            fill=150,
        )
        return ground.filter(ImageFilter.GaussianBlur(self.blur))


# A showcase's product: the share of its box it fills at the planned scale, the scale the planner
# gives a showcase, and where its push-in starts.
HERO_FILL = 0.96
HERO_PUSH_FROM = 0.9


__all__ = ["Compositor", "CompositorError", "LayerStyle", "product_card", "safe_area"]
