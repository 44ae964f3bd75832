"""`adgen ad-from-url URL|FILE --out DIR [--render]` and `create_project_from_url` (for the HTTP API).

The command plans the ad from the page the way the chat does and writes the AdProject document
with the product shot beside it; with ``--render`` it renders that document at final quality,
and the videos are probed and looked at (the CTA frame shows the product, the overlay text in
the document is the page's own).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import page_pictures as pictures
import pytest
from page_chat import PRODUCT_SHOT_SHA, copy_of, open_session, page_html, page_numbers
from page_shops import opengraph_page
from PIL import Image

from adgen.agent.page_ad import PageAdError, create_project_from_url
from adgen.cli import main
from adgen.pipeline.ffmpeg import probe
from adgen.pipeline.services.planner.grounding import numbers_in
from adgen.project import AdProject
from adgen.settings import Settings


def _document(out: Path) -> AdProject:
    return AdProject.from_wire((out / "project.json").read_text())


def test_the_command_writes_the_ad_of_a_live_page(
    shop,
    shop_pages: dict[str, str],
    page_settings: Settings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "ad"
    code = main(["ad-from-url", shop_pages["woocommerce"], "--out", str(out), "--request", "calm, 20 s"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Read from the page: “Merino Wool Throw” by Hearth & Loom." in captured.err
    assert json.loads(captured.out)["project"] == str(out / "project.json")
    project = _document(out)
    assert (project.duration_sec, project.style.mood, project.brand.name) == (20, "calm", "Hearth & Loom")
    assert project.scenes[-1].overlay.text.startswith("Shop now · now 39,00 €, was 49,00 €")
    assert numbers_in(copy_of(project)) <= page_numbers(page_html(shop, shop_pages["woocommerce"]))
    asset = project.product_asset
    assert asset is not None and asset.checksum == PRODUCT_SHOT_SHA
    assert (out / asset.source_url).read_bytes() == pictures.product_shot()  # named relative to the document


def test_the_command_reads_a_saved_page_offline(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "saved"
    (folder / "Lamp_files").mkdir(parents=True)
    (folder / "Lamp_files" / "lamp.jpg").write_bytes(pictures.product_shot())
    html = opengraph_page("lamps.example").replace(
        'content="/img/lamp.jpg"', 'content="./Lamp_files/lamp.jpg"'
    )
    (folder / "Lamp.html").write_text(html)
    out = tmp_path / "ad"
    assert main(["ad-from-url", str(folder / "Lamp.html"), "--out", str(out)]) == 0
    project = _document(out)
    assert "Lumen Desk Lamp" in project.scenes[0].overlay.text
    assert project.product_asset.checksum == PRODUCT_SHOT_SHA
    assert not any(ch.isdigit() for ch in project.scenes[-1].overlay.text)  # the page names no price


def test_render_needs_a_folder(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ad-from-url", "https://shop.example/p", "--render"]) == 2
    assert "--render needs --out" in capsys.readouterr().err


def _frame(video: Path, at: float, dest: Path) -> np.ndarray:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-ss", f"{at:.2f}", "-i", str(video), "-frames:v", "1", str(dest)],
        check=True,
    )
    return np.asarray(Image.open(dest).convert("RGB"), dtype=np.int16)


def product_colour() -> np.ndarray:
    """The product's dominant colour: the median of the shot's pixels that are not its plain canvas."""
    from io import BytesIO

    shot = np.asarray(Image.open(BytesIO(pictures.product_shot())).convert("RGB"), dtype=np.int16)
    subject = shot[np.abs(shot - 250).max(axis=-1) > 40]
    reds = subject[(subject[:, 0] > subject[:, 2] + 40)]  # the cup and saucer: the product's own colour
    return np.median(reds, axis=0)


def product_shares(frame: np.ndarray, tolerance: int = 30) -> tuple[float, float]:
    """How much of the centre box (where an end card's product stands, between the brand and the
    button) and of the top box (where its brand name is) has the product's own colour."""
    near = np.abs(frame - product_colour()).max(axis=-1) < tolerance
    h, w = near.shape
    columns = slice(int(0.25 * w), int(0.75 * w))
    return float(near[int(0.3 * h) : int(0.6 * h), columns].mean()), float(
        near[int(0.05 * h) : int(0.25 * h), columns].mean()
    )


@pytest.mark.slow
def test_the_command_renders_the_ad_at_final_quality(
    shop_pages: dict[str, str], page_settings: Settings, tmp_path: Path, artifacts_dir: Path
) -> None:
    out = tmp_path / "ad"
    assert (
        main(["ad-from-url", shop_pages["shopify"], "--out", str(out), "--render", "--request", "15 s"]) == 0
    )
    project = _document(out)
    assert project.render_status.state in ("completed", "completed_with_warnings")
    sizes = {"9:16": (1080, 1920), "1:1": (1080, 1080), "16:9": (1920, 1080)}
    for aspect, size in sizes.items():
        info = probe(Path(project.aspect_exports[aspect]))  # ffprobe
        assert (info.width, info.height) == size and info.has_audio
        assert abs(info.duration_sec - project.duration_sec) < 0.25
    cta = project.scenes[-1]
    assert cta.overlay.text == "Shop now · $12.99 USD\nNorthside Roasters"
    start = project.duration_sec - cta.duration_sec
    frame = _frame(
        Path(project.aspect_exports["9:16"]), start + cta.duration_sec / 2, artifacts_dir / "cta_9x16.png"
    )
    # The product stands at the bottom of the CTA: its colour is there, and hardly anywhere above.
    lower, upper = product_shares(frame)
    assert lower > 0.03 and lower > 4 * upper, (lower, upper)


async def test_create_project_from_url_for_the_api(
    shop_pages: dict[str, str], page_settings: Settings
) -> None:
    async with open_session(page_settings, conversation_id="api") as session:
        made = await create_project_from_url(session.actions, shop_pages["microdata"], "calm")
        assert made.project.version == 1 and made.project.owner == "alice"
        assert made.project.scenes[-1].overlay.text.startswith("Shop now · £28.50")
        assert made.text.startswith("Read from the page: “Linen Apron” by Hearth & Loom.")
        assert made.memory.project_id == made.project.project_id and made.render_ids == []
        with pytest.raises(PageAdError, match="I found no product on this page"):
            await create_project_from_url(session.actions, shop_pages["none"])
        with pytest.raises(PageAdError, match="one http or https link"):
            await create_project_from_url(session.actions, "/etc/passwd")
        assert len(session.actions.ctx.projects.list_projects("alice")) == 1
