"""Write the comparison tables as files: CSV, Parquet, JSON lines (the workbook is
:mod:`outputs.workbook`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from outputs.formulas import defuse_frame
from outputs.frames import Tables


def write_csv(tables: Tables, folder: Path, raw: bool = False) -> list[Path]:
    """One UTF-8 ``<key>.csv`` per table, headers = column keys (stable); a text cell a
    spreadsheet would run as a formula gets a ``'`` in front unless ``raw``
    (:mod:`outputs.formulas`)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, df in tables.items():
        path = folder / f"{key}.csv"
        (df if raw else defuse_frame(df)).to_csv(path, index=False, encoding="utf-8")
        paths.append(path)
    return paths


def write_parquet(tables: Tables, folder: Path) -> list[Path]:
    """One ``<key>.parquet`` per table (pyarrow), dates as dates."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, df in tables.items():
        path = folder / f"{key}.parquet"
        out = df.copy()
        out.attrs = {}
        for col in out.columns:
            if out[col].dtype == object and not out[col].map(_is_date_or_none).all():
                out[col] = out[col].astype("string")
        out.to_parquet(path, index=False, engine="pyarrow")
        paths.append(path)
    return paths


def _is_date_or_none(value: Any) -> bool:
    return value is None or isinstance(value, dt.date)


def write_jsonl(tables: Tables, folder: Path) -> list[Path]:
    """One ``<key>.jsonl`` per table, one JSON object per row, ISO dates."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, df in tables.items():
        path = folder / f"{key}.jsonl"
        df.to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")
        paths.append(path)
    return paths
