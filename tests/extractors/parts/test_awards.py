from __future__ import annotations

import json

import pytest

from extractors.model import Span
from extractors.parts import awards
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox.award_catalogue import find_mentions, load_catalogue, recipient_kind_of


def _doc(body: str, news: bool = False):
    text = body if news else f"KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\n{body}\n"
    return parse(repair(text).text)


def _forms(body: str, news: bool = False):
    doc = _doc(body, news)
    found = awards.extract(doc)
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.quote
    return found


LIST = """I. MỤC ĐÍCH

Kịp thời biểu dương, nhân rộng điển hình như đã tặng Bằng khen của Thủ tướng Chính phủ năm 2020.

II. HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG

1. Hình thức khen thưởng

- Huân chương Lao động hạng Ba.
- BKTTCP.
- Cờ thi đua của UBND tỉnh.
- Danh hiệu Chiến sĩ thi đua cấp tỉnh.
- Lao động tiên tiến.
- Giấy khen của Giám đốc Sở Y tế.

2. Tiêu chuẩn

- Cờ thi đua của UBND tỉnh: Tặng cho tập thể dẫn đầu Khối thi đua.

3. Số lượng

- Huân chương Lao động hạng Ba: Hội đồng xét chọn 01 tập thể đề nghị Chủ tịch nước tặng Huân chương.
"""


def test_awards_from_the_list_with_labels_conferrers_and_standards():
    found = _forms(LIST)
    assert [(f.form, f.label, f.conferrer) for f in found] == [
        ("huan_chuong_lao_dong", "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
        ("bang_khen_thu_tuong", "BKTTCP", "Thủ tướng Chính phủ"),
        ("co_thi_dua_tinh", "Cờ thi đua của UBND tỉnh", "UBND tỉnh"),
        ("chien_si_thi_dua_tinh", "Chiến sĩ thi đua cấp tỉnh", None),
        ("lao_dong_tien_tien", "Lao động tiên tiến", None),
        ("giay_khen", "Giấy khen của Giám đốc Sở Y tế", "Giám đốc Sở Y tế"),
    ]
    assert found[2].standard == "Tặng cho tập thể dẫn đầu Khối thi đua."
    assert found[0].evidence.section == "II.1"


@pytest.mark.parametrize(
    ("body", "news", "expected"),
    [
        (
            "IV. KHEN THƯỞNG:\n\nCác đơn vị chủ động lựa chọn tập thể, cá nhân để đề nghị Chủ "
            "tịch Liên hiệp hội tặng Giấy khen, Chủ tịch UBND tỉnh tặng Bằng khen hoặc các hình "
            "thức khen cao khác.",
            False,
            [
                ("giay_khen", "Giấy khen", "Chủ tịch Liên hiệp hội"),
                ("bang_khen_tinh", "Bằng khen", "Chủ tịch UBND tỉnh"),
            ],
        ),
        (
            "III. THI ĐUA, KHEN THƯỞNG\n\nCuối năm, Giám đốc Sở Y tế tặng Giấy khen cho các tập "
            "thể tiêu biểu.",
            False,
            [("giay_khen", "Giấy khen", "Giám đốc Sở Y tế")],
        ),
        (
            "Quảng Nam: phát động thi đua\n\nUBND tỉnh vừa ban hành kế hoạch. Tặng Bằng khen của "
            "Chủ tịch Ủy ban nhân dân tỉnh cho tập thể, cá nhân xuất sắc; tặng Giấy khen của "
            "Giám đốc Sở Nội vụ cho cá nhân.",
            True,
            [
                (
                    "bang_khen_tinh",
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "Chủ tịch UBND tỉnh",
                ),
                ("giay_khen", "Giấy khen của Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ"),
            ],
        ),
    ],
)
def test_awards_in_prose(body, news, expected):
    assert [(f.form, f.label, f.conferrer) for f in _forms(body, news)] == expected


def test_awards_listed_several_to_an_item_and_conferred_in_the_item():
    body = (
        "III. HÌNH THỨC KHEN THƯỞNG\n\n"
        "a) Huân chương Lao động hạng Ba: đề nghị Chủ tịch nước tặng 01 tập thể.\n\n"
        'b) Danh hiệu "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở" và "Tập thể lao động '
        'xuất sắc" xét theo kết quả cuối năm.\n\n'
        "c) Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể tiêu biểu.\n\n"
        "d) Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh: 05 tập thể.\n\n"
        "e) Cờ thi đua của Ủy ban nhân dân thành phố tặng các tập thể dẫn đầu."
    )
    assert [(f.form, f.label, f.conferrer) for f in _forms(body)] == [
        ("huan_chuong_lao_dong", "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
        ("lao_dong_tien_tien", "Lao động tiên tiến", None),
        ("chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở", None),
        ("tap_the_lao_dong_xuat_sac", "Tập thể lao động xuất sắc", None),
        ("bang_khen_thu_tuong", "Bằng khen", "Thủ tướng Chính phủ"),
        # a provincial union's Bằng khen is none of the schema's Bằng khen ids
        (
            "other",
            "Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh",
            "Ban Chấp hành Liên đoàn Lao động tỉnh",
        ),
        ("co_thi_dua_tinh", "Cờ thi đua của Ủy ban nhân dân thành phố", "UBND thành phố"),
    ]


def test_awards_grouped_by_level_after_a_colon():
    body = (
        "III. HÌNH THỨC KHEN THƯỞNG\n\n"
        "a) Cấp Nhà nước: Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng Chính phủ.\n\n"
        "b) Cấp tỉnh: Cờ thi đua của UBND tỉnh; Bằng khen của Chủ tịch UBND tỉnh."
    )
    assert [(f.form, f.label) for f in _forms(body)] == [
        ("huan_chuong_lao_dong", "Huân chương Lao động hạng Ba"),
        ("bang_khen_thu_tuong", "Bằng khen của Thủ tướng Chính phủ"),
        ("co_thi_dua_tinh", "Cờ thi đua của UBND tỉnh"),
        ("bang_khen_tinh", "Bằng khen của Chủ tịch UBND tỉnh"),
    ]


def test_awards_received_before_are_not_offered_in_an_article():
    text = (
        "Quảng Nam phát động thi đua\n\nUBND tỉnh vừa ban hành kế hoạch. Năm 2020, tỉnh đã được "
        "Chính phủ tặng Cờ thi đua và được tặng Bằng khen của Thủ tướng Chính phủ. Kế hoạch "
        "tặng Giấy khen của Giám đốc Sở Nội vụ cho cá nhân xuất sắc; tập thể tiêu biểu được đề "
        "nghị tặng Bằng khen của Chủ tịch UBND tỉnh."
    )
    assert [f.form for f in _forms(text, news=True)] == ["giay_khen", "bang_khen_tinh"]


def test_awards_named_in_passing_are_not_offered():
    body = (
        "I. MỤC ĐÍCH\n\nPhát huy thành tích đơn vị đã được tặng Bằng khen của Chủ tịch UBND "
        "tỉnh và Huân chương Lao động hạng Nhì.\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai."
    )
    assert _forms(body) == []


@pytest.mark.parametrize(
    ("text", "form", "label"),
    [
        ("đề nghị Thủ tướng Chính phủ tặng Bằng khen.", "bang_khen_thu_tuong", "Bằng khen"),
        ("tặng Bằng khen cấp tỉnh cho 5 tập thể", "bang_khen_tinh", "Bằng khen cấp tỉnh"),
        (
            "Bằng khen của Bộ trưởng Bộ Y tế",
            "bang_khen_bo_nganh",
            "Bằng khen của Bộ trưởng Bộ Y tế",
        ),
        (
            "Cờ thi đua của Bộ Công an cho 01 tập thể",
            "co_thi_dua_tinh",
            "Cờ thi đua của Bộ Công an",
        ),
        ("Cờ thi đua của Chính phủ", "co_thi_dua_chinh_phu", "Cờ thi đua của Chính phủ"),
        ("Chiến sĩ thi đua cơ sở", "chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở"),
        ("Tập thể lao động xuất sắc", "tap_the_lao_dong_xuat_sac", "Tập thể lao động xuất sắc"),
        (
            "Huân chương Chiến công hạng Ba",
            "huan_chuong_chien_cong",
            "Huân chương Chiến công hạng Ba",
        ),
    ],
)
def test_award_catalogue_mentions(text, form, label):
    (m,) = find_mentions(text)
    assert (m.form, text[m.start : m.end]) == (form, label)


def test_award_catalogue_ids_are_the_schema_enum(schema):
    enum = schema["$defs"]["award_id"]["enum"]
    assert sorted(load_catalogue().ids) == sorted(enum)
    assert json.dumps(enum)  # the schema lists them


@pytest.mark.parametrize(
    ("text", "form", "label"),
    [
        ("xét tặng danh hiệu LĐTT cho cá nhân", "lao_dong_tien_tien", "LĐTT"),
        ("danh hiệu TTLĐXS", "tap_the_lao_dong_xuat_sac", "TTLĐXS"),
        ("danh hiệu TTLĐTT", "tap_the_lao_dong_tien_tien", "TTLĐTT"),
        ("đạt CSTĐ cơ sở 03 lần", "chien_si_thi_dua_co_so", "CSTĐ cơ sở"),
        ("Chiến sĩ thi đua toàn quân", "chien_si_thi_dua_tinh", "Chiến sĩ thi đua toàn quân"),
        (
            "Chiến sĩ thi đua toàn lực lượng Công an nhân dân",
            "chien_si_thi_dua_tinh",
            "Chiến sĩ thi đua toàn lực lượng Công an nhân dân",
        ),
        ("Cờ thi đua UBND tỉnh", "co_thi_dua_tinh", "Cờ thi đua UBND tỉnh"),
        ("Bằng khen UBND tỉnh", "bang_khen_tinh", "Bằng khen UBND tỉnh"),
        ("Huân chương Độc lập hạng Ba", "huan_chuong_doc_lap", "Huân chương Độc lập hạng Ba"),
    ],
)
def test_award_catalogue_abbreviations_and_titles(text, form, label):
    (m,) = find_mentions(text)
    assert (m.form, text[m.start : m.end]) == (form, label)


@pytest.mark.parametrize("text", ["LĐTTX", "xLĐTT", "BKTTCPs"])
def test_award_catalogue_abbreviations_only_as_whole_words(text):
    assert find_mentions(text) == []


GROUPED = """IV. HÌNH THỨC, TIÊU CHUẨN VÀ SỐ LƯỢNG KHEN THƯỞNG

1. Khen thưởng cấp Nhà nước

a) Huân chương Độc lập hạng Ba, Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba: xét đề nghị Chủ tịch nước tặng cho tập thể, cá nhân.

b) Cờ thi đua của Chính phủ: xét chọn hai tập thể trong số các tập thể được tặng Cờ thi đua của Ủy ban nhân dân tỉnh.

2. Khen thưởng của bộ, ngành Trung ương

Các cơ quan chủ động đề nghị Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo, Bằng khen của Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam và Kỷ niệm chương theo hướng dẫn.

3. Danh hiệu thi đua

Cuối năm bình xét danh hiệu “Đơn vị quyết thắng”, “Đơn vị tiên tiến”, cụ thể:

- Danh hiệu “Chiến sĩ thi đua cơ sở”: mỗi đơn vị bình xét từ 5-10 cá nhân đạt danh hiệu “Chiến sĩ tiên tiến”.

- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 21 tập thể.
"""


def test_awards_listed_under_groups_in_headings_and_running_text():
    assert [(f.form, f.label, f.conferrer) for f in _forms(GROUPED)] == [
        ("huan_chuong_doc_lap", "Huân chương Độc lập hạng Ba", "Chủ tịch nước"),
        (
            "huan_chuong_lao_dong",
            "Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba",
            "Chủ tịch nước",
        ),
        ("co_thi_dua_chinh_phu", "Cờ thi đua của Chính phủ", "Chính phủ"),
        (
            "bang_khen_bo_nganh",
            "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo",
            "Bộ trưởng Bộ Giáo dục và Đào tạo",
        ),
        ("ky_niem_chuong", "Kỷ niệm chương", None),
        ("don_vi_quyet_thang", "Đơn vị quyết thắng", None),
        ("don_vi_tien_tien", "Đơn vị tiên tiến", None),
        ("chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở", None),
        ("giay_khen", "Giấy khen", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    ]


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        ("Anh hùng Lực lượng vũ trang nhân dân", "danh_hieu_vinh_du_nha_nuoc", None),
        ("Nhà giáo ưu tú", "danh_hieu_vinh_du_nha_nuoc", None),
        ("Thầy thuốc ưu tú", "danh_hieu_vinh_du_nha_nuoc", None),
        ("Huy chương Vì an ninh Tổ quốc", "huy_chuong", None),
        (
            "Bằng khen của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "bang_khen_bo_nganh",
            "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        (
            "Bằng khen của Thống đốc Ngân hàng Nhà nước Việt Nam",
            "bang_khen_bo_nganh",
            "Thống đốc Ngân hàng Nhà nước Việt Nam",
        ),
        # a provincial mass organisation's Bằng khen is none of the schema's ids
        ("Bằng khen của Ban Thường vụ Tỉnh đoàn", "other", "Ban Thường vụ Tỉnh đoàn"),
    ],
)
def test_award_catalogue_state_titles_and_central_conferrers(text, form, conferrer):
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer, text[m.start : m.end]) == (form, conferrer, text)


def test_award_catalogue_kind_of_titles():
    assert recipient_kind_of("co_thi_dua_tinh") == "tap_the"
    assert recipient_kind_of("don_vi_quyet_thang") == "tap_the"
    assert recipient_kind_of("chien_si_thi_dua_co_so") == "ca_nhan"
    assert recipient_kind_of("bang_khen_tinh") is None


def test_awards_titles_offered_by_name_in_prose():
    body = (
        "IV. KHEN THƯỞNG\n\nCuối năm, các đơn vị bình xét danh hiệu “Lao động tiên tiến”, “Chiến "
        "sĩ thi đua cơ sở” và đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể tiêu biểu. "
        "Các đơn vị đã đạt danh hiệu “Tập thể lao động xuất sắc” năm trước được ưu tiên."
    )
    assert [(f.form, f.conferrer) for f in _forms(body)] == [
        ("lao_dong_tien_tien", None),
        ("chien_si_thi_dua_co_so", None),
        ("bang_khen_tinh", "Chủ tịch UBND tỉnh"),
    ]


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        (
            "- Bằng khen: do Chủ tịch UBND tỉnh tặng cho tập thể",
            "bang_khen_tinh",
            "Chủ tịch UBND tỉnh",
        ),
        ("Giấy khen (do Giám đốc Sở Y tế tặng)", "giay_khen", "Giám đốc Sở Y tế"),
        (
            "- Cờ thi đua: do Thủ tướng Chính phủ tặng",
            "co_thi_dua_chinh_phu",
            "Thủ tướng Chính phủ",
        ),
        ("Bằng khen do đơn vị đề nghị", None, None),  # "do" a proposer, not a giver
    ],
)
def test_award_catalogue_giver_after_the_head(text, form, conferrer):
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer) == (form, conferrer)


def test_awards_label_stops_before_a_count_in_brackets():
    body = (
        "IV. HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG\n\n1. Đối với tập thể: Cờ thi đua của UBND tỉnh "
        "(02 cờ); Bằng khen của Chủ tịch UBND tỉnh (10 tập thể)."
    )
    assert [(f.form, f.label) for f in _forms(body)] == [
        ("co_thi_dua_tinh", "Cờ thi đua của UBND tỉnh"),
        ("bang_khen_tinh", "Bằng khen của Chủ tịch UBND tỉnh"),
    ]


@pytest.mark.parametrize(
    ("text", "form", "label"),
    [
        ("Giấy khen Giám đốc Sở Y tế", "giay_khen", "Giấy khen Giám đốc Sở Y tế"),
        (
            "Bằng khen Tổng Liên đoàn Lao động Việt Nam",
            "bang_khen_bo_nganh",
            "Bằng khen Tổng Liên đoàn Lao động Việt Nam",
        ),
        ("Bằng khen Bộ trưởng Bộ Y tế", "bang_khen_bo_nganh", "Bằng khen Bộ trưởng Bộ Y tế"),
        # words after the head that name no conferrer stay out of the label
        ("Giấy khen các cấp", "giay_khen", "Giấy khen"),
        ("tặng Bằng khen cho 05 tập thể", None, "Bằng khen"),
    ],
)
def test_award_catalogue_conferrer_without_cua(text, form, label):
    (m,) = find_mentions(text)
    assert (m.form, text[m.start : m.end]) == (form, label)


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        (
            "Theo kế hoạch, Chủ tịch UBND tỉnh sẽ tặng Bằng khen",
            "bang_khen_tinh",
            "Chủ tịch UBND tỉnh",
        ),
        (
            "Chủ tịch UBND tỉnh quyết định trao tặng Bằng khen",
            "bang_khen_tinh",
            "Chủ tịch UBND tỉnh",
        ),
        ("Giám đốc Sở Y tế cũng tặng Giấy khen", "giay_khen", "Giám đốc Sở Y tế"),
        ("đơn vị đã được tặng Bằng khen", None, None),  # received: no giver
    ],
)
def test_award_catalogue_giver_before_with_modal_words(text, form, conferrer):
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer) == (form, conferrer)


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        (  # "và" inside a ministry's name is no boundary before the giver
            "Khi tổng kết, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn tặng Bằng khen",
            "bang_khen_bo_nganh",
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
        ),
        (
            "Sở đề nghị Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen",
            "bang_khen_bo_nganh",
            "Bộ trưởng Bộ Giáo dục và Đào tạo",
        ),
        (  # … but it still parts two givers
            "các Sở, ngành và Chủ tịch UBND huyện tặng Giấy khen",
            "giay_khen",
            "Chủ tịch UBND huyện",
        ),
        ("các tập thể và cá nhân đã được tặng Bằng khen", None, None),  # received
        (  # proposed to the giver: "trình X tặng"
            "lựa chọn 02 tập thể trình Bộ Nông nghiệp và Phát triển nông thôn tặng Bằng khen",
            "bang_khen_bo_nganh",
            "Bộ Nông nghiệp và Phát triển nông thôn",
        ),
    ],
)
def test_award_catalogue_giver_named_with_and(text, form, conferrer):
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer) == (form, conferrer)


AWARD_SECTION = """I. MỤC ĐÍCH, YÊU CẦU

1. Động viên cán bộ, công chức hoàn thành nhiệm vụ.

III. KHEN THƯỞNG

1. Danh hiệu "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở" được xét tặng theo quy định.

2. Giám đốc Sở tặng Giấy khen cho 05 tập thể, 10 cá nhân có thành tích xuất sắc.

3. Sở lựa chọn 01 tập thể và 02 cá nhân tiêu biểu nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.
{extra}
IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là thường trực.
"""


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            "",
            [
                ("lao_dong_tien_tien", "Lao động tiên tiến"),
                ("chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở"),
                ("giay_khen", "Giấy khen"),
                ("bang_khen_tinh", "Bằng khen"),
            ],
        ),
        # an award received before, or the award of a cited document, is not offered
        (
            "\n4. Thực hiện Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh về việc tặng "
            "Cờ thi đua của Chính phủ cho các đơn vị.\n",
            [
                ("lao_dong_tien_tien", "Lao động tiên tiến"),
                ("chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở"),
                ("giay_khen", "Giấy khen"),
                ("bang_khen_tinh", "Bằng khen"),
            ],
        ),
        (
            "\n4. Ưu tiên các tập thể đã được tặng Cờ thi đua của Chính phủ năm 2024.\n",
            [
                ("lao_dong_tien_tien", "Lao động tiên tiến"),
                ("chien_si_thi_dua_co_so", "Chiến sĩ thi đua cơ sở"),
                ("giay_khen", "Giấy khen"),
                ("bang_khen_tinh", "Bằng khen"),
            ],
        ),
    ],
)
def test_awards_given_in_the_running_text_of_the_whole_award_section(extra, expected):
    found = _forms(AWARD_SECTION.format(extra=extra))
    assert [(f.form, f.label) for f in found] == expected
    assert [f.evidence.quote for f in found] == [label for _, label in expected]


LIST_AND_PROSE = """II. KHEN THƯỞNG

1. Hình thức khen thưởng: Danh hiệu "Tập thể lao động tiên tiến".

2. Số lượng

Giám đốc Sở tặng Giấy khen cho 05 tập thể. Các tập thể đã được tặng Bằng khen của Bộ trưởng năm trước không đề nghị lại.

III. TỔ CHỨC THỰC HIỆN

Đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho đơn vị dẫn đầu phong trào năm trước.
"""


def test_awards_given_beside_the_list_in_the_award_section():
    found = _forms(LIST_AND_PROSE)
    # the list's title, the Giấy khen the award section gives and the Cờ thi đua another
    # section proposes; not the Bằng khen received before
    assert [f.form for f in found] == ["tap_the_lao_dong_tien_tien", "giay_khen", "co_thi_dua_tinh"]
    assert found[1].evidence.quote == "Giấy khen"


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        (
            "Về khen thưởng, hằng năm Chủ tịch UBND tỉnh tặng Bằng khen",
            "bang_khen_tinh",
            "Chủ tịch UBND tỉnh",
        ),
        ("cuối năm Giám đốc Sở Y tế tặng Giấy khen", "giay_khen", "Giám đốc Sở Y tế"),
        # lower-case words only, or a giver who receives: no conferrer
        ("hằng năm các đơn vị tặng Bằng khen", None, None),
        ("hằng năm đã được Chủ tịch UBND tỉnh tặng Bằng khen", None, None),
    ],
)
def test_award_catalogue_giver_before_after_lower_case_words(text, form, conferrer):
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer) == (form, conferrer)


LONG = (
    "Tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể; danh hiệu Nhà giáo ưu tú; "
    "Huân chương Lao động hạng Ba; Cờ thi đua của Chính phủ. "
) * 30


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, len(LONG)), (5, 400), (14, 2000), (100, 101), (37, 3100), (0, 9), (1500, len(LONG) - 3)],
)
def test_award_catalogue_mentions_of_a_span_of_a_long_text_as_of_the_span_alone(start, end):
    # the whole text is scanned once and kept; a span's mentions stay those of the span
    kept = find_mentions(LONG, start, end)
    alone = find_mentions(LONG[start:end])
    assert [(m.form, m.start - start, m.end - start) for m in kept] == [
        (m.form, m.start, m.end) for m in alone
    ]


@pytest.mark.parametrize(
    ("patterns", "lookahead"),
    [
        (
            ["Huân chương Lao động", "(?:Nhà giáo|Thầy thuốc) ưu tú", "BKTTCP"],
            "(?=bkt|huâ|nhà|thầ)",
        ),
        (["L[ĐD]TT", "Cờ thi đua"], "(?=cờ|l)"),
        # a pattern that opens with no letter: no lookahead
        (["Huân chương", r"\d+ năm"], ""),
    ],
)
def test_award_catalogue_openings_of_the_named_patterns(patterns, lookahead):
    from extractors.toolbox.award_catalogue import _openings

    assert _openings(patterns) == lookahead


LIST_AND_QUANTITIES = """II. KHEN THƯỞNG

1. Hình thức khen thưởng

- Danh hiệu "Lao động tiên tiến".
- Giấy khen của Giám đốc Sở.

2. Số lượng khen thưởng

- Giấy khen của Giám đốc Sở: 10 tập thể, 20 cá nhân.
- {item}

III. TỔ CHỨC THỰC HIỆN

Các đơn vị đã được tặng Cờ thi đua của UBND tỉnh năm 2025 tiếp tục phát huy.
"""


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Bằng khen của Chủ tịch UBND tỉnh: 02 tập thể, 03 cá nhân.",
            [
                ("lao_dong_tien_tien", "Lao động tiên tiến"),
                ("giay_khen", "Giấy khen của Giám đốc Sở"),
                ("bang_khen_tinh", "Bằng khen của Chủ tịch UBND tỉnh"),
            ],
        ),
        # an item that opens with no award adds none
        (
            "Các tập thể đã được tặng Bằng khen của Chủ tịch UBND tỉnh năm trước không đề nghị.",
            [
                ("lao_dong_tien_tien", "Lao động tiên tiến"),
                ("giay_khen", "Giấy khen của Giám đốc Sở"),
            ],
        ),
    ],
)
def test_awards_that_items_beside_the_list_open_with(item, expected):
    found = _forms(LIST_AND_QUANTITIES.format(item=item))
    assert [(f.form, f.label) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        (
            "Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam",
            "bang_khen_bo_nganh",
            "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam",
        ),
        (
            "Bằng khen của Ban Thường vụ Trung ương Đoàn",
            "bang_khen_bo_nganh",
            "Ban Thường vụ Trung ương Đoàn",
        ),
        (
            "Bằng khen của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
            "bang_khen_bo_nganh",
            "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        ),
        # the standing bodies of a province's organisations confer no central award
        ("Bằng khen của Ban Thường vụ Tỉnh đoàn", "other", "Ban Thường vụ Tỉnh đoàn"),
        (
            "Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh",
            "other",
            "Ban Chấp hành Liên đoàn Lao động tỉnh",
        ),
    ],
)
def test_award_catalogue_central_mass_organisations_under_their_standing_bodies(
    text, form, conferrer
):
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer) == (form, conferrer)


# --- award names as real plans write them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Chiến sĩ thi đua bộ, ban, ngành, tỉnh", "chien_si_thi_dua_tinh"),
        ("Chiến sỹ thi đua cấp tỉnh", "chien_si_thi_dua_tinh"),
        ("Chiến sỹ thi đua cơ sở", "chien_si_thi_dua_co_so"),
        ("Chiến sỹ thi đua toàn quốc", "chien_si_thi_dua_toan_quoc"),
        ("BK UBND tỉnh", "bang_khen_tinh"),
        ("BK của Chủ tịch UBND tỉnh", "bang_khen_tinh"),
        ("BKTTg", "bang_khen_thu_tuong"),
        ("Cờ thi đua xuất sắc của UBND tỉnh", "co_thi_dua_tinh"),
        ("Cờ thi đua của tỉnh", "co_thi_dua_tinh"),
        ("CTĐ UBND tỉnh", "co_thi_dua_tinh"),
        ("Bằng khen của Ban Thường vụ Tỉnh ủy", "other"),
        ("Bằng khen của Tỉnh ủy", "other"),
        ("Bằng khen của Ủy ban MTTQ Việt Nam tỉnh", "other"),
        ("Giấy khen của Đảng ủy xã", "giay_khen"),
    ],
)
def test_award_catalogue_names_of_real_plans(text: str, form: str) -> None:
    (m,) = find_mentions(text)
    assert (m.form, text[m.start : m.end]) == (form, text)


@pytest.mark.parametrize(
    "text",
    [
        "kiểm tra GK và CK",
        "BK học sinh",
        "Chiến sĩ công an",
        "Cờ đỏ của trường",
        "Lao động công ích",
    ],
)
def test_award_catalogue_ignores_look_alikes(text: str) -> None:
    assert [m.form for m in find_mentions(text) if m.form] == []


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        (  # offered: "sẽ được", "được <giver> tặng", "được xét tặng"
            "Cuối năm, tập thể dẫn đầu sẽ được Chủ tịch UBND huyện tặng Giấy khen; cá nhân "
            "xuất sắc được xét tặng danh hiệu Chiến sỹ thi đua cơ sở.",
            ["giay_khen", "chien_si_thi_dua_co_so"],
        ),
        (  # received before: not offered
            "Năm 2023, huyện đã được Chính phủ tặng Cờ thi đua và đạt danh hiệu Tập thể lao "
            "động xuất sắc. Chủ tịch UBND huyện tặng Giấy khen cho tập thể dẫn đầu.",
            ["giay_khen"],
        ),
    ],
)
def test_awards_prose_offered_or_received(sentence: str, forms: list[str]) -> None:
    text = (
        "KẾ HOẠCH\n\nThi đua năm 2024\n\nI. MỤC ĐÍCH\n\nĐộng viên.\n\n"
        f"II. KHEN THƯỞNG\n\n{sentence}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nTriển khai.\n"
    )
    doc = parse(repair(text).text)
    assert [f.form for f in awards.extract(doc)] == forms


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        ("đề nghị Tư lệnh Quân khu 9 tặng Cờ thi đua", "co_thi_dua_tinh", "Tư lệnh Quân khu 9"),
        (
            "Chủ tịch UBND TP Hải Phòng tặng Bằng khen",
            "bang_khen_tinh",
            "Chủ tịch UBND TP Hải Phòng",
        ),
        ("12 tập thể được tặng Bằng khen", None, None),
    ],
)
def test_award_catalogue_giver_with_a_number_or_a_city_abbreviation(
    text: str, form: str | None, conferrer: str | None
) -> None:
    (m,) = find_mentions(text)
    assert (m.form, m.conferrer) == (form, conferrer)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (  # the giver opens the sentence right under the heading
            "KẾ HOẠCH\n\nThi đua\n\nI. MỤC ĐÍCH\n\nĐộng viên.\n\nII. KHEN THƯỞNG\n\n"
            "Ban Thường vụ Huyện đoàn tặng Bằng khen cho 05 chi đoàn.\n",
            ["other"],
        ),
        (  # no section titled for awards: the items that open with one
            "QUY CHẾ\n\nThi đua của Hội\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n"
            "1. Quy chế này quy định khen thưởng.\n\nChương II\nKHEN\n\nĐiều 2. Các hình thức\n"
            "1. Bằng khen của Ban Chấp hành Hội Cựu chiến binh tỉnh.\n"
            "2. Giấy khen của Ban Thường vụ Hội Cựu chiến binh huyện.\n",
            ["other", "giay_khen"],
        ),
    ],
)
def test_awards_read_where_the_layout_hides_the_section(text: str, forms: list[str]) -> None:
    doc = parse(repair(text).text)
    assert [f.form for f in awards.extract(doc)] == forms


def test_awards_of_a_one_line_text_read_as_header() -> None:
    text = (
        "SỞ Y TẾ HÒA MINH Số: 9/SYT-TCCB V/v hướng dẫn bình xét thi đua Kính gửi: các đơn vị. "
        'Căn cứ Kế hoạch số 3/KH-UBND, Sở hướng dẫn như sau: I. DANH HIỆU danh hiệu "Lao động '
        'tiên tiến". II. HÌNH THỨC 1. Giấy khen của Giám đốc Sở Y tế. 2. Bằng khen của Chủ tịch '
        "UBND tỉnh.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    )
    doc = parse(repair(text).text)
    doc.sections = []
    doc.blocks.header = Span(0, doc.text.index("\n"))  # as a layout that read the line as header
    assert [f.form for f in awards.extract(doc)] == [
        "lao_dong_tien_tien",
        "giay_khen",
        "bang_khen_tinh",
    ]


@pytest.mark.parametrize(
    ("body", "forms"),
    [
        (  # handed out at the reported event: not a form of the reported plan
            "Dịp này, Hội Cựu chiến binh huyện tặng Giấy khen cho 12 tập thể có thành tích. "
            "Kết thúc giai đoạn, Ban Thường vụ Hội Cựu chiến binh tỉnh tặng Bằng khen cho "
            "không quá 03 tập thể mỗi huyện.",
            ["other"],
        ),
        (  # a year before the article's: a review
            "Năm 2023, Chủ tịch UBND huyện tặng Giấy khen cho 24 tập thể. Năm 2024, Chủ tịch "
            "UBND tỉnh tặng Bằng khen cho 01 đơn vị dẫn đầu Cụm.",
            ["bang_khen_tinh"],
        ),
        (  # the same year: offered
            "Năm 2024, Chủ tịch UBND huyện tặng Giấy khen cho các đơn vị dẫn đầu Cụm.",
            ["giay_khen"],
        ),
    ],
)
def test_awards_a_press_report_of_awards_already_given(body, forms):
    text = (
        f"Cụm thi đua số 3 ký kết giao ước thi đua năm 2024\n05/03/2024 09:30\n\n{body}\n\nLê Hà\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    assert [f.form for f in awards.extract(doc)] == forms
