"""Flatten a plan record's lists into rows of the per-part tables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

EVIDENCE_COLUMNS = ("quote", "start", "end", "page", "section", "rule")


@dataclass(frozen=True)
class PartTable:
    """A SQL table holding one list of the record, one row per item."""

    table: str
    record_key: str
    fields: tuple[str, ...]
    role: str | None = None  # for `citations`, which holds two lists

    @property
    def columns(self) -> tuple[str, ...]:
        lead = ("doc_id", "role", "idx") if self.role else ("doc_id", "idx")
        return lead + self.fields + EVIDENCE_COLUMNS


_CITATION = ("doc_type", "number", "date", "issuer", "title")

PART_TABLES: tuple[PartTable, ...] = (
    PartTable("citations", "legal_basis", _CITATION, role="legal_basis"),
    PartTable("citations", "references", _CITATION, role="references"),
    PartTable("criteria", "criteria", ("text", "target")),
    PartTable("award_forms", "award_forms", ("form", "label", "conferrer", "standard")),
    PartTable(
        "quotas",
        "quotas",
        ("award", "recipient_kind", "min", "max", "unlimited", "per", "selected_by"),
    ),
    PartTable("thresholds", "thresholds", ("award", "recipient_kind", "amount_vnd", "basis")),
    PartTable("deadlines", "deadlines", ("date", "action", "action_kind", "to")),
    PartTable("recipients", "recipients", ("text", "expanded", "level")),
)


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
