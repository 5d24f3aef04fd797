from __future__ import annotations

import pytest

from extractors import citations
from extractors.structure import parse
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
