"""Reading the text back from the frames with Tesseract (Debian's ``tesseract-ocr``, through
pytesseract), and comparing it with what the overlay was meant to say.

Tesseract is both the read-back and the text detector of the check: it finds words by reading
them, so a sweep of light, a particle or a bottle edge does not pass for text as it does for
stroke or region heuristics (MSER, stroke width), and the word boxes it returns are what the
safe-zone check confirms on the pixels. Starting Tesseract costs more than reading a frame, so
all the frames of one export go into one mosaic image and one call.

Tesseract's English model reads Latin script; text in other scripts is not read back (the
check says so), and its position is then known only from the layout.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import cv2
import numpy as np

from adgen.platforms.geometry import Rect, union

# A word counts only when Tesseract is this sure of it (0-100): what a video background makes it
# hallucinate stays well below, while rendered overlay words read at 85-96.
MIN_WORD_CONFIDENCE = 60
# Read-back passes at this similarity of the normalised texts (difflib ratio, 0-1). Tesseract
# misreads about one character in fifty of clean overlay text; 0.80 allows one slip in five
# characters (a comma, an "rn" for "m") yet fails when a word of a four-word line is hidden.
READ_BACK_MIN_SIMILARITY = 0.80
_GAP = 48  # px of blank between frames of the mosaic


class OCRUnavailable(RuntimeError):
    """Tesseract is not installed; the read-back is skipped with this note."""


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    box: Rect  # in the coordinates of the frame it was read from
    frame: int  # index of the frame in the mosaic


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    try:
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable here"
        raise OCRUnavailable(
            "Tesseract OCR is not installed (Debian package tesseract-ocr; run scripts/setup.sh)"
        ) from exc


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin script (digits, punctuation, emoji are neutral)."""
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def normalise(text: str) -> str:
    """Text as compared: compatibility forms folded, accents kept, case folded, punctuation and
    symbols (emoji) dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch if unicodedata.category(ch)[0] in "LN" else " " for ch in text)
    return " ".join(kept.split())


def similarity(expected: str, read: str) -> float:
    """0-1: how much of the expected text was read (difflib's ratio of the normalised texts)."""
    a, b = normalise(expected), normalise(read)
    if not a:
        return 1.0 if not b else 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@contextmanager
def _one_thread() -> Iterator[None]:
    """Tesseract on one OpenMP thread: its threads spin-wait, and on a machine whose cores are
    busy (a render beside it) one thread reads a frame in half the time that four take. Set in
    the environment pytesseract hands its subprocess, not in this process's own (other threads
    may be starting processes)."""
    from pytesseract import pytesseract as engine

    original = getattr(engine, "environ", os.environ)
    if "OMP_THREAD_LIMIT" in original:
        yield
        return
    engine.environ = {**original, "OMP_THREAD_LIMIT": "1"}
    try:
        yield
    finally:
        engine.environ = original


def _crop_to_ink(tile: np.ndarray, margin: int = 24) -> tuple[np.ndarray, int, int]:
    """The part of a grey tile that has dark pixels (where text can be), and its offset: white
    space costs Tesseract time but holds no words."""
    dark = tile < 128
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    if rows.size == 0:
        return tile[:1, :1], 0, 0
    y0, y1 = max(0, rows[0] - margin), min(tile.shape[0], rows[-1] + 1 + margin)
    x0, x1 = max(0, cols[0] - margin), min(tile.shape[1], cols[-1] + 1 + margin)
    return tile[y0:y1, x0:x1], x0, y0


def read_words(
    tiles: list[np.ndarray],
    scale: float | Sequence[float] = 1.0,
    origins: Sequence[tuple[float, float]] | None = None,
) -> list[Word]:
    """Every confident word in ``tiles`` (grey images, text dark, already scaled by ``scale``:
    one for all, or one per tile), in one Tesseract call over a mosaic of the tiles side by
    side, each cropped to its dark part; boxes in the pixels of the frames the tiles were scaled
    from (a tile cut from its frame at ``origins``, px of the frame: (0, 0) when not given)."""
    if not tiles:
        return []
    scales = [float(scale)] * len(tiles) if isinstance(scale, int | float) else [float(s) for s in scale]
    corners = list(origins) if origins is not None else [(0.0, 0.0)] * len(tiles)
    tesseract_version()
    import pytesseract
    from PIL import Image

    parts = []
    for tile in tiles:  # already scaled by ``scale``
        cropped, dx, dy = _crop_to_ink(tile)
        parts.append((Image.fromarray(cropped), dx, dy))
    height = max(p.height for p, _, _ in parts) + 2 * _GAP
    width = sum(p.width for p, _, _ in parts) + _GAP * (len(parts) + 1)
    mosaic = Image.new("L", (width, height), 255)
    offsets = []
    x = _GAP
    for part, _, _ in parts:
        mosaic.paste(part, (x, _GAP))
        offsets.append(x)
        x += part.width + _GAP
    # psm 11: sparse text, every word wherever it is; the mosaic has no reading order.
    # Handed over as an uncompressed BMP: pytesseract would spend longer compressing a PNG.
    with tempfile.TemporaryDirectory() as folder, _one_thread():
        image_path = os.path.join(folder, "mosaic.bmp")
        mosaic.save(image_path)
        data = pytesseract.image_to_data(image_path, config="--psm 11", output_type=pytesseract.Output.DICT)
    words = []
    for i, raw in enumerate(data["text"]):
        text = raw.strip()
        conf = float(data["conf"][i])
        if not text or conf < MIN_WORD_CONFIDENCE or not normalise(text):
            continue
        left, top = data["left"][i], data["top"][i]
        frame = max(j for j, off in enumerate(offsets) if left >= off - _GAP // 2)
        _, dx, dy = parts[frame]
        x0, y0 = left - offsets[frame] + dx, top - _GAP + dy
        y0, h = _inked_rows(tiles[frame], x0, y0, data["width"][i], data["height"][i])
        k, (ox, oy) = scales[frame], corners[frame]
        box = Rect(ox + x0 / k, oy + y0 / k, data["width"][i] / k, h / k)
        words.append(Word(text, conf, box, frame))
    return words


# A row of a word's box counts as the word's when this share of its width is ink, 2 px at least.
_ROW_INK_SHARE = 0.03
# A piece of ink at least this share of the word's tallest piece is a letter's body (it sets the
# word's line); smaller pieces are the word's only as dots and accents above the line, or
# punctuation on it.
_BODY_SHARE = 0.5
_ABOVE_SHARE = 0.6  # how far above the line (share of its height) a dot or an accent may sit


def _inked_rows(tile: np.ndarray, x: int, y: int, w: int, h: int) -> tuple[int, int]:
    """A word's box cut to the rows of its own ink. Tesseract's box takes in specks of the text's
    colour near a word: a speck of the set just under a line made "rating." 80 px tall on a
    46 px line, and the safe-zone check then saw the word reach outside its layout box. The
    word's line runs from the top to the bottom of its letters' bodies (pieces at least half as
    tall as its tallest); a smaller piece belongs to the word above the line (an i's dot, an
    accent) or on it (a full stop), never below it. Within that, a row with only a speck's width
    of ink (a highlight touching a letter) is not the word's either."""
    y0, x0 = max(0, y), max(0, x)
    patch = tile[y0 : y + h, x0 : x + w] < 128
    if patch.size == 0:
        return y, h
    count, labels, stats, _ = cv2.connectedComponentsWithStats(patch.astype(np.uint8), connectivity=8)
    pieces = stats[1:]
    if count > 2:
        tops, heights = pieces[:, cv2.CC_STAT_TOP], pieces[:, cv2.CC_STAT_HEIGHT]
        bottoms = tops + heights
        body = heights >= _BODY_SHARE * heights.max()
        line_top, line_bottom = int(tops[body].min()), int(bottoms[body].max())
        reach = _ABOVE_SHARE * (line_bottom - line_top)
        kept = (bottoms <= line_bottom) & (tops >= line_top - reach) | body
        patch = np.isin(labels, 1 + np.flatnonzero(kept))
    rows = np.flatnonzero(patch.sum(axis=1) >= max(2, _ROW_INK_SHARE * patch.shape[1]))
    if rows.size == 0:
        return y, h
    top = y0 + int(rows[0])
    return top, int(rows[-1]) + 1 - int(rows[0])


def reading_order(words: list[Word]) -> list[Word]:
    """Words as a reader meets them: lines top to bottom (a word joins a line when its middle is
    within half a line height of the line's), each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.box.y + w.box.h / 2):
        middle = word.box.y + word.box.h / 2
        if lines:
            line = lines[-1]
            centre = sum(w.box.y + w.box.h / 2 for w in line) / len(line)
            height = sum(w.box.h for w in line) / len(line)
            if abs(middle - centre) <= height / 2:
                line.append(word)
                continue
        lines.append([word])
    return [w for line in lines for w in sorted(line, key=lambda w: w.box.x)]


@dataclass(frozen=True)
class ReadBack:
    """What was read where the overlay's words were found."""

    similarity: float
    read: str
    box: Rect | None  # around the words that belong to the overlay, None if none was found


def match_overlay(expected: str, words: list[Word], region: Rect | None = None) -> ReadBack:
    """Find the overlay text among the words of its frame: the words that are (nearly) words of
    the overlay locate it; every word of that block, misread or not, is what was read. With a
    ``region`` (the layout's box) the block is that region."""
    wanted = set(normalise(expected).split())
    if not wanted:
        return ReadBack(1.0, "", None)
    hits = [w for w in words if _word_ratio(w.text, wanted) >= 0.75]
    if not hits and region is None:
        return ReadBack(0.0, "", None)
    line_h = float(np.median([w.box.h for w in hits or words])) if (hits or words) else 0.0
    if region is not None:
        block = region.expanded(line_h * 0.5)
    else:
        around = union([w.box for w in hits])
        # the whole lines the hits are on, and the lines right above and below them
        block = Rect(
            around.x - 3 * line_h, around.y - 0.8 * line_h, around.w + 6 * line_h, around.h + 1.6 * line_h
        )
    inside = reading_order([w for w in words if block.contains(w.box)])
    read = " ".join(w.text for w in inside)
    return ReadBack(similarity(expected, read), read, union([w.box for w in hits]) if hits else None)


def _word_ratio(read: str, wanted: set[str]) -> float:
    """How well a word Tesseract read matches words of the overlay: the mean over the parts it
    normalises to. A hyphenated word is one word to Tesseract ("Protein-packed.") and two to the
    overlay ("protein packed"): compared whole, it matched neither, and a text read back
    perfectly was "not found on the frames"."""
    parts = normalise(read).split()
    return sum(_best_ratio(part, wanted) for part in parts) / len(parts) if parts else 0.0


def _best_ratio(word: str, wanted: set[str]) -> float:
    if not word:
        return 0.0
    if word in wanted:
        return 1.0
    return max((SequenceMatcher(None, word, w).ratio() for w in wanted if len(w) >= 2), default=0.0)


def is_english_word(text: str) -> bool:
    """A word made of letters and digits (what counts as text found outside any overlay)."""
    return bool(re.fullmatch(r"[^\W_]{3,}", normalise(text)))


__all__ = [
    "MIN_WORD_CONFIDENCE",
    "OCRUnavailable",
    "READ_BACK_MIN_SIMILARITY",
    "ReadBack",
    "Word",
    "is_latin",
    "match_overlay",
    "normalise",
    "read_words",
    "reading_order",
    "similarity",
    "tesseract_version",
]
