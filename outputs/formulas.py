"""Cells a spreadsheet would run as formulas: CSV keeps them data (OWASP's rule).

A CSV file carries no types: Excel and LibreOffice run a cell that begins
with ``=``, ``+``, ``-`` or ``@`` (and, in some versions, a tab or a carriage
return) as a formula, so a title like ``=HYPERLINK("http://x","y")`` taken
from a plan would become a live link or a command. :func:`defuse` prefixes
such a text cell with ``'`` — shown as the text itself, never run — as the
OWASP "CSV Injection" page advises. Numbers are left alone (a negative
count stays a number). ``thidua export --csv-raw`` writes the text as it is,
for tools that read CSV as data.

The workbook writes every text as a string cell (openpyxl never makes a
formula of it); Parquet and JSONL carry typed data, not formulas, and are
written as they are.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: Any) -> Any:
    """``value`` with ``'`` in front when it is a text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def defuse_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell :func:`defuse` d (headers included)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(defuse)
    out.columns = [defuse(c) for c in out.columns]
    return out
