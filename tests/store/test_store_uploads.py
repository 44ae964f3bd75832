"""Product image uploads: judged by content, never by name; bombs refused before decoding."""

from __future__ import annotations

import hashlib
import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from adgen.store.media import LocalMediaStore
from adgen.store.uploads import UploadRejected, store_upload, validate_image_upload
from adgen.tools.apply import apply_operation

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000


def check(data: bytes, filename: str | None = "product.png", **limits):
    return validate_image_upload(
        data,
        filename=filename,
        max_bytes=limits.get("max_bytes", MAX_BYTES),
        max_pixels=limits.get("max_pixels", MAX_PIXELS),
    )


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **options)
    return buf.getvalue()


def product_png_with_alpha() -> bytes:
    """A red bottle shape on a fully transparent background."""
    image = Image.new("RGBA", (120, 200), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (35, 40, 85, 190))
    return encode(image, "PNG")


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_png_with_alpha_is_accepted(tmp_path):
    data = product_png_with_alpha()
    checked = check(data)
    assert (checked.format, checked.suffix, checked.width, checked.height) == ("png", ".png", 120, 200)
    assert checked.has_alpha is True
    assert checked.sha256 == hashlib.sha256(data).hexdigest() and checked.data == data


def test_opaque_rgba_png_has_no_alpha_to_use():
    checked = check(encode(Image.new("RGBA", (64, 64), (10, 20, 30, 255)), "PNG"))
    assert checked.has_alpha is False


def test_jpeg_and_webp_are_accepted():
    photo = Image.new("RGB", (320, 240), (30, 120, 200))
    jpeg = check(encode(photo, "JPEG", quality=90), filename="shot.jpeg")
    assert (jpeg.format, jpeg.suffix, jpeg.width, jpeg.height, jpeg.has_alpha) == (
        "jpeg",
        ".jpg",
        320,
        240,
        False,
    )
    sticker = Image.new("RGBA", (80, 64), (0, 0, 0, 0))
    sticker.paste((200, 30, 30, 255), (20, 10, 60, 54))
    webp = check(encode(sticker, "WEBP", lossless=True), filename=None)
    assert (webp.format, webp.suffix, webp.has_alpha) == ("webp", ".webp", True)


def test_camera_multi_picture_jpeg_is_a_jpeg():
    frames = [Image.new("RGB", (96, 64), c) for c in ("red", "blue")]
    buf = io.BytesIO()
    frames[0].save(buf, format="MPO", save_all=True, append_images=frames[1:])
    with Image.open(io.BytesIO(buf.getvalue())) as probe:
        assert probe.format == "MPO"
    checked = check(buf.getvalue(), filename="IMG_0001.JPG")
    assert (checked.format, checked.suffix, checked.width, checked.height) == ("jpeg", ".jpg", 96, 64)
    assert checked.data == buf.getvalue()  # stored as the camera wrote it


def test_type_comes_from_content_not_name():
    jpeg = encode(Image.new("RGB", (80, 80), "white"), "JPEG")
    assert check(jpeg, filename="actually-a-jpeg.png").format == "jpeg"


def test_zero_bytes_is_refused():
    with pytest.raises(UploadRejected, match=r"empty.*send a PNG or JPEG"):
        check(b"", filename="empty.png")


def test_text_renamed_png_is_refused():
    with pytest.raises(UploadRejected, match=r"“notes.png” is not an image.*send a PNG or JPEG"):
        check(b"these are my launch notes, not a picture\n" * 20, filename="notes.png")


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_other_image_formats_are_refused(fmt):
    with pytest.raises(UploadRejected, match="send a PNG or JPEG"):
        check(encode(Image.new("RGB", (30, 30), "red"), fmt), filename=f"logo.{fmt.lower()}")


def test_corrupt_images_are_refused():
    good = product_png_with_alpha()
    truncated = good[: len(good) // 2]
    with pytest.raises(UploadRejected, match="damaged or incomplete"):
        check(truncated)
    # Flip bytes inside the image data: the chunk checksum no longer matches.
    at = good.index(b"IDAT") + 20
    flipped = good[:at] + bytes(b ^ 0xFF for b in good[at : at + 8]) + good[at + 8 :]
    with pytest.raises(UploadRejected, match="damaged or incomplete"):
        check(flipped)
    jpeg = encode(Image.new("RGB", (200, 200), (40, 200, 90)), "JPEG")
    with pytest.raises(UploadRejected, match="damaged or incomplete"):
        check(jpeg[: len(jpeg) // 2], filename="cut.jpg")
    with pytest.raises(UploadRejected, match="not an image"):
        check(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)  # a PNG signature and nothing of a PNG


def test_decompression_bomb_is_refused_before_decoding():
    bomb = encode(Image.new("1", (10_000, 10_000)), "PNG", optimize=True)
    assert len(bomb) < 100_000  # tiny on disk, 100 megapixels once decoded
    started = time.perf_counter()
    with pytest.raises(UploadRejected, match=r"10000x10000, too large; send one under 40 megapixels"):
        check(bomb, filename="huge.png")
    assert time.perf_counter() - started < 0.5
    # With a lenient own limit, Pillow's bomb warning still refuses it.
    with pytest.raises(UploadRejected, match="too large"):
        check(bomb, max_pixels=10**9)


def test_header_claiming_ten_gigapixels_is_refused_from_the_header():
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    crafted = (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )
    started = time.perf_counter()
    with pytest.raises(UploadRejected, match="too large"):
        check(crafted, max_pixels=10**12)
    with pytest.raises(UploadRejected, match="too large"):
        check(crafted)
    assert time.perf_counter() - started < 0.5


def test_file_over_the_size_limit_is_refused():
    huge = product_png_with_alpha() + b"\x00" * (MAX_BYTES + 1)
    with pytest.raises(UploadRejected, match=r"is 20\.0 MB, too large; send an image under 20\.0 MB"):
        check(huge, filename="poster.png")


def test_hostile_filename_is_never_used_as_a_path(tmp_path):
    media = LocalMediaStore(tmp_path / "store" / "media")
    data = product_png_with_alpha()
    checked = check(data, filename="../../etc/passwd")
    asset = store_upload(checked, media)
    stored = Path(media.local_path(asset.source_url))
    assert stored.is_relative_to(media.root) and "passwd" not in stored.name
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [stored.name]
    # Echoed back, the name is its last part only, without folders or control characters.
    with pytest.raises(UploadRejected) as info:
        check(b"plain text", filename="../../etc/pa\x1bss\nwd")
    assert "“passwd”" in str(info.value) and "../" not in str(info.value)


def test_store_upload_gives_a_product_asset_the_project_accepts(tmp_path, sample_project):
    media = LocalMediaStore(tmp_path / "media")
    checked = check(product_png_with_alpha())
    asset = store_upload(checked, media)
    assert asset.checksum == checked.sha256 and asset.masked_url is None
    assert media.read_bytes(asset.source_url) == checked.data
    assert store_upload(checked, media).source_url == asset.source_url  # stored once
    with Image.open(media.local_path(asset.source_url)) as image:
        assert image.getpixel((0, 0))[3] == 0 and image.getpixel((60, 100)) == (200, 30, 30, 255)
    result = apply_operation(
        sample_project, {"operation": "replace_product", "asset": asset.model_dump(by_alias=True)}
    )
    assert result.project.product_asset == asset
