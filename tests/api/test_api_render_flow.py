"""Create → edit → render → webhook, and a batch from a feed, over HTTP with real workers."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from api_stack import (
    ApiStack,
    ImageHost,
    WebhookReceiver,
    assert_problem,
    photo,
    queue_state,
    verify_signature,
)
from loopback import wait_until

pytestmark = pytest.mark.slow


def _probe(data: bytes, tmp_path, name: str) -> dict:
    """The downloaded video as ffprobe sees it (through the pipeline's own probe)."""
    from adgen.pipeline.ffmpeg import probe

    path = tmp_path / name
    path.write_bytes(data)
    info = probe(path)
    return {"size": (info.width, info.height), "duration": info.duration_sec}


def _events(client: httpx.Client, path: str) -> list[dict]:
    """Read a server-sent event stream until the render's last event."""
    events, current = [], {}
    with client.stream("GET", path, timeout=180) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        for line in stream.iter_lines():
            if line.startswith("event:"):
                current["event"] = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                current["data"] = json.loads(line.split(":", 1)[1])
            elif line == "" and current:
                events.append(current)
                current = {}
                if events[-1].get("event") == "render":
                    break
    return events


def test_create_edit_render_and_a_signed_webhook(stack: ApiStack, owner: str, tmp_path) -> None:
    receiver = WebhookReceiver()
    c = stack.client(stack.new_key(owner))
    try:
        hook = c.post(
            "/v1/webhooks", json={"url": receiver.url, "events": ["render.completed", "render.failed"]}
        )
        assert hook.status_code == 201
        secret = hook.json()["secret"]
        assert "secret" not in json.dumps(c.get("/v1/webhooks").json())
        created = c.post(
            "/v1/projects",
            data={"brief": "a 5 s ad for our rocket kit, energetic"},
            files={"image": ("rocket.jpg", photo("rocket"), "image/jpeg")},
        ).json()["project"]
        pid = created["projectId"]
        edit = {
            "operations": [{"operation": "update_overlay", "sceneId": "scene_1", "text": "Lift off today"}]
        }
        edited = c.post(f"/v1/projects/{pid}/operations", json=edit, headers={"If-Match": '"1"'})
        assert edited.json()["project"]["version"] == 2
        started = c.post(
            f"/v1/projects/{pid}/renders", json={"quality": "draft"}, headers={"Idempotency-Key": "r1"}
        )
        assert started.status_code == 202
        render_id = started.json()["renderId"]
        again = c.post(
            f"/v1/projects/{pid}/renders", json={"quality": "draft"}, headers={"Idempotency-Key": "r1"}
        )
        assert again.json()["renderId"] == render_id

        events = _events(c, f"/v1/projects/{pid}/events?renderId={render_id}")
        assert events[-1]["data"]["state"] == "done" and events[-1]["data"]["renderId"] == render_id
        scenes_done = {
            e["data"]["sceneId"]
            for e in events
            if e["data"]["stage"] == "scene" and e["data"]["state"] == "done"
        }
        assert scenes_done == {s["id"] for s in created["scenes"]}
        fractions = [e["data"]["fraction"] for e in events]
        assert fractions == sorted(fractions) and fractions[-1] == 1.0
        leaks = [e for e in events if "/tmp/" in json.dumps(e) or "file:" in json.dumps(e)]
        assert not leaks, json.dumps(leaks[:1])
        # What the events name (a stage's output, a warning's cut-out) opens through its signed link.
        cutout = next(e["data"] for e in events if e["data"]["stage"] == "cutout" and e["data"]["mediaUrl"])
        image = httpx.get(cutout["mediaUrl"], timeout=30)
        assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
        for warning in (w for e in events for w in e["data"]["warnings"] if w.get("mediaUrl")):
            assert httpx.head(warning["mediaUrl"], timeout=30).status_code == 200

        wait_until(lambda: receiver.events(secret), 60, "the render.completed webhook")
        payload = receiver.events(secret)[0]
        assert payload["type"] == "render.completed" and payload["data"]["renderId"] == render_id
        # A render that warned (main's cut-out doubts this photo of a rocket) ends with warnings,
        # and the webhook says so and why.
        warned = [w for e in events for w in e["data"]["warnings"]]
        expected = "completed_with_warnings" if warned else "completed"
        assert payload["data"]["version"] == 2 and payload["data"]["state"] == expected
        assert bool(payload["data"]["error"]) == bool(warned)
        rendered = c.get(f"/v1/projects/{pid}").json()["project"]
        assert rendered["renderStatus"]["state"] == expected
        call = receiver.calls[0]
        assert not verify_signature("whsec_wrong", call["headers"], call["body"])
        assert not verify_signature(secret, call["headers"], call["body"] + b" ")
        links = payload["data"]["exports"]
        assert set(links) == {"9:16", "1:1", "16:9"}
        video = httpx.get(links["9:16"]["video"]["url"], timeout=30)
        assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
        shape = _probe(video.content, tmp_path, "master.mp4")
        assert shape["size"][0] < shape["size"][1] and abs(shape["duration"] - created["durationSec"]) < 0.3
        square = _probe(httpx.get(links["1:1"]["video"]["url"], timeout=30).content, tmp_path, "square.mp4")
        assert square["size"][0] == square["size"][1]
        assert_problem(httpx.get(links["1:1"]["video"]["url"].replace("expires=", "expires=1")), 404)

        status = c.get(f"/v1/projects/{pid}/renders/{render_id}").json()
        assert status["render"]["renderState"] == "done" and set(status["exports"]) == {"9:16", "1:1", "16:9"}
        log = c.get(f"/v1/webhooks/{hook.json()['webhookId']}/deliveries").json()["deliveries"]
        assert [(d["event"], d["state"], d["lastStatus"]) for d in log] == [
            ("render.completed", "delivered", 200)
        ]
        # Rendered and unchanged: a dry run finds nothing to do; an overlay edit re-renders one scene.
        plan = c.post(f"/v1/projects/{pid}/renders", params={"dry_run": "true"}, json={}).json()["plan"]
        assert plan["upToDate"] and plan["staleScenes"] == {}
        edit = {"operations": [{"operation": "update_overlay", "sceneId": "scene_2", "text": "Now 20% off"}]}
        plan = c.post(
            f"/v1/projects/{pid}/operations",
            params={"dry_run": "true"},
            json={**edit, "operations": [*edit["operations"], {"operation": "render"}]},
        ).json()["render"]["plan"]
        assert (
            set(plan["staleScenes"]) == {"scene_2"}
            and plan["backgrounds"] == []
            and plan["projectStages"] == []
        )
    finally:
        receiver.close()
        c.close()


def test_a_batch_of_ten_rows_with_one_bad_row(stack: ApiStack, owner: str) -> None:
    photos = ["astronaut", "coffee", "chelsea", "rocket", "cat"]
    host = ImageHost({f"{name}.jpg": photo(name) for name in photos} | {"broken.jpg": photo("coffee")[:900]})
    receiver = WebhookReceiver(statuses=[503])  # the first delivery fails: it must be retried
    c = stack.client(stack.new_key(owner))
    try:
        hook = c.post("/v1/webhooks", json={"url": receiver.url, "events": ["batch.completed"]}).json()
        secret = hook["secret"]
        base = c.post("/v1/projects", json={"brief": "a 5 s ad for our shop, playful"}).json()["project"]
        pid = base["projectId"]
        template = {
            "operations": [
                {"operation": "update_overlay", "sceneId": "scene_2", "text": "{{ name }} for {{price}}"}
            ]
        }
        assert c.post(f"/v1/projects/{pid}/operations", json=template).status_code == 200
        lines = ["Name,Image URL,Price,CTA"]
        for i in range(10):
            image = "broken.jpg" if i == 6 else f"{photos[i % 5]}.jpg"
            lines.append(f"Item {i},{host.base}/{image},{10 + i}.99,Get item {i}")
        feed = ("\n".join(lines) + "\n").encode()
        r = c.post(
            "/v1/batches",
            files={"feed": ("products.csv", feed, "text/csv")},
            data={"baseProjectId": pid, "concurrency": "3"},
        )
        assert r.status_code == 202, r.text
        batch_id = r.json()["batchId"]
        assert r.json()["counts"]["total"] == 10

        def finished() -> dict | None:
            body = c.get(f"/v1/batches/{batch_id}").json()
            return body if body["state"] == "completed" else None

        try:
            batch = wait_until(finished, 420, "the batch to finish", interval=2)
        except AssertionError:
            body = c.get(f"/v1/batches/{batch_id}").json()
            open_rows = [row for row in body["rows"] if row["state"] not in ("completed", "failed")]
            print(
                json.dumps(open_rows, indent=1),
                queue_state(stack, [r["renderId"] for r in open_rows if r.get("renderId")]),
            )
            print(stack.logs())
            raise
        rows = batch["rows"]
        failed = [row for row in rows if row["state"] == "failed"]
        assert batch["counts"] == {"total": 10, "completed": 9, "failed": 1}
        assert [row["row"] for row in failed] == [7]
        assert failed[0]["error"].startswith("Row 7 (Item 6): “broken.jpg” looks damaged")
        for row in rows:
            if row["state"] != "completed":
                continue
            project = c.get(f"/v1/projects/{row['projectId']}").json()["project"]
            assert (
                project["variation"]["parentProjectId"] == pid
                and project["variation"]["label"] == row["name"]
            )
            i = int(row["name"].split()[1])
            assert project["scenes"][1]["overlay"]["text"] == f"Item {i} for {10 + i}.99"
            assert project["scenes"][-1]["overlay"]["text"] == f"Get item {i}"
            assert set(row["exports"]) == {"9:16", "1:1", "16:9"}
            assert row["stages"]["background"].get("reused", 0) > 0  # shared with the other rows
            assert row["stages"]["composite"]  # the row's photo is in the ad (the template had none)
        head = httpx.head(rows[0]["exports"]["16:9"]["video"]["url"], timeout=30)
        assert head.status_code == 200 and int(head.headers["content-length"]) > 10_000

        wait_until(lambda: len(receiver.calls) >= 2, 120, "the batch.completed webhook, retried after a 503")
        payloads = receiver.events(secret)
        assert len(payloads) == 2 and payloads[0] == payloads[1]  # the same event, signed afresh each time
        assert payloads[0]["type"] == "batch.completed" and payloads[0]["data"]["counts"]["completed"] == 9
        log = wait_until(
            lambda: [
                d
                for d in c.get(f"/v1/webhooks/{hook['webhookId']}/deliveries").json()["deliveries"]
                if d["state"] == "delivered"
            ],
            30,
            "the delivery log",
        )
        assert (log[0]["attempts"], log[0]["lastStatus"]) == (2, 200)
    finally:
        host.close()
        receiver.close()
        c.close()


def test_batches_survive_an_api_restart_and_refuse_bad_feeds(stack: ApiStack, owner: str) -> None:
    c = stack.client(stack.new_key(owner))
    pid = c.post("/v1/projects", json={"brief": "a 5 s ad for tea"}).json()["project"]["projectId"]
    bad = c.post(
        "/v1/batches", files={"feed": ("f.csv", b"colour,size\nred,1\n")}, data={"baseProjectId": pid}
    )
    assert "name" in assert_problem(bad, 422)["detail"]
    feed = json.dumps(
        [{"name": "Green"}, {"name": "", "price": "3"}, {"name": "Black", "price": "-1x"}]
    ).encode()
    r = c.post(
        "/v1/batches", files={"feed": ("f.json", feed)}, data={"baseProjectId": pid, "concurrency": "1"}
    )
    batch_id = r.json()["batchId"]
    errors = {row["row"]: row["error"] for row in r.json()["rows"] if row["error"]}
    assert set(errors) == {2, 3} and "no name" in errors[2] and "not a price" in errors[3]
    time.sleep(0.5)
    stack_restart(stack)
    done = wait_until(
        lambda: (b := c.get(f"/v1/batches/{batch_id}").json())["state"] == "completed" and b, 300, "the batch"
    )
    assert done["counts"] == {"total": 3, "completed": 1, "failed": 2}


def stack_restart(stack: ApiStack) -> None:
    """Stop the API process and start it again on the same port (workers keep running)."""
    import os
    import signal

    from api_stack import _spawn
    from loopback import wait_for_port

    from adgen.api.server import api_command

    api = stack.procs.pop()
    os.killpg(api.pid, signal.SIGTERM)
    api.wait(timeout=15)
    port = int(stack.base_url.rsplit(":", 1)[1])
    restarted = _spawn(api_command(port=port), stack.env, stack.log_dir / "api-restarted.log")
    stack.procs.append(restarted)
    wait_for_port(port, timeout=60, proc=restarted)
