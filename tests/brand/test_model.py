"""The BrandKit document: validated colours, camelCase on the wire, round trips."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from adgen.brand.model import BrandKit
from adgen.brand.reference import BrandKitRef


def test_colours_are_validated_and_normalised():
    kit = BrandKit(owner="alice", name="Harbour", colors={"primary": "#1b2a4a", "accent": "fa0"})
    assert kit.colors.primary == "#1B2A4A" and kit.colors.accent == "#FFAA00"
    for bad in ("navy", "#12345", "#GGGGGG", "rgb(1,2,3)"):
        with pytest.raises(ValidationError, match="is not a colour like #1B2A4A"):
            BrandKit(owner="alice", name="Harbour", colors={"primary": bad})


def test_wire_form_is_camel_case_and_round_trips():
    kit = BrandKit(
        owner="alice",
        name="Harbour",
        default_cta="Order today",
        tone_words=["warm", "Warm", " calm "],
        avoid_words=["cheap"],
        heading_font={"family": "DejaVu Serif", "style": "Bold", "source": "installed"},
    )
    wire = kit.to_wire()
    assert {"kitId", "headingFont", "bodyFont", "defaultCta", "toneWords", "avoidWords", "isDefault"} <= set(
        wire
    )
    assert wire["toneWords"] == ["warm", "calm"]  # repeats (any case) and spaces cleaned
    assert BrandKit.from_wire(wire) == kit
    assert "isDefault" not in kit.version_doc()  # the default is a choice, not kit content
    with pytest.raises(ValidationError):
        BrandKit.from_wire({**wire, "unknownField": 1})


def test_an_uploaded_font_must_name_its_stored_file():
    with pytest.raises(ValidationError, match="an uploaded font needs its stored file"):
        BrandKit(owner="alice", name="Harbour", body_font={"family": "X", "source": "upload"})


def test_the_reference_an_ad_records():
    kit = BrandKit(
        owner="alice", name="Harbour", heading_font={"family": "DejaVu Serif", "source": "installed"}
    )
    ref = kit.ref()
    assert ref.to_wire() == {
        "id": kit.kit_id,
        "version": 1,
        "logoUrl": None,
        "logoHasTransparency": None,
        "headingFont": {"family": "DejaVu Serif", "style": None, "url": None},
        "bodyFont": None,
        "cornerMark": False,
    }
    assert BrandKitRef.model_validate(ref.to_wire()) == ref
    with pytest.raises(ValidationError):
        BrandKitRef(id="p_notakit", version=1)


def test_the_reference_module_can_be_imported_by_the_project_module_without_a_cycle():
    """adgen.project may import BrandKitRef: the module pulls in nothing else from adgen."""
    import subprocess
    import sys

    code = "import sys, adgen.brand.reference; print(sorted(m for m in sys.modules if m.startswith('adgen')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['adgen', 'adgen.brand', 'adgen.brand.reference']"
