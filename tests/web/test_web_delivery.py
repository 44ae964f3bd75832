"""How a finished ad is delivered (issue 12, item 7), in the web chat's views and Slack's words:
a draft says it is one and at what size, with the full-quality render offered beside it; files of
an A/B variant, a draft and a final never share a name; scene previews keep scene order."""

from __future__ import annotations

from adgen.pipeline.events import RenderWarning
from adgen.project import AdProject
from adgen.slack.texts import finished_text
from adgen.web.render_views import export_filename, render_report_markdown


def _rendered(project: AdProject, quality: str, *, label: str | None = None, version: int = 5) -> AdProject:
    done = project.model_copy(deep=True)
    done.version = version
    done.brand.name = "Bean There"
    done.render_status.state = "completed"
    done.render_status.stages = {"quality": quality}
    if label:
        done.variation.is_variation = True
        done.variation.parent_project_id = "p_original"
        done.variation.label = label
    return done


def test_a_draft_says_it_is_one_with_its_size_and_offers_full_quality(sample_project):
    draft = _rendered(sample_project, "draft")
    links = {"9:16": "/media/a.mp4", "1:1": "/media/b.mp4", "16:9": "/media/c.mp4"}
    text = render_report_markdown(draft, download_links=links)
    head = text.split("  \n")[0]
    assert "Your ad is ready" in head and "draft (360×640)" in head, head
    assert "Render in full quality" in text  # the button is under this very message
    assert "Download (draft): [9:16 · 360×640](/media/a.mp4) · [1:1 · 360×360](/media/b.mp4)" in text
    assert "[16:9 · 640×360](/media/c.mp4)" in text

    final = render_report_markdown(_rendered(sample_project, "final"), download_links=links)
    assert "full quality (1080×1920)" in final and "[16:9 · 1920×1080]" in final
    assert "draft" not in final.lower()


def test_file_names_carry_the_variant_label_and_the_quality(sample_project):
    original = _rendered(sample_project, "draft")
    b_draft = _rendered(sample_project, "draft", label="B")
    b_final = _rendered(sample_project, "final", label="B")
    names = [export_filename(p, "9:16") for p in (original, b_draft, b_final)]
    assert names == [
        "bean-there-v5-draft-9x16.mp4",
        "bean-there-B-v5-draft-9x16.mp4",
        "bean-there-B-v5-final-9x16.mp4",
    ]
    odd = _rendered(sample_project, "draft", label="Hook: “Wake up!” / v2")
    assert export_filename(odd, "1:1") == "bean-there-Hook-Wake-up-v2-v5-draft-1x1.mp4"


def test_scene_previews_take_their_scene_slot_whatever_order_they_finish_in():
    from adgen.web.render_views import PreviewShelf

    shelf = PreviewShelf(["scene_1", "scene_2", "scene_3", "scene_4"])
    shown: list[str] = []

    def arrive(scene_id: str) -> None:
        moved = shelf.place(scene_id)
        if moved is None:  # shown already
            return
        for other in moved:  # what the chat takes down and puts back after the new one
            shown.remove(other)
        shown.extend([scene_id, *moved])

    for scene_id in ("scene_3", "scene_1", "scene_4", "scene_2", "scene_2"):
        arrive(scene_id)
        assert shown == sorted(shown), shown
    assert shown == ["scene_1", "scene_2", "scene_3", "scene_4"]


def test_slack_says_draft_and_size_and_the_cutout_choices():
    warning = RenderWarning(
        code="cutout_quality",
        message="The product could not be cut out of this photo reliably.",
        action="Look at the cut-out.",
        choices=["upload_transparent_png", "use_product_card", "install_rembg_model"],
    )
    text = finished_text(5, "9:16", {"1:1": "https://cdn.example/b.mp4"}, [warning], "draft")
    assert "Version 5 is ready, a draft (360×640)" in text
    assert "<https://cdn.example/b.mp4|1:1 (360×360)>" in text
    assert "render final" in text
    assert "transparent background" in text and "use the photo as a framed product card" in text
    assert "u2net.onnx" in text
    final = finished_text(5, "9:16", {}, [], "final")
    assert "full quality (1080×1920)" in final and "render final" not in final
