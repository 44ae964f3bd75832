"""Offline language understanding: what a marketer types -> typed operations, a brief, a question
or an answer, with no language model.

Used when no LLM key is set, and by the LLM path for the same answers (questions about the ad,
scene references). Deterministic and fast. See :mod:`adgen.agent.understanding.message` for
the steps and the module per kind of request.

The names below are loaded on first use, so that a module of the package (the scene references,
the quotes) can be imported on its own without the whole message reader (which imports the
answers, which import those modules).
"""

from __future__ import annotations

from typing import Any

__all__ = ["HELP_TEXT", "ParsedTurn", "parse_message"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from adgen.agent.understanding import message

        return getattr(message, name)
    raise AttributeError(name)
