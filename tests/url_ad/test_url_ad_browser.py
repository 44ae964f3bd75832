"""End to end: a product page's link typed in the web chat becomes rendered videos made from it.

Debian's Chromium (Playwright) drives the real app with real render workers on redis-server; the
app reads the loopback shop's Shopify-shaped page (``ADGEN_FETCH_ALLOW_HOSTS=127.0.0.1``). The
test reads what the marketer sees (what was read, the plan with the page's name and price), then
the stored document and its exports: the sizes (ffprobe), the CTA frame (the product's own
colour where the product stands), and the overlay text, which must be the page's own words.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from page_chat import PRODUCT_SHOT_SHA
from test_ad_from_url import product_shares

from adgen.pipeline.ffmpeg import probe

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

from test_web_browser import RENDER_TIMEOUT, check_playable, export_videos, progress_snapshots  # noqa: E402
from web_helpers import CHROMIUM, CHROMIUM_ARGS, WebApp, messages_text, open_chat, send, start_app, stop_app  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FACTS = {
    "Smooth, low-acid cold brew at home.",
    "Brews 1 litre in 12 hours.",
    "Reusable stainless steel filter included.",
    "Everything you need for smooth cold brew at home.",
}


@pytest.fixture(scope="module")
def shop_chat(tmp_path_factory: pytest.TempPathFactory, redis_server: str) -> Iterator[tuple[WebApp, Any]]:
    """The app (allowed to read the loopback shop) with two workers, and Chromium to drive it."""
    import redis
    from playwright.sync_api import sync_playwright

    redis.Redis.from_url(redis_server).flushall()
    env = {"ADGEN_FETCH_ALLOW_HOSTS": "127.0.0.1"}
    with ExitStack() as stack:
        app = start_app(tmp_path_factory.mktemp("urlad-web"), redis_url=redis_server, workers=2, env=env)
        stack.callback(stop_app, app)
        playwright = stack.enter_context(sync_playwright())
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(chromium.close)
        yield app, chromium


def _stored_project(app: WebApp, monkeypatch: pytest.MonkeyPatch):
    from adgen.settings import Settings
    from adgen.store.media import open_media_store
    from adgen.store.projects import open_project_store

    monkeypatch.setenv("ADGEN_DATA_DIR", str(app.data_dir))
    settings = Settings()
    store = open_project_store(settings)
    (summary,) = store.list_projects("local")
    return store.get(summary.project_id, owner="local"), open_media_store(settings)


def test_a_link_in_the_web_chat_becomes_videos_made_from_the_page(
    shop_chat: tuple[WebApp, Any],
    shop_pages: dict[str, str],
    artifacts_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    web_app, browser = shop_chat
    page = open_chat(browser, web_app.base_url)
    try:
        send(page, f"make an ad from {shop_pages['shopify']}, energetic")
        table = page.locator("table:has(th:text-is('On-screen text'))").first
        table.wait_for(timeout=60_000)
        shown = messages_text(page)
        assert "Read from the page: “Cold Brew Coffee Kit” by Northside Roasters." in shown, web_app.logs()
        assert "Price $12.99 USD (as shown" in shown and "product shot: kit.jpg" in shown
        plan = table.inner_text()
        assert "Cold Brew Coffee Kit" in plan and "$12.99 USD" in plan, plan
        page.set_viewport_size({"width": 1400, "height": 2000})  # the whole reply in one picture
        page.wait_for_timeout(500)
        page.screenshot(path=str(artifacts_dir / "1-read-and-planned.png"))
        page.set_viewport_size({"width": 1400, "height": 1000})

        snapshots = progress_snapshots(page, 0, RENDER_TIMEOUT)
        assert "Render finished" in snapshots[-1], snapshots[-1]
        page.wait_for_function("document.querySelectorAll('video').length >= 3", timeout=30_000)
        videos = export_videos(page)
        assert len(videos) >= 3, videos
        check_playable(page, videos[0], (360, 640))
        page.screenshot(path=str(artifacts_dir / "2-rendered.png"))

        project, media = _stored_project(web_app, monkeypatch)
        # The words on screen are the page's: its name, its sentences, its price as printed.
        texts = [scene.overlay.text for scene in project.scenes]
        assert "Cold Brew Coffee Kit" in texts[0]
        assert all(
            text in FACTS for text, s in zip(texts, project.scenes, strict=True) if s.role == "showcase"
        )
        assert texts[-1] == "Shop now · $12.99 USD\nNorthside Roasters"
        assert project.product_asset is not None and project.product_asset.checksum == PRODUCT_SHOT_SHA
        assert project.render_status.state in ("completed", "completed_with_warnings")
        sizes = {"9:16": (360, 640), "1:1": (360, 360), "16:9": (640, 360)}
        files = {aspect: media.local_path(url) for aspect, url in project.aspect_exports.items()}
        for aspect, size in sizes.items():
            info = probe(files[aspect])  # ffprobe
            assert (info.width, info.height) == size and info.has_audio
            assert abs(info.duration_sec - project.duration_sec) < 0.3
        # The CTA frame shows the product at the bottom: the product's own colour is there.
        cta = project.scenes[-1]
        at = project.duration_sec - cta.duration_sec / 2
        shot = artifacts_dir / "cta_9x16.png"
        subprocess.run(
            [
                "ffmpeg",
                "-v",
                "error",
                "-y",
                "-ss",
                f"{at:.2f}",
                "-i",
                str(files["9:16"]),
                "-frames:v",
                "1",
                str(shot),
            ],
            check=True,
        )
        from PIL import Image

        frame = np.asarray(Image.open(shot).convert("RGB"), dtype=np.int16)
        lower, upper = product_shares(frame)
        assert lower > 0.03 and lower > 4 * upper, (lower, upper)

        # A correction in the chat: the CTA is corrected, as one new version.
        send(page, "the price is wrong, it's 11.99")
        page.get_by_text("Noted: the price is $11.99 USD", exact=False).first.wait_for(timeout=30_000)
        project, _ = _stored_project(web_app, monkeypatch)
        assert project.scenes[-1].overlay.text == "Shop now · $11.99 USD\nNorthside Roasters"
        page.screenshot(path=str(artifacts_dir / "3-corrected.png"))
    finally:
        page.close()
