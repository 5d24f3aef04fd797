"""How a file was read is a note; only what may make a value wrong is a warning.

A plan typed in a legacy font, saved with decomposed tone marks, padded with
spaces, or converted from Word 97-2003 reads exactly as the plan: its record is
``ok``, with the reader's notes in ``source.notes``. A replaced byte is a
warning (a letter of a value may be lost) and makes the record ``partial``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from reader_fixtures import to_legacy

from outputs.plans import plan_from_record
from pipeline.extract import extract_file

ROOT = Path(__file__).resolve().parents[3]
PLAN = (ROOT / "corpora" / "samples" / "da-nang_ubnd_ke-hoach-thi-dua-2024.txt").read_text(
    encoding="utf-8"
)


def _stray(plan: str) -> bytes:
    data = plan.encode()
    at = data.index(b"\n", len(data) // 2)  # on a line end: no letter of a value is hit
    return data[:at] + b"\x80" + data[at:]


def _padded(plan: str) -> bytes:
    first, rest = plan.split("\n", 1)
    return (first + " " * 300 + "\n" + rest).encode()


@pytest.mark.parametrize(
    ("make", "note", "warning"),
    [
        (lambda p: to_legacy(p, "tcvn3").encode(), "legacy TCVN3 text converted", None),
        (lambda p: unicodedata.normalize("NFD", p).encode(), "decomposed Unicode", None),
        (_padded, "1 run(s) of spaces or tabs cut to 200", None),
        (lambda p: p.encode(), None, None),  # the plan as it is: no note, no warning
        (_stray, None, "1 byte(s) that are not UTF-8 replaced with U+FFFD"),
    ],
    ids=["tcvn3", "decomposed", "padding", "intact", "stray-byte"],
)
def test_reader_notes_do_not_make_a_record_partial(
    tmp_path: Path, make: Callable[[str], bytes], note: str | None, warning: str | None
) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(make(PLAN))
    record = extract_file(path)
    source = record["source"]
    reader_notes = [n for n in source["notes"] if not n.startswith("deadlines:")]
    if note:
        assert len(reader_notes) == 1 and note in reader_notes[0]
    else:
        assert reader_notes == []
    assert any(warning in w for w in source["warnings"]) if warning else not source["warnings"]
    assert plan_from_record(1, record).status == ("partial" if warning else "ok")
    assert record["document"]["number"] == "57/KH-UBND"  # read as from the intact plan
