"""The ``runs`` table: one row per ``thidua ingest``, and whether it is still going.

A run is ``running`` from :func:`begin` until :func:`finish` marks it
``finished`` (or ``interrupted`` when it ends by an error or Ctrl-C). A run
killed outright (SIGKILL, power loss) never gets there: it keeps
``running`` with the ``host`` and ``pid`` that ran it and a ``heartbeat_at``
refreshed by every stored document. :func:`reap` marks such a run
``killed`` once its process is gone; the next run on the same host does it
first thing.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import sys
from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def begin(conn: sqlite3.Connection, extractor_version: str, executor: str, jobs: int | None) -> int:
    """Insert a ``running`` row for this process; return its ``run_id``."""
    reap(conn)
    stamp = now()
    cur = conn.execute(
        "INSERT INTO runs (started_at, extractor_version, executor, jobs, status, host, pid, "
        "heartbeat_at) VALUES (?, ?, ?, ?, 'running', ?, ?, ?)",
        (stamp, extractor_version, executor, jobs, socket.gethostname(), os.getpid(), stamp),
    )
    return int(cur.lastrowid or 0)


def finish(conn: sqlite3.Connection, run_id: int, counts: dict[str, int]) -> None:
    """Close the run: ``finished``, or ``interrupted`` when called while an error or
    Ctrl-C is on its way up (from a ``finally``)."""
    status = "interrupted" if sys.exc_info()[1] is not None else "finished"
    stamp = now()
    conn.execute(
        "UPDATE runs SET finished_at = ?, heartbeat_at = ?, counts = ?, status = ? "
        "WHERE run_id = ?",
        (stamp, stamp, json.dumps(counts), status, run_id),
    )


def heartbeat(conn: sqlite3.Connection, run_id: int | None) -> None:
    if run_id is not None:
        conn.execute("UPDATE runs SET heartbeat_at = ? WHERE run_id = ?", (now(), run_id))


def reap(conn: sqlite3.Connection) -> list[int]:
    """Mark ``killed`` the runs of this host still ``running`` whose process is gone."""
    host = socket.gethostname()
    rows = conn.execute(
        "SELECT run_id, pid FROM runs WHERE status = 'running' AND host = ?", (host,)
    ).fetchall()
    dead = [run_id for run_id, pid in rows if pid is None or not _alive(int(pid))]
    conn.executemany("UPDATE runs SET status = 'killed' WHERE run_id = ?", [(r,) for r in dead])
    return dead
