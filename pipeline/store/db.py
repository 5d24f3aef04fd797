"""The SQLite corpus store: one writer, one transaction per document.

The store is opened in WAL mode, so readers (pandas, the outputs) can query
while an ingest writes. Every document is written by one ``BEGIN IMMEDIATE
… COMMIT``: its record, its part rows, its source row and the relinking of
its identity group, so a run killed at any moment leaves either the whole
document or nothing of it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import path_text
from pipeline.store import runs
from pipeline.store.identity import canonical_rank
from pipeline.store.migrations import migrate
from pipeline.store.parts import PART_TABLES, insert_sql, missing_part_sql, part_rows
from pipeline.store.rows import (
    DOC_COLUMNS,
    UPSERT_DOC,
    UPSERT_SOURCE,
    document_row,
    source_row,
    stable_doc_id,
)

DEFAULT_DB = "thidua.db"


@dataclass
class StoredRecord:
    """One stored plan record (the contract the outputs build on)."""

    doc_id: int
    source_path: str
    sha256: str
    format: str
    status: str
    warnings: list[str]
    record: dict[str, Any]
    duplicate_of: int | None


@dataclass
class FailedSource:
    """A source file whose last ingest failed."""

    path: str
    sha256: str
    status: str
    reason: str | None
    hint: str | None


@dataclass
class SourceResult:
    """What the writer needs to store one processed file."""

    path: str
    sha256: str
    size_bytes: int
    extractor_version: str
    record: dict[str, Any] | None = None
    reason: str | None = None
    hint: str | None = None
    extract_seconds: float | None = None
    worker: str | None = None

    @property
    def status(self) -> str:
        if self.record is None:
            return "failed"
        return "partial" if self.record["source"].get("warnings") else "ok"


class Store:
    """A corpus store on one SQLite file. Not shared between threads."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = str(db_path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        self.conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a power loss may drop the last commits but never
        # leaves a half-written one; a rerun redoes what was dropped.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.schema_version = migrate(self.conn, self.path)
        missing = missing_part_sql(self.conn)  # a part added to the registry later
        if missing:
            with self.transaction() as conn:
                for statement in missing:
                    conn.execute(statement)

    # --- plumbing -----------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- reading ------------------------------------------------------------

    def iter_records(self, include_linked_duplicates: bool = False) -> Iterator[StoredRecord]:
        """Stored plan records in ``doc_id`` order, one per distinct plan.

        Records linked to another as the same plan (``duplicate_of`` set) are
        left out unless ``include_linked_duplicates``.
        """
        where = "" if include_linked_duplicates else "WHERE duplicate_of IS NULL"
        cursor = self.conn.execute(
            "SELECT doc_id, source_path, sha256, format, status, warnings, record, duplicate_of "
            f"FROM documents {where} ORDER BY doc_id"
        )
        for doc_id, path, sha, fmt, status, warnings, record, dup in cursor:
            yield StoredRecord(
                doc_id=doc_id,
                source_path=path,
                sha256=sha,
                format=fmt,
                status=status,
                warnings=json.loads(warnings),
                record=json.loads(record),
                duplicate_of=dup,
            )

    def iter_failures(self) -> Iterator[FailedSource]:
        """Source files whose last ingest failed, by path."""
        cursor = self.conn.execute(
            "SELECT path, sha256, status, reason, hint FROM sources "
            "WHERE status = 'failed' ORDER BY path"
        )
        for path, sha, status, reason, hint in cursor:
            yield FailedSource(path=path, sha256=sha, status=status, reason=reason, hint=hint)

    def extractor_versions(self) -> list[str]:
        """The extractor versions the stored documents were extracted with, sorted."""
        rows = self.conn.execute("SELECT DISTINCT extractor_version FROM documents ORDER BY 1")
        return [str(r[0]) for r in rows if r[0]]

    def current_document(self, sha256: str, extractor_version: str) -> int | None:
        """The ``doc_id`` holding ``sha256`` extracted by this version, if any."""
        row = self.conn.execute(
            "SELECT doc_id FROM documents WHERE sha256 = ? AND extractor_version = ?",
            (sha256, extractor_version),
        ).fetchone()
        return None if row is None else int(row[0])

    def source_state(self, path: str) -> tuple[str, str, str, int | None] | None:
        """``(sha256, extractor_version, status, doc_id)`` last stored for ``path``."""
        row = self.conn.execute(
            "SELECT sha256, extractor_version, status, doc_id FROM sources WHERE path = ?",
            (path_text(path),),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def failure_of(self, path: str) -> tuple[str | None, str | None]:
        """``(reason, hint)`` stored for ``path``'s last failure."""
        row = self.conn.execute(
            "SELECT reason, hint FROM sources WHERE path = ?", (path_text(path),)
        ).fetchone()
        return (None, None) if row is None else (row[0], row[1])

    def stale_count(self, extractor_version: str) -> int:
        """Records stored by another extractor version (not re-extracted yet)."""
        row = self.conn.execute(
            "SELECT count(*) FROM documents WHERE extractor_version != ?", (extractor_version,)
        ).fetchone()
        return int(row[0])

    def run_status(self, run_id: int) -> str | None:
        """``running``, ``finished``, ``interrupted`` or ``killed`` (see :mod:`.runs`)."""
        with self.transaction() as conn:
            runs.reap(conn)
        row = self.conn.execute("SELECT status FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return None if row is None else str(row[0])

    # --- writing (the single writer) -------------------------------------------

    def begin_run(self, extractor_version: str, executor: str, jobs: int | None) -> int:
        """Record the start of a run (this process, this host); return its ``run_id``."""
        with self.transaction() as conn:
            return runs.begin(conn, extractor_version, executor, jobs)

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        """Record the end of a run: ``finished``, or ``interrupted`` if called while an
        exception is on its way up."""
        with self.transaction() as conn:
            runs.finish(conn, run_id, counts)

    def write(self, result: SourceResult, run_id: int | None = None) -> int | None:
        """Store one processed file in one transaction; return its ``doc_id``."""
        with self.transaction() as conn:
            keys: set[str] = set()
            doc_id: int | None = None
            fmt: str | None = None
            if result.record is not None:
                doc_id, fmt = self._write_document(conn, result, keys)
            row = source_row(
                result.path,
                result.sha256,
                result.size_bytes,
                fmt,
                result.status,
                doc_id,
                result.extractor_version,
                run_id,
                result,
            )
            self._put_source(conn, row, keys)
            runs.heartbeat(conn, run_id)
        return doc_id

    def source_paths(self) -> Iterator[str]:
        """Every path the store holds a row for (as :func:`pipeline.errors.path_text`)."""
        for (path,) in self.conn.execute("SELECT path FROM sources ORDER BY path"):
            yield path

    def forget_source(self, path: str) -> None:
        """Drop ``path`` (a file deleted from disk) and its record if no other path holds it."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT doc_id FROM sources WHERE path = ?", (path_text(path),)
            ).fetchone()
            conn.execute("DELETE FROM sources WHERE path = ?", (path_text(path),))
            if row and row[0] is not None:
                self._settle_orphan(conn, int(row[0]), set())

    def link_unchanged(self, path: str, sha256: str, size: int, run_id: int | None) -> int:
        """Point ``path`` at the stored document of the same content (a copy or a move)."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT doc_id, format, status, extractor_version FROM documents WHERE sha256 = ?",
                (sha256,),
            ).fetchone()
            if row is None:
                raise KeyError(sha256)
            doc_id, fmt, status, version = row
            self._put_source(
                conn, source_row(path, sha256, size, fmt, status, doc_id, version, run_id), set()
            )
            runs.heartbeat(conn, run_id)
        return int(doc_id)

    def _put_source(self, conn: sqlite3.Connection, row: tuple[Any, ...], keys: set[str]) -> None:
        """Upsert a ``sources`` row; drop the document it held before if nothing else does,
        and relink the identity groups in ``keys``."""
        path, doc_id = row[0], row[7]
        previous = conn.execute("SELECT doc_id FROM sources WHERE path = ?", (path,)).fetchone()
        conn.execute(UPSERT_SOURCE, row)
        if previous and previous[0] is not None and previous[0] != doc_id:
            self._settle_orphan(conn, int(previous[0]), keys)
        else:
            for key in keys:
                self._relink(conn, key)

    def _settle_orphan(self, conn: sqlite3.Connection, doc_id: int, keys: set[str]) -> None:
        self._drop_if_orphan(conn, doc_id, keys)
        for key in keys:
            self._relink(conn, key)

    def _write_document(
        self, conn: sqlite3.Connection, result: SourceResult, keys: set[str]
    ) -> tuple[int, str]:
        old = conn.execute(
            "SELECT doc_id, identity_key FROM documents WHERE sha256 = ?", (result.sha256,)
        ).fetchone()
        if old is not None:
            # Same content, new extractor version: replace every part row.
            for table in {p.table for p in PART_TABLES}:
                conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (old[0],))
            if old[1]:
                keys.add(old[1])
        row = document_row(result, stable_doc_id(conn, result.sha256))
        doc_id = int(conn.execute(UPSERT_DOC, row).fetchone()[0])
        for part in PART_TABLES:
            conn.executemany(insert_sql(part), part_rows(part, doc_id, result.record or {}))
        # Other paths holding the same bytes follow the new record.
        conn.execute(
            "UPDATE sources SET status = ?, extractor_version = ?, doc_id = ? WHERE sha256 = ?",
            (result.status, result.extractor_version, doc_id, result.sha256),
        )
        key = row[DOC_COLUMNS.index("identity_key")]
        if key:
            keys.add(key)
        return doc_id, row[DOC_COLUMNS.index("format")]

    def _drop_if_orphan(self, conn: sqlite3.Connection, doc_id: int, keys: set[str]) -> None:
        """Delete a document no source file holds any more (its file changed)."""
        held = conn.execute("SELECT 1 FROM sources WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone()
        if held:
            return
        row = conn.execute(
            "SELECT identity_key FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return
        if row[0]:
            keys.add(row[0])
        conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _relink(self, conn: sqlite3.Connection, key: str) -> None:
        """Make one member of an identity group canonical and point the rest at it."""
        members = conn.execute(
            "SELECT doc_id, sha256, doc_type, ocr, warnings FROM documents WHERE identity_key = ?",
            (key,),
        ).fetchall()
        if not members:
            return
        canonical = min(
            members,
            key=lambda m: canonical_rank(
                {
                    "document": {"doc_type": m[2]},
                    "source": {"ocr": bool(m[3]), "warnings": json.loads(m[4])},
                },
                m[1],
            ),
        )[0]
        conn.execute(
            "UPDATE documents SET duplicate_of = CASE WHEN doc_id = ? THEN NULL ELSE ? END "
            "WHERE identity_key = ?",
            (canonical, canonical, key),
        )


def open_store(db_path: str | Path = DEFAULT_DB) -> Store:
    """Open (creating and migrating as needed) the store at ``db_path``."""
    return Store(db_path)
