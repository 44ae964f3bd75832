"""Brand kits in the web chat, in a real browser: a logo (PNG) and a font (TTF) attached to chat
messages reach the kit (the picker and Chainlit's upload accept them), and ``/brand`` shows the
kit's summary with the kit card image."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from web_helpers import chat_page, messages_text, send, wait_until

pytestmark = pytest.mark.browser

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "brand"))
from brand_samples import SERIF_BOLD, draw_logo, encode  # noqa: E402


def test_logo_and_font_uploads_then_the_brand_view(web_app, browser, artifacts_dir, tmp_path):
    logo = tmp_path / "harbour-logo.png"
    logo.write_bytes(encode(draw_logo()))
    font = tmp_path / "HarbourSerif-Bold.ttf"
    shutil.copy(SERIF_BOLD, font)
    with chat_page(browser, web_app, artifacts_dir) as page:
        send(page, "here is our logo", logo, wait_shown=False)
        wait_until(lambda: "Saved in brand kit" in messages_text(page), 60, "the logo in the kit")
        send(page, "use this font for headlines", font, wait_shown=False)
        wait_until(lambda: "DejaVu Serif Bold (uploaded)" in messages_text(page), 60, "the font in the kit")
        send(page, "/brand", wait_shown=False)
        wait_until(lambda: "brand kit version 2" in messages_text(page), 60, "the kit summary")
        card = page.locator("img[alt='brand-kit.png'], img[src*='brand-kit']").last
        card.wait_for(timeout=30_000)
        wait_until(lambda: card.evaluate("img => img.naturalWidth") >= 600, 30, "the kit card to load")
        text = messages_text(page)
        assert "#FF6F59" in text and "Traceback" not in text
        page.screenshot(path=str(artifacts_dir / "brand-view.png"), full_page=True)
