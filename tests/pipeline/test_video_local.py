"""The procedural background generator: the look follows the words, and the clip is exact."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from adgen.pipeline.ffmpeg import probe, read_frames
from adgen.pipeline.services.video.local import LocalVideoGenerator, look_from
from adgen.pipeline.types import BackgroundRequest
from adgen.project import Style

STYLE = Style(palette=["#1F3A5F", "#F2A541"], mood="energetic", lighting="natural", visual_style="modern")
LUMA = np.array([0.299, 0.587, 0.114])


def clip(
    tmp_path: Path,
    prompt: str,
    *,
    style: Style = STYLE,
    role: str = "showcase",
    seed: int = 0,
    size: tuple[int, int] = (144, 256),
    fps: int = 12,
    duration: float = 1.0,
    name: str | None = None,
) -> np.ndarray:
    out = tmp_path / (name or f"{abs(hash((prompt, role, seed, size)))}.mp4")
    request = BackgroundRequest(prompt, style, size[0], size[1], fps, duration, seed, role)
    LocalVideoGenerator().generate(request, out)
    return read_frames(out).astype(np.float32)


def luma(frames: np.ndarray) -> float:
    return float((frames @ LUMA).mean())


# --- the look, as numbers ---------------------------------------------------------------


def test_look_words_move_the_numbers_and_stack():
    """Comparatives are steps of the grade and stack; descriptive words are levels of the take."""
    base = look_from("a coffee cup on a table", STYLE)
    brighter = look_from("a coffee cup on a table, brighter", STYLE)
    twice = look_from("a coffee cup on a table, brighter, brighter", STYLE)
    less = look_from("a coffee cup on a table, less bright", STYLE)
    assert base.lift < brighter.lift < twice.lift
    assert less.lift < base.lift and look_from("cup, darker", STYLE).lift < base.lift
    assert look_from("cup, very bright", STYLE).brightness > look_from("cup, bright", STYLE).brightness
    assert (
        look_from("cup, bright", STYLE).brightness
        > base.brightness
        > look_from("cup, dark", STYLE).brightness
    )
    assert look_from("cup, warm", STYLE).warmth > base.warmth > look_from("cup, cool", STYLE).warmth
    assert look_from("cup, warmer", STYLE).warmth > base.warmth > look_from("cup, cooler", STYLE).warmth
    assert look_from("cup, dramatic", STYLE).contrast > base.contrast
    assert (
        look_from("cup, more contrast", STYLE).spread > base.spread > look_from("cup, softer", STYLE).spread
    )
    assert look_from("cup, calm", STYLE).speed < base.speed < look_from("cup, fast", STYLE).speed
    assert look_from("cup, calmer", STYLE).speed < base.speed < look_from("cup, more energetic", STYLE).speed
    assert look_from("cup, neon", STYLE).saturation > base.saturation
    assert look_from("cup, minimal", STYLE).particle_density < base.particle_density
    assert look_from("cup, black and white", STYLE).saturation == 0.0


def test_palette_comes_from_prompt_colours_then_style_then_mood():
    look = look_from("a red sports car", STYLE)
    assert look.palette[0] == pytest.approx((0xD7 / 255, 0x26 / 255, 0x3D / 255))
    assert look.palette[1] == pytest.approx((0x1F / 255, 0x3A / 255, 0x5F / 255))  # brand primary
    # "coffee" and "gold" name what a product is, not the backdrop's colour, unless a colour
    # noun follows; a clause that restates the palette adds nothing the style does not say.
    assert look_from("cold brew coffee, charcoal and coral palette", STYLE).palette[0] == pytest.approx(
        (0x1F / 255, 0x3A / 255, 0x5F / 255)
    )
    assert look_from("gold tones", Style()).palette[0] == pytest.approx((0xD4 / 255, 0xAF / 255, 0x37 / 255))
    mood_only = look_from("a product", Style(mood="calm"))
    assert len(mood_only.palette) >= 2  # never without colours


def test_style_sets_the_base_look():
    calm = look_from("a product", Style(mood="calm", lighting="soft"))
    energetic = look_from("a product", Style(mood="energetic", lighting="bright"))
    assert calm.speed < energetic.speed
    assert calm.brightness < energetic.brightness or calm.contrast < energetic.contrast


# --- the clips --------------------------------------------------------------------------


def test_clip_has_exact_size_fps_and_duration(tmp_path: Path):
    out = tmp_path / "bg.mp4"
    LocalVideoGenerator().generate(
        BackgroundRequest("splash of iced coffee", STYLE, 360, 640, 24, 2.5, 3, "hook"), out
    )
    info = probe(out)
    assert (info.width, info.height, info.fps) == (360, 640, 24)
    assert info.frame_count == 60 and info.duration_sec == pytest.approx(2.5, abs=0.01)
    assert info.video_codec == "h264" and info.pix_fmt == "yuv420p" and not info.has_audio


def test_upscaled_clip_keeps_the_requested_size(tmp_path: Path):
    out = tmp_path / "big.mp4"
    LocalVideoGenerator().generate(BackgroundRequest("waves", STYLE, 1080, 1080, 10, 0.5, 0), out)
    info = probe(out)
    assert (info.width, info.height, info.frame_count) == (1080, 1080, 5)


def test_brighter_prompt_gives_brighter_frames(tmp_path: Path):
    base = luma(clip(tmp_path, "iced coffee splash"))
    brighter = luma(clip(tmp_path, "iced coffee splash, brighter"))
    brighter2 = luma(clip(tmp_path, "iced coffee splash, brighter, brighter"))
    darker = luma(clip(tmp_path, "iced coffee splash, darker"))
    assert brighter > base + 12
    assert brighter2 > brighter + 8
    assert darker < base - 12


def test_warm_and_cool_shift_the_red_blue_balance(tmp_path: Path):
    warm = clip(tmp_path, "a mug on a table, warm")
    cool = clip(tmp_path, "a mug on a table, cool")
    balance = lambda f: float((f[..., 0] - f[..., 2]).mean())  # noqa: E731
    assert balance(warm) > balance(cool) + 15


def test_frames_move_and_are_never_flat(tmp_path: Path):
    for prompt, style in (
        ("minimal calm", Style(mood="calm")),
        ("night, darkest, very dark", STYLE),
        ("white", Style(palette=["#FFFFFF"])),
    ):
        frames = clip(tmp_path, prompt, style=style, duration=1.5)
        steps = np.abs(np.diff(frames, axis=0)).mean(axis=(1, 2, 3))
        assert steps.min() > 0.05, prompt  # every frame differs from the one before
        assert np.abs(frames[-1] - frames[0]).mean() > 1.0, prompt
        assert luma(frames) > 20, prompt  # not black
        assert frames.std(axis=(1, 2)).mean() > 4, prompt  # not a flat colour


def test_energetic_moves_more_than_calm(tmp_path: Path):
    """Energy is motion: particles, sweeps and the camera go faster (the backdrop stays ambient)."""

    def motion(prompt: str, style: Style) -> float:
        frames = clip(tmp_path, prompt, style=style, fps=24, duration=2.0, size=(180, 320))
        return float(np.abs(np.diff(frames, axis=0)).mean())

    energetic = motion("cold brew bottle, energetic, dynamic", Style(mood="energetic", palette=["#1F3A5F"]))
    calm = motion("cold brew bottle, calm, gentle", Style(mood="calm", palette=["#1F3A5F"]))
    assert energetic > 3 * calm


def test_roles_prompts_and_seeds_look_different(tmp_path: Path):
    hook = clip(tmp_path, "cold brew bottle", role="hook")
    showcase = clip(tmp_path, "cold brew bottle", role="showcase")
    other_prompt = clip(tmp_path, "mountain lake at dawn", role="showcase")
    other_seed = clip(tmp_path, "cold brew bottle", role="showcase", seed=1)
    for other in (hook, other_prompt, other_seed):
        assert np.abs(other - showcase).mean() > 6


def test_look_words_keep_the_composition(tmp_path: Path):
    """Adding "brighter" re-grades the same picture rather than drawing a new one."""
    base = clip(tmp_path, "cold brew bottle")
    brighter = clip(tmp_path, "cold brew bottle, brighter")
    correlation = np.corrcoef((base @ LUMA).ravel(), (brighter @ LUMA).ravel())[0, 1]
    assert correlation > 0.9


def test_deterministic(tmp_path: Path):
    a = clip(tmp_path, "cold brew bottle", name="a.mp4")
    b = clip(tmp_path, "cold brew bottle", name="b.mp4")
    assert np.abs(a - b).max() <= 1


def test_bad_requests_are_rejected(tmp_path: Path):
    gen = LocalVideoGenerator()
    with pytest.raises(ValueError, match="even"):
        gen.generate(BackgroundRequest("x", STYLE, 101, 100, 10, 1.0, 0), tmp_path / "x.mp4")
    with pytest.raises(ValueError, match="positive"):
        gen.generate(BackgroundRequest("x", STYLE, 100, 100, 10, 0.0, 0), tmp_path / "x.mp4")
    assert not (tmp_path / "x.mp4").exists()


@pytest.mark.slow
def test_final_size_clip_is_fast(tmp_path: Path):
    started = time.perf_counter()
    LocalVideoGenerator().generate(
        BackgroundRequest("splash, energetic", STYLE, 1080, 1920, 30, 5.0, 0, "hook"), tmp_path / "final.mp4"
    )
    elapsed = time.perf_counter() - started
    assert probe(tmp_path / "final.mp4").frame_count == 150
    assert elapsed < 20, f"a 5 s 1080x1920 background took {elapsed:.1f} s"
