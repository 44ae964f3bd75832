"""Product images sent by a marketer, checked by their content before anything uses them.

An upload is judged only by its bytes: the file name is never trusted for the type and never
used as a path (at most it is echoed back, sanitised, in a message). Pixel dimensions are read
from the header and refused before any pixel is decoded, so a small file that would expand to
gigabytes (a decompression bomb) costs nothing.

What passes is what the render can use: an image too small to show or with nothing visible is
refused here, with the reason, rather than at render time; and every pixel format a PNG or JPEG
may carry (16-bit, grey with alpha, a palette with a transparent entry, CMYK, a phone's EXIF
rotation) is stored as the upright 8-bit picture it shows, so nothing downstream has to know
those formats. Plain 8-bit pictures are stored byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

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
# Smaller than this on either side, a product cannot be shown in a 1080-pixel frame.
MIN_SIDE_PX = 64
# Below this share of visible pixels the extractor finds nothing to cut out (it refuses more
# than 99.8 % transparent); refusing the same here keeps the render from finding it out.
MIN_VISIBLE_SHARE = 0.002
# Modes every consumer opens as they are; anything else is converted before it is stored.
_PLAIN_MODES = ("RGB", "RGBA", "L")
_ALPHA_MODES = ("RGBA", "LA", "PA", "La", "RGBa")


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


def _subject(filename: str | None) -> str:
    name = display_name(filename)
    return name[0].upper() + name[1:]  # it starts every message


def check_upload_size(size: int | None, *, filename: str | None, max_bytes: int) -> None:
    """Refuse an empty or too large upload by its size alone (before reading it, if it is known).

    ``size`` None means "more than ``max_bytes``, exactly how much is not known" (a body cut
    off as it arrived).
    """
    name = _subject(filename)
    if size == 0:
        raise UploadRejected(f"{name} is empty (0 bytes); {_SEND_INSTEAD}.")
    if size is None:
        raise UploadRejected(
            f"{name} is over {_size(max_bytes)}, too large; send an image under {_size(max_bytes)}."
        )
    if size > max_bytes:
        raise UploadRejected(f"{name} is {_size(size)}, too large; send an image under {_size(max_bytes)}.")


def validate_image_upload(
    data: bytes, *, filename: str | None, max_bytes: int, max_pixels: int
) -> CheckedImage:
    """Check an uploaded product image by its content; raise UploadRejected with advice if unusable."""
    check_upload_size(len(data), filename=filename, max_bytes=max_bytes)
    name = _subject(filename)
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
    if min(width, height) < MIN_SIDE_PX:
        raise UploadRejected(
            f"{name} is {width}x{height} pixels, too small to show; "
            f"send an image at least {MIN_SIDE_PX} pixels on each side."
        )
    # 2. The pixels: verify the structure, then decode everything once.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=_OPENERS) as image:
                image.verify()
            with Image.open(io.BytesIO(data), formats=_OPENERS) as image:
                image.load()
                converted = _orientation(image) not in (None, 1) or not (
                    image.mode in _PLAIN_MODES and "transparency" not in image.info
                )
                upright = _upright_eight_bit(image)
                upright = upright.copy() if upright is image else upright  # outlives the file
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise too_big_to_open from exc
        except Exception as exc:  # Pillow raises many types for damaged files
            raise UploadRejected(
                f"{name} looks damaged or incomplete; export it again as PNG or JPEG and send it."
            ) from exc
    visible = _visible_share(upright)
    if visible < MIN_VISIBLE_SHARE:
        raise UploadRejected(
            f"{name} has nothing visible in it (it is transparent); send a picture of the product."
        )
    image_format, suffix = _FORMATS[fmt]
    if converted:
        data, image_format, suffix = _encode(upright, from_jpeg=image_format == "jpeg")
    return CheckedImage(
        data=bytes(data),
        format=image_format,
        suffix=suffix,
        width=upright.width,
        height=upright.height,
        sha256=hashlib.sha256(data).hexdigest(),
        has_alpha=_alpha_low(upright) < 255,
    )


def _orientation(image: Image.Image) -> int | None:
    try:
        return image.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 - an unreadable EXIF block is no rotation
        return None


def _upright_eight_bit(image: Image.Image) -> Image.Image:
    """The picture as it is meant to be seen, in L, RGB or RGBA with 8 bits a channel."""
    image = ImageOps.exif_transpose(image) or image
    transparency = image.info.get("transparency")
    if image.mode.startswith("I"):  # 16-bit (or 32-bit) grey: scale, do not clip to white
        values = np.asarray(image).astype(np.float64)
        top = 65535.0 if image.mode.startswith("I;16") or values.max() <= 65535 else float(values.max())
        grey = Image.fromarray(np.clip(np.round(values * 255.0 / top), 0, 255).astype(np.uint8), "L")
        if isinstance(transparency, int):  # a tRNS grey value: that value is see-through
            grey.putalpha(Image.fromarray(np.where(values == transparency, 0, 255).astype(np.uint8), "L"))
        return grey
    if image.mode == "CMYK":
        return _cmyk_to_rgb(image)
    if image.mode in _ALPHA_MODES or transparency is not None:
        return image.convert("RGBA")
    if image.mode in _PLAIN_MODES:
        return image
    return image.convert("L" if image.mode == "1" else "RGB")


def _cmyk_to_rgb(image: Image.Image) -> Image.Image:
    """Print colours to screen colours, through the image's own ICC profile when it has one."""
    profile = image.info.get("icc_profile")
    if profile:
        try:
            return ImageCms.profileToProfile(
                image,
                ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                ImageCms.createProfile("sRGB"),
                outputMode="RGB",
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return image.convert("RGB")


def _alpha_low(image: Image.Image) -> int:
    return image.getchannel("A").getextrema()[0] if image.mode == "RGBA" else 255


def _visible_share(image: Image.Image) -> float:
    """The share of pixels that show (alpha at least half), 1.0 for an opaque picture."""
    if image.mode != "RGBA":
        return 1.0
    alpha = np.asarray(image.getchannel("A"))
    return float((alpha >= 128).mean())


def _encode(image: Image.Image, *, from_jpeg: bool) -> tuple[bytes, ImageFormat, str]:
    """A converted picture as a file: JPEG for an opaque photo that came as one, else PNG."""
    out = io.BytesIO()
    if from_jpeg and image.mode != "RGBA":
        image.save(out, format="JPEG", quality=95)
        return out.getvalue(), "jpeg", ".jpg"
    image.save(out, format="PNG")
    return out.getvalue(), "png", ".png"


def validate_image_file(path: Path, *, max_bytes: int, max_pixels: int) -> CheckedImage:
    """:func:`validate_image_upload` of a file on disk (an attachment, a product page's picture)."""
    return validate_image_upload(
        path.read_bytes(), filename=path.name, max_bytes=max_bytes, max_pixels=max_pixels
    )


def store_upload(checked: CheckedImage, media: MediaStore) -> ProductAsset:
    """Store a checked image (content-addressed) and describe it as the project's product asset."""
    url = media.put_bytes(checked.data, suffix=checked.suffix)
    return ProductAsset(source_url=url, masked_url=None, checksum=checked.sha256)


__all__ = [
    "MIN_SIDE_PX",
    "CheckedImage",
    "UploadRejected",
    "check_upload_size",
    "display_name",
    "store_upload",
    "validate_image_file",
    "validate_image_upload",
]
