"""Fixtures of the brand kit tests: a BrandLibrary on a fresh data folder, and sample inputs."""

from __future__ import annotations

from pathlib import Path

import brand_samples
import pytest

from adgen.brand.library import BrandLibrary


@pytest.fixture
def library(settings) -> BrandLibrary:  # type: ignore[no-untyped-def]
    """The library as the chat would build it: SQLite beside the projects, local media."""
    return BrandLibrary.from_settings(settings)


@pytest.fixture
def team_library(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> BrandLibrary:
    """Alice and Bob are in team acme; Carol is not."""
    from adgen.settings import Settings

    monkeypatch.setenv("ADGEN_TEAMS", "acme=alice,bob;globex=carol")
    return BrandLibrary.from_settings(Settings())


@pytest.fixture(scope="session")
def cjk_font() -> bytes:
    return brand_samples.cjk_only_font()


@pytest.fixture
def logo_png() -> bytes:
    return brand_samples.encode(brand_samples.draw_logo())
