"""Markdown in a marketer's message (round thirty-three, dev24): how it is written, never what is said.

Part of :mod:`adgen.agent.understanding`. People paste from Slack, Notion or a doc, so a message
comes with ``**bold**``, ``*italics*``, ``__bold__``, ```code``` spans and ``## headings``. The marks
are no words of a request, and must never land in an ad's copy ("**Hook text:** `Your first class is
on us`" once set the hook to "** `Your first class is on us`"):

- **A code span** is a quote (:mod:`quotes` reads backticks): it is kept as a plain double-quoted
  text when it holds no double quote, so every reader of quoted values (labelled briefs too) sees it.
- **Emphasis that is the value** ("hook: *Cake first, vows second*", "cta → **Book now**", "say
  _Shop the drop_"): right after a colon, an arrow, an equals sign or a verb of saying, and running
  to the end of its line or sentence, the emphasised words are the copy: quoted.
- **Any other emphasis** ("**urgent** – need an ad", "**Variant B** → …", "make it *much*
  quieter"): the marks dropped, the words read as written.
- **A heading** ("## Changes"): the hashes dropped (a colour "#FF0000" or "#2" is no heading).

Lists and "> " quoted lines are read elsewhere (:mod:`local_briefs`, :mod:`pasted_replies`).
"""

from __future__ import annotations

import re

# A code span without a double quote inside: "`Same-day roses`".
_CODE_RE = re.compile(r"`(?P<w>[^`\"\n]+)`")
# Emphasis: "**x**", "__x__", "*x*", "_x_" (the marks hug the words, as markdown wants; an
# underscore only between non-word characters, so snake_case stays).
_EMPHASIS_RE = re.compile(
    r"\*\*(?P<b>[^\s*](?:[^*\n]*[^\s*])?)\*\*"
    r"|(?<!\w)__(?P<u>[^\s_](?:[^_\n]*[^\s_])?)__(?!\w)"
    r"|(?<![\w*])\*(?P<i>[^\s*](?:[^*\n]*[^\s*])?)\*(?![\w*])"
    r"|(?<![\w_])_(?P<j>[^\s_](?:[^_\n]*[^\s_])?)_(?![\w_])"
)
# Where the emphasised words are the value: after ":", "→", "->", "=", or a verb of saying.
_VALUE_BEFORE_RE = re.compile(
    r"(?:[:=→]|->|\b(?:say|says|saying|read|reads|reading)\b)\s*$",
    re.I,
)
# ... and running to the end of the line or sentence (a closing courtesy allowed).
_VALUE_AFTER_RE = re.compile(
    r"^\s*(?:[,;]?\s*(?:please|pls|thanks|thank\s+you|instead)\b)?\s*[.!]*\s*(?:$|\n)", re.I
)
_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_FENCE_RE = re.compile(r"^[ \t]*```[\w-]*[ \t]*$\n?", re.M)


def without_markdown(raw: str) -> str:
    """The message with its markdown read: code spans and emphasised values quoted, other marks
    dropped (see the module's docstring). A message with no markdown comes back as it is."""
    if not any(mark in raw for mark in ("*", "_", "`", "#")):
        return raw
    text = _FENCE_RE.sub("", raw)
    text = _HEADING_RE.sub("", text)
    text = _CODE_RE.sub(lambda m: f'"{m.group("w").strip()}"', text)

    def emphasis(m: re.Match[str]) -> str:
        words = next(g for g in m.groups() if g is not None)
        before, after = text[: m.start()], text[m.end() :]
        if (
            '"' not in words
            and _VALUE_BEFORE_RE.search(before)
            and _VALUE_AFTER_RE.match(after)
            and not _VALUE_BEFORE_RE.search(words)
            and len(words.split()) > 1  # ("cta colour: *red*": a colour, never the words "red")
        ):
            return f'"{words.strip()}"'
        return words

    # Two passes: "***x***" and bold around italics ("**hook: *Go*"**) read from the inside out.
    for _ in range(2):
        text = _EMPHASIS_RE.sub(emphasis, text)
    return text
