"""The counts an award decision confers are no quotas; the quotas of plans and rules stay."""

from __future__ import annotations

import pytest

from extractors.parts import quotas
from extractors.parts.quota_rules import confers
from extractors.segment.structure import parse
from extractors.text.repair import repair

HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\n\nSố: 815/QĐ-UBND\n\nĐức Thọ, ngày 02 tháng 12 năm 2024\n\n"
)


def _quotas(type_word: str, title: str, body: str) -> list[tuple[str, str, int | None, int | None]]:
    doc = parse(repair(f"{HEADER}{type_word}\n{title}\n\n{body}\n").text)
    found = quotas.extract(doc)
    for q in found:
        assert doc.text[q.evidence.start : q.evidence.end] == q.evidence.quote
    return [(q.award, q.recipient_kind, q.min, q.max) for q in found]


@pytest.mark.parametrize(
    "article",
    [
        "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 05 tập thể và 09 cá nhân"
        " (có danh sách kèm theo) đã có thành tích xuất sắc năm 2024.",
        "Điều 1. Khen thưởng đột xuất, tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho"
        " 02 tập thể và 03 cá nhân đã có thành tích trong công tác cứu hộ.",
        "Điều 1: Tặng danh hiệu Tập thể lao động xuất sắc cho 07 tập thể đã hoàn thành xuất sắc"
        " nhiệm vụ năm 2024.",
        "Điều 1. Khen thưởng 03 tập thể và 06 cá nhân (có danh sách kèm theo) đã có thành tích"
        " trong phòng, chống thiên tai.",
    ],
)
def test_quotas_not_read_from_what_a_decision_confers(article: str) -> None:
    body = (
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
        f"{article}\nĐiều 2. Các tập thể, cá nhân có tên tại Điều 1 thi hành Quyết định này./."
    )
    assert _quotas("QUYẾT ĐỊNH", "Về việc khen thưởng năm 2024", body) == []


def test_quotas_of_a_regulation_article_and_of_a_plan_stay() -> None:
    rule = (
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 3. Số lượng khen thưởng\nHằng năm, Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen"
        " cho không quá 02 tập thể và 03 cá nhân của mỗi xã.\n"
    )
    assert _quotas("QUYẾT ĐỊNH", "Ban hành Quy định khen thưởng", rule) == [
        ("giay_khen", "tap_the", None, 2),
        ("giay_khen", "ca_nhan", None, 3),
    ]
    plan = (
        "I. KHEN THƯỞNG\n\n1. Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho 05 tập thể và"
        " 10 cá nhân tiêu biểu trong phong trào.\n"
    )
    assert _quotas("KẾ HOẠCH", "Tổ chức phong trào thi đua năm 2025", plan) == [
        ("giay_khen", "tap_the", 5, 5),
        ("giay_khen", "ca_nhan", 10, 10),
    ]


def test_quotas_of_a_regulation_article_that_names_no_recipient_stay() -> None:
    # an article of rules, verb first, names no recipients: its exact count is a quota
    rule = (
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 7. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 01 tập thể dẫn đầu mỗi khối"
        " thi đua.\n"
    )
    assert _quotas("QUYẾT ĐỊNH", "Ban hành Quy chế thi đua", rule) == [
        ("co_thi_dua_tinh", "tap_the", 1, 1)
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Điều 1. Tặng Giấy khen cho 07 tập thể (có danh sách kèm theo).", True),
        ("Dieu 1. Tang Giay khen cho 07 tap the (co danh sach kem theo).", True),
        ("Điều 1. Tặng Giấy khen cho 07 c?ng o?n c? s? (c? danh s?ch k?m theo).", True),
        ("Điều 1. Khen thưởng cho 03 tập thể đã có thành tích xuất sắc.", True),
        # a rule names no recipients; "tăng cường" is no grant; a plan's sentence no article
        ("Điều 7. Tặng Cờ thi đua cho 01 tập thể dẫn đầu mỗi khối.", False),
        ("Điều 1. Tăng cường thi đua cho 05 tập thể (có danh sách kèm theo).", False),
        ("Chủ tịch UBND tỉnh tặng Bằng khen cho 05 tập thể đã có thành tích.", False),
    ],
)
def test_quota_rules_confers(line: str, expected: bool) -> None:
    assert confers(line, line.index("0")) is expected
