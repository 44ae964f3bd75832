"""Delivery specs read with ffprobe: what every platform's upload page asks of the file.

adgen delivers one profile that every preset accepts: H.264 High, yuv420p, a constant 30 fps,
closed GOPs of at most one second (YouTube asks for closed GOPs, Meta for closed GOPs, short
GOPs let a platform cut and seek cleanly), the moov box before the media data (``+faststart``:
playback starts before the download ends; Meta and YouTube ask for it), AAC-LC 48 kHz stereo
(Meta accepts at most 48 kHz, YouTube asks for 48 or 96), and each preset's own limits on
bitrate, length and file size.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from adgen.platforms.presets import Preset
from adgen.preflight.media import Probe
from adgen.preflight.report import CheckResult, Finding

MAX_GOP_SEC = 1.0
AUDIO_RATE = 48000
GROUP = "delivery"


def _names(presets: Sequence[Preset], attr: str, pick) -> tuple[float | None, str]:
    """The strictest value of a preset limit and the presets that set it."""
    values = [(getattr(p, attr), p) for p in presets if getattr(p, attr) is not None]
    if not values:
        return None, ""
    best = pick(v for v, _ in values)
    return best, ", ".join(p.name for v, p in values if v == best)


def _limits(*limits: tuple[str, float | None, str]) -> str:
    """The limits that apply, as "<= 60 s (TikTok); ...", or that there is none."""
    return (
        "; ".join(form.format(value, by) for form, value, by in limits if value is not None)
        or "no platform limit"
    )


def _one(
    check: str, status: str, measured: str, threshold: str, advice: str = "", value: float | None = None
):
    return CheckResult.of(
        check,
        GROUP,
        [Finding(status=status, measured=measured, threshold=threshold, advice=advice, value=value)],
    )


def delivery_checks(info: Probe, presets: Sequence[Preset], size: tuple[int, int]) -> list[CheckResult]:
    """Every delivery check of one file for the presets it serves."""
    return [
        check_resolution(info, size),
        check_video_codec(info),
        check_pixel_format(info),
        check_frame_rate(info, max(p.fps for p in presets)),
        check_gop(info),
        check_faststart(info),
        check_audio(info),
        check_video_bitrate(info, presets),
        check_length(info, presets),
        check_file_size(info, presets),
    ]


def check_resolution(info: Probe, size: tuple[int, int]) -> CheckResult:
    w, h = size
    if info.video is None:
        return _one("resolution", "fail", "no video stream", f"{w}x{h}", "re-render the export")
    ok = (info.width, info.height) == (w, h)
    return _one(
        "resolution",
        "pass" if ok else "fail",
        f"{info.width}x{info.height}",
        f"{w}x{h}",
        "" if ok else f"render this export at {w}x{h}",
    )


def check_video_codec(info: Probe) -> CheckResult:
    video = info.video or {}
    codec, profile = video.get("codec_name"), video.get("profile")
    ok = codec == "h264" and profile == "High"
    return _one(
        "video_codec",
        "pass" if ok else "fail",
        f"{codec or 'none'} {profile or ''}".strip(),
        "h264 High",
        "" if ok else "encode with libx264 -profile:v high",
    )


def check_pixel_format(info: Probe) -> CheckResult:
    fmt = (info.video or {}).get("pix_fmt")
    ok = fmt == "yuv420p"
    return _one(
        "pixel_format",
        "pass" if ok else "fail",
        str(fmt),
        "yuv420p",
        "" if ok else f"{fmt} is not 4:2:0 8-bit: encode with -pix_fmt yuv420p",
    )


def check_frame_rate(info: Probe, fps: int) -> CheckResult:
    """A constant ``fps``: the stream's declared rates, and every frame's duration, equal 1/fps."""
    threshold = f"constant {fps} fps"
    packets = info.packets
    if info.video is None or packets is None or packets.pts.size < 2:
        return _one("frame_rate", "fail", "no video frames", threshold, "re-render the export")
    steps = np.diff(np.sort(packets.pts[np.isfinite(packets.pts)]))
    steps = steps[steps > 0]
    rate = info.avg_frame_rate or (1.0 / float(np.median(steps)) if steps.size else 0.0)
    variable = steps.size and (steps.max() - steps.min()) > 0.5 / max(fps, 1)
    if variable:
        measured = f"variable, {1 / steps.max():.2f}-{1 / steps.min():.2f} fps"
        return _one("frame_rate", "fail", measured, threshold, f"encode at a constant rate: -r {fps}", rate)
    if abs(rate - fps) > 0.01 or abs(info.r_frame_rate - fps) > 0.01:
        return _one("frame_rate", "fail", f"{rate:.3g} fps", threshold, f"encode with -r {fps}", rate)
    return _one("frame_rate", "pass", f"{rate:.3g} fps, constant", threshold, value=rate)


def check_gop(info: Probe) -> CheckResult:
    """Keyframes at most a second apart, and every GOP closed: no frame decoded after a keyframe
    is shown before it (an open GOP's leading pictures reference the GOP before)."""
    threshold = f"closed, <= {MAX_GOP_SEC:g} s"
    packets = info.packets
    if packets is None or not packets.key.any():
        return _one("gop", "fail", "no keyframes", threshold, "re-render the export")
    keys = packets.keyframe_times
    end = max(info.duration_sec, float(np.nanmax(packets.pts)) + 1e-3)
    longest = float(np.max(np.diff(np.append(keys, end)))) if keys.size else end
    frame = 1.0 / max(info.avg_frame_rate, 1.0)
    open_at = []
    order = np.flatnonzero(packets.key)
    for index in order[1:]:
        later = packets.pts[index + 1 : index + 8]
        if np.any(later < packets.pts[index] - 1e-6):
            open_at.append(float(packets.pts[index]))
    problems = []
    if longest > MAX_GOP_SEC + frame / 2:
        problems.append(f"keyframes up to {longest:.2f} s apart")
    if open_at:
        problems.append(f"open GOP at {open_at[0]:.2f} s")
    measured = "; ".join(problems) or f"closed, longest {longest:.2f} s"
    if problems:
        return _one(
            "gop",
            "fail",
            measured,
            threshold,
            "encode with -g 30 -keyint_min 30 (x264 closes GOPs unless open-gop is on)",
            longest,
        )
    return _one("gop", "pass", measured, threshold, value=longest)


def check_faststart(info: Probe) -> CheckResult:
    boxes = [b for b in info.atoms if b in ("moov", "mdat")]
    if "moov" not in boxes:
        return _one("faststart", "fail", "no moov box (not an MP4)", "moov before mdat", "export an MP4")
    ok = boxes[0] == "moov"
    return _one(
        "faststart",
        "pass" if ok else "fail",
        " before ".join(boxes[:2]) if len(boxes) > 1 else boxes[0],
        "moov before mdat",
        "" if ok else "the moov box is at the end: mux with -movflags +faststart",
    )


def check_audio(info: Probe) -> CheckResult:
    audio = info.audio
    threshold = f"AAC-LC {AUDIO_RATE // 1000} kHz stereo"
    if audio is None:
        return _one(
            "audio_codec", "fail", "no audio track", threshold, "mux a soundtrack (silence if need be)"
        )
    codec, profile = audio.get("codec_name"), audio.get("profile")
    rate, channels = int(audio.get("sample_rate") or 0), int(audio.get("channels") or 0)
    wrong = []
    if codec != "aac" or profile != "LC":
        wrong.append(f"{codec} {profile or ''}".strip())
    if rate != AUDIO_RATE:
        wrong.append(f"{rate / 1000:g} kHz")
    if channels != 2:
        wrong.append(f"{channels} channel{'s' if channels != 1 else ''}")
    measured = f"{codec} {profile or ''} {rate / 1000:g} kHz {channels} ch".replace("  ", " ")
    if wrong:
        return _one(
            "audio_codec",
            "fail",
            measured,
            threshold,
            f"{', '.join(wrong)}: encode with -c:a aac -ar {AUDIO_RATE} -ac 2",
        )
    return _one("audio_codec", "pass", measured, threshold)


def video_kbps(info: Probe) -> float:
    """The video stream's mean bitrate from its packet sizes."""
    packets = info.packets
    if packets is None or not packets.size.size:
        return 0.0
    duration = info.duration_sec or float(np.nanmax(packets.pts))
    return float(packets.size.sum()) * 8 / 1000 / max(duration, 1e-6)


def check_video_bitrate(info: Probe, presets: Sequence[Preset]) -> CheckResult:
    kbps = video_kbps(info)
    low, low_by = _names(presets, "min_video_kbps", max)
    rec, rec_by = _names(presets, "recommended_video_kbps", max)
    high, high_by = _names(presets, "max_video_kbps", min)
    threshold = _limits(
        (">= {:g} kbps ({})", low, low_by),
        ("<= {:g} kbps ({})", high, high_by),
        ("{:g} kbps advised ({})", rec, rec_by),
    )
    measured = f"{kbps:,.0f} kbps"
    if low is not None and kbps < low:
        return _one(
            "video_bitrate",
            "fail",
            measured,
            threshold,
            f"raise the bitrate (lower CRF) above {low:g} kbps",
            kbps,
        )
    if high is not None and kbps > high:
        return _one(
            "video_bitrate", "fail", measured, threshold, f"cap the bitrate with -maxrate {high:g}k", kbps
        )
    if rec is not None and kbps < rec:
        return _one(
            "video_bitrate",
            "warn",
            measured,
            threshold,
            f"{rec_by} recommends {rec:g} kbps for uploads; its re-encode softens detail below that "
            "(lower the CRF to raise it)",
            kbps,
        )
    return _one("video_bitrate", "pass", measured, threshold, value=kbps)


def check_length(info: Probe, presets: Sequence[Preset]) -> CheckResult:
    length = info.duration_sec
    longest, long_by = _names(presets, "max_length_sec", min)
    shortest, short_by = _names(presets, "min_length_sec", max)
    threshold = _limits((">= {:g} s ({})", shortest, short_by), ("<= {:g} s ({})", longest, long_by))
    measured = f"{length:.2f} s"
    if longest is not None and length > longest + 0.05:
        return _one(
            "length", "fail", measured, threshold, f"shorten the ad to {longest:g} s for {long_by}", length
        )
    if shortest is not None and length < shortest - 0.05:
        return _one(
            "length", "fail", measured, threshold, f"lengthen the ad to {shortest:g} s for {short_by}", length
        )
    return _one("length", "pass", measured, threshold, value=length)


def check_file_size(info: Probe, presets: Sequence[Preset]) -> CheckResult:
    mb = info.size_bytes / 1e6
    limit, by = _names(presets, "max_file_mb", min)
    threshold = f"<= {limit:g} MB ({by})" if limit is not None else "no platform limit"
    if limit is not None and mb > limit:
        return _one(
            "file_size",
            "fail",
            f"{mb:,.1f} MB",
            threshold,
            f"lower the bitrate so the file stays under {limit:g} MB",
            mb,
        )
    return _one("file_size", "pass", f"{mb:,.1f} MB", threshold, value=mb)


__all__ = ["AUDIO_RATE", "MAX_GOP_SEC", "delivery_checks", "video_kbps"]
