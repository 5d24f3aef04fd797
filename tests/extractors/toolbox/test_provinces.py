"""Provinces from the header, a district or 2025 commune it names, the place line, the body."""

from __future__ import annotations

import pytest

from extractors.parts import header
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox import provinces

_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _plan(left: str, place_date: str, body: str = "Động viên cán bộ.") -> str:
    return (
        f"{left}\n\n{_RIGHT}\nSố: 10/KH-UBND\n\n{place_date}\n\nKẾ HOẠCH\n"
        f"Tổ chức phong trào thi đua\n\nI. MỤC ĐÍCH\n\n1. {body}\n"
    )


def _province(text: str) -> provinces.Province | None:
    doc = parse(repair(text).text)
    found = header.extract(doc).province
    if found is not None and found.evidence is not None:
        assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
    return found


@pytest.mark.parametrize(
    ("left", "place_date", "expected", "quote"),
    [
        # a commune directly under the merged province, no province line
        (
            "ỦY BAN NHÂN DÂN\nXÃ IA GRAI",
            "Ia Grai, ngày 15 tháng 8 năm 2025",
            ("Gia Lai", "64", "Gia Lai"),
            "XÃ IA GRAI",
        ),
        (
            "ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC",
            "Phú Quốc, ngày 25 tháng 11 năm 2025",
            ("An Giang", "89", "An Giang"),
            "ĐẶC KHU PHÚ QUỐC",
        ),
        # a ward name shared by communes elsewhere: the type tells them apart
        (
            "UBND PHƯỜNG TÂN PHÚ",
            "Tân Phú, ngày 02 tháng 9 năm 2025",
            ("Hồ Chí Minh", "79", "Hồ Chí Minh"),
            "PHƯỜNG TÂN PHÚ",
        ),
        # the province line above the commune wins
        (
            "UBND TỈNH KHÁNH HÒA\nUBND XÃ CAM LÂM",
            "Cam Lâm, ngày 01 tháng 10 năm 2025",
            ("Khánh Hòa", "56", "Khánh Hòa"),
            "KHÁNH HÒA",
        ),
        # a merged province names itself: its own 2021 name and code
        (
            "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG",
            "Tuyên Quang, ngày 02 tháng 10 năm 2025",
            ("Tuyên Quang", "08", "Tuyên Quang"),
            "TUYÊN QUANG",
        ),
        # a 2025 ward carrying an old province's name is not that province
        (
            "UBND PHƯỜNG SÓC TRĂNG",
            "Sóc Trăng, ngày 02 tháng 9 năm 2025",
            ("Cần Thơ", "92", "Cần Thơ"),
            "PHƯỜNG SÓC TRĂNG",
        ),
        (
            "UBND TỈNH CÀ MAU\nUBND PHƯỜNG BẠC LIÊU",
            "Bạc Liêu, ngày 02 tháng 9 năm 2025",
            ("Cà Mau", "96", "Cà Mau"),
            "CÀ MAU",
        ),
        # nor is a district of 2021 named like a province
        (
            "UBND HUYỆN QUẢNG NINH",
            "Quảng Ninh, ngày 02 tháng 9 năm 2024",
            ("Quảng Bình", "44", "Quảng Trị"),
            "HUYỆN QUẢNG NINH",
        ),
        # a city named like its province is that province
        (
            "UBND THÀNH PHỐ SÓC TRĂNG",
            "Sóc Trăng, ngày 02 tháng 9 năm 2024",
            ("Sóc Trăng", "94", "Cần Thơ"),
            "SÓC TRĂNG",
        ),
        # a district of 2021
        (
            "UBND HUYỆN BẮC QUANG",
            "Bắc Quang, ngày 05 tháng 3 năm 2024",
            ("Hà Giang", "02", "Tuyên Quang"),
            "HUYỆN BẮC QUANG",
        ),
    ],
)
def test_provinces_from_header_units(
    left: str, place_date: str, expected: tuple[str, str, str], quote: str
) -> None:
    found = _province(_plan(left, place_date))
    assert found is not None
    assert (found.name, found.code, found.merged_2025) == expected
    assert found.evidence is not None and found.evidence.quote.endswith(quote)


def test_provinces_ambiguous_commune_falls_back_to_the_body() -> None:
    # "xã Tân Phú" exists in five provinces: the header alone does not tell
    text = _plan("UBND XÃ TÂN PHÚ", "Tân Phú, ngày 02 tháng 9 năm 2025", "Phục vụ tỉnh Đồng Nai.")
    found = _province(text)
    assert found is not None and found.name == "Đồng Nai"
    assert found.evidence is not None and found.evidence.rule == provinces.RULE_BODY


def test_provinces_ambiguous_commune_without_body_mention_is_none() -> None:
    assert _province(_plan("UBND XÃ TÂN PHÚ", "Tân Phú, ngày 02 tháng 9 năm 2025")) is None


def test_provinces_commune_list_not_used_before_the_merger() -> None:
    # a 2024 commune header: the 2025 map does not apply
    assert _province(_plan("UBND XÃ IA GRAI", "Ia Grai, ngày 15 tháng 8 năm 2024")) is None


def test_provinces_commune_file_validated() -> None:
    communes = provinces.load_communes()
    assert sum(len(rows) for rows in communes.values()) > 3000  # 3,305 in vietnamadminunits
    known = {p.name for p in provinces.load_provinces()}
    assert all(row.province in known for rows in communes.values() for row in rows)


@pytest.mark.parametrize(
    ("article", "expected", "quote"),
    [
        (  # a press page naming the district, not the province
            "Hội Cựu chiến binh huyện Nghi Lộc tổ chức lễ phát động phong trào thi đua "
            "giai đoạn 2024 - 2029 tại hội trường.",
            "Nghệ An",
            "huyện Nghi Lộc",
        ),
        (
            "UBND thị xã An Nhơn phát động phong trào thi đua xây dựng đô thị văn minh.",
            "Bình Định",
            "thị xã An Nhơn",
        ),
        (  # the president's name is no province; the province named bare is
            "Kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, mỗi "
            "người dân Cao Bằng hăng hái tham gia phong trào.",
            "Cao Bằng",
            "Cao Bằng",
        ),
        (  # the unit word opening a sentence
            "Huyện Diên Khánh mở phong trào thi đua xây dựng nông thôn mới nâng cao.",
            "Khánh Hòa",
            "Huyện Diên Khánh",
        ),
        (  # the district named through its youth union
            "Ban Thường vụ Huyện đoàn Phù Cát tổ chức Lễ ra quân Tháng Thanh niên năm 2024.",
            "Bình Định",
            "Huyện đoàn Phù Cát",
        ),
        (  # "đoàn kết" after a lower-case "huyện" is no youth union
            "Cán bộ toàn huyện đoàn kết thi đua xây dựng nông thôn mới nâng cao năm 2024.",
            None,
            None,
        ),
        (  # a district name several provinces share names none
            "Huyện Châu Thành phát động phong trào thi đua năm 2024 trong toàn huyện.",
            None,
            None,
        ),
    ],
)
def test_provinces_of_a_press_page_from_its_localities(article, expected, quote):
    text = f"Tin địa phương\n\n{article}\n\nThu Hà\n"
    found = _province(text)
    assert (found.name if found else None) == expected
    if found is not None:
        assert found.evidence is not None and found.evidence.quote == quote


def test_provinces_first_locality_stays_on_its_line():
    text = "Tin trong huyện\nCụm thi đua số 3 huyện Quảng Xương ký kết giao ước thi đua."
    assert provinces.first_locality(text, "huyện") == "Quảng Xương"
    assert provinces.first_locality(text, "xã") is None
