"""Product images sent by a marketer, checked by their content before anything uses them.

An upload is judged only by its bytes: the file name is never trusted for the type and never
used as a path (at most it is echoed back, sanitised, in a message). Pixel dimensions are read
from the header and refused before any pixel is decoded, so a small file that would expand to
gigabytes (a decompression bomb) costs nothing.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from typing import Literal

from PIL import Image, UnidentifiedImageError

from adgen.project import ProductAsset
from adgen.store.media import MediaStore

ImageFormat = Literal["png", "jpeg", "webp"]
_FORMATS: dict[str, tuple[ImageFormat, str]] = {
    "PNG": ("png", ".png"),
    "JPEG": ("jpeg", ".jpg"),
    "WEBP": ("webp", ".webp"),
    # Cameras and phones write multi-picture JPEGs; Pillow names that format MPO.
    "MPO": ("jpeg", ".jpg"),
}
_OPENERS = ["PNG", "JPEG", "WEBP"]  # Pillow's plugin ids; the JPEG plugin also opens MPO
_SEND_INSTEAD = "send a PNG or JPEG (WebP works too)"


class UploadRejected(ValueError):
    """An upload that cannot be used; the message tells the marketer what to send instead."""


@dataclass(frozen=True)
class CheckedImage:
    data: bytes
    format: ImageFormat
    suffix: str
    width: int
    height: int
    sha256: str
    # True only when some pixel is actually see-through (an opaque alpha channel is no cut-out).
    has_alpha: bool


def display_name(filename: str | None) -> str:
    """The file's own name, safe to show in a message: no folders, no control characters."""
    if not filename:
        return "that file"
    base = re.split(r"[\\/]", str(filename))[-1]
    base = "".join(ch for ch in base if ch.isprintable())[:60].strip()
    return f"“{base}”" if base and base not in (".", "..") else "that file"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def validate_image_upload(
    data: bytes, *, filename: str | None, max_bytes: int, max_pixels: int
) -> CheckedImage:
    """Check an uploaded product image by its content; raise UploadRejected with advice if unusable."""
    name = display_name(filename)
    name = name[0].upper() + name[1:]  # it starts every message
    if not data:
        raise UploadRejected(f"{name} is empty (0 bytes); {_SEND_INSTEAD}.")
    if len(data) > max_bytes:
        raise UploadRejected(
            f"{name} is {_size(len(data))}, too large; send an image under {_size(max_bytes)}."
        )
    not_an_image = UploadRejected(f"{name} is not an image I can read; {_SEND_INSTEAD}.")
    too_big_to_open = UploadRejected(
        f"{name} is an image far too large to open; send one under {max_pixels / 1e6:g} megapixels."
    )
    # 1. The header only: format and dimensions, no pixels decoded. Pillow's own bomb warning
    #    is silenced here so the marketer hears the dimensions; above twice its limit it refuses.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=_OPENERS) as header:
                fmt = header.format
                width, height = header.size
        except Image.DecompressionBombError as exc:
            raise too_big_to_open from exc
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
            raise not_an_image from exc
    if fmt not in _FORMATS or width <= 0 or height <= 0:
        raise not_an_image
    if width * height > max_pixels:
        raise UploadRejected(
            f"{name} is {width}x{height}, too large; send one under {max_pixels / 1e6:g} megapixels."
        )
    # 2. The pixels: verify the structure, then decode everything once.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=_OPENERS) as image:
                image.verify()
            with Image.open(io.BytesIO(data), formats=_OPENERS) as image:
                image.load()
                has_alpha = _has_transparency(image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise too_big_to_open from exc
        except Exception as exc:  # Pillow raises many types for damaged files
            raise UploadRejected(
                f"{name} looks damaged or incomplete; export it again as PNG or JPEG and send it."
            ) from exc
    image_format, suffix = _FORMATS[fmt]
    return CheckedImage(
        data=bytes(data),
        format=image_format,
        suffix=suffix,
        width=width,
        height=height,
        sha256=hashlib.sha256(data).hexdigest(),
        has_alpha=has_alpha,
    )


def _has_transparency(image: Image.Image) -> bool:
    if image.mode not in ("RGBA", "LA", "PA", "La", "RGBa") and "transparency" not in image.info:
        return False
    alpha = image.convert("RGBA").getchannel("A")
    low, _high = alpha.getextrema()
    return low < 255


def store_upload(checked: CheckedImage, media: MediaStore) -> ProductAsset:
    """Store a checked image (content-addressed) and describe it as the project's product asset."""
    url = media.put_bytes(checked.data, suffix=checked.suffix)
    return ProductAsset(source_url=url, masked_url=None, checksum=checked.sha256)


__all__ = ["CheckedImage", "UploadRejected", "display_name", "store_upload", "validate_image_upload"]
