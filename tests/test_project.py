"""The AdProject document: validation, camelCase wire form, lossless round-trip, schema."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pydantic import ValidationError

from adgen.project import AdProject, validate_new_ad


def wire(project: AdProject) -> dict:
    return project.to_wire()


def test_wire_form_is_camel_case_with_every_contract_field(sample_project: AdProject) -> None:
    data = wire(sample_project)
    for field in (
        "projectId",
        "version",
        "owner",
        "brief",
        "brand",
        "productAsset",
        "style",
        "durationSec",
        "aspectRatios",
        "scenes",
        "audio",
        "variation",
        "renderStatus",
        "aspectExports",
        "cost",
        "history",
    ):
        assert field in data, field
    scene = data["scenes"][0]
    assert set(scene) >= {
        "id",
        "role",
        "durationSec",
        "backgroundPrompt",
        "overlay",
        "product",
        "sceneVideoUrl",
    }
    assert set(scene["overlay"]) == {"text", "position", "fontSize", "color"}
    assert data["style"]["visualStyle"] == "modern" and data["style"]["musicMood"] == "upbeat"
    assert data["aspectRatios"] == ["9:16", "1:1", "16:9"]
    assert data["renderStatus"] == {"state": "draft", "progress": 0.0, "stages": {}, "error": None}
    assert data["variation"] == {"isVariation": False, "parentProjectId": None, "label": None}


def test_json_round_trip_is_lossless(sample_project: AdProject) -> None:
    text = sample_project.to_json()
    again = AdProject.from_wire(text)
    assert again == sample_project
    assert json.loads(again.to_json()) == json.loads(text)


def test_colours_are_validated_and_normalised(sample_project: AdProject) -> None:
    data = wire(sample_project)
    data["brand"]["colors"] = ["#ff8800"]
    assert AdProject.from_wire(data).brand.colors == ["#FF8800"]
    for bad in ("orange", "#ff88", "#GG0000", "ff8800"):
        data["brand"]["colors"] = [bad]
        with pytest.raises(ValidationError, match="is not a colour"):
            AdProject.from_wire(data)


def test_duration_must_equal_sum_of_scenes(sample_project: AdProject) -> None:
    data = wire(sample_project)
    data["durationSec"] = 15.04  # within 0.05 s
    AdProject.from_wire(data)
    data["durationSec"] = 16
    with pytest.raises(ValidationError, match="must equal the sum of scene durations"):
        AdProject.from_wire(data)


@pytest.mark.parametrize(
    "path, value, message",
    [
        (("scenes", 0, "durationSec"), 0.2, "greater than or equal to 0.5"),
        (("scenes", 0, "durationSec"), 31, "less than or equal to 30"),
        (("scenes", 1, "id"), "scene_1", "scene ids must be unique"),
        (("scenes", 0, "id"), "intro", "should match pattern"),
        (("scenes", 0, "role"), "outro", "Input should be"),
        (("scenes", 0, "overlay", "text"), "x" * 201, "at most 200 characters"),
        (("scenes", 0, "overlay", "fontSize"), 4, "greater than or equal to 12"),
        (("audio", "volume"), 1.5, "less than or equal to 1"),
        (("aspectRatios",), ["9:16", "9:16"], "must not repeat"),
        (("aspectRatios",), ["4:3"], "Input should be"),
        (("renderStatus", "state"), "done", "Input should be"),
    ],
)
def test_invalid_documents_are_rejected(sample_project: AdProject, path, value, message) -> None:
    data = wire(sample_project)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError, match=message):
        AdProject.from_wire(data)


def test_total_duration_bounds(sample_project: AdProject) -> None:
    data = wire(sample_project)
    data["scenes"] = data["scenes"][:1]
    data["scenes"][0]["durationSec"] = 4
    data["durationSec"] = 4
    with pytest.raises(ValidationError, match="greater than or equal to 5"):
        AdProject.from_wire(data)


def test_unknown_fields_are_errors_not_silently_dropped(sample_project: AdProject) -> None:
    data = wire(sample_project)
    data["scenes"][0]["colour"] = "#FFFFFF"
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        AdProject.from_wire(data)


def test_new_ad_shape(sample_project: AdProject) -> None:
    validate_new_ad(sample_project)
    data = wire(sample_project)
    data["scenes"] = [data["scenes"][1], data["scenes"][0], data["scenes"][2]]
    with pytest.raises(ValueError, match="first scene of a new ad must be the hook"):
        validate_new_ad(AdProject.from_wire(data))
    data["scenes"] = [data["scenes"][1], data["scenes"][2]]
    data["durationSec"] = 8
    with pytest.raises(ValueError, match="at least 3 scenes"):
        validate_new_ad(AdProject.from_wire(data))


def test_scene_counter_starts_after_highest_id(sample_project: AdProject) -> None:
    data = wire(sample_project)
    data.pop("sceneCounter")
    assert AdProject.from_wire(data).scene_counter == 3


def test_schema_command_prints_json_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "adgen.cli", "schema"], capture_output=True, text=True, check=True
    ).stdout
    schema = json.loads(out)
    assert schema["title"] == "AdProject"
    assert {"projectId", "scenes", "durationSec", "renderStatus"} <= set(schema["properties"])
    ops = json.loads(
        subprocess.run(
            [sys.executable, "-m", "adgen.cli", "schema", "--operations"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert "update_overlay" in json.dumps(ops["discriminator"])


def test_render_command_reports_an_invalid_document_in_one_readable_line(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"durationSec": 3}')
    proc = subprocess.run(
        [sys.executable, "-m", "adgen.cli", "render", str(bad), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert (
        "invalid AdProject" in proc.stderr
        and "durationSec: Input should be greater than or equal to 5" in proc.stderr
    )
    assert "Traceback" not in proc.stderr and "errors.pydantic.dev" not in proc.stderr
    assert not (tmp_path / "out").exists()


# --- platform presets (issue 16) ------------------------------------------------------------------


def test_presets_default_and_round_trip_with_exports_and_preflight(sample_project: AdProject) -> None:
    assert sample_project.presets == ["tiktok", "reels", "square_feed", "youtube"]
    data = sample_project.to_wire()
    data["presets"] = ["tiktok", "reels", "meta_feed"]
    data["presetExports"] = {"tiktok": "file:///ad-9x16.mp4", "reels": "file:///ad-9x16.mp4"}
    data["aspectExports"] = {"9:16": "file:///ad-9x16.mp4", "4:5": "file:///ad-4x5.mp4"}
    data["preflight"] = {
        "status": "pass",
        "checkedAt": "2026-12-02T00:00:00+00:00",
        "exports": [],
        "notes": [],
    }
    project = AdProject.from_wire(data)
    assert project.aspect_ratios == ["9:16", "4:5"]  # aspectRatios follows the presets
    again = AdProject.from_wire(project.to_json())
    assert again == project and again.to_wire()["presetExports"]["reels"] == "file:///ad-9x16.mp4"
    assert again.preflight["status"] == "pass"


def test_a_document_from_before_presets_still_loads_with_the_defaults_of_its_aspects(
    sample_project: AdProject,
) -> None:
    old = sample_project.to_wire()
    for key in ("presets", "presetExports", "preflight"):
        old.pop(key)
    assert AdProject.from_wire(old).presets == ["tiktok", "reels", "square_feed", "youtube"]
    old["aspectRatios"] = ["9:16"]
    square_less = AdProject.from_wire(old)
    assert square_less.presets == ["tiktok", "reels"] and square_less.aspect_ratios == ["9:16"]
    old["aspectRatios"] = ["1:1", "4:5"]
    assert AdProject.from_wire(old).presets == ["square_feed", "meta_feed"]


def test_bad_presets_are_refused(sample_project: AdProject) -> None:
    data = sample_project.to_wire()
    for bad in ([], ["TikTok!"], ["tiktok", "tiktok"]):
        data["presets"] = bad
        with pytest.raises(ValidationError):
            AdProject.from_wire(data)


def test_the_schema_has_presets_the_4x5_aspect_and_the_preflight_report() -> None:
    from adgen.project import json_schema

    schema = json_schema()
    props = schema["properties"]
    assert {"presets", "presetExports", "preflight"} <= set(props)
    assert "4:5" in json.dumps(props["aspectRatios"]) and props["presets"]["items"]["pattern"]
