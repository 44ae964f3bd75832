"""Product cutout on synthetic product photos whose true shape is known."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from photo_truth import LabelledPhoto, edge_halo
from PIL import Image

from adgen.pipeline.services.extractor import ExtractionError, ProductExtractor, rembg_model_path
from adgen.pipeline.services.extractor.quality import WARN_BELOW, read_quality


@pytest.fixture(autouse=True)
def no_rembg_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point rembg at an empty model folder so the GrabCut path is what is tested."""
    empty = tmp_path / "u2net-home"
    empty.mkdir()
    monkeypatch.setenv("U2NET_HOME", str(empty))


def product_photo(
    path: Path,
    colour: tuple[int, int, int],
    backdrop: str,
    *,
    seed: int = 0,
    size: tuple[int, int] = (600, 800),
    label: bool = True,
    shadow: bool = True,
    quality: int | None = 90,
) -> np.ndarray:
    """A bottle on a studio backdrop, photographed: shading, a white label, a cast shadow,
    sensor noise, JPEG. Returns the bottle's true mask."""
    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w]
    if backdrop == "white":
        bg = np.full((h, w, 3), 246.0)
    else:
        t = (yy / h)[..., None]
        bg = np.array([236, 226, 242.0]) * (1 - t) + np.array([168, 188, 214.0]) * t
    bg += rng.normal(0, 2.0, bg.shape)
    mask = np.zeros((h, w), np.uint8)
    cx = w // 2 + int(rng.integers(-w // 10, w // 10))
    bw, bh, top = int(w * 0.28), int(h * 0.45), int(h * 0.35)
    cv2.rectangle(mask, (cx - bw // 2, top), (cx + bw // 2, top + bh), 1, -1)
    cv2.ellipse(mask, (cx, top), (bw // 2, bw // 4), 0, 180, 360, 1, -1)
    cv2.rectangle(mask, (cx - bw // 6, top - bw // 4 - int(h * 0.12)), (cx + bw // 6, top), 1, -1)
    image = bg
    if shadow:
        shade = np.zeros((h, w), np.float32)
        cv2.ellipse(shade, (cx + 10, top + bh + 5), (bw // 2 + 20, 14), 0, 0, 360, 1, -1)
        image = image * (1 - 0.35 * cv2.GaussianBlur(shade, (0, 0), 9)[..., None])
    product = np.array(colour, float) * (0.75 + 0.35 * np.cos((xx - cx) / (bw / 2) * 1.2))[..., None]
    if label:
        product[np.abs(yy - (top + bh // 2)) < bh // 8] = (250, 250, 245)
    image = np.clip(np.where(mask[..., None] > 0, product, image), 0, 255).astype(np.uint8)
    if quality:
        Image.fromarray(image).save(path, format="JPEG", quality=quality)
    else:
        Image.fromarray(image).save(path)
    return mask.astype(bool)


def iou_with(result, truth: np.ndarray) -> float:
    with Image.open(result.path) as image:
        alpha = np.asarray(image.getchannel("A"))
    found = np.zeros_like(truth)
    x0, y0, x1, y1 = result.box
    found[y0:y1, x0:x1] = alpha > 127
    return float((found & truth).sum() / (found | truth).sum())


# (colour, backdrop, label, shadow) of the synthetic bottles; bench/bench_cutout.py measures them too.
BOTTLES = [
    ((200, 40, 40), "white", True, True),
    ((30, 90, 160), "gradient", True, True),
    ((40, 140, 70), "white", False, False),
    ((90, 60, 40), "gradient", True, False),
    ((25, 25, 28), "white", True, True),  # a black bottle: darker than its own shadow
    ((228, 228, 228), "gradient", True, True),  # near-white product
]


@pytest.mark.parametrize(("colour", "backdrop", "label", "shadow"), BOTTLES)
def test_grabcut_finds_the_product(tmp_path: Path, colour, backdrop, label, shadow):
    source = tmp_path / "photo.jpg"
    truth = product_photo(source, colour, backdrop, label=label, shadow=shadow, seed=sum(colour))
    result = ProductExtractor().cutout(source, tmp_path / "cut.png")
    assert result.method == "grabcut"
    assert iou_with(result, truth) >= 0.85
    with Image.open(result.path) as image:
        assert image.mode == "RGBA" and image.size == (result.width, result.height)
        alpha = np.asarray(image.getchannel("A"))
    assert ((alpha > 0) & (alpha < 255)).sum() > 50  # a feathered edge, not a hard one
    ys, xs = np.nonzero(truth)
    assert result.box[0] <= xs.min() and result.box[2] > xs.max()  # cropped with a margin
    assert result.width < 600 * 0.6 and result.height < 800 * 0.8  # ...to the product


def test_transparent_png_passes_through(tmp_path: Path):
    rgba = np.zeros((300, 200, 4), np.uint8)
    rgba[50:250, 60:140] = (10, 200, 90, 255)
    rgba[40:50, 60:140] = (10, 200, 90, 120)  # a soft top edge stays soft
    Image.fromarray(rgba, "RGBA").save(tmp_path / "p.png")
    result = ProductExtractor().cutout(tmp_path / "p.png", tmp_path / "cut.png")
    assert result.method == "alpha"
    with Image.open(result.path) as image:
        alpha = np.asarray(image.getchannel("A"))
        rgb = np.asarray(image.convert("RGB"))
    assert sorted(np.unique(alpha).tolist()) == [0, 120, 255]
    assert (alpha == 255).sum() == 200 * 80 and (alpha == 120).sum() == 10 * 80
    assert tuple(rgb[alpha == 255][0]) == (10, 200, 90)
    assert (result.box[0], result.box[1]) < (60, 40) and result.box[2] > 140


def test_opaque_alpha_channel_is_not_meaningful(tmp_path: Path):
    truth = product_photo(tmp_path / "p.png", (200, 40, 40), "white", quality=None)
    with Image.open(tmp_path / "p.png") as image:
        image.convert("RGBA").save(tmp_path / "rgba.png")  # alpha everywhere 255
    result = ProductExtractor().cutout(tmp_path / "rgba.png", tmp_path / "cut.png")
    assert result.method == "grabcut" and iou_with(result, truth) >= 0.85


def test_rembg_is_not_imported_without_its_model(tmp_path: Path):
    """Its import costs about a minute: a fresh process that cuts a photo out never pays it."""
    assert not rembg_model_path().exists()
    product_photo(tmp_path / "p.jpg", (30, 90, 160), "white")
    code = (
        "import sys; from pathlib import Path; from adgen.pipeline.services.extractor import ProductExtractor; "
        f"r = ProductExtractor().cutout(Path({str(tmp_path / 'p.jpg')!r}), Path({str(tmp_path / 'c.png')!r})); "
        "print(r.method, 'rembg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["grabcut", "False"]


def test_a_photo_with_nothing_in_it_falls_back_to_the_whole_photo(tmp_path: Path):
    plain = np.full((200, 300, 3), 240, np.uint8)
    Image.fromarray(plain).save(tmp_path / "plain.png")
    result = ProductExtractor().cutout(tmp_path / "plain.png", tmp_path / "cut.png")
    assert result.method == "full" and result.warning
    assert (result.width, result.height) == (300, 200)
    quality = result.quality
    assert quality.score == 0.0 and quality.suggest_card and quality.warning == result.warning
    assert {a.code for a in quality.actions} == {
        "upload_transparent_png",
        "use_product_card",
        "install_rembg_model",
    }


def test_a_clean_studio_shot_is_trusted(tmp_path: Path):
    product_photo(tmp_path / "p.jpg", (30, 90, 160), "gradient")
    result = ProductExtractor().cutout(tmp_path / "p.jpg", tmp_path / "cut.png")
    assert result.quality.score >= WARN_BELOW and result.warning is None and result.quality.actions == ()
    assert read_quality(result.path) == result.quality


def test_a_transparent_png_is_trusted_as_it_is(tmp_path: Path):
    rgba = np.zeros((120, 80, 4), np.uint8)
    rgba[20:100, 20:60] = (200, 30, 40, 255)
    Image.fromarray(rgba, "RGBA").save(tmp_path / "p.png")
    result = ProductExtractor().cutout(tmp_path / "p.png", tmp_path / "cut.png")
    assert result.method == "alpha" and result.quality.score == 1.0 and result.warning is None


@pytest.mark.parametrize("index", range(len(BOTTLES)))
def test_the_soft_edge_carries_the_product_not_the_backdrop(tmp_path: Path, index: int):
    """The feathered rim is product-coloured: before, 62-94 % of it (alpha-weighted) had the
    backdrop's colour, a pale fringe on every dark scene."""
    colour, backdrop, label, shadow = BOTTLES[index]
    truth = product_photo(tmp_path / "p.jpg", colour, backdrop, label=label, shadow=shadow, seed=sum(colour))
    result = ProductExtractor().cutout(tmp_path / "p.jpg", tmp_path / "cut.png")
    with Image.open(tmp_path / "p.jpg") as image:
        photo = LabelledPhoto("bottle", "synthetic", "bottle", np.asarray(image.convert("RGB")), truth)
    assert edge_halo(result.path, result.box, photo) < 0.02


def test_cutouts_made_by_the_previous_cutter_are_made_again():
    """The extractor's version is part of the cutout key: a stored cut-out from before (no
    version) is not reused."""
    from adgen.pipeline.keys import cutout_key, provider_identity

    class PreviousExtractor:
        name, model = "local", "grabcut"

    assert provider_identity(ProductExtractor())["version"] == ProductExtractor.version >= 2
    assert cutout_key("c" * 64, ProductExtractor()) != cutout_key("c" * 64, PreviousExtractor())


@pytest.mark.parametrize("content", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64])
def test_corrupt_images_raise_a_clear_error(tmp_path: Path, content: bytes):
    bad = tmp_path / "bad.png"
    bad.write_bytes(content)
    with pytest.raises(ExtractionError, match="could not read the product image"):
        ProductExtractor().cutout(bad, tmp_path / "cut.png")
    assert not (tmp_path / "cut.png").exists()


def test_truncated_jpeg_is_an_error(tmp_path: Path):
    product_photo(tmp_path / "p.jpg", (200, 40, 40), "white")
    data = (tmp_path / "p.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 3])
    with pytest.raises(ExtractionError):
        ProductExtractor().cutout(tmp_path / "cut.jpg", tmp_path / "out.png")


def test_missing_and_fully_transparent_images(tmp_path: Path):
    with pytest.raises(ExtractionError, match="does not exist"):
        ProductExtractor().cutout(tmp_path / "nope.png", tmp_path / "cut.png")
    Image.new("RGBA", (50, 50), (0, 0, 0, 0)).save(tmp_path / "empty.png")
    with pytest.raises(ExtractionError, match="transparent"):
        ProductExtractor().cutout(tmp_path / "empty.png", tmp_path / "cut.png")
