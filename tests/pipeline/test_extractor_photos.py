"""The offline cut-out on real photographs against hand-labelled masks (tests/pipeline/photos/).

The floors are what bench/bench_cutout.py measured with the cut-out frozen, less a margin of 0.05 (dev
and held-out alike; the held-out photos were not looked at while tuning). Where a cut-out is
poor the test asserts that it says so, with the actions a user can take, instead of a floor.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from photo_truth import DEV, HELD_OUT, edge_halo, iou, labelled_photo, placed_alpha, save_photo
from test_extractor import no_rembg_model  # noqa: F401 - autouse: the offline path is what is tested

from adgen.pipeline.services.extractor import ProductExtractor
from adgen.pipeline.services.extractor.quality import (
    ACTION_INSTALL_REMBG,
    ACTION_PRODUCT_CARD,
    ACTION_UPLOAD_PNG,
    CARD_BELOW,
    WARN_BELOW,
    read_quality,
)

# name: (IoU floor, warned, card suggested). Measured IoU: coffee 0.940 (the whole photo before),
# rocket 0.685, retina 0.977, clock 0.663 (its motion-blurred rim is labelled, the cut keeps the
# sharp core), astronaut 0.666, motorcycle 0.644, camera 0.753; the cat fills the frame and is
# missed (0.14): it must say so.
EXPECTED = {
    "coffee": (0.89, True, False),
    "chelsea": (None, True, True),
    "rocket": (0.63, True, False),
    "retina": (0.92, False, False),
    "clock": (0.61, False, False),
    "astronaut": (0.61, True, False),
    "motorcycle": (0.59, True, True),
    "camera": (0.70, False, False),
}


@pytest.fixture(scope="module")
def photos() -> dict:
    return {name: labelled_photo(name) for name in DEV + HELD_OUT}


@pytest.mark.parametrize("name", DEV + HELD_OUT)
def test_cutout_of_a_real_photo(tmp_path: Path, photos: dict, name: str) -> None:
    photo = photos[name]
    result = ProductExtractor().cutout(save_photo(photo, tmp_path / "photo.png"), tmp_path / "cut.png")
    found = placed_alpha(result.path, result.box, photo.truth.shape) > 127
    quality = result.quality
    floor, warned, card = EXPECTED[name]
    assert result.method in ("grabcut", "saliency")  # never the raw rectangle of the whole photo
    assert 0.0 <= quality.score <= 1.0 and quality.method == result.method
    overlap = iou(found, photo.truth)
    if floor is not None:
        assert overlap >= floor, f"{name}: IoU {overlap:.3f} < {floor}"
    if overlap < 0.5:  # an unusable mask is never used silently
        assert quality.score < CARD_BELOW and quality.suggest_card
    assert (quality.score < WARN_BELOW) == warned == bool(result.warning), (
        name,
        quality.score,
        quality.reason,
    )
    assert quality.suggest_card == card
    if warned:
        assert quality.warning and result.warning.endswith(quality.warning)
        assert [a.code for a in quality.actions] == [
            ACTION_UPLOAD_PNG,
            ACTION_PRODUCT_CARD,
            ACTION_INSTALL_REMBG,
        ]
        assert all(a.text.endswith(".") for a in quality.actions)
    else:
        assert quality.actions == () and quality.warning is None
    # What the stored PNG says about itself is what the result said (a reused cut-out keeps it).
    assert read_quality(result.path) == quality


@pytest.mark.parametrize("name", ["coffee", "rocket", "retina", "astronaut", "camera"])
def test_the_edge_carries_no_halo_of_the_old_background(tmp_path: Path, photos: dict, name: str) -> None:
    """Of the cut-out's visible edge, the share whose colour is nearer the photo's background
    than the subject's (alpha-weighted). Before: 29-100 % on these photos; now at most 11 %."""
    photo = photos[name]
    result = ProductExtractor().cutout(save_photo(photo, tmp_path / "photo.png"), tmp_path / "cut.png")
    assert edge_halo(result.path, result.box, photo) <= 0.15


def test_the_coffee_cup_is_cut_from_its_table(tmp_path: Path, photos: dict) -> None:
    """Issue 12's photo: the table no longer comes with the cup."""
    photo = photos["coffee"]
    result = ProductExtractor().cutout(save_photo(photo, tmp_path / "photo.png"), tmp_path / "cut.png")
    alpha = placed_alpha(result.path, result.box, photo.truth.shape)
    table = ~photo.truth
    assert (alpha[table] > 127).mean() < 0.05  # under 5 % of the table is kept
    assert (alpha[photo.truth] > 127).mean() > 0.93  # and almost all of the cup, saucer and spoon
    assert result.coverage < 0.55


def test_the_same_photo_is_cut_the_same_way(tmp_path: Path, photos: dict) -> None:
    source = save_photo(photos["rocket"], tmp_path / "photo.png")
    first = ProductExtractor().cutout(source, tmp_path / "a.png")
    second = ProductExtractor().cutout(source, tmp_path / "b.png")
    assert first.quality == second.quality
    assert np.array_equal(np.asarray(_rgba(first.path)), np.asarray(_rgba(second.path)))


def _rgba(path: Path):
    from PIL import Image

    with Image.open(path) as image:
        return image.convert("RGBA").copy()
