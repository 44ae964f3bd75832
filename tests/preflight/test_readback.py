"""Reading texts back where the bench found the check wrong (issue 16), on rendered clips:

- a speck of a pale set just under white words on a scrim made Tesseract stretch a word's box
  down into it, so the words seemed to reach outside their layout box (pastel skincare 16:9);
- a hyphenated word ("Protein-packed.") read back perfectly but matched no word of the overlay,
  so the text was "not found on the frames" (social proof, every export);
- and every text of a render is read back in one Tesseract call, around its box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from preflight_media import Text, make_clip

from adgen.preflight import ExportTarget, LayoutBox, OverlayText, check_export, check_exports

LANDSCAPE = (1920, 1080)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readback")


def _box(text: Text, label: str = "scene_1", end: float = 2.0) -> LayoutBox:
    x, y, w, h = text.box()
    return LayoutBox(
        kind="text",
        label=label,
        x=x,
        y=y,
        w=w,
        h=h,
        start=0,
        end=end,
        color=text.fill,
        cap_height_px=41,
        bold=True,
    )


def _overlay(text: Text, label: str = "scene_1") -> OverlayText:
    return OverlayText(label=label, text=text.text, color=text.fill, start=0, end=2)


def test_a_speck_of_the_set_under_the_words_stays_out_of_their_box(folder: Path, table) -> None:
    # White words on a dark scrim over a pale pink set (within the glyph colour distance of white,
    # so the set is "ink" in the colour map), and a speck of that set just under "rating".
    text = Text("Gentle. Hydrating. Soft.", (584, 920), 56)
    x, y, w, h = text.box()
    scrim = Image.new("RGBA", LANDSCAPE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(scrim)
    draw.rounded_rectangle([x - 22, y - 22, x + w + 22, y + h + 22], radius=17, fill=(125, 110, 114, 255))
    draw.rectangle([x + 430, y + h + 8, x + 444, y + h + 12], fill=(234, 217, 221, 255))
    scrim.save(folder / "scrim.png")
    clip = make_clip(
        folder / "speck.mp4",
        size=LANDSCAPE,
        duration=2,
        texts=[text],
        layers=[folder / "scrim.png"],
        background="0xEAD9DD",
        noise=2,
    )
    report = check_export(
        ExportTarget("16:9", clip, (table["youtube"],), layout=[_box(text)]), [_overlay(text)]
    )
    zone = report.check("safe_zone")
    assert zone.status == "pass", (
        zone.findings
    )  # before: "ink at x 588-1334, y 930-997, outside its layout box"
    found = next(f for f in zone.findings if f.subject == "scene_1 text (pixels)")
    top, bottom = (int(v) for v in found.measured.split("y ")[1].split("-"))
    assert abs(top - y) <= 3 and abs(bottom - (y + h)) <= 3  # the words' own rows, not the speck's
    assert report.check("read_back").findings[0].value == 1.0


def test_a_hyphenated_word_is_found_where_it_is_drawn(folder: Path, table) -> None:
    text = Text("Protein-packed.", (715, 940), 56)
    clip = make_clip(folder / "hyphen.mp4", size=LANDSCAPE, duration=2, texts=[text], background="0x222222")
    report = check_export(
        ExportTarget("16:9", clip, (table["youtube"],), layout=[_box(text)]), [_overlay(text)]
    )
    zone = report.check("safe_zone")
    assert zone.status == "pass"  # before: warn, "not found on the frames"
    found = next(f for f in zone.findings if f.subject == "scene_1 text (pixels)")
    x, y, w, h = text.box()
    left, right = (int(v) for v in found.measured.split(",")[0].split()[1].split("-"))
    assert abs(left - x) <= 8 and abs(right - (x + w)) <= 8
    read = report.check("read_back").findings[0]
    assert read.status == "pass" and read.value == 1.0 and "Protein-packed." in read.measured


def test_the_texts_of_every_export_are_read_in_one_tesseract_call(
    folder: Path, table, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    calls: list[str] = []
    real = pytesseract.image_to_data

    def counted(*args, **kwargs):
        calls.append(str(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(pytesseract, "image_to_data", counted)
    first = Text("Cold brew, done right", (300, 300), 64)
    second = Text("Order today", (300, 700), 64, start=0, end=2)
    clips = [
        make_clip(folder / f"export{i}.mp4", size=LANDSCAPE, duration=2, texts=[first, second])
        for i in range(2)
    ]
    targets = [
        ExportTarget(f"e{i}", clip, (table["youtube"],), layout=[_box(first), _box(second, "scene_2")])
        for i, clip in enumerate(clips)
    ]
    report = check_exports(targets, [_overlay(first), _overlay(second, "scene_2")])
    assert len(calls) == 1  # four texts of two exports, each read around its box, in one call
    for export in report.exports:
        assert [f.value for f in export.check("read_back").findings] == [1.0, 1.0]
        assert export.check("safe_zone").status == "pass"
    assert report.seconds["wall"] > 0 and report.seconds["cpu"] > 0
