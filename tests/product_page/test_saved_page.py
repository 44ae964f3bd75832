"""A page saved by a browser reads like the live one, offline, and never reads outside its folder.

The folder is laid out as Chrome's "Save page as… (complete)" writes it: ``<title>.html`` with its
pictures in ``<title>_files/``, the ``<img>`` sources rewritten to ``./<title>_files/…``, the
JSON-LD still naming the web address. Next to it the test puts a tempting picture *outside* the
folder (a perfect product shot) and references to it by every route out: ``../``, an absolute
path, a ``file:`` URL, a symbolic link; none may be read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import page_pictures as pictures
import pytest
from page_shops import shopify_page

from adgen.product_page import SavedPageError, read_product_page
from adgen.product_page.saved_page import PathRefused, open_saved_page
from adgen.settings import Settings

TITLE = "Cold Brew Coffee Kit – Northside Roasters"


def _outside_picture(tmp_path: Path) -> Path:
    """A product shot outside the saved page's folder, larger than any inside, so it would win if read."""
    from PIL import Image

    secret = tmp_path / "secret"
    secret.mkdir()
    path = secret / "evil.png"
    big = Image.open(__import__("io").BytesIO(pictures.product_shot())).resize((1600, 1600))
    big.save(path)
    return path


@pytest.fixture
def saved_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    assets = folder / f"{TITLE}_files"
    assets.mkdir(parents=True)
    (assets / "kit.jpg").write_bytes(pictures.product_shot())
    (assets / "lifestyle.jpg").write_bytes(pictures.lifestyle())
    (assets / "summer-sale.jpg").write_bytes(pictures.banner())
    (assets / "logo.png").write_bytes(pictures.logo())
    evil = _outside_picture(tmp_path)
    os.symlink(evil, assets / "linked.png")
    html = shopify_page("northside.example")
    html = html.replace(
        "//northside.example/cdn/shop/products/kit.jpg?v=1700000000&amp;width=800", f"./{TITLE}_files/kit.jpg"
    )
    html = html.replace(
        "//northside.example/cdn/shop/products/lifestyle.jpg", f"./{TITLE}_files/lifestyle.jpg"
    )
    html = html.replace(
        "//northside.example/cdn/shop/files/summer-sale.jpg", f"./{TITLE}_files/summer-sale.jpg"
    )
    html = html.replace("//northside.example/cdn/shop/files/logo.png", f"./{TITLE}_files/logo.png")
    escapes = (
        '<img src="../secret/evil.png" alt="escape by dot-dot" width="1600" height="1600">'
        f'<img src="{evil}" alt="escape by absolute path" width="1600" height="1600">'
        f'<img src="file://localhost{evil}" alt="escape by file URL" width="1600" height="1600">'
        f'<img src="./{TITLE}_files/..%2F..%2Fsecret%2Fevil.png" alt="escape by encoded dot-dot">'
        f'<img src="./{TITLE}_files/linked.png" alt="escape by symlink" width="1600" height="1600">'
    )
    html = html.replace(
        '<div class="product__media-wrapper">', '<div class="product__media-wrapper">' + escapes
    )
    (folder / f"{TITLE}.html").write_text(
        "<!-- saved from url=(0052)https://northside.example/products/cold-brew-kit -->\n" + html
    )
    return folder


def test_a_saved_folder_reads_like_the_live_page(
    saved_folder: Path, settings: Settings, loopback_only: list[str]
) -> None:
    reading = read_product_page(str(saved_folder), settings)
    page = reading.page
    assert (page.name, page.brand, page.price, page.currency) == (
        "Cold Brew Coffee Kit",
        "Northside Roasters",
        "12.99",
        "USD",
    )
    assert page.price_shown_as == "$12.99 USD"
    assert page.sources["savedFrom"] == "https://northside.example/products/cold-brew-kit"
    # The JSON-LD's web address is matched to the copy the browser saved; nothing is downloaded.
    assert reading.hero is not None
    assert reading.hero.sha256 == hashlib.sha256(pictures.product_shot()).hexdigest()
    assert any(c.source == "logo" for c in page.colours)
    assert loopback_only == []


def test_no_picture_outside_the_folder_is_read(
    saved_folder: Path, settings: Settings, tmp_path: Path
) -> None:
    evil_sha = hashlib.sha256((tmp_path / "secret" / "evil.png").read_bytes()).hexdigest()
    reading = read_product_page(saved_folder / f"{TITLE}.html", settings)
    assert reading.hero is not None and reading.hero.sha256 != evil_sha
    escapes = [i for i in reading.page.images if (i.alt or "").startswith("escape")]
    assert len(escapes) == 5, [i.alt for i in reading.page.images]
    for image in escapes:
        assert image.score is None and image.width is None, image
        assert any(
            "outside the saved page's folder" in n or "not in the saved page's folder" in n
            for n in image.notes
        )
    assert any("won't read" in w for w in reading.page.warnings)


def test_path_refusals_directly(saved_folder: Path) -> None:
    saved = open_saved_page(saved_folder, 5_000_000)
    assert saved.local_path(f"./{TITLE}_files/kit.jpg").name == "kit.jpg"
    for ref in (
        "../secret/evil.png",
        "/etc/passwd",
        "file:///etc/passwd",
        "C:/Windows/win.ini",
        f"{TITLE}_files/linked.png",
    ):
        with pytest.raises(PathRefused):
            saved.local_path(ref)
    with pytest.raises(PathRefused):
        saved.local_path("data:image/png;base64,AAAA")


def test_a_folder_with_several_pages_asks_which(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.html").write_text("<html></html>")
    (tmp_path / "b.html").write_text("<html></html>")
    with pytest.raises(SavedPageError, match="several pages"):
        read_product_page(str(tmp_path), settings)


def test_a_file_that_is_no_page_is_refused(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(SavedPageError, match="not a saved web page"):
        read_product_page(str(tmp_path / "notes.txt"), settings)
    with pytest.raises(SavedPageError, match="neither a link nor a saved page"):
        read_product_page(str(tmp_path / "missing.html"), settings)
