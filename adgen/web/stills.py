"""Stills of stored videos for the chat's players, so a player shows words before it plays.

The A/B card's posters: both ads at the scene where B differs.

The render's own poster is taken in the first product scene (:func:`adgen.pipeline.assembly.poster_scene`),
the frame that best says what an ad is. On the A/B card that frame is the wrong one when B changes
another scene: a B with a new hook showed two identical showcase frames, and the marketer had to
play both videos to see the difference. Here each export gives a still from the middle of the first
scene B changes, stored beside the project's media (by content, so asking again stores nothing new).

A scene's preview under the progress message: its clip's middle frame (:func:`clip_still`). The
browser would show the clip's first frame, where the hook's words are still fading in.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from adgen.pipeline.assembly import poster_scene
from adgen.pipeline.ffmpeg import poster, probe
from adgen.pipeline.product_motion import scene_start
from adgen.project import MASTER_ASPECT, AdProject
from adgen.store.media import MediaStore


def first_changed_scene(original: AdProject, variant: AdProject) -> str | None:
    """The id of the first scene of ``variant`` (in its order) that is not the same in
    ``original``: new, or with other content; None when only the whole ad changed."""
    before = {s.id: s.model_dump(mode="json") for s in original.scenes}
    for scene in variant.scenes:
        if before.get(scene.id) != scene.model_dump(mode="json"):
            return scene.id
    return None


def pair_scene(original: AdProject, variant: AdProject) -> str | None:
    """The scene the card's posters should show, when it is not the one the render's posters
    already show; None when the render's posters will do."""
    changed = first_changed_scene(original, variant)
    if changed is None or changed == poster_scene(variant).id:
        return None
    return changed


def scene_poster(
    media: MediaStore, project: AdProject, scene_id: str, aspect: str = MASTER_ASPECT
) -> str | None:
    """A still of ``project``'s export in the middle of ``scene_id``, stored; its URL, or None
    when the project has no such export or scene (the card then keeps the render's poster)."""
    url = project.aspect_exports.get(aspect)
    scene = next((s for s in project.scenes if s.id == scene_id), None)
    if not url or scene is None or not media.exists(url):
        return None
    return clip_still(media, url, scene_start(project, scene) + scene.duration_sec / 2)


def clip_still(media: MediaStore, url: str, at_sec: float | None = None) -> str:
    """A still of the stored video ``url`` at ``at_sec`` (its middle when None), stored by
    content; its URL. Raises FFmpegError for a file with no picture."""
    video = media.local_path(url)
    with tempfile.TemporaryDirectory(prefix="adgen-still-") as tmp:
        if at_sec is None:
            at_sec = probe(video).duration_sec / 2
        still = poster(video, Path(tmp) / "still.jpg", at_sec)
        return media.put_bytes(still.read_bytes(), suffix=".jpg")


__all__ = ["clip_still", "first_changed_scene", "pair_scene", "scene_poster"]
