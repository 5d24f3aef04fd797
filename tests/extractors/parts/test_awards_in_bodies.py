"""Award forms written in the running text of directives, guidance letters and union plans."""

from __future__ import annotations

import pytest

from extractors.parts import awards
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox.award_catalogue import find_mentions

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 07/CT-UBND\n\nGia Lai, ngày 11 tháng 3 năm 2025\n\n"


def _forms(type_word: str, title: str, body: str) -> list[str]:
    doc = parse(repair(f"{HEADER}{type_word}\n{title}\n\n{body}\n").text)
    found = awards.extract(doc)
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.quote
    return [f.form for f in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # conferrer first, several in one clause, no award section
            "1. Các sở, ngành đẩy mạnh phong trào thi đua yêu nước.\n\n2. Hội đồng Thi đua -"
            " Khen thưởng tỉnh lựa chọn tập thể tiêu biểu đề nghị Chính phủ tặng Cờ thi đua,"
            " Thủ tướng Chính phủ tặng Bằng khen; Ủy ban nhân dân tỉnh tặng Cờ thi đua cho"
            " tập thể dẫn đầu khối thi đua.",
            ["co_thi_dua_chinh_phu", "bang_khen_thu_tuong", "co_thi_dua_tinh"],
        ),
        (  # titles listed after "danh hiệu", an award joined by "và" to one given
            "1. Tổ chức phong trào thi đua trong các đơn vị.\n\n2. Các đơn vị bình xét danh hiệu"
            " Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động xuất sắc; đề nghị Bộ"
            " trưởng Bộ Y tế tặng Bằng khen và Kỷ niệm chương “Vì sức khỏe nhân dân”.",
            [
                "lao_dong_tien_tien",
                "chien_si_thi_dua_co_so",
                "tap_the_lao_dong_xuat_sac",
                "bang_khen_bo_nganh",
                "ky_niem_chuong",
            ],
        ),
        (  # "đề nghị (khen thưởng) <award>": the award proposed
            "1. Sở Nội vụ lấy ý kiến Nhân dân.\n\n2. Hồ sơ đề nghị khen thưởng Huân chương Lao"
            " động hạng Ba cho 02 tập thể; đề nghị Bằng khen của Thủ tướng Chính phủ cho 01 cá"
            " nhân. Các tập thể đã được khen thưởng Huân chương Độc lập không đề nghị lại.",
            ["huan_chuong_lao_dong", "bang_khen_thu_tuong"],
        ),
    ],
)
def test_awards_given_in_the_running_text_of_a_directive(body: str, expected: list[str]) -> None:
    assert _forms("CHỈ THỊ", "Về đẩy mạnh phong trào thi đua năm 2025", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # received before, or the award of a cited decision: not offered
        "1. Năm 2024, tỉnh đã được Chính phủ tặng Cờ thi đua, nhiều tập thể được Thủ tướng"
        " Chính phủ tặng Bằng khen.\n\n2. Các sở, ngành tiếp tục phát huy.",
        "1. Thực hiện Quyết định số 15/QĐ-UBND về việc tặng Bằng khen năm 2024.\n\n"
        "2. Các đơn vị tiếp tục phát huy.",
        # an award named in passing, not given
        "1. Nhiều tập thể đạt danh hiệu Tập thể lao động xuất sắc năm 2024.\n\n2. Phát huy.",
    ],
)
def test_awards_in_the_running_text_received_or_cited_are_not_offered(body: str) -> None:
    assert _forms("CHỈ THỊ", "Về công tác thi đua năm 2025", body) == []


def test_awards_listed_under_a_heading_that_names_the_titles_to_award() -> None:
    body = (
        "I. ĐÁNH GIÁ\nCác đơn vị đánh giá kết quả phong trào thi đua.\n\n"
        "II. XÉT TẶNG DANH HIỆU THI ĐUA\n1. Danh hiệu Lao động tiên tiến, Tập thể lao động tiên"
        " tiến do Thủ trưởng cơ quan xét tặng.\n2. Cờ thi đua của Ủy ban nhân dân tỉnh xét tặng"
        " cho tập thể dẫn đầu khối thi đua.\n"
    )
    assert _forms("HƯỚNG DẪN", "Tổng kết công tác thi đua năm 2025", body) == [
        "lao_dong_tien_tien",
        "tap_the_lao_dong_tien_tien",
        "co_thi_dua_tinh",
    ]


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        (
            "Cờ thi đua của Tổng LĐLĐ Việt Nam cho công đoàn cơ sở",
            "co_thi_dua_tinh",
            "Tổng LĐLĐ Việt Nam",
        ),
        ("Cờ thi đua của LĐLĐ tỉnh cho công đoàn cơ sở", "other", "LĐLĐ tỉnh"),
        ("Giấy khen của BCH CĐCS cho đoàn viên", "giay_khen", "BCH CĐCS"),
        ("đề nghị BCH Tổng Liên đoàn tặng Bằng khen", "bang_khen_bo_nganh", "BCH Tổng Liên đoàn"),
    ],
)
def test_award_catalogue_union_conferrers_by_their_letters(
    text: str, form: str, conferrer: str
) -> None:
    found = [m for m in find_mentions(text) if m.head]
    assert [(m.form, m.conferrer) for m in found] == [(form, conferrer)]


def test_award_catalogue_union_letters_unknown_stay_unresolved() -> None:
    # "LĐ" alone names no body: the flag's id stays unknown
    assert [m.form for m in find_mentions("Cờ thi đua của LĐ tỉnh")] == [None]


def test_awards_given_outside_the_award_sections_of_a_plan_are_added() -> None:
    body = (
        "I. KẾT QUẢ NĂM 2024\nNăm 2024, tỉnh đã được Thủ tướng Chính phủ tặng Bằng khen.\n\n"
        "II. HÌNH THỨC KHEN THƯỞNG\n1. Giấy khen của Chủ tịch Ủy ban nhân dân huyện.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\nCuối đợt, Hội đồng lựa chọn tập thể tiêu biểu đề nghị Chủ tịch"
        " nước tặng Huân chương Lao động hạng Ba.\n"
    )
    # the Bằng khen received in 2024 is not offered; the order proposed in III is
    assert _forms("KẾ HOẠCH", "Thi đua năm 2025", body) == ["giay_khen", "huan_chuong_lao_dong"]


@pytest.mark.parametrize(
    ("text", "form", "conferrer"),
    [
        ("Bằng khen toàn diện của Chủ tịch UBND tỉnh", "bang_khen_tinh", "Chủ tịch UBND tỉnh"),
        ("Bằng khen chuyên đề của Chủ tịch UBND tỉnh", "bang_khen_tinh", "Chủ tịch UBND tỉnh"),
        (
            "Cờ thi đua xuất sắc của Tổng LĐLĐ Việt Nam",
            "co_thi_dua_tinh",
            "Tổng LĐLĐ Việt Nam",
        ),
        # a kind word without "của": no conferrer, no id
        ("Bằng khen toàn diện cho tập thể", None, None),
    ],
)
def test_award_catalogue_conferrer_past_a_kind_word(
    text: str, form: str | None, conferrer: str | None
) -> None:
    found = find_mentions(text)
    assert [(m.form, m.conferrer) for m in found] == [(form, conferrer)]


REGULATION = (
    "CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC PHÚ YÊN\n\nQUY CHẾ\nThi đua, khen thưởng của Công ty\n"
    "(Ban hành kèm theo Quyết định số 46/QĐ-CTN ngày 12 tháng 01 năm 2024 của Tổng Giám đốc)\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định danh hiệu thi"
    " đua, hình thức khen thưởng trong Công ty.\n\n{articles}\n\nTỔNG GIÁM ĐỐC\n\nLê Quang Vinh\n"
)


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        (  # an article lists the forms, one per item; the outline runs its last item on
            "Điều 4. Danh hiệu thi đua\na) Danh hiệu “Lao động tiên tiến”.\n\nĐiều 6. Hình thức"
            " khen thưởng\n1. Giấy khen của Tổng Giám đốc Công ty.\n2. Bằng khen của Ban Chấp"
            " hành Liên đoàn Lao động tỉnh (do Công đoàn Công ty đề nghị).\n\nĐiều 7. Số lượng"
            "\n1. Tổng Giám đốc xét khen thưởng hằng năm.",
            ["lao_dong_tien_tien", "giay_khen", "other"],
        ),
        (  # the titles of "Danh hiệu thi đua", then the forms on the article's own line
            'Điều 4. Danh hiệu thi đua\na) Danh hiệu "Lao động tiên tiến";\nb) Danh hiệu'
            ' "Tập thể lao động xuất sắc".\n\nĐiều 5. Hình thức khen thưởng: Giấy khen của'
            " Tổng Giám đốc Công ty.",
            ["lao_dong_tien_tien", "tap_the_lao_dong_xuat_sac", "giay_khen"],
        ),
        (  # negative: an article on another subject names an award received before
            "Điều 3. Nguyên tắc\nCá nhân đã được tặng Bằng khen của Ban Chấp hành Liên đoàn Lao"
            " động tỉnh không được đề nghị lại trong năm.",
            [],
        ),
    ],
)
def test_awards_listed_in_a_regulations_articles(articles: str, expected: list[str]) -> None:
    doc = parse(repair(REGULATION.format(articles=articles)).text)
    found = awards.extract(doc)
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.quote
    assert [f.form for f in found] == expected


SCHOOL = (
    "PHÒNG GD&ĐT HUYỆN KIẾN XƯƠNG\nTRƯỜNG TIỂU HỌC VŨ AN\n\nSố: 12/KH-THVA\n\nVũ An, ngày 20 tháng"
    " 9 năm 2024\n\nKẾ HOẠCH\nThi đua năm học 2024 - 2025\n\nCăn cứ Thông tư số 21/2020/TT-BGDĐT"
    " ngày 31/7/2020 của Bộ Giáo dục và Đào tạo;\n\nTrường Tiểu học Vũ An xây dựng kế hoạch như"
    " sau:\n\n{body}\n\nHIỆU TRƯỞNG\n\nNguyễn Thị An\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the titles a school's units aim at, in its targets: offered
            "II. CHỈ TIÊU THI ĐUA\n1. Tập thể: Nhà trường phấn đấu đạt danh hiệu Tập thể lao động"
            " xuất sắc; 02 tổ đạt danh hiệu Tập thể lao động tiên tiến.\n2. Cá nhân: 100% giáo viên"
            " đăng ký danh hiệu Lao động tiên tiến; 04 đồng chí đạt Chiến sĩ thi đua cơ sở.",
            [
                "tap_the_lao_dong_xuat_sac",
                "tap_the_lao_dong_tien_tien",
                "lao_dong_tien_tien",
                "chien_si_thi_dua_co_so",
            ],
        ),
        (  # what the school reached last year is not offered; what it keeps aiming at is
            "II. MỤC TIÊU\nNăm học 2023 - 2024 nhà trường đã đạt danh hiệu Tập thể lao động xuất"
            " sắc và Cờ thi đua của Ủy ban nhân dân tỉnh. Năm học này phấn đấu giữ vững danh hiệu"
            " Tập thể lao động xuất sắc.",
            ["tap_the_lao_dong_xuat_sac"],
        ),
    ],
)
def test_awards_a_units_targets_offer_their_titles(body: str, expected: list[str]) -> None:
    doc = parse(repair(SCHOOL.format(body=body)).text)
    assert [f.form for f in awards.extract(doc)] == expected


def test_awards_a_press_reports_reached_titles_are_not_offered() -> None:
    text = (
        "Trường Tiểu học Vũ An tổng kết năm học\n12/06/2024 09:30\n\nSáng 10/6, Trường Tiểu học"
        " Vũ An tổ chức tổng kết năm học. Năm học qua, nhà trường có 30 giáo viên đạt danh hiệu"
        " Lao động tiên tiến, 05 đồng chí đạt Chiến sĩ thi đua cơ sở.\n\nThu Hà\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    assert awards.extract(doc) == []
