"""A document of the basis cited again in a decision's or regulation's article is a reference."""

from __future__ import annotations

from extractors.parts import citations
from extractors.segment.structure import parse
from extractors.text.repair import repair

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 46/QĐ-UBND\n\nPhú Yên, ngày 12 tháng 01 năm 2024\n\n"
BASIS = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nCăn cứ Nghị định số"
    " 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số"
    " điều của Luật Thi đua, khen thưởng;\n\n"
)
AGAIN = "theo quy định tại Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ"


def _numbers(text: str) -> tuple[list[str | None], list[str | None]]:
    doc = parse(repair(text).text)
    basis, refs = citations.extract(doc)
    for c in [*basis, *refs]:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.quote
    return [c.number for c in basis], [c.number for c in refs]


def test_citations_basis_cited_again_in_an_article_is_a_reference() -> None:
    text = (
        f"{HEADER}QUYẾT ĐỊNH\nBan hành Quy chế thi đua, khen thưởng\n\n{BASIS}QUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng.\n\n"
        f"Điều 2. Những nội dung không quy định tại Quy chế thực hiện {AGAIN}.\n\n"
        "Điều 3. Quyết định có hiệu lực kể từ ngày ký.\n\nCHỦ TỊCH\n\nTrần Văn An\n"
    )
    basis, refs = _numbers(text)
    assert "98/2023/NĐ-CP" in basis
    assert refs == ["98/2023/NĐ-CP"]


def test_citations_basis_cited_again_in_a_plans_body_is_no_reference() -> None:
    text = (
        f"{HEADER.replace('QĐ', 'KH')}KẾ HOẠCH\nThi đua năm 2024\n\n{BASIS}"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\n1. Khen thưởng"
        f" {AGAIN}.\n\nCHỦ TỊCH\n\nTrần Văn An\n"
    )
    basis, refs = _numbers(text)
    assert "98/2023/NĐ-CP" in basis
    assert refs == []
