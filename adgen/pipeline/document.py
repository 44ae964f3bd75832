"""`adgen render PROJECT.json --out DIR`: a project document on disk rendered into a folder.

The document may name its product image by a plain path (relative to the document, as a replay
writes it); the image is put in the media store first. The folder gets the exports and posters
under readable names, ``project.json`` pointing at them and ``report.json``; every file appears
whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

from adgen.brand.portable import import_kit_files
from adgen.pipeline.context import RenderError, render_context
from adgen.pipeline.orchestrator import render_project
from adgen.project import AdProject
from adgen.settings import Settings
from adgen.store.media import MediaStore


def render_document(path: Path, out_dir: Path, quality: str, settings: Settings) -> AdProject:
    """Render a project document into ``out_dir``: one ``ad_9x16.mp4`` (``ad_4x5.mp4``, ...) and
    ``poster_9x16.jpg`` per export, with a voice-over ``ad_9x16.srt`` and ``ad_9x16.vtt``,
    ``project.json`` (aspectExports, presetExports and subtitleExports pointing at those files;
    after a final render its pre-flight report) and ``report.json``."""
    path, out_dir = Path(path), Path(out_dir)
    if not path.is_file():
        raise FileNotFoundError(f"no project document at {path}")
    project = AdProject.from_wire(path.read_text(encoding="utf-8"))
    ctx = render_context(settings, quality)
    project = _import_product(project, path.resolve().parent, ctx.media)
    project = import_kit_files(project, path.resolve().parent, ctx.media)  # a brand kit's logo and fonts
    outcome = render_project(project, ctx)
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = outcome.project
    if rendered.render_status.state != "failed":
        files: dict[str, str] = {}
        for aspect, url in outcome.report.exports.items():
            tag = aspect.replace(":", "x").replace("/", "-").replace("+", "-")
            dest = out_dir / f"ad_{tag}.mp4"
            _copy_atomic(ctx.media.local_path(url), dest)
            files[aspect] = str(dest.resolve())
            if aspect in outcome.report.posters:
                _copy_atomic(
                    ctx.media.local_path(outcome.report.posters[aspect]), out_dir / f"poster_{tag}.jpg"
                )
        by_url = {url: files[key] for key, url in outcome.report.exports.items()}
        presets = {pid: by_url[url] for pid, url in rendered.preset_exports.items() if url in by_url}
        aspects = {a: by_url[url] for a, url in rendered.aspect_exports.items() if url in by_url}
        rendered = rendered.model_copy(update={"aspect_exports": aspects, "preset_exports": presets})
        subtitles: dict[str, dict[str, str]] = {}
        for aspect, by_ext in rendered.subtitle_exports.items():  # the voice-over's .srt and .vtt
            tag = aspect.replace(":", "x").replace("/", "-").replace("+", "-")
            for ext, url in by_ext.items():
                dest = out_dir / f"ad_{tag}.{ext}"
                _copy_atomic(ctx.media.local_path(url), dest)
                subtitles.setdefault(aspect, {})[ext] = str(dest.resolve())
        rendered = rendered.model_copy(update={"subtitle_exports": subtitles})
        rendered = AdProject.model_validate(rendered.model_dump())
    _write_atomic(out_dir / "project.json", rendered.to_json())
    _write_atomic(out_dir / "report.json", json.dumps(outcome.report.to_wire(), indent=2))
    return rendered


def _import_product(project: AdProject, base: Path, media: MediaStore) -> AdProject:
    """A product image named by a plain path (relative to the document) is put in the store."""
    asset = project.product_asset
    if asset is None:
        return project
    try:
        media.key_of(asset.source_url)
        return project
    except ValueError:
        pass
    raw = (
        unquote(urlparse(asset.source_url).path) if asset.source_url.startswith("file:") else asset.source_url
    )
    path = Path(raw) if Path(raw).is_absolute() else base / raw
    if not path.is_file():
        raise RenderError(f"the product image {asset.source_url} does not exist")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != asset.checksum:
        raise RenderError(f"the product image {path} does not match the document's checksum")
    url = media.put_bytes(data, suffix=path.suffix.lower() or ".png")
    wire = project.to_wire()
    wire["productAsset"]["sourceUrl"] = url
    return AdProject.from_wire(wire)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _copy_atomic(src: Path, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dest)


__all__ = ["render_document"]
