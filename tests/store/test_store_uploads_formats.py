"""Every pixel format an upload may arrive in makes the product it shows, and an image that would
make a broken ad is refused when it is uploaded, with the reason.

The images are written by ffmpeg's PNG encoder (16-bit grey, grey+alpha, palette with a
transparent entry), not by the Pillow that reads them; the CMYK and EXIF-rotated JPEGs are
what cameras and print tools send. Each is checked the way the render reads it: the stored file,
opened plainly, is upright 8-bit colour with the product where it was, and the real extractor
cuts the product out of it."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from adgen.pipeline.services.extractor import ProductExtractor
from adgen.store.media import LocalMediaStore
from adgen.store.uploads import MIN_SIDE_PX, UploadRejected, store_upload, validate_image_upload

PRODUCT = (200, 60, 30)  # an orange-brown bottle
BOX = (60, 50, 180, 310)  # where it stands in a 240x360 picture (x0, y0, x1, y1)


def check(data: bytes, filename: str = "product.png"):
    return validate_image_upload(data, filename=filename, max_bytes=20 << 20, max_pixels=40_000_000)


def source(tmp_path: Path) -> Path:
    """The product on a transparent background, as the marketer's tool drew it (8-bit RGBA)."""
    image = Image.new("RGBA", (240, 360), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle(BOX, fill=(*PRODUCT, 255))
    path = tmp_path / "source.png"
    image.save(path)
    return path


def ffmpeg_png(tmp_path: Path, pix_fmt: str, *, palette: bool = False) -> bytes:
    out = tmp_path / f"{pix_fmt}.png"
    args = ["ffmpeg", "-loglevel", "error", "-y", "-i", str(source(tmp_path))]
    if palette:  # a palette with one fully transparent entry (tRNS)
        args += [
            "-filter_complex",
            "split[a][b];[a]palettegen=reserve_transparent=1[p];[b][p]paletteuse=alpha_threshold=128",
        ]
    subprocess.run([*args, "-pix_fmt", pix_fmt, str(out)], check=True)
    return out.read_bytes()


def stored_rgba(tmp_path: Path, data: bytes, filename: str = "product.png") -> tuple[np.ndarray, Path]:
    checked = check(data, filename)
    asset = store_upload(checked, LocalMediaStore(tmp_path / "media"))
    path = Path(asset.source_url.removeprefix("file://"))
    with Image.open(path) as image:  # plainly: no EXIF handling, no mode knowledge
        assert image.mode in ("RGB", "RGBA", "L"), image.mode
        return np.asarray(image.convert("RGBA")).astype(int), path


def product_pixels(rgba: np.ndarray) -> np.ndarray:
    x0, y0, x1, y1 = BOX
    return rgba[y0 + 10 : y1 - 10, x0 + 10 : x1 - 10]


def corner_pixels(rgba: np.ndarray) -> np.ndarray:
    return rgba[:30, :30]


def grey(rgb) -> float:
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]


@pytest.mark.parametrize(
    "pix_fmt",
    ["gray16be", "ya16be", "ya8", "rgba64be", "rgb48be"],
)
def test_png_pixel_formats_keep_the_product(tmp_path, pix_fmt):
    rgba, _ = stored_rgba(tmp_path, ffmpeg_png(tmp_path, pix_fmt))
    product = product_pixels(rgba).reshape(-1, 4).mean(axis=0)
    expected = PRODUCT if not pix_fmt.startswith(("gray", "ya")) else (grey(PRODUCT),) * 3
    assert np.abs(product[:3] - expected).max() < 6, (pix_fmt, product)
    assert product[3] > 250
    corner = corner_pixels(rgba).reshape(-1, 4).mean(axis=0)
    if pix_fmt.startswith(("ya", "rgba")):
        assert corner[3] < 5, corner  # still transparent around the product
    else:
        assert corner[:3].max() < 10, corner  # black around it: not a white box


def test_sixteen_bit_grey_is_cut_out_as_the_product_not_a_white_box(tmp_path):
    _, path = stored_rgba(tmp_path, ffmpeg_png(tmp_path, "gray16be"))
    ProductExtractor().cutout(path, tmp_path / "cutout.png")
    cut = np.asarray(Image.open(tmp_path / "cutout.png").convert("RGBA")).astype(int)
    visible = cut[cut[..., 3] > 128][:, :3]
    assert len(visible) > 0
    assert abs(visible.mean() - grey(PRODUCT)) < 20, visible.mean(axis=0)


def test_palette_with_a_transparent_entry_stays_transparent(tmp_path):
    rgba, _ = stored_rgba(tmp_path, ffmpeg_png(tmp_path, "pal8", palette=True))
    assert corner_pixels(rgba)[..., 3].max() == 0
    product = product_pixels(rgba).reshape(-1, 4).mean(axis=0)
    assert np.abs(product[:3] - PRODUCT).max() < 12 and product[3] == 255


def test_cmyk_jpeg_becomes_the_same_colours(tmp_path):
    photo = Image.new("RGB", (240, 360), (245, 245, 240))
    ImageDraw.Draw(photo).rectangle(BOX, fill=PRODUCT)
    out = io.BytesIO()
    photo.convert("CMYK").save(out, format="JPEG", quality=95)
    with Image.open(io.BytesIO(out.getvalue())) as probe:
        assert probe.mode == "CMYK"
    rgba, _ = stored_rgba(tmp_path, out.getvalue(), "print.jpg")
    product = product_pixels(rgba).reshape(-1, 4).mean(axis=0)
    assert np.abs(product[:3] - PRODUCT).max() < 12, product
    assert corner_pixels(rgba)[..., :3].mean() > 230


def test_exif_rotated_photo_is_stored_upright(tmp_path):
    """A phone held upright stores the picture sideways with EXIF orientation 6 (rotate 90° CW)."""
    upright = Image.new("RGB", (240, 360), (245, 245, 240))
    ImageDraw.Draw(upright).rectangle(BOX, fill=PRODUCT)
    ImageDraw.Draw(upright).rectangle((0, 0, 239, 20), fill=(20, 20, 20))  # a dark band on top
    sideways = upright.transpose(Image.Transpose.ROTATE_90)  # what the sensor wrote: 360x240
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    sideways.save(out, format="JPEG", quality=95, exif=exif)
    rgba, _ = stored_rgba(tmp_path, out.getvalue(), "phone.jpg")
    assert rgba.shape[:2] == (360, 240)
    assert rgba[:15, :, :3].mean() < 60  # the dark band is on top
    assert np.abs(product_pixels(rgba).reshape(-1, 4)[:, :3].mean(axis=0) - PRODUCT).max() < 12


def test_plain_images_are_stored_byte_for_byte(tmp_path):
    data = source(tmp_path).read_bytes()
    checked = check(data)
    assert checked.data == data and checked.format == "png"


def test_a_one_pixel_image_is_refused_at_upload_with_the_minimum():
    out = io.BytesIO()
    Image.new("RGB", (1, 1), (255, 0, 0)).save(out, format="PNG")
    with pytest.raises(UploadRejected) as refused:
        check(out.getvalue(), "dot.png")
    message = str(refused.value)
    assert message == (
        f"“dot.png” is 1x1 pixels, too small to show; send an image at least {MIN_SIDE_PX} pixels on each side."
    )
    narrow = io.BytesIO()
    Image.new("RGB", (500, MIN_SIDE_PX - 1), (255, 0, 0)).save(narrow, format="JPEG")
    with pytest.raises(UploadRejected, match="too small"):
        check(narrow.getvalue(), "strip.jpg")
    ok = io.BytesIO()
    Image.new("RGB", (MIN_SIDE_PX, MIN_SIDE_PX), (255, 0, 0)).save(ok, format="PNG")
    assert check(ok.getvalue()).width == MIN_SIDE_PX


@pytest.mark.parametrize("visible_pixels", [0, 40])
def test_an_image_with_nothing_visible_is_refused_at_upload(visible_pixels):
    image = Image.new("RGBA", (300, 300), (255, 255, 255, 0))
    for i in range(visible_pixels):  # a few specks: under 0.2 % of the picture
        image.putpixel((i * 7 % 300, i * 13 % 300), (0, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    with pytest.raises(UploadRejected) as refused:
        check(out.getvalue(), "ghost.png")
    assert str(refused.value) == (
        "“ghost.png” has nothing visible in it (it is transparent); send a picture of the product."
    )
