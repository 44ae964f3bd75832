"""The pre-flight check of rendered exports, measured on the files and their frames.

For each export: the delivery specs (ffprobe), the loudness (EBU R128), and for each text of the
ad, on a few decoded keyframes of its time range: where it is (safe zone), whether it stands out
(WCAG contrast), how big it is, how long it stays, and whether it reads back as written (OCR).
Boxes from the layout are checked as geometry and confirmed on the pixels; without them the
texts are found on the pixels alone.
"""

from __future__ import annotations

import resource
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from adgen.platforms.geometry import Rect
from adgen.platforms.presets import Preset, safe_area_of
from adgen.preflight.contrast import (
    cap_height,
    halo_opacity,
    hex_to_rgb,
    measure_contrast,
    stroke_ratio,
    text_pixels,
)
from adgen.preflight.delivery import delivery_checks
from adgen.preflight.kept import TextChecks, TextFindings, from_wire, keyframe_digests, text_key, to_wire
from adgen.preflight.layout import BUTTON_SUFFIX, LayoutBox, OverlayText, move_inside
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
    tesseract_version,
)
from adgen.preflight.readback import Reading, read_back
from adgen.preflight.report import CheckResult, ExportReport, Finding, PreflightReport

FRAMES_PER_TEXT = 3
START_WORKERS = 3  # exports probed and decoded at once
_METERING = threading.Lock()  # one loudness meter per soundtrack, whichever export asks first
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
    reading: Reading | None = None  # what the read-back made of it
    latin: bool = True
    steady: tuple[float, float] = (0.0, 0.0)  # when it stands still and whole: its frames are looked at
    indices: list[int] = field(default_factory=list)  # the keyframes it is measured on
    key: str | None = None  # what its findings are kept under (None: not kept)
    kept: TextFindings | None = None  # its findings from a check of the same frames


def _readback(text: _Text) -> ReadBack | None:
    return text.reading.result if text.reading is not None else None


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


def _pick_frames(info: Probe, texts: list[_Text]) -> None:
    """Which keyframes each text is measured on (``indices``)."""
    keyframes = info.packets.keyframe_times if info.packets is not None else np.zeros(0)
    fps = info.avg_frame_rate or 30.0
    for text in texts:
        text.indices = _frame_indices(keyframes, *text.steady, fps)


def _keep_key(target: ExportTarget, info: Probe, text: _Text, digests: list[str]) -> str | None:
    """What the text's findings depend on, as a key (:mod:`adgen.preflight.kept`): its
    keyframes' bytes, the stream's parameter sets, the text, its layout box, the presets and
    sizes, the OCR engine. None when a frame is not a keyframe of the file (not kept)."""
    if not text.indices or any(i >= len(digests) for i in text.indices):
        return None
    try:
        ocr = tesseract_version() if text.latin else ""
    except OCRUnavailable:
        return None
    video = info.video or {}
    return text_key(
        [digests[i] for i in text.indices],
        stream=[video.get(k) for k in ("codec_name", "pix_fmt", "extradata_hash", "width", "height")],
        overlay=text.overlay.model_dump(mode="json"),
        colour=text.colour,
        span=[text.start, text.end, *text.steady],
        declared=text.declared.model_dump(mode="json") if text.declared else None,
        presets=[p.model_dump(mode="json") for p in target.presets],
        size=list(target.size),
        ocr=ocr,
    )


def _find_kept(target: ExportTarget, info: Probe, texts: list[_Text], kept: TextChecks) -> None:
    """Each text's findings kept from a check of the same frames (``kept``), and the key of the
    others', to keep what this check finds."""
    digests = keyframe_digests(target.path, info)
    for text in texts:
        text.key = _keep_key(target, info, text, digests)
        found = kept.get(text.key) if text.key else None
        text.kept = from_wire(found) if found is not None else None


def _load_frames(path: Path, info: Probe, texts: list[_Text]) -> None:
    """Decode each text's frames (:func:`_pick_frames`), or one frame in its middle if it has
    none; not those of a text whose findings are kept."""
    texts = [t for t in texts if t.kept is None]
    indices = sorted({i for t in texts for i in t.indices})
    pix_fmt = str((info.video or {}).get("pix_fmt") or "")
    times = info.packets.keyframe_times if info.packets is not None else None
    decoded = decode_keyframes(path, indices, info.width, info.height, pix_fmt, times)
    by_index = dict(zip(indices, decoded, strict=False))
    for text in texts:
        text.frames = [by_index[i] for i in text.indices if i in by_index]
        if not text.frames and text.end > text.start:
            text.frames = [decode_frame_at(path, sum(text.steady) / 2, info.width, info.height)]


def _readings(texts: list[_Text], info: Probe, size: tuple[int, int], notes: list[str]) -> list[Reading]:
    """What to read back of one export's texts (the Latin ones with frames), each on its
    middle frame; the others are noted."""
    for text in texts:
        if not text.latin:
            notes.append(
                f"{text.overlay.label}: not Latin script, so not read back (Tesseract reads Latin here)"
            )
    scale = min(1.0, OCR_LONG_SIDE / max(info.width, info.height))
    sx, sy = info.width / size[0], info.height / size[1]
    out = []
    for text in texts:
        if not (text.latin and text.frames) or text.kept is not None:
            continue
        declared = text.declared
        out.append(
            Reading(
                text.overlay.text,
                text.colour,
                text.frames[len(text.frames) // 2],
                declared.rect.scaled(sx, sy) if declared else None,
                declared.cap_height_px * sy if declared and declared.cap_height_px else None,
                scale,
            )
        )
        text.reading = out[-1]
    return out


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


def _safe_zone(
    target: ExportTarget, texts: list[_Text], found: list[TextFindings], w: int, h: int, notes: list[str]
) -> CheckResult:
    findings = []
    sx, sy = w / target.size[0], h / target.size[1]
    for box in target.layout or []:
        rect = box.rect.scaled(sx, sy)
        findings.append(_safe_zone_finding(f"{box.label} {box.kind} (layout)", rect, target.presets, w, h))
    for mine in found:
        findings.extend(mine.get("safe_zone", []))
    if target.layout is None and texts:
        notes.append(PIXELS_ONLY_NOTE)
    return CheckResult.of("safe_zone", "safe zone", findings, target.fixed.get("safe_zone"))


def _text_safe_zone(target: ExportTarget, text: _Text, w: int, h: int) -> list[Finding]:
    """The safe-zone findings of one text, on where its words were read."""
    sx, sy = w / target.size[0], h / target.size[1]
    found = _readback(text).box if _readback(text) else None
    if found is None:
        if text.latin and _readback(text) is not None:
            return [
                Finding(
                    subject=_subject(text),
                    status="fail" if text.declared is None else "warn",
                    measured="not found on the frames",
                    threshold="visible in its time range",
                    advice="the text cannot be told from its background or is covered: see contrast",
                )
            ]
        return []
    findings = [_safe_zone_finding(f"{_subject(text)} (pixels)", found, target.presets, w, h)]
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
    return findings


def _measure_box(text: _Text, sx: float, sy: float) -> Rect | None:
    if text.declared is not None:
        return text.declared.rect.scaled(sx, sy)
    return _readback(text).box if _readback(text) else None


def _legibility(target: ExportTarget, found: list[TextFindings]) -> list[CheckResult]:
    """The legibility checks of an export from its texts' findings."""
    pooled: TextFindings = {name: [] for name in _LEGIBILITY}
    for mine in found:
        for name in _LEGIBILITY:
            pooled[name].extend(mine.get(name, []))
    return [
        CheckResult.of(name, group, pooled[name], target.fixed.get(name) if fixable else None)
        for name, (group, fixable) in _LEGIBILITY.items()
    ]


def _text_findings(
    target: ExportTarget, text: _Text, limits: SizeThresholds, w: int, h: int, kept: TextChecks | None
) -> TextFindings:
    """Every finding of one text: the kept ones when its frames were checked before, else
    measured (and kept, when it has a key and its read-back ran)."""
    if text.kept is not None:
        return text.kept
    found = {"safe_zone": _text_safe_zone(target, text, w, h), **_text_legibility(target, text, limits, w, h)}
    read = not (text.latin and text.frames) or text.reading is not None and text.reading.result is not None
    if kept is not None and text.key is not None and read:
        kept[text.key] = to_wire(found)
    return found


# The legibility checks, in the report's order: their group, and whether the render fixes them.
_LEGIBILITY = {
    "contrast": ("legibility", True),
    "text_size": ("legibility", True),
    "time_on_screen": ("legibility", True),
    "read_back": ("read-back", False),
}


def _text_legibility(
    target: ExportTarget, text: _Text, limits: SizeThresholds, w: int, h: int
) -> TextFindings:
    """One text's legibility findings: time on screen, read-back, contrast and size."""
    sx, sy = w / target.size[0], h / target.size[1]
    contrast: list[Finding] = []
    sizes: list[Finding] = []
    times: list[Finding] = []
    reads: list[Finding] = []
    found: TextFindings = {
        "contrast": contrast,
        "text_size": sizes,
        "time_on_screen": times,
        "read_back": reads,
    }
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
    if _readback(text) is not None:
        ok = _readback(text).similarity >= READ_BACK_MIN_SIMILARITY
        reads.append(
            Finding(
                subject=subject,
                status="pass" if ok else "fail",
                measured=f"{_readback(text).similarity:.0%} of {' '.join(text.overlay.text.split())!r}: "
                f"read {_readback(text).read!r}",
                threshold=f">= {READ_BACK_MIN_SIMILARITY:.0%} similar",
                advice=""
                if ok
                else "the text does not read back: raise its contrast or size, or move it clear",
                value=_readback(text).similarity,
                severity=1 - _readback(text).similarity,
            )
        )
    box = _measure_box(text, sx, sy)
    if box is None and _readback(text) is not None and _readback(text).box is None:
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
        return found
    if box is None or not text.frames:
        return found
    rgb = hex_to_rgb(text.colour)
    middle = text_pixels(text.frames[len(text.frames) // 2], box, rgb, 2)
    declared_cap = text.declared.cap_height_px * sy if text.declared and text.declared.cap_height_px else None
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
            else "lighten or deepen the button's fill away from its label's colour (a saturated "
            "fill loses contrast at the label's edges in the export's 4:2:0 colour)"
            if text.overlay.label.endswith(BUTTON_SUFFIX)
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
        return found
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
    return found


@dataclass
class _Run:
    """One export while it is checked: its report, what was probed and decoded, its texts."""

    target: ExportTarget
    report: ExportReport
    clock: float = field(default_factory=time.monotonic)
    info: Probe | None = None
    texts: list[_Text] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    loudness: Future | None = None
    known: Loudness | None = None  # measured for an export before it with the same soundtrack
    kept: TextChecks | None = None  # texts' findings kept by what they were measured on

    def lap(self, stage: str, seconds: float | None = None) -> None:
        """Charge ``stage`` the time since the last lap (or ``seconds``, a share of a stage the
        exports shared)."""
        now = time.monotonic()
        spent = now - self.clock if seconds is None else seconds
        self.report.seconds[stage] = round(self.report.seconds.get(stage, 0.0) + spent, 3)
        self.clock = now


def _start(
    target: ExportTarget,
    texts: Sequence[OverlayText],
    meter: ThreadPoolExecutor,
    metering: dict[str, Future],
    cache: dict[str, Loudness],
    kept: TextChecks | None = None,
) -> _Run:
    """Probe the file and check its delivery, set its loudness metering going (another process,
    in ``meter``, once per soundtrack) and decode the frames of its texts."""
    run = _Run(
        target,
        ExportReport(key=target.key, file=str(target.path), presets=[p.id for p in target.presets]),
        kept=kept,
    )
    report = run.report
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
        return run
    run.info = info
    report.width, report.height = info.width, info.height
    report.checks.extend(delivery_checks(info, target.presets, target.size))
    run.lap("delivery")
    signature = info.audio_signature
    if info.audio is not None:
        with _METERING:
            # cache.get, not `in`: a cache kept in the media store (the render's) finds there
            # what this process has not measured.
            known = cache.get(signature) if signature else None
            if known is not None or (signature and signature in metering):
                run.known = known
                report.notes.append("loudness: the same soundtrack as another export, measured once")
            else:
                run.loudness = meter.submit(_timed, measure_loudness, target.path)
                if signature:
                    metering[signature] = run.loudness
    if info.video is not None and info.width:
        run.texts = _texts_for(target, texts, report.notes)
        _pick_frames(info, run.texts)
        if kept is not None:
            _find_kept(target, info, run.texts, kept)
        _load_frames(target.path, info, run.texts)
        run.readings = _readings(run.texts, info, target.size, report.notes)
        run.lap("frames")
    return run


def _read_all(runs: Sequence[_Run]) -> None:
    """Read back the texts of every export in one go (:func:`read_back`); each export is
    charged its share of the time."""
    readings = [r for run in runs for r in run.readings]
    if not readings:
        return
    started = time.monotonic()
    try:
        read_back(readings)
    except OCRUnavailable as exc:
        for run in runs:
            if run.readings:
                run.report.notes.append(f"read-back skipped: {exc}")
    spent = time.monotonic() - started
    for run in runs:
        run.lap("ocr", spent * len(run.readings) / len(readings))


def _finish(run: _Run, metering: dict[str, Future], cache: dict[str, Loudness]) -> ExportReport:
    """The checks on the frames, then the loudness once its meter is done."""
    report, info, target = run.report, run.info, run.target
    if info is None:
        return report
    run.clock = time.monotonic()
    if info.video is not None and info.width:
        w, h = info.width, info.height
        limits = size_thresholds(target.presets, h)
        found = [_text_findings(target, text, limits, w, h, run.kept) for text in run.texts]
        report.checks.insert(0, _safe_zone(target, run.texts, found, w, h, report.notes))
        run.lap("safe_zone")
        report.checks[1:1] = _legibility(target, found)
        run.lap("legibility")
    seconds = 0.0
    measured = run.known
    if run.loudness is not None:
        measured, seconds = run.loudness.result()
    elif measured is None and info.audio_signature in metering:
        measured, _ = metering[info.audio_signature].result()
    if measured is not None and info.audio_signature:
        cache[info.audio_signature] = measured
    report.checks.extend(loudness_checks(measured, target.fixed.get("loudness")))
    report.seconds["loudness"] = round(seconds, 3)
    run.lap("wait")
    report.seconds["total"] = round(
        sum(v for k, v in report.seconds.items() if k not in ("total", "loudness")), 3
    )
    return report


def _timed(function, *args):
    started = time.monotonic()
    return function(*args), time.monotonic() - started


def _check_all(
    targets: Sequence[ExportTarget],
    texts: Sequence[OverlayText],
    cache: dict[str, Loudness],
    kept: TextChecks | None = None,
) -> list[ExportReport]:
    metering: dict[str, Future] = {}
    # The loudness meters are other processes: they run while the frames are decoded and read.
    # The exports are probed and decoded side by side (ffprobe and ffmpeg processes, each
    # mostly start-up and one decode), then their texts are read back in one Tesseract call.
    with ThreadPoolExecutor(max_workers=1) as meter, ThreadPoolExecutor(max_workers=START_WORKERS) as workers:
        runs = list(workers.map(lambda t: _start(t, texts, meter, metering, cache, kept), targets))
        _read_all(runs)
        return [_finish(run, metering, cache) for run in runs]


def check_export(
    target: ExportTarget, texts: Sequence[OverlayText], loudness_cache: dict[str, Loudness] | None = None
) -> ExportReport:
    """Every check of one export. ``loudness_cache`` (audio signature -> measurement) lets the
    exports of one render, which share one soundtrack, be metered once."""
    return _check_all([target], texts, loudness_cache if loudness_cache is not None else {})[0]


def _cpu_seconds() -> float:
    """CPU time of this process and the processes it has waited for (ffmpeg, Tesseract)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def check_exports(
    targets: Sequence[ExportTarget],
    texts: Sequence[OverlayText],
    notes: Sequence[str] = (),
    loudness_cache: dict[str, Loudness] | None = None,
    kept: TextChecks | None = None,
) -> PreflightReport:
    """The pre-flight report of a render: every export checked, their texts read back together.
    Its ``seconds`` say what the check took: ``wall``, and ``cpu`` (this process's and its
    tools'; the render's other threads count too when any run beside it). ``loudness_cache``
    (audio signature -> measurement) is what :func:`check_export` takes: a render passes one
    kept in its media store, so a soundtrack a text edit did not change is not metered again.
    ``kept`` (key -> a text's findings, :mod:`adgen.preflight.kept`) does the same for the texts:
    one whose keyframes are the same bytes as at a check before is not decoded nor read again."""
    report = PreflightReport(notes=list(notes))
    started, cpu = time.monotonic(), _cpu_seconds()
    report.exports = _check_all(targets, texts, loudness_cache if loudness_cache is not None else {}, kept)
    report.seconds = {"wall": round(time.monotonic() - started, 3), "cpu": round(_cpu_seconds() - cpu, 3)}
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
