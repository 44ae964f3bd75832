"""The background families the offline painter draws: studio sweep, gradient mesh, geometric
shapes, light leaks, flowing abstract and bokeh, and the accents one look lays over another.

Every family draws one frame as a channel-planar float image (3, h, w) in the colour space the
generator grades afterwards (:mod:`adgen.pipeline.services.video.local`). Soft, smooth parts
(gradients, lights, blobs) are sums of separable terms (a column profile times a row profile),
so the whole base image is one small matrix product; only what is sharp or rotates (shapes,
ribbons, particles, sweeps) is drawn per pixel, and only inside its own bounding box.

Randomness comes from the take's generator alone, and time enters as ``clock = t * speed`` or
through the camera, so a faster look moves the same picture faster.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np

from adgen.pipeline.services.video.look import Look

Colour = np.ndarray  # (3,) float32, already graded into the painter's colour space
ColourOf = Callable[[tuple[float, float, float]], Colour]


def luma(c: tuple[float, float, float]) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def lighten(c: tuple[float, float, float], amount: float) -> tuple[float, float, float]:
    return tuple(v + (1 - v) * amount for v in c)  # type: ignore[return-value]


def shade(c: tuple[float, float, float], factor: float) -> tuple[float, float, float]:
    return tuple(v * factor for v in c)  # type: ignore[return-value]


def tint(c: tuple[float, float, float], target: float) -> tuple[float, float, float]:
    """The colour at luma ``target``, keeping its hue: mixed with white to lighten, scaled to
    darken. A bright ad in a navy palette is a light blue, not navy pushed until it clips."""
    lum = luma(c)
    target = min(max(target, 0.02), 0.97)
    if lum >= target:
        return shade(c, target / max(lum, 1e-6))
    # Brighten first by exposure (keeps saturation) until the brightest channel nears white,
    # then the rest by mixing with white.
    gain = min(target / max(lum, 1e-6), 0.8 / max(max(c), 1e-6))
    c = shade(c, max(gain, 1.0))
    lum = luma(c)
    if lum >= target:
        return c
    return lighten(c, (target - lum) / max(1e-6, 1 - lum))


def gauss(x: np.ndarray, centre: float, sigma: float) -> np.ndarray:
    d = (x - centre) / sigma
    return np.exp(-0.5 * d * d).astype(np.float32)


def smoothstep(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    s = np.clip((x - lo) / (hi - lo), 0.0, 1.0)
    return (s * s * (3 - 2 * s)).astype(np.float32)


class Canvas:
    """The frame's geometry and the camera: world units are the short side, centred."""

    def __init__(self, w: int, h: int, duration: float, speed: float, role: str, rng: np.random.Generator):
        self.w, self.h, self.duration = w, h, max(duration, 0.1)
        self.m = float(min(w, h))
        self.ux = (np.arange(w, dtype=np.float32) + 0.5 - w / 2) / self.m
        self.vy = (np.arange(h, dtype=np.float32) + 0.5 - h / 2) / self.m
        self.ext = (w / self.m / 2, h / self.m / 2)
        self.speed = speed
        # A slow push-in with a drift; its pace follows the energy of the look.
        pace = speed**0.6
        self.zoom_rate = rng.uniform(0.07, 0.11) * (1.35 if role == "hook" else 1.0) * pace
        angle = rng.uniform(0, 2 * math.pi)
        self.drift = np.array([math.cos(angle), math.sin(angle)], np.float32) * rng.uniform(0.02, 0.05) * pace
        self.vig_x = (1.0 - 0.16 * (self.ux / self.ext[0]) ** 2).astype(np.float32)
        self.vig_y = (1.0 - 0.16 * (self.vy / self.ext[1]) ** 2).astype(np.float32)

    def camera(self, t: float) -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
        """World coordinates of the pixel columns and rows at ``t``, the zoom and the offset."""
        p = min(t / self.duration, 1.0)
        zoom = 1.0 + self.zoom_rate * p
        off = self.drift * p
        return self.ux / zoom + off[0], self.vy / zoom + off[1], zoom, off

    def to_screen(
        self, x: float, y: float, zoom: float, off: np.ndarray, depth: float = 1.0
    ) -> tuple[float, float]:
        sx = ((x - off[0] * depth) * zoom) * self.m + self.w / 2
        sy = ((y - off[1] * depth) * zoom) * self.m + self.h / 2
        return sx, sy


class Terms:
    """A sum of separable terms row(y) x column(x, colour), vignetted, as one matrix product."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.rows: list[np.ndarray] = []
        self.cols: list[np.ndarray] = []

    def add(self, row: np.ndarray, col: np.ndarray) -> None:
        """``row`` (h,), ``col`` (w, 3) or a colour (3,) times a profile (w,) via :meth:`light`."""
        self.rows.append(np.asarray(row, np.float32))
        self.cols.append(np.asarray(col, np.float32))

    def light(self, row: np.ndarray, profile: np.ndarray, colour: Colour, strength: float = 1.0) -> None:
        self.add(row, (profile * strength)[:, None] * colour[None, :])

    def image(self) -> np.ndarray:
        """The sum as an (h, w, 3) image: one matrix product (h x terms) @ (terms x w*3)."""
        c = self.canvas
        left = np.stack(self.rows, axis=1) * c.vig_y[:, None]
        right = np.stack(self.cols, axis=0) * c.vig_x[None, :, None]
        return (left @ right.reshape(len(self.cols), -1)).reshape(c.h, c.w, 3)


# --- per-pixel elements -----------------------------------------------------------------------------


def blend_mask(img: np.ndarray, x0: int, y0: int, alpha: np.ndarray, colour: Colour) -> None:
    """Mix ``colour`` into ``img`` with ``alpha`` (a patch placed at x0, y0), clipped to the frame."""
    h, w, _ = img.shape
    ph, pw = alpha.shape
    ax0, ay0 = max(0, -x0), max(0, -y0)
    x0c, y0c = max(0, x0), max(0, y0)
    x1c, y1c = min(w, x0 + pw), min(h, y0 + ph)
    if x0c >= x1c or y0c >= y1c:
        return
    a = alpha[ay0 : ay0 + (y1c - y0c), ax0 : ax0 + (x1c - x0c)]
    patch = img[y0c:y1c, x0c:x1c]
    patch += a[:, :, None] * (colour - patch)


def _cv_mask(sx: float, sy: float, r: float, draw: Callable[[np.ndarray, tuple[int, int], int], None]):
    """An anti-aliased uint8 mask of a round shape drawn by OpenCV in its bounding box."""
    x0, y0 = int(sx - r - 2), int(sy - r - 2)
    size = int(2 * r + 5)
    mask = np.zeros((size, size), np.uint8)
    draw(mask, (int(round((sx - x0) * 16)), int(round((sy - y0) * 16))), int(round(r * 16)))
    return x0, y0, mask


def disc(
    img: np.ndarray, sx: float, sy: float, radius: float, colour: Colour, alpha: float, rim: float = 0.0
) -> None:
    """A soft-edged disc (a bokeh ball with ``rim`` > 0: slightly brighter at its edge)."""
    r = max(1.2, radius)
    if not rim and r > 6:  # big flat discs: OpenCV's anti-aliased circle is far cheaper
        x0, y0, mask = _cv_mask(
            sx, sy, r, lambda m, c, rr: cv2.circle(m, c, rr, 255, -1, cv2.LINE_AA, shift=4)
        )
        blend_mask(img, x0, y0, mask.astype(np.float32) * (alpha / 255.0), colour)
        return
    x0, y0 = int(sx - r - 2), int(sy - r - 2)
    xs = np.arange(x0, int(sx + r + 3), dtype=np.float32) + 0.5 - sx
    ys = np.arange(y0, int(sy + r + 3), dtype=np.float32) + 0.5 - sy
    dist = np.sqrt(ys[:, None] ** 2 + xs[None, :] ** 2)
    a = np.clip(r - dist + 0.5, 0, 1)
    if rim:
        a *= (1 - rim) + rim * np.clip(dist / r, 0, 1)
    blend_mask(img, x0, y0, a * alpha, colour)


def polygon(img: np.ndarray, points: np.ndarray, colour: Colour, alpha: float) -> None:
    """An anti-aliased filled polygon (screen pixels), drawn inside its bounding box only."""
    x0, y0 = np.floor(points.min(axis=0)).astype(int) - 1
    x1, y1 = np.ceil(points.max(axis=0)).astype(int) + 2
    if x1 <= 0 or y1 <= 0 or x0 >= img.shape[1] or y0 >= img.shape[0]:
        return
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    local = np.round((points - [x0, y0]) * 16).astype(np.int32)
    cv2.fillConvexPoly(mask, local, 255, lineType=cv2.LINE_AA, shift=4)
    blend_mask(img, x0, y0, mask.astype(np.float32) * (alpha / 255.0), colour)


def ring(
    img: np.ndarray, sx: float, sy: float, radius: float, width: float, colour: Colour, alpha: float
) -> None:
    thick = max(1, int(round(width)))
    x0, y0, mask = _cv_mask(
        sx,
        sy,
        radius + width,
        lambda m, c, rr: cv2.circle(m, c, int(radius * 16), 255, thick, cv2.LINE_AA, shift=4),
    )
    blend_mask(img, x0, y0, mask.astype(np.float32) * (alpha / 255.0), colour)


def pill(cx: float, cy: float, length: float, thick: float, angle: float, n: int = 10) -> np.ndarray:
    """The outline of a capsule (a rounded bar) as polygon points."""
    ca, sa = math.cos(angle), math.sin(angle)
    half = max(0.0, length / 2 - thick / 2)
    pts = []
    for end, base in ((1, -math.pi / 2), (-1, math.pi / 2)):
        ex, ey = cx + end * half * ca, cy + end * half * sa
        for k in range(n + 1):
            a = base + math.pi * k / n + angle
            pts.append((ex + thick / 2 * math.cos(a), ey + thick / 2 * math.sin(a)))
    return np.asarray(pts, np.float32)


def rectangle(cx: float, cy: float, w: float, h: float, angle: float) -> np.ndarray:
    ca, sa = math.cos(angle), math.sin(angle)
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    return np.asarray([(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in corners], np.float32)


class Sweep:
    """A diagonal band of light that passes now and then: the sheen of a studio or a mesh."""

    def __init__(self, rng: np.random.Generator, speed: float, strength: float, colour: Colour) -> None:
        self.angle = rng.uniform(-0.5, 0.5) + math.pi / 4
        self.period = rng.uniform(3.5, 6.0) / max(speed, 0.05)
        self.phase = rng.uniform(0, 1)
        self.width = rng.uniform(0.06, 0.12)
        self.strength, self.colour = strength, colour

    def draw(self, img: np.ndarray, U: np.ndarray, V: np.ndarray, t: float) -> None:
        pos = -1.4 + 2.8 * ((t / self.period + self.phase) % 1.0)
        dist = (U * math.cos(self.angle) - pos)[None, :] + (V * math.sin(self.angle))[:, None]
        # (1 - d²/8σ²)⁴: a Gaussian's shape near the band, exactly zero past 2.8σ, so the frame
        # outside the band stays still (and cheap to encode) while a sweep passes.
        dist *= dist
        dist *= -1 / (8 * self.width**2)
        dist += 1.0
        band = np.maximum(dist, 0.0, out=dist)
        band *= band
        band *= band
        band *= self.strength
        img += band[:, :, None] * self.colour


class Particles:
    """Drifting bokeh balls in world space, with depth for parallax."""

    def __init__(
        self, canvas: Canvas, rng: np.random.Generator, count: int, colours: list[Colour], size: float = 1.0
    ) -> None:
        ext = canvas.ext
        self.canvas = canvas
        self.items = [
            (
                rng.uniform(-ext[0] * 1.2, ext[0] * 1.2),
                rng.uniform(-ext[1], ext[1]),
                rng.uniform(0.008, 0.05) * size * (depth := rng.uniform(0.5, 1.6)),
                depth,
                rng.uniform(0.04, 0.09) * depth,
                rng.uniform(0, 2 * math.pi),
                colours[int(rng.integers(len(colours)))],
                rng.uniform(0.12, 0.38),
            )
            for _ in range(count)
        ]

    def draw(self, img: np.ndarray, t: float, clock: float, zoom: float, off: np.ndarray) -> None:
        c = self.canvas
        h_ext = c.ext[1] + 0.1
        for x0, y0, r, depth, vy, ph, colour, alpha in self.items:
            y = (y0 - vy * clock + h_ext) % (2 * h_ext) - h_ext
            x = x0 + 0.03 * math.sin(0.6 * clock + ph)
            sx, sy = c.to_screen(x, y, zoom, off, depth)
            a = alpha * (0.8 + 0.2 * math.sin(3.0 * clock + ph * 3))
            disc(img, sx, sy, r * zoom * c.m, colour, a, rim=0.25)


# --- the families ------------------------------------------------------------------------------------


class Family:
    """One background family: set up from the look and the take's generator, then drawn per frame."""

    def __init__(
        self, look: Look, role: str, canvas: Canvas, rng: np.random.Generator, col: ColourOf
    ) -> None:
        self.look, self.role, self.canvas, self.rng, self.col = look, role, canvas, rng, col
        pal = list(look.palette)
        if len(pal) < 3:
            pal.append(lighten(max(pal, key=luma), 0.45))
        self.pal = pal
        self.primary, self.accents = pal[0], pal[1:]
        self.setup(look, rng, col, canvas)

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        """Draw the family's random composition from ``rng`` and grade its colours with ``col``."""

    def frame(self, t: float) -> np.ndarray:
        raise NotImplementedError


def _gradient(terms: Terms, U: np.ndarray, V: np.ndarray, top: Colour, bottom: Colour, angle: float) -> None:
    """A linear gradient from ``top`` to ``bottom`` along ``angle`` (radians from the x axis)."""
    span = 2 * (terms.canvas.ext[0] + terms.canvas.ext[1])
    ax = 0.5 + U * (math.cos(angle) / span)
    by = V * (math.sin(angle) / span)
    d = bottom - top
    terms.add(np.ones_like(V), top[None, :] + ax[:, None] * d[None, :])
    terms.add(by, np.broadcast_to(d, (len(U), 3)))


Span = tuple[float, float]


def orbits(
    rng: np.random.Generator,
    c: Canvas,
    count: int,
    colours: list[Colour],
    radius: Span,
    speed: Span,
    sigma: Span,
    strength: Span,
) -> list[tuple]:
    """Soft fields circling points of the frame: (x, y, radius, speed, phase, sigma, colour, k)."""
    return [
        (
            rng.uniform(-c.ext[0], c.ext[0]),
            rng.uniform(-c.ext[1], c.ext[1]),
            rng.uniform(*radius),
            rng.uniform(*speed),
            rng.uniform(0, 2 * math.pi),
            rng.uniform(*sigma),
            colours[i % len(colours)],
            rng.uniform(*strength),
        )
        for i in range(count)
    ]


def mix_toward(terms: Terms, base: list, ex: np.ndarray, ey: np.ndarray, colour: Colour) -> None:
    """A soft field ``ex`` x ``ey`` mixed toward ``colour`` over the base terms: its colour
    added, and what it covers of the base taken away (still a sum of separable terms). Fields
    each take from the base, not from one another, so their strengths are kept low enough that
    overlapping ones never take more than all of it (which would tint toward the opposite hue)."""
    terms.add(ey, ex[:, None] * colour[None, :])
    for row, col in base:
        terms.add(ey * row, -ex[:, None] * col)


class Bokeh(Family):
    """A palette gradient, soft glows that orbit, a light sweep and drifting bokeh balls."""

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        B = look.brightness
        self.dark = col(tint(self.primary, 0.7 * B))
        mix = tuple(0.85 * p + 0.15 * s for p, s in zip(self.primary, self.accents[0], strict=True))
        self.mid = col(tint(mix, 1.05 * B))
        self.grad_angle = rng.uniform(0.9, 2.2)
        accents = [col(a) for a in self.accents]
        count = 2 if self.role == "showcase" else 3
        self.glows = orbits(rng, c, count, accents, (0.08, 0.3), (0.2, 0.5), (0.22, 0.42), (0.3, 0.5))
        light = col(lighten(max(self.pal, key=luma), 0.5))
        if self.role == "showcase":  # a spotlight behind where the product stands
            self.glows.append((0.0, 0.05, 0.02, 0.3, 0.0, 0.38, light, 0.55))
        self.sweep = Sweep(rng, look.speed, 0.35 * look.glow, col((1.0, 0.97, 0.95)))
        area = (2 * c.ext[0]) * (2 * c.ext[1])
        n = int(round(22 * look.particle_density * area / 1.78))
        self.particles = Particles(c, rng, n, [col(lighten(a, 0.5)) for a in self.accents] + [light])

    def frame(self, t: float) -> np.ndarray:
        clock = t * self.look.speed
        U, V, zoom, off = self.canvas.camera(t)
        terms = Terms(self.canvas)
        _gradient(terms, U, V, self.dark, self.mid, self.grad_angle)
        base = list(zip(terms.rows, terms.cols, strict=True))
        for gx, gy, rad, om, ph, sig, colour, k in self.glows:
            # Glows keep an ambient pace (a backdrop that swings reads as shimmer).
            w = om * min(self.look.speed, 1.0) * t
            ex = gauss(U, gx + rad * math.cos(w + ph), sig) * k
            mix_toward(terms, base, ex, gauss(V, gy + rad * math.sin(w + ph), sig), colour)
        img = terms.image()
        self.sweep.draw(img, U, V, clock)
        self.particles.draw(img, t, clock, zoom, off)
        return img


class Studio(Family):
    """A seamless studio sweep: a wall that curves into a floor, a soft key light behind the
    product, a pool of light on the floor where it stands and a coloured rim light."""

    HORIZON = 0.2  # world units below the centre: the product stands on the floor in front of it

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        p, B = self.primary, look.brightness
        self.wall_top = col(tint(p, 0.6 * B))
        self.wall_low = col(tint(p, 0.95 * B))
        self.floor_far = col(tint(p, 1.15 * B))
        self.floor_near = col(tint(p, 0.7 * B))
        # The key light carries a hint of the accent (gold light in a black-and-gold studio), and
        # stays a colour in a dark look rather than blowing out to white.
        accent = self.accents[0]
        if max(p) - min(p) < 0.15:  # a near-neutral primary (black, white, grey): the accent lights it
            key = lighten(accent, 0.4)
        else:
            key = lighten(tuple(0.6 * x + 0.4 * y for x, y in zip(p, accent, strict=True)), 0.3)
        self.key = col(tint(key, min(0.75, 0.3 + 1.2 * B)))
        self.rim = col(lighten(self.accents[0], 0.2))
        self.rim_side = 1.0 if rng.random() < 0.5 else -1.0
        self.key_x = rng.uniform(-0.15, 0.15)
        self.phase = rng.uniform(0, 2 * math.pi)
        self.sweep = Sweep(rng, look.speed, 0.1 * look.glow, col((1.0, 0.98, 0.95)))
        # Window light on the wall: soft slanted bars that slide slowly (a sum of separable
        # cosines, so it costs three terms of the matrix product).
        self.gobo_angle = rng.uniform(0.95, 1.35) * rng.choice([-1.0, 1.0])
        self.gobo_freq = 2 * math.pi / rng.uniform(0.1, 0.15)
        self.gobo_x = -self.rim_side * rng.uniform(0.05, 0.2)

    def frame(self, t: float) -> np.ndarray:
        clock = t * self.look.speed
        look, c = self.look, self.canvas
        U, V, _zoom, _off = c.camera(t)
        hz = self.HORIZON
        floor = smoothstep(V, hz - 0.05, hz + 0.07)
        wall = 1.0 - floor
        up = smoothstep(V, -c.ext[1], hz)
        near = smoothstep(V, hz, c.ext[1] + 0.1)
        ones = np.ones_like(U)
        terms = Terms(c)
        terms.light(wall * (1 - up), ones, self.wall_top)
        terms.light(wall * up, ones, self.wall_low)
        terms.light(floor * (1 - near), ones, self.floor_far)
        terms.light(floor * near, ones, self.floor_near)
        breathe = 0.85 + 0.15 * math.sin(0.8 * clock + self.phase)
        kx = self.key_x + 0.07 * math.sin(0.6 * clock + self.phase)
        # The halo of the key light on the wall behind the product, the pool it makes on the
        # floor, the bright lip where the floor curves up, and a coloured rim from one side.
        terms.light(gauss(V, hz - 0.3, 0.2) * wall, gauss(U, kx, 0.26), self.key, 0.75 * look.glow * breathe)
        terms.light(gauss(V, hz + 0.1, 0.06) * floor, gauss(U, kx * 0.5, 0.3), self.key, 0.7 * look.glow)
        terms.light(gauss(V, hz + 0.015, 0.025), ones, self.key, 0.18 * look.glow)
        phase = 2.2 * clock
        a = self.gobo_freq * math.cos(self.gobo_angle) * U + phase
        b = self.gobo_freq * math.sin(self.gobo_angle) * V
        window = gauss(V, hz - 0.3, 0.2) * wall
        gx = gauss(U, self.gobo_x, 0.22) * (0.5 * 0.15 * min(look.glow, 0.6))
        terms.light(window, gx, self.key)
        terms.light(window * np.cos(b), gx * np.cos(a), self.key)
        terms.light(-window * np.sin(b), gx * np.sin(a), self.key)
        rim_x = self.rim_side * 0.3  # inside the narrowest crop (9:16 keeps |x| < 0.28)
        terms.light(
            wall * (0.5 + 0.5 * up), gauss(U, rim_x, 0.14), self.rim, 0.8 * look.glow * (1.6 - breathe)
        )
        img = terms.image()
        self.sweep.draw(img, U, V, clock)
        return img


class Mesh(Family):
    """A gradient mesh: large colour fields from the palette that drift into one another."""

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        B = look.brightness
        self.top = col(tint(self.primary, 0.8 * B))
        self.bottom = col(tint(lighten(self.primary, 0.2), 1.05 * B))
        colours = self.pal[1:] + [lighten(self.primary, 0.35), self.pal[0]]
        graded = [col(tint(colour, 1.1 * B)) for colour in colours]
        self.blobs = orbits(rng, c, 4, graded, (0.18, 0.35), (0.12, 0.25), (0.3, 0.5), (0.3, 0.48))
        self.angle = rng.uniform(1.2, 1.9)
        self.sweep = Sweep(rng, look.speed, 0.18 * look.glow, col((1.0, 1.0, 1.0)))

    def frame(self, t: float) -> np.ndarray:
        clock = t * self.look.speed
        U, V, _zoom, _off = self.canvas.camera(t)
        terms = Terms(self.canvas)
        _gradient(terms, U, V, self.top, self.bottom, self.angle)
        base = list(zip(terms.rows, terms.cols, strict=True))
        for gx, gy, rad, om, ph, sig, colour, k in self.blobs:
            a = om * clock + ph
            ex = gauss(U, gx + rad * math.cos(a), sig * 1.2) * k
            mix_toward(terms, base, ex, gauss(V, gy + rad * math.sin(0.8 * a), sig), colour)
        img = terms.image()
        self.sweep.draw(img, U, V, clock)
        return img


class LightLeaks(Family):
    """A deep backdrop with warm film light leaking in from the edges, burning and fading."""

    LEAK_COLOURS = ((1.0, 0.62, 0.25), (1.0, 0.36, 0.2), (1.0, 0.82, 0.5))

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        B = look.brightness
        self.top = col(tint(self.primary, 0.45 * B))
        self.bottom = col(tint(self.primary, 0.75 * B))
        colours = [*self.LEAK_COLOURS, lighten(self.accents[0], 0.4)]
        self.leaks = []
        for i in range(3):
            side = 1.0 if (i + rng.integers(2)) % 2 else -1.0
            self.leaks.append(
                (
                    side * c.ext[0] * rng.uniform(0.8, 1.1),
                    rng.uniform(-c.ext[1], c.ext[1]),
                    rng.uniform(0.18, 0.3),
                    rng.uniform(0.35, 0.6),
                    rng.uniform(0.25, 0.5),
                    rng.uniform(0, 2 * math.pi),
                    col(colours[int(rng.integers(len(colours)))]),
                    rng.uniform(0.5, 0.85),
                )
            )
        self.angle = rng.uniform(1.3, 1.8)

    def frame(self, t: float) -> np.ndarray:
        clock = t * self.look.speed
        U, V, _zoom, _off = self.canvas.camera(t)
        terms = Terms(self.canvas)
        _gradient(terms, U, V, self.top, self.bottom, self.angle)
        for gx, gy, sx, sy, om, ph, colour, k in self.leaks:
            burn = 0.55 + 0.45 * math.sin(om * clock + ph)
            ey = gauss(V, gy + 0.25 * math.sin(0.3 * om * clock + ph), sy)
            terms.light(ey, gauss(U, gx, sx), colour, k * burn * self.look.glow * 1.6)
        return terms.image()


class Shapes(Family):
    """Flat geometric shapes in the palette over a clean gradient: a big disc, a ring, bars and
    confetti, each with a flat offset shadow, drifting and turning."""

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        B = look.brightness
        self.top = col(tint(lighten(self.primary, 0.1), 1.05 * B))
        self.bottom = col(tint(self.primary, 0.85 * B))
        self.angle = rng.uniform(1.0, 2.1)
        self.shadow = col(tint(self.primary, 0.45 * B))
        accents = [col(a) for a in self.accents] + [col(lighten(self.primary, 0.6))]
        ex = c.ext
        corner = (rng.choice([-1.0, 1.0]), rng.choice([-1.0, 1.0]))
        big, small = rng.uniform(0.28, 0.4), rng.uniform(0.1, 0.16)
        self.shapes: list[tuple] = [
            ("disc", corner[0] * ex[0] * 0.8, corner[1] * ex[1] * 0.6, big, 0.0, accents[0], 0.95),
            ("ring", -corner[0] * ex[0] * 0.6, -corner[1] * ex[1] * 0.55, small, 0.0, accents[-1], 0.9),
        ]
        count = int(round(3 + 4 * min(look.particle_density, 2.0)))
        for i in range(count):
            kind = ("bar", "dot", "square")[i % 3]
            self.shapes.append(
                (
                    kind,
                    rng.uniform(-ex[0], ex[0]),
                    rng.uniform(-ex[1], ex[1]),
                    rng.uniform(0.025, 0.07) * (1.6 if kind == "bar" else 1.0),
                    rng.uniform(0, math.pi),
                    accents[int(rng.integers(len(accents)))],
                    0.95,
                )
            )
        self.spin = [rng.uniform(-0.6, 0.6) for _ in self.shapes]
        self.drift = [(rng.uniform(-0.05, 0.05), rng.uniform(-0.08, 0.08)) for _ in self.shapes]

    def frame(self, t: float) -> np.ndarray:
        clock = t * self.look.speed
        c = self.canvas
        U, V, zoom, off = c.camera(t)
        terms = Terms(c)
        _gradient(terms, U, V, self.top, self.bottom, self.angle)
        img = terms.image()
        draw_shapes(img, c, self.shapes, self.spin, self.drift, clock, zoom, off, self.shadow)
        return img


def draw_shapes(img, c: Canvas, shapes, spin, drift, clock, zoom, off, shadow: Colour) -> None:
    lift = 0.012 * c.m * zoom
    for (kind, x, y, size, angle, colour, alpha), turn, (dx, dy) in zip(shapes, spin, drift, strict=True):
        bob = 0.02 * math.sin(0.9 * clock + 7 * x)
        sx, sy = c.to_screen(x + dx * clock * 0.3, y + dy * clock * 0.3 + bob, zoom, off, 0.6)
        r = size * zoom * c.m
        a = angle + turn * clock
        for layer_colour, shift, layer_alpha in ((shadow, lift, 0.25), (colour, 0.0, alpha)):
            px, py = sx + shift, sy + shift
            if kind == "disc" or kind == "dot":
                disc(img, px, py, r, layer_colour, layer_alpha)
            elif kind == "ring":
                ring(img, px, py, r, max(2.0, r * 0.28), layer_colour, layer_alpha)
            elif kind == "bar":
                polygon(img, pill(px, py, r * 3.2, r * 0.9, a), layer_colour, layer_alpha)
            else:
                polygon(img, rectangle(px, py, r * 1.4, r * 1.4, a), layer_colour, layer_alpha)


class Abstract(Family):
    """Flowing ribbons of the brand's (the product's) colours over a deep gradient: silk waves."""

    def setup(self, look: Look, rng: np.random.Generator, col: ColourOf, c: Canvas) -> None:
        B = look.brightness
        self.top = col(tint(self.primary, 0.6 * B))
        self.bottom = col(tint(self.primary, 0.95 * B))
        self.angle = rng.uniform(1.2, 1.9)
        colours = [self.primary, *self.accents]
        self.ribbons = []
        for i in range(2):
            base = colours[(i + 1) % len(colours)]
            self.ribbons.append(
                (
                    (i - 0.5) * c.ext[1] * rng.uniform(0.5, 0.9),
                    rng.uniform(0.05, 0.12),
                    rng.uniform(2.0, 4.0),
                    rng.uniform(0, 2 * math.pi),
                    rng.uniform(0.25, 0.5) * rng.choice([-1.0, 1.0]),
                    rng.uniform(-0.25, 0.25),
                    rng.uniform(0.06, 0.11),
                    col(tint(base, 1.1 * B)),
                    col(lighten(base, 0.6)),
                )
            )

    def frame(self, t: float) -> np.ndarray:
        clock = t * self.look.speed
        c = self.canvas
        U, V, _zoom, _off = c.camera(t)
        terms = Terms(c)
        _gradient(terms, U, V, self.top, self.bottom, self.angle)
        img = terms.image()
        for y0, amp, k, ph, om, tilt, thick, body, shine in self.ribbons:
            centre = y0 + tilt * U + amp * np.sin(k * U + ph + om * clock)
            # Rows the ribbon can touch this frame: draw only there.
            r0 = int(np.searchsorted(V, float(centre.min()) - thick))
            r1 = int(np.searchsorted(V, float(centre.max()) + thick))
            if r1 <= r0:
                continue
            d = V[r0:r1, None] - centre[None, :]
            d *= 1.0 / thick  # -1..1 across the ribbon
            a = np.abs(d)
            np.subtract(1.0, a, out=a)
            np.clip(a * 1.6, 0.0, 0.92, out=a)
            d += 0.35  # the sheen runs along the upper edge
            sheen = np.abs(d, out=d)
            np.subtract(1.0, sheen, out=sheen)
            np.maximum(sheen, 0.0, out=sheen)
            sheen *= sheen
            patch = img[r0:r1]
            target = body + sheen[:, :, None] * (shine - body)
            target -= patch
            target *= a[:, :, None]
            patch += target
        return img


FAMILY_PAINTERS: dict[str, type[Family]] = {
    "studio": Studio,
    "mesh": Mesh,
    "shapes": Shapes,
    "leaks": LightLeaks,
    "abstract": Abstract,
    "bokeh": Bokeh,
}


class Accent:
    """A lighter second layer a named look lays over a family from elsewhere: a few shapes,
    sparse gold bokeh, or a light leak."""

    def __init__(self, kind: str, family: Family) -> None:
        self.kind, self.family = kind, family
        look, rng, col, c = family.look, family.rng, family.col, family.canvas
        if kind == "bokeh":
            area = (2 * c.ext[0]) * (2 * c.ext[1])
            n = int(round(9 * max(look.particle_density, 0.3) * area / 1.78))
            sparkle = [col(lighten(a, 0.5)) for a in family.accents] + [col((1.0, 0.86, 0.55))]
            self.particles = Particles(c, rng, n, sparkle, size=0.8)
        elif kind == "shapes":
            accents = [col(a) for a in family.accents]
            ex = c.ext
            self.shapes = [
                (
                    ("dot", "bar", "square", "ring")[i % 4],
                    rng.choice([-1.0, 1.0]) * rng.uniform(0.55, 0.95) * ex[0],
                    rng.uniform(-0.9, 0.2) * ex[1],
                    rng.uniform(0.025, 0.05),
                    rng.uniform(0, math.pi),
                    accents[i % len(accents)],
                    0.9,
                )
                for i in range(5)
            ]
            self.spin = [rng.uniform(-0.6, 0.6) for _ in self.shapes]
            self.drift = [(0.0, rng.uniform(-0.05, 0.05)) for _ in self.shapes]
            self.shadow = col(shade(family.primary, 0.35))
        else:  # leak
            self.side = 1.0 if rng.random() < 0.5 else -1.0
            self.leak = col((1.0, 0.62, 0.3))
            self.phase = rng.uniform(0, 2 * math.pi)

    def draw(self, img: np.ndarray, t: float) -> None:
        f, c = self.family, self.family.canvas
        clock = t * f.look.speed
        U, V, zoom, off = c.camera(t)
        if self.kind == "bokeh":
            self.particles.draw(img, t, clock, zoom, off)
        elif self.kind == "shapes":
            draw_shapes(img, c, self.shapes, self.spin, self.drift, clock, zoom, off, self.shadow)
        else:
            burn = 0.5 + 0.5 * math.sin(0.4 * clock + self.phase)
            glow = gauss(U, self.side * c.ext[0], 0.22) * (0.7 * burn * f.look.glow)
            rows = gauss(V, -0.2 * c.ext[1], 0.5)
            img += rows[:, None, None] * (glow[:, None] * self.leak)[None]


__all__ = ["Accent", "Canvas", "FAMILY_PAINTERS", "Family", "lighten", "luma"]
