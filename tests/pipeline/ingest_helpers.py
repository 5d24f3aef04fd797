"""Extract functions for ingest tests, importable by worker processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

from pipeline.extract import extract_file


def stuck_extract(path: Path) -> dict[str, Any]:
    """Like ``extract_file``, but a file named ``stuck*`` hangs where no alarm reaches.

    Stands for a reader stuck in C code: SIGALRM is ignored, so only the
    parent's hard limit can stop it.
    """
    if path.name.startswith("stuck"):
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        time.sleep(3600)
    return extract_file(path)


def dying_extract(path: Path) -> dict[str, Any]:
    """A file named ``die*`` kills its worker process (an out-of-memory kill, say)."""
    if path.name.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_file(path)


PARTS = ("citations", "criteria", "award_forms", "quotas", "thresholds", "deadlines", "recipients")
PART_KEYS = {
    "criteria": ["criteria"],
    "award_forms": ["award_forms"],
    "quotas": ["quotas"],
    "thresholds": ["thresholds"],
    "deadlines": ["deadlines"],
    "recipients": ["recipients"],
    "citations": ["legal_basis", "references"],
}


def store_snapshot(db: Path) -> dict:
    """The store's content, independent of doc ids, timings and runs."""
    with sqlite3.connect(db) as conn:
        sha_of = dict(conn.execute("SELECT doc_id, sha256 FROM documents"))
        docs = sorted(
            (sha, status, record, sha_of.get(dup) if dup else None, key)
            for sha, status, record, dup, key in conn.execute(
                "SELECT sha256, status, record, duplicate_of, identity_key FROM documents"
            )
        )
        sources = sorted(
            conn.execute(
                "SELECT s.path, s.sha256, s.status, s.reason, s.extractor_version, d.sha256 "
                "FROM sources s LEFT JOIN documents d USING (doc_id)"
            )
        )
        parts = {}
        for table in PARTS:
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            parts[table] = sorted((sha_of[r[0]], *r[1:]) for r in rows)
    return {"documents": docs, "sources": sources, "parts": parts}


def slow_extract(path: Path) -> dict[str, Any]:
    """Like ``extract_file``, but a file named ``slow*`` takes a minute."""
    if path.name.startswith("slow"):
        time.sleep(60)
    return extract_file(path)
