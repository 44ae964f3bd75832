"""The product: a new product photo, and the product's place, size and visibility.

Part of :mod:`adgen.agent.understanding`.
"""

from __future__ import annotations

import re

NEW_PHOTO_RE = re.compile(
    r"\b(?:use|try|here'?s|here\s+is|swap\s+in|put\s+in|go\s+with)\s+(?:this|these|the\s+attached|the\s+new|my\s+new|"
    r"a\s+new|our\s+new|this\s+new)\s*(?:one|photo|image|picture|pic|shot|product|packshot|file|version|instead)?\b"
    r"|\bnew\s+product\s+(?:shot|photo|image|picture|pic)\b"
    r"|\b(?:replace|swap|change|update)\s+(?:out\s+)?(?:the\s+)?product(?:\s+(?:image|photo|picture|shot|pic))?\b"
    r"|\b(?:this|that)\s+(?:one|photo|image|picture|pic)\s+instead\b|\b(?:new|updated|different)\s+"
    r"(?:photo|image|picture|pic|packshot)\b",
    re.I,
)
PHOTO_WORD_RE = re.compile(r"\b(?:photo|image|picture|pic|packshot|product\s+shot)s?\b", re.I)
