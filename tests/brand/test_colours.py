"""Colours from words: "our colours are navy and coral" and friends."""

from __future__ import annotations

import pytest

from adgen.brand.colour_names import colours_with_roles, describe, parse_colours
from adgen.brand.errors import BrandKitRejected
from adgen.brand.library import BrandLibrary

# Phrasings written down before the parser, with the CSS / published values they mean.
PHRASES = {
    "our colours are navy and coral": ["#000080", "#FF7F50"],
    "Navy blue, Forest Green and #0a2463": ["#000080", "#228B22", "#0A2463"],
    "brand colors: burgundy & cream": ["#800020", "#FFFDD0"],
    "we use dark slate gray with a touch of gold": ["#2F4F4F", "#FFD700"],
    "teal, #fa0 and sage": ["#008080", "#FFAA00", "#9CAF88"],
}


@pytest.mark.parametrize("phrase", sorted(PHRASES))
def test_colour_phrases(phrase: str):
    assert [c.hex for c in parse_colours(phrase)] == PHRASES[phrase]


def test_roles_named_or_in_order():
    named = colours_with_roles("primary navy, accent coral")
    assert {r: c.hex for r, c in named.items()} == {"primary": "#000080", "accent": "#FF7F50"}
    ordered = colours_with_roles("navy, coral and gold")
    assert [ordered[r].hex for r in ("primary", "secondary", "accent")] == ["#000080", "#FF7F50", "#FFD700"]


def test_set_colours_replaces_or_changes_one_role(library: BrandLibrary):
    kit = library.set_colours("alice", "our colours are navy, coral and gold", new_kit_name="Harbour").kit
    assert (kit.colors.primary, kit.colors.secondary, kit.colors.accent) == ("#000080", "#FF7F50", "#FFD700")
    kit = library.set_colours("alice", "make the accent teal").kit
    assert (kit.colors.primary, kit.colors.secondary, kit.colors.accent) == ("#000080", "#FF7F50", "#008080")
    kit = library.set_colours("alice", "navy and coral").kit
    assert kit.colors.accent is None  # a full statement of the colours replaces them all
    with pytest.raises(BrandKitRejected, match="I couldn't find a colour in “something nice”"):
        library.set_colours("alice", "something nice")
    assert library.kit("alice").version == kit.version


def test_describe_names_exact_and_nearest_colours():
    assert describe("#000080") == "#000080 navy"
    assert describe("#ff7f50") == "#FF7F50 coral"
    assert describe("#010181").startswith("#010181 ≈ navy")
