"""Feeds and merge fields (no server): what a row becomes, and what a row's problem says."""

from __future__ import annotations

import json

import pytest

from adgen.api.feed import FeedError, parse_feed
from adgen.api.merge import MergeError, row_operations, template_fields


def test_csv_columns_match_loosely_and_every_column_is_a_merge_field() -> None:
    feed = "Product Name;Image-URL;Price;Call to action;Colour\nMug;http://x/m.png;€12,50;Buy it;red\n"
    (row,) = parse_feed(feed.encode("utf-8-sig"), "feed.csv", max_rows=10)
    assert row.error is None
    assert row.fields == {
        "name": "Mug",
        "image_url": "http://x/m.png",
        "price": "€12,50",
        "cta": "Buy it",
        "colour": "red",
    }


@pytest.mark.parametrize(
    ("price", "ok"),
    [
        ("12.99", True),
        ("$12.99", True),
        ("12,99 €", True),
        ("1,299.00", True),
        ("abc", False),
        ("-5", False),
        ("1.2.3", False),
    ],
)
def test_prices_are_checked_per_row(price: str, ok: bool) -> None:
    rows = parse_feed(
        json.dumps({"products": [{"name": "A", "price": price}, {"name": "B"}]}).encode(),
        "f.json",
        max_rows=5,
    )
    assert (rows[0].error is None) is ok
    assert rows[1].error is None  # one row's problem stays its own
    if not ok:
        assert rows[0].error.startswith("Row 1 (A): the price") and price in rows[0].error


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00bad", "UTF-8"),
        (b"[1, 2]", "list of objects"),
        (b"{not json", "not valid JSON"),
        (b"sku,price\n1,2\n", "no name column"),
        (b"name\n" + b"x\n" * 11, "at most 10"),
    ],
)
def test_unusable_feeds_are_refused_as_a_whole(data: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_feed(data, "feed", max_rows=10)


def test_merge_fields_fill_the_templates_texts_and_explicit_columns_win(sample_project) -> None:
    template = sample_project.model_copy(deep=True)
    template.scenes[1].overlay.text = "{{ Name }} — only {{price}}"
    assert template_fields(template) == ["name", "price"]
    (row,) = parse_feed(b"name,price,cta,headline\nMug,$9,Grab one,Hot stuff\n", "f.csv", max_rows=5)
    variation = row_operations(template, row, None)
    texts = {op.scene_id: op.text for op in variation.operations}
    assert texts == {"scene_1": "Hot stuff", "scene_2": "Mug — only $9", "scene_3": "Grab one"}
    assert variation.label == "Mug"
    (missing,) = parse_feed(b"name\nCup\n", "f.csv", max_rows=5)
    with pytest.raises(MergeError, match=r"Row 1 \(Cup\) has no price"):
        row_operations(template, missing, None)
    injected = parse_feed(b"name,price\n{{price}},{{name}}\n", "f.csv", max_rows=5)[0]
    assert {op.text for op in row_operations(template, injected, None).operations} == {
        "{{price}} — only {{name}}"
    }


def test_a_rows_photo_is_shown_even_when_the_template_had_none(sample_project) -> None:
    from adgen.project import ProductAsset

    template = sample_project.model_copy(deep=True)
    for scene in template.scenes:
        scene.product.visible = False
    (row,) = parse_feed(b"name\nMug\n", "f.csv", max_rows=5)
    asset = ProductAsset(source_url="file:///m/blobs/aa/x.png", checksum="a" * 64)
    variation = row_operations(template, row, asset)
    shown = {op.scene_id for op in variation.operations if op.operation == "update_product" and op.visible}
    assert shown == {"scene_2", "scene_3"}  # the showcase and the call to action, not the hook
    assert variation.operations[0].operation == "replace_product"
