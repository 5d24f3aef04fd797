"""Provinces from the bodies a school's, a district's or a youth union's header names.

A school's header names its district office with the district's bare name ("PHÒNG
GD&ĐT GIO LINH"); the youth union's header prints "ĐOÀN TNCS HỒ CHÍ MINH" where the
quốc hiệu stands — a person's name, not the city. Made-up units, real layouts.
"""

from __future__ import annotations

import pytest
from test_provinces import _province


def _plan(left: str, right: str, place: str) -> str:
    return (
        f"{left}\n{right}\nSố: 21/KH-TH\n{place}, ngày 09 tháng 9 năm 2024\n\n"
        "KẾ HOẠCH\nThi đua năm học 2024 - 2025\n\nI. MỤC ĐÍCH\n\n1. Động viên giáo viên.\n"
    )


_STATE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
_YOUTH = "ĐOÀN TNCS HỒ CHÍ MINH"


@pytest.mark.parametrize(
    ("left", "right", "place", "expected"),
    [
        ("PHÒNG GD&ĐT GIO LINH\nTRƯỜNG TH GIO MAI", _STATE, "Gio Mai", "Quảng Trị"),
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO NGHI XUÂN\nTRƯỜNG MN XUÂN AN", _STATE, "Xuân An", "Hà Tĩnh"),
        (
            "HUYỆN ỦY NGHI LỘC\nĐẢNG ỦY XÃ NGHI THẠCH",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Nghi Thạch",
            "Nghệ An",
        ),
        ("BCH ĐOÀN TP. THỦ DẦU MỘT\nBCH ĐOÀN PHƯỜNG PHÚ HÒA", _YOUTH, "Phú Hòa", "Bình Dương"),
        ("BCH ĐOÀN TP. HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 3", _YOUTH, "Quận 3", "Hồ Chí Minh"),
        ("BCH ĐOÀN TP.HCM\nBCH ĐOÀN QUẬN 3", _YOUTH, "Quận 3", "Hồ Chí Minh"),
        # the Young Pioneers' district council: "TP" is "Tiền phong", the district follows
        (
            "ĐỘI TN TP HỒ CHÍ MINH HUYỆN HOÀI ÂN\nLIÊN ĐỘI TRƯỜNG THCS ÂN HỮU",
            _STATE,
            "Ân Hữu",
            "Bình Định",
        ),
        ("BCH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH\nBCH ĐOÀN QUẬN 3", _YOUTH, "Quận 3", "Hồ Chí Minh"),
    ],
)
def test_provinces_from_header_bodies(left: str, right: str, place: str, expected: str) -> None:
    found = _province(_plan(left, right, place))
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize(
    ("left", "right", "place"),
    [
        # a district name several provinces share: no province from it
        ("PHÒNG GD&ĐT CHÂU THÀNH\nTRƯỜNG TH AN HIỆP", _STATE, "An Hiệp"),
        # the youth union's name is no province, and nothing else names one
        ("BCH ĐOÀN TRƯỜNG THPT NGUYỄN HUỆ", _YOUTH, "Nhà trường"),
        # a school's own name after its kind is no district
        ("TRƯỜNG THCS GIO LINH", _STATE, "Nhà trường"),
        # the Young Pioneers' name: "TP" there is "Tiền phong", not a city
        ("LIÊN ĐỘI TRƯỜNG TH NGUYỄN DU", "ĐỘI TNTP HỒ CHÍ MINH", "Nhà trường"),
        ("ĐỘI TN TP HỒ CHÍ MINH\nLIÊN ĐỘI TRƯỜNG TH NGUYỄN DU", _STATE, "Nhà trường"),
    ],
)
def test_provinces_from_header_bodies_not_guessed(left: str, right: str, place: str) -> None:
    assert _province(_plan(left, right, place)) is None
