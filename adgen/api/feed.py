"""Product feeds: a CSV or JSON list of products, one variation per row.

Columns are matched without regard to case, spaces or dashes (``Image URL`` is ``image_url``).
Known columns: ``name`` (required), ``image_url`` (a link) or ``image_file`` (the name of a file
uploaded with the feed), ``price``, ``headline``, ``cta``; every column, known or not, is also a
merge field (``{{name}}``, ``{{price}}``, ``{{color}}`` in the template's on-screen texts).

A feed that cannot be read at all (not CSV or JSON, no rows, too many rows, no ``name`` column)
is refused as a whole; a row with a problem of its own (no name, a price that is not a price)
carries its error and the other rows go on.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

MAX_VALUE_CHARS = 500
_PRICE = re.compile(
    r"^\s*(?:[^\d\s.,-]{1,4}\s?)?(\d{1,9}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)\s?(?:[^\d\s.,-]{1,4})?\s*$"
)
_ALIASES = {
    "title": "name",
    "product": "name",
    "product_name": "name",
    "image": "image_url",
    "imageurl": "image_url",
    "image_link": "image_url",
    "picture": "image_url",
    "file": "image_file",
    "image_filename": "image_file",
    "call_to_action": "cta",
}


class FeedError(ValueError):
    """A feed that cannot be used at all; the message says what to fix."""


@dataclass
class FeedRow:
    index: int  # 1-based, as a spreadsheet user counts data rows
    fields: dict[str, str]
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.fields.get("name", "").strip()


def column_name(raw: str) -> str:
    name = re.sub(r"[\s\-]+", "_", str(raw).strip().lower())
    name = re.sub(r"[^a-z0-9_]", "", name)
    return _ALIASES.get(name, name)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()[:MAX_VALUE_CHARS]


def _rows_from_csv(text: str) -> list[dict[str, Any]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames:
        raise FeedError(
            "The feed has no header row; the first line must name the columns (name, image_url, …)."
        )
    return [row for row in reader if any((v or "").strip() for v in row.values() if isinstance(v, str))]


def _rows_from_json(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedError(f"The feed is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    if isinstance(data, dict):
        data = next((data[k] for k in ("rows", "products", "items") if isinstance(data.get(k), list)), None)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise FeedError('A JSON feed must be a list of objects, or {"products": [ … ]}.')
    return data


def parse_feed(data: bytes, filename: str | None, *, max_rows: int) -> list[FeedRow]:
    """The rows of a CSV or JSON feed (by content; the file name only breaks a tie)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FeedError("The feed is not UTF-8 text; export it as CSV (UTF-8) or JSON.") from None
    if not text.strip():
        raise FeedError("The feed is empty; send a CSV or JSON file with one product per row.")
    looks_json = text.lstrip()[:1] in "[{" or (filename or "").lower().endswith(".json")
    raw_rows = _rows_from_json(text) if looks_json else _rows_from_csv(text)
    if not raw_rows:
        raise FeedError("The feed has no product rows; add one row per product under the header.")
    if len(raw_rows) > max_rows:
        raise FeedError(f"The feed has {len(raw_rows)} rows; send at most {max_rows} per batch.")
    rows = []
    for index, raw in enumerate(raw_rows, start=1):
        fields = {column_name(k): _text(v) for k, v in raw.items() if k is not None and column_name(k)}
        rows.append(FeedRow(index, fields))
    if not any("name" in row.fields for row in rows):
        raise FeedError("The feed has no name column; every product needs a name.")
    for row in rows:
        row.error = row_problem(row)
    return rows


def row_problem(row: FeedRow) -> str | None:
    """What is wrong with a row on its own (before its image is read), or None."""
    if not row.name:
        return f"Row {row.index} has no name; every product needs one."
    price = row.fields.get("price", "")
    if price and not _PRICE.match(price):
        return f"Row {row.index} ({row.name}): the price “{price}” is not a price; write it like 12.99 or $12.99."
    if row.fields.get("image_url") and row.fields.get("image_file"):
        return f"Row {row.index} ({row.name}) has both image_url and image_file; keep one."
    return None


__all__ = ["FeedError", "FeedRow", "column_name", "parse_feed", "row_problem"]
