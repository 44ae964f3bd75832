"""Sign-in and ownership over real HTTP: with password sign-in, a user can open their own media
and no one else's, whatever URL they try; a guessed project id in the chat is refused too."""

from __future__ import annotations

import os
import subprocess

import httpx
import pytest
from web_helpers import messages_text, send, start_app, stop_app, wait_for_chat, wait_until

from adgen.project import AdProject

pytestmark = pytest.mark.browser

USERS = "alice:wonderland-42,bob:builder-7"


@pytest.fixture
def password_app(tmp_path, redis_url):
    app = start_app(
        tmp_path, redis_url=redis_url, workers=0, env={"ADGEN_AUTH": "password", "ADGEN_USERS": USERS}
    )
    try:
        yield app
    finally:
        stop_app(app)


def _store_rendered_project(
    app, sample_project: AdProject, tmp_path, env: dict[str, str] | None = None
) -> tuple[AdProject, str]:
    """Alice's project with a real 9:16 export in the media store (as a finished render leaves it)."""
    from adgen.settings import Settings
    from adgen.store.media import open_media_store
    from adgen.store.projects import open_project_store

    settings = Settings(_env_file=None, **{"ADGEN_DATA_DIR": str(app.data_dir), **(env or {})})
    clip = tmp_path / "export.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=360x640:rate=24",
            "-t",
            "2",
            "-pix_fmt",
            "yuv420p",
            str(clip),
        ],
        check=True,
    )
    url = open_media_store(settings).put_bytes(clip.read_bytes(), suffix=".mp4")
    store = open_project_store(settings)
    project = store.create(sample_project.model_copy(update={"owner": "alice"}))
    store.update_render(
        project.project_id,
        project.version,
        aspect_exports={"9:16": url},
        render_status={"state": "completed", "progress": 1.0},
    )
    return project, url


def _sign_in(base_url: str, user: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=20)
    response = client.post("/login", data={"username": user, "password": password})
    assert response.status_code == 200, response.text
    return client


def test_users_see_only_their_own_media(password_app, sample_project, tmp_path):
    from adgen.web.media_routes import MediaGrant, media_link, sign_grant

    project, url = _store_rendered_project(password_app, sample_project, tmp_path)
    secret = password_app.secret
    link = media_link("alice", project.project_id, url, "ad-9x16.mp4", secret=secret)
    base = password_app.base_url

    bad = httpx.post(base + "/login", data={"username": "alice", "password": "guess"})
    assert bad.status_code == 401

    alice = _sign_in(base, "alice", "wonderland-42")
    bob = _sign_in(base, "bob", "builder-7")
    ok = alice.get(link)
    assert ok.status_code == 200 and ok.headers["content-type"] == "video/mp4"
    assert ok.content[4:8] == b"ftyp"
    ranged = alice.get(link, headers={"Range": "bytes=0-99"})
    assert ranged.status_code == 206 and len(ranged.content) == 100  # seeking works
    download = alice.get(link + "?download=1")
    assert download.headers["content-disposition"].startswith("attachment")

    assert httpx.get(base + link).status_code == 401  # not signed in
    assert bob.get(link).status_code == 404  # alice's link, bob's cookie
    # Bob can not mint a link to alice's media: tokens signed with any other key are refused,
    # and one naming himself as owner of alice's project fails the project-owner check.
    forged = media_link("bob", project.project_id, url, "ad.mp4", secret="not the server's secret at all")
    assert bob.get(forged).status_code == 404
    own_claim = f"/media/{sign_grant(MediaGrant('bob', project.project_id, url), secret)}/ad.mp4"
    assert bob.get(own_claim).status_code == 404
    payload = link.split("/")[2].split(".")[0]
    assert bob.get(f"/media/{payload}.AAAA/ad.mp4").status_code == 404
    # A link for a path outside the media store is refused even when properly signed.
    outside = media_link("alice", project.project_id, "file:///etc/passwd", "x.txt", secret=secret)
    assert alice.get(outside).status_code == 404


def test_a_guessed_project_id_is_refused_in_the_chat(
    password_app, sample_project, tmp_path, browser, artifacts_dir
):
    project, _ = _store_rendered_project(password_app, sample_project, tmp_path)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(password_app.base_url + "/login")
        page.fill("input#email, input[name=email], input[type=text]", "bob")
        page.fill("input[type=password]", "builder-7")
        page.keyboard.press("Enter")
        wait_for_chat(page)
        send(page, f"/open {project.project_id}")
        wait_until(lambda: "that you can open" in messages_text(page), 30, "the refusal")
        assert "Wake up to cold brew" not in messages_text(page)  # nothing of alice's ad is shown
        send(page, "/projects")
        wait_until(lambda: "no projects yet" in messages_text(page), 30, "bob's empty project list")
        assert project.project_id not in page.locator(".message-content").last.inner_text()
        page.screenshot(path=str(artifacts_dir / "bob-refused.png"))
    finally:
        page.close()


def test_header_sign_in_trusts_only_the_configured_header(tmp_path):
    app = start_app(tmp_path, redis_url=None, workers=0, env={"ADGEN_AUTH": "header"})
    try:
        config = httpx.get(app.base_url + "/auth/config").json()
        assert config["requireLogin"] and config["headerAuth"] and not config["passwordAuth"]
        assert httpx.post(app.base_url + "/auth/header").status_code == 401
        assert (
            httpx.post(app.base_url + "/auth/header", headers={"X-Forwarded-User": "a b"}).status_code == 401
        )
        signed = httpx.post(app.base_url + "/auth/header", headers={"X-Forwarded-User": "carol"})
        assert signed.status_code == 200 and "access_token" in signed.cookies
        me = httpx.get(app.base_url + "/user", cookies=signed.cookies).json()
        assert me["identifier"] == "carol"
    finally:
        stop_app(app)


def test_media_on_s3_is_served_by_a_presigned_redirect(tmp_path, sample_project, s3_env, moto_server):
    """With media on S3 the route checks the owner, then redirects to a short-lived S3 link."""
    from adgen.web.media_routes import media_link

    s3 = {
        key: os.environ[key]
        for key in (
            "AWS_ENDPOINT_URL",
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_DEFAULT_REGION",
            "ADGEN_S3_BUCKET",
        )
    }
    app = start_app(
        tmp_path / "app",
        redis_url=None,
        workers=0,
        env={"ADGEN_AUTH": "password", "ADGEN_USERS": USERS, **s3},
    )
    try:
        project, url = _store_rendered_project(app, sample_project, tmp_path, env=s3)
        assert url.startswith("s3://")
        link = media_link("alice", project.project_id, url, "ad-9x16.mp4", secret=app.secret)
        alice = _sign_in(app.base_url, "alice", "wonderland-42")
        moved = alice.get(link)
        assert moved.status_code == 307 and moved.headers["location"].startswith(moto_server)
        video = httpx.get(moved.headers["location"])
        assert video.status_code == 200 and video.content[4:8] == b"ftyp"
        assert _sign_in(app.base_url, "bob", "builder-7").get(link).status_code == 404
    finally:
        stop_app(app)
