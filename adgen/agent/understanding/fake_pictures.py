""" "the bread looks fake", "the coffee splash looks so CGI": a picture that does not look real.

Part of :mod:`adgen.agent.understanding` (a row of :data:`complaints.ROWS`). What looks fake is
something a scene's picture shows, so the fix is that picture, described as realistic; which
scene, and whether a new take would do, are asked (one scene named or found: realistic, or a new
take; none found: which scene, each an option), never the words, the music or the product photo.
"""

from __future__ import annotations

import re
from typing import Any

from adgen.agent.conversation_state import PendingOption, PendingQuestion
from adgen.agent.understanding.scenes import ROLE_LABEL
from adgen.project import AdProject, Scene

_I = re.I
FAKE_RE = re.compile(
    r"\b(?:looks?|looking|feels?|seems?|is|are|'s|'re)\s+(?:(?:so|too|very|really|kinda|kind\s+of|a\s+bit|super|pretty|totally)\s+)*"
    r"(?:fake|artificial|plastic(?:ky|y)?|cgi|ai[\s-]?(?:generated|made)?|unreal|unrealistic|not\s+real|"
    r"computer[\s-]generated|rendered|photoshopped|staged)\b"
    r"|\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+look\s+real\b",
    _I,
)
# What is not a picture: the words, the music or voice, the product photo (their own rows).
_NOT_PICTURE_RE = re.compile(
    r"\b(?:text|words|line|headline|caption|copy|font|quote|review|testimonial|music|song|voice|"
    r"voice-?over|narrat\w*|product|packshot|logo|photo|cutout)\b",
    _I,
)
REALISTIC = "photorealistic, natural light, real textures"


def about_a_picture(clause: str, project: AdProject, quotes: list[Any]) -> bool:
    return not _NOT_PICTURE_RE.search(clause)


def realer_picture(project: AdProject, scenes: list[Scene], clause: str = "") -> PendingQuestion:
    """The question for a picture that looks fake (see the module docstring)."""
    named = scenes if len(scenes) < len(project.scenes) else _pictured(project, clause)
    if len(named) == 1:
        scene = named[0]
        label = _label(project, scene)
        return PendingQuestion(
            f"Should I make {label}'s picture more realistic ({REALISTIC}), or try a new take of it?",
            [
                PendingOption(
                    "more realistic",
                    ["realistic", "more realistic", "yes", "real", "photorealistic", "the first"],
                    [_realer(scene)],
                ),
                PendingOption(
                    "a new take",
                    ["new take", "a new take", "another take", "new one", "regenerate", "the second"],
                    [
                        {
                            "operation": "regenerate_scene",
                            "sceneId": scene.id,
                            "promptAdditions": "alternative take",
                        }
                    ],
                ),
            ],
        )
    pool = named or list(project.scenes)
    options = [
        PendingOption(
            _label(project, s),
            [ROLE_LABEL[s.role].lower(), f"scene {_place(project, s)}", f"the {ROLE_LABEL[s.role].lower()}"],
            [_realer(s)],
        )
        for s in pool
    ]
    options.append(
        PendingOption(
            "all of them", ["all", "all of them", "every scene", "everything"], [_realer(s) for s in pool]
        )
    )
    names = ", ".join(o.label for o in options[:-1])
    return PendingQuestion(
        f"Which scene's picture looks fake: {names}, or all of them? I'll describe it as realistic ({REALISTIC}).",
        options,
    )


_STOP = frozenset("the this that our your its looks look feels seems kinda kind really very just".split())


def _pictured(project: AdProject, clause: str) -> list[Scene]:
    """The one scene whose picture shows a word said before the complaint ("the coffee splash"),
    else none (the bread of a bakery whose pictures say "loaves": which scene is asked)."""
    m = FAKE_RE.search(clause)
    said = [w for w in re.findall(r"[a-z]{4,}", clause[: m.start()].lower() if m else "") if w not in _STOP]
    hits = [
        s
        for s in project.scenes
        if any(re.search(rf"\b{re.escape(w[:5])}", s.background_prompt, _I) for w in said)
    ]
    return hits if len(hits) == 1 else []


def _realer(scene: Scene) -> dict[str, Any]:
    return {
        "operation": "update_scene",
        "sceneId": scene.id,
        "backgroundPrompt": f"{scene.background_prompt.rstrip(' ,')}, {REALISTIC}",
    }


def _place(project: AdProject, scene: Scene) -> int:
    return next(i for i, s in enumerate(project.scenes, start=1) if s.id == scene.id)


def _label(project: AdProject, scene: Scene) -> str:
    return f"scene {_place(project, scene)} ({ROLE_LABEL[scene.role]})"


__all__ = ["FAKE_RE", "REALISTIC", "about_a_picture", "realer_picture"]
