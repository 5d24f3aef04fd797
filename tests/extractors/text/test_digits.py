"""Digits OCR read as letters, repaired only in the number and date slots."""

from __future__ import annotations

import pytest

from extractors.text.digits import repair_digits
from extractors.text.repair import repair


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("So: l27 /QD-UBND", "So: 127 /QD-UBND"),
        ("Số: I5/KH-UBND", "Số: 15/KH-UBND"),
        ("S: O8/KH-HTKT", "S: 08/KH-HTKT"),
        ("ngay 2l thang O4 nam 2O22", "ngay 21 thang 04 nam 2022"),
        ("ngày l5 tháng 3 năm 2O24", "ngày 15 tháng 3 năm 2024"),
        ("ng?y 3O th?ng 1l nm 2O21", "ng?y 30 th?ng 11 nm 2021"),
        ("Nghi dinh so 9l/2017/ND-CP ngay 3l/7/2017", "Nghi dinh so 91/2017/ND-CP ngay 31/7/2017"),
        ("Ke hoach so 21/KH-UBND ngay 26/O2/2024", "Ke hoach so 21/KH-UBND ngay 26/02/2024"),
    ],
    ids=[
        "number",
        "number-I",
        "number-dropped-label",
        "date-words",
        "date-marks",
        "date-?",
        "basis-number-and-date",
        "slashed-date",
    ],
)
def test_repair_digits_in_slots(damaged: str, repaired: str) -> None:
    mapped, log = repair_digits(damaged)
    assert mapped.text == repaired
    assert len(mapped.text) == len(damaged)  # one digit for one letter: offsets stay
    assert log and "look-alike(s) OCR read repaired" in log[0]


@pytest.mark.parametrize(
    "text",
    [
        "Số: 127/QĐ-UBND Lương Tài, ngày 21 tháng 04 năm 2022",  # clean: nothing to do
        "so voi lO/KH cua nam truoc",  # no real digit: a word, not a number
        "ngay ll thang l nam 2022",  # day and month of letters only
        "ngay 2l thang 13 nam 2022",  # month 13: no date
        "ngay 4l thang 3 nam 2022",  # day 41: no date
        "Doc lap - Tu do. Ho so 2O hoc sinh, lop 1O",  # letters by digits outside any slot
        "ma so thue 0l23456789 cua don vi",  # a number slot needs a symbol after it
        "nam 2O2",  # a year needs four characters
    ],
    ids=[
        "clean",
        "no-digit",
        "letters-only",
        "bad-month",
        "bad-day",
        "outside-slots",
        "no-symbol",
        "short-year",
    ],
)
def test_repair_digits_leaves_other_text(text: str) -> None:
    mapped, log = repair_digits(text)
    assert mapped.text == text
    assert log == []


def test_repair_reads_the_header_of_an_ocr_copy() -> None:
    raw = (
        "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "HUYEN KIM BANG Doc Iap - Tu do - Hanh phuc\n"
        "So: l3 /KH-UBND Kim Bang, ngay O2 thang 3 nam 2O23\n"
        "KE HOACH\nTo chuc phong trao thi dua nam 2023\n"
        "Can cu Nghi dinh so 9l/2017/ND-CP ngay 3l/7/2017 cua Chinh phu;\n"
    )
    repaired = repair(raw)
    assert "Số: 13 /KH-UBND" in repaired.text
    assert "ngày 02 tháng 3 năm 2023" in repaired.text
    assert "91/2017/NĐ-CP ngày 31/7/2017" in repaired.text
    assert any("look-alike(s) OCR read" in line for line in repaired.log)
