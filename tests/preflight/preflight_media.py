"""Small test media made directly with ffmpeg's lavfi sources and Pillow-drawn text layers, so
each pre-flight check can be tried on a file that is right, and on one that is wrong in exactly
one way."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

GOOD_TEXT = "Cold brew, done right"  # the text of the good clip the tests share

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


@dataclass
class Text:
    """A text drawn at ``xy`` (its top-left) from ``start`` to ``end`` seconds."""

    text: str
    xy: tuple[int, int]
    size: int = 64
    fill: str = "#FFFFFF"
    start: float = 0.0
    end: float = 99.0
    font: str = FONT

    def box(self) -> tuple[int, int, int, int]:
        """(x, y, w, h) of the drawn ink."""
        font = ImageFont.truetype(self.font, self.size)
        left, top, right, bottom = ImageDraw.Draw(Image.new("L", (1, 1))).multiline_textbbox(
            self.xy, self.text, font=font
        )
        return left, top, right - left, bottom - top


def text_layer(size: tuple[int, int], text: Text, out: Path) -> Path:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).multiline_text(
        text.xy, text.text, font=ImageFont.truetype(text.font, text.size), fill=text.fill, spacing=12
    )
    image.save(out)
    return out


def make_clip(
    out: Path,
    size: tuple[int, int] = (1080, 1920),
    duration: float = 5.0,
    texts: list[Text] | None = None,
    background: str = "0x1F3A5F",
    noise: int = 4,
    fps: int = 30,
    gop: int | None = None,
    pix_fmt: str = "yuv420p",
    faststart: bool = True,
    audio: str | None = "tone",
    sample_rate: int = 48000,
    crf: int = 22,
    layers: list[Path] | None = None,
) -> Path:
    """An H.264/AAC MP4: a flat ``background`` with temporal ``noise`` (so the bitrate is real),
    full-frame RGBA ``layers`` over it (bands, shapes) for the whole clip, the ``texts`` over
    them in their time ranges, and a sound: "tone" (a 997 Hz sine, stereo, at -7 dBFS: -14
    LUFS), "loud" (saturated chords: about -5 LUFS) or None (no track). With the default noise
    and CRF a 1080x1920 clip runs at about 2.5 Mbps."""
    w, h = size
    gop = gop or fps
    inputs = ["-f", "lavfi", "-i", f"color=c={background}:s={w}x{h}:r={fps}:d={duration}"]
    chains = [f"[0:v]noise=alls={noise}:allf=t[v0]"]
    last = "v0"
    drawn = [(path, 0.0, 99.0) for path in layers or []]
    drawn += [
        (text_layer(size, text, out.with_name(f"{out.stem}-text{i}.png")), text.start, text.end)
        for i, text in enumerate(texts or [], start=1)
    ]
    for i, (layer, start, end) in enumerate(drawn, start=1):
        inputs += ["-loop", "1", "-t", str(duration), "-i", str(layer)]
        chains.append(f"[{last}][{i}:v]overlay=0:0:enable='between(t,{start},{end - 0.001})'[v{i}]")
        last = f"v{i}"
    chains.append(f"[{last}]format={pix_fmt}[vout]")
    audio_args: list[str] = ["-an"]
    if audio is not None:
        index = 1 + len(drawn)
        source = {
            "tone": f"sine=frequency=997:sample_rate={sample_rate}:duration={duration}",
            "loud": (
                "aevalsrc='0.95*tanh(4*sin(2*PI*110*t)+3*sin(2*PI*165*t)+2*sin(2*PI*220*t))'"
                f":s={sample_rate}:d={duration}"
            ),
        }[audio]
        inputs += ["-f", "lavfi", "-i", source]
        gain = "volume=7.1dB," if audio == "tone" else "volume=-2.2dB,"
        chains.append(f"[{index}:a]{gain}aformat=channel_layouts=stereo[aout]")
        audio_args = ["-map", "[aout]", "-c:a", "aac", "-b:a", "128k", "-ar", str(sample_rate), "-ac", "2"]
    profile = "high444" if pix_fmt == "yuv444p" else "high"
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            *inputs,
            "-filter_complex",
            ";".join(chains),
            "-map",
            "[vout]",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-crf",
            str(crf),
            "-profile:v",
            profile,
            # ultrafast alone signals Constrained Baseline; CABAC and 8x8 transforms make it High.
            *(["-x264-params", "8x8dct=1:cabac=1"] if profile == "high" else []),
            "-r",
            str(fps),
            "-g",
            str(gop),
            "-keyint_min",
            str(gop),
            "-sc_threshold",
            "0",
            *audio_args,
            "-t",
            str(duration),
            *(["-movflags", "+faststart"] if faststart else []),
            str(out),
        ],
        check=True,
    )
    return out
