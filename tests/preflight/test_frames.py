"""The checks made on the frames: safe zone, contrast, text size, time on screen and read-back,
each on a clip that is right and on one that is wrong, with and without layout boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight_media import CJK_FONT, GOOD_TEXT, Text, make_clip

from adgen.preflight import ExportTarget, LayoutBox, OverlayText, check_export

TIKTOK = (1080, 1920)


def _overlay(text: str, start: float = 0.0, end: float = 2.0, label: str = "scene_1", color: str = "#FFFFFF"):
    return OverlayText(label=label, text=text, color=color, start=start, end=end)


def _box(text: Text, label: str = "scene_1", **extra) -> LayoutBox:
    x, y, w, h = text.box()
    return LayoutBox(
        kind="text", label=label, x=x, y=y, w=w, h=h, start=text.start, end=min(text.end, 99), **extra
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("frames")


def test_the_good_clip_passes_every_check(good_clip: Path, table) -> None:
    target = ExportTarget("9:16", good_clip, (table["tiktok"], table["reels"]))
    report = check_export(target, [_overlay(GOOD_TEXT, 0, 5)])
    assert {c.check: c.status for c in report.checks} == {c.check: "pass" for c in report.checks}
    assert len(report.checks) == 17
    read = report.check("read_back").findings[0]
    assert read.value >= 0.95 and "Cold brew" in read.measured
    assert report.check("contrast").findings[0].value > 7  # white on dark blue
    cap = report.check("text_size").findings[0].value
    assert 40 <= cap <= 52  # DejaVu Sans Bold at 64 px: caps 0.73 em = 47 px
    x, y, w, h = Text(GOOD_TEXT, (150, 700), 64).box()
    found = report.check("safe_zone").findings[0].measured
    assert found.startswith(f"x {x}") or abs(int(found.split()[1].split("-")[0]) - x) <= 4
    assert any("found on the pixels" in n for n in report.notes)


def test_text_in_the_bottom_300_px_of_a_tiktok_frame_fails_the_safe_zone(folder: Path, table) -> None:
    low = Text("Shop the new flavour", (150, 1700), 56)
    clip = make_clip(folder / "low.mp4", duration=2, texts=[low])
    report = check_export(ExportTarget("9:16", clip, (table["tiktok"],)), [_overlay(low.text)])
    zone = report.check("safe_zone")
    assert zone.status == "fail" and zone.subject == "scene_1 text (pixels)"
    assert "past the bottom" in zone.measured and "TikTok" in zone.advice and "up" in zone.advice
    assert report.failed() == ["safe_zone", "length"]  # and 2 s is under TikTok's 5 s minimum

    # The layout claims the text sits in the middle: the pixels say otherwise.
    lying = LayoutBox(kind="text", label="scene_1", x=150, y=800, w=700, h=80, start=0, end=2)
    report = check_export(
        ExportTarget("9:16", clip, (table["tiktok"],), layout=[lying]), [_overlay(low.text)]
    )
    measured = [f.measured for f in report.check("safe_zone").findings if f.status == "fail"]
    assert any("outside its layout box" in m for m in measured)
    assert any("past the bottom" in m for m in measured)


def test_a_layout_box_outside_the_safe_area_fails_on_its_geometry(good_clip: Path, table) -> None:
    text = Text(GOOD_TEXT, (150, 700), 64)
    product = LayoutBox(kind="product", label="product", x=700, y=1300, w=360, h=500, start=0, end=5)
    target = ExportTarget("9:16", good_clip, (table["tiktok"], table["reels"]), layout=[_box(text), product])
    zone = check_export(target, [_overlay(GOOD_TEXT, 0, 5)]).check("safe_zone")
    assert zone.status == "fail" and zone.subject == "product product (layout)"
    assert "px past the bottom" in zone.measured and "px past the right" in zone.measured
    assert [f.status for f in zone.findings if "text" in f.subject] == ["pass", "pass"]


def test_white_text_on_a_white_background_fails_contrast(folder: Path, table) -> None:
    white = Text("Ready for summer", (150, 800), 72)
    clip = make_clip(folder / "white.mp4", duration=2, texts=[white], background="0xFAFAFA", noise=2)
    overlay = [_overlay(white.text)]
    pixels_only = check_export(ExportTarget("1:1", clip, (table["tiktok"],)), overlay)
    contrast = pixels_only.check("contrast")
    assert contrast.status == "fail" and "does not stand out" in contrast.measured
    with_layout = check_export(ExportTarget("1:1", clip, (table["tiktok"],), layout=[_box(white)]), overlay)
    contrast = with_layout.check("contrast")
    assert contrast.status == "fail" and contrast.measured.startswith("1.00:1")
    assert "background has the text's colour" in contrast.advice


def test_low_contrast_text_gets_a_scrim_that_would_fix_it(folder: Path, table) -> None:
    grey = Text("Fresh every morning", (150, 800), 72, fill="#9A9A9A")
    clip = make_clip(folder / "grey.mp4", duration=2, texts=[grey], background="0xD8D8D8", noise=2)
    target = ExportTarget("9:16", clip, (table["tiktok"],), layout=[_box(grey, color="#9A9A9A")])
    contrast = check_export(target, [_overlay(grey.text, color="#9A9A9A")]).check("contrast")
    assert contrast.status == "fail" and 1.2 < contrast.findings[0].value < 2.2
    assert "scrim at" in contrast.advice and "reaches 3.0:1" in contrast.advice


def test_small_short_and_misspelt_texts_fail_their_checks(folder: Path, table) -> None:
    small = Text("Small print here", (150, 600), 22, start=0, end=1.5)
    wrong = Text("Hot tea, done wrong", (150, 900), 64, start=1.5, end=3)
    clip = make_clip(folder / "mixed.mp4", duration=3, texts=[small, wrong])
    texts = [
        _overlay(small.text, 0, 1.5, "scene_1"),
        _overlay("Cold brew, done right, every single morning", 1.5, 3, "scene_2"),
    ]
    layout = [_box(small, "scene_1"), _box(wrong, "scene_2")]
    report = check_export(ExportTarget("9:16", clip, (table["tiktok"],), layout=layout), texts)
    size = {f.subject: f for f in report.check("text_size").findings}
    assert size["scene_1 text"].status == "fail" and size["scene_1 text"].value < 19.7
    assert size["scene_2 text"].status == "pass"
    timing = {f.subject: f.status for f in report.check("time_on_screen").findings}
    assert timing == {"scene_1 text": "pass", "scene_2 text": "fail"}  # 7 words need 2.8 s, shown 1.5
    read = {f.subject: f for f in report.check("read_back").findings}
    assert read["scene_2 text"].status == "fail" and "Hot tea" in read["scene_2 text"].measured


def test_ocr_reads_latin_back_and_skips_cjk_with_a_note(folder: Path, table) -> None:
    headline = Text("Northwind Coffee", (150, 500), 72, start=0, end=1)
    cjk = Text("冷萃咖啡", (300, 900), 96, font=CJK_FONT, start=1, end=2)
    clip = make_clip(folder / "scripts.mp4", duration=2, texts=[headline, cjk])
    texts = [_overlay(headline.text, 0, 1, "scene_1"), _overlay(cjk.text, 1, 2, "scene_2")]
    report = check_export(ExportTarget("9:16", clip, (table["tiktok"],)), texts)
    read = report.check("read_back")
    assert [f.subject for f in read.findings] == ["scene_1 text"]
    assert read.status == "pass" and read.findings[0].value == 1.0
    assert any(n.startswith("scene_2: not Latin script, so not read back") for n in report.notes)
