"""The product extractor service: a product photo in, an RGBA cut-out of just the product out,
with how far to trust it.

``cutout`` makes the cut (the photo's alpha, rembg's U^2-Net when its model is on disk, else
GrabCut seeded from a studio-backdrop or a saliency prior); ``saliency`` is that prior; ``matte``
the soft, halo-free edge; ``quality`` the confidence, its warning and what the user can do.
"""

from adgen.pipeline.services.extractor.cutout import (
    CutoutQuality,
    CutoutResult,
    ExtractionError,
    ProductExtractor,
    grabcut_mask,
    offline_mask,
    rembg_model_path,
    rembg_model_paths,
)

__all__ = [
    "CutoutQuality",
    "CutoutResult",
    "ExtractionError",
    "ProductExtractor",
    "grabcut_mask",
    "offline_mask",
    "rembg_model_path",
    "rembg_model_paths",
]
