"""Award wordings met in unit plans, guidance letters and regulations: registration
tables by abbreviation, the collective "Lao động xuất sắc" named short, the titles a
unit registers for under "ĐĂNG KÝ DANH HIỆU THI ĐUA", forms granted in a regulation's
articles. Made-up text in the layouts of real pages."""

from __future__ import annotations

import pytest

from extractors.parts import awards
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox.award_catalogue import find_mentions


def _forms(text: str) -> list[str]:
    doc = parse(repair(text).text)
    found = awards.extract(doc)
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.quote
    return [f.form for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("nhà trường đăng ký danh hiệu Tập thể LĐXS;", ["tap_the_lao_dong_xuat_sac"]),
        ("04 tổ chuyên môn đăng ký Tập thể LĐTT.", ["tap_the_lao_dong_tien_tien"]),
        ("danh hiệu “Lao động xuất sắc” xét cho tập thể tiêu biểu", ["tap_the_lao_dong_xuat_sac"]),
        (
            '"Tập thể lao động tiên tiến", "Lao động xuất sắc".',
            [
                "tap_the_lao_dong_tien_tien",
                "tap_the_lao_dong_xuat_sac",
            ],
        ),
        # an ordinary phrase, no title
        ("tuyên dương 10 người lao động xuất sắc của doanh nghiệp", []),
        ("biểu dương lao động xuất sắc trong tháng", []),
    ],
)
def test_awards_wordings_catalogue(sentence: str, expected: list[str]) -> None:
    assert [m.form for m in find_mentions(sentence) if m.form] == expected


_SCHOOL = """KẾ HOẠCH

Tổ chức phong trào thi đua năm học 2024 - 2025

I. MỤC ĐÍCH, YÊU CẦU

- Tạo động lực để giáo viên hoàn thành nhiệm vụ.

II. ĐĂNG KÝ DANH HIỆU THI ĐUA

1. Cá nhân: 100% giáo viên đăng ký danh hiệu LĐTT; 03 đồng chí đăng ký danh hiệu CSTĐCS.

2. Tập thể: nhà trường đăng ký danh hiệu Tập thể LĐXS; các tổ đăng ký Tập thể LĐTT.

III. KHEN THƯỞNG

- Đề nghị Chủ tịch UBND huyện tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc.
"""


def test_awards_registered_titles_are_forms_of_the_plan() -> None:
    assert _forms(_SCHOOL) == [
        "lao_dong_tien_tien",
        "chien_si_thi_dua_co_so",
        "tap_the_lao_dong_xuat_sac",
        "tap_the_lao_dong_tien_tien",
        "giay_khen",
    ]


def test_awards_registration_heading_without_titles_names_none() -> None:
    text = _SCHOOL.replace("danh hiệu LĐTT", "thi đua").replace("danh hiệu CSTĐCS", "thi đua")
    text = text.replace("danh hiệu Tập thể LĐXS", "thi đua").replace("Tập thể LĐTT", "thi đua")
    assert _forms(text) == ["giay_khen"]


_DECISION_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 12/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nPhú Yên, ngày 05 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\n\n"
    "Về việc khen thưởng\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Thi đua, khen "
    "thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
)
_DECISION_TAIL = (
    "\n\nĐiều 2. Chánh Văn phòng và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành "
    "Quyết định này./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Hòa\n"
)


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Điều 1. Tặng thưởng Cờ thi đua của UBND tỉnh cho:\n\n1. Sở Y tế;\n\n2. Sở Tư pháp,\n\n"
            "đã có thành tích xuất sắc năm 2023.",
            ["co_thi_dua_tinh"],
        ),
        (
            "Điều 1. Công nhận danh hiệu Tập thể lao động xuất sắc năm 2023 cho:\n\n"
            "1. Sở Y tế;\n\n2. Sở Tư pháp.",
            ["tap_the_lao_dong_xuat_sac"],
        ),
        # an award received before is no form the decision grants
        (
            "Điều 1. Phê duyệt danh sách các tập thể đã được tặng Cờ thi đua của UBND tỉnh năm "
            "2022:\n\n1. Sở Y tế;\n\n2. Sở Tư pháp.",
            [],
        ),
    ],
    ids=["tang_thuong_with_list", "cong_nhan_danh_hieu", "received_before"],
)
def test_awards_granted_in_a_decisions_articles(article: str, expected: list[str]) -> None:
    assert _forms(_DECISION_HEAD + article + _DECISION_TAIL) == expected


@pytest.mark.parametrize(
    ("title", "article", "expected"),
    [
        # the issuer confers what its articles grant without naming who
        (
            "Về việc tặng Cờ thi đua",
            "Điều 1. Tặng Cờ thi đua cho 05 tập thể dẫn đầu.",
            ["co_thi_dua_tinh"],
        ),
        (
            "Về việc khen thưởng",
            "Điều 1. Tặng Bằng khen cho 03 tập thể và 05 cá nhân.",
            ["bang_khen_tinh"],
        ),
        # the title names the conferrer
        (
            "Về việc tặng Cờ thi đua của Chính phủ",
            "Điều 1. Đề nghị Thủ tướng Chính phủ tặng Cờ thi đua cho 02 tập thể.",
            ["co_thi_dua_chinh_phu"],
        ),
        # no grant in the articles: nothing
        ("Về việc khen thưởng", "Điều 1. Các tập thể có thành tích được biểu dương.", []),
    ],
    ids=["issuer_flag", "issuer_bang_khen", "title_conferrer", "no_grant"],
)
def test_awards_generic_award_of_a_decision_conferred_by_its_issuer(
    title: str, article: str, expected: list[str]
) -> None:
    text = _DECISION_HEAD.replace("Về việc khen thưởng", title) + article + _DECISION_TAIL
    assert _forms(text) == expected


@pytest.mark.parametrize(
    ("words", "form", "level"),
    [
        # a union's or association's own awards: the conferrer's level decides
        ("Cờ thi đua của Tỉnh đoàn", "other", "local"),
        ("Cờ thi đua của Tỉnh ủy", "other", "local"),
        ("Cờ thi đua của tỉnh", "co_thi_dua_tinh", None),  # the province's own
        (
            "Bằng khen của Ban Chấp hành Công đoàn Giáo dục Việt Nam",
            "bang_khen_bo_nganh",
            "central",
        ),
        ("Bằng khen của Ủy ban Hội LHTN Việt Nam tỉnh", "other", "local"),
        ("Giấy khen của Ban Thường vụ Hội Nông dân huyện", "giay_khen", "local"),
        ("Bằng khen của Ban Chấp hành Hội Nông dân tỉnh", "other", "local"),
    ],
)
def test_awards_of_unions_and_associations_by_their_level(
    words: str, form: str, level: str | None
) -> None:
    found = find_mentions(words)
    assert [(m.form, m.conferrer_level) for m in found] == [(form, level)]
