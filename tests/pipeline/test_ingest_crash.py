"""Crash safety: a `thidua ingest` killed at random moments resumes to a clean run's store.

A real subprocess ingests a few dozen varied plans; it is SIGKILLed several
times at random points (alone, or with its whole process group, as a power
loss would), the store is checked after every kill (integrity, no
half-written document), then the same command is run to completion and the
store is compared with one from a run never interrupted. Records, links,
part rows and source rows are compared; timings and run ids are not.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ingest_helpers import PART_KEYS, PARTS, store_snapshot

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _freeze_code(dest: Path) -> Path:
    """A copy of the packages, so that edits to the tree during the test change nothing."""
    for name in ("thidua", "outputs", "pipeline", "extractors"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def _start(folder: Path, db: Path, code: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(code)}
    return subprocess.Popen(
        [sys.executable, "-m", "thidua", "ingest", str(folder), "--db", str(db), "--jobs", "2"],
        cwd=db.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _check_consistent(db: Path) -> int:
    """No half-written document: every stored record has all its part rows."""
    with sqlite3.connect(db) as conn:
        if (
            conn.execute("SELECT name FROM sqlite_master WHERE name = 'documents'").fetchone()
            is None
        ):
            return 0  # killed before the schema was committed
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = conn.execute("SELECT doc_id, record FROM documents").fetchall()
        for doc_id, record_json in docs:
            record = json.loads(record_json)
            for table in PARTS:
                rows = conn.execute(
                    f"SELECT count(*) FROM {table} WHERE doc_id = ?", (doc_id,)
                ).fetchone()[0]
                assert rows == sum(len(record[k]) for k in PART_KEYS[table])
        held = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM sources s WHERE s.doc_id = d.doc_id)"
        ).fetchone()[0]
        assert held == 0  # no orphan record
        return len(docs)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def _sleep_until(proc: subprocess.Popen, seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _wait_for_count(proc: subprocess.Popen, db: Path, target: int) -> float:
    started = time.monotonic()
    while proc.poll() is None and _count(db) < target and time.monotonic() - started < 120:
        time.sleep(0.01)
    return time.monotonic() - started


@pytest.mark.slow
def test_ingest_killed_at_random_points_resumes_to_clean_store(tmp_path: Path) -> None:
    code = _freeze_code(tmp_path / "code")
    folder = tmp_path / "plans"
    _bench().build_corpus(folder, 30, seed=5)
    shutil.copy(folder / "plan-00003.txt", folder / "copy-of-3.txt")
    (folder / "empty.txt").write_bytes(b"")

    clean_db = tmp_path / "clean" / "thidua.db"
    clean_db.parent.mkdir()
    started = time.monotonic()
    assert _start(folder, clean_db, code).wait(timeout=300) == 1  # empty.txt fails
    duration = time.monotonic() - started
    assert _check_consistent(clean_db) == 30

    crash_db = tmp_path / "crash" / "thidua.db"
    crash_db.parent.mkdir()
    seed = int(os.environ.get("THIDUA_CRASH_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)
    log = [f"seed {seed}"]
    for attempt in range(5):
        stored = _count(crash_db)
        proc = _start(folder, crash_db, code)
        if attempt % 3 == 0:  # at a random moment, start-up included
            when = f"after {_sleep_until(proc, rng.uniform(0.1, 0.9) * duration):.1f} s"
        else:  # in the middle of writing: once a random number of new documents is in
            target = rng.randint(min(stored + 1, 29), 29)
            waited = _wait_for_count(proc, crash_db, target)
            time.sleep(rng.uniform(0, 0.05))
            when = f"at {target} documents ({waited:.1f} s)"
        group = attempt % 2 == 1
        if proc.poll() is not None:
            when += ", had already finished"
        else:
            if group:
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        log.append(
            f"kill {attempt + 1} {when} ({'process group' if group else 'main process'}): "
            f"{_check_consistent(crash_db)} documents stored, consistent"
        )
    # 1 if empty.txt fails now, 0 if a killed run had already stored its failure
    assert _start(folder, crash_db, code).wait(timeout=300) in (0, 1)
    log.append(f"clean run {duration:.1f} s; resumed run completed")
    print("\n".join(log))
    assert _check_consistent(crash_db) == 30
    assert store_snapshot(crash_db) == store_snapshot(clean_db)
