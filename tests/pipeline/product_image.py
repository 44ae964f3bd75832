"""A synthetic product photo shared by the render tests: a magenta bottle on transparency,
a colour no background palette of the sample ad comes near, so its pixels are easy to find."""

from __future__ import annotations

import hashlib
import io

from adgen.project import AdProject

PRODUCT_RGB = (230, 20, 200)


def product_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 480), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([60, 90, 240, 460], radius=40, fill=PRODUCT_RGB + (255,))
    draw.rectangle([115, 20, 185, 95], fill=PRODUCT_RGB + (255,))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def plain_photo_png() -> bytes:
    """A photo with nothing in it to cut out: the extractor keeps the whole photo and says so."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (240, 240, 240)).save(buf, "PNG")
    return buf.getvalue()


def with_product(project: AdProject, media, data: bytes | None = None) -> AdProject:
    """The project with the product photo (``data``, by default :func:`product_png`) stored in
    ``media`` as its productAsset."""
    data = data if data is not None else product_png()
    wire = project.to_wire()
    wire["productAsset"] = {
        "sourceUrl": media.put_bytes(data, suffix=".png"),
        "maskedUrl": None,
        "checksum": hashlib.sha256(data).hexdigest(),
    }
    return AdProject.from_wire(wire)
