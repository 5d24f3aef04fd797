"""Citations of text that lost its diacritics: stripped, dropped, or typed "?"."""

from __future__ import annotations

import pytest

from extractors.parts import citations
from extractors.parts.citation_damaged import is_damaged, restore_number
from extractors.segment.structure import parse
from extractors.text.repair import repair

_FILLER = (
    "I. MUC DICH, YEU CAU\nDong vien can bo, cong chuc thi dua hoan thanh nhiem vu nam hoc, "
    "gop phan xay dung don vi vung manh, tao khi the thi dua soi noi trong toan the can bo.\n"
    "II. KHEN THUONG\nHieu truong tang Giay khen cho cac tap the, ca nhan co thanh tich.\n"
)


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (  # diacritics stripped
            "Can cu Nghi dinh so 61/2019/ND-CP ngay 02/8/2019 cua Chinh phu;\n"
            "Thuc hien Ke hoach so 14/KH-UBND ngay 05 thang 01 nam 2021 cua UBND huyen;\n",
            [
                ("nghi_dinh", "61/2019/NĐ-CP", "2019-08-02"),
                ("ke_hoach", "14/KH-UBND", "2021-01-05"),
            ],
        ),
        (  # non-ASCII letters dropped
            "Cn c Ngh nh s 61/2019/N-CP ngy 02/8/2019 ca Chnh ph;\n"
            "Thc hin Quyt nh s 7/Q-UBND ngy 03/3/2021 ca UBND huyn;\n",
            [
                ("nghi_dinh", "61/2019/NĐ-CP", "2019-08-02"),
                ("quyet_dinh", "7/QĐ-UBND", "2021-03-03"),
            ],
        ),
        (  # letters typed "?"
            "Th?c hi?n K? ho?ch s? 31-KH/T?TN ng?y 20/9/2022 c?a Ban Th??ng v? T?nh ?o?n;\n",
            [("ke_hoach", "31-KH/TĐTN", "2022-09-20")],
        ),
        (  # a one-line preamble after the title
            "KE HOACH Thi dua nam 2021 Thuc hien Ke hoach so 9/KH-UBND ngay 14/12/2020 cua UBND "
            "quan ve thi dua.\n",
            [("ke_hoach", "9/KH-UBND", "2020-12-14")],
        ),
    ],
)
def test_citations_damaged_text_keeps_its_numbers(preamble: str, expected: list) -> None:
    doc = parse(repair(preamble + _FILLER).text)
    basis, _refs = citations.extract(doc)
    assert [(c.doc_type, c.number, c.date) for c in basis] == expected
    for c in basis:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.quote


@pytest.mark.parametrize(
    ("raw", "restored"),
    [
        ("91/2017/N-CP", "91/2017/NĐ-CP"),
        ("02/2020/QD-UBND", "02/2020/QĐ-UBND"),
        ("5/KH-HDTDKT", "5/KH-HĐTĐKT"),
        ("45-KH/T?TN-TH", "45-KH/TĐTN-TH"),
        ("12/KH-UBND", "12/KH-UBND"),
        ("05/HD-UBND", "05/HD-UBND"),  # a guidance, not a council
    ],
)
def test_citation_damaged_restore_number(raw: str, restored: str) -> None:
    assert restore_number(raw) == restored


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("Can cu Nghi dinh so 91/2017/ND-CP cua Chinh phu ve thi dua khen thuong. " * 8, True),
        ("Căn cứ Nghị định số 91/2017/NĐ-CP của Chính phủ về thi đua khen thưởng. " * 8, False),
        ("Cn c Ngh nh s 91/2017/N-CP", True),
        ("Xem Kế hoạch số 5/KH-UBND", False),
    ],
)
def test_citation_damaged_is_damaged(text: str, damaged: bool) -> None:
    assert is_damaged(text) is damaged


def test_citations_sound_text_is_not_read_as_damaged() -> None:
    doc = parse(repair("KẾ HOẠCH\nThi đua\nCăn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2024;\n").text)
    basis, _ = citations.extract(doc)
    assert [c.evidence.rule for c in basis] == ["citation.numbered"]
