"""The frame of every comparison table and the plan facts the tables share.

:func:`frame` gives a table exactly the columns of its spec in
``outputs/data/columns.yaml``, typed; the helpers read the plan facts every
table repeats (province, the document part, dates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeVar

import pandas as pd

from extractors.registry import BY_KEY, from_json
from outputs.columns import Lang, table_specs, word
from outputs.plans import PlanLike

_INT_TYPES = {"int", "money"}
T = TypeVar("T")


class Tables(dict[str, pd.DataFrame]):
    """The tables by key, plus the evidence ids behind each matrix cell.

    ``cell_evidence[table][(row, column_key)]`` lists the evidence ids a cell
    of ``award_matrix`` or ``quota_pivot`` summarises.
    """

    def __init__(self) -> None:
        super().__init__()
        self.cell_evidence: dict[str, dict[tuple[int, str], list[str]]] = {}


def to_date(value: Any) -> dt.date | None:
    """An ISO date string (or date) as a date; anything else as ``None``."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def days(later: dt.date | None, earlier: dt.date | None) -> int | None:
    return (later - earlier).days if later and earlier else None


def frame(key: str, rows: list[dict[str, Any]], extra: list[str] | None = None) -> pd.DataFrame:
    """A DataFrame with exactly the spec's columns (then ``extra``), typed."""
    spec = table_specs()[key]
    cols = spec.keys + (extra or [])
    df = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    for col in spec.columns:
        if col.type in _INT_TYPES:
            df[col.key] = df[col.key].astype("Int64")
        elif col.type == "bool":
            df[col.key] = df[col.key].astype("boolean")
        elif col.type == "date":
            df[col.key] = df[col.key].astype(object).map(to_date).astype(object)
        else:
            df[col.key] = df[col.key].astype(object).where(df[col.key].notna(), None)
    for key_ in extra or []:
        df[key_] = df[key_].astype(object).where(df[key_].notna(), None)
    return df


def doc_of(plan: PlanLike) -> dict[str, Any]:
    return (plan.record or {}).get("document") or {}


def province_of(plan: PlanLike, lang: Lang) -> str:
    prov = doc_of(plan).get("province") or {}
    return str(prov.get("name") or word("unknown_province", lang))


def province_2025(plan: PlanLike) -> str | None:
    return (doc_of(plan).get("province") or {}).get("merged_2025")


def numbered(plan: PlanLike, key: str, item: type[T]) -> list[tuple[int, T]]:
    """The values of record part ``key`` as typed records (the registry's ``item``),
    numbered from 1 as their evidence ids are; an entry that is not an object is skipped
    but keeps its number."""
    if BY_KEY[key].item is not item:
        raise TypeError(f"record part {key!r} holds {BY_KEY[key].item}, not {item}")
    found = ((i, from_json(item, v)) for i, v in enumerate(record_of(plan).get(key) or [], 1))
    return [(i, v) for i, v in found if v is not None]


def record_of(plan: PlanLike) -> dict[str, Any]:
    return plan.record or {}


def canonical(plans: Iterable[PlanLike]) -> list[PlanLike]:
    """The plans that count in comparisons: not a duplicate of another."""
    return [p for p in plans if p.duplicate_of is None]
