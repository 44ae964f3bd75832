"""Project-store contention on this machine, SQLite against PostgreSQL (issue 20).

Each editor is a separate process doing what the chat does for an edit: read the latest version,
apply a real edit operation (``update_overlay``), save it with the version it was made on, and
on a VersionConflict read again and redo it. Scenarios, per back end:

- 1 process  x N edits on its project: the single-writer baseline;
- P processes x N edits, each on its own project: writers that do not conflict, only share
  the database (SQLite serialises every write; PostgreSQL locks one project row);
- P processes x N edits on one project: every save races the others; conflicts are retried.

For each: edits per second (all edits over the wall time from a common start to the last
editor's end), conflicts retried, and a check that nothing was lost (every edit is in the final
version's history and the version count is exact). PostgreSQL is a throwaway cluster started for
the run (Debian's server, fsync on, synchronous_commit off: the durability of the SQLite store's
WAL mode with synchronous=NORMAL) unless --database-url names a server. With --repeat N each
scenario runs N times and the fastest run counts, which filters out other load on the machine.

Run: .venv/bin/python bench/bench_store.py [--processes 4] [--edits 50] [--repeat 3] [--database-url URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
ROOT = _HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))

import argparse  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from contextlib import ExitStack  # noqa: E402


def open_store(kind: str, where: str):
    from adgen.store.postgres_projects import PostgresProjectStore
    from adgen.store.sqlite_projects import SQLiteProjectStore

    return SQLiteProjectStore(Path(where)) if kind == "sqlite" else PostgresProjectStore(where)


def new_project(store, project_id: str):
    from adgen.pipeline.services.planner.local import LocalPlanner
    from adgen.pipeline.types import Brief

    brief = Brief(text="a 15 second ad for our cold brew coffee, energetic", brand_name="Northwind Coffee")
    project = LocalPlanner().plan(brief, owner="bench").model_copy(update={"project_id": project_id})
    return store.create(project)


def editor(kind: str, where: str, project_id: str, tag: str, edits: int, barrier, results) -> None:
    """One process: ``edits`` edits of one scene's overlay, each retried until it is saved."""
    from adgen.store.projects import VersionConflict
    from adgen.tools.apply import apply_operation

    store = open_store(kind, where)
    scenes = [s.id for s in store.get(project_id, owner="bench").scenes]
    scene = scenes[int(tag[1:]) % len(scenes)]
    warm_up = {"operation": "update_overlay", "sceneId": scene, "text": "not saved"}
    apply_operation(store.get(project_id, owner="bench"), warm_up)  # first-call imports off the clock
    barrier.wait(timeout=120)
    started, conflicts = time.monotonic(), 0
    for n in range(1, edits + 1):
        op = {"operation": "update_overlay", "sceneId": scene, "text": f"{tag} edit {n}"}
        while True:
            base = store.get(project_id, owner="bench")
            try:
                store.save(apply_operation(base, op).project, expected_version=base.version)
                break
            except VersionConflict:
                conflicts += 1
    results.put((tag, started, time.monotonic(), conflicts))
    close(store)


def close(store) -> None:
    if hasattr(store, "close"):  # the PostgreSQL store's connection pool
        store.close()


def run_scenario(kind: str, where: str, processes: int, edits: int, shared: bool) -> dict:
    store = open_store(kind, where)
    run = uuid.uuid4().hex[:8]
    ids = [f"p_bench{run}"] * processes if shared else [f"p_bench{run}_{i}" for i in range(processes)]
    for pid in dict.fromkeys(ids):
        new_project(store, pid)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(processes), ctx.Queue()
    procs = [
        ctx.Process(target=editor, args=(kind, where, pid, f"e{i}", edits, barrier, results))
        for i, pid in enumerate(ids)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        if p.exitcode != 0:
            raise SystemExit(f"an editor process failed (exit code {p.exitcode})")
    wall = max(o[2] for o in outcomes) - min(o[1] for o in outcomes)

    lost = 0
    for pid in dict.fromkeys(ids):
        latest = store.get(pid, owner="bench")
        writers = [f"e{i}" for i, owner in enumerate(ids) if owner == pid]
        texts = {h.operation.get("text") for h in latest.history}
        expected = {f"{tag} edit {n}" for tag in writers for n in range(1, edits + 1)}
        lost += len(expected - texts) + abs(latest.version - (1 + len(writers) * edits))
    close(store)
    return {
        "edits_per_sec": processes * edits / wall,
        "wall_sec": wall,
        "conflicts": sum(o[3] for o in outcomes),
        "lost": lost,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--edits", type=int, default=50, help="edits per process")
    parser.add_argument("--database-url", help="a PostgreSQL server to use instead of a throwaway cluster")
    parser.add_argument("--only", choices=["sqlite", "postgres"], help="measure one back end")
    parser.add_argument("--repeat", type=int, default=1, help="runs per scenario; the fastest counts")
    args = parser.parse_args(argv)

    with ExitStack() as stack:
        backends: list[tuple[str, str]] = []
        if args.only != "postgres":
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="adgen-bench-store-"))
            backends.append(("sqlite", os.path.join(folder, "adgen.sqlite3")))
        if args.only != "sqlite":
            if args.database_url:
                backends.append(("postgres", args.database_url))
            else:
                from postgres_cluster import postgres_cluster

                cluster = stack.enter_context(postgres_cluster(durable=True))
                backends.append(("postgres", cluster.create_database()))

        scenarios = [
            (f"1 process x {args.edits} edits", 1, False),
            (f"{args.processes} processes x {args.edits} edits, own projects", args.processes, False),
            (f"{args.processes} processes x {args.edits} edits, one project", args.processes, True),
        ]
        print(f"{'back end':<9} {'scenario':<44} {'edits/s':>8} {'wall s':>7} {'conflicts':>9} {'lost':>5}")
        failed = False
        for kind, where in backends:
            for label, processes, shared in scenarios:
                runs = [run_scenario(kind, where, processes, args.edits, shared) for _ in range(args.repeat)]
                failed |= any(run["lost"] > 0 for run in runs)
                r = max(runs, key=lambda run: run["edits_per_sec"])
                print(
                    f"{kind:<9} {label:<44} {r['edits_per_sec']:>8.1f} {r['wall_sec']:>7.2f} "
                    f"{r['conflicts']:>9} {r['lost']:>5}",
                    flush=True,
                )
    print(
        f"cores: {os.cpu_count()}; each edit = read latest + apply update_overlay + save (retried on conflict)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
