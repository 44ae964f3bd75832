"""Copy grounded in a product page: no figure on screen that the page (or the marketer) did not give.

A brief made from a product page (``Brief.grounded``) may only say what the page says. Claims
are kept to the page's own sentences by construction (the local planner quotes ``Brief.facts``);
figures are what an invented claim gives away most easily ("30% off", "5,000 reviews", "$9"),
so both planners check them: every number in the copy must appear in the brief's own words (the
marketer's request, the page's facts and quoted data, the price as shown in the call to action).
"""

from __future__ import annotations

import re

from adgen.pipeline.types import Brief

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> set[str]:
    """The figures of ``text`` as written, decimal commas read as points ("39,00" -> "39.00")."""
    return {match.replace(",", ".") for match in _NUMBER.findall(text or "")}


def brief_words(brief: Brief) -> str:
    """Everything a grounded brief states: what its copy may take figures from."""
    parts = [brief.text, brief.page_data, brief.cta_text, brief.product, brief.brand_name, brief.tagline]
    return "\n".join([*(p for p in parts if p), *(brief.facts or [])])


def ungrounded_numbers(copy: str, brief: Brief) -> list[str]:
    """The figures in ``copy`` that the brief does not state (always empty for an ordinary brief)."""
    if not brief.grounded:
        return []
    allowed = numbers_in(brief_words(brief))
    return sorted(numbers_in(copy) - allowed)


__all__ = ["brief_words", "numbers_in", "ungrounded_numbers"]
