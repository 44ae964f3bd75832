"""What the check is told about an ad's layout, and the pure functions the layout calls to
keep a box inside a safe area.

``LayoutBox`` is what the render pipeline hands over for every text, product and logo it places
(at the export's size, with the time range it is on screen); ``OverlayText`` is what a text was
meant to say. Until the pipeline provides boxes, the check finds the texts on the pixels alone.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from adgen.platforms.geometry import Rect

BoxKind = Literal["text", "product", "logo", "cta"]


class LayoutBox(BaseModel):
    """Where the layout put one element, in px of the export, and when it is on screen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: BoxKind
    label: str  # e.g. the scene id of a text ("scene_2"), "product", "logo"
    x: float
    y: float
    w: float = Field(gt=0)
    h: float = Field(gt=0)
    start: float = Field(ge=0)
    end: float = Field(gt=0)
    # Optional, for texts: what it says and in which colour, its cap height and weight as drawn.
    text: str | None = None
    color: str | None = None
    cap_height_px: float | None = Field(default=None, gt=0)
    bold: bool | None = None
    # For a text that moves in and out: when it stands whole and still (inside start..end). The
    # check looks at its frames then; the reading time counts the whole start..end.
    steady_start: float | None = Field(default=None, ge=0)
    steady_end: float | None = Field(default=None, gt=0)

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.w, self.h)

    def to_wire(self) -> dict[str, Any]:
        """camelCase JSON, as the AdProject document and the render's events carry it."""
        data = self.model_dump(mode="json", exclude_none=True)
        for name, wire in _WIRE_NAMES.items():
            if name in data:
                data[wire] = data.pop(name)
        return data

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> LayoutBox:
        data = dict(data)
        for name, wire in _WIRE_NAMES.items():
            if wire in data:
                data[name] = data.pop(wire)
        return cls.model_validate(data)

    @property
    def steady(self) -> tuple[float, float]:
        """When the element stands still and whole: its steady span, else its whole time."""
        start = self.steady_start if self.steady_start is not None else self.start
        end = self.steady_end if self.steady_end is not None else self.end
        return (start, end) if end > start else (self.start, self.end)

    def shifted(self, seconds: float) -> LayoutBox:
        """The same box with its time range moved by ``seconds`` (a scene's start in the ad)."""
        update = {"start": round(self.start + seconds, 6), "end": round(self.end + seconds, 6)}
        if self.steady_start is not None:
            update["steady_start"] = round(self.steady_start + seconds, 6)
        if self.steady_end is not None:
            update["steady_end"] = round(self.steady_end + seconds, 6)
        return self.model_copy(update=update)

    def scaled(self, sx: float, sy: float) -> LayoutBox:
        """The box in a frame ``sx`` x ``sy`` times as large (a draft's boxes at full size)."""
        update: dict[str, Any] = {"x": self.x * sx, "y": self.y * sy, "w": self.w * sx, "h": self.h * sy}
        if self.cap_height_px is not None:
            update["cap_height_px"] = self.cap_height_px * sy
        return self.model_copy(update=update)


_WIRE_NAMES = {"cap_height_px": "capHeightPx", "steady_start": "steadyStart", "steady_end": "steadyEnd"}


class OverlayText(BaseModel):
    """A text the ad shows: its words, colour and time range (seconds from the ad's start)."""

    model_config = ConfigDict(frozen=True)

    label: str
    text: str
    color: str = "#FFFFFF"
    start: float = Field(ge=0)
    end: float = Field(gt=0)

    @property
    def duration(self) -> float:
        return self.end - self.start


# The label suffix of an end card's button text (its LayoutBox and OverlayText: "scene_5/button").
BUTTON_SUFFIX = "/button"


class EndCardCopy(BaseModel):
    """What an ad's end card says: the brand name as its headline, the rest of the sign-off (a
    tagline) under it, and the call to action as the button's label."""

    model_config = ConfigDict(frozen=True)

    headline: str
    button: str


def end_card_copy(project, scene) -> EndCardCopy | None:
    """The end card of ``scene``, when it is one: the ad's last scene, a call to action with
    words. Its first line is the action (the button); the other lines are the sign-off, headed by
    the brand name when the document has one and they do not already say it."""
    if not project.scenes or scene.id != project.scenes[-1].id or scene.role != "cta":
        return None
    lines = [" ".join(line.split()) for line in scene.overlay.text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return None
    button, rest = lines[0], lines[1:]
    brand = " ".join((project.brand.name or "").split())
    if brand and brand.casefold() not in (line.casefold() for line in rest):
        rest.insert(0, brand)
    return EndCardCopy(headline="\n".join(rest), button=button)


def overlay_texts(project) -> list[OverlayText]:
    """The texts of an AdProject, one per scene with text, timed by the scene durations; an end
    card (:func:`end_card_copy`) shows two: its headline and its button's label."""
    texts, start = [], 0.0
    for scene in project.scenes:
        end = start + scene.duration_sec
        card = end_card_copy(project, scene)
        if card is not None:
            if card.headline:
                texts.append(
                    OverlayText(
                        label=scene.id, text=card.headline, color=scene.overlay.color, start=start, end=end
                    )
                )
            texts.append(
                OverlayText(
                    label=scene.id + BUTTON_SUFFIX,
                    text=card.button,
                    color=scene.overlay.color,
                    start=start,
                    end=end,
                )
            )
        elif scene.overlay.text.strip():
            texts.append(
                OverlayText(
                    label=scene.id, text=scene.overlay.text, color=scene.overlay.color, start=start, end=end
                )
            )
        start = end
    return texts


def move_inside(box: Rect, area: Rect, allow_shrink: bool = True) -> Rect:
    """``box`` moved the least distance that puts it inside ``area``; if it is larger than the
    area, first shrunk about its centre (keeping its shape) to fit, when ``allow_shrink``.

    Raises ValueError when the box cannot fit and may not shrink, or the area is empty.
    """
    if area.w <= 0 or area.h <= 0:
        raise ValueError("the safe area is empty")
    scale = min(1.0, area.w / box.w, area.h / box.h) if box.w > 0 and box.h > 0 else 1.0
    if scale < 1.0:
        if not allow_shrink:
            raise ValueError(
                f"a {box.w:.0f}x{box.h:.0f} box does not fit in a {area.w:.0f}x{area.h:.0f} safe area"
            )
        cx, cy = box.x + box.w / 2, box.y + box.h / 2
        box = Rect(cx - box.w * scale / 2, cy - box.h * scale / 2, box.w * scale, box.h * scale)
    x = min(max(box.x, area.x), area.right - box.w)
    y = min(max(box.y, area.y), area.bottom - box.h)
    return Rect(x, y, box.w, box.h)


__all__ = [
    "BUTTON_SUFFIX",
    "BoxKind",
    "EndCardCopy",
    "LayoutBox",
    "OverlayText",
    "end_card_copy",
    "move_inside",
    "overlay_texts",
]
