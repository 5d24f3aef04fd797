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


_NUMBER_ONLY = (
    "Số: 17 /KH-HCCB Phú Lộc, ngày 04 tháng 8 năm 2025 KẾ HOẠCH Tổ chức phong trào thi đua "
    "“Cựu chiến binh gương mẫu” năm 2025 Thực hiện Kế hoạch số 40/KH-UBND ngày 20/7/2025 của "
    "UBND xã về công tác thi đua năm 2025; Hội Cựu chiến binh xã Phú Lộc xây dựng Kế hoạch "
    "như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Động viên hội viên thi đua lập thành tích. II. KHEN "
    "THƯỞNG 1. Hội tặng Giấy khen cho các chi hội xuất sắc. Nơi nhận: - Như trên; - Lưu: VP. "
    "TM. BAN CHẤP HÀNH CHỦ TỊCH Đinh Văn Hòa\n"
)


def test_one_line_header_of_only_the_number_and_date() -> None:
    # a header without quốc hiệu (only the số and the place and date) on the one line
    record = build_record(RawText(text=_NUMBER_ONLY, format="txt"), source_path="x", sha256="0")
    doc = record["document"]
    assert doc["number"] == "17/KH-HCCB"
    assert doc["title"] == "Tổ chức phong trào thi đua “Cựu chiến binh gương mẫu” năm 2025"
    assert doc["issuer"]["name"] == "Hội Cựu chiến binh xã Phú Lộc"


def test_one_line_sentence_opening_with_so_is_no_header() -> None:
    # negative: a line opening with "Số" that is no số ký hiệu stays as it is
    text = (
        "Số 12 trường học trên địa bàn đã hưởng ứng KẾ HOẠCH THI ĐUA của ngành; "
        + "các trường tổ chức nhiều hoạt động thi đua sôi nổi. " * 8
        + "\n"
    )
    record = build_record(RawText(text=text, format="txt"), source_path="x", sha256="0")
    assert "\n" not in record["text"].strip()
    assert record["document"]["number"] is None
