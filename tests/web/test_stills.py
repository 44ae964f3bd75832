"""The A/B card's posters show the scene B changes (adgen.web.stills.py), on real exports.

The exports here are made by FFmpeg: one flat colour per scene, so a still's colour says which
scene it was taken in. Before, the card showed the render's posters, both in the showcase, so a
B with a new hook looked exactly like A.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from adgen.project import MASTER_ASPECT, AdProject
from adgen.store.media import LocalMediaStore
from adgen.web.stills import clip_still, first_changed_scene, pair_scene, scene_poster

RGB = {"red": (255, 0, 0), "blue": (0, 0, 255), "green": (0, 128, 0), "yellow": (255, 255, 0)}


def _export(path: Path, colours: list[tuple[str, float]]) -> Path:
    """A 9:16 clip of flat colours, one per scene, each for its scene's length."""
    inputs: list[str] = []
    for colour, seconds in colours:
        inputs += ["-f", "lavfi", "-i", f"color=c={colour}:s=180x320:r=10:d={seconds}"]
    joined = "".join(f"[{n}:v]" for n in range(len(colours))) + f"concat=n={len(colours)}:v=1:a=0[v]"
    cmd = ["ffmpeg", "-v", "error", "-y", *inputs, "-filter_complex", joined, "-map", "[v]"]
    subprocess.run([*cmd, "-pix_fmt", "yuv420p", str(path)], check=True)
    return path


def _with_export(project: AdProject, media: LocalMediaStore, tmp: Path, colours: list[str]) -> AdProject:
    lengths = [s.duration_sec for s in project.scenes]
    clip = _export(tmp / f"{project.project_id}.mp4", list(zip(colours, lengths, strict=True)))
    url = media.put_file(clip, key=f"exports/{project.project_id}.mp4")
    return project.model_copy(update={"aspect_exports": {MASTER_ASPECT: url}})


def _colour(url: str, media: LocalMediaStore) -> np.ndarray:
    return np.asarray(Image.open(media.local_path(url)).convert("RGB"), dtype=float).mean(axis=(0, 1))


@pytest.fixture
def pair(sample_project: AdProject, tmp_path: Path) -> tuple[AdProject, AdProject, LocalMediaStore]:
    media = LocalMediaStore(tmp_path / "media")
    original = _with_export(sample_project, media, tmp_path, ["red", "blue", "green"])
    hook = original.scenes[0].model_copy(
        update={"overlay": original.scenes[0].overlay.model_copy(update={"text": "You need to see this"})}
    )
    variant = original.model_copy(update={"project_id": "p_variant1", "scenes": [hook, *original.scenes[1:]]})
    variant = _with_export(variant, media, tmp_path, ["yellow", "blue", "green"])
    return original, variant, media


def test_a_new_hook_puts_both_posters_in_the_hook(pair: tuple[AdProject, AdProject, LocalMediaStore]) -> None:
    original, variant, media = pair
    assert first_changed_scene(original, variant) == "scene_1"
    assert pair_scene(original, variant) == "scene_1"  # the render's posters are in the showcase
    still_a, still_b = (scene_poster(media, p, "scene_1") for p in (original, variant))
    assert still_a and still_b and still_a != still_b
    assert np.abs(_colour(still_a, media) - RGB["red"]).max() < 30
    assert np.abs(_colour(still_b, media) - RGB["yellow"]).max() < 30
    again = scene_poster(media, variant, "scene_1")
    assert again == still_b  # stored by content: asking again stores nothing new


def test_a_still_of_a_later_scene_is_taken_inside_that_scene(
    pair: tuple[AdProject, AdProject, LocalMediaStore],
) -> None:
    original, _, media = pair
    cta = scene_poster(media, original, "scene_3")
    assert cta is not None and np.abs(_colour(cta, media) - RGB["green"]).max() < 30


def test_the_render_posters_stay_when_they_already_show_the_change(
    pair: tuple[AdProject, AdProject, LocalMediaStore],
) -> None:
    original, variant, _ = pair
    showcase = original.scenes[1].model_copy(update={"background_prompt": "a beach at dawn"})
    changed_showcase = original.model_copy(
        update={"scenes": [original.scenes[0], showcase, original.scenes[2]]}
    )
    assert first_changed_scene(original, changed_showcase) == "scene_2"
    assert pair_scene(original, changed_showcase) is None  # the showcase is the posters' scene
    music_only = original.model_copy(
        update={"style": original.style.model_copy(update={"music_mood": "calm"})}
    )
    assert first_changed_scene(original, music_only) is None and pair_scene(original, music_only) is None


def test_no_export_or_no_such_scene_gives_no_still(
    pair: tuple[AdProject, AdProject, LocalMediaStore],
) -> None:
    original, _, media = pair
    assert scene_poster(media, original, "scene_9") is None
    assert scene_poster(media, original.model_copy(update={"aspect_exports": {}}), "scene_1") is None


def test_a_preview_still_is_the_middle_of_its_clip(
    pair: tuple[AdProject, AdProject, LocalMediaStore],
) -> None:
    original, _, media = pair
    middle = clip_still(media, original.aspect_exports[MASTER_ASPECT])  # 7.5 s of 15: the showcase
    assert np.abs(_colour(middle, media) - RGB["blue"]).max() < 30
    early = clip_still(media, original.aspect_exports[MASTER_ASPECT], 1.0)
    assert np.abs(_colour(early, media) - RGB["red"]).max() < 30
