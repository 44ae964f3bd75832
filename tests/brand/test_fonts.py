"""Brand fonts: an uploaded TTF is the one that draws, installed families resolve, bad fonts are refused."""

from __future__ import annotations

import brand_samples
import pytest

from adgen.brand.errors import BrandKitRejected
from adgen.brand.fonts import font_path
from adgen.brand.library import BrandLibrary

# Two renders of the same string in the same font differ in no pixel; in two different
# fonts (serif vs sans) in a large share of ink pixels.
DIFFERENT_FONTS_MIN = 0.3


def test_an_uploaded_ttf_is_stored_named_and_draws_its_own_glyphs(library: BrandLibrary):
    data = brand_samples.SERIF_BOLD.read_bytes()
    update = library.set_font_file("alice", "heading", data, "OurHeadline.ttf", new_kit_name="Harbour Coffee")
    font = update.kit.heading_font
    assert (font.family, font.style, font.source, font.file_format) == (
        "DejaVu Serif",
        "Bold",
        "upload",
        "ttf",
    )
    assert library.media.read_bytes(font.url) == data
    path = font_path(font, library.media)
    word = "Harbour Roasters 2024"
    with_kit_font = brand_samples.ink(word, path)
    same = brand_samples.ink(word, brand_samples.SERIF_BOLD)
    other = brand_samples.ink(word, brand_samples.SANS_BOLD)
    assert brand_samples.mask_difference(with_kit_font, same) == 0.0
    assert brand_samples.mask_difference(with_kit_font, other) > DIFFERENT_FONTS_MIN


def test_an_installed_family_resolves_with_fontconfig(library: BrandLibrary):
    update = library.set_font_family("alice", "body", "dejavu sans")
    font = update.kit.body_font
    assert font.source == "installed" and font.family == "DejaVu Sans" and font.url is None
    assert font_path(font, library.media).name.startswith("DejaVuSans")
    bold = library.set_font_family("alice", "heading", "DejaVu Serif", style="Bold").kit.heading_font
    assert font_path(bold, library.media) == brand_samples.SERIF_BOLD


def test_a_family_that_is_not_installed_is_refused_with_what_to_do(library: BrandLibrary):
    kit = library.create_kit("alice", "Harbour Coffee")
    with pytest.raises(
        BrandKitRejected, match="“Montserrat” is not installed here; send its TTF or OTF file"
    ):
        library.set_font_family("alice", "heading", "Montserrat")
    with pytest.raises(BrandKitRejected, match=r"close: DejaVu Serif"):
        library.set_font_family("alice", "heading", "DejaVu Serf")
    assert library.kit("alice", kit.kit_id).version_doc() == kit.version_doc()


def _corrupt_table(data: bytes) -> bytes:
    """DejaVu with the bytes of its glyph table overwritten (the directory still looks fine)."""
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(data), lazy=True)
    offset, length = font.reader.tables["glyf"].offset, font.reader.tables["glyf"].length
    broken = bytearray(data)
    broken[offset : offset + min(length, 4096)] = b"\xff" * min(length, 4096)
    return bytes(broken)


BAD_FONTS = {
    "truncated": (lambda d: d[:4000], "is damaged or not a complete font"),
    "corrupt-glyph-table": (_corrupt_table, "is damaged or not a complete font"),
    "random-bytes": (lambda d: b"\x13\x37" * 500, "is not a font file I can read"),
    "woff": (lambda d: b"wOFF" + d[4:], "is a web font (WOFF)"),
    "empty": (lambda d: b"", "is empty"),
}


@pytest.mark.parametrize("case", sorted(BAD_FONTS))
def test_bad_fonts_are_refused_and_the_kit_is_unchanged(library: BrandLibrary, case: str):
    kit = library.create_kit("alice", "Harbour Coffee", tagline="Roasted by the sea")
    make, expected = BAD_FONTS[case]
    with pytest.raises(BrandKitRejected) as refused:
        library.set_font_file("alice", "heading", make(brand_samples.SANS.read_bytes()), f"{case}.ttf")
    assert expected in str(refused.value) and str(refused.value).count(". ") == 0
    assert library.kit("alice", kit.kit_id).version_doc() == kit.version_doc()


def test_a_font_without_latin_glyphs_is_refused_for_latin_copy(library: BrandLibrary, cjk_font: bytes):
    kit = library.create_kit("alice", "Harbour Coffee", tagline="Roasted by the sea")
    with pytest.raises(
        BrandKitRejected, match="has no glyphs for Latin letters such as .*send a font that covers them"
    ):
        library.set_font_file("alice", "heading", cjk_font, "cjk-only.otf")
    assert library.kit("alice", kit.kit_id).version_doc() == kit.version_doc()


def test_a_cjk_font_is_fine_for_cjk_copy_but_then_guards_it(library: BrandLibrary, cjk_font: bytes):
    kit = library.create_kit("alice", "日本語ブランド", tagline="珈琲のテキスト")
    update = library.set_font_file("alice", "heading", cjk_font, "cjk-only.otf", kit_id=kit.kit_id)
    assert update.kit.heading_font.file_format == "otf" and update.kit.version == 2
    # A Latin tagline can no longer be set in the kit's font: refused, the kit stays at version 2.
    with pytest.raises(BrandKitRejected, match="has no glyphs for Latin letters"):
        library.update_details("alice", kit_id=kit.kit_id, tagline="Fresh coffee")
    assert library.kit("alice", kit.kit_id).version_doc() == update.kit.version_doc()


def test_a_too_large_font_is_refused(library: BrandLibrary):
    library.max_font_bytes = 100_000
    with pytest.raises(
        BrandKitRejected, match=r"“big\.ttf” is \d+ KB, too large for a font; send one under 97 KB\."
    ):
        library.set_font_file("alice", "heading", brand_samples.SANS.read_bytes(), "big.ttf")
