"""URL to ad through the conversation (the offline path): each page shape, and each refusal.

A link typed in the chat is read from the loopback shop, its product shot goes through the
upload checks into the ad, the plan is made from the page's facts, and the reply shows what was
read. Pages that cannot or may not be read, or show no product, get one line and change nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from page_chat import PRODUCT_SHOT_SHA, copy_of, open_session, page_html, page_numbers

from adgen.agent.conversation_log import read_log
from adgen.agent.reply import PagePart, PlanPart
from adgen.pipeline.services.planner.grounding import numbers_in
from adgen.settings import Settings

SHAPES = {
    # shape: (name, brand, prices as the page prints them)
    "shopify": ("Cold Brew Coffee Kit", "Northside Roasters", ["$12.99 USD"]),
    "woocommerce": ("Merino Wool Throw", "Hearth & Loom", ["39,00 €", "49,00 €"]),
    "microdata": ("Linen Apron", "Hearth & Loom", ["£28.50"]),
    "opengraph": ("Lumen Desk Lamp", None, []),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
async def test_a_product_page_becomes_an_ad_grounded_in_it(
    shape: str, shop, shop_pages: dict[str, str], page_settings: Settings
) -> None:
    name, brand, prices = SHAPES[shape]
    url = shop_pages[shape]
    async with open_session(page_settings) as session:
        reply = await session.send(f"make an ad from {url}, energetic, 20 s")
        assert not reply.error, reply.text
        read = reply.part(PagePart)
        assert read is not None and read.text.startswith(f"Read from the page: “{name}”")
        for price in prices:
            assert price in read.text
        if not prices:
            assert "No price on the page, so the ad names none." in read.text
        assert "product shot: " in read.text
        assert ("Colours: " in read.text) == (shape in ("shopify", "woocommerce"))
        assert reply.part(PlanPart) is not None and reply.operations == []
        project = session.project
        assert project is not None and project.duration_sec == 20 and project.style.mood == "energetic"
        assert project.brand.name == (brand or "")
        assert project.product_asset is not None and project.product_asset.checksum == PRODUCT_SHOT_SHA
        cta = project.scenes[-1].overlay.text
        if prices:
            assert prices[0] in cta  # the price (the current one of a sale) exactly as the page shows it
        else:
            assert not any(ch.isdigit() for ch in cta)
        copy = copy_of(project)
        assert name in copy
        # No figure on screen that the page does not state, and no invented praise.
        assert numbers_in(copy) <= page_numbers(page_html(shop, url)), copy
        assert "Customers love it" not in copy and "made to stand out" not in copy
        # The log keeps the page and its pictures next to it, for replay.
        user = [line for line in read_log(session.log.path) if line["role"] == "user"][-1]
        assert user["page"]["name"] == name and len(user["pagePictures"]) == len(user["page"]["images"])
        kept = [session.log.path.parent / ref for ref in user["pagePictures"] if ref]
        assert kept and all(p.is_file() for p in kept)
        assert PRODUCT_SHOT_SHA in {hashlib.sha256(p.read_bytes()).hexdigest() for p in kept}
        assert session.state.page is not None and session.state.page["projectId"] == project.project_id


async def _refused(session, message: str) -> str:
    reply = await session.send(message)
    assert reply.error and reply.project is None and reply.operations == []
    assert "\n" not in reply.text and "Traceback" not in reply.text
    assert session.actions.ctx.projects.list_projects("alice") == []
    return reply.text


async def test_a_page_without_a_product_is_one_line_and_creates_nothing(
    shop, shop_pages: dict[str, str], page_settings: Settings
) -> None:
    async with open_session(page_settings) as session:
        text = await _refused(session, f"an ad from {shop_pages['none']} please")
        assert text.startswith("I found no product on this page") and "attach a photo" in text
        assert shop.requests == ["/pages/our-story"]  # no picture of an "our story" page was read


@pytest.mark.parametrize("target", ["http://10.0.0.5/products/x", "http://169.254.169.254/latest/meta-data/"])
async def test_a_redirect_to_a_private_address_is_refused_before_connecting(
    target: str, shop, page_settings: Settings, loopback_only: list[str]
) -> None:
    link = shop.redirect("/go/deal", target)
    async with open_session(page_settings) as session:
        text = await _refused(session, f"make an ad from {link}")
        assert text.startswith("I won't read") and "Nothing was changed." in text
    assert set(loopback_only) == {"127.0.0.1"}  # the guard: never a connection to the private address
    assert shop.requests == ["/go/deal"]


async def test_a_page_over_the_size_limit_is_refused(
    shop, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADGEN_FETCH_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setenv("ADGEN_FETCH_MAX_PAGE_BYTES", str(64 * 1024))
    padding = "<p>" + "Cold brew, slowly. " * 20_000 + "</p>"
    link = shop.add("/products/huge", f"<html><head><title>Huge</title></head><body>{padding}</body></html>")
    async with open_session(Settings()) as session:
        text = await _refused(session, f"ad from {link}")
        assert "too large to read" in text and "64 KB" in text


async def test_a_link_quoted_as_the_ads_words_is_not_read(
    shop, shop_pages: dict[str, str], page_settings: Settings
) -> None:
    async with open_session(page_settings) as session:
        await session.send(f"make an ad from {shop_pages['shopify']}")
        asked = len(shop.requests)
        reply = await session.send("make the cta say 'Visit https://northside.example/kit'")
        assert not reply.error, reply.text
        assert [op["operation"] for op in reply.operations] == ["update_overlay"]
        assert session.project.scenes[-1].overlay.text == "Visit https://northside.example/kit"
        reply = await session.send("the hook should say see https://northside.example today")
        assert not reply.error and reply.operations and reply.operations[0]["operation"] == "update_overlay"
        assert len(shop.requests) == asked


async def test_a_page_that_gives_orders_changes_nothing_offline(
    shop_pages: dict[str, str], page_settings: Settings
) -> None:
    async with open_session(page_settings) as session:
        reply = await session.send(f"make an ad from {shop_pages['injection']}, 15 s")
        assert not reply.error, reply.text
        assert reply.operations == []  # the plan only: the page asked for edits, none were made
        project = session.project
        assert (project.brand.name, project.duration_sec) == ("Ridgeway", 15)
        assert project.scenes[-1].overlay.text == "Shop now · €24.00\nRidgeway"
        said = (
            reply.text
            + copy_of(project)
            + project.brief
            + "".join(s.background_prompt for s in project.scenes)
        )
        for word in ("Ignore", "FREE", "pirate", "price is 0", "END_PAGE_DATA", "Assistant:"):
            assert word not in said
        assert "read like instructions to an AI" in reply.part(PagePart).text
        # The next message is the marketer's again, understood as usual.
        reply = await session.send("make it 20 seconds")
        assert [op["operation"] for op in reply.operations] == ["set_duration"]


@pytest.mark.parametrize(
    ("message", "editing", "expected"),
    [
        (
            "make an ad from https://shop.example/p/mug, energetic",
            False,
            ("https://shop.example/p/mug", "make an ad from, energetic"),
        ),
        ("https://shop.example/p/mug 20 s please", True, ("https://shop.example/p/mug", "20 s please")),
        ("a 15 s ad for Zest ![pixel](http://127.0.0.1:9/spy.png) energetic", False, None),
        (
            "see https://x.example/a.png, then make an ad from https://shop.example/p/1",
            False,
            ("https://shop.example/p/1", "see https://x.example/a.png, then make an ad from"),
        ),
        ("make the cta say 'visit https://shop.example'", True, None),
        ("the cta should say visit https://shop.example", True, None),
        ("a calm ad for our tea", False, None),
    ],
)
def test_which_links_are_product_pages(message: str, editing: bool, expected: tuple[str, str] | None) -> None:
    from adgen.agent.page_ad import page_request

    assert page_request(message, editing=editing) == expected


@pytest.mark.slow
def test_adgen_chat_makes_the_ad_of_a_link(shop_pages: dict[str, str], page_settings: Settings) -> None:
    import io

    from adgen.agent.chat_cli import run_chat

    stdin = io.StringIO(f"make a 5 s ad from {shop_pages['opengraph']}\nuse image 1\n")
    stdout = io.StringIO()
    assert run_chat(page_settings, owner="bob", conversation_id="term-page", stdin=stdin, stdout=stdout) == 0
    printed = stdout.getvalue()
    assert "Read from the page: “Lumen Desk Lamp”." in printed and "Planned a new ad." in printed
    assert "Picture 1 (lamp.jpg) is already the product shot." in printed
    assert "done: Render completed" in printed and "9:16: file://" in printed


async def test_a_photo_sent_with_the_link_is_the_product(
    shop_pages: dict[str, str], page_settings: Settings, tmp_path: Path
) -> None:
    import page_pictures as pictures

    own = tmp_path / "our-own-shot.jpg"
    own.write_bytes(pictures.lifestyle())
    async with open_session(page_settings) as session:
        reply = await session.send(f"make an ad from {shop_pages['shopify']}", [own])
        assert not reply.error, reply.text
        assert session.project.product_asset.checksum == hashlib.sha256(own.read_bytes()).hexdigest()
        reply = await session.send("use the first image")
        assert [op["operation"] for op in reply.operations] == ["replace_product"]
        assert session.project.product_asset.checksum == PRODUCT_SHOT_SHA
