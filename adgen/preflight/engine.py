"""The pre-flight check of rendered exports, measured on the files and their frames.

For each export: the delivery specs (ffprobe), the loudness (EBU R128), and for each text of the
ad, on a few decoded keyframes of its time range: where it is (safe zone), whether it stands out
(WCAG contrast), how big it is, how long it stays, and whether it reads back as written (OCR).
Boxes from the layout are checked as geometry and confirmed on the pixels; without them the
texts are found on the pixels alone.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from adgen.platforms.geometry import Rect
from adgen.platforms.presets import Preset, safe_area_of
from adgen.preflight.contrast import (
    cap_height,
    glyph_mask,
    halo_opacity,
    hex_to_rgb,
    measure_contrast,
    stroke_ratio,
    text_pixels,
)
from adgen.preflight.delivery import delivery_checks
from adgen.preflight.layout import LayoutBox, OverlayText, move_inside
from adgen.preflight.legibility import (
    BOLD_STROKE_RATIO,
    SizeThresholds,
    reading_time,
    reading_words,
    size_thresholds,
)
from adgen.preflight.loudness import Loudness, loudness_checks, measure_loudness
from adgen.preflight.media import MediaError, Probe, decode_frame_at, decode_keyframes, probe
from adgen.preflight.ocr import (
    READ_BACK_MIN_SIMILARITY,
    OCRUnavailable,
    ReadBack,
    is_latin,
    match_overlay,
    read_words,
)
from adgen.preflight.report import CheckResult, ExportReport, Finding, PreflightReport

FRAMES_PER_TEXT = 3
OCR_LONG_SIDE = 1100  # px: frames are scaled to this for OCR (caps stay >= ~15 px, 2x faster)
PIXELS_ONLY_NOTE = (
    "text boxes were found on the pixels (OCR of each text's colour); the product and logo are "
    "checked once the render provides layout boxes"
)


@dataclass
class ExportTarget:
    """One file to check and what it must satisfy."""

    key: str
    path: Path
    presets: tuple[Preset, ...]
    layout: list[LayoutBox] | None = None  # None: find texts on the pixels
    fixed: dict[str, str] = field(default_factory=dict)  # check name -> what the render fixed

    @property
    def size(self) -> tuple[int, int]:
        return self.presets[0].size


@dataclass
class _Text:
    """One text of the ad as this export shows it."""

    overlay: OverlayText
    colour: str
    start: float
    end: float
    declared: LayoutBox | None
    frames: list[np.ndarray] = field(default_factory=list)
    readback: ReadBack | None = None
    latin: bool = True
    steady: tuple[float, float] = (0.0, 0.0)  # when it stands still and whole: its frames are looked at


def _subject(text: _Text) -> str:
    return f"{text.overlay.label} text"


def _frame_indices(keyframes: np.ndarray, start: float, end: float, fps: float) -> list[int]:
    """Up to FRAMES_PER_TEXT keyframes inside [start, end): first, middle and last."""
    eps = 0.5 / max(fps, 1.0)
    inside = [i for i, t in enumerate(keyframes) if start - 1e-3 <= t < end - eps]
    if len(inside) <= FRAMES_PER_TEXT:
        return inside
    return sorted({inside[0], inside[len(inside) // 2], inside[-1]})


def _texts_for(target: ExportTarget, texts: Sequence[OverlayText], notes: list[str]) -> list[_Text]:
    out = []
    boxes = [b for b in (target.layout or []) if b.kind == "text"]
    for overlay in texts:
        declared = next((b for b in boxes if b.label == overlay.label), None)
        if target.layout is not None and declared is None:
            notes.append(
                f"{overlay.label}: the layout gave no box for its text; it was looked for on the pixels"
            )
        colour = (declared.color if declared and declared.color else overlay.color) or "#FFFFFF"
        start = declared.start if declared else overlay.start
        end = declared.end if declared else overlay.end
        text = _Text(overlay, colour, start, end, declared, latin=is_latin(overlay.text))
        text.steady = declared.steady if declared else (start, end)
        out.append(text)
    return out


def _load_frames(path: Path, info: Probe, texts: list[_Text]) -> None:
    """Decode each text's frames: its keyframes, or one frame in its middle if it has none."""
    keyframes = info.packets.keyframe_times if info.packets is not None else np.zeros(0)
    fps = info.avg_frame_rate or 30.0
    wanted = {id(t): _frame_indices(keyframes, *t.steady, fps) for t in texts}
    indices = sorted({i for v in wanted.values() for i in v})
    decoded = decode_keyframes(path, indices, info.width, info.height)
    by_index = dict(zip(indices, decoded, strict=False))
    for text in texts:
        text.frames = [by_index[i] for i in wanted[id(text)] if i in by_index]
        if not text.frames and text.end > text.start:
            text.frames = [decode_frame_at(path, sum(text.steady) / 2, info.width, info.height)]


def _colour_map(frame: np.ndarray, colour: str, scale: float = 1.0) -> np.ndarray:
    """The frame, scaled, as black where it has the text's colour (the glyph mask's own test)
    and white elsewhere. Tesseract then reads the text whatever the background, as long as the
    background does not share the text's colour; gradients and bands around the text, which
    made it drop words of a grey distance map, are gone."""
    if scale != 1.0:
        size = (max(1, round(frame.shape[1] * scale)), max(1, round(frame.shape[0] * scale)))
        frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    return np.where(glyph_mask(frame, hex_to_rgb(colour)), 0, 255).astype(np.uint8)


def _only_around(tile: np.ndarray, box: Rect) -> None:
    """Blank the colour map outside a text's declared box (with a margin), and any "ink" that
    reaches the margin's edge: a background that shares the text's colour elsewhere (white text
    on a scrim over a white set) then no longer buries the words in a field or frame of ink that
    Tesseract takes for a picture."""
    margin = max(8.0, 0.03 * max(tile.shape))
    x0, y0 = max(0, int(box.x - margin)), max(0, int(box.y - margin))
    x1, y1 = min(tile.shape[1], int(box.right + margin) + 1), min(tile.shape[0], int(box.bottom + margin) + 1)
    keep = tile[y0:y1, x0:x1].copy()
    count, labels = cv2.connectedComponents((keep == 0).astype(np.uint8), connectivity=8)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    keep[np.isin(labels, edge[edge > 0])] = 255
    tile[:] = 255
    tile[y0:y1, x0:x1] = keep


def _read_back(texts: list[_Text], info: Probe, size: tuple[int, int], notes: list[str]) -> None:
    latin = [t for t in texts if t.latin and t.frames]
    for text in texts:
        if not text.latin:
            notes.append(
                f"{text.overlay.label}: not Latin script, so not read back (Tesseract reads Latin here)"
            )
    if not latin:
        return
    scale = min(1.0, OCR_LONG_SIDE / max(info.width, info.height))
    tiles = [_colour_map(t.frames[len(t.frames) // 2], t.colour, scale) for t in latin]
    try:
        words = read_words(tiles, scale)
    except OCRUnavailable as exc:
        notes.append(f"read-back skipped: {exc}")
        return
    regions = [
        t.declared.rect.scaled(info.width / size[0], info.height / size[1]) if t.declared else None
        for t in latin
    ]
    for i, text in enumerate(latin):
        text.readback = match_overlay(text.overlay.text, [w for w in words if w.frame == i], regions[i])
    # A text the frame does not read back, where the layout says it is: read again around its box
    # only, in case the set shares the text's colour elsewhere (white words on a scrim over a white
    # backdrop), which buries the words in "ink". Reading the whole frame first keeps what a wrong
    # box would hide: words found outside their box.
    retry = [
        i
        for i, t in enumerate(latin)
        if regions[i] is not None and (t.readback is None or t.readback.similarity < READ_BACK_MIN_SIMILARITY)
    ]
    if not retry:
        return
    masked = [tiles[i].copy() for i in retry]
    for tile, i in zip(masked, retry, strict=True):
        _only_around(tile, regions[i].scaled(scale, scale))
    again = read_words(masked, scale)
    for j, i in enumerate(retry):
        better = match_overlay(latin[i].overlay.text, [w for w in again if w.frame == j], regions[i])
        if latin[i].readback is None or better.similarity > latin[i].readback.similarity:
            latin[i].readback = better


def _where(box: Rect) -> str:
    return f"x {box.x:.0f}-{box.right:.0f}, y {box.y:.0f}-{box.bottom:.0f}"


def _safe_zone_finding(subject: str, box: Rect, presets: Sequence[Preset], w: int, h: int) -> Finding:
    area = safe_area_of(presets, w, h)
    threshold = f"inside {_where(area)}"
    if area.contains(box, tolerance=2.0):
        return Finding(subject=subject, status="pass", measured=_where(box), threshold=threshold)
    covered = [p.name for p in presets if not p.safe_area(w, h).contains(box, tolerance=2.0)]
    over = area.overhang(box)
    sides = ", ".join(f"{px:.0f} px past the {side}" for side, px in over.items())
    target = move_inside(box, area)
    dy, dx = target.y - box.y, target.x - box.x
    moves = []
    if abs(dy) >= 1:
        moves.append(f"{'down' if dy > 0 else 'up'} {abs(dy):.0f} px")
    if abs(dx) >= 1:
        moves.append(f"{'right' if dx > 0 else 'left'} {abs(dx):.0f} px")
    shrink = " and shrink it" if target.w < box.w - 0.5 else ""
    advice = f"move it {' and '.join(moves) or 'inside'}{shrink}, out from under the {', '.join(covered)} interface"
    return Finding(
        subject=subject,
        status="fail",
        measured=f"{sides} ({_where(box)})",
        threshold=threshold,
        advice=advice,
        value=max(over.values(), default=0.0),
        severity=max(over.values(), default=0.0),
    )


def _safe_zone(target: ExportTarget, texts: list[_Text], w: int, h: int, notes: list[str]) -> CheckResult:
    findings = []
    sx, sy = w / target.size[0], h / target.size[1]
    for box in target.layout or []:
        rect = box.rect.scaled(sx, sy)
        findings.append(_safe_zone_finding(f"{box.label} {box.kind} (layout)", rect, target.presets, w, h))
    for text in texts:
        found = text.readback.box if text.readback else None
        if found is None:
            if text.latin and text.readback is not None:
                findings.append(
                    Finding(
                        subject=_subject(text),
                        status="fail" if text.declared is None else "warn",
                        measured="not found on the frames",
                        threshold="visible in its time range",
                        advice="the text cannot be told from its background or is covered: see contrast",
                    )
                )
            continue
        findings.append(_safe_zone_finding(f"{_subject(text)} (pixels)", found, target.presets, w, h))
        if text.declared is not None:
            allowed = text.declared.rect.scaled(sx, sy).expanded(max(8.0, 0.01 * h))
            if not allowed.contains(found):
                findings.append(
                    Finding(
                        subject=f"{_subject(text)} (pixels)",
                        status="fail",
                        measured=f"ink at {_where(found)}, outside its layout box",
                        threshold=f"inside {_where(text.declared.rect.scaled(sx, sy))}",
                        advice="the layout box does not match what was drawn: fix the layout's box",
                    )
                )
    if target.layout is None and texts:
        notes.append(PIXELS_ONLY_NOTE)
    return CheckResult.of("safe_zone", "safe zone", findings, target.fixed.get("safe_zone"))


def _measure_box(text: _Text, sx: float, sy: float) -> Rect | None:
    if text.declared is not None:
        return text.declared.rect.scaled(sx, sy)
    return text.readback.box if text.readback else None


def _legibility(
    target: ExportTarget, texts: list[_Text], limits: SizeThresholds, w: int, h: int
) -> list[CheckResult]:
    sx, sy = w / target.size[0], h / target.size[1]
    contrast, sizes, times, reads = [], [], [], []
    for text in texts:
        subject = _subject(text)
        needed = reading_time(text.overlay.text)
        shown = text.end - text.start
        words = reading_words(text.overlay.text)
        times.append(
            Finding(
                subject=subject,
                status="pass" if shown >= needed - 1e-6 else "fail",
                measured=f"{shown:.1f} s for {words} word{'s' if words != 1 else ''}",
                threshold=f">= {needed:.1f} s (words / 3 + 0.5)",
                advice=""
                if shown >= needed
                else f"show it {needed - shown:.1f} s longer or cut it to fewer words",
                value=shown,
                severity=needed - shown,
            )
        )
        if text.readback is not None:
            ok = text.readback.similarity >= READ_BACK_MIN_SIMILARITY
            reads.append(
                Finding(
                    subject=subject,
                    status="pass" if ok else "fail",
                    measured=f"{text.readback.similarity:.0%} of {' '.join(text.overlay.text.split())!r}: "
                    f"read {text.readback.read!r}",
                    threshold=f">= {READ_BACK_MIN_SIMILARITY:.0%} similar",
                    advice=""
                    if ok
                    else "the text does not read back: raise its contrast or size, or move it clear",
                    value=text.readback.similarity,
                    severity=1 - text.readback.similarity,
                )
            )
        box = _measure_box(text, sx, sy)
        if box is None and text.readback is not None and text.readback.box is None:
            contrast.append(
                Finding(
                    subject=subject,
                    status="fail",
                    measured="its colour does not stand out: the text was not found by its colour",
                    threshold=">= 4.5:1 (text)",
                    advice="change the text colour or put a band behind it, so it stands apart from the background",
                    value=1.0,
                )
            )
            continue
        if box is None or not text.frames:
            continue
        rgb = hex_to_rgb(text.colour)
        middle = text_pixels(text.frames[len(text.frames) // 2], box, rgb, 2)
        declared_cap = (
            text.declared.cap_height_px * sy if text.declared and text.declared.cap_height_px else None
        )
        cap = declared_cap or (cap_height(middle.glyphs) if middle.glyph_share <= 0.6 else None)
        bold = (
            text.declared.bold
            if text.declared and text.declared.bold is not None
            else bool(cap and stroke_ratio(middle.glyphs, cap) >= BOLD_STROKE_RATIO)
        )
        ring = max(2, round(0.1 * cap)) if cap else max(2, round(0.01 * h))
        measured, ring_pixels = measure_contrast(text.frames, box, text.colour, ring)
        wanted = limits.contrast_target(cap or 0.0, bold)
        kind = "large text" if wanted < 4.5 else "text"
        if measured.worst >= wanted:
            contrast.append(
                Finding(
                    subject=subject,
                    status="pass",
                    measured=f"{measured.worst:.2f}:1 (5th pct)",
                    threshold=f">= {wanted:g}:1 ({kind})",
                    value=measured.worst,
                )
            )
        else:
            fix = halo_opacity(text.colour, ring_pixels, wanted)
            advice = (
                "the background has the text's colour: change the text colour or put a band behind it"
                if measured.text_fills_box
                else (
                    f"put a {'dark' if fix.colour == '#000000' else 'light'} scrim at {fix.opacity:.0%} "
                    f"behind it (reaches {fix.achieved:.1f}:1), or change its colour"
                    if fix
                    else "change the text colour: no scrim reaches the target"
                )
            )
            contrast.append(
                Finding(
                    subject=subject,
                    status="fail",
                    measured=f"{measured.worst:.2f}:1 (5th pct)"
                    + (", text colour fills the box" if measured.text_fills_box else ""),
                    threshold=f">= {wanted:g}:1 ({kind})",
                    advice=advice,
                    value=measured.worst,
                    severity=wanted - measured.worst,
                )
            )
        if cap is None:
            continue
        status = "pass"
        if cap < limits.min_cap_px:
            status = "fail"
        elif cap < limits.comfortable_cap_px:
            status = "warn"
        sizes.append(
            Finding(
                subject=subject,
                status=status,
                measured=f"cap height {cap:.0f} px ({cap / h:.1%} of the frame)",
                threshold=f">= {limits.min_cap_px:.0f} px, {limits.comfortable_cap_px:.0f} px advised",
                advice=""
                if status == "pass"
                else f"set it larger: a cap height of {limits.comfortable_cap_px:.0f} px reads at a glance",
                value=cap,
                severity=limits.comfortable_cap_px - cap,
            )
        )
    return [
        CheckResult.of("contrast", "legibility", contrast, target.fixed.get("contrast")),
        CheckResult.of("text_size", "legibility", sizes, target.fixed.get("text_size")),
        CheckResult.of("time_on_screen", "legibility", times, target.fixed.get("time_on_screen")),
        CheckResult.of("read_back", "read-back", reads),
    ]


def check_export(
    target: ExportTarget, texts: Sequence[OverlayText], loudness_cache: dict[str, Loudness] | None = None
) -> ExportReport:
    """Every check of one export. ``loudness_cache`` (audio signature -> measurement) lets the
    exports of one render, which share one soundtrack, be metered once."""
    report = ExportReport(key=target.key, file=str(target.path), presets=[p.id for p in target.presets])
    clock = time.monotonic()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.monotonic()
        report.seconds[stage] = round(report.seconds.get(stage, 0.0) + now - clock, 3)
        clock = now

    try:
        info = probe(target.path)
    except MediaError as exc:
        report.checks.append(
            CheckResult.of(
                "file",
                "delivery",
                [
                    Finding(
                        status="fail", measured=str(exc), threshold="a readable MP4", advice="render it again"
                    )
                ],
            )
        )
        return report
    report.width, report.height = info.width, info.height
    report.checks.extend(delivery_checks(info, target.presets, target.size))
    lap("delivery")
    # The loudness meter is another process: it runs while the frames are decoded and read.
    with ThreadPoolExecutor(max_workers=1) as pool:
        cache = loudness_cache if loudness_cache is not None else {}
        known = cache.get(info.audio_signature) if info.audio_signature else None
        if known is not None:
            report.notes.append("loudness: the same soundtrack as an export checked before, measured once")
        loudness = (
            pool.submit(_timed, measure_loudness, target.path)
            if info.audio is not None and known is None
            else None
        )
        if info.video is not None and info.width:
            w, h = info.width, info.height
            items = _texts_for(target, texts, report.notes)
            _load_frames(target.path, info, items)
            lap("frames")
            _read_back(items, info, target.size, report.notes)
            lap("ocr")
            report.checks.insert(0, _safe_zone(target, items, w, h, report.notes))
            lap("safe_zone")
            report.checks[1:1] = _legibility(target, items, size_thresholds(target.presets, h), w, h)
            lap("legibility")
        measured, seconds = loudness.result() if loudness else (known, 0.0)
        if measured is not None and info.audio_signature:
            cache[info.audio_signature] = measured
    report.checks.extend(loudness_checks(measured, target.fixed.get("loudness")))
    report.seconds["loudness"] = round(seconds, 3)
    lap("wait")
    report.seconds["total"] = round(
        sum(v for k, v in report.seconds.items() if k not in ("total", "loudness")), 3
    )
    return report


def _timed(function, *args):
    started = time.monotonic()
    return function(*args), time.monotonic() - started


def check_exports(
    targets: Sequence[ExportTarget], texts: Sequence[OverlayText], notes: Sequence[str] = ()
) -> PreflightReport:
    """The pre-flight report of a render: every export checked."""
    report = PreflightReport(notes=list(notes))
    cache: dict[str, Loudness] = {}
    report.exports = [check_export(t, texts, cache) for t in targets]
    return report


def targets_for(
    files: Mapping[str, Path],
    presets_by_key: Mapping[str, Sequence[Preset]],
    layout: Mapping[str, list[LayoutBox]] | None,
) -> list[ExportTarget]:
    """Export targets from files and the presets each serves (keys as in aspectExports)."""
    return [
        ExportTarget(key, Path(path), tuple(presets_by_key[key]), (layout or {}).get(key))
        for key, path in files.items()
        if key in presets_by_key
    ]


__all__ = ["ExportTarget", "check_export", "check_exports", "targets_for"]
