"""Edits move the picture the way they say (issue 12 item 4, issue 17).

For each word pair the parser writes into a scene ("make the showcase brighter" appends
"brighter" to its background prompt, same seed), the showcase is rendered before and after at
every aspect (draft size), sampled every 0.25 s over the whole scene (:mod:`look_measures`), for
a calm and an energetic brief. The named measure must move the right way by at least the
stated amount, and the other three must stay within the bounds below.

The bounds: a re-render of the same document is bit-identical (asserted: the noise of the
renderer itself is 0), so what the other measures move is the edit's own physics, the product
and the text staying as they were while the background under them changes (a brighter backdrop
stands further from a dark product, so the frame's spread grows a little; a contrast step
pivots on the clip's mean, not on each aspect's crop, and scales every difference in the frame,
so for it the motion is compared relative to the spread). A new take of the same scene (a
regenerate) moves them by 5-30, far beyond these bounds.
"""

from __future__ import annotations

import numpy as np
import pytest
from look_measures import (
    BRIEFS,
    LUMA,
    MEASURES,
    Measures,
    magenta_mask,
    planned,
    scene_measures,
    scene_role,
    with_scene_phrase,
)
from product_image import product_png

from adgen.agent.understanding import parse_message
from adgen.pipeline.ffmpeg import read_frames
from adgen.pipeline.orchestrator import render_context, render_scenes
from adgen.pipeline.types import encode_profile
from adgen.project import ALL_ASPECTS
from adgen.store.media import LocalMediaStore
from adgen.tools import operations as ops
from adgen.tools.apply import apply_operation

pytestmark = pytest.mark.slow

# What each other measure may move (absolute for luma and warmth, in 1/255; relative to the
# measure before the edit for spread and motion).
BOUND_ABS = {"luma": 3.0, "warmth": 3.0}
BOUND_REL = {"spread": 0.15, "motion": 0.3}
WARMTH_REL = 0.08

# (phrase, measure, sign, at least): the named measure's move (absolute, or relative for motion).
PAIRS = {
    "brighter/darker": (("brighter", "luma", +1, 8.0), ("darker", "luma", -1, 8.0)),
    "warmer/cooler": (("warmer", "warmth", +1, 6.0), ("cooler", "warmth", -1, 6.0)),
    "contrast": (("more contrast", "spread", +1, 2.5), ("softer", "spread", -1, 2.0)),
    "faster/calmer": (("more energetic", "motion", +1, 0.15), ("calmer", "motion", -1, 0.15)),
}


@pytest.fixture(scope="module", params=sorted(BRIEFS))
def base(request, tmp_path_factory):
    """A brief's showcase, rendered once per module: (project, scene id, ctx, measures)."""
    from adgen.settings import Settings

    root = tmp_path_factory.mktemp(f"looks-{request.param}")
    ctx = render_context(Settings(data_dir=root / "data"), "draft", media=LocalMediaStore(root / "media"))
    project = planned(ctx.media, BRIEFS[request.param], product_png())
    scene_id = scene_role(project, "showcase")
    return request.param, project, scene_id, ctx, scene_measures(project, scene_id, ctx)


def _moved(before: Measures, after: Measures, name: str) -> float:
    delta = after.get(name) - before.get(name)
    return delta / max(before.get(name), 1e-6) if name == "motion" else delta


def _check_others(before: Measures, after: Measures, named: str, label: str) -> None:
    for other in MEASURES:
        if other == named:
            continue
        if other in BOUND_ABS:
            delta = after.get(other) - before.get(other)
            bound = BOUND_ABS[other]
            if other == "warmth":
                # On a strongly coloured backdrop a lift moves the clipped channel's neighbours
                # toward white: red-minus-blue shifts by a few per cent of its own size.
                bound = max(bound, WARMTH_REL * abs(before.warmth))
            assert abs(delta) <= bound, (label, other, round(delta, 2), round(bound, 2))
        else:
            old, new = before.get(other), after.get(other)
            if other == "motion" and named == "spread":
                # Contrast scales every difference in the frame, motion included: compare the
                # motion relative to the spread (how far things move, not how contrasty they are).
                old, new = old / before.spread, new / after.spread
            rel = abs(new - old) / max(old, 1e-6)
            assert rel <= BOUND_REL[other], (label, other, round(new - old, 3), f"{rel:.0%}")


def _check_pair(base, pair: str) -> None:
    brief, project, scene_id, ctx, before = base
    for phrase, measure, sign, least in PAIRS[pair]:
        after = scene_measures(with_scene_phrase(project, scene_id, phrase), scene_id, ctx)
        for aspect in ALL_ASPECTS:
            label = f"{brief} {aspect} {phrase!r}"
            moved = _moved(before[aspect], after[aspect], measure)
            print(f"{label}: {measure} {before[aspect].get(measure):.2f} -> {after[aspect].get(measure):.2f}")
            assert sign * moved >= least, (
                label,
                measure,
                before[aspect].get(measure),
                after[aspect].get(measure),
            )
            _check_others(before[aspect], after[aspect], measure, label)


def test_brighter_and_darker_move_mean_luma(base) -> None:
    _check_pair(base, "brighter/darker")


def test_warmer_and_cooler_move_red_minus_blue(base) -> None:
    _check_pair(base, "warmer/cooler")


def test_more_contrast_and_softer_move_the_spread(base) -> None:
    _check_pair(base, "contrast")


def test_more_energetic_and_calmer_move_the_motion(base) -> None:
    _check_pair(base, "faster/calmer")


def test_the_same_document_renders_the_same_frames(base, tmp_path) -> None:
    """The renderer's own noise is nothing: a fresh store renders the same measures exactly."""
    from adgen.settings import Settings

    brief, _project, scene_id, _ctx, before = base
    fresh = render_context(
        Settings(data_dir=tmp_path / "data"), "draft", media=LocalMediaStore(tmp_path / "media")
    )
    again = scene_measures(planned(fresh.media, BRIEFS[brief], product_png()), scene_id, fresh)
    assert again == before


def test_a_look_word_through_the_style_moves_the_whole_ad(base) -> None:
    """The whole-ad path: a comparative in the style's lighting is a step like a scene's;
    replacing the lighting by its opposite moves the level the same way."""
    brief, project, scene_id, ctx, before = base
    lighting = project.style.lighting
    brighter = apply_operation(project, ops.UpdateStyle(lighting=f"{lighting}, brighter")).project
    after = scene_measures(brighter, scene_id, ctx)
    dark = apply_operation(project, ops.UpdateStyle(lighting="dark")).project
    darker = scene_measures(dark, scene_id, ctx)
    for aspect in ALL_ASPECTS:
        assert after[aspect].luma - before[aspect].luma >= 8.0, (brief, aspect)
        _check_others(before[aspect], after[aspect], "luma", f"{brief} {aspect} style brighter")
        assert before[aspect].luma - darker[aspect].luma >= 8.0, (brief, aspect)


def test_an_earlier_dark_and_a_later_brighter_net_out_brighter(base) -> None:
    """The latest instruction wins: "dark" written into the prompt earlier and "brighter"
    appended after it make the scene brighter than the dark one."""
    brief, project, scene_id, ctx, _before = base
    dark = with_scene_phrase(project, scene_id, "dark moody backdrop")
    dark_m = scene_measures(dark, scene_id, ctx)
    then_brighter = scene_measures(with_scene_phrase(dark, scene_id, "brighter"), scene_id, ctx)
    for aspect in ALL_ASPECTS:
        assert then_brighter[aspect].luma - dark_m[aspect].luma >= 8.0, (brief, aspect)


def _product_heights(project, scene_id: str, ctx) -> dict[str, tuple[float, np.ndarray, np.ndarray]]:
    """Per aspect: the magenta product's mean height over the scene (every 0.25 s), the sampled
    frames, and where the product is on any of them."""
    (output,) = render_scenes(project, ctx, [scene_id])
    assert not output.errors, output.errors
    out = {}
    for aspect, url in output.clips.items():
        fps = encode_profile(aspect, ctx.quality).fps
        frames = read_frames(ctx.media.local_path(url))
        picks = [
            min(int(round(t * fps)), len(frames) - 1)
            for t in np.arange(0.0, project.scene(scene_id).duration_sec - 1e-6, 0.25)
        ]
        sampled = frames[picks]
        masks = np.stack([magenta_mask(f) for f in sampled])
        heights = []
        for mask in masks:
            ys = np.nonzero(mask.any(axis=1))[0]
            if ys.size:  # a reveal starts from the dark: frames without the product are left out
                heights.append(float(ys.max() - ys.min()))
        assert len(heights) >= len(picks) // 2, (aspect, "the product is missing on most frames")
        out[aspect] = (float(np.mean(heights)), sampled, masks.any(axis=0))
    return out


@pytest.mark.parametrize("phrase, sign", [("make the product bigger", +1), ("make the product smaller", -1)])
def test_bigger_and_smaller_product_move_its_box_and_nothing_else(base, phrase: str, sign: int) -> None:
    """What the parser writes for the phrase, rendered: the product's height over the whole
    showcase moves at least 8 % the right way in every aspect, and the frame away from the
    product (before and after, grown by a margin for its shadow and edge) moves by noise only."""
    import scipy.ndimage as ndi

    brief, project, scene_id, ctx, _ = base
    edits = [
        op for op in parse_message(phrase, project).operations if getattr(op, "scene_id", None) == scene_id
    ]
    assert edits, (phrase, "no product edit for the showcase")
    edited = project
    for op in edits:
        edited = apply_operation(edited, op).project
    before, after = _product_heights(project, scene_id, ctx), _product_heights(edited, scene_id, ctx)
    for aspect in ALL_ASPECTS:
        h0, frames0, mask0 = before[aspect]
        h1, frames1, mask1 = after[aspect]
        print(f"{brief} {aspect} {phrase!r}: product height {h0:.1f} -> {h1:.1f} px")
        assert sign * (h1 - h0) / h0 >= 0.08, (brief, aspect, phrase, h0, h1)
        margin = max(8, int(0.06 * frames0.shape[1]))
        away = ~ndi.binary_dilation(mask0 | mask1, iterations=margin)
        y0 = frames0.astype(np.float32) @ LUMA
        y1 = frames1.astype(np.float32) @ LUMA
        moved = float(np.abs(y1 - y0)[:, away].mean())
        assert moved <= 3.0, (brief, aspect, phrase, "the frame away from the product moved", round(moved, 2))
