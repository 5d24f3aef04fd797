from __future__ import annotations

import pytest

from extractors import recipients
from extractors.structure import parse
from extractors.text.repair import repair

PLAN = "KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\nCác đơn vị triển khai./.\n\n"


def _doc(closing: str):
    return parse(repair(PLAN + closing).text)


CLOSING = """Nơi nhận:

- Ban TĐ-KT TW;
- TT TU, TT HĐND tỉnh;
- CT các PCT UBND tỉnh;
- UBND các huyện, TX, TP;
- BLĐ VP.UBT;
- Liên hiệp các hội KH&KT tỉnh;
- UBMTTQVN tỉnh và các tổ chức chính trị - xã hội tỉnh;
- UBND các xã, thị trấn;
- Giám đốc, các PGĐ Sở;
- Tổng LĐLĐ VN (b/c);
- Đài PTTH tỉnh;
- Các Phòng, Ban, TT thuộc VP UBT;
- XYZ tỉnh;
* - Lưu: VT, THNV. 09

CHỦ TỊCH

Lê Văn A
"""


def test_recipients_lines_expanded_and_levelled():
    doc = _doc(CLOSING)
    found = recipients.extract(doc)
    for r in found:
        assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.quote == r.text
    assert [(r.text, r.expanded, r.level) for r in found] == [
        ("Ban TĐ-KT TW", "Ban Thi đua - Khen thưởng Trung ương", "central"),
        (
            "TT TU, TT HĐND tỉnh",
            "Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh",
            "province",
        ),
        ("CT các PCT UBND tỉnh", "Chủ tịch các Phó Chủ tịch Ủy ban nhân dân tỉnh", "internal"),
        ("UBND các huyện, TX, TP", "Ủy ban nhân dân các huyện, thị xã, thành phố", "district"),
        ("BLĐ VP.UBT", "Ban lãnh đạo Văn phòng Ủy ban nhân dân tỉnh", "internal"),
        ("Liên hiệp các hội KH&KT tỉnh", "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh", "province"),
        (
            "UBMTTQVN tỉnh và các tổ chức chính trị - xã hội tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
            "province",
        ),
        ("UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "district"),
        ("Giám đốc, các PGĐ Sở", "Giám đốc, các Phó Giám đốc Sở", "internal"),
        ("Tổng LĐLĐ VN (b/c)", "Tổng Liên đoàn Lao động Việt Nam (báo cáo)", "central"),
        ("Đài PTTH tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "province"),
        # "TT" alone is ambiguous (Thường trực / Trung tâm): left as written
        (
            "Các Phòng, Ban, TT thuộc VP UBT",
            "Các Phòng, Ban, TT thuộc Văn phòng Ủy ban nhân dân tỉnh",
            "internal",
        ),
        ("XYZ tỉnh", "XYZ tỉnh", "province"),  # unknown abbreviation, never guessed
    ]


@pytest.mark.parametrize(
    ("archive_line", "expected"),
    [
        ("* - Lưu: VT, THNV. 09", "VT, THNV. 09"),
        ("- - Lưu: VT, KGVXNV. Bích.", "VT, KGVXNV. Bích."),
        ("- Lưu: VT.", "VT."),
        ("- Lưu VT, NC.", "VT, NC."),
    ],
)
def test_recipients_archive_after_stray_marks(archive_line, expected):
    doc = _doc(f"Nơi nhận:\n\n- Sở Nội vụ;\n{archive_line}\n\nCHỦ TỊCH\n\nLê Văn A\n")
    assert recipients.extract_archive(doc) == expected
    assert [r.text for r in recipients.extract(doc)] == ["Sở Nội vụ"]


def test_recipients_thanh_pho_is_the_province_in_a_centrally_run_city():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 57/KH-UBND\n\nĐà Nẵng, ngày 05 tháng 3 năm "
        "2024\n\nKẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\nTriển khai./.\n\n"
        "Nơi nhận:\n- TT TU, TT HĐND TP;\n- UBND các quận, huyện;\n- Lưu: VT.\n"
    )
    doc = parse(repair(text).text)
    assert [(r.text, r.level) for r in recipients.extract(doc)] == [
        ("TT TU, TT HĐND TP", "province"),
        ("UBND các quận, huyện", "district"),
    ]


def test_recipients_none_without_noi_nhan():
    doc = parse(repair("Quảng Nam phát động thi đua\n\nUBND tỉnh vừa ban hành kế hoạch.").text)
    assert recipients.extract(doc) == []
    assert recipients.extract_archive(doc) is None
