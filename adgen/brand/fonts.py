"""Brand fonts: an uploaded TTF/OTF read with fontTools, or a family installed on the machine.

An upload is judged by its bytes: the sfnt signature, every table decompiled by fontTools (a
damaged file fails here, not mid-render), then FreeType (through Pillow) draws with it. The
family and style names come from the font's own name table. Whether the font can set the
kit's copy is checked against its character map: a CJK-only font cannot set Latin words.
Installed families are resolved with fontconfig (``fc-match``); ``fc-match`` always answers
with *some* font, so the family it returns must be the one asked for.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from fontTools.ttLib import TTFont
from PIL import ImageFont

from adgen.brand.errors import BrandKitRejected
from adgen.brand.model import KitFont
from adgen.brand.reference import KitFontRef
from adgen.store.media import MediaStore
from adgen.store.uploads import display_name

_SIGNATURES: dict[bytes, Literal["ttf", "otf"]] = {b"\x00\x01\x00\x00": "ttf", b"true": "ttf", b"OTTO": "otf"}
_SEND_INSTEAD = "send the TTF or OTF file"
# Letters and digits any Latin copy needs.
BASIC_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


@dataclass(frozen=True)
class FontFile:
    data: bytes
    file_format: Literal["ttf", "otf"]
    family: str
    style: str
    sha256: str
    coverage: frozenset[int]


@dataclass(frozen=True)
class InstalledFont:
    family: str
    style: str
    path: str


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, n // 1024)} KB"


def read_font_upload(data: bytes, filename: str | None, *, max_bytes: int) -> FontFile:
    """Check an uploaded font by its content; raise BrandKitRejected with one sentence if unusable."""
    name = _cap(display_name(filename))
    if not data:
        raise BrandKitRejected(f"{name} is empty (0 bytes); {_SEND_INSTEAD}.")
    if len(data) > max_bytes:
        raise BrandKitRejected(
            f"{name} is {_size(len(data))}, too large for a font; send one under {_size(max_bytes)}."
        )
    signature = data[:4]
    if signature == b"ttcf":
        raise BrandKitRejected(
            f"{name} is a font collection (.ttc); {_SEND_INSTEAD} of the one style you want."
        )
    if signature in (b"wOFF", b"wOF2"):
        raise BrandKitRejected(f"{name} is a web font (WOFF); {_SEND_INSTEAD} it was made from.")
    if signature not in _SIGNATURES:
        raise BrandKitRejected(f"{name} is not a font file I can read; {_SEND_INSTEAD}.")
    damaged = BrandKitRejected(
        f"{name} is damaged or not a complete font; export it again and {_SEND_INSTEAD}."
    )
    try:
        with TTFont(io.BytesIO(data), lazy=False) as font:
            font.ensureDecompiled()
            if "glyf" not in font and "CFF " not in font and "CFF2" not in font:
                raise damaged
            cmap = font.getBestCmap()
            names = font["name"]
            family = names.getBestFamilyName()
            style = names.getBestSubFamilyName() or "Regular"
    except BrandKitRejected:
        raise
    except Exception as exc:  # fontTools raises many types for damaged tables
        raise damaged from exc
    if not cmap:
        raise BrandKitRejected(f"{name} has no character map, so no text can be set in it; {_SEND_INSTEAD}.")
    if not family:
        raise BrandKitRejected(
            f"{name} does not name its font family; {_SEND_INSTEAD} as the foundry made it."
        )
    try:  # FreeType must agree: it is what draws the text layer
        face = ImageFont.truetype(io.BytesIO(data), 48)
        sample = "".join(chr(c) for c in sorted(cmap)[:64] if chr(c).isprintable()) or "A"
        face.getbbox(sample)
    except Exception as exc:
        raise damaged from exc
    return FontFile(
        data=bytes(data),
        file_format=_SIGNATURES[signature],
        family=" ".join(family.split())[:120],
        style=" ".join(style.split())[:80],
        sha256=hashlib.sha256(data).hexdigest(),
        coverage=frozenset(cmap),
    )


def is_latin(text: str) -> bool:
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def characters_needed(text: str) -> set[str]:
    """The letters and digits a font must have to set ``text`` (and every Latin letter and digit
    when the copy is Latin, or not known yet, since later copy will use the rest)."""
    needed = {ch for ch in text if ch.isalnum()}
    if is_latin(text) or not needed:
        needed |= BASIC_LATIN
    return needed


def missing_characters(coverage: frozenset[int], text: str) -> list[str]:
    """The characters of ``text`` (see :func:`characters_needed`) the font has no glyph for."""
    return sorted(ch for ch in characters_needed(text) if ord(ch) not in coverage)


def require_glyphs(coverage: frozenset[int], text: str, font_label: str) -> None:
    """Refuse a font that cannot set the copy (one sentence, naming a few missing characters)."""
    missing = missing_characters(coverage, text)
    if not missing:
        return
    sample = ", ".join(missing[:6])
    latin = any(ch in BASIC_LATIN for ch in missing)
    what = "Latin letters" if latin else "characters of your copy"
    raise BrandKitRejected(
        f"{font_label} has no glyphs for {what} such as {sample}, so your copy can't be set in it; "
        "send a font that covers them."
    )


@lru_cache(maxsize=256)
def _coverage_of_file(path: str, index: int = 0) -> frozenset[int]:
    with TTFont(path, fontNumber=index, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def coverage_of(font: KitFont, media: MediaStore) -> frozenset[int]:
    """The character map of a kit font (read from its stored file, or the installed one)."""
    path = font_path(font, media)
    return _coverage_of_file(str(path)) if path else frozenset()


def _fontconfig(*args: str) -> str:
    exe = shutil.which(args[0])
    if exe is None:
        raise BrandKitRejected(
            "Installed fonts cannot be looked up on this server (fontconfig is missing); send the TTF or OTF file."
        )
    try:
        return subprocess.run(
            [exe, *args[1:]], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise BrandKitRejected(
            "Installed fonts could not be looked up just now; send the TTF or OTF file."
        ) from exc


@lru_cache(maxsize=1)
def installed_families() -> tuple[str, ...]:
    """Every font family fontconfig knows, as the first name of each entry."""
    out = _fontconfig("fc-list", ":", "family")
    return tuple(sorted({line.split(",")[0].strip() for line in out.splitlines() if line.strip()}))


def find_installed_font(family: str, style: str | None = None) -> InstalledFont:
    """An installed family (and style), or BrandKitRejected naming close families if any."""
    wanted = " ".join(family.split())
    if not wanted or any(ch in wanted for ch in ":=\\\n"):
        raise BrandKitRejected(f"{family!r} is not a font family name; name the family, like “DejaVu Serif”.")
    pattern = f"{wanted}:style={style}" if style else wanted
    out = _fontconfig("fc-match", "-f", "%{family}|%{style}|%{file}", pattern)
    families, _, rest = out.partition("|")
    found_style, _, path = rest.partition("|")
    if path and any(f.strip().casefold() == wanted.casefold() for f in families.split(",")):
        return InstalledFont(
            family=families.split(",")[0].strip(), style=found_style.split(",")[0].strip(), path=path
        )
    close = difflib.get_close_matches(wanted, installed_families(), n=3, cutoff=0.6)
    hint = f" (close: {', '.join(close)})" if close else ""
    raise BrandKitRejected(
        f"The font “{wanted}” is not installed here{hint}; send its TTF or OTF file and I'll use that."
    )


def font_path(font: KitFont | KitFontRef, media: MediaStore) -> Path | None:
    """A local file to draw a kit font with (from the kit, or from an AdProject's ``brandKit``):
    the stored upload, or the installed family's file; None when the family is not installed."""
    if font.url:
        return media.local_path(font.url)
    try:
        return Path(find_installed_font(font.family, font.style).path)
    except BrandKitRejected:
        return None


def store_font(font: FontFile, media: MediaStore) -> KitFont:
    url = media.put_bytes(font.data, suffix=f".{font.file_format}")
    return KitFont(
        family=font.family,
        style=font.style,
        source="upload",
        url=url,
        checksum=font.sha256,
        file_format=font.file_format,
    )


def installed_kit_font(found: InstalledFont) -> KitFont:
    return KitFont(family=found.family, style=found.style or None, source="installed")


__all__ = [
    "BASIC_LATIN",
    "FontFile",
    "InstalledFont",
    "characters_needed",
    "coverage_of",
    "find_installed_font",
    "font_path",
    "installed_families",
    "installed_kit_font",
    "is_latin",
    "missing_characters",
    "read_font_upload",
    "require_glyphs",
    "store_font",
]
