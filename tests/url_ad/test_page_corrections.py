"""Corrections to what was read from a page, in the chat: "the price is wrong, it's 12.99", "the
product is called X", "the brand is Acme", "use the third image"; and replay of it all offline.

The phrasings (``correction_phrases``) were written down before the reader; the held-out half is
asserted and reported on its own.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from correction_phrases import DEV, HELD_OUT
from page_chat import LIFESTYLE_SHA, PRODUCT_SHOT_SHA, open_session

from adgen.agent.page_corrections import read_page_corrections
from adgen.agent.replay import run_replay
from adgen.settings import Settings


def _read(rows: list[tuple[str, str | None, str | int | None]]) -> list[str]:
    wrong = []
    for text, field, value in rows:
        got = read_page_corrections(text)
        have = None if got is None else [(c.field, c.value) for c in got]
        if have != (None if field is None else [(field, str(value))]):
            wrong.append(f"{text!r}: {have}")
    return wrong


def test_the_corrections_written_before_the_reader_are_read() -> None:
    assert _read(DEV) == []


def test_held_out_corrections_are_read() -> None:
    assert _read(HELD_OUT) == [], f"held out: {len(HELD_OUT) - len(_read(HELD_OUT))}/{len(HELD_OUT)}"


def test_a_message_that_asks_for_more_than_a_correction_is_left_whole() -> None:
    assert read_page_corrections("the price is 12.99 and make the hook red") is None
    assert read_page_corrections("the price is wrong, it's 12.99. Also use the third image") == [
        read_page_corrections("price: 12.99")[0],  # type: ignore[index]
        read_page_corrections("use image 3")[0],  # type: ignore[index]
    ]


async def _conversation(session, url: str) -> None:
    reply = await session.send(f"make an ad from {url}, calm")
    assert not reply.error, reply.text
    assert session.project.scenes[-1].overlay.text.startswith("Shop now · $12.99 USD")


async def test_corrections_change_the_ad_and_the_remembered_page(
    shop_pages: dict[str, str], page_settings: Settings
) -> None:
    async with open_session(page_settings) as session:
        await _conversation(session, shop_pages["shopify"])
        start = session.project.version

        reply = await session.send("the price is wrong, it's 11.49")
        assert not reply.error, reply.text
        assert reply.text.startswith("Noted: the price is $11.49 USD (the page said $12.99 USD).")
        assert [op["operation"] for op in reply.operations] == ["update_overlay"]
        project = session.project
        assert project.scenes[-1].overlay.text == "Shop now · $11.49 USD\nNorthside Roasters"
        assert "12.99" not in "\n".join(s.overlay.text for s in project.scenes)
        # The next correction starts from the corrected price.
        reply = await session.send("actually the price is $10.99 USD")
        assert project.scenes[-1].overlay.text != session.project.scenes[-1].overlay.text
        assert session.project.scenes[-1].overlay.text == "Shop now · $10.99 USD\nNorthside Roasters"
        assert session.state.page["page"]["priceShownAs"] == "$10.99 USD"

        reply = await session.send("the product is called Cold Brew Starter Kit")
        assert not reply.error, reply.text
        project = session.project
        assert "Cold Brew Starter Kit" in project.scenes[0].overlay.text
        assert all("Cold Brew Coffee Kit" not in s.overlay.text + s.background_prompt for s in project.scenes)
        assert session.state.page["page"]["name"] == "Cold Brew Starter Kit"

        reply = await session.send("the brand is Northside Coffee")
        assert project.brand.name == "Northside Roasters"
        assert session.project.brand.name == "Northside Coffee"
        assert session.project.scenes[-1].overlay.text.endswith("\nNorthside Coffee")

        reply = await session.send("use the third image")
        assert [op["operation"] for op in reply.operations] == ["replace_product"]
        assert session.project.product_asset.checksum == LIFESTYLE_SHA
        assert "Using picture 3 (lifestyle.jpg) as the product." in reply.text
        reply = await session.send("use image 7")
        assert reply.error and reply.text == "The page had 3 pictures; say a number from 1 to 3."

        # Each correction is one request: one undo takes back the picture, the next the brand.
        await session.send("undo")
        assert session.project.product_asset.checksum == PRODUCT_SHOT_SHA
        assert session.project.version > start


async def test_the_conversation_replays_offline_without_fetching_the_page(
    shop, shop_pages: dict[str, str], page_settings: Settings, tmp_path: Path
) -> None:
    async with open_session(page_settings, conversation_id="replayed") as session:
        await _conversation(session, shop_pages["shopify"])
        for message in ("the price is wrong, it's 11.49", "use the third image", "the product is called Kit"):
            assert not (await session.send(message)).error
        log = session.log.path
        final = session.project
    asked = len(shop.requests)
    shop.close()  # replay must not need the shop at all
    code = await asyncio.to_thread(
        run_replay, log, tmp_path / "replay", render=False, check=True, settings=page_settings
    )
    assert code == 0
    assert len(shop.requests) == asked
    replayed = next((tmp_path / "replay" / "projects").glob("*.json")).read_text()
    from adgen.project import AdProject

    again = AdProject.from_wire(replayed)
    assert [s.overlay.text for s in again.scenes] == [s.overlay.text for s in final.scenes]
    assert again.product_asset.checksum == LIFESTYLE_SHA


async def test_without_a_page_behind_the_ad_the_words_are_ordinary_edits(page_settings: Settings) -> None:
    async with open_session(page_settings) as session:
        await session.send("a 15 s ad for our cold brew, brand Northwind")
        reply = await session.send("the brand is Acme")
        assert [op["operation"] for op in reply.operations] == ["update_brand"]
        reply = await session.send("use the second image")
        assert reply.operations == []


@pytest.mark.parametrize("message", ["the price is 12.99", "use the second image"])
async def test_corrections_need_the_page_of_the_current_ad(
    message: str, shop_pages: dict[str, str], page_settings: Settings
) -> None:
    async with open_session(page_settings) as session:
        await _conversation(session, shop_pages["shopify"])
        await session.send("a 15 s ad for our lemonade, brand Sunny")  # another ad: not from the page
        reply = await session.send(message)
        assert not any(op["operation"] in ("replace_product",) for op in reply.operations)
        assert "Noted" not in reply.text
