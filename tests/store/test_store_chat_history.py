"""The web chat's history (Chainlit's SQLAlchemy data layer) in the PostgreSQL database of
ADGEN_DATABASE_URL, beside the projects: schema through the versioned migrations, then a real
create/read of a user, a thread and its steps through Chainlit's own code and SQLAlchemy's async
psycopg driver."""

from __future__ import annotations

import asyncio

import psycopg

from adgen.settings import Settings
from adgen.store.projects import open_project_store


def test_chat_history_lives_in_the_postgres_database(data_dir, postgres_url, sample_project, monkeypatch):
    from chainlit.context import init_http_context
    from chainlit.element import Video
    from chainlit.types import Pagination, ThreadFilter
    from chainlit.user import User

    from adgen.web.data_layer import chat_database_path, open_data_layer

    monkeypatch.setenv("ADGEN_DATABASE_URL", postgres_url)
    settings = Settings()
    open_project_store(settings).create(sample_project)  # projects and chats in one database
    layer = open_data_layer(settings)
    assert layer.engine.url.drivername == "postgresql+psycopg"

    async def roundtrip():
        init_http_context()  # create_step is queued unless it runs in a (non-websocket) context
        user = await layer.create_user(User(identifier="alice", metadata={"role": "marketer"}))
        await layer.update_thread("t1", name="cold brew", user_id=user.id, tags=["a", "b"])
        for n, (kind, text) in enumerate([("user_message", "a 15 s ad"), ("assistant_message", "Done")]):
            await layer.create_step(
                {
                    "id": f"s{n}",
                    "threadId": "t1",
                    "name": "alice" if kind == "user_message" else "adgen",
                    "type": kind,
                    "output": text,
                    "streaming": False,
                    "metadata": {"projectId": sample_project.project_id},
                    "tags": ["x"],
                    "createdAt": f"2026-01-01T00:00:0{n}Z",
                }
            )
        video = Video(name="ad 9:16.mp4", url="/media/t/p_sample1/v1.mp4", for_id="s1", thread_id="t1")
        await layer.create_element(video)
        thread = await layer.get_thread("t1")
        listed = await layer.list_threads(Pagination(first=10), ThreadFilter(userId=user.id))
        again = await layer.get_user("alice")
        await layer.engine.dispose()
        return user, thread, listed, again

    user, thread, listed, again = asyncio.run(roundtrip())
    assert again is not None and again.id == user.id and again.metadata == {"role": "marketer"}
    assert thread["name"] == "cold brew" and thread["userIdentifier"] == "alice"
    assert [(s["type"], s["output"]) for s in thread["steps"]] == [
        ("user_message", "a 15 s ad"),
        ("assistant_message", "Done"),
    ]
    assert [t["id"] for t in listed.data] == ["t1"]
    assert [(e["type"], e["url"], e["forId"]) for e in thread["elements"]] == [
        ("video", "/media/t/p_sample1/v1.mp4", "s1")
    ]

    with psycopg.connect(postgres_url) as conn:
        schema = dict(conn.execute("SELECT component, version FROM adgen_schema").fetchall())
        assert schema == {"projects": 1, "chat_history": 1}
        (steps,) = conn.execute("SELECT count(*) FROM steps WHERE \"threadId\" = 't1'").fetchone()
        assert steps == 2
    assert not chat_database_path(settings).exists()  # nothing went to the SQLite file

    # Opening again (a restart of the web process) keeps what was there.
    reopened = open_data_layer(settings)

    async def reread():
        thread = await reopened.get_thread("t1")
        await reopened.engine.dispose()
        return thread

    assert [s["output"] for s in asyncio.run(reread())["steps"]] == ["a 15 s ad", "Done"]
