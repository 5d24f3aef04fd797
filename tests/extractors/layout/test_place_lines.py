"""The place of the place-and-date cell when a copy lost its comma: alone on the line above
the date ("Văn Quan" / "ngày 12 tháng 9 năm 2025", a cell per line) or run into it with the
first word of its name left on the line above ("Phan" / "Rang ngày …"). Negatives: a line
in capitals, the "Số" line or the motto above the date is no place; with the comma, as before."""

from __future__ import annotations

import pytest

from extractors.parts import header
from extractors.segment.structure import parse
from extractors.text.repair import repair

_TOP = (
    "ỦY BAN NHÂN DÂN\nXÃ VĂN QUAN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n"
)
_REST = (
    "KẾ HOẠCH\nThi đua năm 2025\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
    "I. MỤC ĐÍCH\n1. Động viên cán bộ.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thành\n"
)


def _place_date(cells: str) -> tuple[str | None, str | None]:
    doc = parse(repair(_TOP + cells + _REST).text)
    found = header.place_date(doc)
    if found is None:
        return None, None
    assert doc.text[found.span.start : found.span.end].rstrip(".").endswith("2025")
    return found.place or None, found.date


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ("Số: 18/KH-UBND\nVăn Quan\nngày 12 tháng 9 năm 2025\n", ("Văn Quan", "2025-09-12")),
        ("Số: 18/KH-UBND\nPhan\nRang ngày 12 tháng 9 năm 2025\n", ("Phan Rang", "2025-09-12")),
        ("Số: 18/KH-UBND\nVăn Quan ngày 12/9/2025\n", ("Văn Quan", "2025-09-12")),
        ("Số:     /KH-UBND\nVăn Quan\nngày     tháng 9 năm 2025\n", ("Văn Quan", None)),
        # the comma kept: as before
        ("Số: 18/KH-UBND\nVăn Quan, ngày 12 tháng 9 năm 2025\n", ("Văn Quan", "2025-09-12")),
    ],
    ids=["own_line", "run_in", "same_line", "blank", "comma"],
)
def test_place_lines_without_comma(cells: str, expected: tuple[str | None, str | None]) -> None:
    assert _place_date(cells) == expected


@pytest.mark.parametrize(
    "cells",
    [
        "Số: 18/KH-UBND\nXÃ VĂN QUAN\nngày 12 tháng 9 năm 2025\n",
        "Số: 18/KH-UBND ngày 12 tháng 9 năm 2025\n",
        "Số: 18/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nngày 12 tháng 9 năm 2025\n",
    ],
    ids=["caps_line", "number_line", "motto"],
)
def test_place_lines_no_place_invented(cells: str) -> None:
    place, _ = _place_date(cells)
    assert place is None
