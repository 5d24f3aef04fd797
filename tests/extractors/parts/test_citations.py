from __future__ import annotations

import pytest

from extractors.parts import citations
from extractors.segment.structure import parse
from extractors.text.repair import repair


def _cite(
    body: str, preamble: str = "Thực hiện Kế hoạch số 1/KH-UBND ngày 02/01/2024 của UBND tỉnh;"
):
    text = f"KẾ HOẠCH\n\nTriển khai phong trào thi đua\n\n{preamble}\n\nI. NỘI DUNG\n\n{body}\n"
    doc = parse(repair(text).text)
    basis, refs = citations.extract(doc)
    for c in basis + refs:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.quote
    return basis, refs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Theo Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua.",
            ("chi_thi", "19/CT-TTg", "2021-07-16", "Thủ tướng Chính phủ"),
        ),
        (
            "tại Điều 55, Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết.",
            ("nghi_dinh", "91/2017/NĐ-CP", "2017-07-31", "Chính phủ"),
        ),
        (
            "theo Công văn số 105-CV/TU ngày 20/5/2021 của Ban Thường vụ Tỉnh ủy về việc phối hợp.",
            ("cong_van", "105-CV/TU", "2021-05-20", "Ban Thường vụ Tỉnh ủy"),
        ),
        (
            "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về “Tiếp tục đổi mới”.",
            ("chi_thi", "34-CT/TW", "2014-04-07", "Bộ Chính trị"),
        ),
        (
            "Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, Quyết định khác.",
            ("nghi_quyet", "68/NQ-CP", "2021-07-01", "Chính phủ"),
        ),
        (
            "theo Thông tư số 01/2024/TT-BNV ngày 15 tháng 01 năm 2024 của Bộ Nội vụ.",
            ("thong_tu", "01/2024/TT-BNV", "2024-01-15", "Bộ Nội vụ"),
        ),
        (
            "Công điện số 1099/CĐ-TTg của Thủ tướng Chính phủ.",
            ("cong_dien", "1099/CĐ-TTg", None, "Thủ tướng Chính phủ"),
        ),
    ],
)
def test_citations_body_citation_is_a_reference(body: str, expected: tuple) -> None:
    _basis, refs = _cite(body)
    assert [(c.doc_type, c.number, c.date, c.issuer) for c in refs] == [expected]


def test_citations_preamble_is_legal_basis_and_each_document_once() -> None:
    basis, refs = _cite(
        "Thực hiện tốt Kế hoạch số 1/KH-UBND và Chỉ thị số 5/CT-UBND.",
        preamble=(
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
            "Thực hiện Kế hoạch số 1/KH-UBND ngày 02/01/2024 của UBND tỉnh;\n"
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 01/3/2024."
        ),
    )
    assert [(c.doc_type, c.number, c.date) for c in basis] == [
        ("luat", None, "2022-06-15"),
        ("ke_hoach", "1/KH-UBND", "2024-01-02"),
        ("to_trinh", "12/TTr-SNV", "2024-03-01"),
    ]
    assert basis[0].title == "Luật Thi đua, khen thưởng"
    assert [c.number for c in refs] == ["5/CT-UBND"]


def test_citations_complete_an_issuer_cut_short_and_say_so() -> None:
    text = (
        "KẾ HOẠCH\n\nTriển khai\n\nThực hiện Quyết định số 1497/QĐ-TTg ngày 10/9/2021 của Thủ tướng "
        "Chính ban hành Kế hoạch.\n\nI. NỘI DUNG\n\nNội dung."
    )
    doc = parse(repair(text).text)
    basis, _ = citations.extract(doc)
    assert basis[0].issuer == "Thủ tướng Chính phủ"
    assert any("completed" in w for w in doc.repairs)


@pytest.mark.parametrize(
    "body",
    [
        "thực hiện Kế hoạch 5 năm (2021-2025) của tỉnh.",
        "Căn cứ Kế hoạch này, các đơn vị xây dựng kế hoạch.",
        "Khối Thi đua số 7 và Cụm thi đua số 3.",
        "Luật Thi đua, khen thưởng quy định chi tiết.",
    ],
)
def test_citations_ignore_mentions_that_cite_nothing(body: str) -> None:
    _basis, refs = _cite(body)
    assert refs == []


def test_citations_in_a_basis_section_of_the_body_are_legal_basis() -> None:
    text = (
        "KẾ HOẠCH\n\nTổ chức phong trào thi đua năm 2024\n\n"
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n- Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;\n"
        "- Kế hoạch số 5/KH-UBND ngày 10/01/2024 của UBND tỉnh.\n\n"
        "II. NỘI DUNG\n\nThực hiện Chỉ thị số 7/CT-UBND ngày 02/02/2024 của Chủ tịch UBND tỉnh."
    )
    doc = parse(repair(text).text)
    basis, refs = citations.extract(doc)
    assert [c.number for c in basis] == ["98/2023/NĐ-CP", "5/KH-UBND"]
    assert [c.number for c in refs] == ["7/CT-UBND"]


# --- every citation form of administrative text (variants) ----------------------------


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (  # an HĐND resolution, date in words, issuer "Hội đồng nhân dân …"
            "theo Nghị quyết số 05/2023/NQ-HĐND ngày 10 tháng 5 năm 2023 của Hội đồng nhân dân "
            "tỉnh về chính sách hỗ trợ.",
            [("nghi_quyet", "05/2023/NQ-HĐND", "2023-05-10", "Hội đồng nhân dân tỉnh")],
            "Nghị quyết số 05/2023/NQ-HĐND ngày 10 tháng 5 năm 2023 của Hội đồng nhân dân tỉnh",
        ),
        (  # a party conclusion: not a schema doc type
            "quán triệt Kết luận số 12-KL/TW ngày 20/3/2023 của Ban Bí thư về công tác thi đua.",
            [("other", "12-KL/TW", "2023-03-20", "Ban Bí thư")],
            "Kết luận số 12-KL/TW ngày 20/3/2023 của Ban Bí thư",
        ),
        (  # a party guidance with a long issuer symbol
            "theo Hướng dẫn số 06-HD/BTGDVTU ngày 02/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy.",
            [("huong_dan", "06-HD/BTGDVTU", "2025-07-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy")],
            "Hướng dẫn số 06-HD/BTGDVTU ngày 02/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy",
        ),
        (  # a party rule ("Quy định")
            "thực hiện Quy định số 03-QĐ/TU ngày 20/01/2025 của Ban Thường vụ Tỉnh ủy về khen thưởng.",
            [("other", "03-QĐ/TU", "2025-01-20", "Ban Thường vụ Tỉnh ủy")],
            "Quy định số 03-QĐ/TU ngày 20/01/2025 của Ban Thường vụ Tỉnh ủy",
        ),
        (  # a circular of a ministry
            "theo Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ quy định chi tiết.",
            [("thong_tu", "12/2019/TT-BNV", "2019-11-04", "Bộ Nội vụ")],
            "Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ",
        ),
        (  # "văn bản số" is an official letter; the issuer's name holds "và"
            "theo văn bản số 1650/SGDĐT-GDTrH ngày 05/9/2025 của Sở Giáo dục và Đào tạo về nhiệm vụ.",
            [("cong_van", "1650/SGDĐT-GDTrH", "2025-09-05", "Sở Giáo dục và Đào tạo")],
            "văn bản số 1650/SGDĐT-GDTrH ngày 05/9/2025 của Sở Giáo dục và Đào tạo",
        ),
        (  # two numbers, one type word, the issuer named once for both
            "Quyết định số 12/QĐ-UBND ngày 02/01/2025 và số 13/QĐ-UBND ngày 03/01/2025 của UBND "
            "tỉnh về thành lập Cụm thi đua.",
            [
                ("quyet_dinh", "12/QĐ-UBND", "2025-01-02", "UBND tỉnh"),
                ("quyet_dinh", "13/QĐ-UBND", "2025-01-03", "UBND tỉnh"),
            ],
            "Quyết định số 12/QĐ-UBND ngày 02/01/2025",
        ),
        (  # a number with spaces around the hyphen
            "theo Quyết định số 1497/QĐ - TTg ngày 10/9/2021 của Thủ tướng Chính phủ về phát động.",
            [("quyet_dinh", "1497/QĐ-TTg", "2021-09-10", "Thủ tướng Chính phủ")],
            "Quyết định số 1497/QĐ - TTg ngày 10/9/2021 của Thủ tướng Chính phủ",
        ),
        (  # a number wrapped after "số"
            "tiếp tục thực hiện Kế hoạch số\n76/KH-UBND ngày 18/3/2025 của UBND tỉnh về đổi mới.",
            [("ke_hoach", "76/KH-UBND", "2025-03-18", "UBND tỉnh")],
            "Kế hoạch số\n76/KH-UBND ngày 18/3/2025 của UBND tỉnh",
        ),
        (  # the issuer before the date
            "theo Công văn số 1234/UBND-VX của UBND tỉnh ngày 25/12/2025 về đánh giá.",
            [("cong_van", "1234/UBND-VX", "2025-12-25", "UBND tỉnh")],
            "Công văn số 1234/UBND-VX của UBND tỉnh ngày 25/12/2025",
        ),
        (  # a central council as issuer
            "theo Hướng dẫn số 1411/HD-BTĐKT ngày 10/5/2023 của Hội đồng Thi đua - Khen thưởng "
            "Trung ương về khen thưởng.",
            [
                (
                    "huong_dan",
                    "1411/HD-BTĐKT",
                    "2023-05-10",
                    "Hội đồng Thi đua - Khen thưởng Trung ương",
                )
            ],
            "Hướng dẫn số 1411/HD-BTĐKT ngày 10/5/2023 của Hội đồng Thi đua - Khen thưởng Trung ương",
        ),
        (  # a Công điện of the chairman
            "theo Công điện số 05/CĐ-UBND ngày 28/11/2025 của Chủ tịch UBND tỉnh về phòng, chống bão.",
            [("cong_dien", "05/CĐ-UBND", "2025-11-28", "Chủ tịch UBND tỉnh")],
            "Công điện số 05/CĐ-UBND ngày 28/11/2025 của Chủ tịch UBND tỉnh",
        ),
    ],
)
def test_citations_forms_read_type_number_date_issuer(
    body: str, expected: list[tuple], quote: str
) -> None:
    _basis, refs = _cite(body)
    assert [(c.doc_type, c.number, c.date, c.issuer) for c in refs] == expected
    assert refs[0].evidence.quote == quote


@pytest.mark.parametrize(
    "body",
    [
        "liên hệ Ban Thi đua - Khen thưởng, số điện thoại 0225.3842.118 để được hướng dẫn.",
        "đúng tiêu chuẩn tại Điều 24 và khoản 2 Điều 74 Luật Thi đua, khen thưởng.",
        "theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII.",
        "Chương trình giáo dục phổ thông 2018 và Kế hoạch 5 năm 2021 - 2025.",
        "Quy chế thi đua ban hành kèm theo quyết định của tỉnh.",
    ],
)
def test_citations_forms_ignore_what_is_not_a_citation(body: str) -> None:
    _basis, refs = _cite(body)
    assert refs == []


def test_citations_body_reference_once_and_completed_by_a_later_citation() -> None:
    _basis, refs = _cite(
        "Thực hiện Quyết định số 2150/QĐ-UBND. Quy chế ban hành kèm theo Quyết định số "
        "2150/QĐ-UBND ngày 10 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh."
    )
    assert [(c.number, c.date, c.issuer) for c in refs] == [
        ("2150/QĐ-UBND", "2025-09-10", "Ủy ban nhân dân tỉnh")
    ]


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương ngày 22 tháng 11 năm 2019;",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương",
                    "2019-11-22",
                )
            ],
        ),
        (  # what follows the name is not part of it
            "Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành;",
            [("Luật Thi đua, khen thưởng", None)],
        ),
        (
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;\nCăn cứ Bộ luật Lao động ngày 20/11/2019;",
            [("Luật Thi đua, khen thưởng", "2022-06-15"), ("Bộ luật Lao động", "2019-11-20")],
        ),
    ],
)
def test_citations_named_laws_in_the_preamble(preamble: str, expected: list[tuple]) -> None:
    basis, _refs = _cite("Nội dung.", preamble=preamble)
    assert [(c.title, c.date) for c in basis] == expected
    assert all(c.doc_type == "luat" and c.number is None for c in basis)


def test_citations_mixed_preamble_central_party_and_local_documents() -> None:
    basis, refs = _cite(
        "Tiếp tục thực hiện Chỉ thị số 34-CT/TW và Nghị quyết số 05/2025/NQ-HĐND.",
        preamble=(
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết;\n\n"
            "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới; "
            "Kết luận số 18-KL/TU ngày 05/01/2026 của Ban Thường vụ Thành ủy về nhiệm vụ;\n\n"
            "Căn cứ Nghị quyết số 05/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân thành phố;"
        ),
    )
    assert [(c.doc_type, c.number, c.issuer) for c in basis] == [
        ("nghi_dinh", "98/2023/NĐ-CP", "Chính phủ"),
        ("chi_thi", "34-CT/TW", "Bộ Chính trị"),
        ("other", "18-KL/TU", "Ban Thường vụ Thành ủy"),
        ("nghi_quyet", "05/2025/NQ-HĐND", "Hội đồng nhân dân thành phố"),
    ]
    assert refs == []


def test_citations_none_in_the_closing_block() -> None:
    text = (
        "KẾ HOẠCH\n\nTriển khai\n\nI. NỘI DUNG\n\nCác đơn vị thực hiện./.\n\n"
        "Nơi nhận:\n- Như Điều 3;\n- Các đơn vị tại Quyết định số 12/QĐ-UBND;\n- Lưu: VT.\n"
    )
    doc = parse(repair(text).text)
    assert citations.extract(doc) == ([], [])


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (  # a law with its number: cited by number, named too
            "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;",
            [("luat", "06/2022/QH15", "2022-06-15", None, "Luật Thi đua, khen thưởng")],
        ),
        (  # laws with the years of their amendments, no day: dated from data/known_laws.yaml,
            # the two amending laws of one name are two laws
            "Căn cứ Luật Thi đua, Khen thưởng năm 2003; Luật sửa đổi, bổ sung một số điều của "
            "Luật Thi đua, Khen thưởng năm 2005, 2013;",
            [
                ("luat", None, "2003-11-26", None, "Luật Thi đua, Khen thưởng"),
                (
                    "luat",
                    None,
                    "2005-06-14",
                    None,
                    "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng",
                ),
                (
                    "luat",
                    None,
                    "2013-11-16",
                    None,
                    "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng",
                ),
            ],
        ),
        (  # joint issuers, a joint circular
            "Căn cứ Thông tư liên tịch số 12/2010/TTLT-BNV-BTC ngày 01/02/2010 của Bộ Nội vụ "
            "và Bộ Tài chính hướng dẫn;",
            [("thong_tu", "12/2010/TTLT-BNV-BTC", "2010-02-01", "Bộ Nội vụ và Bộ Tài chính", None)],
        ),
        (  # "V/v" ends the issuer; a type word followed by a colon
            "Thực hiện các Kế hoạch: số 12/KH-UBND ngày 02/01/2025, số 13/KH-UBND ngày 03/01/2025 "
            "của UBND tỉnh V/v tổ chức thi đua;",
            [
                ("ke_hoach", "12/KH-UBND", "2025-01-02", "UBND tỉnh", None),
                ("ke_hoach", "13/KH-UBND", "2025-01-03", "UBND tỉnh", None),
            ],
        ),
    ],
)
def test_citations_preamble_laws_joint_issuers_and_lists(
    preamble: str, expected: list[tuple]
) -> None:
    basis, _refs = _cite("Nội dung.", preamble=preamble)
    assert [(c.doc_type, c.number, c.date, c.issuer, c.title) for c in basis] == expected


def test_citations_issuer_without_a_stop_word_is_not_read_past_its_window() -> None:
    _basis, refs = _cite(
        "theo Kế hoạch số 9/KH-UBND của " + "một cơ quan rất dài " * 10 + "nào đó."
    )
    assert [(c.number, c.issuer) for c in refs] == [("9/KH-UBND", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "của" on the next line; a known issuer read whole across a wrap
            "theo Quyết định số 1497/QĐ-TTg ngày 10/9/2021\ncủa Thủ tướng\nChính phủ về phát động.",
            [("1497/QĐ-TTg", "2021-09-10", "Thủ tướng Chính phủ")],
        ),
        (  # a wrap before a lower-case word continues the issuer
            "theo Kế hoạch số 5/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân\ntỉnh Quảng Nam về "
            "phong trào.",
            [("5/KH-UBND", "2024-01-10", "Ủy ban nhân dân tỉnh Quảng Nam")],
        ),
        (  # a new sentence on the next line ends it
            "Thực hiện Kế hoạch số 5/KH-UBND của UBND tỉnh\nỦy ban nhân dân huyện ban hành Kế "
            "hoạch như sau:",
            [("5/KH-UBND", None, "UBND tỉnh")],
        ),
        (  # a deadline after a law's name is not the law's date
            "đúng quy định của Luật Thi đua, khen thưởng, hồ sơ gửi về Sở Nội vụ trước ngày "
            "15/11/2025.",
            [],
        ),
    ],
)
def test_citations_wrapped_lines_and_deadlines(body: str, expected: list[tuple]) -> None:
    _basis, refs = _cite(body)
    assert [(c.number, c.date, c.issuer) for c in refs] == expected


def test_citations_look_alike_eth_in_a_number_is_read_as_d_stroke() -> None:
    _basis, refs = _cite("theo Quyết định số 12/Q\u00d0-UBND ngày 01/02/2024 của UBND tỉnh.")
    assert [(c.number, c.date, c.issuer) for c in refs] == [
        ("12/QĐ-UBND", "2024-02-01", "UBND tỉnh")
    ]


def test_citations_basis_subsection_under_a_wider_heading() -> None:
    text = (
        "KẾ HOẠCH\n\nTổ chức phong trào thi đua năm 2025\n\n"
        "I. CĂN CỨ, MỤC ĐÍCH, YÊU CẦU\n\n1. Căn cứ xây dựng kế hoạch\n\n"
        "- Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;\n\n"
        "2. Mục đích\n\nCụ thể hóa Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.\n\n"
        "II. NỘI DUNG\n\n1. Căn cứ chức năng, nhiệm vụ\n\nThực hiện Kế hoạch số 5/KH-UBND.\n"
    )
    doc = parse(repair(text).text)
    basis, refs = citations.extract(doc)
    assert [c.number for c in basis] == ["98/2023/NĐ-CP"]
    # "Căn cứ chức năng, nhiệm vụ" heads a task, not the basis
    assert [c.number for c in refs] == ["34-CT/TW", "5/KH-UBND"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("theo QĐ số 12/QĐ-UBND ngày 01/02/2024 của UBND tỉnh.", [("quyet_dinh", "12/QĐ-UBND")]),
        (
            "các KH số 5/KH-UBND và CT số 7/CT-UBND.",
            [("ke_hoach", "5/KH-UBND"), ("chi_thi", "7/CT-UBND")],
        ),
        # "số" as OCR reads it without its tone mark
        ("theo Quyết định sô 1497/QĐ-TTg ngày 10/9/2021.", [("quyet_dinh", "1497/QĐ-TTg")]),
        # a short form inside a word, or with no number, cites nothing
        ("phần mềm QLQĐ 5 năm, tiêu chí KH số hóa.", []),
    ],
)
def test_citations_short_type_words_and_ocr(body: str, expected: list[tuple]) -> None:
    _basis, refs = _cite(body)
    assert [(c.doc_type, c.number) for c in refs] == expected


@pytest.mark.parametrize(
    ("cited", "expected"),
    [
        # the plan itself, attached to its decision: not a citation
        ("(Ban hành kèm theo Kế hoạch số 01/KH-UBND ngày 10/01/2025 của UBND tỉnh)", []),
        ("theo Kế hoạch số 01/KH-UBND.", []),
        # last year's plan with the same number is another document
        ("Kế hoạch số 01/KH-UBND ngày 05/01/2024 của UBND tỉnh.", [("01/KH-UBND", "2024-01-05")]),
    ],
)
def test_citations_own_number_is_not_cited(cited: str, expected: list[tuple]) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 01/KH-UBND\n\nQuảng Nam, ngày 10 tháng 01 năm 2025"
        f"\n\nKẾ HOẠCH\n\nThi đua năm 2025\n\nI. NỘI DUNG\n\n1. Thực hiện {cited}\n"
    )
    doc = parse(repair(text).text)
    _basis, refs = citations.extract(doc)
    assert [(c.number, c.date) for c in refs] == expected


def test_citations_en_dash_in_a_number_is_the_hyphen() -> None:
    _basis, refs = _cite("theo Quyết định số 1497/QĐ–TTg và Chỉ thị số 34–CT/TW.")
    assert [c.number for c in refs] == ["1497/QĐ-TTg", "34-CT/TW"]
