"""A document number read once otherwise than its other citations (ocr_numbers.py)."""

from __future__ import annotations

import pytest

from pipeline.readers.ocr_numbers import settle_numbers

CITED = (
    "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ. "
    "Quán triệt Chỉ thị số 19/CT-TTg đến cán bộ. Đánh giá kết quả thực hiện "
    "Chỉ thị số 19/CT-TTg hằng năm. "
)


@pytest.mark.parametrize(
    ("once", "expected"),
    [
        ("Chỉ thị số 19/CT-TTE và Kế hoạch số 12/KH-UBND", "19/CT-TTg"),  # a letter misread
        ("Chỉ thị số 19/CT-TT và Kế hoạch số 12/KH-UBND", "19/CT-TTg"),  # a letter lost
        ("Chỉ thị số 19/CT-UBND của Chủ tịch UBND tỉnh", "19/CT-UBND"),  # another document
        ("Chỉ thị số 18/CT-TTE ngày 02/5/2020", "18/CT-TTE"),  # other digits: left
    ],
)
def test_settle_numbers_sets_a_lone_reading_to_its_citations(once: str, expected: str) -> None:
    text, log = settle_numbers(CITED + once)
    assert expected in text
    assert text.count("19/CT-TTg") == 3 + (expected == "19/CT-TTg")
    assert len(log) == (expected == "19/CT-TTg")


def test_settle_numbers_needs_three_readings_against_one() -> None:
    text = "Chỉ thị số 19/CT-TTg ngày 16/7/2021 và Chỉ thị số 19/CT-TTE ngày 02/8/2021."
    assert settle_numbers(text) == (text, [])
