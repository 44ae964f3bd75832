"""Whether a stored stage output may be reused, and the note a render keeps when one was not.

Why: a stage's output is found by the key of its inputs, so a file that is there was trusted as
it was. A truncated assembly was delivered as a "completed" broken video (its index, written
first by ``+faststart``, still told the full duration); a truncated scene pass or an empty
background made every later render fail with a confusing error, and was never rebuilt.

What a check costs, per reused output: a stat against the size recorded when it was stored, plus
a sha256 of small files (layers, manifests, posters; under a megabyte). Videos are not re-hashed:
truncation, the damage that happens, changes the size. An output stored before records existed
is looked at once (packets of a video counted against its index, an image decoded, a manifest
parsed) and then recorded. A damaged output is made again by its stage, and that stage's run
carries a note saying so (``StageRun.note``, listed in the report's summary as ``repaired``).
"""

from __future__ import annotations

import json
import logging
import subprocess
import threading
from pathlib import Path

from adgen.store.media import MediaStore

log = logging.getLogger(__name__)

_REPAIRED: dict[tuple[str, str], str] = {}
_LOCK = threading.Lock()


def damage(media: MediaStore, url: str) -> str | None:
    """None when the stored output at ``url`` can be reused; else why not, in a few words."""
    try:
        checked = media.check(url)
        if checked.recorded:
            return checked.problem
        problem = look_at(media.local_path(url))
        if problem is None:
            media.record(url)
        return problem
    except FileNotFoundError:
        return "it is missing"
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"


def look_at(path: Path) -> str | None:
    """A look at a file's content, by its kind: None when it is whole."""
    suffix = path.suffix.lower()
    if path.stat().st_size == 0:
        return "it is empty"
    if suffix in (".mp4", ".m4a", ".mov", ".wav", ".mp3"):
        return _media_problem(path)
    if suffix in (".png", ".jpg", ".jpeg", ".webp"):
        return _image_problem(path)
    if suffix == ".json":
        try:
            json.loads(path.read_bytes())
        except ValueError:
            return "it is not valid JSON"
    return None


def _media_problem(path: Path) -> str | None:
    """Every packet the index promises is there (``+faststart`` puts the index first, so a cut
    file still tells its full duration), and ffmpeg reads them without an error."""
    from adgen.pipeline.ffmpeg import ffmpeg_exe
    from adgen.pipeline.lifetime import killed_with_parent

    proc = subprocess.run(
        killed_with_parent(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path)]
            + ["-map", "0", "-c", "copy", "-f", "null", "-"]
        ),
        capture_output=True,
    )
    errors = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode != 0 or errors:
        return f"it cannot be read whole ({errors.splitlines()[-1] if errors else f'exit {proc.returncode}'})"
    return None


def _image_problem(path: Path) -> str | None:
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.load()
    except Exception as exc:  # noqa: BLE001 - whatever Pillow says, the image is not usable
        return f"it is not a readable image ({exc})"
    return None


def note_repair(stage: str, key: str, why: str) -> str:
    """Remember that ``stage``'s output under ``key`` was damaged and is being made again; the
    stage's next run takes the note (:func:`take_repair_note`). Returns the note."""
    note = f"the stored {stage.replace('_', ' ')} was damaged ({why}) and was made again"
    with _LOCK:
        _REPAIRED[(stage, key)] = note
    log.warning("%s %s: %s", stage, key[:12], note)
    return note


def take_repair_note(stage: str, key: str | None) -> str | None:
    """The repair note of a stage that has just run again for ``key`` (once)."""
    if key is None:
        return None
    with _LOCK:
        return _REPAIRED.pop((stage, key), None)


def hand_over_repairs() -> dict[tuple[str, str], str]:
    """Every note not yet taken, removed from this process: for the processes that will run those
    stages (a render's pool), which :func:`adopt_repairs` them."""
    with _LOCK:
        notes = dict(_REPAIRED)
        _REPAIRED.clear()
    return notes


def adopt_repairs(notes: dict[tuple[str, str], str]) -> None:
    with _LOCK:
        _REPAIRED.update(notes)


__all__ = ["adopt_repairs", "damage", "hand_over_repairs", "look_at", "note_repair", "take_repair_note"]
