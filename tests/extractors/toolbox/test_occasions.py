"""Occasions of quotas and deadlines: from the value's line, else its sections."""

from __future__ import annotations

import pytest

from extractors.parts import deadlines, quotas
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox import occasions

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 17/KH-UBND\nAn Giang, ngày 09 tháng 02 năm 2025\n\n"


def _plan(body: str, heading: str = "IV. KHEN THƯỞNG"):
    text = f"{HEADER}KẾ HOẠCH\n\nPhong trào thi đua năm 2025\n\n{heading}\n\n{body}\n"
    return parse(repair(text).text)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("1. Sơ kết 6 tháng: Chủ tịch UBND tỉnh tặng Bằng khen cho", "so_ket"),
        ("Tổng kết năm: ", "tong_ket"),
        ("Sơ kết 6 tháng đã nêu; Tổng kết năm: tặng", "tong_ket"),  # the nearest
        ("Cuối năm học 2024-2025, Giám đốc Sở tặng Giấy khen", "nam_hoc"),
        ("Tổng kết giai đoạn 2021-2025, đề nghị tặng", "giai_doan"),
        ("Sơ kết 3 năm thực hiện phong trào", "giai_doan"),
        ("Khen thưởng đột xuất cho tập thể, cá nhân", "dot_xuat"),
        ("Trong đợt thi đua cao điểm chào mừng Đại hội", "dot"),
        ("Khen thưởng theo chuyên đề: tặng", "chuyen_de"),
        # no occasion
        ("V. KHEN THƯỞNG", None),
        ("Chủ tịch UBND tỉnh tặng Bằng khen cho 05 tập thể", None),
        ("Tổ chức 3 đợt kiểm tra", None),
        ("Thực hiện chuyên đề học tập và làm theo", None),
    ],
)
def test_occasions_normalise(words: str, expected: str | None) -> None:
    assert occasions.normalise(words) == expected


def test_occasions_of_quotas_by_line_then_section() -> None:
    doc = _plan(
        "1. Sơ kết 6 tháng: Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 10 tập thể và "
        "15 cá nhân.\n\n2. Tổng kết năm: Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 20 "
        "tập thể và 30 cá nhân.",
    )
    found = [(q.min, q.occasion) for q in quotas.extract(doc)]
    assert found == [(10, "so_ket"), (15, "so_ket"), (20, "tong_ket"), (30, "tong_ket")]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("IV. KHEN THƯỞNG TỔNG KẾT PHONG TRÀO", "tong_ket"),
        ("IV. KHEN THƯỞNG", None),
    ],
)
def test_occasions_of_quotas_from_the_section_title(heading: str, expected: str | None) -> None:
    doc = _plan("Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 05 tập thể.", heading)
    assert [q.occasion for q in quotas.extract(doc)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các đơn vị gửi báo cáo sơ kết 6 tháng về Sở Nội vụ trước ngày 20/6/2025.", "so_ket"),
        ("Hồ sơ đề nghị khen thưởng tổng kết gửi về Sở Nội vụ trước ngày 05/12/2025.", "tong_ket"),
        ("Các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày 05/12/2025.", None),
    ],
)
def test_occasions_of_deadlines(sentence: str, expected: str | None) -> None:
    doc = _plan(sentence, "V. TỔ CHỨC THỰC HIỆN")
    assert [d.occasion for d in deadlines.extract(doc)] == [expected]
