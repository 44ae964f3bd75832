"""`adgen ad-from-url` prints what was read and the brief; links are found in chat messages."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import page_pictures as pictures
import pytest

from adgen.cli import main
from adgen.product_page import product_link
from adgen.settings import Settings


def test_ad_from_url_prints_the_page_and_the_brief(
    shop_pages: dict[str, str], page_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["ad-from-url", shop_pages["shopify"], "--out", str(out), "--request", "calm, 20 s"])
    captured = capsys.readouterr()
    assert code == 0
    result = json.loads(captured.out)
    assert result["page"]["name"] == "Cold Brew Coffee Kit"
    assert result["page"]["priceShownAs"] == "$12.99 USD"
    assert result["brief"]["product"] == "Cold Brew Coffee Kit"
    assert result["brief"]["cta_text"] == "Shop now · $12.99 USD"
    assert result["brief"]["text"].startswith("calm, 20 s\n")
    hero = Path(result["heroFile"])
    assert (
        hashlib.sha256(hero.read_bytes()).hexdigest() == hashlib.sha256(pictures.product_shot()).hexdigest()
    )
    assert json.loads((out / "page.json").read_text())["page"]["name"] == "Cold Brew Coffee Kit"
    assert "Read from the page: “Cold Brew Coffee Kit”" in captured.err


def test_ad_from_url_refusals_are_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ADGEN_FETCH_ALLOW_HOSTS", raising=False)
    assert main(["ad-from-url", "http://localhost:9/products/x"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("adgen ad-from-url: I won't read http://localhost:9/products/x")
    assert "\n" not in err
    assert main(["ad-from-url", "ftp://shop.test/x"]) == 2
    assert "Only http and https" in capsys.readouterr().err


def test_ad_from_url_on_a_page_without_product_exits_1(
    shop_pages: dict[str, str], page_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ad-from-url", shop_pages["none"]]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["brief"] is None
    assert "I found no product on this page" in captured.err


@pytest.mark.parametrize(
    ("message", "link", "rest"),
    [
        (
            "make an ad from https://shop.test/products/mug, energetic",
            "https://shop.test/products/mug",
            "make an ad from , energetic",
        ),
        ("<https://shop.test/p/1|our mug> 20 s please", "https://shop.test/p/1", "20 s please"),
        ("here: (http://shop.test/a?b=1).", "http://shop.test/a?b=1", "here: ()."),
        ("a calm ad for our tea", None, "a calm ad for our tea"),
    ],
)
def test_product_link_finds_the_first_link(message: str, link: str | None, rest: str) -> None:
    assert product_link(message) == (link, rest)
