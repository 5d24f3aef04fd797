"""The SQLite store: round trip, part tables, replacement, identity links, failures."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from store_records import NAMES, gold_record

from pipeline.errors import StoreVersionError
from pipeline.store import SourceResult, open_store
from pipeline.store.db import Store
from pipeline.store.migrations import migrations
from pipeline.store.parts import PART_TABLES

V1, V2 = "0.1.0+aaaaaaaaaaaa", "0.1.0+bbbbbbbbbbbb"


def result(record: dict, version: str = V1, path: str | None = None) -> SourceResult:
    return SourceResult(
        path=path or record["source"]["path"],
        sha256=record["source"]["sha256"],
        size_bytes=len(record["text"].encode()),
        extractor_version=version,
        record=record,
        extract_seconds=0.1,
    )


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "t.db") as s:
        yield s


def test_store_open_creates_wal_and_schema(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.schema_version == len(migrations())  # every migration applied
        tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sources", "documents", "runs", *(p.table for p in PART_TABLES)} <= tables


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreVersionError, match="newer"):
        open_store(db)


@pytest.mark.parametrize("name", NAMES)
def test_store_roundtrip_returns_the_whole_record(store: Store, name: str) -> None:
    record = gold_record(name)
    doc_id = store.write(result(record))
    [stored] = list(store.iter_records())
    assert stored.doc_id == doc_id
    assert stored.record == record
    assert stored.sha256 == record["source"]["sha256"]
    assert (stored.status, stored.warnings, stored.format) == ("ok", [], "txt")
    assert stored.duplicate_of is None


@pytest.mark.parametrize(
    ("warnings", "status"), [([], "ok"), (["text: joined 3 paragraph(s)"], "partial")]
)
def test_store_status_partial_when_warnings(store: Store, warnings: list, status: str) -> None:
    store.write(result(gold_record(NAMES[1], warnings)))
    [stored] = list(store.iter_records())
    assert (stored.status, stored.warnings) == (status, warnings)


def test_store_part_tables_mirror_the_record(store: Store) -> None:
    record = gold_record("binh-thuan_ubnd_ke-hoach-covid")
    doc_id = store.write(result(record))
    rows = store.conn.execute(
        'SELECT award, recipient_kind, min, max, unlimited, per, quote, start, "end" '
        "FROM quotas WHERE doc_id = ? ORDER BY idx",
        (doc_id,),
    ).fetchall()
    assert len(rows) == len(record["quotas"]) == 13
    for row, quota in zip(rows, record["quotas"], strict=True):
        assert row[:6] == (
            quota["award"],
            quota["recipient_kind"],
            quota["min"],
            quota["max"],
            int(quota["unlimited"]),
            quota["per"],
        )
        assert record["text"][row[7] : row[8]] == row[6]
    roles = store.conn.execute(
        "SELECT role, number FROM citations WHERE doc_id = ? ORDER BY role, idx", (doc_id,)
    ).fetchall()
    assert roles == [
        ("legal_basis", "1497/QĐ-TTg"),
        ("references", "91/2017/NĐ-CP"),
        ("references", "25/2018/QĐ-UBND"),
    ]
    main = store.conn.execute(
        "SELECT province_name, province_code, issuer_kind, signer_name FROM documents"
    ).fetchone()
    assert main == ("Bình Thuận", "60", "ubnd", "Lê Tuấn Phong")


def test_store_new_version_replaces_record_and_parts(store: Store) -> None:
    record = gold_record("binh-thuan_ubnd_ke-hoach-covid")
    first = store.write(result(record, V1))
    newer = json.loads(json.dumps(record))
    newer["quotas"] = newer["quotas"][:2]
    second = store.write(result(newer, V2))
    assert first == second
    [stored] = list(store.iter_records())
    assert len(stored.record["quotas"]) == 2
    assert store.conn.execute("SELECT count(*) FROM quotas").fetchone()[0] == 2
    assert store.current_document(record["source"]["sha256"], V2) == first
    assert store.current_document(record["source"]["sha256"], V1) is None
    assert store.stale_count(V2) == 0


def test_store_extractor_versions_lists_each_once(store: Store) -> None:
    assert store.extractor_versions() == []
    store.write(result(gold_record("binh-thuan_ubnd_ke-hoach-covid"), V2))
    store.write(result(gold_record("quang-ngai_hdtdkt_ke-hoach-01"), V1))
    store.write(result(gold_record("tra-vinh_ubnd_ke-hoach-covid"), V1))
    assert store.extractor_versions() == [V1, V2]


def test_store_changed_file_drops_its_old_record(store: Store) -> None:
    old = gold_record("quang-ngai_hdtdkt_ke-hoach-01")
    store.write(result(old, path="/data/plan.txt"))
    new = gold_record("binh-phuoc_lhh_ke-hoach-82")
    store.write(result(new, path="/data/plan.txt"))
    shas = [r.sha256 for r in store.iter_records(include_linked_duplicates=True)]
    assert shas == [new["source"]["sha256"]]
    assert store.conn.execute("SELECT count(*) FROM criteria").fetchone()[0] == len(new["criteria"])


def test_store_copy_of_a_file_is_one_document(store: Store) -> None:
    record = gold_record("kien-giang_news_covid")
    doc_id = store.write(result(record, path="/a/news.txt"))
    assert store.link_unchanged("/b/copy.txt", record["source"]["sha256"], 10, None) == doc_id
    assert len(list(store.iter_records(include_linked_duplicates=True))) == 1
    assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def test_store_failure_is_listed_and_cleared_by_success(store: Store) -> None:
    failed = SourceResult("/a/x.pdf", "0" * 64, 5, V1, reason="the file is empty", hint="copy it")
    store.write(failed)
    assert [(f.path, f.status, f.reason, f.hint) for f in store.iter_failures()] == [
        ("/a/x.pdf", "failed", "the file is empty", "copy it")
    ]
    assert list(store.iter_records()) == []
    store.write(result(gold_record(NAMES[0]), path="/a/x.pdf"))
    assert list(store.iter_failures()) == []


def test_store_write_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.store.db as db

    def broken(part, doc_id, record):
        if part.table == "recipients":
            raise RuntimeError("disk full")
        return iter(())

    monkeypatch.setattr(db, "part_rows", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        store.write(result(gold_record("tra-vinh_ubnd_ke-hoach-covid")))
    for table in ("documents", "sources", "quotas", "citations"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
