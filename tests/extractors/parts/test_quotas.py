from __future__ import annotations

import pytest

from extractors.model import Blocks, Document, Span
from extractors.parts import quotas
from extractors.segment.structure import parse
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


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (  # two ranges, one per kind, for each commune, ward and special zone
            "- Bằng khen của Chủ tịch UBND tỉnh: mỗi xã, phường, đặc khu lựa chọn từ 02 đến 03 "
            "tập thể và từ 05 đến 07 cá nhân.",
            [
                ("bang_khen_tinh", "tap_the", 2, 3, False, "xã, phường, đặc khu"),
                ("bang_khen_tinh", "ca_nhan", 5, 7, False, "xã, phường, đặc khu"),
            ],
            "mỗi xã, phường, đặc khu lựa chọn từ 02 đến 03 tập thể và từ 05 đến 07 cá nhân",
        ),
        (  # "05 - 07" for one count of both kinds; "tối đa hai mươi mốt"
            "c) Bằng khen UBND tỉnh:\n\n+ Mỗi sở, ban, ngành đề nghị 05 - 07 tập thể, cá nhân;\n\n"
            "+ Mỗi huyện, thành phố đề nghị tối đa hai mươi mốt tập thể, cá nhân;",
            [
                ("bang_khen_tinh", "tap_the_ca_nhan", 5, 7, False, "sở, ban, ngành"),
                ("bang_khen_tinh", "tap_the_ca_nhan", None, 21, False, "huyện, thành phố"),
            ],
            "Mỗi sở, ban, ngành đề nghị 05 - 07 tập thể, cá nhân",
        ),
        (  # the province confers, nobody is said to select: a total of one hundred
            "Ủy ban nhân dân tỉnh tặng Bằng khen cho một trăm cá nhân là người lao động trực tiếp.",
            [("bang_khen_tinh", "ca_nhan", 100, 100, False, None)],
            "Ủy ban nhân dân tỉnh tặng Bằng khen cho một trăm cá nhân",
        ),
        (  # the item's label wins over an award received before, named after the count
            "c) Cờ thi đua của Chính phủ: Hội đồng Thi đua - Khen thưởng tỉnh xét chọn không "
            "vượt quá hai tập thể trong số các tập thể được tặng Cờ thi đua của UBND tỉnh.",
            [("co_thi_dua_chinh_phu", "tap_the", None, 2, False, None)],
            "Hội đồng Thi đua - Khen thưởng tỉnh xét chọn không vượt quá hai tập thể",
        ),
        (  # the army's ministry-level title; "03 lần" is no count
            "- Danh hiệu “Chiến sĩ thi đua toàn quân”: Hội đồng Thi đua - Khen thưởng Bộ Chỉ huy "
            "xét chọn không quá hai cá nhân có 03 lần liên tục đạt danh hiệu “Chiến sĩ thi đua "
            "cơ sở”.",
            [("chien_si_thi_dua_tinh", "ca_nhan", None, 2, False, None)],
            "Hội đồng Thi đua - Khen thưởng Bộ Chỉ huy xét chọn không quá hai cá nhân",
        ),
        (
            "b) Huân chương Bảo vệ Tổ quốc hạng Ba: xét đề nghị tặng cho tập thể, cá nhân thuộc "
            "lực lượng vũ trang; số lượng: 01 tập thể hoặc 01 cá nhân.",
            [("huan_chuong_bao_ve_to_quoc", "tap_the_hoac_ca_nhan", 1, 1, False, None)],
            "01 tập thể hoặc 01 cá nhân",
        ),
        (  # individuals named by what they are, not by "cá nhân"
            "c) Khen thưởng quá trình cống hiến: xét đề nghị tặng Huy chương Chiến sĩ vẻ vang cho "
            "quân nhân có đủ thời gian phục vụ, không quy định số lượng.",
            [("huy_chuong", "ca_nhan", None, None, True, None)],
            "không quy định số lượng",
        ),
        (  # an abbreviation between the label and its colon
            'd) Danh hiệu "Tập thể lao động xuất sắc" (TTLĐXS): xét tặng cho tập thể đạt tiêu '
            "chuẩn, không hạn chế số lượng.",
            [("tap_the_lao_dong_xuat_sac", "tap_the", None, None, True, None)],
            "không hạn chế số lượng",
        ),
        (
            "- Giấy khen của Giám đốc Sở Y tế: khen thưởng cho cá nhân, không hạn chế về số lượng.",
            [("giay_khen", "ca_nhan", None, None, True, None)],
            "không hạn chế về số lượng",
        ),
        (  # "không hạn chế" of a clause without an award is no quota of the earlier one
            "d) Khen thưởng đột xuất: xét đề nghị Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc "
            "hạng Ba cho 01 tập thể; các trường hợp khác khen thưởng theo thẩm quyền, không hạn "
            "chế số lượng.",
            [("huan_chuong_bao_ve_to_quoc", "tap_the", 1, 1, False, None)],
            "xét đề nghị Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho 01 tập thể",
        ),
    ],
)
def test_quotas_variants_values_and_spans(body, expected, quote):
    found = _quotas(body)
    assert _values(found) == expected
    assert found[0].evidence.quote == quote


@pytest.mark.parametrize(
    "body",
    [
        # percentages, years, meetings, households, periods: no quotas
        "- Bằng khen của Chủ tịch UBND tỉnh: bảo đảm 100% đơn vị đăng ký thi đua; tổ chức 02 "
        "hội nghị; mỗi xã hỗ trợ 05 hộ nghèo trong 05 năm của giai đoạn 2021-2025.",
        '- Danh hiệu "Chiến sĩ thi đua cơ sở": tỷ lệ không quá 15% tổng số cá nhân đạt danh '
        'hiệu "Lao động tiên tiến".',
        "- Danh hiệu “Đơn vị quyết thắng”: tỷ lệ không quá 20% tổng số đơn vị đạt danh hiệu "
        "“Đơn vị tiên tiến”.",
        # number words that make no number
        "- Bằng khen của Chủ tịch UBND tỉnh: thu hút hơn trăm tập thể hoặc cá nhân tham gia.",
        # a year or a period before the kind noun
        "Chủ tịch UBND tỉnh tặng Bằng khen tổng kết năm 2025 tập thể, cá nhân xuất sắc.",
        "Tặng Bằng khen của Chủ tịch UBND tỉnh giai đoạn 2021-2025 tập thể tiêu biểu.",
    ],
)
def test_quotas_percentages_periods_and_meetings_are_not_quotas(body):
    assert _quotas(body) == []


def test_quotas_selected_by_a_standing_committee():
    found = _quotas(
        "Ban Thường vụ Tỉnh đoàn xét chọn 10 tập thể, 15 cá nhân đề nghị Trung ương Đoàn tặng "
        "Bằng khen."
    )
    assert [(q.recipient_kind, q.max, q.selected_by) for q in found] == [
        ("tap_the", 10, "Ban Thường vụ Tỉnh đoàn"),
        ("ca_nhan", 15, "Ban Thường vụ Tỉnh đoàn"),
    ]


def test_quotas_table_of_units_takes_its_award_from_the_introduction():
    found = _quotas(
        "b) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh phân bổ cho các Cụm, Khối thi đua như "
        "sau:\n\nSTT\tCụm, Khối thi đua\tTập thể\tCá nhân\n1\tKhối các sở, ban, ngành tỉnh\t03\t05\n"
        "2\tMỗi Cụm thi đua các xã\t05\t-\n"
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 3, 3, False, "Khối các sở, ban, ngành tỉnh"),
        ("bang_khen_tinh", "ca_nhan", 5, 5, False, "Khối các sở, ban, ngành tỉnh"),
        ("bang_khen_tinh", "tap_the", 5, 5, False, "Cụm thi đua các xã"),
    ]


def test_quotas_table_of_units_without_an_award_gives_nothing():
    found = _quotas(
        "b) Phân bổ chỉ tiêu đăng ký thi đua như sau:\n\n"
        "STT\tCụm, Khối thi đua\tTập thể\tCá nhân\n1\tKhối các sở, ban, ngành tỉnh\t03\t05\n"
    )
    assert found == []


def test_quotas_space_aligned_table_of_upper_bounds():
    found = _quotas(
        "c) Khen thưởng chuyên đề chuyển đổi số (số lượng tối đa):\n\n"
        "Hình thức                                      Tập thể      Cá nhân\n"
        "Bằng khen của Chủ tịch UBND tỉnh                    05           10\n"
        "Giấy khen của Giám đốc Sở Khoa học và Công nghệ     10           15\n"
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", None, 5, False, None),
        ("bang_khen_tinh", "ca_nhan", None, 10, False, None),
        ("giay_khen", "tap_the", None, 10, False, None),
        ("giay_khen", "ca_nhan", None, 15, False, None),
    ]


def test_quotas_table_cells_without_a_limit_are_read_once():
    found = _quotas(
        "2. Số lượng khen thưởng\n\nTT\tHình thức khen thưởng\tTập thể\tCá nhân\tGhi chú\n"
        "1\tCờ thi đua của Ủy ban nhân dân tỉnh\t03\t0\tTập thể dẫn đầu\n"
        "2\tGiấy khen của Chủ tịch Ủy ban nhân dân xã, phường\tKhông quy định số lượng\t"
        "Không quy định số lượng\tDo cấp xã quyết định\n"
    )
    assert _values(found) == [
        ("co_thi_dua_tinh", "tap_the", 3, 3, False, None),
        ("giay_khen", "tap_the", None, None, True, None),
        ("giay_khen", "ca_nhan", None, None, True, None),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # items labelled with one unit each
            "2. Số lượng Bằng khen của Chủ tịch UBND tỉnh\n\n"
            "- Cụm thi đua số 1: 02 tập thể và 03 cá nhân;\n\n- Ngành Y tế: 05 tập thể;\n\n"
            "- Số lượng: 01 tập thể.",
            [
                ("bang_khen_tinh", "tap_the", 2, 2, False, "Cụm thi đua số 1"),
                ("bang_khen_tinh", "ca_nhan", 3, 3, False, "Cụm thi đua số 1"),
                ("bang_khen_tinh", "tap_the", 5, 5, False, "Ngành Y tế"),
                ("bang_khen_tinh", "tap_the", 1, 1, False, None),
            ],
        ),
        (  # a label that names the award, not a unit, gives a total
            "- Bằng khen của Chủ tịch UBND tỉnh: 10 tập thể, 15 cá nhân.",
            [
                ("bang_khen_tinh", "tap_the", 10, 10, False, None),
                ("bang_khen_tinh", "ca_nhan", 15, 15, False, None),
            ],
        ),
    ],
)
def test_quotas_unit_labels(body, expected):
    assert _values(_quotas(body)) == expected


def test_quotas_table_with_awards_in_the_header_and_units_in_rows():
    found = _quotas(
        "3. Phân bổ số lượng khen thưởng\n\n"
        "| STT | Đơn vị | Cờ thi đua của UBND tỉnh | Bằng khen của Chủ tịch UBND tỉnh (tập thể) "
        "| Bằng khen của Chủ tịch UBND tỉnh (cá nhân) |\n|---|---|---|---|---|\n"
        "| 1 | Cụm thi đua số 1 | 01 | 03 | 05 |\n| 2 | Khối các sở, ngành | 02 | 04 | - |"
    )
    assert _values(found) == [
        # a Cờ thi đua goes to collectives only
        ("co_thi_dua_tinh", "tap_the", 1, 1, False, "Cụm thi đua số 1"),
        ("bang_khen_tinh", "tap_the", 3, 3, False, "Cụm thi đua số 1"),
        ("bang_khen_tinh", "ca_nhan", 5, 5, False, "Cụm thi đua số 1"),
        ("co_thi_dua_tinh", "tap_the", 2, 2, False, "Khối các sở, ngành"),
        ("bang_khen_tinh", "tap_the", 4, 4, False, "Khối các sở, ngành"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a count column naming no kind: the title's own kind, else both
            "3. Số lượng\n\n| Hình thức | Số lượng |\n|---|---|\n| Cờ thi đua của UBND tỉnh | 05 |\n"
            "| Chiến sĩ thi đua cấp tỉnh | 10 |\n| Bằng khen của Chủ tịch UBND tỉnh | 30 |",
            [
                ("co_thi_dua_tinh", "tap_the", 5, 5, False, None),
                ("chien_si_thi_dua_tinh", "ca_nhan", 10, 10, False, None),
                ("bang_khen_tinh", "tap_the_ca_nhan", 30, 30, False, None),
            ],
        ),
        (
            "3. Phân bổ\n\nBằng khen của Chủ tịch UBND tỉnh:\n\n| STT | Đơn vị | Số lượng |\n"
            "|---|---|---|\n| 1 | Sở Y tế | 12 |",
            [("bang_khen_tinh", "tap_the_ca_nhan", 12, 12, False, "Sở Y tế")],
        ),
        (  # a count of something else is no quota
            "3. Hồ sơ\n\nBằng khen của Chủ tịch UBND tỉnh:\n\n| STT | Đơn vị | Số lượng hồ sơ |\n"
            "|---|---|---|\n| 1 | Sở Y tế | 12 |",
            [],
        ),
    ],
)
def test_quotas_table_count_columns_without_kind(body, expected):
    assert _values(_quotas(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (  # a count repeated in words, in brackets
            "- Bằng khen của Chủ tịch UBND tỉnh: mỗi huyện lựa chọn 01 (một) tập thể và 02 (hai) "
            "cá nhân.",
            [
                ("bang_khen_tinh", "tap_the", 1, 1, False, "huyện"),
                ("bang_khen_tinh", "ca_nhan", 2, 2, False, "huyện"),
            ],
            "mỗi huyện lựa chọn 01 (một) tập thể và 02 (hai) cá nhân",
        ),
        (
            "- Giấy khen của Giám đốc Sở Y tế: tối đa hai (02) tập thể.",
            [("giay_khen", "tap_the", None, 2, False, None)],
            "tối đa hai (02) tập thể",
        ),
        (  # the unit after a slash; its "01 đơn vị" is no count of its own
            "- Bằng khen của Chủ tịch UBND tỉnh: tối đa 03 tập thể, 05 cá nhân/01 đơn vị.",
            [
                ("bang_khen_tinh", "tap_the", None, 3, False, "đơn vị"),
                ("bang_khen_tinh", "ca_nhan", None, 5, False, "đơn vị"),
            ],
            "tối đa 03 tập thể, 05 cá nhân/01 đơn vị",
        ),
        (  # "/năm" is a period, not a unit
            "- Giấy khen của Giám đốc Sở Y tế: 02 cá nhân/năm và 03 tập thể/Cụm thi đua.",
            [
                ("giay_khen", "ca_nhan", 2, 2, False, None),
                ("giay_khen", "tap_the", 3, 3, False, "Cụm thi đua"),
            ],
            "02 cá nhân",
        ),
    ],
)
def test_quotas_counts_in_brackets_and_units_after_a_slash(body, expected, quote):
    found = _quotas(body)
    assert _values(found) == expected
    assert found[0].evidence.quote == quote


@pytest.mark.parametrize(
    ("body", "per", "selected_by"),
    [
        (  # a named department selects a total
            "Sở Y tế lựa chọn 05 cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.",
            None,
            "Sở Y tế",
        ),
        ("Mỗi sở lựa chọn 02 tập thể đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.", "sở", None),
        (
            "Trên cơ sở kết quả bình xét, Sở Giáo dục và Đào tạo lựa chọn 05 tập thể đề nghị Chủ "
            "tịch UBND tỉnh tặng Bằng khen.",
            None,
            "Sở Giáo dục và Đào tạo",
        ),
        (  # a commune plan: the commune's committee selects
            "Ủy ban nhân dân xã lựa chọn 02 tập thể đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.",
            None,
            "Ủy ban nhân dân xã",
        ),
        (
            "Ủy ban nhân dân các xã, phường lựa chọn 02 tập thể đề nghị Chủ tịch UBND tỉnh tặng "
            "Bằng khen.",
            "xã, phường",
            None,
        ),
    ],
)
def test_quotas_selecting_body_or_unit(body, per, selected_by):
    (q,) = _quotas(body)
    assert (q.per, q.selected_by) == (per, selected_by)


def test_quotas_a_body_named_as_an_example_of_the_units_does_not_select():
    (q,) = _quotas(
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân. Các đơn vị tuyến đầu như "
        "Sở Y tế, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh... bình xét và đề nghị khen thưởng từ "
        "20-35 tập thể, cá nhân."
    )
    assert (q.min, q.max, q.per, q.selected_by) == (20, 35, "đơn vị tuyến đầu", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the kind noun is the award itself
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể. Mỗi Cụm, Khối thi đua được đề "
            "nghị tặng 01 Cờ thi đua của UBND tỉnh.",
            [("co_thi_dua_tinh", "tap_the", 1, 1, False, "Cụm, Khối thi đua")],
        ),
        (  # who confers, said after the head: "Bằng khen: do … tặng"
            "- Bằng khen: do Chủ tịch UBND tỉnh tặng cho 05 tập thể.",
            [("bang_khen_tinh", "tap_the", 5, 5, False, None)],
        ),
    ],
)
def test_quotas_award_named_by_the_count(body, expected):
    assert _values(_quotas(body)) == expected


def test_quotas_table_rows_with_numbers_joined_by_spaces_are_read_once():
    # a docx table after whitespace repair: "1 Cờ thi đua …" is a row number, not "01 Cờ"
    found = _quotas(
        "2. Số lượng khen thưởng\n\nTT Hình thức khen thưởng Tập thể Cá nhân\n"
        "1 Cờ thi đua của Ủy ban nhân dân tỉnh 03 -\n"
        "2 Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh 12 20\n"
    )
    assert _values(found) == [
        ("co_thi_dua_tinh", "tap_the", 3, 3, False, None),
        ("bang_khen_tinh", "tap_the", 12, 12, False, None),
        ("bang_khen_tinh", "ca_nhan", 20, 20, False, None),
    ]


def test_quotas_unit_after_the_verb():
    found = _quotas(
        "Hằng năm, Hội đồng Thi đua - Khen thưởng tỉnh xét, đề nghị Chủ tịch UBND tỉnh tặng Bằng "
        "khen cho mỗi huyện, thị xã, thành phố 02 tập thể và 03 cá nhân; mỗi sở, ngành 01 tập thể."
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 2, 2, False, "huyện, thị xã, thành phố"),
        ("bang_khen_tinh", "ca_nhan", 3, 3, False, "huyện, thị xã, thành phố"),
        ("bang_khen_tinh", "tap_the", 1, 1, False, "sở, ngành"),
    ]


def test_quotas_space_aligned_table_with_numbers_notes_and_unlimited_cells():
    found = _quotas(
        "2. Số lượng khen thưởng\n\n"
        "TT   Hình thức khen thưởng                          Tập thể    Cá nhân    Ghi chú\n"
        "1    Cờ thi đua của Ủy ban nhân dân tỉnh               03         0       Tập thể dẫn đầu\n"
        "2    Giấy khen của Chủ tịch UBND xã, phường     Không quy định số lượng     "
        "Không quy định số lượng     Do cấp xã quyết định\n"
    )
    assert _values(found) == [
        ("co_thi_dua_tinh", "tap_the", 3, 3, False, None),
        ("giay_khen", "tap_the", None, None, True, None),
        ("giay_khen", "ca_nhan", None, None, True, None),
    ]


def test_quotas_space_aligned_rows_need_a_note_column_for_a_note():
    # without "Ghi chú" in the header, a line with words after its counts ends the table
    found = _quotas(
        "2. Số lượng khen thưởng\n\nHình thức khen thưởng     Tập thể    Cá nhân\n"
        "Bằng khen của Chủ tịch UBND tỉnh     10     15\n"
        "Giấy khen của Giám đốc Sở Y tế     20     30     được xét thêm\n"
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 10, 10, False, None),
        ("bang_khen_tinh", "ca_nhan", 15, 15, False, None),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # collectives named by what they are
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 10 doanh nghiệp và 05 đồng chí có thành tích.",
            [
                ("bang_khen_tinh", "tap_the", 10, 10, False, None),
                ("bang_khen_tinh", "ca_nhan", 5, 5, False, None),
            ],
        ),
        (  # the breakdown of a total in brackets is not a quota of its own
            "a) Cờ thi đua của Ủy ban nhân dân thành phố: 03 tập thể (01 sở, ngành; 01 quận, "
            "huyện; 01 doanh nghiệp).",
            [("co_thi_dua_tinh", "tap_the", 3, 3, False, None)],
        ),
        (
            "- Bằng khen của Chủ tịch UBND tỉnh: 03 cá nhân (trong đó 01 cá nhân là người lao "
            "động trực tiếp).",
            [("bang_khen_tinh", "ca_nhan", 3, 3, False, None)],
        ),
        (  # a count in brackets after the award is the quota itself
            "- Bằng khen của Chủ tịch UBND tỉnh (10 tập thể, 15 cá nhân).",
            [
                ("bang_khen_tinh", "tap_the", 10, 10, False, None),
                ("bang_khen_tinh", "ca_nhan", 15, 15, False, None),
            ],
        ),
    ],
)
def test_quotas_kind_nouns_and_breakdowns(body, expected):
    assert _values(_quotas(body)) == expected


@pytest.mark.parametrize(
    ("body", "selected_by"),
    [
        (  # the body that proposes selects; the one that confers does not
            "Tổng kết giai đoạn 2025 - 2030, Ủy ban nhân dân tỉnh xem xét, đề nghị Thủ tướng "
            "Chính phủ tặng Bằng khen cho 03 tập thể.",
            "Ủy ban nhân dân tỉnh",
        ),
        (
            "Bộ Chỉ huy Quân sự tỉnh đề nghị Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho 03 tập "
            "thể.",
            "Bộ Chỉ huy Quân sự tỉnh",
        ),
        ("Ủy ban nhân dân tỉnh tặng Bằng khen cho một trăm cá nhân.", None),
        ("Giám đốc Sở Nội vụ tặng Giấy khen cho 30 tập thể.", None),
    ],
)
def test_quotas_proposer_selects_conferrer_does_not(body, selected_by):
    (q,) = _quotas(body)
    assert (q.per, q.selected_by) == (None, selected_by)


def test_quotas_table_with_the_kind_in_a_cell_of_each_row():
    # a Word table whose award cell is merged down two rows, one row per kind
    found = _quotas(
        "2. Số lượng\n\nHình thức\tĐối tượng\tSố lượng\n"
        "Bằng khen của Chủ tịch UBND tỉnh\tTập thể\t12\n"
        "Bằng khen của Chủ tịch UBND tỉnh\tCá nhân\t20\n"
        "Cờ thi đua của UBND tỉnh\tTập thể\t03\nCờ thi đua của UBND tỉnh\tCá nhân\t0\n"
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", 12, 12, False, None),
        ("bang_khen_tinh", "ca_nhan", 20, 20, False, None),
        ("co_thi_dua_tinh", "tap_the", 3, 3, False, None),
    ]


ARTICLE = (
    "UBND tỉnh phát động phong trào thi đua năm 2026\n\n"
    "Ngày 12/3, UBND tỉnh ban hành Kế hoạch phát động phong trào thi đua.\n\n"
    "Về khen thưởng, hằng năm Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có "
    "thành tích xuất sắc; mỗi huyện, thành phố, thị xã được đề nghị khen thưởng không quá 03 "
    "tập thể và 05 cá nhân. {tail}\n\nPhong trào được tổ chức từ nay đến hết năm 2026.\n"
)


@pytest.mark.parametrize(
    ("tail", "expected", "quotes"),
    [
        (
            "Riêng các doanh nghiệp, nhà hảo tâm không quy định số lượng.",
            [
                ("bang_khen_tinh", "tap_the", None, 3, False, "huyện, thành phố, thị xã"),
                ("bang_khen_tinh", "ca_nhan", None, 5, False, "huyện, thành phố, thị xã"),
                (
                    "bang_khen_tinh",
                    "tap_the_ca_nhan",
                    None,
                    None,
                    True,
                    "doanh nghiệp, nhà hảo tâm",
                ),
            ],
            [
                "mỗi huyện, thành phố, thị xã được đề nghị khen thưởng không quá 03 tập thể và 05 cá nhân",
                "mỗi huyện, thành phố, thị xã được đề nghị khen thưởng không quá 03 tập thể và 05 cá nhân",
                "không quy định số lượng",
            ],
        ),
        (  # no exception word: the unlimited sentence names no award of its own
            "Các doanh nghiệp không quy định số lượng.",
            [
                ("bang_khen_tinh", "tap_the", None, 3, False, "huyện, thành phố, thị xã"),
                ("bang_khen_tinh", "ca_nhan", None, 5, False, "huyện, thành phố, thị xã"),
            ],
            [
                "mỗi huyện, thành phố, thị xã được đề nghị khen thưởng không quá 03 tập thể và 05 cá nhân",
                "mỗi huyện, thành phố, thị xã được đề nghị khen thưởng không quá 03 tập thể và 05 cá nhân",
            ],
        ),
    ],
)
def test_quotas_in_an_article_with_the_giver_after_time_words_and_an_exception(
    tail, expected, quotes
):
    doc = parse(repair(ARTICLE.format(tail=tail)).text)
    assert doc.is_news
    found = quotas.extract(doc)
    assert _values(found) == expected
    assert [q.evidence.quote for q in found] == quotes
    for q in found:
        assert doc.text[q.evidence.start : q.evidence.end] == q.evidence.quote


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (
            "- Bằng khen của Chủ tịch UBND tỉnh: Hội đồng xét chọn 03 tập thể và 05 tập thể khác "
            "có thành tích.",
            [
                ("bang_khen_tinh", "tap_the", 3, 3, False, None),
                ("bang_khen_tinh", "tap_the", 5, 5, False, None),
            ],
            "Hội đồng xét chọn 03 tập thể và 05 tập thể",
        ),
        (  # an upper bound holds for both counts
            "- Bằng khen của Chủ tịch UBND tỉnh: Mỗi huyện lựa chọn không quá 03 tập thể và 05 "
            "tập thể khác.",
            [
                ("bang_khen_tinh", "tap_the", None, 3, False, "huyện"),
                ("bang_khen_tinh", "tap_the", None, 5, False, "huyện"),
            ],
            "Mỗi huyện lựa chọn không quá 03 tập thể và 05 tập thể",
        ),
        (  # one kind named once for two counts: a range, not two quotas
            "- Bằng khen của Chủ tịch UBND tỉnh: Mỗi huyện lựa chọn từ 03 đến 05 tập thể.",
            [("bang_khen_tinh", "tap_the", 3, 5, False, "huyện")],
            "Mỗi huyện lựa chọn từ 03 đến 05 tập thể",
        ),
    ],
)
def test_quotas_the_same_kind_counted_twice(body, expected, quote):
    found = _quotas(body)
    assert _values(found) == expected
    assert {q.evidence.quote for q in found} == {quote}


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "Mỗi huyện chọn 02 tập thể và 03 cá nhân; các tập thể khác, cá nhân khác được xét.",
            ["02 tập thể và 03 cá nhân"],
        ),
        (
            "Hội đồng xét chọn không quá mười lăm cá nhân, từ 5-10 tập thể.",
            ["không quá mười lăm cá nhân, từ 5-10 tập thể"],
        ),
        ("chọn 02 (hai) tập thể và “ba cá nhân”", ["02 (hai) tập thể", "ba cá nhân"]),
        # no count before the kind noun, or a word that only ends like a number word
        ("Các tập thể, cá nhân có thành tích; cho tập thể tiêu biểu.", []),
        ("Ban Khai tập thể phụ trách.", []),
    ],
)
def test_quotas_count_phrases_only_before_a_kind_noun(text, phrases):
    assert [m.group(0) for m in quotas._counts(text, 0, len(text))] == phrases


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (
            "- Cờ thi đua của UBND tỉnh: tặng cho 01 tập thể dẫn đầu mỗi Khối thi đua.",
            [("co_thi_dua_tinh", "tap_the", 1, 1, False, "Khối thi đua")],
            "tặng cho 01 tập thể dẫn đầu mỗi Khối thi đua",
        ),
        (
            "- Bằng khen của Chủ tịch UBND tỉnh: 02 cá nhân xuất sắc nhất của từng trường.",
            [("bang_khen_tinh", "ca_nhan", 2, 2, False, "trường")],
            "02 cá nhân xuất sắc nhất của từng trường",
        ),
        # "mỗi" before what is no unit ("mỗi đợt"): no unit
        (
            "- Bằng khen của Chủ tịch UBND tỉnh: 02 cá nhân có thành tích trong mỗi đợt thi đua.",
            [("bang_khen_tinh", "ca_nhan", 2, 2, False, None)],
            "02 cá nhân",
        ),
    ],
)
def test_quotas_unit_named_after_the_count(body, expected, quote):
    found = _quotas(body)
    assert _values(found) == expected
    assert [q.evidence.quote for q in found] == [quote]


def _news_quotas(body: str):
    text = f"Tin tức\n\nPhát động thi đua năm 2023 ở huyện\n\n{body}\n\nThu Hà\n"
    doc = parse(repair(text).text)
    assert doc.is_news
    found = quotas.extract(doc)
    for q in found:
        assert doc.text[q.evidence.start : q.evidence.end] == q.evidence.quote
    return _values(found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a review's totals, thousands grouped: no quota, and never "215" read from "1.215"
            "Năm 2022, các huyện trong Cụm đã khen thưởng 1.215 tập thể và 2.087 cá nhân; "
            "46 tập thể, 95 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. Kết thúc năm, "
            "Chủ tịch UBND tỉnh tặng Bằng khen cho không quá 02 tập thể dẫn đầu.",
            [("bang_khen_tinh", "tap_the", None, 2, False, None)],
        ),
        (  # "có … được … tặng": received; the second count of the sentence too
            "Năm học vừa qua, toàn ngành có 2.416 cá nhân được Giám đốc Sở tặng Giấy khen "
            "và 87 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.",
            [],
        ),
        (  # the awards handed out at the event an article reports
            "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể và 20 cá nhân có "
            "thành tích xuất sắc.",
            [],
        ),
        (  # offers: to be considered, per unit, bounded, proposed
            "Những tập thể tiêu biểu được xem xét tặng Bằng khen của Chủ tịch UBND tỉnh, "
            "mỗi đơn vị lựa chọn 01 tập thể. Giai đoạn này có 03 tập thể được đề "
            "nghị Thủ tướng Chính phủ tặng Bằng khen.",
            [
                ("bang_khen_tinh", "tap_the", 1, 1, False, "đơn vị"),
                ("bang_khen_thu_tuong", "tap_the", 3, 3, False, None),
            ],
        ),
    ],
)
def test_quotas_awards_already_given_are_no_quotas(body, expected):
    assert _news_quotas(body) == expected


def test_quotas_a_plans_count_after_da_co_thanh_tich_is_still_a_quota():
    found = _quotas(
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đã có thành tích xuất sắc, "
        "không quá 05 tập thể; mỗi huyện có 02 cá nhân được tặng Bằng khen."
    )
    assert _values(found) == [
        ("bang_khen_tinh", "tap_the", None, 5, False, None),
        ("bang_khen_tinh", "ca_nhan", 2, 2, False, "huyện"),
    ]


def test_quotas_a_press_sentence_about_a_past_year_is_a_review():
    text = (
        "Cụm thi đua số 3 ký kết giao ước thi đua năm 2024\nNgày đăng: 05/03/2024 | Lượt xem: "
        "356\n\nNăm 2023, các xã trong Cụm được Chủ tịch UBND huyện tặng Giấy khen cho 24 tập "
        "thể và 57 cá nhân.\n\nNăm 2024, Chủ tịch UBND huyện tặng Giấy khen cho 01 đơn vị dẫn "
        "đầu Cụm.\n\nLê Hà\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    assert _values(quotas.extract(doc)) == [("giay_khen", "tap_the", 1, 1, False, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a preview stripped of its stop words lost the pair's "và": the bound holds both
            "- Giấy khen Ban Thường vụ Hội: mỗi Chi hội đề nghị không quá 02 tập thể 03 cá nhân.",
            [
                ("giay_khen", "tap_the", None, 2, False, "Chi hội"),
                ("giay_khen", "ca_nhan", None, 3, False, "Chi hội"),
            ],
        ),
        (  # a number that counts no recipient after the kind is no second half
            "- Giấy khen Ban Thường vụ Hội: mỗi Chi hội đề nghị không quá 02 tập thể 05 năm liền.",
            [("giay_khen", "tap_the", None, 2, False, "Chi hội")],
        ),
    ],
)
def test_quotas_pair_without_its_conjunction(body, expected):
    assert _values(_quotas(body)) == expected
