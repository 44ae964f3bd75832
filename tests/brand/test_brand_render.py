"""Issue 18's "done when": a logo and a font uploaded through the chat session (the web chat's
path), an ad rendered, and on its frames the logo's pixels on the end card, the kit's colours, the
font's glyph shapes in the text layer; editing the kit leaves the old ad's render unchanged until
it is applied. Renders video, so marked slow."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from brand_samples import SANS_BOLD, SERIF_BOLD, crop_ink, draw_logo, encode, ink, mask_difference
from PIL import Image

from adgen.agent.session import ChatSession
from adgen.brand.library import BrandLibrary
from adgen.pipeline.brand_layer import safe_area
from adgen.pipeline.ffmpeg import ffmpeg_exe
from adgen.pipeline.keys import project_keys
from adgen.pipeline.orchestrator import render_context, render_project
from adgen.pipeline.stages import STAGE_OVERLAY
from adgen.pipeline.types import encode_profile
from adgen.project import AdProject

pytestmark = pytest.mark.slow

ASPECT = "9:16"
HOOK = "Bold Roast"


def frame_at(path: Path, t: float) -> np.ndarray:
    """One decoded frame as RGB."""
    out = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-ss", f"{t:.3f}", "-i", str(path), "-frames:v", "1", "-f", "image2pipe",
         "-vcodec", "png", "pipe:1"],
        check=True,
        capture_output=True,
    ).stdout  # fmt: skip
    import io

    return np.asarray(Image.open(io.BytesIO(out)).convert("RGB"))


def find_logo(frame: np.ndarray, logo: Image.Image) -> tuple[float, tuple[int, int, int, int]]:
    """The logo searched over scales with a mask of its opaque pixels: (mean abs error per channel
    at the best place, its box). Independent of where the renderer meant to put it."""
    best = (1e9, (0, 0, 0, 0))
    h, w = frame.shape[:2]
    for scale in np.arange(0.15, 1.01, 0.01):
        size = (max(8, round(logo.width * scale)), max(8, round(logo.height * scale)))
        if size[0] >= w or size[1] >= h:
            break
        small = np.asarray(logo.resize(size, Image.Resampling.LANCZOS)).astype(np.float32)
        mask = (small[..., 3] > 250).astype(np.float32)
        mask3 = np.repeat(mask[..., None], 3, axis=2)
        scores = cv2.matchTemplate(frame.astype(np.float32), small[..., :3], cv2.TM_SQDIFF, mask=mask3)
        _, _, loc, _ = cv2.minMaxLoc(scores)
        x, y = loc
        patch = frame[y : y + size[1], x : x + size[0]].astype(np.float32)
        error = float(np.abs(patch - small[..., :3])[mask > 0].mean())
        if error < best[0]:
            best = (error, (x, y, x + size[0], y + size[1]))
    return best


def share_near(frame: np.ndarray, colour: str, tolerance: int = 24) -> float:
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return float((np.abs(frame.astype(int) - rgb).max(axis=2) <= tolerance).mean())


def text_layer(project: AdProject, ctx, scene_index: int) -> Image.Image:
    keys = project_keys(project, "draft", ctx.providers, [ASPECT])
    key = keys.scenes[project.scenes[scene_index].id][ASPECT].overlay
    manifest = json.loads(ctx.media.read_bytes(ctx.find(STAGE_OVERLAY, key, "json")))
    return Image.open(ctx.media.local_path(manifest["url"])).convert("RGBA")


def glyph_mask(layer: Image.Image, colour: str) -> np.ndarray:
    """The text's glyphs: opaque pixels of the text colour (the scrim is translucent)."""
    rgba = np.asarray(layer).astype(int)
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return crop_ink((rgba[..., 3] > 200) & (np.abs(rgba[..., :3] - rgb).max(axis=2) < 100))


def shape_difference(glyphs: np.ndarray, font: Path) -> float:
    """The same string set in ``font``, scaled to the glyphs' box, compared pixel by pixel."""
    reference = Image.fromarray(ink(HOOK, font, 160).astype(np.uint8) * 255)
    scaled = np.asarray(reference.resize((glyphs.shape[1], glyphs.shape[0]), Image.Resampling.BILINEAR)) > 127
    return mask_difference(glyphs, scaled)


async def test_kit_uploaded_in_chat_shows_in_the_render_and_waits_to_be_applied(
    settings, tmp_path: Path
) -> None:
    logo_path = tmp_path / "harbour-logo.png"
    logo_path.write_bytes(encode(draw_logo()))
    font_path = tmp_path / "HarbourSerif-Bold.ttf"
    shutil.copy(SERIF_BOLD, font_path)
    session = ChatSession.open(
        settings=settings, owner="alice", conversation_id="render-1", channel="test", auto_render=False
    )
    for text, files in (
        ("here is our logo", [logo_path]),
        ("use this font for headlines", [font_path]),
        ("our call to action is 'Order today'", []),
        ("a 10 s ad for Harbour Coffee cold brew, energetic", []),
        (f"make the hook say '{HOOK}'", []),
    ):
        reply = await session.send(text, files)
        assert not reply.error, (text, reply.text)
    project = reply.project
    kit = BrandLibrary.from_settings(settings).kit("alice")
    ctx = render_context(settings, "draft")
    done = render_project(project, ctx, aspects=[ASPECT]).project
    video = ctx.media.local_path(done.aspect_exports[ASPECT])
    profile = encode_profile(ASPECT, "draft")
    end_scene = done.scenes[-1]
    end_t = done.duration_sec - end_scene.duration_sec / 2
    end_card = frame_at(video, end_t)
    hook = frame_at(video, done.scenes[0].duration_sec / 2)

    # The logo's pixels on the end card, inside the platform safe area, and on no other scene.
    logo = Image.open(logo_path).convert("RGBA")
    error, box = find_logo(end_card, logo)
    print(f"logo on the end card: mean error {error:.1f} per channel at {box}")
    assert error < 12, f"logo not found on the end card (mean error {error:.1f})"
    left, top, right, bottom = safe_area(profile.width, profile.height)
    assert left <= box[0] and top <= box[1] and box[2] <= right and box[3] <= bottom, (
        box,
        (left, top, right, bottom),
    )
    assert (box[2] - box[0]) >= 0.3 * (right - left)  # a main element, not a speck
    assert find_logo(hook, logo)[0] > 3 * error

    # The kit's colours in the frames: the CTA button in the accent, the text in kit colours.
    accent = kit.colors.accent
    # The button is the layout's CTA box (about 2 % of a 9:16 frame); the set behind it is no accent.
    assert share_near(end_card, accent) > 0.015 and share_near(hook, accent) < share_near(end_card, accent)
    assert done.scenes[0].overlay.color in kit.colors.as_list()
    assert share_near(hook, done.scenes[0].overlay.color, 30) > 0.002

    # The font's glyph shapes in the text layer: the same string set in the kit's font matches
    # far better than in the default font. (The layout's text layer draws its outline around the
    # glyphs, which the mask partly keeps: the absolute bound allows for it, the ratio decides.)
    glyphs = glyph_mask(text_layer(done, ctx, 0), done.scenes[0].overlay.color)
    with_kit_font, with_default = shape_difference(glyphs, SERIF_BOLD), shape_difference(glyphs, SANS_BOLD)
    print(f"glyph difference: kit font {with_kit_font:.3f}, default font {with_default:.3f}")
    assert with_kit_font < 0.45 and with_kit_font < 0.6 * with_default, (with_kit_font, with_default)

    # The render's own pre-flight contrast check (on the layout it recorded) passes on every text
    # of the export, the end card's button label included (at full quality: a draft's 16 px
    # capitals blur into their ring when chroma is subsampled).
    final = render_project(project, render_context(settings, "final"), aspects=[ASPECT]).project
    contrast = [c for e in final.preflight["exports"] for c in e["checks"] if c["check"] == "contrast"]
    print(
        "contrast:", [(f.get("subject"), f.get("measured")) for c in contrast for f in c.get("findings", [])]
    )
    assert contrast and all(c["status"] == "pass" for c in contrast), contrast

    # Editing the kit leaves the ad (and its render) as it was ...
    reply = await session.send("our colours are navy and coral in the brand kit")
    assert not reply.error and "still uses version" in reply.text
    again = render_project(session.project, ctx, aspects=[ASPECT])
    assert again.project.aspect_exports == done.aspect_exports
    assert not [r for r in again.report.stages if r.status == "ran"]
    # ... until it is applied: then the text layers and (new palette) backgrounds render again.
    reply = await session.send("apply the new brand kit to this ad")
    assert not reply.error and reply.project.brand_kit.version == kit.version + 1
    applied = render_project(reply.project, ctx, aspects=[ASPECT]).project
    new_end = frame_at(ctx.media.local_path(applied.aspect_exports[ASPECT]), end_t)
    assert (
        share_near(new_end, "#000080") > 0.015 and share_near(new_end, accent) < 0.005
    )  # the button, navy now
    assert find_logo(new_end, logo)[0] < 12
