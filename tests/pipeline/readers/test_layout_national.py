from __future__ import annotations

import pytest

from extractors.layout.rules import load_layout_rules
from pipeline.readers.layout import LAYOUT_TABLE, QUOC_HIEU


def test_layout_national_readers_share_the_layout_pattern() -> None:
    assert QUOC_HIEU is load_layout_rules().national


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("UBND TỈNH BẮC KẠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("SỞ NỘI VỤ          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", True),  # cut by a narrow cell
        ("CỘNGHÒA XÃHỘI CHỦNGHĨA VIỆTNAM", True),  # spaces lost by a text layer
        ("ĐẢNG BỘ TỈNH SÓC TRĂNG\tĐẢNG CỘNG SẢN VIỆT NAM", True),
        ("TỈNH ĐOÀN ĐẮK NÔNG\tĐOÀN TNCS HỒ CHÍ MINH", True),
        # negatives: the words inside a sentence are no header
        ("xây dựng Nhà nước pháp quyền xã hội chủ nghĩa", False),
        ("dưới sự lãnh đạo của Đảng Cộng sản Việt Nam", False),
        ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", False),
    ],
)
def test_layout_national_header_line(line: str, found: bool) -> None:
    assert bool(QUOC_HIEU.search(line)) is found
    assert bool(LAYOUT_TABLE.search(line)) is found
