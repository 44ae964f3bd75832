"""Reading pages shaped like real shops, served by a loopback server, end to end.

Each test reads one page shape through :func:`read_product_page` (safe fetcher, extraction,
pictures through the upload checks, hero choice) and checks the fields against what the page's
markup states, the summary a marketer would read, and the brief the planner gets.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import page_pictures as pictures
import pytest
from page_shop_server import ShopServer

from adgen.pipeline.services.planner.local import LocalPlanner
from adgen.product_page import NoProductFound, brief_from_page, describe_reading, read_product_page
from adgen.settings import Settings

PRODUCT_SHOT_SHA = hashlib.sha256(pictures.product_shot()).hexdigest()


def test_shopify_product_page(shop_pages: dict[str, str], page_settings: Settings) -> None:
    reading = read_product_page(shop_pages["shopify"], page_settings)
    page = reading.page
    assert page.found
    assert page.name == "Cold Brew Coffee Kit"
    assert page.brand == "Northside Roasters"
    assert (page.price, page.currency, page.price_shown_as) == ("12.99", "USD", "$12.99 USD")
    assert page.price_high == "15.99"  # the 2 l variant
    assert page.discount is None
    assert page.sources["name"] == page.sources["price"] == "json-ld"
    # The theme-color first, then the accent custom properties; never the text or background ones.
    assert page.colours[0].hex == "#1F4E3D" and page.colours[0].source == "theme-color"
    assert any(c.source == "--color-base-accent-2" and c.hex == "#E85D04" for c in page.colours)
    assert not any("text" in c.source or "background" in c.source for c in page.colours)
    assert any(c.source == "logo" for c in page.colours)  # the header logo's palette
    # The product shot wins over the lifestyle photo and the wide sale banner; the logo is no candidate.
    assert page.hero_image is not None and "/products/kit.jpg" in page.hero_image.url
    assert reading.hero is not None and reading.hero.sha256 == PRODUCT_SHOT_SHA == page.hero_image.sha256
    urls = [i.url for i in page.images]
    assert not any("logo" in u for u in urls)
    assert sum("kit.jpg" in u for u in urls) == 1  # one picture, however many sizes the page lists
    banner = next(i for i in page.images if "summer-sale" in i.url)
    assert banner.score is not None and banner.score < 0.1 and any("wide banner" in n for n in banner.notes)
    # Facts are quoted word for word from the page.
    page_text = " ".join([*(f.text for f in page.facts)])
    assert "Brews 1 litre in 12 hours." in page_text
    assert "Every part is dishwasher safe" in page_text
    assert not any("$" in f.text or "Privacy" in f.text or "cart" in f.text.lower() for f in page.facts)


def test_woocommerce_page_with_graph_and_sale_price(
    shop_pages: dict[str, str], page_settings: Settings
) -> None:
    page = read_product_page(shop_pages["woocommerce"], page_settings).page
    assert page.name == "Merino Wool Throw"
    assert page.brand == "Hearth & Loom"
    assert (page.price, page.currency, page.price_shown_as) == ("39.00", "EUR", "39,00 €")
    assert page.discount is not None
    assert (page.discount.was, page.discount.now, page.discount.label) == ("49,00 €", "39,00 €", "Sale!")
    assert (
        page.colours[0].hex == "#8C3B2E"
    )  # --wp--preset--color--primary; black and white are not brand colours
    assert all(c.hex not in ("#000000", "#FFFFFF") for c in page.colours)
    # JSON-LD names a size the server does not have (404): the next picture is used, and the note says why.
    broken = next(i for i in page.images if "1200x1200" in i.url)
    assert any("404" in n for n in broken.notes)
    assert page.hero_image is not None and page.hero_image.url.endswith("/throw.jpg")
    brief = brief_from_page(page)
    assert brief.cta_text == "Shop now · now 39,00 €, was 49,00 €"
    assert "%" not in (brief.cta_text or "")  # no computed percentage


def test_microdata_only_page(shop_pages: dict[str, str], page_settings: Settings) -> None:
    page = read_product_page(shop_pages["microdata"], page_settings).page
    assert (page.name, page.brand) == ("Linen Apron", "Hearth & Loom")
    assert (page.price, page.currency, page.price_shown_as) == ("28.50", "GBP", "£28.50")
    assert page.sources["price"] == "microdata"
    assert page.hero_image is not None and page.hero_image.url.endswith("/apron.jpg")


def test_plain_page_with_only_opengraph_names_no_price(
    shop_pages: dict[str, str], page_settings: Settings
) -> None:
    page = read_product_page(shop_pages["opengraph"], page_settings).page
    assert page.found
    assert page.name == "Lumen Desk Lamp" and page.sources["name"] == "opengraph"
    assert page.price is None and page.price_shown_as is None and page.discount is None
    assert page.hero_image is not None and page.hero_image.url.endswith("/img/lamp.jpg")
    assert "No price on the page, so the ad names none." in describe_reading(page)
    brief = brief_from_page(page)
    assert brief.cta_text == "Shop now"
    assert not re.search(r"\d", brief.cta_text)


def test_a_page_with_no_product_says_so_and_reads_no_pictures(
    shop: ShopServer, shop_pages: dict[str, str], page_settings: Settings
) -> None:
    reading = read_product_page(shop_pages["none"], page_settings)
    assert not reading.page.found
    assert reading.hero is None and reading.page.images == []
    assert "I found no product on this page" in describe_reading(reading.page)
    with pytest.raises(NoProductFound, match="I found no product on this page"):
        brief_from_page(reading.page)
    assert shop.requests == ["/pages/our-story"]


def test_summary_shows_what_was_read(shop_pages: dict[str, str], page_settings: Settings) -> None:
    text = describe_reading(read_product_page(shop_pages["shopify"], page_settings).page)
    assert text.startswith("Read from the page: “Cold Brew Coffee Kit” by Northside Roasters.")
    assert "Price $12.99 USD (as shown; 12.99 USD in the page's data), up to 15.99" in text
    assert "product shot: kit.jpg (1200x1200, plain background, subject centred" in text
    assert "#1F4E3D (theme-color)" in text
    assert "“the price is 12.99”" in text


def test_the_brief_plans_an_ad_whose_words_come_from_the_page(
    shop_pages: dict[str, str], page_settings: Settings
) -> None:
    page = read_product_page(shop_pages["shopify"], page_settings).page
    brief = brief_from_page(page, "energetic, 15 s")
    assert brief.product == "Cold Brew Coffee Kit"
    assert brief.brand_name == "Northside Roasters"
    assert brief.colors[0] == "#1F4E3D"
    assert brief.cta_text == "Shop now · $12.99 USD"
    assert brief.text.startswith("energetic, 15 s\nAn ad for Cold Brew Coffee Kit by Northside Roasters.")
    project = LocalPlanner().plan(brief, owner="local")
    overlays = [s.overlay.text for s in project.scenes]
    assert project.brand.name == "Northside Roasters"
    assert project.style.palette[0] == "#1F4E3D"
    assert "Cold Brew Coffee Kit" in " ".join(overlays)
    assert "$12.99 USD" in overlays[-1]  # the CTA quotes the price as the page prints it
    prices = re.findall(r"\d+[.,]\d\d", " ".join(overlays))
    assert set(prices) <= {"12.99"}, overlays


def test_a_page_without_structured_data_falls_back_to_its_text(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "board.jpg").write_bytes(pictures.product_shot())
    (tmp_path / "board.html").write_text(
        """<html><head><title>Oak Chopping Board | Forest Joinery</title>
        <meta name="description" content="A thick end-grain oak board, oiled by hand."></head>
        <body><nav><p>Home, Boards, Spoons, About us and our workshop</p></nav>
        <h1>Oak Chopping Board</h1><img src="board.jpg" alt="">
        <div class="product-price"><span>£35</span></div>
        <div><p>Made from one piece of English oak, 4 cm thick.</p>
        <p>End grain is kind to knife edges and hides cut marks.</p></div>
        <footer><p>Copyright Forest Joinery, all rights reserved.</p></footer></body></html>"""
    )
    page = read_product_page(str(tmp_path / "board.html"), settings).page
    assert page.found
    assert (page.name, page.sources["name"]) == ("Oak Chopping Board", "page text (h1)")
    assert (page.price, page.price_shown_as, page.currency) == ("35", "£35", None)
    assert page.description == "A thick end-grain oak board, oiled by hand."
    facts = [f.text for f in page.facts]
    assert "End grain is kind to knife edges and hides cut marks." in facts
    assert not any("workshop" in f or "Copyright" in f for f in facts)
    assert page.hero_image is not None and page.hero_image.url == "board.jpg"
    assert brief_from_page(page).cta_text == "Shop now · £35"
