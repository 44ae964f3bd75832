"""What an edit makes the next render re-do, read from the content keys the render decides by.

The render runs a stage exactly when its key has nothing stored (adgen.pipeline.keys), so the
stages an edit re-renders are the ones whose key it changed or added.
"""

from __future__ import annotations

from adgen.pipeline.keys import project_keys
from adgen.pipeline.providers import local_providers
from adgen.project import ALL_ASPECTS, AdProject


def flat(project: AdProject, providers, quality: str = "draft") -> dict[str, str]:
    return project_keys(project, quality, providers).flat()


def rerendered(before: AdProject, after: AdProject, providers=None) -> dict[str, set[str]]:
    """What a render of ``after`` makes anew once ``before`` is rendered: per scene (and for the
    project) the stages whose key changed or is new, in every aspect alike."""
    providers = providers or local_providers()
    old, new = flat(before, providers), flat(after, providers)
    out: dict[str, set[str]] = {}
    for name in new:
        if old.get(name) == new[name]:
            continue
        parts = name.split("/")
        owner, stage = (parts[0], parts[2]) if len(parts) == 3 else ("project", parts[0])
        out.setdefault(owner, set()).add(stage)
    for owner, stages in out.items():  # every aspect of a scene, or none
        for stage in stages:
            if owner != "project":
                assert all(
                    new.get(f"{owner}/{a}/{stage}") != old.get(f"{owner}/{a}/{stage}") for a in ALL_ASPECTS
                )
    return out
