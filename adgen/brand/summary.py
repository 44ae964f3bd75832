"""A brand kit as a short text, for Slack and the chat: what a marketer checks at a glance."""

from __future__ import annotations

import html
import re
from typing import Literal

from adgen.brand.colour_names import describe
from adgen.brand.model import BrandKit

Flavour = Literal["markdown", "slack"]


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]!|~])")


def literal(text: str, flavour: Flavour) -> str:
    """The marketer's own words (kit name, tagline, CTA...) shown as typed, never as markup: HTML
    escaped and Markdown punctuation backslashed for the web chat, ``&<>`` escaped for Slack."""
    if flavour == "slack":
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def kit_summary(kit: BrandKit, *, flavour: Flavour = "markdown") -> str:
    """Name, logo, colours (hex and name), fonts, tagline, CTA, tone and words to avoid.

    ``slack`` writes Slack's mrkdwn (single ``*`` for bold); ``markdown`` is for the web chat.
    The marketer's words in it are literal (:func:`literal`), so the text is ready to show.
    """
    bold = "*" if flavour == "slack" else "**"

    def said(text: str) -> str:
        return literal(text, flavour)

    default = ", your default" if kit.is_default else ""
    shared = f", shared with {said(kit.team)}" if kit.team else ""
    lines = [f"{bold}{said(kit.name)}{bold} (brand kit version {kit.version}{default}{shared})"]
    if kit.logo:
        logo = kit.logo
        clear = (
            "transparent background"
            if logo.has_transparency
            else "no transparent background: say “cut out the logo” to remove it"
        )
        source = "SVG, drawn as PNG" if logo.source_format == "svg" else logo.format.upper()
        lines.append(f"• Logo: {logo.width}×{logo.height} {source}, {clear}")
    else:
        lines.append("• Logo: none yet (send a PNG with a transparent background, or an SVG)")
    named = kit.colors.named()
    if named:
        lines.append("• Colours: " + " · ".join(f"{role} `{describe(colour)}`" for role, colour in named))
    else:
        lines.append("• Colours: none yet (say “our colours are navy and coral”, or send the logo)")
    fonts = []
    for label, font in (("headings", kit.heading_font), ("body", kit.body_font)):
        if font:
            fonts.append(f"{label} {said(font.label())}")
    lines.append("• Fonts: " + (" · ".join(fonts) if fonts else "the default (DejaVu Sans)"))
    if kit.tagline:
        lines.append(f"• Tagline: “{said(kit.tagline)}”")
    if kit.default_cta:
        lines.append(f"• Call to action: “{said(kit.default_cta)}”")
    if kit.tone_words:
        lines.append(f"• Tone: {said(', '.join(kit.tone_words))}")
    if kit.avoid_words:
        swaps = {k.casefold(): v for k, v in kit.replacements.items()}
        words = [
            f"{said(w)} (say “{said(swaps[w.casefold()])}”)" if w.casefold() in swaps else said(w)
            for w in kit.avoid_words
        ]
        lines.append(f"• Never say: {', '.join(words)}")
    return "\n".join(lines)


__all__ = ["kit_summary", "literal"]
