"""Any file name is stored, found again and shown: bytes that are not UTF-8 included."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_records import NAMES, gold_record
from test_store_db import result

from pipeline.errors import fs_path, path_text
from pipeline.store import SourceResult, open_store

NAMES_BYTES = st.binary(min_size=1, max_size=30).filter(
    lambda b: b"\x00" not in b and b"/" not in b
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("paths") / "t.db") as s:
        yield s


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES_BYTES)
def test_store_takes_any_file_name(store, raw: bytes) -> None:
    path = os.fsdecode(b"/plans/" + raw)
    failed = SourceResult(path, "0" * 64, 1, "v", reason="the file is empty", hint="check")
    store.write(failed)
    assert store.source_state(path) == ("0" * 64, "v", "failed", None)
    assert store.failure_of(path) == ("the file is empty", "check")
    stored = {f.path for f in store.iter_failures()}
    assert path_text(path) in stored
    if b"\\x" not in raw:
        assert fs_path(path_text(path)) == Path(path)
    store.forget_source(path)
    assert store.source_state(path) is None


def test_store_keeps_a_record_whose_path_is_not_utf8(tmp_path: Path) -> None:
    record = gold_record(NAMES[0])
    record["source"]["path"] = os.fsdecode(b"/plans/k\xea ho\xe1ch.txt")  # Windows-1258 name
    with open_store(tmp_path / "t.db") as store:
        store.write(result(record))
        [stored] = list(store.iter_records())
    assert stored.source_path == "/plans/k\\xea ho\\xe1ch.txt"
    assert stored.record["source"]["path"] == stored.source_path
    with sqlite3.connect(tmp_path / "t.db") as conn:
        [(path,)] = conn.execute("SELECT path FROM sources").fetchall()
    assert path == stored.source_path
