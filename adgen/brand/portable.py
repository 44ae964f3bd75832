"""A brand kit's files beside a project document, so the document renders elsewhere.

``adgen replay`` writes its documents after its own media folder is gone, and ``adgen render
PROJECT.json`` may run on another machine: the logo and font files an ad's ``brandKit`` names are
copied next to the document (``media/<sha256>.<ext>``) and named by that relative path, and put
back in the media store when the document is rendered.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from adgen.store.media import MediaStore

# The brandKit fields that name files: (path inside brandKit, what it is for the messages)
_FILE_FIELDS = (("logoUrl",), ("headingFont", "url"), ("bodyFont", "url"))


def _slots(ref: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """(the dict holding a file URL, its key) for each file the reference names."""
    out = []
    for path in _FILE_FIELDS:
        holder: Any = ref
        for part in path[:-1]:
            holder = holder.get(part) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and holder.get(path[-1]):
            out.append((holder, path[-1]))
    return out


def export_kit_files(project: Any, media: MediaStore, folder: Path) -> Any:
    """The project with its kit's files copied into ``folder/media`` and named relatively."""
    from adgen.project import AdProject

    wire = project.to_wire()
    ref = wire.get("brandKit")
    if not ref:
        return project
    (folder / "media").mkdir(parents=True, exist_ok=True)
    for holder, key in _slots(ref):
        source = media.local_path(holder[key])
        data = source.read_bytes()
        name = f"{hashlib.sha256(data).hexdigest()}{source.suffix.lower()}"
        tmp = folder / "media" / f".{name}.tmp"
        shutil.copyfile(source, tmp)
        tmp.replace(folder / "media" / name)
        holder[key] = f"media/{name}"
    return AdProject.from_wire(wire)


def import_kit_files(project: Any, base: Path, media: MediaStore) -> Any:
    """The project with kit files named by plain paths (relative to ``base``) put in the store."""
    from adgen.project import AdProject

    wire = project.to_wire()
    ref = wire.get("brandKit")
    if not ref:
        return project
    changed = False
    for holder, key in _slots(ref):
        url = holder[key]
        try:
            media.key_of(url)
            continue  # already in this store
        except ValueError:
            pass
        raw = unquote(urlparse(url).path) if url.startswith("file:") else url
        path = Path(raw) if Path(raw).is_absolute() else base / raw
        if not path.is_file():
            raise FileNotFoundError(f"the brand kit file {url} does not exist")
        holder[key] = media.put_bytes(path.read_bytes(), suffix=path.suffix.lower())
        changed = True
    return AdProject.from_wire(wire) if changed else project


__all__ = ["export_kit_files", "import_kit_files"]
