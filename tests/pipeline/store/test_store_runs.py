"""Runs tell running, finished, interrupted and killed apart; plan ids do not depend on order."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_records import NAMES, gold_record
from test_store_db import result

from pipeline.store import open_store


def test_run_status_finished_and_interrupted(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as store:
        done = store.begin_run("v", "local", 1)
        assert store.run_status(done) == "running"
        store.finish_run(done, {"ok": 1})
        assert store.run_status(done) == "finished"
        broken = store.begin_run("v", "local", 1)
        with pytest.raises(KeyboardInterrupt):
            try:
                raise KeyboardInterrupt
            finally:
                store.finish_run(broken, {})
        assert store.run_status(broken) == "interrupted"


def test_run_killed_is_told_from_a_running_one(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    code = (
        "import sys, time\nfrom pipeline.store import open_store\n"
        f"s = open_store({str(db)!r})\nprint(s.begin_run('v', 'local', 2), flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    run_id = int(child.stdout.readline())
    with open_store(db) as store:
        assert store.run_status(run_id) == "running"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        time.sleep(0.1)
        assert store.run_status(run_id) == "killed"
        row = store.conn.execute(
            "SELECT finished_at, pid, heartbeat_at FROM runs WHERE run_id = ?", (run_id,)
        ).fetchone()
    assert row[0] is None and row[1] == child.pid and row[2]


def test_heartbeat_moves_with_each_stored_document(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as store:
        run_id = store.begin_run("v", "local", 1)
        store.conn.execute(
            "UPDATE runs SET heartbeat_at = '2000-01-01' WHERE run_id = ?", (run_id,)
        )
        store.write(result(gold_record(NAMES[0])), run_id)
        [beat] = store.conn.execute("SELECT heartbeat_at FROM runs").fetchone()
    assert beat > "2026"


def test_plan_ids_do_not_depend_on_the_order_of_storing(tmp_path: Path) -> None:
    records = [gold_record(n) for n in NAMES]
    ids = []
    for name, order in (("a.db", records), ("b.db", records[::-1])):
        with open_store(tmp_path / name) as store:
            for record in order:
                store.write(result(record))
            ids.append({s.sha256: s.doc_id for s in store.iter_records(True)})
    assert ids[0] == ids[1]
    assert all(doc_id == int(sha[:12], 16) for sha, doc_id in ids[0].items())


def test_plan_id_taken_by_other_content_falls_back(tmp_path: Path) -> None:
    first, second = (gold_record(n) for n in NAMES[:2])
    second["source"]["sha256"] = first["source"]["sha256"][:12] + "f" * 52  # same 48-bit prefix
    with open_store(tmp_path / "t.db") as store:
        a, b = store.write(result(first)), store.write(result(second))
    assert a == int(first["source"]["sha256"][:12], 16) and b is not None and b != a
