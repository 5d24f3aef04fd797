"""Deadlines and thresholds name the pattern that made them (rule ids a reviewer reads)."""

from __future__ import annotations

import pytest

from extractors.parts import deadlines, thresholds
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
