"""Headers whose motto place holds a banner, not the quốc hiệu: a school's Liên đội under
"ĐỘI TNTP HỒ CHÍ MINH", a chi bộ under "ĐẢNG CỘNG SẢN VIỆT NAM". The banner is no part of
the issuer's name; a banner line that names its district ("ĐỘI TN TP HỒ CHÍ MINH HUYỆN …")
is the issuer's parent and keeps its place."""

from __future__ import annotations

import pytest

from pipeline.extract import build_record
from pipeline.readers import RawText

_REST = (
    "Số: 07/KH-LĐ\nAn Phú, ngày 12 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
    "Phát động thi đua chào mừng Ngày Nhà giáo Việt Nam năm học 2025 - 2026\n\n"
    "Căn cứ Chương trình công tác Đội năm học 2025 - 2026 của Hội đồng Đội huyện;\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Động viên đội viên thi đua học tốt.\n\n"
    "II. KHEN THƯỞNG\n1. Liên đội tặng Giấy khen cho các chi đội xuất sắc.\n\n"
    "Nơi nhận:\n- BGH;\n- Lưu: LĐ.\n\nTM. BAN CHỈ HUY LIÊN ĐỘI\nTỔNG PHỤ TRÁCH\n\nĐỗ Thị Lan\n"
)
_CASES = [
    # the banner in the motto's place, under the school's Liên đội
    ("LIÊN ĐỘI TRƯỜNG TH AN PHÚ\nĐỘI TNTP HỒ CHÍ MINH\n\n", "Liên đội trường TH An Phú"),
    (
        "LIÊN ĐỘI TRƯỜNG TH AN PHÚ\n\nĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH\n\n",
        "Liên đội trường TH An Phú",
    ),
    # the state motto beside it: the banner is still no part of the name
    (
        "LIÊN ĐỘI TRƯỜNG TH AN PHÚ\nĐỘI TNTP HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\n",
        "Liên đội trường TH An Phú",
    ),
    # a chi bộ under its party committee, the party's name in the motto's place
    (
        "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG TH AN PHÚ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\n",
        "Chi bộ trường TH An Phú",
    ),
]


def _issuer(head: str) -> str:
    record = build_record(RawText(text=head + _REST, format="txt"), source_path="x", sha256="0")
    return str(record["document"]["issuer"]["name"])


@pytest.mark.parametrize(("head", "issuer"), _CASES)
def test_header_banner_is_no_part_of_the_issuer(head: str, issuer: str) -> None:
    assert _issuer(head).lower() == issuer.lower()


def test_header_banner_naming_its_district_is_a_parent() -> None:
    # negative: the banner with its district is the Liên đội's parent line, not a motto
    head = "ĐỘI TNTP HỒ CHÍ MINH HUYỆN AN PHÚ\nLIÊN ĐỘI TRƯỜNG TH AN PHÚ\n\n"
    record = build_record(RawText(text=head + _REST, format="txt"), source_path="x", sha256="0")
    assert record["document"]["province"]["name"] == "An Giang"
    assert "Liên đội" in record["document"]["issuer"]["name"]
