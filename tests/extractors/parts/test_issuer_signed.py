"""The issuer of a text printed without its header: its signature block, its own words.

Print views and blog copies start at the type word; the issuer is then read from the
sentence that issues (existing rule), or from the signature block ("TM. ỦY BAN NHÂN
DÂN") at the level the text names itself by and in the place it names. A blog's title
in capitals above the type word is no issuer. Made-up names, real layouts.
"""

from __future__ import annotations

import pytest

from extractors.model import Document
from extractors.parts import header
from extractors.segment.structure import parse
from extractors.text.repair import repair

_CLOSING = (
    "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n{authority}\nCHỦ TỊCH\n(Đã ký)\n\nHà Quang Vinh\n"
)


def _doc(text: str) -> Document:
    return parse(repair(text).text)


def _issuer(text: str) -> tuple[str, str] | None:
    doc = _doc(text)
    found = header.extract(doc).issuer
    if found is None:
        return None
    assert found.evidence is not None
    assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
    return found.name, found.kind


_DIRECTIVE = (
    "Bản in\n\nCHỈ THỊ\nVề việc đẩy mạnh phong trào thi đua yêu nước năm 2022\n\n"
    "Để phong trào thi đua thực sự là động lực, Ủy ban nhân dân tỉnh yêu cầu:\n\n"
    "1. Các sở, ban, ngành phát động thi đua trong cơ quan, đơn vị.\n\n"
    "2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2022.\n\n"
    "Chỉ thị này được phổ biến đến cán bộ và Nhân dân tỉnh Điện Biên./."
)
# a district's plan copied from its portal without the header
_DISTRICT_PLAN = (
    "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2023\n\n"
    "I. MỤC ĐÍCH\n1. Động viên cán bộ, công chức trên địa bàn huyện Đức Thọ thi đua.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác xã báo cáo Ủy ban nhân dân huyện trước ngày 15/11/2023."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _DIRECTIVE + _CLOSING.format(authority="TM. ỦY BAN NHÂN DÂN"),
            ("Ủy ban nhân dân tỉnh Điện Biên", "ubnd"),
        ),
        # the signature names the body by its short form; the text names it in full
        (
            _DIRECTIVE + _CLOSING.format(authority="TM. UBND"),
            ("Ủy ban nhân dân tỉnh Điện Biên", "ubnd"),
        ),
        (
            _DISTRICT_PLAN + _CLOSING.format(authority="TM. ỦY BAN NHÂN DÂN"),
            ("Ủy ban nhân dân huyện Đức Thọ", "ubnd"),
        ),
    ],
)
def test_issuer_from_the_signature_block(text: str, expected: tuple[str, str]) -> None:
    assert _issuer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the text never names the body by a level: which one signs is not said
        "CHỈ THỊ\nVề thi đua năm 2022\n\nCác sở, ban, ngành phát động thi đua trong tỉnh Điện "
        "Biên." + _CLOSING.format(authority="TM. ỦY BAN NHÂN DÂN"),
        # a level without a place the text names
        "CHỈ THỊ\nVề thi đua năm 2022\n\nỦy ban nhân dân huyện yêu cầu các xã thi đua."
        + _CLOSING.format(authority="TM. ỦY BAN NHÂN DÂN"),
        # no authority line: the signer acts for no body
        _DIRECTIVE.replace("Ủy ban nhân dân tỉnh", "Chúng ta") + _CLOSING.format(authority=""),
    ],
)
def test_issuer_from_the_signature_block_not_guessed(text: str) -> None:
    assert _issuer(text) is None


def test_blog_title_in_capitals_is_no_issuer() -> None:
    """A blog copy: its date, its title in capitals, then the plan from its type word;
    the issuer is the body of the issuing sentence, not the blog's title."""
    text = (
        "Thứ Năm, 14 tháng 3, 2024\nKẾ HOẠCH CÔNG TÁC THI ĐUA NĂM 2024\n\n"
        "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2024\n\n"
        "Căn cứ Hướng dẫn số 12/HD-HND ngày 10/01/2024 của Ban Thường vụ Hội Nông dân tỉnh; "
        "Ban Thường vụ Hội Nông dân huyện Cẩm Xuyên xây dựng Kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH\n1. Thi đua sản xuất giỏi.\n"
    )
    assert _issuer(text) == ("Ban Thường vụ Hội Nông dân huyện Cẩm Xuyên", "mass_org")


def test_issuer_cell_still_read_above_the_type_word() -> None:
    """The negative of the above: an issuer cell in capitals is the issuer."""
    text = (
        "HỘI NÔNG DÂN TỈNH HÀ TĨNH\nBCH HỘI NÔNG DÂN HUYỆN CẨM XUYÊN\n"
        "Số: 08-KH/HND\n\nKẾ HOẠCH\nTổ chức phong trào thi đua năm 2024\n\n"
        "I. MỤC ĐÍCH\n1. Thi đua sản xuất giỏi.\n"
    )
    found = _issuer(text)
    assert found is not None
    assert found[0] == "Hội Nông dân huyện Cẩm Xuyên"  # its executive committee: the Hội


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        (
            "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
            ("Chủ tịch Ủy ban nhân dân tỉnh Điện Biên", "chu_tich_ubnd"),
        ),
        ("UBND tỉnh yêu cầu:", ("Ủy ban nhân dân tỉnh Điện Biên", "ubnd")),
    ],
)
def test_issuer_from_a_directives_formula(formula: str, expected: tuple[str, str]) -> None:
    """A directive printed without header says who directs before its colon."""
    text = _DIRECTIVE.replace("Ủy ban nhân dân tỉnh yêu cầu:", formula) + "\n"
    assert _issuer(text) == expected


def test_issuer_not_from_a_request_in_running_text() -> None:
    """ "yêu cầu" inside a sentence is no formula, and no signature names a body."""
    text = (
        "KẾ HOẠCH\nHội thi tìm hiểu pháp luật năm 2024\n\n"
        "I. NỘI DUNG\n1. Ban Tổ chức yêu cầu các đội thi có mặt đúng giờ tại tỉnh Điện Biên.\n"
    )
    assert _issuer(text) is None
