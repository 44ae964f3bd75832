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
from adgen.pipeline.overlay import text_safe_zone  # noqa: E402
from adgen.pipeline.types import Layer, encode_profile  # noqa: E402
from adgen.voice.caption_layer import LINE_STYLE, render_caption_layer  # noqa: E402
from adgen.voice.types import Rect  # noqa: E402

PROFILE = encode_profile("9:16", "final")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as td:
        folder = Path(td)
        background = folder / "bg.mp4"
        subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                        f"testsrc2=s=640x640:r=30:d={DURATION}", "-pix_fmt", "yuv420p", str(background)], check=True)
        frame, safe = (PROFILE.width, PROFILE.height), Rect(*text_safe_zone(PROFILE.width, PROFILE.height))
        for _ in range(3):
            floor = timed(lambda: subprocess.run(
                [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                 f"testsrc2=s={PROFILE.width}x{PROFILE.height}:r={PROFILE.fps}:d={DURATION}",
                 *export_video_args(PROFILE), str(folder / "floor.mp4")], check=True))
            example = {}
            voice = timed(lambda: example.setdefault("ex", build(folder)))  # speech, cues, sidecars, mix
            ex = example["ex"]
            layer = {}
            captions = timed(lambda: layer.setdefault("l", render_caption_layer(
                ex.cues, LINE_STYLE, frame, safe, [], DURATION, folder / "captions")))
            plain = timed(lambda: scene_pass(background, [], PROFILE, DURATION, folder / "plain.mp4"))
            lay = layer["l"]
            with_captions = timed(lambda: scene_pass(
                background, [Layer(lay.path, lay.x, lay.y)], PROFILE, DURATION, folder / "captioned.mp4"))
            for name, value in (("encode floor 15 s 1080x1920", floor), ("speech+cues+sidecars+mix", voice),
                                ("caption layer images", captions), ("scene pass without captions", plain),
                                ("scene pass with captions", with_captions)):
                rows.setdefault(name, []).append(value)
    for name, values in rows.items():
        print(f"{name:32s} {statistics.median(values):6.2f} s   ({', '.join(f'{v:.2f}' for v in values)})")
    added = (statistics.median(rows["speech+cues+sidecars+mix"]) + statistics.median(rows["caption layer images"])
             + statistics.median(rows["scene pass with captions"]) - statistics.median(rows["scene pass without captions"]))
    print(f"added by voice and captions: {added:.2f} s = {added / statistics.median(rows['encode floor 15 s 1080x1920']):.2f}"
          " of the encode floor")


if __name__ == "__main__":
    main()
