"""The web chat's side of brand files: a logo or font upload reaches the conversation (named by
the marketer's file, since Chainlit names stored files by MIME type), and the kit card is shown."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

from brand_samples import SERIF_BOLD, draw_logo, encode

from adgen.web.chat import uploaded_paths
from adgen.web.upload_checks import refuse_unusable_uploads


def test_a_font_upload_is_passed_on_under_its_own_suffix(tmp_path: Path) -> None:
    stored = tmp_path / "5b0c7f3e-upload"  # how Chainlit keeps a file whose MIME type it can't name
    shutil.copy(SERIF_BOLD, stored)
    message = SimpleNamespace(elements=[SimpleNamespace(path=str(stored), name="Harbour Serif Bold.TTF")])
    [path] = uploaded_paths(message)
    assert Path(path).suffix == ".ttf" and Path(path).read_bytes() == SERIF_BOLD.read_bytes()
    assert not stored.exists()


def test_brand_files_are_left_to_the_conversation_and_bad_images_still_refused(
    settings, tmp_path: Path
) -> None:
    font = tmp_path / "font-upload.ttf"
    shutil.copy(SERIF_BOLD, font)
    svg = tmp_path / "logo-upload.svg"
    svg.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    assert refuse_unusable_uploads(settings, [("Brand.ttf", font), ("logo.svg", svg)]) is None
    assert font.exists() and svg.exists()
    fake = tmp_path / "photo-upload.png"
    fake.write_bytes(b"not a picture")
    logo = tmp_path / "logo-upload.png"
    logo.write_bytes(encode(draw_logo()))
    assert refuse_unusable_uploads(settings, [("photo.png", fake), ("logo.png", logo)]) is not None
    assert not fake.exists()  # the refused message's files are deleted, as before


async def test_the_brand_view_shows_the_kit_card_and_the_kit_words_literally(settings) -> None:
    from chainlit.context import init_http_context
    from markdown_it import MarkdownIt

    from adgen.agent.reply import BrandKitPart
    from adgen.agent.session import ChatReply, ChatSession
    from adgen.web.chat import WebChat

    session = ChatSession.open(settings=settings, owner="alice", conversation_id="w1", channel="web")
    card = encode(draw_logo())
    url = session.ctx.media.put_bytes(card, suffix=".png")
    from adgen.brand.model import BrandKit
    from adgen.brand.summary import kit_summary

    hostile = BrandKit(
        owner="alice", name="Brand <b>x</b> ![t](https://e.example/t.png)", tagline="**big** _deal_"
    )
    part = BrandKitPart(text=kit_summary(hostile), card_url=url)
    chat = WebChat(settings, session=session, owner="alice", thread_id="t1")
    init_http_context()  # Chainlit elements belong to a context
    [image] = await chat._kit_cards(ChatReply(text=part.text, parts=[part]))
    assert image.content == card and image.display == "inline"
    html = MarkdownIt("commonmark").render(await chat._part_markdown(part, None))
    assert "<img" not in html and "<b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert (
        "<strong>Brand" in html and "**big** _deal_" in html
    )  # the summary's bold, the kit's words as typed
    assert html.count("<br />") >= 3  # one line per item, not one paragraph
