"""Text on its way to a browser: no server path in it, and a user's words shown as words.

Two filters for text the web chat did not write itself:

- :func:`redact_paths` turns every absolute server path or storage URL (an error from the
  render such as ``cannot read file:///srv/adgen/media/blobs/ab/…png``) into the file's name,
  so a message never tells a user where the server keeps its files;
- :func:`escape_markdown` backslash-escapes the characters that make Markdown do something
  (an image, a link, HTML, emphasis, a table cell break), so a brief containing
  ``![](https://…)`` is shown as those characters instead of making every viewer's browser
  fetch that address.
"""

from __future__ import annotations

import re

# A storage URL (file://, s3://) or an absolute path of at least two parts, not inside a word or
# a web address (``https://host/a/b`` keeps its path: it is a link, not a server path), and not
# one of the chat's own media links (``/media/<token>/<name>``, adgen.web.media_routes).
_SERVER_PATH = re.compile(
    r"(?:\b(?:file|s3)://[^\s'\"()<>]*|(?<![\w.:/~-])/(?!media/)(?:[\w.@+~-]+/)+[\w.@+~-]*)",
    re.IGNORECASE,
)
# CommonMark lets any ASCII punctuation be escaped; these are the ones that start something.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!~|])")


def redact_paths(text: str) -> str:
    """``text`` with each server path or storage URL replaced by its last part (the file name)."""

    def name(match: re.Match[str]) -> str:
        parts = [p for p in re.split(r"/+", match.group(0)) if p and not p.endswith(":")]
        return parts[-1] if parts else "a file"

    return _SERVER_PATH.sub(name, text)


def escape_markdown(text: str) -> str:
    """``text`` shown literally by a Markdown renderer (no images, links, HTML or emphasis)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


__all__ = ["escape_markdown", "redact_paths"]
