"""The offline video provider: procedural motion-graphics backgrounds drawn in numpy.

A clip is a slowly moving camera over a small world: a palette gradient, soft glows that
orbit, light sweeps, and drifting bokeh particles. What it looks like follows the scene's
style and the words of its prompt (:func:`look_from`), so "brighter, warmer" visibly does
what it says. Frames are drawn at about a third of the output size and upscaled by ffmpeg:
every element is soft, so nothing is lost, and a 1080x1920 clip costs a few seconds. (The
orchestrator already asks for at most 640 pixels on the long side and lets the scene pass
scale up, so in a render the drawing size is the requested size.)

The composition (where things are) is seeded by the request seed, the scene role and the
prompt's subject words, but not by its look words: adding "brighter" to a prompt brightens
the same picture instead of drawing a new one. Regenerating a scene bumps the seed instead.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
from threadpoolctl import threadpool_limits

from adgen.pipeline.ffmpeg import FrameWriter, frame_count
from adgen.pipeline.types import BackgroundRequest
from adgen.project import Style

RGB = tuple[float, float, float]

# Luma weights of BT.601, the matrix ffmpeg uses for yuv420p at these sizes.
_LUMA = np.array([0.299, 0.587, 0.114], np.float32)
_DRAW_LONG_SIDE = 640
_LUT_SIZE = 1024


@dataclass(frozen=True)
class Look:
    """The numeric look of a background: what a prompt and a style turn into."""

    brightness: float  # target mean luma, 0..1
    contrast: float  # 1 = as drawn
    warmth: float  # -1 cool .. +1 warm
    saturation: float  # 1 = as drawn
    speed: float  # motion multiplier
    particle_density: float  # 0 = none, 1 = normal
    glow: float  # strength of light sweeps and highlights
    palette: tuple[RGB, ...]


def _hex(value: str) -> RGB:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


_COLOURS: dict[str, str] = {
    "red": "#D7263D",
    "crimson": "#B0173A",
    "orange": "#F28C28",
    "amber": "#F2A541",
    "yellow": "#F5D033",
    "gold": "#D4AF37",
    "golden": "#D9A93B",
    "green": "#2FA84F",
    "lime": "#8BD346",
    "mint": "#8FE3C2",
    "teal": "#159A9C",
    "turquoise": "#2EC4B6",
    "cyan": "#22D3EE",
    "blue": "#2F6FE0",
    "navy": "#1B2A4A",
    "indigo": "#3F3D99",
    "purple": "#7B3FC4",
    "violet": "#8E5CE6",
    "magenta": "#E0409A",
    "pink": "#F27BB0",
    "rose": "#E8789A",
    "coral": "#FF7F6B",
    "peach": "#FFB38A",
    "white": "#F4F4F2",
    "black": "#121214",
    "grey": "#8A8F98",
    "gray": "#8A8F98",
    "silver": "#C3C8CF",
    "beige": "#E3D3B5",
    "cream": "#F1E6CF",
    "brown": "#7A4A2A",
    "coffee": "#6F4E37",
    "chocolate": "#4E2A1E",
    "emerald": "#1F9D6B",
    "lavender": "#B9A6E8",
    "sky": "#7CC3F2",
}

_MOOD_PALETTES: dict[str, tuple[str, ...]] = {
    "energetic": ("#FF4E50", "#F9D423", "#2B2D42"),
    "upbeat": ("#FF7A45", "#FFD166", "#3A86FF"),
    "playful": ("#FF6FB5", "#FFD23F", "#3BCEAC"),
    "calm": ("#A8DADC", "#457B9D", "#F1FAEE"),
    "relaxed": ("#B8E0D2", "#6D9DC5", "#EAF4F4"),
    "dramatic": ("#0B0C10", "#8B1E3F", "#C5C6C7"),
    "luxurious": ("#0E0E10", "#D4AF37", "#3B2F2F"),
    "elegant": ("#1C1C1E", "#C9B37E", "#EDE6DB"),
    "modern": ("#3A86FF", "#8338EC", "#F5F5F5"),
    "neon": ("#0D0221", "#FF2A6D", "#05D9E8"),
    "warm": ("#F4A261", "#E76F51", "#264653"),
}
_DEFAULT_PALETTE = ("#3A86FF", "#FF7A45", "#1B1F3B")

# Each word nudges the look; repeated words stack.  Keys: b brightness, c contrast, w warmth,
# s saturation, v speed, p particles, g glow; "colours" adds palette colours.
_WORDS: dict[str, dict[str, float | tuple[str, ...]]] = {}


def _words(names: str, **effect: float | tuple[str, ...]) -> None:
    for name in names.split():
        _WORDS[name] = effect


_words("bright light airy luminous radiant glowing", b=0.08, g=0.05)
_words("brighter lighter", b=0.1)
_words("brightest", b=0.15)
_words("dark moody shadowy dim shadows gloomy", b=-0.09)
_words("darker dimmer", b=-0.1)
_words("darkest", b=-0.15)
_words("night midnight nighttime nocturnal", b=-0.12, w=-0.15, colours=("#0B1D3A",))
_words("noir", b=-0.12, s=-0.3, c=0.2)
_words("sunny sunlit sunshine summer daylight", b=0.09, w=0.3, colours=("#FFD166",))
_words("sunset dusk", w=0.4, colours=("#FF7B54", "#6A2C70"))
_words("warm cozy", w=0.3)
_words("warmer", w=0.35)
_words("cool fresh icy winter", w=-0.3)
_words("cooler colder cold", w=-0.35)
_words("dramatic drama cinematic epic intense", c=0.22, b=-0.05, g=0.2)
_words("contrast contrasty punchy bold", c=0.2)
_words("calm serene relaxed relaxing gentle peaceful chill tranquil dreamy soft", v=-0.3, c=-0.08, p=-0.2)
_words("slow slower", v=-0.3)
_words("energetic energy dynamic fast faster upbeat exciting lively action", v=0.35, p=0.3, s=0.08)
_words(
    "luxurious luxury premium elegant sophisticated", c=0.1, v=-0.15, g=0.1, colours=("#121214", "#D4AF37")
)
_words("neon cyberpunk electric", s=0.4, c=0.25, b=-0.06, g=0.15, colours=("#FF2A6D", "#05D9E8", "#0D0221"))
_words("pastel", s=0.2, b=0.26, c=-0.15, colours=("#FFC8DD", "#BDE0FE", "#CDEAC0"))
_words("minimal minimalist clean simple", p=-0.5, c=-0.1, v=-0.2)
_words("vivid colorful colourful saturated vibrant", s=0.25)
_words("muted desaturated faded washed", s=-0.3)
_words("playful fun", s=0.15, v=0.2, p=0.2)
_words("sparkle sparkling sparkly glitter bokeh", p=0.4, g=0.1)
_words("mysterious", b=-0.08, w=-0.1)
for _name, _hexv in _COLOURS.items():
    _WORDS.setdefault(_name, {"colours": (_hexv,)})

_INTENSIFIERS = {
    "very": 1.5,
    "more": 1.0,
    "extra": 1.5,
    "super": 1.5,
    "much": 1.5,
    "really": 1.5,
    "even": 1.3,
}
_NEGATORS = {"not", "less", "no", "without", "non", "never"}
_TOKEN = re.compile(r"[a-z]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def look_from(prompt: str, style: Style) -> Look:
    """Turn a style and a prompt into numbers. Pure; the style sets the base, every look word
    of the prompt (including repeats, "very", and negations like "less bright") moves it."""
    acc = {"b": 0.44, "c": 1.0, "w": 0.0, "s": 1.0, "v": 1.0, "p": 1.0, "g": 0.45}
    prompt_colours: list[str] = []
    style_words = " ".join([style.mood, style.lighting, style.visual_style])
    for source, weight, is_prompt in ((style_words, 0.8, False), (prompt, 1.0, True)):
        factor, negate, pending = 1.0, False, 0
        for token in _tokens(source):
            if token in _INTENSIFIERS:
                factor *= _INTENSIFIERS[token]
                continue
            if token in _NEGATORS:
                negate, pending = True, 2
                continue
            effect = _WORDS.get(token)
            if effect is not None:
                sign = -1.0 if negate else 1.0
                for key, delta in effect.items():
                    if key == "colours":
                        if not negate and is_prompt:
                            prompt_colours.extend(delta)  # type: ignore[arg-type]
                    else:
                        acc[key] += sign * weight * factor * float(delta)  # type: ignore[arg-type]
                factor, negate, pending = 1.0, False, 0
            elif pending:
                pending -= 1
                negate = negate and pending > 0
            else:
                factor = 1.0
    palette = list(dict.fromkeys(prompt_colours)) + [c for c in style.palette if c not in prompt_colours]
    if len(palette) < 2:
        mood = next((m for m in _tokens(style.mood) if m in _MOOD_PALETTES), None)
        palette += [c for c in _MOOD_PALETTES.get(mood or "", _DEFAULT_PALETTE) if c not in palette]
    return Look(
        brightness=float(np.clip(acc["b"], 0.12, 0.86)),
        contrast=float(np.clip(acc["c"], 0.6, 1.8)),
        warmth=float(np.clip(acc["w"], -1.0, 1.0)),
        saturation=float(np.clip(acc["s"], 0.2, 1.9)),
        speed=float(np.clip(acc["v"], 0.25, 2.5)),
        particle_density=float(np.clip(acc["p"], 0.0, 2.5)),
        glow=float(np.clip(acc["g"], 0.1, 1.2)),
        palette=tuple(_hex(c) for c in palette[:6]),
    )


def _role_look(look: Look, role: str) -> Look:
    """Scene roles read differently: a hook moves more, a problem is cooler and quieter."""
    if role == "hook":
        return replace(
            look, speed=look.speed * 1.25, glow=look.glow + 0.1, particle_density=look.particle_density * 1.2
        )
    if role == "problem":
        return replace(
            look, saturation=look.saturation * 0.8, warmth=look.warmth - 0.1, speed=look.speed * 0.8
        )
    if role == "social_proof":
        return replace(look, contrast=look.contrast * 0.92, warmth=look.warmth + 0.1)
    if role == "cta":
        return replace(look, saturation=look.saturation * 1.1, glow=look.glow + 0.1)
    return look


def _composition_seed(request: BackgroundRequest) -> int:
    subject = [
        t
        for t in _tokens(request.prompt)
        if t not in _WORDS and t not in _INTENSIFIERS and t not in _NEGATORS
    ]
    key = f"{request.seed}|{request.role}|{' '.join(subject)}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "little")


def _luma(c: RGB) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def _lighten(c: RGB, amount: float) -> RGB:
    return tuple(v + (1 - v) * amount for v in c)  # type: ignore[return-value]


class _Painter:
    """Draws the frames of one clip at the drawing size.

    Gradient, glows and vignette are separable, so the whole base image is one small matrix
    product (rows x terms @ terms x columns); only the diagonal light sweep and the particles
    are drawn per pixel. The colour grade (saturation, warmth) is a linear map, folded into the
    colours up front; the tone curve (exposure, contrast, gamma) is a lookup table.
    """

    def __init__(
        self, look: Look, role: str, w: int, h: int, duration: float, rng: np.random.Generator
    ) -> None:
        self.look, self.role, self.w, self.h, self.duration = look, role, w, h, max(duration, 0.1)
        self.m = float(min(w, h))
        self.ux = (np.arange(w, dtype=np.float32) + 0.5 - w / 2) / self.m
        self.vy = (np.arange(h, dtype=np.float32) + 0.5 - h / 2) / self.m
        self.ext = (w / self.m / 2, h / self.m / 2)
        # The first colour dominates (the prompt's colour words, else the brand's primary): it
        # is the backdrop's tone; the others light it as glows and particles.
        pal = list(look.palette)
        if len(pal) < 3:
            pal.append(_lighten(max(pal, key=_luma), 0.45))
        # The grade as a row-vector colour matrix: saturation, then warm/cool channel gains,
        # then the scale of the lookup table's index.
        sat = look.saturation * 1.1
        grade = sat * np.eye(3) + (1 - sat) * np.outer(_LUMA, np.ones(3))
        warm = look.warmth
        grade = grade @ np.diag([1 + 0.22 * warm, 1 + 0.04 * warm, 1 - 0.24 * warm])
        self.grade = (grade * ((_LUT_SIZE - 1) / 1.25)).astype(np.float32)
        col = lambda c: np.asarray(c, np.float32) @ self.grade  # noqa: E731
        primary, second = np.asarray(pal[0]), np.asarray(pal[1])
        self.dark = col(primary * (0.3 + 0.6 * look.brightness))
        self.mid = col(primary * 0.85 + second * 0.15)
        accents = pal[1:]
        speed = look.speed
        # Camera: a slow push-in with a drift.
        self.zoom_rate = rng.uniform(0.04, 0.09) * (1.4 if role == "hook" else 1.0)
        ang = rng.uniform(0, 2 * math.pi)
        self.drift = np.array([math.cos(ang), math.sin(ang)], np.float32) * rng.uniform(0.03, 0.07) * speed
        self.grad_angle = rng.uniform(0.9, 2.2)  # mostly vertical
        self.grad_wobble = rng.uniform(0.1, 0.25)
        # Glows that orbit slowly. They light the whole backdrop, so they keep an ambient pace
        # however energetic the look: energy shows in the particles, the sweeps and the camera.
        # A backdrop that swings as fast reads as shimmer, and is the costliest motion to encode
        # (every block of every frame changes).
        self.glows = []
        for i in range(2 if role == "showcase" else 3):
            self.glows.append(
                (
                    rng.uniform(-self.ext[0], self.ext[0]),
                    rng.uniform(-self.ext[1], self.ext[1]),
                    rng.uniform(0.08, 0.3),
                    rng.uniform(0.2, 0.5) * min(speed, 1.0),
                    rng.uniform(0, 2 * math.pi),
                    rng.uniform(0.22, 0.42),
                    col(accents[i % len(accents)]),
                    rng.uniform(0.4, 0.65),
                )
            )
        if role == "showcase":  # a spotlight behind where the product stands
            self.glows.append(
                (0.0, 0.05, 0.02, 0.3, 0.0, 0.38, col(_lighten(max(pal, key=_luma), 0.5)), 0.55)
            )
        # Light sweeps.
        self.light = col(np.clip([1.0 + 0.12 * warm, 0.97, 1.0 - 0.15 * warm], 0, 1))
        self.sweep_angle = rng.uniform(-0.5, 0.5) + math.pi / 4
        self.sweep_period = rng.uniform(3.5, 6.0) / speed
        self.sweep_phase = rng.uniform(0, 1)
        self.sweep_width = rng.uniform(0.06, 0.12)
        # Bokeh particles in world space, with depth for parallax.
        area = (2 * self.ext[0]) * (2 * self.ext[1])
        n = int(round(22 * look.particle_density * area / 1.78))
        light_cols = [col(_lighten(c, 0.5)) for c in accents] + [self.light]
        self.particles = []
        for _ in range(n):
            depth = rng.uniform(0.5, 1.6)
            self.particles.append(
                (
                    rng.uniform(-self.ext[0] * 1.2, self.ext[0] * 1.2),
                    rng.uniform(-self.ext[1], self.ext[1]),
                    rng.uniform(0.008, 0.05) * depth,
                    depth,
                    rng.uniform(0.04, 0.09) * speed * depth,
                    rng.uniform(0, 2 * math.pi),
                    light_cols[int(rng.integers(len(light_cols)))],
                    rng.uniform(0.12, 0.38),
                )
            )
        self.vig_x = 1.0 - 0.16 * (self.ux / self.ext[0]) ** 2
        self.vig_y = 1.0 - 0.16 * (self.vy / self.ext[1]) ** 2
        self.lut = self._lut(0.0)

    def _camera(self, t: float) -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
        p = t / self.duration
        zoom = 1.0 + self.zoom_rate * p
        off = self.drift * p
        return self.ux / zoom + off[0], self.vy / zoom + off[1], zoom, off

    def linear(self, t: float) -> np.ndarray:
        """The frame before the tone curve: channel-planar (3, h, w), in lookup-table index units."""
        look = self.look
        U, V, zoom, off = self._camera(t)
        theta = self.grad_angle + self.grad_wobble * math.sin(0.35 * look.speed * t)
        span = 2 * (self.ext[0] + self.ext[1])
        ax = 0.5 + U * (math.cos(theta) / span)
        by = V * (math.sin(theta) / span)
        d = self.mid - self.dark
        base_x = self.dark + ax[:, None] * d  # (w, 3): the gradient's column part
        rows, cols = [self.vig_y, self.vig_y * by], [base_x, np.broadcast_to(d, base_x.shape)]
        for gx, gy, rad, om, ph, sig, colour, k in self.glows:
            px, py = gx + rad * math.cos(om * t + ph), gy + rad * math.sin(om * t + ph)
            if self.role == "cta":
                k *= 0.85 + 0.15 * math.sin(math.pi * t)
            ex = np.exp(-((U - px) ** 2) / (2 * sig * sig)) * k
            ey = np.exp(-((V - py) ** 2) / (2 * sig * sig))
            rows += [self.vig_y * ey, self.vig_y * ey * by]
            cols += [ex[:, None] * (colour - base_x), -ex[:, None] * d]
        left = np.stack(rows, axis=1).astype(np.float32)  # (h, terms)
        right = np.stack(cols, axis=0)  # (terms, w, 3)
        right *= self.vig_x[None, :, None]
        # Channel-planar (3, h, w): per-channel loops over contiguous planes are the fast path.
        # One batched matrix product; the generator keeps BLAS to one thread (see generate).
        img = np.matmul(left, np.ascontiguousarray(right.transpose(2, 0, 1), dtype=np.float32))
        phase = (t / self.sweep_period + self.sweep_phase) % 1.0
        pos = -1.4 + 2.8 * phase
        dist = (U * math.cos(self.sweep_angle) - pos)[None, :] + (V * math.sin(self.sweep_angle))[:, None]
        # (1 - d²/8σ²)⁴: a Gaussian's shape near the band, exactly zero past 2.8σ, so the frame
        # outside the band stays still (and cheap to encode) while a sweep passes.
        dist *= dist
        dist *= -1 / (8 * self.sweep_width**2)
        dist += 1.0
        sweep = np.maximum(dist, 0.0, out=dist)
        sweep *= sweep
        sweep *= sweep
        sweep *= 0.35 * look.glow
        for c in range(3):
            img[c] += sweep * self.light[c]
        for particle in self.particles:
            self._particle(img, t, zoom, off, *particle)
        return img

    def _particle(self, img, t, zoom, off, x0, y0, r, depth, vy, ph, colour, alpha) -> None:
        h_ext = self.ext[1] + 0.1
        y = (y0 - vy * t + h_ext) % (2 * h_ext) - h_ext
        x = x0 + 0.03 * math.sin(0.6 * t * self.look.speed + ph)
        sx = ((x - off[0] * depth) * zoom) * self.m + self.w / 2
        sy = ((y - off[1] * depth) * zoom) * self.m + self.h / 2
        rp = max(1.2, r * zoom * self.m)
        x0p, x1p = int(max(0, sx - rp - 2)), int(min(self.w, sx + rp + 3))
        y0p, y1p = int(max(0, sy - rp - 2)), int(min(self.h, sy + rp + 3))
        if x0p >= x1p or y0p >= y1p:
            return
        xs = np.arange(x0p, x1p, dtype=np.float32) + 0.5 - sx
        ys = np.arange(y0p, y1p, dtype=np.float32) + 0.5 - sy
        dist = np.sqrt(ys[:, None] ** 2 + xs[None, :] ** 2)
        edge = np.clip(rp - dist + 0.5, 0, 1)
        disc = edge * (0.75 + 0.25 * np.clip(dist / rp, 0, 1))  # bokeh: a slightly brighter rim
        a = disc * (alpha * (0.8 + 0.2 * math.sin(3.0 * t + ph * 3)))
        patch = img[:, y0p:y1p, x0p:x1p]
        patch += a[None] * (colour[:, None, None] - patch)

    def _lut(self, q: float) -> np.ndarray:
        """Tone curve: exposure and gamma move together with q (q > 0 brightens)."""
        x = np.linspace(0, 1.25, _LUT_SIZE, dtype=np.float64) * math.exp(0.6 * q)
        pivot = 0.45
        y = np.clip(pivot + (x - pivot) * self.look.contrast, 0, 1) ** math.exp(-0.5 * q)
        return np.clip(np.round(255 * y), 0, 255).astype(np.uint8)

    @staticmethod
    def _indices(img: np.ndarray) -> np.ndarray:
        np.clip(img, 0, _LUT_SIZE - 1, out=img)
        return img.astype(np.int16)

    def fit_brightness(self, samples: int = 4) -> None:
        """Choose the tone curve so the clip's mean luma is the look's brightness, whatever the
        palette: a dark brand palette can still make a bright ad."""
        hists = np.zeros((3, _LUT_SIZE), np.float64)
        for i in range(samples):
            idx = self._indices(self.linear(self.duration * i / max(samples - 1, 1) * 0.999))
            for c in range(3):
                hists[c] += np.bincount(idx[c].ravel(), minlength=_LUT_SIZE)
        hists /= hists[0].sum()

        def mean_luma(q: float) -> float:
            lut = self._lut(q).astype(np.float64) / 255
            return float(sum(_LUMA[c] * (hists[c] @ lut) for c in range(3)))

        lo, hi = -4.0, 4.0
        for _ in range(30):
            mid = (lo + hi) / 2
            if mean_luma(mid) < self.look.brightness:
                lo = mid
            else:
                hi = mid
        self.lut = self._lut((lo + hi) / 2)

    def frame(self, t: float) -> np.ndarray:
        """The finished frame, uint8 RGB (h, w, 3)."""
        planes = self.lut[self._indices(self.linear(t))]
        return cv2.merge([planes[0], planes[1], planes[2]])


class LocalVideoGenerator:
    """Procedural, deterministic, offline background clips."""

    name = "local"
    model = "procedural-v1"
    version = 2  # bump when the same request would draw a different clip (part of the cache key)

    def generate(self, request: BackgroundRequest, out_path: Path) -> Path:
        width, height, fps = int(request.width), int(request.height), request.fps
        if width <= 0 or height <= 0 or width % 2 or height % 2:
            raise ValueError(f"background size must be positive and even, got {width}x{height}")
        if fps <= 0 or request.duration_sec <= 0:
            raise ValueError("fps and duration must be positive")
        look = _role_look(look_from(request.prompt, request.style), request.role)
        scale = max(1, math.ceil(max(width, height) / _DRAW_LONG_SIDE))
        w, h = max(16, round(width / scale)), max(16, round(height / scale))
        painter = _Painter(
            look, request.role, w, h, request.duration_sec, np.random.default_rng(_composition_seed(request))
        )
        frames = frame_count(request.duration_sec, fps)
        # One BLAS thread: the products are small, and a render runs a generator per core
        # beside ffmpeg encodes; more threads only contend for the same cores.
        with threadpool_limits(limits=1, user_api="blas"):
            painter.fit_brightness()
            with FrameWriter(
                Path(out_path), w, h, fps, preset="ultrafast", crf=18, upscale_to=(width, height)
            ) as out:
                for i in range(frames):
                    out.write(painter.frame(i / fps))
        return Path(out_path)


__all__ = ["Look", "LocalVideoGenerator", "look_from"]
