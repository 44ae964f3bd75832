"""Logos: checked by the same upload path as product photos, transparency kept, colours read.

PNG, JPEG and WEBP bytes go through :func:`adgen.store.uploads.validate_image_upload` (the web
chat's and Slack's path) with the kit's logo size limit, and are stored as they came, so a
PNG or WEBP with alpha stays RGBA. An SVG is checked and rasterised (:mod:`adgen.brand.svg_logo`)
and the PNG it becomes takes the same path. A logo without transparency is accepted but
flagged, with a typed suggestion to cut it out, because on an end card it shows as a box.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

from PIL import Image

from adgen.brand.colour_names import nearest_name
from adgen.brand.errors import BrandKitRejected
from adgen.brand.model import LogoAsset
from adgen.brand.palette import LogoPalette, extract_palette
from adgen.brand.svg_logo import check_svg, looks_like_svg, rasterise_svg
from adgen.store.media import MediaStore
from adgen.store.uploads import CheckedImage, UploadRejected, display_name, validate_image_upload


@dataclass(frozen=True)
class CutoutSuggestion:
    """The logo has no transparency: offer to cut it out (the chat shows ``message``)."""

    background: Literal["flat", "photo"]  # a flat plate colour-keys cleanly; a photo needs a cut-out
    plate_colour: str | None
    message: str
    kind: Literal["logo_cutout"] = "logo_cutout"


@dataclass(frozen=True)
class CheckedLogo:
    image: CheckedImage  # the stored form (an SVG's PNG)
    source_format: Literal["png", "jpeg", "webp", "svg"]
    palette: LogoPalette
    suggestion: CutoutSuggestion | None


def _checked(data: bytes, filename: str | None, *, max_bytes: int, max_pixels: int) -> CheckedImage:
    try:
        return validate_image_upload(data, filename=filename, max_bytes=max_bytes, max_pixels=max_pixels)
    except UploadRejected as exc:
        raise BrandKitRejected(str(exc)) from exc


def _svg_to_png(data: bytes, filename: str | None, *, max_bytes: int, max_pixels: int) -> CheckedImage:
    name = display_name(filename)
    if len(data) > max_bytes:
        # The same wording as every other upload that is too large.
        _checked(data, filename, max_bytes=max_bytes, max_pixels=max_pixels)
    root, embedded = check_svg(data, name[0].upper() + name[1:])
    for picture in embedded:  # an embedded picture is an upload of its own: no bombs inside
        _checked(picture, filename, max_bytes=max_bytes, max_pixels=max_pixels)
    png = rasterise_svg(root, name)
    stem = (filename or "logo").rsplit(".", 1)[0]
    return _checked(png, f"{stem}.png", max_bytes=max(max_bytes, len(png)), max_pixels=max_pixels)


def _suggestion(palette: LogoPalette, name: str) -> CutoutSuggestion:
    if palette.background:
        plate = nearest_name(palette.background)
        return CutoutSuggestion(
            background="flat",
            plate_colour=palette.background,
            message=(
                f"{name} has no transparent background (it sits on a {plate} plate, which I left out of "
                "its colours); say “cut out the logo” to remove the plate, or send a PNG with transparency."
            ),
        )
    return CutoutSuggestion(
        background="photo",
        plate_colour=None,
        message=(
            f"{name} is a picture with no transparent background, so it will show as a rectangle on the "
            "end card; say “cut out the logo” to try a cut-out, or send a PNG with transparency."
        ),
    )


def check_logo(data: bytes, filename: str | None, *, max_bytes: int, max_pixels: int) -> CheckedLogo:
    """Check a logo upload by its content; raise BrandKitRejected with one sentence if unusable."""
    if looks_like_svg(data):
        image, source = _svg_to_png(data, filename, max_bytes=max_bytes, max_pixels=max_pixels), "svg"
    else:
        image = _checked(data, filename, max_bytes=max_bytes, max_pixels=max_pixels)
        source = image.format
    with Image.open(io.BytesIO(image.data)) as opened:
        palette = extract_palette(opened)
    name = display_name(filename)
    suggestion = None if image.has_alpha else _suggestion(palette, name[0].upper() + name[1:])
    return CheckedLogo(image=image, source_format=source, palette=palette, suggestion=suggestion)  # type: ignore[arg-type]


def store_logo(checked: CheckedLogo, media: MediaStore) -> LogoAsset:
    """Store the logo's bytes (content-addressed) and describe it for the kit."""
    image = checked.image
    url = media.put_bytes(image.data, suffix=image.suffix)
    return LogoAsset(
        url=url,
        checksum=image.sha256,
        size_bytes=len(image.data),
        width=image.width,
        height=image.height,
        format=image.format,
        source_format=checked.source_format,
        has_transparency=image.has_alpha,
        palette=checked.palette.hexes,
    )


__all__ = ["CheckedLogo", "CutoutSuggestion", "check_logo", "store_logo"]
