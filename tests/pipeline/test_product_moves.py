"""A showcase product's moves beyond the push-in (issue 17), measured on encoded frames of a
scene pass: an energetic ad's product pops on the music's beats (its size bumps a few percent at
each beat inside the scene and settles within a fraction of a second), a calm ad's slowly orbits
(its centre drifts sideways while the background pans the other way), a premium or dramatic ad's
is revealed (it rises into place out of the dark over the scene's first 0.8 s, then rests where the
layout puts it). All stay inside the layout's product box, which ``Layer.box`` covers over the
whole move. The beats and the move are part of the product layer's key: a music or mood change
re-renders it, a text edit does not.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from look_measures import magenta_mask
from PIL import Image, ImageDraw

from adgen.pipeline.ffmpeg import FrameWriter, read_frames, scene_pass
from adgen.pipeline.keys import project_keys
from adgen.pipeline.layout import scene_layout
from adgen.pipeline.product_motion import hero_move, move_for_mood, scene_start
from adgen.pipeline.providers import local_providers
from adgen.pipeline.services.audio.local import LocalAudioEngine, beat_grid
from adgen.pipeline.services.compositor import Compositor
from adgen.pipeline.targets import render_targets
from adgen.pipeline.types import POP_AMOUNT, REVEAL_SEC, Box, EncodeProfile, HeroMove
from adgen.platforms import builtin_table, safe_area_of
from adgen.project import AdProject, ProductAsset, ProductPlacement
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

FPS = 30
SIZES = {"9:16": (540, 960), "16:9": (960, 540)}


def _bottle(path: Path) -> Path:
    image = Image.new("RGBA", (300, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle([20, 10, 280, 590], radius=60, fill=(220, 40, 40, 255))
    image.save(path)
    return path


def _stripes(path: Path, w: int, h: int, duration: float) -> Path:
    """A grey floor with dark vertical stripes, so a pan of the background can be seen."""
    frame = np.full((h, w, 3), 200, np.uint8)
    for x in range(0, w, 60):
        frame[:, x : x + 6] = 40
    with FrameWriter(path, w, h, FPS) as writer:
        for _ in range(round(duration * FPS)):
            writer.write(frame)
    return path


def _red(frame: np.ndarray) -> np.ndarray:
    r, g, b = frame[..., 0].astype(int), frame[..., 1].astype(int), frame[..., 2].astype(int)
    return (r > 150) & (g < 110) & (b < 110)


def _extent(frame: np.ndarray) -> tuple[float, float, float, float, float]:
    """(left, top, right, bottom, horizontal centre) of the red product on a frame."""
    ys, xs = np.nonzero(_red(frame))
    assert xs.size > 500, "the product is not on the frame"
    return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()), float(xs.mean())


def _redness(frame: np.ndarray, region: tuple[float, float, float, float]) -> float:
    """How much of the red product's colour a region (left, top, right, bottom) shows: the mean
    of red minus the other two channels' mean (about 0 on the grey and black background)."""
    left, top, right, bottom = (round(v) for v in region)
    patch = frame[top : bottom + 1, left : right + 1].astype(float)
    return float((patch[..., 0] - (patch[..., 1] + patch[..., 2]) / 2).mean())


def _top_edge(frame: np.ndarray, left: float, right: float, clean: np.ndarray) -> int:
    """The highest row where the product (however dark or faint) differs from the clean
    background, over the middle of its width and away from the background's dark stripes."""
    cols = [
        x
        for x in range(round(left + (right - left) / 4), round(right - (right - left) / 4))
        if 15 <= x % 60 <= 45
    ]
    diff = np.abs(frame[:, cols].astype(int) - clean[:, cols].astype(int)).max(axis=2)
    rows = np.nonzero((diff > 25).mean(axis=1) > 0.8)[0]
    assert rows.size, "the product is not on the frame"
    return int(rows.min())


def _showcase(tmp_path: Path, aspect: str, move: HeroMove, duration: float):
    w, h = SIZES[aspect]
    layout = scene_layout(
        w,
        h,
        Box(0.05 * w, 0.05 * h, 0.9 * w, 0.9 * h),
        has_text=True,
        shows_product=True,
        product_position="center",
    )
    assert layout.product is not None
    placement = ProductPlacement(visible=True, scale=0.55, position="center")
    layer = Compositor().product_layer(
        _bottle(tmp_path / "p.png"),
        placement,
        w,
        h,
        duration,
        tmp_path / "layer.png",
        box=layout.product,
        hero=True,
        move=move,
    )
    profile = EncodeProfile(aspect, w, h, fps=FPS, preset="ultrafast", crf=16, audio_bitrate="96k")
    out = scene_pass(
        _stripes(tmp_path / "bg.mp4", w, h, duration), [layer], profile, duration, tmp_path / "pass.mp4"
    )
    return layer, layout.product, read_frames(out)


def _assert_pops(beats, fps: float, frame_count: int, height_at) -> int:  # noqa: ANN001
    """Assert the product's height (``height_at(frame index)``) jumps at each beat the frames
    cover and has settled 0.22 s later; returns how many beats were checked."""
    popped = 0
    for beat in beats:
        at = int(np.ceil(beat * fps - 1e-6))
        before, after = round((beat - 0.1) * fps), round((beat + 0.22) * fps)
        if before < 0 or after >= frame_count:
            continue
        heights = [height_at(k) for k in (before, at, after)]
        assert heights[1] >= heights[0] * (1 + 0.6 * POP_AMOUNT), (beat, heights)  # a pop at the beat
        assert heights[2] <= heights[0] * 1.02, (beat, heights)  # settled 0.22 s later
        popped += 1
    return popped


def _energetic_showcase_beats() -> tuple[float, ...]:
    """The beats inside a 4 s showcase that starts 3 s into an energetic 10 s ad (the real grid)."""
    project = AdProject.model_validate(
        {
            "projectId": "p_beats",
            "owner": "alice",
            "brief": "an energetic ad",
            "style": {"mood": "energetic"},
            "durationSec": 10,
            "scenes": [
                {"id": "scene_1", "role": "hook", "durationSec": 3, "backgroundPrompt": "a"},
                {"id": "scene_2", "role": "showcase", "durationSec": 4, "backgroundPrompt": "b"},
                {"id": "scene_3", "role": "cta", "durationSec": 3, "backgroundPrompt": "c"},
            ],
            "audio": {"mood": "energetic"},
        }
    )
    move = hero_move(project, project.scenes[1], LocalAudioEngine())
    assert move.kind == "pop"
    grid = beat_grid("energetic", 10)
    assert move.beats == tuple(round(b - 3, 3) for b in grid if 3 <= b < 7)
    # The very beats the assembly places the transitions on for the offline music.
    from adgen.pipeline.assembly import beat_times
    from adgen.pipeline.keys import audio_key
    from adgen.pipeline.report import PreparedAssets

    music = PreparedAssets(audio_url="file:///music.wav", audio_key=audio_key(project, LocalAudioEngine()))
    assert [round(b - 3, 3) for b in beat_times(project, None, music) if 3 <= b < 7] == list(move.beats)
    assert scene_start(project, project.scenes[1]) == 3
    return move.beats


@pytest.mark.parametrize("aspect", list(SIZES))
def test_an_energetic_showcase_pops_on_each_beat_and_settles(tmp_path: Path, aspect: str) -> None:
    beats = _energetic_showcase_beats()
    layer, box, frames = _showcase(tmp_path, aspect, HeroMove("pop", beats), 4.0)
    assert layer.motion and layer.motion["move"] == "pop"
    assert box.area.contains(layer.box, tolerance=1.0)  # the whole move is in its box
    popped = _assert_pops(beats, FPS, len(frames), lambda k: _extent(frames[k])[3] - _extent(frames[k])[1])
    assert popped >= 6
    for frame in frames[:: FPS // 6]:  # every frame stays inside the box the layer declares
        left, top, right, bottom, _ = _extent(frame)
        assert layer.box.x - 2 <= left and right <= layer.box.right + 2, (left, right, layer.box)
        assert layer.box.y - 2 <= top and bottom <= layer.box.bottom + 2, (top, bottom, layer.box)


@pytest.mark.parametrize("aspect", list(SIZES))
def test_a_calm_showcase_orbits_against_the_background_inside_its_box(tmp_path: Path, aspect: str) -> None:
    assert move_for_mood("calm, premium") == "orbit"
    layer, box, frames = _showcase(tmp_path, aspect, HeroMove("orbit"), 3.0)
    assert layer.motion and layer.motion["move"] == "orbit"
    assert box.area.contains(layer.box, tolerance=1.0)
    centres = [_extent(frame)[4] for frame in frames]
    drift = layer.motion["drift_px"]
    assert drift >= 8
    # Left of its rest centre at the start, right of it at the end: a steady, eased sweep.
    assert centres[-1] - centres[0] >= 1.6 * drift, (centres[0], centres[-1], drift)
    steps = np.diff(centres[:: FPS // 3])
    assert (steps > -1.5).all(), steps  # one way only, no wobble
    for frame in frames[:: FPS // 6]:
        left, top, right, bottom, _ = _extent(frame)
        assert layer.box.x - 2 <= left and right <= layer.box.right + 2, (left, right, layer.box)
        assert layer.box.y - 2 <= top and bottom <= layer.box.bottom + 2, (top, bottom, layer.box)
    # The background pans the other way (its stripes move left): a parallax, not a slide.
    row = frames[:, 4, :, :].mean(axis=2)  # the top row, above the product

    def first_stripe(values: np.ndarray) -> int:
        return int(np.argmax(values[10:] < 120)) + 10

    assert first_stripe(row[0]) - first_stripe(row[-1]) >= 8, (first_stripe(row[0]), first_stripe(row[-1]))


def test_the_beats_are_in_the_composite_key_and_a_text_edit_keeps_it(sample_project: AdProject) -> None:
    wire = sample_project.to_wire()
    wire["productAsset"] = {"sourceUrl": "file:///media/p.png", "maskedUrl": None, "checksum": "a" * 64}
    project = AdProject.from_wire(wire)
    providers = local_providers()
    showcase = "scene_2"

    def composites(p: AdProject) -> dict[str, str]:
        keys = project_keys(p, "draft", providers)
        return {aspect: k.composite for aspect, k in keys.scenes[showcase].items()}

    before = composites(project)
    move = hero_move(project, project.scenes[1], providers.music)
    assert move.kind == "pop" and len(move.beats) >= 10  # energetic: pops on the music's beats
    faster = apply_operation(project, ops.UpdateStyle(music_mood="energetic")).project
    assert hero_move(faster, faster.scenes[1], providers.music).beats != move.beats
    assert all(composites(faster)[a] != before[a] for a in before)  # other beats: made again
    text = apply_operation(project, ops.UpdateOverlay(scene_id=showcase, text="Smoother than ever")).project
    assert composites(text) == before  # a text edit re-renders only the text
    louder = apply_operation(project, ops.UpdateAudio(volume=0.3)).project
    assert composites(louder) == before  # same beats


def _magenta(frame: np.ndarray) -> tuple[float, float, float]:
    """(height, horizontal centre, pixel count) of the magenta product (:mod:`product_image`)."""
    ys, xs = np.nonzero(magenta_mask(frame))
    assert xs.size > 300, "the product is not on the frame"
    return float(ys.max() - ys.min()), float(xs.mean()), float(xs.size)


PREMIUM_BRIEF = "a 15 second ad for our cold brew coffee, premium and elegant"


@pytest.mark.parametrize("mood", ["energetic", "calm", "premium"])
def test_a_real_showcase_render_moves_its_product_by_the_mood(tmp_path: Path, mood: str) -> None:
    """The planner's ad, its showcase rendered by the pipeline (draft, 9:16): energetic, the product
    pops on the offline music's own beat grid at the scene's place in the ad; calm, it orbits;
    premium, it is revealed (hardly there at the start, then rests inside its layout box)."""
    from look_measures import BRIEFS, planned, scene_role
    from product_image import product_png

    from adgen.pipeline.orchestrator import render_context, render_scenes
    from adgen.settings import Settings
    from adgen.store.media import LocalMediaStore

    ctx = render_context(
        Settings(data_dir=tmp_path / "data"), "draft", media=LocalMediaStore(tmp_path / "media")
    )
    project = planned(ctx.media, BRIEFS.get(mood, PREMIUM_BRIEF), product_png())
    scene = project.scene(scene_role(project, "showcase"))
    (output,) = render_scenes(project, ctx, [scene.id], ["9:16"])
    assert not output.errors, output.errors
    frames = read_frames(ctx.media.local_path(output.clips["9:16"]))
    fps = round(len(frames) / scene.duration_sec)
    if mood == "calm":
        centres = [_magenta(frames[k])[1] for k in (0, len(frames) // 2, len(frames) - 1)]
        assert centres[0] + 6 < centres[1] + 3 < centres[2], centres  # a steady sideways drift
        return
    if mood == "premium":
        assert hero_move(project, scene, ctx.providers.music) == HeroMove("reveal")
        shown = _magenta(frames[round(1.2 * fps)])[2]
        for k in range(round(0.2 * fps)):
            assert magenta_mask(frames[k]).sum() < 0.1 * shown, k  # not out of the dark yet
        (declared,) = [b for b in output.layout["9:16"] if b["kind"] == "product"]
        x, y, w, h = (declared[k] for k in "xywh")
        for k in range(round(0.5 * fps), len(frames), 4):  # revealed, inside its declared box
            ys, xs = np.nonzero(magenta_mask(frames[k]))
            assert x - 3 <= xs.min() and xs.max() <= x + w + 3 and y - 3 <= ys.min() and ys.max() <= y + h + 3
        return
    start = scene_start(project, scene)
    beats = [
        b - start
        for b in beat_grid(project.audio.mood, project.duration_sec)
        if start <= b < start + scene.duration_sec
    ]
    popped = _assert_pops(beats, fps, len(frames), lambda k: _magenta(frames[k])[0])
    assert popped >= 4


@pytest.mark.parametrize(
    ("mood", "kind"),
    [
        ("energetic", "pop"),
        ("playful and fun", "pop"),
        ("calm and relaxed", "orbit"),
        ("natural, soft morning light", "orbit"),
        ("luxurious and elegant", "reveal"),
        ("premium", "reveal"),
        ("dramatic", "reveal"),
        ("cinematic, moody", "reveal"),
        ("calm, premium", "orbit"),  # the first known word decides
        ("professional", "push"),
    ],
)
def test_the_mood_chooses_the_move(mood: str, kind: str) -> None:
    assert move_for_mood(mood) == kind


def _rest(layer, t: float) -> tuple[float, float, float, float]:  # noqa: ANN001
    """Where the product of a hero layer is at ``t`` without the reveal's rise (left, top, right,
    bottom): the push-in alone, grown from the layer's base, centred where the compositor put it."""
    with Image.open(layer.path) as image:
        w0, h0 = image.size
    pw, ph = layer.detail["size"]
    motion = layer.motion
    start, span = motion["from_scale"], motion["duration_sec"]
    scale = start + (1 - start) * (1 - (1 - min(1, t / span)) ** 2)
    centre, top = float(layer.x) + w0 / 2, float(layer.y) + h0 * (1 - scale)
    return centre - pw * scale / 2, top, centre + pw * scale / 2, top + ph * scale


@pytest.mark.parametrize("aspect", list(SIZES))
def test_a_premium_showcase_is_revealed_out_of_the_dark_then_rests_in_its_layout_box(
    tmp_path: Path, aspect: str
) -> None:
    duration = 2.0
    layer, box, frames = _showcase(tmp_path, aspect, HeroMove("reveal"), duration)
    motion = layer.motion
    assert motion and motion["move"] == "reveal" and motion["reveal_sec"] == REVEAL_SEC
    assert box.area.contains(layer.box, tolerance=1.0)  # the rise included
    rest = _rest(layer, 1.2)
    region = (rest[0] + 4, rest[1] + 4, rest[2] - 4, rest[3] - 4)
    shown = _redness(frames[round(1.2 * FPS)], region)
    assert shown > 80, shown
    # Its first 0.3 s: the product is not there yet, then a dark shape with little of its colour.
    for k in range(round(0.3 * FPS) + 1):
        assert _redness(frames[k], region) < 0.35 * shown, (k, _redness(frames[k], region), shown)
        assert _red(frames[k]).sum() < 0.05 * _red(frames[round(1.2 * FPS)]).sum(), k
    # It rises into place: 0.1 s in it stands lower than the push-in alone puts it, by the rise
    # left at that time (an ease-out from rise_px below).
    clean = frames[-1].copy()
    left, top, right, bottom = (round(v) for v in _rest(layer, duration))
    clean[top - 8 : bottom + 40, left - 40 : right + 40] = 200  # the background without the product
    k = 3
    lift = motion["rise_px"] * (1 - k / FPS / motion["reveal_sec"]) ** 3
    assert lift >= 6
    lower = _top_edge(frames[k], rest[0], rest[2], clean) - _rest(layer, k / FPS)[1]
    assert 0.6 * lift - 2 <= lower <= lift + 3, (lower, lift)
    # After the reveal: in full colour, exactly where the layout's box and the push-in put it.
    for k in range(math.ceil(motion["reveal_sec"] * FPS), len(frames), FPS // 6):
        found, (left, top, right, bottom) = _extent(frames[k])[:4], _rest(layer, k / FPS)
        expected = (left, top, right - 1, bottom - 1)  # the extent's last pixels
        assert np.allclose(found, expected, atol=2.5), (k, found, expected)
        assert _redness(frames[k], region) > 0.95 * shown
    for k in range(round(0.6 * FPS), len(frames), FPS // 6):  # and inside the box it declares
        left, top, right, bottom, _ = _extent(frames[k])
        assert layer.box.x - 2 <= left and right <= layer.box.right + 2, (left, right, layer.box)
        assert layer.box.y - 2 <= top and bottom <= layer.box.bottom + 2, (top, bottom, layer.box)
    # Still the hero: at rest its larger side fills most of the box's limiting side.
    left, top, right, bottom, _ = _extent(frames[-1])
    assert max((bottom - top) / box.area.h, (right - left) / box.area.w) >= 0.85


def test_a_revealed_product_stays_in_the_safe_area_of_every_preset(tmp_path: Path) -> None:
    """A premium ad's showcases, laid out for every export of the default and feed presets at
    final size: the whole reveal (the rise below its rest included) is inside the safe area the
    presets share, which is what the pre-flight checks the product's layout box against."""
    from adgen.pipeline.layout import layout_for
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief

    table = builtin_table()
    asset = ProductAsset(source_url="file:///tmp/bottle.png", checksum="b" * 64)
    brief = Brief(text="a 15 second ad for Lumen face serum, luxurious and elegant", brand_name="Lumen")
    project = LocalPlanner().plan(brief, owner="alice", product_asset=asset)
    project = project.model_copy(
        update={"presets": ["tiktok", "reels", "square_feed", "youtube", "meta_feed"]}
    )
    cutout = _bottle(tmp_path / "p.png")
    showcases = [s for s in project.scenes if s.role == "showcase"]
    assert showcases
    checked = 0
    for target in render_targets(project, table):
        width, height = target.size
        area = safe_area_of([table[p] for p in target.preset_ids], width, height)
        for scene in showcases:
            assert hero_move(project, scene, local_providers().music) == HeroMove("reveal")
            layout, _ = layout_for(project, scene, target, width, height)
            assert layout.product is not None
            layer = Compositor().product_layer(
                cutout,
                scene.product,
                width,
                height,
                scene.duration_sec,
                tmp_path / f"{target.key}-{scene.id}.png",
                box=layout.product,
                hero=True,
                move=HeroMove("reveal"),
            )
            assert layer.motion and layer.motion["rise_px"] >= 0.05 * layer.detail["size"][1]
            assert layout.product.area.contains(layer.box, tolerance=1.0), (target.key, layer.box)
            assert area.contains(layer.box, tolerance=2.0), (target.key, layer.box, area)
            checked += 1
    assert checked >= 4


def test_the_move_is_in_the_composite_key_a_mood_change_re_renders_it(sample_project: AdProject) -> None:
    wire = sample_project.to_wire()
    wire["productAsset"] = {"sourceUrl": "file:///media/p.png", "maskedUrl": None, "checksum": "a" * 64}
    project = AdProject.from_wire(wire)
    providers = local_providers()

    def composite(mood: str) -> dict[str, str]:
        p = apply_operation(project, ops.UpdateStyle(mood=mood)).project
        assert p.scenes[1].role == "showcase"
        keys = project_keys(p, "draft", providers)
        return {aspect: k.composite for aspect, k in keys.scenes["scene_2"].items()}

    calm, premium, luxury = composite("calm"), composite("premium"), composite("luxury, elegant")
    assert all(calm[a] != premium[a] for a in calm)  # orbit -> reveal: made again
    assert premium == luxury  # the same reveal: kept
    assert HeroMove("reveal").to_key() != HeroMove("orbit").to_key()
