"""Fixtures of the product-page tests: a loopback shop, settings that may reach it, and a guard
(defined in ``page_fixtures``, which the URL-to-ad tests share)."""

from page_fixtures import loopback_only, page_settings, shop, shop_pages  # noqa: F401
