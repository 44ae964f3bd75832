"""Finding the product link in what a marketer wrote ("make an ad from https://shop.example/mug").

Channels hand the whole message over; this returns the first http(s) link and the rest of the
message (the marketer's own request: mood, length, audience), with Slack's ``<url|label>``
wrapping undone.
"""

from __future__ import annotations

import re

_SLACK_LINK = re.compile(r"<(https?://[^>|\s]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"https?://[^\s<>\"'“”‘’]+", re.I)


def product_link(message: str) -> tuple[str | None, str]:
    """The first http(s) link in ``message`` (trailing punctuation trimmed) and the message without it."""
    text = _SLACK_LINK.sub(lambda m: m.group(1), message or "")
    match = _LINK.search(text)
    if match is None:
        return None, text.strip()
    link = match.group(0).rstrip(".,;:!?)]}")
    rest = (text[: match.start()] + text[match.start() + len(link) :]).strip()
    return link, " ".join(rest.split())


__all__ = ["product_link"]
