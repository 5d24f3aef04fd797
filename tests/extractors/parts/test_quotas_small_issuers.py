"""Quotas of small issuers: counts of members and member units, registrations, "mỗi năm"."""

from __future__ import annotations

import pytest

from extractors.parts import quotas
from extractors.segment.structure import parse
from extractors.text.repair import repair

PLAN = "KẾ HOẠCH\nPhát động thi đua năm 2025\n\n"

Row = tuple[str, str, int | None, int | None, str | None]


def _quotas(body: str) -> list[Row]:
    doc = parse(repair(PLAN + body + "\n").text)
    found = quotas.extract(doc)
    for q in found:
        assert doc.text[q.evidence.start : q.evidence.end] == q.evidence.quote
    return [(q.award, q.recipient_kind, q.min, q.max, q.per) for q in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an association's standing committee gives its Giấy khen to member units and members
            "III. HÌNH THỨC KHEN THƯỞNG\n1. Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho"
            " 05 cơ sở Hội, 08 chi hội và 20 hội viên có thành tích xuất sắc.",
            [
                ("giay_khen", "tap_the", 5, 5, None),
                ("giay_khen", "tap_the", 8, 8, None),
                ("giay_khen", "ca_nhan", 20, 20, None),
            ],
        ),
        (  # a union's item labelled with its award, bounded
            "III. KHEN THƯỞNG\n1. Giấy khen của Ban Chấp hành Công đoàn cơ sở: không quá 03 tổ"
            " công đoàn và 10 đoàn viên có thành tích xuất sắc.",
            [("giay_khen", "tap_the", None, 3, None), ("giay_khen", "ca_nhan", None, 10, None)],
        ),
        (  # a party committee's Giấy khen to its grassroots organisations and members
            "IV. KHEN THƯỞNG\nBan Thường vụ Huyện ủy tặng Giấy khen cho không quá 08 tổ chức cơ"
            " sở đảng và 15 đảng viên có thành tích tiêu biểu.",
            [("giay_khen", "tap_the", None, 8, None), ("giay_khen", "ca_nhan", None, 15, None)],
        ),
        (  # the Front's residential units and the union's members, selected for one award
            "IV. KHEN THƯỞNG\nỦy ban MTTQ tỉnh xét chọn 10 khu dân cư tiêu biểu và Liên đoàn Lao"
            " động tỉnh xét chọn 15 đoàn viên xuất sắc để đề nghị Chủ tịch UBND tỉnh tặng Bằng"
            " khen.",
            [
                ("bang_khen_tinh", "tap_the", 10, 10, None),
                ("bang_khen_tinh", "ca_nhan", 15, 15, None),
            ],
        ),
        (  # the provincial association's Bằng khen (other) proposed for a youth-union unit
            "IV. KHEN THƯỞNG\n- Đề nghị Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 02 chi đoàn"
            " và 04 đoàn viên tiêu biểu.",
            [("other", "tap_the", 2, 2, None), ("other", "ca_nhan", 4, 4, None)],
        ),
    ],
)
def test_quotas_count_members_given_an_award(body: str, expected: list[Row]) -> None:
    assert _quotas(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # targets in the same words: no award in their clause
        "II. CHỈ TIÊU THI ĐUA\n- Kết nạp mới 350 hội viên; 100% chi hội sinh hoạt định kỳ.\n"
        "- Giới thiệu 25 hội viên ưu tú cho Đảng xem xét kết nạp.\n\nIII. KHEN THƯỞNG\n"
        "Ban Thường vụ Hội tặng Giấy khen cho các tập thể, cá nhân xuất sắc.",
        "II. CHỈ TIÊU\nPhấn đấu phát triển 120 đoàn viên mới, thành lập 03 chi đoàn.",
        "II. CHỈ TIÊU\n100% khu dân cư tổ chức Ngày hội Đại đoàn kết; 20 khu dân cư đạt chuẩn"
        " văn hóa.\n\nIII. KHEN THƯỞNG\nỦy ban MTTQ huyện tặng Giấy khen cho tập thể tiêu biểu.",
        # a past result in members
        "III. KHEN THƯỞNG\nNăm 2024, Công đoàn cơ sở có 12 đoàn viên được Ban Thường vụ Liên"
        " đoàn Lao động thành phố tặng Giấy khen.",
    ],
)
def test_quotas_not_read_from_member_targets_or_results(body: str) -> None:
    assert _quotas(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a school's registered titles: counts a unit registers for, no allocation
        "III. ĐĂNG KÝ DANH HIỆU THI ĐUA\n1. Danh hiệu tập thể:\n+ 02 tổ chuyên môn đạt danh"
        " hiệu Tập thể lao động tiên tiến.\n2. Danh hiệu cá nhân:\n+ Chiến sĩ thi đua cơ sở: 04"
        " đồng chí.",
        "II. NỘI DUNG\n1. Cá nhân: 100% cán bộ, giáo viên đăng ký danh hiệu LĐTT; 05 đồng chí"
        " đăng ký danh hiệu CSTĐCS.",
        # the title a count aims at is the count's award: a target
        "II. CHỈ TIÊU THI ĐUA\n2. Cá nhân: 100% giáo viên đăng ký danh hiệu Lao động tiên tiến;"
        " 04 đồng chí đạt danh hiệu Chiến sĩ thi đua cơ sở.",
    ],
)
def test_quotas_not_read_from_registrations(body: str) -> None:
    assert _quotas(body) == []


def test_quotas_kept_when_an_awards_item_counts_who_meets_a_title() -> None:
    # "đạt danh hiệu …" after the count of an award's item: the quota's condition
    body = (
        "IV. HÌNH THỨC KHEN THƯỞNG\n- Bằng khen của Chủ tịch UBND tỉnh: 02 tập thể đạt danh"
        " hiệu Tập thể lao động xuất sắc.\n- Giấy khen của Giám đốc Sở: 05 tập thể."
    )
    assert _quotas(body) == [
        ("bang_khen_tinh", "tap_the", 2, 2, None),
        ("giay_khen", "tap_the", 5, 5, None),
    ]


def test_quotas_kept_when_a_selected_count_meets_a_title() -> None:
    # "lựa chọn 01 tập thể đạt thành tích …": a verb selects the count, a quota
    body = (
        "IV. KHEN THƯỞNG\nMỗi xã lựa chọn 01 tập thể đạt thành tích xuất sắc nhất để đề nghị"
        " Chủ tịch UBND tỉnh tặng Bằng khen."
    )
    assert _quotas(body) == [("bang_khen_tinh", "tap_the", 1, 1, "xã")]


@pytest.mark.parametrize(
    ("body", "per"),
    [
        (  # "Mỗi năm": a time, not a unit — the company's own total
            "Điều 7. Số lượng\nMỗi năm Công ty đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng"
            " khen cho không quá 02 tập thể và 04 cá nhân.",
            None,
        ),
        (  # "Mỗi huyện": a unit
            "IV. SỐ LƯỢNG\nMỗi huyện đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho không quá 02"
            " tập thể và 04 cá nhân.",
            "huyện",
        ),
    ],
)
def test_quotas_per_is_a_unit_not_a_time(body: str, per: str | None) -> None:
    assert _quotas(body) == [
        ("bang_khen_tinh", "tap_the", None, 2, per),
        ("bang_khen_tinh", "ca_nhan", None, 4, per),
    ]


def test_quotas_award_not_from_an_item_of_an_earlier_article() -> None:
    # the outline runs "2. Giấy khen …" of Điều 2 on into Điều 3; it labels nothing there
    body = (
        "Điều 2. Hình thức khen thưởng\n1. Bằng khen của Ban Chấp hành Hội Nông dân tỉnh.\n2."
        " Giấy khen của Ban Thường vụ Hội Nông dân cấp huyện.\n\nĐiều 3. Số lượng\nMỗi Hội Nông"
        " dân cấp huyện được đề nghị Ban Chấp hành Hội Nông dân tỉnh tặng Bằng khen không quá"
        " 02 tập thể và 04 cá nhân."
    )
    assert _quotas(body) == [
        ("other", "tap_the", None, 2, "Hội Nông dân cấp huyện"),
        ("other", "ca_nhan", None, 4, "Hội Nông dân cấp huyện"),
    ]
