"""Pictures of sound for a person to look at: a waveform over a spectrogram, speech spans marked."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def waveform_and_spectrogram(
    x: np.ndarray, rate: int, out: Path, spans: list[tuple[float, float]], width: int = 1200
) -> Path:
    mono = x.mean(axis=1) if x.ndim == 2 else x
    seconds = len(mono) / rate
    wave_h, spec_h = 200, 300
    image = Image.new("RGB", (width, wave_h + spec_h), (16, 16, 24))
    draw = ImageDraw.Draw(image)
    for a, b in spans:
        draw.rectangle((a / seconds * width, 0, b / seconds * width, wave_h), fill=(40, 60, 40))
    per = len(mono) // width
    cols = mono[: per * width].reshape(width, per)
    for i, (lo, hi) in enumerate(zip(cols.min(axis=1), cols.max(axis=1), strict=True)):
        draw.line((i, wave_h / 2 - hi * wave_h / 2, i, wave_h / 2 - lo * wave_h / 2), fill=(120, 200, 255))
    n = 1024
    hop = max(1, (len(mono) - n) // width)
    frames = np.stack([mono[i * hop : i * hop + n] * np.hanning(n) for i in range(width)])
    db = 20 * np.log10(np.abs(np.fft.rfft(frames, axis=1))[:, : n // 4] + 1e-6)  # up to rate/8
    db = np.clip((db - db.max() + 80) / 80, 0, 1)
    spec = (np.flipud(db.T) * 255).astype(np.uint8)
    heat = Image.fromarray(spec).resize((width, spec_h))
    image.paste(
        Image.merge("RGB", (heat, heat.point(lambda v: v * 0.6), heat.point(lambda v: 255 - v))), (0, wave_h)
    )
    image.save(out)
    return out
