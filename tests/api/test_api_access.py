"""The API over HTTP against a real server process: who sees what, scopes, idempotent retries,
problem documents, dry runs, messages and racing edits."""

from __future__ import annotations

import sqlite3
import threading
import uuid

from api_stack import ApiStack, assert_problem, photo

BRIEF = {"brief": "a 6 s ad for our cold brew, energetic, brand Northwind"}


def _create(client, **extra) -> dict:
    r = client.post("/v1/projects", json={**BRIEF, **extra})
    assert r.status_code == 201, r.text
    return r.json()["project"]


def test_keys_are_stored_only_as_hashes_and_revoked_keys_stop_working(stack: ApiStack, owner: str) -> None:
    key = stack.new_key(owner)
    assert key.startswith("adg_")
    with sqlite3.connect(stack.data_dir / "api.sqlite3") as db:
        rows = db.execute("SELECT * FROM api_keys WHERE owner = ?", (owner,)).fetchall()
        dump = "\n".join(db.iterdump())
    assert len(rows) == 1 and key not in dump and key.split("_", 2)[2] not in dump
    with stack.client(key) as c:
        assert c.get("/v1/projects").status_code == 200
        import subprocess
        import sys

        key_id = key.split("_")[1]
        subprocess.run(
            [sys.executable, "-m", "adgen.cli", "keys", "revoke", key_id], env=stack.env, check=True
        )
        assert_problem(c.get("/v1/projects"), 401)
    with stack.client(key[:-2] + ("AA" if not key.endswith("AA") else "BB")) as c:
        assert_problem(c.get("/v1/projects"), 401)


def test_a_second_owner_cannot_see_or_touch_the_first_owners_project(stack: ApiStack, owner: str) -> None:
    alice, bob = stack.client(stack.new_key(owner)), stack.client(stack.new_key(owner + "-b"))
    project = _create(alice)
    pid = project["projectId"]
    assert [p["projectId"] for p in alice.get("/v1/projects").json()["projects"]] == [pid]
    assert bob.get("/v1/projects").json()["projects"] == []
    edit = {"operations": [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Mine now"}]}
    for response in (
        bob.get(f"/v1/projects/{pid}"),
        bob.get(f"/v1/projects/{pid}", params={"version": 1}),
        bob.get(f"/v1/projects/{pid}/versions"),
        bob.get(f"/v1/projects/{pid}/exports"),
        bob.get(f"/v1/projects/{pid}/renders/current"),
        bob.get(f"/v1/projects/{pid}/events"),
        bob.post(f"/v1/projects/{pid}/operations", json=edit),
        bob.post(f"/v1/projects/{pid}/messages", json={"text": "make it 20 seconds"}),
        bob.post(f"/v1/projects/{pid}/renders", json={"quality": "draft"}),
        bob.post(f"/v1/projects/{pid}/undo"),
        bob.post(f"/v1/projects/{pid}/variations", json={"label": "B"}),
        bob.post("/v1/batches", files={"feed": ("f.csv", b"name\nX\n")}, data={"baseProjectId": pid}),
    ):
        body = assert_problem(response, 404)
        assert "forbidden" not in body["type"]
    hook = alice.post(
        "/v1/webhooks", json={"url": "http://127.0.0.1:9/hook", "events": ["batch.completed"]}
    ).json()
    feed = {"feed": ("f.csv", b"name,price\nCup,free\n")}
    batch = alice.post("/v1/batches", files=feed, data={"baseProjectId": pid}).json()
    assert batch["counts"] == {"total": 1, "failed": 1} and batch["state"] == "completed"
    for response in (
        bob.get(f"/v1/batches/{batch['batchId']}"),
        bob.get(f"/v1/webhooks/{hook['webhookId']}/deliveries"),
        bob.delete(f"/v1/webhooks/{hook['webhookId']}"),
    ):
        assert_problem(response, 404)
    assert bob.get("/v1/batches").json()["batches"] == [] and bob.get("/v1/webhooks").json()["webhooks"] == []
    # Nothing changed: still version 1, the same text, no render started.
    again = alice.get(f"/v1/projects/{pid}").json()["project"]
    assert (
        again["version"] == 1
        and again["scenes"][0]["overlay"]["text"] == project["scenes"][0]["overlay"]["text"]
    )
    assert again["renderStatus"]["state"] == "draft"
    alice.close()
    bob.close()


def test_a_read_key_reads_but_cannot_write(stack: ApiStack, owner: str) -> None:
    writer, reader = stack.client(stack.new_key(owner)), stack.client(stack.new_key(owner, "read"))
    pid = _create(writer)["projectId"]
    assert reader.get(f"/v1/projects/{pid}").status_code == 200
    edit = {"operations": [{"operation": "set_duration", "durationSec": 20}]}
    for response in (
        reader.post(f"/v1/projects/{pid}/operations", json=edit),
        reader.post("/v1/projects", json=BRIEF),
        reader.post(f"/v1/projects/{pid}/renders", json={}),
        reader.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/x", "events": ["render.failed"]}),
    ):
        assert assert_problem(response, 403)["type"].endswith("read-only-key")
    assert writer.get(f"/v1/projects/{pid}").json()["project"]["version"] == 1
    assert len(writer.get("/v1/projects").json()["projects"]) == 1


def test_an_idempotent_retry_creates_nothing_twice(stack: ApiStack, owner: str) -> None:
    c = stack.client(stack.new_key(owner))
    key = str(uuid.uuid4())
    first = c.post("/v1/projects", json=BRIEF, headers={"Idempotency-Key": key})
    second = c.post("/v1/projects", json=BRIEF, headers={"Idempotency-Key": key})
    assert first.status_code == second.status_code == 201
    assert second.headers.get("idempotent-replayed") == "true"
    assert first.json()["project"]["projectId"] == second.json()["project"]["projectId"]
    assert len(c.get("/v1/projects").json()["projects"]) == 1
    reused = c.post("/v1/projects", json={"brief": "another ad"}, headers={"Idempotency-Key": key})
    assert assert_problem(reused, 422)["type"].endswith("idempotency-key-reused")
    # An edit retried with its key is applied once: one new version, not two.
    pid = first.json()["project"]["projectId"]
    edit = {"operations": [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Once"}]}
    for _ in range(3):
        r = c.post(
            f"/v1/projects/{pid}/operations",
            json=edit,
            headers={"Idempotency-Key": "edit-1", "If-Match": '"1"'},
        )
        assert r.status_code == 200 and r.json()["project"]["version"] == 2
    versions = c.get(f"/v1/projects/{pid}/versions").json()["versions"]
    assert [v["version"] for v in versions] == [1, 2]
    # The same key is another owner's own: no clash across owners.
    other = stack.client(stack.new_key(owner + "-x"))
    assert (
        other.post("/v1/projects", json={"brief": "x"}, headers={"Idempotency-Key": key}).status_code == 201
    )


def test_errors_are_problem_documents(stack: ApiStack, owner: str) -> None:
    c = stack.client(stack.new_key(owner))
    import httpx

    anonymous = httpx.Client(base_url=stack.base_url)
    assert anonymous.get("/v1/projects").headers.get("www-authenticate", "").startswith("Bearer")
    assert_problem(anonymous.get("/v1/projects"), 401)
    assert_problem(c.get("/v1/nothing-here"), 404)
    assert_problem(c.delete("/v1/projects"), 405)
    pid = _create(c)["projectId"]
    invalid = assert_problem(
        c.post(
            f"/v1/projects/{pid}/operations",
            json={"operations": [{"operation": "update_overlay", "sceneId": "scene_1", "fontSize": 5}]},
        ),
        422,
    )
    assert any("fontSize" in e["field"] for e in invalid["errors"])
    refused = assert_problem(
        c.post(
            f"/v1/projects/{pid}/operations",
            json={"operations": [{"operation": "remove_scene", "sceneId": "scene_9"}]},
        ),
        422,
    )
    assert "scene_9" in refused["detail"]
    assert_problem(c.post("/v1/projects", content=b"brief=x", headers={"content-type": "text/plain"}), 415)
    assert_problem(c.get(f"/v1/projects/{pid}", params={"version": 7}), 404)
    huge = {"brief": "x" * (2 * 1024 * 1024)}
    assert_problem(c.post("/v1/projects", json=huge), 413)

    def chunks():  # no Content-Length: the limit is counted while the body streams in
        for _ in range(40):
            yield b"x" * 65536

    assert_problem(
        c.post("/v1/projects", content=chunks(), headers={"content-type": "application/json"}), 413
    )
    not_image = c.post(
        "/v1/projects", data={"brief": "an ad"}, files={"image": ("shot.png", b"GIF89a not really")}
    )
    assert "not an image" in assert_problem(not_image, 422)["detail"]
    private = c.post("/v1/projects", json={**BRIEF, "productImageUrl": "http://10.1.2.3/p.png"})
    assert "public" in assert_problem(private, 422)["detail"]
    webhook = c.post(
        "/v1/webhooks", json={"url": "http://169.254.169.254/latest", "events": ["render.failed"]}
    )
    assert "public addresses" in assert_problem(webhook, 422)["detail"]
    assert len(c.get("/v1/projects").json()["projects"]) == 1


def test_create_with_a_photo_upload_and_edit_by_message_and_by_operation(stack: ApiStack, owner: str) -> None:
    c = stack.client(stack.new_key(owner))
    r = c.post(
        "/v1/projects",
        data={"brief": "a 12 s ad for our coffee beans, calm", "brandName": "Kestrel"},
        files={"image": ("coffee.jpg", photo("coffee"), "image/jpeg")},
    )
    assert r.status_code == 201, r.text
    project = r.json()["project"]
    assert project["durationSec"] == 12 and project["brand"]["name"] == "Kestrel"
    assert project["productAsset"]["checksum"] and r.headers["etag"] == '"1"'
    pid = project["projectId"]
    reply = c.post(
        f"/v1/projects/{pid}/messages", json={"text": "make the hook say Fresh every morning"}
    ).json()
    assert reply["version"] == 2 and not reply["error"]
    assert reply["project"]["scenes"][0]["overlay"]["text"] == "Fresh every morning"
    stale = c.post(
        f"/v1/projects/{pid}/messages", json={"text": "make it 20 seconds"}, headers={"If-Match": '"1"'}
    )
    assert assert_problem(stale, 409)["currentVersion"] == 2
    upload = c.post("/v1/uploads", files={"image": ("cat.png", photo("chelsea", "PNG"), "image/png")})
    asset = upload.json()["asset"]
    swapped = c.post(
        f"/v1/projects/{pid}/operations",
        json={"operations": [{"operation": "replace_product", "asset": asset}]},
    )
    assert swapped.json()["project"]["productAsset"]["checksum"] == asset["checksum"]
    forged = {**asset, "sourceUrl": "file:///etc/passwd"}
    assert_problem(
        c.post(
            f"/v1/projects/{pid}/operations",
            json={"operations": [{"operation": "replace_product", "asset": forged}]},
        ),
        422,
    )
    undone = c.post(f"/v1/projects/{pid}/undo", headers={"If-Match": '"3"'}).json()["project"]
    assert (
        undone["version"] == 4 and undone["productAsset"]["checksum"] == project["productAsset"]["checksum"]
    )
    v1 = c.get(f"/v1/projects/{pid}", params={"version": 1}).json()["project"]
    assert v1["scenes"][0]["overlay"]["text"] == project["scenes"][0]["overlay"]["text"]
    variation = c.post(
        f"/v1/projects/{pid}/variations",
        json={"label": "B", "operations": [{"operation": "update_style", "mood": "playful"}]},
    )
    assert variation.status_code == 201
    child = variation.json()["created"]["project"]
    assert child["variation"] == {"isVariation": True, "parentProjectId": pid, "label": "B"}


def test_dry_run_reports_what_would_change_and_render_and_changes_nothing(
    stack: ApiStack, owner: str
) -> None:
    c = stack.client(stack.new_key(owner))
    pid = _create(c)["projectId"]
    edit = {
        "operations": [
            {"operation": "update_overlay", "sceneId": "scene_2", "text": "New words"},
            {"operation": "render"},
        ]
    }
    r = c.post(
        f"/v1/projects/{pid}/operations",
        params={"dry_run": "true"},
        json=edit,
        headers={"Idempotency-Key": "d1"},
    )
    body = r.json()
    assert r.status_code == 200 and body["dryRun"] and body["wouldBeVersion"] == 2
    # Read off the content keys: the scene's text layer and its pass, nothing else (no new background).
    assert body["stale"] == {"scenes": {"scene_2": ["overlay", "scene_pass"]}, "project": []}
    plan = body["render"]["plan"]
    assert set(plan["staleScenes"]) == {"scene_1", "scene_2", "scene_3"}  # nothing rendered yet
    assert plan["estimatedCostUsd"] == 0.0 and not plan["upToDate"]
    render = c.post(
        f"/v1/projects/{pid}/renders",
        params={"dry_run": "true"},
        json={"quality": "final", "aspects": ["1:1"]},
    )
    assert render.json()["plan"]["aspects"] == ["1:1"] and render.json()["plan"]["assemblies"] == ["1:1"]
    assert c.get(f"/v1/projects/{pid}").json()["project"]["version"] == 1
    assert c.get(f"/v1/projects/{pid}").json()["project"]["renderStatus"]["state"] == "draft"


def test_racing_edits_through_the_api_lose_nothing(stack: ApiStack, owner: str) -> None:
    """Two clients racing two-operation requests: every request is kept whole, as one step
    (its versions adjacent, one undo group), or refused whole with a 409."""
    key = stack.new_key(owner)
    setup = stack.client(key)
    pid = _create(setup)["projectId"]
    per_client = 5
    conflicts: list[int] = []
    failures: list[BaseException] = []

    def editor(name: str) -> None:
        try:
            edit_all(name)
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread below
            failures.append(exc)

    def edit_all(name: str) -> None:
        with stack.client(key) as c:
            for i in range(per_client):
                while True:
                    version = c.get(f"/v1/projects/{pid}").headers["etag"]
                    edit = {
                        "operations": [
                            {"operation": "update_overlay", "sceneId": "scene_1", "text": f"{name} {i}"},
                            {"operation": "update_overlay", "sceneId": "scene_2", "text": f"{name} {i} too"},
                        ]
                    }
                    r = c.post(f"/v1/projects/{pid}/operations", json=edit, headers={"If-Match": version})
                    if r.status_code == 409:
                        assert_problem(r, 409)
                        conflicts.append(1)
                        continue
                    assert r.status_code == 200, r.text
                    break

    threads = [threading.Thread(target=editor, args=(n,)) for n in ("left", "right")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    final = setup.get(f"/v1/projects/{pid}").json()["project"]
    assert final["version"] == 1 + 2 * 2 * per_client
    history = final["history"]
    texts = [h["operation"]["text"] for h in history]
    pairs = [(texts[n], texts[n + 1]) for n in range(0, len(texts), 2)]
    assert sorted(pairs) == sorted(
        (f"{n} {i}", f"{n} {i} too") for n in ("left", "right") for i in range(per_client)
    )
    for n in range(0, len(history), 2):  # one request, one group, and no two requests share one
        assert history[n]["group"] and history[n]["group"] == history[n + 1]["group"]
    assert len({h["group"] for h in history}) == 2 * per_client
    for n in ("left", "right"):  # each client's own edits kept their order
        mine = [t for t in texts if t.startswith(n) and not t.endswith("too")]
        assert mine == [f"{n} {i}" for i in range(per_client)]


def test_one_request_is_one_undo_step_and_redo_brings_it_back(stack: ApiStack, owner: str) -> None:
    c = stack.client(stack.new_key(owner))
    v1 = _create(c)
    pid = v1["projectId"]

    def content(project: dict) -> tuple:
        texts = tuple(s["overlay"]["text"] for s in project["scenes"])
        return texts, project["durationSec"], project["style"]["mood"]

    three = {
        "operations": [
            {"operation": "update_overlay", "sceneId": "scene_1", "text": "One"},
            {"operation": "update_overlay", "sceneId": "scene_2", "text": "Two"},
            {"operation": "set_duration", "durationSec": 12},
        ]
    }
    v4 = c.post(f"/v1/projects/{pid}/operations", json=three).json()["project"]
    assert v4["version"] == 4 and content(v4)[0][:2] == ("One", "Two") and v4["durationSec"] == 12
    assert len({h["group"] for h in v4["history"]}) == 1  # the three versions are one request
    v5 = c.post(
        f"/v1/projects/{pid}/operations", json={"operations": [{"operation": "update_style", "mood": "calm"}]}
    ).json()["project"]
    assert v5["style"]["mood"] == "calm"

    undone = c.post(f"/v1/projects/{pid}/undo", headers={"If-Match": '"5"'}).json()["project"]
    assert undone["version"] == 6 and content(undone) == content(v4)  # only the last request
    undone = c.post(f"/v1/projects/{pid}/undo").json()["project"]
    assert undone["version"] == 7 and content(undone) == content(v1)  # all three at once
    redone = c.post(f"/v1/projects/{pid}/redo").json()["project"]
    assert redone["version"] == 8 and content(redone) == content(v4)
    # A request with a refused operation changes nothing, not even its valid first part.
    refused = c.post(
        f"/v1/projects/{pid}/operations",
        json={
            "operations": [
                {"operation": "update_overlay", "sceneId": "scene_1", "text": "Half"},
                {"operation": "remove_scene", "sceneId": "scene_9"},
            ]
        },
    )
    assert "scene_9" in assert_problem(refused, 422)["detail"]
    assert c.get(f"/v1/projects/{pid}").json()["project"]["version"] == 8
    c.close()


def test_openapi_documents_the_endpoints_and_the_operation_union(stack: ApiStack) -> None:
    import httpx

    spec = httpx.get(stack.base_url + "/openapi.json").json()
    for path in (
        "/v1/projects",
        "/v1/projects/{project_id}",
        "/v1/projects/{project_id}/operations",
        "/v1/projects/{project_id}/messages",
        "/v1/projects/{project_id}/renders",
        "/v1/projects/{project_id}/events",
        "/v1/projects/{project_id}/exports",
        "/v1/batches",
        "/v1/batches/{batch_id}",
        "/v1/webhooks",
        "/v1/webhooks/{webhook_id}/deliveries",
    ):
        assert path in spec["paths"], path
    schemas = spec["components"]["schemas"]
    assert {"UpdateOverlay", "CreateVariation", "ReplaceProduct", "Undo", "Render"} <= set(schemas)
    create = spec["paths"]["/v1/projects"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(create)
    docs = httpx.get(stack.base_url + "/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
