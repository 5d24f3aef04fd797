"""Casing of body names printed in upper case (headers, signature blocks); a person's name
at the end of a phrase."""

from __future__ import annotations

import pytest

from extractors.toolbox.names import body_case, split_person


@pytest.mark.parametrize(
    ("upper", "expected"),
    [
        ("BỘ TƯ LỆNH QUÂN KHU 3", "Bộ Tư lệnh Quân khu 3"),
        ("BỘ TƯ LỆNH VÙNG 3 HẢI QUÂN", "Bộ Tư lệnh Vùng 3 Hải quân"),
        ("BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NINH", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh"),
        (
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang",
        ),
        ("BAN CHỈ HUY QUÂN SỰ XÃ IA GRAI", "Ban Chỉ huy Quân sự xã Ia Grai"),
        ("CÔNG AN TỈNH LÂM ĐỒNG", "Công an tỉnh Lâm Đồng"),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", "Liên đoàn Lao động tỉnh Nghệ An"),
        (
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẮC NINH",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh",
        ),
        ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        ("KHO BẠC NHÀ NƯỚC KHU VỰC IX", "Kho bạc Nhà nước khu vực IX"),
        # a province name is matched as whole words: "Huế" is not the end of "thuế"
        ("CỤC THUẾ TỈNH", "Cục Thuế tỉnh"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ", "Ủy ban nhân dân thành phố Huế"),
        # "xã hội" and "hợp tác xã" are not a commune followed by its name
        ("BẢO HIỂM XÃ HỘI TỈNH", "Bảo hiểm xã hội tỉnh"),
        ("LIÊN MINH HỢP TÁC XÃ TỈNH", "Liên minh Hợp tác xã tỉnh"),
        ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "Ủy ban nhân dân xã Hòa Bình"),
        # negative: a name in mixed case is kept as written
        ("Bộ tư lệnh quân khu 3", "Bộ tư lệnh quân khu 3"),
    ],
)
def test_body_case_proper_noun_bodies(upper: str, expected: str) -> None:
    assert body_case(upper) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Chủ tịch UBND tỉnh Phạm Anh Tuấn", ("Chủ tịch UBND tỉnh", None, "Phạm Anh Tuấn")),
        (
            "UBND tỉnh Bình Định Phạm Anh Tuấn",
            ("UBND tỉnh", "Bình Định", "Phạm Anh Tuấn"),
        ),
        ("UBND tỉnh Bình Định", ("UBND tỉnh", "Bình Định", "")),
        ("phát biểu tại hội nghị", ("phát biểu tại hội nghị", None, "")),
    ],
)
def test_split_person_name_at_the_end(words: str, expected: tuple) -> None:
    assert split_person(words) == expected


@pytest.mark.parametrize(
    ("upper", "expected"),
    [
        ("TRƯỜNG TH BÌNH LÃNG", "Trường TH Bình Lãng"),
        ("TRƯỜNG TIỂU HỌC BÌNH LÃNG", "Trường Tiểu học Bình Lãng"),
        ("TRƯỜNG THCS TRẦN CAO VÂN", "Trường THCS Trần Cao Vân"),
        ("TRƯỜNG THPT CHUYÊN HÀ LAM", "Trường THPT chuyên Hà Lam"),
        ("TRƯỜNG PTDTBT TH PÁC TẢ", "Trường PTDTBT TH Pác Tả"),
        ("TRƯỜNG MẦM NON SEN HỒNG - HUYỆN KIM SƠN", "Trường Mầm non Sen Hồng - huyện Kim Sơn"),
        ("TRƯỜNG TH XÃ ĐÔNG HÒA", "Trường TH xã Đông Hòa"),
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KIM SƠN", "Phòng Giáo dục và Đào tạo huyện Kim Sơn"),
        ("TRUNG TÂM Y TẾ", "Trung tâm y tế"),
        ("BỆNH VIỆN ĐA KHOA KHU VỰC TÂN HÀ", "Bệnh viện Đa khoa khu vực Tân Hà"),
        ("BỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện Đa khoa tỉnh"),
        ("CÔNG TY CỔ PHẦN MAY ĐỒNG TIẾN", "Công ty cổ phần May Đồng Tiến"),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh"),
    ],
)
def test_names_body_case_keeps_proper_names_of_schools(upper: str, expected: str) -> None:
    assert body_case(upper) == expected
