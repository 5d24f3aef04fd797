"""A header whose number and date were left blank for the signing day ("Số:      /KH-BV",
"Bắc Giang, ngày      tháng      năm 2024"), copied with its padding: the runs of spaces
inside a blank slot are no cell breaks, so the place is still read and number and date stay
null (never a wrong value). Negative: cells padded apart on one line are still split."""

from __future__ import annotations

import pytest

from extractors.layout.text import split_padded_header
from extractors.parts import header
from extractors.segment.structure import parse
from extractors.text.repair import repair

_LEFT = "SỞ Y TẾ BẮC GIANG\nBỆNH VIỆN ĐA KHOA TỈNH\n-------\n"
_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
_REST = (
    "KẾ HOẠCH\nThi đua năm 2024\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
    "I. MỤC ĐÍCH\n1. Nâng cao chất lượng khám, chữa bệnh.\nNơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n"
    "GIÁM ĐỐC\nNgô Văn Thịnh\n"
)


@pytest.mark.parametrize(
    ("number_line", "date_line", "place"),
    [
        ("Số:      /KH-BV", "Bắc Giang, ngày      tháng      năm 2024", "Bắc Giang"),
        ("Số:   /KH-BV", "Bắc Giang, ngày    tháng 02 năm 2024", "Bắc Giang"),
        ("Số: \t/KH-BV", "Lạng Giang, ngày\ttháng\tnăm 2024", "Lạng Giang"),
    ],
    ids=["all_blank", "day_blank", "tabs"],
)
def test_blank_slots_keep_the_place(number_line: str, date_line: str, place: str) -> None:
    doc = parse(repair(f"{_LEFT}{_RIGHT}{number_line}\n{date_line}\n{_REST}").text)
    found = header.place_date(doc)
    assert found is not None
    assert (found.place, found.date) == (place, None)
    assert header.number(doc)[0] is None


def test_blank_slots_padded_cells_still_split() -> None:
    raw = (
        "SỞ Y TẾ BẮC GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 15/KH-BV               Bắc Giang, ngày 12 tháng 02 năm 2024\n" + _REST
    )
    mapped, log = split_padded_header(raw)
    assert mapped.text.splitlines()[:4] == [
        "SỞ Y TẾ BẮC GIANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 15/KH-BV",
        "Bắc Giang, ngày 12 tháng 02 năm 2024",
    ]
    assert log


def test_blank_slots_padding_inside_slots_untouched() -> None:
    raw = f"{_LEFT}{_RIGHT}Số:      /KH-BV\nBắc Giang, ngày      tháng      năm 2024\n{_REST}"
    mapped, log = split_padded_header(raw)
    assert mapped.text == raw
    assert log == []
