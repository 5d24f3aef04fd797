"""Signature blocks of the levels read this session: the "TM. … KT. …" chain printed in one
table cell, a mark alone on its line above the office ("KT." / "CHÁNH ÁN"), a name a narrow
cell broke after its second word ("Nguyễn Thị" / "Thu Hằng"), and the offices of courts,
procuracies, the armed forces and emulation clusters (``signer_rules.yaml`` titles).
Negatives: two names one above the other stay apart, a recipients line is no signer line."""

from __future__ import annotations

import pytest
from test_signer import _signer as _found


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # the chain in one cell (a pipe row or a flattened closing): the last mark is his
        (
            "TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nHuỳnh Thị Kim Loan",
            ("Huỳnh Thị Kim Loan", "Phó Chủ tịch", "KT.", "Chủ tịch"),
        ),
        (
            "TM. ỦY BAN NHÂN DÂN KT.CHỦ TỊCH PHÓ CHỦ TỊCH Đinh Văn Sơn",
            ("Đinh Văn Sơn", "Phó Chủ tịch", "KT.", "Chủ tịch"),
        ),
        # one mark in the cell: as before
        (
            "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đinh Văn Sơn",
            ("Đinh Văn Sơn", "Chủ tịch", "TM.", "Ủy ban nhân dân"),
        ),
        # a mark alone on its line, the office under it (one cell per line)
        (
            "|\nKT.\nCHÁNH ÁN\nPHÓ CHÁNH ÁN\nNguyễn Thị\nThu Hằng",
            ("Nguyễn Thị Thu Hằng", "Phó Chánh án", "KT.", "Chánh án"),
        ),
        (
            "T/M\nĐẢNG ỦY\nPHÓ BÍ THƯ\nHồ Thị Lan Anh",
            ("Hồ Thị Lan Anh", "Phó Bí thư", "TM.", "Đảng ủy"),
        ),
        # a name broken after its middle name, and after two of four words
        ("CHỦ TỊCH\nLê Văn\nThành", ("Lê Văn Thành", "Chủ tịch", None, None)),
        (
            "KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\nLâm Quốc\nBảo Anh",
            ("Lâm Quốc Bảo Anh", "Phó Viện trưởng", "KT.", "Viện trưởng"),
        ),
        # an emulation cluster: its leader's office first, his own agency's office second
        (
            "TM. KHỐI THI ĐUA\nTRƯỞNG KHỐI\nGIÁM ĐỐC NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH\nĐặng Văn Phúc",
            ("Đặng Văn Phúc", "Trưởng khối", "TM.", "Khối thi đua"),
        ),
        (
            "CHÍNH ỦY\nĐại tá Phạm Văn Lực",
            ("Phạm Văn Lực", "Chính ủy", None, None),
        ),
    ],
    ids=[
        "tm_kt_one_cell",
        "tm_kt_glued_mark",
        "tm_one_cell",
        "mark_alone_court",
        "mark_alone_party",
        "name_after_middle",
        "name_two_and_two",
        "cluster_leader",
        "commissar",
    ],
)
def test_signer_levels_block(block: str, expected: tuple[str, str, str | None, str | None]) -> None:
    found = _found(block)
    assert found is not None
    got = (found.name, found.title, found.authority, found.on_behalf_of)
    assert tuple(x.casefold() if x else x for x in got) == tuple(
        x.casefold() if x else x for x in expected
    )


@pytest.mark.parametrize(
    ("block", "name"),
    [
        # two signers one above the other (a joint plan): the second opens with a family name
        ("CHỦ TỊCH\nNguyễn Văn An\nTrần Thị Bình", "Trần Thị Bình"),
        # the name whole, a portal's caption line after it: not joined (not a name's end)
        ("CHỦ TỊCH\nNguyễn Văn An\nTrang chủ | Liên hệ", "Nguyễn Văn An"),
        # a name and a two-word name under it, both opening with family names
        ("CHỦ TỊCH\nLê Văn\nPhạm Hùng", "Phạm Hùng"),
    ],
    ids=["two_names", "caption_after", "second_opens_with_surname"],
)
def test_signer_levels_names_kept_apart(block: str, name: str) -> None:
    found = _found(block)
    assert found is not None
    assert found.name == name


def test_signer_levels_recipients_line_is_no_signer() -> None:
    """A recipients list in a pipe row, the chain in the next cell: the signer is the
    cell's name, never a recipient ("- Các ban, ngành, đoàn thể phường")."""
    closing = (
        "| Nơi nhận: - UBND Thành phố (b/c); - Các ban, ngành, đoàn thể phường; - Lưu: VT. "
        "| TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Võ Thành Trung |"
    )
    found = _found("", closing=closing)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Võ Thành Trung", "Phó Chủ tịch", "KT.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("BS.CKII Ngô Văn Thịnh", "Ngô Văn Thịnh"),
        ("TS.BS. Nguyễn Văn Châu", "Nguyễn Văn Châu"),
        ("ThS.BS Lê Thị Hoa", "Lê Thị Hoa"),
        ("DS. Võ Thị Lan", "Võ Thị Lan"),
        ("PGS.TS. Phạm Minh Đức", "Phạm Minh Đức"),
        # negatives: a name opening like a grade's letters is kept whole
        ("Cao Văn Sĩ", "Cao Văn Sĩ"),
        ("Tăng Thị Bình", "Tăng Thị Bình"),
    ],
)
def test_signer_levels_degrees_before_name(line: str, name: str) -> None:
    """A hospital's or university's signer with a chain of degrees before the name."""
    found = _found(f"GIÁM ĐỐC\n{line}")
    assert found is not None
    assert (found.name, found.title) == (name, "Giám đốc")
