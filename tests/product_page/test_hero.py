"""The hero shot is chosen by its pixels: the product photo beats a logo, a wide banner and a busy scene.

The pictures are real photographs and a real logo (``page_pictures``). Their file names and alt
texts say nothing here (p1.png …), and the product shot is listed last, so neither the names nor
the order can decide: only the measures can.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import page_pictures as pictures
import pytest

from adgen.product_page import read_product_page
from adgen.product_page.hero import measure, score_shot
from adgen.product_page.model import PageImage
from adgen.settings import Settings
from adgen.store.uploads import validate_image_upload

CANDIDATES = {
    "logo": (pictures.logo, ".png"),
    "banner": (pictures.banner, ".jpg"),
    "lifestyle": (pictures.lifestyle, ".jpg"),
    "product": (pictures.product_shot, ".jpg"),
}


def _checked(name: str):  # type: ignore[no-untyped-def]
    data = CANDIDATES[name][0]()
    return validate_image_upload(
        data, filename=f"x{CANDIDATES[name][1]}", max_bytes=50_000_000, max_pixels=40_000_000
    )


def test_measures_tell_a_product_shot_from_a_scene_a_logo_and_a_banner() -> None:
    product, lifestyle, logo, banner = (
        measure(_checked(n)) for n in ("product", "lifestyle", "logo", "banner")
    )
    assert product.plain_background > 0.9 and lifestyle.plain_background < 0.3
    assert 0.15 < product.subject_area < 0.6 and product.centring > 0.9
    assert logo.flatness > 0.7 > product.flatness
    assert banner.ratio > 3


@pytest.mark.parametrize("order", list(itertools.permutations(CANDIDATES))[::5])
def test_the_product_shot_wins_whatever_the_order(order: tuple[str, ...]) -> None:
    scores = {}
    for name in order:
        checked = _checked(name)
        scores[name], _notes = score_shot(
            PageImage(url=f"https://shop.test/p{len(scores)}", source="img"), measure(checked)
        )
    assert max(scores, key=scores.__getitem__) == "product", scores


def test_a_page_of_unnamed_pictures_gets_the_product_shot_and_the_reasons(
    tmp_path: Path, settings: Settings
) -> None:
    images = ""
    for index, name in enumerate(("logo", "banner", "lifestyle", "product"), start=1):
        data, suffix = CANDIDATES[name][0](), CANDIDATES[name][1]
        (tmp_path / f"p{index}{suffix}").write_bytes(data)
        images += f'<img src="p{index}{suffix}">'
    (tmp_path / "page.html").write_text(
        "<html><head><title>Espresso cup</title><meta property='og:title' content='Espresso cup'>"
        f"</head><body><h1>Espresso cup</h1>{images}</body></html>"
    )
    reading = read_product_page(str(tmp_path / "page.html"), settings)
    page = reading.page
    assert reading.hero is not None
    assert reading.hero.sha256 == hashlib.sha256(pictures.product_shot()).hexdigest()
    assert page.hero_image is not None and page.hero_image.url == "p4.jpg"
    assert "plain background" in page.hero_image.reason and "subject centred" in page.hero_image.reason
    notes = {i.url: i.notes for i in page.images}
    assert any("flat colours" in n for n in notes["p1.png"])
    assert any("wide banner" in n for n in notes["p2.jpg"])
    assert any("busy background" in n for n in notes["p3.jpg"])
    by_score = sorted(page.images, key=lambda i: i.score or 0, reverse=True)
    assert by_score[0].url == "p4.jpg" and by_score[0].score > by_score[1].score + 0.2  # type: ignore[operator]
