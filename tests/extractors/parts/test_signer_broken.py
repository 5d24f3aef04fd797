"""A signature block whose title or name a narrow table cell broke over two lines
("CHỦ" / "TỊCH", "PHÓ CHỦ" / "TỊCH", "Nguyễn" / "Văn Hùng"), as class C portal copies
print it: read as the whole title and name; separate lines of a block stay separate."""

from __future__ import annotations

import pytest

from extractors.parts import signer
from extractors.segment.structure import parse
from extractors.text.repair import repair

_BASE = (
    "ỦY BAN NHÂN DÂN\nHUYỆN NINH PHƯỚC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
    "Hạnh phúc\n\nSố: 12/KH-UBND\n\nNinh Phước, ngày 06 tháng 5 năm 2021\n\nKẾ HOẠCH\n\nThi đua "
    "năm 2021\n\nI. MỤC ĐÍCH\n\nCác đơn vị thi đua hoàn thành nhiệm vụ.\n\nNơi nhận:\n"
    "- UBND tỉnh;\n- Lưu: VT.\n"
)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "|\nTM. ỦY BAN NHÂN DÂN\nCHỦ\nTỊCH\n\n\nNguyễn Văn Hùng\n|",
            ("Nguyễn Văn Hùng", "Chủ tịch", "TM."),
        ),
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ\nTỊCH\nPHÓ CHỦ\nTỊCH\n\nNguyễn Văn Hùng",
            ("Nguyễn Văn Hùng", "Phó Chủ tịch", "KT."),
        ),
        (
            "TM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH\n\nNguyễn\nVăn Hùng",
            ("Nguyễn Văn Hùng", "Chủ tịch", "TM."),
        ),
        # lines that are whole: not joined
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thị Hoa", ("Lê Thị Hoa", "Phó Chủ tịch", "KT.")),
        (
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nLê Thị Hoa",
            ("Lê Thị Hoa", "Chủ tịch", "TM."),
        ),
    ],
    ids=["chu_tich", "pho_chu_tich", "name", "whole_lines", "signed_note"],
)
def test_signer_broken_title_and_name(block: str, expected: tuple[str, str, str]) -> None:
    doc = parse(repair(_BASE + block + "\n").text)
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == expected
    assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
