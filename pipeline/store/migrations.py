"""Versioned schema migrations: numbered SQL files applied in order.

The schema version lives in SQLite's ``PRAGMA user_version``. Each file
``data/migrations/NNNN_<name>.sql`` moves the schema from ``NNNN - 1`` to
``NNNN`` inside one transaction, so a crash mid-migration leaves the old
schema intact.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from pipeline.errors import StoreVersionError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "data" / "migrations"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@cache
def migrations() -> tuple[tuple[int, str], ...]:
    """``(version, sql)`` pairs, checked at load: numbered 1, 2, … without gaps."""
    found: list[tuple[int, str]] = []
    for path in sorted(MIGRATIONS_DIR.iterdir()):
        match = _NAME.match(path.name)
        if not match:
            raise ValueError(f"{path}: migration files are named NNNN_name.sql")
        found.append((int(match.group(1)), path.read_text(encoding="utf-8")))
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise ValueError(f"{MIGRATIONS_DIR}: migrations must be numbered 1..N, found {numbers}")
    return tuple(found)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, db_path: str) -> int:
    """Bring the schema up to date; return the version reached."""
    current = schema_version(conn)
    known = len(migrations())
    if current > known:
        raise StoreVersionError(
            f"{db_path}: store schema version {current} is newer than this thidua knows "
            f"({known}) — upgrade thidua or use another --db"
        )
    for version, sql in migrations()[current:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # executescript would commit; run the statements one by one instead.
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return known


def _statements(sql: str) -> list[str]:
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {buf.strip()[:60]}")
    return out
