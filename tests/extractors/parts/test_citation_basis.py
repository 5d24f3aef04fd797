"""The legal basis as real preambles write it: laws by name and year, several numbers in
one clause, lines broken inside a name, a preamble the segmenter did not find."""

from __future__ import annotations

import pytest

from extractors.model import Span
from extractors.parts import citations
from extractors.parts.citation_basis import basis_lines
from extractors.segment.structure import parse
from extractors.text.repair import repair

_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 77/KH-UBND\nHòa Minh, ngày 02 tháng 4 năm 2024\nKẾ HOẠCH\nThi đua năm 2024\n"
_BODY = "\nI. MỤC ĐÍCH, YÊU CẦU\nĐẩy mạnh phong trào.\n"


def _basis(preamble: str, head: str = _HEAD, body: str = _BODY) -> list[tuple]:
    doc = parse(repair(head + preamble + body).text)
    basis, _refs = citations.extract(doc)
    for c in basis:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.quote
    return [(c.doc_type, c.number, c.date, c.issuer, c.title) for c in basis]


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (  # three decrees in one clause, the issuer named once before the numbers
            "Căn cứ các Nghị định của Chính phủ: số 11/2023/NĐ-CP ngày 05/01/2023, "
            "số 12/2024/NĐ-CP ngày 06/02/2024 và số 13/2025/NĐ-CP ngày 07/3/2025;",
            [
                ("nghi_dinh", "11/2023/NĐ-CP", "2023-01-05", "Chính phủ", None),
                ("nghi_dinh", "12/2024/NĐ-CP", "2024-02-06", "Chính phủ", None),
                ("nghi_dinh", "13/2025/NĐ-CP", "2025-03-07", "Chính phủ", None),
            ],
        ),
        (  # the issuer named after the last number
            "Căn cứ các Nghị định số 21/2023/NĐ-CP ngày 01/6/2023, số 22/2024/NĐ-CP ngày "
            "02/7/2024 của Chính phủ;",
            [
                ("nghi_dinh", "21/2023/NĐ-CP", "2023-06-01", "Chính phủ", None),
                ("nghi_dinh", "22/2024/NĐ-CP", "2024-07-02", "Chính phủ", None),
            ],
        ),
        (  # two circulars in one clause, the second without "Căn cứ"
            "Căn cứ Thông tư số 03/2024/TT-BNV ngày 04/3/2024 của Bộ Nội vụ; Thông tư số "
            "05/2025/TT-BGDĐT ngày 06/5/2025 của Bộ Giáo dục và Đào tạo;",
            [
                ("thong_tu", "03/2024/TT-BNV", "2024-03-04", "Bộ Nội vụ", None),
                ("thong_tu", "05/2025/TT-BGDĐT", "2025-05-06", "Bộ Giáo dục và Đào tạo", None),
            ],
        ),
        (  # laws by year in brackets, two joined by "và" (dated from data/known_laws.yaml)
            "Căn cứ Luật Thi đua, khen thưởng (2003) và Luật sửa đổi, bổ sung một số điều của "
            "Luật Thi đua, khen thưởng (2013);",
            [
                ("luat", None, "2003-11-26", None, "Luật Thi đua, khen thưởng"),
                (
                    "luat",
                    None,
                    "2013-11-16",
                    None,
                    "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng",
                ),
            ],
        ),
        (  # an amending law in lower case after the law it amends, both dated
            "Căn cứ Luật Thi đua - Khen thưởng ngày 26/11/2003 và luật sửa đổi bổ sung một số "
            "điều của Luật Thi đua - Khen thưởng ngày 14/6/2005;",
            [
                ("luat", None, "2003-11-26", None, "Luật Thi đua - Khen thưởng"),
                (
                    "luat",
                    None,
                    "2005-06-14",
                    None,
                    "luật sửa đổi bổ sung một số điều của Luật Thi đua - Khen thưởng",
                ),
            ],
        ),
        (  # a law's name in lower case after "Luật", and a name broken over a line
            "Căn cứ Luật thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
            "Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 19 tháng 6 năm 2015;",
            [
                ("luat", None, "2022-06-15", None, "Luật thi đua, khen thưởng"),
                ("luat", None, "2015-06-19", None, "Luật Tổ chức chính quyền địa phương"),
            ],
        ),
        (  # an amending law naming two laws is one law
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương năm 2019;",
            [
                (
                    "luat",
                    None,
                    "2019-11-22",
                    None,
                    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương",
                )
            ],
        ),
        (  # the hyphen a PDF lost, digits OCR split, a Prime Minister's decision "of Chính phủ"
            "Căn cứ Nghị định số 61/2019/NĐCP ngày 02/8/2019 của Chính phủ;\n"
            "Căn cứ Quyết định số 3 45/QĐ-UBND ngày 10/10/2020 của UBND tỉnh;\n"
            "Thực hiện Quyết định số 808/QĐ-TTg ngày 06/6/2023 của Chính phủ;",
            [
                ("nghi_dinh", "61/2019/NĐ-CP", "2019-08-02", "Chính phủ", None),
                ("quyet_dinh", "345/QĐ-UBND", "2020-10-10", "UBND tỉnh", None),
                ("quyet_dinh", "808/QĐ-TTg", "2023-06-06", "Thủ tướng Chính phủ", None),
            ],
        ),
    ],
)
def test_citations_basis_clauses_of_real_preambles(preamble: str, expected: list) -> None:
    assert _basis(preamble) == expected


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (  # a law's date on the next line; an amending law cited again by its date only
            "Căn cứ Luật Thi đua, Khen thưởng\nngày 26/11/2003; Luật sửa đổi, bổ sung một số điều\n"
            "của Luật Thi đua, Khen thưởng ngày 14/6/2005 và ngày 16/11/2013;",
            [("luat", "2003-11-26"), ("luat", "2005-06-14"), ("luat", "2013-11-16")],
        ),
        (  # a decree after a law's name is the decree, not a law of that name
            "Căn cứ Nghị định số 65/2014/NĐ-CP ngày 01/7/2014 của Chính phủ quy định chi tiết thi "
            "hành Luật Thi đua, Khen thưởng và Nghị định số 42/2010/NĐ-CP ngày 15/4/2010;",
            [("nghi_dinh", "65/2014/NĐ-CP"), ("nghi_dinh", "42/2010/NĐ-CP")],
        ),
        (  # an HĐND resolution's "Xét": the report of the reviewing committee too
            "Xét Tờ trình số 71/TTr-UBND ngày 02/6/2019 của UBND tỉnh; Báo cáo thẩm tra số "
            "33/BC-HĐND ngày 04/7/2019 của Ban Kinh tế - Ngân sách HĐND tỉnh;",
            [("to_trinh", "71/TTr-UBND"), ("bao_cao", "33/BC-HĐND")],
        ),
        (  # "Để cụ thể hóa …" opens a basis too
            "Để cụ thể hóa Chỉ thị số 8/CT-TTg ngày 02/3/2021 của Thủ tướng Chính phủ, UBND "
            "tỉnh ban hành kế hoạch dưới đây:",
            [("chi_thi", "8/CT-TTg")],
        ),
        (  # a party number with a space for its hyphen
            "Căn cứ Kế hoạch số 118 KH/TWĐTN ngày 03/3/2022 của Ban Bí thư Trung ương Đoàn;",
            [("ke_hoach", "118-KH/TWĐTN")],
        ),
    ],
)
def test_citations_basis_dates_and_numbers_of_real_preambles(preamble: str, expected: list) -> None:
    found = _basis(preamble)
    assert [(t, n or d) for t, n, d, *_ in found] == expected


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (  # proposers with their Tờ trình in brackets
            "Xét đề nghị của Chủ tịch UBND tỉnh Hòa Minh (Tờ trình số 21/TTr-UBND ngày "
            "28/3/2019) và Trưởng ban Ban Thi đua - Khen thưởng Trung ương (Tờ trình số "
            "65/TTr-BTĐKT ngày 16/4/2019),",
            [
                ("21/TTr-UBND", "Chủ tịch UBND tỉnh Hòa Minh"),
                ("65/TTr-BTĐKT", "Trưởng ban Ban Thi đua - Khen thưởng Trung ương"),
            ],
        ),
        (  # a place after the field without its unit word
            "Căn cứ Công văn số 1726/SGD&ĐT-VP ngày 05/9/2023 của Sở Giáo dục và Đào tạo Kim Sơn "
            "về nhiệm vụ năm học;",
            [("1726/SGD&ĐT-VP", "Sở Giáo dục và Đào tạo Kim Sơn")],
        ),
    ],
)
def test_citations_basis_issuers_of_real_preambles(preamble: str, expected: list) -> None:
    assert [(n, i) for _t, n, _d, i, _title in _basis(preamble)] == expected


def test_citations_issuer_of_an_upper_case_title_ends_at_its_stop_word() -> None:
    head = _HEAD.replace(
        "Thi đua năm 2024",
        "TRIỂN KHAI CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ TRÊN "
        "ĐỊA BÀN TỈNH",
    )
    found = _basis("Căn cứ Luật Thi đua, khen thưởng năm 2022;\n", head=head)
    assert next((n, i) for _t, n, _d, i, _title in found) == ("19/CT-TTG", "Thủ tướng Chính phủ")


def test_citations_a_document_the_title_amends_is_a_reference() -> None:
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\nSố: 9/2021/QĐ-UBND\nHòa Minh, ngày 02 tháng 4 năm 2021\n"
        "QUYẾT ĐỊNH\nSỬA ĐỔI QUY CHẾ THI ĐUA BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 21/2018/QĐ-UBND "
        "NGÀY 05 THÁNG 3 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH HÒA MINH\n"
    )
    doc = parse(repair(head + "Căn cứ Luật Thi đua, khen thưởng năm 2022;\n" + _BODY).text)
    basis, refs = citations.extract(doc)
    assert [c.doc_type for c in basis] == ["luat"]
    assert [(c.number, c.issuer) for c in refs] == [
        ("21/2018/QĐ-UBND", "Ủy ban nhân dân tỉnh Hòa Minh")
    ]


def test_citations_basis_of_a_preamble_on_the_title_line() -> None:
    head = "KẾ HOẠCH\n"
    preamble = (
        "Thi đua năm 2024 Căn cứ Luật Thi đua, khen thưởng năm 2022; Căn cứ Kế hoạch số "
        "9/KH-UBND ngày 03/01/2024 của UBND tỉnh, Sở Nội vụ ban hành Kế hoạch như sau:"
    )
    found = _basis(preamble, head=head)
    assert [(t, n) for t, n, *_ in found] == [("luat", None), ("ke_hoach", "9/KH-UBND")]


def test_citations_basis_lines_of_a_page_the_segmenter_read_as_news() -> None:
    text = (
        "Kế hoạch thi đua của Sở Nội vụ năm 2024\n"
        "Căn cứ Nghị định số 31/2024/NĐ-CP ngày 01/02/2024 của Chính phủ;\n"
        "Thực hiện Kế hoạch số 8/KH-UBND ngày 03/01/2024\n"
        "của UBND tỉnh, Sở Nội vụ xây dựng Kế hoạch như sau:\n"
        "Mục đích: động viên. Năm 2023 đơn vị được khen theo Quyết định số 71/QĐ-UBND "
        "ngày 05/5/2023 của UBND tỉnh.\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    basis, refs = citations.extract(doc)
    assert [c.number for c in basis] == ["31/2024/NĐ-CP", "8/KH-UBND"]
    assert basis[1].issuer == "UBND tỉnh"
    assert [c.number for c in refs] == ["71/QĐ-UBND"]


@pytest.mark.parametrize(
    ("sentence", "number", "is_basis"),
    [
        (
            "Kế hoạch nhằm thực hiện Quyết định số 42/QĐ-TTg ngày 02/3/2021 của Thủ tướng.",
            "42/QĐ-TTg",
            True,
        ),
        (
            "Đây là bước cụ thể hóa Chỉ thị số 5/CT-UBND ngày 02/3/2021 của UBND tỉnh.",
            "5/CT-UBND",
            True,
        ),
        (
            "Năm trước, 12 tập thể được khen theo Quyết định số 43/QĐ-UBND ngày 02/3/2021.",
            "43/QĐ-UBND",
            False,
        ),
    ],
)
def test_citations_basis_of_an_article_is_what_the_reported_plan_implements(
    sentence: str, number: str, is_basis: bool
) -> None:
    text = (
        "Hòa Minh phát động thi đua năm 2024\n\n"
        "Ngày 05/02/2024, UBND tỉnh ban hành Kế hoạch số 19/KH-UBND về thi đua.\n\n"
        f"{sentence}\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    basis, refs = citations.extract(doc)
    assert (number in [c.number for c in basis]) is is_basis
    assert (number in [c.number for c in refs]) is not is_basis


@pytest.mark.parametrize(
    "body",
    [
        "II. NỘI DUNG\nCăn cứ Hướng dẫn số 4/HD-SNV ngày 02/02/2024, các đơn vị gửi hồ sơ.\n",
        "II. NỘI DUNG\nCác đơn vị thực hiện Công văn số 6/SNV-TĐKT ngày 02/02/2024.\n",
    ],
)
def test_citations_basis_words_in_the_body_cite_references(body: str) -> None:
    doc = parse(repair(_HEAD + "Căn cứ Luật Thi đua, khen thưởng năm 2022;\n" + body).text)
    basis, refs = citations.extract(doc)
    assert [c.doc_type for c in basis] == ["luat"]
    assert len(refs) == 1


def test_citation_basis_lines_follow_a_wrapped_clause_and_stop_at_the_body() -> None:
    text = (
        "Căn cứ Nghị định số 1/2024/NĐ-CP ngày 01/01/2024 của Chính phủ quy định chi tiết\n"
        "một số điều của Luật;\nĐoạn khác không mở bằng căn cứ.\nI. MỤC ĐÍCH\nCăn cứ kết quả.\n"
    )
    doc = parse(text)
    spans = [doc.text[s.start : s.end] for s in basis_lines(doc)]
    assert spans == [
        "Căn cứ Nghị định số 1/2024/NĐ-CP ngày 01/01/2024 của Chính phủ quy định chi tiết\n"
        "một số điều của Luật;"
    ]


def test_citations_a_header_run_on_into_the_basis_keeps_the_basis() -> None:
    text = (
        "UBND TỈNH HÒA MINH SỞ Y TẾ Số: 77/SYT-TCCB V/v hướng dẫn tổng kết thi đua Kính gửi: "
        "các đơn vị. Căn cứ Quyết định số 19/2023/QĐ-UBND ngày 02/3/2023 của UBND tỉnh; "
        "Căn cứ Công văn số 51/SNV-TĐKT ngày 05/11/2024 của Sở Nội vụ, Sở Y tế hướng dẫn:\n"
        "Nội dung. Năm trước theo Quyết định số 3/QĐ-SYT ngày 02/01/2024.\n"
    )
    doc = parse(repair(text).text)
    first_line = doc.text.index("\n")
    doc.blocks.header = Span(0, first_line)  # as a layout that read the whole line as header
    doc.blocks.title = doc.blocks.preamble = None
    basis, refs = citations.extract(doc)
    assert [c.number for c in basis] == ["19/2023/QĐ-UBND", "51/SNV-TĐKT"]
    assert [c.number for c in refs] == ["3/QĐ-SYT"]


@pytest.mark.parametrize(
    "text",
    [
        "KẾ HOẠCH\nThi đua năm 2024\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Luật Thi đua, khen thưởng năm "
        "2022;\n- Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ.\nII. MỤC ĐÍCH\nĐộng viên.\n",
        "KẾ HOẠCH\nThi đua năm 2024\nCăn cứ:\n- Luật Thi đua, khen thưởng năm 2022;\n- Nghị định "
        "số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;\nUBND tỉnh ban hành Kế hoạch:\n"
        "I. MỤC ĐÍCH\nĐộng viên.\n",
    ],
)
def test_citations_undated_law_as_a_bullet_of_the_basis(text: str) -> None:
    doc = parse(repair(text).text)
    basis, _ = citations.extract(doc)
    assert [(c.doc_type, c.title or c.number) for c in basis] == [
        ("luat", "Luật Thi đua, khen thưởng"),
        ("nghi_dinh", "98/2023/NĐ-CP"),
    ]
