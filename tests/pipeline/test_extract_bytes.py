"""One way in: a file's bytes are read once and hashed once, from disk or shipped."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from test_extract_cli import PLAN

from pipeline.errors import InputError
from pipeline.extract import extract_bytes, extract_file
from pipeline.ingest.work import Task, process


def test_extract_bytes_gives_the_record_extract_file_gives(tmp_path: Path) -> None:
    path = tmp_path / "kế hoạch.txt"
    path.write_text(PLAN, encoding="utf-8")
    data = path.read_bytes()
    from_bytes = extract_bytes(data, "elsewhere/kế hoạch.txt")  # never opened
    from_file = extract_file(path)
    assert from_bytes["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert from_bytes["source"]["path"] == "elsewhere/kế hoạch.txt"
    from_bytes["source"]["path"] = from_file["source"]["path"]
    assert from_bytes == from_file
    assert from_file["document"]["doc_type"] == "ke_hoach"


def test_extract_file_reads_the_file_once(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    reads: list[Path] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    extract_file(path)
    assert reads == [path]


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b"PK\x03\x04" + bytes(40), "zip")])
def test_extract_bytes_bad_input_names_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        extract_bytes(data, "inbox/plan.docx")
    assert caught.value.path == "inbox/plan.docx"


def test_extract_bytes_shipped_to_a_worker_write_no_file(tmp_path: Path, monkeypatch) -> None:
    data = PLAN.encode("utf-8")

    def no_temp_dir(*args, **kwargs):
        raise AssertionError("shipped bytes written to a temporary file")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_temp_dir)
    task = Task("remote/plan.txt", "", len(data), data=data)
    outcome = process(task, limit=60.0)
    assert outcome.reason is None and outcome.record is not None
    assert outcome.record["source"]["path"] == "remote/plan.txt"
    assert outcome.sha256 == hashlib.sha256(data).hexdigest()
