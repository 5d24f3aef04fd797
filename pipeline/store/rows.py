"""Rows of the ``documents`` and ``sources`` tables, built from a processed file.

Paths are stored as :func:`pipeline.errors.path_text` writes them (a name
that is not UTF-8 keeps its bytes as ``\\xNN``), so SQLite and JSON take
them and the store stays keyed by one text per file. A document's ``doc_id``
(the plan's id in every output) comes from its content hash, so two clean
runs of one folder give every plan the same id whatever order the workers
finish in.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from pipeline.errors import path_text
from pipeline.store.identity import identity_key
from pipeline.store.runs import now

if TYPE_CHECKING:
    from pipeline.store.db import SourceResult

# 48 bits of the sha256: unique in any real corpus, and an integer every tool reads
_ID_HEX = 12


def stable_doc_id(conn: sqlite3.Connection, sha256: str) -> int | None:
    """The ``doc_id`` for content ``sha256``: its stored one, else one from its hash
    (``None`` in the unlikely case another content holds that id: SQLite picks one)."""
    row = conn.execute("SELECT doc_id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    if row is not None:
        return int(row[0])
    wanted = int(sha256[:_ID_HEX], 16) if len(sha256) >= _ID_HEX else None
    if wanted is None:
        return None
    taken = conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (wanted,)).fetchone()
    return None if taken else wanted


def record_json(record: Any) -> str:
    """The record as stored: JSON, UTF-8; a stray surrogate becomes a ``\\udcNN`` escape."""
    text = json.dumps(record, ensure_ascii=False)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def with_path_text(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` whose ``source.path`` is the stored text of its path."""
    source = record.get("source") or {}
    path = source.get("path")
    if path is None or path_text(path) == path:
        return record
    return {**record, "source": {**source, "path": path_text(path)}}


DOC_COLUMNS = (
    "doc_id",
    "sha256",
    "source_path",
    "format",
    "status",
    "warnings",
    "extractor_version",
    "record_version",
    "doc_type",
    "number",
    "issue_date",
    "place",
    "title",
    "province_name",
    "province_code",
    "province_merged_2025",
    "issuer_name",
    "issuer_kind",
    "signer_name",
    "signer_title",
    "pages",
    "ocr",
    "text_chars",
    "identity_key",
    "record",
    "stored_at",
)
UPSERT_DOC = (
    f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in DOC_COLUMNS)}) "
    "ON CONFLICT (sha256) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in DOC_COLUMNS if c not in ("doc_id", "sha256"))
    + " RETURNING doc_id"
)
UPSERT_SOURCE = """
INSERT INTO sources (path, sha256, size_bytes, format, status, reason, hint, doc_id,
                     extractor_version, extract_seconds, worker, run_id, ingested_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (path) DO UPDATE SET
    sha256 = excluded.sha256, size_bytes = excluded.size_bytes, format = excluded.format,
    status = excluded.status, reason = excluded.reason, hint = excluded.hint,
    doc_id = excluded.doc_id, extractor_version = excluded.extractor_version,
    extract_seconds = excluded.extract_seconds, worker = excluded.worker,
    run_id = excluded.run_id, ingested_at = excluded.ingested_at
"""


def document_row(result: SourceResult, doc_id: int | None) -> tuple[Any, ...]:
    """The ``documents`` row of ``result`` (which has a record), in ``DOC_COLUMNS`` order."""
    assert result.record is not None
    record = with_path_text(result.record)
    doc = record.get("document") or {}
    source = record.get("source") or {}
    province = doc.get("province") or {}
    issuer = doc.get("issuer") or {}
    signer = doc.get("signer") or {}
    return (
        doc_id,
        result.sha256,
        path_text(result.path),
        source.get("format") or "",
        result.status,
        record_json(source.get("warnings") or []),
        result.extractor_version,
        str(record.get("record_version")),
        doc.get("doc_type"),
        doc.get("number"),
        doc.get("issue_date"),
        doc.get("place"),
        doc.get("title"),
        province.get("name"),
        province.get("code"),
        province.get("merged_2025"),
        issuer.get("name"),
        issuer.get("kind"),
        signer.get("name"),
        signer.get("title"),
        source.get("pages"),
        int(bool(source.get("ocr"))),
        len(record.get("text") or ""),
        identity_key(record),
        record_json(record),
        now(),
    )


def source_row(
    path: str,
    sha256: str,
    size: int,
    fmt: str | None,
    status: str,
    doc_id: int | None,
    extractor_version: str,
    run_id: int | None,
    result: SourceResult | None = None,
) -> tuple[Any, ...]:
    """The ``sources`` row of one path, in ``UPSERT_SOURCE`` order (``result`` gives the
    reason, hint, time and worker of an extraction; a linked copy has none)."""
    return (
        path_text(path),
        sha256,
        size,
        fmt,
        status,
        result.reason if result else None,
        result.hint if result else None,
        doc_id,
        extractor_version,
        result.extract_seconds if result else None,
        result.worker if result else None,
        run_id,
        now(),
    )
