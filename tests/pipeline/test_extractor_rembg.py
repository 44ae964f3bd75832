"""The rembg path of the product cutout, with the real rembg and onnxruntime.

U^2-Net's weights cannot be downloaded here, so the model file is a small ONNX graph with
U^2-Net's interface (a 1x3x320x320 normalised image in, a 1x1x320x320 saliency map out) that
scores each pixel by how far its colour is from the photo's mean colour: on a studio backdrop,
that is the product. Everything around it (finding the file, rembg's pre- and post-processing,
onnxruntime, our clean-up) is the code a user with the real model runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extractor import iou_with, no_rembg_model, product_photo  # noqa: F401 - the fixture too

from adgen.pipeline.services.extractor import ProductExtractor, rembg_model_path, rembg_model_paths

# Loads rembg and onnxruntime (their first import takes about a minute): the slow loop.
pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def rembg() -> None:
    """In the dev extra; about a minute to import the first time (numba compiles)."""
    pytest.importorskip("rembg")


def saliency_model(path: Path) -> Path:
    import onnx
    from onnx import TensorProto, helper

    image = helper.make_tensor_value_info("input.1", TensorProto.FLOAT, [1, 3, 320, 320])
    mask = helper.make_tensor_value_info("mask", TensorProto.FLOAT, [1, 1, 320, 320])
    spatial = helper.make_tensor("spatial", TensorProto.INT64, [2], [2, 3])
    channels = helper.make_tensor("channels", TensorProto.INT64, [1], [1])
    graph = helper.make_graph(
        [
            helper.make_node("ReduceMean", ["input.1", "spatial"], ["mean"], keepdims=1),
            helper.make_node("Sub", ["input.1", "mean"], ["difference"]),
            helper.make_node("Abs", ["difference"], ["distance"]),
            helper.make_node("ReduceSum", ["distance", "channels"], ["mask"], keepdims=1),
        ],
        "colour-distance-saliency",
        [image],
        [mask],
        initializer=[spatial, channels],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9  # what onnxruntime releases of the last few years all read
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def test_the_model_is_found_where_rembg_looks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("U2NET_HOME")
    monkeypatch.setenv("REMBG_HOME", str(tmp_path / "rembg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    newer, legacy = rembg_model_paths()
    assert newer == tmp_path / "rembg" / "models" / "u2net" / "u2net.onnx"
    assert legacy == tmp_path / "home" / ".u2net" / "u2net.onnx"
    assert rembg_model_path() == newer  # nothing there yet: where a download would go
    saliency_model(legacy)
    assert rembg_model_path() == legacy  # a model from an older rembg is used as it is


def test_rembg_cuts_out_the_product_when_its_model_is_there(tmp_path: Path) -> None:
    saliency_model(rembg_model_path())
    truth = product_photo(tmp_path / "p.jpg", (200, 40, 40), "white", label=False, shadow=False)
    result = ProductExtractor().cutout(tmp_path / "p.jpg", tmp_path / "cut.png")
    assert result.method == "rembg" and result.warning is None
    assert iou_with(result, truth) >= 0.9
    again = ProductExtractor().cutout(tmp_path / "p.jpg", tmp_path / "cut2.png")  # the loaded model is reused
    assert (
        again.method == "rembg"
        and (tmp_path / "cut2.png").read_bytes() == (tmp_path / "cut.png").read_bytes()
    )


def test_a_broken_model_falls_back_to_grabcut_with_a_warning(tmp_path: Path) -> None:
    model = rembg_model_path()
    model.parent.mkdir(parents=True, exist_ok=True)
    model.write_bytes(b"not an onnx model" * 100)
    truth = product_photo(tmp_path / "p.jpg", (30, 90, 160), "white")
    result = ProductExtractor().cutout(tmp_path / "p.jpg", tmp_path / "cut.png")
    assert result.method == "grabcut" and "rembg could not run" in (result.warning or "")
    assert iou_with(result, truth) >= 0.85


def test_a_model_installed_later_gives_the_cutout_a_new_key(tmp_path: Path) -> None:
    """The stored GrabCut cutout is not reused once rembg can do better."""
    from adgen.pipeline.keys import cutout_key

    before = cutout_key("c" * 64, ProductExtractor())
    assert ProductExtractor().model == "grabcut"
    saliency_model(rembg_model_path())
    assert ProductExtractor().model.startswith("rembg-u2net")
    assert cutout_key("c" * 64, ProductExtractor()) != before
