"""Flatten a plan record's lists into rows of the per-part tables.

The part tables and their columns are derived from the registry of record
parts (:data:`extractors.registry.RECORD_PARTS`): a part with a ``table``
gets one row per item, its ``stored`` fields as columns, then the evidence.
Parts sharing a table (legal basis and references in ``citations``) are told
apart by a ``role`` column. :func:`missing_part_sql` gives the statements that
create the table of a part newly added to the registry, or a column newly
stored, so that no hand-written migration is needed for it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extractors.registry import RECORD_PARTS, RecordPart

EVIDENCE_COLUMNS = ("quote", "start", "end", "page", "section", "rule")
_EVIDENCE_TYPES = ("TEXT", "INTEGER", "INTEGER", "INTEGER", "TEXT", "TEXT")


@dataclass(frozen=True)
class PartTable:
    """A SQL table holding one list of the record, one row per item."""

    table: str
    record_key: str
    fields: tuple[str, ...]
    role: str | None = None  # for a table shared by several parts, e.g. `citations`
    types: tuple[str, ...] = ()  # SQL type of each field

    @property
    def columns(self) -> tuple[str, ...]:
        lead = ("doc_id", "role", "idx") if self.role else ("doc_id", "idx")
        return lead + self.fields + EVIDENCE_COLUMNS


def _part_table(part: RecordPart, shared: bool) -> PartTable:
    assert part.table is not None
    types = part.column_types()
    return PartTable(
        part.table,
        part.key,
        part.stored,
        role=part.key if shared else None,
        types=tuple(types[f] for f in part.stored),
    )


def _part_tables() -> tuple[PartTable, ...]:
    tables = [p.table for p in RECORD_PARTS if p.table]
    return tuple(
        _part_table(p, tables.count(p.table) > 1) for p in RECORD_PARTS if p.table is not None
    )


PART_TABLES: tuple[PartTable, ...] = _part_tables()


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        # The schema only has scalars here; keep anything richer readable.
        return json.dumps(value, ensure_ascii=False)
    return value


def part_rows(part: PartTable, doc_id: int, record: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``part`` for one record, in the table's column order."""
    for idx, item in enumerate(record.get(part.record_key) or []):
        if not isinstance(item, dict):
            item = {"text": item}
        evidence = item.get("evidence") or {}
        lead: tuple[Any, ...] = (doc_id, part.role, idx) if part.role else (doc_id, idx)
        values = tuple(_scalar(item.get(name)) for name in part.fields)
        ev = tuple(_scalar(evidence.get(name)) for name in EVIDENCE_COLUMNS)
        yield lead + values + ev


def insert_sql(part: PartTable) -> str:
    cols = ", ".join(f'"{c}"' for c in part.columns)
    marks = ", ".join("?" for _ in part.columns)
    return f"INSERT INTO {part.table} ({cols}) VALUES ({marks})"


def create_sql(table: str) -> str:
    """The ``CREATE TABLE`` of a part table, as the registry declares it."""
    parts = [p for p in PART_TABLES if p.table == table]
    first = parts[0]
    cols = ["doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE"]
    key = "doc_id, idx"
    if first.role:
        roles = ", ".join(f"'{p.role}'" for p in parts)
        cols.append(f"role TEXT NOT NULL CHECK (role IN ({roles}))")
        key = "doc_id, role, idx"
    cols.append("idx INTEGER NOT NULL")
    cols += [f'"{f}" {t}' for f, t in zip(first.fields, first.types, strict=True)]
    cols += [f'"{c}" {t}' for c, t in zip(EVIDENCE_COLUMNS, _EVIDENCE_TYPES, strict=True)]
    return f"CREATE TABLE {table} (\n    " + ",\n    ".join(cols) + f",\n    PRIMARY KEY ({key})\n)"


def missing_part_sql(conn: sqlite3.Connection) -> list[str]:
    """The statements that create the part tables the registry declares and the store
    lacks, and add the stored columns an existing table lacks (empty when none)."""
    out: list[str] = []
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in dict.fromkeys(p.table for p in PART_TABLES):
        if table not in have:
            out.append(create_sql(table))
            continue
        present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for part in (p for p in PART_TABLES if p.table == table):
            for name, sql_type in zip(part.fields, part.types, strict=True):
                if name not in present:
                    out.append(f'ALTER TABLE {table} ADD COLUMN "{name}" {sql_type}')
                    present.add(name)
    return out
