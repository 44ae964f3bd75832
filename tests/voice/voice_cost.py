"""What voice-over and captions add to a 15 s ad, next to encoding 15 s of 1080x1920 video.

Run: ``.venv/bin/python tests/voice/voice_cost.py`` (prints seconds; medians of 3 rounds)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent)]

from voice_example import DURATION, build  # noqa: E402

from adgen.pipeline.ffmpeg import export_video_args, ffmpeg_exe, scene_pass  # noqa: E402
from adgen.pipeline.services.overlay import text_safe_zone  # noqa: E402
from adgen.pipeline.types import Layer, encode_profile  # noqa: E402
from adgen.voice.caption_layer import LINE_STYLE, render_caption_layer  # noqa: E402
from adgen.voice.types import Rect  # noqa: E402

PROFILE = encode_profile("9:16", "final")


def main() -> None:
    rows: dict[str, list[float]] = {}
    clock = time.perf_counter
    with tempfile.TemporaryDirectory() as td:
        folder = Path(td)
        background = folder / "bg.mp4"
        lavfi = [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi", "-i"]
        subprocess.run(
            [*lavfi, f"testsrc2=s=640x640:r=30:d={DURATION}", "-pix_fmt", "yuv420p", str(background)],
            check=True,
        )
        frame, safe = (PROFILE.width, PROFILE.height), Rect(*text_safe_zone(PROFILE.width, PROFILE.height))
        source = f"testsrc2=s={PROFILE.width}x{PROFILE.height}:r={PROFILE.fps}:d={DURATION}"
        for _ in range(3):
            t0 = clock()
            subprocess.run(
                [*lavfi, source, *export_video_args(PROFILE), str(folder / "floor.mp4")], check=True
            )
            t1 = clock()
            example = build(folder)  # music (local synth), speech x3, cues, sidecars, ducked + normalised mix
            t2 = clock()
            layer = render_caption_layer(
                example.cues, LINE_STYLE, frame, safe, [], DURATION, folder / "captions"
            )
            t3 = clock()
            scene_pass(background, [], PROFILE, DURATION, folder / "plain.mp4")
            t4 = clock()
            scene_pass(
                background, [Layer(layer.path, layer.x, layer.y)], PROFILE, DURATION, folder / "cap.mp4"
            )
            t5 = clock()
            for name, value in (
                ("encode floor", t1 - t0),
                ("voice (music, speech, cues, subs, mix)", t2 - t1),
                ("caption layer", t3 - t2),
                ("scene pass without captions", t4 - t3),
                ("scene pass with captions", t5 - t4),
            ):
                rows.setdefault(name, []).append(value)
    for name, values in rows.items():
        print(f"{name:40s} {statistics.median(values):6.2f} s   ({', '.join(f'{v:.2f}' for v in values)})")
    median = {name: statistics.median(values) for name, values in rows.items()}
    added = median["voice (music, speech, cues, subs, mix)"] + median["caption layer"]
    added += median["scene pass with captions"] - median["scene pass without captions"]
    print(
        f"added by voice and captions: {added:.2f} s = {added / median['encode floor']:.2f} of the encode floor"
    )


if __name__ == "__main__":
    main()
