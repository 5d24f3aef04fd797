"""The part tables are derived from the registry of record parts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.store import open_store
from pipeline.store.migrations import migrate
from pipeline.store.parts import PART_TABLES, create_sql, missing_part_sql, part_rows


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple]:
    # name, type, not null, primary-key position
    return [(r[1], r[2], r[3], r[5]) for r in conn.execute(f"PRAGMA table_info({table})")]


@pytest.mark.parametrize("table", sorted({p.table for p in PART_TABLES}))
def test_store_parts_registry_table_matches_the_migrated_one(tmp_path: Path, table: str) -> None:
    migrated = sqlite3.connect(tmp_path / "old.db")
    migrate(migrated, "old.db")
    derived = sqlite3.connect(":memory:")
    derived.execute("CREATE TABLE documents (doc_id INTEGER PRIMARY KEY)")
    derived.execute(create_sql(table))
    assert _columns(derived, table) == _columns(migrated, table)
    assert missing_part_sql(migrated) == []


def test_store_parts_open_restores_a_missing_table_and_column(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE thresholds")
    conn.execute("ALTER TABLE recipients DROP COLUMN expanded")
    conn.commit()
    assert missing_part_sql(conn) == [
        create_sql("thresholds"),
        'ALTER TABLE recipients ADD COLUMN "expanded" TEXT',
    ]
    conn.close()
    store = open_store(db)
    try:
        assert missing_part_sql(store.conn) == []
        assert "expanded" in {c[0] for c in _columns(store.conn, "recipients")}
    finally:
        store.close()


def test_store_parts_rows_follow_the_stored_columns() -> None:
    quotas = next(p for p in PART_TABLES if p.table == "quotas")
    ev = {"quote": "03 cá nhân", "start": 10, "end": 20, "page": 1, "section": "IV", "rule": "r"}
    record = {
        "quotas": [
            {
                "award": "giay_khen",
                "recipient_kind": "ca_nhan",
                "min": 3,
                "max": 3,
                "unlimited": False,
                "per": None,
                "selected_by": None,
                "occasion": "tong_ket",  # not a stored column
                "evidence": ev,
            }
        ]
    }
    rows = list(part_rows(quotas, 7, record))
    assert rows == [(7, 0, "giay_khen", "ca_nhan", 3, 3, 0, None, None, *ev.values())]
    citations = [p for p in PART_TABLES if p.table == "citations"]
    assert [p.role for p in citations] == ["legal_basis", "references"]
