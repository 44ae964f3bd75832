"""The web chat in a real browser: Debian's Chromium driven by Playwright against the app on
loopback, with real render workers and redis-server. A brief with a product image becomes a
plan, live progress and three playable videos; an edit re-renders only its scene; Undo works;
a reload resumes the chat; a wrong file gets advice, not a stack trace."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from web_helpers import chat_page, messages_text, open_chat, press, send, wait_until

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
RENDER_TIMEOUT = 150
REPORT = "text=Your ad is ready"


def product_png(path: Path) -> Path:
    """A bottle on a transparent background (what a marketer's cut-out product shot looks like)."""
    image = Image.new("RGBA", (300, 600), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((90, 160, 210, 560), radius=30, fill=(120, 60, 20, 255))
    draw.rectangle((125, 60, 175, 170), fill=(120, 60, 20, 255))
    draw.rectangle((115, 30, 185, 70), fill=(20, 20, 20, 255))
    draw.rectangle((95, 300, 205, 420), fill=(242, 165, 65, 255))
    image.save(path)
    return path


def progress_snapshots(page, renders_before: int, timeout: float) -> list[str]:
    """Texts of the newest progress message, sampled until it says the render finished."""
    seen: list[str] = []
    boards = page.locator(".message-content:has-text('Part')")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if boards.count() > renders_before:
            text = boards.nth(renders_before).inner_text()
            if not seen or seen[-1] != text:
                seen.append(text)
            if "Render finished" in text or "Render failed" in text:
                return seen
        time.sleep(0.15)
    raise AssertionError(f"the render did not finish in {timeout:g}s; progress seen: {seen[-1:]}")


def finished_report(page, boards_before: int) -> tuple[str, list[str], list[str]]:
    """Wait until the next render's board says it finished and its report is there; the report's
    text and the scenes it says were rendered and reused."""
    progress_snapshots(page, boards_before, RENDER_TIMEOUT)
    wait_until(lambda: page.locator(REPORT).count() > boards_before, 30, "the render report")
    report = page.locator(".message-content", has=page.locator(REPORT)).last.inner_text()
    return (report, *report_sections(report))


def export_videos(page) -> list[str]:
    return page.eval_on_selector_all(
        "video",
        "vs => vs.map(v => v.getAttribute('src') || v.currentSrc).filter(s => s && !s.includes('preview-'))",
    )


def report_sections(text: str) -> tuple[list[str], list[str]]:
    rendered = re.search(r"Rendered:\s*(.+)", text)
    reused = re.search(r"Reused \(unchanged\):\s*(.+)", text)
    split = lambda m: [s.strip() for s in m.group(1).split(",")] if m else []  # noqa: E731
    return split(rendered), split(reused)


def check_playable(page, src: str, size: tuple[int, int]) -> float:
    """The video answers video/mp4 over HTTP and plays in the browser at the expected size."""
    response = page.request.get(
        page.url.split("/thread")[0].rstrip("/") + src if src.startswith("/") else src
    )
    assert response.status == 200, (src, response.status)
    assert response.headers["content-type"] == "video/mp4"
    body = response.body()
    assert body[4:8] == b"ftyp" and len(body) > 10_000
    info = page.evaluate(
        """async (src) => {
            const v = [...document.querySelectorAll('video')].find(e => e.getAttribute('src') === src);
            v.muted = true;
            await v.play();
            await new Promise(r => setTimeout(r, 400));
            const out = {duration: v.duration, time: v.currentTime, w: v.videoWidth, h: v.videoHeight};
            v.pause();
            return out;
        }""",
        src,
    )
    assert (info["w"], info["h"]) == size, info
    assert info["time"] > 0 and info["duration"] > 5, info
    return info["duration"]


def test_brief_plan_progress_videos_edit_undo_and_resume(web_app, browser, artifacts_dir, tmp_path):
    page = open_chat(browser, web_app.base_url)
    try:
        # 1. A brief with a product image.
        send(
            page,
            "a 15 s ad for our cold brew, energetic, brand Northwind Coffee",
            product_png(tmp_path / "cold-brew-bottle.png"),
        )
        table = page.locator("table:has(th:text-is('On-screen text'))").first
        table.wait_for(timeout=30_000)
        roles = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
        assert roles[0] == "Hook" and roles[-1] == "Call to action" and "Showcase" in roles, roles
        assert "energetic" in messages_text(page)
        page.screenshot(path=str(artifacts_dir / "1-plan.png"))

        # 2. Live progress, updated in place, then the three videos.
        snapshots = progress_snapshots(page, 0, RENDER_TIMEOUT)
        assert len(snapshots) >= 2, snapshots
        assert any("Rendering" in s or "Waiting" in s for s in snapshots[:-1]), snapshots
        assert "Render finished" in snapshots[-1], snapshots[-1]
        assert page.locator(".message-content:has-text('Part')").count() == 1  # one message, updated
        page.locator(REPORT).first.wait_for(timeout=30_000)
        wait_until(lambda: len(export_videos(page)) >= 3, 20, "the three final videos")
        first = export_videos(page)
        assert [re.search(r"-(\d+x\d+)\.mp4", s).group(1) for s in first] == ["9x16", "1x1", "16x9"], first
        duration = check_playable(page, first[0], (360, 640))
        assert abs(duration - 15) < 0.6
        check_playable(page, first[1], (360, 360))
        check_playable(page, first[2], (640, 360))
        assert page.locator("video[src*='preview-']").count() >= 3  # a preview per scene
        # each with a still of its scene's middle, words in place, not its first frame
        preview_posters = page.eval_on_selector_all(
            "video[src*='preview-']", "vs => vs.map(v => v.getAttribute('poster'))"
        )
        assert all(preview_posters) and len(set(preview_posters)) == len(preview_posters), preview_posters
        hook_still = page.request.get(web_app.base_url + preview_posters[0])
        assert hook_still.status == 200 and hook_still.headers["content-type"] == "image/jpeg"
        # Each export shows its poster (a frame with the words in place) until it plays, not the
        # first frame, where the hook's text is still fading in.
        posters = page.eval_on_selector_all(
            "video[src*='9x16'], video[src*='1x1'], video[src*='16x9']",
            "vs => vs.filter(v => !v.src.includes('preview-')).map(v => v.getAttribute('poster'))",
        )
        assert len(posters) == 3 and all(posters), posters
        still = page.request.get(page.url.split("/thread")[0].rstrip("/") + posters[0])
        assert still.status == 200 and still.headers["content-type"] == "image/jpeg", still.status
        poster_jpg = tmp_path / "poster.jpg"
        poster_jpg.write_bytes(still.body())
        with Image.open(poster_jpg) as picture:
            low, high = picture.convert("L").getextrema()
            assert picture.size == (360, 640) and high - low > 100, (picture.size, low, high)  # not a blank
        assert page.get_by_role("link", name="16:9").first.get_attribute("href").endswith("?download=1")
        page.screenshot(path=str(artifacts_dir / "2-rendered.png"))
        page.set_viewport_size({"width": 1400, "height": 2000})
        page.wait_for_timeout(500)
        page.screenshot(path=str(artifacts_dir / "finished-chat.png"))
        readme_shot = ROOT / "docs" / "screenshot.png"
        if os.environ.get("ADGEN_UPDATE_SCREENSHOT") or not readme_shot.exists():
            page.screenshot(path=str(readme_shot))  # the README's picture, refreshed on request
        page.set_viewport_size({"width": 1400, "height": 1000})

        # 3. An edit: only the CTA scene is rendered again.
        send(page, "make the CTA say Shop Now")
        snapshots = progress_snapshots(page, 1, RENDER_TIMEOUT)
        assert "Render finished" in snapshots[-1]
        wait_until(lambda: page.locator(REPORT).count() >= 2, 30, "the second render report")
        report = page.locator(".message-content", has=page.locator(REPORT)).last.inner_text()
        rendered, reused = report_sections(report)
        assert rendered == [f"{len(roles)} Call to action"], report
        assert len(reused) == len(roles) - 1 and "Call to action" not in " ".join(reused), report
        plan = page.locator("table:has(th:text-is('On-screen text'))").last
        assert "“Shop Now”" in plan.locator("tbody tr").last.inner_text()
        page.screenshot(path=str(artifacts_dir / "3-edited.png"))

        # 4. Undo (the button under the latest result): back to the first version's content.
        videos_before = len(export_videos(page))
        press(page, "Undo", "undo")
        wait_until(lambda: "Undid the last change" in messages_text(page), 20, "the undo reply")
        report, rendered, reused = finished_report(page, 2)
        assert rendered == [] and len(reused) == len(roles), report  # everything came from the cache
        # The report's text can show before its three videos are attached: wait for them, or the
        # newest videos on the page are still the edit's.
        wait_until(lambda: len(export_videos(page)) >= videos_before + 3, 30, "the undone version's videos")
        latest = export_videos(page)[-3]
        original = page.request.get(web_app.base_url + first[0]).body()
        assert page.request.get(web_app.base_url + latest).body() == original
        page.screenshot(path=str(artifacts_dir / "4-undone.png"))

        # 5. An A/B variant, shown beside the original, and picked.
        press(page, "Make an A/B variant", "make an A/B variant with a different hook")
        page.get_by_text("A/B comparison").first.wait_for(timeout=RENDER_TIMEOUT * 1000)
        pair = page.locator(".message-content", has=page.get_by_text("A/B comparison"))
        assert pair.locator("video").count() == 2
        variant_id = re.search(r"B — variant .*?\((p_\w+) v\d+\)", pair.inner_text()).group(1)
        assert re.search(
            r"B differs from A in: .*\(hook\) text: “[^”]+” \(was “[^”]+”\)", pair.inner_text()
        ), pair.inner_text()  # what to look for, in words
        # and in pictures: both posters are stills of the hook B changed, not of the showcase they share
        pair_posters = pair.locator("video").evaluate_all("vs => vs.map(v => v.getAttribute('poster'))")
        assert len(pair_posters) == 2 and all(pair_posters) and pair_posters[0] != pair_posters[1], (
            pair_posters
        )
        stills = [page.request.get(web_app.base_url + p) for p in pair_posters]
        assert all(s.status == 200 for s in stills) and stills[0].body() != stills[1].body()
        for attempt in range(2):  # as in press(): a click lost in a re-render is made once more
            page.get_by_role("button", name="Pick B: this one").click()
            try:
                wait_until(lambda: f"Now working on {variant_id}" in messages_text(page), 8, "the pick")
                break
            except AssertionError:
                if attempt:
                    raise
        page.screenshot(path=str(artifacts_dir / "5-ab-pair.png"))

        # 6. Reload: the chat comes back from the history, with its videos.
        wait_until(lambda: "/thread/" in page.url, 10, "the thread URL")
        page.reload()
        page.get_by_text("Welcome back").first.wait_for(timeout=30_000)
        send(page, "status")  # answered by the rebuilt session, which still knows the current ad
        wait_until(
            lambda: re.search(rf"{variant_id} v\d+: render completed", messages_text(page)),
            20,
            "the status reply",
        )
        assert page.locator("table:has(th:text-is('On-screen text'))").count() >= 1
        resumed = export_videos(page)
        assert first[0] in resumed
        assert page.request.get(web_app.base_url + first[0]).headers["content-type"] == "video/mp4"
        page.screenshot(path=str(artifacts_dir / "6-resumed.png"))

        # 7. The user's ads, with thumbnails (asked in words; the /projects command shows the same).
        send(page, "list my projects")
        listing = page.locator(".message-content", has=page.get_by_text("Your ads")).last
        listing.wait_for(timeout=20_000)
        assert variant_id in listing.inner_text()
        thumbs = listing.locator("img").evaluate_all("imgs => imgs.map(i => i.getAttribute('src'))")
        assert len(thumbs) == 2 and all(t.startswith("/media/") for t in thumbs), thumbs
        poster = page.request.get(web_app.base_url + thumbs[0])
        assert poster.status == 200 and poster.headers["content-type"].startswith("image/")
        page.screenshot(path=str(artifacts_dir / "7-projects.png"))
    except Exception:
        page.screenshot(path=str(artifacts_dir / "failure.png"))
        print(web_app.logs())
        raise
    finally:
        page.close()


def test_wrong_file_gets_advice_not_a_traceback(web_app, browser, artifacts_dir, tmp_path):
    fake = tmp_path / "product.png"
    fake.write_text("these are my notes, not a picture\n" * 20)
    page = open_chat(browser, web_app.base_url)
    try:
        send(page, "a 15 s ad for our tea, calm", fake)
        wait_until(lambda: "PNG or JPEG" in messages_text(page), 30, "advice about the file")
        text = messages_text(page)
        assert "not an image" in text or "isn't an image" in text or "is not a picture" in text, text
        assert "Traceback" not in text and "Error:" not in text
        assert page.locator("table:has(th:text-is('On-screen text'))").count() == 0  # nothing planned
        # The footer under the composer is ours: Chainlit's default says "LLMs can make mistakes",
        # which the offline parser is not.
        footer = page.locator(".watermark").inner_text()
        assert "can be undone" in footer and "LLMs" not in footer, footer
        page.screenshot(path=str(artifacts_dir / "advice.png"))
    except Exception:
        page.screenshot(path=str(artifacts_dir / "failure.png"))
        raise
    finally:
        page.close()


def chelsea_png(path: Path) -> Path:
    """scikit-image's photograph of a cat: a real photo whose offline cut-out is poor."""
    from skimage import data

    Image.fromarray(data.chelsea()).save(path)
    return path


def preview_names(page) -> list[str]:
    """The scene previews' file names, in page order."""
    return page.eval_on_selector_all(
        "video[src*='preview-']",
        "vs => vs.map(v => decodeURIComponent(v.getAttribute('src')).split('/').pop())",
    )


def test_cutout_choices_card_draft_names_previews_and_errors(web_app, browser, artifacts_dir, tmp_path):
    """Issue 12: a poor cut-out of a real photo is shown with its warning and three choices; the
    card re-renders only the product's scenes; a draft says so and names its files; previews keep
    scene order; a refused value reads as a sentence; the A/B card comes once per pair."""
    with chat_page(browser, web_app, artifacts_dir, height=1400) as page:
        send(
            page,
            "a 15 s ad for our cold brew, energetic, brand Bean There",
            chelsea_png(tmp_path / "cat.png"),
        )
        page.locator("table:has(th:text-is('On-screen text'))").first.wait_for(timeout=30_000)
        progress_snapshots(page, 0, RENDER_TIMEOUT)
        # The cut-out, its warning and the three choices, in one message.
        warning = page.locator(".message-content", has_text="could not be cut out").first
        warning.wait_for(timeout=30_000)
        assert page.locator("img[src*='product-cutout']").count() >= 1
        for label in (
            "Upload a PNG with transparency",
            "Use the photo as a framed product card",
            "Install the rembg model",
        ):
            assert page.get_by_role("button", name=label).count() >= 1, label
        page.locator(REPORT).first.wait_for(timeout=30_000)
        names = preview_names(page)
        assert len(names) == 3 and names == sorted(names), names  # scene order: preview-scene_1, _2, _3
        report = page.locator(".message-content", has=page.locator(REPORT)).last.inner_text()
        assert "draft (360×640)" in report and "Download (draft)" in report, report
        assert "You can upload a PNG with transparency" in report, report  # the report says it too
        link = page.get_by_role("link", name="9:16").last.get_attribute("href")
        assert link.split("?")[0].endswith("bean-there-v1-draft-9x16.mp4"), link
        assert page.get_by_role("button", name="Render in full quality (1080×1920)").count() >= 1
        page.screenshot(path=str(artifacts_dir / "1-cutout-choices.png"), full_page=True)

        # The card: only the scenes that show the product are rendered again.
        press(page, "Use the photo as a framed product card", "Use the photo as a framed product card")
        wait_until(lambda: "shown as card" in messages_text(page), 20, "the card edit")
        report, rendered, reused = finished_report(page, 1)
        assert rendered and reused, report  # the hook shows no product: reused
        assert "could not be cut out" not in report, report  # the card needs no cut-out
        page.screenshot(path=str(artifacts_dir / "2-card.png"), full_page=True)

        # The other two choices say what to do.
        page.get_by_role("button", name="Install the rembg model").first.click()
        wait_until(lambda: "u2net.onnx" in messages_text(page), 15, "the rembg instructions")
        page.get_by_role("button", name="Upload a PNG with transparency").first.click()
        wait_until(lambda: "transparent background" in messages_text(page).split("u2net.onnx")[-1], 15, "how")

        # A refused value is a sentence, not a validation error.
        send(page, "make it 3 seconds")
        wait_until(lambda: "5 s to 120 s" in messages_text(page), 20, "the refusal")
        text = messages_text(page)
        assert "duration_sec" not in text and "Input should" not in text
        page.screenshot(path=str(artifacts_dir / "3-refusal.png"), full_page=True)

        # An A/B variant: the pair card once, not after every edit; its files say B.
        renders = page.locator(".message-content:has-text('Part')").count()
        press(page, "Make an A/B variant", "make an A/B variant with a different hook")
        page.get_by_text("A/B comparison").first.wait_for(timeout=RENDER_TIMEOUT * 1000)
        link = page.get_by_role("link", name="9:16").last.get_attribute("href")
        assert "-B-v" in link and "-draft-9x16.mp4" in link, link
        send(page, "make the CTA say Buy now")
        report, rendered, _ = finished_report(page, renders + 1)
        assert rendered == ["3 Call to action"], report
        page.wait_for_timeout(1500)
        assert page.get_by_text("A/B comparison").count() == 1
        page.get_by_role("button", name="Compare A/B").last.click()
        wait_until(lambda: page.get_by_text("A/B comparison").count() == 2, 20, "the pair when asked")
        page.screenshot(path=str(artifacts_dir / "4-ab-once.png"), full_page=True)


def test_a_brief_whose_photo_did_not_upload_waits_for_it(web_app, browser, artifacts_dir, tmp_path):
    """Issue 12 item 6: the page lets a message go without its failed upload; the chat holds it."""
    big = tmp_path / "cold-brew.png"
    big.write_bytes(os.urandom(21 * 1024 * 1024))  # over the 20 MB limit: the upload is cut off
    with chat_page(browser, web_app, artifacts_dir) as page:
        page.locator("input[type=file]").first.set_input_files(str(big))
        page.wait_for_timeout(3000)
        page.screenshot(path=str(artifacts_dir / "1-upload-failed.png"))
        brief = "a 15 s ad for our cold brew, energetic"
        page.fill("#chat-input", brief)
        page.wait_for_selector("#chat-submit:not([disabled])", timeout=15_000)
        page.click("#chat-submit")
        wait_until(lambda: "is waiting" in messages_text(page), 30, "the held message")
        text = messages_text(page)
        assert "too large" in text and "attach the file again" in text, text
        page.wait_for_timeout(1000)
        assert page.locator("table:has(th:text-is('On-screen text'))").count() == 0  # no ad without its photo
        page.screenshot(path=str(artifacts_dir / "2-held.png"))
        # The photo, attached again to an empty message: the held brief goes with it.
        with page.expect_response(lambda r: "/project/file" in r.url, timeout=30_000) as uploaded:
            page.locator("input[type=file]").first.set_input_files(str(product_png(tmp_path / "bottle.png")))
        assert uploaded.value.ok, uploaded.value.text()
        page.wait_for_selector("#chat-submit:not([disabled])", timeout=15_000)
        page.click("#chat-submit")
        table = page.locator("table:has(th:text-is('On-screen text'))").first
        table.wait_for(timeout=30_000)
        assert "(+ product)" in table.inner_text()
        page.screenshot(path=str(artifacts_dir / "3-sent-with-photo.png"))
