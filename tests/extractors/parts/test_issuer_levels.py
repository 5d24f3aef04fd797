"""Issuers below the province: the unit under its parent, and its kind.

Schools under their district office or Sở, communes and wards after the 2025 reform,
their emulation councils, youth-union and Young Pioneer units, border guards: each as a
header's issuer cell prints it (made-up units; layouts of docs/real-layouts.md, "Lower
levels"), the issuer being the unit, never its parent or the two glued together.
"""

from __future__ import annotations

import pytest

from extractors.parts import header
from extractors.segment.structure import parse
from extractors.text.repair import repair

_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
_REST = "\n\nKẾ HOẠCH\nThi đua năm 2024\n\nI. MỤC ĐÍCH\n1. Thi đua hoàn thành nhiệm vụ.\n"


def _issuer(cell: str, right: str = _RIGHT) -> tuple[str, str]:
    text = f"{cell} {right}\nSố: 14/KH-TH Sơn Mỹ, ngày 09 tháng 9 năm 2024{_REST}"
    doc = parse(repair(text).text)
    found = header.extract(doc).issuer
    assert found is not None and found.evidence is not None
    assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
    return found.name, found.kind


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a one-line header: the parent and the unit run together, no place unit between
        ("PHÒNG GD&ĐT SƠN TỊNH TRƯỜNG THCS TỊNH HÀ", ("Trường THCS Tịnh Hà", "other")),
        ("SỞ GD&ĐT QUẢNG NGÃI TRƯỜNG THPT SƠN MỸ", ("Trường THPT Sơn Mỹ", "other")),
        ("UBND XÃ NINH GIANG TRƯỜNG THCS HIỆP LỰC", ("Trường THCS Hiệp Lực", "other")),
        # a ministry above its provincial unit, the two lines read as one name
        ("BỘ CÔNG AN\nCÔNG AN TỈNH LÂM ĐỒNG", ("Công an tỉnh Lâm Đồng", "so_nganh")),
        # the union of a school is the union, not the school
        (
            "CÔNG ĐOÀN GIÁO DỤC HUYỆN SƠN TỊNH\nCÔNG ĐOÀN TRƯỜNG THCS TỊNH HÀ",
            ("Công đoàn trường THCS Tịnh Hà", "mass_org"),
        ),
        # a commune's council written short, with an en dash
        (
            "UBND XÃ VẠN THẮNG\nHỘI ĐỒNG TĐ–KT",
            ("Hội đồng Thi đua - Khen thưởng xã Vạn Thắng", "hdtdkt"),
        ),
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH", ("Ủy ban nhân dân phường Hạc Thành", "ubnd")),
        (
            "BỘ CHQS TỈNH QUẢNG NAM\nBAN CHQS HUYỆN THĂNG BÌNH",
            ("Ban Chỉ huy Quân sự huyện Thăng Bình", "so_nganh"),
        ),
        (
            "BĐBP TỈNH QUẢNG TRỊ\nBỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ",
            ("Bộ đội Biên phòng tỉnh Quảng Trị", "so_nganh"),
        ),
        ("THÀNH ĐOÀN HỒ CHÍ MINH\nQUẬN ĐOÀN 3", ("Quận đoàn 3", "mass_org")),
        (
            "HỘI ĐỒNG ĐỘI HUYỆN HOÀI ÂN\nLIÊN ĐỘI TRƯỜNG THCS ÂN HỮU",
            ("Liên đội trường THCS Ân Hữu", "mass_org"),
        ),
    ],
)
def test_issuer_unit_under_its_parent(cell: str, expected: tuple[str, str]) -> None:
    name, kind = _issuer(cell)
    assert name.casefold() == expected[0].casefold()
    assert kind == expected[1]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        # a school's council is no association ("Hội " is; "Hội đồng" is not)
        ("TRƯỜNG THPT SƠN MỸ\nHỘI ĐỒNG TRƯỜNG", "other"),
        # a ministry is central; the border guard ("Bộ đội …") is not a ministry
        ("BỘ NỘI VỤ", "central"),
    ],
)
def test_issuer_kind_not_taken_from_a_prefix(cell: str, kind: str) -> None:
    assert _issuer(cell)[1] == kind


_DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 07/CT-UBND\n"
    "Sơn La, ngày 12 tháng 3 năm 2024\n\nCHỈ THỊ\nVề đẩy mạnh phong trào thi đua năm 2024\n\n"
    "Để phong trào thi đua đi vào chiều sâu, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n"
    "1. Các sở, ban, ngành phát động thi đua.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "{signature}\n\nCầm Văn Hùng\n"
)


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        # the chairman directs and signs as himself
        ("CHỦ TỊCH", ("Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "chu_tich_ubnd")),
        # the same words signed for the committee: the committee's directive
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", ("Ủy ban nhân dân tỉnh Sơn La", "ubnd")),
    ],
)
def test_issuer_chairman_directs(signature: str, expected: tuple[str, str]) -> None:
    doc = parse(repair(_DIRECTIVE.format(signature=signature)).text)
    found = header.extract(doc).issuer
    assert found is not None
    assert (found.name, found.kind) == expected


def test_issuer_authority_line_above_the_basis_of_a_preview() -> None:
    """A decision's preview cut before its articles: the authority line above the basis
    still says the chairman decides."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 88/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSơn La, ngày 2 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
        "Về việc tặng Bằng khen\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA\n"
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
    )
    found = header.extract(parse(repair(text).text)).issuer
    assert found is not None
    assert (found.name, found.kind) == ("Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "chu_tich_ubnd")
