"""Offline language understanding: what a marketer types -> typed operations, a brief, a question
or an answer, with no language model.

Used when no LLM key is set, and by the LLM path for the same answers (questions about the ad,
scene references). Deterministic and fast. See :mod:`adgen.agent.understanding.message` for
the steps and the module per kind of request.
"""

from adgen.agent.understanding.message import HELP_TEXT, ParsedTurn, parse_message

__all__ = ["HELP_TEXT", "ParsedTurn", "parse_message"]
