"""Fixtures of the URL-to-ad tests: the product-page tests' loopback shop, guard and settings
(``tests/product_page/page_fixtures.py``), and a conversation over them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "product_page"))

from page_fixtures import loopback_only, page_settings, shop, shop_pages  # noqa: E402, F401
