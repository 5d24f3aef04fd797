"""The province of a commune's document whose header names only the commune: the district
its text names (a basis of the district's plan), read only where the name is unique; also
when the copy lost its diacritics. Made-up documents, real layouts."""

from __future__ import annotations

import pytest
from test_provinces import _province

from extractors.text.fold import fold


def _decision(header: str, basis: str) -> str:
    return (
        f"{header}\nSố: 21/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSơn Kim, ngày 08 tháng 9 năm 2022\n\nQUYẾT ĐỊNH\n"
        "Về việc khen thưởng phong trào thi đua năm 2022\n\n"
        f"Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;\n{basis}\n\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Tặng Giấy khen của Chủ tịch UBND xã cho 03 tập thể.\n"
    )


@pytest.mark.parametrize(
    ("header", "basis", "expected"),
    [
        (
            "ỦY BAN NHÂN DÂN\nXÃ SƠN KIM 1",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 14/02/2022 của UBND huyện Hương Sơn;",
            "Hà Tĩnh",
        ),
        # a name several provinces share (ten districts are Châu Thành): none
        (
            "ỦY BAN NHÂN DÂN\nXÃ AN HIỆP",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 14/02/2022 của UBND huyện Châu Thành;",
            None,
        ),
        # a body above the district names no commune or district: its text is not searched
        (
            "BỘ NỘI VỤ\nBAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 14/02/2022 của UBND huyện Hương Sơn;",
            None,
        ),
    ],
)
def test_province_of_a_commune_header_from_its_district(header, basis, expected):
    found = _province(_decision(header, basis))
    assert (found.name if found else None) == expected


def _ascii(text: str) -> str:
    """``text`` as an ASCII copy writes it: every letter without its marks, case kept."""
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, fold(text), strict=True))


@pytest.mark.parametrize(
    ("header", "basis", "expected"),
    [
        # a copy without diacritics: the district is looked up on its folded name
        (
            "ỦY BAN NHÂN DÂN\nXÃ SƠN KIM 1",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 14/02/2022 của UBND huyện Hương Sơn;",
            "Hà Tĩnh",
        ),
        # folded, two districts meet (Phù Ninh in Phú Thọ, Phú Ninh in Quảng Nam): none
        (
            "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC",
            "Căn cứ Kế hoạch số 35/KH-UBND ngày 14/02/2022 của UBND huyện Phù Ninh;",
            None,
        ),
    ],
)
def test_province_of_an_ascii_copy_from_its_district(header, basis, expected):
    text = _ascii(_decision(header, basis))
    assert "huyen" in text
    found = _province(text)
    assert (found.name if found else None) == expected
