"""Property: whatever the bytes, a reader returns text or raises ``InputError`` — never
another exception — and ``extract_file`` returns a record or raises ``InputError``.

Seeds of each format (a real plan as text, HTML, DOCX and a text-layer PDF) are
mutated by Hypothesis: bytes flipped, inserted, deleted, duplicated, the file cut,
and for text the baits of issue 12 spliced in. OCR is refused by the pixel limit
(``max_ocr_pixels=1``) so that a mutated PDF that loses its text layer fails fast.
"""

from __future__ import annotations

import importlib.util
import zlib
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError
from pipeline.extract import extract_file
from pipeline.readers import read
from pipeline.readers.options import ReadOptions

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "hostile_set.py"
_spec = importlib.util.spec_from_file_location("hostile_set", _SCRIPT)
assert _spec and _spec.loader
hostile_set = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile_set)

NO_OCR = ReadOptions(max_ocr_pixels=1)
BAITS = [".", "…", "\n", "\u0301", "\t", "\x00", "\ufffd", "<table><tr><td>", "Số: ", "%PDF-1.4"]


def _text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (ASCII, Helvetica)."""
    ops = ["BT /F1 11 Tf 50 800 Td 14 TL"]
    ops += [f"({line.replace('(', '[').replace(')', ']')}) Tj T*" for line in lines]
    stream = zlib.compress(("\n".join(ops) + "\nET").encode("latin-1"))
    return hostile_set._pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode().decode()
            + stream.decode("latin-1")
            + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


@cache
def seeds() -> dict[str, bytes]:
    plan = hostile_set.plan_text()
    ascii_lines = [line.encode("ascii", "ignore").decode() for line in plan.splitlines()[:40]]
    return {
        "plan.txt": plan.encode("utf-8"),
        "plan.html": hostile_set._html("<p>" + plan.replace("\n", "</p><p>") + "</p>"),
        "plan.docx": hostile_set._docx(
            hostile_set._body(f"<w:body>{hostile_set._paragraphs()}</w:body>")
        ),
        "plan.pdf": _text_pdf(ascii_lines),
    }


@st.composite
def mutated(draw: st.DrawFn, names: tuple[str, ...]) -> tuple[str, bytes]:
    name = draw(st.sampled_from(names))
    data = bytearray(seeds()[name])
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "duplicate", "cut", "bait"]))
        if kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 2048))]
        elif kind == "cut":
            del data[max(1, at) :]
        else:
            bait = draw(st.sampled_from(BAITS)) * draw(st.integers(1, 5000))
            data[at:at] = bait.encode("utf-8")
    return name, bytes(data)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,  # the same examples on every run: a failure is reproducible
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


@pytest.mark.parametrize("name", ["plan.txt", "plan.html", "plan.docx"])
def test_fuzz_seeds_read_unmutated(tmp_path: Path, name: str) -> None:
    """The seeds themselves are read (the fuzz starts from valid files)."""
    path = tmp_path / name
    path.write_bytes(seeds()[name])
    assert "Căn cứ Luật Thi đua" in read(path, NO_OCR).text


def test_fuzz_pdf_seed_reaches_the_ocr_gate(tmp_path: Path) -> None:
    """The PDF seed's text layer has no diacritics (Helvetica): it is parsed, found not to
    read as Vietnamese and sent to OCR, which the pixel limit refuses without rendering."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(seeds()["plan.pdf"])
    with pytest.raises(InputError, match="megapixels"):
        read(path, NO_OCR)


@_settings(120)
@given(case=mutated(("plan.txt", "plan.html", "plan.docx", "plan.pdf")))
def test_fuzz_readers_raise_only_input_errors(tmp_path: Path, case: tuple[str, bytes]) -> None:
    name, data = case
    path = tmp_path / name
    path.write_bytes(data)
    try:
        raw = read(path, NO_OCR)
    except InputError as exc:
        assert exc.reason and str(path) in str(exc)
    else:
        assert isinstance(raw.text, str)


@_settings(25)
@given(case=mutated(("plan.txt", "plan.html", "plan.docx")))
def test_fuzz_extract_gives_a_record_or_a_reason(tmp_path: Path, case: tuple[str, bytes]) -> None:
    name, data = case
    path = tmp_path / name
    path.write_bytes(data)
    try:
        record = extract_file(path)
    except InputError as exc:
        assert exc.reason
    else:
        text = record["text"]
        for part in ("quotas", "deadlines", "criteria"):
            for item in record[part]:
                ev = item["evidence"]
                assert text[ev["start"] : ev["end"]] == ev["quote"]
