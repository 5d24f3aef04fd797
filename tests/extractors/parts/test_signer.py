"""Signature blocks: authority lines, titles, names and the noise around them."""

from __future__ import annotations

import pytest

from extractors.parts import signer
from extractors.segment.structure import parse
from extractors.text.repair import repair

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 12/KH-UBND\n\nGia Lai, ngày 05 tháng 9 năm 2025\n\n"
    "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n\n"
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\n"
    "I. MỤC ĐÍCH\n\n1. Động viên cán bộ.\n\n"
)
_CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n\n"


def _signer(block: str, closing: str = _CLOSING) -> signer.Signer | None:
    doc = parse(repair(_HEAD + closing + block).text)
    found = signer.extract(doc)
    if found is not None:
        assert found.evidence is not None
        assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
    return found


@pytest.mark.parametrize(
    ("block", "expected", "quote_end"),
    [
        # layered authority: the last one is the signer's own
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nSiu H'Mai",
            ("Siu H'Mai", "Phó Chủ tịch", "KT.", "Chủ tịch"),
            "Siu H'Mai",
        ),
        # acting director, no title line of its own
        (
            "Q. GIÁM ĐỐC\n\nTrần Thị Bích Ngọc",
            ("Trần Thị Bích Ngọc", "Giám đốc", "Q.", "Giám đốc"),
            "Ngọc",
        ),
        # TUQ. with the office written out, an academic prefix before the name
        (
            "TUQ. CHỦ TỊCH UBND TỈNH\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nTS. Hoàng Văn Minh",
            (
                "Hoàng Văn Minh",
                "Giám đốc Sở Giáo dục và Đào tạo",
                "TUQ.",
                "Chủ tịch Ủy ban nhân dân tỉnh",
            ),
            "Hoàng Văn Minh",
        ),
        # a party signature: T/M, a title run into the name on one line
        (
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ Lâm Thị Ngọc Hân",
            ("Lâm Thị Ngọc Hân", "Phó Bí thư", "TM.", "Ban Thường vụ"),
            "Lâm Thị Ngọc Hân",
        ),
        # no space after the authority mark
        (
            "KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hùng",
            ("Lê Văn Hùng", "Phó Chủ tịch", "KT.", "Chủ tịch"),
            "Hùng",
        ),
        # everything flattened onto one line
        (
            "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An",
            ("Nguyễn Văn An", "Phó Chủ tịch", "KT.", "Chủ tịch"),
            "Nguyễn Văn An",
        ),
        # no authority line; a military rank before the name
        (
            "CHỈ HUY TRƯỞNG\n\nĐại tá Nguyễn Trung Kiên",
            ("Nguyễn Trung Kiên", "Chỉ huy trưởng", None, None),
            "Kiên",
        ),
        # noise after the name; a one-letter name part
        ("CHỦ TỊCH\nNguyễn Văn Tâm (đã ký)", ("Nguyễn Văn Tâm", "Chủ tịch", None, None), "Tâm"),
        (
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nĐã ký\nY Ngông Niê Kdăm",
            ("Y Ngông Niê Kdăm", "Phó Bí thư Thường trực", "TM.", "Ban Thường vụ"),
            "Y Ngông Niê Kdăm",
        ),
        # a scan: the drawn signature read as words above the printed name
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhí San\n(Đã ký)\nSiu H'Mai",
            ("Siu H'Mai", "Phó Chủ tịch", "KT.", "Chủ tịch"),
            "Siu H'Mai",
        ),
        # a council chaired by the province's chairman: the first title is the signer's
        (
            "TM. HỘI ĐỒNG\nCHỦ TỊCH\n\nCHỦ TỊCH UBND TỈNH\nVũ Đức Thành",
            ("Vũ Đức Thành", "Chủ tịch", "TM.", "Hội đồng"),
            "Vũ Đức Thành",
        ),
    ],
)
def test_signer_block_variants(
    block: str, expected: tuple[str, str | None, str | None, str | None], quote_end: str
) -> None:
    found = _signer(block)
    assert found is not None
    assert (found.name, found.title, found.authority, found.on_behalf_of) == expected
    assert found.evidence is not None and found.evidence.quote.endswith(quote_end)


def test_signer_two_column_closing_read_from_the_right_cells() -> None:
    closing = (
        "Nơi nhận:\tKT. GIÁM ĐỐC\n- Bộ GD&ĐT (b/c),\tPHÓ GIÁM ĐỐC\n- UBND tỉnh,\n"
        "- Các phòng thuộc Sở,\t(Đã ký)\n- Các trường THPT,\tLê Thị Minh Thu\n- Lưu VT, VP.\n"
    )
    found = _signer("", closing)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Lê Thị Minh Thu", "Phó Giám đốc", "KT.")


def test_signer_one_line_noi_nhan_then_block() -> None:
    closing = "Nơi nhận: - TW Hội (b/c); - TT Tỉnh ủy; - Lưu: VT, TC-KT.\n\n"
    found = _signer("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHoàng Thị Thu Hà", closing)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Hoàng Thị Thu Hà", "Chủ tịch", "TM.")


@pytest.mark.parametrize(
    "block",
    [
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)",  # no name printed
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "",
    ],
)
def test_signer_none_without_a_name(block: str) -> None:
    assert _signer(block) is None


def test_signer_title_alone_is_not_a_name() -> None:
    found = _signer("PHÓ CHỦ TỊCH\nNguyễn Thị Lan")
    assert found is not None
    assert found.name == "Nguyễn Thị Lan" and found.title == "Phó Chủ tịch"


_PAD = " " * 40


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # two columns padded with spaces, the name on the "Lưu" line
        (
            f"Nơi nhận:{_PAD}TM. ỦY BAN NHÂN DÂN\n- Như trên;{_PAD}KT. CHỦ TỊCH\n"
            f"- TT Tỉnh ủy;{_PAD}PHÓ CHỦ TỊCH\n- Lưu: VT, NC.{_PAD}Nguyễn Văn Phương\n",
            ("Nguyễn Văn Phương", "Phó Chủ tịch", "KT."),
        ),
        # the same with the padding already collapsed to single spaces
        (
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n"
            "- TT Tỉnh ủy; PHÓ CHỦ TỊCH\n- Lưu: VT, NC. Nguyễn Văn Phương\n",
            ("Nguyễn Văn Phương", "Phó Chủ tịch", "KT."),
        ),
        # the name alone under the list, indented to the right column
        (
            f"NƠI NHẬN:{_PAD}TM. ỦY BAN NHÂN DÂN\n- Như trên;{_PAD}CHỦ TỊCH\n- Lưu: VT.\n"
            f"{' ' * 52}Siu H'Mai\n",
            ("Siu H'Mai", "Chủ tịch", "TM."),
        ),
    ],
)
def test_signer_space_padded_two_column_closing(
    closing: str, expected: tuple[str, str, str]
) -> None:
    found = _signer("", closing)
    assert found is not None
    assert (found.name, found.title, found.authority) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # the body's name wrapped under the authority line joins it
        (
            "TM. BAN CHẤP HÀNH\nLIÊN ĐOÀN LAO ĐỘNG TỈNH\nCHỦ TỊCH\n\nNguyễn Văn An",
            ("Chủ tịch", "TM.", "Ban Chấp hành Liên đoàn Lao động tỉnh"),
        ),
        (
            "TM. BAN CHẤP HÀNH\nHỘI LIÊN HIỆP PHỤ NỮ\nTỈNH\nCHỦ TỊCH\n\nNguyễn Văn An",
            ("Chủ tịch", "TM.", "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh"),
        ),
        (
            "TM. ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An",
            ("Phó Chủ tịch", "KT.", "Chủ tịch"),
        ),
        # a title wrapped after its comma
        (
            "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n\nNguyễn Văn An",
            ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", None, None),
        ),
        # negative: a title line under the authority line is the title, not the body's name
        ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn An", ("Chủ tịch", "TM.", "Ban Thường vụ")),
        # negative: a title the rules do not know, alone under the authority, stays the title
        (
            "KT. CHỦ TỊCH\nỦY VIÊN THƯỜNG TRỰC\n\nNguyễn Văn An",
            ("Ủy viên thường trực", "KT.", "Chủ tịch"),
        ),
    ],
)
def test_signer_wrapped_body_and_title_lines(
    block: str, expected: tuple[str, str | None, str | None]
) -> None:
    found = _signer(block)
    assert found is not None and found.name == "Nguyễn Văn An"
    assert (found.title, found.authority, found.on_behalf_of) == expected


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("CHỦ TỊCH\n\nĐOÀN MINH KHÔI", "Đoàn Minh Khôi"),
        # negative: the upper-case body line above the title is not the name
        ("TM. BAN CHẤP HÀNH\nCÔNG ĐOÀN NGÀNH Y TẾ\nCHỦ TỊCH\n\nLê Thị Hoa", "Lê Thị Hoa"),
    ],
)
def test_signer_upper_case_name_is_not_a_body_line(block: str, name: str) -> None:
    found = _signer(block)
    assert found is not None and found.name == name
