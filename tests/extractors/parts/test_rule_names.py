"""Deadlines and thresholds name the pattern that made them (rule ids a reviewer reads)."""

from __future__ import annotations

import pytest

from extractors.parts import citations, criteria, deadlines, thresholds
from extractors.segment.structure import parse
from extractors.text.repair import repair

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 41/KH-UBND\n\nHà Nam, ngày 14 tháng 3 năm 2025\n\n"


def _doc(body: str, heading: str):
    text = f"{HEADER}KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. {heading}\n\n{body}\n"
    return parse(repair(text).text)


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        (
            "Các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày 20/11/2025.",
            ["deadline.cue:cue"],
        ),
        (
            "Các xã nộp báo cáo sơ kết về Ban Thi đua chậm nhất ngày 05/7 hằng năm.",
            ["deadline.cue:recurring"],
        ),
        (
            "Các xã tổ chức sơ kết từ ngày 01/7/2025 đến ngày 10/7/2025.",
            ["deadline.cue:range_end"],
        ),
        ("Thời gian thi đua: từ ngày 01/4/2025 đến hết ngày 30/9/2025.", []),
    ],
)
def test_rule_names_of_deadlines(body: str, rules: list[str]) -> None:
    found = deadlines.extract(_doc(body, "TỔ CHỨC THỰC HIỆN"))
    assert [d.evidence.rule for d in found] == rules


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        (
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân có đóng góp từ 50 triệu đồng.",
            ["threshold.amount:minimum_before"],
        ),
        (
            "Tặng Giấy khen của Giám đốc Sở cho tập thể ủng hộ 30 triệu đồng trở lên.",
            ["threshold.amount:minimum_after"],
        ),
        (
            "Tặng Giấy khen cho doanh nghiệp đóng góp 200 triệu đồng xây nhà đại đoàn kết.",
            ["threshold.amount:basis.dong_gop"],
        ),
        ("Tặng Bằng khen của Chủ tịch UBND tỉnh kèm theo tiền thưởng 2 triệu đồng.", []),
    ],
)
def test_rule_names_of_thresholds(body: str, rules: list[str]) -> None:
    found = thresholds.extract(_doc(body, "KHEN THƯỞNG"))
    assert [t.evidence.rule for t in found] == rules


@pytest.mark.parametrize(
    ("heading", "body", "rules"),
    [
        (
            "NỘI DUNG VÀ TIÊU CHÍ THI ĐUA",
            "1. Tiêu chí thi đua\n\na) Hoàn thành xuất sắc nhiệm vụ chính trị được giao trong năm.\n"
            "b) Có sáng kiến cải cách hành chính được cấp có thẩm quyền công nhận.",
            ["criteria.item:outline", "criteria.item:outline"],
        ),
        (
            "TIÊU CHÍ THI ĐUA",
            "TT\tNội dung tiêu chí\tĐiểm chuẩn\n"
            "1\tHoàn thành 100% kế hoạch thu ngân sách nhà nước được giao\t30\n",
            ["criteria.item:table_row"],
        ),
        (
            "TIÊU CHÍ THI ĐUA",
            "Hoàn thành 100% kế hoạch thu ngân sách nhà nước được giao trong năm.\n\n"
            "Không có cán bộ, công chức vi phạm kỷ luật từ hình thức khiển trách trở lên.",
            ["criteria.item:bare_heading", "criteria.item:bare_heading"],
        ),
    ],
)
def test_rule_names_of_criteria(heading: str, body: str, rules: list[str]) -> None:
    found = criteria.extract(_doc(body, heading))
    assert [c.evidence.rule for c in found] == rules


@pytest.mark.parametrize(
    ("basis", "rules"),
    [
        ("Căn cứ Luật Thi đua, khen thưởng năm 2022;", ["citation.named_law:by_year"]),
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
            ["citation.named_law"],
        ),
        (
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;",
            ["citation.numbered"],
        ),
    ],
)
def test_rule_names_of_citations(basis: str, rules: list[str]) -> None:
    text = f"{HEADER}KẾ HOẠCH\n\nThi đua năm 2025\n\n{basis}\n\nI. MỤC ĐÍCH\n\nThi đua.\n"
    found, _ = citations.extract(parse(repair(text).text))
    assert [c.evidence.rule for c in found] == rules
