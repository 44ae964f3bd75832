"""How a finished render is handed to the marketer, the same in every front end: what quality
its videos are, at what size, and the names their downloads get.

A download's name says whose it is and what it is (brand, the variant's label, the version, draft
or final, the aspect), so an A/B variant's files, a draft and a final of the same version never
share a name: ``bean-there-B-v5-draft-9x16.mp4``.
"""

from __future__ import annotations

import re

from adgen.pipeline.types import encode_profile
from adgen.project import AdProject

DRAFT, FINAL = "draft", "final"
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def render_quality(project: AdProject) -> str:
    """The quality of the project's last render (``renderStatus.stages.quality``), draft if unsaid."""
    quality = (project.render_status.stages or {}).get("quality")
    return FINAL if quality == FINAL else DRAFT


def export_size(aspect: str, quality: str) -> tuple[int, int]:
    """Width and height of an export at this quality (the render's own encode profile)."""
    profile = encode_profile(aspect, FINAL if quality == FINAL else DRAFT)  # type: ignore[arg-type]
    return profile.width, profile.height


def size_words(aspect: str, quality: str) -> str:
    width, height = export_size(aspect, quality)
    return f"{width}×{height}"


def quality_words(project: AdProject, aspect: str) -> str:
    """``draft (360×640)`` or ``full quality (1080×1920)``: what a video of this render is."""
    quality = render_quality(project)
    name = "draft" if quality == DRAFT else "full quality"
    return f"{name} ({size_words(aspect, quality)})"


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-")


def export_filename(project: AdProject, aspect: str, quality: str | None = None) -> str:
    """The download name of one export: brand, variant label, version, quality, aspect."""
    brand = _slug(project.brand.name or "ad").lower() or "ad"
    parts = [brand]
    if project.variation.is_variation:
        parts.append(_slug(project.variation.label or "variant") or "variant")
    parts += [f"v{project.version}", quality or render_quality(project), aspect.replace(":", "x")]
    return "-".join(parts) + ".mp4"


def subtitle_downloads(project: AdProject, aspect: str) -> list[tuple[str, str]]:
    """The voice-over's subtitle files of one export as (download name, media URL): the video's
    own name with .srt and .vtt (``bean-there-v5-draft-9x16.srt``); none without a voice-over."""
    files = project.subtitle_exports.get(aspect) or {}  # type: ignore[call-overload]
    stem = export_filename(project, aspect).removesuffix(".mp4")
    return [(f"{stem}.{ext}", files[ext]) for ext in ("srt", "vtt") if ext in files]


__all__ = [
    "DRAFT",
    "FINAL",
    "export_filename",
    "subtitle_downloads",
    "export_size",
    "quality_words",
    "render_quality",
    "size_words",
]
