"""Số ký hiệu as real documents write them, in the header's number cell and in a citation.

Forms met in real headers and citations of schools, unions, party committees and
communes (``docs/real-layouts.md``, "Number forms"): spaces around the separators,
a party or union number with a space for its hyphen, a letter after the digits, a
dot inside the code, a code ending in "Ư". Numbers and names are made up. The value
is the one the gold writes: as printed, spaces removed, a party number's space read
as its hyphen (schema README, ``number``).
"""

from __future__ import annotations

import pytest

from extractors.model import Document
from extractors.parts import citations, header
from extractors.segment.structure import parse
from extractors.text.repair import repair

# (as printed, as the record holds it)
FORMS = [
    ("17 /KH- UBND", "17/KH-UBND"),
    ("53 /QĐ - UBND", "53/QĐ-UBND"),
    ("08-KH/ĐTN", "08-KH/ĐTN"),
    ("136 - KH/TU", "136-KH/TU"),
    ("27/2021/QĐ- UBND", "27/2021/QĐ-UBND"),
    ("09/KH.THCS", "09/KH.THCS"),
    ("6b/KH-UBND", "6b/KH-UBND"),
    ("214/KHĐ-THCS", "214/KHĐ-THCS"),
    ("06/KH-THPTDT.NT", "06/KH-THPTDT.NT"),
    ("14./QĐ-MN", "14./QĐ-MN"),
    ("63-KH/HU", "63-KH/HU"),
    ("19 KH/LĐLĐ", "19-KH/LĐLĐ"),
    ("2841/HD -TLĐ", "2841/HD-TLĐ"),
    ("308 - KH/TWĐTN-TNTH", "308-KH/TWĐTN-TNTH"),
    ("512-KL/TƯ", "512-KL/TƯ"),
    ("71 /KH-LĐLĐ", "71/KH-LĐLĐ"),
]


def _doc(text: str) -> Document:
    repaired = repair(text)
    doc = parse(repaired.text)
    doc.repairs[:0] = repaired.log
    return doc


def _header_number(line: str) -> str | None:
    text = (
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN MỸ\n" + line + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Tân Mỹ, ngày 14 tháng 2 năm 2025\n\nKẾ HOẠCH\nPhát động thi đua năm 2025\n\n"
        "I. MỤC ĐÍCH\n\n1. Thi đua lao động giỏi.\n"
    )
    doc = _doc(text)
    value, evidence = header.number(doc)
    if evidence is not None:
        assert doc.text[evidence.start : evidence.end] == evidence.quote
    return value


def _cited_numbers(sentence: str) -> list[str | None]:
    text = (
        "KẾ HOẠCH\n\nPhát động thi đua năm 2025\n\n"
        f"{sentence}\n\nI. NỘI DUNG\n\n1. Thi đua lao động giỏi.\n"
    )
    doc = _doc(text)
    basis, refs = citations.extract(doc)
    for c in basis + refs:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.quote
    return [c.number for c in basis + refs]


@pytest.mark.parametrize(("printed", "value"), FORMS)
def test_number_forms_header_cell(printed: str, value: str) -> None:
    assert _header_number(f"Số: {printed}") == value


@pytest.mark.parametrize(("printed", "value"), FORMS)
def test_number_forms_citation(printed: str, value: str) -> None:
    sentence = (
        f"Căn cứ Kế hoạch số {printed} ngày 10/01/2025 của Ban Thường vụ về công tác "
        "thi đua năm 2025;"
    )
    assert _cited_numbers(sentence) == [value]


@pytest.mark.parametrize(
    "line",
    [
        "Số:      /KH-UBND",  # left blank for signing
        "Số: ......./KH-LĐLĐ",
        "Số điện thoại: 0236 3821 456",
        "Số: 14/02/2025",  # a date, no code
        "Số lượng: 12/15 đơn vị",
        "Số trang: 3/12",
    ],
)
def test_number_forms_header_cell_rejects(line: str) -> None:
    assert _header_number(line) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Căn cứ Kế hoạch số      /KH-UBND ngày 10/01/2025 của UBND huyện;",
        "Liên hệ số điện thoại 0236 3821 456 của Văn phòng;",
        "Thực hiện Kế hoạch số lượng 12/15 đơn vị đăng ký thi đua;",
        "Căn cứ Quyết định số 14/02/2025 của UBND huyện;",
        "Xem Kế hoạch trang 3/12 của tài liệu;",
    ],
)
def test_number_forms_citation_rejects(sentence: str) -> None:
    assert all(n is None for n in _cited_numbers(sentence))
