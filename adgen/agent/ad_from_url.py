"""`adgen ad-from-url URL|FILE [--out DIR] [--request TEXT] [--render]`: a product page to an ad document.

Reads the page (a link, or a page saved by a browser), prints what was read (stderr) and the
page, brief and files as JSON (stdout). With ``--out`` it also plans the ad, as the chat would
(the same grounded brief, :func:`adgen.agent.page_ad.page_brief`, and planner), and writes
``DIR/project.json`` with the product shot beside it (named by a path relative to the document,
so ``adgen render DIR/project.json`` works anywhere); ``--render`` then renders it at final
quality into the same folder, like ``adgen render``. Exit 0 on success, 1 when the page shows
no product or the render failed, 2 when the page could not be read.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from adgen.agent.actions import planner_for
from adgen.agent.page_ad import page_brief
from adgen.product_page import (
    FetchError,
    NoProductFound,
    PageReading,
    SavedPageError,
    describe_reading,
    read_product_page,
)
from adgen.project import AdProject, ProductAsset
from adgen.settings import Settings

OWNER = "local"


def run_ad_from_url(
    source: str,
    settings: Settings,
    *,
    out: Path | None = None,
    request: str = "",
    render: bool = False,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Read ``source``, and with ``out`` write (and with ``render`` render) its ad; the exit code."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    try:
        reading = read_product_page(source, settings)
    except (FetchError, SavedPageError) as exc:
        print(f"adgen ad-from-url: {exc}", file=stderr)
        return 2
    print(describe_reading(reading.page), file=stderr)
    try:
        brief = page_brief(reading.page, request, settings)
    except NoProductFound:
        brief = None
    result: dict[str, Any] = {
        "page": reading.page.model_dump(mode="json", by_alias=True),
        "brief": asdict(brief) if brief else None,
    }
    code = 0 if brief is not None else 1
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        hero = reading.save_hero(out)
        result["heroFile"] = str(hero) if hero else None
        if brief is not None:
            project = _plan(reading, brief, hero, settings)
            document = out / "project.json"
            _write(document, project.to_json() + "\n")
            result["project"] = str(document)
            print(
                f"Planned {project.project_id}: {len(project.scenes)} scenes, {project.duration_sec:g} s.",
                file=stderr,
            )
            if render:
                code = _render(document, out, settings, result, stderr)
        _write(out / "page.json", json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False), file=stdout)
    return code


def _plan(reading: PageReading, brief: Any, hero: Path | None, settings: Settings) -> AdProject:
    """The ad of the page, its product shot named relative to the document's folder."""
    asset = None
    if hero is not None and reading.hero is not None:
        asset = ProductAsset(source_url=hero.name, masked_url=None, checksum=reading.hero.sha256)
    return planner_for(settings).plan(brief, owner=OWNER, product_asset=asset)


def _render(document: Path, out: Path, settings: Settings, result: dict[str, Any], stderr: TextIO) -> int:
    from adgen.pipeline.document import render_document

    print("Rendering at final quality…", file=stderr)
    rendered = render_document(document, out, "final", settings)
    state = rendered.render_status.state
    result["render"] = {
        "state": state,
        "exports": dict(rendered.aspect_exports),
        "error": rendered.render_status.error,
    }
    print(f"{rendered.project_id} v{rendered.version}: {state}", file=stderr)
    for aspect, path in rendered.aspect_exports.items():
        print(f"  {aspect}: {path}", file=stderr)
    return 0 if state in ("completed", "completed_with_warnings") else 1


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


__all__ = ["run_ad_from_url"]
