"""Pictures for the shop pages, from real photographs and a real logo (scikit-image ships them).

- ``product_shot``: the espresso cup of ``skimage.data.coffee`` (a real photo) centred on a plain
  light canvas, 1200x1200, the way shops photograph products;
- ``lifestyle``: the whole coffee photograph (cup on a wooden table), 1200x800;
- ``banner``: a wide strip of ``skimage.data.astronaut``, 2000x600;
- ``logo``: scikit-image's own logo (RGBA, flat colours), 500x500.
"""

from __future__ import annotations

import io
from functools import cache

import numpy as np
from PIL import Image
from skimage import data as samples


def _jpeg(pixels: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(pixels).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def _png(pixels: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG")
    return out.getvalue()


@cache
def product_shot() -> bytes:
    cup = np.asarray(Image.fromarray(samples.coffee()[20:330, 150:500]).resize((700, 620)))
    canvas = np.full((1200, 1200, 3), 250, dtype=np.uint8)
    canvas[290:910, 250:950] = cup
    return _jpeg(canvas)


@cache
def lifestyle() -> bytes:
    return _jpeg(np.asarray(Image.fromarray(samples.coffee()).resize((1200, 800))))


@cache
def banner() -> bytes:
    return _jpeg(np.asarray(Image.fromarray(samples.astronaut()[150:350]).resize((2000, 600))))


@cache
def logo() -> bytes:
    return _png(samples.logo())
