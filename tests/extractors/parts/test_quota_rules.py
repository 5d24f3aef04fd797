"""Every quota names the branch of the count pattern that read it (rule ids)."""

from __future__ import annotations

import pytest

from extractors.parts import quotas
from extractors.segment.structure import parse
from extractors.text.repair import repair


def _rules(body: str) -> list[tuple[str, str]]:
    text = f"KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. KHEN THƯỞNG\n\n{body}\n"
    doc = parse(repair(text).text)
    return [(q.evidence.rule, q.evidence.quote) for q in quotas.extract(doc)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bằng khen của Chủ tịch UBND tỉnh: tặng 05 tập thể.",
            [("quota.count:single", "tặng 05 tập thể")],
        ),
        (
            "Mỗi huyện lựa chọn không quá 03 tập thể và 05 cá nhân đề nghị tặng Bằng khen "
            "của Chủ tịch UBND tỉnh.",
            [
                (
                    "quota.count:upper_bound+pair",
                    "Mỗi huyện lựa chọn không quá 03 tập thể và 05 cá nhân",
                )
            ]
            * 2,
        ),
        (
            "Giấy khen của Giám đốc Sở: ít nhất 02 cá nhân mỗi phòng.",
            [("quota.count:lower_bound", "ít nhất 02 cá nhân mỗi phòng")],
        ),
        (
            "Bằng khen của Chủ tịch UBND tỉnh: từ 5-10 tập thể, cá nhân.",
            [("quota.count:range+joint", "từ 5-10 tập thể, cá nhân")],
        ),
        (
            "Cờ thi đua của UBND tỉnh: 01 tập thể hoặc 01 cá nhân.",
            [("quota.count:either", "01 tập thể hoặc 01 cá nhân")],
        ),
        (
            "Bằng khen của Chủ tịch UBND tỉnh (không quy định số lượng).",
            [("quota.unlimited", "không quy định số lượng")],
        ),
    ],
)
def test_quota_rules_name_the_pattern(body: str, expected: list[tuple[str, str]]) -> None:
    assert _rules(body) == expected


def test_quota_rules_name_the_table_cell() -> None:
    found = _rules(
        "3. Số lượng khen thưởng\n\n"
        "| Hình thức khen thưởng | Tập thể | Cá nhân |\n"
        "|---|---|---|\n"
        "| Bằng khen của Chủ tịch UBND tỉnh | 10 | Không quy định số lượng |"
    )
    assert [rule for rule, _ in found] == ["quota.table:count", "quota.table:unlimited"]
