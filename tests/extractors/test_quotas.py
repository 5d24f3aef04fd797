from __future__ import annotations

import pytest

from extractors import quotas
from extractors.model import Blocks, Document, Span
from extractors.structure import parse
from extractors.text.repair import repair


def _plan(body: str):
    text = f"KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. KHEN THƯỞNG\n\n{body}\n"
    return parse(repair(text).text)


def _quotas(body: str):
    doc = _plan(body)
    found = quotas.extract(doc)
    for q in found:
        assert doc.text[q.evidence.start : q.evidence.end] == q.evidence.quote
    return found


def _values(found):
    return [(q.award, q.recipient_kind, q.min, q.max, q.unlimited, q.per) for q in found]


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (  # the award of "+" lines comes from the enclosing "-" item
            "3. Số lượng khen thưởng\n\n- Bằng khen của Chủ tịch UBND tỉnh:\n\n"
            "+ Mỗi huyện, thị xã, thành phố lựa chọn 02 tập thể và 01 cá nhân có thành tích "
            "tiêu biểu xuất sắc.",
            [
                ("bang_khen_tinh", "tap_the", 2, 2, False, "huyện, thị xã, thành phố"),
                ("bang_khen_tinh", "ca_nhan", 1, 1, False, "huyện, thị xã, thành phố"),
            ],
            "Mỗi huyện, thị xã, thành phố lựa chọn 02 tập thể và 01 cá nhân",
        ),
        (
            "- Cờ thi đua của UBND tỉnh: Mỗi Khối thi đua xét chọn 01 tập thể hoặc 01 cá nhân "
            "dẫn đầu.",
            [("co_thi_dua_tinh", "tap_the_hoac_ca_nhan", 1, 1, False, "Khối thi đua")],
            "Mỗi Khối thi đua xét chọn 01 tập thể hoặc 01 cá nhân",
        ),
        (  # a range written with "đến", for one count of both kinds
            "Tặng Giấy khen của Giám đốc Sở Y tế cho tập thể, cá nhân; các bệnh viện tuyến "
            "tỉnh bình xét từ 20 đến 35 tập thể, cá nhân.",
            [("giay_khen", "tap_the_ca_nhan", 20, 35, False, "bệnh viện tuyến tỉnh")],
            "các bệnh viện tuyến tỉnh bình xét từ 20 đến 35 tập thể, cá nhân",
        ),
        (  # numbers in words and an upper bound
            "- Chiến sĩ thi đua cấp tỉnh: Mỗi sở, ban, ngành lựa chọn không quá hai cá nhân.",
            [("chien_si_thi_dua_tinh", "ca_nhan", None, 2, False, "sở, ban, ngành")],
            "Mỗi sở, ban, ngành lựa chọn không quá hai cá nhân",
        ),
        (
            "- Huân chương Lao động hạng Ba: Hội đồng Thi đua - Khen thưởng tỉnh xét chọn "
            "mười lăm cá nhân đề nghị Chủ tịch nước tặng Huân chương.",
            [("huan_chuong_lao_dong", "ca_nhan", 15, 15, False, None)],
            "Hội đồng Thi đua - Khen thưởng tỉnh xét chọn mười lăm cá nhân",
        ),
        (
            "- Lao động tiên tiến: Mỗi phòng chuyên môn bình xét không quá 05 cá nhân.",
            [("lao_dong_tien_tien", "ca_nhan", None, 5, False, "phòng chuyên môn")],
            "Mỗi phòng chuyên môn bình xét không quá 05 cá nhân",
        ),
        (  # the award in the same sentence, after the count
            "Trên cơ sở đề nghị của các đơn vị, Hội đồng Thi đua - Khen thưởng tỉnh xét chọn "
            "20 tập thể có thành tích xuất sắc đề nghị Thủ tướng Chính phủ tặng Bằng khen.",
            [("bang_khen_thu_tuong", "tap_the", 20, 20, False, None)],
            "Hội đồng Thi đua - Khen thưởng tỉnh xét chọn 20 tập thể",
        ),
        (  # a verb the selection is made with: "bình xét, suy tôn"
            "Mỗi Khối thi đua bình xét, suy tôn 01 đơn vị dẫn đầu đề nghị UBND tỉnh tặng Cờ thi "
            "đua.",
            [("co_thi_dua_tinh", "tap_the", 1, 1, False, "Khối thi đua")],
            "Mỗi Khối thi đua bình xét, suy tôn 01 đơn vị",
        ),
        (  # an earlier sentence of the paragraph names the award
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân tiêu biểu. "
            "Riêng ngành Y tế lựa chọn 05 tập thể.",
            [("bang_khen_tinh", "tap_the", 5, 5, False, "ngành Y tế")],
            "Riêng ngành Y tế lựa chọn 05 tập thể",
        ),
        (
            "Khen thưởng đột xuất (không quy định số lượng), tặng Giấy khen của Giám đốc Sở "
            "Y tế cho cá nhân có thành tích xuất sắc.",
            [("giay_khen", "ca_nhan", None, None, True, None)],
            "không quy định số lượng",
        ),
    ],
)
def test_quotas_values_and_spans(body, expected, quote):
    found = _quotas(body)
    assert _values(found) == expected
    assert found[0].evidence.quote == quote


def test_quotas_heading_names_the_award_and_items_name_the_unit():
    found = _quotas(
        "2. Số lượng Bằng khen của Chủ tịch UBND tỉnh\n\n"
        "a) Mỗi huyện, thành phố: 02 tập thể và 03 cá nhân.\n\n"
        "b) Mỗi sở, ban, ngành, đoàn thể tỉnh: 01 tập thể hoặc 01 cá nhân.\n\n"
        "c) Mỗi Cụm, Khối thi đua bình chọn từ 01 đến 02 đơn vị xuất sắc.\n\n"
        "d) Doanh nghiệp: không quy định số lượng, xét theo mức đóng góp."
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 2, 2, False, "huyện, thành phố"),
        ("bang_khen_tinh", "ca_nhan", 3, 3, False, "huyện, thành phố"),
        ("bang_khen_tinh", "tap_the_hoac_ca_nhan", 1, 1, False, "sở, ban, ngành, đoàn thể tỉnh"),
        ("bang_khen_tinh", "tap_the", 1, 2, False, "Cụm, Khối thi đua"),
        ("bang_khen_tinh", "tap_the_ca_nhan", None, None, True, "Doanh nghiệp"),
    ]
    assert found[0].evidence.quote == "Mỗi huyện, thành phố: 02 tập thể và 03 cá nhân"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2. Tiêu chuẩn, số lượng\n\n- Bằng khen của Chủ tịch UBND tỉnh: mỗi huyện 02 tập thể.",
            [("bang_khen_tinh", "tap_the", 2, 2, False, "huyện")],
        ),
        (
            "II. TIÊU CHUẨN VÀ HÌNH THỨC KHEN THƯỞNG\n\n1. Hình thức\n\na) Bằng khen của Tổng "
            "Liên đoàn Lao động Việt Nam: Ban Thường vụ lựa chọn không quá 05 tập thể.",
            [("bang_khen_bo_nganh", "tap_the", None, 5, False, None)],
        ),
    ],
)
def test_quotas_standards_with_other_parts_still_count(body, expected):
    assert _values(_quotas(body)) == expected


def test_quotas_table_row_gives_one_quota_per_cell():
    found = _quotas("| Bằng khen của Chủ tịch UBND tỉnh | 10 tập thể | 15 cá nhân |")
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 10, 10, False, None),
        ("bang_khen_tinh", "ca_nhan", 15, 15, False, None),
    ]
    assert [q.evidence.quote for q in found] == ["10 tập thể", "15 cá nhân"]


def test_quotas_table_with_kinds_in_the_header():
    found = _quotas(
        "3. Số lượng khen thưởng\n\n"
        "| Hình thức khen thưởng | Tập thể | Cá nhân |\n"
        "|---|---|---|\n"
        "| Bằng khen của Chủ tịch UBND tỉnh | 10 | 15 |\n"
        "| Giấy khen của Giám đốc Sở | từ 05 - 10 | không quá 20 |\n"
        "| Cờ thi đua của UBND tỉnh | 01 | |\n"
        "| Ghi chú | 5 | 6 |"
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 10, 10, False, None),
        ("bang_khen_tinh", "ca_nhan", 15, 15, False, None),
        ("giay_khen", "tap_the", 5, 10, False, None),
        ("giay_khen", "ca_nhan", None, 20, False, None),
        ("co_thi_dua_tinh", "tap_the", 1, 1, False, None),
    ]
    assert found[1].evidence.quote == "Bằng khen của Chủ tịch UBND tỉnh | 10 | 15"


def test_quotas_table_from_a_docx_after_whitespace_repair():
    # the docx reader separates cells with tabs; repair makes them single spaces
    found = _quotas(
        "3. Số lượng\n\nHình thức khen thưởng\tTập thể\tCá nhân\n"
        "Bằng khen của Chủ tịch UBND tỉnh\t10\t15\nGiấy khen của Giám đốc Sở\t20\t-\n"
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 10, 10, False, None),
        ("bang_khen_tinh", "ca_nhan", 15, 15, False, None),
        ("giay_khen", "tap_the", 20, 20, False, None),
    ]


def test_quotas_table_with_tabs_kept_is_read_once():
    text = "Hình thức\tTập thể\tCá nhân\nBằng khen của Chủ tịch UBND tỉnh\t10\t15\n"
    doc = Document(text=text, blocks=Blocks(body=Span(0, len(text))))
    found = quotas.extract(doc)
    assert [(q.recipient_kind, q.max, q.evidence.quote) for q in found] == [
        ("tap_the", 10, "Bằng khen của Chủ tịch UBND tỉnh\t10"),
        ("ca_nhan", 15, "Bằng khen của Chủ tịch UBND tỉnh\t10\t15"),
    ]


def test_quotas_selected_by_the_council_is_a_total():
    (q,) = _quotas(
        "- Bằng khen của Thủ tướng Chính phủ: Hội đồng Thi đua - Khen thưởng tỉnh xét chọn "
        "03 cá nhân."
    )
    assert q.per is None
    assert q.selected_by == "Hội đồng Thi đua - Khen thưởng tỉnh"


def test_quotas_the_conferrer_is_not_the_selector():
    (q,) = _quotas("Chủ tịch UBND tỉnh tặng Cờ thi đua cho 03 tập thể dẫn đầu các Khối thi đua.")
    assert (q.award, q.max, q.per, q.selected_by) == ("co_thi_dua_tinh", 3, None, None)


@pytest.mark.parametrize(
    "body",
    [
        "Khối Thi đua số 7 gồm 12 đơn vị thuộc tỉnh.",
        "hoàn thành nhiệm vụ kế hoạch 05 năm (2021 - 2025) của tỉnh.",
        "Tổ chức tập huấn cho 50 cá nhân làm công tác thi đua, khen thưởng.",  # no award
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể có 02 năm liên tục hoàn thành xuất sắc.",
        # number words inside phrases
        "Tặng Bằng khen của Chủ tịch UBND tỉnh; bình xét khen thưởng hằng năm tập thể, cá nhân.",
        "- Bằng khen của Chủ tịch UBND tỉnh: tặng cho sáng kiến của một cá nhân được công nhận.",
        # conditions of a standard, not quotas
        "- Bằng khen của Chủ tịch UBND tỉnh: đơn vị có từ 05 cá nhân trở lên đạt Lao động tiên tiến.",
        "2. Tiêu chuẩn\n\n- Chiến sĩ thi đua cấp tỉnh: tập thể có 03 cá nhân đạt danh hiệu.",
    ],
)
def test_quotas_numbers_that_are_not_quotas(body):
    assert _quotas(body) == []


def test_quotas_long_text_without_full_stops_stays_fast():
    import time

    clause = (
        "tặng Bằng khen của Chủ tịch UBND tỉnh cho mỗi đơn vị lựa chọn 01 tập thể và 02 cá nhân "
        "có giá trị từ 75 triệu đồng trước ngày 30/11/2021 "
    )
    started = time.monotonic()
    found = _quotas(clause * 300)
    assert len(found) == 600
    assert time.monotonic() - started < 30  # quadratic scans took minutes here
