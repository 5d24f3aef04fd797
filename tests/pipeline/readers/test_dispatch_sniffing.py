"""A plan typed as text is read as text, whatever its first bytes look like."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import read

ROOT = Path(__file__).resolve().parents[3]
PLAN = (ROOT / "corpora" / "samples" / "da-nang_ubnd_ke-hoach-thi-dua-2024.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    ("head", "warning"),
    [
        ("BM01-TĐKT\n", None),  # a form code: 'BM' is a bitmap's signature
        ("Bản chuyển từ tệp %PDF-1.4 gốc.\n", None),  # quoted in the first KB
        ("%PDF-1.4 (bản gốc đính kèm)\n", "it began like a PDF file, but the PDF is damaged"),
        ("{\\rtf1 ", None),  # a typed RTF opening without control words
    ],
)
def test_read_a_plan_whose_head_looks_like_another_format(
    tmp_path: Path, head: str, warning: str | None
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(head + PLAN, encoding="utf-8")
    raw = read(path)
    assert raw.format == "txt"
    assert PLAN.split("\n")[5] in raw.text.split("\n")  # lines kept, not read as markup
    if warning:
        assert any(warning in w for w in raw.warnings)


def test_read_a_plan_with_a_literal_tag_keeps_its_lines(tmp_path: Path) -> None:
    lines = PLAN.split("\n")
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*lines[:10], "Ghi theo mẫu <p> số 3.", *lines[10:]]), "utf-8")
    raw = read(path)
    assert raw.format == "txt" and "Ghi theo mẫu <p> số 3." in raw.text.split("\n")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n" + bytes(range(256)) * 20, "the PDF is damaged or truncated"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image"),
    ],
)
def test_a_broken_binary_file_keeps_its_own_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "broken.bin"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read(path)
    assert reason in info.value.reason
