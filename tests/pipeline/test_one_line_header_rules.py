"""A whole document on one line: the rule drawn under a header cell ("… XÃ PHÚ LỘC -------
CỘNG HÒA …") is cut off as its own line, never read as the end of the issuer's name."""

from __future__ import annotations

import pytest

from pipeline.extract import build_record
from pipeline.readers import RawText

_BODY = (
    "KẾ HOẠCH Tổ chức phong trào thi đua xây dựng xã nông thôn mới năm 2025 "
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Ủy ban nhân dân xã ban hành "
    "Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Động viên cán bộ và nhân dân thi đua. "
    "Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Thị Mai\n"
)
_CASES = [
    # rules of dashes, stars and underscores under both cells
    (
        "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
        "- Hạnh phúc --------------- Số: 31/KH-UBND Phú Lộc, ngày 06 tháng 3 năm 2025 ",
        "Ủy ban nhân dân xã Phú Lộc",
    ),
    (
        "UBND HUYỆN ĐÔNG SƠN PHÒNG VĂN HÓA VÀ THÔNG TIN *** CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập - Tự do - Hạnh phúc ______ Số: 12/KH-VHTT Đông Sơn, ngày 10 tháng 1 năm 2025 ",
        "Phòng Văn hóa và Thông tin huyện Đông Sơn",
    ),
    # negative: no rule at all; the tiêu ngữ's hyphens are no rule
    (
        "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
        "phúc Số: 31/KH-UBND Phú Lộc, ngày 06 tháng 3 năm 2025 ",
        "Ủy ban nhân dân xã Phú Lộc",
    ),
]


@pytest.mark.parametrize(("header", "issuer"), _CASES)
def test_one_line_header_rule_is_no_part_of_the_issuer(header: str, issuer: str) -> None:
    text = header + _BODY
    record = build_record(RawText(text=text, format="txt"), source_path="x.txt", sha256="0")
    found = record["document"]["issuer"]
    # the casing of an office's name is the name rules' convention, not this test's
    assert found["name"].lower() == issuer.lower()
    assert "-" not in found["name"] and "*" not in found["name"] and "_" not in found["name"]
