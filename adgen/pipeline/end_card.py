"""The end card: the ad's last scene, a call to action, drawn as the brand's sign-off and a button
(issue 17).

Which scene is one and what it says is the document's (:func:`adgen.preflight.layout.end_card_copy`,
so the pre-flight check reads the same words); where it goes is the layout's (its ``cta`` box,
inside the safe area of every preset); this module picks the button's colours: the first brand
colour (else palette colour) that stands apart from the backdrop behind the button as the fill,
and white or black for the label, whichever stands out from it, the fill deepened or lightened
until the label clears the contrast check with a margin for the encode.
"""

from __future__ import annotations

import numpy as np

from adgen.brand.project_kit import button_colour
from adgen.pipeline.legibility import CONTRAST_MARGIN, label_contrast
from adgen.pipeline.types import Box, Button
from adgen.preflight.contrast import contrast_ratio, hex_to_rgb
from adgen.preflight.layout import EndCardCopy, end_card_copy
from adgen.project import AdProject, Scene

# The label is text on a solid fill: WCAG's 4.5:1 for normal text, whatever its size.
LABEL_CONTRAST = 4.5
WHITE, BLACK = "#FFFFFF", "#000000"
DEFAULT_FILL = "#1F1F1F"
# A fill this far (WCAG ratio) from the backdrop's mean colour reads as a button on the set.
SEPARATION = 1.8


def _ratio(a: str, b: str) -> float:
    return float(contrast_ratio(np.asarray(hex_to_rgb(a), np.float64), hex_to_rgb(b)))


def _hex(rgb: np.ndarray) -> str:
    r, g, b = (int(round(float(c))) for c in np.clip(rgb, 0, 255))
    return f"#{r:02X}{g:02X}{b:02X}"


def _label_for(fill: str) -> tuple[str, str]:
    """(fill, label): white or black, whichever stands out more from ``fill``; a fill too
    mid-toned for either is moved towards the opposite of its label a tenth at a time until the
    label clears 4.5:1 with the encode's margin, measured as the export shows it
    (:func:`adgen.pipeline.legibility.label_contrast`: a saturated fill such as magenta loses
    much of its contrast at the glyphs' edges to the encode's 2x2 colour blocks)."""
    wanted = LABEL_CONTRAST * CONTRAST_MARGIN
    label = WHITE if _ratio(fill, WHITE) >= _ratio(fill, BLACK) else BLACK
    toward = np.zeros(3) if label == WHITE else np.full(3, 255.0)
    base = np.asarray(hex_to_rgb(fill), np.float64)
    step = 0
    while label_contrast(fill, label) < wanted and step < 10:
        step += 1
        fill = _hex(base + (toward - base) * step / 10)
    return fill, label


def button_colours(project: AdProject, behind: tuple[float, float, float] | None = None) -> tuple[str, str]:
    """(fill, label) of the end card's button: a brand colour (else a palette colour) as the
    fill and the label colour that stands out from it (:func:`_label_for`). With ``behind``, the
    backdrop's mean colour where the button goes, the first colour that stands apart from it
    (:data:`SEPARATION`) is taken, else the one that stands apart most: an orange button on an
    orange set would be a label floating on nothing. With a brand kit, its button colour is the
    first candidate."""
    # A brand kit's button colour (its accent) comes first: the kit says what its buttons look like.
    kit_button = button_colour(project.brand.colors) if project.brand_kit is not None else None
    first = [kit_button] if kit_button else []
    candidates = [c.upper() for c in dict.fromkeys([*first, *project.brand.colors, *project.style.palette])]
    options = [_label_for(c) for c in candidates or [DEFAULT_FILL]]
    if behind is None:
        return options[0]
    backdrop = _hex(np.asarray(behind, np.float64))
    apart = [_ratio(fill, backdrop) for fill, _ in options]
    first = next((i for i, ratio in enumerate(apart) if ratio >= SEPARATION), None)
    return options[first if first is not None else int(np.argmax(apart))]


def end_card_button(
    project: AdProject, scene: Scene, area: Box | None, behind: tuple[float, float, float] | None = None
) -> Button | None:
    """The button an end card draws in its layout's ``cta`` box (None: the scene is no end card);
    ``behind`` is the backdrop's mean colour there, when known."""
    card = end_card_copy(project, scene)
    if card is None or area is None:
        return None
    fill, label = button_colours(project, behind)
    return Button(area=area, label=card.button, fill=fill, label_color=label)


__all__ = ["EndCardCopy", "button_colours", "end_card_button", "end_card_copy"]
