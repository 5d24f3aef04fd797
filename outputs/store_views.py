"""The store for SQL users: the labels its research views join, and a connection
that knows Vietnamese order.

The views themselves (``plan_view``, ``quota_view``, ``citation_view``,
``deadline_view``) are a store migration (``pipeline/store/data/migrations``);
they join the ``labels`` table, which :func:`refresh_labels` fills from the
labels the tables use (``outputs/data/labels.yaml``) and the stored province
names, each with a sort key in Vietnamese alphabetical order. ``thidua ingest``
calls it after every run. :func:`connect` opens a store with the collation
``vi`` registered, for ``ORDER BY … COLLATE vi`` from Python.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from outputs.collation import sort_key, vi_key
from outputs.columns import labels

VOCABULARIES = ("award", "occasion", "recipient_kind", "action_kind", "doc_type")


def refresh_labels(conn: sqlite3.Connection) -> int:
    """Refill ``labels`` (vocabularies and stored province names); the rows written."""
    rows = [
        (vocab, ident, names["vi"], names["en"], sort_key(names["vi"]))
        for vocab in VOCABULARIES
        for ident, names in labels()[vocab].items()
    ]
    provinces = conn.execute(
        "SELECT DISTINCT province_name FROM documents WHERE province_name IS NOT NULL"
    ).fetchall()
    rows += [("province", name, name, name, sort_key(name)) for (name,) in provinces]
    with conn:
        conn.execute("DELETE FROM labels")
        conn.executemany("INSERT INTO labels VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)


def compare_vi(a: str, b: str) -> int:
    """The ``vi`` collation: -1, 0 or 1 as ``a`` sorts before, with or after ``b``."""
    ka, kb = vi_key(a), vi_key(b)
    return (ka > kb) - (ka < kb)


def connect(db_path: str | Path) -> sqlite3.Connection:
    """A connection to the store with the ``vi`` collation registered."""
    conn = sqlite3.connect(str(db_path))
    conn.create_collation("vi", compare_vi)
    return conn
