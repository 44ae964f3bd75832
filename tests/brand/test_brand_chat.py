"""The brand kit through the conversation (ChatSession, the path the web chat, Slack and replay
use): files attached to brand messages, the phrasings, hostile files refused with the kit left as
it was, a new ad made with the default kit, the kit never changing an open ad until it is applied."""

from __future__ import annotations

import asyncio
import io
import shutil
from pathlib import Path

import numpy as np
import pytest
from brand_samples import (
    CORAL,
    GOLD,
    NAVY,
    SERIF_BOLD,
    big_png,
    cjk_only_font,
    draw_logo,
    encode,
    photo_logo_jpeg,
    wcag_contrast,
)
from PIL import Image

from adgen.agent.reply import BrandKitPart
from adgen.agent.session import ChatSession
from adgen.brand.copy_rules import find_avoided
from adgen.brand.library import BrandLibrary
from adgen.brand.portable import import_kit_files
from adgen.brand.project_kit import button_colour, scrim_choice
from adgen.project import AdProject
from adgen.slack.texts import reply_text
from adgen.store.media import open_media_store

OWNER = "alice"


def open_session(settings, conversation_id: str = "brand-1") -> ChatSession:
    return ChatSession.open(
        settings=settings, owner=OWNER, conversation_id=conversation_id, channel="test", auto_render=False
    )


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def kit_version(settings) -> int | None:
    kit = BrandLibrary.from_settings(settings).default_kit(OWNER)
    return kit.version if kit else None


@pytest.fixture
def logo_file(tmp_path: Path) -> Path:
    return write(tmp_path / "harbour-logo.png", encode(draw_logo()))


@pytest.fixture
def font_file(tmp_path: Path) -> Path:
    target = tmp_path / "HarbourSerif-Bold.ttf"
    shutil.copy(SERIF_BOLD, target)
    return target


async def test_logo_and_font_attached_in_chat_go_into_the_kit(settings, logo_file, font_file) -> None:
    session = open_session(settings)
    reply = await session.send("here is our logo", [logo_file])
    assert not reply.error and reply.project is None, reply.text
    assert "#FF6F59" in reply.text and "Started the brand kit" in reply.text  # colours read from the logo
    reply = await session.send("use this font for headlines", [font_file])
    assert not reply.error and "DejaVu Serif Bold (uploaded)" in reply.text
    kit = BrandLibrary.from_settings(settings).kit(OWNER)
    assert kit.version == 2 and kit.logo is not None and kit.logo.has_transparency
    assert set(kit.colors.as_list()) == {"#FF6F59", "#1B2A4A", "#F2C14E"}
    assert kit.heading_font is not None and kit.heading_font.source == "upload"
    stored = BrandLibrary.from_settings(settings).media.read_bytes(kit.heading_font.url)
    assert stored == SERIF_BOLD.read_bytes()
    # The logo is not taken for a product photo, and the log keeps both files beside it.
    assert session.log.path.parent.joinpath(session.log.records()[0]["attachments"][0]).is_file()


async def test_kit_phrasings_change_the_kit_and_show_it(settings) -> None:
    session = open_session(settings)
    for text in (
        "our colours are navy and coral",
        "use DejaVu Serif for headlines",
        "our tagline is “Roasted by the sea”",
        "our call to action is 'Order today'",
        "never say 'cheap' or 'guaranteed'",
        "our tone is calm and premium",
    ):
        reply = await session.send(text)
        assert not reply.error, (text, reply.text)
    kit = BrandLibrary.from_settings(settings).kit(OWNER)
    assert kit.colors.as_list() == ["#000080", "#FF7F50"]
    assert kit.heading_font is not None and kit.heading_font.family == "DejaVu Serif"
    assert kit.tagline == "Roasted by the sea" and kit.default_cta == "Order today"
    assert kit.avoid_words == ["cheap", "guaranteed"] and kit.tone_words == ["calm", "premium"]
    assert kit.version == 6

    reply = await session.send("show the brand kit")
    part = reply.part(BrandKitPart)
    assert part is not None and part.version == 6
    assert "#000080" in part.text and "Roasted by the sea" in part.text
    assert part.slack.startswith("*") and "**" not in part.slack
    assert reply_text(reply).startswith("*")  # Slack prints the mrkdwn summary
    card = Image.open(io.BytesIO(BrandLibrary.from_settings(settings).media.read_bytes(part.card_url)))
    pixels = np.asarray(card.convert("RGB")).reshape(-1, 3)
    for rgb in ((0, 0, 128), (255, 127, 80)):  # the swatches
        assert (np.abs(pixels.astype(int) - rgb).sum(axis=1) < 6).mean() > 0.01
    assert (await session.send("/brand")).part(BrandKitPart) is not None


async def test_a_refused_font_keeps_the_rest_of_the_message(settings) -> None:
    """One request refused (a font not installed) changes nothing; the others in the message still
    happen, and the reply says both."""
    session = open_session(settings)
    reply = await session.send("our colours are navy and coral, and the headline font is Cinzel")
    assert "“Cinzel” is not installed here" in reply.text and "not changed" not in reply.text, reply.text
    kit = BrandLibrary.from_settings(settings).kit(OWNER)
    assert kit.colors.as_list() == ["#000080", "#FF7F50"] and kit.heading_font is None
    assert kit.version == 1
    reply = await session.send("the headline font is Cinzel")
    assert reply.error and "The brand kit was not changed." in reply.text
    assert BrandLibrary.from_settings(settings).kit(OWNER).version == 1


async def test_a_new_ad_uses_the_default_kit(settings, logo_file) -> None:
    session = open_session(settings)
    await session.send("here is our logo", [logo_file])
    for text in (
        "never say 'cheap' or 'cheapest'",
        "our tone is calm",
        "our call to action is 'Order today'",
    ):
        assert not (await session.send(text)).error
    reply = await session.send("a 15 s ad for our cold brew, the cheapest cold brew around! Amazing value!")
    project = reply.project
    assert project is not None and project.brand_kit is not None
    kit = BrandLibrary.from_settings(settings).kit(OWNER)
    assert (project.brand_kit.id, project.brand_kit.version) == (kit.kit_id, kit.version)
    assert project.brand_kit.logo_url == kit.logo.url
    assert project.style.palette == kit.colors.as_list() and project.brand.colors == kit.colors.as_list()
    texts = [s.overlay.text for s in project.scenes]
    assert not any(find_avoided(t, kit.avoid_words) for t in texts), texts
    assert not any("!" in t for t in texts), texts  # a calm tone drops exclamation marks
    assert project.scenes[-1].overlay.text.splitlines()[0] == "Order today"
    # Every text colour is readable: on the end card's button, elsewhere behind its scrim.
    button = button_colour(project.brand.colors)
    assert button is not None
    end = project.scenes[-1].overlay
    assert wcag_contrast(_rgb(end.color), _rgb(button)) >= 4.5
    for scene in project.scenes[:-1]:
        assert scene.overlay.color in kit.colors.as_list()
        assert scrim_choice(scene.overlay.color, scene.overlay.font_size).passes


async def test_a_brief_that_names_its_brand_and_colours_keeps_them(settings, logo_file) -> None:
    session = open_session(settings)
    await session.send("here is our logo", [logo_file])
    reply = await session.send("a 15 s ad for Northwind Coffee cold brew, brand colours #0A2540 and #FFB800")
    project = reply.project
    assert project.brand.name == "Northwind Coffee"
    assert project.brand.colors == ["#0A2540", "#FFB800"]
    assert project.brand_kit is not None  # the logo and fonts still come from the kit


async def test_editing_the_kit_leaves_the_open_ad_until_it_is_applied(settings, logo_file) -> None:
    session = open_session(settings)
    await session.send("here is our logo", [logo_file])
    made = (await session.send("a 15 s ad for our cold brew, energetic")).project
    reply = await session.send("our colours are navy and coral in the brand kit")
    assert not reply.error and "still uses version 1" in reply.text
    assert reply.version == made.version == 1
    assert session.project.to_wire() == made.to_wire()

    reply = await session.send("apply the new brand kit to this ad")
    assert reply.operations[0]["operation"] == "apply_brand_kit"
    assert reply.operations[0]["kit"]["version"] == 2
    applied = reply.project
    assert applied.version == 2 and applied.brand_kit.version == 2
    assert applied.brand.colors == ["#000080", "#FF7F50"]
    assert (await session.send("apply the brand kit to this ad")).error  # already on version 2

    reply = await session.send("put our logo in the corner")
    assert not reply.error and reply.project.brand_kit.corner_mark
    assert reply.project.brand_kit.version == 2  # the ad's own kit version, not a newer one
    reply = await session.send("undo")
    assert reply.project.brand_kit.corner_mark is False
    reply = await session.send("undo")
    assert reply.project.brand_kit.version == 1 and reply.project.brand.colors == made.brand.colors


@pytest.mark.parametrize(
    ("name", "data", "text", "says"),
    [
        ("Broken-Bold.ttf", SERIF_BOLD.read_bytes()[:4096], "use this font for headlines", "damaged"),
        ("Kana.otf", None, "use this font for headlines", "no glyphs for Latin letters"),
        ("huge-logo.png", None, "here is our logo", "too large"),
        (
            "script-logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script>'
            b'<rect width="100" height="100" fill="#123456"/></svg>',
            "here is our logo",
            "script",
        ),
        ("notes.ttf", b"this is not a font at all, just text", "use this font for headlines", "not a font"),
    ],
)
async def test_hostile_brand_files_are_refused_and_the_kit_is_unchanged(
    settings, tmp_path: Path, logo_file, name: str, data: bytes | None, text: str, says: str
) -> None:
    session = open_session(settings)
    await session.send("here is our logo", [logo_file])
    before = BrandLibrary.from_settings(settings).kit(OWNER)
    if data is None:
        data = cjk_only_font() if name.endswith(".otf") else big_png()  # a 20 MB logo
    reply = await session.send(text, [write(tmp_path / name, data)])
    assert reply.error, reply.text
    assert says in reply.text and "The brand kit was not changed." in reply.text
    assert len(reply.text) < 300 and "Traceback" not in reply.text  # a sentence, not a stack
    after = BrandLibrary.from_settings(settings).kit(OWNER)
    assert after.version == before.version and after.to_wire() == before.to_wire()


async def test_a_photo_logo_is_kept_with_an_offer_to_cut_it_out(settings, tmp_path: Path) -> None:
    session = open_session(settings)
    plate = Image.new("RGB", (600, 300), (240, 240, 240))
    drawn = draw_logo()
    plate.paste(drawn, (0, 0), drawn)
    reply = await session.send(
        "here is our logo", [write(tmp_path / "logo.jpg", encode(plate, "JPEG", quality=95))]
    )
    assert not reply.error and "cut out the logo" in reply.text
    assert not BrandLibrary.from_settings(settings).kit(OWNER).logo.has_transparency
    reply = await session.send("cut out the logo")
    assert not reply.error, reply.text
    kit = BrandLibrary.from_settings(settings).kit(OWNER)
    assert kit.logo.has_transparency and kit.version == 2
    logo = np.asarray(
        Image.open(io.BytesIO(BrandLibrary.from_settings(settings).media.read_bytes(kit.logo.url)))
    )
    opaque = logo[..., 3] > 200
    assert 0.2 < opaque.mean() < 0.8  # the plate went, the drawing stayed
    for rgb in (NAVY, CORAL, GOLD):
        assert (np.abs(logo[opaque][:, :3].astype(int) - rgb).sum(axis=1) < 30).mean() > 0.02
    # A photograph as a logo: accepted, with the offer, and the kit keeps it as sent.
    reply = await session.send("here is our new logo", [write(tmp_path / "cup.jpg", photo_logo_jpeg())])
    assert not reply.error and "cut out the logo" in reply.text


async def test_font_and_svg_files_without_brand_words_are_not_taken_for_products(
    settings, tmp_path: Path, font_file
) -> None:
    session = open_session(settings)
    reply = await session.send("a 15 s ad for our cold brew", [font_file])
    assert reply.error and "use this font for headlines" in reply.text and reply.project is None
    assert kit_version(settings) is None


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


async def test_replay_rebuilds_the_kit_and_its_edits(settings, tmp_path: Path, logo_file, font_file) -> None:
    from adgen.agent.replay import run_replay

    session = open_session(settings, "replayed")
    for text, files in (
        ("here is our logo", [logo_file]),
        ("use this font for headlines", [font_file]),
        ("a 15 s ad for our cold brew, energetic", []),
        ("our colours are navy and coral in the brand kit", []),
        ("apply the new brand kit to this ad", []),
    ):
        assert not (await session.send(text, files)).error
    out = io.StringIO()
    code = await asyncio.to_thread(
        run_replay,
        session.log.path,
        tmp_path / "replay",
        render=False,
        check=True,
        settings=settings,
        stdout=out,
    )
    assert code == 0, out.getvalue()
    [document] = (tmp_path / "replay" / "projects").glob("*.json")
    replayed = AdProject.from_wire(document.read_text())
    assert replayed.brand_kit.version == 3 and replayed.brand.colors == ["#000080", "#FF7F50"]
    # The kit's files travel with the document (the replay's own media folder is gone) ...
    folder = document.parent
    assert (folder / replayed.brand_kit.logo_url).read_bytes() == logo_file.read_bytes()
    assert (folder / replayed.brand_kit.heading_font.url).read_bytes() == font_file.read_bytes()
    # ... and go back into a media store when the document is rendered (adgen render).
    media = open_media_store(settings)
    imported = import_kit_files(replayed, folder, media)
    assert media.read_bytes(imported.brand_kit.heading_font.url) == font_file.read_bytes()
    assert media.key_of(imported.brand_kit.logo_url)


async def test_several_kits_one_default_for_new_ads(settings, logo_file) -> None:
    session = open_session(settings)
    await session.send("here is our logo", [logo_file])
    assert not (await session.send("call the brand kit Harbour Coffee")).error
    reply = await session.send("make a new brand kit called Acme Tea")
    assert not reply.error and "new ads use it" in reply.text
    assert not (await session.send("our colours are teal and cream")).error  # goes to the default: Acme Tea
    listed = (await session.send("list our brand kits")).text
    assert "“Acme Tea” (version 2, default)" in listed and "“Harbour Coffee” (version 2)" in listed
    ad = (await session.send("a 15 s ad for our green tea, calm")).project
    assert ad.brand.name == "Acme Tea" and ad.brand_kit.version == 2 and ad.brand_kit.logo_url is None
    reply = await session.send("switch to the Harbour Coffee brand kit")
    assert not reply.error and "Harbour Coffee" in reply.text
    other = (await session.send("a 15 s ad for our cold brew, energetic")).project
    assert other.brand.name == "Harbour Coffee" and other.brand_kit.logo_url is not None
    assert (await session.send("use the Globex kit")).error
    assert BrandLibrary.from_settings(settings).kit(OWNER).name == "Harbour Coffee"
