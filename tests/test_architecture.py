"""The layering docs/architecture.md promises, checked on the source itself.

Data flows one way (message -> operations -> new project version -> stages -> jobs -> events ->
chat), so a package imports only the packages below it; the pipeline's services never call one
another; and only the render jobs, which act for the owner of the job they run, read a project
without its owner check.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "adgen"
SHARED = {"project", "settings"}
# Which adgen packages each package may import (besides itself and the shared document/settings).
# platforms (the preset table) and preflight (the checks on rendered files) are data and
# measurement below everything that makes or edits an ad.
MAY_IMPORT = {
    "platforms": set(),
    "preflight": {"platforms"},
    "tools": {"brand", "platforms"},
    "store": set(),
    # The voice package (issue 19) is the pipeline's speech toolkit: it uses the pipeline's plain
    # helpers (errors, atomic, ffmpeg, keys, stages, types, the typesetter) and the pipeline's
    # voice stages (adgen.pipeline.voice_stages) use it, as they use the platform presets.
    "voice": {"pipeline", "platforms"},
    "brand": {"store", "platforms"},  # brand kits (issue 18): below the edits and the render that use them
    "pipeline": {"store", "voice", "brand", "platforms", "preflight"},
    "jobs": {"pipeline", "store", "platforms", "preflight"},
    "product_page": {"pipeline", "store"},
    "agent": {
        "tools",
        "pipeline",
        "store",
        "jobs",
        "product_page",
        "voice",
        "brand",
        "platforms",
        "preflight",
    },
    "web": {"agent", "pipeline", "store", "jobs", "brand", "platforms", "preflight"},
    "slack": {"agent", "pipeline", "store", "jobs", "brand", "platforms", "preflight"},
    "launcher": {"jobs"},
    # The HTTP API is a front end like web and slack; it also reads product images and checks
    # webhook addresses with the product-page fetcher's safe network layer.
    "api": {"agent", "tools", "pipeline", "store", "jobs", "product_page"},
}
# Single modules a package may import from a package it otherwise may not, each with its reason.
MAY_IMPORT_MODULES = {
    # The launcher starts the API child with the API's own command line (adgen.api.server
    # imports nothing but the settings).
    "launcher": {"adgen.api.server"},
    # The API's download links are sealed with the instance secret the web's sign-in keeps, so
    # rotating it ends every media link, the chat's and the API's alike.
    "api": {"adgen.web.auth"},
    # The edit operations estimate how long a voice-over line takes to say (a pure text function
    # that imports nothing).
    "tools": {"adgen.voice.script"},
}
# What the voice package may use of the pipeline: its plain helpers, never a stage module.
VOICE_MAY_IMPORT = {
    "adgen.pipeline.errors",
    "adgen.pipeline.atomic",
    "adgen.pipeline.ffmpeg",
    "adgen.pipeline.keys",
    "adgen.pipeline.stages",
    "adgen.pipeline.types",
    "adgen.pipeline.services.overlay",
}
# What a pipeline service may use besides its own package: plain types and helpers, never a stage
# module, the media store or another service.
SERVICE_MAY_IMPORT = {
    "adgen.pipeline.types",
    "adgen.pipeline.errors",
    "adgen.pipeline.atomic",
    "adgen.pipeline.ffmpeg",
    "adgen.pipeline.services.replicate_client",
    "adgen.voice.planning",  # the planners write the voice-over lines with it (issue 19)
    "adgen.brand.copy_rules",  # the planner's default calls to action, which a brand kit may replace
    # pure pre-flight rules a service may plan by (the planner: how long a text takes to read)
    "adgen.preflight.legibility",
}


def _modules() -> dict[str, Path]:
    return {".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("adgen.")}


@pytest.mark.parametrize("package", sorted(MAY_IMPORT))
def test_packages_import_only_what_is_below_them(package: str) -> None:
    allowed = MAY_IMPORT[package] | SHARED | {package}
    wrong = {
        f"{module} imports {name}"
        for module, path in _modules().items()
        if module.split(".")[1] == package
        for name in _imports(path)
        if name.split(".")[1] not in allowed and name not in MAY_IMPORT_MODULES.get(package, set())
    }
    assert not wrong, sorted(wrong)


def test_the_voice_package_uses_only_the_pipeline_s_helpers() -> None:
    wrong = {
        f"{module} imports {name}"
        for module, path in _modules().items()
        if module.startswith("adgen.voice.")
        for name in _imports(path)
        if name.startswith("adgen.pipeline.") and name not in VOICE_MAY_IMPORT
    }
    assert not wrong, sorted(wrong)


def test_the_voice_line_estimate_imports_nothing_of_adgen_when_loaded() -> None:
    tree = ast.parse((PACKAGE / "voice" / "script.py").read_text(encoding="utf-8"))
    top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not [n for n in top if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("adgen")]


def test_services_never_call_each_other_or_the_stages() -> None:
    wrong = set()
    for module, path in _modules().items():
        if not module.startswith("adgen.pipeline.services."):
            continue
        own = ".".join(module.split(".")[:4])  # adgen.pipeline.services.<service>
        for name in _imports(path):
            if name.startswith(own) or name in SERVICE_MAY_IMPORT or name.split(".")[1] in SHARED:
                continue
            wrong.add(f"{module} imports {name}")
    assert not wrong, sorted(wrong)


def test_only_the_render_jobs_read_a_project_without_its_owner() -> None:
    callers = {
        module
        for module, path in _modules().items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr == "get_internal"
        and module != "adgen.store.projects"
    }
    assert callers == {"adgen.jobs.tasks"}
